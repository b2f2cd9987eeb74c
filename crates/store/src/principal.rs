//! Who is asking: the one type the store uses to decide what a caller may read and do.

use minsheng_domain::Role;
use minsheng_domain::lifecycle::{Actor, Relation};
use uuid::Uuid;

use crate::chain::EventActor;
use crate::entity::ticket;

/// The caller of a store function, as the gateway authenticated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    /// A member of the public with no account.
    Anonymous,
    /// An Open311 client, by its API key.
    ApiClient { key_id: Uuid },
    /// A background worker of Minsheng itself.
    System,
    /// A signed-in person.
    User {
        id: Uuid,
        role: Role,
        department_id: Option<Uuid>,
    },
}

impl Principal {
    pub fn user_id(&self) -> Option<Uuid> {
        match self {
            Principal::User { id, .. } => Some(*id),
            _ => None,
        }
    }

    pub fn role(&self) -> Option<Role> {
        match self {
            Principal::User { role, .. } => Some(*role),
            _ => None,
        }
    }

    /// How this principal stands to `t`.
    pub fn relation(&self, t: &ticket::Model) -> Relation {
        match *self {
            Principal::User {
                id,
                role: Role::Resident,
                ..
            } if t.resident_id == Some(id) || t.filed_by_id == Some(id) => Relation::Owner,
            Principal::User {
                role: Role::Staff,
                department_id: Some(d),
                ..
            } if t.department_id == Some(d) => Relation::SameDepartment,
            _ => Relation::Other,
        }
    }

    /// The lifecycle actor for an action on `t` (or on a ticket not yet filed).
    pub fn actor(&self, t: Option<&ticket::Model>) -> Actor {
        match *self {
            Principal::Anonymous => Actor::Anonymous,
            Principal::ApiClient { .. } => Actor::ApiClient,
            Principal::System => Actor::System,
            Principal::User { role, .. } => Actor::Person {
                role,
                relation: t.map_or(Relation::Owner, |t| self.relation(t)),
            },
        }
    }

    /// How the event log names this principal.
    pub fn event_actor(&self) -> EventActor {
        match *self {
            Principal::Anonymous => EventActor::ANONYMOUS,
            Principal::ApiClient { .. } => EventActor::API_CLIENT,
            Principal::System => EventActor::SYSTEM,
            Principal::User { id, role, .. } => EventActor::person(id, role),
        }
    }

    /// May this principal read `t` at all? The same rule as [`crate::tickets::read::scope`],
    /// for a row already loaded.
    pub fn may_read(&self, t: &ticket::Model) -> bool {
        match *self {
            Principal::User {
                role: Role::Agent | Role::Supervisor,
                ..
            } => true,
            Principal::User {
                role: Role::Resident,
                ..
            } => self.relation(t) == Relation::Owner,
            Principal::User {
                role: Role::Staff, ..
            } => self.relation(t) == Relation::SameDepartment,
            Principal::System => true,
            _ => false,
        }
    }
}
