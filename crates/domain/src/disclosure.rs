//! What the public may see of the metrics (SPEC §9 transparency, §10 privacy): small counts are
//! not published, because a figure built from two or three tickets can point at the people behind
//! them.
//!
//! Every published figure is a [`Cell`]: a value, [`Cell::Suppressed`] when fewer than
//! [`DisclosureRule::min_cell`] tickets stand behind it (1–4 with the default of 5), or
//! [`Cell::Empty`] when no ticket does (a rate with nothing to divide by). A volume of zero is
//! published as 0: it describes nobody.
//!
//! A table with exactly one suppressed volume would give it away to anyone who knows the total (the
//! per-category table adds up to the same total as the per-department one), so
//! [`publish_table`] then also suppresses the next smallest volume (secondary suppression).

use crate::metrics::{DurationSketch, MetricCounts, Rates};
use serde::{Deserialize, Serialize};

/// The publication threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisclosureRule {
    /// A figure needs at least this many tickets behind it to be published.
    pub min_cell: u64,
}

impl Default for DisclosureRule {
    fn default() -> Self {
        DisclosureRule { min_cell: 5 }
    }
}

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell<T> {
    Value(T),
    /// Built from too few tickets to publish.
    Suppressed,
    /// Nothing to compute it from.
    Empty,
}

impl<T: Copy> Cell<T> {
    /// The value, when there is one to show.
    pub fn value(&self) -> Option<T> {
        match self {
            Cell::Value(v) => Some(*v),
            _ => None,
        }
    }

    pub fn is_suppressed(&self) -> bool {
        matches!(self, Cell::Suppressed)
    }
}

impl DisclosureRule {
    /// A figure `value` built from `basis` tickets.
    pub fn cell<T>(&self, basis: u64, value: Option<T>) -> Cell<T> {
        match value {
            _ if basis > 0 && basis < self.min_cell => Cell::Suppressed,
            Some(v) => Cell::Value(v),
            None => Cell::Empty,
        }
    }

    /// A count: zero is published, 1 to `min_cell - 1` is not.
    pub fn count(&self, n: u64) -> Cell<u64> {
        self.cell(n, Some(n))
    }
}

/// The public figures of one department or category over one period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PublicFigures {
    /// Tickets dispatched.
    pub volume: Cell<u64>,
    /// 按时签收率, 0–1.
    pub on_time_accept: Cell<f64>,
    /// 按时办结率, 0–1.
    pub on_time_reply: Cell<f64>,
    /// Median reply time in working hours.
    pub median_reply_hours: Cell<f64>,
    /// 解决率, 0–1.
    pub resolution: Cell<f64>,
    /// 满意率, 0–1.
    pub satisfaction: Cell<f64>,
}

/// The public figures of one slice, each suppressed on its own basis: the dispatched tickets for
/// the volume and the on-time accept rate, the tickets whose reply fell due for the on-time reply
/// rate, the replies for the median, and the ratings for resolution and satisfaction.
pub fn publish(
    counts: &MetricCounts,
    reply: &DurationSketch,
    rule: &DisclosureRule,
) -> PublicFigures {
    let rates = Rates::from_counts(counts);
    PublicFigures {
        volume: rule.count(counts.dispatched),
        on_time_accept: rule.cell(counts.dispatched, rates.on_time_accept),
        on_time_reply: rule.cell(counts.reply_due, rates.on_time_reply),
        median_reply_hours: rule.cell(reply.count(), reply.quantile(0.5)),
        resolution: rule.cell(counts.rated, rates.resolution),
        satisfaction: rule.cell(counts.rated, rates.satisfaction),
    }
}

