//! The escalation sweep over a batch of tickets (SPEC §6), on the 2026 calendar with fixed
//! instants. Five complaints are filed on Friday 18 September at 16:00; the routing catalogue
//! sends them to urban management, so each must be accepted by Sunday 20 September 16:00 (the
//! make-up working day) and answered by Thursday 15 October 16:00 (see `story.rs` for how those
//! deadlines are counted). The sweep runs in batches of two, so every step crosses batches.

use crate::support::{City, next_check, sh, stored, utc};
use minsheng_domain::input::{Message, Reference};
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::{
    escalation_firing, outbox, similarity_key, supervision_order, ticket_event,
};
use minsheng_store::escalate::{SweepReport, sweep};
use minsheng_store::tickets::{self, Command};
use minsheng_store::{Store, similar};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

async fn sweep_at(store: &Store, at: chrono::DateTime<chrono::Utc>) -> SweepReport {
    sweep(store, || at, 2, u32::MAX).await.unwrap()
}

/// The recipients of each message of `kind`, sorted.
async fn mail_to(store: &Store, kind: &str) -> Vec<String> {
    let mut to: Vec<String> = outbox::Entity::find()
        .filter(outbox::Column::MessageKind.eq(kind))
        .all(store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.recipient_email)
        .collect();
    to.sort();
    to
}

