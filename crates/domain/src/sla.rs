//! SLA policy (办理时限, SPEC §5): the dispatch, accept and reply targets for each kind × priority,
//! plus the return, extension, reopen and rating limits, and the clock arithmetic on top of the
//! business calendar: deadlines, pausing and resuming the reply clock, and extension checks.
//!
//! Every figure is configuration: [`SlaPolicy::default_policy`] holds the SPEC defaults, and a city
//! stores its own policy as JSON.

use crate::calendar::{BusinessCalendar, CalendarError};
use crate::vocab::{Kind, Priority};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Longest target accepted: about ten years, the calendar's horizon. Anything longer is a typo.
const MAX_TARGET_DAYS: i64 = 3_650;
/// Most working days accepted in a target (about ten years of working days).
const MAX_TARGET_WORKING_DAYS: u32 = 2_500;

/// Why a target, a policy or an extension request is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SlaError {
    /// The ticket already had the most extensions the policy allows.
    #[error("at most {max} extensions are allowed per ticket")]
    TooManyExtensions { max: u32 },
    /// The requested due date is further out than one extension may reach.
    #[error("the requested due date {requested} is later than the latest allowed, {latest}")]
    ExtensionTooLong {
        requested: DateTime<Utc>,
        latest: DateTime<Utc>,
    },
    /// An extension must move the deadline later.
    #[error("the requested due date must be later than the current one")]
    NotLater,
    /// A target that is zero, negative, too long, or not whole minutes.
    #[error("invalid target: {0}")]
    InvalidTarget(String),
    /// A stored policy must give targets for every kind × priority.
    #[error("the policy has no targets for {kind} × {priority}")]
    MissingEntry { kind: Kind, priority: Priority },
    /// A stored policy gives targets for one kind × priority twice.
    #[error("the policy gives targets for {kind} × {priority} twice")]
    DuplicateEntry { kind: Kind, priority: Priority },
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}

/// One time limit and how it is counted. Serialized as `"none"`, `{"working_days": 2}`,
/// `{"working_hours": 2}` (or `working_minutes`), `{"calendar_hours": 4}` (or `calendar_days`,
/// `calendar_minutes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TargetRepr", into = "TargetRepr")]
pub enum Target {
    /// No deadline (a praise needs no reply).
    None,
    /// Working time: only hours inside working periods count.
    Working(Duration),
    /// Whole working days: the same position in the working day, N working days later.
    WorkingDays(u32),
    /// Elapsed time, nights and holidays included (urgent and critical tickets).
    Calendar(Duration),
}

impl Target {
    /// Whether the target counts working time (and so pauses outside working hours).
    pub fn is_working(&self) -> bool {
        matches!(self, Target::Working(_) | Target::WorkingDays(_))
    }

    /// Checks that the target is positive, in whole minutes, and not absurdly long.
    pub fn validate(&self) -> Result<(), SlaError> {
        let check_duration = |d: &Duration| {
            if *d <= Duration::zero() {
                Err(SlaError::InvalidTarget(format!("{self} must be positive")))
            } else if d.num_days() > MAX_TARGET_DAYS {
                Err(SlaError::InvalidTarget(format!(
                    "{self} is longer than {MAX_TARGET_DAYS} days"
                )))
            } else if d.subsec_nanos() != 0 || d.num_seconds() % 60 != 0 {
                Err(SlaError::InvalidTarget(format!(
                    "{self} must be whole minutes"
                )))
            } else {
                Ok(())
            }
        };
        match self {
            Target::None => Ok(()),
            Target::Working(d) | Target::Calendar(d) => check_duration(d),
            Target::WorkingDays(0) => Err(SlaError::InvalidTarget(
                "0 working days: use \"none\" for no deadline".into(),
            )),
            Target::WorkingDays(n) if *n > MAX_TARGET_WORKING_DAYS => Err(SlaError::InvalidTarget(
                format!("{n} working days is too long"),
            )),
            Target::WorkingDays(_) => Ok(()),
        }
    }

