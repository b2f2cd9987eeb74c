//! One ticket by id, for many requests at once (`crate::coalesce`): a ticket page, a
//! subscription and every mutation's answer read one ticket by its id, and those asked under the
//! same scope at the same moment are read with one statement (`id = ANY($1)`).
//!
//! The scope is part of the statement (see [`super::read::ScopeKey`]), and each request masks
//! its own row for its own viewer, so sharing a statement never widens what anyone sees.

use super::read::ScopeKey;
use crate::Store;
use crate::coalesce::{Batch, Waiting};
use crate::entity::positional::ByPosition;
use crate::entity::ticket;
use crate::error::StoreResult;
use sea_orm::sea_query::extension::postgres::PgFunc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseBackend, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// Tickets by id under one scope.
pub(crate) struct TicketsById;

impl Batch for TicketsById {
    type Key = ScopeKey;
    type Item = Uuid;
    /// The ticket, unmasked, or `None` when the scope has no such ticket.
    type Reply = Option<ticket::Model>;
    const MAX_ITEMS: usize = 500;
    const READERS: usize = 1;

    fn waiting(store: &Store) -> &Waiting<Self> {
        &store.tickets_by_id
    }

    async fn read(
        store: &Store,
        key: &ScopeKey,
        items: Vec<Uuid>,
    ) -> StoreResult<Vec<Option<ticket::Model>>> {
        let mut ids = items.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let query = ticket::Entity::find().filter(key.condition());
        // On PostgreSQL the ids go as one array, so the statement's text is the same however
        // many there are, and it is planned once per connection.
        let query = if store.backend() == DatabaseBackend::Postgres {
            query.filter(Expr::col((ticket::Entity, ticket::Column::Id)).eq(PgFunc::any(ids)))
        } else {
            query.filter(ticket::Column::Id.is_in(ids))
        };
        let found: HashMap<Uuid, ticket::Model> = query
            .into_model::<ByPosition<ticket::Model>>()
            .all(&store.db)
            .await?
            .into_iter()
            .map(|t| (t.0.id, t.0))
            .collect();
        Ok(items.iter().map(|id| found.get(id).cloned()).collect())
    }
}
