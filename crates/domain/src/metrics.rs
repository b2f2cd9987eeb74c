//! Oversight metrics of SPEC §9 as pure functions over additive counters.
//!
//! The database keeps one [`MetricCounts`] (and one [`DurationSketch`] of reply times) per
//! department × category × day. Because every counter is a plain count, any larger slice (a month,
//! a district's subtree, all categories) is the sum of its rows, and the rates are computed only at
//! the end, by [`Rates::from_counts`]. Never average rates: a department with 2 tickets would weigh
//! as much as one with 2,000.
//!
//! For full recomputation from the event history, each ticket's handling is condensed into a
//! [`TicketSummary`]; [`contributions`] splits it into counts dated by the instant each one belongs
//! to, and [`counts_for`] adds them up.

use crate::input::ValidationError;
use crate::vocab::Satisfaction;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::{Add, AddAssign};

/// Additive counters from which every rate is derived. Each counter belongs to one cohort
/// ([`Cohort`]), and so to the period of that cohort's instant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricCounts {
    /// Tickets dispatched to the department. [`Cohort::Dispatch`].
    pub dispatched: u64,
    /// Of those, accepted by the accept deadline. [`Cohort::Dispatch`].
    pub accepted_on_time: u64,
    /// Of those, first responded to (accept, question or reply) by the accept deadline.
    /// [`Cohort::Dispatch`].
    pub responded_on_time: u64,
    /// Tickets whose reply fell due: replied, or unreplied with the deadline passed.
    /// [`Cohort::ReplyDue`].
    pub reply_due: u64,
    /// Of those, replied by the (extended) deadline. [`Cohort::ReplyDue`].
    pub replied_on_time: u64,
    /// Tickets replied. [`Cohort::Reply`].
    pub replied: u64,
    /// Tickets rated by the resident (auto-closed tickets are not rated). [`Cohort::Rating`].
    pub rated: u64,
    /// Of those, rated "solved". [`Cohort::Rating`].
    pub solved: u64,
    /// Of those, very satisfied, satisfied or basically satisfied. [`Cohort::Rating`].
    pub satisfied: u64,
    /// Of the replied tickets, those reopened at least once. [`Cohort::Reply`].
    pub reopened: u64,
    /// Returns (退单) by the department. [`Cohort::Dispatch`].
    pub returns: u64,
    /// Returns the centre rejected (不当退单). [`Cohort::Dispatch`].
    pub upheld_returns: u64,
    /// Supervision orders (督办) issued. [`Cohort::Dispatch`].
    pub supervision_orders: u64,
}

impl MetricCounts {
    /// Every field, so `Add` cannot forget one when a counter is added.
    fn zip(self, o: Self, f: impl Fn(u64, u64) -> u64) -> Self {
        MetricCounts {
            dispatched: f(self.dispatched, o.dispatched),
            accepted_on_time: f(self.accepted_on_time, o.accepted_on_time),
            responded_on_time: f(self.responded_on_time, o.responded_on_time),
            reply_due: f(self.reply_due, o.reply_due),
            replied_on_time: f(self.replied_on_time, o.replied_on_time),
            replied: f(self.replied, o.replied),
            rated: f(self.rated, o.rated),
            solved: f(self.solved, o.solved),
            satisfied: f(self.satisfied, o.satisfied),
            reopened: f(self.reopened, o.reopened),
            returns: f(self.returns, o.returns),
            upheld_returns: f(self.upheld_returns, o.upheld_returns),
            supervision_orders: f(self.supervision_orders, o.supervision_orders),
        }
    }

    /// True when every counter is zero.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl Add for MetricCounts {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        // Saturating: a corrupt row must not abort a report.
        self.zip(other, u64::saturating_add)
    }
}

impl AddAssign for MetricCounts {
    fn add_assign(&mut self, other: Self) {
        *self = *self + other;
    }
}

impl std::iter::Sum for MetricCounts {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::default(), Add::add)
    }
}

/// The rates of SPEC §9, each a fraction in 0–1 (not a percentage). `None` when the denominator is
/// zero: "no tickets" is not "0 %", and must not be shown or ranked as such.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// 按时签收率: accepted on time ÷ dispatched.
    pub on_time_accept: Option<f64>,
    /// 响应率: responded on time ÷ dispatched.
    pub response: Option<f64>,
    /// 按时办结率: replied on time ÷ reply fell due.
    pub on_time_reply: Option<f64>,
    /// 解决率: solved ÷ rated.
    pub resolution: Option<f64>,
    /// 满意率: satisfied ÷ rated.
    pub satisfaction: Option<f64>,
    /// 重办率: reopened ÷ replied.
    pub redo: Option<f64>,
    /// 退单率: returns ÷ dispatched.
    pub return_rate: Option<f64>,
    /// 不当退单率: upheld returns ÷ dispatched.
    pub improper_return: Option<f64>,
}

fn ratio(numerator: u64, denominator: u64) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

