//! Concurrent writers: exactly one of two racing staff wins, and many tasks filing and accepting
//! at once lose no event and never fork the chain.

use crate::support::{City, event_count, events_of, sh, stored};
use minsheng_domain::Kind;
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::{category, outbox, ticket, ticket_event};
use minsheng_store::tickets::{self, Command};
use minsheng_store::{Store, StoreError};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use std::collections::HashSet;
use std::sync::Arc;
use tokio::sync::Barrier;

async fn two_staff_accept_at_once(store: Store) {
    let city = City::new(&store).await;
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    let (id, version) = (filed.ticket.id, filed.ticket.version);
    let events = events_of(&store, id).await;

    let barrier = Arc::new(Barrier::new(2));
    let mut tasks = Vec::new();
    for who in [city.staff, city.colleague] {
        let (store, barrier) = (store.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            tickets::act(
                &store,
                &who,
                id,
                Command::Accept,
                Some(version),
                sh(2026, 9, 20, 10, 0),
            )
            .await
        }));
    }
    let mut won = Vec::new();
    let mut conflicts = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(t) => won.push(t),
            Err(StoreError::Conflict(_)) => conflicts += 1,
            Err(e) => panic!("expected a conflict, got {e:?}"),
        }
    }
    assert_eq!(won.len(), 1, "exactly one accept wins");
    assert_eq!(conflicts, 1, "the other is told of the conflict");
    assert_eq!(won[0].state, "accepted");
    assert_eq!(won[0].version, version + 1);
    assert_eq!(
        events_of(&store, id).await,
        events + 1,
        "one accepted event"
    );

    // A stale version is a conflict even without a race.
    let err = tickets::act(
        &store,
        &city.staff,
        id,
        Command::InternalNote {
            body: minsheng_domain::input::Message::parse("已派人查看。").unwrap(),
        },
        Some(version),
        sh(2026, 9, 20, 11, 0),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
}

const N: usize = 20;

async fn many_file_and_accept_at_once(store: Store) {
    let city = City::new(&store).await;
    let before = event_count(&store).await;

    let barrier = Arc::new(Barrier::new(N));
    let mut tasks = Vec::new();
    for i in 0..N {
        let (store, barrier) = (store.clone(), barrier.clone());
        let who = if i % 2 == 0 {
            city.resident
        } else {
            city.neighbour
        };
        let input = city.street_light_ticket(Kind::Help);
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            tickets::file(&store, &who, input, sh(2026, 9, 18, 16, 0)).await
        }));
    }
    let mut filed = Vec::new();
    for t in tasks {
        filed.push(t.await.unwrap().unwrap().ticket);
    }
    let references: HashSet<&str> = filed.iter().map(|t| t.reference.as_str()).collect();
    assert_eq!(references.len(), N, "every reference is unique");
    for n in 1..=N {
        assert!(
            references.contains(format!("MS-2026-{n:06}").as_str()),
            "no gap at {n}"
        );
    }
    assert!(filed.iter().all(|t| t.state == "dispatched"));

    let barrier = Arc::new(Barrier::new(N));
    let mut tasks = Vec::new();
    for (i, t) in filed.iter().enumerate() {
        let (store, barrier, id) = (store.clone(), barrier.clone(), t.id);
        let who = if i % 2 == 0 {
            city.staff
        } else {
            city.colleague
        };
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            tickets::act(
                &store,
                &who,
                id,
                Command::Accept,
                None,
                sh(2026, 9, 20, 10, 0),
            )
            .await
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap().state, "accepted");
    }

    // Filed and dispatched, then accepted: three events per ticket, none lost.
    let total = event_count(&store).await;
    assert_eq!(total, before + 3 * N as u64);
    for t in &filed {
        assert_eq!(events_of(&store, t.id).await, 3);
    }
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None, "the chain did not fork");
    assert_eq!(
        report.checked, total,
        "every event was sealed as its write returned"
    );
    // Each ticket's events took their places in the chain in the order they were written.
    for t in &filed {
        let events = ticket_event::Entity::find()
            .filter(ticket_event::Column::TicketId.eq(t.id))
            .order_by_asc(ticket_event::Column::Pos)
            .all(store.connection())
            .await
            .unwrap();
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["filed", "dispatched", "accepted"]);
        let seqs: Vec<i64> = events.iter().map(|e| e.seq.unwrap()).collect();
        assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    }
}

