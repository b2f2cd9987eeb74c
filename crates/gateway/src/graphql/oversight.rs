//! Oversight (SPEC §9, supervisors): metrics for any period grouped by department (with its
//! subtree), category, kind or channel; trends; monthly rankings; problem tickets; supervision
//! orders and the departments' answers; the confidential-identity view log; and verifying the
//! audit chain. Every metric is read from the rollups, brought up to date first when events
//! arrived since the last read.

use super::context::ContextExt;
use super::tickets::{PageInfoExtra, TicketConnection, connection, ticket_connection};
use super::views::{Category, Channel, Department, TicketKind, parse_id};
use crate::auth::ViewerExt;
use crate::error::{ApiError, ApiResult};
use async_graphql::connection::{Connection, CursorType};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use minsheng_domain::Role;
use minsheng_domain::audit::ChainBreak;
use minsheng_domain::input::Message;
use minsheng_domain::metrics::{MetricCounts, Rates, Weights, composite};
use minsheng_store::metrics::{Interval, MetricFilter, Month, SlotTotals, query};
use minsheng_store::oversight::{audit, identity, problems, supervision};
use minsheng_store::{Principal, Store};
use std::collections::HashMap;

/// Largest page of a list.
const MAX_PAGE: i32 = 100;

fn supervisor(ctx: &Context<'_>) -> ApiResult<Principal> {
    ctx.viewer().require_role(&[Role::Supervisor])?;
    Ok(ctx.viewer().principal())
}

/// Offset cursors, as the ticket lists use them.
fn window(first: Option<i32>, after: Option<String>) -> ApiResult<(u64, u64)> {
    let first = first.unwrap_or(20);
    if !(1..=MAX_PAGE).contains(&first) {
        return Err(ApiError::bad_input(
            "first",
            format!("must be 1 to {MAX_PAGE}"),
        ));
    }
    let offset = match after {
        None => 0,
        Some(c) => {
            // A position that fits in u32: a larger one is no cursor of ours, and would overflow
            // `+ 1` or the SQL OFFSET.
            let idx = u32::decode_cursor(&c)
                .map_err(|_| ApiError::bad_input("after", "is not a cursor from this list"))?;
            u64::from(idx) + 1
        }
    };
    Ok((offset, u64::try_from(first).unwrap_or(20)))
}

fn parse_day(field: &'static str, s: &str) -> ApiResult<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| ApiError::bad_input(field, "must be a date like 2026-10-01"))
}

fn parse_month(s: &str) -> ApiResult<Month> {
    Month::parse(s).ok_or_else(|| ApiError::bad_input("month", "must be a month like 2026-10"))
}

/// Reads the rollups only after they have caught up with the event log.
async fn fresh(store: &Store, now: DateTime<Utc>) -> ApiResult<()> {
    query::current(store, now)
        .await
        .map(drop)
        .map_err(ApiError::from)
}

/// Which tickets a metric covers: local days `from` (inclusive) to `to` (exclusive) in the city
/// calendar, narrowed by any dimension.
#[derive(InputObject)]
pub struct MetricFilterInput {
    /// `YYYY-MM-DD`, inclusive.
    pub from: String,
    /// `YYYY-MM-DD`, exclusive.
    pub to: String,
    /// This department and every department below it.
    pub department_id: Option<ID>,
    pub category_id: Option<ID>,
    pub kind: Option<TicketKind>,
    pub channel: Option<Channel>,
}

impl MetricFilterInput {
    fn into_filter(self) -> ApiResult<MetricFilter> {
        let from = parse_day("from", &self.from)?;
        let to = parse_day("to", &self.to)?;
        if from >= to {
            return Err(ApiError::bad_input("to", "must be after `from`"));
        }
        Ok(MetricFilter {
            from,
            to,
            department_id: self
                .department_id
                .as_ref()
                .map(|d| parse_id(d, "departmentId"))
                .transpose()?,
            category_id: self
                .category_id
                .as_ref()
                .map(|c| parse_id(c, "categoryId"))
                .transpose()?,
            kind: self.kind.map(Into::into),
            channel: self.channel.map(Into::into),
        })
    }
}

