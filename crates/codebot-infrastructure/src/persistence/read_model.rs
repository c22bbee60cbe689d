//! The read models on SeaORM: what queries read.

use async_trait::async_trait;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::mapping;
use super::transaction::{backend, transact};
use codebot_application::integrations::projection::{
    IntegrationProjection, IntegrationView, StepView,
};
use codebot_application::integrations::queries::{IntegrationFilter, Page, PageRequest};
use codebot_application::ports::{IntegrationReadModel, StoreError, UserDirectory, UserView};

use entity::{generated_file, integration, pipeline_step, user};

/// Rows written per statement when rebuilding (well under SQLite's variable limit).
const REBUILD_CHUNK: usize = 500;

#[derive(Clone)]
pub struct SeaOrmReadModel {
    db: DatabaseConnection,
}

impl SeaOrmReadModel {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn filter_condition(filter: &IntegrationFilter) -> Condition {
    let mut condition = Condition::all().add(integration::Column::DeletedAt.is_null());
    if !filter.states.is_empty() {
        condition = condition
            .add(integration::Column::State.is_in(filter.states.iter().map(|s| s.as_str())));
    }
    if let Some(owner) = &filter.owner_id {
        condition = condition.add(integration::Column::OwnerId.eq(owner.as_str()));
    }
    match filter.compensation_failed {
        Some(true) => {
            condition = condition.add(integration::Column::CompensationFailure.is_not_null());
        }
        Some(false) => {
            condition = condition.add(integration::Column::CompensationFailure.is_null());
        }
        None => {}
    }
    if let Some(text) = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let escaped = text
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        let lower = |column: integration::Column| {
            Func::lower(Func::coalesce([Expr::col(column), Expr::val("")]))
        };
        condition = condition.add(
            Condition::any()
                .add(
                    Expr::expr(lower(integration::Column::Name))
                        .like(LikeExpr::new(pattern.clone()).escape('\\')),
                )
                .add(
                    Expr::expr(lower(integration::Column::Description))
                        .like(LikeExpr::new(pattern).escape('\\')),
                ),
        );
    }
    condition
}

#[async_trait]
impl IntegrationReadModel for SeaOrmReadModel {
    async fn get(&self, id: Uuid) -> Result<Option<IntegrationView>, StoreError> {
        integration::Entity::find_by_id(id)
            .filter(integration::Column::DeletedAt.is_null())
            .one(&self.db)
            .await
            .map_err(backend)?
            .map(mapping::integration_view)
            .transpose()
    }

    async fn list(
        &self,
        filter: &IntegrationFilter,
        page: &PageRequest,
    ) -> Result<Page<IntegrationView>, StoreError> {
        let condition = filter_condition(filter);
        let total_count = integration::Entity::find()
            .filter(condition.clone())
            .count(&self.db)
            .await
            .map_err(backend)?;
        // Newest first: ids are UUIDv7, so their order is creation order.
        let (rows, size, has_next_page, has_previous_page) = match *page {
            PageRequest::Forward { first, after } => {
                let mut query = integration::Entity::find().filter(condition);
                if let Some(after) = after {
                    query = query.filter(integration::Column::Id.lt(after));
                }
                let rows = query
                    .order_by_desc(integration::Column::Id)
                    .limit(u64::from(first) + 1)
                    .all(&self.db)
                    .await
                    .map_err(backend)?;
                let more = rows.len() > first as usize;
                (rows, first as usize, more, after.is_some())
            }
            PageRequest::Backward { last, before } => {
                let mut query = integration::Entity::find().filter(condition);
                if let Some(before) = before {
                    query = query.filter(integration::Column::Id.gt(before));
                }
                let mut rows = query
                    .order_by_asc(integration::Column::Id)
                    .limit(u64::from(last) + 1)
                    .all(&self.db)
                    .await
                    .map_err(backend)?;
                let more = rows.len() > last as usize;
                rows.truncate(last as usize);
                rows.reverse();
                (rows, last as usize, before.is_some(), more)
            }
        };
        let items = rows
            .into_iter()
            .take(size)
            .map(mapping::integration_view)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Page {
            items,
            has_next_page,
            has_previous_page,
            total_count,
        })
    }

    async fn files(
        &self,
        id: Uuid,
    ) -> Result<Vec<codebot_domain::artifacts::GeneratedFile>, StoreError> {
        use sea_orm::QueryOrder as _;
        Ok(generated_file::Entity::find()
            .filter(generated_file::Column::IntegrationId.eq(id))
            .order_by_asc(generated_file::Column::Path)
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(|row| codebot_domain::artifacts::GeneratedFile {
                path: row.path,
                content: row.content,
            })
            .collect())
    }

    async fn steps(&self, ids: &[Uuid]) -> Result<Vec<(Uuid, StepView)>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        pipeline_step::Entity::find()
            .filter(pipeline_step::Column::IntegrationId.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(|row| {
                let id = row.integration_id;
                mapping::step_view(row).map(|step| (id, step))
            })
            .collect()
    }

    async fn replace_all(&self, projections: &[IntegrationProjection]) -> Result<(), StoreError> {
        let projections = projections.to_vec();
        transact(&self.db, move |tx| {
            Box::pin(async move { replace_all_rows(tx, &projections).await })
        })
        .await
    }
}

async fn replace_all_rows(
    tx: &sea_orm::DatabaseTransaction,
    projections: &[IntegrationProjection],
) -> Result<(), StoreError> {
    pipeline_step::Entity::delete_many()
        .exec(tx)
        .await
        .map_err(backend)?;
    generated_file::Entity::delete_many()
        .exec(tx)
        .await
        .map_err(backend)?;
    integration::Entity::delete_many()
        .exec(tx)
        .await
        .map_err(backend)?;
    // A few statements per chunk of integrations, never one per integration.
    for chunk in projections.chunks(REBUILD_CHUNK) {
        integration::Entity::insert_many(chunk.iter().map(mapping::integration_row))
            .exec_without_returning(tx)
            .await
            .map_err(backend)?;
        let files: Vec<_> = chunk.iter().flat_map(mapping::file_rows).collect();
        for files in files.chunks(REBUILD_CHUNK) {
            generated_file::Entity::insert_many(files.to_vec())
                .exec_without_returning(tx)
                .await
                .map_err(backend)?;
        }
        let steps: Vec<_> = chunk.iter().flat_map(mapping::step_rows).collect();
        for steps in steps.chunks(REBUILD_CHUNK) {
            pipeline_step::Entity::insert_many(steps.to_vec())
                .exec_without_returning(tx)
                .await
                .map_err(backend)?;
        }
    }
    Ok(())
}

#[derive(Clone)]
pub struct SeaOrmUserDirectory {
    db: DatabaseConnection,
}

impl SeaOrmUserDirectory {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

#[async_trait]
impl UserDirectory for SeaOrmUserDirectory {
    async fn users(&self, ids: &[String]) -> Result<Vec<UserView>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(user::Entity::find()
            .filter(user::Column::Id.is_in(ids.iter().cloned()))
            .all(&self.db)
            .await
            .map_err(backend)?
            .into_iter()
            .map(mapping::user_view)
            .collect())
    }
}
