//! The ticket lifecycle of SPEC §4 as one pure function, [`decide`]: given the current state, the
//! action asked for and who asks, it returns the new state, the clock effects and the event to write,
//! or says why not. Persistence and the API call it; they never re-implement these rules.
//!
//! # Order of checks
//!
//! [`decide`] first asks whether this actor could *ever* perform this action on this ticket (its
//! role, and its relation to the ticket: owner, staff of the assigned department, or neither). If
//! not, the answer is [`LifecycleError::Forbidden`], whatever state the ticket is in. Only then does
//! it ask whether the action is allowed from the current state, answering
//! [`LifecycleError::InvalidTransition`] if not. So a resident trying to accept a closed ticket is
//! told "forbidden", while the department's own staff trying the same is told "invalid transition".
//!
//! Checking permission first means the error never tells someone without business on a ticket
//! what state it is in, and it gives the person who *may* act the more useful answer: "not now".
//!
//! Conditions other than state and actor (a return's reason, the reopen window, the number of
//! extensions) are checked by the caller, which has the data.

use crate::vocab::vocabulary;
use crate::vocab::{Role, State};
use serde::{Deserialize, Serialize};

vocabulary!(
    /// Something a person or a worker asks to do to a ticket (one row of the SPEC §4 table).
    Action, "action", {
        /// File a new ticket (— → submitted).
        File => "file",
        /// Assign to a department, by the routing catalogue or by hand (submitted → dispatched).
        Dispatch => "dispatch",
        /// 签收 (dispatched → accepted).
        Accept => "accept",
        /// 退单: send a misrouted ticket back to the centre (dispatched, accepted → returned).
        Return => "return",
        /// 改派: send a returned ticket to another department (returned → dispatched).
        Redispatch => "redispatch",
        /// Reject a return and send the ticket back to the same department (returned → dispatched).
        UpholdDispatch => "uphold_dispatch",
        /// 补充材料: ask the resident a question (accepted → awaiting_resident).
        AskResident => "ask_resident",
        /// The resident answers (awaiting_resident → accepted).
        AnswerResident => "answer_resident",
        /// 延期 request (accepted, unchanged).
        RequestExtension => "request_extension",
        /// Approve or reject an extension (accepted or awaiting_resident, unchanged).
        DecideExtension => "decide_extension",
        /// 答复 (accepted → replied).
        Reply => "reply",
        /// 评价 (replied → closed).
        Rate => "rate",
        /// 重办 (replied, closed → accepted).
        Reopen => "reopen",
        /// No rating within the rating window (replied → closed).
        AutoClose => "auto_close",
        /// 并单 (open → merged).
        Merge => "merge",
        /// 不予受理 (submitted → refused).
        Refuse => "refuse",
        /// The resident withdraws (open → withdrawn).
        Withdraw => "withdraw",
        /// 督办 (open, unchanged).
        Supervise => "supervise",
        /// A note only officials see (any state, unchanged).
        InternalNote => "internal_note",
    }
);

impl Action {
    /// The event this action writes when it succeeds.
    pub const fn event(self) -> EventKind {
        match self {
            Action::File => EventKind::Filed,
            Action::Dispatch => EventKind::Dispatched,
            Action::Accept => EventKind::Accepted,
            Action::Return => EventKind::Returned,
            Action::Redispatch => EventKind::Redispatched,
            Action::UpholdDispatch => EventKind::DispatchUpheld,
            Action::AskResident => EventKind::QuestionAsked,
            Action::AnswerResident => EventKind::QuestionAnswered,
            Action::RequestExtension => EventKind::ExtensionRequested,
            Action::DecideExtension => EventKind::ExtensionDecided,
            Action::Reply => EventKind::Replied,
            Action::Rate => EventKind::Rated,
            Action::Reopen => EventKind::Reopened,
            Action::AutoClose => EventKind::AutoClosed,
            Action::Merge => EventKind::Merged,
            Action::Refuse => EventKind::Refused,
            Action::Withdraw => EventKind::Withdrawn,
            Action::Supervise => EventKind::SupervisionOrdered,
            Action::InternalNote => EventKind::NoteAdded,
        }
    }