/// Filings asked at the same moment are written together, and each still stands alone: one the
/// database refuses fails by itself, and on PostgreSQL many cost a few statements.
async fn filings_at_once_are_written_together_and_fail_alone(store: Store) {
    let city = City::new(&store).await;
    let at = sh(2026, 9, 18, 16, 0);
    // A category that another instance deleted a moment ago: this one's catalogue still has it.
    let ghost = uuid::Uuid::now_v7();
    category::ActiveModel {
        id: Set(ghost),
        code: Set("ghost".into()),
        name_zh: Set("已删除".into()),
        name_en: Set("Deleted".into()),
        description: Set(String::new()),
        group_name: Set("其他".into()),
        keywords: Set(String::new()),
        default_kind: Set("complaint".into()),
        active: Set(true),
        created_at: Set(at),
        updated_at: Set(at),
    }
    .insert(store.connection())
    .await
    .unwrap();
    store.config_changed();
    tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        at,
    )
    .await
    .unwrap();
    category::Entity::delete_by_id(ghost)
        .exec(store.connection())
        .await
        .unwrap();

    let doomed = 7;
    let inputs: Vec<_> = (0..24)
        .map(|i| {
            let mut input = city.street_light_ticket(Kind::Complaint);
            if i == doomed {
                input.category_id = Some(ghost);
            }
            (
                if i % 2 == 0 {
                    city.resident
                } else {
                    city.neighbour
                },
                input,
            )
        })
        .collect();
    let results = futures_util::future::join_all(
        inputs
            .iter()
            .map(|(who, input)| tickets::file(&store, who, input.clone(), at)),
    )
    .await;
    let mut filed = Vec::new();
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(f) if i != doomed => filed.push(f.ticket),
            Err(_) if i == doomed => {}
            other => panic!("filing {i}: {other:?}"),
        }
    }
    assert_eq!(
        ticket::Entity::find()
            .filter(ticket::Column::CategoryId.eq(ghost))
            .count(store.connection())
            .await
            .unwrap(),
        0,
        "nothing of the refused filing was written"
    );
    let references: HashSet<&str> = filed.iter().map(|t| t.reference.as_str()).collect();
    assert_eq!(references.len(), 23, "every reference is unique");
    for t in &filed {
        assert_eq!(stored(&store, t.id).await.reference, t.reference);
        assert_eq!(stored(&store, t.id).await.state, "dispatched");
        assert_eq!(events_of(&store, t.id).await, 2, "filed and dispatched");
        // The receipt to the resident, and the department's two staff.
        let mail = outbox::Entity::find()
            .filter(outbox::Column::TicketId.eq(t.id))
            .count(store.connection())
            .await
            .unwrap();
        assert_eq!(mail, 3, "{}", t.reference);
    }

    // Twenty-three good filings at once: on PostgreSQL fewer statements than filings, where
    // each alone takes three and its sealing pass.
    let before = store.statements_executed();
    let results = futures_util::future::join_all(
        inputs
            .iter()
            .filter(|(_, input)| input.category_id != Some(ghost))
            .map(|(who, input)| tickets::file(&store, who, input.clone(), at)),
    )
    .await;
    let statements = store.statements_executed() - before;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    if store.is_postgres() {
        assert!(
            statements < results.len() as u64,
            "{} filings took {statements} statements",
            results.len()
        );
    }
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
    assert_eq!(
        report.checked,
        event_count(&store).await,
        "every event sealed"
    );
}

on_both!(
    two_staff_accept_at_once,
    many_file_and_accept_at_once,
    filings_at_once_are_written_together_and_fail_alone
);
