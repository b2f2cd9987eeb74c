//! The public catalogue: departments and categories. Anyone may read it; only admins change it.

use crate::Store;
use crate::entity::{category, department};
use crate::error::StoreResult;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use uuid::Uuid;

/// Every department and category by id, held in memory (`crate::reuse`): a page of tickets
/// names them without a query. Small: a city has hundreds of each at most. Reloaded when the
/// configuration changes through this process (`Store::config_changed`), within a second when
/// it changes through another.
#[derive(Debug, Default)]
pub struct Catalog {
    departments: HashMap<Uuid, department::Model>,
    categories: HashMap<Uuid, category::Model>,
}

/// The held catalogue, reloaded when it is no longer trusted or lacks one of the ids wanted
/// (a ticket's department always exists, so a missing one was added since).
async fn catalog(store: &Store, usable: impl Fn(&Catalog) -> bool) -> StoreResult<Arc<Catalog>> {
    store
        .catalog
        .get(
            || store.config_generation(),
            0,
            usable,
            || async {
                Ok(Catalog {
                    departments: department::Entity::find()
                        .all(&store.db)
                        .await?
                        .into_iter()
                        .map(|d| (d.id, d))
                        .collect(),
                    categories: category::Entity::find()
                        .all(&store.db)
                        .await?
                        .into_iter()
                        .map(|c| (c.id, c))
                        .collect(),
                })
            },
        )
        .await
}

/// The distinct ids of `ids`, in their first order.
fn distinct(ids: &[Uuid]) -> impl Iterator<Item = Uuid> + '_ {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(move |id| seen.insert(*id))
}

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

/// The departments with these ids, from the held catalogue.
pub async fn departments_by_ids(
    store: &Store,
    ids: &[Uuid],
) -> StoreResult<Vec<department::Model>> {
    let c = catalog(store, |c| {
        ids.iter().all(|id| c.departments.contains_key(id))
    })
    .await?;
    Ok(distinct(ids)
        .filter_map(|id| c.departments.get(&id).cloned())
        .collect())
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

/// The categories with these ids, from the held catalogue.
pub async fn categories_by_ids(store: &Store, ids: &[Uuid]) -> StoreResult<Vec<category::Model>> {
    let c = catalog(store, |c| {
        ids.iter().all(|id| c.categories.contains_key(id))
    })
    .await?;
    Ok(distinct(ids)
        .filter_map(|id| c.categories.get(&id).cloned())
        .collect())
}

/// One department, from the held catalogue.
pub async fn department(store: &Store, id: Uuid) -> StoreResult<Option<department::Model>> {
    Ok(departments_by_ids(store, &[id]).await?.pop())
}

/// One category, from the held catalogue.
pub async fn category(store: &Store, id: Uuid) -> StoreResult<Option<category::Model>> {
    Ok(categories_by_ids(store, &[id]).await?.pop())
}
