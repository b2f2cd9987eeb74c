//! The load driver: closed-loop runs with a fixed number of connections (W1, W2, PK, W3) and
//! open-loop runs at a fixed arrival rate (W5), against Minsheng or PostGraphile.
//!
//! Why not `wrk`: W5 needs a fixed request rate with latency measured from the moment a request
//! was *due* (so a stalled server is not hidden by the client waiting for it — coordinated
//! omission), which `wrk` lacks (`wrk2` is not packaged); W4 needs W2 load running exactly while
//! a sweep runs; and each request body draws a different department, ticket or category. A small
//! Rust driver does all of that and needs nothing beyond `cargo` in CI. Every response is read:
//! a non-200 status or a body containing `"errors"` is counted as a failure, not a success.

use crate::BoxError;
use chrono::{Datelike, NaiveDate, Utc};
use minsheng_store::{DbConfig, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum System {
    Minsheng,
    Postgraphile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Workload {
    W1,
    W2,
    Pk,
    W3,
    /// 70% W2, 20% PK, 9% W1, 1% W3.
    W5,
}

impl Workload {
    pub fn name(self) -> &'static str {
        match self {
            Workload::W1 => "W1",
            Workload::W2 => "W2",
            Workload::Pk => "PK",
            Workload::W3 => "W3",
            Workload::W5 => "W5",
        }
    }
}

/// What the requests are drawn from, read from the database before the run.
pub struct Fixture {
    pub system: System,
    pub url: String,
    /// Supervisor token (reads) and resident token (filing); Minsheng only.
    pub read_token: Option<String>,
    pub file_token: Option<String>,
    pub ticket_ids: Vec<Uuid>,
    /// Departments with their open-queue sizes, as cumulative weights.
    pub departments: Vec<(Uuid, f64)>,
    pub categories: Vec<Uuid>,
    pub month_from: NaiveDate,
    pub month_to: NaiveDate,
}

const QUEUE_STATES: &str = "('dispatched', 'accepted', 'awaiting_resident', 'replied')";

impl Fixture {
    pub async fn load(
        system: System,
        url: &str,
        db_url: &str,
        client: &reqwest::Client,
    ) -> Result<Fixture, BoxError> {
        let mut cfg = DbConfig::new(db_url.to_owned());
        cfg.max_connections = 2;
        cfg.statement_timeout = Duration::from_secs(300);
        let store = Store::connect(&cfg).await?;
        let db = store.connection();
        let backend = db.get_database_backend();
        let ticket_ids = ids(
            db,
            "SELECT id FROM tickets ORDER BY random() LIMIT 20000",
            "id",
        )
        .await?;
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                format!(
                    "SELECT department_id, COUNT(*) AS n FROM tickets WHERE state IN {QUEUE_STATES} \
                     AND department_id IS NOT NULL GROUP BY department_id ORDER BY department_id"
                ),
            ))
            .await?;
        let mut departments = Vec::new();
        let mut acc = 0.0;
        for r in rows {
            let id: Uuid = r.try_get("", "department_id")?;
            let n: i64 = r.try_get("", "n")?;
            acc += n as f64;
            departments.push((id, acc));
        }
        let categories = ids(
            db,
            "SELECT DISTINCT category_id FROM routing_rules ORDER BY category_id",
            "category_id",
        )
        .await?;
        if ticket_ids.is_empty() || departments.is_empty() || categories.is_empty() {
            return Err("the database has no tickets, open queues or routed categories".into());
        }
        let today = Utc::now().date_naive();
        let this_month =
            NaiveDate::from_ymd_opt(today.year(), today.month(), 1).ok_or("bad date")?;
        let month_from = this_month
            .pred_opt()
            .and_then(|d| NaiveDate::from_ymd_opt(d.year(), d.month(), 1))
            .ok_or("bad date")?;
        let (read_token, file_token) = match system {
            System::Minsheng => (
                Some(login(client, url, "supervisor@example.org").await?),
                Some(login(client, url, "resident@example.org").await?),
            ),
            System::Postgraphile => (None, None),
        };
        Ok(Fixture {
            system,
            url: url.to_owned(),
            read_token,
            file_token,
            ticket_ids,
            departments,
            categories,
            month_from,
            month_to: this_month,
        })
    }

    fn department(&self, rng: &mut StdRng) -> Uuid {
        let total = self.departments.last().map_or(1.0, |d| d.1);
        let x = rng.random::<f64>() * total;
        let i = self
            .departments
            .partition_point(|d| d.1 < x)
            .min(self.departments.len() - 1);
        self.departments[i].0
    }

    /// One request of `w` (not W5): its body and bearer token.
    pub fn request(&self, w: Workload, rng: &mut StdRng) -> (Value, Option<&str>) {
        let read = self.read_token.as_deref();
        match (self.system, w) {
            (System::Minsheng, Workload::W2) => (
                json!({"query": MS_W2, "variables": {"d": self.department(rng)}}),
                read,
            ),
            (System::Postgraphile, Workload::W2) => (
                json!({"query": PG_W2, "variables": {"d": self.department(rng)}}),
                None,
            ),
            (System::Minsheng, Workload::Pk) => (
                json!({"query": MS_PK, "variables": {"id": self.ticket(rng)}}),
                read,
            ),
            (System::Postgraphile, Workload::Pk) => (
                json!({"query": PG_PK, "variables": {"id": self.ticket(rng)}}),
                None,
            ),
            (System::Minsheng, Workload::W1) => {
                let n: u32 = rng.random();
                (
                    json!({"query": MS_W1, "variables": {"i": {
                        "kind": "COMPLAINT",
                        "categoryId": self.category(rng),
                        "title": format!("路灯不亮 {n}"),
                        "description": "小区门口的路灯已经连续三个晚上不亮了，晚上出行很不安全，请尽快维修。",
                        "address": "朝阳区建国路88号",
                        "district": "朝阳区",
                        "contactPhone": "13800138000",
                    }}}),
                    self.file_token.as_deref(),
                )
            }
            (System::Postgraphile, Workload::W1) => {
                let id = Uuid::new_v4();
                let now = Utc::now();
                let n: u32 = rng.random();
                (
                    json!({"query": PG_W1, "variables": {"t": {
                        "rowId": id,
                        "reference": format!("PG-{id}"),
                        "kind": "complaint",
                        "priority": "normal",
                        "channel": "web",
                        "state": "submitted",
                        "categoryId": self.category(rng),
                        "title": format!("路灯不亮 {n}"),
                        "description": "小区门口的路灯已经连续三个晚上不亮了，晚上出行很不安全，请尽快维修。",
                        "address": "朝阳区建国路88号",
                        "district": "朝阳区",
                        "contactPhone": "13800138000",
                        "filedAt": now,
                        "updatedAt": now,
                    }}}),
                    None,
                )
            }
            (System::Minsheng, Workload::W3) => (
                json!({"query": MS_W3, "variables": {"f": {
                    "from": self.month_from.to_string(),
                    "to": self.month_to.to_string(),
                }}}),
                read,
            ),
            (System::Postgraphile, Workload::W3) => (
                json!({"query": PG_W3, "variables": {
                    "from": self.month_from.to_string(),
                    "to": self.month_to.to_string(),
                }}),
                None,
            ),
            (_, Workload::W5) => {
                let x: u32 = rng.random_range(0..100);
                let w = match x {
                    0..70 => Workload::W2,
                    70..90 => Workload::Pk,
                    90..99 => Workload::W1,
                    _ => Workload::W3,
                };
                self.request(w, rng)
            }
        }
    }

    fn ticket(&self, rng: &mut StdRng) -> Uuid {
        self.ticket_ids[rng.random_range(0..self.ticket_ids.len())]
    }

    fn category(&self, rng: &mut StdRng) -> Uuid {
        self.categories[rng.random_range(0..self.categories.len())]
    }
}

