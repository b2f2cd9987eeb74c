//! Oversight through the API (SPEC §9): supervisors' metrics, trends and rankings over a small
//! city worked out by hand; the ticket export; problem tickets; supervision orders answered by
//! the department; the identity view log; and tamper detection by `verifyAuditChain` and by
//! `minsheng audit verify`, on both databases.
//!
//! Instants are Asia/Shanghai wall-clock times on the 2026 calendar (holidays 25–27 Sep and
//! 1–7 Oct, make-up working day Sat 10 Oct; 09:00–12:00 and 13:30–17:30).

use crate::common::{PASSWORD, TestApp, assert_code, assert_no_errors};
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use minsheng_domain::input::{Description, Email, Message, PersonName, Phone, Reason, Title};
use minsheng_domain::{Channel, Kind, Locale, Priority, Role, Satisfaction};
use minsheng_gateway::cli::{AuditCommand, Command as Cli, DbArgs};
use minsheng_store::entity::{category, department, ticket_event};
use minsheng_store::tickets::{self, Command, NewTicket};
use minsheng_store::{Principal, Store};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use secrecy::ExposeSecret;
use serde_json::{Value, json};
use std::process::ExitCode;
use uuid::Uuid;

/// A wall-clock time in Asia/Shanghai (UTC+8 all year).
pub fn sh(mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, mo, d, h, mi, 0)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// The people and places of the fixture.
pub struct City {
    pub urban: Uuid,
    pub transport: Uuid,
    pub jianwai: Uuid,
    pub chaoyang: Uuid,
    pub street_light: Uuid,
    pub other: Uuid,
    pub resident: Principal,
    pub agent: Principal,
    pub supervisor: Principal,
    pub staff: Principal,
    pub transport_staff: Principal,
    /// The urban tickets U0–U6, in order.
    pub urban_tickets: Vec<Uuid>,
}

async fn department_id(app: &TestApp, code: &str) -> Uuid {
    department::Entity::find()
        .filter(department::Column::Code.eq(code))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("department {code}"))
        .id
}

async fn category_id(app: &TestApp, code: &str) -> Uuid {
    category::Entity::find()
        .filter(category::Column::Code.eq(code))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("category {code}"))
        .id
}

async fn person(app: &TestApp, role: Role, email: &str, dept: Option<Uuid>) -> Principal {
    let id = app.create_user_in(role, email, dept, Locale::ZhCn).await;
    Principal::User {
        id,
        role,
        department_id: dept,
    }
}

pub fn new_ticket(category: Uuid, confidential: bool) -> NewTicket {
    NewTicket {
        kind: Kind::Help,
        priority: Priority::Normal,
        channel: Channel::Web,
        category_id: Some(category),
        title: Title::parse("建国路路灯不亮，夜间出行不便").unwrap(),
        description: Description::parse(
            "朝阳区建国路88号门前三盏路灯不亮，路面一片漆黑，希望尽快修复。",
        )
        .unwrap(),
        address: None,
        district: Some("朝阳区".into()),
        location: None,
        occurred_at: None,
        contact_name: Some(PersonName::parse("张明").unwrap()),
        contact_email: Some(Email::parse("zhang.ming@example.org").unwrap()),
        contact_phone: Some(Phone::parse("13800138000").unwrap()),
        confidential,
        on_behalf_of: None,
        locale: Locale::ZhCn,
        idempotency_key: None,
    }
}

pub async fn file(store: &Store, who: &Principal, t: NewTicket, at: DateTime<Utc>) -> Uuid {
    tickets::file(store, who, t, at).await.unwrap().ticket.id
}

