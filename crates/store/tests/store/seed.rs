//! The demo city: reference data that reads back as the domain's defaults, one account per role,
//! and a few hundred tickets with a real history that verifies.

use crate::support::{event_count, utc};
use chrono::Duration;
use minsheng_domain::calendar::BusinessCalendar;
use minsheng_domain::escalation::EscalationConfig;
use minsheng_domain::input::Email;
use minsheng_domain::sla::SlaPolicy;
use minsheng_domain::{Role, State};
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::{
    calendar_day, category, department, outbox, rating, routing_rule, ticket, ticket_event, user,
};
use minsheng_store::tickets::{TicketFilter, TicketOrder, read};
use minsheng_store::{Principal, Store, StoreError, accounts, policy, seed};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::collections::BTreeMap;
use std::time::Instant;

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2VlZHNhbHRzZWVkc2FsdA$0123456789abcdefghijklmnopqrstuvwxyzABCDE";

async fn principal(store: &Store, email: &str) -> Principal {
    let a = accounts::find_by_email(store, &Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("{email} exists"));
    Principal::User {
        id: a.id,
        role: a.role,
        department_id: a.department_id,
    }
}

async fn listed(
    store: &Store,
    who: &Principal,
    filter: TicketFilter,
    now: chrono::DateTime<chrono::Utc>,
) -> u64 {
    read::list(store, who, &filter, TicketOrder::ReplyDue, 0, 20, now)
        .await
        .unwrap()
        .total
}

