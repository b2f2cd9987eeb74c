//! Escalation rules (SPEC §6) as a pure function: given a ticket's clocks, the rules already fired
//! and the current instant, which rules are due now, and when the ticket next needs looking at.
//!
//! Idempotence lives in the data: a rule fires at most once per ticket and deadline version (see
//! [`Rule::version_key`]), so the store can hold firings under a unique key and several sweepers can
//! race safely. `next_check` lets the store index tickets by the instant they next need a sweep, so a
//! sweep reads only due tickets.

use crate::calendar::BusinessCalendar;
use crate::sla::{SlaError, Target};
use crate::vocab::{State, UnknownCode};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// One escalation rule of SPEC §6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// 黄牌: the reply deadline is near.
    YellowCard,
    /// 红牌: the reply deadline has passed.
    RedCard,
    /// The accept (签收) deadline has passed: notify the department.
    AcceptOverdue,
    /// Still not accepted a second period after the accept deadline: notify the supervisors.
    AcceptOverdueSupervisors,
    /// Automatic supervision order (督办), some working days after the red card.
    AutoSupervision,
    /// 疑难工单: many redos or many departments; flagged for the supervisors.
    ProblemTicket,
}

impl Rule {
    /// Every rule, in the order they are reported.
    pub const ALL: &'static [Rule] = &[
        Rule::YellowCard,
        Rule::RedCard,
        Rule::AcceptOverdue,
        Rule::AcceptOverdueSupervisors,
        Rule::AutoSupervision,
        Rule::ProblemTicket,
    ];

    /// The stable code stored in the database and shown in the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Rule::YellowCard => "yellow_card",
            Rule::RedCard => "red_card",
            Rule::AcceptOverdue => "accept_overdue",
            Rule::AcceptOverdueSupervisors => "accept_overdue_supervisors",
            Rule::AutoSupervision => "auto_supervision",
            Rule::ProblemTicket => "problem_ticket",
        }
    }

    /// The deadline version a firing of this rule is recorded under. A problem ticket is flagged
    /// once per ticket ever, so its version is always 0; the other rules fire again when the
    /// deadlines change (an extension approved, a re-dispatch).
    pub const fn version_key(self, deadline_version: i32) -> i32 {
        match self {
            Rule::ProblemTicket => 0,
            _ => deadline_version,
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Rule {
    type Err = UnknownCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownCode {
                vocabulary: "escalation rule",
                value: s.to_owned(),
            })
    }
}

/// When the rules fire, and which are switched on. Defaults are SPEC §6 (after Shandong's yellow
/// and red cards). Stored as JSON; omitted fields take their defaults; deserializing validates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ConfigRepr", into = "ConfigRepr")]
pub struct EscalationConfig {
    /// The yellow card comes this long before the reply deadline…
    pub yellow_before: Target,
    /// …or this fraction of the reply target before it, whichever is less (the later instant).
    pub yellow_fraction: f64,
    /// After the accept deadline, how long until the supervisors are told.
    pub accept_second_period: Target,
    /// How long after the red card the automatic supervision order comes.
    pub supervision_after_red: Target,
    /// A ticket redone this many times is a problem ticket.
    pub problem_redos: u32,
    /// A ticket passed between this many departments is a problem ticket.
    pub problem_departments: u32,
    /// The rules switched on.
    pub enabled: BTreeSet<Rule>,
}

impl Default for EscalationConfig {
    fn default() -> Self {
        Self {
            yellow_before: Target::WorkingDays(1),
            yellow_fraction: 0.2,
            // The same again as the normal accept target: one more working day.
            accept_second_period: Target::WorkingDays(1),
            supervision_after_red: Target::WorkingDays(5),
            problem_redos: 3,
            problem_departments: 3,
            enabled: Rule::ALL.iter().copied().collect(),
        }
    }
}

