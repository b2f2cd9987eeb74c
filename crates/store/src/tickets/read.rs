//! Reading tickets, always through the viewer's scope: a resident sees their own tickets, staff
//! their department's, agents and supervisors everything. The scope is part of every query, so
//! no caller can forget it.

use super::file::hash_secret;
use super::state_of;
use crate::Store;
use crate::chain::{EventActor, append_event, db_instant};
use crate::entity::positional::{ByPosition, Positional};
use crate::entity::{extension_request, identity_view, ticket, ticket_event, ticket_message};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use chrono::{DateTime, Utc};
use minsheng_domain::input::{Email, Phone, Reference, mask_name};
use minsheng_domain::{Priority, Role, State};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QueryTrait, Statement,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// A ticket as the viewer may see it. Confidential complainants' details are masked unless the
/// viewer explicitly revealed them (which is logged).
#[derive(Debug, Clone)]
pub struct TicketRecord {
    pub ticket: ticket::Model,
    pub identity_masked: bool,
}

/// Masks a confidential complainant, except for the complainant themselves.
fn mask_for(who: &Principal, t: ticket::Model) -> TicketRecord {
    if who.relation(&t) == minsheng_domain::lifecycle::Relation::Owner {
        return TicketRecord {
            ticket: t,
            identity_masked: false,
        };
    }
    mask(t)
}

fn mask(mut t: ticket::Model) -> TicketRecord {
    if !t.confidential {
        return TicketRecord {
            ticket: t,
            identity_masked: false,
        };
    }
    t.contact_name = t.contact_name.as_deref().map(mask_name);
    t.contact_email = t.contact_email.as_deref().map(|e| {
        Email::parse(e)
            .map(|e| e.masked())
            .unwrap_or_else(|_| "***".into())
    });
    t.contact_phone = t.contact_phone.as_deref().map(|p| {
        Phone::parse(p)
            .map(|p| p.masked())
            .unwrap_or_else(|_| "****".into())
    });
    TicketRecord {
        ticket: t,
        identity_masked: true,
    }
}

/// Whose tickets a viewer may read: the one rule behind every ticket query's scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ScopeKey {
    /// Agents, supervisors and the system: every ticket.
    All,
    /// A resident: the tickets they filed or that concern them.
    Resident(Uuid),
    /// Staff: their department's tickets.
    Department(Uuid),
}

impl ScopeKey {
    pub(crate) fn of(who: &Principal) -> StoreResult<Self> {
        match *who {
            Principal::System
            | Principal::User {
                role: Role::Agent | Role::Supervisor,
                ..
            } => Ok(ScopeKey::All),
            Principal::User {
                id,
                role: Role::Resident,
                ..
            } => Ok(ScopeKey::Resident(id)),
            Principal::User {
                role: Role::Staff,
                department_id: Some(d),
                ..
            } => Ok(ScopeKey::Department(d)),
            _ => Err(StoreError::Forbidden(
                "this account cannot read tickets".into(),
            )),
        }
    }

    /// The rows of this scope, as a condition to add to any ticket query.
    pub(crate) fn condition(self) -> Condition {
        match self {
            ScopeKey::All => Condition::all(),
            ScopeKey::Resident(id) => Condition::any()
                .add(ticket::Column::ResidentId.eq(id))
                .add(ticket::Column::FiledById.eq(id)),
            ScopeKey::Department(d) => Condition::all().add(ticket::Column::DepartmentId.eq(d)),
        }
    }
}

/// The rows `who` may read, as a condition to add to any ticket query.
pub fn scope(who: &Principal) -> StoreResult<Condition> {
    Ok(ScopeKey::of(who)?.condition())
}

/// One ticket by id, if `who` may read it.
/// Requests reading tickets at the same moment share a statement (`super::by_id`).
pub async fn get(store: &Store, who: &Principal, id: Uuid) -> StoreResult<TicketRecord> {
    crate::coalesce::ask::<super::by_id::TicketsById>(store, ScopeKey::of(who)?, id)
        .await?
        .map(|t| mask_for(who, t))
        .ok_or(StoreError::NotFound)
}