async fn demo_city(store: Store) {
    let db = store.connection();
    assert!(seed::is_empty(&store).await.unwrap());
    // Friday 20 November 2026, 14:00 in Beijing.
    let now = utc("2026-11-20T06:00:00Z");
    let started = Instant::now();
    let report = seed::seed_demo(&store, now, HASH).await.unwrap();
    eprintln!(
        "seed_demo ({:?}): {report:?} in {:.1?}",
        store.backend(),
        started.elapsed()
    );
    assert!(!seed::is_empty(&store).await.unwrap());

    // Reference data.
    assert!(report.departments >= 12);
    assert!(report.categories >= 30);
    assert_eq!(
        department::Entity::find().count(db).await.unwrap(),
        report.departments as u64
    );
    assert_eq!(
        category::Entity::find().count(db).await.unwrap(),
        report.categories as u64
    );
    let chaoyang = department::Entity::find()
        .filter(department::Column::Code.eq("chaoyang"))
        .one(db)
        .await
        .unwrap()
        .expect("the Chaoyang district");
    let streets = department::Entity::find()
        .filter(department::Column::ParentId.eq(chaoyang.id))
        .count(db)
        .await
        .unwrap();
    assert!(streets >= 2, "Chaoyang has its street offices");
    let district_rules = routing_rule::Entity::find()
        .filter(routing_rule::Column::District.ne(""))
        .count(db)
        .await
        .unwrap();
    assert!(district_rules >= 3, "some categories route by district");
    let bundle = policy::load_policy(db, None).await.unwrap();
    assert_eq!(bundle.calendar, BusinessCalendar::china_mainland_2026());
    assert_eq!(bundle.policy, SlaPolicy::default_policy());
    assert_eq!(bundle.escalation, EscalationConfig::default());
    let days = calendar_day::Entity::find().all(db).await.unwrap();
    assert_eq!(days.len(), 33 + 6, "33 holidays and 6 make-up days in 2026");
    let day = |d: &str| days.iter().find(|x| x.day == d).unwrap();
    assert_eq!(
        (
            day("2026-10-01").day_kind.as_str(),
            day("2026-10-01").name.as_str()
        ),
        ("holiday", "国庆节")
    );
    assert_eq!(day("2026-02-18").name, "春节");
    assert_eq!(day("2026-02-14").day_kind, "makeup");
    assert!(day("2026-02-14").name.contains("春节"));

    // One account per role, all with the demo password hash; staff@ heads urban management.
    for (email, role) in [
        ("resident@example.org", Role::Resident),
        ("agent@example.org", Role::Agent),
        ("staff@example.org", Role::Staff),
        ("supervisor@example.org", Role::Supervisor),
        ("admin@example.org", Role::Admin),
    ] {
        let login = accounts::find_login(&store, &Email::parse(email).unwrap())
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{email}"));
        assert_eq!(login.account.role, role, "{email}");
        assert_eq!(login.password_hash.as_deref(), Some(HASH), "{email}");
        assert!(login.account.active);
    }
    let staff = accounts::find_by_email(&store, &Email::parse("staff@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(staff.is_department_head);
    let urban = department::Entity::find_by_id(staff.department_id.unwrap())
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(urban.code, "urban-management");
    assert_eq!(urban.name_zh, "市城市管理局");
    assert_eq!(
        user::Entity::find().count(db).await.unwrap(),
        report.users as u64
    );
    assert!(report.users > 5, "a few more people for realism");

    // A few hundred tickets in varied states, most of them closed.
    let tickets = ticket::Entity::find().all(db).await.unwrap();
    assert!(report.tickets >= 200, "{report:?}");
    assert_eq!(tickets.len(), report.tickets);
    let mut by_state: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &tickets {
        *by_state.entry(t.state.as_str()).or_default() += 1;
    }
    eprintln!("demo tickets by state: {by_state:?}");
    let closed = by_state.get("closed").copied().unwrap_or(0);
    assert!(
        closed * 2 > tickets.len(),
        "most tickets are closed: {by_state:?}"
    );
    for state in [
        State::Submitted,
        State::Dispatched,
        State::Accepted,
        State::AwaitingResident,
        State::Replied,
        State::Closed,
        State::Returned,
        State::Merged,
        State::Withdrawn,
        State::Refused,
    ] {
        assert!(
            by_state.contains_key(state.as_str()),
            "some {state}: {by_state:?}"
        );
    }
    assert!(tickets.iter().any(|t| t.redo_count > 0), "some were redone");
    assert!(
        tickets.iter().any(|t| t.return_count > 0),
        "some were returned"
    );
    assert!(
        tickets.iter().any(|t| t.extension_count > 0),
        "some were extended"
    );
    assert!(
        tickets.iter().any(|t| t.channel == "phone"),
        "the hotline filed some"
    );
    let mut refs: Vec<&str> = tickets.iter().map(|t| t.reference.as_str()).collect();
    refs.sort_unstable();
    refs.dedup();
    assert_eq!(refs.len(), tickets.len());
    // References follow filing order.
    let mut by_filing = tickets.clone();
    by_filing.sort_by_key(|t| (t.filed_at, t.reference.clone()));
    assert!(
        by_filing
            .windows(2)
            .all(|w| w[0].reference < w[1].reference)
    );
    assert!(
        tickets
            .iter()
            .all(|t| t.filed_at < now && t.filed_at > now - Duration::days(61))
    );

    let ratings = rating::Entity::find().all(db).await.unwrap();
    let satisfied = ratings
        .iter()
        .filter(|r| {
            ["very_satisfied", "satisfied", "basically_satisfied"]
                .contains(&r.satisfaction.as_str())
        })
        .count();
    assert!(satisfied * 2 > ratings.len(), "mostly satisfied");
    assert!(satisfied < ratings.len(), "some dissatisfied");

    // The dashboards and the escalation worker have work: overdue and soon-due open tickets.
    let supervisor = principal(&store, "supervisor@example.org").await;
    let overdue = TicketFilter {
        overdue: Some(true),
        ..TicketFilter::default()
    };
    assert!(
        listed(&store, &supervisor, overdue, now).await > 0,
        "some are overdue"
    );
    let soon = tickets
        .iter()
        .filter(|t| ["dispatched", "accepted"].contains(&t.state.as_str()))
        .filter_map(|t| t.reply_due)
        .filter(|d| *d > now && *d < now + Duration::days(4))
        .count();
    assert!(soon > 0, "some are near their deadline");
    let checks = minsheng_store::entity::ticket_check::Entity::find()
        .all(db)
        .await
        .unwrap();
    assert!(
        checks.iter().any(|c| c.next_check_at <= now),
        "the escalation sweep has something due"
    );

    // Each demo account has something to look at.
    let resident = principal(&store, "resident@example.org").await;
    assert!(listed(&store, &resident, TicketFilter::default(), now).await >= 10);
    let staff = principal(&store, "staff@example.org").await;
    assert!(listed(&store, &staff, TicketFilter::default(), now).await >= 10);

    // Every history is real: it starts with the filing and lies in the past, and the chain
    // verifies end to end.
    let first_events = ticket_event::Entity::find()
        .filter(ticket_event::Column::Kind.eq("filed"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(first_events, tickets.len() as u64);
    let latest = ticket_event::Entity::find()
        .order_by_desc(ticket_event::Column::OccurredAt)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(latest.occurred_at < now);
    let events = event_count(&store).await;
    assert!(events > 3 * tickets.len() as u64);
    let chain = verify_chain(db).await.unwrap();
    assert_eq!(chain.first_break, None);
    assert_eq!(chain.checked, events);

    // Old notifications count as sent, so a fresh start does not mail about last month.
    let stale_pending = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("pending"))
        .filter(outbox::Column::CreatedAt.lt(now - Duration::days(1)))
        .count(db)
        .await
        .unwrap();
    assert_eq!(stale_pending, 0);
    let sent = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("sent"))
        .all(db)
        .await
        .unwrap();
    assert!(!sent.is_empty());
    assert!(sent.iter().all(|m| m.sent_at == Some(m.created_at)));

    // The demo loads only into an empty database.
    let again = seed::seed_demo(&store, now, HASH).await.unwrap_err();
    assert!(matches!(again, StoreError::Conflict(_)), "{again:?}");
    assert_eq!(
        ticket::Entity::find().count(db).await.unwrap(),
        tickets.len() as u64
    );
}

/// Reference data alone, for a real city that brings its own people.
async fn reference_data_only(store: Store) {
    let now = utc("2026-01-05T01:00:00Z");
    seed::seed_reference(&store, now).await.unwrap();
    assert!(!seed::is_empty(&store).await.unwrap());
    assert_eq!(
        user::Entity::find()
            .count(store.connection())
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        ticket::Entity::find()
            .count(store.connection())
            .await
            .unwrap(),
        0
    );
    let err = seed::seed_reference(&store, now).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    let err = seed::seed_demo(&store, now, HASH).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

on_both!(demo_city, reference_data_only);
