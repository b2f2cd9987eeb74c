//! `TestApp`: the real Minsheng server, built by the real `App::build` with the real router, on
//! port 0, over a fresh database migrated by the real migrations: a SQLite file in a temporary
//! directory, or a new PostgreSQL database created for the test and dropped after it.
//!
//! PostgreSQL is found through `MINSHENG_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`), a URL with the right to create databases. When
//! it cannot be reached, the PostgreSQL tests fail; they never skip.

#![allow(dead_code)] // Each test module uses a different part of the helper.

use chrono::{DateTime, Utc};
use minsheng_domain::input::{Email, PersonName};
use minsheng_domain::{Locale, Role};
use minsheng_gateway::cli::{DbArgs, MailArgs, ServeArgs, WorkerArgs};
use minsheng_gateway::config::{Config, Limits};
use minsheng_gateway::{App, AppState};
use minsheng_store::Store;
use minsheng_store::accounts::{self, NewUser};
use minsheng_store::entity::{category, department, outbox};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, Database, EntityTrait, QueryFilter, QueryOrder,
};
use secrecy::SecretString;
use serde_json::{Value, json};
use std::net::SocketAddr;
use tokio::sync::oneshot;
use uuid::Uuid;

/// The password `TestApp` gives the people it creates.
pub const PASSWORD: &str = "correct horse battery";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

/// Generates one test per database from one body:
///
/// ```ignore
/// both_dbs! {
///     async fn health_answers(app) { … }
/// }
/// ```
/// gives `health_answers::sqlite` and `health_answers::postgres`, each with a fresh `app`.
macro_rules! both_dbs {
    ($( $(#[$meta:meta])* async fn $name:ident($app:ident) $body:block )*) => {
        $(
            $(#[$meta])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let $app = crate::common::TestApp::spawn(crate::common::DbKind::Sqlite).await;
                    $body
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let $app = crate::common::TestApp::spawn(crate::common::DbKind::Postgres).await;
                    $body
                }
            }
        )*
    };
}

/// A running server and the handles a test needs around it.
pub struct TestApp {
    pub kind: DbKind,
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    pub http: reqwest::Client,
    /// The same store the server uses, for setting up and checking what the API cannot show.
    pub store: Store,
    /// The server's shared services.
    pub state: AppState,
    /// The access-token signing secret, for forging tokens in negative tests.
    pub jwt_secret: String,
    /// The access tokens' `iss`.
    pub issuer: String,
    shutdown: Option<oneshot::Sender<()>>,
    _dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
}

struct PgDatabase {
    admin_url: String,
    name: String,
}

/// A signed-in person, as the API handed them out.
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: String,
    pub access_token: String,
    pub refresh_token: String,
}

impl Session {
    fn from_payload(p: &Value) -> Self {
        Session {
            user_id: p["user"]["id"].as_str().expect("user id").to_owned(),
            access_token: p["accessToken"].as_str().expect("access token").to_owned(),
            refresh_token: p["refreshToken"]
                .as_str()
                .expect("refresh token")
                .to_owned(),
        }
    }
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// `url` with its database name replaced by `name`, keeping any query string.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl TestApp {
    /// A server in production mode (no introspection, no GraphiQL) on a settable clock.
    pub async fn spawn(kind: DbKind) -> Self {
        Self::spawn_with(kind, |_| {}).await
    }

