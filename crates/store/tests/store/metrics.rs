//! Oversight metrics through the real store: the SPEC §9 formulas on a small city worked out by
//! hand, and the incremental rollups against a full recomputation from the events on randomized
//! histories. Instants are Asia/Shanghai wall-clock times on the 2026 calendar (holidays 25–27 Sep
//! and 1–7 Oct, make-up working day Sat 10 Oct; 09:00–12:00 and 13:30–17:30).

use crate::support::{City, sh};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use minsheng_domain::input::{Email, Message, PersonName, Reason};
use minsheng_domain::metrics::{MetricCounts, Rates, Weights};
use minsheng_domain::{Kind, Locale, Role, Satisfaction};
use minsheng_store::accounts::{self, NewUser};
use minsheng_store::entity::{department, ticket_event};
use minsheng_store::metrics::query::{self, Interval};
use minsheng_store::metrics::{self, MetricFilter, Month, SlotTotals};
use minsheng_store::oversight::supervision::{self, OrderFilter};
use minsheng_store::tickets::{self, Command};
use minsheng_store::{Principal, Store, StoreError};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn reason(s: &str) -> Reason {
    Reason::parse(s).unwrap()
}

fn msg(s: &str) -> Message {
    Message::parse(s).unwrap()
}

async fn department_id(store: &Store, code: &str) -> Uuid {
    department::Entity::find()
        .filter(department::Column::Code.eq(code))
        .one(store.connection())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn staff_of(store: &Store, email: &str, department: Uuid) -> Principal {
    let a = accounts::create_user(
        store,
        NewUser {
            email: Email::parse(email).unwrap(),
            display_name: PersonName::parse("周 测试").unwrap(),
            phone: None,
            role: Role::Staff,
            department_id: Some(department),
            is_department_head: false,
            locale: Locale::ZhCn,
            password_hash: None,
        },
        sh(2026, 9, 1, 9, 0),
    )
    .await
    .unwrap();
    Principal::User {
        id: a.id,
        role: Role::Staff,
        department_id: Some(department),
    }
}

async fn act(store: &Store, who: &Principal, id: Uuid, cmd: Command, at: DateTime<Utc>) {
    tickets::act(store, who, id, cmd, None, at)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Files a help request about a street light (routed to urban management at once), or about
/// "other" matters (left for an agent).
async fn file(store: &Store, city: &City, routed: bool, at: DateTime<Utc>) -> Uuid {
    let mut t = city.street_light_ticket(Kind::Help);
    if !routed {
        t.category_id = Some(city.other);
    }
    tickets::file(store, &city.resident, t, at)
        .await
        .unwrap()
        .ticket
        .id
}

fn rate(solved: bool, satisfaction: Satisfaction) -> Command {
    Command::Rate {
        solved,
        satisfaction,
        comment: None,
    }
}

fn reply() -> Command {
    Command::Reply {
        body: msg("已处理完毕。"),
    }
}

/// Eight tickets whose every figure is worked out below.
async fn hand_computed_fixture(store: Store) {
    let city = City::new(&store).await;
    let jianwai = department_id(&store, "chaoyang-jianwai").await;
    let chaoyang = department_id(&store, "chaoyang").await;
    let s = &store;

    // A — Mon 21 Sep 09:00, accepted at once, replied Tue 10:00 (7 + 1 = 8 working hours),
    // rated solved and satisfied.
    let a = file(s, &city, true, sh(2026, 9, 21, 9, 0)).await;
    act(s, &city.staff, a, Command::Accept, sh(2026, 9, 21, 9, 30)).await;
    act(s, &city.staff, a, reply(), sh(2026, 9, 22, 10, 0)).await;
    let rated = rate(true, Satisfaction::Satisfied);
    act(s, &city.resident, a, rated, sh(2026, 9, 23, 9, 0)).await;

    // B — Mon 10:00; accepted Tue 11:00, an hour after its deadline (Tue 10:00). Asked the
    // resident Tue 14:00, answered Wed 10:00 (a 3.5 + 1 = 4.5 h pause); replied Wed 16:00:
    // 6 + 7 + 5.5 − 4.5 = 14 working hours. Rated unsolved and dissatisfied, which reopens it.
    let b = file(s, &city, true, sh(2026, 9, 21, 10, 0)).await;
    act(s, &city.staff, b, Command::Accept, sh(2026, 9, 22, 11, 0)).await;
    let ask = Command::AskResident {
        question: msg("请问路灯的具体位置？"),
    };
    act(s, &city.staff, b, ask, sh(2026, 9, 22, 14, 0)).await;
    let answer = Command::AnswerResident {
        answer: msg("在88号门前。"),
    };
    act(s, &city.resident, b, answer, sh(2026, 9, 23, 10, 0)).await;
    act(s, &city.staff, b, reply(), sh(2026, 9, 23, 16, 0)).await;
    let rated = rate(false, Satisfaction::Dissatisfied);
    act(s, &city.resident, b, rated, sh(2026, 9, 24, 9, 0)).await;

    // C — Mon 11:00, accepted on time, never replied: overdue by December.
    let c = file(s, &city, true, sh(2026, 9, 21, 11, 0)).await;
    act(s, &city.staff, c, Command::Accept, sh(2026, 9, 21, 11, 30)).await;

    // D — Tue 22 Sep 09:00, returned at 09:30, the return upheld at 10:00 (an improper return);
    // accepted 10:30, within the first dispatch's deadline (Wed 09:00). Replied Wed 09:30: the
    // reply clock restarted at 10:00 Tue, so 6 + 0.5 = 6.5 working hours. Never rated.
    let d = file(s, &city, true, sh(2026, 9, 22, 9, 0)).await;
    let ret = Command::Return {
        reason: reason("不属于本部门职责"),
    };
    act(s, &city.staff, d, ret, sh(2026, 9, 22, 9, 30)).await;
    let uphold = Command::UpholdDispatch { note: None };
    act(s, &city.agent, d, uphold, sh(2026, 9, 22, 10, 0)).await;
    act(s, &city.staff, d, Command::Accept, sh(2026, 9, 22, 10, 30)).await;
    act(s, &city.staff, d, reply(), sh(2026, 9, 23, 9, 30)).await;

    // E — Tue 10:00, a supervision order at 11:00, accepted Wed 09:00 (due Wed 10:00). Its
    // reply fell due Tue 13 Oct 10:00 (ten working days, holidays skipped) and came on Mon 2 Nov
    // 10:00: 6 h on Tue 22 Sep, 23 full working days of 7 h, 1 h on 2 Nov = 168 working hours.
    // Rated solved and basically satisfied on 3 Nov.
    let e = file(s, &city, true, sh(2026, 9, 22, 10, 0)).await;
    let supervise = Command::Supervise {
        reason: reason("请尽快办理"),
        due_at: None,
    };
    act(s, &city.supervisor, e, supervise, sh(2026, 9, 22, 11, 0)).await;
    act(s, &city.staff, e, Command::Accept, sh(2026, 9, 23, 9, 0)).await;
    act(s, &city.staff, e, reply(), sh(2026, 11, 2, 10, 0)).await;
    let rated = rate(true, Satisfaction::BasicallySatisfied);
    act(s, &city.resident, e, rated, sh(2026, 11, 3, 9, 0)).await;

    // F — Wed 23 Sep 09:00, no routing: the agent sends it to transport at 09:30; accepted
    // 10:00, replied 15:00 (2.5 + 1.5 = 4 working hours), rated solved and very satisfied.
    let f = file(s, &city, false, sh(2026, 9, 23, 9, 0)).await;
    let to_transport = Command::Dispatch {
        department_id: city.transport,
    };
    act(s, &city.agent, f, to_transport, sh(2026, 9, 23, 9, 30)).await;
    act(
        s,
        &city.transport_staff,
        f,
        Command::Accept,
        sh(2026, 9, 23, 10, 0),
    )
    .await;
    act(s, &city.transport_staff, f, reply(), sh(2026, 9, 23, 15, 0)).await;
    let rated = rate(true, Satisfaction::VerySatisfied);
    act(s, &city.resident, f, rated, sh(2026, 9, 24, 9, 0)).await;

    // G — Wed 10:00, withdrawn at 11:00 before anyone accepted it: no reply is owed.
    let g = file(s, &city, true, sh(2026, 9, 23, 10, 0)).await;
    let withdraw = Command::Withdraw { reason: None };
    act(s, &city.resident, g, withdraw, sh(2026, 9, 23, 11, 0)).await;

    // H — Wed 11:00, sent to the Jianwai street office (under Chaoyang district); never
    // accepted, never replied.
    let h = file(s, &city, false, sh(2026, 9, 23, 11, 0)).await;
    let to_jianwai = Command::Dispatch {
        department_id: jianwai,
    };
    act(s, &city.agent, h, to_jianwai, sh(2026, 9, 23, 11, 30)).await;

    let as_of = sh(2026, 12, 1, 9, 0);
    let report = metrics::refresh(&store, as_of, 1000, 10).await.unwrap();
    assert!(report.caught_up);

    let whole = MetricFilter::period(day(2026, 9, 1), day(2027, 1, 1));
    let departments = query::by_department(&store, &whole, as_of).await.unwrap();
    let of = |id: Uuid| {
        departments
            .iter()
            .find(|d| d.department.id == id)
            .unwrap_or_else(|| panic!("department {id}"))
            .clone()
    };

    // Urban management: A B C D E G.
    let urban = of(city.urban).subtree;
    let c = urban.counts;
    // Dispatched: six. Accepted by the deadline: A C D E (B late, G never).
    assert_eq!(c.dispatched, 6);
    assert_eq!(c.accepted_on_time, 4);
    assert_eq!(c.responded_on_time, 4);
    // Reply fell due: A B C D E (G was withdrawn); on time: A B D.
    assert_eq!(c.reply_due, 5);
    assert_eq!(c.replied_on_time, 3);
    // Replied: A B D E, of which B was reopened. Rated: A B E; solved A E; satisfied A E.
    assert_eq!((c.replied, c.reopened), (4, 1));
    assert_eq!((c.rated, c.solved, c.satisfied), (3, 2, 2));
    assert_eq!(
        (c.returns, c.upheld_returns, c.supervision_orders),
        (1, 1, 1)
    );
    let r = Rates::from_counts(&c);
    let close = |got: Option<f64>, want: f64| {
        let got = got.unwrap();
        assert!((got - want).abs() < 1e-12, "{got} vs {want}");
    };
    close(r.on_time_accept, 4.0 / 6.0);
    close(r.response, 4.0 / 6.0);
    close(r.on_time_reply, 3.0 / 5.0);
    close(r.resolution, 2.0 / 3.0);
    close(r.satisfaction, 2.0 / 3.0);
    close(r.redo, 1.0 / 4.0);
    close(r.return_rate, 1.0 / 6.0);
    close(r.improper_return, 1.0 / 6.0);
    // Reply times 6.5, 8, 14 and 168 h: the median (nearest rank) is 8 h, within the sketch's
    // one-hour bucket; p90 is the largest, known exactly.
    assert_eq!(urban.reply.count(), 4);
    let median = urban.reply.quantile(0.5).unwrap();
    assert!((8.0..9.0).contains(&median), "median {median}");
    assert_eq!(urban.reply.quantile(0.9), Some(168.0));
    assert_eq!(urban.reply.quantile(0.0), Some(6.5));

    // Transport: F alone, everything on time, 4 working hours.
    let transport = of(city.transport).subtree;
    assert_eq!(transport.counts.dispatched, 1);
    assert_eq!(transport.counts.replied_on_time, 1);
    assert_eq!(transport.reply.quantile(0.5), Some(4.0));

    // Chaoyang district has no tickets of its own; its subtree holds Jianwai's H, overdue.
    let district = of(chaoyang);
    assert!(district.own.counts.is_empty());
    assert_eq!(district.subtree.counts.dispatched, 1);
    assert_eq!(district.subtree.counts.reply_due, 1);
    assert_eq!(district.subtree.counts.replied_on_time, 0);
    let narrowed = MetricFilter {
        department_id: Some(chaoyang),
        ..whole.clone()
    };
    assert_eq!(
        query::total(&store, &narrowed).await.unwrap().counts,
        district.subtree.counts
    );

    // Each counter is dated by its cohort: dispatches in September, reply deadlines in
    // October, E's late reply and rating in November, nothing in December.
    let urban_only = MetricFilter {
        department_id: Some(city.urban),
        ..whole.clone()
    };
    let months = query::trend(&store, &urban_only, Interval::Month)
        .await
        .unwrap();
    let starts: Vec<NaiveDate> = months.iter().map(|(d, _)| *d).collect();
    assert_eq!(
        starts,
        vec![
            day(2026, 9, 1),
            day(2026, 10, 1),
            day(2026, 11, 1),
            day(2026, 12, 1)
        ]
    );
    let [sep, oct, nov, dec] = [&months[0].1, &months[1].1, &months[2].1, &months[3].1];
    assert_eq!(
        (sep.counts.dispatched, sep.counts.replied, sep.counts.rated),
        (6, 3, 2)
    );
    assert_eq!((oct.counts.reply_due, oct.counts.replied_on_time), (5, 3));
    assert_eq!((nov.counts.replied, nov.counts.rated), (1, 1));
    assert_eq!(dec, &SlotTotals::default());

    // September's ranking with the default weights: transport 100; urban management
    // 30 × 4/6 + 35 × 1/2 + 35 × 1/2 = 55 (only A and B were rated in September); Jianwai 0
    // (no response, nothing rated). Departments without tickets are unscored.
    let ranking = query::ranking(
        &store,
        Month::parse("2026-09").unwrap(),
        &Weights::default(),
        1,
        as_of,
    )
    .await
    .unwrap();
    let scored: Vec<(&str, Option<u32>, bool, bool)> = ranking
        .iter()
        .filter(|r| r.score.is_some())
        .map(|r| (r.item.department.code.as_str(), r.rank, r.top, r.bottom))
        .collect();
    assert_eq!(
        scored,
        vec![
            ("transport", Some(1), true, false),
            ("urban-management", Some(2), false, false),
            ("chaoyang-jianwai", Some(3), false, true),
        ]
    );
    let urban_score = ranking
        .iter()
        .find(|r| r.item.department.id == city.urban)
        .and_then(|r| r.score)
        .unwrap();
    assert!((urban_score - 55.0).abs() < 1e-9, "{urban_score}");
    // Weights are the supervisors' to set: on satisfaction alone urban scores 50.
    let satisfaction_only = Weights {
        response: 0.0,
        resolution: 0.0,
        satisfaction: 1.0,
    };
    let ranking = query::ranking(
        &store,
        Month::parse("2026-09").unwrap(),
        &satisfaction_only,
        1,
        as_of,
    )
    .await
    .unwrap();
    let urban_score = ranking
        .iter()
        .find(|r| r.item.department.id == city.urban)
        .and_then(|r| r.score)
        .unwrap();
    assert!((urban_score - 50.0).abs() < 1e-9);

    // Live: urban management has C overdue, and B, whose redo's deadline passed in October;
    // Jianwai has H. E's supervision order is unanswered.
    let overdue = query::overdue_open(&store, as_of).await.unwrap();
    assert_eq!(overdue.get(&city.urban), Some(&2));
    assert_eq!(overdue.get(&jianwai), Some(&1));
    let open = query::open_supervision_orders(&store, as_of).await.unwrap();
    assert_eq!(open.get(&city.urban), Some(&1));

    // A full recomputation gives the same rollups, and a rebuild changes nothing.
    let (stamp, before) = metrics::snapshot(&store).await.unwrap();
    assert_eq!(stamp, Some(as_of));
    assert_eq!(before, metrics::recompute(&store, as_of).await.unwrap());
    metrics::rebuild(&store, as_of).await.unwrap();
    assert_eq!(metrics::snapshot(&store).await.unwrap().1, before);
}

/// The department answers its supervision order once; nobody else can.
async fn supervision_orders_are_answered(store: Store) {
    let city = City::new(&store).await;
    let t = file(&store, &city, true, sh(2026, 9, 21, 9, 0)).await;
    let supervise = Command::Supervise {
        reason: reason("请加快办理"),
        due_at: Some(sh(2026, 9, 23, 17, 0)),
    };
    act(
        &store,
        &city.supervisor,
        t,
        supervise,
        sh(2026, 9, 21, 10, 0),
    )
    .await;
    let open = OrderFilter {
        open_only: true,
        ..OrderFilter::default()
    };
    let page = supervision::list(&store, &city.staff, &open, 0, 10)
        .await
        .unwrap();
    assert_eq!(page.total, 1, "the department sees the order on its queue");
    let order = page.items[0].order.id;
    let other = supervision::list(&store, &city.transport_staff, &open, 0, 10)
        .await
        .unwrap();
    assert_eq!(other.total, 0);

    let answer = msg("已安排维修，周三前完成。");
    let at = sh(2026, 9, 21, 11, 0);
    let err = supervision::respond(&store, &city.transport_staff, order, &answer, at)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound), "{err}");
    let err = supervision::respond(&store, &city.supervisor, order, &answer, at)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Forbidden(_)), "{err}");

    let done = supervision::respond(&store, &city.colleague, order, &answer, at)
        .await
        .unwrap();
    assert_eq!(done.order.response.as_deref(), Some(answer.as_str()));
    assert_eq!(done.order.responded_at, Some(at));
    let err = supervision::respond(&store, &city.staff, order, &answer, at)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");

    let last = ticket_event::Entity::find()
        .filter(ticket_event::Column::TicketId.eq(t))
        .order_by_desc(ticket_event::Column::Pos)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(last.kind, "supervision_responded");
    assert_eq!(last.payload["order_id"], serde_json::json!(order));
    let page = supervision::list(&store, &city.staff, &open, 0, 10)
        .await
        .unwrap();
    assert_eq!(page.total, 0, "answered orders leave the open list");
}