    /// The verb phrase used in error messages ("cannot {phrase} a ticket that is closed").
    const fn phrase(self) -> &'static str {
        match self {
            Action::File => "file",
            Action::Dispatch => "dispatch",
            Action::Accept => "accept",
            Action::Return => "return",
            Action::Redispatch => "re-dispatch",
            Action::UpholdDispatch => "uphold the dispatch of",
            Action::AskResident => "ask the resident about",
            Action::AnswerResident => "answer a question about",
            Action::RequestExtension => "request an extension for",
            Action::DecideExtension => "decide an extension for",
            Action::Reply => "reply to",
            Action::Rate => "rate",
            Action::Reopen => "reopen",
            Action::AutoClose => "auto-close",
            Action::Merge => "merge",
            Action::Refuse => "refuse",
            Action::Withdraw => "withdraw",
            Action::Supervise => "issue a supervision order on",
            Action::InternalNote => "add an internal note to",
        }
    }
}

vocabulary!(
    /// The kind of a history event written by a transition. Other modules write further kinds
    /// (escalations, notifications); this enum covers the lifecycle's own.
    EventKind, "event kind", {
        Filed => "filed",
        Dispatched => "dispatched",
        Accepted => "accepted",
        Returned => "returned",
        Redispatched => "redispatched",
        DispatchUpheld => "dispatch_upheld",
        QuestionAsked => "question_asked",
        QuestionAnswered => "question_answered",
        ExtensionRequested => "extension_requested",
        ExtensionDecided => "extension_decided",
        Replied => "replied",
        Rated => "rated",
        Reopened => "reopened",
        AutoClosed => "auto_closed",
        Merged => "merged",
        Refused => "refused",
        Withdrawn => "withdrawn",
        SupervisionOrdered => "supervision_ordered",
        NoteAdded => "note_added",
    }
);

vocabulary!(
    /// What a transition does to the ticket's clocks (SPEC §5). The caller applies them, in order,
    /// with the SLA policy and calendar that hold the actual durations.
    ClockEffect, "clock effect", {
        /// Filing to dispatch (the centre's own target).
        StartIntake => "start_intake",
        StopIntake => "stop_intake",
        /// Dispatch to accept.
        StartAccept => "start_accept",
        StopAccept => "stop_accept",
        /// Dispatch to reply.
        StartReply => "start_reply",
        StopReply => "stop_reply",
        /// Time awaiting the resident does not count.
        PauseReply => "pause_reply",
        ResumeReply => "resume_reply",
        /// A redo gets a fresh reply deadline.
        NewReplyClock => "new_reply_clock",
        IncrementRedo => "increment_redo",
        /// An upheld return is an improper return (不当退单) of the department.
        CountImproperReturn => "count_improper_return",
        /// Stop every running clock: the ticket left the department or ended.
        StopAll => "stop_all",
    }
);

/// How a person stands to the ticket in question. The caller works this out from the ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The resident who filed, or on whose behalf it was filed.
    Owner,
    /// Staff of the department the ticket is assigned to.
    SameDepartment,
    /// Anyone else.
    Other,
}

impl Relation {
    /// Every member, in declaration order.
    pub const ALL: &'static [Relation] =
        &[Relation::Owner, Relation::SameDepartment, Relation::Other];
}

/// Who asks for a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    /// A member of the public without an account.
    Anonymous,
    /// An Open311 client, identified by its API key.
    ApiClient,
    /// A background worker: auto-dispatch, auto-close, escalation, auto-redo.
    System,
    /// A signed-in person.
    Person { role: Role, relation: Relation },
}

impl Actor {
    /// Shorthand for a signed-in person.
    pub const fn person(role: Role, relation: Relation) -> Self {
        Actor::Person { role, relation }
    }
}

/// What a successful [`decide`] tells the caller to do, in one database transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The state before (`None` when filing).
    pub from: Option<State>,
    /// The state after; equal to `from` for actions that leave the state unchanged.
    pub to: State,
    /// Clock effects to apply, in order.
    pub effects: Vec<ClockEffect>,
    /// The event to append to the ticket's history.
    pub event: EventKind,
}

/// Why a transition was refused. Both messages are safe to show to the person who asked: neither
/// names anything they could not already see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    /// The actor may perform this action, but not while the ticket is in this state.
    #[error("{}", invalid_message(*.state, *.action))]
    InvalidTransition {
        state: Option<State>,
        action: Action,
    },
    /// The actor may never perform this action on this ticket.
    #[error("you are not allowed to {} this ticket", .action.phrase())]
    Forbidden { action: Action },
}

