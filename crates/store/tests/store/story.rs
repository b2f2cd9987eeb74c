//! A whole ticket's life through the store, on the 2026 calendar with fixed instants. Every
//! deadline below was counted by hand from SPEC §5 (holidays 25–27 Sep and 1–7 Oct; make-up
//! working days Sun 20 Sep and Sat 10 Oct; 09:00–12:00 and 13:30–17:30).

use crate::support::{City, events_of, sh, stored, utc};
use chrono::Duration;
use minsheng_domain::calendar::BusinessCalendar;
use minsheng_domain::input::{Message, Reason};
use minsheng_domain::{Kind, Satisfaction};
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::{extension_request, outbox, ticket_event};
use minsheng_store::tickets::{self, Command, read};
use minsheng_store::{Principal, Store, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

fn msg(s: &str) -> Message {
    Message::parse(s).unwrap()
}

fn reason(s: &str) -> Reason {
    Reason::parse(s).unwrap()
}

async fn pending_request(store: &Store, ticket_id: Uuid) -> Uuid {
    extension_request::Entity::find()
        .filter(extension_request::Column::TicketId.eq(ticket_id))
        .filter(extension_request::Column::Decision.eq("pending"))
        .one(store.connection())
        .await
        .unwrap()
        .expect("a pending extension request")
        .id
}

async fn mails(store: &Store, ticket_id: Uuid, kind: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::TicketId.eq(ticket_id))
        .filter(outbox::Column::MessageKind.eq(kind))
        .all(store.connection())
        .await
        .unwrap()
}

