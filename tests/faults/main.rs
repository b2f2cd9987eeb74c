//! Faults on PostgreSQL: the real `minsheng serve` program killed with SIGKILL under load, its
//! database restarted under load, and a statement that runs past the statement timeout.
//!
//! Each test starts a private PostgreSQL cluster of its own (initdb into a temporary directory,
//! on a free port), because these tests stop and restart the database, which must never happen
//! to the shared one that the other suites use at the same time. The PostgreSQL server programs
//! are found in `MINSHENG_PG_BINDIR`, else the newest `/usr/lib/postgresql/*/bin`, else
//! `pg_config --bindir`. As root, the cluster runs as the `postgres` user (initdb refuses root).
//! Without PostgreSQL the tests fail; they never skip.

// Test code may panic on what it did not expect; that is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod pg;
mod server;

use minsheng_store::entity::{ticket, ticket_event};
use minsheng_store::{DbConfig, Store};
use pg::PrivatePg;
use sea_orm::{ColumnTrait, ConnectionTrait, Database, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::{Value, json};
use server::Server;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[path = "../support/clean.rs"]
mod clean;
use clean::assert_clean;

const FILE: &str = "mutation($input: FileTicketInput!) { fileTicket(input: $input) {
    trackingCode ticket { id reference state } } }";

fn filing(n: usize, key: &str) -> Value {
    json!({ "input": {
        "kind": "COMPLAINT",
        "title": format!("路灯不亮 {n}"),
        "description": "建国路 88 号门前的路灯连续三晚不亮，行人夜里看不清路。",
        "address": "朝阳区建国路 88 号",
        "idempotencyKey": key,
    }})
}

/// A ticket whose filing the server confirmed.
#[derive(Debug, Clone)]
struct Filed {
    id: String,
    reference: String,
    tracking_code: String,
}

