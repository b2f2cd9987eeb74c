//! Connecting, migrating, and running one write transaction at a time where the database needs it.

use crate::error::{StoreError, StoreResult};
use minsheng_migrations::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Alias, CommonTableExpression, InsertStatement, WithClause};
use sea_orm::{
    ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, DatabaseBackend,
    DatabaseConnection, DatabaseTransaction, EntityTrait, Iterable, QueryTrait, TransactionTrait,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard, watch};

/// The most bind parameters one statement is given: under SQLite's limit (32,766) and
/// PostgreSQL's (65,535).
pub(crate) const MAX_PARAMS: usize = 30_000;

/// Inserts `rows` with as few INSERT statements as the databases' parameter limits allow.
pub(crate) async fn insert_all<C, A>(db: &C, rows: Vec<A>) -> StoreResult<()>
where
    C: ConnectionTrait,
    A: ActiveModelTrait + Send,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count().max(1);
    let per_statement = (MAX_PARAMS / columns).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Rows for several tables, written together in one round trip where the database allows.
///
/// On PostgreSQL the INSERTs become one statement (each a data-modifying `WITH` query of the
/// next), so a filing's ticket, keys, mail and events cost one round trip, and outside a
/// transaction that statement is its own transaction. SQLite, which has no data-modifying
/// `WITH`, runs them one after another inside the caller's transaction. They are written in the
/// order added, the events last. Rows of several actions can be [merged](Self::merge), one INSERT
/// per table.
#[derive(Debug, Default)]
pub(crate) struct Inserts {
    tables: Vec<Box<dyn TableRows>>,
    events: crate::chain::PendingEvents,
}

/// The rows of one table, whose type only the code that added them knows.
trait TableRows: std::any::Any + Send + Sync + std::fmt::Debug {
    /// Takes `other`'s rows when they are of this table; gives it back otherwise.
    fn absorb(&mut self, other: Box<dyn TableRows>) -> Result<(), Box<dyn TableRows>>;
    fn statement(self: Box<Self>) -> InsertStatement;
    /// How many parameters its INSERT binds, at most.
    fn params(&self) -> usize;
    fn boxed_clone(&self) -> Box<dyn TableRows>;
}

#[derive(Debug, Clone)]
struct Rows<A>(Vec<A>);

impl<A> TableRows for Rows<A>
where
    A: ActiveModelTrait + Send + Sync + Clone + std::fmt::Debug + 'static,
{
    fn absorb(&mut self, other: Box<dyn TableRows>) -> Result<(), Box<dyn TableRows>> {
        let any: &dyn std::any::Any = &*other;
        if !any.is::<Self>() {
            return Err(other);
        }
        let other: Box<dyn std::any::Any> = other;
        if let Ok(rows) = other.downcast::<Self>() {
            self.0.extend(rows.0);
        }
        Ok(())
    }

    fn statement(self: Box<Self>) -> InsertStatement {
        <A::Entity as EntityTrait>::insert_many(self.0)
            .into_query()
            .to_owned()
    }

    fn params(&self) -> usize {
        self.0.len() * <A::Entity as EntityTrait>::Column::iter().count()
    }

    fn boxed_clone(&self) -> Box<dyn TableRows> {
        Box::new(self.clone())
    }
}

impl Clone for Inserts {
    fn clone(&self) -> Self {
        Self {
            tables: self.tables.iter().map(|t| t.boxed_clone()).collect(),
            events: self.events.clone(),
        }
    }
}

impl Inserts {
    /// Adds `rows` of one table (nothing when there are none). Meant for the handful of rows of
    /// one action: see [`insert_all`] for bulk writes.
    pub(crate) fn add<A>(&mut self, rows: Vec<A>)
    where
        A: ActiveModelTrait + Send + Sync + Clone + std::fmt::Debug + 'static,
    {
        if !rows.is_empty() {
            self.tables.push(Box::new(Rows(rows)));
        }
    }

    /// Adds `other`'s rows to this one's: a table both write gets one INSERT of both's rows.
    pub(crate) fn merge(&mut self, other: Inserts) {
        for table in other.tables {
            let mut table = Some(table);
            for mine in &mut self.tables {
                match table.take().map(|t| mine.absorb(t)) {
                    Some(Err(back)) => table = Some(back),
                    _ => break,
                }
            }
            if let Some(new) = table {
                self.tables.push(new);
            }
        }
        self.events.extend(other.events);
    }

