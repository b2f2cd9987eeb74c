//! Public transparency (SPEC §9): the figures anyone may see without signing in, per department
//! and per category, shared by the public GraphQL queries and the `/open-data/` downloads.
//!
//! Privacy rules (SPEC §10), all here so both outlets apply them alike:
//! - only figures, never a ticket, a name or an address;
//! - only whole calendar months that have ended: arbitrary or still-running periods could be
//!   subtracted from each other to single out one ticket;
//! - each department with its own tickets only, never a district's subtree total (the total less
//!   the published street offices would give the district's own small counts away);
//! - any figure built from fewer than 5 tickets is suppressed, and a lone suppressed volume takes
//!   the next smallest with it (`minsheng_domain::disclosure`).

use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, Utc};
use minsheng_domain::disclosure::{DisclosureRule, PublicFigures, publish_table};
use minsheng_store::Store;
use minsheng_store::entity::{category, department};
use minsheng_store::metrics::{Month, SlotTotals, query};

/// One published row.
#[derive(Debug, Clone)]
pub struct PublishedRow<T> {
    pub subject: T,
    pub figures: PublicFigures,
}

/// A published table: one month, its rows, and the threshold applied.
#[derive(Debug, Clone)]
pub struct PublishedTable<T> {
    pub month: Month,
    pub min_cell: u64,
    pub rows: Vec<PublishedRow<T>>,
}

/// The month to publish: `requested` (`YYYY-MM`) if it has ended, else the last month that has.
pub async fn published_month(
    store: &Store,
    requested: Option<&str>,
    now: DateTime<Utc>,
) -> ApiResult<Month> {
    let today = query::city_day(store, now).await.map_err(ApiError::from)?;
    let current = Month::of(today);
    match requested.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(current.previous()),
        Some(raw) => {
            let m = Month::parse(raw)
                .ok_or_else(|| ApiError::bad_input("month", "must be a month like 2026-10"))?;
            if m >= current {
                return Err(ApiError::bad_input(
                    "month",
                    format!("figures for {m} are published once the month has ended"),
                ));
            }
            Ok(m)
        }
    }
}

fn table<T>(month: Month, rows: Vec<(T, SlotTotals)>) -> PublishedTable<T> {
    let rule = DisclosureRule::default();
    let totals: Vec<_> = rows
        .iter()
        .map(|(_, t)| (t.counts, t.reply.clone()))
        .collect();
    let figures = publish_table(&totals, &rule);
    PublishedTable {
        month,
        min_cell: rule.min_cell,
        rows: rows
            .into_iter()
            .zip(figures)
            .map(|((subject, _), figures)| PublishedRow { subject, figures })
            .collect(),
    }
}

/// Per active department, its own tickets.
pub async fn departments(
    store: &Store,
    month: Month,
    now: DateTime<Utc>,
) -> ApiResult<PublishedTable<department::Model>> {
    let rows = query::public_departments(store, month, now)
        .await
        .map_err(ApiError::from)?;
    Ok(table(month, rows))
}

/// Per active category.
pub async fn categories(
    store: &Store,
    month: Month,
    now: DateTime<Utc>,
) -> ApiResult<PublishedTable<category::Model>> {
    query::current(store, now).await.map_err(ApiError::from)?;
    let rows = query::public_categories(store, month)
        .await
        .map_err(ApiError::from)?;
    Ok(table(month, rows))
}