impl Rates {
    pub fn from_counts(c: &MetricCounts) -> Self {
        Rates {
            on_time_accept: ratio(c.accepted_on_time, c.dispatched),
            response: ratio(c.responded_on_time, c.dispatched),
            on_time_reply: ratio(c.replied_on_time, c.reply_due),
            resolution: ratio(c.solved, c.rated),
            satisfaction: ratio(c.satisfied, c.rated),
            redo: ratio(c.reopened, c.replied),
            return_rate: ratio(c.returns, c.dispatched),
            improper_return: ratio(c.upheld_returns, c.dispatched),
        }
    }
}

/// Weights of the composite score (after Beijing's "three rates"). Relative: only their
/// proportions matter.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub response: f64,
    pub resolution: f64,
    pub satisfaction: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            response: 30.0,
            resolution: 35.0,
            satisfaction: 35.0,
        }
    }
}

impl Weights {
    /// Every weight finite and non-negative, and at least one positive.
    pub fn validate(&self) -> Result<(), ValidationError> {
        for (field, w) in [
            ("weights.response", self.response),
            ("weights.resolution", self.resolution),
            ("weights.satisfaction", self.satisfaction),
        ] {
            if !w.is_finite() || w < 0.0 {
                return Err(ValidationError::new(field, "must be a non-negative number"));
            }
        }
        if self.response + self.resolution + self.satisfaction <= 0.0 {
            return Err(ValidationError::new(
                "weights",
                "at least one weight must be positive",
            ));
        }
        Ok(())
    }
}

/// The composite score on a 0–100 scale: the weighted mean of the response, resolution and
/// satisfaction rates.
///
/// A missing rate (no tickets dispatched, or none rated) is left out and the remaining weights are
/// scaled up to fill its place, so a department is judged on what can be measured instead of being
/// counted as 0 % (punishing it for having no ratings) or 100 %. `None` when no weighted rate is
/// available, or when the weights are invalid.
pub fn composite(rates: &Rates, w: &Weights) -> Option<f64> {
    w.validate().ok()?;
    let parts = [
        (rates.response, w.response),
        (rates.resolution, w.resolution),
        (rates.satisfaction, w.satisfaction),
    ];
    let (sum, weight) = parts
        .iter()
        .filter_map(|(rate, weight)| rate.map(|r| (r * weight, *weight)))
        .fold((0.0, 0.0), |(s, ws), (x, w)| (s + x, ws + w));
    (weight > 0.0).then(|| 100.0 * sum / weight)
}

// ---- Reply-time distribution ----

/// Quarter-hour buckets cover [0, 8) hours: a working day, where precision matters most.
const FINE_LIMIT: f64 = 8.0;
const FINE_PER_HOUR: f64 = 4.0;
const FINE_BUCKETS: u16 = 32;
/// Hourly buckets cover [8, 200) hours: 25 working days, past any default reply target.
const COARSE_LIMIT: f64 = 200.0;
const COARSE_BUCKETS: u16 = 192;
/// The last, open bucket holds everything from 200 hours on.
const OPEN_BUCKET: u16 = FINE_BUCKETS + COARSE_BUCKETS;

/// Reply times in working hours as a mergeable histogram with fixed bucket edges: quarter-hours up
/// to 8 h, hours up to 200 h, then one open bucket. Rollups add sketches, and the median or p90 of
/// the sum is still within one bucket width of the exact value (quarter of an hour below 8 h, an
/// hour below 200 h; above that, between 200 h and the largest value seen).
///
/// Serialised as a sparse map from bucket index to count, plus the exact extremes, e.g.
/// `{"buckets":{"3":2,"40":1},"min":0.8,"max":16.5}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SketchRepr")]
pub struct DurationSketch {
    /// Only non-empty buckets are kept.
    buckets: BTreeMap<u16, u64>,
    /// Exact extremes, kept because they merge exactly and tighten the estimate at both ends.
    min: Option<f64>,
    max: Option<f64>,
}

/// The stored form, checked on the way in so a damaged row cannot put counts in a bucket that
/// does not exist.
#[derive(Deserialize)]
struct SketchRepr {
    #[serde(default)]
    buckets: BTreeMap<u16, u64>,
    min: Option<f64>,
    max: Option<f64>,
}

impl TryFrom<SketchRepr> for DurationSketch {
    type Error = String;
    fn try_from(r: SketchRepr) -> Result<Self, String> {
        if let Some(bad) = r.buckets.keys().find(|i| **i > OPEN_BUCKET) {
            return Err(format!("no such reply-time bucket: {bad}"));
        }
        let buckets: BTreeMap<u16, u64> = r.buckets.into_iter().filter(|(_, c)| *c > 0).collect();
        let extremes_ok = match (r.min, r.max) {
            (Some(lo), Some(hi)) => {
                !buckets.is_empty() && lo.is_finite() && hi.is_finite() && lo <= hi
            }
            (None, None) => buckets.is_empty(),
            _ => false,
        };
        if !extremes_ok {
            return Err("reply-time sketch extremes do not match its buckets".to_owned());
        }
        Ok(DurationSketch {
            buckets,
            min: r.min,
            max: r.max,
        })
    }
}