/// Several tickets by id, in one query, for DataLoaders: those `who` may not read are left out.
pub async fn get_many(
    store: &Store,
    who: &Principal,
    ids: &[Uuid],
) -> StoreResult<Vec<TicketRecord>> {
    Ok(ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(ids.iter().copied()))
        .filter(scope(who)?)
        .into_model::<ByPosition<ticket::Model>>()
        .all(&store.db)
        .await?
        .into_iter()
        .map(|t| mask_for(who, t.0))
        .collect())
}

/// One ticket by its public reference, if `who` may read it.
pub async fn by_reference(
    store: &Store,
    who: &Principal,
    reference: &Reference,
) -> StoreResult<TicketRecord> {
    ticket::Entity::find()
        .filter(ticket::Column::Reference.eq(reference.as_str()))
        .filter(scope(who)?)
        .one(&store.db)
        .await?
        .map(|t| mask_for(who, t))
        .ok_or(StoreError::NotFound)
}

/// Anonymous tracking: the reference and the secret code together. A wrong code and an unknown
/// reference look the same.
pub async fn track(
    store: &Store,
    reference: &Reference,
    tracking_code: &str,
) -> StoreResult<TicketRecord> {
    let t = ticket::Entity::find()
        .filter(ticket::Column::Reference.eq(reference.as_str()))
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let given = hash_secret(tracking_code);
    match &t.tracking_code_hash {
        Some(h) if constant_time_eq(h.as_bytes(), given.as_bytes()) => {
            // Whoever holds the code sees progress, never personal details.
            let mut t = t;
            t.confidential = true;
            Ok(mask(t))
        }
        _ => Err(StoreError::NotFound),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TicketOrder {
    /// Most urgent first: the department queue.
    ReplyDue,
    /// Newest first.
    #[default]
    FiledDesc,
    /// Oldest first: the agent's inbox.
    FiledAsc,
}

/// Filters over the viewer's scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TicketFilter {
    pub states: Vec<State>,
    pub priority: Option<Priority>,
    pub category_id: Option<Uuid>,
    pub department_id: Option<Uuid>,
    /// Only tickets past their reply deadline and not yet replied (or only those that are not).
    pub overdue: Option<bool>,
    /// Matches the reference, title or description.
    pub text: Option<String>,
    /// Only tickets the viewer filed or owns (residents always get only these).
    pub resident_id: Option<Uuid>,
    /// Only tickets flagged as problem tickets (3+ redos or 3+ departments).
    pub problem: bool,
}

/// One page of a list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub offset: u64,
    pub has_next: bool,
    pub total: u64,
}

fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A page of the tickets `who` may read that match `filter`.
pub async fn list(
    store: &Store,
    who: &Principal,
    filter: &TicketFilter,
    order: TicketOrder,
    offset: u64,
    limit: u64,
    now: DateTime<Utc>,
) -> StoreResult<Page<TicketRecord>> {
    list_counted(store, who, filter, order, (offset, limit), now, true).await
}

/// [`list`], counting every matching ticket (`Page::total`) only when `count_total` is set;
/// otherwise `total` is 0 and the page costs one query less (a queue screen that shows no
/// total does not pay for one).
pub async fn list_counted(
    store: &Store,
    who: &Principal,
    filter: &TicketFilter,
    order: TicketOrder,
    (offset, limit): (u64, u64),
    now: DateTime<Utc>,
    count_total: bool,
) -> StoreResult<Page<TicketRecord>> {
    let key = ScopeKey::of(who)?;
    // A department's page that counts nothing is the queue screen, which sixteen staff may be
    // refreshing at once: on PostgreSQL such pages share a statement, one `LATERAL` page per
    // department (`QueuePages`). `overdue` depends on the request's clock, so those go alone.
    if let Some(department) = filter.department_id
        && store.is_postgres()
        && !count_total
        && filter.overdue.is_none()
    {
        let shape = TicketFilter {
            department_id: None,
            ..filter.clone()
        };
        let (items, has_next) = crate::coalesce::ask::<QueuePages>(
            store,
            (key, shape, order, offset, limit),
            department,
        )
        .await?;
        return Ok(Page {
            items: items.into_iter().map(|t| mask_for(who, t)).collect(),
            offset,
            has_next,
            total: 0,
        });
    }
    let mut cond = filter_condition(key, filter, now);
    if let Some(d) = filter.department_id {
        cond = cond.add(ticket::Column::DepartmentId.eq(d));
    }
    let base = ticket::Entity::find().filter(cond);
    let total = if count_total {
        base.clone().count(&store.db).await?
    } else {
        0
    };
    // LIMIT and OFFSET are written into the SQL, like the states above: with no parameter left
    // but the department, PostgreSQL settles on one generic plan for the queue instead of
    // planning every page afresh (custom plans cost about a fifth of the database's time on a
    // queue page), and the generic plan still reads the queue's partial index.
    let backend = store.db.get_database_backend();
    let mut statement = ordered(base, order, store.is_postgres()).build(backend);
    statement.sql.push_str(&format!(
        " LIMIT {} OFFSET {offset}",
        limit.saturating_add(1)
    ));
    let mut rows = ticket::Entity::find()
        .from_raw_sql(statement)
        .into_model::<ByPosition<ticket::Model>>()
        .all(&store.db)
        .await?;
    let has_next = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok(Page {
        items: rows.into_iter().map(|t| mask_for(who, t.0)).collect(),
        offset,
        has_next,
        total,
    })
}

