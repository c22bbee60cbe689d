//! The GraphQL shapes of integrations, their steps and their events.

use async_graphql::{ComplexObject, Context, Enum, ID, InputObject, Json, SimpleObject};
use chrono::{DateTime, Utc};

use super::actions::{IntegrationAction, allowed_actions};
use super::loaders::{StepsDataLoader, UsersDataLoader};
use crate::graphql::Handlers;
use crate::graphql::errors::Result;
use crate::graphql::policy::Policy;
use crate::graphql::scalars::Position;
use crate::graphql::vocabulary::{
    EventType, Permission, PullRequestState, StepName, StepStatus, Trigger,
};
use codebot_application::integrations::projection::{IntegrationView, StepView};
use codebot_application::ports::{EventEnvelope, UserView};
use codebot_domain::{self as domain, PipelineStep as Step};

/// Where an integration is in its lifecycle.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::IntegrationState")]
pub enum IntegrationState {
    /// Created; the pipeline has not started.
    Draft,
    /// The request is checked against its kind's rules.
    Validating,
    /// The generator writes the code and its tests.
    Generating,
    /// The generated tests run in the sandbox.
    Testing,
    /// A pull request waits for a human review.
    Reviewing,
    /// The reviewed code is being deployed.
    Deploying,
    /// Deployed and running.
    Active,
    /// A step failed, or it was rejected or cancelled; finished steps were undone.
    Failed,
    /// Taken out of service.
    Deprecated,
}

/// What a user may do.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::identity::Role")]
pub enum Role {
    /// Reads integrations.
    Viewer,
    /// Reads, creates and changes integrations (its own; any, for an admin).
    Developer,
    /// Everything, including users and keys.
    Admin,
}

/// A person or program that acts on integrations.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct User {
    /// Stable identifier.
    pub id: ID,
    /// Display name.
    pub name: String,
    #[graphql(skip)]
    pub email: Option<String>,
    /// What the user may do.
    pub role: Role,
    /// The permissions its role grants.
    pub permissions: Vec<Permission>,
    /// When it first signed in (or was made).
    pub created_at: DateTime<Utc>,
}

impl From<UserView> for User {
    fn from(user: UserView) -> Self {
        Self {
            id: ID(user.id),
            name: user.name,
            email: user.email,
            role: user.role.into(),
            permissions: user.role.permissions().iter().map(|&p| p.into()).collect(),
            created_at: user.created_at,
        }
    }
}

#[ComplexObject]
impl User {
    /// The e-mail address its sign-in provider gave: shown to the user itself and to
    /// user managers, `null` to everyone else.
    async fn email(&self, ctx: &Context<'_>) -> Option<&str> {
        let principal = ctx.data_opt::<codebot_domain::identity::Principal>()?;
        let allowed = principal.user_id == self.id.as_str()
            || principal.can(codebot_domain::identity::Permission::UserManage);
        allowed.then_some(self.email.as_deref()).flatten()
    }
}

