//! The escalation sweep (SPEC §6): reads only tickets whose indexed next-check time has come,
//! fires each due rule once per ticket and deadline version, and auto-closes replied tickets whose
//! rating window has passed.
//!
//! Several server instances may sweep at once: on PostgreSQL each batch takes its tickets with
//! `FOR UPDATE SKIP LOCKED`, and the unique (ticket, rule, deadline version) firing row makes a
//! rule fire once in all even if two sweeps ever saw the same ticket.

use crate::Store;
use crate::chain::{PendingEvents, db_instant};
use crate::entity::{escalation_firing, similarity_key, ticket, ticket_check, user};
use crate::error::{StoreError, StoreResult};
use crate::outbox::{self, NewMessage};
use crate::policy::{PolicyBundle, load_policy};
use crate::principal::Principal;
use crate::tickets::act::{
    Command, act_in, auto_close_at, clocks, firings_of, next_check_given, set_next_checks,
};
use crate::tickets::notify;
use crate::tickets::state_of;
use chrono::{DateTime, Utc};
use minsheng_domain::escalation::{Firing, Rule, evaluate};
use minsheng_domain::input::Reason;
use minsheng_domain::lifecycle::{Action, Actor, ClockEffect, decide};
use minsheng_domain::{Role, State};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    Statement, TryInsertResult,
};
use serde_json::json;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Tickets per sweep transaction. The batch's tickets stay row-locked until it commits (a
/// member of staff acting on one of them waits that long), and the chain lock is held for its
/// last INSERT and the commit; a thousand keeps both to tens of milliseconds.
pub const BATCH: u64 = 1_000;

/// Firing rows per INSERT (five columns each).
const FIRINGS_PER_INSERT: usize = 5_000;

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
        let due = due_tickets(txn, now, batch).await?;
        let n = due.len() as u64;
        for t in &due {
            if let Entry::Vacant(e) = policies.entry(t.department_id) {
                e.insert(load_policy(txn, t.department_id).await?);
            }
        }
        let r = sweep_batch(txn, due, &policies, now).await?;
        w.commit().await?;
        report.examined += r.examined;
        report.fired += r.fired;
        report.auto_closed += r.auto_closed;
        if n < batch {
            break;
        }
    }
    Ok(report)
}

/// Up to `batch` tickets whose next check has come, the longest due first. On PostgreSQL their
/// rows are locked for the batch's transaction, skipping those another sweep holds.
async fn due_tickets<C: ConnectionTrait>(
    txn: &C,
    now: DateTime<Utc>,
    batch: u64,
) -> StoreResult<Vec<ticket::Model>> {
    let backend = txn.get_database_backend();
    let limit = i64::try_from(batch).unwrap_or(i64::MAX);
    let sql = if backend == DatabaseBackend::Postgres {
        "SELECT t.* FROM ticket_checks c JOIN tickets t ON t.id = c.ticket_id \
         WHERE c.next_check_at <= $1 ORDER BY c.next_check_at LIMIT $2 \
         FOR UPDATE OF t SKIP LOCKED"
    } else {
        "SELECT t.* FROM ticket_checks c JOIN tickets t ON t.id = c.ticket_id \
         WHERE c.next_check_at <= ? ORDER BY c.next_check_at LIMIT ?"
    };
    Ok(ticket::Entity::find()
        .from_raw_sql(Statement::from_sql_and_values(
            backend,
            sql,
            [now.into(), limit.into()],
        ))
        .all(txn)
        .await?)
}

