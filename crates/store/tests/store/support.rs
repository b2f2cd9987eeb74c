//! Fresh databases for each test, and a small city to work in.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use minsheng_domain::input::{Description, Email, PersonName, Phone, Title};
use minsheng_domain::{Channel, Kind, Locale, Priority, Role};
use minsheng_store::accounts::{self, NewUser};
use minsheng_store::entity::{category, department, outbox, ticket, ticket_event};
use minsheng_store::tickets::{self, Filed, NewTicket};
use minsheng_store::{DbConfig, Principal, Store, seed};
use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, Statement,
};
use std::future::Future;
use uuid::Uuid;

/// One `#[tokio::test]` named `$test` that runs `super::$name` on `$backend`.
macro_rules! backend_test {
    ($name:ident, $test:ident, $backend:ident) => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn $test() {
            $crate::support::run($crate::support::Backend::$backend, super::$name).await;
        }
    };
}

/// Generates one `#[tokio::test]` per database for each named `async fn(Store)`:
/// `name::sqlite` and `name::postgres`.
macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            backend_test!($name, sqlite, Sqlite);
            backend_test!($name, postgres, Postgres);
        }
    )+};
}

/// Like [`on_both`], for what only PostgreSQL has (its catalog, its triggers).
macro_rules! on_postgres {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            backend_test!($name, postgres, Postgres);
        }
    )+};
}

/// Like [`on_both`], for what only SQLite does (its single writer).
macro_rules! on_sqlite {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            backend_test!($name, sqlite, Sqlite);
        }
    )+};
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

fn pg_admin_url() -> String {
    std::env::var("MINSHENG_TEST_PG_URL").unwrap_or_else(|_| DEFAULT_PG_URL.to_owned())
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let server = match base.rsplit_once('/') {
        Some((server, _)) if server.contains("//") => server.to_owned(),
        _ => base.trim_end_matches('/').to_owned(),
    };
    match query {
        Some(q) => format!("{server}/{name}?{q}"),
        None => format!("{server}/{name}"),
    }
}

/// A migrated database that lives as long as one test.
struct TestDb {
    store: Store,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    async fn new(backend: Backend) -> TestDb {
        let (url, dir, pg_name) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary directory");
                let url = format!("sqlite://{}", dir.path().join("minsheng.db").display());
                (url, Some(dir), None)
            }
            Backend::Postgres => {
                let admin = pg_admin_url();
                let name = format!("ms_store_{}", Uuid::new_v4().simple());
                let conn = Database::connect(&admin).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is not reachable at {admin} ({e}). Start it, or point \
                         MINSHENG_TEST_PG_URL at a server where databases can be created."
                    )
                });
                conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("CREATE DATABASE");
                conn.close().await.expect("close the admin connection");
                (with_database(&admin, &name), None, Some(name))
            }
        };
        let store = Store::connect(&DbConfig::new(url))
            .await
            .expect("connect to the test database");
        store.migrate().await.expect("run the migrations");
        TestDb {
            store,
            _dir: dir,
            pg_name,
        }
    }

    async fn drop_database(self) {
        let _ = self.store.connection().close_by_ref().await;
        if let Some(name) = self.pg_name {
            let admin = pg_admin_url();
            if let Ok(conn) = Database::connect(&admin).await {
                let _ = conn
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await;
                let _ = conn.close().await;
            }
        }
    }
}

/// Runs `test` on a fresh database of `backend`, then drops the database, even when the test
/// panics (the panic is passed on).
pub async fn run<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(Store) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let db = TestDb::new(backend).await;
    let outcome = tokio::spawn(test(db.store.clone())).await;
    db.drop_database().await;
    if let Err(e) = outcome {
        match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => panic!("the test task failed: {e}"),
        }
    }
}

