//! Condensing one ticket's events into what the metrics need: a [`TicketSummary`] for each
//! department that handled it, and the ticket's milestones for the supervisors' export.
//!
//! The event log is the only input (plus the calendars, to count working time), so the result
//! is the same whether it is computed incrementally, in a full recomputation, or years later.
//!
//! How the SPEC §9 rules meet the lifecycle:
//! - Each department that got the ticket has one summary, dated by its first dispatch there. An
//!   upheld return (不当退单) keeps the ticket and its summary with the same department.
//! - The accept deadline is the first dispatch's: returning a ticket and having the return upheld
//!   does not buy more time to accept it.
//! - The reply deadline is the one in force, as the ticket row and the escalations see it: a new
//!   dispatch sets it, an approved extension or the end of a pause moves it, and a return,
//!   withdrawal or merge before any reply clears it (the department no longer owes a reply). Once
//!   the department has replied, its deadline is frozen: a redo is measured by the redo rate.
//! - The reply time is the working time from the start of the reply clock in force to the first
//!   reply, less the working time spent awaiting the resident, on the department's calendar.

use crate::entity::ticket_event;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use minsheng_domain::Satisfaction;
use minsheng_domain::calendar::BusinessCalendar;
use minsheng_domain::metrics::{Rating, TicketSummary};
use serde_json::Value;
use std::collections::HashMap;
use uuid::Uuid;

/// The calendars working time is counted on: the city's, and the departments that have their
/// own.
#[derive(Debug, Clone)]
pub struct Calendars {
    pub city: BusinessCalendar,
    pub by_department: HashMap<Uuid, BusinessCalendar>,
}

impl Calendars {
    /// The calendar a department's deadlines are counted on.
    pub fn for_department(&self, department: Option<Uuid>) -> &BusinessCalendar {
        department
            .and_then(|d| self.by_department.get(&d))
            .unwrap_or(&self.city)
    }

    /// The local date of `t` in the city calendar's time zone: rollup days are these.
    pub fn city_day(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.city.tz()).date_naive()
    }
}

/// One department's handling of one ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct Handling {
    pub department_id: Uuid,
    pub summary: TicketSummary,
}

/// The milestones of a ticket, each the first time it happened (closed: the last close that was
/// not undone by a redo).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Milestones {
    pub filed_at: Option<DateTime<Utc>>,
    pub dispatched_at: Option<DateTime<Utc>>,
    /// The department of the first dispatch.
    pub first_department: Option<Uuid>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub replied_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// The department holding the ticket at the end.
    pub department: Option<Uuid>,
    pub supervision_orders: u32,
}

/// Everything the metrics take from one ticket's history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TicketHistory {
    /// In the order the departments first got the ticket.
    pub handlings: Vec<Handling>,
    pub milestones: Milestones,
}

/// A department's handling while the events are folded.
struct Open {
    department_id: Uuid,
    summary: TicketSummary,
    /// Start of the reply clock in force.
    clock_started: DateTime<Utc>,
    paused_since: Option<DateTime<Utc>>,
    paused: Duration,
}

fn uuid_at(payload: &Value, key: &str) -> Option<Uuid> {
    payload.get(key)?.as_str()?.parse().ok()
}