/// The weights of the composite score; only their proportions matter.
#[derive(InputObject, Clone, Copy)]
pub struct WeightsInput {
    pub response: f64,
    pub resolution: f64,
    pub satisfaction: f64,
}

fn weights(input: Option<WeightsInput>) -> ApiResult<Weights> {
    let w = input.map_or_else(Weights::default, |w| Weights {
        response: w.response,
        resolution: w.resolution,
        satisfaction: w.satisfaction,
    });
    w.validate()?;
    Ok(w)
}

/// The additive counters every rate is computed from (SPEC §9). Each belongs to the period of
/// its own instant: dispatch, reply deadline, reply or rating.
#[derive(SimpleObject)]
pub struct MetricCountsView {
    pub dispatched: u64,
    pub accepted_on_time: u64,
    pub responded_on_time: u64,
    /// Replies that fell due in the period.
    pub reply_due: u64,
    pub replied_on_time: u64,
    pub replied: u64,
    pub rated: u64,
    pub solved: u64,
    pub satisfied: u64,
    pub reopened: u64,
    pub returns: u64,
    pub upheld_returns: u64,
    pub supervision_orders: u64,
}

impl From<MetricCounts> for MetricCountsView {
    fn from(c: MetricCounts) -> Self {
        MetricCountsView {
            dispatched: c.dispatched,
            accepted_on_time: c.accepted_on_time,
            responded_on_time: c.responded_on_time,
            reply_due: c.reply_due,
            replied_on_time: c.replied_on_time,
            replied: c.replied,
            rated: c.rated,
            solved: c.solved,
            satisfied: c.satisfied,
            reopened: c.reopened,
            returns: c.returns,
            upheld_returns: c.upheld_returns,
            supervision_orders: c.supervision_orders,
        }
    }
}

/// The SPEC §9 rates, each 0–1, null when there is nothing to divide by.
#[derive(SimpleObject)]
pub struct MetricRates {
    /// 按时签收率.
    pub on_time_accept: Option<f64>,
    /// 响应率.
    pub response: Option<f64>,
    /// 按时办结率.
    pub on_time_reply: Option<f64>,
    /// 解决率.
    pub resolution: Option<f64>,
    /// 满意率.
    pub satisfaction: Option<f64>,
    /// 重办率.
    pub redo: Option<f64>,
    /// 退单率.
    pub return_rate: Option<f64>,
    /// 不当退单率.
    pub improper_return: Option<f64>,
}

impl From<Rates> for MetricRates {
    fn from(r: Rates) -> Self {
        MetricRates {
            on_time_accept: r.on_time_accept,
            response: r.response,
            on_time_reply: r.on_time_reply,
            resolution: r.resolution,
            satisfaction: r.satisfaction,
            redo: r.redo,
            return_rate: r.return_rate,
            improper_return: r.improper_return,
        }
    }
}

/// Counters, rates and reply times of one slice.
#[derive(SimpleObject)]
pub struct Figures {
    pub counts: MetricCountsView,
    pub rates: MetricRates,
    /// 办理用时: median reply time in working hours (within a quarter-hour below 8 h, an hour
    /// below 200 h).
    pub median_reply_hours: Option<f64>,
    /// 90th percentile of the reply time in working hours.
    pub p90_reply_hours: Option<f64>,
    /// The composite score, 0–100, with the weights asked for (default 30/35/35).
    pub composite_score: Option<f64>,
}

/// Which of a `Figures` object's costlier fields the request selects: the reply-time quantiles
/// walk a sketch, once per group, so they are computed only when asked for.
#[derive(Debug, Clone, Copy)]
struct Wanted {
    median: bool,
    p90: bool,
}

impl Wanted {
    /// What `figures`, a selection of `Figures`, asks for.
    fn of(figures: async_graphql::Lookahead<'_>) -> Self {
        Wanted {
            median: figures.field("medianReplyHours").exists(),
            p90: figures.field("p90ReplyHours").exists(),
        }
    }
}