/// The ids in column `column` of what `sql` returns.
async fn ids(db: &impl ConnectionTrait, sql: &str, column: &str) -> Result<Vec<Uuid>, BoxError> {
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get::<Uuid>("", column))
        .collect::<Result<Vec<_>, _>>()?)
}

const MS_W2: &str = "query W2($d: ID!) { departmentQueue(filter: {departmentId: $d}, first: 50) { \
    nodes { id reference title state priority replyDue \
    department { id nameZh } category { id nameZh } \
    latestEvents(first: 3) { id kind occurredAt } } } }";
const PG_W2: &str = "query W2($d: UUID!) { benchDepartmentQueue(dept: $d, first: 50) { \
    nodes { id: rowId reference title state priority replyDue \
    department: departmentByDepartmentId { id: rowId nameZh } category: categoryByCategoryId { id: rowId nameZh } \
    latestEvents: ticketEventsByTicketId(first: 3, orderBy: SEQ_DESC) { nodes { id: rowId kind occurredAt } } } } }";
const MS_PK: &str = "query PK($id: ID!) { ticket(id: $id) { id reference title description state kind \
    priority filedAt replyDue department { id nameZh } category { id nameZh } } }";
const PG_PK: &str = "query PK($id: UUID!) { ticketByRowId(rowId: $id) { id: rowId reference title description state kind \
    priority filedAt replyDue department: departmentByDepartmentId { id: rowId nameZh } \
    category: categoryByCategoryId { id: rowId nameZh } } }";