/// The scope `key` narrowed by `filter`, except its department.
fn filter_condition(key: ScopeKey, filter: &TicketFilter, now: DateTime<Utc>) -> Condition {
    // The scope is a condition of its own: a resident's is an OR (resident or filer), and the
    // filters below must narrow it, not widen it.
    let mut cond = Condition::all().add(key.condition());
    if !filter.states.is_empty() {
        cond = cond.add(states_in(&filter.states));
    }
    if let Some(p) = filter.priority {
        cond = cond.add(ticket::Column::Priority.eq(p.as_str()));
    }
    if let Some(c) = filter.category_id {
        cond = cond.add(ticket::Column::CategoryId.eq(c));
    }
    if let Some(r) = filter.resident_id {
        cond = cond.add(
            Condition::any()
                .add(ticket::Column::ResidentId.eq(r))
                .add(ticket::Column::FiledById.eq(r)),
        );
    }
    let running = [State::Dispatched.as_str(), State::Accepted.as_str()];
    match filter.overdue {
        Some(true) => {
            cond = cond
                .add(ticket::Column::State.is_in(running))
                .add(ticket::Column::ReplyDue.lt(db_instant(now)));
        }
        Some(false) => {
            cond = cond.add(
                Condition::any()
                    .add(ticket::Column::State.is_not_in(running))
                    .add(ticket::Column::ReplyDue.is_null())
                    .add(ticket::Column::ReplyDue.gte(db_instant(now))),
            );
        }
        None => {}
    }
    if filter.problem {
        cond = cond.add(
            Condition::any()
                .add(ticket::Column::RedoCount.gte(3))
                .add(ticket::Column::DepartmentCount.gte(3)),
        );
    }
    if let Some(text) = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let pat = like_pattern(text);
        cond = cond.add(
            Condition::any()
                .add(Expr::col(ticket::Column::Reference).like(pat.clone()))
                .add(Expr::col(ticket::Column::Title).like(pat.clone()))
                .add(Expr::col(ticket::Column::Description).like(pat)),
        );
    }
    cond
}

/// `base` in the order of `order`.
fn ordered(
    base: sea_orm::Select<ticket::Entity>,
    order: TicketOrder,
    postgres: bool,
) -> sea_orm::Select<ticket::Entity> {
    match order {
        // PostgreSQL already sorts NULLs last in ascending order; without the extra `IS NULL`
        // key the department queue index (department_id, reply_due) yields the rows in order, so
        // a page reads about 50 index entries instead of sorting a whole department's queue.
        TicketOrder::ReplyDue if postgres => base
            .order_by_asc(ticket::Column::ReplyDue)
            .order_by_asc(ticket::Column::Id),
        // SQLite sorts NULLs first: the `IS NULL` key puts them last, and the index
        // `tickets_queue_nulls_last_idx` holds that same expression, so it is not sorted either.
        TicketOrder::ReplyDue => base
            .order_by_asc(Expr::col(ticket::Column::ReplyDue).is_null())
            .order_by_asc(ticket::Column::ReplyDue)
            .order_by_asc(ticket::Column::Id),
        TicketOrder::FiledDesc => base
            .order_by_desc(ticket::Column::FiledAt)
            .order_by_desc(ticket::Column::Id),
        TicketOrder::FiledAsc => base
            .order_by_asc(ticket::Column::FiledAt)
            .order_by_asc(ticket::Column::Id),
    }
}

