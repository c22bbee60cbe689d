//! The pipeline's providers as the settings choose them, behind their guards, and the
//! worker that drives the pipeline with them.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;

use super::adapters::Adapters;
use crate::application::integrations::commands::IntegrationCommands;
use crate::application::integrations::kinds::KindRegistry;
use crate::application::pipeline::ports::{CodeGenerator, CodeHost, Deployer};
use crate::application::pipeline::saga::{PipelineRunner, PipelineSettings, Providers};
use crate::application::pipeline::worker::{Worker, WorkerSettings};
use crate::application::ports::{IntegrationStore, JobQueue};
use crate::config::Settings;
use crate::infrastructure::providers::deployers::{CommandDeployer, WebhookDeployer};
use crate::infrastructure::providers::github::{GithubCodeHost, GithubSettings};
use crate::infrastructure::providers::llm::anthropic::{AnthropicGenerator, AnthropicSettings};
use crate::infrastructure::providers::llm::openai::{OpenAiGenerator, OpenAiSettings};
use crate::infrastructure::providers::local_deployer::LocalDeployer;
use crate::infrastructure::providers::local_git::LocalGitHost;
use crate::infrastructure::providers::sandbox::{ProcessSandbox, SandboxLimits};
use crate::infrastructure::providers::scaffold::ScaffoldGenerator;
use crate::infrastructure::resilience::{
    Bulkhead, BulkheadedQueue, BulkheadedStore, GuardedCodeHost, GuardedDeployer, GuardedGenerator,
    Guards, Policy as ResiliencePolicy,
};

