//! The catalogue held in memory: what a queue row's department and category are read from.

use crate::support::*;
use minsheng_store::Store;
use minsheng_store::catalog;
use minsheng_store::entity::department;
use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

async fn held_catalogue_answers_and_learns_new_departments(store: Store) {
    let city = City::new(&store).await;
    let urban = catalog::department(&store, city.urban)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(urban.id, city.urban);
    let cat = catalog::category(&store, city.street_light)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(cat.id, city.street_light);
    assert!(
        catalog::department(&store, Uuid::new_v4())
            .await
            .unwrap()
            .is_none()
    );

    // The lookup a queue row makes for each of its department and category stays a small
    // future: the reload behind it is boxed. Every field future of a ticket is as large as its
    // largest field's, and async-graphql allocates and copies one per field of every row.
    let fut = catalog::department(&store, city.urban);
    assert!(
        std::mem::size_of_val(&fut) <= 512,
        "catalog::department's future is {} bytes",
        std::mem::size_of_val(&fut)
    );
    drop(fut);

    // A department added behind this process's back (by another gateway instance sharing the
    // database) is found: an id the held catalogue lacks makes it read again.
    let id = Uuid::new_v4();
    let now = sh(2026, 9, 2, 9, 0);
    department::ActiveModel {
        id: Set(id),
        code: Set("parks".into()),
        name_zh: Set("园林绿化局".into()),
        name_en: Set("Parks Bureau".into()),
        parent_id: Set(None),
        calendar_id: Set(None),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(store.connection())
    .await
    .unwrap();
    let parks = catalog::department(&store, id).await.unwrap().unwrap();
    assert_eq!(parks.name_en, "Parks Bureau");
}

on_both!(held_catalogue_answers_and_learns_new_departments);
