//! The `tickets` table.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "tickets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub reference: String,
    pub kind: String,
    pub priority: String,
    pub channel: String,
    pub state: String,
    pub category_id: Option<Uuid>,
    pub department_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    pub address: String,
    pub district: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub occurred_at: Option<DateTimeUtc>,
    pub resident_id: Option<Uuid>,
    pub filed_by_id: Option<Uuid>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub confidential: bool,
    pub anonymous: bool,
    pub tracking_code_hash: Option<String>,
    pub locale: String,
    pub open311_key_id: Option<Uuid>,
    pub filed_at: DateTimeUtc,
    pub dispatched_at: Option<DateTimeUtc>,
    pub accepted_at: Option<DateTimeUtc>,
    pub first_response_at: Option<DateTimeUtc>,
    pub replied_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub dispatch_due: Option<DateTimeUtc>,
    pub accept_due: Option<DateTimeUtc>,
    pub reply_due: Option<DateTimeUtc>,
    pub reply_paused_at: Option<DateTimeUtc>,
    pub reply_remaining_secs: Option<i64>,
    pub deadline_version: i32,
    pub extension_count: i32,
    pub redo_count: i32,
    pub return_count: i32,
    pub department_count: i32,
    pub merged_into_id: Option<Uuid>,
    pub next_check_at: Option<DateTimeUtc>,
    pub version: i32,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
