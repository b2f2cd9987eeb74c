//! The outbox relay's side of the database (SPEC §7): take due messages, and record how each
//! delivery went. Sending is the gateway's job; this module only decides who sends what, when.
//!
//! Claiming is safe with several server instances. On PostgreSQL a short transaction takes due
//! rows with `FOR UPDATE SKIP LOCKED` and moves their `next_attempt_at` forward by a lease before
//! committing, so no other instance sees them as due while this one sends. If the sender dies
//! mid-send, the lease runs out and the message is sent again, with the same Message-ID: at worst
//! one repeat, never a loss. On SQLite there is one process and the single writer orders claims.
//! The lease must be longer than one send can take (the SMTP timeout).

use crate::Store;
use crate::chain::db_instant;
use crate::entity::outbox;
use crate::error::StoreResult;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// The longest `last_error` kept, in characters.
pub const MAX_ERROR_CHARS: usize = 300;

/// How the relay retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// A message that failed this many times is dead-lettered (`status = 'dead'`).
    pub max_attempts: i32,
    /// The wait after the first failure; each further failure doubles it…
    pub first_backoff: TimeDelta,
    /// …up to this.
    pub max_backoff: TimeDelta,
    /// How long a claimed message stays invisible to other senders.
    pub lease: TimeDelta,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 10,
            first_backoff: TimeDelta::seconds(30),
            max_backoff: TimeDelta::hours(2),
            lease: TimeDelta::minutes(5),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `failures + 1`, after `failures` failures (at least one).
    pub fn backoff(&self, failures: i32) -> TimeDelta {
        let doublings = u32::try_from(failures.saturating_sub(1))
            .unwrap_or(0)
            .min(30);
        self.first_backoff
            .checked_mul(1 << doublings)
            .map_or(self.max_backoff, |d| d.min(self.max_backoff))
    }
}

/// What became of a failed delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Tried again at this instant.
    RetryAt(DateTime<Utc>),
    /// Given up: the row is dead-lettered for an operator to look at.
    Dead,
    /// The row was no longer pending (another sender finished it).
    Gone,
}

/// Claims up to `limit` pending messages that are due at `now`, leasing them for `lease`.
pub async fn claim_due(
    store: &Store,
    now: DateTime<Utc>,
    limit: u64,
    lease: TimeDelta,
) -> StoreResult<Vec<outbox::Model>> {
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let mut q = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("pending"))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .limit(limit);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let rows = q.all(txn).await?;
    if rows.is_empty() {
        // Nothing written: the transaction just ends.
        return Ok(rows);
    }
    let until = db_instant(now + lease);
    outbox::Entity::update_many()
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(until))
        .filter(outbox::Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(txn)
        .await?;
    w.commit().await?;
    Ok(rows)
}

/// Records a delivery. Returns `false` if the row was no longer pending.
pub async fn mark_sent(store: &Store, id: Uuid, now: DateTime<Utc>) -> StoreResult<bool> {
    let w = store.write().await?;
    let res = outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("sent"))
        .col_expr(outbox::Column::SentAt, Expr::value(Some(db_instant(now))))
        .col_expr(
            outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::Status.eq("pending"))
        .exec(w.conn())
        .await?;
    w.commit().await?;
    Ok(res.rows_affected == 1)
}

/// Records a failed delivery: one more attempt, and either a later retry (exponential backoff) or,
/// when `permanent` or out of attempts, the dead letter. `error` is truncated and stripped of
/// anything that looks like an email address before it is stored.
pub async fn record_failure(
    store: &Store,
    id: Uuid,
    error: &str,
    permanent: bool,
    now: DateTime<Utc>,
    policy: &RetryPolicy,
) -> StoreResult<AfterFailure> {
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let Some(row) = outbox::Entity::find_by_id(id)
        .filter(outbox::Column::Status.eq("pending"))
        .one(txn)
        .await?
    else {
        return Ok(AfterFailure::Gone);
    };
    let attempts = row.attempts.saturating_add(1);
    let dead = permanent || attempts >= policy.max_attempts;
    let outcome = if dead {
        AfterFailure::Dead
    } else {
        AfterFailure::RetryAt(db_instant(now + policy.backoff(attempts)))
    };
    let mut am: outbox::ActiveModel = row.into();
    am.attempts = Set(attempts);
    am.last_error = Set(Some(clean_error(error)));
    match outcome {
        AfterFailure::RetryAt(at) => am.next_attempt_at = Set(at),
        _ => am.status = Set("dead".to_owned()),
    }
    outbox::Entity::update(am).exec(txn).await?;
    w.commit().await?;
    Ok(outcome)
}

/// Puts dead-lettered messages back in the queue, due at `now`, with their attempts reset; an
/// operator's "try again" after fixing what killed them. Returns how many.
pub async fn requeue_dead(store: &Store, now: DateTime<Utc>) -> StoreResult<u64> {
    let w = store.write().await?;
    let res = outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("pending"))
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(db_instant(now)))
        .filter(outbox::Column::Status.eq("dead"))
        .exec(w.conn())
        .await?;
    w.commit().await?;
    Ok(res.rows_affected)
}

/// Counts of messages by status: (pending, sent, dead).
pub async fn counts(store: &Store) -> StoreResult<(u64, u64, u64)> {
    let rows: Vec<(String, i64)> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Status)
        .column_as(outbox::Column::Id.count(), "n")
        .group_by(outbox::Column::Status)
        .into_tuple()
        .all(store.connection())
        .await?;
    let get = |s: &str| {
        rows.iter()
            .find(|r| r.0 == s)
            .map_or(0, |r| u64::try_from(r.1).unwrap_or(0))
    };
    Ok((get("pending"), get("sent"), get("dead")))
}

