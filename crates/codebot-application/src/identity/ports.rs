//! What the identity use cases need from the outside: storage of users, keys, refresh
//! tokens and login states; a signer of access tokens; OAuth providers.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ports::{StoreError, UserView};
use codebot_domain::identity::Role;

/// An API key as stored: never the secret, only its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyRecord {
    pub id: Uuid,
    pub owner_id: String,
    pub name: String,
    pub role: Role,
    pub prefix: String,
    pub secret_hash: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Which API keys a caller may see and revoke: those of `owner` (every owner's when
/// `None`) whose role is at most `max_role`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyScope {
    pub owner: Option<String>,
    pub max_role: Role,
}

impl KeyScope {
    /// Every key of `owner`, whatever its role.
    pub fn all_of(owner: &str) -> Self {
        Self {
            owner: Some(owner.to_owned()),
            max_role: Role::Admin,
        }
    }
}

/// One refresh token of a sign-in session, by hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshRecord {
    pub token_hash: String,
    pub user_id: String,
    pub family_id: Uuid,
    /// The API key the session was signed in with (`None`: an OAuth sign-in). The
    /// session acts with that key's role and ends with it.
    pub api_key_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// What became of a refresh token presented for rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rotation {
    /// It was valid; it is now used and its successor is stored (for the same user and
    /// key as the old one).
    Rotated {
        user_id: String,
        api_key_id: Option<Uuid>,
    },
    /// It was used before: the session is presumed stolen and its family revoked.
    Reused,
    /// Unknown, expired or revoked.
    Invalid,
}

/// An OAuth login between `/auth/login` and `/auth/callback`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginState {
    pub state_hash: String,
    pub provider: String,
    pub pkce_verifier: String,
    pub redirect_to: String,
    pub expires_at: DateTime<Utc>,
}

/// A change to users or keys, for the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: &'static str,
    pub target: String,
    pub data: serde_json::Value,
    pub request_id: Option<String>,
}

/// A page of users in id order.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPage {
    pub users: Vec<UserView>,
    pub has_next_page: bool,
    pub total_count: u64,
}

/// A user as a sign-in provider describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalUser {
    pub provider: String,
    pub subject: String,
    pub name: String,
    pub email: Option<String>,
    /// Whether the provider vouches that `email` belongs to the user.
    pub email_verified: bool,
}

impl ExternalUser {
    /// The domain of a verified e-mail address, lowercased.
    pub fn verified_domain(&self) -> Option<String> {
        let email = self.email.as_deref().filter(|_| self.email_verified)?;
        let (_, domain) = email.rsplit_once('@')?;
        Some(domain.trim().to_ascii_lowercase())
    }
}

#[async_trait]
pub trait IdentityStore: Send + Sync {
    async fn user(&self, id: &str) -> Result<Option<UserView>, StoreError>;
    /// Creates the user unless one with that id exists; whether it did.
    async fn create_user(&self, user: &UserView) -> Result<bool, StoreError>;
    /// The user signed in through `provider` as `subject`; name and e-mail follow the
    /// provider's. On the first sign-in it is created with `new_user_role`, or not at
    /// all when that is `None` (then the answer is `None`).
    async fn upsert_external(
        &self,
        external: &ExternalUser,
        new_user_role: Option<Role>,
    ) -> Result<Option<UserView>, StoreError>;
    async fn list_users(&self, after: Option<&str>, first: u32) -> Result<UserPage, StoreError>;
    /// Sets a user's role (and caps its keys' roles at it); `None` when no such user.
    async fn set_role(
        &self,
        id: &str,
        role: Role,
        audit: &AuditEntry,
    ) -> Result<Option<UserView>, StoreError>;

    /// Creates a new user together with its first API key, and their audit entries,
    /// in one transaction (nothing is written when any of it fails).
    async fn invite_user(
        &self,
        user: &UserView,
        key: &ApiKeyRecord,
        audit: &[AuditEntry],
    ) -> Result<(), StoreError>;

    /// Stores the key unless its role is above its owner's current role (or the owner
    /// is gone); whether it did.
    async fn insert_api_key(
        &self,
        key: &ApiKeyRecord,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;
    async fn count_api_keys(&self) -> Result<u64, StoreError>;
    async fn api_key_by_hash(&self, hash: &str) -> Result<Option<ApiKeyRecord>, StoreError>;
    async fn api_key(&self, id: Uuid) -> Result<Option<ApiKeyRecord>, StoreError>;
    /// The keys in `scope`, newest first.
    async fn api_keys(&self, scope: &KeyScope) -> Result<Vec<ApiKeyRecord>, StoreError>;
    /// Revokes a key in `scope` that is not yet revoked; whether it did.
    async fn revoke_api_key(
        &self,
        id: Uuid,
        scope: &KeyScope,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;
    async fn touch_api_key(&self, id: Uuid, at: DateTime<Utc>) -> Result<(), StoreError>;

    async fn insert_refresh(&self, token: &RefreshRecord) -> Result<(), StoreError>;
    /// Marks `old_hash` used and stores `next` in its family, atomically, if the old
    /// token is valid at `now`. A token used before counts as valid again within
    /// `grace` of its first use (two tabs refreshing at once); later, its whole family
    /// is revoked.
    async fn rotate_refresh(
        &self,
        old_hash: &str,
        next: &RefreshRecord,
        now: DateTime<Utc>,
        grace: std::time::Duration,
    ) -> Result<Rotation, StoreError>;
    /// Revokes the session the token belongs to.
    async fn revoke_refresh_family(&self, hash: &str) -> Result<(), StoreError>;

    async fn insert_login_state(&self, state: &LoginState) -> Result<(), StoreError>;
    /// Deletes and returns the login state, so that it works once.
    async fn take_login_state(&self, hash: &str) -> Result<Option<LoginState>, StoreError>;
}

/// A signed access token and when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// What a valid access token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessClaims {
    pub user_id: String,
    pub role: Role,
    /// The API key a dashboard session was signed in with, if it was.
    pub api_key_id: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
}

/// Signs and checks access tokens.
pub trait TokenCodec: Send + Sync {
    /// A token for `user_id` acting with `role`, naming the API key its session was
    /// signed in with, if any.
    fn issue_for(
        &self,
        user_id: &str,
        role: Role,
        api_key_id: Option<Uuid>,
        now: DateTime<Utc>,
    ) -> Result<AccessToken, String>;
    /// A token of a sign-in that used no API key.
    fn issue(&self, user_id: &str, role: Role, now: DateTime<Utc>) -> Result<AccessToken, String> {
        self.issue_for(user_id, role, None, now)
    }
    /// The claims of a token that is well-signed, current and ours; `Err` says why
    /// not (for the log, never for the client).
    fn verify(&self, token: &str) -> Result<AccessClaims, String>;
}

/// A sign-in provider (authorization code flow with PKCE).
#[async_trait]
pub trait OAuthProvider: Send + Sync {
    /// The provider's id in URLs and the users table (`github`, `oidc`).
    fn id(&self) -> &str;
    /// Its name on a sign-in button.
    fn display_name(&self) -> &str;
    /// The URL to send the browser to, and the PKCE verifier to keep for the callback.
    async fn begin(&self, state: &str) -> Result<(String, String), String>;
    /// Redeems the authorization code with the verifier and reads who signed in.
    async fn finish(&self, code: &str, pkce_verifier: &str) -> Result<ExternalUser, String>;
}
