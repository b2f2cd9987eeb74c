//! The change feed behind live updates (SPEC §7, §11 subscriptions): what happened to which ticket,
//! read from the event log in `seq` order.
//!
//! Why read the log rather than publish from each mutation: every ticket change already appends
//! one event, `seq` is gap-free and commits in order (it is handed out when events are sealed into
//! the chain, one sealing transaction at a time, see `chain`), and the index on `seq` makes
//! "everything after N" cheap. So a reader that remembers the last `seq` it saw never misses or
//! reorders a change, whichever instance wrote it, and nothing is published for a transaction
//! that rolled back. On PostgreSQL each sealing pass also sends `NOTIFY minsheng_events`
//! (delivered on commit), so readers on every instance wake at once; on SQLite there is one
//! process, and [`Store::watch_commits`] wakes it.

use crate::Store;
use crate::entity::{outbox, ticket, ticket_event};
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

/// The PostgreSQL notification channel; the payload is the new event's `seq`.
pub const CHANNEL: &str = "minsheng_events";

/// One committed change to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub ticket_id: Uuid,
    /// The ticket's department now.
    pub department_id: Option<Uuid>,
    /// The department it left, when this change moved it (a re-dispatch): that queue changed too.
    pub left_department_id: Option<Uuid>,
    /// The event kind (`dispatched`, `accepted`, `red_card`, …).
    pub kind: String,
    pub occurred_at: DateTime<Utc>,
}

/// A message written to the outbox for a person: their in-app notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: Uuid,
    pub recipient_id: Uuid,
    pub ticket_id: Uuid,
    /// The message kind (`dispatched`, `yellow_card`, …).
    pub kind: String,
    pub reference: Option<String>,
    pub title: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// `seq`, ticket, kind, payload and instant of one event.
type EventRow = (i64, Option<Uuid>, String, serde_json::Value, DateTime<Utc>);

/// The newest `seq` in the log (0 when it is empty): where a new reader starts.
pub async fn last_seq(store: &Store) -> StoreResult<i64> {
    crate::chain::last_seq(&store.db).await
}

/// Up to `limit` ticket changes after `after`, in `seq` order, and the `seq` to continue from
/// (events that concern no ticket are passed over).
pub async fn changes_after(
    store: &Store,
    after: i64,
    limit: u64,
) -> StoreResult<(Vec<Change>, i64)> {
    let rows: Vec<EventRow> = ticket_event::Entity::find()
        .select_only()
        .column(ticket_event::Column::Seq)
        .column(ticket_event::Column::TicketId)
        .column(ticket_event::Column::Kind)
        .column(ticket_event::Column::Payload)
        .column(ticket_event::Column::OccurredAt)
        .filter(ticket_event::Column::Seq.gt(after))
        .order_by_asc(ticket_event::Column::Seq)
        .limit(limit)
        .into_tuple()
        .all(&store.db)
        .await?;
    let next = rows.last().map_or(after, |r| r.0);
    let mut ids: Vec<Uuid> = rows.iter().filter_map(|r| r.1).collect();
    ids.sort_unstable();
    ids.dedup();
    let departments: HashMap<Uuid, Option<Uuid>> = if ids.is_empty() {
        HashMap::new()
    } else {
        ticket::Entity::find()
            .select_only()
            .column(ticket::Column::Id)
            .column(ticket::Column::DepartmentId)
            .filter(ticket::Column::Id.is_in(ids))
            .into_tuple::<(Uuid, Option<Uuid>)>()
            .all(&store.db)
            .await?
            .into_iter()
            .collect()
    };
    let changes = rows
        .into_iter()
        .filter_map(|(seq, ticket_id, kind, payload, occurred_at)| {
            let ticket_id = ticket_id?;
            let department_id = departments.get(&ticket_id).copied().flatten();
            let left_department_id = payload
                .get("from_department_id")
                .and_then(|v| v.as_str())
                .and_then(|s| Uuid::parse_str(s).ok())
                .filter(|d| Some(*d) != department_id);
            Some(Change {
                seq,
                ticket_id,
                department_id,
                left_department_id,
                kind,
                occurred_at,
            })
        })
        .collect();
    Ok((changes, next))
}

/// The messages written for people about `ticket_ids` at or after `since`: the notifications the
/// changes just read produced (they were written in the same transactions, at the same instant).
pub async fn notices_for(
    store: &Store,
    ticket_ids: &[Uuid],
    since: DateTime<Utc>,
) -> StoreResult<Vec<Notice>> {
    if ticket_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = outbox::Entity::find()
        .filter(outbox::Column::TicketId.is_in(ticket_ids.iter().copied()))
        .filter(outbox::Column::CreatedAt.gte(since))
        .filter(outbox::Column::RecipientId.is_not_null())
        .order_by_asc(outbox::Column::CreatedAt)
        .order_by_asc(outbox::Column::Id)
        .all(&store.db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let text = |k: &str| r.payload.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            Some(Notice {
                id: r.id,
                recipient_id: r.recipient_id?,
                ticket_id: r.ticket_id?,
                reference: text("reference"),
                title: text("title"),
                kind: r.message_kind,
                created_at: r.created_at,
            })
        })
        .collect())
}

/// A PostgreSQL `LISTEN minsheng_events` connection, taken from the store's pool.
pub struct EventListener {
    inner: sea_orm::sqlx::postgres::PgListener,
}

impl EventListener {
    /// Waits for the next notification. `Ok(false)` means the connection was lost and has been
    /// re-established: notifications may have been missed, so the caller should re-read the log.
    pub async fn wait(&mut self) -> StoreResult<bool> {
        match self.inner.try_recv().await {
            Ok(Some(_)) => {
                // Many commits may have queued notifications; one read of the log covers them.
                while self.inner.next_buffered().is_some() {}
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(e) => Err(StoreError::internal(format!("LISTEN {CHANNEL}: {e}"))),
        }
    }
}

impl Store {
    /// On PostgreSQL, a connection listening for committed events from any instance; `None` on
    /// SQLite, where [`Store::watch_commits`] sees every write.
    pub async fn listen_for_events(&self) -> StoreResult<Option<EventListener>> {
        if !self.is_postgres() {
            return Ok(None);
        }
        let pool = self.db.get_postgres_connection_pool();
        let mut inner = sea_orm::sqlx::postgres::PgListener::connect_with(pool)
            .await
            .map_err(|e| StoreError::internal(format!("LISTEN {CHANNEL}: {e}")))?;
        inner
            .listen(CHANNEL)
            .await
            .map_err(|e| StoreError::internal(format!("LISTEN {CHANNEL}: {e}")))?;
        Ok(Some(EventListener { inner }))
    }
}
