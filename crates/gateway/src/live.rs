//! The change feed behind GraphQL subscriptions: one task per instance reads committed ticket
//! events from the log in `seq` order (see `minsheng_store::changes` for why the log, not the
//! mutations, is the source) and fans them out to this instance's subscribers over a
//! `tokio::sync::broadcast` channel.
//!
//! It wakes on PostgreSQL `NOTIFY minsheng_events`, which every instance receives when any
//! instance commits an event, so a subscriber connected to instance A sees a change made through
//! instance B; on SQLite (one process) it wakes on the store's own commit signal. A slow poll
//! backs both up, so a notification lost while the listening connection was reconnecting delays
//! an update and loses none. Authorisation is not decided here: each subscription checks, for
//! every item, that its viewer may see it.

use minsheng_store::Store;
use minsheng_store::changes::{self, Change, Notice};
use std::collections::{HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// How many items a slow subscriber may fall behind before it is told it lagged.
const CAPACITY: usize = 1024;
/// Events read from the log at a time.
const PAGE: u64 = 500;
/// The fallback poll.
const POLL: Duration = Duration::from_secs(5);
/// How many notification ids are remembered to avoid announcing one twice.
const RECENT: usize = 8192;

/// One item of the feed.
#[derive(Debug, Clone)]
pub enum LiveEvent {
    Change(Arc<Change>),
    Notice(Arc<Notice>),
}

/// This instance's fan-out point.
#[derive(Debug)]
pub struct LiveHub {
    tx: broadcast::Sender<LiveEvent>,
}

impl Default for LiveHub {
    fn default() -> Self {
        Self::new()
    }
}

impl LiveHub {
    pub fn new() -> Self {
        Self {
            tx: broadcast::channel(CAPACITY).0,
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<LiveEvent> {
        self.tx.subscribe()
    }

    fn publish(&self, e: LiveEvent) {
        // No subscriber is not an error.
        let _ = self.tx.send(e);
    }
}

/// Notification ids already announced, oldest first, bounded.
#[derive(Default)]
struct Recent {
    order: VecDeque<uuid::Uuid>,
    set: HashSet<uuid::Uuid>,
}

impl Recent {
    /// `true` the first time `id` is seen.
    fn first_time(&mut self, id: uuid::Uuid) -> bool {
        if !self.set.insert(id) {
            return false;
        }
        self.order.push_back(id);
        if self.order.len() > RECENT
            && let Some(old) = self.order.pop_front()
        {
            self.set.remove(&old);
        }
        true
    }
}

/// Runs the feed until `shutdown` turns true, from `start` (the log's last `seq` before this
/// instance served anything; read here when not given).
pub async fn run(
    store: Store,
    hub: Arc<LiveHub>,
    start: Option<i64>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut commits = store.watch_commits();
    let mut cursor = loop {
        if let Some(seq) = start {
            break seq;
        }
        match changes::last_seq(&store).await {
            Ok(seq) => break seq,
            Err(e) => {
                tracing::error!(error = %e, "live feed: cannot read the event log; retrying");
                tokio::select! {
                    _ = shutdown.changed() => return,
                    () = tokio::time::sleep(POLL) => {}
                }
            }
        }
    };
    let mut listener = None;
    let mut recent = Recent::default();
    loop {
        if *shutdown.borrow() {
            return;
        }
        if listener.is_none() && store.is_postgres() {
            match store.listen_for_events().await {
                Ok(l) => listener = l,
                Err(e) => tracing::warn!(error = %e, "live feed: cannot LISTEN; polling instead"),
            }
        }
        commits.borrow_and_update();
        match catch_up(&store, &hub, cursor, &mut recent).await {
            Ok(next) => cursor = next,
            Err(e) => {
                tracing::error!(error = %e, after_seq = cursor, "live feed: reading changes failed")
            }
        }
        let lost = {
            let notified = async {
                match listener.as_mut() {
                    Some(l) => l.wait().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = shutdown.changed() => return,
                _ = commits.changed() => false,
                r = notified => match r {
                    Ok(_) => false,
                    Err(e) => {
                        tracing::warn!(error = %e, "live feed: the LISTEN connection failed");
                        true
                    }
                },
                () = tokio::time::sleep(POLL) => false,
            }
        };
        if lost {
            listener = None;
        }
    }
}

/// Publishes everything after `cursor`; returns the new cursor.
async fn catch_up(
    store: &Store,
    hub: &LiveHub,
    mut cursor: i64,
    recent: &mut Recent,
) -> minsheng_store::StoreResult<i64> {
    // With nobody subscribed there is nothing to hand out, so the feed only moves to the log's
    // head. The head is read before looking: whoever subscribes after the look is sent every
    // change sealed after it, which is every change committed after they subscribed.
    let head = changes::last_seq(store).await?;
    if hub.tx.receiver_count() == 0 {
        return Ok(head.max(cursor));
    }
    loop {
        let (batch, next) = changes::changes_after(store, cursor, PAGE).await?;
        let full = next - cursor >= PAGE as i64;
        cursor = next;
        if batch.is_empty() {
            if full {
                continue;
            }
            return Ok(cursor);
        }
        let mut tickets: Vec<uuid::Uuid> = batch.iter().map(|c| c.ticket_id).collect();
        tickets.sort_unstable();
        tickets.dedup();
        let since = batch.iter().map(|c| c.occurred_at).min();
        for c in batch {
            hub.publish(LiveEvent::Change(Arc::new(c)));
        }
        // The notifications those changes wrote (same transactions, same instants). Read even
        // with nobody listening, so that `recent` knows them: a later change at the same
        // instant must not announce them again.
        if let Some(since) = since {
            for n in changes::notices_for(store, &tickets, since).await? {
                if recent.first_time(n.id) {
                    hub.publish(LiveEvent::Notice(Arc::new(n)));
                }
            }
        }
        if !full {
            return Ok(cursor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_ids_are_announced_once_and_the_memory_is_bounded() {
        let mut r = Recent::default();
        let a = uuid::Uuid::now_v7();
        assert!(r.first_time(a));
        assert!(!r.first_time(a));
        for _ in 0..RECENT {
            r.first_time(uuid::Uuid::now_v7());
        }
        assert_eq!(r.order.len(), RECENT);
        assert_eq!(r.set.len(), RECENT);
        assert!(r.first_time(a), "forgotten after RECENT others");
    }
}