/// Files anonymously, one request after another at a steady rate, until `stop`; records every
/// filing the server confirmed.
async fn file_steadily(
    http: reqwest::Client,
    url: Arc<Mutex<String>>,
    worker: usize,
    stop: Arc<AtomicBool>,
    filed: Arc<Mutex<Vec<Filed>>>,
) {
    let mut n = 0;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let base = url.lock().await.clone();
        let key = format!("w{worker}-{n}-{}", uuid::Uuid::now_v7());
        let sent = http
            .post(format!("{base}/graphql"))
            .json(&json!({ "query": FILE, "variables": filing(n, &key) }))
            .timeout(Duration::from_secs(10))
            .send()
            .await;
        if let Ok(res) = sent
            && res.status() == 200
            && let Ok(body) = res.json::<Value>().await
        {
            assert_clean(&body);
            let p = &body["data"]["fileTicket"];
            if body["errors"].is_null() && p["ticket"]["id"].is_string() {
                filed.lock().await.push(Filed {
                    id: p["ticket"]["id"].as_str().unwrap().to_owned(),
                    reference: p["ticket"]["reference"].as_str().unwrap().to_owned(),
                    tracking_code: p["trackingCode"].as_str().unwrap().to_owned(),
                });
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Filing at a steady rate from several workers, against whichever server `url` names.
struct Load {
    url: Arc<Mutex<String>>,
    stop: Arc<AtomicBool>,
    filed: Arc<Mutex<Vec<Filed>>>,
    workers: Vec<tokio::task::JoinHandle<()>>,
}

impl Load {
    fn start(server: &Server, workers: usize) -> Load {
        let url = Arc::new(Mutex::new(server.url.clone()));
        let stop = Arc::new(AtomicBool::new(false));
        let filed = Arc::new(Mutex::new(Vec::new()));
        let workers = (0..workers)
            .map(|w| {
                tokio::spawn(file_steadily(
                    server.http.clone(),
                    url.clone(),
                    w,
                    stop.clone(),
                    filed.clone(),
                ))
            })
            .collect();
        Load {
            url,
            stop,
            filed,
            workers,
        }
    }

    /// How many filings the server has confirmed so far.
    async fn confirmed(&self) -> usize {
        self.filed.lock().await.len()
    }

    /// Stops the workers and returns every confirmed filing.
    async fn finish(self) -> Vec<Filed> {
        self.stop.store(true, Ordering::Relaxed);
        for w in self.workers {
            w.await.unwrap();
        }
        self.filed.lock().await.clone()
    }
}

async fn wait_for(what: &str, limit: Duration, mut check: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < limit, "{what}: not within {limit:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_under_load_loses_no_filed_ticket() {
    let pg = PrivatePg::start();
    let data = tempfile::tempdir().unwrap();
    let mut server = Server::start(&pg.url(), data.path()).await;
    let load = Load::start(&server, 4);

    // Filing goes on while the server is killed, and while it is away.
    wait_for("30 filings", Duration::from_secs(30), async || {
        load.confirmed().await >= 30
    })
    .await;
    server.kill9().await;
    let confirmed_at_kill = load.confirmed().await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // The same program on the same database and data directory comes back...
    let server = Server::start(&pg.url(), data.path()).await;
    *load.url.lock().await = server.url.clone();
    let before = load.confirmed().await;
    wait_for(
        "filings after the restart",
        Duration::from_secs(30),
        async || load.confirmed().await >= before + 10,
    )
    .await;
    let filed = load.finish().await;
    assert!(confirmed_at_kill >= 30);

    // ...and every filing it confirmed is there, with its events, in an intact chain.
    let store = Store::connect(&DbConfig::new(pg.url())).await.unwrap();
    let db = store.connection();
    let ids: Vec<uuid::Uuid> = filed.iter().map(|f| f.id.parse().unwrap()).collect();
    let rows = ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(ids.clone()))
        .all(db)
        .await
        .unwrap();
    assert_eq!(rows.len(), filed.len(), "a confirmed filing was lost");
    let filed_events: HashSet<uuid::Uuid> = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.is_in(ids))
        .filter(ticket_event::Column::Kind.eq("filed"))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|e| e.ticket_id)
        .collect();
    assert_eq!(filed_events.len(), filed.len(), "a filing lost its event");
    let report = minsheng_store::chain::verify_chain(db).await.unwrap();
    assert_eq!(report.first_break, None, "the audit chain broke");
    assert!(report.checked as usize >= filed.len());

    // Through the API too, with the tracking codes the filers were given.
    for f in filed.iter().step_by(7) {
        let body = server
            .gql(
                "query($r: String!, $c: String!) { trackTicket(reference: $r, trackingCode: $c) {
                    reference state timeline { event { kind } } } }",
                json!({ "r": f.reference, "c": f.tracking_code }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        assert_eq!(
            body["data"]["trackTicket"]["reference"],
            f.reference.as_str()
        );
        assert_eq!(
            body["data"]["trackTicket"]["timeline"][0]["event"]["kind"],
            "filed"
        );
    }

    // `minsheng audit verify` agrees.
    drop(server);
    let out = server::cli(&["audit", "verify"], &pg.url(), data.path()).await;
    assert!(
        out.status.success(),
        "audit verify failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_database_restart_under_load_gives_clean_errors_and_recovers_by_itself() {
    let mut pg = PrivatePg::start();
    let data = tempfile::tempdir().unwrap();
    let mut server = Server::start(&pg.url(), data.path()).await;
    let load = Load::start(&server, 3);
    wait_for("filings", Duration::from_secs(30), async || {
        load.confirmed().await >= 10
    })
    .await;
    assert_eq!(server.status("/readyz").await, 200);

    pg.stop("fast");
    // While the database is away: not ready, still alive, and every answer is a clean error.
    wait_for(
        "/readyz to report the outage",
        Duration::from_secs(10),
        async || server.status("/readyz").await == 503,
    )
    .await;
    assert_eq!(server.status("/healthz").await, 200);
    let during = load.confirmed().await;
    let mut failures = 0;
    for n in 0..4 {
        let res = server
            .http
            .post(format!("{}/graphql", server.url))
            .json(&json!({ "query": FILE, "variables": filing(n, &uuid::Uuid::now_v7().to_string()) }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "a GraphQL error, not an HTTP one");
        let body: Value = res.json().await.unwrap();
        assert_clean(&body);
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "INTERNAL",
            "{body}"
        );
        failures += 1;
    }
    assert_eq!(failures, 4);
    assert_eq!(server.status("/readyz").await, 503);
    assert!(
        load.confirmed().await <= during + 3,
        "filings were confirmed without a database"
    );

    // PostgreSQL comes back; the same server process serves again by itself.
    pg.start_again();
    wait_for("/readyz to recover", Duration::from_secs(30), async || {
        server.status("/readyz").await == 200
    })
    .await;
    let back = load.confirmed().await;
    wait_for("filings to resume", Duration::from_secs(30), async || {
        load.confirmed().await >= back + 10
    })
    .await;
    load.finish().await;
    assert!(server.is_running(), "the server did not survive the outage");
    let store = Store::connect(&DbConfig::new(pg.url())).await.unwrap();
    let report = minsheng_store::chain::verify_chain(store.connection())
        .await
        .unwrap();
    assert_eq!(report.first_break, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_statement_past_the_timeout_fails_cleanly_and_frees_its_connection() {
    let pg = PrivatePg::start();
    let data = tempfile::tempdir().unwrap();
    // The statement timeout is PostgreSQL's `statement_timeout`: `--statement-timeout`, 15 s by
    // default.
    let timeout = Duration::from_secs(2);
    let server = Server::start_with(&pg.url(), data.path(), &["--statement-timeout", "2s"]).await;

    let register = server
        .gql(
            "mutation { register(input: {email: \"slow@example.org\", password: \"correct horse battery\",
                displayName: \"慢 居民\"}) { accessToken } }",
            json!({}),
        )
        .await;
    let token = register["data"]["register"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{register}"))
        .to_owned();
    let body = server.gql_as(&token, FILE, filing(1, "slow-1")).await;
    let id = body["data"]["fileTicket"]["ticket"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();

    // Someone holds the ticket's row lock and does not let go.
    let admin = Database::connect(pg.url()).await.unwrap();
    let holder = admin.begin().await.unwrap();
    holder
        .execute_unprepared(&format!(
            "SELECT id FROM tickets WHERE id = '{id}' FOR UPDATE"
        ))
        .await
        .unwrap();

    // Withdrawing waits for that lock: each attempt fails cleanly once the timeout passes,
    // long before the 30 s request timeout.
    let withdraw = "mutation($id: ID!) { withdrawTicket(id: $id) { id state } }";
    let attempts: Vec<_> = (0..6)
        .map(|_| {
            let server = server.clone_client();
            let token = token.clone();
            let id = id.clone();
            tokio::spawn(async move {
                let started = Instant::now();
                let body = server.gql_as(&token, withdraw, json!({ "id": id })).await;
                (started.elapsed(), body)
            })
        })
        .collect();
    // Meanwhile the server keeps answering what does not need the lock.
    let me = server.gql_as(&token, "{ me { id } }", json!({})).await;
    assert!(me["errors"].is_null(), "{me}");
    for a in attempts {
        let (took, body) = a.await.unwrap();
        assert_clean(&body);
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "INTERNAL",
            "{body}"
        );
        assert!(took >= timeout, "failed before the timeout: {took:?}");
        // Well inside the 30 s request timeout, with room for a busy machine.
        assert!(took < Duration::from_secs(15), "took {took:?}");
    }

    // Nothing of the server's is still waiting on the lock, although it is still held.
    let waiting = admin
        .query_one_raw(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            "SELECT count(*)::bigint AS n FROM pg_stat_activity
             WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        ))
        .await
        .unwrap()
        .unwrap();
    let waiting: i64 = waiting.try_get_by_index(0).unwrap();
    assert_eq!(waiting, 0, "a statement still waits for the lock");
    assert_eq!(server.status("/readyz").await, 200);

    // Once the lock is gone the same request succeeds.
    holder.rollback().await.unwrap();
    let done = server.gql_as(&token, withdraw, json!({ "id": id })).await;
    assert!(done["errors"].is_null(), "{done}");
    assert_eq!(done["data"]["withdrawTicket"]["state"], "WITHDRAWN");
}