/// Pages of several departments' tickets, one per department, in one statement (PostgreSQL).
/// Keyed by everything else a page is: the scope, the filter without its department, the
/// order, the offset and the page size.
pub(crate) struct QueuePages;

impl crate::coalesce::Batch for QueuePages {
    type Key = (ScopeKey, TicketFilter, TicketOrder, u64, u64);
    /// A department.
    type Item = Uuid;
    /// The page's tickets, unmasked, and whether more follow.
    type Reply = (Vec<ticket::Model>, bool);
    const MAX_ITEMS: usize = 64;
    const READERS: usize = 2;

    fn waiting(store: &Store) -> &crate::coalesce::Waiting<Self> {
        &store.queue_pages
    }

    async fn read(
        store: &Store,
        (key, shape, order, offset, limit): &Self::Key,
        departments: Vec<Uuid>,
    ) -> StoreResult<Vec<Self::Reply>> {
        let mut distinct = departments.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        // Each department's page is the query a page of its own would be, with the department
        // taken from the array: PostgreSQL runs it once per department (a `LATERAL` subquery
        // is a nested loop), over the same partial index and in the same order, and its text
        // is the same however many departments there are.
        // `now` only matters to the overdue filter, which is never batched.
        let cond = filter_condition(*key, shape, Utc::now())
            .add(Expr::cust("\"tickets\".\"department_id\" = d.id"));
        let page = ordered(ticket::Entity::find().filter(cond), *order, true)
            .build(DatabaseBackend::Postgres);
        let mut values = page.values.map(|v| v.0).unwrap_or_default();
        values.push(distinct.into());
        let sql = format!(
            "SELECT t.* FROM unnest(${}::uuid[]) AS d(id) CROSS JOIN LATERAL ({} LIMIT {} OFFSET {offset}) AS t",
            values.len(),
            page.sql,
            limit.saturating_add(1),
        );
        let mut by_department: HashMap<Uuid, Vec<ticket::Model>> = HashMap::new();
        for t in ticket::Entity::find()
            .from_raw_sql(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                sql,
                values,
            ))
            .into_model::<ByPosition<ticket::Model>>()
            .all(&store.db)
            .await?
        {
            if let Some(d) = t.0.department_id {
                by_department.entry(d).or_default().push(t.0);
            }
        }
        let limit = usize::try_from(*limit).unwrap_or(usize::MAX);
        Ok(departments
            .iter()
            .map(|d| {
                let mut rows = by_department.get(d).cloned().unwrap_or_default();
                let has_next = rows.len() > limit;
                rows.truncate(limit);
                (rows, has_next)
            })
            .collect())
    }
}

/// `state IN (…)` with the states' codes written into the SQL rather than passed as parameters:
/// PostgreSQL matches a partial index's predicate (the department queue's) only against constants,
/// so a prepared queue query with parameters here could never use a generic plan. The codes are
/// fixed snake_case words of the vocabulary; anything else would go as parameters.
fn states_in(states: &[State]) -> Expr {
    let codes: Vec<&'static str> = states.iter().map(|s| s.as_str()).collect();
    if codes
        .iter()
        .all(|c| c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
    {
        let quoted: Vec<String> = codes.iter().map(|c| format!("'{c}'")).collect();
        Expr::cust(format!("\"tickets\".\"state\" IN ({})", quoted.join(", ")))
    } else {
        ticket::Column::State.is_in(codes)
    }
}

/// One entry of a ticket's timeline.
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub event: ticket_event::Model,
    /// The text that came with the event (a question, an answer, a reply or a note).
    pub message: Option<ticket_message::Model>,
}

/// Event kinds only officials see.
const OFFICIAL_ONLY: &[&str] = &["note_added", "identity_viewed"];

/// The ticket's history, oldest first. Internal notes are left out for residents.
pub async fn timeline(store: &Store, who: &Principal, id: Uuid) -> StoreResult<Vec<TimelineEntry>> {
    let t = get(store, who, id).await?;
    let official = who.role().is_some_and(Role::is_official) || *who == Principal::System;
    timeline_of(store, t.ticket.id, official).await
}

/// The public timeline of an anonymously tracked ticket.
pub async fn public_timeline(store: &Store, id: Uuid) -> StoreResult<Vec<TimelineEntry>> {
    timeline_of(store, id, false).await
}

