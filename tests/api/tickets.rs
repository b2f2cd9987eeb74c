//! The ticket workflow through the API (SPEC §4–§5): a whole story with its deadlines worked out
//! by hand on the 2026 calendar, the other paths, and an authorisation matrix.

use crate::common::{Session, TestApp, assert_code, assert_no_errors, city};
use chrono::{DateTime, Utc};
use minsheng_domain::Role;
use minsheng_store::entity::department;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

const TICKET_FIELDS: &str = "id reference state version replyDue acceptDue redoCount extensionCount
    paused overdue availableActions department { code } contact { name phone masked }";

async fn set_clock(app: &TestApp, at: &str) -> DateTime<Utc> {
    app.set_clock(crate::common::at(at)).await
}

/// A fresh access token: tokens last 15 minutes, and the story moves the clock by days.
async fn token(app: &TestApp, email: &str) -> String {
    app.login(email, crate::common::PASSWORD).await.access_token
}

async fn department_by_code(app: &TestApp, code: &str) -> Uuid {
    department::Entity::find()
        .filter(department::Column::Code.eq(code))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("department {code}"))
        .id
}

async fn file(app: &TestApp, token: Option<&str>, category: Uuid, extra: Value) -> Value {
    let mut input = json!({
        "kind": "COMPLAINT",
        "categoryId": category,
        "title": "路灯不亮",
        "description": "建国路 88 号门前的路灯连续三晚不亮，行人夜里看不清路。",
        "address": "朝阳区建国路 88 号",
        "contactName": "李雷",
        "contactPhone": "13812345678",
    });
    if let (Some(obj), Some(more)) = (input.as_object_mut(), extra.as_object()) {
        for (k, v) in more {
            obj.insert(k.clone(), v.clone());
        }
    }
    let body = app
        .gql(
            token,
            &format!(
                "mutation($input: FileTicketInput!) {{ fileTicket(input: $input) {{
                    trackingCode replayed ticket {{ {TICKET_FIELDS} }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["fileTicket"].clone()
}

/// Runs a ticket mutation `name(id: $id, …args)` and returns the response body.
async fn act(app: &TestApp, token: &str, name: &str, id: &str, args: Value) -> Value {
    let mut decl = String::from("$id: ID!");
    let mut pass = String::from("id: $id");
    let mut vars = json!({ "id": id });
    for (k, v) in args.as_object().cloned().unwrap_or_default() {
        let ty = match k.as_str() {
            "expectedVersion" => "Int",
            "requestedDue" | "dueAt" => "DateTime!",
            "approve" | "solved" => "Boolean!",
            "satisfaction" => "Satisfaction!",
            "departmentId" | "parentId" | "requestId" => "ID!",
            _ => "String!",
        };
        decl.push_str(&format!(", ${k}: {ty}"));
        pass.push_str(&format!(", {k}: ${k}"));
        vars[&k] = v;
    }
    app.gql(
        Some(token),
        &format!("mutation({decl}) {{ t: {name}({pass}) {{ {TICKET_FIELDS} }} }}"),
        vars,
    )
    .await
}

fn ok(body: &Value) -> Value {
    assert_no_errors(body);
    body["data"]["t"].clone()
}

async fn timeline_kinds(app: &TestApp, token: &str, id: &str) -> Vec<String> {
    let body = app
        .gql(
            Some(token),
            "query($id: ID!) { ticket(id: $id) { timeline { event { kind } messageKind message } } }",
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["ticket"]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"]["kind"].as_str().unwrap().to_owned())
        .collect()
}

both_dbs! {
    /// SPEC §4 from filing to closing, with every deadline checked against the 2026 calendar.
    async fn a_whole_story(app) {
        // Mon 2 Nov 2026, 10:00 in Shanghai.
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        app.register("lilei@example.org", "correct horse battery").await;
        app.create_user(Role::Staff, "wang@example.org", Some(urban)).await;
        app.create_user(Role::Agent, "agent@example.org", None).await;

        let filed = file(&app, Some(&token(&app, "lilei@example.org").await as &str), light, json!({})).await;
        let t = &filed["ticket"];
        let id = t["id"].as_str().unwrap().to_owned();
        assert!(t["reference"].as_str().unwrap().starts_with("MS-2026-"), "{t}");
        assert_eq!(t["state"], "DISPATCHED", "routing dispatches at once: {t}");
        assert_eq!(t["department"]["code"], "urban-management");
        // 1 working day to accept; 15 working days to reply (a normal complaint).
        assert_eq!(t["acceptDue"], "2026-11-03T02:00:00+00:00");
        assert_eq!(t["replyDue"], "2026-11-23T02:00:00+00:00");
        assert_eq!(filed["trackingCode"], Value::Null, "signed-in residents need no code");

        set_clock(&app, "2026-11-02T02:30:00Z").await;
        let t = ok(&act(&app, &token(&app, "wang@example.org").await, "acceptTicket", &id, json!({})).await);
        assert_eq!(t["state"], "ACCEPTED");

        // Tue 3 Nov 11:00: a question pauses the reply clock.
        set_clock(&app, "2026-11-03T03:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "wang@example.org").await, "askResident", &id,
            json!({ "question": "请问是哪一根灯杆？" })).await);
        assert_eq!(t["state"], "AWAITING_RESIDENT");
        assert_eq!(t["paused"], true);

        // Thu 5 Nov 14:00: the answer resumes it. Paused working time: Tue 11:00–12:00 and
        // 13:30–17:30 (5 h), Wed (7 h), Thu 09:00–12:00 and 13:30–14:00 (3.5 h) = 15.5 h, so the
        // deadline moves from Mon 23 Nov 10:00 by 15.5 working hours: Mon 10:00–17:30 (6 h),
        // Tue (7 h), Wed 09:00–11:30 (2.5 h) → Wed 25 Nov 11:30 = 03:30Z.
        set_clock(&app, "2026-11-05T06:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "lilei@example.org").await, "answerQuestion", &id,
            json!({ "answer": "东侧第三根。" })).await);
        assert_eq!(t["state"], "ACCEPTED");
        assert_eq!(t["paused"], false);
        assert_eq!(t["replyDue"], "2026-11-25T03:30:00+00:00");

        // Fri 6 Nov: staff ask for more time, to Wed 2 Dec 17:30; the agent approves.
        set_clock(&app, "2026-11-06T02:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "wang@example.org").await, "requestExtension", &id, json!({
            "reason": "需要更换灯杆，等待配件。",
            "requestedDue": "2026-12-02T09:30:00Z",
        })).await);
        assert_eq!(t["replyDue"], "2026-11-25T03:30:00+00:00", "pending until decided");
        let body = app.gql(Some(&token(&app, "agent@example.org").await),
            "query($id: ID!) { ticket(id: $id) { extensionRequests { id decision } } }",
            json!({ "id": id })).await;
        assert_no_errors(&body);
        let request_id = body["data"]["ticket"]["extensionRequests"][0]["id"].as_str().unwrap().to_owned();
        let t = ok(&act(&app, &token(&app, "agent@example.org").await, "decideExtension", &id,
            json!({ "requestId": request_id, "approve": true })).await);
        assert_eq!(t["replyDue"], "2026-12-02T09:30:00+00:00");
        assert_eq!(t["extensionCount"], 1);

        // Mon 9 Nov: the reply; the resident is dissatisfied at 11:00, which opens a redo with a
        // fresh 15 working days: Mon 30 Nov 11:00 = 03:00Z.
        set_clock(&app, "2026-11-09T02:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "wang@example.org").await, "replyTicket", &id,
            json!({ "body": "已安排维修。" })).await);
        assert_eq!(t["state"], "REPLIED");
        set_clock(&app, "2026-11-09T03:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "lilei@example.org").await, "rateTicket", &id,
            json!({ "solved": false, "satisfaction": "DISSATISFIED" })).await);
        assert_eq!(t["state"], "ACCEPTED", "a dissatisfied rating reopens: {t}");
        assert_eq!(t["redoCount"], 1);
        assert_eq!(t["replyDue"], "2026-11-30T03:00:00+00:00");

        set_clock(&app, "2026-11-10T02:00:00Z").await;
        ok(&act(&app, &token(&app, "wang@example.org").await, "replyTicket", &id,
            json!({ "body": "灯杆已更换，路灯恢复照明。" })).await);
        let t = ok(&act(&app, &token(&app, "lilei@example.org").await, "rateTicket", &id,
            json!({ "solved": true, "satisfaction": "SATISFIED" })).await);
        assert_eq!(t["state"], "CLOSED");
        assert_eq!(t["availableActions"], json!(["REOPEN"]));

        assert_eq!(
            timeline_kinds(&app, &token(&app, "lilei@example.org").await, &id).await,
            ["filed", "dispatched", "accepted", "question_asked", "question_answered",
             "extension_requested", "extension_decided", "replied", "rated", "reopened",
             "replied", "rated"]
        );
        let report = minsheng_store::chain::verify_chain(app.store.connection()).await.unwrap();
        assert_eq!(report.first_break, None);
        // The resident was asked, told of the reply twice and asked to rate twice.
        assert_eq!(app.outbox("question").await.len(), 1);
        assert_eq!(app.outbox("reply_published").await.len(), 2);
    }

    /// Return, then re-dispatch to another department (new clocks), and an upheld return.
    async fn return_and_redispatch(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let staff = app.create_user(Role::Staff, "wang@example.org", Some(urban)).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let resident = app.register("lilei@example.org", "correct horse battery").await;
        let id = file(&app, Some(&resident.access_token), light, json!({})).await["ticket"]["id"]
            .as_str().unwrap().to_owned();

        let body = act(&app, &staff.access_token, "returnTicket", &id, json!({ "reason": "   " })).await;
        assert_code(&body, "BAD_USER_INPUT");
        assert_eq!(body["errors"][0]["extensions"]["field"], "reason");
        let t = ok(&act(&app, &staff.access_token, "returnTicket", &id,
            json!({ "reason": "路灯归区城管所管辖" })).await);
        assert_eq!(t["state"], "RETURNED");
        assert_eq!(t["availableActions"], json!(["INTERNAL_NOTE"]), "nothing more for staff to do");

        let inbox = app.gql(Some(&agent.access_token),
            "{ inbox { totalCount edges { node { id state } } } }", json!({})).await;
        assert_no_errors(&inbox);
        assert_eq!(inbox["data"]["inbox"]["edges"][0]["node"]["state"], "RETURNED");

        // Re-dispatching to the same department must be an explicit uphold.
        let body = act(&app, &agent.access_token, "redispatchTicket", &id,
            json!({ "departmentId": urban })).await;
        assert_code(&body, "BAD_USER_INPUT");
        let chaoyang = department_by_code(&app, "chaoyang").await;
        set_clock(&app, "2026-11-03T02:00:00Z").await;
        let t = ok(&act(&app, &token(&app, "agent@example.org").await, "redispatchTicket", &id,
            json!({ "departmentId": chaoyang })).await);
        assert_eq!(t["state"], "DISPATCHED");
        assert_eq!(t["department"]["code"], "chaoyang");
        assert_eq!(t["acceptDue"], "2026-11-04T02:00:00+00:00", "a new department gets new clocks");
        // The first department can no longer see or act on it.
        let body = act(&app, &token(&app, "wang@example.org").await, "acceptTicket", &id, json!({})).await;
        assert_code(&body, "NOT_FOUND");

        // A ticket filed and returned, then upheld: an improper return, same department.
        let id2 = file(&app, Some(&token(&app, "lilei@example.org").await as &str), light, json!({})).await["ticket"]["id"]
            .as_str().unwrap().to_owned();
        assert_no_errors(&act(&app, &token(&app, "wang@example.org").await, "returnTicket", &id2,
            json!({ "reason": "不归我们管" })).await);
        let t = ok(&act(&app, &token(&app, "agent@example.org").await, "upholdDispatch", &id2,
            json!({ "note": "路灯属于城管局职责" })).await);
        assert_eq!(t["department"]["code"], "urban-management");
        assert!(timeline_kinds(&app, &token(&app, "agent@example.org").await, &id2).await
            .contains(&"dispatch_upheld".to_owned()));
    }

    /// Merge, refuse and withdraw end a ticket; a phone intake records the caller.
    async fn merge_refuse_withdraw_and_phone_intake(app) {
        let (_urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let resident = app.register("lilei@example.org", "correct horse battery").await;

        let parent = file(&app, Some(&resident.access_token), light, json!({})).await;
        let child = file(&app, Some(&resident.access_token), light, json!({})).await;
        let t = ok(&act(&app, &agent.access_token, "mergeTicket",
            child["ticket"]["id"].as_str().unwrap(),
            json!({ "parentId": parent["ticket"]["id"] })).await);
        assert_eq!(t["state"], "MERGED");
        assert_eq!(app.outbox("merged").await.len(), 1, "the resident is told");

        // No category: the ticket waits for an agent, who refuses it as an emergency.
        let waiting = file(&app, Some(&resident.access_token), light, json!({ "categoryId": null })).await;
        assert_eq!(waiting["ticket"]["state"], "SUBMITTED");
        let t = ok(&act(&app, &agent.access_token, "refuseTicket",
            waiting["ticket"]["id"].as_str().unwrap(),
            json!({ "reason": "燃气泄漏属紧急情况，请拨打 119" })).await);
        assert_eq!(t["state"], "REFUSED");

        let mine = file(&app, Some(&resident.access_token), light, json!({})).await;
        let t = ok(&act(&app, &resident.access_token, "withdrawTicket",
            mine["ticket"]["id"].as_str().unwrap(), json!({})).await);
        assert_eq!(t["state"], "WITHDRAWN");
        let body = act(&app, &resident.access_token, "withdrawTicket",
            mine["ticket"]["id"].as_str().unwrap(), json!({})).await;
        assert_code(&body, "INVALID_TRANSITION");

        // Phone intake: an agent files for an elderly caller, urgent.
        let phoned = file(&app, Some(&agent.access_token), light, json!({
            "priority": "URGENT",
            "contactName": "张奶奶",
            "onBehalfOf": { "relationship": "caller" },
        })).await;
        let body = app.gql(Some(&agent.access_token),
            "query($id: ID!) { ticket(id: $id) { channel priority replyDue filedAt contact { name } } }",
            json!({ "id": phoned["ticket"]["id"] })).await;
        assert_no_errors(&body);
        let t = &body["data"]["ticket"];
        assert_eq!(t["channel"], "PHONE");
        assert_eq!(t["priority"], "URGENT");
        // Urgent complaint: 24 calendar hours from dispatch (dispatched at filing).
        assert_eq!(t["replyDue"], "2026-11-03T02:00:00+00:00");
        assert_eq!(t["contact"]["name"], "张奶奶");
        // Residents cannot raise the priority themselves.
        let body = app.gql(Some(&resident.access_token),
            "mutation($i: FileTicketInput!) { fileTicket(input: $i) { replayed } }",
            json!({ "i": { "kind": "COMPLAINT", "title": "x", "description": "y", "priority": "CRITICAL" } })).await;
        assert_code(&body, "BAD_USER_INPUT");
        assert_eq!(body["errors"][0]["extensions"]["field"], "priority");
    }

    /// Anonymous filing returns a tracking code once; the code (and only the code) tracks it.
    async fn anonymous_tracking(app) {
        let (_urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let filed = file(&app, None, light, json!({ "confidential": true })).await;
        let code = filed["trackingCode"].as_str().expect("a tracking code").to_owned();
        let reference = filed["ticket"]["reference"].as_str().unwrap().to_owned();
        let q = "query($r: String!, $c: String!) { trackTicket(reference: $r, trackingCode: $c) {
                    reference state timeline { event { kind } } } }";
        let body = app.gql(None, q, json!({ "r": reference, "c": code })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["trackTicket"]["state"], "DISPATCHED");
        assert_eq!(body["data"]["trackTicket"]["timeline"][0]["event"]["kind"], "filed");
        let body = app.gql(None, q, json!({ "r": reference, "c": "WRONGCODE234" })).await;
        assert_code(&body, "NOT_FOUND");
        // Without an account nobody can read it by id.
        let body = app.gql(None, "query($id: ID!) { ticket(id: $id) { id } }",
            json!({ "id": filed["ticket"]["id"] })).await;
        assert_code(&body, "FORBIDDEN");
    }

    /// Idempotent filing, and a stale version refused with CONFLICT.
    async fn idempotency_and_conflicts(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let resident = app.register("lilei@example.org", "correct horse battery").await;
        let staff = app.create_user(Role::Staff, "wang@example.org", Some(urban)).await;
        let a = file(&app, Some(&resident.access_token), light, json!({ "idempotencyKey": "k-1" })).await;
        let b = file(&app, Some(&resident.access_token), light, json!({ "idempotencyKey": "k-1" })).await;
        assert_eq!(a["ticket"]["id"], b["ticket"]["id"]);
        assert_eq!(b["replayed"], true);
        let body = app.gql(Some(&resident.access_token),
            "mutation($i: FileTicketInput!) { fileTicket(input: $i) { replayed } }",
            json!({ "i": { "kind": "COMPLAINT", "title": "别的事", "description": "不同的内容",
                           "idempotencyKey": "k-1" } })).await;
        assert_code(&body, "CONFLICT");

        let id = a["ticket"]["id"].as_str().unwrap();
        let v = a["ticket"]["version"].as_i64().unwrap();
        ok(&act(&app, &staff.access_token, "addInternalNote", id,
            json!({ "body": "先看看", "expectedVersion": v })).await);
        let body = act(&app, &staff.access_token, "acceptTicket", id,
            json!({ "expectedVersion": v })).await;
        assert_code(&body, "CONFLICT");
        // Residents never see internal notes.
        let kinds = timeline_kinds(&app, &resident.access_token, id).await;
        assert!(!kinds.contains(&"note_added".to_owned()), "{kinds:?}");
    }

    /// Confidential complainants are masked for everyone until an agent reveals them; the reveal
    /// is logged. Staff can never reveal.
    async fn confidential_complainants(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let resident = app.register("lilei@example.org", "correct horse battery").await;
        let staff = app.create_user(Role::Staff, "wang@example.org", Some(urban)).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let filed = file(&app, Some(&resident.access_token), light, json!({ "confidential": true })).await;
        let id = filed["ticket"]["id"].as_str().unwrap();
        let q = "query($id: ID!) { ticket(id: $id) { contact { name phone masked } } }";
        let body = app.gql(Some(&staff.access_token), q, json!({ "id": id })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["ticket"]["contact"], json!({ "name": "李*", "phone": "138****5678", "masked": true }));
        let body = app.gql(Some(&staff.access_token),
            "mutation($id: ID!) { revealIdentity(id: $id) { name } }", json!({ "id": id })).await;
        assert_code(&body, "FORBIDDEN");
        let body = app.gql(Some(&agent.access_token),
            "mutation($id: ID!) { revealIdentity(id: $id) { name phone masked } }", json!({ "id": id })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["revealIdentity"], json!({ "name": "李雷", "phone": "13812345678", "masked": false }));
        let kinds = timeline_kinds(&app, &agent.access_token, id).await;
        assert!(kinds.contains(&"identity_viewed".to_owned()), "{kinds:?}");
    }
}