fn figures(t: &SlotTotals, w: &Weights, wanted: Wanted) -> Figures {
    let rates = Rates::from_counts(&t.counts);
    Figures {
        counts: t.counts.into(),
        median_reply_hours: wanted.median.then(|| t.reply.quantile(0.5)).flatten(),
        p90_reply_hours: wanted.p90.then(|| t.reply.quantile(0.9)).flatten(),
        composite_score: composite(&rates, w),
        rates: rates.into(),
    }
}

/// What the metrics are grouped by.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum MetricGrouping {
    /// Each department with everything below it.
    Department,
    Category,
    Kind,
    Channel,
}

/// One group of a metrics table.
#[derive(SimpleObject)]
pub struct MetricGroup {
    /// The department or category id, or the kind or channel code; empty for tickets without a
    /// category.
    pub key: String,
    pub department: Option<Department>,
    pub category: Option<Category>,
    pub kind: Option<TicketKind>,
    pub channel: Option<Channel>,
    /// For a department: it and everything below it.
    pub figures: Figures,
    /// For a department: its own tickets only.
    pub own_figures: Option<Figures>,
    /// For a department (with its subtree): open tickets past their reply deadline, now.
    pub overdue_open: Option<u64>,
    /// For a department (with its subtree): supervision orders not yet answered, now.
    pub open_supervision_orders: Option<u64>,
}

impl MetricGroup {
    fn plain(key: String, figures: Figures) -> Self {
        MetricGroup {
            key,
            department: None,
            category: None,
            kind: None,
            channel: None,
            figures,
            own_figures: None,
            overdue_open: None,
            open_supervision_orders: None,
        }
    }
}

/// One point of a trend series.
#[derive(SimpleObject)]
pub struct TrendPoint {
    /// The first day of the period, `YYYY-MM-DD`.
    pub start: String,
    pub figures: Figures,
}

/// The width of a trend point.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum TrendInterval {
    Day,
    /// Monday to Sunday.
    Week,
    Month,
}

impl From<TrendInterval> for Interval {
    fn from(i: TrendInterval) -> Self {
        match i {
            TrendInterval::Day => Interval::Day,
            TrendInterval::Week => Interval::Week,
            TrendInterval::Month => Interval::Month,
        }
    }
}

/// A department's place in a monthly ranking.
#[derive(SimpleObject)]
pub struct RankingRow {
    pub department: Department,
    /// 1-based; tied scores share a rank. Null when the department has nothing to score.
    pub rank: Option<u32>,
    pub score: Option<f64>,
    /// Among the best `mark`.
    pub top: bool,
    /// Among the worst `mark`.
    pub bottom: bool,
    /// The department's own tickets in the month.
    pub figures: Figures,
}

/// A monthly ranking (SPEC §9).
#[derive(SimpleObject)]
pub struct Ranking {
    /// `YYYY-MM`.
    pub month: String,
    pub weights: RankingWeights,
    pub rows: Vec<RankingRow>,
}

#[derive(SimpleObject)]
pub struct RankingWeights {
    pub response: f64,
    pub resolution: f64,
    pub satisfaction: f64,
}

/// A supervision order (督办单) and the department's answer.
#[derive(SimpleObject)]
pub struct SupervisionOrder {
    pub id: ID,
    pub ticket_id: ID,
    pub ticket_reference: String,
    pub department_id: Option<ID>,
    pub reason: String,
    pub due_at: Option<DateTime<Utc>>,
    /// Issued by the escalation rules rather than a person.
    pub automatic: bool,
    pub created_at: DateTime<Utc>,
    pub response: Option<String>,
    pub responded_at: Option<DateTime<Utc>>,
    pub responded_by: Option<ID>,
}