async fn timeline_of(store: &Store, id: Uuid, official: bool) -> StoreResult<Vec<TimelineEntry>> {
    let mut q = ticket_event::Entity::find().filter(ticket_event::Column::TicketId.eq(id));
    if !official {
        q = q.filter(ticket_event::Column::Kind.is_not_in(OFFICIAL_ONLY.iter().copied()));
    }
    let events = q
        .order_by_asc(ticket_event::Column::Pos)
        .all(&store.db)
        .await?;
    let mut mq = ticket_message::Entity::find().filter(ticket_message::Column::TicketId.eq(id));
    if !official {
        mq = mq.filter(ticket_message::Column::MessageKind.ne("note"));
    }
    let mut messages = mq.all(&store.db).await?;
    Ok(events
        .into_iter()
        .map(|event| {
            let message = messages
                .iter()
                .position(|m| m.event_id == event.id)
                .map(|i| messages.swap_remove(i));
            TimelineEntry { event, message }
        })
        .collect())
}

/// What [`latest_events`] reads of each event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventColumns {
    /// Everything but the chain hashes (`prev_hash` and `hash` come back `None`): a queue row
    /// never shows them.
    WithPayload,
    /// Nor the payload, which comes back JSON `null`: for a page that shows only what happened
    /// and when, so that no event's payload is read and parsed for nothing.
    WithoutPayload,
}

/// The latest `n` events of each ticket in `ids`, newest first, for queue pages (one query).
/// The caller has already established that the viewer may read these tickets; `official` decides
/// whether officials-only events are included. Only those `n` are read per ticket: on PostgreSQL
/// each ticket's newest events come from the `(ticket_id, pos)` index through a `LATERAL`
/// subquery, and SQLite ranks them with a window function. `columns` says what is read of each.
/// Pages asking for the same `n`, `official` and `columns` at the same moment share one
/// statement (`crate::coalesce`).
pub async fn latest_events(
    store: &Store,
    ids: &[Uuid],
    n: usize,
    official: bool,
    columns: EventColumns,
) -> StoreResult<Vec<ticket_event::Model>> {
    if ids.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    crate::coalesce::ask::<LatestEvents>(store, (n, official, columns), ids.to_vec()).await
}

/// The latest events of several pages' tickets: keyed by what is read of each ticket, one page's
/// ids per item.
pub(crate) struct LatestEvents;

impl crate::coalesce::Batch for LatestEvents {
    type Key = (usize, bool, EventColumns);
    type Item = Vec<Uuid>;
    type Reply = Vec<ticket_event::Model>;
    /// Pages of up to a few hundred rows: SQLite's parameters stay under its limit.
    const MAX_ITEMS: usize = 32;
    const READERS: usize = 2;

    fn waiting(store: &Store) -> &crate::coalesce::Waiting<Self> {
        &store.latest_events
    }

    async fn read(
        store: &Store,
        key: &Self::Key,
        pages: Vec<Vec<Uuid>>,
    ) -> StoreResult<Vec<Vec<ticket_event::Model>>> {
        let mut ids: Vec<Uuid> = pages.iter().flatten().copied().collect();
        ids.sort_unstable();
        ids.dedup();
        let mut by_ticket: HashMap<Uuid, Vec<ticket_event::Model>> = HashMap::new();
        for e in latest_events_now(store, &ids, key).await? {
            if let Some(t) = e.ticket_id {
                by_ticket.entry(t).or_default().push(e);
            }
        }
        Ok(pages
            .iter()
            .map(|page| {
                let mut events: Vec<ticket_event::Model> = page
                    .iter()
                    .filter_map(|t| by_ticket.get(t))
                    .flatten()
                    .cloned()
                    .collect();
                // Newest first, as one statement for this page alone would have read them.
                events.sort_unstable_by_key(|e| std::cmp::Reverse(e.pos));
                events
            })
            .collect())
    }
}