/// Who may do what, as a table written independently of the code: every mutation × every kind
/// of caller on a dispatched ticket. `A` allowed, `F` FORBIDDEN, `N` NOT_FOUND, `I`
/// INVALID_TRANSITION (the caller may act, but not on a dispatched ticket).
const MATRIX: &[(&str, &str, [char; 7])] = &[
    //                                               owner other agent staff other-staff supervisor admin
    ("acceptTicket", "{}", ['F', 'N', 'F', 'A', 'N', 'F', 'F']),
    (
        "returnTicket",
        r#"{"reason":"不归本部门"}"#,
        ['F', 'N', 'F', 'A', 'N', 'F', 'F'],
    ),
    (
        "askResident",
        r#"{"question":"?"}"#,
        ['F', 'N', 'F', 'I', 'N', 'F', 'F'],
    ),
    (
        "answerQuestion",
        r#"{"answer":"!"}"#,
        ['I', 'N', 'F', 'F', 'N', 'F', 'F'],
    ),
    (
        "replyTicket",
        r#"{"body":"done"}"#,
        ['F', 'N', 'F', 'I', 'N', 'F', 'F'],
    ),
    (
        "rateTicket",
        r#"{"solved":true,"satisfaction":"SATISFIED"}"#,
        ['I', 'N', 'I', 'F', 'N', 'F', 'F'],
    ),
    (
        "reopenTicket",
        r#"{"reason":"again"}"#,
        ['I', 'N', 'I', 'F', 'N', 'F', 'F'],
    ),
    (
        "refuseTicket",
        r#"{"reason":"out of scope"}"#,
        ['F', 'N', 'I', 'F', 'N', 'F', 'F'],
    ),
    ("withdrawTicket", "{}", ['A', 'N', 'F', 'F', 'N', 'F', 'F']),
    (
        "superviseTicket",
        r#"{"reason":"hurry"}"#,
        ['F', 'N', 'F', 'F', 'N', 'A', 'F'],
    ),
    (
        "addInternalNote",
        r#"{"body":"note"}"#,
        ['F', 'N', 'A', 'A', 'N', 'A', 'F'],
    ),
    ("upholdDispatch", "{}", ['F', 'N', 'I', 'F', 'N', 'F', 'F']),
    (
        "dispatchTicket",
        r#"{"departmentId":"$DEPT"}"#,
        ['F', 'N', 'I', 'F', 'N', 'F', 'F'],
    ),
    (
        "redispatchTicket",
        r#"{"departmentId":"$DEPT"}"#,
        ['F', 'N', 'I', 'F', 'N', 'F', 'F'],
    ),
    (
        "requestExtension",
        r#"{"reason":"more time","requestedDue":"2026-11-30T09:30:00Z"}"#,
        ['F', 'N', 'F', 'I', 'N', 'F', 'F'],
    ),
    (
        "decideExtension",
        r#"{"requestId":"$RANDOM","approve":true}"#,
        ['F', 'N', 'I', 'F', 'N', 'I', 'F'],
    ),
    (
        "mergeTicket",
        r#"{"parentId":"$PARENT"}"#,
        ['F', 'N', 'A', 'F', 'N', 'F', 'F'],
    ),
];

