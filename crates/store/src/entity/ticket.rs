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
    pub version: i32,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

/// What every ticket is filed with; the rest starts empty ([`Model::filed`]).
#[derive(Clone, Debug)]
pub struct Filing {
    pub reference: String,
    pub kind: &'static str,
    pub priority: &'static str,
    pub channel: &'static str,
    pub state: &'static str,
    pub title: String,
    pub description: String,
    pub locale: &'static str,
    pub filed_at: DateTimeUtc,
}

impl Model {
    /// A ticket as it stands the moment it is filed, with a new id: no department, no clocks
    /// started, nothing counted, version 1. Where it is and who filed it are set by the caller.
    pub fn filed(f: Filing) -> Self {
        Model {
            id: Uuid::now_v7(),
            reference: f.reference,
            kind: f.kind.to_owned(),
            priority: f.priority.to_owned(),
            channel: f.channel.to_owned(),
            state: f.state.to_owned(),
            category_id: None,
            department_id: None,
            title: f.title,
            description: f.description,
            address: String::new(),
            district: String::new(),
            latitude: None,
            longitude: None,
            occurred_at: None,
            resident_id: None,
            filed_by_id: None,
            contact_name: None,
            contact_email: None,
            contact_phone: None,
            confidential: false,
            anonymous: false,
            tracking_code_hash: None,
            locale: f.locale.to_owned(),
            open311_key_id: None,
            filed_at: f.filed_at,
            dispatched_at: None,
            accepted_at: None,
            first_response_at: None,
            replied_at: None,
            closed_at: None,
            dispatch_due: None,
            accept_due: None,
            reply_due: None,
            reply_paused_at: None,
            reply_remaining_secs: None,
            deadline_version: 0,
            extension_count: 0,
            redo_count: 0,
            return_count: 0,
            department_count: 0,
            merged_into_id: None,
            version: 1,
            updated_at: f.filed_at,
        }
    }
}
