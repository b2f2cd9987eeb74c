//! The one source of "now" for the gateway. Production uses the system clock; tests and demos can
//! run on a settable clock, so deadlines, lockouts and token expiry can be tested without waiting.

use chrono::{DateTime, TimeDelta, Utc};
use std::sync::{Arc, RwLock};

/// Something that tells the time. Every instant the gateway stores or compares comes from here.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The clock the whole server shares.
pub type SharedClock = Arc<dyn Clock>;

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until it is set or advanced. Only used when the server runs with
/// `--test-clock`.
#[derive(Debug)]
pub struct TestClock {
    now: RwLock<DateTime<Utc>>,
}

impl TestClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self {
            now: RwLock::new(start),
        }
    }

    pub fn set(&self, t: DateTime<Utc>) {
        // A poisoned lock still holds a valid instant: a panic cannot leave it half-written.
        let mut now = self.now.write().unwrap_or_else(|e| e.into_inner());
        *now = t;
    }

    pub fn advance(&self, by: TimeDelta) -> DateTime<Utc> {
        let mut now = self.now.write().unwrap_or_else(|e| e.into_inner());
        *now += by;
        *now
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.read().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-03-02T01:00:00Z")
            .unwrap()
            .to_utc();
        let c = TestClock::new(start);
        assert_eq!(c.now(), start);
        assert_eq!(c.now(), start);
        c.advance(TimeDelta::hours(2));
        assert_eq!(c.now(), start + TimeDelta::hours(2));
        c.set(start);
        assert_eq!(c.now(), start);
    }
}
