//! The `codebot` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use api::config::Settings;
use api::startup::{Application, shutdown_signal};

/// jemalloc: it returns memory freed by closed connections to the system (glibc's
/// allocator kept the peak) and costs less CPU per request (ARCHITECTURE.md, "Memory").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
#[command(
    name = "codebot",
    version,
    about = "Claude Code Bot: AI-generated integrations, from request to deployment"
)]
struct Cli {
    /// A TOML configuration file, read before the environment variables.
    #[arg(long, global = true, env = "CODEBOT_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and run the pipeline worker (the default command).
    Serve {
        /// `all` (API and worker), `api` or `worker`; overrides `CODEBOT_ROLE`.
        #[arg(long)]
        role: Option<api::config::ProcessRole>,
    },
    /// Apply the database migrations, then exit.
    Migrate,
    /// Print the GraphQL schema (SDL) that `schema.graphql` must equal.
    Schema,
    /// Print the configuration table (Markdown) that the README's must equal.
    Settings,
    /// Manage the read models.
    Projections {
        #[command(subcommand)]
        action: ProjectionsAction,
    },
    /// Manage API keys.
    Apikey {
        #[command(subcommand)]
        action: ApikeyAction,
    },
    /// Manage the keys that seal secret config values at rest.
    Secrets {
        #[command(subcommand)]
        action: SecretsAction,
    },
}

#[derive(Subcommand)]
enum SecretsAction {
    /// Re-wraps every sealed value's data key with the first key of
    /// CODEBOT_SECRETS_KEYS, so that older keys can then be removed.
    Rotate,
}

#[derive(Subcommand)]
enum ApikeyAction {
    /// Make an API key and print its secret (shown this once).
    Create {
        /// What the key is for.
        #[arg(long)]
        name: String,
        /// VIEWER, DEVELOPER or ADMIN.
        #[arg(long)]
        role: String,
        /// The user it belongs to: the built-in `admin` (made when missing) or an
        /// existing user.
        #[arg(long, default_value = "admin")]
        user: String,
        /// Make the user (with the key's role) when it does not exist yet.
        #[arg(long)]
        create_user: bool,
    },
}

#[derive(Subcommand)]
enum ProjectionsAction {
    /// Drop every read-model row and rebuild them all by replaying the events.
    Rebuild,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            print!("{}", api::presentation::graphql::sdl());
            return ExitCode::SUCCESS;
        }
        Some(Command::Settings) => {
            print!("{}", Settings::markdown_table());
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let settings = match Settings::from_process(cli.config.as_deref()) {
        Ok(mut settings) => {
            if let Some(Command::Serve { role: Some(role) }) = cli.command {
                settings.role = role;
            }
            // The other commands print their answer; their progress (migrations, …)
            // is noise unless CODEBOT_LOG asks for it.
            let serving = matches!(cli.command, None | Some(Command::Serve { .. }));
            if !serving && std::env::var_os("CODEBOT_LOG").is_none() {
                settings.log.filter = "warn".to_owned();
            }
            settings
        }
        Err(error) => {
            eprintln!("codebot: {error}");
            return ExitCode::from(2);
        }
    };
    // Kept until exit: dropping it flushes the last traces.
    let _telemetry = match api::telemetry::init(&settings.log) {
        Ok(telemetry) => telemetry,
        Err(error) => {
            eprintln!("codebot: {error:#}");
            return ExitCode::from(2);
        }
    };
    if let Err(error) = tikv_jemalloc_ctl::background_thread::write(true) {
        tracing::warn!(%error, "cannot start the allocator's background thread");
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("codebot: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command.unwrap_or(Command::Serve { role: None }) {
            Command::Serve { .. } => serve(&settings).await,
            Command::Migrate => api::commands::migrate(&settings).await,
            Command::Schema | Command::Settings => Ok(()),
            Command::Projections {
                action: ProjectionsAction::Rebuild,
            } => {
                let report = api::commands::rebuild_projections(&settings).await?;
                println!(
                    "rebuilt {} integrations from {} events",
                    report.integrations, report.events
                );
                Ok(())
            }
            Command::Secrets {
                action: SecretsAction::Rotate,
            } => {
                let rewrapped = api::commands::rotate_secrets(&settings).await?;
                println!("re-wrapped {rewrapped} sealed values with the first key");
                Ok(())
            }
            Command::Apikey {
                action:
                    ApikeyAction::Create {
                        name,
                        role,
                        user,
                        create_user,
                    },
            } => {
                let role = api::domain::identity::Role::parse(&role).ok_or_else(|| {
                    anyhow::anyhow!("--role: expected VIEWER, DEVELOPER or ADMIN, got `{role}`")
                })?;
                let secret = api::commands::create_api_key_as(
                    &settings,
                    &user,
                    &name,
                    role,
                    create_user || user == "admin",
                )
                .await?;
                println!("{secret}");
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line: the error and its causes, never a backtrace.
            eprintln!("codebot: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: &Settings) -> anyhow::Result<()> {
    let stopped = shutdown_signal();
    let app = Application::build(settings).await?;
    if settings.role == api::config::ProcessRole::Worker {
        tracing::info!("running the pipeline worker");
    } else {
        tracing::info!(addr = %app.local_addr(), role = ?settings.role, "serving GraphQL at http://{}/graphql", app.local_addr());
    }
    app.run_until_stopped(stopped).await
}
