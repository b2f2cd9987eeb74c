//! Live updates over graphql-ws (`/graphql/ws`): a ticket's updates for whoever may read it, a
//! department's queue for its staff, a person's notifications. On PostgreSQL the subscriber is
//! connected to instance A and the change is made through instance B; on SQLite both are the one
//! instance.

use crate::common::{DbKind, TestApp, assert_no_errors};
use crate::notifications::{at, city, file, register};
use crate::ws::WsClient;
use minsheng_domain::Role;
use serde_json::{Value, json};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(15);

const TICKET_UPDATED: &str = "subscription($id: ID!) {
    ticketUpdated(id: $id) { kind seq ticket { id state reference } } }";

mod subscribers_on_one_instance_see_changes_made_through_another {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::live(crate::common::DbKind::Sqlite).await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        super::live(crate::common::DbKind::Postgres).await
    }
}

/// The error code of a failed subscription, whichever way the server framed it.
fn subscription_error(m: &Value) -> String {
    let errors = match m["type"].as_str() {
        Some("error") => m["payload"].clone(),
        Some("next") => m["payload"]["errors"].clone(),
        _ => panic!("expected an error: {m}"),
    };
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no code: {m}"))
        .to_owned()
}

async fn live(kind: DbKind) {
    let a = TestApp::spawn(kind).await;
    let peer = match kind {
        DbKind::Postgres => Some(a.spawn_peer(|_| {}).await),
        DbKind::Sqlite => None,
    };
    let b = peer.as_ref().unwrap_or(&a);
    let (urban, light) = city(&a, "2026-03-02T02:00:00Z").await;
    b.set_clock(at("2026-03-02T02:00:00Z")).await;
    let staff = a
        .create_user(Role::Staff, "wang.staff@example.org", Some(urban))
        .await;
    let resident = register(&a, "amy.resident@example.org", "ZH_CN").await;
    let outsider = register(&a, "bob.other@example.org", "ZH_CN").await;
    let t = file(&a, &resident.access_token, light, "路灯不亮").await;
    let id = t["id"].as_str().unwrap().to_owned();

    // The resident follows their ticket and their notifications through instance A.
    let mut r = WsClient::connect_ok(&a.url, &resident.access_token).await;
    r.subscribe(
        "n",
        "subscription { notifications { kind ticketId reference } }",
        json!({}),
    )
    .await;
    r.subscribe("t", TICKET_UPDATED, json!({ "id": id })).await;
    let first = r.data_for("t", WAIT).await;
    assert_eq!(first["ticketUpdated"]["kind"], "snapshot");
    assert_eq!(first["ticketUpdated"]["ticket"]["state"], "DISPATCHED");

    // The department's staff watch their queue and the ticket.
    let mut s = WsClient::connect_ok(&a.url, &staff.access_token).await;
    s.subscribe(
        "q",
        "subscription { queueChanged { ticketId kind } }",
        json!({}),
    )
    .await;
    s.subscribe("t", TICKET_UPDATED, json!({ "id": id })).await;
    assert_eq!(
        s.data_for("t", WAIT).await["ticketUpdated"]["kind"],
        "snapshot"
    );

    // Someone else may not follow the ticket, nor see another department's queue, nor
    // subscribe without signing in; a forged token does not even get a connection.
    let mut o = WsClient::connect_ok(&a.url, &outsider.access_token).await;
    o.subscribe("t", TICKET_UPDATED, json!({ "id": id })).await;
    assert_eq!(
        subscription_error(&o.next_for("t", WAIT).await),
        "NOT_FOUND"
    );
    o.subscribe("q", "subscription { queueChanged { ticketId } }", json!({}))
        .await;
    assert_eq!(
        subscription_error(&o.next_for("q", WAIT).await),
        "FORBIDDEN"
    );
    let (mut anon, ack) = WsClient::connect(&a.url, None).await;
    assert_eq!(ack["type"], "connection_ack");
    anon.subscribe("n", "subscription { notifications { kind } }", json!({}))
        .await;
    assert_eq!(
        subscription_error(&anon.next_for("n", WAIT).await),
        "UNAUTHENTICATED"
    );
    let (_, refused) = WsClient::connect(&a.url, Some("not.a.token")).await;
    assert_eq!(refused["type"], "close", "{refused}");

    // Staff sign for the ticket through instance B.
    let body = b
        .gql(
            Some(&staff.access_token),
            "mutation($id: ID!) { acceptTicket(id: $id) { state } }",
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&body);
    let u = r.data_for("t", WAIT).await;
    assert_eq!(u["ticketUpdated"]["ticket"]["state"], "ACCEPTED", "{u}");
    assert!(u["ticketUpdated"]["seq"].as_i64().is_some());
    let q = s.data_for("q", WAIT).await;
    assert_eq!(q["queueChanged"]["ticketId"], id.as_str());
    assert_eq!(
        s.data_for("t", WAIT).await["ticketUpdated"]["ticket"]["state"],
        "ACCEPTED"
    );

    // A question through B: the resident's ticket pauses and they get a notification.
    let body = b
        .gql(
            Some(&staff.access_token),
            "mutation($id: ID!) { askResident(id: $id, question: \"请问是哪一根灯杆？\") { state } }",
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&body);
    let u = r.data_for("t", WAIT).await;
    assert_eq!(u["ticketUpdated"]["ticket"]["state"], "AWAITING_RESIDENT");
    // The receipt may come first: it was still on its way when the resident subscribed.
    let mut n = r.data_for("n", WAIT).await;
    if n["notifications"]["kind"] == "filing_receipt" {
        n = r.data_for("n", WAIT).await;
    }
    assert_eq!(n["notifications"]["kind"], "question", "{n}");
    assert_eq!(n["notifications"]["ticketId"], id.as_str());
    assert_eq!(n["notifications"]["reference"], t["reference"]);
    r.quiet_for("n", Duration::from_millis(300)).await;

    // The outsider heard nothing of it.
    o.quiet_for("t", Duration::from_millis(300)).await;
}
