//! The `metric_rollups` table: one row of additive metric counters and a reply-time sketch per
//! department × category × kind × channel × day.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "metric_rollups")]
pub struct Model {
    /// `department/category/kind/channel/day`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub slot: String,
    pub department_id: Uuid,
    pub category_id: Option<Uuid>,
    pub kind: String,
    pub channel: String,
    /// `YYYY-MM-DD` in the city calendar's time zone.
    pub day: String,
    pub dispatched: i64,
    pub accepted_on_time: i64,
    pub responded_on_time: i64,
    pub reply_due: i64,
    pub replied_on_time: i64,
    pub replied: i64,
    pub rated: i64,
    pub solved: i64,
    pub satisfied: i64,
    pub reopened: i64,
    pub returns: i64,
    pub upheld_returns: i64,
    pub supervision_orders: i64,
    pub reply_sketch: Json,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
