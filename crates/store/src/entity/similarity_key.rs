//! The `similarity_keys` table: the index behind similar-ticket suggestions.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "similarity_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub sim_key: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub ticket_id: Uuid,
}

impl ActiveModelBehavior for ActiveModel {}
