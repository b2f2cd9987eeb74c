//! The public catalogue: departments and categories. Anyone may read it; only admins change it.

use crate::Store;
use crate::entity::{category, department};
use crate::error::StoreResult;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

pub async fn departments(
    store: &Store,
    include_inactive: bool,
) -> StoreResult<Vec<department::Model>> {
    let mut q = department::Entity::find().order_by_asc(department::Column::Code);
    if !include_inactive {
        q = q.filter(department::Column::Active.eq(true));
    }
    Ok(q.all(&store.db).await?)
}

pub async fn departments_by_ids(
    store: &Store,
    ids: &[Uuid],
) -> StoreResult<Vec<department::Model>> {
    Ok(department::Entity::find()
        .filter(department::Column::Id.is_in(ids.iter().copied()))
        .all(&store.db)
        .await?)
}

pub async fn categories(
    store: &Store,
    include_inactive: bool,
) -> StoreResult<Vec<category::Model>> {
    let mut q = category::Entity::find().order_by_asc(category::Column::Code);
    if !include_inactive {
        q = q.filter(category::Column::Active.eq(true));
    }
    Ok(q.all(&store.db).await?)
}

pub async fn categories_by_ids(store: &Store, ids: &[Uuid]) -> StoreResult<Vec<category::Model>> {
    Ok(category::Entity::find()
        .filter(category::Column::Id.is_in(ids.iter().copied()))
        .all(&store.db)
        .await?)
}
