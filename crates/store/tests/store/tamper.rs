//! The audit chain notices an altered entry and names it; on PostgreSQL the database itself
//! refuses to change the log.

use crate::support::{City, event_count, sh};
use minsheng_domain::Kind;
use minsheng_domain::audit::ChainBreak;
use minsheng_store::Store;
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::ticket_event;
use minsheng_store::tickets::{self, Command};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

/// Three tickets filed and accepted: nine events.
async fn some_history(store: &Store) {
    let city = City::new(store).await;
    for day in 0..3 {
        let filed = tickets::file(
            store,
            &city.resident,
            city.street_light_ticket(Kind::Help),
            sh(2026, 9, 21 + day, 9, 0),
        )
        .await
        .unwrap();
        tickets::act(
            store,
            &city.staff,
            filed.ticket.id,
            Command::Accept,
            None,
            sh(2026, 9, 21 + day, 10, 0),
        )
        .await
        .unwrap();
    }
}

async fn altered_event_is_named(store: Store) {
    some_history(&store).await;
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(report.checked, 9);

    let events = ticket_event::Entity::find()
        .order_by_asc(ticket_event::Column::Seq)
        .all(store.connection())
        .await
        .unwrap();
    let victim = &events[3];
    assert_eq!(victim.kind, "filed");

    if store.is_postgres() {
        store
            .connection()
            .execute_unprepared(
                "ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only",
            )
            .await
            .unwrap();
    }
    // Someone with database access rewrites what the filing said.
    let res = ticket_event::Entity::update_many()
        .col_expr(
            ticket_event::Column::Payload,
            Expr::value(json!({ "reference": "MS-2026-999999", "kind": "praise" })),
        )
        .filter(ticket_event::Column::Id.eq(victim.id))
        .exec(store.connection())
        .await
        .unwrap();
    assert_eq!(res.rows_affected, 1);

    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(
        report.first_break,
        Some(ChainBreak::Altered {
            seq: victim.seq.unwrap(),
            id: victim.id
        }),
        "the altered entry is named"
    );
    assert_eq!(report.checked, 3, "everything before it still verifies");
    assert_eq!(event_count(&store).await, 9);
}

/// Deleting an entry is noticed too: the next entry no longer follows.
async fn deleted_event_is_noticed(store: Store) {
    some_history(&store).await;
    if store.is_postgres() {
        store
            .connection()
            .execute_unprepared(
                "ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only",
            )
            .await
            .unwrap();
    }
    let events = ticket_event::Entity::find()
        .order_by_asc(ticket_event::Column::Seq)
        .all(store.connection())
        .await
        .unwrap();
    // The last event has no messages or other rows pointing at it.
    let last = events.last().unwrap();
    let second_last = &events[events.len() - 2];
    ticket_event::Entity::delete_many()
        .filter(ticket_event::Column::Id.eq(second_last.id))
        .exec(store.connection())
        .await
        .unwrap();
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(
        report.first_break,
        Some(ChainBreak::Missing {
            expected: second_last.seq.unwrap(),
            found: last.seq.unwrap()
        })
    );
}

/// With the trigger in place, PostgreSQL refuses any UPDATE or DELETE of the log.
async fn postgres_refuses_to_change_the_log(store: Store) {
    some_history(&store).await;
    let first = ticket_event::Entity::find()
        .order_by_asc(ticket_event::Column::Seq)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    let err = store
        .connection()
        .execute_unprepared("UPDATE ticket_events SET kind = 'praised' WHERE seq = 1")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = store
        .connection()
        .execute_unprepared("DELETE FROM ticket_events WHERE seq = 1")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");

    let still = ticket_event::Entity::find_by_id(first.id)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still, first);
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(report.checked, 9);
}

on_both!(altered_event_is_named, deleted_event_is_noticed);
on_postgres!(postgres_refuses_to_change_the_log);