/// The code generator the settings name, behind its resilience guard when it is
/// networked.
fn generator(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn CodeGenerator>> {
    let llm = &settings.providers;
    let price = llm.price;
    let inner: Arc<dyn CodeGenerator> = match llm.generator() {
        "anthropic" => Arc::new(
            AnthropicGenerator::new(AnthropicSettings {
                base_url: llm.anthropic_base_url.clone(),
                api_key: llm
                    .anthropic_api_key
                    .clone()
                    .context("ANTHROPIC_API_KEY is not set")?,
                model: llm.anthropic_model.clone(),
                max_tokens: llm.max_tokens,
                price,
            })
            .map_err(anyhow::Error::msg)?,
        ),
        "openai" => Arc::new(
            OpenAiGenerator::new(OpenAiSettings {
                base_url: llm
                    .openai_base_url
                    .clone()
                    .context("OPENAI_BASE_URL is not set")?,
                api_key: llm.openai_api_key.clone(),
                model: llm
                    .openai_model
                    .clone()
                    .context("OPENAI_MODEL is not set")?,
                max_tokens: llm.max_tokens,
                price,
            })
            .map_err(anyhow::Error::msg)?,
        ),
        _ => return Ok(Arc::new(ScaffoldGenerator::new())),
    };
    let guard = guards.add(
        inner.name(),
        ResiliencePolicy {
            failure_threshold: llm.breaker.failures,
            open_for: Duration::from_secs(llm.breaker.open_secs),
            concurrency: llm.bulkhead.concurrent,
            queue: llm.bulkhead.queued,
            timeout: Duration::from_secs(llm.call_timeout_secs),
        },
    );
    Ok(Arc::new(GuardedGenerator { inner, guard }))
}

/// The pipeline's providers as the settings choose them (the offline ones keep their
/// state in the data dir), and the guards of the networked ones.
pub(super) fn providers(settings: &Settings) -> anyhow::Result<(Providers, Guards)> {
    let data = &settings.data_dir;
    let mut guards = Guards::default();
    let providers = Providers {
        generator: generator(settings, &mut guards)?,
        sandbox: Arc::new(ProcessSandbox::new(
            data.join("sandbox"),
            SandboxLimits::default(),
        )),
        code_host: code_host(settings, &mut guards)?,
        deployer: deployer(settings, &mut guards)?,
    };
    Ok((providers, guards))
}

/// The deployer the settings name: a local directory, a command after it, or a signed
/// webhook behind its guard.
fn deployer(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn Deployer>> {
    let local = LocalDeployer::new(settings.data_dir.join("deployments"));
    let config = &settings.providers;
    match settings.providers.deployer.as_str() {
        "command" => Ok(Arc::new(CommandDeployer::new(
            local,
            config
                .deploy_command
                .clone()
                .context("CODEBOT_DEPLOY_COMMAND is not set")?,
            Duration::from_secs(config.deploy_timeout_secs),
        ))),
        "webhook" => {
            let inner = WebhookDeployer::new(
                config
                    .deploy_webhook_url
                    .clone()
                    .context("CODEBOT_DEPLOY_WEBHOOK_URL is not set")?,
                config
                    .deploy_webhook_secret
                    .clone()
                    .context("CODEBOT_DEPLOY_WEBHOOK_SECRET is not set")?,
            )
            .map_err(anyhow::Error::msg)?;
            let guard = guards.add(
                "deploy-webhook",
                ResiliencePolicy {
                    failure_threshold: 5,
                    open_for: Duration::from_secs(60),
                    concurrency: 10,
                    queue: 20,
                    timeout: Duration::from_secs(60),
                },
            );
            Ok(Arc::new(GuardedDeployer {
                inner: Arc::new(inner),
                guard,
            }))
        }
        _ => Ok(Arc::new(local)),
    }
}

/// The code host the settings name: the local git repository, or GitHub behind its
/// guard.
fn code_host(settings: &Settings, guards: &mut Guards) -> anyhow::Result<Arc<dyn CodeHost>> {
    let data = &settings.data_dir;
    if settings.providers.code_host != "github" {
        return Ok(Arc::new(LocalGitHost::new(
            data.join("git").join("integrations.git"),
            data.join("git"),
        )));
    }
    let config = &settings.providers;
    let inner = GithubCodeHost::new(GithubSettings {
        api_url: settings.auth.github_api_url.clone(),
        token: config
            .github_token
            .clone()
            .context("GITHUB_TOKEN is not set")?,
        repository: config
            .github_repository
            .clone()
            .context("GITHUB_REPOSITORY is not set")?,
    })
    .map_err(anyhow::Error::msg)?;
    let guard = guards.add(
        "github",
        ResiliencePolicy {
            failure_threshold: config.github_breaker.failures,
            open_for: Duration::from_secs(config.github_breaker.open_secs),
            concurrency: config.github_bulkhead.concurrent,
            queue: config.github_bulkhead.queued,
            timeout: Duration::from_secs(30),
        },
    );
    Ok(Arc::new(GuardedCodeHost {
        inner: Arc::new(inner),
        guard,
    }))
}

pub(super) fn worker(
    settings: &Settings,
    name: String,
    adapters: &Adapters,
    providers: Providers,
    database: Arc<Bulkhead>,
) -> Worker {
    let w = &settings.worker;
    let pipeline = PipelineSettings {
        max_rounds: w.max_rounds,
        step_attempts: w.step_attempts,
        retry_base: Duration::from_millis(w.retry_base_ms),
        generation_timeout: Duration::from_secs(w.generation_timeout_secs),
        progress_interval: Duration::from_millis(w.progress_interval_ms.max(100)),
        test_timeout: Duration::from_secs(w.test_timeout_secs),
        ..PipelineSettings::default()
    };
    // The pipeline's database work goes through the database bulkhead.
    let store: Arc<dyn IntegrationStore> = Arc::new(BulkheadedStore {
        inner: adapters.store.clone(),
        bulkhead: database.clone(),
    });
    let queue: Arc<dyn JobQueue> = Arc::new(BulkheadedQueue {
        inner: adapters.queue.clone(),
        bulkhead: database,
    });
    let runner = PipelineRunner::new(
        IntegrationCommands::new(store.clone(), KindRegistry::builtin()),
        store,
        adapters.read.clone(),
        queue.clone(),
        KindRegistry::builtin(),
        providers,
        pipeline,
    );
    Worker::new(
        name,
        queue,
        Arc::new(runner),
        WorkerSettings {
            concurrency: w.concurrency,
            lease: Duration::from_secs(w.lease_secs),
            poll: Duration::from_secs(w.poll_secs),
        },
    )
}