async fn whole_story(store: Store) {
    let city = City::new(&store).await;
    let cal = BusinessCalendar::china_mainland_2026();
    let act = |who: Principal, id: Uuid, cmd: Command, at| {
        let store = store.clone();
        async move { tickets::act(&store, &who, id, cmd, None, at).await }
    };

    // Friday 18 September, 16:00: the resident files a complaint; the routing catalogue sends it
    // to urban management at once.
    let filed_at = sh(2026, 9, 18, 16, 0);
    let filed = city.resident_complains(&store, filed_at).await;
    let t = filed.ticket;
    let id = t.id;
    assert_eq!(t.reference, "MS-2026-000001");
    assert!(!filed.replayed);
    assert_eq!(
        filed.tracking_code, None,
        "signed-in residents need no tracking code"
    );
    assert_eq!(t.state, "dispatched");
    assert_eq!(t.department_id, Some(city.urban));
    assert_eq!(t.dispatched_at, Some(filed_at));
    // 2 working hours: 16:00–17:30 on Friday, then 30 minutes on the make-up Sunday.
    assert_eq!(t.dispatch_due, Some(utc("2026-09-20T01:30:00Z")));
    // 1 working day: the next working day is the make-up Sunday, same position (16:00).
    assert_eq!(t.accept_due, Some(utc("2026-09-20T08:00:00Z")));
    // 15 working days, skipping the Mid-Autumn and National Day holidays and counting
    // Sun 20 Sep and Sat 10 Oct: Thursday 15 October, 16:00.
    assert_eq!(t.reply_due, Some(utc("2026-10-15T08:00:00Z")));
    // On PostgreSQL the filing is one statement: the row is exactly what filing returned, and
    // both events are already sealed into the chain, in the order they happened.
    assert_eq!(stored(&store, id).await, t);
    let chained: Vec<(Option<i64>, String)> = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(id))
        .order_by_asc(ticket_event::Column::Pos)
        .all(store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.seq, e.kind))
        .collect();
    let first = chained[0].0.expect("sealed on commit");
    assert_eq!(
        chained,
        [
            (Some(first), "filed".to_owned()),
            (Some(first + 1), "dispatched".to_owned())
        ]
    );
    assert_eq!(mails(&store, id, "filing_receipt").await.len(), 1);
    let staff_told = mails(&store, id, "dispatched").await;
    assert_eq!(
        staff_told.len(),
        2,
        "both urban-management staff hear of it"
    );

    // Sunday 20 September (a working day), 10:00: staff signs for it.
    let t = act(city.staff, id, Command::Accept, sh(2026, 9, 20, 10, 0))
        .await
        .unwrap();
    assert_eq!(t.state, "accepted");
    assert_eq!(t.accepted_at, Some(sh(2026, 9, 20, 10, 0)));

    // Monday 21 September, 10:00: staff asks the resident; the reply clock pauses.
    let asked_at = sh(2026, 9, 21, 10, 0);
    let t = act(
        city.staff,
        id,
        Command::AskResident {
            question: msg("请补充具体是哪几盏路灯不亮，最好提供灯杆编号。"),
        },
        asked_at,
    )
    .await
    .unwrap();
    assert_eq!(t.state, "awaiting_resident");
    assert_eq!(t.reply_paused_at, Some(asked_at));
    assert_eq!(mails(&store, id, "question").await.len(), 1);

    // Monday 28 September, 15:00: the resident answers; the clock resumes.
    let answered_at = sh(2026, 9, 28, 15, 0);
    let t = act(
        city.resident,
        id,
        Command::AnswerResident {
            answer: msg("是88号门前往东的三盏，灯杆编号JG-017至JG-019。"),
        },
        answered_at,
    )
    .await
    .unwrap();
    assert_eq!(t.state, "accepted");
    assert_eq!(t.reply_paused_at, None);
    // Paused: 6 h on 21 Sep, 7 h on each of 22–24 Sep, 4.5 h on 28 Sep = 31.5 working hours.
    // Thursday 15 Oct 16:00 + 31.5 working hours = Thursday 22 Oct, 11:00.
    assert_eq!(t.reply_due, Some(utc("2026-10-22T03:00:00Z")));
    assert_eq!(
        cal.working_between(utc("2026-10-15T08:00:00Z"), t.reply_due.unwrap()),
        cal.working_between(asked_at, answered_at),
        "the deadline moved by exactly the paused working time"
    );
    assert_eq!(
        cal.working_between(asked_at, answered_at),
        Duration::minutes(31 * 60 + 30)
    );

    // Tuesday 29 September: staff asks for more time, an agent approves.
    let requested_due = sh(2026, 10, 29, 17, 30);
    let t = act(
        city.staff,
        id,
        Command::RequestExtension {
            reason: reason("需更换整段线路，施工单位排期至十月下旬。"),
            requested_due,
        },
        sh(2026, 9, 29, 10, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "accepted");
    assert_eq!(
        t.reply_due,
        Some(utc("2026-10-22T03:00:00Z")),
        "pending until decided"
    );
    let request_id = pending_request(&store, id).await;
    let t = act(
        city.agent,
        id,
        Command::DecideExtension {
            request_id,
            approve: true,
            note: None,
        },
        sh(2026, 9, 29, 14, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.reply_due, Some(requested_due));
    assert_eq!(t.extension_count, 1);
    assert_eq!(mails(&store, id, "extension_decided").await.len(), 1);

    // Wednesday 30 September, 10:00: the reply.
    let t = act(
        city.staff,
        id,
        Command::Reply {
            body: msg("您好，三盏路灯的供电线路已更换，现已恢复照明。"),
        },
        sh(2026, 9, 30, 10, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "replied");
    assert_eq!(t.replied_at, Some(sh(2026, 9, 30, 10, 0)));
    assert_eq!(mails(&store, id, "reply_published").await.len(), 1);
    assert_eq!(mails(&store, id, "rate_request").await.len(), 1);

    // Saturday 3 October (a holiday), 20:00: the resident is not satisfied. The ticket goes back
    // to the department at once, with a fresh 15-working-day clock that starts when work
    // resumes on Thursday 8 October: the close of Tuesday 27 October.
    let t = act(
        city.resident,
        id,
        Command::Rate {
            solved: false,
            satisfaction: Satisfaction::Dissatisfied,
            comment: Some(msg("修好两天又不亮了。")),
        },
        sh(2026, 10, 3, 20, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "accepted");
    assert_eq!(t.redo_count, 1);
    assert_eq!(t.replied_at, None);
    assert_eq!(t.reply_due, Some(utc("2026-10-27T09:30:00Z")));
    assert_eq!(mails(&store, id, "reopened").await.len(), 2);

    // The second reply, and this time the resident is satisfied.
    let t = act(
        city.staff,
        id,
        Command::Reply {
            body: msg("您好，已更换老化的控制器，连续观察三晚均正常亮灯。"),
        },
        sh(2026, 10, 12, 11, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "replied");
    let t = act(
        city.resident,
        id,
        Command::Rate {
            solved: true,
            satisfaction: Satisfaction::Satisfied,
            comment: None,
        },
        sh(2026, 10, 13, 9, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "closed");
    assert_eq!(t.closed_at, Some(sh(2026, 10, 13, 9, 0)));
    assert_eq!(t.redo_count, 1);
    assert_eq!(
        crate::support::next_check(&store, id).await,
        None,
        "a closed ticket leaves the escalation sweep"
    );
    assert_eq!(
        stored(&store, id).await,
        t,
        "what act returned is what was stored"
    );

    // One history across the redo, in order, each event by the right actor.
    let timeline = read::timeline(&store, &city.resident, id).await.unwrap();
    let kinds: Vec<&str> = timeline.iter().map(|e| e.event.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "filed",
            "dispatched",
            "accepted",
            "question_asked",
            "question_answered",
            "extension_requested",
            "extension_decided",
            "replied",
            "rated",
            "reopened",
            "replied",
            "rated",
        ]
    );
    let roles: Vec<Option<&str>> = timeline
        .iter()
        .map(|e| e.event.actor_role.as_deref())
        .collect();
    assert_eq!(
        roles,
        [
            Some("resident"),
            Some("system"),
            Some("staff"),
            Some("staff"),
            Some("resident"),
            Some("staff"),
            Some("agent"),
            Some("staff"),
            Some("resident"),
            Some("system"),
            Some("staff"),
            Some("resident"),
        ]
    );
    assert!(timeline.iter().all(|e| e.event.seq.is_some()), "sealed");
    assert!(timeline.windows(2).all(|w| w[0].event.seq < w[1].event.seq));
    let texts: Vec<&str> = timeline
        .iter()
        .filter_map(|e| e.message.as_ref().map(|m| m.message_kind.as_str()))
        .collect();
    assert_eq!(texts, ["question", "answer", "reply", "reply"]);
    assert_eq!(events_of(&store, id).await, 12);

    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(report.checked, 12);
}

/// An extension approved while the clock is paused adds to the time left: when the resident
/// answers, the deadline is the approved date plus the paused working time.
async fn extension_approved_while_paused(store: Store) {
    let city = City::new(&store).await;
    let cal = BusinessCalendar::china_mainland_2026();
    let filed = city
        .resident_complains(&store, sh(2026, 9, 18, 16, 0))
        .await;
    let id = filed.ticket.id;
    assert_eq!(filed.ticket.reply_due, Some(utc("2026-10-15T08:00:00Z")));
    let act = |who: Principal, cmd: Command, at| {
        let store = store.clone();
        async move { tickets::act(&store, &who, id, cmd, None, at).await }
    };
    act(city.staff, Command::Accept, sh(2026, 9, 20, 10, 0))
        .await
        .unwrap();
    let approved_due = sh(2026, 10, 22, 17, 30);
    act(
        city.staff,
        Command::RequestExtension {
            reason: reason("需协调供电部门共同施工。"),
            requested_due: approved_due,
        },
        sh(2026, 9, 21, 10, 0),
    )
    .await
    .unwrap();
    let asked_at = sh(2026, 9, 21, 11, 0);
    act(
        city.staff,
        Command::AskResident {
            question: msg("请提供灯杆编号。"),
        },
        asked_at,
    )
    .await
    .unwrap();
    let request_id = pending_request(&store, id).await;
    let t = act(
        city.agent,
        Command::DecideExtension {
            request_id,
            approve: true,
            note: None,
        },
        sh(2026, 9, 21, 14, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "awaiting_resident");
    assert_eq!(t.reply_due, Some(approved_due));

    let answered_at = sh(2026, 9, 28, 11, 0);
    let t = act(
        city.resident,
        Command::AnswerResident {
            answer: msg("灯杆编号JG-017。"),
        },
        answered_at,
    )
    .await
    .unwrap();
    // Paused 28 working hours (5 h on 21 Sep, 7 h on each of 22–24 Sep, 2 h on 28 Sep), added
    // to the approved Thursday 22 October 17:30: the close of Wednesday 28 October.
    assert_eq!(
        cal.working_between(asked_at, answered_at),
        Duration::hours(28)
    );
    assert_eq!(
        t.reply_due,
        Some(utc("2026-10-28T09:30:00Z")),
        "the approved extension must add to the time left, not subtract from it"
    );
}

/// A third extension is refused by the policy (at most 2), and nothing is written.
async fn extensions_are_limited(store: Store) {
    let city = City::new(&store).await;
    let filed = city
        .resident_complains(&store, sh(2026, 11, 2, 10, 0))
        .await;
    let id = filed.ticket.id;
    city.staff_accepts(&store, id, sh(2026, 11, 2, 11, 0)).await;
    for round in 0..2 {
        let due = crate::support::stored(&store, id).await.reply_due.unwrap();
        tickets::act(
            &store,
            &city.staff,
            id,
            Command::RequestExtension {
                reason: reason("需要更多时间。"),
                requested_due: due + Duration::days(1),
            },
            None,
            sh(2026, 11, 3 + round, 10, 0),
        )
        .await
        .unwrap();
        let request_id = pending_request(&store, id).await;
        tickets::act(
            &store,
            &city.supervisor,
            id,
            Command::DecideExtension {
                request_id,
                approve: true,
                note: None,
            },
            None,
            sh(2026, 11, 3 + round, 14, 0),
        )
        .await
        .unwrap();
    }
    let before = stored(&store, id).await;
    assert_eq!(before.extension_count, 2);
    let events = events_of(&store, id).await;
    let err = tickets::act(
        &store,
        &city.staff,
        id,
        Command::RequestExtension {
            reason: reason("还需要更多时间。"),
            requested_due: before.reply_due.unwrap() + Duration::days(1),
        },
        None,
        sh(2026, 11, 6, 10, 0),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, StoreError::Validation(v) if v.field == "requestedDue"),
        "{err:?}"
    );
    assert_eq!(stored(&store, id).await, before);
    assert_eq!(events_of(&store, id).await, events);
}

/// A ticket the routing catalogue cannot place waits in the agents' inbox until one dispatches it.
async fn unrouted_ticket_waits_for_an_agent(store: Store) {
    let city = City::new(&store).await;
    let mut input = city.street_light_ticket(Kind::Enquiry);
    input.category_id = Some(city.other);
    // Monday 21 September, 11:30: 30 minutes before the lunch break.
    let filed = tickets::file(&store, &city.resident, input, sh(2026, 9, 21, 11, 30))
        .await
        .unwrap();
    let id = filed.ticket.id;
    assert_eq!(filed.ticket.state, "submitted");
    assert_eq!(filed.ticket.department_id, None);
    assert_eq!(filed.ticket.reply_due, None);
    // 2 working hours: 30 minutes before lunch, 90 minutes after it.
    assert_eq!(filed.ticket.dispatch_due, Some(sh(2026, 9, 21, 15, 0)));
    let inbox = read::list(
        &store,
        &city.agent,
        &tickets::TicketFilter {
            states: vec![minsheng_domain::State::Submitted],
            ..Default::default()
        },
        tickets::TicketOrder::FiledAsc,
        0,
        10,
        sh(2026, 9, 21, 12, 0),
    )
    .await
    .unwrap();
    assert_eq!(inbox.items.len(), 1);
    assert_eq!(inbox.items[0].ticket.id, id);
    assert!(matches!(
        read::get(&store, &city.staff, id).await,
        Err(StoreError::NotFound)
    ));

    let t = tickets::act(
        &store,
        &city.agent,
        id,
        Command::Dispatch {
            department_id: city.transport,
        },
        None,
        sh(2026, 9, 21, 14, 0),
    )
    .await
    .unwrap();
    assert_eq!(t.state, "dispatched");
    assert_eq!(t.department_id, Some(city.transport));
    // An enquiry: 2 working days from Monday 14:00 is Wednesday 14:00.
    assert_eq!(t.reply_due, Some(sh(2026, 9, 23, 14, 0)));
    assert!(read::get(&store, &city.transport_staff, id).await.is_ok());
    assert!(matches!(
        read::get(&store, &city.staff, id).await,
        Err(StoreError::NotFound)
    ));
}

/// An extension request still pending when the department replies must not come back after a
/// redo: approving it then would pull the redo's fresh deadline back to the old requested date,
/// and while it stays pending the department cannot ask for time in the new round.
async fn stale_extension_request_after_redo(store: Store) {
    let city = City::new(&store).await;
    let filed = city
        .resident_complains(&store, sh(2026, 11, 2, 10, 0))
        .await;
    let id = filed.ticket.id;
    let act = |who: Principal, cmd: Command, at| {
        let store = store.clone();
        async move { tickets::act(&store, &who, id, cmd, None, at).await }
    };
    act(city.staff, Command::Accept, sh(2026, 11, 2, 11, 0))
        .await
        .unwrap();
    let first_due = stored(&store, id).await.reply_due.unwrap();
    act(
        city.staff,
        Command::RequestExtension {
            reason: reason("需等待配件到货。"),
            requested_due: first_due + Duration::days(2),
        },
        sh(2026, 11, 3, 10, 0),
    )
    .await
    .unwrap();
    let stale = pending_request(&store, id).await;
    // The department replies before anyone decides, and the resident is not satisfied.
    act(
        city.staff,
        Command::Reply {
            body: msg("已更换灯具。"),
        },
        sh(2026, 11, 4, 10, 0),
    )
    .await
    .unwrap();
    let redo = act(
        city.resident,
        Command::Rate {
            solved: false,
            satisfaction: Satisfaction::VeryDissatisfied,
            comment: None,
        },
        sh(2026, 11, 6, 10, 0),
    )
    .await
    .unwrap();
    assert_eq!(redo.state, "accepted");
    let redo_due = redo.reply_due.unwrap();
    assert!(redo_due > first_due + Duration::days(2));

    // Approving the old request now must not shorten the redo's deadline.
    let decided = act(
        city.agent,
        Command::DecideExtension {
            request_id: stale,
            approve: true,
            note: None,
        },
        sh(2026, 11, 6, 14, 0),
    )
    .await;
    let due_now = stored(&store, id).await.reply_due.unwrap();
    assert!(
        due_now >= redo_due,
        "approving a stale request moved the deadline from {redo_due} back to {due_now} \
         (decision: {:?})",
        decided.map(|t| t.reply_due)
    );
    // And the department can ask for time in the new round.
    let asked = act(
        city.staff,
        Command::RequestExtension {
            reason: reason("重办需重新施工。"),
            requested_due: due_now + Duration::days(1),
        },
        sh(2026, 11, 9, 10, 0),
    )
    .await;
    assert!(asked.is_ok(), "a new request in the redo round: {asked:?}");
}

on_both!(
    stale_extension_request_after_redo,
    whole_story,
    extension_approved_while_paused,
    extensions_are_limited,
    unrouted_ticket_waits_for_an_agent
);
