//! Filing is idempotent per caller and key: a retry gets the ticket filed the first time, and a
//! reused key with a different request is a conflict.

use crate::support::{City, event_count, outbox_count, sh};
use minsheng_domain::Kind;
use minsheng_domain::input::Title;
use minsheng_store::entity::ticket;
use minsheng_store::tickets;
use minsheng_store::{Store, StoreError};
use sea_orm::{EntityTrait, PaginatorTrait};

async fn tickets_count(store: &Store) -> u64 {
    ticket::Entity::find()
        .count(store.connection())
        .await
        .unwrap()
}

async fn same_key_same_ticket(store: Store) {
    let city = City::new(&store).await;
    let mut input = city.street_light_ticket(Kind::Help);
    input.idempotency_key = Some("form-7f3a".into());

    let first = tickets::file(
        &store,
        &city.resident,
        input.clone(),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    assert!(!first.replayed);
    let events = event_count(&store).await;
    let mails = outbox_count(&store).await;

    // The retry, a little later: the same ticket, nothing new written.
    let retry = tickets::file(
        &store,
        &city.resident,
        input.clone(),
        sh(2026, 9, 18, 16, 1),
    )
    .await
    .unwrap();
    assert!(retry.replayed);
    assert_eq!(retry.ticket.id, first.ticket.id);
    assert_eq!(retry.ticket.reference, first.ticket.reference);
    assert_eq!(tickets_count(&store).await, 1);
    assert_eq!(event_count(&store).await, events);
    assert_eq!(outbox_count(&store).await, mails);

    // The same key with a different request is refused.
    let mut changed = input.clone();
    changed.title = Title::parse("建国路路灯全部不亮").unwrap();
    let err = tickets::file(&store, &city.resident, changed, sh(2026, 9, 18, 16, 2))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(tickets_count(&store).await, 1);
    assert_eq!(event_count(&store).await, events);

    // Keys belong to the caller: another resident's identical key files their own ticket.
    let theirs = tickets::file(&store, &city.neighbour, input, sh(2026, 9, 18, 16, 3))
        .await
        .unwrap();
    assert!(!theirs.replayed);
    assert_ne!(theirs.ticket.id, first.ticket.id);
    assert_eq!(theirs.ticket.reference, "MS-2026-000002");
    assert_eq!(tickets_count(&store).await, 2);
}

/// Two retries racing with one key still make one ticket.
async fn racing_retries_make_one_ticket(store: Store) {
    let city = City::new(&store).await;
    let mut input = city.street_light_ticket(Kind::Help);
    input.idempotency_key = Some("double-click".into());
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let (store, input, who) = (store.clone(), input.clone(), city.resident);
        tasks.push(tokio::spawn(async move {
            tickets::file(&store, &who, input, sh(2026, 9, 18, 16, 0)).await
        }));
    }
    let mut ids = Vec::new();
    let mut replays = 0;
    for t in tasks {
        let filed = t.await.unwrap().unwrap();
        replays += usize::from(filed.replayed);
        ids.push(filed.ticket.id);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "every retry got the same ticket");
    assert_eq!(replays, 5);
    assert_eq!(tickets_count(&store).await, 1);
}

on_both!(same_key_same_ticket, racing_retries_make_one_ticket);
