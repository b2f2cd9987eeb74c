//! Keeping the metric rollups exact, incrementally from the event log.
//!
//! **The invariant.** After every refresh, each rollup row equals the sum, over all tickets, of
//! what [`contributions`] says that ticket adds to that row, computed from the ticket's events up
//! to the watermark and as of the watermark's instant. That is exactly what a full recomputation
//! gives ([`recompute`]), and a test checks it on randomized histories.
//!
//! **How it stays true.** A ticket's contribution can change for two reasons only: a new event of
//! that ticket, or time passing a reply deadline that is still unanswered (it then counts as due
//! and late). So a refresh, in one transaction:
//! 1. locks the watermark row (`FOR UPDATE` on PostgreSQL, the single writer on SQLite), so that
//!    several instances refreshing at once take turns and each event is folded in once;
//! 2. reads the events after the watermark, and the tickets whose stored `due_at` has passed;
//! 3. recomputes each such ticket's contributions from all its events;
//! 4. subtracts what the ticket stored last time and adds the new contributions, per rollup row;
//! 5. stores the new contributions and advances the watermark.
//!
//! Counters add and subtract exactly. A reply-time sketch cannot have a value taken out of it (its
//! extremes do not un-merge), so values are only merged in; when one has to come out (a calendar
//! was changed since, say), the row's sketch is rebuilt from `metric_reply_times`.
//!
//! Event `seq` numbers are handed out as events are sealed, under the chain's lock, and committed
//! in order (see `crate::chain`), so reading "after the watermark" never skips an event that
//! commits later. An event committed but not yet sealed is counted once its pass seals it.

use super::history::{Calendars, fold};
use crate::Store;
use crate::entity::{
    department, metric_contribution, metric_reply_time, metric_rollup, metric_watermark, ticket,
    ticket_event,
};
use crate::error::{StoreError, StoreResult};
use crate::policy::{load_calendar, load_policy};
use chrono::{DateTime, NaiveDate, Utc};
use minsheng_domain::metrics::{DurationSketch, MetricCounts, contributions};
use minsheng_domain::{Channel, Kind};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use uuid::Uuid;

/// Events (and due tickets) folded in per transaction.
pub const DEFAULT_BATCH: u64 = 2000;
/// Tickets loaded together.
const TICKET_CHUNK: usize = 200;
/// Rows read or written per statement.
const ROW_CHUNK: usize = 500;

/// The number of counters in [`MetricCounts`].
const N: usize = 13;

/// The counters in a fixed order: how they are stored per ticket and subtracted.
fn to_array(c: &MetricCounts) -> [u64; N] {
    [
        c.dispatched,
        c.accepted_on_time,
        c.responded_on_time,
        c.reply_due,
        c.replied_on_time,
        c.replied,
        c.rated,
        c.solved,
        c.satisfied,
        c.reopened,
        c.returns,
        c.upheld_returns,
        c.supervision_orders,
    ]
}

fn from_array(a: [u64; N]) -> MetricCounts {
    let [
        dispatched,
        accepted_on_time,
        responded_on_time,
        reply_due,
        replied_on_time,
        replied,
        rated,
        solved,
        satisfied,
        reopened,
        returns,
        upheld_returns,
        supervision_orders,
    ] = a;
    MetricCounts {
        dispatched,
        accepted_on_time,
        responded_on_time,
        reply_due,
        replied_on_time,
        replied,
        rated,
        solved,
        satisfied,
        reopened,
        returns,
        upheld_returns,
        supervision_orders,
    }
}

/// The counters of a stored rollup row.
pub(crate) fn row_counts(r: &metric_rollup::Model) -> MetricCounts {
    let u = |v: i64| u64::try_from(v).unwrap_or(0);
    from_array([
        u(r.dispatched),
        u(r.accepted_on_time),
        u(r.responded_on_time),
        u(r.reply_due),
        u(r.replied_on_time),
        u(r.replied),
        u(r.rated),
        u(r.solved),
        u(r.satisfied),
        u(r.reopened),
        u(r.returns),
        u(r.upheld_returns),
        u(r.supervision_orders),
    ])
}

pub(crate) fn row_sketch(r: &metric_rollup::Model) -> StoreResult<DurationSketch> {
    serde_json::from_value(r.reply_sketch.clone())
        .map_err(|e| StoreError::internal(format!("rollup {}: reply sketch: {e}", r.slot)))
}