const MS_W1: &str =
    "mutation W1($i: FileTicketInput!) { fileTicket(input: $i) { ticket { id reference state } } }";
const PG_W1: &str = "mutation W1($t: TicketInput!) { createTicket(input: {ticket: $t}) { ticket { id: rowId reference state } } }";
const MS_W3: &str = "query W3($f: MetricFilterInput!) { metrics(filter: $f, groupBy: DEPARTMENT) { \
    key department { id nameZh } figures { rates { onTimeAccept response onTimeReply resolution \
    satisfaction redo returnRate improperReturn } medianReplyHours } } }";
const PG_W3: &str = "query W3($from: Date!, $to: Date!) { benchDepartmentRates(fromDay: $from, toDay: $to) { \
    nodes { departmentId nameZh onTimeAccept response onTimeReply resolution satisfaction redo \
    returnRate improperReturn medianReplyHours } } }";

async fn login(client: &reqwest::Client, url: &str, email: &str) -> Result<String, BoxError> {
    let body = json!({
        "query": "mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
        "variables": {"e": email, "p": "minsheng-demo"},
    });
    let v: Value = client.post(url).json(&body).send().await?.json().await?;
    v.pointer("/data/login/accessToken")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("login as {email} failed: {v}").into())
}

/// What one run measured.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Measured {
    pub requests: u64,
    pub errors: u64,
    pub secs: f64,
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Open loop only: requests not sent because too many were in flight.
    pub dropped: u64,
}

pub fn summarize(mut lat_us: Vec<u32>, errors: u64, dropped: u64, secs: f64) -> Measured {
    lat_us.sort_unstable();
    let pct = |p: f64| -> f64 {
        if lat_us.is_empty() {
            return 0.0;
        }
        let i = ((lat_us.len() as f64 * p).ceil() as usize).clamp(1, lat_us.len()) - 1;
        f64::from(lat_us[i]) / 1000.0
    };
    let requests = lat_us.len() as u64;
    Measured {
        requests,
        errors,
        secs,
        rps: (requests.saturating_sub(errors)) as f64 / secs.max(1e-9),
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        dropped,
    }
}

pub fn client(connections: usize) -> Result<reqwest::Client, BoxError> {
    Ok(reqwest::Client::builder()
        .pool_max_idle_per_host(connections.max(1) * 2)
        .timeout(Duration::from_secs(30))
        .tcp_nodelay(true)
        .build()?)
}

static ERROR_SHOWN: AtomicBool = AtomicBool::new(false);

