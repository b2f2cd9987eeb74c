//! A transition the lifecycle does not allow is refused with the domain's error, and nothing is
//! written: not the ticket, not an event, not a message, not an email.

use crate::support::{City, event_count, outbox_count, sh, stored};
use chrono::{DateTime, Utc};
use minsheng_domain::input::{Message, Reason};
use minsheng_domain::lifecycle::{Action, LifecycleError};
use minsheng_domain::{Kind, Satisfaction, State};
use minsheng_store::entity::ticket_message;
use minsheng_store::tickets::{self, Command};
use minsheng_store::{Principal, Store, StoreError};
use sea_orm::{EntityTrait, PaginatorTrait};
use uuid::Uuid;

/// Runs `cmd` and checks that it fails with `expected` and changes nothing.
async fn refused(
    store: &Store,
    who: Principal,
    id: Uuid,
    cmd: Command,
    at: DateTime<Utc>,
    expected: &(dyn Fn(&StoreError) -> bool + Sync),
) {
    let before = stored(store, id).await;
    let events = event_count(store).await;
    let mails = outbox_count(store).await;
    let messages = ticket_message::Entity::find()
        .count(store.connection())
        .await
        .unwrap();
    let err = tickets::act(store, &who, id, cmd, None, at)
        .await
        .unwrap_err();
    assert!(expected(&err), "unexpected error: {err:?}");
    assert_eq!(stored(store, id).await, before, "the ticket is unchanged");
    assert_eq!(event_count(store).await, events, "no event was written");
    assert_eq!(outbox_count(store).await, mails, "no email was queued");
    assert_eq!(
        ticket_message::Entity::find()
            .count(store.connection())
            .await
            .unwrap(),
        messages,
        "no message was stored"
    );
}

fn invalid(state: State, action: Action) -> impl Fn(&StoreError) -> bool + Sync {
    move |e| {
        matches!(
            e,
            StoreError::Lifecycle(LifecycleError::InvalidTransition { state: s, action: a })
                if *s == Some(state) && *a == action
        )
    }
}

fn forbidden(action: Action) -> impl Fn(&StoreError) -> bool + Sync {
    move |e| matches!(e, StoreError::Lifecycle(LifecycleError::Forbidden { action: a }) if *a == action)
}

async fn invalid_transitions_write_nothing(store: Store) {
    let city = City::new(&store).await;
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    let id = filed.ticket.id;
    let at = sh(2026, 9, 21, 10, 0);
    let reply = || Command::Reply {
        body: Message::parse("已修复。").unwrap(),
    };

    // Dispatched: not yet signed for, so it cannot be answered, rated, refused or dispatched.
    refused(
        &store,
        city.staff,
        id,
        reply(),
        at,
        &invalid(State::Dispatched, Action::Reply),
    )
    .await;
    refused(
        &store,
        city.agent,
        id,
        Command::Refuse {
            reason: Reason::parse("不属于受理范围。").unwrap(),
        },
        at,
        &invalid(State::Dispatched, Action::Refuse),
    )
    .await;
    refused(
        &store,
        city.agent,
        id,
        Command::Dispatch {
            department_id: city.transport,
        },
        at,
        &invalid(State::Dispatched, Action::Dispatch),
    )
    .await;
    refused(
        &store,
        city.resident,
        id,
        Command::Rate {
            solved: true,
            satisfaction: Satisfaction::VerySatisfied,
            comment: None,
        },
        at,
        &invalid(State::Dispatched, Action::Rate),
    )
    .await;
    // Whoever may never do it is told so, whatever the state.
    refused(
        &store,
        city.resident,
        id,
        Command::Accept,
        at,
        &forbidden(Action::Accept),
    )
    .await;
    refused(
        &store,
        city.agent,
        id,
        reply(),
        at,
        &forbidden(Action::Reply),
    )
    .await;
    refused(
        &store,
        city.supervisor,
        id,
        Command::AnswerResident {
            answer: Message::parse("补充说明。").unwrap(),
        },
        at,
        &forbidden(Action::AnswerResident),
    )
    .await;

    // Accepted: it cannot be signed for twice, nor answered by the resident unasked.
    tickets::act(&store, &city.staff, id, Command::Accept, None, at)
        .await
        .unwrap();
    let later = sh(2026, 9, 21, 11, 0);
    refused(
        &store,
        city.colleague,
        id,
        Command::Accept,
        later,
        &invalid(State::Accepted, Action::Accept),
    )
    .await;
    refused(
        &store,
        city.resident,
        id,
        Command::AnswerResident {
            answer: Message::parse("补充说明。").unwrap(),
        },
        later,
        &invalid(State::Accepted, Action::AnswerResident),
    )
    .await;

    // Closed tickets stay closed.
    tickets::act(&store, &city.staff, id, reply(), None, later)
        .await
        .unwrap();
    tickets::act(
        &store,
        &city.resident,
        id,
        Command::Rate {
            solved: true,
            satisfaction: Satisfaction::VerySatisfied,
            comment: None,
        },
        None,
        sh(2026, 9, 22, 9, 0),
    )
    .await
    .unwrap();
    let closed_at = sh(2026, 9, 22, 10, 0);
    refused(
        &store,
        city.staff,
        id,
        reply(),
        closed_at,
        &invalid(State::Closed, Action::Reply),
    )
    .await;
    refused(
        &store,
        city.resident,
        id,
        Command::Withdraw { reason: None },
        closed_at,
        &invalid(State::Closed, Action::Withdraw),
    )
    .await;
    refused(
        &store,
        city.supervisor,
        id,
        Command::Supervise {
            reason: Reason::parse("请加快办理。").unwrap(),
            due_at: None,
        },
        closed_at,
        &invalid(State::Closed, Action::Supervise),
    )
    .await;
}

/// A return after the 2-working-day window is refused by the policy, and nothing is written.
async fn late_return_writes_nothing(store: Store) {
    let city = City::new(&store).await;
    // Dispatched Friday 18 Sep 16:00: the window ends 2 working days later, on Monday 21 Sep
    // at 16:00 (the make-up Sunday counts).
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    let id = filed.ticket.id;
    let ret = || Command::Return {
        reason: Reason::parse("不属于本单位职责。").unwrap(),
    };
    refused(
        &store,
        city.staff,
        id,
        ret(),
        sh(2026, 9, 21, 16, 1),
        &|e| matches!(e, StoreError::Rule(_)),
    )
    .await;
    let t = tickets::act(&store, &city.staff, id, ret(), None, sh(2026, 9, 21, 16, 0))
        .await
        .unwrap();
    assert_eq!(t.state, "returned");
    assert_eq!(t.return_count, 1);
}

on_both!(
    invalid_transitions_write_nothing,
    late_return_writes_nothing
);