impl From<supervision::OrderRecord> for SupervisionOrder {
    fn from(r: supervision::OrderRecord) -> Self {
        let o = r.order;
        SupervisionOrder {
            id: ID(o.id.to_string()),
            ticket_id: ID(o.ticket_id.to_string()),
            ticket_reference: r.ticket_reference,
            department_id: o.department_id.map(|d| ID(d.to_string())),
            reason: o.reason,
            due_at: o.due_at,
            automatic: o.automatic,
            created_at: o.created_at,
            response: o.response,
            responded_at: o.responded_at,
            responded_by: o.responded_by.map(|u| ID(u.to_string())),
        }
    }
}

pub type SupervisionOrderConnection = Connection<usize, SupervisionOrder, PageInfoExtra>;

/// One reveal of a confidential complainant's identity.
#[derive(SimpleObject)]
pub struct IdentityViewEntry {
    pub id: ID,
    pub ticket_id: ID,
    pub ticket_reference: String,
    pub viewer_id: ID,
    pub viewer_name: String,
    pub viewer_role: String,
    pub viewed_at: DateTime<Utc>,
}

pub type IdentityViewConnection = Connection<usize, IdentityViewEntry, PageInfoExtra>;

/// The outcome of walking the audit chain.
#[derive(SimpleObject)]
pub struct AuditVerification {
    pub intact: bool,
    /// Entries that verified, from the first.
    pub checked: u64,
    /// The id of the first altered entry, or of the entry after a gap.
    pub first_bad_entry_id: Option<ID>,
    /// Its position in the chain (for a missing entry: the position that is missing).
    pub first_bad_seq: Option<i64>,
    /// What is wrong, in words.
    pub problem: Option<String>,
}

#[derive(Default)]
pub struct OversightQuery;

#[Object]
impl OversightQuery {
    /// Metrics for a period, grouped (supervisors).
    async fn metrics(
        &self,
        ctx: &Context<'_>,
        filter: MetricFilterInput,
        group_by: MetricGrouping,
        weights: Option<WeightsInput>,
    ) -> async_graphql::Result<Vec<MetricGroup>> {
        supervisor(ctx)?;
        let f = filter.into_filter()?;
        let w = self::weights(weights)?;
        let store = ctx.store();
        let now = ctx.now();
        fresh(store, now).await?;
        let wanted = Wanted::of(ctx.look_ahead().field("figures"));
        let out = match group_by {
            MetricGrouping::Department => {
                let rows = query::by_department(store, &f, now)
                    .await
                    .map_err(ApiError::from)?;
                // The live counts cost a count over the open queue: only when asked for.
                let selected = |name| ctx.look_ahead().field(name).exists();
                let own = selected("ownFigures")
                    .then(|| Wanted::of(ctx.look_ahead().field("ownFigures")));
                let overdue = if selected("overdueOpen") {
                    Some(
                        query::overdue_open(store, now)
                            .await
                            .map_err(ApiError::from)?,
                    )
                } else {
                    None
                };
                let orders = if selected("openSupervisionOrders") {
                    Some(
                        query::open_supervision_orders(store, now)
                            .await
                            .map_err(ApiError::from)?,
                    )
                } else {
                    None
                };
                let tree = query::current(store, now)
                    .await
                    .map_err(ApiError::from)?
                    .tree
                    .clone();
                let subtree_sum = |m: &HashMap<uuid::Uuid, u64>, d| {
                    tree.subtree(d)
                        .iter()
                        .map(|id| m.get(id).copied().unwrap_or(0))
                        .sum::<u64>()
                };
                rows.iter()
                    .map(|d| {
                        let id = d.department.id;
                        MetricGroup {
                            key: id.to_string(),
                            overdue_open: overdue.as_deref().map(|m| subtree_sum(m, id)),
                            open_supervision_orders: orders.as_deref().map(|m| subtree_sum(m, id)),
                            own_figures: own.map(|wanted_own| figures(&d.own, &w, wanted_own)),
                            department: Some(Department(d.department.clone())),
                            ..MetricGroup::plain(String::new(), figures(&d.subtree, &w, wanted))
                        }
                    })
                    .collect()
            }
            MetricGrouping::Category => query::by_category(store, &f)
                .await
                .map_err(ApiError::from)?
                .into_iter()
                .map(|(c, t)| MetricGroup {
                    key: c.as_ref().map(|c| c.id.to_string()).unwrap_or_default(),
                    category: c.map(Category),
                    ..MetricGroup::plain(String::new(), figures(&t, &w, wanted))
                })
                .collect(),
            MetricGrouping::Kind => query::by_kind(store, &f)
                .await
                .map_err(ApiError::from)?
                .into_iter()
                .map(|(k, t)| MetricGroup {
                    kind: Some(k.into()),
                    ..MetricGroup::plain(k.as_str().to_owned(), figures(&t, &w, wanted))
                })
                .collect(),
            MetricGrouping::Channel => query::by_channel(store, &f)
                .await
                .map_err(ApiError::from)?
                .into_iter()
                .map(|(c, t)| MetricGroup {
                    channel: Some(c.into()),
                    ..MetricGroup::plain(c.as_str().to_owned(), figures(&t, &w, wanted))
                })
                .collect(),
        };
        Ok(out)
    }

