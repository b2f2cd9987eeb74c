//! The background work of `minsheng serve`: the escalation sweep (SPEC §6), the outbox relay that
//! sends email (SPEC §7), and the live change feed (`live.rs`).
//!
//! Both workers take "now" from the server's clock, so tests can move time; a test-clock change
//! wakes them at once. Every instance may run them: the sweep and the relay each take their work
//! with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so each escalation fires and each message is sent
//! once in all. They stop between two units of work when the server shuts down.

use crate::mail::{self, Mailer};
use crate::state::AppState;
use futures_util::StreamExt;
use minsheng_store::relay::{self, AfterFailure};
use minsheng_store::{StoreResult, escalate};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

/// Sweep transactions per sweep (of `escalate::BATCH` tickets each).
const SWEEP_MAX_BATCHES: u32 = 1000;
/// Messages claimed at a time, and sent at once.
const RELAY_BATCH: u64 = 50;
const RELAY_CONCURRENCY: usize = 8;
/// The pause after a worker failed (the database is away, say).
const ERROR_PAUSE: Duration = Duration::from_secs(5);

/// Wakes the workers before their interval is up.
#[derive(Debug, Default)]
pub struct Wake {
    sweep: Notify,
    relay: Notify,
}

impl Wake {
    /// Time moved (the test clock): deadlines and retries may have come due.
    pub fn clock_moved(&self) {
        self.sweep.notify_one();
        self.relay.notify_one();
    }

    pub fn relay(&self) {
        self.relay.notify_one();
    }
}

/// Starts the live feed and, unless switched off, the sweep and the relay. They stop when
/// `shutdown` turns true.
pub async fn start(
    state: &AppState,
    mailer: Arc<dyn Mailer>,
    shutdown: watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    // Where the live feed starts, read before the server answers anything, so every change made
    // through this instance is announced.
    let feed_start = match minsheng_store::changes::last_seq(&state.store).await {
        Ok(seq) => Some(seq),
        Err(e) => {
            tracing::warn!(error = %e, "live feed: cannot read the event log yet");
            None
        }
    };
    let mut tasks = vec![tokio::spawn(crate::live::run(
        state.store.clone(),
        state.live.clone(),
        feed_start,
        shutdown.clone(),
    ))];
    if state.config.workers.enabled {
        tracing::info!(
            sweep_every_ms = u64::try_from(state.config.workers.sweep_interval.as_millis()).unwrap_or(u64::MAX),
            mail = %mailer.describe(),
            "starting the escalation sweep and the mail relay"
        );
        tasks.push(tokio::spawn(sweep_loop(state.clone(), shutdown.clone())));
        tasks.push(tokio::spawn(relay_loop(state.clone(), mailer, shutdown)));
    } else {
        tracing::info!("the escalation sweep and the mail relay are off in this instance");
    }
    tasks
}

/// Waits for every task, at most `grace`.
pub async fn join(tasks: Vec<JoinHandle<()>>, grace: Duration) {
    let all = futures_util::future::join_all(tasks);
    if tokio::time::timeout(grace, all).await.is_err() {
        tracing::warn!("background workers did not stop in time");
    }
}

/// Runs one sweep now, on the server's clock.
pub async fn sweep_now(state: &AppState) -> StoreResult<escalate::SweepReport> {
    // Every write seals its own events as it commits; this catches the events of a write whose
    // instance stopped between its commit and its sealing.
    let sealed = state.store.seal_chain().await?;
    if sealed > 0 {
        tracing::info!(sealed, "sealed events left unsealed into the audit chain");
    }
    let report = escalate::sweep(
        &state.store,
        || state.clock.now(),
        escalate::BATCH,
        SWEEP_MAX_BATCHES,
    )
    .await?;
    if report.fired > 0 || report.auto_closed > 0 {
        tracing::info!(
            examined = report.examined,
            fired = report.fired,
            auto_closed = report.auto_closed,
            "escalation sweep"
        );
        // The firings wrote mail.
        state.wake.relay();
    }
    Ok(report)
}

