//! Public transparency queries (SPEC §9): per-department and per-category figures for a past
//! month, for anyone, signed in or not. The published SLA targets are `slaPolicy`. What is
//! published and what is suppressed is decided in `crate::transparency`.

use super::context::ContextExt;
use super::views::{Category, Department};
use crate::transparency::{self, PublishedTable};
use async_graphql::{Context, Object, SimpleObject};
use minsheng_domain::disclosure::{Cell, PublicFigures};

/// A published count. `value` is null when it is suppressed.
#[derive(SimpleObject, Clone, Copy)]
pub struct PublicCount {
    pub value: Option<u64>,
    /// Built from 1–4 tickets, so not shown (also set on the smallest other volume when only
    /// one volume in a table would be suppressed).
    pub suppressed: bool,
}

/// A published rate (0–1) or duration (working hours). `value` is null when it is suppressed,
/// or when there is nothing to compute it from (no tickets of that kind).
#[derive(SimpleObject, Clone, Copy)]
pub struct PublicValue {
    pub value: Option<f64>,
    /// Built from 1–4 tickets, so not shown.
    pub suppressed: bool,
}

impl From<Cell<u64>> for PublicCount {
    fn from(c: Cell<u64>) -> Self {
        PublicCount {
            value: c.value(),
            suppressed: c.is_suppressed(),
        }
    }
}

impl From<Cell<f64>> for PublicValue {
    fn from(c: Cell<f64>) -> Self {
        PublicValue {
            value: c.value(),
            suppressed: c.is_suppressed(),
        }
    }
}

/// The published figures of one department or category over one month.
#[derive(SimpleObject, Clone, Copy)]
pub struct PublicStats {
    /// Tickets dispatched in the month.
    pub tickets: PublicCount,
    /// 按时签收率: of the tickets dispatched, accepted by their deadline.
    pub on_time_accept_rate: PublicValue,
    /// 按时办结率: of the tickets whose reply fell due in the month, replied by then.
    pub on_time_reply_rate: PublicValue,
    /// Median reply time in working hours, of the replies given in the month.
    pub median_reply_hours: PublicValue,
    /// 解决率: of the ratings given in the month, "solved".
    pub resolution_rate: PublicValue,
    /// 满意率: of the ratings given in the month, satisfied.
    pub satisfaction_rate: PublicValue,
}

impl From<PublicFigures> for PublicStats {
    fn from(f: PublicFigures) -> Self {
        PublicStats {
            tickets: f.volume.into(),
            on_time_accept_rate: f.on_time_accept.into(),
            on_time_reply_rate: f.on_time_reply.into(),
            median_reply_hours: f.median_reply_hours.into(),
            resolution_rate: f.resolution.into(),
            satisfaction_rate: f.satisfaction.into(),
        }
    }
}

#[derive(SimpleObject)]
pub struct PublicDepartmentStats {
    pub department: Department,
    pub stats: PublicStats,
}

#[derive(SimpleObject)]
pub struct PublicCategoryStats {
    pub category: Category,
    pub stats: PublicStats,
}

/// One month's published figures per department.
#[derive(SimpleObject)]
pub struct PublicDepartmentTable {
    /// `YYYY-MM`.
    pub month: String,
    /// Figures built from fewer tickets than this are suppressed.
    pub minimum_count: u64,
    pub rows: Vec<PublicDepartmentStats>,
}

/// One month's published figures per category.
#[derive(SimpleObject)]
pub struct PublicCategoryTable {
    /// `YYYY-MM`.
    pub month: String,
    /// Figures built from fewer tickets than this are suppressed.
    pub minimum_count: u64,
    pub rows: Vec<PublicCategoryStats>,
}

fn header<T>(t: &PublishedTable<T>) -> (String, u64) {
    (t.month.to_string(), t.min_cell)
}

#[derive(Default)]
pub struct TransparencyQuery;

#[Object]
impl TransparencyQuery {
    /// Public figures per department for a month that has ended (`YYYY-MM`; default: last
    /// month). Each department's own tickets; no login needed.
    async fn public_department_stats(
        &self,
        ctx: &Context<'_>,
        month: Option<String>,
    ) -> async_graphql::Result<PublicDepartmentTable> {
        let now = ctx.now();
        let m = transparency::published_month(ctx.store(), month.as_deref(), now).await?;
        let t = transparency::departments(ctx.store(), m, now).await?;
        let (month, minimum_count) = header(&t);
        Ok(PublicDepartmentTable {
            month,
            minimum_count,
            rows: t
                .rows
                .into_iter()
                .map(|r| PublicDepartmentStats {
                    department: Department(r.subject),
                    stats: r.figures.into(),
                })
                .collect(),
        })
    }

    /// Public figures per category for a month that has ended (`YYYY-MM`; default: last month).
    /// No login needed.
    async fn public_category_stats(
        &self,
        ctx: &Context<'_>,
        month: Option<String>,
    ) -> async_graphql::Result<PublicCategoryTable> {
        let now = ctx.now();
        let m = transparency::published_month(ctx.store(), month.as_deref(), now).await?;
        let t = transparency::categories(ctx.store(), m, now).await?;
        let (month, minimum_count) = header(&t);
        Ok(PublicCategoryTable {
            month,
            minimum_count,
            rows: t
                .rows
                .into_iter()
                .map(|r| PublicCategoryStats {
                    category: Category(r.subject),
                    stats: r.figures.into(),
                })
                .collect(),
        })
    }
}
