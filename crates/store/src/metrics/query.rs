//! Reading the metrics: every figure here comes from the rollups (a few thousand rows for a city
//! month), never from a scan of the tickets. The only live figures, overdue open tickets and
//! unanswered supervision orders, are counted through partial indexes.

use super::rollup::{SlotKey, SlotTotals, row_counts, row_sketch};
use crate::Store;
use crate::chain::db_instant;
use crate::entity::{
    category, department, metric_rollup, metric_watermark, supervision_order, ticket,
};
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use minsheng_domain::metrics::{Ranked, Rates, Weights, composite, rank};
use minsheng_domain::{Channel, Kind};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::Arc;
use uuid::Uuid;

/// A calendar month, the unit of rankings and of published figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    first: NaiveDate,
}

impl Month {
    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Option<Month> {
        let first = NaiveDate::parse_from_str(&format!("{}-01", s.trim()), "%Y-%m-%d").ok()?;
        Some(Month { first })
    }

    /// The month holding `day`.
    pub fn of(day: NaiveDate) -> Month {
        Month {
            first: day.with_day(1).unwrap_or(day),
        }
    }

    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The first day of the next month: the month is `[first_day, end)`.
    pub fn end(&self) -> NaiveDate {
        self.first
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX)
    }

    pub fn previous(&self) -> Month {
        Month {
            first: self
                .first
                .checked_sub_months(Months::new(1))
                .unwrap_or(self.first),
        }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.first.format("%Y-%m"))
    }
}

/// Which figures: the local days `[from, to)` in the city calendar, narrowed by any of the
/// dimensions. A department includes its whole subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricFilter {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub department_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    pub kind: Option<Kind>,
    pub channel: Option<Channel>,
}

impl MetricFilter {
    pub fn period(from: NaiveDate, to: NaiveDate) -> Self {
        MetricFilter {
            from,
            to,
            department_id: None,
            category_id: None,
            kind: None,
            channel: None,
        }
    }

    fn check(&self) -> StoreResult<()> {
        if self.from >= self.to {
            return Err(StoreError::invalid("to", "must be after `from`"));
        }
        Ok(())
    }
}

/// The departments as a tree (SPEC §1: a district over its street offices).
#[derive(Debug, Clone, Default)]
pub struct DepartmentTree {
    /// Every department, by code.
    pub departments: Vec<department::Model>,
    children: HashMap<Uuid, Vec<Uuid>>,
}

impl DepartmentTree {
    pub async fn load(store: &Store) -> StoreResult<Self> {
        let departments = crate::catalog::departments(store, true).await?;
        let mut children: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for d in &departments {
            if let Some(p) = d.parent_id {
                children.entry(p).or_default().push(d.id);
            }
        }
        Ok(DepartmentTree {
            departments,
            children,
        })
    }

    /// `root` and every department below it, root first. A loop in the parent links (which the
    /// admin screens prevent) cannot make this run forever.
    pub fn subtree(&self, root: Uuid) -> Vec<Uuid> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(d) = queue.pop_front() {
            if !seen.insert(d) {
                continue;
            }
            out.push(d);
            if let Some(c) = self.children.get(&d) {
                queue.extend(c.iter().copied());
            }
        }
        out
    }

    pub fn get(&self, id: Uuid) -> Option<&department::Model> {
        self.departments.iter().find(|d| d.id == id)
    }
}

fn day_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The rollup rows matching `f`, as (key, totals).
async fn rows(
    store: &Store,
    f: &MetricFilter,
    tree: &DepartmentTree,
) -> StoreResult<Vec<(SlotKey, SlotTotals)>> {
    f.check()?;
    let mut q = metric_rollup::Entity::find()
        .filter(metric_rollup::Column::Day.gte(day_text(f.from)))
        .filter(metric_rollup::Column::Day.lt(day_text(f.to)));
    if let Some(d) = f.department_id {
        q = q.filter(metric_rollup::Column::DepartmentId.is_in(tree.subtree(d)));
    }
    if let Some(c) = f.category_id {
        q = q.filter(metric_rollup::Column::CategoryId.eq(c));
    }
    if let Some(k) = f.kind {
        q = q.filter(metric_rollup::Column::Kind.eq(k.as_str()));
    }
    if let Some(c) = f.channel {
        q = q.filter(metric_rollup::Column::Channel.eq(c.as_str()));
    }
    let mut out = Vec::new();
    for r in q.all(&store.db).await? {
        out.push((
            SlotKey::of_row(&r)?,
            SlotTotals {
                counts: row_counts(&r),
                reply: row_sketch(&r)?,
            },
        ));
    }
    Ok(out)
}

