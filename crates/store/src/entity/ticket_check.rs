//! The `ticket_checks` table: when the escalation sweep next looks at a ticket (none when
//! nothing can fire or close it until it changes).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket_checks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub ticket_id: Uuid,
    pub next_check_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