/// An integration: the request, where its pipeline is, and its history.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct Integration {
    /// Stable identifier.
    pub id: ID,
    /// The integration kind (one of `integrationKinds`). A name rather than an enum:
    /// the kinds are whatever this server's registry holds, which its configuration
    /// decides, so they are read from `integrationKinds` instead of the schema.
    pub kind: String,
    /// Display name, 1–100 characters.
    pub name: String,
    /// What it is for, in a sentence or two.
    pub description: Option<String>,
    /// What the integration must do, in the requester's words; sent to the generator.
    pub prompt: String,
    #[graphql(skip)]
    pub config: serde_json::Value,
    /// Where it is in its lifecycle.
    pub state: IntegrationState,
    /// How many events it has; send it back as `expectedVersion` to update safely.
    pub version: i32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When its last event was recorded.
    pub updated_at: DateTime<Utc>,
    /// Why it failed, while it is FAILED.
    pub failure: Option<Failure>,
    /// An undo (a compensation, or the removal of a deprecated deployment) the saga
    /// gave up on after its retries: it waits for an administrator to retry or resolve
    /// it (`retryCompensation`, `resolveCompensation`). `null` when none.
    pub compensation_failed: Option<CompensationFailure>,
    /// Generate+test rounds so far (repairs and change requests add one each).
    pub round: i32,
    /// Which generator wrote the current code (`scaffold` is a template generator,
    /// not AI; the others are `anthropic:MODEL` or `openai:MODEL`). A name rather than
    /// an enum: the model in it is whatever this server's configuration names.
    pub generator: Option<String>,
    /// The command that runs the generated tests.
    pub test_command: Vec<String>,
    /// The last run of the generated tests.
    pub test_report: Option<TestReport>,
    /// The pull request holding the generated code.
    pub pull_request: Option<PullRequest>,
    /// The live deployment, if any.
    pub deployment: Option<Deployment>,
    /// Model tokens and cost spent on this integration.
    pub usage: Usage,
    /// How far the running generation has come, while a streaming model writes;
    /// `null` when no generation runs (or it has reported nothing yet).
    pub generation_progress: Option<GenerationProgress>,
    #[graphql(skip)]
    pub owner_id: String,
    /// What its allowed actions depend on; `None` for a deleted integration or one as
    /// it was, to which no action applies.
    #[graphql(skip)]
    pub standing: Option<domain::integration::Standing>,
    /// For an integration as it was (`integrationAt`): its steps, files and history up
    /// to that version, folded from the events instead of read from today's models.
    #[graphql(skip)]
    pub past: Option<std::sync::Arc<Past>>,
}

/// What an integration's past state holds beside its view.
pub struct Past {
    pub version: u32,
    pub steps: Vec<StepView>,
    pub files: Vec<codebot_domain::artifacts::GeneratedFile>,
}

impl Integration {
    /// The integration as `projection` says it was.
    pub fn as_it_was(
        projection: &codebot_application::integrations::projection::IntegrationProjection,
    ) -> Self {
        let mut integration = Self::from(projection.view());
        integration.standing = None;
        integration.past = Some(std::sync::Arc::new(Past {
            version: projection.version(),
            steps: projection.steps(),
            files: projection.files().to_vec(),
        }));
        integration
    }
}

/// The outcome of running the generated tests in the sandbox.
#[derive(SimpleObject, Clone)]
pub struct TestReport {
    /// Whether every test passed.
    pub passed: bool,
    /// The test command's exit code; `null` when it was killed.
    pub exit_code: Option<i32>,
    /// How long the run took.
    pub duration_ms: u64,
    /// Output of the run, cut to a bounded size.
    pub output: String,
    /// Whether `output` was cut.
    pub truncated: bool,
    /// Whether the run was killed for exceeding its time limit.
    pub timed_out: bool,
}

/// A pull request holding the generated code.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct PullRequest {
    /// Where to review it.
    pub url: String,
    /// Its number on the code host.
    pub number: u64,
    /// The branch it merges (one per integration).
    pub branch: String,
    /// The commit it points at.
    pub commit: String,
    /// Open, closed or merged.
    pub state: PullRequestState,
    /// Files it changes.
    pub files_changed: u32,
    /// Lines it adds.
    pub additions: u32,
    /// Lines it removes.
    pub deletions: u32,
}

