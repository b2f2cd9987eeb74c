//! Every lifecycle transition after filing (SPEC §4), each in one transaction: load the ticket
//! (row-locked on PostgreSQL), ask the domain whether the transition is allowed, apply the clock
//! effects with the SLA policy and calendar, write the row with an optimistic version check, and
//! append the event, its messages and its notifications.

use super::{kind_priority, notify, state_of};
use crate::Store;
use crate::chain::{append_event, db_instant};
use crate::entity::{
    department, escalation_firing, extension_request, rating, supervision_order, ticket,
    ticket_check, ticket_follower, ticket_message,
};
use crate::error::{StoreError, StoreResult};
use crate::policy::{PolicyBundle, load_policy};
use crate::principal::Principal;
use chrono::{DateTime, Duration, Utc};
use minsheng_domain::escalation::{self, Firing, Rule, TicketClocks};
use minsheng_domain::input::{Message, Reason};
use minsheng_domain::lifecycle::{Action, Actor, ClockEffect, Transition, decide};
use minsheng_domain::sla;
use minsheng_domain::{Satisfaction, State};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait,
    QueryFilter, QuerySelect,
};
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

/// What the caller asks to do, with the data the action needs, already validated.
#[derive(Debug, Clone)]
pub enum Command {
    Dispatch {
        department_id: Uuid,
    },
    Accept,
    Return {
        reason: Reason,
    },
    Redispatch {
        department_id: Uuid,
    },
    UpholdDispatch {
        note: Option<Reason>,
    },
    AskResident {
        question: Message,
    },
    AnswerResident {
        answer: Message,
    },
    RequestExtension {
        reason: Reason,
        requested_due: DateTime<Utc>,
    },
    DecideExtension {
        request_id: Uuid,
        approve: bool,
        note: Option<Reason>,
    },
    Reply {
        body: Message,
    },
    Rate {
        solved: bool,
        satisfaction: Satisfaction,
        comment: Option<Message>,
    },
    Reopen {
        reason: Reason,
    },
    AutoClose,
    Merge {
        parent_id: Uuid,
    },
    Refuse {
        reason: Reason,
    },
    Withdraw {
        reason: Option<Reason>,
    },
    Supervise {
        reason: Reason,
        due_at: Option<DateTime<Utc>>,
    },
    InternalNote {
        body: Message,
    },
}

impl Command {
    pub fn action(&self) -> Action {
        match self {
            Command::Dispatch { .. } => Action::Dispatch,
            Command::Accept => Action::Accept,
            Command::Return { .. } => Action::Return,
            Command::Redispatch { .. } => Action::Redispatch,
            Command::UpholdDispatch { .. } => Action::UpholdDispatch,
            Command::AskResident { .. } => Action::AskResident,
            Command::AnswerResident { .. } => Action::AnswerResident,
            Command::RequestExtension { .. } => Action::RequestExtension,
            Command::DecideExtension { .. } => Action::DecideExtension,
            Command::Reply { .. } => Action::Reply,
            Command::Rate { .. } => Action::Rate,
            Command::Reopen { .. } => Action::Reopen,
            Command::AutoClose => Action::AutoClose,
            Command::Merge { .. } => Action::Merge,
            Command::Refuse { .. } => Action::Refuse,
            Command::Withdraw { .. } => Action::Withdraw,
            Command::Supervise { .. } => Action::Supervise,
            Command::InternalNote { .. } => Action::InternalNote,
        }
    }
}

/// A business rule outside the state machine was broken (a window passed, a limit reached).
fn rule(msg: impl Into<String>) -> StoreError {
    StoreError::Rule(msg.into())
}

/// Loads a ticket for writing: row-locked on PostgreSQL, behind the single writer on SQLite.
pub(crate) async fn load_for_update<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> StoreResult<ticket::Model> {
    let mut q = ticket::Entity::find_by_id(id);
    if db.get_database_backend() == DatabaseBackend::Postgres {
        q = q.lock_exclusive();
    }
    q.one(db).await?.ok_or(StoreError::NotFound)
}