impl EscalationConfig {
    /// Checks the targets, and that the fraction lies in 0..=1 and the problem thresholds are
    /// positive (a threshold of 0 would flag every ticket).
    pub fn validate(&self) -> Result<(), SlaError> {
        self.yellow_before.validate()?;
        self.accept_second_period.validate()?;
        self.supervision_after_red.validate()?;
        if !(0.0..=1.0).contains(&self.yellow_fraction) {
            return Err(SlaError::InvalidTarget(format!(
                "yellow_fraction must be between 0 and 1, not {}",
                self.yellow_fraction
            )));
        }
        if self.problem_redos == 0 || self.problem_departments == 0 {
            return Err(SlaError::InvalidTarget(
                "problem ticket thresholds must be at least 1".into(),
            ));
        }
        Ok(())
    }
}

/// The stored form of [`EscalationConfig`]: the same fields, with defaults, before validation.
#[derive(Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ConfigRepr {
    yellow_before: Target,
    yellow_fraction: f64,
    accept_second_period: Target,
    supervision_after_red: Target,
    problem_redos: u32,
    problem_departments: u32,
    enabled: BTreeSet<Rule>,
}

impl Default for ConfigRepr {
    fn default() -> Self {
        EscalationConfig::default().into()
    }
}

impl From<EscalationConfig> for ConfigRepr {
    fn from(c: EscalationConfig) -> Self {
        ConfigRepr {
            yellow_before: c.yellow_before,
            yellow_fraction: c.yellow_fraction,
            accept_second_period: c.accept_second_period,
            supervision_after_red: c.supervision_after_red,
            problem_redos: c.problem_redos,
            problem_departments: c.problem_departments,
            enabled: c.enabled,
        }
    }
}

impl TryFrom<ConfigRepr> for EscalationConfig {
    type Error = SlaError;

    fn try_from(r: ConfigRepr) -> Result<Self, Self::Error> {
        let c = EscalationConfig {
            yellow_before: r.yellow_before,
            yellow_fraction: r.yellow_fraction,
            accept_second_period: r.accept_second_period,
            supervision_after_red: r.supervision_after_red,
            problem_redos: r.problem_redos,
            problem_departments: r.problem_departments,
            enabled: r.enabled,
        };
        c.validate()?;
        Ok(c)
    }
}

/// What escalation needs to know about one ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketClocks {
    pub state: State,
    /// When the current reply clock started (dispatch, or the reopen of a redo).
    pub reply_started_at: Option<DateTime<Utc>>,
    /// The current reply deadline, after pauses and extensions.
    pub reply_due: Option<DateTime<Utc>>,
    /// The policy's reply target for this ticket's kind × priority.
    pub reply_target: Target,
    /// The reply clock is paused (awaiting the resident); its deadline is stale until resumed.
    pub reply_paused: bool,
    pub accept_due: Option<DateTime<Utc>>,
    pub accepted: bool,
    /// Bumped whenever the deadlines change (extension approved, re-dispatch, redo), so the rules
    /// may fire again for the new deadline.
    pub deadline_version: i32,
    pub redo_count: u32,
    /// How many departments the ticket has been dispatched to.
    pub department_count: u32,
}

/// A rule that fired for a ticket: stored uniquely by (ticket, rule, deadline_version).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Firing {
    pub rule: Rule,
    /// Already passed through [`Rule::version_key`].
    pub deadline_version: i32,
    pub fired_at: DateTime<Utc>,
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evaluation {
    /// Rules to fire now, in [`Rule::ALL`] order.
    pub due: Vec<Rule>,
    /// The earliest instant after now at which another rule could become due, assuming the rules
    /// in `due` are fired now and the ticket does not change. `None`: nothing can fire unless the
    /// ticket changes (and any change must re-evaluate).
    pub next_check: Option<DateTime<Utc>>,
}

impl Evaluation {
    /// The firing records to store for the rules in `due`.
    pub fn firings(&self, t: &TicketClocks, now: DateTime<Utc>) -> Vec<Firing> {
        self.due
            .iter()
            .map(|&rule| Firing {
                rule,
                deadline_version: rule.version_key(t.deadline_version),
                fired_at: now,
            })
            .collect()
    }
}

