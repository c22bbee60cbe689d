//! Sign-in and signing: the identity use cases with their token keys and OAuth
//! providers, the keys that seal secrets at rest, and the first admin.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sea_orm::DatabaseConnection;

use super::secret_files::{embedded_secret, write_private};
use crate::application::identity::ports::{OAuthProvider, TokenCodec};
use crate::application::identity::{Identity, IdentitySettings};
use crate::config::{ProcessRole, Settings};
use crate::infrastructure::auth::jwt::{JwtCodec, SigningKey};
use crate::infrastructure::auth::oauth::{OAuth2Provider, ProviderKind, ProviderSettings};
use crate::infrastructure::persistence::SeaOrmIdentityStore;
use crate::infrastructure::persistence::secret_box::SecretBox;

/// The identity use cases on `db`, signing access tokens as `settings` say.
///
/// Fails when the signing key cannot be read or made, or a provider is misconfigured.
pub fn identity(settings: &Settings, db: &DatabaseConnection) -> anyhow::Result<Identity> {
    crate::infrastructure::install_tls_provider();
    let auth = &settings.auth;
    let read = |path: &Option<std::path::PathBuf>, what: &str| -> anyhow::Result<Vec<u8>> {
        let path = path
            .as_ref()
            .with_context(|| format!("{what} is not set"))?;
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let key = match auth.jwt_algorithm.as_str() {
        "RS256" => SigningKey::Rs256 {
            private_pem: read(&auth.jwt_private_key_file, "CODEBOT_JWT_PRIVATE_KEY_FILE")?,
            public_pem: read(&auth.jwt_public_key_file, "CODEBOT_JWT_PUBLIC_KEY_FILE")?,
        },
        "EdDSA" => SigningKey::EdDsa {
            private_pem: read(&auth.jwt_private_key_file, "CODEBOT_JWT_PRIVATE_KEY_FILE")?,
            public_pem: read(&auth.jwt_public_key_file, "CODEBOT_JWT_PUBLIC_KEY_FILE")?,
        },
        _ => SigningKey::Hs256(match &auth.jwt_secret {
            Some(secret) => secret.expose().as_bytes().to_vec(),
            None if settings.is_embedded() => embedded_secret(&settings.data_dir)?,
            // A worker signs and checks no tokens: any secret will do.
            None if settings.role == ProcessRole::Worker => {
                crate::application::identity::secrets::random_token().into_bytes()
            }
            None => {
                settings.check_signing()?;
                anyhow::bail!("CODEBOT_JWT_SECRET is required");
            }
        }),
    };
    let tokens: Arc<dyn TokenCodec> = Arc::new(
        JwtCodec::new(
            key,
            &auth.jwt_issuer,
            &auth.jwt_audience,
            Duration::from_secs(auth.access_token_ttl_secs),
        )
        .map_err(|e| anyhow::anyhow!("access tokens: {e}"))?,
    );
    let redirect_uri = format!("{}/auth/callback", settings.public_url());
    let mut providers: Vec<Arc<dyn OAuthProvider>> = Vec::new();
    if let (Some(client_id), Some(secret)) = (&auth.github_client_id, &auth.github_client_secret) {
        providers.push(Arc::new(
            OAuth2Provider::new(ProviderSettings {
                id: "github".to_owned(),
                display_name: "GitHub".to_owned(),
                kind: ProviderKind::Github {
                    web: auth.github_web_url.clone(),
                    api: auth.github_api_url.clone(),
                },
                client_id: client_id.clone(),
                client_secret: Some(secret.expose().clone()),
                redirect_uri: redirect_uri.clone(),
            })
            .map_err(|e| anyhow::anyhow!("GitHub sign-in: {e}"))?,
        ));
    }
    if let (Some(issuer), Some(client_id)) = (&auth.oidc_issuer, &auth.oidc_client_id) {
        providers.push(Arc::new(
            OAuth2Provider::new(ProviderSettings {
                id: "oidc".to_owned(),
                display_name: auth.oidc_name.clone(),
                kind: ProviderKind::Oidc {
                    issuer: issuer.clone(),
                },
                client_id: client_id.clone(),
                client_secret: auth.oidc_client_secret.as_ref().map(|s| s.expose().clone()),
                redirect_uri,
            })
            .map_err(|e| anyhow::anyhow!("OpenID Connect sign-in: {e}"))?,
        ));
    }
    Ok(Identity::new(
        Arc::new(SeaOrmIdentityStore::new(db.clone())),
        tokens,
        providers,
        IdentitySettings {
            default_role: auth.default_role,
            signup_domains: auth.signup_domains.clone(),
            refresh_reuse_grace: Duration::from_secs(auth.refresh_reuse_grace_secs),
            credential_cache_ttl: Duration::from_secs(auth.credential_cache_secs),
            ..IdentitySettings::default()
        },
    ))
}

/// The keys that seal secret config values at rest: `CODEBOT_SECRETS_KEYS`, and a key
/// derived from the access-token secret (`CODEBOT_JWT_SECRET`, or the embedded
/// default's own), which seals when no list is configured and otherwise still opens
/// what it sealed (so that a rotation can move those values to a listed key).
///
/// Fails when neither is available, or a key is malformed.
pub fn secret_box(settings: &Settings) -> anyhow::Result<Arc<SecretBox>> {
    let derived_from = match &settings.auth.jwt_secret {
        Some(secret) => Some(secret.expose().as_bytes().to_vec()),
        None if settings.is_embedded() => Some(embedded_secret(&settings.data_dir)?),
        None => None,
    };
    let listed = settings
        .auth
        .secrets_keys
        .as_ref()
        .map(|k| k.expose().clone());
    let boxed = match (listed, derived_from) {
        (Some(list), Some(secret)) => {
            let derived = SecretBox::derived_key(&secret).map_err(anyhow::Error::msg)?;
            let mut keys = SecretBox::parse_keys(&list).map_err(anyhow::Error::msg)?;
            if !keys.iter().any(|(id, _)| id == "derived") {
                keys.push(("derived".to_owned(), derived));
            }
            SecretBox::new(keys)
        }
        (Some(list), None) => SecretBox::parse(&list),
        (None, Some(secret)) => SecretBox::derived("derived", &secret),
        (None, None) => Err("CODEBOT_SECRETS_KEYS: required outside the embedded default when CODEBOT_JWT_SECRET is not set (ID:BASE64KEY with a 32-byte key)".to_owned()),
    }
    .map_err(anyhow::Error::msg)?;
    Ok(Arc::new(boxed))
}

/// The file the embedded default writes the first admin key to.
pub const ADMIN_KEY_FILE: &str = "admin-api-key";

/// The PostgreSQL advisory lock under which the first admin is made.
pub(super) const BOOTSTRAP_LOCK: i64 = 0x0063_6f64_6562_6f75;

/// On the first start (no users yet), makes the admin and an admin API key, prints the
/// key once and writes it to the data dir (mode 0600), so a new user can sign in.
pub(super) async fn bootstrap_admin(
    settings: &Settings,
    identity: &Identity,
) -> anyhow::Result<()> {
    let Some(secret) = identity
        .bootstrap_admin()
        .await
        .map_err(|e| anyhow::anyhow!("cannot make the first admin: {e}"))?
    else {
        return Ok(());
    };
    let path = settings.data_dir.join(ADMIN_KEY_FILE);
    if let Err(error) = write_private(&path, &format!("{secret}\n")) {
        tracing::warn!(%error, "cannot keep the admin key in the data dir");
    }
    // Printed on stdout, once, outside the logs: the one time it is shown.
    println!(
        "\nFirst start: an admin API key was made (also in {}):\n\n    {secret}\n\nSend it as `Authorization: Bearer <key>`, or sign in to the dashboard with it.\n",
        path.display()
    );
    Ok(())
}
