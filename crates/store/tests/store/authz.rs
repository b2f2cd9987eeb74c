//! Reads are scoped by the viewer: nobody sees a ticket that is not theirs to see, residents
//! never see internal notes, and a confidential complainant is masked until an agent or
//! supervisor reveals them, which is logged.

use crate::support::{City, event_count, sh, stored};
use minsheng_domain::Kind;
use minsheng_domain::input::{Email, Message, PersonName, Phone, Reference};
use minsheng_store::chain::verify_chain;
use minsheng_store::entity::positional::ByPosition;
use minsheng_store::entity::{identity_view, ticket_event};
use minsheng_store::tickets::{self, Command, TicketFilter, TicketOrder, read};
use minsheng_store::{Principal, Store, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Statement};

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
    let latest = read::latest_events(&store, &[id], 10, false, read::EventColumns::WithPayload)
        .await
        .unwrap();
    assert!(latest.iter().all(|e| e.kind != "note_added"));
    // Newest first, the resident's timeline backwards, payloads and all.
    let oldest_first: Vec<_> = latest.iter().rev().map(|e| (e.id, &e.payload)).collect();
    let timeline: Vec<_> = resident
        .iter()
        .map(|e| (e.event.id, &e.event.payload))
        .collect();
    assert_eq!(oldest_first, timeline);
    assert!(latest.iter().all(|e| !e.payload.is_null()));
    // Without payloads: the same events, when and in what order, and no details.
    let bare = read::latest_events(&store, &[id], 10, false, read::EventColumns::WithoutPayload)
        .await
        .unwrap();
    let seen = |e: &minsheng_store::entity::ticket_event::Model| {
        (e.id, e.kind.clone(), e.occurred_at, e.seq, e.pos)
    };
    assert_eq!(
        bare.iter().map(seen).collect::<Vec<_>>(),
        latest.iter().map(seen).collect::<Vec<_>>()
    );
    assert!(bare.iter().all(|e| e.payload.is_null()));
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

/// The reads that decode rows by column position (PostgreSQL) return what sea-orm's decoding by
/// name returns, NULLs and all; a row whose columns are in another order is still decoded right.
async fn rows_read_by_position_equal_rows_read_by_name(store: Store) {
    let city = City::new(&store).await;
    let plain = city.resident_complains(&store, sh(2026, 9, 21, 9, 0)).await;
    let accepted = city
        .resident_complains(&store, sh(2026, 9, 21, 10, 0))
        .await;
    city.staff_accepts(&store, accepted.ticket.id, sh(2026, 9, 21, 11, 0))
        .await;
    let mut input = city.street_light_ticket(Kind::Suggestion);
    input.contact_name = Some(PersonName::parse("李四").unwrap());
    input.contact_phone = Some(Phone::parse("13800138000").unwrap());
    let with_contact = tickets::file(&store, &city.resident, input, sh(2026, 9, 21, 12, 0))
        .await
        .unwrap();
    let ids = [plain.ticket.id, accepted.ticket.id, with_contact.ticket.id];

    for id in ids {
        let read = read::get(&store, &city.supervisor, id).await.unwrap();
        assert_eq!(read.ticket, stored(&store, id).await);
    }
    let page = read::list(
        &store,
        &city.supervisor,
        &TicketFilter::default(),
        TicketOrder::FiledAsc,
        0,
        50,
        sh(2026, 9, 22, 9, 0),
    )
    .await
    .unwrap();
    let mut by_name = Vec::new();
    for id in ids {
        by_name.push(stored(&store, id).await);
    }
    let listed: Vec<_> = page.items.into_iter().map(|r| r.ticket).collect();
    assert_eq!(listed, by_name);

    // Events: the latest, by position, against every event of the ticket, by name (the chain's
    // hashes are not read for a queue row).
    let latest = read::latest_events(
        &store,
        &[accepted.ticket.id],
        10,
        true,
        read::EventColumns::WithPayload,
    )
    .await
    .unwrap();
    let mut all = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(accepted.ticket.id))
        .order_by_desc(ticket_event::Column::Pos)
        .all(store.connection())
        .await
        .unwrap();
    for e in &mut all {
        e.prev_hash = None;
        e.hash = None;
    }
    assert_eq!(latest, all);

    // Columns in another order than the model's: decoded by name, still right.
    let backend = store.connection().get_database_backend();
    let swapped = ticket_event::Entity::find()
        .from_raw_sql(Statement::from_string(
            backend,
            "SELECT seq, id, ticket_id, actor_id, actor_role, kind, payload, occurred_at, \
             prev_hash, hash, pos FROM ticket_events ORDER BY pos",
        ))
        .into_model::<ByPosition<ticket_event::Model>>()
        .all(store.connection())
        .await
        .unwrap();
    let named = ticket_event::Entity::find()
        .order_by_asc(ticket_event::Column::Pos)
        .all(store.connection())
        .await
        .unwrap();
    assert!(!named.is_empty());
    assert_eq!(swapped.into_iter().map(|e| e.0).collect::<Vec<_>>(), named);
}