fn bucket_of(hours: f64) -> u16 {
    if hours < FINE_LIMIT {
        // `as` saturates, and hours ≥ 0 here, so this is in 0..32.
        ((hours * FINE_PER_HOUR) as u16).min(FINE_BUCKETS - 1)
    } else if hours < COARSE_LIMIT {
        (FINE_BUCKETS + (hours - FINE_LIMIT) as u16).min(OPEN_BUCKET - 1)
    } else {
        OPEN_BUCKET
    }
}

/// The half-open range [lower, upper) of a bucket; the open bucket's upper edge is infinite.
fn bucket_bounds(index: u16) -> (f64, f64) {
    if index < FINE_BUCKETS {
        let lo = f64::from(index) / FINE_PER_HOUR;
        (lo, lo + 1.0 / FINE_PER_HOUR)
    } else if index < OPEN_BUCKET {
        let lo = FINE_LIMIT + f64::from(index - FINE_BUCKETS);
        (lo, lo + 1.0)
    } else {
        (COARSE_LIMIT, f64::INFINITY)
    }
}

/// The 1-based nearest rank of quantile `q` among `n` values: the smallest rank `k` with
/// `k / n ≥ q`. Shared by the sketch and [`quantile_exact`] so both pick the same element.
fn nearest_rank(q: f64, n: u64) -> Option<u64> {
    if n == 0 || !(0.0..=1.0).contains(&q) {
        return None;
    }
    let k = (q * n as f64).ceil() as u64;
    Some(k.clamp(1, n))
}

impl DurationSketch {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one reply time. Negative values (clock skew) count as 0; NaN is ignored, since it
    /// has no place in any bucket.
    pub fn add(&mut self, hours: f64) {
        if hours.is_nan() {
            return;
        }
        let hours = hours.max(0.0);
        *self.buckets.entry(bucket_of(hours)).or_insert(0) += 1;
        self.min = Some(self.min.map_or(hours, |m| m.min(hours)));
        self.max = Some(self.max.map_or(hours, |m| m.max(hours)));
    }

    /// Adds another sketch's values to this one, as if they had been added one by one.
    pub fn merge(&mut self, other: &DurationSketch) {
        for (index, count) in &other.buckets {
            let slot = self.buckets.entry(*index).or_insert(0);
            *slot = slot.saturating_add(*count);
        }
        self.min = match (self.min, other.min) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.max = match (self.max, other.max) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    /// How many values were added.
    pub fn count(&self) -> u64 {
        self.buckets.values().fold(0, |a, c| a.saturating_add(*c))
    }

    /// The estimated `q`-quantile (0 ≤ q ≤ 1), e.g. 0.5 for the median and 0.9 for p90; `None`
    /// when empty or when `q` is out of range.
    ///
    /// It finds the bucket holding the nearest-rank element (as [`quantile_exact`] defines it) and
    /// interpolates linearly inside that bucket, narrowed to the exact min and max. The estimate
    /// and the exact value lie in the same bucket, hence the error bound.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        let k = nearest_rank(q, self.count())?;
        let (min, max) = (self.min?, self.max?);
        // The extremes are known exactly; no need to estimate them.
        if k == 1 {
            return Some(min);
        }
        if k == self.count() {
            return Some(max);
        }
        let mut below = 0u64;
        for (index, count) in &self.buckets {
            if below + count >= k {
                let (lo, hi) = bucket_bounds(*index);
                let (lo, hi) = (lo.max(min), hi.min(max));
                // Spread the bucket's values evenly, each at the middle of its share.
                let position = ((k - below) as f64 - 0.5) / *count as f64;
                return Some(lo + position * (hi - lo));
            }
            below += count;
        }
        None
    }
}

impl FromIterator<f64> for DurationSketch {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Self {
        let mut sketch = DurationSketch::default();
        for hours in iter {
            sketch.add(hours);
        }
        sketch
    }
}

/// The exact `q`-quantile by the **nearest-rank** method: the smallest value such that at least
/// `q` of all values are at or below it (so the median of 1, 2, 3, 4 is 2, and q = 0 gives the
/// minimum). `None` when empty or when `q` is outside 0–1. Sorts `values` in place, by total order
/// (a NaN sorts last). Used to report small sets exactly and to check [`DurationSketch`].
pub fn quantile_exact(values: &mut [f64], q: f64) -> Option<f64> {
    let k = nearest_rank(q, values.len() as u64)?;
    values.sort_by(f64::total_cmp);
    values.get(usize::try_from(k - 1).ok()?).copied()
}

// ---- Per-ticket contributions ----

/// The resident's rating (评价).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub at: DateTime<Utc>,
    pub solved: bool,
    pub satisfaction: Satisfaction,
}