/// A wall-clock time in the city's time zone (Asia/Shanghai, UTC+8 all year).
pub fn sh(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// An instant given in UTC.
pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The reference data of the demo city plus one person per role (two staff in urban
/// management, one in transport, two residents).
pub struct City {
    pub urban: Uuid,
    pub transport: Uuid,
    /// 路灯损坏: routed to urban management for every district.
    pub street_light: Uuid,
    /// 其他: not in the routing catalogue, so it waits for an agent.
    pub other: Uuid,
    pub resident: Principal,
    pub neighbour: Principal,
    pub agent: Principal,
    pub supervisor: Principal,
    pub staff: Principal,
    pub colleague: Principal,
    pub transport_staff: Principal,
}

async fn person(
    store: &Store,
    email: &str,
    name: &str,
    role: Role,
    department_id: Option<Uuid>,
) -> Principal {
    let account = accounts::create_user(
        store,
        NewUser {
            email: Email::parse(email).unwrap(),
            display_name: PersonName::parse(name).unwrap(),
            phone: None,
            role,
            department_id,
            is_department_head: false,
            locale: Locale::ZhCn,
            password_hash: None,
        },
        sh(2026, 9, 1, 9, 0),
    )
    .await
    .unwrap();
    Principal::User {
        id: account.id,
        role,
        department_id,
    }
}

impl City {
    pub async fn new(store: &Store) -> City {
        seed::seed_reference(store, sh(2026, 9, 1, 9, 0))
            .await
            .expect("seed the reference data");
        let db = store.connection();
        let dept = |code: &'static str| async move {
            department::Entity::find()
                .filter(department::Column::Code.eq(code))
                .one(db)
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("department {code}"))
                .id
        };
        let cat = |code: &'static str| async move {
            category::Entity::find()
                .filter(category::Column::Code.eq(code))
                .one(db)
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("category {code}"))
                .id
        };
        let urban = dept("urban-management").await;
        let transport = dept("transport").await;
        City {
            urban,
            transport,
            street_light: cat("street_light").await,
            other: cat("other").await,
            resident: person(store, "resident@example.org", "张明", Role::Resident, None).await,
            neighbour: person(store, "neighbour@example.org", "李娜", Role::Resident, None).await,
            agent: person(store, "agent@example.org", "王晓燕", Role::Agent, None).await,
            supervisor: person(
                store,
                "supervisor@example.org",
                "刘振华",
                Role::Supervisor,
                None,
            )
            .await,
            staff: person(
                store,
                "staff@example.org",
                "陈建国",
                Role::Staff,
                Some(urban),
            )
            .await,
            colleague: person(
                store,
                "colleague@example.org",
                "孙丽",
                Role::Staff,
                Some(urban),
            )
            .await,
            transport_staff: person(
                store,
                "staff.transport@example.org",
                "马骏",
                Role::Staff,
                Some(transport),
            )
            .await,
        }
    }

    /// The department's staff member accepts ticket `id` at `at`.
    pub async fn staff_accepts(&self, store: &Store, id: Uuid, at: DateTime<Utc>) -> ticket::Model {
        tickets::act(store, &self.staff, id, tickets::Command::Accept, None, at)
            .await
            .expect("the ticket is accepted")
    }

    /// The resident files the street-light complaint at `at`.
    pub async fn resident_complains(&self, store: &Store, at: DateTime<Utc>) -> Filed {
        tickets::file(
            store,
            &self.resident,
            self.street_light_ticket(Kind::Complaint),
            at,
        )
        .await
        .expect("the complaint is filed")
    }

    /// A plain web ticket about a broken street light in 朝阳区.
    pub fn street_light_ticket(&self, kind: Kind) -> NewTicket {
        NewTicket {
            kind,
            priority: Priority::Normal,
            channel: Channel::Web,
            category_id: Some(self.street_light),
            title: Title::parse("建国路路灯不亮，夜间出行不便").unwrap(),
            description: Description::parse(
                "本人是附近居民。9月17日晚上8时许，在朝阳区建国路88号门前，\
                 道路两侧有三盏路灯不亮，路面一片漆黑。已向物业反映过，没有解决。\
                 希望尽快修复。",
            )
            .unwrap(),
            address: None,
            district: Some("朝阳区".into()),
            location: None,
            occurred_at: None,
            contact_name: Some(PersonName::parse("张明").unwrap()),
            contact_email: Some(Email::parse("resident@example.org").unwrap()),
            contact_phone: Some(Phone::parse("13800138000").unwrap()),
            confidential: false,
            on_behalf_of: None,
            locale: Locale::ZhCn,
            idempotency_key: None,
        }
    }
}

/// How many events the audit chain holds.
pub async fn event_count(store: &Store) -> u64 {
    ticket_event::Entity::find()
        .count(store.connection())
        .await
        .unwrap()
}

/// How many events one ticket has.
pub async fn events_of(store: &Store, ticket_id: Uuid) -> u64 {
    ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(ticket_id))
        .count(store.connection())
        .await
        .unwrap()
}

pub async fn outbox_count(store: &Store) -> u64 {
    outbox::Entity::find()
        .count(store.connection())
        .await
        .unwrap()
}

/// The ticket row as stored, bypassing every scope.
pub async fn stored(store: &Store, id: Uuid) -> ticket::Model {
    ticket::Entity::find_by_id(id)
        .one(store.connection())
        .await
        .unwrap()
        .expect("the ticket row")
}

/// When the escalation sweep next looks at ticket `id` (`None`: it does not).
pub async fn next_check(store: &Store, id: Uuid) -> Option<DateTime<Utc>> {
    minsheng_store::entity::ticket_check::Entity::find_by_id(id)
        .one(store.connection())
        .await
        .unwrap()
        .map(|c| c.next_check_at)
}

/// The first column of every row of `sql`, as text.
pub async fn strings(store: &Store, sql: &str) -> Vec<String> {
    let backend: DatabaseBackend = store.backend();
    store
        .connection()
        .query_all_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect()
}
