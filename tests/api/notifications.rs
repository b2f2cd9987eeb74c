//! Email notifications end to end (SPEC §6–§7), through a real SMTP server: a ticket walked through
//! the 2026 calendar on the test clock until it escalates, and an SMTP outage that delays mail
//! and loses none. Each test runs on SQLite and on PostgreSQL.

use crate::common::{DbKind, Session, TestApp, assert_no_errors};
use crate::mailbox::{Received, SmtpServer};
use chrono::{DateTime, Utc};
use minsheng_domain::{Locale, Role};
use minsheng_store::entity::{department, escalation_firing, outbox, ticket_event};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::time::Duration;
use uuid::Uuid;

/// Generates `name::sqlite` and `name::postgres` from `async fn name(kind: DbKind)`.
macro_rules! on_both_dbs {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name(crate::common::DbKind::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name(crate::common::DbKind::Postgres).await
                }
            }
        )*
    };
}

on_both_dbs!(
    a_ticket_walked_through_the_calendar_escalates_and_mails_the_right_people,
    an_smtp_outage_delays_mail_and_loses_none,
);

/// How long a test waits for the server to do something by itself.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// A server whose sweep and relay run, sending mail to `smtp_url`.
pub async fn mail_app(kind: DbKind, smtp_url: &str) -> TestApp {
    let url = smtp_url.to_owned();
    TestApp::spawn_with(kind, move |c| enable_mail(c, &url)).await
}

/// Turns the background workers on, with mail going to `smtp_url`.
pub fn enable_mail(c: &mut minsheng_gateway::Config, smtp_url: &str) {
    c.workers.enabled = true;
    c.workers.relay_interval = Duration::from_millis(500);
    c.mail.smtp_url = Some(SecretString::from(smtp_url.to_owned()));
}
pub use crate::common::{at, city};

/// Registers a resident through the API, writing in `locale`.
pub async fn register(app: &TestApp, email: &str, locale: &str) -> Session {
    let body = app
        .gql(
            None,
            "mutation($input: RegisterInput!) { register(input: $input) {
                accessToken refreshToken expiresAt user { id email role } } }",
            json!({ "input": {
                "email": email, "password": crate::common::PASSWORD,
                "displayName": "Amy Resident", "locale": locale
            }}),
        )
        .await;
    assert_no_errors(&body);
    let p = &body["data"]["register"];
    Session {
        user_id: p["user"]["id"].as_str().unwrap().to_owned(),
        access_token: p["accessToken"].as_str().unwrap().to_owned(),
        refresh_token: p["refreshToken"].as_str().unwrap().to_owned(),
    }
}

/// Files a street-light complaint; returns the ticket.
pub async fn file(app: &TestApp, token: &str, category: Uuid, title: &str) -> Value {
    let body = app
        .gql(
            Some(token),
            "mutation($input: FileTicketInput!) { fileTicket(input: $input) {
                ticket { id reference state replyDue acceptDue } } }",
            json!({ "input": {
                "kind": "COMPLAINT",
                "categoryId": category,
                "title": title,
                "description": "建国路 88 号门前的路灯连续三晚不亮，行人夜里看不清路。",
                "address": "朝阳区建国路 88 号",
            }}),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["fileTicket"]["ticket"].clone()
}

pub async fn all_outbox(app: &TestApp) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .all(app.store.connection())
        .await
        .expect("read the outbox")
}