#[ComplexObject]
impl PullRequest {
    /// What it changes, when the code host has no pages of its own to show that on
    /// (the local repository): its commits and diff against the base branch. `null`
    /// on GitHub (its `url` shows the changes) and when the host no longer holds this
    /// commit as the pull request's head. Reading it runs git: it costs 100 of a
    /// document's complexity budget (2,000), so one document reads it a few times.
    #[graphql(complexity = 100)]
    async fn changes(&self, ctx: &Context<'_>) -> Result<Option<PullRequestChanges>> {
        let handlers = ctx.data::<Handlers>()?;
        let changes = handlers
            .integration_queries
            .pull_request_changes(&self.branch)
            .await?;
        Ok(changes
            .filter(|c| c.head_commit == self.commit)
            .map(|c| PullRequestChanges {
                base: c.base,
                base_commit: c.base_commit,
                head_commit: c.head_commit,
                commits: c
                    .commits
                    .into_iter()
                    .map(|commit| ChangeCommit {
                        id: commit.id,
                        message: commit.message,
                    })
                    .collect(),
                files: c
                    .files
                    .into_iter()
                    .map(|file| ChangedFile {
                        path: file.path,
                        additions: file.additions,
                        deletions: file.deletions,
                    })
                    .collect(),
                diff: c.diff,
                truncated: c.truncated,
            }))
    }
}

/// What a pull request changes.
#[derive(SimpleObject, Clone)]
pub struct PullRequestChanges {
    /// The branch it merges into.
    pub base: String,
    /// The commit of the base branch it left from: the diff is taken against it.
    pub base_commit: String,
    /// The commit it points at.
    pub head_commit: String,
    /// Its commits after the base, newest first.
    pub commits: Vec<ChangeCommit>,
    /// The files it changes.
    pub files: Vec<ChangedFile>,
    /// The unified diff.
    pub diff: String,
    /// Whether `diff` was cut to its size limit (256 KiB).
    pub truncated: bool,
}

/// One commit of a pull request.
#[derive(SimpleObject, Clone)]
pub struct ChangeCommit {
    /// The commit's id.
    pub id: String,
    /// Its subject line.
    pub message: String,
}

/// One file a pull request changes.
#[derive(SimpleObject, Clone)]
pub struct ChangedFile {
    /// Its path in the repository.
    pub path: String,
    /// Lines added; `null` for a binary file.
    pub additions: Option<u32>,
    /// Lines removed; `null` for a binary file.
    pub deletions: Option<u32>,
}

/// Where the reviewed code runs.
#[derive(SimpleObject, Clone)]
pub struct Deployment {
    /// The deployment's id (its idempotency key).
    pub id: String,
    /// Where it is installed.
    pub location: String,
    /// The deployment it replaced, which a rollback returns to.
    pub previous: Option<String>,
}

/// Model tokens and cost.
#[derive(SimpleObject, Clone, Copy)]
pub struct Usage {
    /// Tokens sent to models.
    pub input_tokens: u64,
    /// Tokens models returned.
    pub output_tokens: u64,
    /// What the calls cost, in US dollars.
    pub cost_usd: f64,
}

/// The latest progress report of a running generation (recorded every
/// `CODEBOT_PROGRESS_INTERVAL_MS` as a `GenerationProgressed` event).
#[derive(SimpleObject, Clone)]
pub struct GenerationProgress {
    /// The attempt of the generate step that reports it.
    pub attempt: u32,
    /// Characters of the model's answer received so far.
    pub characters: u64,
    /// The files the answer has begun, in the order it began them.
    pub files: Vec<String>,
    /// When this report was recorded.
    pub reported_at: DateTime<Utc>,
}

/// One generated file.
#[derive(SimpleObject, Clone)]
pub struct GeneratedFile {
    /// Path relative to the integration's root.
    pub path: String,
    /// The file's text.
    pub content: String,
}

/// Why an integration failed.
#[derive(SimpleObject, Clone)]
pub struct Failure {
    /// The pipeline step that failed, if a step did.
    pub step: Option<StepName>,
    /// What went wrong, for people.
    pub reason: String,
    /// What caused it: `STEP_FAILED`, `REJECTED` or `CANCELLED`.
    pub trigger: Trigger,
}

/// An undo the saga gave up on.
#[derive(SimpleObject, Clone)]
pub struct CompensationFailure {
    /// The step whose undo failed (`PULL_REQUEST`, `DEPLOY`, …).
    pub step: StepName,
    /// The last error of the undo.
    pub error: String,
    /// How many times the undo was tried.
    pub attempts: i32,
}

