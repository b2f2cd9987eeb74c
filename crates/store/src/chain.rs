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
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
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
    let mut one = PendingEvents::default();
    one.push(ticket_id, actor, kind, payload, now);
    one.append(txn)
        .await?
        .pop()
        .ok_or_else(|| crate::StoreError::internal("an appended event went missing"))
}

/// The newest `seq` in the log (0 when it is empty).
pub async fn last_seq<C: ConnectionTrait>(db: &C) -> StoreResult<i64> {
    Ok(ticket_event::Entity::find()
        .select_only()
        .column(ticket_event::Column::Seq)
        .order_by_desc(ticket_event::Column::Seq)
        .limit(1)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0))
}

/// The `seq` and hash of the chain's last event: `(0, GENESIS_HASH)` for an empty chain.
pub async fn chain_head<C: ConnectionTrait>(db: &C) -> StoreResult<(i64, String)> {
    let last = ticket_event::Entity::find()
        .select_only()
        .column(ticket_event::Column::Seq)
        .column(ticket_event::Column::Hash)
        .order_by_desc(ticket_event::Column::Seq)
        .limit(1)
        .into_tuple::<(i64, String)>()
        .one(db)
        .await?;
    Ok(last.unwrap_or((0, GENESIS_HASH.to_owned())))
}

/// Events gathered while a transaction does its work, appended to the chain together as its last
/// step. Appends are serialised (the chain must not fork), so the lock is then held only for that
/// step and the commit, not while the rest of the transaction runs: filing a ticket holds it for
/// four statements instead of about twenty.
#[derive(Debug, Default)]
pub struct PendingEvents {
    events: Vec<ticket_event::Model>,
}

impl PendingEvents {
    /// Adds an event; its place in the chain (`seq`, hashes) is set by [`append`](Self::append).
    pub fn push(
        &mut self,
        ticket_id: Option<Uuid>,
        actor: EventActor,
        kind: &str,
        payload: serde_json::Value,
        now: DateTime<Utc>,
    ) {
        self.events.push(ticket_event::Model {
            id: Uuid::now_v7(),
            seq: 0,
            ticket_id,
            actor_id: actor.user_id,
            actor_role: Some(actor.label.to_owned()),
            kind: kind.to_owned(),
            payload,
            occurred_at: db_instant(now),
            prev_hash: String::new(),
            hash: String::new(),
        });
    }

    /// Appends the gathered events to the chain inside `txn`, in the order they were pushed, with
    /// one INSERT (a few for a large batch), and wakes every instance's live feed once.
    pub async fn append<C: ConnectionTrait>(
        self,
        txn: &C,
    ) -> StoreResult<Vec<ticket_event::Model>> {
        if self.events.is_empty() {
            return Ok(Vec::new());
        }
        let postgres = txn.get_database_backend() == DatabaseBackend::Postgres;
        if postgres {
            // A statement of its own: the head is read only once the lock is held, so it is
            // the head every earlier holder committed.
            txn.execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_advisory_xact_lock($1)",
                [CHAIN_LOCK_KEY.into()],
            ))
            .await?;
        }
        let (mut seq, mut prev_hash) = chain_head(txn).await?;
        let mut events = self.events;
        for e in &mut events {
            seq += 1;
            let hash = AuditEntry {
                seq,
                id: e.id,
                ticket_id: e.ticket_id,
                actor_id: e.actor_id,
                actor_role: e.actor_role.as_deref(),
                kind: &e.kind,
                payload: &e.payload,
                occurred_at: e.occurred_at,
            }
            .hash(&prev_hash);
            e.seq = seq;
            e.prev_hash = std::mem::replace(&mut prev_hash, hash.clone());
            e.hash = hash;
        }
        crate::db::insert_all(
            txn,
            events
                .iter()
                .map(|e| ticket_event::ActiveModel::from(e.clone()).reset_all())
                .collect(),
        )
        .await?;
        if postgres {
            // Wakes the live-update feed of every server instance (see `crate::changes`). NOTIFY
            // is transactional: it is delivered on commit, and never for a rolled-back event.
            txn.execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_notify($1, $2)",
                [crate::changes::CHANNEL.into(), seq.to_string().into()],
            ))
            .await?;
        }
        Ok(events)
    }
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
