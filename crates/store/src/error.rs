//! The store's one error type. The gateway maps it once, at the edge, to SPEC §11 codes.

use minsheng_domain::ValidationError;
use minsheng_domain::lifecycle::LifecycleError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object does not exist, or the viewer may not know that it exists.
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error(transparent)]
    Lifecycle(#[from] LifecycleError),
    /// A business rule outside the state machine forbids this now: a window has passed, a limit
    /// is reached. Reported like an invalid transition.
    #[error("{0}")]
    Rule(String),
    /// A concurrent change won, or a unique value is taken, or an idempotency key was reused with
    /// a different request.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error(transparent)]
    Validation(#[from] ValidationError),
    /// Too many attempts (login throttling and the like).
    #[error("rate limited")]
    RateLimited,
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("internal error: {0}")]
    Internal(String),
}

impl StoreError {
    pub fn internal(context: impl std::fmt::Display) -> Self {
        StoreError::Internal(context.to_string())
    }

    pub fn invalid(field: &'static str, rule: impl Into<String>) -> Self {
        StoreError::Validation(ValidationError::new(field, rule))
    }
}

impl From<minsheng_domain::calendar::CalendarError> for StoreError {
    fn from(e: minsheng_domain::calendar::CalendarError) -> Self {
        StoreError::Internal(format!("calendar: {e}"))
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