/// The ticket `who` files.
async fn filed(
    store: &Store,
    who: &Principal,
    input: tickets::NewTicket,
    at: chrono::DateTime<chrono::Utc>,
) -> minsheng_store::entity::ticket::Model {
    tickets::file(store, who, input, at).await.unwrap().ticket
}

/// Many reads of one ticket by id at once share statements (`tickets::by_id`), and each still
/// gets only what its own viewer may see, masked for that viewer.
async fn reads_at_once_share_statements_and_keep_scopes(store: Store) {
    let city = City::new(&store).await;
    let at = sh(2026, 9, 18, 16, 0);
    let open = filed(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        at,
    )
    .await;
    let mut input = city.street_light_ticket(Kind::Complaint);
    input.confidential = true;
    input.contact_phone = Some(Phone::parse("13912345678").unwrap());
    let confidential = filed(&store, &city.resident, input, at).await;
    let neighbour_ticket = city.street_light_ticket(Kind::Suggestion);
    let neighbours = filed(&store, &city.neighbour, neighbour_ticket, at).await;
    let missing = uuid::Uuid::now_v7();

    // What each viewer may read, and whether the confidential complainant is masked for them.
    let cases = [
        (
            city.resident,
            vec![(open.id, false), (confidential.id, false)],
        ),
        (city.neighbour, vec![(neighbours.id, false)]),
        (
            city.staff,
            vec![
                (open.id, false),
                (confidential.id, true),
                (neighbours.id, false),
            ],
        ),
        (city.transport_staff, vec![]),
        (
            city.supervisor,
            vec![
                (open.id, false),
                (confidential.id, true),
                (neighbours.id, false),
            ],
        ),
    ];
    let ids = [open.id, confidential.id, neighbours.id, missing];
    let asks: Vec<(Principal, uuid::Uuid)> = (0..4)
        .flat_map(|_| cases.iter().flat_map(|(who, _)| ids.map(|id| (*who, id))))
        .collect();
    let before = store.statements_executed();
    let answers =
        futures_util::future::join_all(asks.iter().map(|(who, id)| read::get(&store, who, *id)))
            .await;
    let statements = store.statements_executed() - before;

    for ((who, id), answer) in asks.iter().zip(answers) {
        let allowed = cases
            .iter()
            .find(|(w, _)| w == who)
            .and_then(|(_, seen)| seen.iter().find(|(i, _)| i == id));
        match (allowed, answer) {
            (Some((_, masked)), Ok(seen)) => {
                assert_eq!(seen.ticket.id, *id, "{who:?}");
                assert_eq!(seen.identity_masked, *masked, "{who:?} reads {id}");
                if *id == confidential.id {
                    let phone = if *masked {
                        "139****5678"
                    } else {
                        "13912345678"
                    };
                    assert_eq!(seen.ticket.contact_phone.as_deref(), Some(phone), "{who:?}");
                }
            }
            (None, Err(StoreError::NotFound)) => {}
            (allowed, answer) => panic!("{who:?} reading {id}: {allowed:?} but {answer:?}"),
        }
    }
    // Five scopes, eighty reads: a handful of statements, not one per read.
    assert!(
        statements <= 20,
        "{} reads took {statements} statements",
        asks.len()
    );
}

