//! GitHub as the code host, over its REST API: the files are committed onto the
//! integration's branch (made from the default branch), and one pull request is opened
//! for it. Idempotent by branch: the pull request of the branch is looked up before one
//! is opened, and GitHub's 422 "A pull request already exists" counts as success, so a
//! crash and a retry never open a second one.

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use super::llm::{classify, retry_after, transport};
use codebot_application::pipeline::ports::{
    CodeHost, ProviderError, PullRequestChanges, PullRequestRequest,
};
use codebot_application::secret::Secret;
use codebot_domain::artifacts::{PullRequest, PullRequestState};

#[derive(Debug, Clone)]
pub struct GithubSettings {
    /// `https://api.github.com`, or a GitHub Enterprise API.
    pub api_url: String,
    pub token: Secret<String>,
    /// `owner/name`.
    pub repository: String,
}

pub struct GithubCodeHost {
    settings: GithubSettings,
    http: reqwest::Client,
}

impl GithubCodeHost {
    pub fn new(settings: GithubSettings) -> Result<Self, String> {
        if settings
            .repository
            .split('/')
            .filter(|p| !p.is_empty())
            .count()
            != 2
        {
            return Err(format!(
                "GITHUB_REPOSITORY must be `owner/name`, got `{}`",
                settings.repository
            ));
        }
        Ok(Self {
            settings,
            http: super::llm::http_client()?,
        })
    }

    fn url(&self, path: &str) -> String {
        format!(
            "{}/repos/{}{path}",
            self.settings.api_url.trim_end_matches('/'),
            self.settings.repository
        )
    }

    fn owner(&self) -> &str {
        self.settings
            .repository
            .split('/')
            .next()
            .unwrap_or_default()
    }

    /// One API call: the status and the JSON body (errors classified for retries;
    /// `accept` lists statuses the caller handles itself).
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
        accept: &[u16],
    ) -> Result<(u16, Value), ProviderError> {
        let mut request = self
            .http
            .request(method, self.url(path))
            .bearer_auth(self.settings.token.expose())
            .header(reqwest::header::ACCEPT, "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28")
            .header(reqwest::header::USER_AGENT, "claude-code-bot");
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = super::llm::send_traced("GitHub", request)
            .await
            .map_err(|e| transport("GitHub", &e))?;
        let status = response.status();
        let mut wait = retry_after(response.headers());
        // GitHub's rate limit answers 403 (or 429) with the reset time in a header.
        let limited = status.as_u16() == 403
            && response
                .headers()
                .get("x-ratelimit-remaining")
                .is_some_and(|v| v == "0");
        if limited && wait.is_none() {
            wait = response
                .headers()
                .get("x-ratelimit-reset")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<i64>().ok())
                .map(|reset| {
                    std::time::Duration::from_secs(
                        (reset - chrono::Utc::now().timestamp()).clamp(1, 3600) as u64,
                    )
                });
        }
        let text = response.text().await.map_err(|e| transport("GitHub", &e))?;
        let code = status.as_u16();
        if status.is_success() || accept.contains(&code) {
            let body = serde_json::from_str(&text).unwrap_or(Value::Null);
            return Ok((code, body));
        }
        if limited {
            return Err(ProviderError::Throttled(
                format!(
                    "GitHub's rate limit is spent: {}",
                    text.chars().take(200).collect::<String>()
                ),
                wait.unwrap_or(std::time::Duration::from_secs(60)),
            ));
        }
        Err(classify("GitHub", status, wait, &text))
    }

    /// The pull request of `branch` (open first, else the latest), if any.
    async fn find(&self, branch: &str) -> Result<Option<Value>, ProviderError> {
        let path = format!(
            "/pulls?state=all&per_page=10&head={}:{branch}",
            self.owner()
        );
        let (_, list) = self.call(reqwest::Method::GET, &path, None, &[]).await?;
        let pulls = list.as_array().cloned().unwrap_or_default();
        Ok(pulls
            .iter()
            .find(|p| p["state"] == "open")
            .or_else(|| pulls.first())
            .cloned())
    }

    fn pull_request(pull: &Value, branch: &str, commit: &str, files: u32) -> PullRequest {
        // GitHub says `open` or `closed`; a merged pull request is closed with a merge
        // time.
        let state = if pull["merged_at"].is_string() {
            PullRequestState::Merged
        } else if pull["state"] == "closed" {
            PullRequestState::Closed
        } else {
            PullRequestState::Open
        };
        PullRequest {
            url: pull["html_url"].as_str().unwrap_or_default().to_owned(),
            number: pull["number"].as_u64().unwrap_or(0),
            branch: branch.to_owned(),
            commit: commit.to_owned(),
            state,
            files_changed: files,
            additions: pull["additions"].as_u64().unwrap_or(0) as u32,
            deletions: pull["deletions"].as_u64().unwrap_or(0) as u32,
        }
    }
}

fn field<'a>(value: &'a Value, pointer: &str) -> Result<&'a str, ProviderError> {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .ok_or_else(|| ProviderError::Permanent(format!("GitHub's answer has no `{pointer}`")))
}

