//! The `identity_views` table.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_views")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub ticket_id: Uuid,
    pub viewer_id: Uuid,
    pub viewer_role: String,
    pub viewed_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