/// Evaluates every enabled rule for one ticket at `now`, given the firings already recorded for it.
///
/// - Yellow card: from `reply_due` − min(`yellow_before`, `yellow_fraction` × reply target) until
///   the deadline, while the reply clock runs. A sweep that first looks after the deadline fires
///   only the red card.
/// - Red card: at `reply_due`, while the ticket is dispatched or accepted and the clock not paused.
/// - Accept overdue: at `accept_due` while still dispatched; the supervisors' notice a further
///   `accept_second_period` later.
/// - Supervision: `supervision_after_red` after this version's red card fired, while the reply is
///   still outstanding.
/// - Problem ticket: once ever, when an open ticket reaches the redo or department threshold.
///
/// Calendar errors (a deadline beyond the calendar's horizon) make that rule's instant unknown, so
/// it is skipped rather than fired early.
pub fn evaluate(
    cal: &BusinessCalendar,
    cfg: &EscalationConfig,
    t: &TicketClocks,
    now: DateTime<Utc>,
    fired: &[Firing],
) -> Evaluation {
    let firing_of = |rule: Rule| {
        let version = rule.version_key(t.deadline_version);
        fired
            .iter()
            .filter(|f| f.rule == rule && f.deadline_version == version)
            .map(|f| f.fired_at)
            .min()
    };
    let mut eval = Evaluation::default();
    // Offers a rule that becomes due at `at`: due now, a candidate for next_check, or nothing.
    let offer = |eval: &mut Evaluation, rule: Rule, at: Option<DateTime<Utc>>| {
        if !cfg.enabled.contains(&rule) || firing_of(rule).is_some() {
            return;
        }
        match at {
            Some(at) if at <= now => eval.due.push(rule),
            Some(at) => eval.next_check = Some(eval.next_check.map_or(at, |n| n.min(at))),
            None => {}
        }
    };

    // The reply clock runs only before the reply and while not waiting for the resident.
    let reply_running = matches!(t.state, State::Dispatched | State::Accepted) && !t.reply_paused;
    let reply_due = t.reply_due.filter(|_| reply_running);

    if let Some(due) = reply_due {
        let red_fired = firing_of(Rule::RedCard).is_some();
        if now < due && !red_fired {
            offer(&mut eval, Rule::YellowCard, yellow_at(cal, cfg, t, due));
        }
        offer(&mut eval, Rule::RedCard, Some(due));
    }

    if t.state == State::Dispatched
        && !t.accepted
        && let Some(accept_due) = t.accept_due
    {
        offer(&mut eval, Rule::AcceptOverdue, Some(accept_due));
        let second = cfg.accept_second_period.deadline(cal, accept_due);
        offer(
            &mut eval,
            Rule::AcceptOverdueSupervisors,
            second.ok().flatten(),
        );
    }

    if reply_due.is_some() {
        // A red card fired in this sweep counts as fired now, so that next_check already covers
        // the supervision order.
        let red_at =
            firing_of(Rule::RedCard).or_else(|| eval.due.contains(&Rule::RedCard).then_some(now));
        if let Some(red_at) = red_at {
            let at = cfg.supervision_after_red.deadline(cal, red_at);
            offer(&mut eval, Rule::AutoSupervision, at.ok().flatten());
        }
    }

    // Flagged once per ticket ever, whatever version the firing was stored under.
    let problem_flagged = fired.iter().any(|f| f.rule == Rule::ProblemTicket);
    if t.state.is_open()
        && !problem_flagged
        && (t.redo_count >= cfg.problem_redos || t.department_count >= cfg.problem_departments)
    {
        offer(&mut eval, Rule::ProblemTicket, Some(now));
    }

    eval.due.sort();
    eval
}

