//! The `metric_reply_times` table: the reply times behind each rollup's sketch, so a sketch can
//! be rebuilt exactly when a value has to come out of it.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "metric_reply_times")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub ticket_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub slot: String,
    pub hours: f64,
}

impl ActiveModelBehavior for ActiveModel {}
