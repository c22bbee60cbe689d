//! Identity and access use cases: authenticating a credential, API keys, users and
//! roles, sign-in sessions (access token plus rotating refresh token) and OAuth login.
//!
//! A credential is checked against what the store says of it now, through a short
//! cache ([`TtlCache`]): an API key by its hash, an access token by its user's current
//! role (a token never grants more than that role, and one whose user is gone grants
//! nothing). A revoked key or a demoted user is refused on every instance within the
//! cache's time to live, and at once on the instance that made the change.

pub mod ports;
pub mod secrets;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use self::ports::{
    AccessToken, ApiKeyRecord, AuditEntry, IdentityStore, LoginState, OAuthProvider, RefreshRecord,
    Rotation, TokenCodec, UserPage,
};
use crate::application::cache::TtlCache;
use crate::application::error::AppError;
use crate::application::ports::{StoreError, UserView};
use crate::domain::DomainError;
use crate::domain::identity::{Credential, Permission, Principal, Role};

/// A credential was missing, malformed, unknown, expired or revoked. Clients learn no
/// more than that ("Invalid token"); the reason goes to the log.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("invalid credentials: {0}")]
    Invalid(String),
    /// A first sign-in that the sign-up policy does not admit.
    #[error("{0}")]
    SignUpClosed(String),
    #[error("the identity store failed")]
    Store(#[source] StoreError),
}

/// A signed-in session: what the browser (or program) holds.
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: String,
    pub access: AccessToken,
    pub refresh_token: String,
    pub refresh_expires_at: DateTime<Utc>,
}

/// Who a change is made by, for the audit log.
#[derive(Debug, Clone)]
pub struct Caller<'a> {
    pub principal: &'a Principal,
    pub request_id: Option<String>,
}