fn invalid_message(state: Option<State>, action: Action) -> String {
    match (action, state) {
        (Action::File, Some(s)) => format!("cannot file a ticket that already exists (it is {s})"),
        (_, None) => format!(
            "cannot {} a ticket that has not been filed",
            action.phrase()
        ),
        (_, Some(s)) => format!("cannot {} a ticket that is {s}", action.phrase()),
    }
}

/// Decides one transition (SPEC §4). `state` is `None` only when filing. See the module docs for
/// why permission is checked before state.
pub fn decide(
    state: Option<State>,
    action: Action,
    actor: Actor,
) -> Result<Transition, LifecycleError> {
    if !may(action, actor) {
        return Err(LifecycleError::Forbidden { action });
    }
    let (to, effects) =
        target(state, action).ok_or(LifecycleError::InvalidTransition { state, action })?;
    Ok(Transition {
        from: state,
        to,
        effects,
        event: action.event(),
    })
}

/// The actions this actor may perform now, in [`Action::ALL`] order: what the UI offers as buttons.
pub fn available_actions(state: Option<State>, actor: Actor) -> Vec<Action> {
    Action::ALL
        .iter()
        .copied()
        .filter(|a| decide(state, *a, actor).is_ok())
        .collect()
}

/// Whether `actor` could ever perform `action` on the ticket, whatever its state.
fn may(action: Action, actor: Actor) -> bool {
    let (role, relation) = match actor {
        // The public and Open311 clients can only file; workers act only where the SPEC names
        // "system".
        Actor::Anonymous | Actor::ApiClient => return action == Action::File,
        Actor::System => {
            return matches!(
                action,
                Action::Dispatch | Action::Reopen | Action::AutoClose | Action::Supervise
            );
        }
        Actor::Person { role, relation } => (role, relation),
    };
    let agent = role == Role::Agent;
    let supervisor = role == Role::Supervisor;
    // Staff act only on their own department's tickets, and residents only on their own.
    let staff_here = role == Role::Staff && relation == Relation::SameDepartment;
    let owner = role == Role::Resident && relation == Relation::Owner;
    match action {
        // Nobody owns a ticket before it exists; whoever files becomes (or names) the owner.
        Action::File => matches!(role, Role::Resident | Role::Agent),
        Action::Dispatch
        | Action::Redispatch
        | Action::UpholdDispatch
        | Action::Merge
        | Action::Refuse => agent,
        Action::Accept
        | Action::Return
        | Action::AskResident
        | Action::RequestExtension
        | Action::Reply => staff_here,
        Action::AnswerResident | Action::Withdraw => owner,
        Action::DecideExtension => agent || supervisor,
        // An agent rates or reopens after a follow-up call, e.g. for anonymous filers.
        Action::Rate | Action::Reopen => owner || agent,
        Action::AutoClose => false,
        Action::Supervise => supervisor,
        Action::InternalNote => staff_here || agent || supervisor,
    }
}