/// Starts the accept and reply clocks for `department` (dispatch, re-dispatch, upheld dispatch).
pub(crate) fn dispatch_clocks(
    t: &mut ticket::Model,
    bundle: &PolicyBundle,
    department: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let (kind, priority) = kind_priority(t)?;
    let targets = bundle.policy.targets(kind, priority);
    if t.department_id != Some(department) || t.department_count == 0 {
        t.department_count += 1;
    }
    t.department_id = Some(department);
    t.dispatched_at = Some(now);
    t.accepted_at = None;
    t.accept_due = targets
        .accept_within
        .deadline(&bundle.calendar, now)?
        .map(db_instant);
    t.reply_due = targets
        .reply_within
        .deadline(&bundle.calendar, now)?
        .map(db_instant);
    t.reply_paused_at = None;
    t.reply_remaining_secs = None;
    t.deadline_version += 1;
    Ok(())
}

/// The escalation view of a ticket's clocks.
pub(crate) fn clocks(t: &ticket::Model, bundle: &PolicyBundle) -> StoreResult<TicketClocks> {
    let (kind, priority) = kind_priority(t)?;
    Ok(TicketClocks {
        state: state_of(t)?,
        reply_started_at: t.dispatched_at,
        reply_due: t.reply_due,
        reply_target: bundle.policy.targets(kind, priority).reply_within,
        reply_paused: t.reply_paused_at.is_some(),
        accept_due: t.accept_due,
        accepted: t.accepted_at.is_some(),
        deadline_version: t.deadline_version,
        redo_count: u32::try_from(t.redo_count).unwrap_or(0),
        department_count: u32::try_from(t.department_count).unwrap_or(0),
    })
}

/// The rules already fired for this ticket.
pub(crate) async fn firings<C: ConnectionTrait>(
    db: &C,
    ticket_id: Uuid,
) -> StoreResult<Vec<Firing>> {
    Ok(firings_of(db, &[ticket_id])
        .await?
        .remove(&ticket_id)
        .unwrap_or_default())
}

/// The rules already fired for each of `ticket_ids` (tickets with none are absent).
pub(crate) async fn firings_of<C: ConnectionTrait>(
    db: &C,
    ticket_ids: &[Uuid],
) -> StoreResult<HashMap<Uuid, Vec<Firing>>> {
    let mut out: HashMap<Uuid, Vec<Firing>> = HashMap::new();
    for ids in ticket_ids.chunks(notify::IDS_PER_QUERY) {
        let rows = escalation_firing::Entity::find()
            .filter(escalation_firing::Column::TicketId.is_in(ids.iter().copied()))
            .all(db)
            .await?;
        for r in rows {
            let rule: Rule = r
                .rule
                .parse()
                .map_err(|e| StoreError::internal(format!("firing {}: {e}", r.id)))?;
            out.entry(r.ticket_id).or_default().push(Firing {
                rule,
                deadline_version: r.deadline_version,
                fired_at: r.fired_at,
            });
        }
    }
    Ok(out)
}

/// When the sweep must next look at `t`: the earliest escalation that could fire, or the end of
/// the rating window of a replied ticket (auto-close). `None` keeps it out of the sweep's index.
pub(crate) async fn next_check<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    bundle: &PolicyBundle,
    now: DateTime<Utc>,
) -> StoreResult<Option<DateTime<Utc>>> {
    if !state_of(t)?.is_open() {
        return Ok(None);
    }
    let fired = firings(db, t.id).await?;
    next_check_given(t, bundle, &fired, now)
}

/// [`next_check`], given the rules already fired for `t`.
pub(crate) fn next_check_given(
    t: &ticket::Model,
    bundle: &PolicyBundle,
    fired: &[Firing],
    now: DateTime<Utc>,
) -> StoreResult<Option<DateTime<Utc>>> {
    let state = state_of(t)?;
    if !state.is_open() {
        return Ok(None);
    }
    let eval = escalation::evaluate(
        &bundle.calendar,
        &bundle.escalation,
        &clocks(t, bundle)?,
        now,
        fired,
    );
    let mut next = if eval.due.is_empty() {
        eval.next_check
    } else {
        Some(now)
    };
    if let Some(close_at) = auto_close_at(t, state, bundle)? {
        next = Some(next.map_or(close_at, |n| n.min(close_at)));
    }
    Ok(next.map(db_instant))
}