fn instant_at(payload: &Value, key: &str) -> Option<DateTime<Utc>> {
    let s = payload.get(key)?.as_str()?;
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn hours(d: Duration) -> f64 {
    d.num_microseconds()
        .map_or_else(|| d.num_seconds() as f64, |us| us as f64 / 1e6)
        / 3600.0
}

/// Folds `events` (one ticket's, in `seq` order) into its history.
pub fn fold(events: &[ticket_event::Model], calendars: &Calendars) -> TicketHistory {
    let mut open: Vec<Open> = Vec::new();
    let mut current: Option<usize> = None;
    let mut m = Milestones::default();

    for e in events {
        let at = e.occurred_at;
        let p = &e.payload;
        match e.kind.as_str() {
            "filed" => {
                m.filed_at.get_or_insert(at);
            }
            "dispatched" | "redispatched" | "dispatch_upheld" => {
                let Some(dept) = uuid_at(p, "department_id") else {
                    continue;
                };
                m.dispatched_at.get_or_insert(at);
                m.first_department.get_or_insert(dept);
                m.department = Some(dept);
                let reply_due = instant_at(p, "reply_due");
                let idx = match open.iter().position(|h| h.department_id == dept) {
                    Some(i) => i,
                    None => {
                        open.push(Open {
                            department_id: dept,
                            summary: TicketSummary {
                                dispatched_at: Some(at),
                                accept_due: instant_at(p, "accept_due"),
                                ..TicketSummary::default()
                            },
                            clock_started: at,
                            paused_since: None,
                            paused: Duration::zero(),
                        });
                        open.len() - 1
                    }
                };
                if let Some(h) = open.get_mut(idx) {
                    if e.kind == "dispatch_upheld" {
                        h.summary.upheld_returns += 1;
                    }
                    if h.summary.replied_at.is_none() {
                        h.summary.reply_due = reply_due;
                        h.clock_started = at;
                        h.paused_since = None;
                        h.paused = Duration::zero();
                    }
                }
                current = Some(idx);
            }
            kind => {
                let h = current.and_then(|i| open.get_mut(i));
                fold_in_department(kind, p, at, h, calendars, &mut m);
            }
        }
    }

    TicketHistory {
        handlings: open
            .into_iter()
            .map(|h| Handling {
                department_id: h.department_id,
                summary: h.summary,
            })
            .collect(),
        milestones: m,
    }
}

/// The events that concern the department holding the ticket.
fn fold_in_department(
    kind: &str,
    p: &Value,
    at: DateTime<Utc>,
    h: Option<&mut Open>,
    calendars: &Calendars,
    m: &mut Milestones,
) {
    match kind {
        "rated" | "auto_closed" | "refused" | "withdrawn" | "merged" => {
            m.closed_at = Some(at);
        }
        "reopened" => m.closed_at = None,
        _ => {}
    }
    let Some(h) = h else { return };
    let s = &mut h.summary;
    match kind {
        "accepted" => {
            s.accepted_at.get_or_insert(at);
            s.first_response_at.get_or_insert(at);
            m.accepted_at.get_or_insert(at);
        }
        "question_asked" => {
            s.first_response_at.get_or_insert(at);
            h.paused_since = Some(at);
        }
        "question_answered" => {
            if let Some(since) = h.paused_since.take() {
                let cal = calendars.for_department(Some(h.department_id));
                h.paused += cal.working_between(since, at);
            }
            if s.replied_at.is_none() && p.get("reply_due").is_some() {
                s.reply_due = instant_at(p, "reply_due");
            }
        }
        "extension_decided" => {
            let approved = p.get("approved").and_then(Value::as_bool) == Some(true);
            if approved && s.replied_at.is_none() {
                s.reply_due = instant_at(p, "reply_due");
            }
        }
        // Only the first reply counts; a redo is measured by the redo rate.
        "replied" if s.replied_at.is_none() => {
            s.replied_at = Some(at);
            s.first_response_at.get_or_insert(at);
            let cal = calendars.for_department(Some(h.department_id));
            let worked = cal.working_between(h.clock_started, at) - h.paused;
            s.reply_working_hours = Some(hours(worked.max(Duration::zero())));
            m.replied_at.get_or_insert(at);
        }
        "reopened" if s.replied_at.is_some() => s.reopened = true,
        "rated" => {
            let satisfaction = p
                .get("satisfaction")
                .and_then(Value::as_str)
                .and_then(|v| v.parse::<Satisfaction>().ok());
            let solved = p.get("solved").and_then(Value::as_bool);
            if let (Some(satisfaction), Some(solved)) = (satisfaction, solved) {
                s.rating = Some(Rating {
                    at,
                    solved,
                    satisfaction,
                });
            }
        }
        "returned" => {
            s.returns += 1;
            h.paused_since = None;
            if s.replied_at.is_none() {
                s.reply_due = None;
            }
        }
        "withdrawn" | "merged" => {
            h.paused_since = None;
            if s.replied_at.is_none() {
                s.reply_due = None;
            }
        }
        "supervision_ordered" => {
            s.supervision_orders += 1;
            m.supervision_orders += 1;
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use serde_json::json;

    fn sh(d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        // Asia/Shanghai is UTC+8 all year.
        Utc.with_ymd_and_hms(2026, 9, d, h, mi, 0)
            .single()
            .map(|t| t - Duration::hours(8))
            .unwrap_or_default()
    }

    fn ev(kind: &str, at: DateTime<Utc>, payload: Value) -> ticket_event::Model {
        ticket_event::Model {
            id: Uuid::now_v7(),
            seq: None,
            ticket_id: None,
            actor_id: None,
            actor_role: None,
            kind: kind.to_owned(),
            payload,
            occurred_at: at,
            prev_hash: None,
            hash: None,
            pos: 0,
        }
    }

    fn calendars() -> Calendars {
        Calendars {
            city: BusinessCalendar::china_mainland_2026(),
            by_department: HashMap::new(),
        }
    }

    #[test]
    fn reply_time_excludes_the_pause_and_redispatch_starts_a_new_summary() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let events = vec![
            ev("filed", sh(21, 8, 0), json!({})),
            ev(
                "dispatched",
                sh(21, 9, 0),
                json!({"department_id": a, "accept_due": sh(22, 9, 0), "reply_due": sh(30, 9, 0)}),
            ),
            ev("returned", sh(21, 10, 0), json!({})),
            ev(
                "redispatched",
                sh(21, 11, 0),
                json!({"department_id": b, "accept_due": sh(22, 11, 0), "reply_due": sh(30, 11, 0)}),
            ),
            ev("accepted", sh(21, 11, 30), json!({})),
            // Paused from 14:00 Mon to 10:00 Tue: 3.5 + 1 = 4.5 working hours.
            ev("question_asked", sh(21, 14, 0), json!({})),
            ev(
                "question_answered",
                sh(22, 10, 0),
                json!({"reply_due": sh(30, 15, 30)}),
            ),
            ev("replied", sh(22, 16, 0), json!({})),
            ev(
                "rated",
                sh(23, 9, 0),
                json!({"solved": true, "satisfaction": "satisfied"}),
            ),
        ];
        let h = fold(&events, &calendars());
        assert_eq!(h.handlings.len(), 2);
        let first = &h.handlings[0].summary;
        assert_eq!(first.returns, 1);
        assert_eq!(first.reply_due, None, "a return stops the reply clock");
        let second = &h.handlings[1].summary;
        assert_eq!(second.dispatched_at, Some(sh(21, 11, 0)));
        assert_eq!(second.reply_due, Some(sh(30, 15, 30)));
        // Mon 11:00–12:00 and 13:30–17:30 = 5 h, Tue 09:00–12:00 and 13:30–16:00 = 5.5 h,
        // less the 4.5 h pause = 6 h.
        assert_eq!(second.reply_working_hours, Some(6.0));
        assert!(second.rating.is_some_and(|r| r.solved));
        assert_eq!(h.milestones.first_department, Some(a));
        assert_eq!(h.milestones.department, Some(b));
        assert_eq!(h.milestones.closed_at, Some(sh(23, 9, 0)));
    }
}