/// Where `action` leads from `state`, and its clock effects; `None` if not from this state.
fn target(state: Option<State>, action: Action) -> Option<(State, Vec<ClockEffect>)> {
    use ClockEffect as C;
    use State as S;
    let Some(from) = state else {
        return (action == Action::File).then(|| (S::Submitted, vec![C::StartIntake]));
    };
    let to = match (action, from) {
        (Action::Dispatch, S::Submitted) => (
            S::Dispatched,
            vec![C::StopIntake, C::StartAccept, C::StartReply],
        ),
        (Action::Accept, S::Dispatched) => (S::Accepted, vec![C::StopAccept]),
        (Action::Return, S::Dispatched | S::Accepted) => (S::Returned, vec![C::StopAll]),
        // A new (or the same) department gets fresh clocks.
        (Action::Redispatch, S::Returned) => (S::Dispatched, vec![C::StartAccept, C::StartReply]),
        (Action::UpholdDispatch, S::Returned) => (
            S::Dispatched,
            vec![C::StartAccept, C::StartReply, C::CountImproperReturn],
        ),
        (Action::AskResident, S::Accepted) => (S::AwaitingResident, vec![C::PauseReply]),
        (Action::AnswerResident, S::AwaitingResident) => (S::Accepted, vec![C::ResumeReply]),
        // Pending until decided; an approved extension moves the deadline, which the SLA module
        // recomputes, so no clock effect here.
        (Action::RequestExtension, S::Accepted) => (S::Accepted, vec![]),
        (Action::DecideExtension, S::Accepted | S::AwaitingResident) => (from, vec![]),
        (Action::Reply, S::Accepted) => (S::Replied, vec![C::StopReply]),
        (Action::Rate | Action::AutoClose, S::Replied) => (S::Closed, vec![]),
        (Action::Reopen, S::Replied | S::Closed) => {
            (S::Accepted, vec![C::NewReplyClock, C::IncrementRedo])
        }
        // A ticket that ends while clocks run must not go on to raise yellow or red cards.
        (Action::Merge, s) if s.is_open() => (S::Merged, vec![C::StopAll]),
        (Action::Refuse, S::Submitted) => (S::Refused, vec![C::StopAll]),
        (Action::Withdraw, s) if s.is_open() => (S::Withdrawn, vec![C::StopAll]),
        (Action::Supervise, s) if s.is_open() => (from, vec![]),
        (Action::InternalNote, _) => (from, vec![]),
        _ => return None,
    };
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // ---- The expected table, written out independently of `may` and `target` above. ----

    /// Who may act, as the SPEC names them.
    #[derive(Clone, Copy)]
    enum Who {
        Anon,
        Api,
        Sys,
        /// Any relation.
        Any(Role),
        /// Only this relation.
        Rel(Role, Relation),
    }

    impl Who {
        fn matches(self, actor: Actor) -> bool {
            match (self, actor) {
                (Who::Anon, Actor::Anonymous) | (Who::Api, Actor::ApiClient) => true,
                (Who::Sys, Actor::System) => true,
                (Who::Any(r), Actor::Person { role, .. }) => r == role,
                (Who::Rel(r, rel), Actor::Person { role, relation }) => {
                    r == role && rel == relation
                }
                _ => false,
            }
        }
    }

    enum To {
        Same,
        State(State),
    }

    struct Row {
        action: Action,
        who: &'static [Who],
        from: &'static [Option<State>],
        to: To,
        effects: &'static [ClockEffect],
        event: EventKind,
    }

    use ClockEffect as C;
    use Role as R;
    use State as S;
    use Who::*;

    const STAFF_HERE: Who = Rel(R::Staff, Relation::SameDepartment);
    const OWNER: Who = Rel(R::Resident, Relation::Owner);
    const OPEN: &[Option<State>] = &[
        Some(S::Submitted),
        Some(S::Dispatched),
        Some(S::Accepted),
        Some(S::AwaitingResident),
        Some(S::Replied),
        Some(S::Returned),
    ];
    const EVERY: &[Option<State>] = &[
        Some(S::Submitted),
        Some(S::Dispatched),
        Some(S::Accepted),
        Some(S::AwaitingResident),
        Some(S::Replied),
        Some(S::Closed),
        Some(S::Returned),
        Some(S::Refused),
        Some(S::Withdrawn),
        Some(S::Merged),
    ];

    /// SPEC §4, one row per action.
    const TABLE: &[Row] = &[
        Row {
            action: Action::File,
            who: &[Anon, Api, Any(R::Resident), Any(R::Agent)],
            from: &[None],
            to: To::State(S::Submitted),
            effects: &[C::StartIntake],
            event: EventKind::Filed,
        },
        Row {
            action: Action::Dispatch,
            who: &[Any(R::Agent), Sys],
            from: &[Some(S::Submitted)],
            to: To::State(S::Dispatched),
            effects: &[C::StopIntake, C::StartAccept, C::StartReply],
            event: EventKind::Dispatched,
        },
        Row {
            action: Action::Accept,
            who: &[STAFF_HERE],
            from: &[Some(S::Dispatched)],
            to: To::State(S::Accepted),
            effects: &[C::StopAccept],
            event: EventKind::Accepted,
        },
        Row {
            action: Action::Return,
            who: &[STAFF_HERE],
            from: &[Some(S::Dispatched), Some(S::Accepted)],
            to: To::State(S::Returned),
            effects: &[C::StopAll],
            event: EventKind::Returned,
        },
        Row {
            action: Action::Redispatch,
            who: &[Any(R::Agent)],
            from: &[Some(S::Returned)],
            to: To::State(S::Dispatched),
            effects: &[C::StartAccept, C::StartReply],
            event: EventKind::Redispatched,
        },
        Row {
            action: Action::UpholdDispatch,
            who: &[Any(R::Agent)],
            from: &[Some(S::Returned)],
            to: To::State(S::Dispatched),
            effects: &[C::StartAccept, C::StartReply, C::CountImproperReturn],
            event: EventKind::DispatchUpheld,
        },
        Row {
            action: Action::AskResident,
            who: &[STAFF_HERE],
            from: &[Some(S::Accepted)],
            to: To::State(S::AwaitingResident),
            effects: &[C::PauseReply],
            event: EventKind::QuestionAsked,
        },
        Row {
            action: Action::AnswerResident,
            who: &[OWNER],
            from: &[Some(S::AwaitingResident)],
            to: To::State(S::Accepted),
            effects: &[C::ResumeReply],
            event: EventKind::QuestionAnswered,
        },
        Row {
            action: Action::RequestExtension,
            who: &[STAFF_HERE],
            from: &[Some(S::Accepted)],
            to: To::Same,
            effects: &[],
            event: EventKind::ExtensionRequested,
        },
        Row {
            action: Action::DecideExtension,
            who: &[Any(R::Agent), Any(R::Supervisor)],
            from: &[Some(S::Accepted), Some(S::AwaitingResident)],
            to: To::Same,
            effects: &[],
            event: EventKind::ExtensionDecided,
        },
        Row {
            action: Action::Reply,
            who: &[STAFF_HERE],
            from: &[Some(S::Accepted)],
            to: To::State(S::Replied),
            effects: &[C::StopReply],
            event: EventKind::Replied,
        },
        Row {
            action: Action::Rate,
            who: &[OWNER, Any(R::Agent)],
            from: &[Some(S::Replied)],
            to: To::State(S::Closed),
            effects: &[],
            event: EventKind::Rated,
        },
        Row {
            action: Action::Reopen,
            who: &[OWNER, Any(R::Agent), Sys],
            from: &[Some(S::Replied), Some(S::Closed)],
            to: To::State(S::Accepted),
            effects: &[C::NewReplyClock, C::IncrementRedo],
            event: EventKind::Reopened,
        },
        Row {
            action: Action::AutoClose,
            who: &[Sys],
            from: &[Some(S::Replied)],
            to: To::State(S::Closed),
            effects: &[],
            event: EventKind::AutoClosed,
        },
        Row {
            action: Action::Merge,
            who: &[Any(R::Agent)],
            from: OPEN,
            to: To::State(S::Merged),
            effects: &[C::StopAll],
            event: EventKind::Merged,
        },
        Row {
            action: Action::Refuse,
            who: &[Any(R::Agent)],
            from: &[Some(S::Submitted)],
            to: To::State(S::Refused),
            effects: &[C::StopAll],
            event: EventKind::Refused,
        },
        Row {
            action: Action::Withdraw,
            who: &[OWNER],
            from: OPEN,
            to: To::State(S::Withdrawn),
            effects: &[C::StopAll],
            event: EventKind::Withdrawn,
        },
        Row {
            action: Action::Supervise,
            who: &[Any(R::Supervisor), Sys],
            from: OPEN,
            to: To::Same,
            effects: &[],
            event: EventKind::SupervisionOrdered,
        },
        Row {
            action: Action::InternalNote,
            who: &[STAFF_HERE, Any(R::Agent), Any(R::Supervisor)],
            from: EVERY,
            to: To::Same,
            effects: &[],
            event: EventKind::NoteAdded,
        },
    ];

    fn all_states() -> Vec<Option<State>> {
        std::iter::once(None)
            .chain(State::ALL.iter().copied().map(Some))
            .collect()
    }

    fn all_actors() -> Vec<Actor> {
        let mut actors = vec![Actor::Anonymous, Actor::ApiClient, Actor::System];
        for role in Role::ALL {
            for relation in Relation::ALL {
                actors.push(Actor::person(*role, *relation));
            }
        }
        actors
    }

    fn expected(
        state: Option<State>,
        action: Action,
        actor: Actor,
    ) -> Result<Transition, LifecycleError> {
        let rows: Vec<&Row> = TABLE.iter().filter(|r| r.action == action).collect();
        assert_eq!(rows.len(), 1, "one table row for {action}");
        let row = rows[0];
        if !row.who.iter().any(|w| w.matches(actor)) {
            return Err(LifecycleError::Forbidden { action });
        }
        if !row.from.contains(&state) {
            return Err(LifecycleError::InvalidTransition { state, action });
        }
        let to = match row.to {
            To::Same => state.expect("unchanged-state rows never start from None"),
            To::State(s) => s,
        };
        Ok(Transition {
            from: state,
            to,
            effects: row.effects.to_vec(),
            event: row.event,
        })
    }

    #[test]
    fn every_state_action_actor_combination_matches_the_spec_table() {
        let (mut checked, mut ok, mut forbidden, mut invalid) = (0, 0, 0, 0);
        for state in all_states() {
            for action in Action::ALL {
                for actor in all_actors() {
                    let got = decide(state, *action, actor);
                    let want = expected(state, *action, actor);
                    assert_eq!(
                        got, want,
                        "state {state:?}, action {action}, actor {actor:?}"
                    );
                    checked += 1;
                    match got {
                        Ok(_) => ok += 1,
                        Err(LifecycleError::Forbidden { .. }) => forbidden += 1,
                        Err(LifecycleError::InvalidTransition { .. }) => invalid += 1,
                    }
                }
            }
        }
        // 11 states (incl. none) × 19 actions × 18 actors (3 + 5 roles × 3 relations).
        assert_eq!(checked, 11 * 19 * 18);
        assert_eq!(checked, 3762);
        // Counted by hand from the SPEC table: allowed actors × allowed from-states, summed over
        // actions (file 8, dispatch 4, accept 1, return 2, redispatch 3, uphold 3, ask 1,
        // answer 1, request ext 1, decide ext 12, reply 1, rate 4, reopen 10, auto-close 1,
        // merge 18, refuse 3, withdraw 6, supervise 24, note 70).
        assert_eq!(ok, 173);
        // 58 (action, actor) pairs are permitted; the other 342 − 58 pairs fail in all 11 states.
        assert_eq!(forbidden, 284 * 11);
        assert_eq!(invalid, 3762 - 173 - 3124);
    }

    #[test]
    fn forbidden_wins_when_the_actor_could_never_act() {
        let resident = Actor::person(Role::Resident, Relation::Owner);
        let other_staff = Actor::person(Role::Staff, Relation::Other);
        let staff_here = Actor::person(Role::Staff, Relation::SameDepartment);
        // Wrong person and wrong state: a resident can never accept.
        assert_eq!(
            decide(Some(State::Closed), Action::Accept, resident),
            Err(LifecycleError::Forbidden {
                action: Action::Accept
            })
        );
        // Staff of another department can never accept this ticket, whatever its state.
        assert_eq!(
            decide(Some(State::Closed), Action::Accept, other_staff),
            Err(LifecycleError::Forbidden {
                action: Action::Accept
            })
        );
        // The right person in the wrong state is told "not now".
        assert_eq!(
            decide(Some(State::Closed), Action::Accept, staff_here),
            Err(LifecycleError::InvalidTransition {
                state: Some(State::Closed),
                action: Action::Accept
            })
        );
        // Admins manage configuration, never tickets.
        for action in Action::ALL {
            assert!(matches!(
                decide(
                    Some(State::Accepted),
                    *action,
                    Actor::person(Role::Admin, Relation::Other)
                ),
                Err(LifecycleError::Forbidden { .. })
            ));
        }
    }

    #[test]
    fn error_messages_are_clear() {
        let staff_here = Actor::person(Role::Staff, Relation::SameDepartment);
        let err = decide(Some(State::Closed), Action::Reply, staff_here).unwrap_err();
        assert_eq!(err.to_string(), "cannot reply to a ticket that is closed");
        let err = decide(None, Action::Reply, staff_here).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot reply to a ticket that has not been filed"
        );
        let err = decide(Some(State::Submitted), Action::File, Actor::Anonymous).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot file a ticket that already exists (it is submitted)"
        );
        let err = decide(Some(State::Accepted), Action::Merge, staff_here).unwrap_err();
        assert_eq!(err.to_string(), "you are not allowed to merge this ticket");
    }

    #[test]
    fn a_ticket_walks_the_happy_path_with_a_redo() {
        let staff = Actor::person(Role::Staff, Relation::SameDepartment);
        let owner = Actor::person(Role::Resident, Relation::Owner);
        let steps = [
            (Action::File, owner, State::Submitted),
            (Action::Dispatch, Actor::System, State::Dispatched),
            (Action::Accept, staff, State::Accepted),
            (Action::AskResident, staff, State::AwaitingResident),
            (Action::AnswerResident, owner, State::Accepted),
            (Action::Reply, staff, State::Replied),
            (Action::Rate, owner, State::Closed),
            (Action::Reopen, Actor::System, State::Accepted),
            (Action::Reply, staff, State::Replied),
            (Action::AutoClose, Actor::System, State::Closed),
        ];
        let mut state = None;
        for (action, actor, want) in steps {
            let t = decide(state, action, actor).unwrap();
            assert_eq!(t.to, want, "{action}");
            state = Some(t.to);
        }
    }

    #[test]
    fn available_actions_offer_what_decide_allows() {
        let staff = Actor::person(Role::Staff, Relation::SameDepartment);
        assert_eq!(
            available_actions(Some(State::Accepted), staff),
            vec![
                Action::Return,
                Action::AskResident,
                Action::RequestExtension,
                Action::Reply,
                Action::InternalNote
            ]
        );
        assert!(available_actions(Some(State::Closed), Actor::Anonymous).is_empty());
    }

    #[test]
    fn codes_round_trip() {
        for a in Action::ALL {
            assert_eq!(a.as_str().parse::<Action>(), Ok(*a));
        }
        for e in EventKind::ALL {
            assert_eq!(e.as_str().parse::<EventKind>(), Ok(*e));
        }
        assert_eq!(EventKind::ALL.len(), 19);
        assert_eq!(Action::UpholdDispatch.as_str(), "uphold_dispatch");
        assert_eq!(
            EventKind::SupervisionOrdered.as_str(),
            "supervision_ordered"
        );
        assert_eq!(
            serde_json::to_string(&EventKind::DispatchUpheld).unwrap(),
            "\"dispatch_upheld\""
        );
        assert!("teleport".parse::<Action>().is_err());
        // Every action writes its own event.
        let mut events: Vec<_> = Action::ALL.iter().map(|a| a.event()).collect();
        events.sort();
        events.dedup();
        assert_eq!(events.len(), Action::ALL.len());
    }

    fn any_state() -> impl Strategy<Value = Option<State>> {
        prop::sample::select(all_states())
    }
    fn any_action() -> impl Strategy<Value = Action> {
        prop::sample::select(Action::ALL.to_vec())
    }
    fn any_actor() -> impl Strategy<Value = Actor> {
        prop::sample::select(all_actors())
    }

    proptest! {
        #[test]
        fn successful_transitions_respect_invariants(
            state in any_state(),
            action in any_action(),
            actor in any_actor(),
        ) {
            let Ok(t) = decide(state, action, actor) else { return Ok(()) };
            prop_assert_eq!(t.from, state);
            prop_assert_eq!(t.event, action.event());
            // Only filing starts from nothing, and filing always starts from nothing.
            prop_assert_eq!(state.is_none(), action == Action::File);
            // Nothing leaves a final state; only an internal note may be written on one.
            if let Some(from) = state {
                if matches!(from, State::Merged | State::Refused | State::Withdrawn) {
                    prop_assert_eq!(action, Action::InternalNote);
                    prop_assert_eq!(t.to, from);
                }
                // A closed ticket can only be reopened (or annotated).
                if from == State::Closed {
                    prop_assert!(t.to == State::Accepted || action == Action::InternalNote);
                }
            }
            // Unchanged-state actions keep the state and touch no clock.
            if matches!(action, Action::RequestExtension | Action::DecideExtension | Action::Supervise | Action::InternalNote) {
                prop_assert_eq!(Some(t.to), state);
                prop_assert!(t.effects.is_empty());
            }
            // A ticket that ends, or leaves its department, without an answer stops its clocks.
            if Some(t.to) != state
                && matches!(t.to, State::Merged | State::Refused | State::Withdrawn | State::Returned)
            {
                prop_assert_eq!(t.effects.clone(), vec![ClockEffect::StopAll]);
            }
            // The public, API clients and admins never do anything but file.
            match actor {
                Actor::Anonymous | Actor::ApiClient => prop_assert_eq!(action, Action::File),
                Actor::Person { role: Role::Admin, .. } => prop_assert!(false, "admin acted"),
                _ => {}
            }
            // The same question always gets the same answer.
            prop_assert_eq!(decide(state, action, actor), Ok(t));
        }
    }
}