    /// The deadline of a clock started at `start`, or `None` for [`Target::None`]. A working clock
    /// that starts outside working time starts at the next working period.
    pub fn deadline(
        &self,
        cal: &BusinessCalendar,
        start: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, CalendarError> {
        match self {
            Target::None => Ok(None),
            Target::Working(d) => cal.add_working(start, *d).map(Some),
            Target::WorkingDays(n) => cal.add_working_days(start, *n).map(Some),
            Target::Calendar(d) => start
                .checked_add_signed(*d)
                .map(Some)
                .ok_or(CalendarError::BeyondHorizon),
        }
    }

    /// The instant this target's length before `end`, counted the same way (the mirror of
    /// [`Target::deadline`]); `None` for [`Target::None`]. Places warnings before a deadline.
    pub fn before(
        &self,
        cal: &BusinessCalendar,
        end: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, CalendarError> {
        match self {
            Target::None => Ok(None),
            Target::Working(d) => cal.sub_working(end, *d).map(Some),
            Target::WorkingDays(n) => cal.sub_working_days(end, *n).map(Some),
            Target::Calendar(d) => end
                .checked_sub_signed(*d)
                .map(Some)
                .ok_or(CalendarError::BeyondHorizon),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let amount = |d: &Duration| {
            if d.num_seconds() % 3600 == 0 && d.subsec_nanos() == 0 {
                format!("{} hours", d.num_hours())
            } else {
                format!("{} minutes", d.num_minutes())
            }
        };
        match self {
            Target::None => f.write_str("no deadline"),
            Target::Working(d) => write!(f, "{} of working time", amount(d)),
            Target::WorkingDays(n) => write!(f, "{n} working days"),
            Target::Calendar(d) => write!(f, "{} (calendar)", amount(d)),
        }
    }
}

/// The stored form of a [`Target`]: one unit per variant, so the JSON reads as a person would say it.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum TargetRepr {
    None,
    WorkingDays(u32),
    WorkingHours(i64),
    WorkingMinutes(i64),
    WorkingSeconds(i64),
    CalendarDays(i64),
    CalendarHours(i64),
    CalendarMinutes(i64),
    CalendarSeconds(i64),
}

impl From<Target> for TargetRepr {
    fn from(t: Target) -> Self {
        const HOUR: i64 = 3_600;
        const DAY: i64 = 24 * HOUR;
        match t {
            Target::None => TargetRepr::None,
            Target::WorkingDays(n) => TargetRepr::WorkingDays(n),
            Target::Working(d) => {
                let s = d.num_seconds();
                if s % HOUR == 0 {
                    TargetRepr::WorkingHours(s / HOUR)
                } else if s % 60 == 0 {
                    TargetRepr::WorkingMinutes(s / 60)
                } else {
                    TargetRepr::WorkingSeconds(s)
                }
            }
            Target::Calendar(d) => {
                let s = d.num_seconds();
                // "24 hours" reads better than "1 day"; from two days on, days read better.
                if s % DAY == 0 && s >= 2 * DAY {
                    TargetRepr::CalendarDays(s / DAY)
                } else if s % HOUR == 0 {
                    TargetRepr::CalendarHours(s / HOUR)
                } else if s % 60 == 0 {
                    TargetRepr::CalendarMinutes(s / 60)
                } else {
                    TargetRepr::CalendarSeconds(s)
                }
            }
        }
    }
}

impl TryFrom<TargetRepr> for Target {
    type Error = SlaError;

    fn try_from(r: TargetRepr) -> Result<Self, Self::Error> {
        let too_long = || SlaError::InvalidTarget("too long".into());
        let target = match r {
            TargetRepr::None => Target::None,
            TargetRepr::WorkingDays(n) => Target::WorkingDays(n),
            TargetRepr::WorkingHours(h) => {
                Target::Working(Duration::try_hours(h).ok_or_else(too_long)?)
            }
            TargetRepr::WorkingMinutes(m) => {
                Target::Working(Duration::try_minutes(m).ok_or_else(too_long)?)
            }
            TargetRepr::WorkingSeconds(s) => {
                Target::Working(Duration::try_seconds(s).ok_or_else(too_long)?)
            }
            TargetRepr::CalendarDays(d) => {
                Target::Calendar(Duration::try_days(d).ok_or_else(too_long)?)
            }
            TargetRepr::CalendarHours(h) => {
                Target::Calendar(Duration::try_hours(h).ok_or_else(too_long)?)
            }
            TargetRepr::CalendarMinutes(m) => {
                Target::Calendar(Duration::try_minutes(m).ok_or_else(too_long)?)
            }
            TargetRepr::CalendarSeconds(s) => {
                Target::Calendar(Duration::try_seconds(s).ok_or_else(too_long)?)
            }
        };
        target.validate()?;
        Ok(target)
    }
}

/// The three clocks of one kind × priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaTargets {
    /// From filing to dispatch: the centre's own target.
    pub dispatch_within: Target,
    /// From dispatch to accept (签收).
    pub accept_within: Target,
    /// From dispatch to reply (答复).
    pub reply_within: Target,
}

impl SlaTargets {
    /// No deadlines at all.
    pub const NONE: SlaTargets = SlaTargets {
        dispatch_within: Target::None,
        accept_within: Target::None,
        reply_within: Target::None,
    };