/// One rollup row's identity: department × category × kind × channel × local day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SlotKey {
    #[serde(rename = "d")]
    pub department_id: Uuid,
    #[serde(rename = "c")]
    pub category_id: Option<Uuid>,
    #[serde(rename = "k")]
    pub kind: Kind,
    #[serde(rename = "ch")]
    pub channel: Channel,
    pub day: NaiveDate,
}

impl SlotKey {
    /// The text key of the row.
    pub fn slot(&self) -> String {
        let category = self
            .category_id
            .map_or_else(|| "-".to_owned(), |c| c.to_string());
        format!(
            "{}/{category}/{}/{}/{}",
            self.department_id, self.kind, self.channel, self.day
        )
    }

    pub(crate) fn of_row(r: &metric_rollup::Model) -> StoreResult<Self> {
        let bad = |what: &str| StoreError::internal(format!("rollup {}: bad {what}", r.slot));
        Ok(SlotKey {
            department_id: r.department_id,
            category_id: r.category_id,
            kind: r.kind.parse().map_err(|_| bad("kind"))?,
            channel: r.channel.parse().map_err(|_| bad("channel"))?,
            day: NaiveDate::parse_from_str(&r.day, "%Y-%m-%d").map_err(|_| bad("day"))?,
        })
    }
}

/// What a rollup row holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SlotTotals {
    pub counts: MetricCounts,
    pub reply: DurationSketch,
}

/// One ticket's part of one rollup row, as stored in `metric_contributions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StoredPart {
    #[serde(flatten)]
    key: SlotKey,
    /// The counters, in [`to_array`] order.
    n: [u64; N],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    h: Option<f64>,
}

/// One ticket's part of one row.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Part {
    counts: MetricCounts,
    /// At most one reply time: a department replies once per ticket, and the row is the
    /// department's.
    hours: Option<f64>,
}

type Parts = BTreeMap<SlotKey, Part>;

fn stored(parts: &Parts) -> serde_json::Value {
    let list: Vec<StoredPart> = parts
        .iter()
        .map(|(key, p)| StoredPart {
            key: key.clone(),
            n: to_array(&p.counts),
            h: p.hours,
        })
        .collect();
    serde_json::to_value(list).unwrap_or(serde_json::Value::Null)
}

fn parse_stored(m: &metric_contribution::Model) -> StoreResult<Parts> {
    let list: Vec<StoredPart> = serde_json::from_value(m.contributions.clone()).map_err(|e| {
        StoreError::internal(format!("metric contributions of {}: {e}", m.ticket_id))
    })?;
    Ok(list
        .into_iter()
        .map(|p| {
            (
                p.key,
                Part {
                    counts: from_array(p.n),
                    hours: p.h,
                },
            )
        })
        .collect())
}

/// What one ticket adds to the rollups as of `as_of`, and when that changes without a new event.
struct TicketParts {
    parts: Parts,
    due_at: Option<DateTime<Utc>>,
}

fn ticket_parts(
    t: &ticket::Model,
    events: &[ticket_event::Model],
    calendars: &Calendars,
    as_of: DateTime<Utc>,
) -> StoreResult<TicketParts> {
    let kind: Kind = t
        .kind
        .parse()
        .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))?;
    let channel: Channel = t
        .channel
        .parse()
        .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))?;
    let history = fold(events, calendars);
    let mut parts = Parts::new();
    let mut due_at: Option<DateTime<Utc>> = None;
    for h in &history.handlings {
        let s = &h.summary;
        if s.replied_at.is_none()
            && let Some(due) = s.reply_due
            && due > as_of
        {
            due_at = Some(due_at.map_or(due, |d| d.min(due)));
        }
        for c in contributions(s, as_of) {
            let key = SlotKey {
                department_id: h.department_id,
                category_id: t.category_id,
                kind,
                channel,
                day: calendars.city_day(c.at),
            };
            let part = parts.entry(key).or_default();
            part.counts += c.counts;
            if let Some(hours) = c.reply_working_hours {
                if part.hours.is_some() {
                    return Err(StoreError::internal(format!(
                        "ticket {}: two reply times in one rollup row",
                        t.id
                    )));
                }
                part.hours = Some(hours);
            }
        }
    }
    Ok(TicketParts { parts, due_at })
}