/// One ticket's handling by one department, condensed from its history. A ticket re-dispatched
/// to another department gives each department its own summary; a return upheld by the centre
/// keeps the ticket, and its summary, with the same department.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TicketSummary {
    /// First dispatch to this department; `None` if never dispatched (nothing is counted then).
    pub dispatched_at: Option<DateTime<Utc>>,
    /// The accept deadline; `None` means no deadline, so any accept is on time.
    pub accept_due: Option<DateTime<Utc>>,
    pub accepted_at: Option<DateTime<Utc>>,
    /// The first accept, question or reply. The earliest of this, `accepted_at` and `replied_at`
    /// is used, so a caller that only knows the accept still gets a correct response rate.
    pub first_response_at: Option<DateTime<Utc>>,
    /// The first reply's deadline, extensions included. `None` when there is none (praise), or
    /// when the reply clock stopped without a reply (returned, withdrawn, merged): the department
    /// no longer owes a reply, so it is not late.
    pub reply_due: Option<DateTime<Utc>>,
    /// The first reply; a redo is measured by the redo rate, not by a second deadline.
    pub replied_at: Option<DateTime<Utc>>,
    /// Working hours from dispatch to `replied_at`, excluding time awaiting the resident.
    pub reply_working_hours: Option<f64>,
    /// The latest rating, if any; auto-closed tickets have none.
    pub rating: Option<Rating>,
    /// Reopened (重办) at least once.
    pub reopened: bool,
    pub returns: u32,
    pub upheld_returns: u32,
    pub supervision_orders: u32,
}

/// Which instant a group of counters belongs to, and so which period counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cohort {
    /// At dispatch: `dispatched`, `accepted_on_time`, `responded_on_time`, `returns`,
    /// `upheld_returns`, `supervision_orders`. Outcomes are dated with the dispatch so each rate
    /// compares a cohort of tickets with itself and never exceeds 100 %.
    Dispatch,
    /// At the reply deadline: `reply_due`, `replied_on_time`. SPEC §9 counts the tickets whose
    /// reply fell due in the period, whenever they were replied.
    ReplyDue,
    /// At the reply: `replied`, `reopened` (dated with the reply it undid), and the reply time.
    Reply,
    /// At the rating: `rated`, `solved`, `satisfied`.
    Rating,
}

/// Part of one ticket's counts, dated: the rollup adds `counts` (and `reply_working_hours`, into
/// the reply-time sketch) to the row of the day holding `at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub cohort: Cohort,
    pub at: DateTime<Utc>,
    pub counts: MetricCounts,
    pub reply_working_hours: Option<f64>,
}

/// One ticket's counts split by cohort, as of `as_of`. Empty cohorts are left out.
///
/// `as_of` is needed for one rule: a reply that is overdue and still missing counts as due and not
/// on time, while a reply not yet due and not yet given counts nowhere yet. A reply given before its
/// deadline counts at the deadline even if that is still ahead, so its row is already right when
/// the period comes.
pub fn contributions(s: &TicketSummary, as_of: DateTime<Utc>) -> Vec<Contribution> {
    let mut out = Vec::with_capacity(4);

    if let Some(at) = s.dispatched_at {
        let on_time = |done: Option<DateTime<Utc>>| match (done, s.accept_due) {
            (Some(done), Some(due)) => done <= due,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let first_response = [s.first_response_at, s.accepted_at, s.replied_at]
            .into_iter()
            .flatten()
            .min();
        out.push(Contribution {
            cohort: Cohort::Dispatch,
            at,
            counts: MetricCounts {
                dispatched: 1,
                accepted_on_time: u64::from(on_time(s.accepted_at)),
                responded_on_time: u64::from(on_time(first_response)),
                returns: u64::from(s.returns),
                upheld_returns: u64::from(s.upheld_returns),
                supervision_orders: u64::from(s.supervision_orders),
                ..MetricCounts::default()
            },
            reply_working_hours: None,
        });
    }

    if let Some(due) = s.reply_due
        && (s.replied_at.is_some() || due <= as_of)
    {
        let on_time = s.replied_at.is_some_and(|r| r <= due);
        out.push(Contribution {
            cohort: Cohort::ReplyDue,
            at: due,
            counts: MetricCounts {
                reply_due: 1,
                replied_on_time: u64::from(on_time),
                ..MetricCounts::default()
            },
            reply_working_hours: None,
        });
    }

    if let Some(at) = s.replied_at {
        out.push(Contribution {
            cohort: Cohort::Reply,
            at,
            counts: MetricCounts {
                replied: 1,
                // Only a replied ticket can be reopened; counting it here keeps redo ≤ 100 %.
                reopened: u64::from(s.reopened),
                ..MetricCounts::default()
            },
            reply_working_hours: s.reply_working_hours,
        });
    }

    if let Some(r) = s.rating {
        out.push(Contribution {
            cohort: Cohort::Rating,
            at: r.at,
            counts: MetricCounts {
                rated: 1,
                solved: u64::from(r.solved),
                satisfied: u64::from(r.satisfaction.is_satisfied()),
                ..MetricCounts::default()
            },
            reply_working_hours: None,
        });
    }

    out
}

/// The whole contribution of one ticket as of `as_of`, all periods together: the sum of
/// [`contributions`]. See [`Cohort`] for the period each counter belongs to.
pub fn counts_for(s: &TicketSummary, as_of: DateTime<Utc>) -> MetricCounts {
    contributions(s, as_of).into_iter().map(|c| c.counts).sum()
}

// ---- Rankings ----

/// One entry of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranked<T> {
    pub item: T,
    pub score: Option<f64>,
    /// 1-based; tied scores share a rank and the next rank is skipped (1, 1, 3). `None` when
    /// unscored.
    pub rank: Option<u32>,
    /// Among the best `mark`.
    pub top: bool,
    /// Among the worst `mark`, and not also top.
    pub bottom: bool,
}

