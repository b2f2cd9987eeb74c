//! Tickets: filing, every lifecycle transition, and scoped reads.

pub mod act;
pub(crate) mod by_id;
pub mod file;
pub(crate) mod notify;
pub mod read;

pub use act::{Command, act};
pub use file::{Filed, NewTicket, OnBehalfOf, file, file_with_files};
pub use read::{Page, TicketFilter, TicketOrder, TicketRecord};

use crate::entity::ticket;
use crate::error::{StoreError, StoreResult};
use minsheng_domain::{Kind, Priority, State};

/// The typed view of a ticket row's coded columns.
pub(crate) fn state_of(t: &ticket::Model) -> StoreResult<State> {
    t.state
        .parse()
        .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))
}

pub(crate) fn kind_priority(t: &ticket::Model) -> StoreResult<(Kind, Priority)> {
    let k = t
        .kind
        .parse()
        .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))?;
    let p = t
        .priority
        .parse()
        .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))?;
    Ok((k, p))
}
