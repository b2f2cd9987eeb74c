//! The view log of confidential complainants' identities (SPEC §3, §9), for supervisors.

use super::require_supervisor;
use crate::Store;
use crate::entity::{identity_view, ticket, user};
use crate::error::StoreResult;
use crate::principal::Principal;
use crate::tickets::Page;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

/// One reveal of a confidential identity.
#[derive(Debug, Clone)]
pub struct IdentityView {
    pub id: Uuid,
    pub ticket_id: Uuid,
    pub ticket_reference: String,
    pub viewer_id: Uuid,
    pub viewer_name: String,
    pub viewer_role: String,
    pub viewed_at: DateTime<Utc>,
}

/// The log, newest first, optionally for one ticket or one viewer. Supervisors only.
pub async fn list(
    store: &Store,
    who: &Principal,
    ticket_id: Option<Uuid>,
    viewer_id: Option<Uuid>,
    offset: u64,
    limit: u64,
) -> StoreResult<Page<IdentityView>> {
    require_supervisor(who)?;
    let mut q = identity_view::Entity::find();
    if let Some(t) = ticket_id {
        q = q.filter(identity_view::Column::TicketId.eq(t));
    }
    if let Some(v) = viewer_id {
        q = q.filter(identity_view::Column::ViewerId.eq(v));
    }
    let total = q.clone().count(&store.db).await?;
    let mut rows = q
        .order_by_desc(identity_view::Column::ViewedAt)
        .order_by_desc(identity_view::Column::Id)
        .offset(offset)
        .limit(limit + 1)
        .all(&store.db)
        .await?;
    let has_next = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let refs: HashMap<Uuid, String> = ticket::Entity::find()
        .select_only()
        .column(ticket::Column::Id)
        .column(ticket::Column::Reference)
        .filter(ticket::Column::Id.is_in(rows.iter().map(|r| r.ticket_id)))
        .into_tuple::<(Uuid, String)>()
        .all(&store.db)
        .await?
        .into_iter()
        .collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::DisplayName)
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.viewer_id)))
        .into_tuple::<(Uuid, String)>()
        .all(&store.db)
        .await?
        .into_iter()
        .collect();
    Ok(Page {
        items: rows
            .into_iter()
            .map(|r| IdentityView {
                ticket_reference: refs.get(&r.ticket_id).cloned().unwrap_or_default(),
                viewer_name: names.get(&r.viewer_id).cloned().unwrap_or_default(),
                id: r.id,
                ticket_id: r.ticket_id,
                viewer_id: r.viewer_id,
                viewer_role: r.viewer_role,
                viewed_at: r.viewed_at,
            })
            .collect(),
        offset,
        has_next,
        total,
    })
}