/// The calendars working time is counted on, loaded once per refresh.
pub async fn load_calendars<C: ConnectionTrait>(db: &C) -> StoreResult<Calendars> {
    let city = load_policy(db, None).await?.calendar;
    let own = department::Entity::find()
        .filter(department::Column::CalendarId.is_not_null())
        .all(db)
        .await?;
    let mut loaded = HashMap::new();
    let mut by_department = HashMap::new();
    for d in own {
        let Some(cal_id) = d.calendar_id else {
            continue;
        };
        let cal = match loaded.get(&cal_id) {
            Some(c) => c,
            None => {
                let c = load_calendar(db, cal_id).await?;
                loaded.entry(cal_id).or_insert(c)
            }
        };
        by_department.insert(d.id, cal.clone());
    }
    Ok(Calendars {
        city,
        by_department,
    })
}

/// Recomputes the contributions of `ids` from their events up to `end_seq`.
async fn compute_tickets<C: ConnectionTrait>(
    db: &C,
    ids: &[Uuid],
    end_seq: i64,
    calendars: &Calendars,
    as_of: DateTime<Utc>,
) -> StoreResult<Vec<(Uuid, TicketParts)>> {
    let tickets = ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let events = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.is_in(ids.iter().copied()))
        .filter(ticket_event::Column::Seq.lte(end_seq))
        .order_by_asc(ticket_event::Column::Seq)
        .all(db)
        .await?;
    let mut by_ticket: HashMap<Uuid, Vec<ticket_event::Model>> = HashMap::new();
    for e in events {
        if let Some(t) = e.ticket_id {
            by_ticket.entry(t).or_default().push(e);
        }
    }
    let mut out = Vec::with_capacity(tickets.len());
    for t in &tickets {
        let events = by_ticket.remove(&t.id).unwrap_or_default();
        out.push((t.id, ticket_parts(t, &events, calendars, as_of)?));
    }
    Ok(out)
}

/// Locks the watermark row for this transaction, creating it on first use.
async fn lock_watermark<C: ConnectionTrait>(db: &C) -> StoreResult<metric_watermark::Model> {
    metric_watermark::Entity::insert(metric_watermark::ActiveModel {
        id: Set(1),
        last_seq: Set(0),
        as_of: Set(None),
        updated_at: Set(None),
    })
    .on_conflict(
        OnConflict::column(metric_watermark::Column::Id)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let mut q = metric_watermark::Entity::find_by_id(1);
    if db.get_database_backend() == DatabaseBackend::Postgres {
        q = q.lock_exclusive();
    }
    q.one(db)
        .await?
        .ok_or_else(|| StoreError::internal("the metric watermark row is missing"))
}

async fn set_watermark<C: ConnectionTrait>(
    db: &C,
    last_seq: i64,
    as_of: DateTime<Utc>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    metric_watermark::Entity::update_many()
        .col_expr(metric_watermark::Column::LastSeq, Expr::value(last_seq))
        .col_expr(metric_watermark::Column::AsOf, Expr::value(Some(as_of)))
        .col_expr(metric_watermark::Column::UpdatedAt, Expr::value(Some(now)))
        .filter(metric_watermark::Column::Id.eq(1))
        .exec(db)
        .await?;
    Ok(())
}

/// The change one refresh makes to one rollup row.
#[derive(Debug, Default)]
struct SlotDelta {
    counts: [i64; N],
    added: Vec<f64>,
    /// A reply time left the row: its sketch is rebuilt from `metric_reply_times`.
    removed: bool,
}

/// Changes to the reply-time rows, applied before the rollups read them.
#[derive(Default)]
struct ReplyTimeChanges {
    deletes: Vec<(Uuid, String)>,
    inserts: Vec<metric_reply_time::ActiveModel>,
}

fn diff(
    ticket_id: Uuid,
    old: &Parts,
    new: &Parts,
    deltas: &mut BTreeMap<SlotKey, SlotDelta>,
    reply_times: &mut ReplyTimeChanges,
) {
    let keys: BTreeSet<&SlotKey> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let before = old.get(key).copied().unwrap_or_default();
        let after = new.get(key).copied().unwrap_or_default();
        let (b, a) = (to_array(&before.counts), to_array(&after.counts));
        let mut counts = [0i64; N];
        for (i, d) in counts.iter_mut().enumerate() {
            *d = i64::try_from(a[i]).unwrap_or(i64::MAX) - i64::try_from(b[i]).unwrap_or(i64::MAX);
        }
        let hours_changed = before.hours.map(f64::to_bits) != after.hours.map(f64::to_bits);
        if counts.iter().all(|d| *d == 0) && !hours_changed {
            continue;
        }
        let slot = key.slot();
        let delta = deltas.entry(key.clone()).or_default();
        for (acc, d) in delta.counts.iter_mut().zip(counts) {
            *acc += d;
        }
        if hours_changed {
            if before.hours.is_some() {
                delta.removed = true;
                reply_times.deletes.push((ticket_id, slot.clone()));
            }
            if let Some(h) = after.hours {
                delta.added.push(h);
                reply_times.inserts.push(metric_reply_time::ActiveModel {
                    ticket_id: Set(ticket_id),
                    slot: Set(slot),
                    hours: Set(h),
                });
            }
        }
    }
}