/// Mutations whose authorisation is tested elsewhere, by name, so that the matrix test can
/// insist every mutation in the schema is covered somewhere.
const COVERED_ELSEWHERE: &[&str] = &[
    // tests/api/auth.rs and auth_negatives.rs
    "register",
    "login",
    "refresh",
    "logout",
    "changePassword",
    "requestPasswordReset",
    "resetPassword",
    // filing by every kind of caller: this file
    "fileTicket",
    "revealIdentity",
    // administration (admins only): tests/api/admin.rs, oversight.rs and open311.rs
    "saveDepartment",
    "saveCategory",
    "setRoute",
    "removeRoute",
    "updateSlaPolicy",
    "setCalendarDay",
    "setWorkingWeek",
    "updateUser",
    "createOpen311Key",
    "revokeOpen311Key",
    // oversight: tests/api/oversight.rs
    "respondToSupervision",
    // attachments: tests/api/attachments.rs
    "setAttachmentPublic",
    // following: tests/api/similar.rs
    "followTicket",
    "unfollowTicket",
];

/// The mutation names of the schema the server serves.
fn schema_mutations() -> Vec<String> {
    let sdl = minsheng_gateway::graphql::sdl();
    let start = sdl
        .find("type MutationRoot {")
        .or_else(|| sdl.find("type Mutation {"))
        .expect("a mutation type");
    let body = &sdl[start..];
    let body = &body[..body.find("\n}").expect("end of the mutation type")];
    body.lines()
        .skip(1)
        .filter_map(|l| {
            // Fields are indented by one tab; the arguments of a multi-line field by two.
            let l = l.strip_prefix('\t').filter(|l| !l.starts_with('\t'))?;
            let name: String = l
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            (!name.is_empty() && l[name.len()..].starts_with(['(', ':'])).then_some(name)
        })
        .collect()
}