/// [`latest_events`] of `ids`, read at once with a statement of its own.
async fn latest_events_now(
    store: &Store,
    ids: &[Uuid],
    &(n, official, columns): &<LatestEvents as crate::coalesce::Batch>::Key,
) -> StoreResult<Vec<ticket_event::Model>> {
    let backend = store.db.get_database_backend();
    let postgres = backend == DatabaseBackend::Postgres;
    let mut values: Vec<sea_orm::Value> = Vec::new();
    let mut param = |v: sea_orm::Value| {
        values.push(v);
        if postgres {
            format!("${}", values.len())
        } else {
            "?".to_owned()
        }
    };
    let limit = i64::try_from(n).unwrap_or(i64::MAX);
    // The model's columns in its order, so that the rows are decoded by position.
    let select = ticket_event::Model::COLUMNS
        .iter()
        .map(|&column| match column {
            "payload" if columns == EventColumns::WithPayload => column,
            "payload" if postgres => "'null'::jsonb AS payload",
            "payload" => "'null' AS payload",
            "prev_hash" => "CAST(NULL AS TEXT) AS prev_hash",
            "hash" => "CAST(NULL AS TEXT) AS hash",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = if postgres {
        // The ids go as one array and the limit is written in: the statement's text and its
        // parameters are the same for any page, so PostgreSQL plans it once per connection.
        let tickets = param(ids.to_vec().into());
        let hidden = hidden_kinds(official, &mut param);
        format!(
            "SELECT e.* FROM unnest({tickets}::uuid[]) AS t(id) CROSS JOIN LATERAL (\
             SELECT {select} FROM ticket_events WHERE ticket_id = t.id{hidden} \
             ORDER BY pos DESC LIMIT {limit}) e ORDER BY e.pos DESC"
        )
    } else {
        let tickets: Vec<String> = ids.iter().map(|id| param((*id).into())).collect();
        let hidden = hidden_kinds(official, &mut param);
        format!(
            "SELECT * FROM (SELECT {select}, row_number() OVER (PARTITION BY ticket_id ORDER BY pos DESC) \
             AS latest_rank FROM ticket_events WHERE ticket_id IN ({}){hidden}) \
             WHERE latest_rank <= {} ORDER BY pos DESC",
            tickets.join(", "),
            param(limit.into()),
        )
    };
    Ok(ticket_event::Entity::find()
        .from_raw_sql(Statement::from_sql_and_values(backend, sql, values))
        .into_model::<ByPosition<ticket_event::Model>>()
        .all(&store.db)
        .await?
        .into_iter()
        .map(|e| e.0)
        .collect())
}

/// ` AND kind NOT IN (…)` for viewers who are not officials, with its parameters.
fn hidden_kinds(official: bool, param: &mut impl FnMut(sea_orm::Value) -> String) -> String {
    if official {
        return String::new();
    }
    let kinds: Vec<String> = OFFICIAL_ONLY.iter().map(|k| param((*k).into())).collect();
    format!(" AND kind NOT IN ({})", kinds.join(", "))
}

/// Pending extension requests of one ticket (for the agent deciding them).
pub async fn extension_requests(
    store: &Store,
    who: &Principal,
    ticket_id: Uuid,
) -> StoreResult<Vec<extension_request::Model>> {
    let t = get(store, who, ticket_id).await?;
    Ok(extension_request::Entity::find()
        .filter(extension_request::Column::TicketId.eq(t.ticket.id))
        .order_by_asc(extension_request::Column::CreatedAt)
        .all(&store.db)
        .await?)
}

/// A confidential complainant's real details, for agents and supervisors only. Every reveal is
/// logged in the view log and in the audit chain (SPEC §3, §9).
pub async fn reveal_identity(
    store: &Store,
    who: &Principal,
    ticket_id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<ticket::Model> {
    let (viewer, role) = match *who {
        Principal::User {
            id,
            role: role @ (Role::Agent | Role::Supervisor),
            ..
        } => (id, role),
        Principal::User { .. } => {
            return Err(StoreError::Forbidden(
                "only the hotline centre and supervisors can see a confidential complainant".into(),
            ));
        }
        _ => return Err(StoreError::Forbidden("sign in first".into())),
    };
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let t = ticket::Entity::find_by_id(ticket_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    if t.confidential {
        identity_view::Entity::insert(identity_view::ActiveModel {
            id: Set(Uuid::now_v7()),
            ticket_id: Set(t.id),
            viewer_id: Set(viewer),
            viewer_role: Set(role.as_str().into()),
            viewed_at: Set(now),
        })
        .exec_without_returning(txn)
        .await?;
        append_event(
            txn,
            Some(t.id),
            EventActor::person(viewer, role),
            "identity_viewed",
            json!({ "state": state_of(&t)? }),
            now,
        )
        .await?;
    }
    w.commit().await?;
    Ok(t)
}
