//! Reads are scoped by the viewer: nobody sees a ticket that is not theirs to see, residents
//! never see internal notes, and a confidential complainant is masked until an agent or
//! supervisor reveals them, which is logged.

use crate::support::{City, event_count, sh};
use minsheng_domain::Kind;
use minsheng_domain::input::{Email, Message, PersonName, Phone, Reference};
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::identity_view;
use minsheng_store::tickets::{self, Command, TicketFilter, TicketOrder, read};
use minsheng_store::{Principal, Store, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn list_total(store: &Store, who: &Principal) -> (u64, usize) {
    let page = read::list(
        store,
        who,
        &TicketFilter::default(),
        TicketOrder::FiledDesc,
        0,
        50,
        sh(2026, 9, 22, 9, 0),
    )
    .await
    .unwrap();
    (page.total, page.items.len())
}

async fn others_see_nothing(store: Store) {
    let city = City::new(&store).await;
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    let id = filed.ticket.id;
    let reference = Reference::parse(&filed.ticket.reference).unwrap();

    // The owner, the department and the centre see it.
    for who in [
        city.resident,
        city.staff,
        city.colleague,
        city.agent,
        city.supervisor,
    ] {
        let seen = read::get(&store, &who, id).await.unwrap();
        assert_eq!(seen.ticket.id, id);
        assert_eq!(list_total(&store, &who).await, (1, 1), "{who:?} lists it");
    }

    // Another resident and another department's staff learn nothing, not even that it exists.
    for who in [city.neighbour, city.transport_staff] {
        assert!(matches!(
            read::get(&store, &who, id).await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            read::by_reference(&store, &who, &reference).await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            read::timeline(&store, &who, id).await,
            Err(StoreError::NotFound)
        ));
        assert!(
            read::get_many(&store, &who, &[id])
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            list_total(&store, &who).await,
            (0, 0),
            "{who:?} lists nothing"
        );
    }
    // Nor can they act on it.
    let events = event_count(&store).await;
    let err = tickets::act(
        &store,
        &city.transport_staff,
        id,
        Command::Accept,
        None,
        sh(2026, 9, 20, 10, 0),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err:?}");
    let err = tickets::act(
        &store,
        &city.neighbour,
        id,
        Command::Withdraw { reason: None },
        None,
        sh(2026, 9, 20, 10, 0),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err:?}");
    assert_eq!(event_count(&store).await, events);
}

async fn residents_never_see_internal_notes(store: Store) {
    let city = City::new(&store).await;
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    let id = filed.ticket.id;
    city.staff_accepts(&store, id, sh(2026, 9, 20, 10, 0)).await;
    tickets::act(
        &store,
        &city.staff,
        id,
        Command::InternalNote {
            body: Message::parse("投诉人情绪激动，回访时注意沟通方式。").unwrap(),
        },
        None,
        sh(2026, 9, 20, 11, 0),
    )
    .await
    .unwrap();

    let official = read::timeline(&store, &city.agent, id).await.unwrap();
    let note = official
        .iter()
        .find(|e| e.event.kind == "note_added")
        .expect("officials see the note");
    assert_eq!(
        note.message.as_ref().map(|m| m.body.as_str()),
        Some("投诉人情绪激动，回访时注意沟通方式。")
    );
    assert!(
        read::timeline(&store, &city.staff, id)
            .await
            .unwrap()
            .iter()
            .any(|e| e.event.kind == "note_added")
    );

    let resident = read::timeline(&store, &city.resident, id).await.unwrap();
    let kinds: Vec<&str> = resident.iter().map(|e| e.event.kind.as_str()).collect();
    assert_eq!(kinds, ["filed", "dispatched", "accepted"]);
    assert!(resident.iter().all(|e| e.message.is_none()));
    let public = read::public_timeline(&store, id).await.unwrap();
    assert!(public.iter().all(|e| e.event.kind != "note_added"));
    let latest = read::latest_events(&store, &[id], 10, false).await.unwrap();
    assert!(latest.iter().all(|e| e.kind != "note_added"));
}

async fn confidential_contact_is_masked_until_revealed(store: Store) {
    let city = City::new(&store).await;
    let mut input = city.street_light_ticket(Kind::Complaint);
    input.confidential = true;
    input.contact_name = Some(PersonName::parse("张三丰").unwrap());
    input.contact_email = Some(Email::parse("zhang.sanfeng@example.org").unwrap());
    input.contact_phone = Some(Phone::parse("13912345678").unwrap());
    let filed = tickets::file(&store, &city.resident, input, sh(2026, 9, 18, 16, 0))
        .await
        .unwrap();
    let id = filed.ticket.id;

    for who in [city.staff, city.agent, city.supervisor] {
        let seen = read::get(&store, &who, id).await.unwrap();
        assert!(seen.identity_masked, "{who:?}");
        assert_eq!(seen.ticket.contact_name.as_deref(), Some("张**"));
        assert_eq!(
            seen.ticket.contact_email.as_deref(),
            Some("z***@example.org")
        );
        assert_eq!(seen.ticket.contact_phone.as_deref(), Some("139****5678"));
    }
    let queue = read::list(
        &store,
        &city.staff,
        &TicketFilter::default(),
        TicketOrder::ReplyDue,
        0,
        10,
        sh(2026, 9, 20, 9, 0),
    )
    .await
    .unwrap();
    assert_eq!(queue.items.len(), 1);
    assert!(queue.items[0].identity_masked);
    assert_eq!(
        queue.items[0].ticket.contact_phone.as_deref(),
        Some("139****5678")
    );

    // Staff may never reveal the complainant; nothing is logged for the attempt.
    let events = event_count(&store).await;
    let err = read::reveal_identity(&store, &city.staff, id, sh(2026, 9, 20, 9, 0))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Forbidden(_)), "{err:?}");
    let err = read::reveal_identity(&store, &city.resident, id, sh(2026, 9, 20, 9, 0))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Forbidden(_)), "{err:?}");
    assert_eq!(event_count(&store).await, events);
    let views = || async {
        identity_view::Entity::find()
            .filter(identity_view::Column::TicketId.eq(id))
            .count(store.connection())
            .await
            .unwrap()
    };
    assert_eq!(views().await, 0);

    // An agent reveals them: the view log and the audit chain both record it.
    let revealed_at = sh(2026, 9, 20, 9, 30);
    let full = read::reveal_identity(&store, &city.agent, id, revealed_at)
        .await
        .unwrap();
    assert_eq!(full.contact_name.as_deref(), Some("张三丰"));
    assert_eq!(
        full.contact_email.as_deref(),
        Some("zhang.sanfeng@example.org")
    );
    assert_eq!(full.contact_phone.as_deref(), Some("13912345678"));
    assert_eq!(views().await, 1);
    let view = identity_view::Entity::find()
        .filter(identity_view::Column::TicketId.eq(id))
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(Some(view.viewer_id), city.agent.user_id());
    assert_eq!(view.viewer_role, "agent");
    assert_eq!(view.viewed_at, revealed_at);

    let timeline = read::timeline(&store, &city.supervisor, id).await.unwrap();
    let last = &timeline.last().unwrap().event;
    assert_eq!(last.kind, "identity_viewed");
    assert_eq!(last.actor_id, city.agent.user_id());
    assert_eq!(last.occurred_at, revealed_at);
    let resident_view = read::timeline(&store, &city.resident, id).await.unwrap();
    assert!(
        resident_view
            .iter()
            .all(|e| e.event.kind != "identity_viewed")
    );

    // Revealing does not unmask the ordinary read.
    assert!(
        read::get(&store, &city.agent, id)
            .await
            .unwrap()
            .identity_masked
    );
    let report = verify_chain(store.connection()).await.unwrap();
    assert_eq!(report.first_break, None);
}

on_both!(
    others_see_nothing,
    residents_never_see_internal_notes,
    confidential_contact_is_masked_until_revealed
);