fn add(into: &mut SlotTotals, from: &SlotTotals) {
    into.counts += from.counts;
    into.reply.merge(&from.reply);
}

/// The figures of everything matching `f`, together.
pub async fn total(store: &Store, f: &MetricFilter) -> StoreResult<SlotTotals> {
    let tree = DepartmentTree::load(store).await?;
    let mut t = SlotTotals::default();
    for (_, v) in rows(store, f, &tree).await? {
        add(&mut t, &v);
    }
    Ok(t)
}

/// One department's figures.
#[derive(Debug, Clone)]
pub struct DepartmentFigures {
    pub department: department::Model,
    /// The department and everything below it.
    pub subtree: SlotTotals,
    /// The department's own tickets.
    pub own: SlotTotals,
}

/// Dashboard results kept between requests, per store. The rollups change only when a refresh or
/// a rebuild writes the metric watermark row (both do, in the same transaction), so a result is
/// reused while that row and the departments are exactly as they were. The live counts (overdue
/// open tickets, unanswered supervision orders) are reused while the same state is confirmed,
/// overdue ones within the same second at most.
#[derive(Debug, Default)]
pub struct MetricsCache {
    by_department: HashMap<String, (String, Arc<Vec<DepartmentFigures>>)>,
    overdue: Option<(String, Arc<HashMap<Uuid, u64>>)>,
    orders: Option<(String, Arc<HashMap<Uuid, u64>>)>,
}

/// At most this many filters are remembered; past it the cache starts afresh.
const CACHED_FILTERS: usize = 64;

/// What the figures are as of, once the rollups are up to date. (`Default`: before any refresh,
/// with no departments.)
#[derive(Debug, Clone, Default)]
pub struct Current {
    /// Changes whenever the rollups or the departments do.
    tag: String,
    /// Changes whenever a ticket does (the last event).
    last_event: i64,
    pub tree: Arc<DepartmentTree>,
}

/// Brings the rollups up to date with `now` when they are behind, and says what they are as of.
/// Reused (`crate::reuse`) within one second of the clock: a busy dashboard costs the database
/// next to nothing.
pub async fn current(store: &Store, now: DateTime<Utc>) -> StoreResult<Arc<Current>> {
    store
        .metrics_current
        .get(
            || store.commit_count(),
            now.timestamp(),
            |_| true,
            || async {
                super::rollup::refresh_if_behind(store, now).await?;
                let tree = DepartmentTree::load(store).await?;
                let mut tag = watermark_tag(store).await?.unwrap_or_default();
                for d in &tree.departments {
                    tag.push_str(&format!(
                        "|{}:{:?}:{}:{:?}",
                        d.id, d.updated_at, d.active, d.parent_id
                    ));
                }
                Ok(Current {
                    tag,
                    last_event: crate::chain::last_seq(&store.db).await?,
                    tree: Arc::new(tree),
                })
            },
        )
        .await
}

/// What the rollups are as of: the watermark row, or `None` before the first refresh.
async fn watermark_tag(store: &Store) -> StoreResult<Option<String>> {
    Ok(metric_watermark::Entity::find_by_id(1)
        .one(&store.db)
        .await?
        .map(|w| format!("{}|{:?}|{:?}", w.last_seq, w.as_of, w.updated_at)))
}