    /// Everything matching the filter, together (supervisors).
    async fn metrics_total(
        &self,
        ctx: &Context<'_>,
        filter: MetricFilterInput,
        weights: Option<WeightsInput>,
    ) -> async_graphql::Result<Figures> {
        supervisor(ctx)?;
        let f = filter.into_filter()?;
        let w = self::weights(weights)?;
        fresh(ctx.store(), ctx.now()).await?;
        let t = query::total(ctx.store(), &f)
            .await
            .map_err(ApiError::from)?;
        Ok(figures(&t, &w, Wanted::of(ctx.look_ahead())))
    }

    /// A series for charts: one point per day, week or month of the filter's period, empty
    /// periods included (supervisors).
    async fn metric_trend(
        &self,
        ctx: &Context<'_>,
        filter: MetricFilterInput,
        interval: TrendInterval,
        weights: Option<WeightsInput>,
    ) -> async_graphql::Result<Vec<TrendPoint>> {
        supervisor(ctx)?;
        let f = filter.into_filter()?;
        let w = self::weights(weights)?;
        fresh(ctx.store(), ctx.now()).await?;
        let points = query::trend(ctx.store(), &f, interval.into())
            .await
            .map_err(ApiError::from)?;
        let wanted = Wanted::of(ctx.look_ahead().field("figures"));
        Ok(points
            .into_iter()
            .map(|(start, t)| TrendPoint {
                start: start.format("%Y-%m-%d").to_string(),
                figures: figures(&t, &w, wanted),
            })
            .collect())
    }

    /// The monthly ranking of departments by composite score (supervisors). `mark` departments
    /// at each end are marked top and bottom.
    async fn department_ranking(
        &self,
        ctx: &Context<'_>,
        month: String,
        weights: Option<WeightsInput>,
        #[graphql(default = 3, validator(minimum = 0, maximum = 50))] mark: i32,
    ) -> async_graphql::Result<Ranking> {
        supervisor(ctx)?;
        let m = parse_month(&month)?;
        let w = self::weights(weights)?;
        fresh(ctx.store(), ctx.now()).await?;
        let ranked = query::ranking(
            ctx.store(),
            m,
            &w,
            usize::try_from(mark).unwrap_or(0),
            ctx.now(),
        )
        .await
        .map_err(ApiError::from)?;
        let wanted = Wanted::of(ctx.look_ahead().field("rows").field("figures"));
        Ok(Ranking {
            month: m.to_string(),
            weights: RankingWeights {
                response: w.response,
                resolution: w.resolution,
                satisfaction: w.satisfaction,
            },
            rows: ranked
                .into_iter()
                .map(|r| RankingRow {
                    rank: r.rank,
                    score: r.score,
                    top: r.top,
                    bottom: r.bottom,
                    figures: figures(&r.item.totals, &w, wanted),
                    department: Department(r.item.department),
                })
                .collect(),
        })
    }

