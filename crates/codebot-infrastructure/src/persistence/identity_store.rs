//! Users, API keys, refresh tokens, login states and the audit log on SeaORM. Each
//! change to users or keys is written in one transaction with its audit entry.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, SqlErr,
};
use uuid::Uuid;

use super::mapping;
use super::transaction::{backend, transact};
use codebot_application::identity::ports::{
    ApiKeyRecord, AuditEntry, ExternalUser, IdentityStore, KeyScope, LoginState, RefreshRecord,
    Rotation, UserPage,
};
use codebot_application::ports::{StoreError, UserView};
use codebot_domain::identity::Role;

use entity::{api_key, audit_entry, login_state, refresh_token, user};

#[derive(Clone)]
pub struct SeaOrmIdentityStore {
    db: DatabaseConnection,
}

impl SeaOrmIdentityStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

async fn audit(db: &impl ConnectionTrait, entry: &AuditEntry) -> Result<(), DbErr> {
    audit_entry::Entity::insert(audit_entry::ActiveModel {
        recorded_at: Set(entry.at.into()),
        actor: Set(entry.actor.clone()),
        action: Set(entry.action.to_owned()),
        target: Set(entry.target.clone()),
        data: Set(entry.data.clone()),
        request_id: Set(entry.request_id.clone()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

fn key_record(row: api_key::Model) -> ApiKeyRecord {
    use mapping::utc;
    ApiKeyRecord {
        id: row.id,
        owner_id: row.owner_id,
        name: row.name,
        role: Role::parse(&row.role).unwrap_or(Role::Viewer),
        prefix: row.prefix,
        secret_hash: row.secret_hash,
        created_at: utc(row.created_at),
        expires_at: row.expires_at.map(utc),
        last_used_at: row.last_used_at.map(utc),
        revoked_at: row.revoked_at.map(utc),
    }
}

fn key_row(key: &ApiKeyRecord) -> api_key::ActiveModel {
    api_key::ActiveModel {
        id: Set(key.id),
        owner_id: Set(key.owner_id.clone()),
        name: Set(key.name.clone()),
        role: Set(key.role.as_str().to_owned()),
        prefix: Set(key.prefix.clone()),
        secret_hash: Set(key.secret_hash.clone()),
        created_at: Set(key.created_at.into()),
        expires_at: Set(key.expires_at.map(Into::into)),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
}

/// The condition that keeps the keys in `scope`.
fn in_scope(scope: &KeyScope) -> sea_orm::Condition {
    let roles = Role::ALL
        .into_iter()
        .filter(|role| *role <= scope.max_role)
        .map(Role::as_str);
    let mut condition = sea_orm::Condition::all().add(api_key::Column::Role.is_in(roles));
    if let Some(owner) = &scope.owner {
        condition = condition.add(api_key::Column::OwnerId.eq(owner.as_str()));
    }
    condition
}

fn user_row(user: &UserView, external: Option<&ExternalUser>) -> user::ActiveModel {
    user::ActiveModel {
        id: Set(user.id.clone()),
        name: Set(user.name.clone()),
        role: Set(user.role.as_str().to_owned()),
        created_at: Set(user.created_at.into()),
        email: Set(user.email.clone()),
        provider: Set(external.map(|e| e.provider.clone())),
        subject: Set(external.map(|e| e.subject.clone())),
    }
}

#[async_trait]
impl IdentityStore for SeaOrmIdentityStore {
    async fn user(&self, id: &str) -> Result<Option<UserView>, StoreError> {
        Ok(user::Entity::find_by_id(id.to_owned())
            .one(&self.db)
            .await
            .map_err(backend)?
            .map(mapping::user_view))
    }

    async fn create_user(&self, user: &UserView) -> Result<bool, StoreError> {
        match user::Entity::insert(user_row(user, None))
            .exec_without_returning(&self.db)
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
                Ok(false)
            }
            Err(e) => Err(backend(e)),
        }
    }

    async fn upsert_external(
        &self,
        external: &ExternalUser,
        new_user_role: Option<Role>,
    ) -> Result<Option<UserView>, StoreError> {
        let find = || {
            user::Entity::find()
                .filter(user::Column::Provider.eq(external.provider.as_str()))
                .filter(user::Column::Subject.eq(external.subject.as_str()))
        };
        if let Some(existing) = find().one(&self.db).await.map_err(backend)? {
            user::Entity::update_many()
                .col_expr(user::Column::Name, Expr::value(external.name.clone()))
                .col_expr(user::Column::Email, Expr::value(external.email.clone()))
                .filter(user::Column::Id.eq(existing.id.clone()))
                .exec(&self.db)
                .await
                .map_err(backend)?;
            let mut view = mapping::user_view(existing);
            view.name = external.name.clone();
            view.email = external.email.clone();
            return Ok(Some(view));
        }
        let Some(role) = new_user_role else {
            return Ok(None);
        };
        let view = UserView {
            id: Uuid::now_v7().to_string(),
            name: external.name.clone(),
            role,
            email: external.email.clone(),
            created_at: Utc::now(),
        };
        match user::Entity::insert(user_row(&view, Some(external)))
            .exec_without_returning(&self.db)
            .await
        {
            Ok(_) => Ok(Some(view)),
            // Two first sign-ins at once: the other one made the user.
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => find()
                .one(&self.db)
                .await
                .map_err(backend)?
                .map(|row| Some(mapping::user_view(row)))
                .ok_or_else(|| StoreError::Backend("the user vanished".into())),
            Err(e) => Err(backend(e)),
        }
    }

    async fn list_users(&self, after: Option<&str>, first: u32) -> Result<UserPage, StoreError> {
        let total_count = user::Entity::find()
            .count(&self.db)
            .await
            .map_err(backend)?;
        let mut query = user::Entity::find().order_by_asc(user::Column::Id);
        if let Some(after) = after {
            query = query.filter(user::Column::Id.gt(after));
        }
        let mut rows = query
            .limit(u64::from(first) + 1)
            .all(&self.db)
            .await
            .map_err(backend)?;
        let has_next_page = rows.len() > first as usize;
        rows.truncate(first as usize);
        Ok(UserPage {
            users: rows.into_iter().map(mapping::user_view).collect(),
            has_next_page,
            total_count,
        })
    }

    async fn set_role(
        &self,
        id: &str,
        role: Role,
        entry: &AuditEntry,
    ) -> Result<Option<UserView>, StoreError> {
        let id = id.to_owned();
        let entry = entry.clone();
        transact(&self.db, move |tx| {
            Box::pin(async move {
                let updated = user::Entity::update_many()
                    .col_expr(user::Column::Role, Expr::value(role.as_str()))
                    .filter(user::Column::Id.eq(id.as_str()))
                    .exec(tx)
                    .await?;
                if updated.rows_affected == 0 {
                    return Ok(None);
                }
                // A key never has more rights than its owner.
                let lower: Vec<&str> = Role::ALL
                    .into_iter()
                    .filter(|r| *r <= role)
                    .map(Role::as_str)
                    .collect();
                api_key::Entity::update_many()
                    .col_expr(api_key::Column::Role, Expr::value(role.as_str()))
                    .filter(api_key::Column::OwnerId.eq(id.as_str()))
                    .filter(api_key::Column::Role.is_not_in(lower))
                    .exec(tx)
                    .await?;
                audit(tx, &entry).await?;
                user::Entity::find_by_id(id.to_owned()).one(tx).await
            })
        })
        .await
        .map(|user| user.map(mapping::user_view))
    }

    async fn invite_user(
        &self,
        user: &UserView,
        key: &ApiKeyRecord,
        entries: &[AuditEntry],
    ) -> Result<(), StoreError> {
        let (user, key, entries) = (user.clone(), key.clone(), entries.to_vec());
        transact(&self.db, move |tx| {
            Box::pin(async move {
                user::Entity::insert(user_row(&user, None))
                    .exec_without_returning(tx)
                    .await?;
                api_key::Entity::insert(key_row(&key))
                    .exec_without_returning(tx)
                    .await?;
                for entry in &entries {
                    audit(tx, entry).await?;
                }
                Ok::<_, DbErr>(())
            })
        })
        .await
    }

    async fn insert_api_key(
        &self,
        key: &ApiKeyRecord,
        entry: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let key = key.clone();
        let entry = entry.clone();
        transact(&self.db, move |tx| {
            Box::pin(async move {
                // The owner's role now, locked against a concurrent role change (SQLite's
                // write transaction is exclusive already): a key never outranks its owner.
                let mut owner = user::Entity::find_by_id(key.owner_id.clone());
                if tx.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
                    owner = owner.lock_exclusive();
                }
                let owner_role = owner.one(tx).await?.and_then(|u| Role::parse(&u.role));
                if owner_role.is_none_or(|role| key.role > role) {
                    return Ok(false);
                }
                api_key::Entity::insert(key_row(&key))
                    .exec_without_returning(tx)
                    .await?;
                audit(tx, &entry).await.map(|()| true)
            })
        })
        .await
    }

    async fn count_api_keys(&self) -> Result<u64, StoreError> {
        api_key::Entity::find()
            .count(&self.db)
            .await
            .map_err(backend)
    }

    async fn api_key_by_hash(&self, hash: &str) -> Result<Option<ApiKeyRecord>, StoreError> {
        Ok(api_key::Entity::find()
            .filter(api_key::Column::SecretHash.eq(hash))
            .one(&self.db)
            .await
            .map_err(backend)?
            .map(key_record))
    }

    async fn api_key(&self, id: Uuid) -> Result<Option<ApiKeyRecord>, StoreError> {
        Ok(api_key::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(backend)?
            .map(key_record))
    }

    async fn api_keys(&self, scope: &KeyScope) -> Result<Vec<ApiKeyRecord>, StoreError> {
        Ok(api_key::Entity::find()
            .filter(in_scope(scope))
            .order_by_desc(api_key::Column::CreatedAt)
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(key_record)
            .collect())
    }

    async fn revoke_api_key(
        &self,
        id: Uuid,
        scope: &KeyScope,
        entry: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let scope = scope.clone();
        let entry = entry.clone();
        transact(&self.db, move |tx| {
            Box::pin(async move {
                let update = api_key::Entity::update_many()
                    .col_expr(
                        api_key::Column::RevokedAt,
                        Expr::value(sea_orm::prelude::DateTimeWithTimeZone::from(entry.at)),
                    )
                    .filter(api_key::Column::Id.eq(id))
                    .filter(api_key::Column::RevokedAt.is_null())
                    .filter(in_scope(&scope));
                let revoked = update.exec(tx).await?.rows_affected == 1;
                if revoked {
                    audit(tx, &entry).await?;
                }
                Ok::<_, DbErr>(revoked)
            })
        })
        .await
    }

    async fn touch_api_key(&self, id: Uuid, at: DateTime<Utc>) -> Result<(), StoreError> {
        api_key::Entity::update_many()
            .col_expr(
                api_key::Column::LastUsedAt,
                Expr::value(sea_orm::prelude::DateTimeWithTimeZone::from(at)),
            )
            .filter(api_key::Column::Id.eq(id))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn insert_refresh(&self, token: &RefreshRecord) -> Result<(), StoreError> {
        refresh_token::Entity::insert(refresh_row(
            token,
            &token.user_id,
            token.family_id,
            token.api_key_id,
        ))
        .exec_without_returning(&self.db)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn rotate_refresh(
        &self,
        old_hash: &str,
        next: &RefreshRecord,
        now: DateTime<Utc>,
        grace: std::time::Duration,
    ) -> Result<Rotation, StoreError> {
        let old_hash = old_hash.to_owned();
        let next = next.clone();
        transact(&self.db, move |tx| {
            Box::pin(async move {
                let Some(old) = refresh_token::Entity::find_by_id(old_hash.to_owned())
                    .one(tx)
                    .await?
                else {
                    return Ok(Rotation::Invalid);
                };
                let stamp = sea_orm::prelude::DateTimeWithTimeZone::from(now);
                let grace_span = chrono::Duration::from_std(grace).unwrap_or_default();
                // Used before, longer ago than the grace: a replay, whatever happened to
                // the token since (a grace-time use retires it). The session ends.
                if old
                    .used_at
                    .is_some_and(|at| grace.is_zero() || now - at.with_timezone(&Utc) > grace_span)
                {
                    refresh_token::Entity::update_many()
                        .col_expr(refresh_token::Column::RevokedAt, Expr::value(stamp))
                        .filter(refresh_token::Column::FamilyId.eq(old.family_id))
                        .filter(refresh_token::Column::RevokedAt.is_null())
                        .exec(tx)
                        .await?;
                    return Ok(Rotation::Reused);
                }
                if old.revoked_at.is_some() || old.expires_at.with_timezone(&Utc) <= now {
                    return Ok(Rotation::Invalid);
                }
                // Claim the token: only one of two concurrent uses wins.
                let claimed = refresh_token::Entity::update_many()
                    .col_expr(refresh_token::Column::UsedAt, Expr::value(stamp))
                    .filter(refresh_token::Column::TokenHash.eq(old_hash.as_str()))
                    .filter(refresh_token::Column::UsedAt.is_null())
                    .exec(tx)
                    .await?
                    .rows_affected
                    == 1;
                // Used a moment ago (or right now, by a concurrent request): the other
                // tab's refresh, not a thief's. It gets one successor of its own, and the
                // token is retired so that a third use finds nothing.
                let first_use = old.used_at.map_or(now, |at| at.with_timezone(&Utc));
                let within_grace = !grace.is_zero()
                    && now - first_use <= chrono::Duration::from_std(grace).unwrap_or_default();
                if !claimed && within_grace {
                    let retired = refresh_token::Entity::update_many()
                        .col_expr(refresh_token::Column::RevokedAt, Expr::value(stamp))
                        .filter(refresh_token::Column::TokenHash.eq(old_hash.as_str()))
                        .filter(refresh_token::Column::RevokedAt.is_null())
                        .exec(tx)
                        .await?
                        .rows_affected
                        == 1;
                    if !retired {
                        return Ok(Rotation::Invalid);
                    }
                }
                if !claimed && !within_grace {
                    refresh_token::Entity::update_many()
                        .col_expr(refresh_token::Column::RevokedAt, Expr::value(stamp))
                        .filter(refresh_token::Column::FamilyId.eq(old.family_id))
                        .exec(tx)
                        .await?;
                    return Ok(Rotation::Reused);
                }
                refresh_token::Entity::insert(refresh_row(
                    &next,
                    &old.user_id,
                    old.family_id,
                    old.api_key_id,
                ))
                .exec_without_returning(tx)
                .await?;
                Ok::<_, DbErr>(Rotation::Rotated {
                    user_id: old.user_id,
                    api_key_id: old.api_key_id,
                })
            })
        })
        .await
    }

    async fn revoke_refresh_family(&self, hash: &str) -> Result<(), StoreError> {
        let Some(token) = refresh_token::Entity::find_by_id(hash.to_owned())
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            return Ok(());
        };
        refresh_token::Entity::update_many()
            .col_expr(
                refresh_token::Column::RevokedAt,
                Expr::value(sea_orm::prelude::DateTimeWithTimeZone::from(Utc::now())),
            )
            .filter(refresh_token::Column::FamilyId.eq(token.family_id))
            .filter(refresh_token::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn insert_login_state(&self, state: &LoginState) -> Result<(), StoreError> {
        // Logins never finished are swept here, so the table stays small.
        login_state::Entity::delete_many()
            .filter(
                login_state::Column::ExpiresAt
                    .lt(sea_orm::prelude::DateTimeWithTimeZone::from(Utc::now())),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        login_state::Entity::insert(login_state::ActiveModel {
            state_hash: Set(state.state_hash.clone()),
            provider: Set(state.provider.clone()),
            pkce_verifier: Set(state.pkce_verifier.clone()),
            redirect_to: Set(state.redirect_to.clone()),
            expires_at: Set(state.expires_at.into()),
        })
        .exec_without_returning(&self.db)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn take_login_state(&self, hash: &str) -> Result<Option<LoginState>, StoreError> {
        let Some(row) = login_state::Entity::find_by_id(hash.to_owned())
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        // Whoever deletes the row owns the login: a replay finds nothing to delete.
        let deleted = login_state::Entity::delete_many()
            .filter(login_state::Column::StateHash.eq(hash))
            .exec(&self.db)
            .await
            .map_err(backend)?
            .rows_affected;
        if deleted != 1 {
            return Ok(None);
        }
        Ok(Some(LoginState {
            state_hash: row.state_hash,
            provider: row.provider,
            pkce_verifier: row.pkce_verifier,
            redirect_to: row.redirect_to,
            expires_at: row.expires_at.with_timezone(&Utc),
        }))
    }
}

/// A refresh token's row; a successor takes its user, family and key from the token it
/// replaces.
fn refresh_row(
    token: &RefreshRecord,
    user_id: &str,
    family: Uuid,
    api_key_id: Option<Uuid>,
) -> refresh_token::ActiveModel {
    refresh_token::ActiveModel {
        token_hash: Set(token.token_hash.clone()),
        user_id: Set(user_id.to_owned()),
        family_id: Set(family),
        api_key_id: Set(api_key_id),
        created_at: Set(token.created_at.into()),
        expires_at: Set(token.expires_at.into()),
        used_at: Set(None),
        revoked_at: Set(None),
    }
}