/// When a replied ticket closes by itself: the end of its rating window (SPEC §4).
pub(crate) fn auto_close_at(
    t: &ticket::Model,
    state: State,
    bundle: &PolicyBundle,
) -> StoreResult<Option<DateTime<Utc>>> {
    match (state, t.replied_at) {
        (State::Replied, Some(replied)) => Ok(bundle
            .policy
            .rating_window
            .deadline(&bundle.calendar, replied)?),
        _ => Ok(None),
    }
}

/// Writes `t` if nobody else changed it since version `prev_version`, with a fresh next check.
pub(crate) async fn finish_write<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    prev_version: i32,
    bundle: &PolicyBundle,
    now: DateTime<Utc>,
) -> StoreResult<ticket::Model> {
    let mut t = t.clone();
    t.updated_at = now;
    let next = next_check(db, &t, bundle, now).await?;
    let res = ticket::Entity::update_many()
        .set(ticket::ActiveModel::from(t.clone()).reset_all())
        .filter(ticket::Column::Id.eq(t.id))
        .filter(ticket::Column::Version.eq(prev_version))
        .exec(db)
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::Conflict(
            "the ticket was changed by someone else; reload it and try again".into(),
        ));
    }
    set_next_checks(db, vec![(t.id, next)]).await?;
    Ok(t)
}

/// Next check times per INSERT … ON CONFLICT (two columns each).
const NEXT_CHECKS_PER_UPSERT: usize = 5_000;