#[async_trait]
impl CodeHost for GithubCodeHost {
    async fn open_pull_request(
        &self,
        request: &PullRequestRequest,
        cancel: &CancellationToken,
    ) -> Result<PullRequest, ProviderError> {
        let work = async {
            use reqwest::Method;
            let branch = &request.branch;
            let (_, repository) = self.call(Method::GET, "", None, &[]).await?;
            let base = field(&repository, "/default_branch")?.to_owned();
            let (_, head) = self
                .call(Method::GET, &format!("/git/ref/heads/{base}"), None, &[])
                .await?;
            let parent = field(&head, "/object/sha")?.to_owned();
            let (_, parent_commit) = self
                .call(Method::GET, &format!("/git/commits/{parent}"), None, &[])
                .await?;
            let base_tree = field(&parent_commit, "/tree/sha")?.to_owned();
            let entries: Vec<Value> = request
                .files
                .iter()
                .map(|f| json!({ "path": f.path, "mode": "100644", "type": "blob", "content": f.content }))
                .collect();
            let (_, tree) = self
                .call(
                    Method::POST,
                    "/git/trees",
                    Some(&json!({ "base_tree": base_tree, "tree": entries })),
                    &[],
                )
                .await?;
            let tree = field(&tree, "/sha")?.to_owned();
            let (_, commit) = self
                .call(
                    Method::POST,
                    "/git/commits",
                    Some(&json!({ "message": request.title, "tree": tree, "parents": [parent] })),
                    &[],
                )
                .await?;
            let commit = field(&commit, "/sha")?.to_owned();
            // The branch points at the new commit: made, or (GitHub's 422: an earlier
            // attempt made it) moved.
            let made = json!({ "ref": format!("refs/heads/{branch}"), "sha": commit });
            let (status, _) = self
                .call(Method::POST, "/git/refs", Some(&made), &[422])
                .await?;
            if status == 422 {
                self.call(
                    Method::PATCH,
                    &format!("/git/refs/heads/{branch}"),
                    Some(&json!({ "sha": commit, "force": true })),
                    &[],
                )
                .await?;
            }
            let files = u32::try_from(request.files.len()).unwrap_or(u32::MAX);
            if let Some(open) = self.find(branch).await?.filter(|p| p["state"] == "open") {
                return Ok(Self::pull_request(&open, branch, &commit, files));
            }
            let body = json!({ "title": request.title, "head": branch, "base": base, "body": request.body });
            let (status, created) = self
                .call(Method::POST, "/pulls", Some(&body), &[422])
                .await?;
            if status == 422 {
                let already = created["errors"].as_array().into_iter().flatten().any(|e| {
                    e["message"]
                        .as_str()
                        .is_some_and(|m| m.contains("already exists"))
                }) || created["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("already exists"));
                if !already {
                    return Err(ProviderError::Permanent(format!(
                        "GitHub refused the pull request: {created}"
                    )));
                }
                let existing = self.find(branch).await?.ok_or_else(|| {
                    ProviderError::Retryable(
                        "GitHub says the pull request exists but lists none yet".into(),
                    )
                })?;
                return Ok(Self::pull_request(&existing, branch, &commit, files));
            }
            Ok(Self::pull_request(&created, branch, &commit, files))
        };
        tokio::select! {
            result = work => result,
            () = cancel.cancelled() => Err(ProviderError::Cancelled),
        }
    }

    async fn close_pull_request(&self, branch: &str) -> Result<(), ProviderError> {
        let Some(pull) = self.find(branch).await?.filter(|p| p["state"] == "open") else {
            return Ok(());
        };
        let number = pull["number"].as_u64().unwrap_or(0);
        self.call(
            reqwest::Method::PATCH,
            &format!("/pulls/{number}"),
            Some(&json!({ "state": "closed" })),
            &[],
        )
        .await?;
        Ok(())
    }

    /// Merges the branch's pull request at `commit` (GitHub refuses when the branch
    /// moved since). A pull request merged already (on GitHub, which approved it through
    /// the webhook) is left as it is. Fails with `Permanent` when there is no pull
    /// request or GitHub refuses the merge (405, 409), as classified otherwise.
    async fn merge_pull_request(
        &self,
        branch: &str,
        commit: &str,
        cancel: &CancellationToken,
    ) -> Result<(), ProviderError> {
        let work = async {
            let pull = self.find(branch).await?.ok_or_else(|| {
                ProviderError::Permanent(format!("GitHub has no pull request for `{branch}`"))
            })?;
            if pull["merged_at"].is_string() {
                return Ok(());
            }
            let number = pull["number"].as_u64().unwrap_or(0);
            let body = json!({ "sha": commit, "merge_method": "merge" });
            let (status, answer) = self
                .call(
                    reqwest::Method::PUT,
                    &format!("/pulls/{number}/merge"),
                    Some(&body),
                    &[405, 409],
                )
                .await?;
            if status == 405 || status == 409 {
                return Err(ProviderError::Permanent(format!(
                    "GitHub refused to merge pull request #{number}: {}",
                    answer["message"].as_str().unwrap_or("no reason given")
                )));
            }
            Ok(())
        };
        tokio::select! {
            result = work => result,
            () = cancel.cancelled() => Err(ProviderError::Cancelled),
        }
    }

    /// GitHub's own page (the pull request's URL) shows the changes.
    async fn changes(&self, _branch: &str) -> Result<Option<PullRequestChanges>, ProviderError> {
        Ok(None)
    }
}