    /// How many parameters the statement binds, at most.
    pub(crate) fn params(&self) -> usize {
        self.tables.iter().map(|t| t.params()).sum::<usize>() + self.events.params()
    }

    /// The events, appended to the audit chain with the rows.
    pub(crate) fn events(&mut self) -> &mut crate::chain::PendingEvents {
        &mut self.events
    }

    /// Writes everything on `db`: a transaction, or on PostgreSQL also the pool, where the one
    /// statement commits on its own.
    pub(crate) async fn run<C: ConnectionTrait>(mut self, db: &C) -> StoreResult<()> {
        let backend = db.get_database_backend();
        let mut statements: Vec<InsertStatement> =
            self.tables.into_iter().map(|t| t.statement()).collect();
        if backend != DatabaseBackend::Postgres {
            for statement in &statements {
                db.execute(statement).await?;
            }
            self.events.append(db).await?;
            return Ok(());
        }
        if let Some(events) = self.events.unsealed_insert() {
            statements.push(events);
        }
        let Some(last) = statements.pop() else {
            return Ok(());
        };
        if statements.is_empty() {
            db.execute(&last).await?;
            return Ok(());
        }
        let mut with = WithClause::new();
        for (i, statement) in statements.into_iter().enumerate() {
            with.cte(
                CommonTableExpression::new()
                    .table_name(Alias::new(format!("w{i}")))
                    .query(statement)
                    .to_owned(),
            );
        }
        db.execute(&with.query(last)).await?;
        Ok(())
    }
}

/// Settings for opening the database.
#[derive(Debug, Clone)]
pub struct DbConfig {
    pub url: String,
    /// The most connections write transactions use (PostgreSQL). A commit mostly waits for
    /// the WAL flush, so more concurrent writers share one flush.
    pub max_connections: u32,
    /// The most connections reads use (PostgreSQL): reads keep the database's cores busy, so
    /// more of them at once than it has cores only adds switching between them.
    pub read_connections: u32,
    /// Longest a single statement may run (PostgreSQL `statement_timeout`).
    pub statement_timeout: Duration,
    pub acquire_timeout: Duration,
}

impl DbConfig {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            max_connections: 16,
            read_connections: 4,
            statement_timeout: Duration::from_secs(15),
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

/// A handle to Minsheng's database. Cheap to clone; every clone shares one pool.
#[derive(Clone)]
pub struct Store {
    /// Reads, and what is neither a read nor a write transaction (migrations, the periodic
    /// sealing pass).
    pub(crate) db: DatabaseConnection,
    /// Write transactions. On PostgreSQL a pool of its own (`DbConfig::max_connections`), so
    /// commits waiting for the WAL flush never keep reads waiting for a connection, and reads,
    /// limited to `DbConfig::read_connections`, never crowd the database's cores; on SQLite the
    /// same pool as reads.
    writes: DatabaseConnection,
    /// SQLite allows one writer; taking this lock before `BEGIN` turns what would be
    /// `SQLITE_BUSY` errors into orderly waiting. PostgreSQL does not use it.
    writer: Arc<Mutex<()>>,
    /// Counts committed write transactions, so this process's workers (the mail relay, the live
    /// change feed) wake when something was written instead of polling.
    commits: Arc<watch::Sender<u64>>,
    /// How many SQL statements this pool has run, for tests that prove a page of results costs a
    /// fixed number of queries (no N+1).
    statements: Arc<AtomicU64>,
    /// Dashboard results, valid while the metric watermark is unchanged
    /// (`crate::metrics::query`).
    pub(crate) metrics_cache: Arc<std::sync::Mutex<crate::metrics::query::MetricsCache>>,
    /// Held by the one request that counts the dashboard's live figures, while the others wait
    /// for its result.
    pub(crate) metrics_flight: Arc<Mutex<()>>,
    /// What the dashboard figures are as of (`crate::reuse`).
    pub(crate) metrics_current: Arc<crate::reuse::Reused<crate::metrics::query::Current>>,
    /// Departments and categories (`crate::reuse`).
    pub(crate) catalog: Arc<crate::reuse::Reused<crate::catalog::Catalog>>,
    /// Reads asked for at the same moment, made together (`crate::coalesce`): tickets by id,
    /// queue pages and their latest events.
    pub(crate) tickets_by_id: Arc<crate::coalesce::Waiting<crate::tickets::by_id::TicketsById>>,
    pub(crate) latest_events: Arc<crate::coalesce::Waiting<crate::tickets::read::LatestEvents>>,
    pub(crate) queue_pages: Arc<crate::coalesce::Waiting<crate::tickets::read::QueuePages>>,
    /// Plain filings asked at the same moment, written together (`crate::tickets::file`).
    pub(crate) filings: Arc<crate::coalesce::Waiting<crate::tickets::file::Filings>>,
    /// Counts changes to the configuration (departments, categories, routing, policies,
    /// calendars) made through this process, which end what is held of it.
    config_generation: Arc<AtomicU64>,
    /// Set while a background task catches the metric rollups up (`metrics::refresh_if_behind`).
    pub(crate) metrics_catching_up: Arc<std::sync::atomic::AtomicBool>,
    /// SLA policies with their calendars, by department (`crate::policy::cached`).
    pub(crate) policies: Arc<std::sync::Mutex<crate::policy::PolicyCache>>,
    /// Seals the audit chain after this process's commits, many at a time (`crate::chain`).
    sealer: Arc<crate::chain::Sealer>,
}

/// Opens one pool of at most `size` connections to `url`; its statements are counted in
/// `statements`, and the slow ones logged.
async fn open_pool(
    url: &str,
    size: u32,
    cfg: &DbConfig,
    statements: &Arc<AtomicU64>,
) -> StoreResult<DatabaseConnection> {
    let mut opts = ConnectOptions::new(url);
    opts.max_connections(size)
        .min_connections(1)
        .acquire_timeout(cfg.acquire_timeout)
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // With WAL, NORMAL loses no committed transaction on a process crash and avoids an
        // fsync per commit; only a power cut can lose the last moments.
        opts.map_sqlx_sqlite_opts(|o| {
            o.synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
        });
    }
    let mut db = Database::connect(opts).await?;
    let counter = statements.clone();
    db.set_metric_callback(move |info| {
        counter.fetch_add(1, Ordering::Relaxed);
        if info.elapsed >= SLOW_STATEMENT {
            // The SQL text only: parameters may carry personal data.
            tracing::warn!(
                elapsed_ms = info.elapsed.as_millis() as u64,
                failed = info.failed,
                sql = %info.statement.sql,
                "slow statement"
            );
        }
    });
    Ok(db)
}

