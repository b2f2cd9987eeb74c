//! The `metric_watermark` table: its one row says up to which event the rollups are current.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "metric_watermark")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// The last event `seq` folded into the rollups.
    pub last_seq: i64,
    /// The instant the rollups were last brought up to date: overdue replies are counted up to it.
    pub as_of: Option<DateTimeUtc>,
    pub updated_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
