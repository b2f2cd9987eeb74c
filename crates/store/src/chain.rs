//! Appending to and verifying the tamper-evident event log (SPEC §9).
//!
//! The chain must never fork, so its links are made one batch at a time. On SQLite the single
//! writer makes them inside each transaction. On PostgreSQL a transaction writes its events
//! unsealed and, once it has committed, [`seal`] links every committed unsealed event under a
//! transaction-scoped advisory lock: many writers' events in one short transaction, instead of
//! one city-wide lock held by every writer until its commit.

use crate::entity::ticket_event;
use crate::error::StoreResult;
use chrono::{DateTime, SubsecRound, Utc};
use minsheng_domain::Role;
use minsheng_domain::audit::{AuditEntry, ChainBreak, ChainVerifier, GENESIS_HASH};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Statement, TransactionTrait,
};
use std::sync::atomic::{AtomicU64, Ordering};
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
        .filter(ticket_event::Column::Seq.is_not_null())
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
        .filter(ticket_event::Column::Seq.is_not_null())
        .order_by_desc(ticket_event::Column::Seq)
        .limit(1)
        .into_tuple::<(i64, String)>()
        .one(db)
        .await?;
    Ok(last.unwrap_or((0, GENESIS_HASH.to_owned())))
}

/// Events gathered while a transaction does its work, appended together as its last step.
///
/// On PostgreSQL they are written unsealed (see [`seal`]): no lock is taken, so writers on every
/// server instance commit side by side. On SQLite, whose one writer already serialises
/// transactions, they are sealed in place.
#[derive(Debug, Default, Clone)]
pub struct PendingEvents {
    events: Vec<ticket_event::Model>,
}

impl PendingEvents {
    /// How many parameters their INSERT binds, at most.
    pub(crate) fn params(&self) -> usize {
        use sea_orm::Iterable;
        self.events.len() * ticket_event::Column::iter().count()
    }

    /// Adds `other`'s events after these.
    pub(crate) fn extend(&mut self, other: PendingEvents) {
        self.events.extend(other.events);
    }

    /// Adds an event; its place (`pos`, and on SQLite `seq` and hashes) is set by
    /// [`append`](Self::append).
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
            seq: None,
            ticket_id,
            actor_id: actor.user_id,
            actor_role: Some(actor.label.to_owned()),
            kind: kind.to_owned(),
            payload,
            occurred_at: db_instant(now),
            prev_hash: None,
            hash: None,
            pos: 0,
        });
    }

    /// On PostgreSQL, the INSERT of the gathered events, unsealed, with `pos` left to its default
    /// (the sequence), drawn row by row in the order they were pushed; `None` when there are
    /// none. The positions are not read back.
    pub(crate) fn unsealed_insert(&mut self) -> Option<sea_orm::sea_query::InsertStatement> {
        if self.events.is_empty() {
            return None;
        }
        let rows = std::mem::take(&mut self.events).into_iter().map(|e| {
            let mut row = ticket_event::ActiveModel::from(e).reset_all();
            row.pos = sea_orm::ActiveValue::NotSet;
            row
        });
        Some(sea_orm::QueryTrait::into_query(
            ticket_event::Entity::insert_many(rows),
        ))
    }

    /// Writes the gathered events inside `txn`, in the order they were pushed, with one INSERT
    /// (a few for a large batch).
    pub async fn append<C: ConnectionTrait>(
        self,
        txn: &C,
    ) -> StoreResult<Vec<ticket_event::Model>> {
        self.write(txn, false).await
    }

    /// [`append`](Self::append), with the events sealed as they are written, for a large batch
    /// (an escalation sweep's): on PostgreSQL they would otherwise be written twice, inserted
    /// and then updated by the sealer. `txn` takes the chain's lock and holds it until it ends,
    /// so this should be its last statement: every sealer waits meanwhile. It first seals what
    /// other writers committed unsealed, so `seq` stays in commit order, and the live feeds
    /// are woken when it commits. On SQLite the same as `append`.
    pub async fn append_sealed<C: ConnectionTrait>(
        self,
        txn: &C,
    ) -> StoreResult<Vec<ticket_event::Model>> {
        self.write(txn, true).await
    }

    async fn write<C: ConnectionTrait>(
        self,
        txn: &C,
        seal_now: bool,
    ) -> StoreResult<Vec<ticket_event::Model>> {
        if self.events.is_empty() {
            return Ok(Vec::new());
        }
        let mut events = self.events;
        if txn.get_database_backend() == DatabaseBackend::Postgres {
            // Positions from the sequence, ascending in the order the events were pushed.
            let rows = txn
                .query_all_raw(Statement::from_sql_and_values(
                    DatabaseBackend::Postgres,
                    "SELECT nextval('ticket_events_pos_seq') AS pos \
                     FROM generate_series(1, $1::int) ORDER BY 1",
                    [i32::try_from(events.len()).unwrap_or(i32::MAX).into()],
                ))
                .await?;
            if rows.len() != events.len() {
                return Err(crate::StoreError::internal("too few event positions drawn"));
            }
            for (e, row) in events.iter_mut().zip(&rows) {
                e.pos = row.try_get::<i64>("", "pos")?;
            }
            if seal_now {
                txn.execute_raw(Statement::from_sql_and_values(
                    DatabaseBackend::Postgres,
                    "SELECT pg_advisory_xact_lock($1)",
                    [CHAIN_LOCK_KEY.into()],
                ))
                .await?;
                let (seq, prev_hash) = loop {
                    let (n, head) = seal_pending(txn).await?;
                    if n < SEAL_BATCH {
                        break head;
                    }
                };
                link(&mut events, seq, prev_hash);
                let last = events.last().and_then(|e| e.seq).unwrap_or(seq);
                txn.execute_raw(Statement::from_sql_and_values(
                    DatabaseBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [crate::changes::CHANNEL.into(), last.to_string().into()],
                ))
                .await?;
            }
        } else {
            let (seq, prev_hash) = chain_head(txn).await?;
            link(&mut events, seq, prev_hash);
            for e in &mut events {
                e.pos = e.seq.unwrap_or_default();
            }
        }
        crate::db::insert_all(
            txn,
            events
                .iter()
                .map(|e| ticket_event::ActiveModel::from(e.clone()).reset_all())
                .collect(),
        )
        .await?;
        Ok(events)
    }
}

