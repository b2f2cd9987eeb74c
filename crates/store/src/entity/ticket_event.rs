//! The `ticket_events` table.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The place in the audit chain; `None` between the commit and the sealing (`chain::seal`).
    pub seq: Option<i64>,
    pub ticket_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub actor_role: Option<String>,
    pub kind: String,
    pub payload: Json,
    pub occurred_at: DateTimeUtc,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    /// Order of insertion: a ticket's events are in `pos` order as soon as they are written.
    pub pos: i64,
}

impl ActiveModelBehavior for ActiveModel {}

// Read by position on PostgreSQL (see `positional`): the fields in declaration order.
crate::entity::positional::positional!(Model {
    id,
    seq,
    ticket_id,
    actor_id,
    actor_role,
    kind,
    payload,
    occurred_at,
    prev_hash,
    hash,
    pos,
});