    fn validate(&self) -> Result<(), SlaError> {
        self.dispatch_within.validate()?;
        self.accept_within.validate()?;
        self.reply_within.validate()
    }
}

/// One row of a stored policy: the targets of one kind × priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaEntry {
    pub kind: Kind,
    pub priority: Priority,
    pub dispatch_within: Target,
    pub accept_within: Target,
    pub reply_within: Target,
}

/// A complete SLA policy: targets for every kind × priority, and the ticket-wide limits.
/// Stored as JSON; deserializing validates every target and requires every kind × priority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PolicyRepr", into = "PolicyRepr")]
pub struct SlaPolicy {
    /// Always holds every kind × priority: every constructor fills it completely.
    entries: BTreeMap<(Kind, Priority), SlaTargets>,
    /// A return (退单) must come within this of dispatch.
    pub return_within: Target,
    /// How many extensions one ticket may get.
    pub max_extensions: u32,
    /// How far one extension may move the reply deadline.
    pub max_extension: Target,
    /// How long after the reply a resident may reopen (重办).
    pub reopen_window: Target,
    /// How long after the reply a resident may rate before the ticket auto-closes unrated.
    pub rating_window: Target,
    /// Whether a dissatisfied rating opens a redo by itself (otherwise an agent decides).
    pub auto_redo_on_dissatisfied: bool,
}

impl SlaPolicy {
    /// The SPEC §5 defaults, after published rules of Chinese cities.
    pub fn default_policy() -> Self {
        let hours = Duration::hours;
        let mut entries = BTreeMap::new();
        for &kind in Kind::ALL {
            for &priority in Priority::ALL {
                let reply_within = match (kind, priority) {
                    (Kind::Praise, _) => Target::None,
                    (Kind::Enquiry, Priority::Normal) => Target::WorkingDays(2),
                    (Kind::Help | Kind::Suggestion, Priority::Normal) => Target::WorkingDays(10),
                    (Kind::Complaint | Kind::Report, Priority::Normal) => Target::WorkingDays(15),
                    (Kind::Enquiry, Priority::Urgent) => Target::Calendar(hours(4)),
                    (_, Priority::Urgent) => Target::Calendar(hours(24)),
                    (_, Priority::Critical) => Target::Calendar(hours(2)),
                };
                let accept_within = match priority {
                    Priority::Normal => Target::WorkingDays(1),
                    Priority::Urgent | Priority::Critical => Target::Calendar(hours(1)),
                };
                entries.insert(
                    (kind, priority),
                    SlaTargets {
                        dispatch_within: Target::Working(hours(2)),
                        accept_within,
                        reply_within,
                    },
                );
            }
        }
        Self {
            entries,
            return_within: Target::WorkingDays(2),
            max_extensions: 2,
            max_extension: Target::WorkingDays(10),
            // Long enough for a resident to see whether the fix held; the rating window closes first,
            // so a resident who rated can still reopen for a while.
            reopen_window: Target::Calendar(Duration::days(15)),
            rating_window: Target::Calendar(Duration::days(7)),
            auto_redo_on_dissatisfied: true,
        }
    }

