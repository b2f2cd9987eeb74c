//! The supervisors' ticket export: one row per ticket with every milestone (filed, dispatched,
//! accepted, replied, closed) taken from the event log, and the working time between them.

use super::require_supervisor;
use crate::Store;
use crate::entity::{category, department, ticket, ticket_event};
use crate::error::{StoreError, StoreResult};
use crate::metrics::DepartmentTree;
use crate::metrics::history::{Calendars, fold};
use crate::metrics::rollup::load_calendars;
use crate::principal::Principal;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// The most rows one export returns; a longer period must be exported in parts.
pub const MAX_EXPORT_ROWS: u64 = 50_000;

const PAGE: u64 = 500;

/// One exported ticket. Working hours are on the calendar of the department concerned (the
/// city's for filing to dispatch).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub reference: String,
    pub kind: String,
    pub priority: String,
    pub channel: String,
    pub state: String,
    pub category_code: Option<String>,
    /// The department holding the ticket now.
    pub department_code: Option<String>,
    pub filed_at: DateTime<Utc>,
    /// The first dispatch.
    pub dispatched_at: Option<DateTime<Utc>>,
    /// The first accept.
    pub accepted_at: Option<DateTime<Utc>>,
    /// The first reply.
    pub replied_at: Option<DateTime<Utc>>,
    /// The last close that no redo undid.
    pub closed_at: Option<DateTime<Utc>>,
    pub accept_due: Option<DateTime<Utc>>,
    pub reply_due: Option<DateTime<Utc>>,
    /// Filing to first dispatch.
    pub hours_filed_to_dispatched: Option<f64>,
    /// First dispatch to first accept.
    pub hours_dispatched_to_accepted: Option<f64>,
    /// First dispatch to first reply, including any time awaiting the resident.
    pub hours_dispatched_to_replied: Option<f64>,
    /// The replying department's reply time as the metrics count it: from the start of its reply
    /// clock, less the time awaiting the resident.
    pub reply_working_hours: Option<f64>,
    /// First reply to close.
    pub hours_replied_to_closed: Option<f64>,
    pub department_count: i32,
    pub redo_count: i32,
    pub return_count: i32,
    pub supervision_orders: u32,
}

fn hours(d: Duration) -> f64 {
    d.num_seconds() as f64 / 3600.0
}

fn working(
    calendars: &Calendars,
    department: Option<Uuid>,
    a: Option<DateTime<Utc>>,
    b: Option<DateTime<Utc>>,
) -> Option<f64> {
    let (a, b) = (a?, b?);
    Some(hours(
        calendars.for_department(department).working_between(a, b),
    ))
}

/// The first instant of local day `d` in the city calendar's time zone.
fn local_midnight(calendars: &Calendars, d: NaiveDate) -> DateTime<Utc> {
    let naive = d.and_time(chrono::NaiveTime::MIN);
    calendars
        .city
        .tz()
        .from_local_datetime(&naive)
        .earliest()
        .map_or_else(|| naive.and_utc(), |t| t.with_timezone(&Utc))
}

/// Tickets filed on the local days `[from, to)`, optionally only those now held by `department`
/// or a department below it; oldest first. Supervisors only.
pub async fn tickets(
    store: &Store,
    who: &Principal,
    from: NaiveDate,
    to: NaiveDate,
    department: Option<Uuid>,
) -> StoreResult<Vec<ExportRow>> {
    require_supervisor(who)?;
    if from >= to {
        return Err(StoreError::invalid("to", "must be after `from`"));
    }
    let db = &store.db;
    let calendars = load_calendars(db).await?;
    let mut cond = Condition::all()
        .add(ticket::Column::FiledAt.gte(local_midnight(&calendars, from)))
        .add(ticket::Column::FiledAt.lt(local_midnight(&calendars, to)));
    if let Some(d) = department {
        let tree = DepartmentTree::load(store).await?;
        cond = cond.add(ticket::Column::DepartmentId.is_in(tree.subtree(d)));
    }
    let base = ticket::Entity::find().filter(cond);
    let count = base.clone().count(db).await?;
    if count > MAX_EXPORT_ROWS {
        return Err(StoreError::invalid(
            "to",
            format!(
                "{count} tickets were filed in this period; export at most {MAX_EXPORT_ROWS} at a time"
            ),
        ));
    }
    let departments: HashMap<Uuid, String> = department::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.code))
        .collect();
    let categories: HashMap<Uuid, String> = category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.code))
        .collect();
    let mut out = Vec::new();
    let mut page = 0;
    loop {
        let tickets = base
            .clone()
            .order_by_asc(ticket::Column::FiledAt)
            .order_by_asc(ticket::Column::Id)
            .paginate(db, PAGE)
            .fetch_page(page)
            .await?;
        if tickets.is_empty() {
            break;
        }
        page += 1;
        let events = ticket_event::Entity::find()
            .filter(ticket_event::Column::TicketId.is_in(tickets.iter().map(|t| t.id)))
            .order_by_asc(ticket_event::Column::Pos)
            .all(db)
            .await?;
        let mut by_ticket: HashMap<Uuid, Vec<ticket_event::Model>> = HashMap::new();
        for e in events {
            if let Some(t) = e.ticket_id {
                by_ticket.entry(t).or_default().push(e);
            }
        }
        for t in &tickets {
            let history = fold(
                by_ticket.get(&t.id).map(Vec::as_slice).unwrap_or_default(),
                &calendars,
            );
            let m = &history.milestones;
            let replier = history
                .handlings
                .iter()
                .filter(|h| h.summary.replied_at.is_some())
                .min_by_key(|h| h.summary.replied_at);
            let replier_dept = replier.map(|h| h.department_id);
            out.push(ExportRow {
                reference: t.reference.clone(),
                kind: t.kind.clone(),
                priority: t.priority.clone(),
                channel: t.channel.clone(),
                state: t.state.clone(),
                category_code: t.category_id.and_then(|c| categories.get(&c).cloned()),
                department_code: t.department_id.and_then(|d| departments.get(&d).cloned()),
                filed_at: t.filed_at,
                dispatched_at: m.dispatched_at,
                accepted_at: m.accepted_at,
                replied_at: m.replied_at,
                closed_at: m.closed_at,
                accept_due: t.accept_due,
                reply_due: t.reply_due,
                hours_filed_to_dispatched: working(
                    &calendars,
                    None,
                    m.filed_at.or(Some(t.filed_at)),
                    m.dispatched_at,
                ),
                hours_dispatched_to_accepted: working(
                    &calendars,
                    m.first_department,
                    m.dispatched_at,
                    m.accepted_at,
                ),
                hours_dispatched_to_replied: working(
                    &calendars,
                    replier_dept.or(m.first_department),
                    m.dispatched_at,
                    m.replied_at,
                ),
                reply_working_hours: replier.and_then(|h| h.summary.reply_working_hours),
                hours_replied_to_closed: working(
                    &calendars,
                    replier_dept,
                    m.replied_at,
                    m.closed_at,
                ),
                department_count: t.department_count,
                redo_count: t.redo_count,
                return_count: t.return_count,
                supervision_orders: m.supervision_orders,
            });
        }
    }
    Ok(out)
}