impl From<IntegrationView> for Integration {
    fn from(view: IntegrationView) -> Self {
        let standing = view.deleted_at.is_none().then(|| view.standing());
        Self {
            id: ID(view.id.to_string()),
            kind: view.kind,
            name: view.name,
            description: view.description,
            prompt: view.prompt,
            config: view.config,
            state: view.state.into(),
            version: i32::try_from(view.version).unwrap_or(i32::MAX),
            created_at: view.created_at,
            updated_at: view.updated_at,
            failure: view.failure.map(|f| Failure {
                step: f.step.map(StepName::from),
                reason: f.reason,
                trigger: f.trigger.into(),
            }),
            compensation_failed: view.compensation_failure.map(|f| CompensationFailure {
                step: f.step.into(),
                error: f.error,
                attempts: i32::try_from(f.attempts).unwrap_or(i32::MAX),
            }),
            round: i32::try_from(view.artifacts.round).unwrap_or(i32::MAX),
            generator: view.artifacts.generator,
            test_command: view.artifacts.test_command,
            test_report: view.artifacts.test_report.map(|r| TestReport {
                passed: r.passed,
                exit_code: r.exit_code,
                duration_ms: r.duration_ms,
                output: r.output,
                truncated: r.truncated,
                timed_out: r.timed_out,
            }),
            pull_request: view.artifacts.pull_request.map(|pr| PullRequest {
                url: pr.url,
                number: pr.number,
                branch: pr.branch,
                commit: pr.commit,
                state: pr.state.into(),
                files_changed: pr.files_changed,
                additions: pr.additions,
                deletions: pr.deletions,
            }),
            deployment: view.artifacts.deployment.map(|d| Deployment {
                id: d.id,
                location: d.location,
                previous: d.previous,
            }),
            usage: Usage {
                input_tokens: view.artifacts.usage.input_tokens,
                output_tokens: view.artifacts.usage.output_tokens,
                cost_usd: view.artifacts.usage.cost_usd,
            },
            generation_progress: view
                .artifacts
                .generation_progress
                .map(|g| GenerationProgress {
                    attempt: g.attempt,
                    characters: g.progress.characters,
                    files: g.progress.files,
                    reported_at: g.reported_at,
                }),
            owner_id: view.owner_id,
            standing,
            past: None,
        }
    }
}

