//! The email outbox (SPEC §7): messages are written in the same transaction as the event that
//! causes them, and a relay sends them later. An SMTP outage delays mail and loses none.

use crate::chain::db_instant;
use crate::entity::outbox;
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use minsheng_domain::Locale;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

/// One message to send. `kind` names the template (`filing_receipt`, `password_reset`, …) and
/// `payload` holds what the template needs; the text is rendered when it is sent, in `locale`.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub kind: &'static str,
    pub ticket_id: Option<Uuid>,
    pub recipient_id: Option<Uuid>,
    pub recipient_email: String,
    pub locale: Locale,
    pub payload: serde_json::Value,
}

/// The Message-ID a row will always be sent with, so a resend after a crash is recognisable as
/// the same message.
pub fn message_id_for(id: Uuid) -> String {
    format!("<{}@minsheng.outbox>", id.simple())
}

/// Writes `msg` to the outbox inside `txn`.
pub async fn enqueue<C: ConnectionTrait>(
    txn: &C,
    msg: NewMessage,
    now: DateTime<Utc>,
) -> StoreResult<Uuid> {
    let (id, row) = row(msg, now);
    outbox::Entity::insert(row)
        .exec_without_returning(txn)
        .await?;
    Ok(id)
}

/// Writes every message in `msgs` to the outbox inside `txn`, a few thousand rows per INSERT
/// (the escalation sweep writes a batch's mail at once).
pub async fn enqueue_all<C: ConnectionTrait>(
    txn: &C,
    msgs: Vec<NewMessage>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    crate::db::insert_all(txn, rows(msgs, now)).await
}

/// The rows `msgs` are stored as, not yet written.
pub(crate) fn rows(msgs: Vec<NewMessage>, now: DateTime<Utc>) -> Vec<outbox::ActiveModel> {
    msgs.into_iter().map(|m| row(m, now).1).collect()
}

/// The row `msg` is stored as, and its id.
fn row(msg: NewMessage, now: DateTime<Utc>) -> (Uuid, outbox::ActiveModel) {
    let id = Uuid::now_v7();
    let now = db_instant(now);
    let row = outbox::ActiveModel {
        id: Set(id),
        message_kind: Set(msg.kind.to_owned()),
        ticket_id: Set(msg.ticket_id),
        recipient_id: Set(msg.recipient_id),
        recipient_email: Set(msg.recipient_email),
        locale: Set(msg.locale.as_str().to_owned()),
        payload: Set(msg.payload),
        message_id: Set(message_id_for(id)),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
    };
    (id, row)
}
