use sea_orm::entity::prelude::*;

/// The integrations read model: one row per integration, as of its last event.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "integrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    pub prompt: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub config: Json,
    pub state: String,
    pub version: i32,
    pub owner_id: String,
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub failure: Option<Json>,
    /// The undo the saga gave up on (`{ step, error, attempts }`), until an
    /// administrator retries or resolves it.
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub compensation_failure: Option<Json>,
    /// Whether the saga still has a finished step to undo or a deployment to remove.
    pub cleaning_up: bool,
    pub change_request: Option<String>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
    pub deleted_at: Option<DateTimeWithTimeZone>,
    /// What the pipeline produced (round, test report, pull request, deployment, usage).
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub artifacts: Option<Json>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::pipeline_step::Entity")]
    PipelineStep,
}

impl Related<super::pipeline_step::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::PipelineStep.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
