//! W4: the escalation sweep over N due open tickets, with W2 running at the same time.
//!
//! Setup: every ticket that is already due is moved to tomorrow, then N open tickets are made
//! due now (their deadlines are unchanged, so the rules fire exactly as they would). The sweep is
//! the store's own `escalate::sweep` with the server's batch size, run in this process as a second
//! instance would run it against the shared database. W2 is measured idle first, then again
//! while the sweep runs.

use crate::BoxError;
use crate::load::{Fixture, Measured, Workload, closed_loop};
use chrono::{Duration as ChronoDuration, Utc};
use minsheng_store::entity::{ticket, ticket_check};
use minsheng_store::{DbConfig, Store};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use uuid::Uuid;

#[derive(Debug, Clone, serde::Serialize)]
pub struct SweepResult {
    pub due: u64,
    pub examined: u64,
    pub fired: u64,
    pub auto_closed: u64,
    pub sweep_secs: f64,
    pub tickets_per_sec: f64,
    pub w2_idle: Measured,
    pub w2_during: Measured,
}

pub async fn run(
    db_url: &str,
    due: u64,
    fx: Arc<Fixture>,
    client: reqwest::Client,
    connections: usize,
    idle_secs: u64,
) -> Result<SweepResult, BoxError> {
    let mut cfg = DbConfig::new(db_url.to_owned());
    cfg.max_connections = 4;
    cfg.statement_timeout = Duration::from_secs(3600);
    let store = Store::connect(&cfg).await?;
    let db = store.connection();
    let now = Utc::now();
    let later = now + ChronoDuration::days(1);
    ticket_check::Entity::update_many()
        .col_expr(ticket_check::Column::NextCheckAt, Expr::value(later))
        .filter(ticket_check::Column::NextCheckAt.lte(now))
        .exec(db)
        .await?;
    let ids: Vec<Uuid> = ticket::Entity::find()
        .select_only()
        .column(ticket::Column::Id)
        .filter(ticket::Column::State.is_in([
            "submitted",
            "dispatched",
            "accepted",
            "awaiting_resident",
            "returned",
            "replied",
        ]))
        .order_by_asc(ticket::Column::Id)
        .limit(due)
        .into_tuple()
        .all(db)
        .await?;
    let due_at = now - ChronoDuration::seconds(1);
    minsheng_store::tickets::act::set_next_checks(
        db,
        ids.iter().map(|id| (*id, Some(due_at))).collect(),
    )
    .await?;
    let due = ids.len() as u64;

    let w2_idle = closed_loop(
        fx.clone(),
        client.clone(),
        Workload::W2,
        connections,
        Duration::from_secs(1),
        Duration::from_secs(idle_secs),
        None,
        41,
    )
    .await;

    let stop = Arc::new(AtomicBool::new(false));
    let load = tokio::spawn(closed_loop(
        fx,
        client,
        Workload::W2,
        connections,
        Duration::ZERO,
        Duration::from_secs(24 * 3600),
        Some(stop.clone()),
        42,
    ));
    // Let W2 reach its steady state before the sweep starts.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let t = Instant::now();
    let report = minsheng_store::escalate::sweep(
        &store,
        Utc::now,
        minsheng_store::escalate::BATCH,
        u32::MAX,
    )
    .await?;
    let sweep_secs = t.elapsed().as_secs_f64();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let w2_during = load.await?;
    Ok(SweepResult {
        due,
        examined: report.examined,
        fired: report.fired,
        auto_closed: report.auto_closed,
        sweep_secs,
        tickets_per_sec: report.examined as f64 / sweep_secs.max(1e-9),
        w2_idle,
        w2_during,
    })
}
