//! The API's view of people: `User`, and the `Role` and `Locale` enums. These are API types, not
//! database rows; they expose only what a client may see.

use async_graphql::{Enum, ID, Object};
use minsheng_store::accounts::Account;

/// One person has one role (SPEC §1).
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "Role", remote = "minsheng_domain::Role")]
pub enum RoleGql {
    /// 市民
    Resident,
    /// 受理员 / 派单员
    Agent,
    /// 承办人
    Staff,
    /// 督办员
    Supervisor,
    /// 管理员
    Admin,
}

/// A language Minsheng writes in.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "Locale", remote = "minsheng_domain::Locale")]
pub enum LocaleGql {
    /// 简体中文
    ZhCn,
    En,
}

/// A person with an account.
pub struct User(pub Account);

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }

    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    async fn role(&self) -> RoleGql {
        self.0.role.into()
    }

    /// The department a staff member works for.
    async fn department_id(&self) -> Option<ID> {
        self.0.department_id.map(|d| ID(d.to_string()))
    }

    /// Whether a staff member heads their department (they receive its escalations).
    async fn is_department_head(&self) -> bool {
        self.0.is_department_head
    }

    async fn locale(&self) -> LocaleGql {
        self.0.locale.into()
    }
}
