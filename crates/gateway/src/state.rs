//! What every request shares: configuration, the store, the clock and the auth service. Built
//! once at start-up; cheap to clone.

use crate::auth::AuthService;
use crate::auth::password::HashSetupError;
use crate::clock::{SharedClock, SystemClock, TestClock};
use crate::config::Config;
use minsheng_store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub clock: SharedClock,
    /// Present only with `--test-clock`; the same clock as `clock`, but settable.
    pub test_clock: Option<Arc<TestClock>>,
    pub auth: Arc<AuthService>,
    /// Committed changes, fanned out to this instance's GraphQL subscriptions.
    pub live: Arc<crate::live::LiveHub>,
    /// Wakes the background workers early (the test clock moved, say).
    pub wake: Arc<crate::workers::Wake>,
    /// Attachment bytes.
    pub blobs: minsheng_store::attachments::Blobs,
}

impl AppState {
    /// Wires the shared services together. Computing the dummy password hash makes this take a
    /// moment.
    pub fn new(
        config: Config,
        store: Store,
        blobs: minsheng_store::attachments::Blobs,
    ) -> Result<Self, HashSetupError> {
        let (clock, test_clock): (SharedClock, _) = if config.test_clock {
            let c = Arc::new(TestClock::new(chrono::Utc::now()));
            (c.clone(), Some(c))
        } else {
            (Arc::new(SystemClock), None)
        };
        let auth = AuthService::new(store.clone(), clock.clone(), config.auth.clone())?;
        Ok(Self {
            config: Arc::new(config),
            store,
            clock,
            test_clock,
            auth: Arc::new(auth),
            live: Arc::new(crate::live::LiveHub::new()),
            wake: Arc::new(crate::workers::Wake::default()),
            blobs,
        })
    }
}
