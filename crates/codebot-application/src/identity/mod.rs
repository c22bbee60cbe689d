//! Identity and access use cases: authenticating a credential, API keys, users and
//! roles, sign-in sessions (access token plus rotating refresh token) and OAuth login.
//!
//! A credential is checked against what the store says of it now, through a short
//! cache ([`TtlCache`]): an API key by its hash, an access token by its user's current
//! role (a token never grants more than that role, and one whose user is gone grants
//! nothing). A revoked key or a demoted user is refused on every instance within the
//! cache's time to live, and at once on the instance that made the change.
//!
//! Keys (`keys.rs`) belong to one user and act with their own role; sessions
//! (`sessions.rs`) are an access token plus a rotating refresh token, whether signed in
//! through OAuth or with an API key.

mod keys;
pub mod ports;
pub mod secrets;
mod sessions;

pub use self::keys::Invitation;
pub use self::sessions::Session;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use self::keys::new_key;
use self::ports::{
    AccessClaims, ApiKeyRecord, AuditEntry, IdentityStore, OAuthProvider, TokenCodec, UserPage,
};
use crate::cache::TtlCache;
use crate::error::AppError;
use crate::ports::{StoreError, UserView};
use codebot_domain::DomainError;
use codebot_domain::identity::{Credential, Permission, Principal, Role};

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

/// Who a change is made by, for the audit log.
#[derive(Debug, Clone)]
pub struct Caller<'a> {
    pub principal: &'a Principal,
    pub request_id: Option<String>,
}

impl Caller<'_> {
    /// An audit entry naming the user who acts and, in its data, the credential it
    /// acts with (`credential`: an API key's id, or `access token`).
    fn audit(
        &self,
        action: &'static str,
        target: String,
        mut data: serde_json::Value,
    ) -> AuditEntry {
        let credential = match &self.principal.credential {
            Credential::ApiKey(id) | Credential::KeySession(id) => format!("api_key:{id}"),
            Credential::AccessToken => "access_token".to_owned(),
        };
        if let Some(fields) = data.as_object_mut() {
            fields.insert("credential".to_owned(), json!(credential));
        }
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
    /// API keys by id (for sessions signed in with one); `None` for no such key.
    keys_by_id: TtlCache<Uuid, Option<ApiKeyRecord>>,
    /// Users' current roles; `None` for a user that does not exist.
    roles: TtlCache<String, Option<Role>>,
}

/// Most credentials of each kind an instance remembers.
const REMEMBERED: usize = 10_000;

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
                keys_by_id: TtlCache::new("api_keys_by_id", ttl, REMEMBERED),
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
        let (role, credential) = match claims.api_key_id {
            None => (claims.role.min(current), Credential::AccessToken),
            Some(key_id) => {
                // A session signed in with an API key: no more than that key may do now,
                // and nothing once it is revoked or expired.
                let key = self.session_key(&claims).await?;
                (
                    claims.role.min(current).min(key.role),
                    Credential::KeySession(key_id),
                )
            }
        };
        Ok(Principal {
            user_id: claims.user_id,
            role,
            credential,
            expires_at: Some(claims.expires_at),
        })
    }

    /// The API key a session's token names, as the store has it now (remembered for a
    /// moment); refused when it is gone, revoked, expired or another user's.
    async fn session_key(&self, claims: &AccessClaims) -> Result<ApiKeyRecord, AuthError> {
        let id = claims
            .api_key_id
            .ok_or_else(|| AuthError::Invalid("the token names no API key".into()))?;
        let key = match self.remembered.keys_by_id.get(&id) {
            Some(key) => key,
            None => {
                let key = self.store.api_key(id).await.map_err(AuthError::Store)?;
                self.remembered.keys_by_id.insert(id, key.clone());
                key
            }
        };
        let key = key.ok_or_else(|| AuthError::Invalid(format!("API key {id} is gone")))?;
        usable_key(&key, &claims.user_id, Utc::now())?;
        Ok(key)
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
        usable_key(&key, &key.owner_id, now)?;
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
        self.remembered
            .keys_by_id
            .forget_where(|_, key| key.as_ref().is_none_or(|key| key.owner_id == user_id));
        changed?.ok_or(AppError::NotFoundNamed("user"))
    }

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
}

/// Whether `key` may authenticate `user_id` at `now`: it is that user's, not revoked
/// and not expired.
fn usable_key(key: &ApiKeyRecord, user_id: &str, now: DateTime<Utc>) -> Result<(), AuthError> {
    if key.owner_id != user_id {
        return Err(AuthError::Invalid(format!(
            "API key {} is not {user_id}'s",
            key.id
        )));
    }
    if key.revoked_at.is_some() {
        return Err(AuthError::Invalid(format!("API key {} is revoked", key.id)));
    }
    if key.expires_at.is_some_and(|at| at <= now) {
        return Err(AuthError::Invalid(format!(
            "API key {} has expired",
            key.id
        )));
    }
    Ok(())
}