/// Statements slower than this are logged.
const SLOW_STATEMENT: Duration = Duration::from_millis(500);

/// A write transaction, holding the SQLite writer slot for as long as it lives.
pub struct WriteTxn {
    pub(crate) txn: DatabaseTransaction,
    _writer: Option<OwnedMutexGuard<()>>,
    commits: Arc<watch::Sender<u64>>,
    /// On PostgreSQL: seals the transaction's events once it has committed (`crate::chain`).
    sealer: Option<(Arc<crate::chain::Sealer>, DatabaseConnection)>,
}

impl WriteTxn {
    /// Commits, and on PostgreSQL returns once the transaction's events are sealed into the
    /// audit chain, so whoever wrote them reads them with their `seq`. The write is durable
    /// either way: if sealing fails it is logged, and the next sealing pass (after any write on
    /// any instance, or the workers' periodic one) seals these events too.
    pub async fn commit(self) -> StoreResult<()> {
        self.txn.commit().await?;
        after_commit(
            &self.commits,
            self.sealer.as_ref().map(|(s, db)| (&**s, db)),
        )
        .await;
        Ok(())
    }

    pub fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

/// What follows every commit: this process's workers are woken, and on PostgreSQL the
/// transaction's events are sealed (see [`WriteTxn::commit`]).
async fn after_commit(
    commits: &watch::Sender<u64>,
    sealer: Option<(&crate::chain::Sealer, &DatabaseConnection)>,
) {
    commits.send_modify(|n| *n = n.wrapping_add(1));
    if let Some((sealer, db)) = sealer
        && let Err(e) = sealer.sealed_after_commit(db).await
    {
        tracing::warn!(error = %e, "sealing the audit chain failed; the next pass retries");
    }
}

impl Store {
    /// Opens the database at `cfg.url`. A `sqlite:` URL creates the file if it is missing and
    /// turns on WAL, foreign keys and a busy timeout.
    pub async fn connect(cfg: &DbConfig) -> StoreResult<Self> {
        let is_sqlite = cfg.url.starts_with("sqlite:");
        let is_postgres = cfg.url.starts_with("postgres:") || cfg.url.starts_with("postgresql:");
        if !is_sqlite && !is_postgres {
            return Err(StoreError::internal(
                "the database URL must start with sqlite: or postgres:",
            ));
        }
        let sep = if cfg.url.contains('?') { '&' } else { '?' };
        let url = if is_sqlite && !cfg.url.contains("mode=") && !cfg.url.contains(":memory:") {
            // Create the embedded database on first start.
            format!("{}{sep}mode=rwc", cfg.url)
        } else if is_postgres && !cfg.url.contains("options=") {
            // Every pooled connection gets the statement timeout, so a slow query fails cleanly
            // instead of holding a connection forever.
            let ms = cfg.statement_timeout.as_millis();
            format!("{}{sep}options=-c%20statement_timeout%3D{ms}", cfg.url)
        } else {
            cfg.url.clone()
        };
        let statements = Arc::new(AtomicU64::new(0));
        let db = open_pool(
            &url,
            if is_sqlite { 8 } else { cfg.read_connections },
            cfg,
            &statements,
        )
        .await?;
        let writes = if is_sqlite {
            // WAL is a property of the database file, so setting it once is enough. sqlx already
            // turns foreign keys on and sets a busy timeout for every connection.
            db.execute_unprepared("PRAGMA journal_mode = WAL").await?;
            db.clone()
        } else {
            open_pool(&url, cfg.max_connections, cfg, &statements).await?
        };
        Ok(Self {
            db,
            writes,
            writer: Arc::new(Mutex::new(())),
            commits: Arc::new(watch::channel(0).0),
            statements,
            metrics_cache: Arc::default(),
            metrics_flight: Arc::new(Mutex::new(())),
            metrics_current: Arc::default(),
            catalog: Arc::default(),
            tickets_by_id: Arc::default(),
            latest_events: Arc::default(),
            queue_pages: Arc::default(),
            filings: Arc::default(),
            config_generation: Arc::default(),
            metrics_catching_up: Arc::default(),
            policies: Arc::default(),
            sealer: Arc::default(),
        })
    }

