//! `GET /export/tickets.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&departmentId=…]`: the supervisors'
//! export of the tickets filed on those local days, with every milestone and the working time
//! between them. Authenticated with the same bearer token as the API; supervisors only.
//!
//! Instants are written in the city calendar's time zone (RFC 3339 with the offset), durations
//! in working hours with two decimals. Empty cells are milestones not reached.

use super::HttpState;
use super::csv::{Cell, Csv, error_response, number};
use crate::auth::Viewer;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use minsheng_domain::Role;
use minsheng_store::oversight::export;
use serde::Deserialize;

pub fn routes() -> Router<HttpState> {
    Router::new().route("/export/tickets.csv", get(tickets))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportParams {
    pub from: Option<String>,
    pub to: Option<String>,
    pub department_id: Option<String>,
}

const COLUMNS: &[&str] = &[
    "reference",
    "kind",
    "priority",
    "channel",
    "state",
    "category_code",
    "department_code",
    "filed_at",
    "dispatched_at",
    "accepted_at",
    "replied_at",
    "closed_at",
    "accept_due",
    "reply_due",
    "working_hours_filed_to_dispatched",
    "working_hours_dispatched_to_accepted",
    "working_hours_dispatched_to_replied",
    "reply_working_hours",
    "working_hours_replied_to_closed",
    "departments",
    "redos",
    "returns",
    "supervision_orders",
];

fn day(field: &'static str, v: Option<&str>) -> ApiResult<NaiveDate> {
    let v = v.ok_or_else(|| ApiError::bad_input(field, "is required (YYYY-MM-DD)"))?;
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .map_err(|_| ApiError::bad_input(field, "must be a date like 2026-10-01"))
}

async fn export_csv(app: &AppState, viewer: Viewer, p: ExportParams) -> ApiResult<Response> {
    let who = viewer.require_role(&[Role::Supervisor])?.principal();
    let from = day("from", p.from.as_deref())?;
    let to = day("to", p.to.as_deref())?;
    let department = p
        .department_id
        .as_deref()
        .map(|d| {
            d.parse()
                .map_err(|_| ApiError::bad_input("departmentId", "is not a valid id"))
        })
        .transpose()?;
    let rows = export::tickets(&app.store, &who, from, to, department)
        .await
        .map_err(ApiError::from)?;
    let tz = minsheng_store::policy::load_policy(app.store.connection(), None)
        .await
        .map_err(ApiError::from)?
        .calendar
        .tz();
    let at = |t: Option<DateTime<Utc>>| match t {
        Some(t) => Cell::Plain(
            t.with_timezone(&tz)
                .to_rfc3339_opts(SecondsFormat::Secs, false),
        ),
        None => Cell::Empty,
    };
    let hours = |h: Option<f64>| h.map_or(Cell::Empty, |h| Cell::Plain(number(h, 2)));
    let mut csv = Csv::new(COLUMNS);
    for r in &rows {
        csv.row([
            Cell::Text(&r.reference),
            Cell::Plain(r.kind.clone()),
            Cell::Plain(r.priority.clone()),
            Cell::Plain(r.channel.clone()),
            Cell::Plain(r.state.clone()),
            r.category_code.as_deref().map_or(Cell::Empty, Cell::Text),
            r.department_code.as_deref().map_or(Cell::Empty, Cell::Text),
            at(Some(r.filed_at)),
            at(r.dispatched_at),
            at(r.accepted_at),
            at(r.replied_at),
            at(r.closed_at),
            at(r.accept_due),
            at(r.reply_due),
            hours(r.hours_filed_to_dispatched),
            hours(r.hours_dispatched_to_accepted),
            hours(r.hours_dispatched_to_replied),
            hours(r.reply_working_hours),
            hours(r.hours_replied_to_closed),
            Cell::Plain(r.department_count.to_string()),
            Cell::Plain(r.redo_count.to_string()),
            Cell::Plain(r.return_count.to_string()),
            Cell::Plain(r.supervision_orders.to_string()),
        ]);
    }
    Ok(csv.into_response(&format!("minsheng-tickets-{from}-to-{to}.csv"), "no-store"))
}

/// `GET /export/tickets.csv`
pub async fn tickets(
    State(app): State<AppState>,
    viewer: Viewer,
    Query(p): Query<ExportParams>,
) -> Response {
    export_csv(&app, viewer, p)
        .await
        .unwrap_or_else(error_response)
}
