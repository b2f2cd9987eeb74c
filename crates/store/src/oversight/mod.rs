//! What supervisors (督办员) use besides the metrics: supervision orders and the departments'
//! answers to them, problem tickets, the confidential-identity view log, the ticket export with
//! every milestone, and verifying the audit chain.

pub mod audit;
pub mod export;
pub mod identity;
pub mod problems;
pub mod supervision;

use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use minsheng_domain::Role;

/// Supervisors only.
pub(crate) fn require_supervisor(who: &Principal) -> StoreResult<uuid::Uuid> {
    match *who {
        Principal::User {
            id,
            role: Role::Supervisor,
            ..
        } => Ok(id),
        Principal::User { .. } => Err(StoreError::Forbidden("only supervisors may do this".into())),
        _ => Err(StoreError::Forbidden("sign in first".into())),
    }
}