#[ComplexObject]
impl Integration {
    /// What the caller may do with it now: the actions its state allows, narrowed to
    /// the mutations the caller's role may call and, for anyone but an administrator,
    /// to its own integrations. Empty for an integration as it was (`integrationAt`).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> Result<Vec<IntegrationAction>> {
        let principal = ctx.data_opt::<codebot_domain::identity::Principal>();
        let (Some(standing), Some(principal)) = (self.standing, principal) else {
            return Ok(Vec::new());
        };
        let policy = ctx.data::<std::sync::Arc<Policy>>()?;
        Ok(allowed_actions(policy, principal, &self.owner_id, standing))
    }

    /// The user who created it.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        // Over HTTP a request-scoped loader batches the page; a subscription event
        // reads directly.
        if let Ok(loader) = ctx.data::<UsersDataLoader>() {
            return Ok(loader
                .load_one(self.owner_id.clone())
                .await?
                .map(User::from));
        }
        let users = ctx
            .data::<Handlers>()?
            .users
            .users(std::slice::from_ref(&self.owner_id))
            .await?;
        Ok(users.into_iter().next().map(User::from))
    }

    /// The pipeline's steps in order, with their status and attempts.
    async fn steps(&self, ctx: &Context<'_>) -> Result<Vec<PipelineStep>> {
        let id = uuid::Uuid::parse_str(&self.id).map_err(async_graphql::Error::from)?;
        let mut steps = match (&self.past, ctx.data::<StepsDataLoader>()) {
            (Some(past), _) => past.steps.clone(),
            (None, Ok(loader)) => loader.load_one(id).await?.unwrap_or_default(),
            (None, Err(_)) => ctx
                .data::<Handlers>()?
                .integration_queries
                .steps(&[id])
                .await?
                .into_iter()
                .map(|(_, step)| step)
                .collect(),
        };
        steps.sort_by_key(|s| Step::ALL.iter().position(|x| *x == s.step));
        Ok(steps.into_iter().map(PipelineStep::from).collect())
    }

    /// The kind-specific configuration (a JSON object); values its schema marks secret
    /// read as `[secret]`.
    async fn config(&self, ctx: &Context<'_>) -> Result<Json<serde_json::Value>> {
        let registry = ctx.data::<Handlers>()?.integration_queries.registry();
        Ok(Json(registry.redact_config(&self.kind, &self.config)))
    }

    /// The current generated code, by path.
    async fn files(&self, ctx: &Context<'_>) -> Result<Vec<GeneratedFile>> {
        let files = match &self.past {
            Some(past) => past.files.clone(),
            None => {
                let id = uuid::Uuid::parse_str(&self.id).map_err(async_graphql::Error::from)?;
                ctx.data::<Handlers>()?
                    .integration_queries
                    .files(id)
                    .await?
            }
        };
        Ok(files
            .into_iter()
            .map(|f| GeneratedFile {
                path: f.path,
                content: f.content,
            })
            .collect())
    }

    /// Its audit trail: every event after version `after` (default 0), at most `first`
    /// (default 100), oldest first — who did what, when, from which request.
    async fn events(
        &self,
        ctx: &Context<'_>,
        after: Option<i32>,
        #[graphql(validator(minimum = 1, maximum = 1000))] first: Option<i32>,
    ) -> Result<Vec<IntegrationEvent>> {
        let handlers = ctx.data::<Handlers>()?;
        let id = uuid::Uuid::parse_str(&self.id).map_err(async_graphql::Error::from)?;
        let after = u32::try_from(after.unwrap_or(0).max(0)).unwrap_or(0);
        let first = u32::try_from(first.unwrap_or(100)).unwrap_or(100);
        let events = handlers
            .integration_queries
            .events(id, after, first)
            .await?;
        // As it was: nothing after its version.
        let until = self.past.as_ref().map_or(u32::MAX, |p| p.version);
        Ok(events
            .into_iter()
            .filter(|e| e.version <= until)
            .map(IntegrationEvent::from)
            .collect())
    }
}

/// One step of the pipeline.
#[derive(SimpleObject, Clone)]
pub struct PipelineStep {
    /// Which step it is.
    pub name: StepName,
    /// How far it got in the current run.
    pub status: StepStatus,
    /// How many times it was attempted.
    pub attempts: i32,
    /// When its last attempt started.
    pub started_at: Option<DateTime<Utc>>,
    /// When its last attempt finished.
    pub finished_at: Option<DateTime<Utc>>,
    /// Why its last attempt failed.
    pub error: Option<String>,
}

impl From<StepView> for PipelineStep {
    fn from(step: StepView) -> Self {
        Self {
            name: step.step.into(),
            status: step.status.into(),
            attempts: i32::try_from(step.attempts).unwrap_or(i32::MAX),
            started_at: step.started_at,
            finished_at: step.finished_at,
            error: step.error,
        }
    }
}

/// One recorded event: the unit of history, audit and live updates.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct IntegrationEvent {
    /// Global order of all events; resume a feed after it.
    pub position: Position,
    /// The integration it belongs to.
    pub integration_id: ID,
    /// Its number within the integration (1, 2, …).
    pub version: i32,
    /// What happened (`INTEGRATION_CREATED`, `STATE_CHANGED`, …).
    #[graphql(name = "type")]
    pub event_type: EventType,
    #[graphql(skip)]
    pub data: serde_json::Value,
    /// Who caused it: a user id, or `system` for the pipeline.
    pub actor: String,
    /// The HTTP request it came from, if any.
    pub request_id: Option<String>,
    /// Shared by every event one user action led to.
    pub correlation_id: String,
    /// What directly caused it (a request or an earlier event).
    pub causation_id: Option<String>,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