    /// Like [`spawn`](Self::spawn), with the configuration adjusted first.
    pub async fn spawn_with(kind: DbKind, adjust: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let (database_url, pg) = match kind {
            DbKind::Sqlite => (
                format!("sqlite://{}", dir.path().join("minsheng.db").display()),
                None,
            ),
            DbKind::Postgres => {
                let admin_url = std::env::var("MINSHENG_TEST_PG_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
                let name = format!("minsheng_test_{}", random_hex(8));
                let admin = Database::connect(&admin_url).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is required for this test and could not be reached at \
                         MINSHENG_TEST_PG_URL={admin_url}: {e}"
                    )
                });
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create the test database");
                let _ = admin.close().await;
                (
                    with_database(&admin_url, &name),
                    Some(PgDatabase { admin_url, name }),
                )
            }
        };
        let jwt_secret = random_hex(32);
        let issuer = "http://minsheng.test".to_owned();
        let args = ServeArgs {
            db: DbArgs {
                database_url: Some(database_url),
                data_dir: dir.path().to_owned(),
                statement_timeout: DbArgs::DEFAULT_STATEMENT_TIMEOUT,
                db_connections: DbArgs::DEFAULT_CONNECTIONS,
                db_read_connections: DbArgs::DEFAULT_READ_CONNECTIONS,
            },
            listen: "127.0.0.1:0".parse().expect("address"),
            dev: false,
            public_url: issuer.clone(),
            static_dir: dir.path().join("no-web-app"),
            test_clock: true,
            no_demo_seed: true,
            max_in_flight: Limits::DEFAULT_MAX_IN_FLIGHT,
            mail: MailArgs::default(),
            attachments: Default::default(),
            // Background work stays off so that tests decide when things happen; they run the
            // sweep through `POST /test/sweep`.
            workers: WorkerArgs {
                no_workers: true,
                ..WorkerArgs::default()
            },
        };
        let mut config =
            Config::load(&args, Some(SecretString::from(jwt_secret.clone()))).expect("config");
        adjust(&mut config);
        let app = App::build(config).await.expect("the app starts");
        let store = app.state.store.clone();
        let state = app.state.clone();
        // Bind first, then serve: the port is accepting before the test sends anything.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local address");
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(app.serve(listener, async {
            let _ = rx.await;
        }));
        TestApp {
            kind,
            addr,
            url: format!("http://{addr}"),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("http client"),
            store,
            state,
            jwt_secret,
            issuer,
            shutdown: Some(tx),
            _dir: dir,
            pg,
        }
    }

    /// POSTs a GraphQL operation and returns the JSON response. Asserts HTTP 200.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.url))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let body: Value = res.json().await.expect("a JSON body");
        assert_eq!(status, 200, "GraphQL answered {status}: {body}");
        body
    }

    /// A raw request to any path, for the HTTP-level tests.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http.request(method, format!("{}{path}", self.url))
    }

    /// Registers a resident through the API and returns their session.
    pub async fn register(&self, email: &str, password: &str) -> Session {
        let body = self
            .gql(
                None,
                "mutation($input: RegisterInput!) { register(input: $input) {
                    accessToken refreshToken expiresAt user { id email role } } }",
                json!({ "input": {
                    "email": email, "password": password, "displayName": "测试 居民"
                }}),
            )
            .await;
        assert_no_errors(&body);
        Session::from_payload(&body["data"]["register"])
    }

    /// Signs in through the API; the raw response, for tests of failures.
    pub async fn login_raw(&self, email: &str, password: &str) -> Value {
        self.gql(
            None,
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) {
                accessToken refreshToken expiresAt user { id email role } } }",
            json!({ "e": email, "p": password }),
        )
        .await
    }

    /// Signs in through the API and returns the session.
    pub async fn login(&self, email: &str, password: &str) -> Session {
        let body = self.login_raw(email, password).await;
        assert_no_errors(&body);
        Session::from_payload(&body["data"]["login"])
    }

    /// Exchanges a refresh token; the raw response.
    pub async fn refresh_raw(&self, refresh_token: &str) -> Value {
        self.gql(
            None,
            "mutation($t: String!) { refresh(refreshToken: $t) {
                accessToken refreshToken expiresAt user { id email role } } }",
            json!({ "t": refresh_token }),
        )
        .await
    }

    /// `me` with this bearer token; the raw response.
    pub async fn me(&self, token: &str) -> Value {
        self.gql(
            Some(token),
            "{ me { id email displayName role locale } }",
            json!({}),
        )
        .await
    }

    /// Creates a department directly in the store.
    pub async fn create_department(&self, code: &str) -> Uuid {
        let id = Uuid::now_v7();
        let now = self.now().await;
        department::Entity::insert(department::ActiveModel {
            id: Set(id),
            code: Set(code.to_owned()),
            name_zh: Set(format!("{code} 部门")),
            name_en: Set(format!("{code} department")),
            parent_id: Set(None),
            calendar_id: Set(None),
            active: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(self.store.connection())
        .await
        .expect("insert a department");
        id
    }

    /// Creates a person of any role directly in the store, with [`PASSWORD`], and signs them in.
    pub async fn create_user(
        &self,
        role: Role,
        email: &str,
        department_id: Option<Uuid>,
    ) -> Session {
        self.create_user_in(role, email, department_id, Locale::ZhCn)
            .await;
        self.login(email, PASSWORD).await
    }

    /// The server clock's "now".
    pub async fn now(&self) -> DateTime<Utc> {
        let v: Value = self
            .request(reqwest::Method::GET, "/test/clock")
            .send()
            .await
            .expect("clock")
            .json()
            .await
            .expect("clock JSON");
        serde_json::from_value(v["now"].clone()).expect("an instant")
    }

    /// Moves the server clock forward.
    pub async fn advance_clock(&self, seconds: i64) -> DateTime<Utc> {
        let res = self
            .request(reqwest::Method::POST, "/test/clock")
            .json(&json!({ "advanceSeconds": seconds }))
            .send()
            .await
            .expect("clock");
        assert_eq!(res.status(), 200);
        let v: Value = res.json().await.expect("clock JSON");
        serde_json::from_value(v["now"].clone()).expect("an instant")
    }

    /// Outbox rows of one kind, oldest first.
    pub async fn outbox(&self, kind: &str) -> Vec<outbox::Model> {
        outbox::Entity::find()
            .filter(outbox::Column::MessageKind.eq(kind))
            .order_by_asc(outbox::Column::CreatedAt)
            .all(self.store.connection())
            .await
            .expect("read the outbox")
    }
}

/// Helpers for the background-work tests: a second instance, people in other languages, and
/// driving the sweep.
impl TestApp {
    /// A second server on this one's PostgreSQL database, as another `minsheng serve` instance of
    /// the same installation would be: the same signing secret and issuer, its own clock (starting at this one's time)
    /// and its own data directory. It leaves the database to `self` to drop.
    pub async fn spawn_peer(&self, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let pg = self
            .pg
            .as_ref()
            .expect("a second instance needs PostgreSQL");
        let dir = tempfile::tempdir().expect("temporary directory");
        let args = ServeArgs {
            db: DbArgs {
                database_url: Some(with_database(&pg.admin_url, &pg.name)),
                data_dir: dir.path().to_owned(),
                statement_timeout: DbArgs::DEFAULT_STATEMENT_TIMEOUT,
                db_connections: DbArgs::DEFAULT_CONNECTIONS,
                db_read_connections: DbArgs::DEFAULT_READ_CONNECTIONS,
            },
            listen: "127.0.0.1:0".parse().expect("address"),
            dev: false,
            public_url: self.issuer.clone(),
            static_dir: dir.path().join("no-web-app"),
            test_clock: true,
            no_demo_seed: true,
            max_in_flight: Limits::DEFAULT_MAX_IN_FLIGHT,
            mail: MailArgs::default(),
            attachments: Default::default(),
            workers: WorkerArgs {
                no_workers: true,
                ..WorkerArgs::default()
            },
        };
        let mut config =
            Config::load(&args, Some(SecretString::from(self.jwt_secret.clone()))).expect("config");
        adjust(&mut config);
        let app = App::build(config)
            .await
            .expect("the second instance starts");
        let store = app.state.store.clone();
        let state = app.state.clone();
        // The peer starts at this instance's time, before its workers start: a first sweep on
        // the real date would find every ticket of a test set in the past overdue.
        let now = self.now().await;
        if let Some(clock) = &state.test_clock {
            clock.set(now);
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local address");
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(app.serve(listener, async {
            let _ = rx.await;
        }));
        TestApp {
            kind: self.kind,
            addr,
            url: format!("http://{addr}"),
            http: self.http.clone(),
            store,
            state,
            jwt_secret: self.jwt_secret.clone(),
            issuer: self.issuer.clone(),
            shutdown: Some(tx),
            _dir: dir,
            pg: None,
        }
    }

    /// Like [`create_user`](Self::create_user), in `locale`, without signing in.
    pub async fn create_user_in(
        &self,
        role: Role,
        email: &str,
        department_id: Option<Uuid>,
        locale: Locale,
    ) -> Uuid {
        let hash = self
            .state
            .auth
            .passwords()
            .hash(SecretString::from(PASSWORD))
            .await
            .expect("hash");
        accounts::create_user(
            &self.store,
            NewUser {
                email: Email::parse(email).expect("email"),
                display_name: PersonName::parse("测试 用户").expect("name"),
                phone: None,
                role,
                department_id,
                is_department_head: false,
                locale,
                password_hash: Some(hash),
            },
            self.now().await,
        )
        .await
        .expect("create a user")
        .id
    }

    /// Sets the server clock.
    pub async fn set_clock(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        let res = self
            .request(reqwest::Method::POST, "/test/clock")
            .json(&json!({ "set": t }))
            .send()
            .await
            .expect("clock");
        assert_eq!(res.status(), 200);
        t
    }

    /// Runs the escalation sweep now (`POST /test/sweep`) and returns how many rules fired.
    pub async fn sweep(&self) -> u64 {
        let res = self
            .request(reqwest::Method::POST, "/test/sweep")
            .send()
            .await
            .expect("sweep");
        assert_eq!(res.status(), 200);
        let v: Value = res.json().await.expect("sweep JSON");
        v["fired"].as_u64().expect("fired")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(pg) = self.pg.take() {
            // Drop cannot await; a helper thread with its own runtime removes the database.
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async move {
                    if let Ok(admin) = Database::connect(&pg.admin_url).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                                pg.name
                            ))
                            .await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("an instant")
}

/// Sets the clock to `t0`, loads the reference data, and returns the urban-management department
/// and the street-light category (routed to it).
pub async fn city(app: &TestApp, t0: &str) -> (Uuid, Uuid) {
    let t = app.set_clock(at(t0)).await;
    minsheng_store::seed::seed_reference(&app.store, t)
        .await
        .expect("reference data");
    let urban = department::Entity::find()
        .filter(department::Column::Code.eq("urban-management"))
        .one(app.store.connection())
        .await
        .unwrap()
        .expect("urban management department");
    let light = category::Entity::find()
        .filter(category::Column::Code.eq("street_light"))
        .one(app.store.connection())
        .await
        .unwrap()
        .expect("street light category");
    (urban.id, light.id)
}

/// Fails the test, showing the response, if it carries errors.
pub fn assert_no_errors(body: &Value) {
    assert!(
        body.get("errors").is_none_or(Value::is_null),
        "unexpected errors: {body}"
    );
}

/// The first error's `extensions.code`.
pub fn error_code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}

/// The first error's message.
pub fn error_message(body: &Value) -> Option<&str> {
    body["errors"][0]["message"].as_str()
}

/// Asserts that the response failed with `code`.
pub fn assert_code(body: &Value, code: &str) {
    assert_eq!(error_code(body), Some(code), "expected {code}: {body}");
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn database_names_are_swapped() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            with_database("postgres://u:p@h/db?sslmode=disable", "x"),
            "postgres://u:p@h/x?sslmode=disable"
        );
        assert_eq!(with_database("postgres://h", "x"), "postgres://h/x");
    }
}