/// Sends one request; `true` if it succeeded (200 and no `errors` in the body).
async fn send(client: &reqwest::Client, fx: &Fixture, body: &Value, token: Option<&str>) -> bool {
    let mut req = client.post(&fx.url).json(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    match req.send().await {
        Ok(resp) => {
            let status = resp.status();
            match resp.bytes().await {
                Ok(b) => {
                    let bad = !status.is_success() || b.windows(8).any(|w| w == b"\"errors\"");
                    if bad && !ERROR_SHOWN.swap(true, Ordering::Relaxed) {
                        eprintln!(
                            "first failure: HTTP {status}: {}",
                            String::from_utf8_lossy(&b[..b.len().min(600)])
                        );
                    }
                    !bad
                }
                Err(_) => false,
            }
        }
        Err(e) => {
            if !ERROR_SHOWN.swap(true, Ordering::Relaxed) {
                eprintln!("first failure: {e}");
            }
            false
        }
    }
}

/// `connections` clients each send the next request as soon as the last one is answered, for
/// `duration` after a `warmup` that is not counted, or until `stop` is set.
#[allow(clippy::too_many_arguments)]
pub async fn closed_loop(
    fx: Arc<Fixture>,
    client: reqwest::Client,
    w: Workload,
    connections: usize,
    warmup: Duration,
    duration: Duration,
    stop: Option<Arc<AtomicBool>>,
    seed: u64,
) -> Measured {
    let start = Instant::now() + warmup;
    let end = start + duration;
    let errors = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for c in 0..connections {
        let fx = fx.clone();
        let client = client.clone();
        let errors = errors.clone();
        let stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(seed.wrapping_mul(1000).wrapping_add(c as u64));
            let mut lat = Vec::with_capacity(4096);
            loop {
                let now = Instant::now();
                if now >= end || stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed)) {
                    break;
                }
                let (body, token) = fx.request(w, &mut rng);
                let ok = send(&client, &fx, &body, token).await;
                if now >= start {
                    lat.push(u32::try_from(now.elapsed().as_micros()).unwrap_or(u32::MAX));
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        if let Ok(l) = t.await {
            all.extend(l);
        }
    }
    let secs = Instant::now()
        .min(end)
        .saturating_duration_since(start)
        .as_secs_f64();
    summarize(all, errors.load(Ordering::Relaxed), 0, secs)
}

/// Requests arrive at `rate` per second whatever the server does; each one's latency counts from
/// when it was due. At most `max_in_flight` are outstanding; the rest are dropped and counted as
/// errors.
#[allow(clippy::too_many_arguments)]
pub async fn open_loop(
    fx: Arc<Fixture>,
    client: reqwest::Client,
    w: Workload,
    rate: f64,
    max_in_flight: usize,
    warmup: Duration,
    duration: Duration,
    seed: u64,
) -> Measured {
    let t0 = Instant::now();
    let start = t0 + warmup;
    let total = ((warmup + duration).as_secs_f64() * rate) as u64;
    let interval = Duration::from_secs_f64(1.0 / rate);
    let sem = Arc::new(tokio::sync::Semaphore::new(max_in_flight));
    let errors = Arc::new(AtomicU64::new(0));
    let lat = Arc::new(std::sync::Mutex::new(Vec::<u32>::with_capacity(
        (duration.as_secs_f64() * rate) as usize + 16,
    )));
    let mut rng = StdRng::seed_from_u64(seed);
    let mut dropped = 0u64;
    let mut tasks = Vec::new();
    for k in 0..total {
        let due = t0 + interval.mul_f64(k as f64);
        tokio::time::sleep_until(due.into()).await;
        let Ok(permit) = sem.clone().try_acquire_owned() else {
            if due >= start {
                dropped += 1;
            }
            continue;
        };
        let (body, token) = fx.request(w, &mut rng);
        let token = token.map(str::to_owned);
        let fx = fx.clone();
        let client = client.clone();
        let errors = errors.clone();
        let lat = lat.clone();
        tasks.push(tokio::spawn(async move {
            let ok = send(&client, &fx, &body, token.as_deref()).await;
            drop(permit);
            if due >= start {
                let us = u32::try_from(due.elapsed().as_micros()).unwrap_or(u32::MAX);
                if let Ok(mut l) = lat.lock() {
                    l.push(us);
                }
                if !ok {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let secs = start.elapsed().as_secs_f64().max(duration.as_secs_f64());
    let all = lat.lock().map(|l| l.clone()).unwrap_or_default();
    summarize(all, errors.load(Ordering::Relaxed) + dropped, dropped, secs)
}

/// Peak resident memory of process `pid` while `running` is set, in MB.
pub fn watch_rss(pid: u32, running: Arc<AtomicBool>) -> tokio::task::JoinHandle<f64> {
    tokio::spawn(async move {
        let mut peak = 0.0f64;
        while running.load(Ordering::Relaxed) {
            if let Some(mb) = rss_mb(pid) {
                peak = peak.max(mb);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        peak
    })
}

pub fn rss_mb(pid: u32) -> Option<f64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