/// One batch of due tickets, set-based: the batch's firings are read with one query and
/// recorded with one INSERT, its mail is written with one INSERT, its auto-closes are one UPDATE,
/// its next check times one upsert, and its events go into the chain together, sealed as they
/// are written, as the batch's last statement. Only automatic supervision orders go through the
/// lifecycle one ticket at a time (they are rare, and write an order of their own).
async fn sweep_batch<C: ConnectionTrait>(
    txn: &C,
    due: Vec<ticket::Model>,
    policies: &HashMap<Option<Uuid>, PolicyBundle>,
    now: DateTime<Utc>,
) -> StoreResult<SweepReport> {
    let mut report = SweepReport {
        examined: due.len() as u64,
        ..SweepReport::default()
    };
    let bundle_of = |t: &ticket::Model| {
        policies
            .get(&t.department_id)
            .ok_or_else(|| StoreError::internal("a swept ticket's policy was not loaded"))
    };
    let ids: Vec<Uuid> = due.iter().map(|t| t.id).collect();
    let mut fired = firings_of(txn, &ids).await?;

    // Which tickets close, and which rules fire for the others.
    let mut closing = Vec::new();
    let mut open = Vec::new();
    let mut planned: Vec<(usize, Firing, Uuid)> = Vec::new();
    let mut rows = Vec::new();
    for t in due {
        let bundle = bundle_of(&t)?;
        let state = state_of(&t)?;
        if auto_close_at(&t, state, bundle)?.is_some_and(|at| at <= now) {
            closing.push(t);
            continue;
        }
        let clocks = clocks(&t, bundle)?;
        let already = fired.get(&t.id).map(Vec::as_slice).unwrap_or_default();
        let eval = evaluate(&bundle.calendar, &bundle.escalation, &clocks, now, already);
        for f in eval.firings(&clocks, now) {
            let id = Uuid::now_v7();
            rows.push(escalation_firing::ActiveModel {
                id: Set(id),
                ticket_id: Set(t.id),
                rule: Set(f.rule.as_str().to_owned()),
                deadline_version: Set(f.deadline_version),
                fired_at: Set(now),
            });
            planned.push((open.len(), f, id));
        }
        open.push(t);
    }

    // Record the firings. A rule another sweep recorded first is that sweep's to announce.
    let recorded = record_firings(txn, rows).await?;
    let mut events = PendingEvents::default();
    let mut mail = Vec::new();
    let mut recipients = Recipients::default();
    let mut supervise = Vec::new();
    for (i, f, id) in planned {
        let t = &open[i];
        fired.entry(t.id).or_default().push(f);
        if !recorded.contains(&id) {
            continue;
        }
        report.fired += 1;
        if f.rule == Rule::AutoSupervision {
            supervise.push(i);
        } else {
            let mut out = Fired {
                events: &mut events,
                mail: &mut mail,
                recipients: &mut recipients,
            };
            fire(txn, t, f.rule, f.deadline_version, &mut out, now).await?;
        }
    }
    for i in supervise {
        let reason =
            Reason::parse("超期未办结，系统自动督办 / Overdue: automatic supervision order")?;
        let cmd = Command::Supervise {
            reason,
            due_at: None,
        };
        open[i] = act_in(txn, &Principal::System, open[i].id, cmd, None, now).await?;
    }

    report.auto_closed = auto_close(txn, closing, &mut events, &mut mail, now).await?;

    let mut next = Vec::with_capacity(open.len());
    for t in &open {
        let already = fired.get(&t.id).map(Vec::as_slice).unwrap_or_default();
        next.push((t.id, next_check_given(t, bundle_of(t)?, already, now)?));
    }
    set_next_checks(txn, next).await?;
    outbox::enqueue_all(txn, mail, now).await?;
    // Last: from here to the commit the batch holds the chain's lock.
    events.append_sealed(txn).await?;
    Ok(report)
}

/// Inserts the firing rows, skipping any already recorded; returns the ids of those inserted.
async fn record_firings<C: ConnectionTrait>(
    txn: &C,
    rows: Vec<escalation_firing::ActiveModel>,
) -> StoreResult<HashSet<Uuid>> {
    let mut recorded = HashSet::with_capacity(rows.len());
    for chunk in rows.chunks(FIRINGS_PER_INSERT) {
        let inserted = escalation_firing::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing_on([
                escalation_firing::Column::TicketId,
                escalation_firing::Column::Rule,
                escalation_firing::Column::DeadlineVersion,
            ])
            .exec_with_returning_keys(txn)
            .await?;
        if let TryInsertResult::Inserted(ids) = inserted {
            recorded.extend(ids);
        }
    }
    Ok(recorded)
}