pub async fn act(store: &Store, who: &Principal, id: Uuid, cmd: Command, at: DateTime<Utc>) {
    tickets::act(store, who, id, cmd, None, at)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

fn reply() -> Command {
    Command::Reply {
        body: Message::parse("已修复。").unwrap(),
    }
}

/// September 2026 in a small city, then the clock at Fri 20 Nov 2026, 10:00:
/// - U0–U6: street-light help requests filed Mon 21 Sep 09:00, routed to urban management and
///   accepted at 09:10. U0–U4 replied that day at 10:00, 11:00, 14:30, 15:30 and 16:30 (1, 2,
///   4, 5 and 6 working hours). U0 and U1 rated solved and satisfied, U2 unsolved and
///   dissatisfied (which reopens it), all on Tue 22 Sep 09:00. U5 and U6 never replied.
/// - J0–J4: "other" matters filed Tue 22 Sep 09:00, sent to the Jianwai street office (under
///   Chaoyang district) at 09:30, never accepted.
/// - T0–T1: "other" matters filed Wed 23 Sep 09:00, sent to transport at 09:30 and accepted at
///   10:00, never replied.
///
/// Every reply deadline (ten working days) falls in October: U 12 Oct, J 13 Oct, T 14 Oct.
pub async fn september(app: &TestApp) -> City {
    app.set_clock(sh(9, 1, 9, 0)).await;
    minsheng_store::seed::seed_reference(&app.store, sh(9, 1, 9, 0))
        .await
        .expect("reference data");
    let urban = department_id(app, "urban-management").await;
    let transport = department_id(app, "transport").await;
    let jianwai = department_id(app, "chaoyang-jianwai").await;
    let city = City {
        urban,
        transport,
        jianwai,
        chaoyang: department_id(app, "chaoyang").await,
        street_light: category_id(app, "street_light").await,
        other: category_id(app, "other").await,
        resident: person(app, Role::Resident, "resident@oversight.test", None).await,
        agent: person(app, Role::Agent, "agent@oversight.test", None).await,
        supervisor: person(app, Role::Supervisor, "supervisor@oversight.test", None).await,
        staff: person(app, Role::Staff, "staff@oversight.test", Some(urban)).await,
        transport_staff: person(
            app,
            Role::Staff,
            "transport@oversight.test",
            Some(transport),
        )
        .await,
        urban_tickets: Vec::new(),
    };
    let s = &app.store;
    let mut urban_tickets = Vec::new();
    let replies = [(10, 0), (11, 0), (14, 30), (15, 30), (16, 30)];
    for i in 0..7 {
        let t = file(
            s,
            &city.resident,
            new_ticket(city.street_light, false),
            sh(9, 21, 9, 0),
        )
        .await;
        act(s, &city.staff, t, Command::Accept, sh(9, 21, 9, 10)).await;
        if let Some((h, m)) = replies.get(i) {
            act(s, &city.staff, t, reply(), sh(9, 21, *h, *m)).await;
        }
        let rating = match i {
            0 | 1 => Some((true, Satisfaction::Satisfied)),
            2 => Some((false, Satisfaction::Dissatisfied)),
            _ => None,
        };
        if let Some((solved, satisfaction)) = rating {
            let rate = Command::Rate {
                solved,
                satisfaction,
                comment: None,
            };
            act(s, &city.resident, t, rate, sh(9, 22, 9, 0)).await;
        }
        urban_tickets.push(t);
    }
    for _ in 0..5 {
        let t = file(
            s,
            &city.resident,
            new_ticket(city.other, false),
            sh(9, 22, 9, 0),
        )
        .await;
        let to = Command::Dispatch {
            department_id: jianwai,
        };
        act(s, &city.agent, t, to, sh(9, 22, 9, 30)).await;
    }
    for _ in 0..2 {
        let t = file(
            s,
            &city.resident,
            new_ticket(city.other, false),
            sh(9, 23, 9, 0),
        )
        .await;
        let to = Command::Dispatch {
            department_id: transport,
        };
        act(s, &city.agent, t, to, sh(9, 23, 9, 30)).await;
        act(
            s,
            &city.transport_staff,
            t,
            Command::Accept,
            sh(9, 23, 10, 0),
        )
        .await;
    }
    app.set_clock(sh(11, 20, 10, 0)).await;
    City {
        urban_tickets,
        ..city
    }
}

async fn token(app: &TestApp, email: &str) -> String {
    app.login(email, PASSWORD).await.access_token
}

const FIGURES: &str = "counts { dispatched acceptedOnTime respondedOnTime replyDue repliedOnTime
    replied rated solved satisfied reopened returns upheldReturns supervisionOrders }
    rates { onTimeAccept response onTimeReply resolution satisfaction redo returnRate improperReturn }
    medianReplyHours p90ReplyHours compositeScore";

fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"));
    assert!((got - want).abs() < 1e-9, "{got} vs {want}");
}

both_dbs! {
    async fn supervisors_see_metrics_trends_and_rankings(app) {
        let city = september(&app).await;
        let sup = token(&app, "supervisor@oversight.test").await;
        let q = format!(
            "query($f: MetricFilterInput!, $g: MetricGrouping!) {{
                metrics(filter: $f, groupBy: $g) {{
                    key department {{ code }} overdueOpen openSupervisionOrders
                    figures {{ {FIGURES} }} ownFigures {{ counts {{ dispatched }} }}
                }} }}"
        );
        let whole = json!({ "from": "2026-09-01", "to": "2026-12-01" });
        let body = app.gql(Some(&sup), &q, json!({ "f": whole, "g": "DEPARTMENT" })).await;
        assert_no_errors(&body);
        let rows = body["data"]["metrics"].as_array().unwrap();
        let row = |code: &str| {
            rows.iter()
                .find(|r| r["department"]["code"] == code)
                .unwrap_or_else(|| panic!("no row for {code}: {rows:?}"))
                .clone()
        };
        // Urban management: 7 dispatched and accepted on time; 7 replies fell due, 5 on time;
        // 5 replies, 3 ratings (2 solved and satisfied), 1 redo.
        let urban = row("urban-management");
        let c = &urban["figures"]["counts"];
        assert_eq!(c["dispatched"], 7);
        assert_eq!(c["acceptedOnTime"], 7);
        assert_eq!((c["replyDue"].as_u64(), c["repliedOnTime"].as_u64()), (Some(7), Some(5)));
        assert_eq!((c["replied"].as_u64(), c["reopened"].as_u64()), (Some(5), Some(1)));
        assert_eq!((c["rated"].as_u64(), c["solved"].as_u64(), c["satisfied"].as_u64()), (Some(3), Some(2), Some(2)));
        let r = &urban["figures"]["rates"];
        close(&r["onTimeAccept"], 1.0);
        close(&r["onTimeReply"], 5.0 / 7.0);
        close(&r["resolution"], 2.0 / 3.0);
        close(&r["redo"], 1.0 / 5.0);
        assert!(r["returnRate"].as_f64() == Some(0.0));
        // Reply times 1, 2, 4, 5, 6 working hours: the median, 4 h, within its quarter-hour
        // bucket; p90 the largest.
        let median = urban["figures"]["medianReplyHours"].as_f64().unwrap();
        assert!((4.0..4.25).contains(&median), "{median}");
        close(&urban["figures"]["p90ReplyHours"], 6.0);
        // 30 × 1 + 35 × 2/3 + 35 × 2/3.
        close(&urban["figures"]["compositeScore"], 30.0 + 70.0 * 2.0 / 3.0);
        // Overdue now: U5, U6, and U2 whose redo fell due on 13 Oct.
        assert_eq!(urban["overdueOpen"], 3);
        // Chaoyang district: nothing of its own, Jianwai's five below it, all overdue.
        let district = row("chaoyang");
        assert_eq!(district["figures"]["counts"]["dispatched"], 5);
        assert_eq!(district["ownFigures"]["counts"]["dispatched"], 0);
        assert_eq!(district["overdueOpen"], 5);

        // By category, kind and channel.
        let body = app.gql(Some(&sup), &q, json!({ "f": whole, "g": "CATEGORY" })).await;
        assert_no_errors(&body);
        let other = body["data"]["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == city.other.to_string())
            .unwrap()
            .clone();
        assert_eq!(other["figures"]["counts"]["dispatched"], 7);
        assert_eq!(other["figures"]["counts"]["acceptedOnTime"], 2);
        let body = app.gql(Some(&sup), &q, json!({ "f": whole, "g": "CHANNEL" })).await;
        let web = body["data"]["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == "web")
            .unwrap()
            .clone();
        assert_eq!(web["figures"]["counts"]["dispatched"], 14);
        // A filter narrows any grouping: Chaoyang's subtree by kind.
        let narrowed = json!({ "from": "2026-09-01", "to": "2026-12-01",
            "departmentId": city.chaoyang.to_string() });
        let body = app.gql(Some(&sup), &q, json!({ "f": narrowed, "g": "KIND" })).await;
        let help = body["data"]["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == "help")
            .unwrap()
            .clone();
        assert_eq!(help["figures"]["counts"]["dispatched"], 5);

        // Each counter is dated by its cohort: dispatches in September, deadlines in October.
        let trend = app
            .gql(
                Some(&sup),
                "query($f: MetricFilterInput!) { metricTrend(filter: $f, interval: MONTH) {
                    start figures { counts { dispatched replyDue repliedOnTime } } } }",
                json!({ "f": { "from": "2026-09-01", "to": "2026-12-01",
                    "departmentId": city.urban.to_string() } }),
            )
            .await;
        assert_no_errors(&trend);
        let points = trend["data"]["metricTrend"].as_array().unwrap();
        let starts: Vec<&str> = points.iter().map(|p| p["start"].as_str().unwrap()).collect();
        assert_eq!(starts, ["2026-09-01", "2026-10-01", "2026-11-01"]);
        assert_eq!(points[0]["figures"]["counts"]["dispatched"], 7);
        assert_eq!(points[1]["figures"]["counts"]["replyDue"], 7);
        assert_eq!(points[1]["figures"]["counts"]["repliedOnTime"], 5);
        assert_eq!(points[2]["figures"]["counts"]["dispatched"], 0);

        // September's ranking: transport 100 (response alone), urban 30 + 70 × 2/3 ≈ 76.7,
        // Jianwai 0.
        let ranking = app
            .gql(
                Some(&sup),
                "query($w: WeightsInput) { departmentRanking(month: \"2026-09\", weights: $w, mark: 1) {
                    month weights { response } rows { department { code } rank score top bottom } } }",
                json!({ "w": null }),
            )
            .await;
        assert_no_errors(&ranking);
        let scored: Vec<(String, i64, bool, bool)> = ranking["data"]["departmentRanking"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| !r["score"].is_null())
            .map(|r| (
                r["department"]["code"].as_str().unwrap().to_owned(),
                r["rank"].as_i64().unwrap(),
                r["top"].as_bool().unwrap(),
                r["bottom"].as_bool().unwrap(),
            ))
            .collect();
        assert_eq!(scored, vec![
            ("transport".to_owned(), 1, true, false),
            ("urban-management".to_owned(), 2, false, false),
            ("chaoyang-jianwai".to_owned(), 3, false, true),
        ]);
        assert_eq!(ranking["data"]["departmentRanking"]["weights"]["response"], 30.0);
        // Bad weights are the caller's mistake.
        let bad = app
            .gql(
                Some(&sup),
                "{ departmentRanking(month: \"2026-09\", weights: {response: -1, resolution: 1, satisfaction: 1}) { month } }",
                json!({}),
            )
            .await;
        assert_code(&bad, "BAD_USER_INPUT");

        // Only supervisors.
        let staff = token(&app, "staff@oversight.test").await;
        let body = app.gql(Some(&staff), &q, json!({ "f": whole, "g": "DEPARTMENT" })).await;
        assert_code(&body, "FORBIDDEN");
        let body = app.gql(None, &q, json!({ "f": whole, "g": "DEPARTMENT" })).await;
        assert_code(&body, "UNAUTHENTICATED");
    }

    /// The dashboard's answer is held while its figures are unchanged, for the person who asked
    /// only, and a change through the server shows in the next answer.
    async fn dashboard_answers_are_held_until_the_figures_change(app) {
        let city = september(&app).await;
        app.set_clock(sh(11, 20, 10, 0)).await;
        let sup = token(&app, "supervisor@oversight.test").await;
        let agent = token(&app, "agent@oversight.test").await;
        let q = "query D($f: MetricFilterInput!) {
            metricsTotal(filter: $f) { counts { dispatched } }
            metrics(filter: $f, groupBy: DEPARTMENT) { department { code } figures { counts { dispatched } } }
            metricTrend(filter: $f, interval: MONTH) { start figures { counts { dispatched } } } }";
        let vars = json!({ "f": { "from": "2026-09-01", "to": "2026-12-01" } });
        let dispatched = |body: &Value| body["data"]["metricsTotal"]["counts"]["dispatched"].as_u64();
        let first = app.gql(Some(&sup), q, vars.clone()).await;
        assert_no_errors(&first);
        let before = dispatched(&first).expect("a count");
        assert!(before > 0, "{first}");
        assert_eq!(app.gql(Some(&sup), q, vars.clone()).await, first);
        // Another person asking the same is answered for themselves: an agent may not look.
        assert_code(&app.gql(Some(&agent), q, vars.clone()).await, "FORBIDDEN");

        // A street-light complaint, dispatched to urban management as it is filed.
        let filed = app
            .gql(
                None,
                "mutation($i: FileTicketInput!) { fileTicket(input: $i) { ticket { state } } }",
                json!({ "i": { "kind": "COMPLAINT", "categoryId": city.street_light.to_string(),
                    "title": "路灯不亮", "description": "幸福路的路灯整夜不亮。" } }),
            )
            .await;
        assert_no_errors(&filed);
        assert_eq!(filed["data"]["fileTicket"]["ticket"]["state"], "DISPATCHED");
        let after = app.gql(Some(&sup), q, vars.clone()).await;
        assert_no_errors(&after);
        assert_eq!(dispatched(&after), Some(before + 1), "{after}");
        let urban = |body: &Value| {
            body["data"]["metrics"]
                .as_array()
                .and_then(|rows| rows.iter().find(|r| r["department"]["code"] == "urban-management"))
                .and_then(|r| r["figures"]["counts"]["dispatched"].as_u64())
        };
        assert_eq!(urban(&after), urban(&first).map(|n| n + 1));
        let november = |body: &Value| body["data"]["metricTrend"][2]["figures"]["counts"]["dispatched"].as_u64();
        assert_eq!(november(&after), november(&first).map(|n| n + 1), "{after}");
    }

    async fn supervisors_export_tickets_with_milestones(app) {
        let city = september(&app).await;
        let sup = token(&app, "supervisor@oversight.test").await;
        let path = "/export/tickets.csv?from=2026-09-01&to=2026-10-01";
        let res = app.request(reqwest::Method::GET, path).bearer_auth(&sup).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8; header=present");
        assert_eq!(
            res.headers()["content-disposition"],
            "attachment; filename=\"minsheng-tickets-2026-09-01-to-2026-10-01.csv\""
        );
        assert_eq!(res.headers()["cache-control"], "no-store");
        let text = res.text().await.unwrap();
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines[0],
            "reference,kind,priority,channel,state,category_code,department_code,filed_at,\
             dispatched_at,accepted_at,replied_at,closed_at,accept_due,reply_due,\
             working_hours_filed_to_dispatched,working_hours_dispatched_to_accepted,\
             working_hours_dispatched_to_replied,reply_working_hours,\
             working_hours_replied_to_closed,departments,redos,returns,supervision_orders"
        );
        assert_eq!(lines.len(), 1 + 14, "every ticket filed in September");
        // U0: filed and routed Mon 09:00, accepted 09:10 (0.17 h), replied 10:00 (1 h), closed
        // by its rating Tue 09:00 (2 + 4 working hours after the reply).
        let reference = |id: Uuid| {
            let store = app.store.clone();
            async move {
                minsheng_store::entity::ticket::Entity::find_by_id(id)
                    .one(store.connection())
                    .await
                    .unwrap()
                    .unwrap()
                    .reference
            }
        };
        let u0_ref = reference(city.urban_tickets[0]).await;
        let u0 = lines.iter().find(|l| l.starts_with(&format!("{u0_ref},"))).unwrap();
        let cells: Vec<&str> = u0.split(',').collect();
        assert_eq!(&cells[1..7], ["help", "normal", "web", "closed", "street_light", "urban-management"]);
        assert_eq!(&cells[7..12], [
            "2026-09-21T09:00:00+08:00",
            "2026-09-21T09:00:00+08:00",
            "2026-09-21T09:10:00+08:00",
            "2026-09-21T10:00:00+08:00",
            "2026-09-22T09:00:00+08:00",
        ]);
        assert_eq!(&cells[14..19], ["0.00", "0.17", "1.00", "1.00", "6.00"]);
        assert_eq!(&cells[19..], ["1", "0", "0", "0"]);
        // Jianwai's tickets: dispatched, nothing after.
        let j0: Vec<&str> = lines
            .iter()
            .find(|l| l.contains(",chaoyang-jianwai,"))
            .unwrap()
            .split(',')
            .collect();
        assert_eq!(j0[6], "chaoyang-jianwai");
        assert_eq!((j0[9], j0[10], j0[11]), ("", "", ""));
        assert_eq!(j0[14], "0.50");
        // No contact details in the export.
        assert!(!text.contains("张明") && !text.contains("13800138000"));

        // One department's subtree only.
        let path = format!(
            "/export/tickets.csv?from=2026-09-01&to=2026-10-01&departmentId={}",
            city.chaoyang
        );
        let res = app.request(reqwest::Method::GET, &path).bearer_auth(&sup).send().await.unwrap();
        let text = res.text().await.unwrap();
        assert_eq!(text.split("\r\n").filter(|l| !l.is_empty()).count(), 1 + 5);

        // Supervisors only, with a bearer token.
        let res = app.request(reqwest::Method::GET, "/export/tickets.csv?from=2026-09-01&to=2026-10-01")
            .send().await.unwrap();
        assert_eq!(res.status(), 401);
        assert_eq!(res.headers()["www-authenticate"], "Bearer");
        let staff = token(&app, "staff@oversight.test").await;
        let res = app.request(reqwest::Method::GET, "/export/tickets.csv?from=2026-09-01&to=2026-10-01")
            .bearer_auth(&staff).send().await.unwrap();
        assert_eq!(res.status(), 403);
        let res = app.request(reqwest::Method::GET, "/export/tickets.csv?from=2026-10-01&to=2026-09-01")
            .bearer_auth(&sup).send().await.unwrap();
        assert_eq!(res.status(), 400);
        let body: Value = res.json().await.unwrap();
        assert_code(&body, "BAD_USER_INPUT");
    }

    async fn supervision_orders_problem_tickets_and_identity_views(app) {
        let city = september(&app).await;
        let s = &app.store;
        // A supervision order on U5, issued by a supervisor.
        let u5 = city.urban_tickets[5];
        let supervise = Command::Supervise {
            reason: Reason::parse("超期未办，请于三日内办结").unwrap(),
            due_at: Some(sh(11, 23, 17, 30)),
        };
        act(s, &city.supervisor, u5, supervise, sh(11, 20, 9, 0)).await;
        // A ticket passed between three departments: a problem ticket.
        let p = file(s, &city.resident, new_ticket(city.other, false), sh(11, 2, 9, 0)).await;
        let why = || Reason::parse("不属于本部门职责").unwrap();
        act(s, &city.agent, p, Command::Dispatch { department_id: city.urban }, sh(11, 2, 9, 10)).await;
        act(s, &city.staff, p, Command::Return { reason: why() }, sh(11, 2, 9, 20)).await;
        act(s, &city.agent, p, Command::Redispatch { department_id: city.transport }, sh(11, 2, 9, 30)).await;
        act(s, &city.transport_staff, p, Command::Return { reason: why() }, sh(11, 2, 9, 40)).await;
        act(s, &city.agent, p, Command::Redispatch { department_id: city.jianwai }, sh(11, 2, 9, 50)).await;
        // A confidential complainant, revealed by an agent.
        let secret = file(s, &city.resident, new_ticket(city.street_light, true), sh(11, 4, 9, 0)).await;
        tickets::read::reveal_identity(s, &city.agent, secret, sh(11, 4, 10, 0)).await.unwrap();

        let sup = token(&app, "supervisor@oversight.test").await;
        let staff = token(&app, "staff@oversight.test").await;
        let transport = token(&app, "transport@oversight.test").await;

        let problems = app
            .gql(Some(&sup), "{ problemTickets { totalCount edges { node { id reference } } } }", json!({}))
            .await;
        assert_no_errors(&problems);
        assert_eq!(problems["data"]["problemTickets"]["totalCount"], 1);
        assert_eq!(problems["data"]["problemTickets"]["edges"][0]["node"]["id"], p.to_string());
        assert_code(
            &app.gql(Some(&staff), "{ problemTickets { totalCount } }", json!({})).await,
            "FORBIDDEN",
        );

        // The department sees the order on its queue and answers it, once.
        let orders_q = "{ supervisionOrders(openOnly: true) { totalCount edges { node {
            id ticketId ticketReference reason dueAt automatic response } } } }";
        let mine = app.gql(Some(&staff), orders_q, json!({})).await;
        assert_no_errors(&mine);
        assert_eq!(mine["data"]["supervisionOrders"]["totalCount"], 1);
        let order = mine["data"]["supervisionOrders"]["edges"][0]["node"].clone();
        assert_eq!(order["ticketId"], u5.to_string());
        assert_eq!(order["automatic"], false);
        let theirs = app.gql(Some(&transport), orders_q, json!({})).await;
        assert_eq!(theirs["data"]["supervisionOrders"]["totalCount"], 0);

        let respond = "mutation($id: ID!, $r: String!) { respondToSupervision(orderId: $id, response: $r) {
            id response respondedAt } }";
        let vars = json!({ "id": order["id"], "r": "已安排人员，周一前办结。" });
        assert_code(&app.gql(Some(&transport), respond, vars.clone()).await, "NOT_FOUND");
        assert_code(&app.gql(Some(&sup), respond, vars.clone()).await, "FORBIDDEN");
        let done = app.gql(Some(&staff), respond, vars.clone()).await;
        assert_no_errors(&done);
        assert_eq!(done["data"]["respondToSupervision"]["response"], "已安排人员，周一前办结。");
        assert_code(&app.gql(Some(&staff), respond, vars).await, "CONFLICT");
        let blank = app.gql(Some(&staff), respond, json!({ "id": order["id"], "r": " " })).await;
        assert_code(&blank, "BAD_USER_INPUT");
        let last = ticket_event::Entity::find()
            .filter(ticket_event::Column::TicketId.eq(u5))
            .order_by_desc(ticket_event::Column::Pos)
            .one(app.store.connection())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(last.kind, "supervision_responded", "the answer is in the audit chain");
        let all = app.gql(Some(&sup), "{ supervisionOrders { totalCount edges { node { response } } } }", json!({})).await;
        assert_eq!(all["data"]["supervisionOrders"]["edges"][0]["node"]["response"], "已安排人员，周一前办结。");
        let open = app.gql(Some(&staff), orders_q, json!({})).await;
        assert_eq!(open["data"]["supervisionOrders"]["totalCount"], 0);

        // The order counts in the metrics (dated with U5's dispatch in September).
        let body = app
            .gql(
                Some(&sup),
                "{ metricsTotal(filter: {from: \"2026-09-01\", to: \"2026-10-01\"}) {
                    counts { supervisionOrders } } }",
                json!({}),
            )
            .await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["metricsTotal"]["counts"]["supervisionOrders"], 1);

        // Who saw the confidential complainant.
        let views = app
            .gql(
                Some(&sup),
                "{ identityViews { totalCount edges { node { ticketId viewerRole viewedAt } } } }",
                json!({}),
            )
            .await;
        assert_no_errors(&views);
        assert_eq!(views["data"]["identityViews"]["totalCount"], 1);
        let v = &views["data"]["identityViews"]["edges"][0]["node"];
        assert_eq!(v["ticketId"], secret.to_string());
        assert_eq!(v["viewerRole"], "agent");
        assert_code(&app.gql(Some(&staff), "{ identityViews { totalCount } }", json!({})).await, "FORBIDDEN");
    }

    async fn tampering_is_pointed_out_by_the_api_and_the_cli(app) {
        let city = september(&app).await;
        let sup = token(&app, "supervisor@oversight.test").await;
        let verify = "{ verifyAuditChain { intact checked firstBadEntryId firstBadSeq problem } }";
        let body = app.gql(Some(&sup), verify, json!({})).await;
        assert_no_errors(&body);
        let v = &body["data"]["verifyAuditChain"];
        assert_eq!(v["intact"], true);
        assert!(v["firstBadEntryId"].is_null());
        let checked = v["checked"].as_u64().unwrap();
        assert!(checked > 30, "{checked}");
        // The verification is itself recorded, by whom and with what outcome.
        let recorded = last_event(&app.store).await;
        assert_eq!(recorded.kind, "audit_verified");
        assert_eq!(recorded.actor_role.as_deref(), Some("supervisor"));
        assert_eq!(recorded.payload["intact"], true);
        assert_eq!(recorded.payload["checked"], checked);

        // Someone with database access rewrites what a department replied on U1.
        let victim = ticket_event::Entity::find()
            .filter(ticket_event::Column::TicketId.eq(city.urban_tickets[1]))
            .filter(ticket_event::Column::Kind.eq("replied"))
            .one(app.store.connection())
            .await
            .unwrap()
            .unwrap();
        if app.store.is_postgres() {
            app.store
                .connection()
                .execute_unprepared("ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only")
                .await
                .unwrap();
        }
        let changed = ticket_event::Entity::update_many()
            .col_expr(ticket_event::Column::OccurredAt, Expr::value(victim.occurred_at - chrono::Duration::days(3)))
            .filter(ticket_event::Column::Id.eq(victim.id))
            .exec(app.store.connection())
            .await
            .unwrap();
        assert_eq!(changed.rows_affected, 1);

        let body = app.gql(Some(&sup), verify, json!({})).await;
        assert_no_errors(&body);
        let v = &body["data"]["verifyAuditChain"];
        assert_eq!(v["intact"], false);
        assert_eq!(v["firstBadEntryId"], victim.id.to_string(), "exactly the altered entry");
        let victim_seq = victim.seq.expect("sealed as its write returned");
        assert_eq!(v["firstBadSeq"], victim_seq);
        assert_eq!(v["checked"], victim_seq - 1);
        assert!(v["problem"].as_str().unwrap().contains(&victim.id.to_string()));
        let recorded = last_event(&app.store).await;
        assert_eq!(recorded.kind, "audit_verified");
        assert_eq!(recorded.payload["intact"], false);
        assert_eq!(recorded.payload["first_break"]["id"], victim.id.to_string());

        // `minsheng audit verify` on the same database: non-zero, naming the entry.
        let (intact, message) = minsheng_gateway::commands::verify_audit_log(&app.store, Utc::now())
            .await
            .unwrap();
        assert!(!intact);
        assert!(message.contains(&victim.id.to_string()), "{message}");
        let data_dir = tempfile::tempdir().unwrap();
        let url = app.state.config.database.url.expose_secret().to_owned();
        let code = minsheng_gateway::commands::run(Cli::Audit(AuditCommand::Verify(DbArgs {
            database_url: Some(url),
            data_dir: data_dir.path().to_owned(),
            statement_timeout: DbArgs::DEFAULT_STATEMENT_TIMEOUT,
            db_connections: DbArgs::DEFAULT_CONNECTIONS,
            db_read_connections: DbArgs::DEFAULT_READ_CONNECTIONS,
        })))
        .await;
        assert_eq!(code, ExitCode::FAILURE);
        let recorded = last_event(&app.store).await;
        assert_eq!(recorded.kind, "audit_verified");
        assert_eq!(recorded.payload["via"], "cli");
        assert_eq!(recorded.payload["first_break"]["id"], victim.id.to_string());

        // Only supervisors may run it through the API.
        let staff = token(&app, "staff@oversight.test").await;
        assert_code(&app.gql(Some(&staff), verify, json!({})).await, "FORBIDDEN");
    }
}

async fn last_event(store: &Store) -> ticket_event::Model {
    ticket_event::Entity::find()
        .order_by_desc(ticket_event::Column::Pos)
        .one(store.connection())
        .await
        .unwrap()
        .unwrap()
}