    /// The targets of one kind × priority.
    pub fn targets(&self, kind: Kind, priority: Priority) -> SlaTargets {
        // Every constructor fills all cells, so the fallback is never used.
        self.entries
            .get(&(kind, priority))
            .copied()
            .unwrap_or(SlaTargets::NONE)
    }

    /// Replaces the targets of one kind × priority. Call [`SlaPolicy::validate`] before storing.
    pub fn set_targets(&mut self, kind: Kind, priority: Priority, targets: SlaTargets) {
        self.entries.insert((kind, priority), targets);
    }

    /// Every kind × priority with its targets, in vocabulary order.
    pub fn entries(&self) -> Vec<SlaEntry> {
        self.entries
            .iter()
            .map(|(&(kind, priority), t)| SlaEntry {
                kind,
                priority,
                dispatch_within: t.dispatch_within,
                accept_within: t.accept_within,
                reply_within: t.reply_within,
            })
            .collect()
    }

    /// Checks every target. The ticket-wide limits must be real deadlines, except that the
    /// reopen window may be [`Target::None`] (reopen any time).
    pub fn validate(&self) -> Result<(), SlaError> {
        for t in self.entries.values() {
            t.validate()?;
        }
        for (name, t) in [
            ("return_within", self.return_within),
            ("max_extension", self.max_extension),
            ("rating_window", self.rating_window),
        ] {
            if t == Target::None {
                return Err(SlaError::InvalidTarget(format!("{name} needs a limit")));
            }
            t.validate()?;
        }
        self.reopen_window.validate()
    }
}

impl Default for SlaPolicy {
    fn default() -> Self {
        Self::default_policy()
    }
}

/// The stored form of a policy. Omitted limits take their defaults; `entries`, if given, must be
/// complete.
#[derive(Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PolicyRepr {
    entries: Vec<SlaEntry>,
    return_within: Target,
    max_extensions: u32,
    max_extension: Target,
    reopen_window: Target,
    rating_window: Target,
    auto_redo_on_dissatisfied: bool,
}

impl Default for PolicyRepr {
    fn default() -> Self {
        SlaPolicy::default_policy().into()
    }
}

impl From<SlaPolicy> for PolicyRepr {
    fn from(p: SlaPolicy) -> Self {
        PolicyRepr {
            entries: p.entries(),
            return_within: p.return_within,
            max_extensions: p.max_extensions,
            max_extension: p.max_extension,
            reopen_window: p.reopen_window,
            rating_window: p.rating_window,
            auto_redo_on_dissatisfied: p.auto_redo_on_dissatisfied,
        }
    }
}

impl TryFrom<PolicyRepr> for SlaPolicy {
    type Error = SlaError;

    fn try_from(r: PolicyRepr) -> Result<Self, Self::Error> {
        let mut entries = BTreeMap::new();
        for e in r.entries {
            let targets = SlaTargets {
                dispatch_within: e.dispatch_within,
                accept_within: e.accept_within,
                reply_within: e.reply_within,
            };
            if entries.insert((e.kind, e.priority), targets).is_some() {
                return Err(SlaError::DuplicateEntry {
                    kind: e.kind,
                    priority: e.priority,
                });
            }
        }
        for &kind in Kind::ALL {
            for &priority in Priority::ALL {
                if !entries.contains_key(&(kind, priority)) {
                    return Err(SlaError::MissingEntry { kind, priority });
                }
            }
        }
        let policy = SlaPolicy {
            entries,
            return_within: r.return_within,
            max_extensions: r.max_extensions,
            max_extension: r.max_extension,
            reopen_window: r.reopen_window,
            rating_window: r.rating_window,
            auto_redo_on_dissatisfied: r.auto_redo_on_dissatisfied,
        };
        policy.validate()?;
        Ok(policy)
    }
}