/// Closes the replied tickets whose rating window has passed (SPEC §4 auto-close), together:
/// what [`act_in`] does for `AutoClose`, for the whole batch at once. Returns how many closed.
async fn auto_close<C: ConnectionTrait>(
    txn: &C,
    closing: Vec<ticket::Model>,
    events: &mut PendingEvents,
    mail: &mut Vec<NewMessage>,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    if closing.is_empty() {
        return Ok(0);
    }
    let n = closing.len() as u64;
    let tr = decide(Some(State::Replied), Action::AutoClose, Actor::System)?;
    if tr.effects.iter().any(|e| *e != ClockEffect::StopAll) {
        // The lifecycle asks for more than the set-based close does: one ticket at a time.
        for t in closing {
            act_in(txn, &Principal::System, t.id, Command::AutoClose, None, now).await?;
        }
        return Ok(n);
    }
    let ids: Vec<Uuid> = closing.iter().map(|t| t.id).collect();
    for chunk in ids.chunks(notify::IDS_PER_QUERY) {
        let res = ticket::Entity::update_many()
            .col_expr(ticket::Column::State, Expr::value(tr.to.as_str()))
            .col_expr(ticket::Column::ClosedAt, Expr::value(Some(now)))
            .col_expr(ticket::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                ticket::Column::Version,
                Expr::col(ticket::Column::Version).add(1),
            )
            .col_expr(
                ticket::Column::ReplyPausedAt,
                Expr::value(None::<DateTime<Utc>>),
            )
            .col_expr(ticket::Column::ReplyRemainingSecs, Expr::value(None::<i64>))
            .filter(ticket::Column::Id.is_in(chunk.iter().copied()))
            .filter(ticket::Column::State.eq(State::Replied.as_str()))
            .exec(txn)
            .await?;
        if res.rows_affected != chunk.len() as u64 {
            return Err(StoreError::Conflict(
                "a ticket due to close was changed meanwhile".into(),
            ));
        }
        similarity_key::Entity::delete_many()
            .filter(similarity_key::Column::TicketId.is_in(chunk.iter().copied()))
            .exec(txn)
            .await?;
        ticket_check::Entity::delete_many()
            .filter(ticket_check::Column::TicketId.is_in(chunk.iter().copied()))
            .exec(txn)
            .await?;
    }
    let mut followers = notify::followers_of(txn, &ids).await?;
    for mut t in closing {
        t.state = tr.to.as_str().to_owned();
        t.closed_at = Some(now);
        t.updated_at = now;
        t.version += 1;
        t.reply_paused_at = None;
        t.reply_remaining_secs = None;
        events.push(
            Some(t.id),
            Principal::System.event_actor(),
            tr.event.as_str(),
            json!({ "from": State::Replied, "to": tr.to }),
            now,
        );
        if let Some(f) = followers.remove(&t.id) {
            mail.extend(notify::follower_messages(&t, &f));
        }
    }
    Ok(n)
}

/// Where a batch's firings go: their events, their mail, and who the mail is for.
struct Fired<'a> {
    events: &'a mut PendingEvents,
    mail: &'a mut Vec<NewMessage>,
    recipients: &'a mut Recipients,
}

/// Records one firing's event and the mail SPEC §6 names (the automatic supervision order is
/// not fired here: it goes through the lifecycle).
async fn fire<C: ConnectionTrait>(
    txn: &C,
    t: &ticket::Model,
    rule: Rule,
    deadline_version: i32,
    out: &mut Fired<'_>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    out.events.push(
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
    if matches!(rule, Rule::YellowCard | Rule::AcceptOverdue | Rule::RedCard) {
        let staff = out.recipients.staff(txn, t.department_id).await?;
        out.mail
            .extend(notify::user_messages(staff, kind, t, &payload));
    }
    if matches!(
        rule,
        Rule::RedCard | Rule::AcceptOverdueSupervisors | Rule::ProblemTicket
    ) {
        let supervisors = out.recipients.supervisors(txn).await?;
        out.mail
            .extend(notify::user_messages(supervisors, kind, t, &payload));
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
