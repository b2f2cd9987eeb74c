//! Appending to and verifying the tamper-evident event log (SPEC §9).
//!
//! Appends are serialised so the chain never forks: on PostgreSQL with a transaction-scoped
//! advisory lock, taken as late as possible so that it is held only for the end of a transaction;
//! on SQLite by the single writer.

use crate::entity::ticket_event;
use crate::error::StoreResult;
use chrono::{DateTime, SubsecRound, Utc};
use minsheng_domain::Role;
use minsheng_domain::audit::{AuditEntry, ChainBreak, ChainVerifier, GENESIS_HASH};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use uuid::Uuid;

/// The key of the advisory lock that serialises appends on PostgreSQL ("MS" + "EV").
const CHAIN_LOCK_KEY: i64 = 0x4d53_4556;

/// Who did something, as recorded in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventActor {
    pub user_id: Option<Uuid>,
    /// `None` for the system, anonymous people and API clients; see `actor_label`.
    pub role: Option<Role>,
    pub label: &'static str,
}

impl EventActor {
    pub const SYSTEM: EventActor = EventActor {
        user_id: None,
        role: None,
        label: "system",
    };
    pub const ANONYMOUS: EventActor = EventActor {
        user_id: None,
        role: None,
        label: "anonymous",
    };
    pub const API_CLIENT: EventActor = EventActor {
        user_id: None,
        role: None,
        label: "api_client",
    };

    pub fn person(user_id: Uuid, role: Role) -> Self {
        EventActor {
            user_id: Some(user_id),
            role: Some(role),
            label: role.as_str(),
        }
    }
}

/// Instants are kept to the microsecond, which both databases store exactly; the hash is computed
/// over what will be read back.
pub fn db_instant(t: DateTime<Utc>) -> DateTime<Utc> {
    t.trunc_subsecs(6)
}

/// Appends one event to the chain inside `txn`.
pub async fn append_event<C: ConnectionTrait>(
    txn: &C,
    ticket_id: Option<Uuid>,
    actor: EventActor,
    kind: &str,
    payload: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<ticket_event::Model> {
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)",
            [CHAIN_LOCK_KEY.into()],
        ))
        .await?;
    }
    let last = ticket_event::Entity::find()
        .select_only()
        .column(ticket_event::Column::Seq)
        .column(ticket_event::Column::Hash)
        .order_by_desc(ticket_event::Column::Seq)
        .limit(1)
        .into_tuple::<(i64, String)>()
        .one(txn)
        .await?;
    let (prev_seq, prev_hash) = last.unwrap_or((0, GENESIS_HASH.to_owned()));
    let id = Uuid::now_v7();
    let occurred_at = db_instant(now);
    let entry = AuditEntry {
        seq: prev_seq + 1,
        id,
        ticket_id,
        actor_id: actor.user_id,
        actor_role: Some(actor.label),
        kind,
        payload: &payload,
        occurred_at,
    };
    let hash = entry.hash(&prev_hash);
    let model = ticket_event::ActiveModel {
        id: Set(id),
        seq: Set(prev_seq + 1),
        ticket_id: Set(ticket_id),
        actor_id: Set(actor.user_id),
        actor_role: Set(Some(actor.label.to_owned())),
        kind: Set(kind.to_owned()),
        payload: Set(payload),
        occurred_at: Set(occurred_at),
        prev_hash: Set(prev_hash),
        hash: Set(hash),
    };
    let event = ticket_event::Entity::insert(model)
        .exec_with_returning(txn)
        .await?;
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        // Wakes the live-update feed of every server instance (see `crate::changes`). NOTIFY is
        // transactional: it is delivered on commit, and never for a rolled-back event.
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [crate::changes::CHANNEL.into(), event.seq.to_string().into()],
        ))
        .await?;
    }
    Ok(event)
}

/// The outcome of walking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub checked: u64,
    pub first_break: Option<ChainBreak>,
}

/// Walks the whole chain in pages, in `seq` order, and reports the first altered or missing
/// entry.
pub async fn verify_chain<C: ConnectionTrait>(db: &C) -> StoreResult<ChainReport> {
    const PAGE: u64 = 2000;
    let mut verifier = ChainVerifier::default();
    let mut after = 0i64;
    loop {
        let rows = ticket_event::Entity::find()
            .filter(ticket_event::Column::Seq.gt(after))
            .order_by_asc(ticket_event::Column::Seq)
            .limit(PAGE)
            .all(db)
            .await?;
        let Some(last) = rows.last() else { break };
        after = last.seq;
        for row in &rows {
            let entry = AuditEntry {
                seq: row.seq,
                id: row.id,
                ticket_id: row.ticket_id,
                actor_id: row.actor_id,
                actor_role: row.actor_role.as_deref(),
                kind: &row.kind,
                payload: &row.payload,
                occurred_at: row.occurred_at,
            };
            if let Err(b) = verifier.check(&entry, &row.prev_hash, &row.hash) {
                return Ok(ChainReport {
                    checked: verifier.checked(),
                    first_break: Some(b),
                });
            }
        }
        if (rows.len() as u64) < PAGE {
            break;
        }
    }
    Ok(ChainReport {
        checked: verifier.checked(),
        first_break: None,
    })
}