/// Per department, with subtree totals: every department in the filter's subtree (all of them
/// without one), by code. Departments that are inactive and have no figures are left out.
pub async fn by_department(
    store: &Store,
    f: &MetricFilter,
    now: DateTime<Utc>,
) -> StoreResult<Arc<Vec<DepartmentFigures>>> {
    let current = current(store, now).await?;
    let key = format!(
        "{}|{}|{:?}|{:?}|{:?}|{:?}",
        f.from, f.to, f.department_id, f.category_id, f.kind, f.channel
    );
    let cached = || {
        let cache = store.metrics_cache.lock().ok()?;
        let (t, v) = cache.by_department.get(&key)?;
        (*t == current.tag).then(|| v.clone())
    };
    if let Some(v) = cached() {
        return Ok(v);
    }
    // One request computes while the others wait: each computation reads a month of rollups.
    let _flight = store.metrics_flight.lock().await;
    if let Some(v) = cached() {
        return Ok(v);
    }
    let out = Arc::new(by_department_uncached(store, f, &current.tree).await?);
    if let Ok(mut cache) = store.metrics_cache.lock() {
        if cache.by_department.len() >= CACHED_FILTERS {
            cache.by_department.clear();
        }
        cache
            .by_department
            .insert(key, (current.tag.clone(), out.clone()));
    }
    Ok(out)
}

