//! Supervision orders (督办单) as first-class records: the department sees its orders on its
//! queue and must answer each one; the answer is recorded in the audit chain.

use super::require_supervisor;
use crate::Store;
use crate::chain::{append_event, db_instant};
use crate::entity::{supervision_order, ticket};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use crate::tickets::Page;
use chrono::{DateTime, Utc};
use minsheng_domain::Role;
use minsheng_domain::input::Message;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use uuid::Uuid;

/// An order with the reference of its ticket.
#[derive(Debug, Clone)]
pub struct OrderRecord {
    pub order: supervision_order::Model,
    pub ticket_reference: String,
}

/// Which orders to list.
#[derive(Debug, Clone, Default)]
pub struct OrderFilter {
    /// Supervisors may look at one department; staff always see their own.
    pub department_id: Option<Uuid>,
    /// Only orders not yet answered.
    pub open_only: bool,
    pub ticket_id: Option<Uuid>,
}

/// The orders `who` may see: supervisors and agents all, staff their department's. Newest first.
pub async fn list(
    store: &Store,
    who: &Principal,
    filter: &OrderFilter,
    offset: u64,
    limit: u64,
) -> StoreResult<Page<OrderRecord>> {
    let mut cond = Condition::all();
    match *who {
        Principal::User {
            role: Role::Supervisor | Role::Agent,
            ..
        } => {
            if let Some(d) = filter.department_id {
                cond = cond.add(supervision_order::Column::DepartmentId.eq(d));
            }
        }
        Principal::User {
            role: Role::Staff,
            department_id: Some(d),
            ..
        } => cond = cond.add(supervision_order::Column::DepartmentId.eq(d)),
        _ => {
            return Err(StoreError::Forbidden(
                "supervision orders are for officials".into(),
            ));
        }
    }
    if filter.open_only {
        cond = cond.add(supervision_order::Column::RespondedAt.is_null());
    }
    if let Some(t) = filter.ticket_id {
        cond = cond.add(supervision_order::Column::TicketId.eq(t));
    }
    let base = supervision_order::Entity::find().filter(cond);
    let total = base.clone().count(&store.db).await?;
    let mut orders = base
        .order_by_desc(supervision_order::Column::CreatedAt)
        .order_by_desc(supervision_order::Column::Id)
        .offset(offset)
        .limit(limit + 1)
        .all(&store.db)
        .await?;
    let has_next = orders.len() as u64 > limit;
    orders.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let refs: std::collections::HashMap<Uuid, String> = ticket::Entity::find()
        .select_only()
        .column(ticket::Column::Id)
        .column(ticket::Column::Reference)
        .filter(ticket::Column::Id.is_in(orders.iter().map(|o| o.ticket_id)))
        .into_tuple::<(Uuid, String)>()
        .all(&store.db)
        .await?
        .into_iter()
        .collect();
    Ok(Page {
        items: orders
            .into_iter()
            .map(|order| OrderRecord {
                ticket_reference: refs.get(&order.ticket_id).cloned().unwrap_or_default(),
                order,
            })
            .collect(),
        offset,
        has_next,
        total,
    })
}

/// The department answers a supervision order: staff of the department it was issued to, once.
/// The answer and its event are written in one transaction.
pub async fn respond(
    store: &Store,
    who: &Principal,
    order_id: Uuid,
    response: &Message,
    now: DateTime<Utc>,
) -> StoreResult<OrderRecord> {
    let (user, department) = match *who {
        Principal::User {
            id,
            role: Role::Staff,
            department_id: Some(d),
        } => (id, d),
        _ => {
            return Err(StoreError::Forbidden(
                "only staff of the department can answer its supervision orders".into(),
            ));
        }
    };
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let mut q = supervision_order::Entity::find_by_id(order_id);
    if store.backend() == DatabaseBackend::Postgres {
        q = q.lock_exclusive();
    }
    // Another department's order looks the same as one that does not exist.
    let order = q
        .one(txn)
        .await?
        .filter(|o| o.department_id == Some(department))
        .ok_or(StoreError::NotFound)?;
    if order.responded_at.is_some() {
        return Err(StoreError::Conflict(
            "this supervision order has already been answered".into(),
        ));
    }
    let mut am: supervision_order::ActiveModel = order.clone().into();
    am.response = Set(Some(response.to_string()));
    am.responded_by = Set(Some(user));
    am.responded_at = Set(Some(now));
    let order = supervision_order::Entity::update(am).exec(txn).await?;
    append_event(
        txn,
        Some(order.ticket_id),
        who.event_actor(),
        "supervision_responded",
        json!({
            "order_id": order.id,
            "department_id": department,
            "response": response,
        }),
        now,
    )
    .await?;
    let ticket_reference = ticket::Entity::find_by_id(order.ticket_id)
        .one(txn)
        .await?
        .map(|t| t.reference)
        .unwrap_or_default();
    w.commit().await?;
    Ok(OrderRecord {
        order,
        ticket_reference,
    })
}

/// Supervisors read any order by id.
pub async fn get(store: &Store, who: &Principal, order_id: Uuid) -> StoreResult<OrderRecord> {
    require_supervisor(who)?;
    let order = supervision_order::Entity::find_by_id(order_id)
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let ticket_reference = ticket::Entity::find_by_id(order.ticket_id)
        .one(&store.db)
        .await?
        .map(|t| t.reference)
        .unwrap_or_default();
    Ok(OrderRecord {
        order,
        ticket_reference,
    })
}