/// The yellow card instant: the later of `yellow_before` before the deadline and `yellow_fraction`
/// of the reply target before it (the later instant is the smaller lead, "whichever is less"). The
/// fraction of a working target is taken of its working time and counted back in working time.
fn yellow_at(
    cal: &BusinessCalendar,
    cfg: &EscalationConfig,
    t: &TicketClocks,
    due: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let by_lead = cfg.yellow_before.before(cal, due).ok().flatten();
    let fraction = if cfg.yellow_fraction.is_finite() {
        cfg.yellow_fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let by_fraction = match t.reply_target {
        Target::None => None,
        Target::Calendar(d) => due.checked_sub_signed(scale(d, fraction)),
        Target::Working(d) => cal.sub_working(due, scale(d, fraction)).ok(),
        Target::WorkingDays(n) => {
            // The working time of the target as the policy meant it: from the clock's start when
            // known (pauses and extensions do not stretch it), else counted back from the deadline.
            let length = match t.reply_started_at {
                Some(start) => Target::WorkingDays(n)
                    .deadline(cal, start)
                    .ok()
                    .flatten()
                    .map(|end| cal.working_between(start, end)),
                None => cal
                    .sub_working_days(due, n)
                    .ok()
                    .map(|from| cal.working_between(from, due)),
            };
            length.and_then(|w| cal.sub_working(due, scale(w, fraction)).ok())
        }
    };
    match (by_lead, by_fraction) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// `d × f`, to the second.
fn scale(d: Duration, f: f64) -> Duration {
    Duration::seconds((d.num_seconds() as f64 * f).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sla::SlaPolicy;
    use crate::vocab::{Kind, Priority};
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

    /// A ticket of `kind` × `priority` dispatched at `at` under the default policy.
    fn dispatched(kind: Kind, priority: Priority, at: DateTime<Utc>) -> TicketClocks {
        let c = cal();
        let targets = SlaPolicy::default_policy().targets(kind, priority);
        TicketClocks {
            state: State::Dispatched,
            reply_started_at: Some(at),
            reply_due: targets.reply_within.deadline(&c, at).unwrap(),
            reply_target: targets.reply_within,
            reply_paused: false,
            accept_due: targets.accept_within.deadline(&c, at).unwrap(),
            accepted: false,
            deadline_version: 1,
            redo_count: 0,
            department_count: 1,
        }
    }

    fn accepted(mut t: TicketClocks) -> TicketClocks {
        t.state = State::Accepted;
        t.accepted = true;
        t
    }

    /// Runs a sweep at `now`: evaluates, records what fired, and checks that evaluating again at
    /// once finds nothing more.
    fn sweep(t: &TicketClocks, now: DateTime<Utc>, fired: &mut Vec<Firing>) -> Evaluation {
        let c = cal();
        let cfg = EscalationConfig::default();
        let eval = evaluate(&c, &cfg, t, now, fired);
        fired.extend(eval.firings(t, now));
        let again = evaluate(&c, &cfg, t, now, fired);
        assert!(
            again.due.is_empty(),
            "fired twice at {now}: {:?}",
            again.due
        );
        assert_eq!(again.next_check, eval.next_check);
        eval
    }

    #[test]
    fn a_complaint_walked_through_time() {
        // Normal complaint dispatched Mon 9 Mar 10:00, accepted the same day. Reply due in 15
        // working days: Mon 30 Mar 10:00. Yellow 1 working day before (20% of 15 days is more):
        // Fri 27 Mar 10:00. Supervision 5 working days after the red card: Qingming (4–6 Apr) is
        // off, so Tue 7 Apr.
        let t = accepted(dispatched(
            Kind::Complaint,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        assert_eq!(t.reply_due, Some(sh(2026, 3, 30, 10, 0)));
        let mut fired = Vec::new();

        let e = sweep(&t, sh(2026, 3, 9, 11, 0), &mut fired);
        assert_eq!(e.due, vec![]);
        assert_eq!(e.next_check, Some(sh(2026, 3, 27, 10, 0)));

        let e = sweep(&t, sh(2026, 3, 27, 9, 59), &mut fired);
        assert_eq!(e.due, vec![]);

        let e = sweep(&t, sh(2026, 3, 27, 10, 5), &mut fired);
        assert_eq!(e.due, vec![Rule::YellowCard]);
        assert_eq!(e.next_check, Some(sh(2026, 3, 30, 10, 0)));

        let e = sweep(&t, sh(2026, 3, 30, 10, 0), &mut fired);
        assert_eq!(e.due, vec![Rule::RedCard]);
        assert_eq!(e.next_check, Some(sh(2026, 4, 7, 10, 0)));

        let e = sweep(&t, sh(2026, 4, 3, 16, 0), &mut fired);
        assert_eq!(e.due, vec![]);
        assert_eq!(e.next_check, Some(sh(2026, 4, 7, 10, 0)));

        let e = sweep(&t, sh(2026, 4, 7, 10, 1), &mut fired);
        assert_eq!(e.due, vec![Rule::AutoSupervision]);
        assert_eq!(e.next_check, None);

        let e = sweep(&t, sh(2026, 5, 1, 0, 0), &mut fired);
        assert_eq!(e, Evaluation::default());
        let rules: Vec<Rule> = fired.iter().map(|f| f.rule).collect();
        assert_eq!(
            rules,
            vec![Rule::YellowCard, Rule::RedCard, Rule::AutoSupervision]
        );
        assert!(fired.iter().all(|f| f.deadline_version == 1));
    }

    #[test]
    fn supervision_counts_from_when_the_red_card_really_fired() {
        let t = accepted(dispatched(
            Kind::Complaint,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let mut fired = vec![Firing {
            rule: Rule::RedCard,
            deadline_version: 1,
            fired_at: sh(2026, 3, 30, 14, 0),
        }];
        let e = sweep(&t, sh(2026, 3, 31, 9, 0), &mut fired);
        assert_eq!(e.due, vec![]);
        assert_eq!(e.next_check, Some(sh(2026, 4, 7, 14, 0)));
    }

    #[test]
    fn a_late_sweep_fires_red_without_yellow() {
        let t = accepted(dispatched(
            Kind::Complaint,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let mut fired = Vec::new();
        let e = sweep(&t, sh(2026, 3, 30, 11, 0), &mut fired);
        assert_eq!(e.due, vec![Rule::RedCard]);
        let e = sweep(&t, sh(2026, 3, 30, 12, 0), &mut fired);
        assert_eq!(e.due, vec![], "no yellow card after the red one");
    }

    #[test]
    fn yellow_takes_the_smaller_lead() {
        let c = cal();
        let cfg = EscalationConfig::default();
        // Normal enquiry, 2 working days: due Wed 11 Mar 10:00. 20% of 14 working hours is 2h48m,
        // less than a working day: 1h on Wednesday morning, 1h48m before Tuesday's 17:30 → 15:42.
        let t = accepted(dispatched(
            Kind::Enquiry,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        assert_eq!(t.reply_due, Some(sh(2026, 3, 11, 10, 0)));
        let e = evaluate(&c, &cfg, &t, sh(2026, 3, 10, 9, 0), &[]);
        assert_eq!(e.next_check, Some(sh(2026, 3, 10, 15, 42)));
        let e = evaluate(&c, &cfg, &t, sh(2026, 3, 10, 15, 42), &[]);
        assert_eq!(e.due, vec![Rule::YellowCard]);
        // Without the clock's start, the target is measured back from the deadline: the same.
        let t = TicketClocks {
            reply_started_at: None,
            ..t
        };
        let e = evaluate(&c, &cfg, &t, sh(2026, 3, 10, 9, 0), &[]);
        assert_eq!(e.next_check, Some(sh(2026, 3, 10, 15, 42)));

        // Critical complaint, 2 calendar hours: yellow 24 minutes before.
        let start = sh(2026, 10, 3, 22, 0);
        let t = accepted(dispatched(Kind::Complaint, Priority::Critical, start));
        let e = evaluate(&c, &cfg, &t, start, &[]);
        assert_eq!(e.next_check, Some(sh(2026, 10, 3, 23, 36)));
        // Urgent complaint, 24 calendar hours: yellow 4h48m before.
        let t = accepted(dispatched(Kind::Complaint, Priority::Urgent, start));
        let e = evaluate(&c, &cfg, &t, start, &[]);
        assert_eq!(e.next_check, Some(sh(2026, 10, 4, 17, 12)));
    }

    #[test]
    fn paused_and_replied_tickets_do_not_go_red() {
        let c = cal();
        let cfg = EscalationConfig::default();
        let t = accepted(dispatched(
            Kind::Enquiry,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let late = sh(2026, 3, 20, 10, 0);
        let paused = TicketClocks {
            state: State::AwaitingResident,
            reply_paused: true,
            ..t.clone()
        };
        assert_eq!(
            evaluate(&c, &cfg, &paused, late, &[]),
            Evaluation::default()
        );
        // The flag alone pauses the clock too.
        let flagged = TicketClocks {
            reply_paused: true,
            ..t.clone()
        };
        assert_eq!(
            evaluate(&c, &cfg, &flagged, late, &[]),
            Evaluation::default()
        );
        for state in [
            State::Replied,
            State::Closed,
            State::Returned,
            State::Withdrawn,
        ] {
            let done = TicketClocks { state, ..t.clone() };
            assert_eq!(
                evaluate(&c, &cfg, &done, late, &[]),
                Evaluation::default(),
                "{state}"
            );
        }
        // Once resumed (same version), the red card is due.
        assert_eq!(evaluate(&c, &cfg, &t, late, &[]).due, vec![Rule::RedCard]);
    }

    #[test]
    fn accept_overdue_then_the_supervisors() {
        // Normal help request dispatched Mon 9 Mar 10:00: accept due Tue 10 Mar 10:00, the
        // supervisors are told a working day later, Wed 11 Mar 10:00.
        let t = dispatched(Kind::Help, Priority::Normal, sh(2026, 3, 9, 10, 0));
        assert_eq!(t.accept_due, Some(sh(2026, 3, 10, 10, 0)));
        let mut fired = Vec::new();
        let e = sweep(&t, sh(2026, 3, 9, 10, 0), &mut fired);
        assert_eq!(e.next_check, Some(sh(2026, 3, 10, 10, 0)));
        let e = sweep(&t, sh(2026, 3, 10, 10, 0), &mut fired);
        assert_eq!(e.due, vec![Rule::AcceptOverdue]);
        assert_eq!(e.next_check, Some(sh(2026, 3, 11, 10, 0)));
        let e = sweep(&t, sh(2026, 3, 11, 10, 30), &mut fired);
        assert_eq!(e.due, vec![Rule::AcceptOverdueSupervisors]);
        // Next: the yellow card, 1 working day before the reply deadline of Mon 23 Mar 10:00.
        assert_eq!(t.reply_due, Some(sh(2026, 3, 23, 10, 0)));
        assert_eq!(e.next_check, Some(sh(2026, 3, 20, 10, 0)));
        // Once accepted, the accept rules are over.
        let c = cal();
        let e = evaluate(
            &c,
            &EscalationConfig::default(),
            &accepted(t),
            sh(2026, 3, 10, 10, 0),
            &[],
        );
        assert_eq!(e.due, vec![]);
        // An urgent ticket must be accepted within a calendar hour.
        let t = dispatched(Kind::Complaint, Priority::Urgent, sh(2026, 3, 7, 22, 0));
        assert_eq!(t.accept_due, Some(sh(2026, 3, 7, 23, 0)));
    }

    #[test]
    fn an_approved_extension_allows_the_cards_again() {
        let t = accepted(dispatched(
            Kind::Enquiry,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let mut fired = Vec::new();
        assert_eq!(
            sweep(&t, sh(2026, 3, 10, 16, 0), &mut fired).due,
            vec![Rule::YellowCard]
        );
        assert_eq!(
            sweep(&t, sh(2026, 3, 11, 10, 0), &mut fired).due,
            vec![Rule::RedCard]
        );
        // Extension approved: due Fri 13 Mar 10:00, version 2.
        let t = TicketClocks {
            reply_due: Some(sh(2026, 3, 13, 10, 0)),
            deadline_version: 2,
            ..t
        };
        let e = sweep(&t, sh(2026, 3, 11, 11, 0), &mut fired);
        assert_eq!(e.due, vec![]);
        // Yellow is 2h48m before the new deadline: Thu 12 Mar 15:42.
        assert_eq!(e.next_check, Some(sh(2026, 3, 12, 15, 42)));
        assert_eq!(
            sweep(&t, sh(2026, 3, 12, 15, 42), &mut fired).due,
            vec![Rule::YellowCard]
        );
        assert_eq!(
            sweep(&t, sh(2026, 3, 13, 10, 0), &mut fired).due,
            vec![Rule::RedCard]
        );
        let versions: Vec<(Rule, i32)> =
            fired.iter().map(|f| (f.rule, f.deadline_version)).collect();
        assert_eq!(
            versions,
            vec![
                (Rule::YellowCard, 1),
                (Rule::RedCard, 1),
                (Rule::YellowCard, 2),
                (Rule::RedCard, 2)
            ]
        );
    }

    #[test]
    fn problem_tickets_are_flagged_once_ever() {
        let base = accepted(dispatched(
            Kind::Complaint,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let now = sh(2026, 3, 9, 11, 0);
        let mut fired = Vec::new();
        let t = TicketClocks {
            redo_count: 3,
            ..base.clone()
        };
        assert_eq!(sweep(&t, now, &mut fired).due, vec![Rule::ProblemTicket]);
        assert_eq!(fired[0].deadline_version, 0);
        // A new deadline version does not flag it again.
        let t = TicketClocks {
            deadline_version: 7,
            department_count: 4,
            ..t
        };
        assert_eq!(sweep(&t, now, &mut fired).due, vec![]);
        // Passed between three departments.
        let t = TicketClocks {
            department_count: 3,
            ..base.clone()
        };
        let c = cal();
        let cfg = EscalationConfig::default();
        assert_eq!(
            evaluate(&c, &cfg, &t, now, &[]).due,
            vec![Rule::ProblemTicket]
        );
        let closed = TicketClocks {
            state: State::Closed,
            ..t
        };
        assert_eq!(evaluate(&c, &cfg, &closed, now, &[]).due, vec![]);
        assert_eq!(evaluate(&c, &cfg, &base, now, &[]).due, vec![]);
    }

    #[test]
    fn disabled_rules_never_fire() {
        let c = cal();
        let cfg = EscalationConfig {
            enabled: [Rule::YellowCard].into_iter().collect(),
            ..EscalationConfig::default()
        };
        let t = accepted(dispatched(
            Kind::Enquiry,
            Priority::Normal,
            sh(2026, 3, 9, 10, 0),
        ));
        let e = evaluate(&c, &cfg, &t, sh(2026, 3, 10, 16, 0), &[]);
        assert_eq!(e.due, vec![Rule::YellowCard]);
        assert_eq!(e.next_check, None, "the red card is switched off");
        assert_eq!(
            evaluate(&c, &cfg, &t, sh(2026, 3, 12, 0, 0), &[]),
            Evaluation::default()
        );
    }

    #[test]
    fn rule_codes() {
        for r in Rule::ALL {
            assert_eq!(r.as_str().parse::<Rule>(), Ok(*r));
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
        }
        assert_eq!(
            Rule::AcceptOverdueSupervisors.to_string(),
            "accept_overdue_supervisors"
        );
        let err = "orange_card".parse::<Rule>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "`orange_card` is not a valid escalation rule"
        );
    }

    #[test]
    fn config_serde_and_validation() {
        let cfg = EscalationConfig::default();
        let json = serde_json::to_value(&cfg).unwrap();
        assert_eq!(
            json["yellow_before"],
            serde_json::json!({"working_days": 1})
        );
        assert_eq!(
            json["supervision_after_red"],
            serde_json::json!({"working_days": 5})
        );
        assert_eq!(json["enabled"].as_array().unwrap().len(), Rule::ALL.len());
        assert_eq!(
            serde_json::from_value::<EscalationConfig>(json).unwrap(),
            cfg
        );
        let partial: EscalationConfig = serde_json::from_value(
            serde_json::json!({"problem_redos": 2, "enabled": ["red_card"]}),
        )
        .unwrap();
        assert_eq!(partial.problem_redos, 2);
        assert_eq!(partial.enabled, [Rule::RedCard].into_iter().collect());
        assert_eq!(partial.yellow_fraction, 0.2);
        for bad in [
            serde_json::json!({"yellow_fraction": 1.5}),
            serde_json::json!({"problem_departments": 0}),
            serde_json::json!({"supervision_after_red": {"working_days": 0}}),
            serde_json::json!({"enabled": ["orange_card"]}),
        ] {
            assert!(
                serde_json::from_value::<EscalationConfig>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }
}