async fn by_department_uncached(
    store: &Store,
    f: &MetricFilter,
    tree: &DepartmentTree,
) -> StoreResult<Vec<DepartmentFigures>> {
    let mut own: HashMap<Uuid, SlotTotals> = HashMap::new();
    for (k, v) in rows(store, f, tree).await? {
        add(own.entry(k.department_id).or_default(), &v);
    }
    let scope: Option<HashSet<Uuid>> = f
        .department_id
        .map(|d| tree.subtree(d).into_iter().collect());
    let mut out = Vec::new();
    for d in &tree.departments {
        if scope.as_ref().is_some_and(|s| !s.contains(&d.id)) {
            continue;
        }
        let mut subtree = SlotTotals::default();
        for id in tree.subtree(d.id) {
            if let Some(v) = own.get(&id) {
                add(&mut subtree, v);
            }
        }
        if !d.active && subtree.counts.is_empty() {
            continue;
        }
        out.push(DepartmentFigures {
            department: d.clone(),
            subtree,
            own: own.get(&d.id).cloned().unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Per category (`None`: tickets filed without one), by category code.
pub async fn by_category(
    store: &Store,
    f: &MetricFilter,
) -> StoreResult<Vec<(Option<category::Model>, SlotTotals)>> {
    let tree = DepartmentTree::load(store).await?;
    let mut groups: HashMap<Option<Uuid>, SlotTotals> = HashMap::new();
    for (k, v) in rows(store, f, &tree).await? {
        add(groups.entry(k.category_id).or_default(), &v);
    }
    let categories = crate::catalog::categories(store, true).await?;
    let mut out = Vec::new();
    for c in categories {
        match groups.remove(&Some(c.id)) {
            Some(v) => out.push((Some(c), v)),
            None if c.active => out.push((Some(c), SlotTotals::default())),
            None => {}
        }
    }
    if let Some(v) = groups.remove(&None) {
        out.push((None, v));
    }
    Ok(out)
}

/// Per kind, in vocabulary order, every kind present.
pub async fn by_kind(store: &Store, f: &MetricFilter) -> StoreResult<Vec<(Kind, SlotTotals)>> {
    let tree = DepartmentTree::load(store).await?;
    let mut groups: BTreeMap<Kind, SlotTotals> = Kind::ALL
        .iter()
        .map(|k| (*k, SlotTotals::default()))
        .collect();
    for (k, v) in rows(store, f, &tree).await? {
        add(groups.entry(k.kind).or_default(), &v);
    }
    Ok(groups.into_iter().collect())
}

/// Per channel, in vocabulary order, every channel present.
pub async fn by_channel(
    store: &Store,
    f: &MetricFilter,
) -> StoreResult<Vec<(Channel, SlotTotals)>> {
    let tree = DepartmentTree::load(store).await?;
    let mut groups: BTreeMap<Channel, SlotTotals> = Channel::ALL
        .iter()
        .map(|c| (*c, SlotTotals::default()))
        .collect();
    for (k, v) in rows(store, f, &tree).await? {
        add(groups.entry(k.channel).or_default(), &v);
    }
    Ok(groups.into_iter().collect())
}

/// The width of one point of a trend series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Day,
    /// Monday to Sunday.
    Week,
    Month,
}

impl Interval {
    /// The first day of the period holding `d`.
    pub fn start_of(self, d: NaiveDate) -> NaiveDate {
        match self {
            Interval::Day => d,
            Interval::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Interval::Month => Month::of(d).first_day(),
        }
    }

    fn next(self, d: NaiveDate) -> NaiveDate {
        match self {
            Interval::Day => d + Duration::days(1),
            Interval::Week => d + Duration::days(7),
            Interval::Month => Month::of(d).end(),
        }
    }
}

/// Longest trend series returned, in points.
pub const MAX_TREND_POINTS: usize = 800;

/// A series over `[f.from, f.to)`: one point per period (the first and last may be cut by the
/// range), periods without tickets included, oldest first.
pub async fn trend(
    store: &Store,
    f: &MetricFilter,
    interval: Interval,
) -> StoreResult<Vec<(NaiveDate, SlotTotals)>> {
    f.check()?;
    let mut points: BTreeMap<NaiveDate, SlotTotals> = BTreeMap::new();
    let mut p = interval.start_of(f.from);
    while p < f.to {
        points.insert(p, SlotTotals::default());
        if points.len() > MAX_TREND_POINTS {
            return Err(StoreError::invalid(
                "interval",
                format!(
                    "the series would have more than {MAX_TREND_POINTS} points; use a wider interval"
                ),
            ));
        }
        p = interval.next(p);
    }
    let tree = DepartmentTree::load(store).await?;
    for (k, v) in rows(store, f, &tree).await? {
        add(points.entry(interval.start_of(k.day)).or_default(), &v);
    }
    Ok(points.into_iter().collect())
}

/// A department's place in a monthly ranking.
#[derive(Debug, Clone)]
pub struct RankingEntry {
    pub department: department::Model,
    pub totals: SlotTotals,
    pub rates: Rates,
}

/// The monthly ranking of SPEC §9: every active department on its own tickets (a district is
/// not credited with its street offices' work, which are ranked themselves), by the composite
/// score with `weights`; the best and worst `mark` are marked. Unscored departments come last.
pub async fn ranking(
    store: &Store,
    month: Month,
    weights: &Weights,
    mark: usize,
    now: DateTime<Utc>,
) -> StoreResult<Vec<Ranked<RankingEntry>>> {
    weights.validate()?;
    let f = MetricFilter::period(month.first_day(), month.end());
    let figures = by_department(store, &f, now).await?;
    let items = figures
        .iter()
        .filter(|&d| d.department.active)
        .cloned()
        .map(|d| {
            let rates = Rates::from_counts(&d.own.counts);
            let score = composite(&rates, weights);
            (
                RankingEntry {
                    department: d.department,
                    totals: d.own,
                    rates,
                },
                score,
            )
        })
        .collect();
    Ok(rank(items, mark))
}

const RUNNING: [&str; 2] = ["dispatched", "accepted"];

/// 超期未办: per department, the open tickets past their reply deadline now, counted live through
/// the department queue index. Tickets awaiting the resident are paused, so not overdue.
pub async fn overdue_open(
    store: &Store,
    now: DateTime<Utc>,
) -> StoreResult<Arc<HashMap<Uuid, u64>>> {
    let current = current(store, now).await?;
    let tag = format!("{}|{}", current.last_event, now.timestamp());
    live_counts(
        store,
        |c| &mut c.overdue,
        tag,
        || {
            ticket::Entity::find()
                .select_only()
                .column(ticket::Column::DepartmentId)
                .column_as(Expr::col(ticket::Column::Id).count(), "n")
                .filter(ticket::Column::State.is_in(RUNNING))
                .filter(ticket::Column::ReplyDue.lt(db_instant(now)))
                .filter(ticket::Column::DepartmentId.is_not_null())
                .group_by(ticket::Column::DepartmentId)
                .into_tuple::<(Option<Uuid>, i64)>()
                .all(&store.db)
        },
    )
    .await
}

/// Per department, the supervision orders not yet answered, counted through a partial index.
pub async fn open_supervision_orders(
    store: &Store,
    now: DateTime<Utc>,
) -> StoreResult<Arc<HashMap<Uuid, u64>>> {
    let current = current(store, now).await?;
    let tag = current.last_event.to_string();
    live_counts(
        store,
        |c| &mut c.orders,
        tag,
        || {
            supervision_order::Entity::find()
                .select_only()
                .column(supervision_order::Column::DepartmentId)
                .column_as(Expr::col(supervision_order::Column::Id).count(), "n")
                .filter(supervision_order::Column::RespondedAt.is_null())
                .filter(supervision_order::Column::DepartmentId.is_not_null())
                .group_by(supervision_order::Column::DepartmentId)
                .into_tuple::<(Option<Uuid>, i64)>()
                .all(&store.db)
        },
    )
    .await
}

/// Where the cache keeps one live count, with the tag it was counted at.
type LiveSlot = fn(&mut MetricsCache) -> &mut Option<(String, Arc<HashMap<Uuid, u64>>)>;

/// A live count per department, reused while `tag` is unchanged, and counted by one request while
/// the others wait for it.
async fn live_counts<F, Fut>(
    store: &Store,
    slot: LiveSlot,
    tag: String,
    count: F,
) -> StoreResult<Arc<HashMap<Uuid, u64>>>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Vec<(Option<Uuid>, i64)>, sea_orm::DbErr>>,
{
    let cached = || {
        let mut cache = store.metrics_cache.lock().ok()?;
        let (t, v) = slot(&mut cache).as_ref()?;
        (*t == tag).then(|| v.clone())
    };
    if let Some(v) = cached() {
        return Ok(v);
    }
    let _flight = store.metrics_flight.lock().await;
    if let Some(v) = cached() {
        return Ok(v);
    }
    let out = Arc::new(per_department(count().await?));
    if let Ok(mut cache) = store.metrics_cache.lock() {
        *slot(&mut cache) = Some((tag, out.clone()));
    }
    Ok(out)
}

fn per_department(rows: Vec<(Option<Uuid>, i64)>) -> HashMap<Uuid, u64> {
    rows.into_iter()
        .filter_map(|(d, n)| Some((d?, u64::try_from(n).unwrap_or(0))))
        .collect()
}

/// The local date of `t` in the city calendar's time zone.
pub async fn city_day(store: &Store, t: DateTime<Utc>) -> StoreResult<NaiveDate> {
    let cal = crate::policy::load_policy(&store.db, None).await?.calendar;
    Ok(t.with_timezone(&cal.tz()).date_naive())
}

/// Per department, its own figures for a published month (no subtree totals: a district's total
/// less its street offices' would give away the district's own small counts). Active
/// departments, by code.
pub async fn public_departments(
    store: &Store,
    month: Month,
    now: DateTime<Utc>,
) -> StoreResult<Vec<(department::Model, SlotTotals)>> {
    let f = MetricFilter::period(month.first_day(), month.end());
    Ok(by_department(store, &f, now)
        .await?
        .iter()
        .filter(|d| d.department.active)
        .map(|d| (d.department.clone(), d.own.clone()))
        .collect())
}

/// Per category, for a published month: active categories, by code. Tickets without a category
/// appear only in the department table.
pub async fn public_categories(
    store: &Store,
    month: Month,
) -> StoreResult<Vec<(category::Model, SlotTotals)>> {
    let f = MetricFilter::period(month.first_day(), month.end());
    Ok(by_category(store, &f)
        .await?
        .into_iter()
        .filter_map(|(c, v)| c.filter(|c| c.active).map(|c| (c, v)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_periods() {
        let m = Month::parse("2026-12").unwrap();
        assert_eq!(m.end(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(m.previous().to_string(), "2026-11");
        assert!(Month::parse("2026-13").is_none());
        assert!(Month::parse("2026/10").is_none());
        let thu = NaiveDate::from_ymd_opt(2026, 10, 8).unwrap();
        assert_eq!(
            Interval::Week.start_of(thu),
            NaiveDate::from_ymd_opt(2026, 10, 5).unwrap()
        );
        assert_eq!(
            Interval::Month.next(thu),
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        );
    }
}
