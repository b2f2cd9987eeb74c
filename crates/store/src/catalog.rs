//! The public catalogue: departments and categories. Anyone may read it; only admins change it.

use crate::Store;
use crate::entity::{category, department, routing_rule};
use crate::error::StoreResult;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use uuid::Uuid;

/// Every department and category by id, and the routing rules by category, held in memory
/// (`crate::reuse`): a page of tickets names them without a query, and filing routes without one. Small: a city has hundreds of each at most. Reloaded when the
/// configuration changes through this process (`Store::config_changed`), within a second when
/// it changes through another.
#[derive(Debug, Default)]
pub struct Catalog {
    departments: HashMap<Uuid, department::Model>,
    categories: HashMap<Uuid, category::Model>,
    routes: HashMap<Uuid, Vec<routing_rule::Model>>,
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
                    routes: routing_rule::Entity::find()
                        .all(&store.db)
                        .await?
                        .into_iter()
                        .fold(
                            HashMap::new(),
                            |mut by_category: HashMap<Uuid, Vec<routing_rule::Model>>, r| {
                                by_category.entry(r.category_id).or_default().push(r);
                                by_category
                            },
                        ),
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

/// The department the routing catalogue names for `category_id` in `district`: the district's own
/// rule, else the city-wide one (empty district). From the held catalogue, reloaded first when it
/// does not know the category (added since).
pub(crate) async fn route(
    store: &Store,
    category_id: Uuid,
    district: &str,
) -> StoreResult<Option<Uuid>> {
    let c = catalog(store, |c| c.categories.contains_key(&category_id)).await?;
    let rules = c
        .routes
        .get(&category_id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let exact = rules
        .iter()
        .find(|r| !district.is_empty() && r.district == district);
    let fallback = rules.iter().find(|r| r.district.is_empty());
    Ok(exact.or(fallback).map(|r| r.department_id))
}