/// Ranks items by descending score for the monthly top and bottom lists (SPEC §9).
///
/// Tied items share a rank and keep their input order, so pass items in a stable order (by
/// name, say). Unscored items (`None` or NaN) come last with no rank and are never marked: a
/// department without data is neither praised nor blamed. An item is marked `top` when fewer than
/// `mark` items score higher, and `bottom` when fewer than `mark` score lower, so ties at the edge
/// are all marked. No item is both: when everyone ties, nobody is bottom.
pub fn rank<T>(items: Vec<(T, Option<f64>)>, mark: usize) -> Vec<Ranked<T>> {
    let mut items: Vec<(T, Option<f64>)> = items
        .into_iter()
        .map(|(item, score)| (item, score.filter(|s| !s.is_nan())))
        .collect();
    // Stable sort: scored first, by descending score.
    items.sort_by(|(_, a), (_, b)| match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let scores: Vec<f64> = items.iter().filter_map(|(_, s)| *s).collect();
    items
        .into_iter()
        .map(|(item, score)| match score {
            None => Ranked {
                item,
                score,
                rank: None,
                top: false,
                bottom: false,
            },
            Some(s) => {
                let higher = scores.iter().filter(|x| **x > s).count();
                let lower = scores.iter().filter(|x| **x < s).count();
                let top = higher < mark;
                Ranked {
                    item,
                    score,
                    rank: Some(u32::try_from(higher + 1).unwrap_or(u32::MAX)),
                    top,
                    bottom: !top && lower < mark,
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    /// An instant in March 2026 (April when day > 31), UTC.
    fn t(day: u32, hour: u32) -> DateTime<Utc> {
        let (month, day) = if day > 31 { (4, day - 31) } else { (3, day) };
        Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
    }

    fn rating(day: u32, solved: bool, satisfaction: Satisfaction) -> Option<Rating> {
        Some(Rating {
            at: t(day, 10),
            solved,
            satisfaction,
        })
    }

    /// Seven tickets of one department, looked at on 31 March, 12:00.
    fn fixture() -> Vec<TicketSummary> {
        vec![
            // A: accepted and replied on time, rated solved and satisfied.
            TicketSummary {
                dispatched_at: Some(t(2, 9)),
                accept_due: Some(t(3, 9)),
                accepted_at: Some(t(2, 10)),
                first_response_at: Some(t(2, 10)),
                reply_due: Some(t(10, 9)),
                replied_at: Some(t(9, 15)),
                reply_working_hours: Some(40.0),
                rating: rating(11, true, Satisfaction::Satisfied),
                ..TicketSummary::default()
            },
            // B: returned once and upheld, accepted late, replied late, rated unsolved and
            // dissatisfied, reopened, one supervision order.
            TicketSummary {
                dispatched_at: Some(t(3, 9)),
                accept_due: Some(t(4, 9)),
                accepted_at: Some(t(4, 11)),
                reply_due: Some(t(20, 9)),
                replied_at: Some(t(23, 9)),
                reply_working_hours: Some(100.0),
                rating: rating(24, false, Satisfaction::Dissatisfied),
                reopened: true,
                returns: 1,
                upheld_returns: 1,
                supervision_orders: 1,
                ..TicketSummary::default()
            },
            // C: accepted on time; reply due 25 March and still missing: due, not on time.
            TicketSummary {
                dispatched_at: Some(t(5, 9)),
                accept_due: Some(t(6, 9)),
                accepted_at: Some(t(5, 14)),
                reply_due: Some(t(25, 17)),
                ..TicketSummary::default()
            },
            // D: accepted on time; reply due 10 April, not yet given: not due yet.
            TicketSummary {
                dispatched_at: Some(t(20, 9)),
                accept_due: Some(t(23, 9)),
                accepted_at: Some(t(20, 11)),
                reply_due: Some(t(41, 9)),
                ..TicketSummary::default()
            },
            // E: never accepted, returned (not upheld); the reply clock stopped, so no deadline.
            TicketSummary {
                dispatched_at: Some(t(6, 9)),
                accept_due: Some(t(9, 9)),
                returns: 1,
                ..TicketSummary::default()
            },
            // F: replied early on 12 March against a deadline of 3 April; rated solved,
            // basically satisfied.
            TicketSummary {
                dispatched_at: Some(t(9, 9)),
                accept_due: Some(t(10, 9)),
                accepted_at: Some(t(9, 10)),
                reply_due: Some(t(34, 17)),
                replied_at: Some(t(12, 16)),
                reply_working_hours: Some(20.0),
                rating: rating(13, true, Satisfaction::BasicallySatisfied),
                ..TicketSummary::default()
            },
            // G: replied on time, never rated (auto-closed).
            TicketSummary {
                dispatched_at: Some(t(10, 9)),
                accept_due: Some(t(11, 9)),
                accepted_at: Some(t(10, 9)),
                reply_due: Some(t(18, 17)),
                replied_at: Some(t(17, 12)),
                reply_working_hours: Some(30.0),
                ..TicketSummary::default()
            },
        ]
    }

    const CLOSE: f64 = 1e-12;

    #[test]
    fn hand_computed_fixture() {
        let as_of = t(31, 12);
        let total: MetricCounts = fixture().iter().map(|s| counts_for(s, as_of)).sum();
        // dispatched: all seven. Accepted (and so responded) by the deadline: A C D F G; B was
        // late and E never accepted. Reply fell due: A B C F G (D not yet, E owes none); on time:
        // A F G. Replied: A B F G, of which B reopened. Rated: A B F; solved A F; satisfied A
        // (satisfied) F (basically). Returns: B and E; upheld: B. Supervision: B.
        assert_eq!(
            total,
            MetricCounts {
                dispatched: 7,
                accepted_on_time: 5,
                responded_on_time: 5,
                reply_due: 5,
                replied_on_time: 3,
                replied: 4,
                rated: 3,
                solved: 2,
                satisfied: 2,
                reopened: 1,
                returns: 2,
                upheld_returns: 1,
                supervision_orders: 1,
            }
        );
        let r = Rates::from_counts(&total);
        let expect = [
            (r.on_time_accept, 5.0 / 7.0),
            (r.response, 5.0 / 7.0),
            (r.on_time_reply, 3.0 / 5.0),
            (r.resolution, 2.0 / 3.0),
            (r.satisfaction, 2.0 / 3.0),
            (r.redo, 1.0 / 4.0),
            (r.return_rate, 2.0 / 7.0),
            (r.improper_return, 1.0 / 7.0),
        ];
        for (got, want) in expect {
            assert!((got.unwrap() - want).abs() < CLOSE, "{got:?} vs {want}");
        }
        // Default weights: (30 × 5/7 + 35 × 2/3 + 35 × 2/3) / 100 × 100 = 21.428… + 46.666… = 68.095…
        let score = composite(&r, &Weights::default()).unwrap();
        assert!((score - (30.0 * 5.0 / 7.0 + 70.0 * 2.0 / 3.0)).abs() < 1e-9);
        assert!((score - 68.095_238_095).abs() < 1e-6);
    }

    #[test]
    fn contributions_are_dated_by_cohort() {
        let as_of = t(31, 12);
        let april = t(32, 0);
        let (mut march, mut later) = (MetricCounts::default(), MetricCounts::default());
        let mut sketch = DurationSketch::default();
        for s in fixture() {
            for c in contributions(&s, as_of) {
                if c.at < april {
                    march += c.counts;
                } else {
                    later += c.counts;
                }
                if let Some(h) = c.reply_working_hours {
                    assert_eq!(c.cohort, Cohort::Reply);
                    sketch.add(h);
                }
            }
        }
        // Only F's reply deadline (3 April) falls in April: due there, and on time already.
        assert_eq!(
            later,
            MetricCounts {
                reply_due: 1,
                replied_on_time: 1,
                ..MetricCounts::default()
            }
        );
        assert_eq!(march.reply_due, 4);
        assert_eq!(march.replied_on_time, 2);
        assert_eq!(march.dispatched, 7);
        // Reply times 20, 30, 40, 100 h: nearest-rank median is 30 h, p90 is 100 h.
        assert_eq!(sketch.count(), 4);
        assert!((sketch.quantile(0.5).unwrap() - 30.0).abs() <= 1.0);
        assert!((sketch.quantile(0.9).unwrap() - 100.0).abs() <= 1.0);
    }

    #[test]
    fn overdue_unreplied_counts_only_once_the_deadline_passes() {
        let s = TicketSummary {
            dispatched_at: Some(t(2, 9)),
            reply_due: Some(t(10, 9)),
            ..TicketSummary::default()
        };
        assert_eq!(counts_for(&s, t(10, 8)).reply_due, 0);
        let after = counts_for(&s, t(10, 9));
        assert_eq!((after.reply_due, after.replied_on_time), (1, 0));
        // Replied exactly at the deadline is on time; a second late is not.
        let on_the_dot = TicketSummary {
            replied_at: Some(t(10, 9)),
            ..s.clone()
        };
        assert_eq!(counts_for(&on_the_dot, t(1, 0)).replied_on_time, 1);
        let late = TicketSummary {
            replied_at: Some(t(10, 9) + chrono::Duration::seconds(1)),
            ..s
        };
        assert_eq!(counts_for(&late, t(31, 0)).replied_on_time, 0);
    }

    #[test]
    fn first_response_falls_back_to_the_accept() {
        let s = TicketSummary {
            dispatched_at: Some(t(2, 9)),
            accept_due: Some(t(3, 9)),
            accepted_at: Some(t(2, 12)),
            first_response_at: None,
            ..TicketSummary::default()
        };
        let c = counts_for(&s, t(31, 0));
        assert_eq!((c.accepted_on_time, c.responded_on_time), (1, 1));
        // Never dispatched: nothing at all.
        assert!(counts_for(&TicketSummary::default(), t(31, 0)).is_empty());
    }

    #[test]
    fn zero_denominators_give_none() {
        assert_eq!(
            Rates::from_counts(&MetricCounts::default()),
            Rates::default()
        );
        let only_dispatched = MetricCounts {
            dispatched: 4,
            accepted_on_time: 3,
            ..MetricCounts::default()
        };
        let r = Rates::from_counts(&only_dispatched);
        assert_eq!(r.on_time_accept, Some(0.75));
        assert_eq!(r.response, Some(0.0));
        assert_eq!(r.return_rate, Some(0.0));
        assert_eq!(
            (r.on_time_reply, r.resolution, r.satisfaction, r.redo),
            (None, None, None, None)
        );
        // No ratings yet: the composite is the response rate alone, not dragged to 0.
        assert_eq!(composite(&r, &Weights::default()), Some(0.0));
        assert_eq!(composite(&Rates::default(), &Weights::default()), None);
    }

    #[test]
    fn composite_with_default_weights() {
        let r = Rates {
            response: Some(1.0),
            resolution: Some(0.8),
            satisfaction: Some(0.6),
            ..Rates::default()
        };
        // (30 × 1.0 + 35 × 0.8 + 35 × 0.6) = 30 + 28 + 21 = 79.
        assert!((composite(&r, &Weights::default()).unwrap() - 79.0).abs() < 1e-9);
        // Missing satisfaction: (30 × 1.0 + 35 × 0.8) / 65 × 100 = 58 / 65 × 100 ≈ 89.23.
        let partial = Rates {
            satisfaction: None,
            ..r
        };
        let got = composite(&partial, &Weights::default()).unwrap();
        assert!((got - 5800.0 / 65.0).abs() < 1e-9);
        // A zero weight on the only available rate leaves nothing to score.
        let only_response = Rates {
            response: Some(0.5),
            ..Rates::default()
        };
        let no_response_weight = Weights {
            response: 0.0,
            ..Weights::default()
        };
        assert_eq!(composite(&only_response, &no_response_weight), None);
    }

    #[test]
    fn weights_are_validated() {
        assert!(Weights::default().validate().is_ok());
        let negative = Weights {
            resolution: -1.0,
            ..Weights::default()
        };
        assert_eq!(negative.validate().unwrap_err().field, "weights.resolution");
        let zero = Weights {
            response: 0.0,
            resolution: 0.0,
            satisfaction: 0.0,
        };
        assert_eq!(zero.validate().unwrap_err().field, "weights");
        let nan = Weights {
            satisfaction: f64::NAN,
            ..Weights::default()
        };
        assert!(nan.validate().is_err());
        assert_eq!(composite(&Rates::default(), &negative), None);
    }

    #[test]
    fn counts_add_field_by_field() {
        let a = MetricCounts {
            dispatched: 2,
            satisfied: 1,
            ..MetricCounts::default()
        };
        let b = MetricCounts {
            dispatched: 3,
            supervision_orders: 4,
            ..MetricCounts::default()
        };
        let mut c = a;
        c += b;
        assert_eq!(c, a + b);
        assert_eq!((c.dispatched, c.satisfied, c.supervision_orders), (5, 1, 4));
        // Stored rows missing a newer counter still load.
        let old: MetricCounts = serde_json::from_str(r#"{"dispatched":7}"#).unwrap();
        assert_eq!(old.dispatched, 7);
    }

    #[test]
    fn exact_quantile_is_nearest_rank() {
        let mut v = [4.0, 1.0, 3.0, 2.0];
        assert_eq!(quantile_exact(&mut v, 0.5), Some(2.0));
        assert_eq!(quantile_exact(&mut v, 0.0), Some(1.0));
        assert_eq!(quantile_exact(&mut v, 0.9), Some(4.0));
        assert_eq!(quantile_exact(&mut v, 1.0), Some(4.0));
        assert_eq!(quantile_exact(&mut v, 1.5), None);
        assert_eq!(quantile_exact(&mut [], 0.5), None);
    }

    #[test]
    fn sketch_edges_and_storage() {
        assert_eq!(bucket_of(0.0), 0);
        assert_eq!(bucket_of(0.2499), 0);
        assert_eq!(bucket_of(0.25), 1);
        assert_eq!(bucket_of(7.99), 31);
        assert_eq!(bucket_of(8.0), 32);
        assert_eq!(bucket_of(199.99), 223);
        assert_eq!(bucket_of(200.0), 224);
        assert_eq!(bucket_of(1e12), 224);
        for i in 0..=OPEN_BUCKET {
            let (lo, _) = bucket_bounds(i);
            assert_eq!(bucket_of(lo), i);
        }

        let mut s: DurationSketch = [0.8, 0.9, 16.5, -3.0, f64::NAN].into_iter().collect();
        assert_eq!(s.count(), 4);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"buckets":{"0":1,"3":2,"40":1},"min":0.0,"max":16.5}"#
        );
        let back: DurationSketch = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert!(
            serde_json::from_str::<DurationSketch>(r#"{"buckets":{"225":1},"min":1,"max":1}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<DurationSketch>(r#"{"buckets":{"3":1}}"#).is_err());
        assert_eq!(
            serde_json::from_str::<DurationSketch>(r#"{"buckets":{}}"#).unwrap(),
            DurationSketch::default()
        );

        // Beyond 200 h the estimate stays between 200 h and the largest value seen.
        s.add(260.0);
        assert_eq!(s.quantile(1.0), Some(260.0));
        assert_eq!(DurationSketch::new().quantile(0.5), None);
        assert_eq!(s.quantile(-0.1), None);
    }

    /// The width of the bucket holding `v` (for the open bucket, up to `max`).
    fn width_at(v: f64, max: f64) -> f64 {
        let (lo, hi) = bucket_bounds(bucket_of(v));
        hi.min(max) - lo
    }

    proptest! {
        #[test]
        fn sketch_quantiles_are_within_one_bucket(
            values in prop::collection::vec(0.0f64..260.0, 1..400),
            q in prop::sample::select(vec![0.5, 0.9, 0.0, 0.25, 0.99, 1.0]),
        ) {
            let sketch: DurationSketch = values.iter().copied().collect();
            let max = values.iter().copied().fold(0.0, f64::max);
            let mut sorted = values.clone();
            let exact = quantile_exact(&mut sorted, q).unwrap();
            let estimate = sketch.quantile(q).unwrap();
            prop_assert!(
                (estimate - exact).abs() <= width_at(exact, max) + 1e-9,
                "q {} exact {} estimate {}", q, exact, estimate
            );
        }

        #[test]
        fn merged_sketch_equals_sketch_of_concatenation(
            a in prop::collection::vec(0.0f64..300.0, 0..100),
            b in prop::collection::vec(0.0f64..300.0, 0..100),
        ) {
            let mut merged: DurationSketch = a.iter().copied().collect();
            merged.merge(&b.iter().copied().collect());
            let whole: DurationSketch = a.iter().chain(&b).copied().collect();
            prop_assert_eq!(merged.count(), (a.len() + b.len()) as u64);
            prop_assert_eq!(&merged, &whole);
            for q in [0.5, 0.9] {
                prop_assert_eq!(merged.quantile(q), whole.quantile(q));
            }
        }

        #[test]
        fn counts_are_additive_and_rates_bounded(
            flags in prop::collection::vec((any::<bool>(), any::<bool>(), any::<bool>(), 0u32..3), 0..50),
        ) {
            // Random tickets; every cohort ratio stays within 0–1, because each numerator counts
            // a subset of its denominator's tickets.
            let summaries: Vec<TicketSummary> = flags.iter().map(|(accepted, replied, reopened, late)| {
                TicketSummary {
                    dispatched_at: Some(t(2, 9)),
                    accept_due: Some(t(3, 9)),
                    accepted_at: accepted.then(|| t(2 + late, 10)),
                    reply_due: Some(t(10, 9)),
                    replied_at: replied.then(|| t(9 + late, 9)),
                    reopened: *reopened && *replied,
                    rating: replied.then(|| Rating { at: t(20, 9), solved: *late == 0, satisfaction: Satisfaction::Satisfied }),
                    ..TicketSummary::default()
                }
            }).collect();
            let total: MetricCounts = summaries.iter().map(|s| counts_for(s, t(31, 0))).sum();
            let by_parts = summaries.iter().fold(MetricCounts::default(), |mut acc, s| {
                for c in contributions(s, t(31, 0)) { acc += c.counts; }
                acc
            });
            prop_assert_eq!(total, by_parts);
            prop_assert_eq!(total.dispatched, summaries.len() as u64);
            let r = Rates::from_counts(&total);
            for rate in [r.on_time_accept, r.response, r.on_time_reply, r.resolution, r.satisfaction, r.redo].into_iter().flatten() {
                prop_assert!((0.0..=1.0).contains(&rate));
            }
            prop_assert!(total.responded_on_time >= total.accepted_on_time);
        }
    }

    #[test]
    fn ranking_shares_ties_and_puts_unscored_last() {
        let ranked = rank(
            vec![
                ("A", Some(90.0)),
                ("B", Some(80.0)),
                ("C", Some(90.0)),
                ("D", None),
                ("E", Some(70.0)),
                ("F", Some(80.0)),
                ("G", Some(f64::NAN)),
            ],
            2,
        );
        let view: Vec<_> = ranked
            .iter()
            .map(|r| (r.item, r.rank, r.top, r.bottom))
            .collect();
        assert_eq!(
            view,
            vec![
                ("A", Some(1), true, false),
                ("C", Some(1), true, false),
                // Fewer than 2 score lower than B and F, so the tie at the edge is all marked.
                ("B", Some(3), false, true),
                ("F", Some(3), false, true),
                ("E", Some(5), false, true),
                ("D", None, false, false),
                ("G", None, false, false),
            ]
        );
        // Everyone tied: all top, none bottom.
        let tied = rank(vec![(1, Some(5.0)), (2, Some(5.0))], 1);
        assert!(tied.iter().all(|r| r.top && !r.bottom && r.rank == Some(1)));
        assert!(rank::<u8>(vec![], 3).is_empty());
        // mark 0 marks nothing.
        assert!(
            rank(vec![("x", Some(1.0))], 0)
                .iter()
                .all(|r| !r.top && !r.bottom)
        );
    }
}
