//! The escalation sweep (SPEC §6): reads only tickets whose indexed next-check time has come,
//! fires each due rule once per ticket and deadline version, and auto-closes replied tickets whose
//! rating window has passed.
//!
//! Several server instances may sweep at once: on PostgreSQL each batch takes its tickets with
//! `FOR UPDATE SKIP LOCKED`, and the unique (ticket, rule, deadline version) firing row makes a
//! rule fire once in all even if two sweeps ever saw the same ticket.

use crate::Store;
use crate::chain::{PendingEvents, db_instant};
use crate::entity::{escalation_firing, ticket, user};
use crate::error::StoreResult;
use crate::policy::{PolicyBundle, load_policy};
use crate::principal::Principal;
use crate::tickets::act::{Command, act_in, clocks, firings, next_check};
use crate::tickets::notify;
use crate::tickets::state_of;
use chrono::{DateTime, Utc};
use minsheng_domain::escalation::{Rule, evaluate};
use minsheng_domain::input::Reason;
use minsheng_domain::{Role, State};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use uuid::Uuid;

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepReport {
    pub examined: u64,
    pub fired: u64,
    pub auto_closed: u64,
}

/// Runs the sweep until no due ticket is left (or `max_batches` batches of `batch` tickets ran).
///
/// `clock` is read once per batch, after its transaction began: waiting for a connection or for
/// SQLite's writer slot must not leave a batch judging deadlines by an instant from before the
/// wait (a test clock may even have been set back meanwhile).
pub async fn sweep(
    store: &Store,
    clock: impl Fn() -> DateTime<Utc>,
    batch: u64,
    max_batches: u32,
) -> StoreResult<SweepReport> {
    let mut report = SweepReport::default();
    let mut policies: HashMap<Option<Uuid>, PolicyBundle> = HashMap::new();
    for _ in 0..max_batches {
        let w = store.write().await?;
        let txn = w.conn();
        let now = db_instant(clock());
        let mut q = ticket::Entity::find()
            .filter(ticket::Column::NextCheckAt.lte(now))
            .order_by_asc(ticket::Column::NextCheckAt)
            .limit(batch);
        if txn.get_database_backend() == DatabaseBackend::Postgres {
            q = q.lock_with_behavior(
                sea_orm::sea_query::LockType::Update,
                sea_orm::sea_query::LockBehavior::SkipLocked,
            );
        }
        let due = q.all(txn).await?;
        let n = due.len() as u64;
        // The firings' events go into the chain together at the end of the batch, so the chain
        // lock is not held (and filings do not wait) while the batch does its work.
        let mut events = PendingEvents::default();
        let mut recipients = Recipients::default();
        for t in due {
            report.examined += 1;
            let bundle = match policies.get(&t.department_id) {
                Some(b) => b.clone(),
                None => {
                    let b = load_policy(txn, t.department_id).await?;
                    policies.insert(t.department_id, b.clone());
                    b
                }
            };
            let r = sweep_one(txn, t, &bundle, &mut events, &mut recipients, now).await?;
            report.fired += r.fired;
            report.auto_closed += r.auto_closed;
        }
        events.append(txn).await?;
        w.commit().await?;
        if n < batch {
            break;
        }
    }
    Ok(report)
}

