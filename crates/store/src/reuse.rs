//! Values read from the database once and reused for a moment by every request of this process:
//! the catalogue (departments and categories) and the state of the dashboard figures. A busy
//! server then reads them about once a second instead of once per request.
//!
//! A value is trusted while three things hold: the generation it was read at is current (the
//! count of committed writes, or of configuration changes, made through this process), its key
//! (a second of the server clock, say) is the same, and it is less than [`TRUSTED_FOR`] old.
//! Changes through this process are therefore seen at once; changes through another instance of
//! a cluster show within that bound. One caller reloads an expired
//! value while the others wait for it, so an expiry never sends every request to the database.

use crate::error::StoreResult;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a value is trusted without asking the database again.
pub(crate) const TRUSTED_FOR: Duration = Duration::from_secs(1);

pub(crate) struct Reused<T> {
    held: Mutex<Option<Held<T>>>,
    flight: tokio::sync::Mutex<()>,
}

struct Held<T> {
    key: i64,
    generation: u64,
    at: Instant,
    value: Arc<T>,
}

impl<T> Default for Reused<T> {
    fn default() -> Self {
        Self {
            held: Mutex::new(None),
            flight: tokio::sync::Mutex::new(()),
        }
    }
}

impl<T> std::fmt::Debug for Reused<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reused").finish_non_exhaustive()
    }
}

impl<T> Reused<T> {
    fn trusted(&self, key: i64, generation: u64, usable: &impl Fn(&T) -> bool) -> Option<Arc<T>> {
        let held = self.held.lock().ok()?;
        let h = held.as_ref()?;
        (h.key == key
            && h.generation == generation
            && h.at.elapsed() < TRUSTED_FOR
            && usable(&h.value))
        .then(|| h.value.clone())
    }

    /// The value for `key`, read with `load` unless a trusted one is held. `generation` reads
    /// the counter whose change ends a value. `usable` can refuse a held value early: an id that
    /// is missing from the catalogue means it changed meanwhile.
    pub(crate) async fn get<F, Fut>(
        &self,
        generation: impl Fn() -> u64,
        key: i64,
        usable: impl Fn(&T) -> bool,
        load: F,
    ) -> StoreResult<Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = StoreResult<T>>,
    {
        if let Some(v) = self.trusted(key, generation(), &usable) {
            return Ok(v);
        }
        // Boxed: nearly every call takes the path above, and the reload's future (a query's) is
        // large. Unboxed it would make every future that awaits this one as large, and some of
        // those are allocated and copied once per field of every row of a page (a queue row's
        // department and category, through async-graphql).
        Box::pin(async move {
            let _flight = self.flight.lock().await;
            // Counted before reading, so a change that commits while `load` runs ends the value.
            let at = generation();
            if let Some(v) = self.trusted(key, at, &usable) {
                return Ok(v);
            }
            let value = Arc::new(load().await?);
            if let Ok(mut held) = self.held.lock() {
                *held = Some(Held {
                    key,
                    generation: at,
                    at: Instant::now(),
                    value: value.clone(),
                });
            }
            Ok(value)
        })
        .await
    }
}
