//! API keys and the people they belong to. A key belongs to one user and acts with its
//! own role; managing keys (listing, making, revoking) acts with the calling
//! credential's role, never its owner's: a viewer key manages nothing, a developer key
//! sees and revokes only its owner's keys up to its own role, and only a user manager
//! reaches other users' keys. An admin gives someone else a key by inviting them: a
//! user of their own, with a first key, never a lower-role key of the admin's.

use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use super::ports::{ApiKeyRecord, KeyScope};
use super::{Caller, Identity, secrets};
use crate::error::AppError;
use crate::ports::UserView;
use codebot_domain::DomainError;
use codebot_domain::identity::{Credential, Permission, Principal, Role};

/// The most API keys one user may hold (revoked ones included): a bound on what one
/// identity can make the store keep.
const MAX_KEYS_PER_USER: usize = 100;

/// The longest user or key name, in characters.
const MAX_NAME_CHARS: usize = 100;

/// A user invited by an admin, with the secret of its first key (shown once).
#[derive(Debug, Clone)]
pub struct Invitation {
    pub user: UserView,
    pub key: ApiKeyRecord,
    pub secret: String,
}

/// The keys `principal` may see and revoke (see [`Principal::may_manage_key`]).
fn scope_of(principal: &Principal) -> Result<KeyScope, AppError> {
    if principal.can(Permission::UserManage) {
        Ok(KeyScope {
            owner: None,
            max_role: Role::Admin,
        })
    } else if principal.can(Permission::ApiKeyManage) {
        Ok(KeyScope {
            owner: Some(principal.user_id.clone()),
            max_role: principal.role,
        })
    } else {
        Err(AppError::Forbidden)
    }
}

/// A trimmed name of 1–100 characters, or an error naming `field`.
fn checked_name<'a>(field: &'static str, name: &'a str) -> Result<&'a str, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(DomainError::invalid(field, "must be 1–100 characters").into());
    }
    Ok(name)
}

impl Identity {
    /// Creates an API key for the caller, with a role no higher than the calling
    /// credential's; the secret is returned here and never again. Fails with
    /// `Forbidden` for a credential that may not manage keys, and with invalid input
    /// for a bad name, a higher role, a past expiry or too many keys.
    pub async fn create_api_key(
        &self,
        caller: &Caller<'_>,
        name: &str,
        role: Role,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<(ApiKeyRecord, String), AppError> {
        caller.require(Permission::ApiKeyManage)?;
        let name = checked_name("name", name)?;
        if role > caller.principal.role {
            return Err(DomainError::invalid(
                "role",
                format!(
                    "a key cannot have more rights than the credential that makes it ({})",
                    caller.principal.role
                ),
            )
            .into());
        }
        let now = Utc::now();
        if expires_at.is_some_and(|at| at <= now) {
            return Err(DomainError::invalid("expiresAt", "must be in the future").into());
        }
        // A key made with a key never outlives it: a stolen expiring key (or a session
        // signed in with one) cannot mint itself a lasting one.
        let parent_key = match caller.principal.credential {
            Credential::ApiKey(id) | Credential::KeySession(id) => Some(id),
            Credential::AccessToken => None,
        };
        let expires_at = match parent_key {
            Some(id) => {
                let parent = self.store.api_key(id).await?.ok_or(AppError::Forbidden)?;
                match (parent.expires_at, expires_at) {
                    (Some(limit), Some(wanted)) if wanted > limit => {
                        return Err(DomainError::invalid(
                            "expiresAt",
                            format!(
                                "a key made with a key expires no later than it does ({limit})"
                            ),
                        )
                        .into());
                    }
                    (Some(limit), None) => Some(limit),
                    (_, wanted) => wanted,
                }
            }
            None => expires_at,
        };
        let owner = &caller.principal.user_id;
        let keys = self.store.api_keys(&KeyScope::all_of(owner)).await?;
        let live = keys
            .iter()
            .filter(|key| key.revoked_at.is_none() && key.expires_at.is_none_or(|at| at > now))
            .count();
        // Revoked and expired keys stay on record; they count towards a larger bound.
        if live >= MAX_KEYS_PER_USER || keys.len() >= MAX_KEYS_PER_USER * 10 {
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
            json!({ "owner": owner, "name": name, "role": role.as_str(), "expiresAt": expires_at }),
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

    /// The keys the caller may manage, newest first: its owner's keys up to its role;
    /// every user's keys for a user manager. `Forbidden` for a viewer.
    pub async fn api_keys(&self, principal: &Principal) -> Result<Vec<ApiKeyRecord>, AppError> {
        Ok(self.store.api_keys(&scope_of(principal)?).await?)
    }

    /// Revokes a key the caller may manage. A key it may not manage (another user's, or
    /// one of a higher role) answers like a missing one; `Forbidden` for a viewer.
    pub async fn revoke_api_key(&self, caller: &Caller<'_>, id: Uuid) -> Result<(), AppError> {
        let scope = scope_of(caller.principal)?;
        let audit = caller.audit("api_key.revoked", id.to_string(), json!({}));
        let revoked = self.store.revoke_api_key(id, &scope, &audit).await;
        self.remembered.keys.forget_where(|_, key| key.id == id);
        self.remembered
            .keys_by_id
            .forget_where(|key_id, _| *key_id == id);
        if revoked? {
            Ok(())
        } else {
            Err(AppError::NotFoundNamed("API key"))
        }
    }

    /// Invites someone (needs `user.manage`): a new user named `name` with `role`, and
    /// a first API key of that role for them, made together. The key's secret is in the
    /// answer and never shown again; whoever holds it acts as the new user. Fails with
    /// invalid input for a bad name.
    pub async fn invite_user(
        &self,
        caller: &Caller<'_>,
        name: &str,
        role: Role,
        key_name: Option<&str>,
    ) -> Result<Invitation, AppError> {
        caller.require(Permission::UserManage)?;
        let name = checked_name("name", name)?;
        let key_name = checked_name("keyName", key_name.unwrap_or("first key"))?;
        let now = Utc::now();
        let user = UserView {
            id: Uuid::now_v7().to_string(),
            name: name.to_owned(),
            role,
            email: None,
            created_at: now,
        };
        let (key, secret) = new_key(&user.id, key_name, role, None, now);
        let entries = [
            caller.audit(
                "user.invited",
                user.id.clone(),
                json!({ "name": name, "role": role.as_str() }),
            ),
            caller.audit(
                "api_key.created",
                key.id.to_string(),
                json!({ "owner": user.id, "name": key_name, "role": role.as_str() }),
            ),
        ];
        self.store.invite_user(&user, &key, &entries).await?;
        Ok(Invitation { user, key, secret })
    }
}

/// A new key record for `owner` and its secret.
pub(super) fn new_key(
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