async fn sweep_one<C: ConnectionTrait>(
    txn: &C,
    t: ticket::Model,
    bundle: &PolicyBundle,
    events: &mut PendingEvents,
    recipients: &mut Recipients,
    now: DateTime<Utc>,
) -> StoreResult<SweepReport> {
    let mut report = SweepReport::default();
    let state = state_of(&t)?;
    if state == State::Replied
        && let Some(replied) = t.replied_at
        && let Some(close_at) = bundle
            .policy
            .rating_window
            .deadline(&bundle.calendar, replied)?
        && close_at <= now
    {
        act_in(txn, &Principal::System, t.id, Command::AutoClose, None, now).await?;
        report.auto_closed += 1;
        return Ok(report);
    }

    let fired = firings(txn, t.id).await?;
    let clocks = clocks(&t, bundle)?;
    let eval = evaluate(&bundle.calendar, &bundle.escalation, &clocks, now, &fired);
    for f in eval.firings(&clocks, now) {
        let inserted = escalation_firing::Entity::insert(escalation_firing::ActiveModel {
            id: Set(Uuid::now_v7()),
            ticket_id: Set(t.id),
            rule: Set(f.rule.as_str().to_owned()),
            deadline_version: Set(f.deadline_version),
            fired_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([
                escalation_firing::Column::TicketId,
                escalation_firing::Column::Rule,
                escalation_firing::Column::DeadlineVersion,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
        if inserted != 1 {
            // Another sweep fired it first.
            continue;
        }
        report.fired += 1;
        fire(txn, &t, f.rule, f.deadline_version, events, recipients, now).await?;
    }
    // Reload: an automatic supervision order wrote the row.
    let current = ticket::Entity::find_by_id(t.id)
        .one(txn)
        .await?
        .unwrap_or(t);
    let next = next_check(txn, &current, bundle, now).await?;
    // Bookkeeping only: the ticket's content did not change, so its version stays.
    ticket::Entity::update_many()
        .col_expr(
            ticket::Column::NextCheckAt,
            sea_orm::sea_query::Expr::value(next),
        )
        .filter(ticket::Column::Id.eq(current.id))
        .exec(txn)
        .await?;
    Ok(report)
}

/// Records one firing: its event and the notifications SPEC §6 names.
async fn fire<C: ConnectionTrait>(
    txn: &C,
    t: &ticket::Model,
    rule: Rule,
    deadline_version: i32,
    events: &mut PendingEvents,
    recipients: &mut Recipients,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    if rule == Rule::AutoSupervision {
        let reason =
            Reason::parse("超期未办结，系统自动督办 / Overdue: automatic supervision order")?;
        act_in(
            txn,
            &Principal::System,
            t.id,
            Command::Supervise {
                reason,
                due_at: None,
            },
            None,
            now,
        )
        .await?;
        return Ok(());
    }
    events.push(
        Some(t.id),
        Principal::System.event_actor(),
        rule.as_str(),
        json!({
            "deadline_version": deadline_version,
            "accept_due": t.accept_due,
            "reply_due": t.reply_due,
            "department_id": t.department_id,
        }),
        now,
    );
    let payload = json!({
        "ticket_id": t.id,
        "reference": t.reference,
        "title": t.title,
        "rule": rule.as_str(),
        "accept_due": t.accept_due,
        "reply_due": t.reply_due,
    });
    let kind = rule.as_str();
    let kind: &'static str = match kind {
        "yellow_card" => "yellow_card",
        "red_card" => "red_card",
        "accept_overdue" | "accept_overdue_supervisors" => "accept_overdue",
        _ => "problem_ticket",
    };
    match rule {
        Rule::YellowCard | Rule::AcceptOverdue => {
            let staff = recipients.staff(txn, t.department_id).await?;
            notify::to_users(txn, staff, kind, t, payload, now).await?;
        }
        Rule::RedCard => {
            let staff = recipients.staff(txn, t.department_id).await?;
            notify::to_users(txn, staff, kind, t, payload.clone(), now).await?;
            let supervisors = recipients.supervisors(txn).await?;
            notify::to_users(txn, supervisors, kind, t, payload, now).await?;
        }
        Rule::AcceptOverdueSupervisors | Rule::ProblemTicket => {
            let supervisors = recipients.supervisors(txn).await?;
            notify::to_users(txn, supervisors, kind, t, payload, now).await?;
        }
        Rule::AutoSupervision => {}
    }
    Ok(())
}

/// Who the firings of one sweep batch notify, each list read once per batch.
#[derive(Default)]
struct Recipients {
    staff: HashMap<Uuid, Vec<user::Model>>,
    supervisors: Option<Vec<user::Model>>,
}

impl Recipients {
    /// The active staff of `department` (none without one).
    async fn staff<C: ConnectionTrait>(
        &mut self,
        txn: &C,
        department: Option<Uuid>,
    ) -> StoreResult<&[user::Model]> {
        let Some(d) = department else {
            return Ok(&[]);
        };
        let users = match self.staff.entry(d) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(notify::department_staff(txn, d, false).await?),
        };
        Ok(users.as_slice())
    }

    async fn supervisors<C: ConnectionTrait>(&mut self, txn: &C) -> StoreResult<&[user::Model]> {
        if self.supervisors.is_none() {
            self.supervisors = Some(notify::users_with_role(txn, Role::Supervisor).await?);
        }
        Ok(self.supervisors.as_deref().unwrap_or_default())
    }
}
