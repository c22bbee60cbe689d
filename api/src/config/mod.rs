//! Typed settings: defaults, then an optional TOML file, then environment variables.
//!
//! Every setting is declared once, in `settings.rs`: its field, type, default,
//! variable, meaning, parsing and checks. The struct, its `Default`, the reading of the
//! environment and of the TOML file, and the README's configuration table are all made
//! from that declaration (`declare.rs`). Every value is checked when the settings are
//! loaded, so a typo or a bad value stops the start with one line that names the key.
//! Secrets are wrapped in [`Secret`] so that neither `Debug` nor an error message ever
//! prints them.

mod declare;
mod settings;
mod values;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use declare::Group as _;

pub use crate::application::gateway::{Budget as RateLimit, RoleBudgets};
pub use crate::application::secret::Secret;
pub use crate::infrastructure::persistence::database::DatabaseSettings;
pub use declare::SettingDoc;
pub use settings::{
    AuthSettings, GatewaySettings, HttpSettings, LogSettings, ProvidersConfig, Settings,
    WorkerConfig,
};
pub use values::{Breaker, BulkheadSize, LogFormat, ProcessRole, Profile};

/// A configuration problem, always naming the key at fault.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Settings {
    /// Loads the settings: defaults, then the TOML file (`file`, or else the one
    /// `CODEBOT_CONFIG` in `env` names), then the variables in `env`.
    ///
    /// Fails when the file cannot be read or parsed, when it has an unknown key, when a
    /// `CODEBOT_` variable is unknown, or when any value is out of range.
    pub fn load(
        file: Option<&Path>,
        env: &BTreeMap<String, String>,
    ) -> Result<Settings, ConfigError> {
        let mut settings = Settings::default();
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| env.get("CODEBOT_CONFIG").map(PathBuf::from));
        if let Some(path) = &file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| ConfigError(format!("cannot read {}: {e}", path.display())))?;
            let table: toml::Table = toml::from_str(&text).map_err(|e| {
                let message = e.message().replace('\n', " ");
                ConfigError(format!("{}: {message}", path.display()))
            })?;
            settings
                .merge(&table, "")
                .map_err(|e| ConfigError(format!("{}: {e}", path.display())))?;
        }
        for (name, value) in env {
            match settings.set_var(name, value) {
                Some(applied) => applied.map_err(|e| ConfigError(format!("{name}: {e}")))?,
                None if name.starts_with("CODEBOT_") => {
                    return Err(ConfigError(format!(
                        "{name}: unknown variable (see the README's configuration table)"
                    )));
                }
                None => {}
            }
        }
        settings.config_file = file;
        settings.check()?;
        Ok(settings)
    }

    /// Loads the settings from the process environment and an optional file.
    pub fn from_process(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let env: BTreeMap<String, String> = std::env::vars().collect();
        Self::load(file, &env)
    }

    /// The configuration table: every setting's variable, default and meaning.
    pub fn documentation() -> Vec<SettingDoc> {
        let mut rows = Vec::new();
        Settings::default().document(&mut rows, "");
        rows
    }

    /// The configuration table in Markdown, as the README shows it.
    pub fn markdown_table() -> String {
        declare::markdown_table(&Self::documentation())
    }

    /// Checks every value on its own (as declared), then the settings that only make
    /// sense together.
    fn check(&self) -> Result<(), ConfigError> {
        declare::Group::check(self).map_err(ConfigError)?;
        let db = &self.database;
        if db.min_connections > db.max_connections {
            return Err(ConfigError(format!(
                "CODEBOT_DB_MIN_CONNECTIONS: {} is more than CODEBOT_DB_MAX_CONNECTIONS ({})",
                db.min_connections, db.max_connections
            )));
        }
        let providers = &self.providers;
        match providers.generator() {
            "anthropic" if providers.anthropic_api_key.is_none() => {
                return Err(ConfigError(
                    "ANTHROPIC_API_KEY: required by CODEBOT_LLM_PROVIDER=anthropic".into(),
                ));
            }
            "openai" if providers.openai_base_url.is_none() || providers.openai_model.is_none() => {
                return Err(ConfigError(
                    "OPENAI_BASE_URL and OPENAI_MODEL: required by CODEBOT_LLM_PROVIDER=openai"
                        .into(),
                ));
            }
            _ => {}
        }
        match providers.deployer.as_str() {
            "webhook"
                if providers.deploy_webhook_url.is_none()
                    || providers.deploy_webhook_secret.is_none() =>
            {
                return Err(ConfigError(
                    "CODEBOT_DEPLOY_WEBHOOK_URL and CODEBOT_DEPLOY_WEBHOOK_SECRET: required by CODEBOT_DEPLOYER=webhook".into(),
                ));
            }
            "command" if providers.deploy_command.is_none() => {
                return Err(ConfigError(
                    "CODEBOT_DEPLOY_COMMAND: required by CODEBOT_DEPLOYER=command".into(),
                ));
            }
            _ => {}
        }
        if providers.code_host == "github"
            && (providers.github_token.is_none() || providers.github_repository.is_none())
        {
            return Err(ConfigError(
                "GITHUB_TOKEN and GITHUB_REPOSITORY: required by CODEBOT_CODE_HOST=github".into(),
            ));
        }
        if self.auth.oidc_issuer.is_some() != self.auth.oidc_client_id.is_some() {
            return Err(ConfigError(
                "CODEBOT_OIDC_ISSUER and CODEBOT_OIDC_CLIENT_ID: set both or neither".into(),
            ));
        }
        if self.auth.github_client_id.is_some() && self.auth.github_client_secret.is_none() {
            return Err(ConfigError(
                "CODEBOT_GITHUB_CLIENT_SECRET: required with CODEBOT_GITHUB_CLIENT_ID".into(),
            ));
        }
        if self.auth.jwt_algorithm != "HS256"
            && (self.auth.jwt_private_key_file.is_none() || self.auth.jwt_public_key_file.is_none())
        {
            return Err(ConfigError(format!(
                "CODEBOT_JWT_PRIVATE_KEY_FILE and CODEBOT_JWT_PUBLIC_KEY_FILE: required for {}",
                self.auth.jwt_algorithm
            )));
        }
        Ok(())
    }

    /// Whether this process can sign access tokens: outside the embedded default an
    /// HS256 secret must be given (every API instance must share it), except to a
    /// worker, which signs nothing.
    pub fn check_signing(&self) -> Result<(), ConfigError> {
        if self.role != ProcessRole::Worker
            && self.auth.jwt_algorithm == "HS256"
            && self.auth.jwt_secret.is_none()
            && !self.is_embedded()
        {
            return Err(ConfigError(
                "CODEBOT_JWT_SECRET: required outside the embedded default (a PostgreSQL database); give 32 or more random bytes".into(),
            ));
        }
        Ok(())
    }

    /// Whether this is the embedded default: one process on a SQLite file, where a
    /// generated signing secret in the data dir is safe to use.
    pub fn is_embedded(&self) -> bool {
        self.database
            .url
            .as_ref()
            .is_none_or(|url| url.expose().starts_with("sqlite:"))
    }

    /// Where browsers reach this server.
    pub fn public_url(&self) -> String {
        self.auth
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
    }

    /// The database URL to connect to: the configured one, or the embedded SQLite file.
    pub fn database_url(&self) -> Secret<String> {
        match &self.database.url {
            Some(url) => url.clone(),
            None => Secret::new(format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("codebot.db").display()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::declare::Group as _;
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_listen_on_loopback_port_8000_with_the_embedded_database() {
        let s = Settings::load(None, &env(&[])).expect("defaults are valid");
        assert_eq!(s.addr.to_string(), "127.0.0.1:8000");
        assert_eq!(s.database.min_connections, 10);
        assert_eq!(s.database.max_connections, 20);
        assert!(s.database_url().expose().starts_with("sqlite://./data/"));
    }

    #[test]
    fn an_environment_variable_overrides_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("codebot.toml");
        std::fs::write(
            &path,
            "addr = \"127.0.0.1:9000\"\n[log]\nformat = \"json\"\n",
        )
        .expect("write");
        let s =
            Settings::load(Some(&path), &env(&[("CODEBOT_ADDR", "0.0.0.0:7000")])).expect("valid");
        assert_eq!(s.addr.to_string(), "0.0.0.0:7000");
        assert_eq!(s.log.format, LogFormat::Json);
    }

    #[test]
    fn an_unknown_key_in_the_file_is_refused_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("codebot.toml");
        std::fs::write(&path, "[database]\nurll = \"x\"\n").expect("write");
        let err = Settings::load(Some(&path), &env(&[])).expect_err("unknown key");
        let line = err.to_string();
        assert!(line.contains("urll"), "{line}");
        assert!(!line.contains('\n'), "{line}");
    }

    #[test]
    fn a_bad_value_is_refused_naming_the_variable() {
        let err = Settings::load(None, &env(&[("CODEBOT_ADDR", "nowhere")])).expect_err("bad");
        assert!(err.to_string().contains("CODEBOT_ADDR"), "{err}");
        let err = Settings::load(None, &env(&[("CODEBOT_ADRR", "x")])).expect_err("unknown");
        assert!(err.to_string().contains("CODEBOT_ADRR"), "{err}");
        let err = Settings::load(
            None,
            &env(&[
                ("CODEBOT_DB_MIN_CONNECTIONS", "30"),
                ("CODEBOT_DB_MAX_CONNECTIONS", "20"),
            ]),
        )
        .expect_err("min over max");
        assert!(
            err.to_string().contains("CODEBOT_DB_MIN_CONNECTIONS"),
            "{err}"
        );
    }

    #[test]
    fn the_database_url_never_prints() {
        let s = Settings::load(
            None,
            &env(&[
                ("DATABASE_URL", "postgres://u:hunter2@localhost/db"),
                ("CODEBOT_JWT_SECRET", "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t"),
            ]),
        )
        .expect("valid");
        assert!(!format!("{s:?}").contains("s3cr3t"));
        assert!(!format!("{s:?}").contains("hunter2"));
        let err = Settings::load(None, &env(&[("DATABASE_URL", "mysql://u:hunter2@h/db")]))
            .expect_err("unsupported");
        assert!(!err.to_string().contains("hunter2"));
    }

    #[test]
    fn outside_the_embedded_default_a_signing_secret_is_required() {
        let pg = Settings::load(None, &env(&[("DATABASE_URL", "postgres://u@localhost/db")]))
            .expect("valid");
        let err = pg.check_signing().expect_err("no secret");
        assert!(err.to_string().contains("CODEBOT_JWT_SECRET"), "{err}");
        let worker = Settings::load(
            None,
            &env(&[
                ("DATABASE_URL", "postgres://u@localhost/db"),
                ("CODEBOT_ROLE", "worker"),
            ]),
        )
        .expect("valid");
        assert!(worker.check_signing().is_ok());
        assert!(
            Settings::load(None, &env(&[]))
                .expect("valid")
                .check_signing()
                .is_ok()
        );
        let err = Settings::load(None, &env(&[("CODEBOT_JWT_ALGORITHM", "RS256")]))
            .expect_err("no key files");
        assert!(err.to_string().contains("KEY_FILE"), "{err}");
    }

    #[test]
    fn rate_limits_are_per_minute_and_per_hour() {
        let s =
            Settings::load(None, &env(&[("CODEBOT_RATE_LIMIT_VIEWER", "5/50")])).expect("valid");
        assert_eq!(
            s.gateway.rate_limits.viewer,
            RateLimit {
                per_minute: 5,
                per_hour: 50
            }
        );
        assert_eq!(
            s.gateway.rate_limits.admin,
            RateLimit {
                per_minute: 100,
                per_hour: 1000
            }
        );
        let err =
            Settings::load(None, &env(&[("CODEBOT_RATE_LIMIT_ADMIN", "lots")])).expect_err("bad");
        assert!(
            err.to_string().contains("CODEBOT_RATE_LIMIT_ADMIN"),
            "{err}"
        );
    }

    #[test]
    fn the_file_sets_any_setting_by_its_field_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("codebot.toml");
        std::fs::write(
            &path,
            r#"
role = "api"
[providers]
breaker = "4/10"
[gateway]
cors_origins = ["https://a.example/", "https://b.example"]
[gateway.rate_limits]
developer = "7/70"
"#,
        )
        .expect("write");
        let s = Settings::load(Some(&path), &env(&[])).expect("valid");
        assert_eq!(s.role, ProcessRole::Api);
        assert_eq!(
            s.providers.breaker,
            Breaker {
                failures: 4,
                open_secs: 10
            }
        );
        assert_eq!(
            s.gateway.cors_origins,
            ["https://a.example", "https://b.example"]
        );
        assert_eq!(s.gateway.rate_limits.developer.per_hour, 70);
        assert_eq!(s.config_file.as_deref(), Some(path.as_path()));

        std::fs::write(&path, "[providers]\nbreaker = \"0/10\"\n").expect("write");
        let err = Settings::load(Some(&path), &env(&[])).expect_err("no failure opens it");
        assert!(err.to_string().contains("providers.breaker"), "{err}");
    }

    #[test]
    fn every_default_reads_back_as_itself() {
        let defaults = Settings::documentation();
        let mut env = BTreeMap::new();
        for row in &defaults {
            if let Some(value) = row
                .default
                .strip_prefix('`')
                .and_then(|d| d.strip_suffix('`'))
            {
                let unset_phrase = ["CODEBOT_LLM_PROVIDER", "DATABASE_URL", "CODEBOT_PUBLIC_URL"];
                if !unset_phrase.contains(&row.name) {
                    env.insert(row.name.to_owned(), value.to_owned());
                }
            }
        }
        assert!(env.len() > 40, "{env:?}");
        let read = Settings::load(None, &env).expect("every default is valid");
        let mut rows = Vec::new();
        read.document(&mut rows, "");
        assert_eq!(rows, defaults);
    }

    #[test]
    fn names_are_unique_and_the_process_role_is_read_by_name() {
        let rows = Settings::documentation();
        let mut names: Vec<_> = rows.iter().map(|row| row.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), rows.len());
        let s = Settings::load(None, &env(&[("CODEBOT_ROLE", "worker")])).expect("valid");
        assert_eq!(s.role, ProcessRole::Worker);
        let err = Settings::load(None, &env(&[("CODEBOT_ROLE", "admin")])).expect_err("bad");
        assert!(err.to_string().contains("`worker`"), "{err}");
    }

    /// `.env.example` shows each variable with its default (commented out), or empty
    /// when there is none; scripts/check-env-example.sh checks that it lists them all.
    #[test]
    fn the_env_example_shows_the_declared_defaults() {
        let example = include_str!("../../../.env.example");
        let lines: BTreeMap<&str, &str> = example
            .lines()
            .map(|line| line.trim_start_matches('#').trim_start())
            .filter_map(|line| line.split_once('='))
            .filter(|(name, _)| {
                name.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            })
            .collect();
        for row in Settings::documentation() {
            let shown = row
                .default
                .strip_prefix('`')
                .and_then(|d| d.strip_suffix('`'))
                .unwrap_or("");
            assert_eq!(
                lines.get(row.name).copied(),
                Some(shown),
                ".env.example's {} differs from the declared default",
                row.name
            );
        }
    }

    /// The README's table is this declaration's: regenerate it with `codebot settings`.
    #[test]
    fn the_readme_table_is_the_declared_one() {
        let readme = include_str!("../../../README.md");
        let table: String = readme
            .lines()
            .skip_while(|line| !line.starts_with("| variable |"))
            .take_while(|line| line.starts_with('|'))
            .map(|line| format!("{line}\n"))
            .collect();
        let declared = Settings::markdown_table();
        assert!(
            table == declared,
            "README.md's configuration table differs from the declared settings; replace it with the output of `codebot settings`:\n\n{declared}"
        );
    }
}