#[test]
fn every_mutation_has_an_authorisation_test() {
    let mutations = schema_mutations();
    assert!(mutations.len() > 30, "{mutations:?}");
    let missing: Vec<&String> = mutations
        .iter()
        .filter(|m| {
            !MATRIX.iter().any(|(name, _, _)| name == m) && !COVERED_ELSEWHERE.contains(&m.as_str())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "mutations with no authorisation test: {missing:?}"
    );
}

both_dbs! {
    async fn authorisation_matrix(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let other_dept = app.create_department("elsewhere").await;
        let owner = app.register("owner@example.org", "correct horse battery").await;
        let tokens = [
            owner.access_token.clone(),
            app.register("other@example.org", "correct horse battery").await.access_token,
            app.create_user(Role::Agent, "agent@example.org", None).await.access_token,
            app.create_user(Role::Staff, "staff@example.org", Some(urban)).await.access_token,
            app.create_user(Role::Staff, "staff2@example.org", Some(other_dept)).await.access_token,
            app.create_user(Role::Supervisor, "sup@example.org", None).await.access_token,
            app.create_user(Role::Admin, "admin@example.org", None).await.access_token,
        ];
        let parent = file(&app, Some(&owner.access_token), light, json!({})).await["ticket"]["id"]
            .as_str().unwrap().to_owned();
        let mut checked = 0;
        for (name, args, expected) in MATRIX {
            for (who, want) in expected.iter().enumerate() {
                // A fresh dispatched ticket for every cell, so one allowed action cannot change
                // what the next caller sees.
                let id = file(&app, Some(&owner.access_token), light, json!({})).await["ticket"]["id"]
                    .as_str().unwrap().to_owned();
                let args = args
                    .replace("$DEPT", &urban.to_string())
                    .replace("$PARENT", &parent)
                    .replace("$RANDOM", &Uuid::now_v7().to_string());
                let body = act(&app, &tokens[who], name, &id, serde_json::from_str(&args).unwrap()).await;
                let got = match body["errors"][0]["extensions"]["code"].as_str() {
                    None => 'A',
                    Some("FORBIDDEN") => 'F',
                    Some("NOT_FOUND") => 'N',
                    Some("INVALID_TRANSITION") => 'I',
                    Some(other) => panic!("{name} by caller {who}: unexpected {other}: {body}"),
                };
                assert_eq!(got, *want, "{name} by caller {who}: {body}");
                checked += 1;
            }
        }
        assert_eq!(checked, MATRIX.len() * 7);

        // Reads: the owner sees the ticket, another resident and another department do not.
        let id = file(&app, Some(&owner.access_token), light, json!({})).await["ticket"]["id"]
            .as_str().unwrap().to_owned();
        let q = "query($id: ID!) { ticket(id: $id) { id } }";
        for (who, want) in [(0, None), (1, Some("NOT_FOUND")), (2, None), (3, None), (4, Some("NOT_FOUND")), (5, None), (6, Some("FORBIDDEN"))] {
            let body = app.gql(Some(&tokens[who]), q, json!({ "id": id })).await;
            assert_eq!(body["errors"][0]["extensions"]["code"].as_str(), want, "read by caller {who}: {body}");
        }
        let body = app.gql(Some(&tokens[1]), "{ myTickets { totalCount } }", json!({})).await;
        assert_eq!(body["data"]["myTickets"]["totalCount"], 0);
        let body = app.gql(Some(&tokens[4]), "{ departmentQueue { totalCount } }", json!({})).await;
        assert_eq!(body["data"]["departmentQueue"]["totalCount"], 0);
    }
}

/// Files `n` tickets for a resident straight through the store (fast set-up).
async fn file_many(app: &TestApp, resident: Uuid, category: Uuid, n: usize) {
    use minsheng_domain::input::{Description, Title};
    use minsheng_domain::{Channel, Kind, Locale, Priority};
    use minsheng_store::Principal;
    use minsheng_store::tickets::{self, NewTicket};
    let who = Principal::User {
        id: resident,
        role: Role::Resident,
        department_id: None,
    };
    let now = app.now().await;
    for i in 0..n {
        tickets::file(
            &app.store,
            &who,
            NewTicket {
                kind: Kind::Complaint,
                priority: Priority::Normal,
                channel: Channel::Web,
                category_id: Some(category),
                title: Title::parse(&format!("路灯不亮 {i}")).unwrap(),
                description: Description::parse("路灯连续三晚不亮。").unwrap(),
                address: None,
                district: None,
                location: None,
                occurred_at: None,
                contact_name: None,
                contact_email: None,
                contact_phone: None,
                confidential: false,
                on_behalf_of: None,
                locale: Locale::ZhCn,
                idempotency_key: None,
            },
            now,
        )
        .await
        .unwrap();
    }
}

/// The demo city's urban department with `n` streetlight complaints filed by one resident, and
/// a member of its staff: the queue the queue tests read.
struct QueueCity {
    department: Uuid,
    category: Uuid,
    resident: Session,
    staff: Session,
}

impl QueueCity {
    async fn with_tickets(app: &TestApp, n: usize) -> Self {
        let (department, category) = city(app, "2026-11-02T02:00:00Z").await;
        let resident = app
            .register("lilei@example.org", "correct horse battery")
            .await;
        let staff = app
            .create_user(Role::Staff, "wang@example.org", Some(department))
            .await;
        file_many(app, resident.user_id.parse().unwrap(), category, n).await;
        Self {
            department,
            category,
            resident,
            staff,
        }
    }
}

both_dbs! {
    /// Nested lookups go through DataLoaders: a 50-row queue page with each ticket's department,
    /// category and latest events runs exactly as many SQL statements as a 5-row page.
    async fn queue_pages_cost_a_fixed_number_of_statements(app) {
        let queue = QueueCity::with_tickets(&app, 60).await;
        let staff = queue.staff;
        let q = "query($n: Int) { departmentQueue(first: $n) { totalCount edges { node {
                    reference replyDue department { code nameZh } category { nameZh }
                    latestEvents(first: 3) { kind occurredAt } } } } }";
        // The count is per pool, and background tasks and the catalogue's reload (about once a
        // second) may add to it; the fewest statements seen over a few requests is what the
        // request itself costs.
        let mut cost = Vec::new();
        for n in [5, 50] {
            let mut fewest = u64::MAX;
            for _ in 0..5 {
                let before = app.store.statements_executed();
                let body = app.gql(Some(&staff.access_token), q, json!({ "n": n })).await;
                assert_no_errors(&body);
                let edges = body["data"]["departmentQueue"]["edges"].as_array().unwrap();
                assert_eq!(edges.len(), n);
                assert_eq!(edges[n - 1]["node"]["latestEvents"].as_array().unwrap().len(), 2);
                fewest = fewest.min(app.store.statements_executed() - before);
            }
            cost.push(fewest);
        }
        // An N+1 would add at least one statement per row (45 more); a loader batch that the
        // scheduler splits in two under load adds one or two.
        assert!(cost[1] <= cost[0] + 3, "statements for 5 rows vs 50 rows: {cost:?}");
        assert!(cost[1] <= 12, "a queue page should take a handful of statements: {cost:?}");

        // The total is counted only when asked for: the count is right, and a page without it
        // costs one statement less.
        let body = app.gql(Some(&staff.access_token), q, json!({ "n": 5 })).await;
        assert_eq!(body["data"]["departmentQueue"]["totalCount"], 60);
        let q = q.replace("totalCount ", "");
        let mut fewest = u64::MAX;
        for _ in 0..5 {
            let before = app.store.statements_executed();
            let body = app.gql(Some(&staff.access_token), &q, json!({ "n": 5 })).await;
            assert_no_errors(&body);
            fewest = fewest.min(app.store.statements_executed() - before);
        }
        assert_eq!(fewest + 1, cost[0], "without totalCount: {fewest} vs {cost:?}");
    }
}