    /// Problem tickets (疑难工单): reopened or passed between departments as often as the
    /// escalation rules say (supervisors). Newest first.
    async fn problem_tickets(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = true)] open_only: bool,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<TicketConnection> {
        let who = supervisor(ctx)?;
        let (offset, limit) = window(first, after)?;
        let now = ctx.now();
        let page = problems::list(ctx.store(), &who, open_only, offset, limit)
            .await
            .map_err(ApiError::from)?;
        ticket_connection(ctx, who, now, page).await
    }

    /// Supervision orders: supervisors and agents see all (optionally one department's), staff
    /// their own department's. Newest first.
    async fn supervision_orders(
        &self,
        ctx: &Context<'_>,
        department_id: Option<ID>,
        ticket_id: Option<ID>,
        #[graphql(default)] open_only: bool,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<SupervisionOrderConnection> {
        let who = ctx.viewer().identity()?.principal();
        let (offset, limit) = window(first, after)?;
        let filter = supervision::OrderFilter {
            department_id: department_id
                .as_ref()
                .map(|d| parse_id(d, "departmentId"))
                .transpose()?,
            ticket_id: ticket_id
                .as_ref()
                .map(|t| parse_id(t, "ticketId"))
                .transpose()?,
            open_only,
        };
        let page = supervision::list(ctx.store(), &who, &filter, offset, limit)
            .await
            .map_err(ApiError::from)?;
        Ok(connection(page, SupervisionOrder::from))
    }

    /// Who revealed which confidential complainant, and when (supervisors). Newest first.
    async fn identity_views(
        &self,
        ctx: &Context<'_>,
        ticket_id: Option<ID>,
        viewer_id: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<IdentityViewConnection> {
        let who = supervisor(ctx)?;
        let (offset, limit) = window(first, after)?;
        let ticket_id = ticket_id
            .as_ref()
            .map(|t| parse_id(t, "ticketId"))
            .transpose()?;
        let viewer_id = viewer_id
            .as_ref()
            .map(|v| parse_id(v, "viewerId"))
            .transpose()?;
        let page = identity::list(ctx.store(), &who, ticket_id, viewer_id, offset, limit)
            .await
            .map_err(ApiError::from)?;
        Ok(connection(page, |v| IdentityViewEntry {
            id: ID(v.id.to_string()),
            ticket_id: ID(v.ticket_id.to_string()),
            ticket_reference: v.ticket_reference,
            viewer_id: ID(v.viewer_id.to_string()),
            viewer_name: v.viewer_name,
            viewer_role: v.viewer_role,
            viewed_at: v.viewed_at,
        }))
    }

    /// Walks the whole tamper-evident event log and names the first altered or missing entry
    /// (supervisors). The verification is itself recorded in the log.
    async fn verify_audit_chain(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<AuditVerification> {
        let who = supervisor(ctx)?;
        let report = audit::verify_as(ctx.store(), &who, ctx.now())
            .await
            .map_err(ApiError::from)?;
        let (id, seq) = match report.first_break {
            Some(ChainBreak::Altered { seq, id } | ChainBreak::Broken { seq, id }) => {
                (Some(ID(id.to_string())), Some(seq))
            }
            Some(ChainBreak::Missing { expected, .. }) => (None, Some(expected)),
            None => (None, None),
        };
        Ok(AuditVerification {
            intact: report.first_break.is_none(),
            checked: report.checked,
            first_bad_entry_id: id,
            first_bad_seq: seq,
            problem: report.first_break.map(|b| b.to_string()),
        })
    }
}

#[derive(Default)]
pub struct OversightMutation;

#[Object]
impl OversightMutation {
    /// The department answers a supervision order (staff of that department, once).
    async fn respond_to_supervision(
        &self,
        ctx: &Context<'_>,
        order_id: ID,
        response: String,
    ) -> async_graphql::Result<SupervisionOrder> {
        let who = ctx.viewer().identity()?.principal();
        let order_id = parse_id(&order_id, "orderId")?;
        let response = Message::parse(&response)
            .map_err(|e| ApiError::from(e).with_field("body", "response"))?;
        let done = supervision::respond(ctx.store(), &who, order_id, &response, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(done.into())
    }
}