/// Waits until every outbox row is sent; returns the rows.
pub async fn all_sent(app: &TestApp, within: Duration) -> Vec<outbox::Model> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let rows = all_outbox(app).await;
        if rows.iter().all(|r| r.status == "sent") {
            return rows;
        }
        let left: Vec<_> = rows
            .iter()
            .filter(|r| r.status != "sent")
            .map(|r| (&r.message_kind, &r.status, r.attempts, &r.last_error))
            .take(5)
            .collect();
        assert!(
            tokio::time::Instant::now() < deadline,
            "mail still unsent after {within:?}: {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until every outbox row has arrived at the SMTP server exactly once, and checks each
/// message against its row. Returns the rows with their messages.
async fn delivered(app: &TestApp, smtp: &SmtpServer) -> Vec<(outbox::Model, Received)> {
    let rows = all_sent(app, PATIENCE).await;
    smtp.wait_for(rows.len(), PATIENCE).await;
    let mut got = smtp.by_message_id();
    assert_eq!(got.len(), rows.len(), "one message per outbox row");
    rows.into_iter()
        .map(|row| {
            let m = got
                .remove(&row.message_id)
                .unwrap_or_else(|| panic!("no message with Message-ID {}", row.message_id));
            assert_eq!(m.to, row.recipient_email);
            assert_eq!(m.rcpt_to, row.recipient_email);
            assert_eq!(m.content_type, "multipart/alternative");
            assert!(m.from.contains("no-reply@localhost"), "{}", m.from);
            assert!(
                !m.text.is_empty() && m.html.contains("<a href="),
                "text and HTML parts"
            );
            (row, m)
        })
        .collect()
}

async fn fired(app: &TestApp, ticket: Uuid) -> Vec<String> {
    let mut v: Vec<String> = escalation_firing::Entity::find()
        .filter(escalation_firing::Column::TicketId.eq(ticket))
        .all(app.store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.rule)
        .collect();
    v.sort();
    v
}

/// Waits until `rule` has fired for `ticket` (by either sweeper: the one the clock change woke,
/// or `/test/sweep`).
async fn wait_fired(app: &TestApp, ticket: Uuid, rule: &str) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if fired(app, ticket).await.iter().any(|r| r == rule) {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{rule} did not fire"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The mail of `kind`, by recipient.
fn mail_of<'a>(
    sent: &'a [(outbox::Model, Received)],
    kind: &str,
) -> HashMap<&'a str, &'a Received> {
    sent.iter()
        .filter(|(r, _)| r.message_kind == kind)
        .map(|(r, m)| (r.recipient_email.as_str(), m))
        .collect()
}

/// A complaint filed on Thursday 30 April 2026, just before the May Day holiday (1–5 May) and
/// the make-up working day on Saturday 9 May. Its 15-working-day reply deadline, counted by hand:
/// 6 hours left on 30 April, then 6, 7, 8, 9 (Saturday, make-up), 11–15 and 18–22 May (14 days,
/// 98 hours), and the last hour on Monday 25 May: 10:00 Beijing time. The yellow card comes one
/// working day earlier (Friday 22 May 10:00), the red card at the deadline, and the automatic
/// supervision order five working days after the red card (Monday 1 June).
async fn a_ticket_walked_through_the_calendar_escalates_and_mails_the_right_people(kind: DbKind) {
    let smtp = SmtpServer::start().await;
    let app = mail_app(kind, &smtp.url()).await;
    // Thursday 30 April 2026, 10:00 in Beijing.
    let (urban, light) = city(&app, "2026-04-30T02:00:00Z").await;
    let elsewhere = department::Entity::find()
        .filter(department::Column::Id.ne(urban))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap()
        .id;
    let staff = app
        .create_user(Role::Staff, "wang.staff@example.org", Some(urban))
        .await;
    app.create_user_in(
        Role::Staff,
        "li.elsewhere@example.org",
        Some(elsewhere),
        Locale::ZhCn,
    )
    .await;
    app.create_user_in(
        Role::Supervisor,
        "zhao.supervisor@example.org",
        None,
        Locale::En,
    )
    .await;
    let resident = register(&app, "amy.resident@example.org", "EN").await;

    let t = file(&app, &resident.access_token, light, "路灯不亮").await;
    let id: Uuid = t["id"].as_str().unwrap().parse().unwrap();
    let reference = t["reference"].as_str().unwrap().to_owned();
    assert_eq!(t["state"], "DISPATCHED");
    let due: DateTime<Utc> = serde_json::from_value(t["replyDue"].clone()).unwrap();
    assert_eq!(
        due,
        at("2026-05-25T02:00:00Z"),
        "Monday 25 May, 10:00 Beijing time"
    );
    let accepted = app
        .gql(
            Some(&staff.access_token),
            "mutation($id: ID!) { acceptTicket(id: $id) { state } }",
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&accepted);

    // The receipt (English, for the resident) and the dispatch (Chinese, for the staff).
    let sent = delivered(&app, &smtp).await;
    let receipt = mail_of(&sent, "filing_receipt");
    let r = receipt["amy.resident@example.org"];
    assert_eq!(
        r.subject,
        format!("Minsheng: We received your request {reference}")
    );
    assert!(
        r.text
            .contains(&format!("http://minsheng.test/tickets/{id}")),
        "{}",
        r.text
    );
    let d = mail_of(&sent, "dispatched");
    assert_eq!(d.len(), 1, "only the department's own staff hear of it");
    assert_eq!(
        d["wang.staff@example.org"].subject,
        format!("【民声】新派工单 {reference}")
    );

    // A minute before the yellow-card instant nothing is due.
    app.set_clock(at("2026-05-22T01:59:00Z")).await;
    assert_eq!(app.sweep().await, 0);
    assert!(fired(&app, id).await.is_empty());

    // Yellow card: the assigned department's staff, in Chinese.
    app.set_clock(at("2026-05-22T02:01:00Z")).await;
    wait_fired(&app, id, "yellow_card").await;
    let sent = delivered(&app, &smtp).await;
    let yellow = mail_of(&sent, "yellow_card");
    assert_eq!(yellow.len(), 1, "{:?}", yellow.keys());
    let y = yellow["wang.staff@example.org"];
    assert_eq!(
        y.subject,
        format!("【民声】黄牌预警：工单 {reference} 即将超期")
    );
    assert!(
        y.text.contains("2026年5月25日 10:00"),
        "the deadline in Beijing time: {}",
        y.text
    );

    // Just before the deadline: still only the yellow card.
    app.set_clock(at("2026-05-25T01:59:00Z")).await;
    assert_eq!(app.sweep().await, 0);

    // Red card: the department in Chinese, the supervisor in English.
    app.set_clock(at("2026-05-25T02:01:00Z")).await;
    wait_fired(&app, id, "red_card").await;
    let sent = delivered(&app, &smtp).await;
    let red = mail_of(&sent, "red_card");
    assert_eq!(red.len(), 2, "{:?}", red.keys());
    assert_eq!(
        red["wang.staff@example.org"].subject,
        format!("【民声】红牌警告：工单 {reference} 已超期")
    );
    let s = red["zhao.supervisor@example.org"];
    assert_eq!(
        s.subject,
        format!("Minsheng: Red card: ticket {reference} is overdue")
    );
    assert!(
        s.html
            .contains(&format!("href=\"http://minsheng.test/tickets/{id}\""))
    );

    // Four working days after the red card (26–29 May, the weekend passes): no supervision yet,
    // nor on Monday 1 June a minute before five working days are up.
    app.set_clock(at("2026-05-30T02:01:00Z")).await;
    assert_eq!(app.sweep().await, 0);
    app.set_clock(at("2026-06-01T02:00:00Z")).await;
    assert_eq!(app.sweep().await, 0);
    assert_eq!(fired(&app, id).await, ["red_card", "yellow_card"]);

    // Five working days after the red card: the automatic supervision order, to the department.
    app.set_clock(at("2026-06-01T02:02:00Z")).await;
    wait_fired(&app, id, "auto_supervision").await;
    let sent = delivered(&app, &smtp).await;
    let order = mail_of(&sent, "supervision_order");
    assert_eq!(order.len(), 1, "{:?}", order.keys());
    assert_eq!(
        order["wang.staff@example.org"].subject,
        format!("【民声】督办通知：工单 {reference}")
    );

    // The right people, and nobody else: the other department heard nothing, and the resident
    // only got the receipt.
    let to: HashSet<(&str, &str)> = sent
        .iter()
        .map(|(r, _)| (r.recipient_email.as_str(), r.message_kind.as_str()))
        .collect();
    let expected: HashSet<(&str, &str)> = [
        ("amy.resident@example.org", "filing_receipt"),
        ("wang.staff@example.org", "dispatched"),
        ("wang.staff@example.org", "yellow_card"),
        ("wang.staff@example.org", "red_card"),
        ("zhao.supervisor@example.org", "red_card"),
        ("wang.staff@example.org", "supervision_order"),
    ]
    .into_iter()
    .collect();
    assert_eq!(to, expected);
    assert_eq!(sent.len(), expected.len(), "each message once");

    // Each firing is in the ticket's history once.
    let events: Vec<String> = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(id))
        .all(app.store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    for rule in ["yellow_card", "red_card"] {
        assert_eq!(
            events.iter().filter(|k| *k == rule).count(),
            1,
            "{events:?}"
        );
    }
}

/// The SMTP server goes away while 100 notifications are written. Each fails, is kept, and is
/// retried with backoff; when the server is back every message arrives exactly once.
async fn an_smtp_outage_delays_mail_and_loses_none(kind: DbKind) {
    let mut smtp = SmtpServer::start().await;
    let app = mail_app(kind, &smtp.url()).await;
    let (_, light) = city(&app, "2026-03-02T02:00:00Z").await;
    let resident = register(&app, "amy.resident@example.org", "ZH_CN").await;

    smtp.stop().await;
    for i in 0..100 {
        file(
            &app,
            &resident.access_token,
            light,
            &format!("路灯不亮 {i}"),
        )
        .await;
    }
    // Every receipt was tried, failed, and waits for a retry.
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let rows = all_outbox(&app).await;
        assert_eq!(rows.len(), 100);
        assert!(
            rows.iter().all(|r| r.status == "pending"),
            "nothing is lost or given up"
        );
        if rows.iter().all(|r| r.attempts >= 1) {
            let r = &rows[0];
            let error = r.last_error.as_deref().unwrap_or_default();
            assert!(!error.is_empty() && !error.contains('@'), "{error}");
            assert!(r.next_attempt_at > at("2026-03-02T02:00:00Z"), "backed off");
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the relay did not try every message"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(smtp.messages().is_empty());

    // The server comes back; an hour later every retry is due.
    smtp.start_again().await;
    app.advance_clock(3600).await;
    let rows = all_sent(&app, PATIENCE).await;
    smtp.wait_for(100, PATIENCE).await;
    // A moment for any duplicate to show up.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let got = smtp.by_message_id();
    let expected: HashSet<&str> = rows.iter().map(|r| r.message_id.as_str()).collect();
    let arrived: HashSet<&str> = got.keys().map(String::as_str).collect();
    assert_eq!(arrived, expected, "every message arrived, exactly once");
    assert!(
        got.values()
            .all(|m| m.subject.starts_with("【民声】已收到您的诉求 MS-2026-"))
    );
}