    /// Says that the configuration changed (after the change committed): what is held of it in
    /// memory is read again.
    pub fn config_changed(&self) {
        self.config_generation.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn config_generation(&self) -> u64 {
        self.config_generation.load(Ordering::Relaxed)
    }

    /// How many write transactions of this process have committed.
    pub(crate) fn commit_count(&self) -> u64 {
        *self.commits.borrow()
    }

    /// Changes whenever a write transaction of this process commits.
    pub fn watch_commits(&self) -> watch::Receiver<u64> {
        self.commits.subscribe()
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> StoreResult<()> {
        Migrator::up(&self.db, None).await?;
        Ok(())
    }

    pub fn backend(&self) -> DatabaseBackend {
        self.db.get_database_backend()
    }

    pub fn is_postgres(&self) -> bool {
        self.backend() == DatabaseBackend::Postgres
    }

    /// Seals every committed event not yet in the audit chain (PostgreSQL; see
    /// `crate::chain::seal`) and returns how many. Writes seal their own events as they commit;
    /// this is the periodic pass that catches events a crashed instance committed but never
    /// sealed.
    pub async fn seal_chain(&self) -> StoreResult<u64> {
        crate::chain::seal(&self.db).await
    }

    /// The raw connection, for tests and maintenance commands.
    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// SQL statements run so far through this store (all clones share the count).
    pub fn statements_executed(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// `true` while the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        self.db.execute_unprepared("SELECT 1").await.is_ok()
    }

    /// Writes `rows` as one transaction: on PostgreSQL one statement, with no `BEGIN` or
    /// `COMMIT` of its own; on SQLite in the writer slot. Returns once they are committed and
    /// their events sealed, as [`WriteTxn::commit`] does.
    pub(crate) async fn write_once(&self, rows: Inserts) -> StoreResult<()> {
        if self.is_postgres() {
            rows.run(&self.writes).await?;
            after_commit(&self.commits, Some((&self.sealer, &self.writes))).await;
            Ok(())
        } else {
            let w = self.write().await?;
            rows.run(w.conn()).await?;
            w.commit().await
        }
    }

    /// Begins a write transaction. On SQLite it first waits for the single writer slot.
    pub async fn write(&self) -> StoreResult<WriteTxn> {
        let writer = if self.is_postgres() {
            None
        } else {
            Some(self.writer.clone().lock_owned().await)
        };
        let txn = self.writes.begin().await?;
        Ok(WriteTxn {
            txn,
            _writer: writer,
            commits: self.commits.clone(),
            sealer: self
                .is_postgres()
                .then(|| (self.sealer.clone(), self.writes.clone())),
        })
    }
}