both_dbs! {
    /// Queue rows resolve their fields inline (`graphql::inline`), while a document with
    /// fragments goes through async-graphql's own resolution: both answer alike, errors included.
    async fn queue_rows_answer_alike_with_and_without_fragments(app) {
        let queue = QueueCity::with_tickets(&app, 3).await;
        let (urban, light, staff) = (queue.department, queue.category, queue.staff);
        let plain = "query($n: Int!) { departmentQueue(first: 5) { nodes {
                __typename id reference title state priority replyDue
                department { __typename id nameZh } category { id nameZh }
                latestEvents(first: $n) { __typename id kind occurredAt } } } }";
        let fragments = "query($n: Int!) { departmentQueue(first: 5) { nodes { __typename ...Row } } }
            fragment Row on Ticket { id reference ... on Ticket { title state } priority replyDue
              department { __typename ...D } category { ... on Category { id nameZh } }
              latestEvents(first: $n) { __typename ...E } }
            fragment D on Department { id nameZh }
            fragment E on TicketEvent { id kind occurredAt }";
        let a = app.gql(Some(&staff.access_token), plain, json!({ "n": 3 })).await;
        let b = app.gql(Some(&staff.access_token), fragments, json!({ "n": 3 })).await;
        assert_no_errors(&a);
        let rows = a["data"]["departmentQueue"]["nodes"].as_array().unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["__typename"], "Ticket");
        assert_eq!(rows[0]["department"]["__typename"], "Department");
        assert_eq!(rows[0]["department"]["id"], urban.to_string());
        assert_eq!(rows[0]["category"]["id"], light.to_string());
        assert_eq!(rows[0]["latestEvents"][0]["__typename"], "TicketEvent");
        assert_eq!(rows[0]["latestEvents"].as_array().unwrap().len(), 2);
        assert!(rows[0]["title"].as_str().unwrap().starts_with("路灯不亮"));
        assert_eq!(a, b);

        // An argument out of range fails the same field of every row, the same way.
        let a = app.gql(Some(&staff.access_token), plain, json!({ "n": 11 })).await;
        let b = app.gql(Some(&staff.access_token), fragments, json!({ "n": 11 })).await;
        assert!(!a["errors"].as_array().unwrap().is_empty(), "{a}");
        assert_eq!(a["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{a}");
        assert_eq!(a["errors"].as_array().unwrap().len(), 3, "{a}");
        // The two documents differ in text, so only the errors' locations may differ.
        let unplaced = |mut v: Value| {
            for e in v["errors"].as_array_mut().unwrap() {
                e.as_object_mut().unwrap().remove("locations");
            }
            v
        };
        assert_eq!(unplaced(a), unplaced(b));
    }
}

