//! Sealing the audit chain after commit (PostgreSQL): events a writer committed but never sealed
//! (its instance stopped in between) join the chain at the next pass, in the order they were
//! written, and a sealed entry can be neither unsealed nor rewritten.

use crate::support::{City, event_count, sh};
use minsheng_store::Store;
use minsheng_store::chain::{EventActor, PendingEvents, verify_chain};
use minsheng_store::entity::ticket_event;
use minsheng_store::oversight::audit::verify_and_record;
use minsheng_store::tickets;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

/// Commits two events for `ticket` the way a writer does, but without the sealing its commit
/// would have run: what a server killed between the two leaves behind.
async fn orphaned_events(store: &Store, ticket: Uuid) -> Vec<Uuid> {
    let txn = store.connection().begin().await.unwrap();
    let mut events = PendingEvents::default();
    for n in 0..2 {
        events.push(
            Some(ticket),
            EventActor::SYSTEM,
            "internal_note",
            json!({ "n": n }),
            sh(2026, 9, 21, 11, 0),
        );
    }
    let written = events.append(&txn).await.unwrap();
    txn.commit().await.unwrap();
    written.iter().map(|e| e.id).collect()
}

/// The whole chain verifies, and it holds every event there is.
async fn every_event_sealed_and_intact(store: &Store) {
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(report.checked, event_count(store).await);
}

async fn events_in_order(store: &Store, ticket: Uuid) -> Vec<ticket_event::Model> {
    ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(ticket))
        .order_by_asc(ticket_event::Column::Pos)
        .all(store.connection())
        .await
        .unwrap()
}

async fn a_crashed_writers_events_are_sealed_by_the_next_write(store: Store) {
    let city = City::new(&store).await;
    let filed = city.resident_complains(&store, sh(2026, 9, 21, 9, 0)).await;
    let id = filed.ticket.id;
    let orphans = orphaned_events(&store, id).await;

    let events = events_in_order(&store, id).await;
    let unsealed: Vec<Uuid> = events
        .iter()
        .filter(|e| e.seq.is_none())
        .map(|e| e.id)
        .collect();
    assert_eq!(unsealed, orphans, "committed, not yet in the chain");
    assert!(events.iter().all(|e| e.seq.is_none() == e.hash.is_none()));
    // The timeline shows them at once, in the order they were written.
    let timeline = tickets::read::timeline(&store, &city.staff, id)
        .await
        .unwrap();
    let kinds: Vec<&str> = timeline.iter().map(|e| e.event.kind.as_str()).collect();
    assert_eq!(
        kinds,
        ["filed", "dispatched", "internal_note", "internal_note"]
    );
    // What is sealed verifies; the unsealed entries are not counted yet.
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(report.checked, event_count(&store).await - 2);

    // Any later write seals them, before its own event and in their order.
    city.staff_accepts(&store, id, sh(2026, 9, 21, 12, 0)).await;
    let events = events_in_order(&store, id).await;
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "filed",
            "dispatched",
            "internal_note",
            "internal_note",
            "accepted"
        ]
    );
    let seqs: Vec<i64> = events.iter().map(|e| e.seq.unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    assert_eq!(
        seqs[3] + 1,
        seqs[4],
        "the orphans came just before the accept"
    );
    every_event_sealed_and_intact(&store).await;
}

/// A verification seals what is waiting first, so it covers every committed event.
async fn verification_seals_what_is_waiting(store: Store) {
    let city = City::new(&store).await;
    let filed = city.resident_complains(&store, sh(2026, 9, 21, 9, 0)).await;
    orphaned_events(&store, filed.ticket.id).await;
    let before = event_count(&store).await;
    let report = verify_and_record(&store, EventActor::SYSTEM, "cli", sh(2026, 9, 21, 13, 0))
        .await
        .unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(
        report.checked, before,
        "the orphans were sealed, then checked"
    );
    let unsealed = ticket_event::Entity::find()
        .filter(ticket_event::Column::Seq.is_null())
        .all(store.connection())
        .await
        .unwrap();
    assert!(
        unsealed.is_empty(),
        "the verification's own record is sealed too: {unsealed:?}"
    );
}

/// The append-only trigger allows sealing an entry once, with its content unchanged, and
/// nothing else.
async fn a_sealed_entry_stays_as_sealed(store: Store) {
    let city = City::new(&store).await;
    let filed = city.resident_complains(&store, sh(2026, 9, 21, 9, 0)).await;
    let db = store.connection();
    for sql in [
        "UPDATE ticket_events SET seq = NULL, prev_hash = NULL, hash = NULL WHERE seq = 1",
        "UPDATE ticket_events SET hash = repeat('0', 64) WHERE seq = 1",
        "UPDATE ticket_events SET seq = seq + 1000000 WHERE seq = 1",
    ] {
        let err = db.execute_unprepared(sql).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    let orphans = orphaned_events(&store, filed.ticket.id).await;
    // Sealing may not change what the entry says.
    let err = db
        .execute_unprepared(&format!(
            "UPDATE ticket_events SET seq = 1000000, prev_hash = 'x', hash = 'y', \
             kind = 'praised' WHERE id = '{}'",
            orphans[0]
        ))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    // Nor can an entry be half sealed.
    let err = db
        .execute_unprepared(&format!(
            "UPDATE ticket_events SET seq = 1000000 WHERE id = '{}'",
            orphans[0]
        ))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("sealed_whole"), "{err}");
    assert_eq!(store.seal_chain().await.unwrap(), 2);
    every_event_sealed_and_intact(&store).await;
}

/// SQLite's one writer seals inside its transaction: nothing is ever left to seal.
async fn sqlite_seals_in_the_transaction(store: Store) {
    let city = City::new(&store).await;
    let filed = city.resident_complains(&store, sh(2026, 9, 21, 9, 0)).await;
    orphaned_events(&store, filed.ticket.id).await;
    let events = events_in_order(&store, filed.ticket.id).await;
    assert!(events.iter().all(|e| e.seq == Some(e.pos)), "{events:?}");
    assert_eq!(store.seal_chain().await.unwrap(), 0);
}

on_postgres!(
    a_crashed_writers_events_are_sealed_by_the_next_write,
    verification_seals_what_is_waiting,
    a_sealed_entry_stays_as_sealed
);
on_sqlite!(sqlite_seals_in_the_transaction);