/// Sets each ticket's next check time, and takes the tickets with none off the sweep's list.
pub async fn set_next_checks<C: ConnectionTrait>(
    txn: &C,
    next: Vec<(Uuid, Option<DateTime<Utc>>)>,
) -> StoreResult<()> {
    let (later, done): (Vec<_>, Vec<_>) = next.into_iter().partition(|(_, at)| at.is_some());
    for chunk in done.chunks(notify::IDS_PER_QUERY) {
        ticket_check::Entity::delete_many()
            .filter(ticket_check::Column::TicketId.is_in(chunk.iter().map(|c| c.0)))
            .exec(txn)
            .await?;
    }
    for chunk in later.chunks(NEXT_CHECKS_PER_UPSERT) {
        let rows = chunk.iter().filter_map(|(id, at)| {
            at.map(|at| ticket_check::ActiveModel {
                ticket_id: Set(*id),
                next_check_at: Set(at),
            })
        });
        ticket_check::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(ticket_check::Column::TicketId)
                    .update_column(ticket_check::Column::NextCheckAt)
                    .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

async fn add_message<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    event_id: Uuid,
    who: &Principal,
    kind: &str,
    body: &str,
    now: DateTime<Utc>,
) -> StoreResult<Uuid> {
    let id = Uuid::now_v7();
    ticket_message::Entity::insert(ticket_message::ActiveModel {
        id: Set(id),
        ticket_id: Set(t.id),
        event_id: Set(event_id),
        author_id: Set(who.user_id()),
        author_role: Set(who.role().map(|r| r.as_str().to_owned())),
        message_kind: Set(kind.to_owned()),
        body: Set(body.to_owned()),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

async fn active_department<C: ConnectionTrait>(db: &C, id: Uuid) -> StoreResult<department::Model> {
    department::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|d| d.active)
        .ok_or_else(|| StoreError::invalid("departmentId", "no such active department"))
}

/// Restarts the reply clock for a redo (重办): a fresh reply deadline from now.
fn redo_clocks(
    t: &mut ticket::Model,
    bundle: &PolicyBundle,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let (kind, priority) = kind_priority(t)?;
    let targets = bundle.policy.targets(kind, priority);
    t.redo_count += 1;
    t.reply_due = targets
        .reply_within
        .deadline(&bundle.calendar, now)?
        .map(db_instant);
    t.replied_at = None;
    t.closed_at = None;
    t.reply_paused_at = None;
    t.reply_remaining_secs = None;
    t.deadline_version += 1;
    Ok(())
}

/// Performs `cmd` on ticket `ticket_id` for `who`. `expected_version`, when given, is the version
/// the caller last saw; if the ticket has changed since, the caller gets `CONFLICT` rather than
/// acting on a stale view.
pub async fn act(
    store: &Store,
    who: &Principal,
    ticket_id: Uuid,
    cmd: Command,
    expected_version: Option<i32>,
    now: DateTime<Utc>,
) -> StoreResult<ticket::Model> {
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let t = act_in(txn, who, ticket_id, cmd, expected_version, now).await?;
    w.commit().await?;
    Ok(t)
}

/// [`act`] inside a transaction the caller owns (the escalation sweep batches several).
pub(crate) async fn act_in<C: ConnectionTrait>(
    txn: &C,
    who: &Principal,
    ticket_id: Uuid,
    cmd: Command,
    expected_version: Option<i32>,
    now: DateTime<Utc>,
) -> StoreResult<ticket::Model> {
    // Callers who may read no tickets at all are refused as such, before anything is loaded.
    super::read::scope(who)?;
    let mut t = load_for_update(txn, ticket_id).await?;
    if !who.may_read(&t) {
        // Someone who may not see the ticket learns nothing about it, not even that it exists.
        return Err(StoreError::NotFound);
    }
    if let Some(v) = expected_version
        && v != t.version
    {
        return Err(StoreError::Conflict(
            "the ticket was changed by someone else; reload it and try again".into(),
        ));
    }
    let state = state_of(&t)?;
    let action = cmd.action();
    let tr: Transition = decide(Some(state), action, who.actor(Some(&t)))?;
    let mut bundle = load_policy(txn, t.department_id).await?;
    let prev_version = t.version;
    let mut payload = serde_json::Map::new();
    // Work that needs the event id (messages, rows that point at the event) runs after the append.
    let mut message: Option<(&'static str, String)> = None;
    let mut follow_up_redo = false;

    for effect in &tr.effects {
        match effect {
            ClockEffect::StopIntake => {}
            ClockEffect::StopAccept => {
                t.accepted_at = Some(now);
                t.first_response_at.get_or_insert(now);
            }
            ClockEffect::StopReply => {
                t.replied_at = Some(now);
                t.first_response_at.get_or_insert(now);
            }
            ClockEffect::PauseReply => {
                if let Some(due) = t.reply_due {
                    let (k, p) = kind_priority(&t)?;
                    let target = bundle.policy.targets(k, p).reply_within;
                    let left = sla::remaining(&bundle.calendar, &target, due, now);
                    t.reply_remaining_secs = Some(left.num_seconds());
                }
                t.reply_paused_at = Some(now);
                t.first_response_at.get_or_insert(now);
            }
            ClockEffect::ResumeReply => {
                if let Some(secs) = t.reply_remaining_secs {
                    let (k, p) = kind_priority(&t)?;
                    let target = bundle.policy.targets(k, p).reply_within;
                    let due = sla::resume(&bundle.calendar, &target, now, Duration::seconds(secs))?;
                    payload.insert("paused_since".into(), json!(t.reply_paused_at));
                    t.reply_due = Some(db_instant(due));
                    t.deadline_version += 1;
                }
                t.reply_paused_at = None;
                t.reply_remaining_secs = None;
            }
            ClockEffect::StopAll => {
                t.reply_paused_at = None;
                t.reply_remaining_secs = None;
            }
            // Started below, where the department is known.
            ClockEffect::StartIntake
            | ClockEffect::StartAccept
            | ClockEffect::StartReply
            | ClockEffect::NewReplyClock
            | ClockEffect::IncrementRedo
            | ClockEffect::CountImproperReturn => {}
        }
    }

    match &cmd {
        Command::Dispatch { department_id } | Command::Redispatch { department_id } => {
            let dept = active_department(txn, *department_id).await?;
            if matches!(cmd, Command::Redispatch { .. }) && t.department_id == Some(dept.id) {
                return Err(StoreError::invalid(
                    "departmentId",
                    "re-dispatch to a different department, or uphold the original dispatch",
                ));
            }
            bundle = load_policy(txn, Some(dept.id)).await?;
            payload.insert("from_department_id".into(), json!(t.department_id));
            dispatch_clocks(&mut t, &bundle, dept.id, now)?;
            payload.insert("department_id".into(), json!(dept.id));
        }
        Command::UpholdDispatch { note } => {
            let dept = t
                .department_id
                .ok_or_else(|| rule("the ticket has no department to uphold"))?;
            dispatch_clocks(&mut t, &bundle, dept, now)?;
            payload.insert("department_id".into(), json!(dept));
            payload.insert("improper_return".into(), json!(true));
            if let Some(n) = note {
                payload.insert("note".into(), json!(n));
            }
        }
        Command::Accept => {}
        Command::Return { reason } => {
            if let Some(dispatched) = t.dispatched_at
                && !sla::within(
                    &bundle.calendar,
                    &bundle.policy.return_within,
                    dispatched,
                    now,
                )?
            {
                return Err(rule(
                    "the return window has passed; ask the hotline centre to re-dispatch instead",
                ));
            }
            t.return_count += 1;
            payload.insert("reason".into(), json!(reason));
            payload.insert("department_id".into(), json!(t.department_id));
        }
        Command::AskResident { question } => {
            message = Some(("question", question.to_string()));
        }
        Command::AnswerResident { answer } => {
            message = Some(("answer", answer.to_string()));
        }
        Command::RequestExtension {
            reason,
            requested_due,
        } => {
            let pending = extension_request::Entity::find()
                .filter(extension_request::Column::TicketId.eq(t.id))
                .filter(extension_request::Column::Decision.eq("pending"))
                .one(txn)
                .await?;
            if pending.is_some() {
                return Err(rule(
                    "an extension request is already waiting for a decision",
                ));
            }
            let due = t
                .reply_due
                .ok_or_else(|| rule("this ticket has no reply deadline"))?;
            sla::check_extension(
                &bundle.policy,
                &bundle.calendar,
                due,
                *requested_due,
                u32::try_from(t.extension_count).unwrap_or(u32::MAX),
            )
            .map_err(|e| StoreError::invalid("requestedDue", e.to_string()))?;
            let actor = who
                .user_id()
                .ok_or_else(|| StoreError::Forbidden("sign in to request an extension".into()))?;
            let id = Uuid::now_v7();
            extension_request::Entity::insert(extension_request::ActiveModel {
                id: Set(id),
                ticket_id: Set(t.id),
                requested_by: Set(actor),
                reason: Set(reason.to_string()),
                requested_due: Set(db_instant(*requested_due)),
                decision: Set("pending".into()),
                decided_by: Set(None),
                decided_at: Set(None),
                decision_note: Set(None),
                created_at: Set(now),
            })
            .exec_without_returning(txn)
            .await?;
            payload.insert("request_id".into(), json!(id));
            payload.insert("reason".into(), json!(reason));
            payload.insert("requested_due".into(), json!(db_instant(*requested_due)));
        }
        Command::DecideExtension {
            request_id,
            approve,
            note,
        } => {
            let req = extension_request::Entity::find_by_id(*request_id)
                .one(txn)
                .await?
                .filter(|r| r.ticket_id == t.id)
                .ok_or(StoreError::NotFound)?;
            if req.decision != "pending" {
                return Err(rule("this extension request has already been decided"));
            }
            if *approve && t.reply_due.is_some_and(|d| req.requested_due <= d) {
                return Err(rule(
                    "the requested date is no later than the current deadline",
                ));
            }
            let mut am: extension_request::ActiveModel = req.clone().into();
            am.decision = Set(if *approve { "approved" } else { "rejected" }.into());
            am.decided_by = Set(who.user_id());
            am.decided_at = Set(Some(now));
            am.decision_note = Set(note.as_ref().map(|n| n.to_string()));
            extension_request::Entity::update(am).exec(txn).await?;
            if *approve {
                let old_due = t.reply_due;
                if let (Some(secs), Some(old)) = (t.reply_remaining_secs, old_due) {
                    // Paused: the extension adds to the time left when the clock resumes.
                    let (k, p) = kind_priority(&t)?;
                    let target = bundle.policy.targets(k, p).reply_within;
                    let extra = sla::remaining(&bundle.calendar, &target, req.requested_due, old);
                    t.reply_remaining_secs = Some(secs + extra.num_seconds());
                }
                t.reply_due = Some(req.requested_due);
                t.extension_count += 1;
                t.deadline_version += 1;
                payload.insert("old_due".into(), json!(old_due));
            }
            payload.insert("request_id".into(), json!(req.id));
            payload.insert("approved".into(), json!(approve));
            payload.insert("reply_due".into(), json!(t.reply_due));
            notify::extension_decided(txn, &t, req.requested_by, *approve, now).await?;
        }
        Command::Reply { body } => {
            message = Some(("reply", body.to_string()));
        }
        Command::Rate {
            solved,
            satisfaction,
            comment,
        } => {
            if let Some(replied) = t.replied_at
                && !sla::within(&bundle.calendar, &bundle.policy.rating_window, replied, now)?
            {
                return Err(rule("the rating window has passed"));
            }
            t.closed_at = Some(now);
            rating::Entity::insert(rating::ActiveModel {
                id: Set(Uuid::now_v7()),
                ticket_id: Set(t.id),
                rated_by: Set(who.user_id()),
                solved: Set(*solved),
                satisfaction: Set(satisfaction.as_str().into()),
                comment: Set(comment.as_ref().map(|c| c.to_string())),
                redo_round: Set(t.redo_count),
                created_at: Set(now),
            })
            .exec_without_returning(txn)
            .await?;
            payload.insert("solved".into(), json!(solved));
            payload.insert("satisfaction".into(), json!(satisfaction));
            follow_up_redo =
                !satisfaction.is_satisfied() && bundle.policy.auto_redo_on_dissatisfied;
        }
        Command::Reopen { reason } => {
            let since = t.replied_at.or(t.closed_at).unwrap_or(now);
            if *who != Principal::System
                && !sla::within(&bundle.calendar, &bundle.policy.reopen_window, since, now)?
            {
                return Err(rule("the reopen window has passed"));
            }
            redo_clocks(&mut t, &bundle, now)?;
            payload.insert("reason".into(), json!(reason));
            payload.insert("reply_due".into(), json!(t.reply_due));
        }
        Command::AutoClose => {
            t.closed_at = Some(now);
        }
        Command::Merge { parent_id } => {
            if *parent_id == t.id {
                return Err(StoreError::invalid(
                    "parentId",
                    "a ticket cannot merge into itself",
                ));
            }
            let parent = ticket::Entity::find_by_id(*parent_id)
                .one(txn)
                .await?
                .ok_or_else(|| StoreError::invalid("parentId", "no such ticket"))?;
            if !state_of(&parent)?.is_open() {
                return Err(StoreError::invalid(
                    "parentId",
                    "the parent ticket is not open",
                ));
            }
            t.merged_into_id = Some(parent.id);
            t.closed_at = Some(now);
            // The child's resident, and whoever followed the child, follow the parent from now
            // on: the child's outcome is the parent's (SPEC §4 merge).
            let email = t
                .resident_id
                .is_none()
                .then(|| t.contact_email.clone())
                .flatten();
            crate::similar::add_follower_in(
                txn,
                parent.id,
                t.resident_id,
                email,
                &t.locale,
                "merged",
                now,
            )
            .await?;
            for f in ticket_follower::Entity::find()
                .filter(ticket_follower::Column::TicketId.eq(t.id))
                .all(txn)
                .await?
            {
                crate::similar::add_follower_in(
                    txn, parent.id, f.user_id, f.email, &f.locale, "merged", now,
                )
                .await?;
            }
            payload.insert("parent_id".into(), json!(parent.id));
            payload.insert("parent_reference".into(), json!(parent.reference));
        }
        Command::Refuse { reason } => {
            t.closed_at = Some(now);
            payload.insert("reason".into(), json!(reason));
        }
        Command::Withdraw { reason } => {
            t.closed_at = Some(now);
            if let Some(r) = reason {
                payload.insert("reason".into(), json!(r));
            }
        }
        Command::Supervise { reason, due_at } => {
            let id = Uuid::now_v7();
            supervision_order::Entity::insert(supervision_order::ActiveModel {
                id: Set(id),
                ticket_id: Set(t.id),
                department_id: Set(t.department_id),
                issued_by: Set(who.user_id()),
                reason: Set(reason.to_string()),
                due_at: Set(due_at.map(db_instant)),
                response: Set(None),
                responded_by: Set(None),
                responded_at: Set(None),
                automatic: Set(*who == Principal::System),
                created_at: Set(now),
            })
            .exec_without_returning(txn)
            .await?;
            payload.insert("order_id".into(), json!(id));
            payload.insert("reason".into(), json!(reason));
            payload.insert("due_at".into(), json!(due_at.map(db_instant)));
        }
        Command::InternalNote { body } => {
            message = Some(("note", body.to_string()));
        }
    }

    if matches!(
        action,
        Action::Reply | Action::Return | Action::Merge | Action::Withdraw | Action::Refuse
    ) {
        // A pending request concerns a reply clock that has now stopped; approving it later
        // would move a deadline it was never about.
        extension_request::Entity::update_many()
            .col_expr(extension_request::Column::Decision, Expr::value("rejected"))
            .col_expr(extension_request::Column::DecidedAt, Expr::value(Some(now)))
            .col_expr(
                extension_request::Column::DecisionNote,
                Expr::value(Some("superseded".to_owned())),
            )
            .filter(extension_request::Column::TicketId.eq(t.id))
            .filter(extension_request::Column::Decision.eq("pending"))
            .exec(txn)
            .await?;
    }
    t.state = tr.to.as_str().to_owned();
    t.version += 1;
    payload.insert("from".into(), json!(state));
    payload.insert("to".into(), json!(tr.to));
    if tr.effects.iter().any(|e| {
        matches!(
            e,
            ClockEffect::StartAccept | ClockEffect::ResumeReply | ClockEffect::NewReplyClock
        )
    }) {
        payload.insert("accept_due".into(), json!(t.accept_due));
        payload.insert("reply_due".into(), json!(t.reply_due));
        payload.insert("deadline_version".into(), json!(t.deadline_version));
    }
    let mut t = finish_write(txn, &t, prev_version, &bundle, now).await?;
    let event = append_event(
        txn,
        Some(t.id),
        who.event_actor(),
        tr.event.as_str(),
        Value::Object(payload),
        now,
    )
    .await?;
    if let Some((kind, body)) = &message {
        add_message(txn, &t, event.id, who, kind, body, now).await?;
    }
    notify::after_transition(txn, &t, action, message.as_ref().map(|m| m.1.as_str()), now).await?;

    if follow_up_redo {
        // A dissatisfied rating opens a redo at once (SPEC §4): one history across redos.
        let redo = decide(Some(tr.to), Action::Reopen, Actor::System)?;
        let prev = t.version;
        redo_clocks(&mut t, &bundle, now)?;
        t.state = redo.to.as_str().to_owned();
        t.version += 1;
        t = finish_write(txn, &t, prev, &bundle, now).await?;
        append_event(
            txn,
            Some(t.id),
            Principal::System.event_actor(),
            redo.event.as_str(),
            json!({
                "automatic": true,
                "reason": "dissatisfied rating",
                "reply_due": t.reply_due,
                "deadline_version": t.deadline_version,
                "redo_count": t.redo_count,
            }),
            now,
        )
        .await?;
        notify::after_transition(txn, &t, Action::Reopen, None, now).await?;
    }
    let open_now = state_of(&t)?.is_open();
    if open_now != state.is_open() {
        crate::similar::sync_index_in(txn, &t, open_now).await?;
    }
    Ok(t)
}