/// `error` made safe to store: no email addresses (SMTP servers echo recipients in their
/// replies), no line breaks, at most [`MAX_ERROR_CHARS`] characters.
pub fn clean_error(error: &str) -> String {
    let words: Vec<&str> = error
        .split_whitespace()
        .map(|w| if w.contains('@') { "<address>" } else { w })
        .collect();
    let mut out: String = words.join(" ").chars().take(MAX_ERROR_CHARS).collect();
    if out.is_empty() {
        out.push_str("unknown error");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DbConfig;
    use crate::outbox::{NewMessage, enqueue};
    use minsheng_domain::Locale;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    async fn store() -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("relay.db").display());
        let store = Store::connect(&DbConfig::new(url)).await.unwrap();
        store.migrate().await.unwrap();
        (store, dir)
    }

    async fn message(store: &Store, now: DateTime<Utc>) -> Uuid {
        let w = store.write().await.unwrap();
        let id = enqueue(
            w.conn(),
            NewMessage {
                kind: "password_reset",
                ticket_id: None,
                recipient_id: None,
                recipient_email: "someone@example.org".into(),
                locale: Locale::En,
                payload: serde_json::json!({}),
            },
            now,
        )
        .await
        .unwrap();
        w.commit().await.unwrap();
        id
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1), TimeDelta::seconds(30));
        assert_eq!(p.backoff(2), TimeDelta::seconds(60));
        assert_eq!(p.backoff(5), TimeDelta::seconds(480));
        assert_eq!(p.backoff(20), TimeDelta::hours(2));
        assert_eq!(p.backoff(i32::MAX), TimeDelta::hours(2));
    }

    #[test]
    fn errors_lose_addresses_and_length() {
        let e = clean_error("550 5.1.1 <wang@example.org>: Recipient\r\naddress rejected");
        assert_eq!(e, "550 5.1.1 <address> Recipient address rejected");
        assert_eq!(
            clean_error(&"x".repeat(1000)).chars().count(),
            MAX_ERROR_CHARS
        );
    }

    #[tokio::test]
    async fn a_claimed_message_is_leased_retried_with_backoff_and_dead_lettered() {
        let (store, _dir) = store().await;
        let now = t("2026-03-02T01:00:00Z");
        let id = message(&store, now).await;
        let policy = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };

        let claimed = claim_due(&store, now, 10, policy.lease).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].message_id, crate::outbox::message_id_for(id));
        // Leased: not due again until the lease runs out.
        assert!(
            claim_due(&store, now, 10, policy.lease)
                .await
                .unwrap()
                .is_empty()
        );

        let after = record_failure(&store, id, "connection refused", false, now, &policy)
            .await
            .unwrap();
        assert_eq!(after, AfterFailure::RetryAt(now + TimeDelta::seconds(30)));
        assert!(
            claim_due(&store, now + TimeDelta::seconds(29), 10, policy.lease)
                .await
                .unwrap()
                .is_empty()
        );
        let later = now + TimeDelta::seconds(30);
        assert_eq!(
            claim_due(&store, later, 10, policy.lease)
                .await
                .unwrap()
                .len(),
            1
        );
        let after = record_failure(&store, id, "timeout", false, later, &policy)
            .await
            .unwrap();
        assert_eq!(after, AfterFailure::RetryAt(later + TimeDelta::seconds(60)));
        let last = later + TimeDelta::seconds(60);
        assert_eq!(
            claim_due(&store, last, 10, policy.lease)
                .await
                .unwrap()
                .len(),
            1
        );
        let after = record_failure(&store, id, "timeout", false, last, &policy)
            .await
            .unwrap();
        assert_eq!(after, AfterFailure::Dead);
        assert_eq!(counts(&store).await.unwrap(), (0, 0, 1));
        let far = last + TimeDelta::days(30);
        assert!(
            claim_due(&store, far, 10, policy.lease)
                .await
                .unwrap()
                .is_empty()
        );

        // An operator puts it back; this time it goes.
        assert_eq!(requeue_dead(&store, far).await.unwrap(), 1);
        let again = claim_due(&store, far, 10, policy.lease).await.unwrap();
        assert_eq!(again.len(), 1);
        assert!(mark_sent(&store, id, far).await.unwrap());
        assert!(!mark_sent(&store, id, far).await.unwrap(), "sent only once");
        assert_eq!(counts(&store).await.unwrap(), (0, 1, 0));
        let row = outbox::Entity::find_by_id(id)
            .one(store.connection())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.sent_at, Some(far));
        assert_eq!(row.last_error, None);
    }

    #[tokio::test]
    async fn a_permanent_failure_is_dead_at_once() {
        let (store, _dir) = store().await;
        let now = t("2026-03-02T01:00:00Z");
        let id = message(&store, now).await;
        claim_due(&store, now, 10, TimeDelta::minutes(5))
            .await
            .unwrap();
        let after = record_failure(
            &store,
            id,
            "550 no such user someone@example.org",
            true,
            now,
            &RetryPolicy::default(),
        )
        .await
        .unwrap();
        assert_eq!(after, AfterFailure::Dead);
        let row = outbox::Entity::find_by_id(id)
            .one(store.connection())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, "dead");
        assert_eq!(row.attempts, 1);
        assert_eq!(
            row.last_error.as_deref(),
            Some("550 no such user <address>")
        );
    }
}