fn rollup_model(
    key: &SlotKey,
    counts: &MetricCounts,
    sketch: &DurationSketch,
    now: DateTime<Utc>,
) -> StoreResult<metric_rollup::ActiveModel> {
    let a = to_array(counts);
    let v = |i: usize| i64::try_from(a[i]).unwrap_or(i64::MAX);
    Ok(metric_rollup::ActiveModel {
        slot: Set(key.slot()),
        department_id: Set(key.department_id),
        category_id: Set(key.category_id),
        kind: Set(key.kind.as_str().to_owned()),
        channel: Set(key.channel.as_str().to_owned()),
        day: Set(key.day.format("%Y-%m-%d").to_string()),
        dispatched: Set(v(0)),
        accepted_on_time: Set(v(1)),
        responded_on_time: Set(v(2)),
        reply_due: Set(v(3)),
        replied_on_time: Set(v(4)),
        replied: Set(v(5)),
        rated: Set(v(6)),
        solved: Set(v(7)),
        satisfied: Set(v(8)),
        reopened: Set(v(9)),
        returns: Set(v(10)),
        upheld_returns: Set(v(11)),
        supervision_orders: Set(v(12)),
        reply_sketch: Set(serde_json::to_value(sketch)
            .map_err(|e| StoreError::internal(format!("reply sketch: {e}")))?),
        updated_at: Set(now),
    })
}

async fn sketch_from_reply_times<C: ConnectionTrait>(
    db: &C,
    slot: &str,
) -> StoreResult<DurationSketch> {
    let hours = metric_reply_time::Entity::find()
        .select_only()
        .column(metric_reply_time::Column::Hours)
        .filter(metric_reply_time::Column::Slot.eq(slot))
        .into_tuple::<f64>()
        .all(db)
        .await?;
    Ok(hours.into_iter().collect())
}