/// Who acts on a random ticket.
struct Cast {
    city: City,
    jianwai: Uuid,
    jianwai_staff: Principal,
}

impl Cast {
    fn staff_for(&self, department: Option<Uuid>) -> Principal {
        match department {
            Some(d) if d == self.city.transport => self.city.transport_staff,
            Some(d) if d == self.jianwai => self.jianwai_staff,
            _ => self.city.staff,
        }
    }

    fn department(&self, i: u32) -> Uuid {
        [self.city.urban, self.city.transport, self.jianwai][i as usize % 3]
    }
}

/// One random step: an action by whoever may plausibly take it. Refused transitions are part
/// of the game; they change nothing.
async fn random_step(
    store: &Store,
    cast: &Cast,
    rng: &mut StdRng,
    ids: &mut Vec<Uuid>,
    now: DateTime<Utc>,
) {
    let city = &cast.city;
    if ids.is_empty() || rng.random_bool(0.15) {
        let routed = rng.random_bool(0.7);
        let mut t = city.street_light_ticket(Kind::ALL[rng.random_range(0..Kind::ALL.len())]);
        if !routed {
            t.category_id = Some(city.other);
        }
        if let Ok(f) = tickets::file(store, &city.resident, t, now).await {
            ids.push(f.ticket.id);
        }
        return;
    }
    let id = ids[rng.random_range(0..ids.len())];
    let row = crate::support::stored(store, id).await;
    let staff = cast.staff_for(row.department_id);
    let satisfaction = Satisfaction::ALL[rng.random_range(0..Satisfaction::ALL.len())];
    // Mostly what the state invites, sometimes anything at all.
    let pick = match (row.state.as_str(), rng.random_bool(0.85)) {
        ("submitted", true) => 0,
        ("dispatched", true) => [1, 1, 1, 1, 3, 13][rng.random_range(0..6)],
        ("returned", true) => [4, 5][rng.random_range(0..2)],
        ("accepted", true) => [10, 10, 10, 6, 8, 9, 13, 3][rng.random_range(0..8)],
        ("awaiting_resident", true) => [7, 7, 9][rng.random_range(0..3)],
        ("replied", true) => [12, 12, 12, 14][rng.random_range(0..4)],
        ("closed", true) => 14,
        _ => rng.random_range(0..16u32),
    };
    let (who, cmd) = match pick {
        0 => (
            city.agent,
            Command::Dispatch {
                department_id: cast.department(rng.random_range(0..3)),
            },
        ),
        1 | 2 => (staff, Command::Accept),
        3 => (
            staff,
            Command::Return {
                reason: reason("非本部门职责"),
            },
        ),
        4 => (
            city.agent,
            Command::Redispatch {
                department_id: cast.department(rng.random_range(0..3)),
            },
        ),
        5 => (city.agent, Command::UpholdDispatch { note: None }),
        6 => (
            staff,
            Command::AskResident {
                question: msg("请补充材料"),
            },
        ),
        7 => (
            city.resident,
            Command::AnswerResident {
                answer: msg("已补充"),
            },
        ),
        8 => match row.reply_due {
            Some(due) => (
                staff,
                Command::RequestExtension {
                    reason: reason("需要协调多个单位"),
                    requested_due: due + Duration::days(3),
                },
            ),
            None => return,
        },
        9 => {
            let pending = minsheng_store::entity::extension_request::Entity::find()
                .filter(minsheng_store::entity::extension_request::Column::TicketId.eq(id))
                .filter(minsheng_store::entity::extension_request::Column::Decision.eq("pending"))
                .one(store.connection())
                .await
                .unwrap();
            let Some(p) = pending else { return };
            (
                city.agent,
                Command::DecideExtension {
                    request_id: p.id,
                    approve: rng.random_bool(0.7),
                    note: None,
                },
            )
        }
        10 | 11 => (staff, reply()),
        12 => (city.resident, rate(rng.random_bool(0.6), satisfaction)),
        13 => (
            city.supervisor,
            Command::Supervise {
                reason: reason("督办"),
                due_at: None,
            },
        ),
        14 => (
            city.resident,
            Command::Reopen {
                reason: reason("问题没有解决"),
            },
        ),
        _ => (city.resident, Command::Withdraw { reason: None }),
    };
    // Many random actions are refused (wrong state, wrong person); that is expected.
    let _ = tickets::act(store, &who, id, cmd, None, now).await;
}