/// [`publish`] for every row of a table, with secondary suppression of the volume column: when
/// exactly one volume is suppressed, the smallest published non-zero volume is suppressed too
/// (the first such row on a tie), so the suppressed one cannot be worked out from the total.
pub fn publish_table(
    rows: &[(MetricCounts, DurationSketch)],
    rule: &DisclosureRule,
) -> Vec<PublicFigures> {
    let mut out: Vec<PublicFigures> = rows.iter().map(|(c, s)| publish(c, s, rule)).collect();
    let suppressed = out.iter().filter(|f| f.volume.is_suppressed()).count();
    if suppressed == 1 {
        let smallest = out
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.volume.value().filter(|v| *v > 0).map(|v| (v, i)))
            .min();
        if let Some((_, i)) = smallest
            && let Some(f) = out.get_mut(i)
        {
            f.volume = Cell::Suppressed;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(dispatched: u64, reply_due: u64, rated: u64) -> MetricCounts {
        MetricCounts {
            dispatched,
            accepted_on_time: dispatched,
            reply_due,
            replied_on_time: reply_due / 2,
            rated,
            solved: rated,
            satisfied: rated.saturating_sub(1),
            ..MetricCounts::default()
        }
    }

    #[test]
    fn each_cell_is_judged_on_its_own_basis() {
        let rule = DisclosureRule::default();
        let sketch: DurationSketch = [2.0, 4.0, 6.0, 8.0, 10.0].into_iter().collect();
        let f = publish(&counts(12, 4, 6), &sketch, &rule);
        assert_eq!(f.volume, Cell::Value(12));
        assert_eq!(f.on_time_accept, Cell::Value(1.0));
        // Only four replies fell due: suppressed, although the volume is published.
        assert_eq!(f.on_time_reply, Cell::Suppressed);
        assert_eq!(f.median_reply_hours.value(), sketch.quantile(0.5));
        assert_eq!(f.resolution, Cell::Value(1.0));
        assert_eq!(f.satisfaction, Cell::Value(5.0 / 6.0));
    }

    #[test]
    fn zero_is_shown_and_small_counts_are_not() {
        let rule = DisclosureRule::default();
        let none = publish(&MetricCounts::default(), &DurationSketch::new(), &rule);
        assert_eq!(none.volume, Cell::Value(0));
        assert_eq!(none.on_time_accept, Cell::Empty);
        assert_eq!(none.median_reply_hours, Cell::Empty);
        for n in 1..5 {
            assert_eq!(rule.count(n), Cell::Suppressed, "{n}");
        }
        assert_eq!(rule.count(5), Cell::Value(5));
        // A stricter city.
        let strict = DisclosureRule { min_cell: 10 };
        assert_eq!(strict.count(9), Cell::Suppressed);
    }

    #[test]
    fn a_lone_suppressed_volume_takes_the_next_smallest_with_it() {
        let rule = DisclosureRule::default();
        let empty = DurationSketch::new();
        let rows = vec![
            (counts(40, 0, 0), empty.clone()),
            (counts(3, 0, 0), empty.clone()),
            (counts(0, 0, 0), empty.clone()),
            (counts(7, 0, 0), empty.clone()),
            (counts(9, 0, 0), empty.clone()),
        ];
        let vols: Vec<Cell<u64>> = publish_table(&rows, &rule)
            .iter()
            .map(|f| f.volume)
            .collect();
        assert_eq!(
            vols,
            vec![
                Cell::Value(40),
                Cell::Suppressed,
                Cell::Value(0),
                Cell::Suppressed,
                Cell::Value(9)
            ]
        );
        // Two suppressed already: nothing more to hide.
        let rows = vec![
            (counts(2, 0, 0), empty.clone()),
            (counts(1, 0, 0), empty.clone()),
            (counts(30, 0, 0), empty.clone()),
        ];
        let vols: Vec<Cell<u64>> = publish_table(&rows, &rule)
            .iter()
            .map(|f| f.volume)
            .collect();
        assert_eq!(
            vols,
            vec![Cell::Suppressed, Cell::Suppressed, Cell::Value(30)]
        );
    }
}