async fn rules_fired(store: &Store, id: Uuid) -> Vec<String> {
    escalation_firing::Entity::find()
        .filter(escalation_firing::Column::TicketId.eq(id))
        .order_by_asc(escalation_firing::Column::Rule)
        .all(store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

async fn a_batched_sweep_fires_each_rule_once_and_closes_what_is_due(store: Store) {
    let city = City::new(&store).await;
    let filed_at = sh(2026, 9, 18, 16, 0);
    let mut ids = Vec::new();
    for _ in 0..5 {
        let filed = city.resident_complains(&store, filed_at).await;
        ids.push(filed.ticket.id);
    }
    let waiting = &ids[..4];

    // The fifth is accepted and answered on Monday 21 September; the neighbour follows it. Its
    // rating window (7 days) ends on Monday 28 September at 10:00.
    let replied = ids[4];
    let act = |cmd, at| tickets::act(&store, &city.staff, replied, cmd, None, at);
    act(Command::Accept, sh(2026, 9, 21, 9, 30)).await.unwrap();
    let body = Message::parse("已安排维修人员更换灯泡，三盏路灯均已恢复照明。").unwrap();
    act(Command::Reply { body }, sh(2026, 9, 21, 10, 0))
        .await
        .unwrap();
    let reference = Reference::parse(&stored(&store, replied).await.reference).unwrap();
    similar::follow(&store, &city.neighbour, &reference, sh(2026, 9, 21, 11, 0))
        .await
        .unwrap();

    // Tuesday 22 September 10:00: the accept deadline (Sunday 16:00) and its second period (one
    // more working day: Monday 16:00) have both passed for the four that nobody accepted.
    let report = sweep_at(&store, sh(2026, 9, 22, 10, 0)).await;
    assert_eq!(
        (report.examined, report.fired, report.auto_closed),
        (4, 8, 0),
        "{report:?}"
    );
    for id in waiting {
        assert_eq!(
            rules_fired(&store, *id).await,
            ["accept_overdue", "accept_overdue_supervisors"]
        );
        // Next: the yellow card, one working day before the reply deadline.
        assert_eq!(
            next_check(&store, *id).await,
            Some(utc("2026-10-14T08:00:00Z"))
        );
    }
    // Both rules mail under one template: the department's two staff, then the supervisor,
    // for each of the four.
    let mut expected: Vec<String> = ["colleague", "staff", "supervisor"]
        .iter()
        .flat_map(|who| std::iter::repeat_n(format!("{who}@example.org"), 4))
        .collect();
    expected.sort();
    assert_eq!(mail_to(&store, "accept_overdue").await, expected);

    // The same instant again: nothing is due, nothing fires twice.
    assert_eq!(
        sweep_at(&store, sh(2026, 9, 22, 10, 0)).await,
        SweepReport::default()
    );

    // Monday 28 September 10:01: the replied ticket's rating window has passed.
    let closed_at = sh(2026, 9, 28, 10, 1);
    let before = stored(&store, replied).await;
    let report = sweep_at(&store, closed_at).await;
    assert_eq!(
        (report.examined, report.fired, report.auto_closed),
        (1, 0, 1)
    );
    let t = stored(&store, replied).await;
    assert_eq!(t.state, "closed");
    assert_eq!(t.closed_at, Some(closed_at));
    assert_eq!(
        next_check(&store, replied).await,
        None,
        "a closed ticket leaves the sweep"
    );
    assert_eq!(t.version, before.version + 1);
    let last = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(replied))
        .order_by_desc(ticket_event::Column::Pos)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(last.kind, "auto_closed");
    assert_eq!(last.actor_role.as_deref(), Some("system"));
    assert_eq!(last.payload, json!({ "from": "replied", "to": "closed" }));
    assert_eq!(last.occurred_at, closed_at);
    let followed = outbox::Entity::find()
        .filter(outbox::Column::MessageKind.eq("followed_update"))
        .filter(outbox::Column::TicketId.eq(replied))
        .all(store.connection())
        .await
        .unwrap();
    assert_eq!(followed.len(), 1);
    assert_eq!(followed[0].recipient_email, "neighbour@example.org");
    assert_eq!(followed[0].payload["state"], "closed");
    let keys = similarity_key::Entity::find()
        .filter(similarity_key::Column::TicketId.eq(replied))
        .count(store.connection())
        .await
        .unwrap();
    assert_eq!(keys, 0, "a closed ticket is no longer offered as similar");

    // Thursday 15 October 16:01, the first look since the reply deadline passed: the red card
    // only (a yellow card after the deadline would be noise), to the department and supervisor.
    let report = sweep_at(&store, sh(2026, 10, 15, 16, 1)).await;
    assert_eq!(
        (report.examined, report.fired, report.auto_closed),
        (4, 4, 0)
    );
    assert_eq!(mail_to(&store, "red_card").await.len(), 12);
    assert_eq!(mail_to(&store, "yellow_card").await.len(), 0);

    // Five working days after the red card (16, 19, 20, 21, 22 October): supervision orders.
    let report = sweep_at(&store, sh(2026, 10, 22, 16, 2)).await;
    assert_eq!(
        (report.examined, report.fired, report.auto_closed),
        (4, 4, 0)
    );
    let orders = supervision_order::Entity::find()
        .all(store.connection())
        .await
        .unwrap();
    assert_eq!(orders.len(), 4);
    assert!(orders.iter().all(|o| o.automatic));
    for id in waiting {
        assert_eq!(
            rules_fired(&store, *id).await,
            [
                "accept_overdue",
                "accept_overdue_supervisors",
                "auto_supervision",
                "red_card"
            ]
        );
        assert_eq!(
            next_check(&store, *id).await,
            None,
            "nothing more can fire until the ticket changes"
        );
    }

    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
}

on_both!(a_batched_sweep_fires_each_rule_once_and_closes_what_is_due);

/// A sweep batch seals its own events as it writes them (on PostgreSQL, under the chain's lock);
/// events another writer committed unsealed before it are sealed first, so the chain stays in
/// commit order and unbroken.
async fn a_sweep_seals_what_was_committed_before_it_first(store: Store) {
    use minsheng_store::Principal;
    use minsheng_store::chain::PendingEvents;
    use sea_orm::TransactionTrait;

    let city = City::new(&store).await;
    let filed = city
        .resident_complains(&store, sh(2026, 9, 18, 16, 0))
        .await;
    let id = filed.ticket.id;
    // A writer whose sealing never ran (a crash right after its commit, say).
    let txn = store.connection().begin().await.unwrap();
    let mut earlier = PendingEvents::default();
    earlier.push(
        Some(id),
        Principal::System.event_actor(),
        "annotated",
        json!({ "note": "committed, not yet sealed" }),
        sh(2026, 9, 19, 9, 0),
    );
    let earlier = earlier.append(&txn).await.unwrap().remove(0);
    txn.commit().await.unwrap();
    let unsealed = ticket_event::Entity::find_by_id(earlier.id)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unsealed.seq.is_none(), store.is_postgres());

    // Monday 21 September: the accept deadline (Sunday 16:00) has passed.
    let report = sweep_at(&store, sh(2026, 9, 21, 10, 0)).await;
    assert_eq!(report.fired, 1);
    let events = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(id))
        .all(store.connection())
        .await
        .unwrap();
    let seq_of = |kind: &str| {
        events
            .iter()
            .find(|e| e.kind == kind)
            .and_then(|e| e.seq)
            .unwrap_or_else(|| panic!("no sealed {kind} event"))
    };
    assert!(seq_of("annotated") < seq_of("accept_overdue"));
    let unsealed = ticket_event::Entity::find()
        .filter(ticket_event::Column::Seq.is_null())
        .count(store.connection())
        .await
        .unwrap();
    assert_eq!(unsealed, 0);
    assert_eq!(
        verify_chain(store.connection()).await.unwrap().first_break,
        None
    );
}

on_both!(a_sweep_seals_what_was_committed_before_it_first);