/// Department pages asked for at the same moment share statements on PostgreSQL (one `LATERAL`
/// page per department, `read::QueuePages`): each page is still exactly the page it would be on
/// its own, in its order, within its viewer's scope.
async fn department_pages_at_once_are_each_their_own(store: Store) {
    let city = City::new(&store).await;
    for (i, kind) in [Kind::Help, Kind::Complaint, Kind::Suggestion]
        .into_iter()
        .enumerate()
    {
        let at = sh(2026, 9, 14 + i as u32, 10, 0);
        filed(&store, &city.resident, city.street_light_ticket(kind), at).await;
    }
    for day in [21, 22] {
        let mut input = city.street_light_ticket(Kind::Complaint);
        input.category_id = Some(city.other);
        let at = sh(2026, 9, day, 10, 0);
        let id = filed(&store, &city.neighbour, input, at).await.id;
        let to_transport = Command::Dispatch {
            department_id: city.transport,
        };
        tickets::act(&store, &city.agent, id, to_transport, None, at)
            .await
            .unwrap();
    }

    let now = sh(2026, 9, 25, 9, 0);
    let page = |who: Principal, department, order, offset, count_total| {
        let store = store.clone();
        async move {
            let filter = TicketFilter {
                department_id: Some(department),
                ..TicketFilter::default()
            };
            let page =
                read::list_counted(&store, &who, &filter, order, (offset, 2), now, count_total)
                    .await
                    .unwrap();
            let ids: Vec<uuid::Uuid> = page.items.iter().map(|r| r.ticket.id).collect();
            (ids, page.has_next)
        }
    };
    // Pages that may share a statement are asked one after another, four times each.
    let mut asks = Vec::new();
    for who in [
        city.staff,
        city.transport_staff,
        city.supervisor,
        city.resident,
    ] {
        for order in [TicketOrder::ReplyDue, TicketOrder::FiledDesc] {
            for offset in [0, 1, 2] {
                for _ in 0..4 {
                    for department in [city.urban, city.transport] {
                        asks.push((who, department, order, offset));
                    }
                }
            }
        }
    }
    let before = store.statements_executed();
    let together = futures_util::future::join_all(
        asks.iter()
            .map(|&(who, department, order, offset)| page(who, department, order, offset, false)),
    )
    .await;
    let statements = store.statements_executed() - before;
    let mut seen_any = 0;
    for (&(who, department, order, offset), got) in asks.iter().zip(together) {
        // Counting the total takes the path of a page on its own.
        let alone = page(who, department, order, offset, true).await;
        assert_eq!(got, alone, "{who:?} {department} {order:?} from {offset}");
        seen_any += got.0.len();
    }
    // Staff see their own department's pages only, the resident only their own tickets.
    let transport_by_urban_staff =
        page(city.staff, city.transport, TicketOrder::FiledDesc, 0, false);
    assert_eq!(transport_by_urban_staff.await, (vec![], false));
    let (urban, more) = page(
        city.supervisor,
        city.urban,
        TicketOrder::FiledDesc,
        0,
        false,
    )
    .await;
    assert_eq!((urban.len(), more), (2, true));
    let (theirs, _) = page(
        city.resident,
        city.transport,
        TicketOrder::FiledDesc,
        0,
        false,
    )
    .await;
    assert!(theirs.is_empty());
    assert!(seen_any > 0);
    if store.is_postgres() {
        assert!(
            statements <= asks.len() as u64 / 2,
            "{} pages took {statements} statements",
            asks.len()
        );
    }
}

on_both!(
    department_pages_at_once_are_each_their_own,
    reads_at_once_share_statements_and_keep_scopes,
    rows_read_by_position_equal_rows_read_by_name,
    others_see_nothing,
    residents_never_see_internal_notes,
    confidential_contact_is_masked_until_revealed
);
