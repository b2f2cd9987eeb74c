//! Reads that requests make at the same moment, made together.
//!
//! Under load most of what a small read costs is not its rows but its round trip: the statement
//! sent over the socket, a connection taken from the pool, PostgreSQL's executor started and
//! stopped, the tasks woken on the way back. Measured on a 300,000-ticket database with sixteen
//! clients reading one ticket each (bench/ANALYSIS.md), that overhead was about half the
//! server's CPU per request and more than half of PostgreSQL's. So reads of the same kind and
//! scope that are asked while one is running share one statement.
//!
//! Nothing waits on a timer. The first request of a kind starts a reader, which takes everything
//! asked so far and reads it with one statement; what is asked while that statement runs goes
//! into the next. A lone request costs what it did; sixteen at once cost a few statements.
//!
//! A request is never answered by a statement that began before it asked: what it wrote just
//! before, it reads. The scope is part of the key, so a statement only ever reads rows that
//! every request it serves may see.

use crate::Store;
use crate::error::{StoreError, StoreResult};
use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::Mutex;
use tokio::sync::oneshot;

/// A kind of read that concurrent requests can share.
pub(crate) trait Batch: Sized + Send + Sync + 'static {
    /// What must be the same for requests to share a statement (the viewer's scope, the
    /// statement's shape).
    type Key: Hash + Eq + Clone + Send + Sync + 'static;
    /// What one request asks for.
    type Item: Send + 'static;
    /// What one request gets back.
    type Reply: Send + 'static;
    /// The most items one statement reads; the rest wait for the next.
    const MAX_ITEMS: usize;
    /// The most statements of one key running at once. One gives the largest batches; more keep
    /// the database's cores busy when a statement takes long.
    const READERS: usize;

    /// Where this kind's waiting requests are kept.
    fn waiting(store: &Store) -> &Waiting<Self>;

    /// Reads `items` under `key` with one statement (or as few as the database allows): one
    /// reply per item, in their order.
    fn read(
        store: &Store,
        key: &Self::Key,
        items: Vec<Self::Item>,
    ) -> impl Future<Output = StoreResult<Vec<Self::Reply>>> + Send;
}

type Reply<B> = oneshot::Sender<Result<<B as Batch>::Reply, String>>;

/// What waits under one key, and how many readers run for it.
struct Queue<B: Batch> {
    items: Vec<(B::Item, Reply<B>)>,
    readers: usize,
}

/// The requests of one kind waiting for a statement, by key. A key is present while a reader
/// runs for it.
pub(crate) struct Waiting<B: Batch> {
    by_key: Mutex<HashMap<B::Key, Queue<B>>>,
}

impl<B: Batch> Default for Waiting<B> {
    fn default() -> Self {
        Self {
            by_key: Mutex::new(HashMap::new()),
        }
    }
}

impl<B: Batch> std::fmt::Debug for Waiting<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waiting").finish_non_exhaustive()
    }
}

/// Asks for `item` under `key`, in the next statement of that key.
pub(crate) async fn ask<B: Batch>(
    store: &Store,
    key: B::Key,
    item: B::Item,
) -> StoreResult<B::Reply> {
    let (tx, rx) = oneshot::channel();
    let start_reader = {
        let mut by_key = B::waiting(store)
            .by_key
            .lock()
            .map_err(|_| StoreError::internal("coalesced reads: lock poisoned"))?;
        let queue = by_key.entry(key.clone()).or_insert_with(|| Queue {
            items: Vec::new(),
            readers: 0,
        });
        queue.items.push((item, tx));
        // Otherwise a running reader takes this item in its next statement.
        let start = queue.readers < B::READERS;
        if start {
            queue.readers += 1;
        }
        start
    };
    // The reader is a task of its own, so a request that goes away (its client hung up) never
    // takes the others' statement with it.
    if start_reader {
        tokio::spawn(reader::<B>(store.clone(), key));
    }
    rx.await
        .map_err(|_| StoreError::internal("coalesced reads: the reader stopped"))?
        .map_err(StoreError::Internal)
}

/// Reads what waits under `key`, a statement at a time, until nothing is left; the next
/// request then starts a new reader.
async fn reader<B: Batch>(store: Store, key: B::Key) {
    let mut gone = ReaderGone::<B> {
        store: store.clone(),
        key: key.clone(),
        ended: false,
    };
    read_waiting::<B>(&store, &key).await;
    gone.ended = true;
}

async fn read_waiting<B: Batch>(store: &Store, key: &B::Key) {
    loop {
        let batch = {
            let Ok(mut by_key) = B::waiting(store).by_key.lock() else {
                tracing::error!("coalesced reads: lock poisoned");
                return;
            };
            let Some(queue) = by_key.get_mut(key) else {
                return;
            };
            if queue.items.is_empty() {
                // Under the lock: the next request finds one reader less and starts one.
                queue.readers = queue.readers.saturating_sub(1);
                if queue.readers == 0 {
                    by_key.remove(key);
                }
                return;
            }
            let rest = queue.items.split_off(queue.items.len().min(B::MAX_ITEMS));
            std::mem::replace(&mut queue.items, rest)
        };
        let (items, replies): (Vec<B::Item>, Vec<Reply<B>>) = batch.into_iter().unzip();
        match B::read(store, key, items).await {
            Ok(answers) if answers.len() == replies.len() => {
                for (reply, answer) in replies.into_iter().zip(answers) {
                    // A requester that went away no longer listens; nothing to do.
                    let _ = reply.send(Ok(answer));
                }
            }
            Ok(answers) => {
                tracing::error!(
                    asked = replies.len(),
                    answered = answers.len(),
                    "coalesced reads: a batch answered the wrong number of items"
                );
                for reply in replies {
                    let _ = reply.send(Err("coalesced reads: wrong number of answers".into()));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "coalesced reads failed");
                let message = e.to_string();
                for reply in replies {
                    let _ = reply.send(Err(message.clone()));
                }
            }
        }
    }
}

/// A reader that ends before it handed its place back (a panic, or the runtime shutting down)
/// takes its key's queue with it: whoever waits there is told (their replies are dropped), and
/// the next request starts a new reader instead of waiting on one that is gone.
struct ReaderGone<B: Batch> {
    store: Store,
    key: B::Key,
    ended: bool,
}

impl<B: Batch> Drop for ReaderGone<B> {
    fn drop(&mut self) {
        if !self.ended
            && let Ok(mut by_key) = B::waiting(&self.store).by_key.lock()
        {
            by_key.remove(&self.key);
        }
    }
}
