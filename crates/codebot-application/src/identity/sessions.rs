//! Sign-in sessions: a short-lived access token and a refresh token that rotates on
//! every use (single use; the tokens of one session share a family, and a used token
//! presented again revokes the family). A session starts from an OAuth sign-in or from
//! an API key; one made from a key names the key, acts with the key's role and ends
//! when the key is revoked or expires. Refresh tokens are stored as hashes only.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::ports::{AccessToken, LoginState, RefreshRecord, Rotation};
use super::{AuthError, Identity, secrets};
use crate::error::AppError;
use crate::ports::UserView;
use codebot_domain::DomainError;
use codebot_domain::identity::{Credential, Principal, Role};

/// A signed-in session: what the browser (or program) holds.
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: String,
    pub access: AccessToken,
    pub refresh_token: String,
    pub refresh_expires_at: DateTime<Utc>,
}

impl Identity {
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
        self.open_session(&user.id, user.role, None, Utc::now())
            .await
    }

    /// Starts a dashboard session from an API key the edge has just authenticated
    /// (`principal`): an access token and a rotating refresh token that act with the
    /// key's role and end when the key is revoked or expires. The key itself is never
    /// part of the session. Fails with `Forbidden` for a principal that did not present
    /// an API key.
    pub async fn start_key_session(&self, principal: &Principal) -> Result<Session, AppError> {
        let Credential::ApiKey(key_id) = principal.credential else {
            return Err(AppError::Forbidden);
        };
        let now = Utc::now();
        let mut session = self
            .open_session(&principal.user_id, principal.role, Some(key_id), now)
            .await?;
        if let Some(key_expires) = principal.expires_at {
            session.refresh_expires_at = session.refresh_expires_at.min(key_expires);
        }
        Ok(session)
    }

    async fn open_session(
        &self,
        user_id: &str,
        role: Role,
        api_key_id: Option<Uuid>,
        now: DateTime<Utc>,
    ) -> Result<Session, AppError> {
        let access = self
            .tokens
            .issue_for(user_id, role, api_key_id, now)
            .map_err(AppError::Upstream)?;
        let refresh_token = secrets::random_token();
        let mut record = self.refresh_record(&refresh_token, user_id, Uuid::new_v4(), now);
        record.api_key_id = api_key_id;
        self.store.insert_refresh(&record).await?;
        Ok(Session {
            user_id: user_id.to_owned(),
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
            api_key_id: None,
            created_at: now,
            expires_at: now
                + chrono::Duration::from_std(self.settings.refresh_ttl).unwrap_or_default(),
        }
    }

    /// Trades a refresh token for a new session (a fresh access token with the user's
    /// current role, or its key's for a session signed in with an API key, and the
    /// token's successor). A token used twice revokes its session; a session whose key
    /// is revoked or expired cannot be refreshed.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Session, AuthError> {
        let now = Utc::now();
        let old_hash = secrets::hash(refresh_token.trim());
        let next_token = secrets::random_token();
        // The store files the successor under the old token's user and family.
        let mut next = self.refresh_record(&next_token, "", Uuid::nil(), now);
        let (user_id, api_key_id) = match self
            .store
            .rotate_refresh(&old_hash, &next, now, self.settings.refresh_reuse_grace)
            .await
            .map_err(AuthError::Store)?
        {
            Rotation::Rotated {
                user_id,
                api_key_id,
            } => (user_id, api_key_id),
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
        // A session signed in with an API key acts with that key's role, and ends with
        // the key: the store is asked afresh, not the cache.
        let (role, refresh_expires_at) = match api_key_id {
            None => (user.role, next.expires_at),
            Some(key_id) => {
                let key = self
                    .store
                    .api_key(key_id)
                    .await
                    .map_err(AuthError::Store)?
                    .ok_or_else(|| AuthError::Invalid(format!("API key {key_id} is gone")))?;
                super::usable_key(&key, &user.id, now)?;
                let expires = key
                    .expires_at
                    .map_or(next.expires_at, |at| at.min(next.expires_at));
                (user.role.min(key.role), expires)
            }
        };
        let access = self
            .tokens
            .issue_for(&user.id, role, api_key_id, now)
            .map_err(AuthError::Invalid)?;
        Ok(Session {
            user_id,
            access,
            refresh_token: next_token,
            refresh_expires_at,
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