impl Caller<'_> {
    fn audit(&self, action: &'static str, target: String, data: serde_json::Value) -> AuditEntry {
        AuditEntry {
            at: Utc::now(),
            actor: self.principal.user_id.clone(),
            action,
            target,
            data,
            request_id: self.request_id.clone(),
        }
    }

    fn require(&self, permission: Permission) -> Result<(), AppError> {
        if self.principal.can(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

#[derive(Debug, Clone)]
pub struct IdentitySettings {
    /// How long a refresh token (and so a sign-in session) lasts without use.
    pub refresh_ttl: Duration,
    /// How long after its first use a refresh token may be used again (tabs that
    /// refresh at once); a later reuse revokes the session.
    pub refresh_reuse_grace: Duration,
    /// How long an OAuth login may take between `/auth/login` and the callback.
    pub login_ttl: Duration,
    /// The role of a user's first sign-in through OAuth.
    pub default_role: Role,
    /// E-mail domains whose verified addresses may sign up through OAuth (lowercase);
    /// empty lets any account of the configured providers sign up.
    pub signup_domains: Vec<String>,
    /// How long an instance trusts what it read about a key or a user's role.
    pub credential_cache_ttl: Duration,
}

impl Default for IdentitySettings {
    fn default() -> Self {
        Self {
            refresh_ttl: Duration::from_secs(30 * 24 * 3600),
            refresh_reuse_grace: Duration::from_secs(10),
            login_ttl: Duration::from_secs(600),
            default_role: Role::Viewer,
            signup_domains: Vec::new(),
            credential_cache_ttl: Duration::from_secs(5),
        }
    }
}

/// Credentials as last read from the store (see [`TtlCache`]).
struct Remembered {
    /// API keys by the hash of their secret.
    keys: TtlCache<String, ApiKeyRecord>,
    /// Users' current roles; `None` for a user that does not exist.
    roles: TtlCache<String, Option<Role>>,
}

/// Most credentials of each kind an instance remembers.
const REMEMBERED: usize = 10_000;

/// The most API keys one user may hold (revoked ones included): a bound on what one
/// identity can make the store keep.
const MAX_KEYS_PER_USER: usize = 100;

#[derive(Clone)]
pub struct Identity {
    store: Arc<dyn IdentityStore>,
    tokens: Arc<dyn TokenCodec>,
    providers: Arc<HashMap<String, Arc<dyn OAuthProvider>>>,
    settings: IdentitySettings,
    remembered: Arc<Remembered>,
}

impl Identity {
    pub fn new(
        store: Arc<dyn IdentityStore>,
        tokens: Arc<dyn TokenCodec>,
        providers: Vec<Arc<dyn OAuthProvider>>,
        settings: IdentitySettings,
    ) -> Self {
        let providers = providers
            .into_iter()
            .map(|p| (p.id().to_owned(), p))
            .collect();
        let ttl = settings.credential_cache_ttl;
        Self {
            store,
            tokens,
            providers: Arc::new(providers),
            settings,
            remembered: Arc::new(Remembered {
                keys: TtlCache::new("api_keys", ttl, REMEMBERED),
                roles: TtlCache::new("user_roles", ttl, REMEMBERED),
            }),
        }
    }

    /// Who presents `credential`: an API key (`cb_…`) or an access token.
    pub async fn authenticate(&self, credential: &str) -> Result<Principal, AuthError> {
        let credential = credential.trim();
        if credential.is_empty() || credential.len() > 4096 {
            return Err(AuthError::Invalid("empty or oversized credential".into()));
        }
        if secrets::is_api_key(credential) {
            return self.authenticate_key(credential).await;
        }
        let claims = self.tokens.verify(credential).map_err(AuthError::Invalid)?;
        // The token's role is what it was at sign-in: it never grants more than the
        // user's role now, and nothing once the user is gone.
        let current = self
            .current_role(&claims.user_id)
            .await?
            .ok_or_else(|| AuthError::Invalid(format!("user {} does not exist", claims.user_id)))?;
        Ok(Principal {
            user_id: claims.user_id,
            role: claims.role.min(current),
            credential: Credential::AccessToken,
            expires_at: Some(claims.expires_at),
        })
    }

    /// The role `user` has now (`None`: no such user), remembered for a moment.
    async fn current_role(&self, user: &str) -> Result<Option<Role>, AuthError> {
        if let Some(role) = self.remembered.roles.get(&user.to_owned()) {
            return Ok(role);
        }
        let role = self
            .store
            .user(user)
            .await
            .map_err(AuthError::Store)?
            .map(|u| u.role);
        self.remembered.roles.insert(user.to_owned(), role);
        Ok(role)
    }

    async fn authenticate_key(&self, secret: &str) -> Result<Principal, AuthError> {
        let hash = secrets::hash(secret);
        let key = match self.remembered.keys.get(&hash) {
            Some(key) => key,
            None => {
                let key = self
                    .store
                    .api_key_by_hash(&hash)
                    .await
                    .map_err(AuthError::Store)?
                    .ok_or_else(|| AuthError::Invalid("unknown API key".into()))?;
                self.remembered.keys.insert(hash.clone(), key.clone());
                key
            }
        };
        let now = Utc::now();
        if key.revoked_at.is_some() {
            return Err(AuthError::Invalid(format!("API key {} is revoked", key.id)));
        }
        if key.expires_at.is_some_and(|at| at <= now) {
            return Err(AuthError::Invalid(format!(
                "API key {} has expired",
                key.id
            )));
        }
        // `lastUsedAt` to the minute: one write a minute per key, not one per request,
        // and off the request path: the request neither waits for it nor, when its
        // client goes away, cuts it short.
        if key
            .last_used_at
            .is_none_or(|at| now - at > chrono::Duration::seconds(60))
        {
            let mut used = key.clone();
            used.last_used_at = Some(now);
            self.remembered.keys.insert(hash, used);
            let store = self.store.clone();
            let id = key.id;
            tokio::spawn(async move {
                if let Err(error) = store.touch_api_key(id, now).await {
                    tracing::warn!(%error, key = %id, "cannot record an API key's use");
                }
            });
        }
        Ok(Principal {
            user_id: key.owner_id,
            role: key.role,
            credential: Credential::ApiKey(key.id),
            expires_at: key.expires_at,
        })
    }

    /// Whether a user named `id` exists.
    pub async fn user_exists(&self, id: &str) -> Result<bool, AppError> {
        Ok(self.store.user(id).await?.is_some())
    }

    /// The caller's own user record.
    pub async fn me(&self, principal: &Principal) -> Result<Option<UserView>, AppError> {
        Ok(self.store.user(&principal.user_id).await?)
    }

    /// Users in id order (needs `user.manage`).
    pub async fn users(
        &self,
        caller: &Caller<'_>,
        after: Option<&str>,
        first: u32,
    ) -> Result<UserPage, AppError> {
        caller.require(Permission::UserManage)?;
        Ok(self.store.list_users(after, first).await?)
    }

    /// Gives a user another role (needs `user.manage`). An admin cannot change its own
    /// role, so the last admin can never lock everyone out.
    pub async fn set_user_role(
        &self,
        caller: &Caller<'_>,
        user_id: &str,
        role: Role,
    ) -> Result<UserView, AppError> {
        caller.require(Permission::UserManage)?;
        if user_id == caller.principal.user_id {
            return Err(DomainError::invalid("userId", "you cannot change your own role").into());
        }
        let audit = caller.audit(
            "user.role_changed",
            user_id.to_owned(),
            json!({ "role": role.as_str() }),
        );
        let changed = self.store.set_role(user_id, role, &audit).await;
        // Forget what this instance knew of the user and its keys, whatever the
        // outcome: the next request reads the store again.
        self.remembered
            .roles
            .forget_where(|user, _| user == user_id);
        self.remembered
            .keys
            .forget_where(|_, key| key.owner_id == user_id);
        changed?.ok_or(AppError::NotFoundNamed("user"))
    }

    /// Creates an API key for the caller, with a role no higher than the caller's own;
    /// the secret is returned here and never again.
    pub async fn create_api_key(
        &self,
        caller: &Caller<'_>,
        name: &str,
        role: Role,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<(ApiKeyRecord, String), AppError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(DomainError::invalid("name", "must be 1–100 characters").into());
        }
        if role > caller.principal.role {
            return Err(DomainError::invalid(
                "role",
                format!(
                    "a key cannot have more rights than its creator ({})",
                    caller.principal.role
                ),
            )
            .into());
        }
        let now = Utc::now();
        if expires_at.is_some_and(|at| at <= now) {
            return Err(DomainError::invalid("expiresAt", "must be in the future").into());
        }
        let owner = &caller.principal.user_id;
        if self.store.api_keys(Some(owner)).await?.len() >= MAX_KEYS_PER_USER {
            return Err(DomainError::invalid(
                "name",
                format!("at most {MAX_KEYS_PER_USER} keys per user; revoke unused ones"),
            )
            .into());
        }
        let (record, secret) = new_key(owner, name, role, expires_at, now);
        let audit = caller.audit(
            "api_key.created",
            record.id.to_string(),
            json!({ "name": name, "role": role.as_str(), "expiresAt": expires_at }),
        );
        if !self.store.insert_api_key(&record, &audit).await? {
            return Err(DomainError::invalid(
                "role",
                "a key cannot have more rights than its owner has now",
            )
            .into());
        }
        Ok((record, secret))
    }

    /// The caller's keys; every key for a user manager.
    pub async fn api_keys(&self, principal: &Principal) -> Result<Vec<ApiKeyRecord>, AppError> {
        let owner = (!principal.can(Permission::UserManage)).then_some(principal.user_id.as_str());
        Ok(self.store.api_keys(owner).await?)
    }

    /// Revokes one of the caller's keys (any key, for a user manager). A key the caller
    /// may not see answers like a missing one.
    pub async fn revoke_api_key(&self, caller: &Caller<'_>, id: Uuid) -> Result<(), AppError> {
        let owner = (!caller.principal.can(Permission::UserManage))
            .then_some(caller.principal.user_id.as_str());
        let audit = caller.audit("api_key.revoked", id.to_string(), json!({}));
        let revoked = self.store.revoke_api_key(id, owner, &audit).await;
        self.remembered.keys.forget_where(|_, key| key.id == id);
        if revoked? {
            Ok(())
        } else {
            Err(AppError::NotFoundNamed("API key"))
        }
    }

    /// Makes the built-in admin and an admin key when the store has no API key yet (the
    /// first start of the embedded default, or the first since keys exist); the secret
    /// is returned once. A start that failed half-way tries again.
    pub async fn bootstrap_admin(&self) -> Result<Option<String>, AppError> {
        if self.store.count_api_keys().await? > 0 {
            return Ok(None);
        }
        let (_, secret) = self
            .issue_key_for("admin", "Administrator", Role::Admin, "bootstrap")
            .await?;
        Ok(Some(secret))
    }

    /// `codebot apikey create`: a key for `user_id` (made with `role` if missing).
    pub async fn issue_key_for(
        &self,
        user_id: &str,
        key_name: &str,
        role: Role,
        actor: &str,
    ) -> Result<(ApiKeyRecord, String), AppError> {
        let now = Utc::now();
        let user = UserView {
            id: user_id.to_owned(),
            name: if user_id == "admin" {
                "Administrator".to_owned()
            } else {
                user_id.to_owned()
            },
            role,
            email: None,
            created_at: now,
        };
        self.store.create_user(&user).await?;
        let owner = self
            .store
            .user(user_id)
            .await?
            .ok_or(AppError::NotFoundNamed("user"))?;
        if role > owner.role {
            return Err(DomainError::invalid(
                "role",
                format!(
                    "user `{user_id}` is {}; its keys cannot be {role}",
                    owner.role
                ),
            )
            .into());
        }
        let (record, secret) = new_key(user_id, key_name, role, None, now);
        let audit = AuditEntry {
            at: now,
            actor: actor.to_owned(),
            action: "api_key.created",
            target: record.id.to_string(),
            data: json!({ "name": key_name, "role": role.as_str() }),
            request_id: None,
        };
        if !self.store.insert_api_key(&record, &audit).await? {
            return Err(
                DomainError::invalid("role", format!("user `{user_id}` is below {role}")).into(),
            );
        }
        Ok((record, secret))
    }

    /// The sign-in providers, for the login page: `(id, display name)`.
    pub fn providers(&self) -> Vec<(String, String)> {
        let mut list: Vec<_> = self
            .providers
            .values()
            .map(|p| (p.id().to_owned(), p.display_name().to_owned()))
            .collect();
        list.sort();
        list
    }

    /// Starts an OAuth login: a single-use state (kept as a hash) with its PKCE
    /// verifier; returns the provider URL to redirect to, and the state (for the
    /// browser to hold until the callback).
    pub async fn begin_login(
        &self,
        provider: &str,
        redirect_to: &str,
    ) -> Result<(String, String), AppError> {
        let provider = self.providers.get(provider).ok_or_else(|| {
            AppError::Domain(DomainError::invalid("provider", "unknown sign-in provider"))
        })?;
        let state = secrets::random_token();
        let (url, verifier) = provider.begin(&state).await.map_err(AppError::Upstream)?;
        let ttl = chrono::Duration::from_std(self.settings.login_ttl).unwrap_or_default();
        self.store
            .insert_login_state(&LoginState {
                state_hash: secrets::hash(&state),
                provider: provider.id().to_owned(),
                pkce_verifier: verifier,
                redirect_to: redirect_to.to_owned(),
                expires_at: Utc::now() + ttl,
            })
            .await?;
        Ok((url, state))
    }

    /// Finishes an OAuth login: the state must be one we issued, unused and current;
    /// the provider must accept the code with our verifier. Returns the session and
    /// where to send the browser.
    pub async fn finish_login(
        &self,
        state: &str,
        code: &str,
    ) -> Result<(Session, String), AuthError> {
        let login = self
            .store
            .take_login_state(&secrets::hash(state))
            .await
            .map_err(AuthError::Store)?
            .ok_or_else(|| AuthError::Invalid("unknown or used login state".into()))?;
        if login.expires_at <= Utc::now() {
            return Err(AuthError::Invalid("the login took too long".into()));
        }
        let provider = self
            .providers
            .get(&login.provider)
            .ok_or_else(|| AuthError::Invalid("the provider is no longer configured".into()))?;
        let external = provider
            .finish(code, &login.pkce_verifier)
            .await
            .map_err(AuthError::Invalid)?;
        let domains = &self.settings.signup_domains;
        let may_sign_up = domains.is_empty()
            || external
                .verified_domain()
                .is_some_and(|domain| domains.contains(&domain));
        let user = self
            .store
            .upsert_external(&external, may_sign_up.then_some(self.settings.default_role))
            .await
            .map_err(AuthError::Store)?
            .ok_or_else(|| {
                AuthError::SignUpClosed(format!(
                    "this account cannot sign up here: only verified e-mail addresses at {} may; ask an administrator",
                    domains.join(", ")
                ))
            })?;
        let session = self.start_session(&user).await.map_err(|e| match e {
            AppError::Internal(store) | AppError::Unavailable(store) => AuthError::Store(store),
            other => AuthError::Invalid(other.to_string()),
        })?;
        Ok((session, login.redirect_to))
    }

    async fn start_session(&self, user: &UserView) -> Result<Session, AppError> {
        let now = Utc::now();
        let access = self
            .tokens
            .issue(&user.id, user.role, now)
            .map_err(AppError::Upstream)?;
        let refresh_token = secrets::random_token();
        let record = self.refresh_record(&refresh_token, &user.id, Uuid::new_v4(), now);
        self.store.insert_refresh(&record).await?;
        Ok(Session {
            user_id: user.id.clone(),
            access,
            refresh_token,
            refresh_expires_at: record.expires_at,
        })
    }

    fn refresh_record(
        &self,
        token: &str,
        user_id: &str,
        family_id: Uuid,
        now: DateTime<Utc>,
    ) -> RefreshRecord {
        RefreshRecord {
            token_hash: secrets::hash(token),
            user_id: user_id.to_owned(),
            family_id,
            created_at: now,
            expires_at: now
                + chrono::Duration::from_std(self.settings.refresh_ttl).unwrap_or_default(),
        }
    }

    /// Trades a refresh token for a new session (a fresh access token with the user's
    /// current role, and the token's successor). A token used twice revokes its session.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Session, AuthError> {
        let now = Utc::now();
        let old_hash = secrets::hash(refresh_token.trim());
        let next_token = secrets::random_token();
        // The store files the successor under the old token's user and family.
        let mut next = self.refresh_record(&next_token, "", Uuid::nil(), now);
        let user_id = match self
            .store
            .rotate_refresh(&old_hash, &next, now, self.settings.refresh_reuse_grace)
            .await
            .map_err(AuthError::Store)?
        {
            Rotation::Rotated { user_id } => user_id,
            Rotation::Reused => {
                tracing::warn!("a used refresh token came back: its session is revoked");
                return Err(AuthError::Invalid("refresh token reused".into()));
            }
            Rotation::Invalid => return Err(AuthError::Invalid("unknown refresh token".into())),
        };
        next.user_id = user_id.clone();
        let user = self
            .store
            .user(&user_id)
            .await
            .map_err(AuthError::Store)?
            .ok_or_else(|| AuthError::Invalid("the user is gone".into()))?;
        let access = self
            .tokens
            .issue(&user.id, user.role, now)
            .map_err(AuthError::Invalid)?;
        Ok(Session {
            user_id,
            access,
            refresh_token: next_token,
            refresh_expires_at: next.expires_at,
        })
    }

    /// Ends the session a refresh token belongs to.
    pub async fn logout(&self, refresh_token: &str) -> Result<(), AuthError> {
        self.store
            .revoke_refresh_family(&secrets::hash(refresh_token.trim()))
            .await
            .map_err(AuthError::Store)
    }
}

fn new_key(
    owner: &str,
    name: &str,
    role: Role,
    expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> (ApiKeyRecord, String) {
    let secret = secrets::new_api_key();
    let record = ApiKeyRecord {
        id: Uuid::now_v7(),
        owner_id: owner.to_owned(),
        name: name.to_owned(),
        role,
        prefix: secret[..secrets::API_KEY_PREFIX.len() + 6].to_owned(),
        secret_hash: secrets::hash(&secret),
        created_at: now,
        expires_at,
        last_used_at: None,
        revoked_at: None,
    };
    (record, secret)
}