async fn sweep_loop(state: AppState, mut shutdown: watch::Receiver<bool>) {
    let interval = state.config.workers.sweep_interval;
    loop {
        let pause = match sweep_now(&state).await {
            Ok(_) => interval,
            Err(e) => {
                tracing::error!(error = %e, "the escalation sweep failed");
                interval.min(ERROR_PAUSE)
            }
        };
        tokio::select! {
            _ = shutdown.changed() => return,
            () = state.wake.sweep.notified() => {}
            () = tokio::time::sleep(pause) => {}
        }
    }
}

async fn relay_loop(state: AppState, mailer: Arc<dyn Mailer>, mut shutdown: watch::Receiver<bool>) {
    let interval = state.config.workers.relay_interval;
    let mut commits = state.store.watch_commits();
    loop {
        // Commits from here on, including our own bookkeeping, wake the next round.
        commits.borrow_and_update();
        let pause = match relay_round(&state, mailer.as_ref(), &shutdown).await {
            Ok(()) => interval,
            Err(e) => {
                tracing::error!(error = %e, "the mail relay failed");
                interval.max(ERROR_PAUSE)
            }
        };
        tokio::select! {
            _ = shutdown.changed() => return,
            () = state.wake.relay.notified() => {}
            _ = commits.changed() => {}
            () = tokio::time::sleep(pause) => {}
        }
    }
}

/// Sends everything due, a batch at a time, several messages at once.
async fn relay_round(
    state: &AppState,
    mailer: &dyn Mailer,
    shutdown: &watch::Receiver<bool>,
) -> StoreResult<()> {
    let settings = &state.config.mail;
    loop {
        let batch = relay::claim_due(
            &state.store,
            state.clock.now(),
            RELAY_BATCH,
            settings.retry.lease,
        )
        .await?;
        if batch.is_empty() {
            return Ok(());
        }
        // One SMTP exchange waits on round trips (and lettre's last write on the peer's delayed
        // ACK), so messages go out over several pooled connections at once.
        let outcomes: Vec<StoreResult<Delivery>> = futures_util::stream::iter(batch)
            .map(|row| deliver(state, mailer, shutdown, row))
            .buffer_unordered(RELAY_CONCURRENCY)
            .collect()
            .await;
        let (mut sent, mut failed) = (0u32, 0u32);
        for o in outcomes {
            match o? {
                Delivery::Sent => sent += 1,
                Delivery::Failed => failed += 1,
                Delivery::Skipped => {}
            }
        }
        if failed > 0 {
            tracing::warn!(
                sent,
                failed,
                "some mail could not be sent; it will be retried"
            );
        }
        if *shutdown.borrow() {
            return Ok(());
        }
    }
}

enum Delivery {
    Sent,
    Failed,
    /// Shutting down: left leased, sent when the lease runs out.
    Skipped,
}

/// Sends one claimed message and records how it went.
async fn deliver(
    state: &AppState,
    mailer: &dyn Mailer,
    shutdown: &watch::Receiver<bool>,
    row: minsheng_store::entity::outbox::Model,
) -> StoreResult<Delivery> {
    if *shutdown.borrow() {
        return Ok(Delivery::Skipped);
    }
    let settings = &state.config.mail;
    let now = state.clock.now();
    let result = match mail::message_for(&row, settings, &state.config.public_url, now) {
        Ok(message) => mailer.send(row.id, message).await,
        Err(e) => Err(e),
    };
    let e = match result {
        Ok(()) => {
            relay::mark_sent(&state.store, row.id, state.clock.now()).await?;
            tracing::debug!(outbox_id = %row.id, kind = %row.message_kind, "mail sent");
            return Ok(Delivery::Sent);
        }
        Err(e) => e,
    };
    let error = relay::clean_error(&e.to_string());
    let after = relay::record_failure(
        &state.store,
        row.id,
        &error,
        e.is_permanent(),
        state.clock.now(),
        &settings.retry,
    )
    .await?;
    match after {
        AfterFailure::Dead => tracing::error!(
            outbox_id = %row.id,
            kind = %row.message_kind,
            attempts = row.attempts + 1,
            %error,
            "mail dead-lettered"
        ),
        AfterFailure::RetryAt(at) => tracing::debug!(
            outbox_id = %row.id,
            kind = %row.message_kind,
            attempts = row.attempts + 1,
            retry_at = %at,
            %error,
            "mail not sent; will retry"
        ),
        AfterFailure::Gone => {}
    }
    Ok(Delivery::Failed)
}
