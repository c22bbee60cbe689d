//! Deployers beyond the local directory: a signed webhook, and a configured command.
//!
//! `webhook` POSTs JSON to a URL, signed like GitHub's webhooks (`X-Codebot-Signature-256:
//! sha256=<HMAC-SHA256 of the body>`) and carrying an `Idempotency-Key` (the deployment
//! id, or `rollback:`/`undeploy:` and it), so that a retried call is one deployment for
//! the receiver. `command` installs the release locally (as the local deployer does,
//! with its rollback) and then runs a shell command given the artifact directory and
//! the ids in its environment, within a timeout.

use std::time::Duration;

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::llm::{classify, retry_after, transport};
use super::local_deployer::LocalDeployer;
use codebot_application::identity::secrets::signature;
use codebot_application::pipeline::ports::{DeployRequest, Deployer, ProviderError};
use codebot_application::secret::Secret;
use codebot_domain::artifacts::Deployment;

/// The header carrying the body's signature.
pub const SIGNATURE_HEADER: &str = "x-codebot-signature-256";

pub struct WebhookDeployer {
    url: String,
    secret: Secret<String>,
    http: reqwest::Client,
}

impl WebhookDeployer {
    pub fn new(url: String, secret: Secret<String>) -> Result<Self, String> {
        Ok(Self {
            url,
            secret,
            http: super::llm::http_client()?,
        })
    }

    async fn post(&self, key: &str, body: &Value) -> Result<Value, ProviderError> {
        let bytes =
            serde_json::to_vec(body).map_err(|e| ProviderError::Permanent(e.to_string()))?;
        let request = self
            .http
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", key)
            .header(
                SIGNATURE_HEADER,
                signature(self.secret.expose().as_bytes(), &bytes),
            )
            .body(bytes)
            .timeout(Duration::from_secs(60));
        let response = super::llm::send_traced("the deploy webhook", request)
            .await
            .map_err(|e| transport("the deploy webhook", &e))?;
        let status = response.status();
        let wait = retry_after(response.headers());
        let text = response
            .text()
            .await
            .map_err(|e| transport("the deploy webhook", &e))?;
        if !status.is_success() {
            return Err(classify("the deploy webhook", status, wait, &text));
        }
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

#[async_trait]
impl Deployer for WebhookDeployer {
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError> {
        let files: Vec<Value> = request
            .files
            .iter()
            .map(|f| json!({ "path": f.path, "content": f.content }))
            .collect();
        let body = json!({
            "action": "deploy",
            "integrationId": request.integration_id,
            "deploymentId": request.deployment_id,
            "files": files,
        });
        let answer = tokio::select! {
            answer = self.post(&request.deployment_id, &body) => answer?,
            () = cancel.cancelled() => return Err(ProviderError::Cancelled),
        };
        Ok(Deployment {
            id: request.deployment_id.clone(),
            location: answer["location"]
                .as_str()
                .map_or_else(|| self.url.clone(), str::to_owned),
            previous: answer["previous"].as_str().map(str::to_owned),
        })
    }

    async fn rollback(
        &self,
        integration_id: Uuid,
        deployment_id: &str,
    ) -> Result<(), ProviderError> {
        let body = json!({ "action": "rollback", "integrationId": integration_id, "deploymentId": deployment_id });
        self.post(&format!("rollback:{deployment_id}"), &body)
            .await
            .map(|_| ())
    }

    async fn undeploy(&self, integration_id: Uuid) -> Result<(), ProviderError> {
        let body = json!({ "action": "undeploy", "integrationId": integration_id });
        self.post(&format!("undeploy:{integration_id}"), &body)
            .await
            .map(|_| ())
    }
}

pub struct CommandDeployer {
    local: LocalDeployer,
    command: String,
    timeout: Duration,
}

impl CommandDeployer {
    pub fn new(local: LocalDeployer, command: String, timeout: Duration) -> Self {
        Self {
            local,
            command,
            timeout,
        }
    }

    /// Runs the command for `action`; its output's last lines explain a failure.
    async fn run(
        &self,
        action: &str,
        integration_id: Uuid,
        deployment_id: &str,
        artifact: &str,
    ) -> Result<(), ProviderError> {
        let child = tokio::process::Command::new("sh")
            .arg("-c")
            .arg(&self.command)
            .env("CODEBOT_DEPLOY_ACTION", action)
            .env("CODEBOT_INTEGRATION_ID", integration_id.to_string())
            .env("CODEBOT_DEPLOYMENT_ID", deployment_id)
            .env("CODEBOT_ARTIFACT_DIR", artifact)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                ProviderError::Retryable(format!("cannot start the deploy command: {e}"))
            })?;
        let output = tokio::time::timeout(self.timeout, child.wait_with_output())
            .await
            .map_err(|_| {
                ProviderError::Retryable(format!(
                    "the deploy command ran past its {} s limit",
                    self.timeout.as_secs()
                ))
            })?
            .map_err(|e| ProviderError::Retryable(format!("the deploy command failed: {e}")))?;
        if output.status.success() {
            return Ok(());
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(5).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        Err(ProviderError::Retryable(format!(
            "the deploy command ({action}) exited with {}: {}",
            output.status,
            tail.join(" / ")
        )))
    }
}

#[async_trait]
impl Deployer for CommandDeployer {
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError> {
        let deployment = self.local.deploy(request, cancel).await?;
        let ran = tokio::select! {
            ran = self.run("deploy", request.integration_id, &request.deployment_id, &deployment.location) => ran,
            () = cancel.cancelled() => Err(ProviderError::Cancelled),
        };
        if let Err(error) = ran {
            // The command did not take it: the local release is not live either.
            self.local
                .rollback(request.integration_id, &request.deployment_id)
                .await
                .ok();
            return Err(error);
        }
        Ok(deployment)
    }

    async fn rollback(
        &self,
        integration_id: Uuid,
        deployment_id: &str,
    ) -> Result<(), ProviderError> {
        self.local.rollback(integration_id, deployment_id).await?;
        self.run("rollback", integration_id, deployment_id, "")
            .await
    }

    async fn undeploy(&self, integration_id: Uuid) -> Result<(), ProviderError> {
        self.local.undeploy(integration_id).await?;
        self.run("undeploy", integration_id, "", "").await
    }
}