/// Gives `events` the chain positions after `seq` and their hashes, chained from `prev_hash`.
fn link(events: &mut [ticket_event::Model], mut seq: i64, mut prev_hash: String) {
    for e in events {
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
        e.seq = Some(seq);
        e.prev_hash = Some(std::mem::replace(&mut prev_hash, hash.clone()));
        e.hash = Some(hash);
    }
}

/// Events sealed per sealing transaction.
const SEAL_BATCH: u64 = 2_000;

/// Seals every committed unsealed event (PostgreSQL; on SQLite there are none), and returns how
/// many it sealed.
///
/// Each batch is one short transaction under the chain's advisory lock, so sealers on several
/// instances never fork the chain: it reads the head, takes the unsealed events in `pos` order,
/// gives them the next `seq` numbers and their hashes with one UPDATE, and wakes every
/// instance's live feed with one NOTIFY. A ticket's transactions are serialised by its row, so
/// its events are committed, and sealed, in their `pos` order; `seq` is gap-free and committed
/// in order, which is what the readers that follow the log rely on (`crate::changes`,
/// `crate::metrics::rollup`).
pub async fn seal(db: &DatabaseConnection) -> StoreResult<u64> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return Ok(0);
    }
    let mut sealed = 0u64;
    loop {
        // Nothing to do is the common case: one index probe, no transaction, no lock.
        let pending = ticket_event::Entity::find()
            .select_only()
            .column(ticket_event::Column::Pos)
            .filter(ticket_event::Column::Seq.is_null())
            .limit(1)
            .into_tuple::<i64>()
            .one(db)
            .await?;
        if pending.is_none() {
            return Ok(sealed);
        }
        let txn = db.begin().await?;
        // A sealing pass commits without waiting for its WAL to reach the disk. Nothing is lost
        // if the server crashes before it does: the events it sealed are committed (their own
        // transactions waited), they are found unsealed again and the next pass seals them. And
        // whatever is durably recorded from their `seq` (a rollup's watermark, a verification)
        // commits later and so flushes this pass's WAL with its own.
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock($1)",
            [CHAIN_LOCK_KEY.into()],
        ))
        .await?;
        let (n, _) = seal_pending(&txn).await?;
        txn.commit().await?;
        sealed += n;
        if n < SEAL_BATCH {
            return Ok(sealed);
        }
    }
}

