//! Two `minsheng serve` instances on one PostgreSQL database, both sweeping and both relaying
//! mail, with 1,000 tickets coming due at once: each escalation fires exactly once in all, and
//! each message is sent exactly once (SPEC §6 "safe when several server instances run at once").

use crate::common::{DbKind, TestApp};
use crate::mailbox::SmtpServer;
use crate::notifications::{PATIENCE, all_sent, at, city, enable_mail};
use futures_util::StreamExt;
use minsheng_domain::input::{Description, Title};
use minsheng_domain::{Channel, Kind, Locale, Priority, Role};
use minsheng_store::Principal;
use minsheng_store::entity::{escalation_firing, ticket_event};
use minsheng_store::tickets::{self, NewTicket};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};
use uuid::Uuid;

const TICKETS: usize = 1000;

async fn escalation_events(app: &TestApp) -> Vec<ticket_event::Model> {
    ticket_event::Entity::find()
        .filter(ticket_event::Column::Kind.is_in(["accept_overdue", "accept_overdue_supervisors"]))
        .all(app.store.connection())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_fire_each_escalation_once_and_send_each_mail_once() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let a = TestApp::spawn_with(DbKind::Postgres, |c| enable_mail(c, &url)).await;
    let b = a.spawn_peer(|c| enable_mail(c, &url)).await;
    // Monday 2 March 2026, 10:00 in Beijing, on both instances.
    let (_, light) = city(&a, "2026-03-02T02:00:00Z").await;
    b.set_clock(at("2026-03-02T02:00:00Z")).await;
    a.create_user_in(
        Role::Supervisor,
        "zhao.supervisor@example.org",
        None,
        Locale::ZhCn,
    )
    .await;

    // 1,000 anonymous complaints with no contact address (so no receipts), dispatched by the
    // routing catalogue to a department with no staff yet (so no dispatch mail).
    let started = Instant::now();
    let now = a.now().await;
    let store = a.store.clone();
    let filed: Vec<Uuid> = futures_util::stream::iter(0..TICKETS)
        .map(|i| {
            let store = store.clone();
            async move {
                let new = NewTicket {
                    kind: Kind::Complaint,
                    priority: Priority::Normal,
                    channel: Channel::Web,
                    category_id: Some(light),
                    title: Title::parse(&format!("路灯不亮 {i}")).unwrap(),
                    description: Description::parse("建国路的路灯连续三晚不亮。").unwrap(),
                    address: None,
                    district: None,
                    location: None,
                    occurred_at: None,
                    contact_name: None,
                    contact_email: None,
                    contact_phone: None,
                    confidential: false,
                    on_behalf_of: None,
                    locale: Locale::ZhCn,
                    idempotency_key: None,
                };
                tickets::file(&store, &Principal::Anonymous, new, now)
                    .await
                    .expect("file a ticket")
                    .ticket
                    .id
            }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    assert_eq!(filed.len(), TICKETS);
    eprintln!("filed {TICKETS} tickets in {:?}", started.elapsed());
    assert!(escalation_events(&a).await.is_empty());

    // Wednesday 4 March, 10:30: every accept deadline (Tuesday 10:00) and its second period
    // (Wednesday 10:00) has passed. Both instances' sweepers wake on their clock change and race.
    let due = at("2026-03-04T02:30:00Z");
    let started = Instant::now();
    a.set_clock(due).await;
    b.set_clock(due).await;
    let expected_firings = 2 * TICKETS;
    let deadline = tokio::time::Instant::now() + PATIENCE * 3;
    loop {
        let n = escalation_events(&a).await.len();
        if n >= expected_firings {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {n} of {expected_firings} escalations fired"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!(
        "{expected_firings} escalations fired in {:?}",
        started.elapsed()
    );

    // Mail: the supervisors' notice, one per ticket.
    let rows = all_sent(&a, PATIENCE * 3).await;
    assert_eq!(rows.len(), TICKETS);
    smtp.wait_for(TICKETS, PATIENCE * 3).await;
    eprintln!("{TICKETS} messages delivered after {:?}", started.elapsed());
    // Let both instances run on for a moment: nothing more may happen.
    a.sweep().await;
    b.sweep().await;
    tokio::time::sleep(Duration::from_secs(1)).await;

    let events = escalation_events(&a).await;
    assert_eq!(events.len(), expected_firings, "each escalation fired once");
    let mut per_ticket: HashMap<(Uuid, String), usize> = HashMap::new();
    for e in &events {
        *per_ticket
            .entry((e.ticket_id.expect("a ticket"), e.kind.clone()))
            .or_default() += 1;
    }
    assert_eq!(per_ticket.len(), expected_firings);
    assert!(per_ticket.values().all(|n| *n == 1));
    let firings = escalation_firing::Entity::find()
        .count(a.store.connection())
        .await
        .unwrap();
    assert_eq!(firings, expected_firings as u64);

    let got = smtp.by_message_id();
    assert_eq!(got.len(), TICKETS, "each message sent once");
    let ids: HashSet<&str> = rows.iter().map(|r| r.message_id.as_str()).collect();
    assert!(got.keys().all(|k| ids.contains(k.as_str())));
    assert!(got.values().all(|m| m.to == "zhao.supervisor@example.org"));

    // The two instances appended to one audit chain without forking it.
    let report = minsheng_store::chain::verify_chain(a.store.connection())
        .await
        .unwrap();
    assert_eq!(report.first_break, None);
}