/// How much of a clock is left at `now`, measured in the target's own basis: working time for
/// working targets, elapsed time otherwise. Negative when overdue. Taken when the reply clock
/// pauses (awaiting the resident), and given back to [`resume`].
pub fn remaining(
    cal: &BusinessCalendar,
    target: &Target,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Duration {
    if target.is_working() {
        if due >= now {
            cal.working_between(now, due)
        } else {
            -cal.working_between(due, now)
        }
    } else {
        due - now
    }
}

/// The new due date when a paused clock restarts at `now` with `remaining` left, in the target's
/// basis. A working clock restarted outside working time starts at the next working period; a clock
/// that was overdue when paused stays overdue by the same amount.
pub fn resume(
    cal: &BusinessCalendar,
    target: &Target,
    now: DateTime<Utc>,
    remaining: Duration,
) -> Result<DateTime<Utc>, CalendarError> {
    if target.is_working() {
        cal.add_working(now, remaining)
    } else {
        now.checked_add_signed(remaining)
            .ok_or(CalendarError::BeyondHorizon)
    }
}

/// Whether an extension may be granted: the ticket has had fewer than `max_extensions`, and the
/// requested due date is later than the current one but no further than `max_extension` beyond it
/// (counted in the calendar, e.g. 10 working days).
pub fn check_extension(
    policy: &SlaPolicy,
    cal: &BusinessCalendar,
    current_due: DateTime<Utc>,
    requested_due: DateTime<Utc>,
    extensions_granted: u32,
) -> Result<(), SlaError> {
    if extensions_granted >= policy.max_extensions {
        return Err(SlaError::TooManyExtensions {
            max: policy.max_extensions,
        });
    }
    if requested_due <= current_due {
        return Err(SlaError::NotLater);
    }
    if let Some(latest) = policy.max_extension.deadline(cal, current_due)?
        && requested_due > latest
    {
        return Err(SlaError::ExtensionTooLong {
            requested: requested_due,
            latest,
        });
    }
    Ok(())
}

/// Whether `now` is still within `target` of `start` (the deadline itself included): is a return
/// within 2 working days of dispatch, is a reopen within the window. [`Target::None`] is always
/// within.
pub fn within(
    cal: &BusinessCalendar,
    target: &Target,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, CalendarError> {
    Ok(match target.deadline(cal, start)? {
        None => true,
        Some(deadline) => now <= deadline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn cal() -> BusinessCalendar {
        BusinessCalendar::china_mainland_2026()
    }

    fn sh(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Shanghai
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn hours(h: i64) -> Duration {
        Duration::hours(h)
    }

    #[test]
    fn every_default_cell_follows_the_spec_table() {
        use Kind::*;
        use Priority::*;
        let p = SlaPolicy::default_policy();
        let reply = |k, pr| p.targets(k, pr).reply_within;
        let expected_reply = [
            (
                Enquiry,
                [
                    Target::WorkingDays(2),
                    Target::Calendar(hours(4)),
                    Target::Calendar(hours(2)),
                ],
            ),
            (
                Help,
                [
                    Target::WorkingDays(10),
                    Target::Calendar(hours(24)),
                    Target::Calendar(hours(2)),
                ],
            ),
            (
                Suggestion,
                [
                    Target::WorkingDays(10),
                    Target::Calendar(hours(24)),
                    Target::Calendar(hours(2)),
                ],
            ),
            (
                Complaint,
                [
                    Target::WorkingDays(15),
                    Target::Calendar(hours(24)),
                    Target::Calendar(hours(2)),
                ],
            ),
            (
                Report,
                [
                    Target::WorkingDays(15),
                    Target::Calendar(hours(24)),
                    Target::Calendar(hours(2)),
                ],
            ),
            (Praise, [Target::None, Target::None, Target::None]),
        ];
        assert_eq!(expected_reply.len(), Kind::ALL.len());
        for (kind, row) in expected_reply {
            for (priority, target) in [Normal, Urgent, Critical].into_iter().zip(row) {
                assert_eq!(reply(kind, priority), target, "{kind} × {priority}");
                let t = p.targets(kind, priority);
                assert_eq!(
                    t.dispatch_within,
                    Target::Working(hours(2)),
                    "{kind} × {priority}"
                );
                let accept = if priority == Normal {
                    Target::WorkingDays(1)
                } else {
                    Target::Calendar(hours(1))
                };
                assert_eq!(t.accept_within, accept, "{kind} × {priority}");
            }
        }
        assert_eq!(p.return_within, Target::WorkingDays(2));
        assert_eq!(p.max_extensions, 2);
        assert_eq!(p.max_extension, Target::WorkingDays(10));
        assert_eq!(p.reopen_window, Target::Calendar(Duration::days(15)));
        assert_eq!(p.rating_window, Target::Calendar(Duration::days(7)));
        assert!(p.auto_redo_on_dissatisfied);
        p.validate().unwrap();
    }

    #[test]
    fn deadlines_on_the_2026_calendar() {
        let c = cal();
        let p = SlaPolicy::default_policy();
        // A normal complaint dispatched Mon 9 Mar 10:00: 15 working days is Mon 30 Mar 10:00.
        let t = p.targets(Kind::Complaint, Priority::Normal);
        assert_eq!(
            t.reply_within.deadline(&c, sh(2026, 3, 9, 10, 0)).unwrap(),
            Some(sh(2026, 3, 30, 10, 0))
        );
        // An urgent complaint dispatched Fri 2 Oct (a holiday) 22:00: 24 calendar hours.
        let t = p.targets(Kind::Complaint, Priority::Urgent);
        assert_eq!(
            t.reply_within.deadline(&c, sh(2026, 10, 2, 22, 0)).unwrap(),
            Some(sh(2026, 10, 3, 22, 0))
        );
        // Dispatch within 2 working hours of a Saturday-night filing: Monday 11:00.
        assert_eq!(
            t.dispatch_within
                .deadline(&c, sh(2026, 3, 7, 23, 0))
                .unwrap(),
            Some(sh(2026, 3, 9, 11, 0))
        );
        assert_eq!(
            Target::None.deadline(&c, sh(2026, 3, 9, 10, 0)).unwrap(),
            None
        );
        assert_eq!(
            Target::WorkingDays(2)
                .before(&c, sh(2026, 3, 30, 10, 0))
                .unwrap(),
            Some(sh(2026, 3, 26, 10, 0))
        );
    }

    #[test]
    fn pause_on_friday_and_resume_on_monday_in_working_time() {
        let c = cal();
        let target = Target::Working(hours(3));
        // Started Fri 6 Mar 16:00 with 3 working hours: 1h30 on Friday, 1h30 on Monday → 10:30.
        let paused_at = sh(2026, 3, 6, 16, 0);
        let due = target.deadline(&c, paused_at).unwrap().unwrap();
        assert_eq!(due, sh(2026, 3, 9, 10, 30));
        // Paused at once: all 3 working hours are left.
        let left = remaining(&c, &target, due, paused_at);
        assert_eq!(left, hours(3));
        // The resident answers Mon 9 Mar 10:00: 10:00–12:00 is 2h, then 13:30–14:30.
        let new_due = resume(&c, &target, sh(2026, 3, 9, 10, 0), left).unwrap();
        assert_eq!(new_due, sh(2026, 3, 9, 14, 30));
        // The same for a working-days target: the remaining time is working time.
        let days = Target::WorkingDays(2);
        assert_eq!(remaining(&c, &days, due, paused_at), hours(3));
        // Resumed on Saturday night, the clock starts Monday 09:00; 3 hours end exactly at the
        // lunch break, which is where the deadline stays.
        assert_eq!(
            resume(&c, &days, sh(2026, 3, 7, 22, 0), hours(3)).unwrap(),
            sh(2026, 3, 9, 12, 0)
        );
    }

    #[test]
    fn pause_and_resume_in_calendar_time() {
        let c = cal();
        let target = Target::Calendar(hours(24));
        let start = sh(2026, 10, 1, 10, 0);
        let due = target.deadline(&c, start).unwrap().unwrap();
        // Paused 6 hours in; resumed two (holiday) days later, 18 calendar hours are left.
        let left = remaining(&c, &target, due, sh(2026, 10, 1, 16, 0));
        assert_eq!(left, hours(18));
        let new_due = resume(&c, &target, sh(2026, 10, 3, 9, 0), left).unwrap();
        assert_eq!(new_due, sh(2026, 10, 4, 3, 0));
    }

    #[test]
    fn an_overdue_clock_stays_overdue_across_a_pause() {
        let c = cal();
        let target = Target::WorkingDays(2);
        let due = sh(2026, 3, 9, 10, 0);
        let left = remaining(&c, &target, due, sh(2026, 3, 9, 11, 0));
        assert_eq!(left, -hours(1));
        assert_eq!(
            resume(&c, &target, sh(2026, 3, 10, 9, 30), left).unwrap(),
            sh(2026, 3, 9, 17, 0)
        );
        assert_eq!(
            remaining(&c, &Target::Calendar(hours(2)), due, sh(2026, 3, 9, 11, 0)),
            -hours(1)
        );
    }

    #[test]
    fn extension_limits() {
        let c = cal();
        let p = SlaPolicy::default_policy();
        let due = sh(2026, 9, 24, 10, 0); // Thu 24 Sep
        // 10 working days from Thu 24 Sep 10:00: 24→ Mon 28 (1), 29, 30 (3), Oct 8, 9, 10 (6),
        // 12, 13, 14, 15 (10). National Day and the Mid-Autumn holidays do not count.
        let latest = sh(2026, 10, 15, 10, 0);
        assert_eq!(check_extension(&p, &c, due, latest, 0), Ok(()));
        assert_eq!(check_extension(&p, &c, due, latest, 1), Ok(()));
        assert_eq!(
            check_extension(&p, &c, due, latest + Duration::minutes(1), 0),
            Err(SlaError::ExtensionTooLong {
                requested: latest + Duration::minutes(1),
                latest
            })
        );
        assert_eq!(
            check_extension(&p, &c, due, latest, 2),
            Err(SlaError::TooManyExtensions { max: 2 })
        );
        assert_eq!(
            check_extension(&p, &c, due, due, 0),
            Err(SlaError::NotLater)
        );
        assert_eq!(
            check_extension(&p, &c, due, due - hours(1), 0),
            Err(SlaError::NotLater)
        );
    }

    #[test]
    fn within_windows() {
        let c = cal();
        let p = SlaPolicy::default_policy();
        // Dispatched Thu 30 Apr 10:00: returns are allowed until Thu 7 May 10:00 (1–5 May off).
        let dispatched = sh(2026, 4, 30, 10, 0);
        assert!(within(&c, &p.return_within, dispatched, sh(2026, 5, 7, 10, 0)).unwrap());
        assert!(!within(&c, &p.return_within, dispatched, sh(2026, 5, 7, 10, 1)).unwrap());
        // Reopen: 15 calendar days after the reply.
        let replied = sh(2026, 5, 7, 10, 0);
        assert!(within(&c, &p.reopen_window, replied, sh(2026, 5, 22, 10, 0)).unwrap());
        assert!(!within(&c, &p.reopen_window, replied, sh(2026, 5, 22, 10, 1)).unwrap());
        assert!(within(&c, &Target::None, replied, sh(2030, 1, 1, 0, 0)).unwrap());
    }

    #[test]
    fn target_serde() {
        let cases = [
            (Target::None, r#""none""#),
            (Target::WorkingDays(2), r#"{"working_days":2}"#),
            (Target::Working(hours(2)), r#"{"working_hours":2}"#),
            (
                Target::Working(Duration::minutes(90)),
                r#"{"working_minutes":90}"#,
            ),
            (Target::Calendar(hours(4)), r#"{"calendar_hours":4}"#),
            (Target::Calendar(hours(24)), r#"{"calendar_hours":24}"#),
            (
                Target::Calendar(Duration::days(15)),
                r#"{"calendar_days":15}"#,
            ),
        ];
        for (target, json) in cases {
            assert_eq!(serde_json::to_string(&target).unwrap(), json);
            assert_eq!(serde_json::from_str::<Target>(json).unwrap(), target);
        }
        for bad in [
            r#"{"working_days":0}"#,
            r#"{"calendar_hours":-1}"#,
            r#"{"working_hours":0}"#,
            r#"{"working_seconds":30}"#,
            r#"{"fortnights":1}"#,
        ] {
            assert!(serde_json::from_str::<Target>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn policy_serde_round_trip() {
        let mut p = SlaPolicy::default_policy();
        p.set_targets(
            Kind::Complaint,
            Priority::Normal,
            SlaTargets {
                dispatch_within: Target::Working(Duration::minutes(30)),
                accept_within: Target::Working(hours(4)),
                reply_within: Target::WorkingDays(20),
            },
        );
        p.max_extensions = 3;
        let json = serde_json::to_value(&p).unwrap();
        let entries = json["entries"].as_array().unwrap();
        assert_eq!(entries.len(), Kind::ALL.len() * Priority::ALL.len());
        assert_eq!(
            entries[0],
            serde_json::json!({
                "kind": "enquiry", "priority": "normal",
                "dispatch_within": {"working_hours": 2},
                "accept_within": {"working_days": 1},
                "reply_within": {"working_days": 2},
            })
        );
        assert_eq!(
            json["reopen_window"],
            serde_json::json!({"calendar_days": 15})
        );
        let back: SlaPolicy = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            back.targets(Kind::Complaint, Priority::Normal).reply_within,
            Target::WorkingDays(20)
        );

        // Incomplete or duplicated entries are refused.
        let mut short = json.clone();
        short["entries"].as_array_mut().unwrap().remove(0);
        let err = serde_json::from_value::<SlaPolicy>(short).unwrap_err();
        assert!(err.to_string().contains("enquiry × normal"), "{err}");
        let mut doubled = json.clone();
        let first = doubled["entries"][0].clone();
        doubled["entries"].as_array_mut().unwrap().push(first);
        assert!(serde_json::from_value::<SlaPolicy>(doubled).is_err());
        // Omitted limits take their defaults.
        let minimal = serde_json::json!({ "max_extensions": 1 });
        let p: SlaPolicy = serde_json::from_value(minimal).unwrap();
        assert_eq!(p.max_extensions, 1);
        assert_eq!(
            p.targets(Kind::Enquiry, Priority::Normal).reply_within,
            Target::WorkingDays(2)
        );
        // A limit that must exist cannot be "none".
        let bad = serde_json::json!({ "rating_window": "none" });
        assert!(serde_json::from_value::<SlaPolicy>(bad).is_err());
    }

    #[test]
    fn validate_targets() {
        assert!(Target::Working(Duration::zero()).validate().is_err());
        assert!(Target::Calendar(-hours(1)).validate().is_err());
        assert!(Target::Calendar(Duration::seconds(90)).validate().is_err());
        assert!(Target::Calendar(Duration::days(4000)).validate().is_err());
        assert!(Target::WorkingDays(0).validate().is_err());
        assert!(Target::WorkingDays(15).validate().is_ok());
        assert!(Target::None.validate().is_ok());
        assert!(Target::WorkingDays(15).is_working());
        assert!(Target::Working(hours(2)).is_working());
        assert!(!Target::Calendar(hours(2)).is_working());
        assert_eq!(Target::WorkingDays(2).to_string(), "2 working days");
        assert_eq!(Target::Calendar(hours(4)).to_string(), "4 hours (calendar)");
    }
}