#[ComplexObject]
impl IntegrationEvent {
    /// The event's body; secret config values read as `[secret]`.
    async fn data(&self, ctx: &Context<'_>) -> Result<Json<serde_json::Value>> {
        let registry = ctx.data::<Handlers>()?.integration_queries.registry();
        Ok(Json(registry.redact_event_data(&self.data)))
    }
}

impl From<EventEnvelope> for IntegrationEvent {
    fn from(envelope: EventEnvelope) -> Self {
        Self {
            // Every stored event has its position; only a not-yet-stored one has none.
            position: Position(envelope.position.unwrap_or(0)),
            integration_id: ID(envelope.aggregate_id.to_string()),
            version: i32::try_from(envelope.version).unwrap_or(i32::MAX),
            event_type: envelope.event.event_type().into(),
            data: envelope.event.data(),
            actor: envelope.metadata.actor,
            request_id: envelope.metadata.request_id,
            correlation_id: envelope.metadata.correlation_id,
            causation_id: envelope.metadata.causation_id,
            recorded_at: envelope.recorded_at,
        }
    }
}

/// What to create.
#[derive(InputObject)]
pub struct CreateIntegrationInput {
    /// One of `integrationKinds` (a name, not an enum: the kinds depend on this
    /// server's configuration); an unknown one is refused with `BAD_USER_INPUT`.
    pub kind: String,
    /// Display name, 1–100 characters.
    pub name: String,
    /// What it is for (at most 2,000 characters).
    pub description: Option<String>,
    /// What it must do, for the generator (at most 32 KiB).
    pub prompt: String,
    /// The kind-specific configuration: a JSON object of at most 64 KiB.
    pub config: Json<serde_json::Value>,
}

/// What to change; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateIntegrationInput {
    /// New display name.
    pub name: Option<String>,
    /// New description; `null` clears it.
    pub description: async_graphql::MaybeUndefined<String>,
    /// New prompt.
    pub prompt: Option<String>,
    /// New configuration (a JSON object).
    pub config: Option<Json<serde_json::Value>>,
}

impl From<UpdateIntegrationInput> for domain::IntegrationPatch {
    fn from(input: UpdateIntegrationInput) -> Self {
        Self {
            name: input.name,
            description: match input.description {
                async_graphql::MaybeUndefined::Undefined => None,
                async_graphql::MaybeUndefined::Null => Some(None),
                async_graphql::MaybeUndefined::Value(v) => Some(Some(v)),
            },
            prompt: input.prompt,
            config: input.config.map(|c| c.0),
        }
    }
}

/// Which integrations to list.
#[derive(InputObject, Default)]
pub struct IntegrationFilter {
    /// Only these states.
    pub states: Option<Vec<IntegrationState>>,
    /// Only this owner's.
    pub owner: Option<ID>,
    /// Only those whose name or description contains this text (case-insensitive).
    pub text: Option<String>,
    /// Only those with (`true`) or without (`false`) an undo that waits for an
    /// administrator (`compensationFailed`).
    pub compensation_failed: Option<bool>,
}

/// How many integrations match, besides the page itself.
#[derive(SimpleObject)]
pub struct IntegrationConnectionFields {
    /// How many integrations match the filter in all.
    pub total_count: u64,
}

/// A kind of integration the bot can build.
#[derive(SimpleObject)]
pub struct IntegrationKind {
    /// The name to pass as `kind`.
    pub name: String,
    /// What integrations of this kind do.
    pub description: String,
    /// The JSON Schema the `config` must satisfy.
    pub config_schema: Json<serde_json::Value>,
    /// A config that satisfies the schema.
    pub example_config: Json<serde_json::Value>,
}