/// Seals up to [`SEAL_BATCH`] committed unsealed events inside `txn`, which holds the chain's
/// advisory lock, and wakes every instance's live feed when it commits. Returns how many it
/// sealed and the chain's head after them.
async fn seal_pending<C: ConnectionTrait>(txn: &C) -> StoreResult<(u64, (i64, String))> {
    // Read under the lock: the head every earlier sealer committed, and only events whose
    // transactions have committed.
    let (seq, prev_hash) = chain_head(txn).await?;
    let mut events = ticket_event::Entity::find()
        .filter(ticket_event::Column::Seq.is_null())
        .order_by_asc(ticket_event::Column::Pos)
        .limit(SEAL_BATCH)
        .all(txn)
        .await?;
    let n = events.len() as u64;
    if n == 0 {
        return Ok((0, (seq, prev_hash)));
    }
    link(&mut events, seq, prev_hash);
    let mut ids = Vec::with_capacity(events.len());
    let mut seqs = Vec::with_capacity(events.len());
    let mut prevs = Vec::with_capacity(events.len());
    let mut hashes = Vec::with_capacity(events.len());
    for e in events {
        ids.push(e.id);
        seqs.push(e.seq.unwrap_or_default());
        prevs.push(e.prev_hash.unwrap_or_default());
        hashes.push(e.hash.unwrap_or_default());
    }
    let head = (
        seqs.last().copied().unwrap_or(seq),
        hashes.last().cloned().unwrap_or_default(),
    );
    // The one statement also wakes the live-update feed of every server instance (see
    // `crate::changes`). NOTIFY is transactional: it is delivered on commit.
    txn.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        "WITH sealed AS ( \
           UPDATE ticket_events AS e SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash \
           FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) \
             AS v(id, seq, prev_hash, hash) \
           WHERE e.id = v.id AND e.seq IS NULL RETURNING 1) \
         SELECT pg_notify($5, $6), (SELECT count(*) FROM sealed)",
        [
            ids.into(),
            seqs.into(),
            prevs.into(),
            hashes.into(),
            crate::changes::CHANNEL.into(),
            head.0.to_string().into(),
        ],
    ))
    .await?;
    Ok((n, head))
}

/// Seals on behalf of the transactions that commit in this process, many at a time: a writer
/// that has committed calls [`Sealer::sealed_after_commit`], and one pass seals its events
/// together with those of every writer that committed before that pass began, as group commit
/// does for the write-ahead log.
#[derive(Debug)]
pub(crate) struct Sealer {
    /// Writers that asked, counted as they ask (after their commit).
    asked: AtomicU64,
    /// How many asks the last finished pass answered; passes run one at a time.
    answered: tokio::sync::Mutex<u64>,
}

impl Default for Sealer {
    fn default() -> Self {
        Sealer {
            asked: AtomicU64::new(0),
            answered: tokio::sync::Mutex::new(0),
        }
    }
}

impl Sealer {
    /// Returns once the events of a transaction that has just committed are sealed, by a pass
    /// that began after this call (this call's own, or one that another writer ran meanwhile).
    pub(crate) async fn sealed_after_commit(&self, db: &DatabaseConnection) -> StoreResult<()> {
        let mine = self.asked.fetch_add(1, Ordering::SeqCst) + 1;
        let mut answered = self.answered.lock().await;
        if *answered >= mine {
            return Ok(());
        }
        // Every ask counted by now was made after its writer committed, so this pass sees them.
        let covers = self.asked.load(Ordering::SeqCst);
        seal(db).await?;
        *answered = covers;
        Ok(())
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
        after = last.seq.unwrap_or(after);
        for row in &rows {
            let entry = AuditEntry {
                seq: row.seq.unwrap_or_default(),
                id: row.id,
                ticket_id: row.ticket_id,
                actor_id: row.actor_id,
                actor_role: row.actor_role.as_deref(),
                kind: &row.kind,
                payload: &row.payload,
                occurred_at: row.occurred_at,
            };
            let (prev_hash, hash) = (row.prev_hash.as_deref(), row.hash.as_deref());
            if let Err(b) = verifier.check(&entry, prev_hash.unwrap_or(""), hash.unwrap_or("")) {
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