async fn assert_rollups_exact(store: &Store, context: &str) {
    let (as_of, rollups) = metrics::snapshot(store).await.unwrap();
    let as_of = as_of.expect("refreshed at least once");
    let full = metrics::recompute(store, as_of).await.unwrap();
    let differing: Vec<String> = rollups
        .keys()
        .chain(full.keys())
        .filter(|k| rollups.get(*k) != full.get(*k))
        .map(|k| {
            format!(
                "{k:?}\n  rollup: {:?}\n  full:   {:?}",
                rollups.get(k),
                full.get(k)
            )
        })
        .collect();
    assert!(
        differing.is_empty(),
        "{context}: the rollups differ from a full recomputation as of {as_of}:\n{}",
        differing.join("\n")
    );
}

/// On several seeded random histories, refreshing at random moments (including several
/// refreshers at once) always leaves the rollups equal to a full recomputation from the events,
/// also when only time passes; and a rebuild gives the same again.
///
/// `MINSHENG_METRICS_SEEDS` (default 3) sets how many seeded histories run, one after another
/// on the same city; each seed is a fixed RNG seed, so a failure names a reproducible history.
async fn rollups_equal_full_recomputation(store: Store) {
    let city = City::new(&store).await;
    let jianwai = department_id(&store, "chaoyang-jianwai").await;
    let jianwai_staff = staff_of(&store, "jianwai@example.org", jianwai).await;
    let cast = Cast {
        city,
        jianwai,
        jianwai_staff,
    };
    let seeds = std::env::var("MINSHENG_METRICS_SEEDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(3);
    let mut now = sh(2026, 9, 14, 9, 0);
    let mut ids = Vec::new();
    for seed in 0..seeds {
        let mut rng = StdRng::seed_from_u64(0x4d53_0000 + seed);
        for step in 0..120 {
            now += Duration::minutes(rng.random_range(5..600));
            if rng.random_bool(0.05) {
                now += Duration::days(rng.random_range(1..12));
            }
            random_step(&store, &cast, &mut rng, &mut ids, now).await;
            if rng.random_bool(0.08) {
                // Small batches, so one refresh spans several transactions.
                let batch = rng.random_range(1..40);
                if rng.random_bool(0.3) {
                    let (a, b) = (store.clone(), store.clone());
                    let (ra, rb) = tokio::join!(
                        metrics::refresh(&a, now, batch, 1000),
                        metrics::refresh(&b, now, batch, 1000)
                    );
                    ra.unwrap();
                    rb.unwrap();
                } else {
                    metrics::refresh(&store, now, batch, 1000).await.unwrap();
                }
                assert_rollups_exact(&store, &format!("seed {seed}, step {step}")).await;
            }
        }
        metrics::refresh(&store, now, 50, 1000).await.unwrap();
        assert_rollups_exact(&store, &format!("seed {seed}, end")).await;
        // No events, only time: unanswered deadlines fall due.
        now += Duration::days(40);
        let r = metrics::refresh(&store, now, 50, 1000).await.unwrap();
        assert_eq!(r.events, 0);
        assert_rollups_exact(&store, &format!("seed {seed}, 40 days later")).await;
    }
    let (_, before) = metrics::snapshot(&store).await.unwrap();
    let all: MetricCounts = before.values().map(|t| t.counts).sum();
    for (what, n) in [
        ("replies", all.replied),
        ("deadlines", all.reply_due),
        ("late replies", all.reply_due - all.replied_on_time),
        ("ratings", all.rated),
        ("redos", all.reopened),
        ("returns", all.returns),
        ("upheld returns", all.upheld_returns),
        ("supervision orders", all.supervision_orders),
    ] {
        assert!(n > 0, "the random histories reached {what}: {all:?}");
    }
    eprintln!("random histories: {} tickets, {all:?}", ids.len());
    metrics::rebuild(&store, now).await.unwrap();
    assert_eq!(metrics::snapshot(&store).await.unwrap().1, before);
}

on_both!(
    hand_computed_fixture,
    supervision_orders_are_answered,
    rollups_equal_full_recomputation
);