async fn apply_deltas<C: ConnectionTrait>(
    db: &C,
    deltas: BTreeMap<SlotKey, SlotDelta>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let keys: Vec<&SlotKey> = deltas.keys().collect();
    let mut existing: HashMap<String, metric_rollup::Model> = HashMap::new();
    for chunk in keys.chunks(ROW_CHUNK) {
        let rows = metric_rollup::Entity::find()
            .filter(metric_rollup::Column::Slot.is_in(chunk.iter().map(|k| k.slot())))
            .all(db)
            .await?;
        existing.extend(rows.into_iter().map(|r| (r.slot.clone(), r)));
    }
    let mut inserts = Vec::new();
    for (key, delta) in deltas {
        let slot = key.slot();
        let old = existing.get(&slot);
        let before = old.map(|r| to_array(&row_counts(r))).unwrap_or([0; N]);
        let mut after = [0u64; N];
        for i in 0..N {
            let v = i64::try_from(before[i]).unwrap_or(i64::MAX) + delta.counts[i];
            after[i] = u64::try_from(v).map_err(|_| {
                StoreError::internal(format!(
                    "metric rollup {slot} would go negative; run `minsheng metrics rebuild`"
                ))
            })?;
        }
        let counts = from_array(after);
        let sketch = if delta.removed {
            sketch_from_reply_times(db, &slot).await?
        } else {
            let mut s = match old {
                Some(r) => row_sketch(r)?,
                None => DurationSketch::new(),
            };
            for h in delta.added {
                s.add(h);
            }
            s
        };
        let empty = counts.is_empty() && sketch.count() == 0;
        match (old, empty) {
            (Some(_), true) => {
                metric_rollup::Entity::delete_by_id(slot).exec(db).await?;
            }
            (Some(_), false) => {
                metric_rollup::Entity::update(rollup_model(&key, &counts, &sketch, now)?)
                    .exec(db)
                    .await?;
            }
            (None, false) => inserts.push(rollup_model(&key, &counts, &sketch, now)?),
            (None, true) => {}
        }
    }
    for chunk in inserts.chunks(ROW_CHUNK) {
        metric_rollup::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Stores one ticket's new contributions in place of `old`.
async fn store_contribution<C: ConnectionTrait>(
    db: &C,
    ticket_id: Uuid,
    old: Option<&metric_contribution::Model>,
    new: &TicketParts,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let json = stored(&new.parts);
    let nothing = new.parts.is_empty() && new.due_at.is_none();
    match old {
        Some(o) if nothing => {
            metric_contribution::Entity::delete_by_id(o.ticket_id)
                .exec(db)
                .await?;
        }
        Some(o) if o.contributions == json && o.due_at == new.due_at => {}
        Some(_) => {
            metric_contribution::Entity::update(metric_contribution::ActiveModel {
                ticket_id: Set(ticket_id),
                contributions: Set(json),
                due_at: Set(new.due_at),
                updated_at: Set(now),
            })
            .exec(db)
            .await?;
        }
        None if nothing => {}
        None => {
            metric_contribution::Entity::insert(metric_contribution::ActiveModel {
                ticket_id: Set(ticket_id),
                contributions: Set(json),
                due_at: Set(new.due_at),
                updated_at: Set(now),
            })
            .exec_without_returning(db)
            .await?;
        }
    }
    Ok(())
}

/// What a refresh did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Events folded in.
    pub events: u64,
    /// Tickets recomputed (for new events, or because a reply deadline passed).
    pub tickets: u64,
    /// Rollup rows changed.
    pub rows: u64,
    /// The watermark afterwards.
    pub last_seq: i64,
    /// Nothing is left to fold in.
    pub caught_up: bool,
}

/// One refresh transaction: up to `batch` events and `batch` tickets whose deadline passed.
async fn refresh_batch(
    store: &Store,
    calendars: &Calendars,
    now: DateTime<Utc>,
    batch: u64,
) -> StoreResult<RefreshReport> {
    let w = store.write().await?;
    let db = w.conn();
    let wm = lock_watermark(db).await?;
    let as_of = wm.as_of.map_or(now, |a| a.max(now));
    let events = ticket_event::Entity::find()
        .select_only()
        .column(ticket_event::Column::Seq)
        .column(ticket_event::Column::TicketId)
        .filter(ticket_event::Column::Seq.gt(wm.last_seq))
        .order_by_asc(ticket_event::Column::Seq)
        .limit(batch)
        .into_tuple::<(i64, Option<Uuid>)>()
        .all(db)
        .await?;
    let end_seq = events.last().map_or(wm.last_seq, |(s, _)| *s);
    let due = metric_contribution::Entity::find()
        .select_only()
        .column(metric_contribution::Column::TicketId)
        .filter(metric_contribution::Column::DueAt.lte(as_of))
        .limit(batch)
        .into_tuple::<Uuid>()
        .all(db)
        .await?;
    let mut touched: BTreeSet<Uuid> = events.iter().filter_map(|(_, t)| *t).collect();
    touched.extend(due.iter().copied());
    let touched: Vec<Uuid> = touched.into_iter().collect();

    let mut deltas: BTreeMap<SlotKey, SlotDelta> = BTreeMap::new();
    let mut reply_times = ReplyTimeChanges::default();
    for chunk in touched.chunks(TICKET_CHUNK) {
        let computed = compute_tickets(db, chunk, end_seq, calendars, as_of).await?;
        let old: HashMap<Uuid, metric_contribution::Model> = metric_contribution::Entity::find()
            .filter(metric_contribution::Column::TicketId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.ticket_id, m))
            .collect();
        for (ticket_id, new) in &computed {
            let prev = old.get(ticket_id);
            let old_parts = match prev {
                Some(m) => parse_stored(m)?,
                None => Parts::new(),
            };
            diff(
                *ticket_id,
                &old_parts,
                &new.parts,
                &mut deltas,
                &mut reply_times,
            );
            store_contribution(db, *ticket_id, prev, new, now).await?;
        }
    }
    for (ticket_id, slot) in &reply_times.deletes {
        metric_reply_time::Entity::delete_many()
            .filter(metric_reply_time::Column::TicketId.eq(*ticket_id))
            .filter(metric_reply_time::Column::Slot.eq(slot.as_str()))
            .exec(db)
            .await?;
    }
    for chunk in reply_times.inserts.chunks(ROW_CHUNK) {
        metric_reply_time::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    let rows = deltas.len() as u64;
    apply_deltas(db, deltas, now).await?;
    set_watermark(db, end_seq, as_of, now).await?;
    w.commit().await?;
    Ok(RefreshReport {
        events: events.len() as u64,
        tickets: touched.len() as u64,
        rows,
        last_seq: end_seq,
        caught_up: (events.len() as u64) < batch && (due.len() as u64) < batch,
    })
}

/// Brings the rollups up to date as of `now`, in transactions of up to `batch` events, for at
/// most `max_batches` transactions (the report says whether it caught up).
pub async fn refresh(
    store: &Store,
    now: DateTime<Utc>,
    batch: u64,
    max_batches: u32,
) -> StoreResult<RefreshReport> {
    let now = crate::chain::db_instant(now);
    let calendars = load_calendars(&store.db).await?;
    let mut total = RefreshReport::default();
    for _ in 0..max_batches.max(1) {
        let r = refresh_batch(store, &calendars, now, batch.max(1)).await?;
        total.events += r.events;
        total.tickets += r.tickets;
        total.rows += r.rows;
        total.last_seq = r.last_seq;
        total.caught_up = r.caught_up;
        if r.caught_up {
            break;
        }
    }
    Ok(total)
}

/// Refreshes only when something changed since the last refresh: an event was appended, or an
/// unanswered reply deadline passed. Two cheap indexed reads when nothing did, so dashboards can
/// call it before every read.
pub async fn refresh_if_behind(store: &Store, now: DateTime<Utc>) -> StoreResult<()> {
    let db = &store.db;
    let wm = metric_watermark::Entity::find_by_id(1).one(db).await?;
    let last = crate::chain::last_seq(db).await?;
    let behind = match &wm {
        None => last > 0,
        Some(w) => w.last_seq < last,
    };
    let due = metric_contribution::Entity::find()
        .select_only()
        .column(metric_contribution::Column::TicketId)
        .filter(metric_contribution::Column::DueAt.lte(crate::chain::db_instant(now)))
        .limit(1)
        .into_tuple::<Uuid>()
        .one(db)
        .await?
        .is_some();
    let backlog = last - wm.as_ref().map_or(0, |w| w.last_seq);
    if backlog > i64::try_from(DEFAULT_BATCH).unwrap_or(i64::MAX) {
        // Far behind (a sweep fired thousands of rules, say): one background task catches up
        // while reads go on with the figures as they are, instead of every read waiting on it.
        catch_up_in_background(store, now);
    } else if behind || due {
        // One batch: what interactive use leaves behind between two reads.
        refresh(store, now, DEFAULT_BATCH, 1).await?;
    }
    Ok(())
}

/// Starts a refresh to the end of the log in a task of its own, unless this process already has
/// one running.
fn catch_up_in_background(store: &Store, now: DateTime<Utc>) {
    use std::sync::atomic::Ordering;
    if store.metrics_catching_up.swap(true, Ordering::AcqRel) {
        return;
    }
    let store = store.clone();
    tokio::spawn(async move {
        if let Err(e) = refresh(&store, now, DEFAULT_BATCH, u32::MAX).await {
            tracing::warn!(error = %e, "catching up the metric rollups failed");
        }
        store.metrics_catching_up.store(false, Ordering::Release);
    });
}

/// Every ticket's contributions from all events up to `end_seq`, page by page; with `write`,
/// stored as it goes.
async fn compute_all<C: ConnectionTrait>(
    db: &C,
    as_of: DateTime<Utc>,
    end_seq: i64,
    calendars: &Calendars,
    write: Option<DateTime<Utc>>,
) -> StoreResult<BTreeMap<SlotKey, SlotTotals>> {
    let mut totals: BTreeMap<SlotKey, SlotTotals> = BTreeMap::new();
    let mut after: Option<Uuid> = None;
    loop {
        let mut q = ticket::Entity::find()
            .select_only()
            .column(ticket::Column::Id)
            .order_by_asc(ticket::Column::Id)
            .limit(TICKET_CHUNK as u64);
        if let Some(a) = after {
            q = q.filter(ticket::Column::Id.gt(a));
        }
        let ids: Vec<Uuid> = q.into_tuple::<Uuid>().all(db).await?;
        let Some(last) = ids.last() else { break };
        after = Some(*last);
        let computed = compute_tickets(db, &ids, end_seq, calendars, as_of).await?;
        let mut contribution_rows = Vec::new();
        let mut reply_rows = Vec::new();
        for (ticket_id, tp) in &computed {
            for (key, part) in &tp.parts {
                let t = totals.entry(key.clone()).or_default();
                t.counts += part.counts;
                if let Some(h) = part.hours {
                    t.reply.add(h);
                }
                if let (Some(h), Some(_)) = (part.hours, write) {
                    reply_rows.push(metric_reply_time::ActiveModel {
                        ticket_id: Set(*ticket_id),
                        slot: Set(key.slot()),
                        hours: Set(h),
                    });
                }
            }
            if let Some(now) = write
                && (!tp.parts.is_empty() || tp.due_at.is_some())
            {
                contribution_rows.push(metric_contribution::ActiveModel {
                    ticket_id: Set(*ticket_id),
                    contributions: Set(stored(&tp.parts)),
                    due_at: Set(tp.due_at),
                    updated_at: Set(now),
                });
            }
        }
        if write.is_some() {
            metric_contribution::Entity::insert_many(contribution_rows)
                .exec_without_returning(db)
                .await?;
            metric_reply_time::Entity::insert_many(reply_rows)
                .exec_without_returning(db)
                .await?;
        }
        if ids.len() < TICKET_CHUNK {
            break;
        }
    }
    Ok(totals)
}

/// What the rollups would hold as of `as_of` if they were computed from scratch from the events:
/// the reference the incremental refresh is checked against. Reads only.
pub async fn recompute(
    store: &Store,
    as_of: DateTime<Utc>,
) -> StoreResult<BTreeMap<SlotKey, SlotTotals>> {
    let db = &store.db;
    let calendars = load_calendars(db).await?;
    let end_seq = crate::chain::last_seq(db).await?;
    compute_all(
        db,
        crate::chain::db_instant(as_of),
        end_seq,
        &calendars,
        None,
    )
    .await
}

/// The rollups as stored, with the instant they are current as of.
pub async fn snapshot(
    store: &Store,
) -> StoreResult<(Option<DateTime<Utc>>, BTreeMap<SlotKey, SlotTotals>)> {
    let db = &store.db;
    let as_of = metric_watermark::Entity::find_by_id(1)
        .one(db)
        .await?
        .and_then(|w| w.as_of);
    let mut out = BTreeMap::new();
    for r in metric_rollup::Entity::find().all(db).await? {
        out.insert(
            SlotKey::of_row(&r)?,
            SlotTotals {
                counts: row_counts(&r),
                reply: row_sketch(&r)?,
            },
        );
    }
    Ok((as_of, out))
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RebuildReport {
    pub rows: u64,
    pub last_seq: i64,
}

/// Throws the rollups away and recomputes them from the whole event log, in one transaction
/// (`minsheng metrics rebuild`). Needed after a calendar or the city's time zone changes, since
/// reply times and days already counted are not rewritten by later events.
pub async fn rebuild(store: &Store, now: DateTime<Utc>) -> StoreResult<RebuildReport> {
    let now = crate::chain::db_instant(now);
    let w = store.write().await?;
    let db = w.conn();
    let wm = lock_watermark(db).await?;
    let as_of = wm.as_of.map_or(now, |a| a.max(now));
    let calendars = load_calendars(db).await?;
    let end_seq = crate::chain::last_seq(db).await?;
    metric_rollup::Entity::delete_many().exec(db).await?;
    metric_reply_time::Entity::delete_many().exec(db).await?;
    metric_contribution::Entity::delete_many().exec(db).await?;
    let totals = compute_all(db, as_of, end_seq, &calendars, Some(now)).await?;
    let mut rows = Vec::with_capacity(totals.len());
    for (key, t) in &totals {
        rows.push(rollup_model(key, &t.counts, &t.reply, now)?);
    }
    for chunk in rows.chunks(ROW_CHUNK) {
        metric_rollup::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    set_watermark(db, end_seq, as_of, now).await?;
    w.commit().await?;
    Ok(RebuildReport {
        rows: totals.len() as u64,
        last_seq: end_seq,
    })
}