both_dbs! {
    /// A page reads its rows' latest events in one query when every row asks for the same
    /// (`graphql::tickets::ticket_connection`), and through the DataLoader when they are asked
    /// for in several ways: either way each row gets its own newest events, and a resident never
    /// sees an internal note.
    async fn latest_events_are_each_rows_own_however_the_page_asks(app) {
        let queue = QueueCity::with_tickets(&app, 3).await;
        let (resident, staff) = (queue.resident, queue.staff);
        let staff = Some(staff.access_token.as_str());
        let page = app.gql(staff, "{ departmentQueue(first: 5) { nodes { id } } }", json!({})).await;
        let busy = page["data"]["departmentQueue"]["nodes"][1]["id"].as_str().unwrap().to_owned();
        for call in ["acceptTicket(id: $id)", "addInternalNote(id: $id, body: \"内部意见\")"] {
            let mutation = format!("mutation($id: ID!) {{ t: {call} {{ id }} }}");
            let body = app.gql(staff, &mutation, json!({ "id": busy })).await;
            assert_no_errors(&body);
        }

        let one_way = "{ departmentQueue(first: 5) {
            nodes { id latestEvents(first: 3) { id kind } }
            edges { node { id latestEvents(first: 3) { id kind } } } } }";
        let two_ways = "{ departmentQueue(first: 5) { nodes { id
            latestEvents(first: 3) { id kind } newest: latestEvents(first: 1) { id kind } } } }";
        let a = app.gql(staff, one_way, json!({})).await;
        let b = app.gql(staff, two_ways, json!({})).await;
        assert_no_errors(&a);
        assert_no_errors(&b);
        let rows = a["data"]["departmentQueue"]["nodes"].as_array().unwrap();
        let edges = a["data"]["departmentQueue"]["edges"].as_array().unwrap();
        let loaded = b["data"]["departmentQueue"]["nodes"].as_array().unwrap();
        assert_eq!(rows.len(), 3);
        for ((row, edge), other) in rows.iter().zip(edges).zip(loaded) {
            assert_eq!(&edge["node"], row);
            assert_eq!(row["id"], other["id"]);
            assert_eq!(row["latestEvents"], other["latestEvents"]);
            assert_eq!(other["newest"].as_array().unwrap().len(), 1);
            assert_eq!(other["newest"][0], other["latestEvents"][0]);
        }
        let kinds = |row: &Value| -> Vec<String> {
            row["latestEvents"].as_array().unwrap().iter()
                .map(|e| e["kind"].as_str().unwrap().to_owned()).collect()
        };
        let busy_row = rows.iter().find(|r| r["id"] == busy.as_str()).unwrap();
        assert_eq!(kinds(busy_row), ["note_added", "accepted", "dispatched"]);
        for quiet in rows.iter().filter(|r| r["id"] != busy.as_str()) {
            assert_eq!(kinds(quiet), ["dispatched", "filed"]);
        }

        // The resident's own list: the same ticket's events, without the note.
        let mine = app
            .gql(
                Some(&resident.access_token),
                "{ myTickets(first: 5) { nodes { id latestEvents(first: 3) { kind } } } }",
                json!({}),
            )
            .await;
        assert_no_errors(&mine);
        let own = mine["data"]["myTickets"]["nodes"].as_array().unwrap();
        let own_busy = own.iter().find(|r| r["id"] == busy.as_str()).unwrap();
        assert_eq!(kinds(own_busy), ["accepted", "dispatched", "filed"]);
    }
}
