//! The `escalation_firings` table.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "escalation_firings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub ticket_id: Uuid,
    pub rule: String,
    pub deadline_version: i32,
    pub fired_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
