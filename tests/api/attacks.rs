//! Attacks, written as our own tests: what a scanner such as graphql-cop tries that
//! `hardening.rs` does not already cover (GraphiQL, field duplication, circular and exploding
//! fragments, parser bombs, the same over the WebSocket, security headers on every kind of
//! answer), broken object-level authorisation (another resident's or another department's ids
//! give nothing, also through nested fields and connections), mass assignment (no input lets a
//! role set what it may not), account enumeration, and errors that never show SQL or internals.
//!
//! Each of these found a bug that is now fixed, and is its regression test:
//! - `another_residents_objects_are_out_of_reach`: a resident's search with any filter was
//!   widened, not narrowed, by it (the resident scope is an OR), showing other people's tickets;
//! - `circular_and_exploding_fragments_are_refused`: a 1 kB document of fragments that spread
//!   the next one twice held a worker thread for seconds to hours;
//! - `websocket_documents_get_the_same_limits`: errors over graphql-ws had no §11 code;
//! - `hostile_input_gives_clean_errors`: the cursor `usize::MAX` panicked the request (a 500), and
//!   a NUL character reached PostgreSQL as an internal error;
//! - `field_duplication_is_refused`: `{ __typename × 500 }` was answered.

use crate::common::*;
use minsheng_domain::Role;
use reqwest::Method;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use uuid::Uuid;

#[path = "../support/clean.rs"]
mod clean;
use clean::{LEAKS, assert_clean};

/// The response failed with one of `codes`, showed no data for the failing field, and is clean.
fn assert_refused(body: &Value, codes: &[&str], what: &str) {
    assert_clean(body);
    let code = error_code(body).unwrap_or_else(|| panic!("{what} was not refused: {body}"));
    assert!(
        codes.contains(&code),
        "{what}: expected one of {codes:?}: {body}"
    );
    let data = &body["data"];
    assert!(
        data.is_null()
            || data
                .as_object()
                .is_some_and(|o| o.values().all(Value::is_null)),
        "{what} returned data: {body}"
    );
}

async fn post_query(app: &TestApp, token: Option<&str>, query: &str) -> Value {
    let body = app.gql(token, query, json!({})).await;
    assert_clean(&body);
    body
}

async fn alive(app: &TestApp) {
    let res = app.request(Method::GET, "/healthz").send().await.unwrap();
    assert_eq!(res.status(), 200, "the server is still up");
    let body = post_query(app, None, "{ __typename }").await;
    assert_eq!(body["data"]["__typename"], "Query");
}

/// A document must be answered within this, even one built to make the server work forever.
const PROMPT: Duration = Duration::from_secs(10);

async fn prompt_query(app: &TestApp, query: &str) -> Value {
    let started = Instant::now();
    let body = tokio::time::timeout(PROMPT, app.gql(None, query, json!({})))
        .await
        .unwrap_or_else(|_| panic!("no answer within {PROMPT:?}"));
    assert!(started.elapsed() < PROMPT);
    assert_clean(&body);
    body
}

/// A document whose fragments each spread the next one twice, `levels` deep: tiny to send,
/// 2^levels selections once inlined.
fn fragment_bomb(on: &str, levels: usize) -> String {
    let op = if on == "Subscription" {
        "subscription "
    } else {
        ""
    };
    let mut q = format!("{op}{{ ...F0 }}\n");
    for i in 0..levels {
        let next = i + 1;
        q.push_str(&format!(
            "fragment F{i} on {on} {{ ...F{next} ...F{next} }}\n"
        ));
    }
    let leaf = if on == "Subscription" {
        "notifications { id }"
    } else {
        "__typename"
    };
    q.push_str(&format!("fragment F{levels} on {on} {{ {leaf} }}\n"));
    q
}

const TICKET_FIELDS: &str = "id reference state mergedIntoId
    contact { name email phone masked }
    timeline { event { kind details } messageKind message }
    latestEvents { kind details }";

/// Files a ticket; the `fileTicket` payload.
async fn file(app: &TestApp, token: Option<&str>, category: Uuid, extra: Value) -> Value {
    let mut input = json!({
        "kind": "COMPLAINT",
        "categoryId": category,
        "title": "路灯不亮",
        "description": "建国路 88 号门前的路灯连续三晚不亮，行人夜里看不清路。",
        "address": "朝阳区建国路 88 号",
        "contactName": "李雷",
        "contactPhone": "13812345678",
        "contactEmail": "lilei.private@example.org",
    });
    for (k, v) in extra.as_object().cloned().unwrap_or_default() {
        input[k] = v;
    }
    // An anonymous filer gets the ticket back, but no timeline: they track it with the code.
    let fields = if token.is_some() {
        TICKET_FIELDS
    } else {
        "id reference state"
    };
    let body = app
        .gql(
            token,
            &format!(
                "mutation($input: FileTicketInput!) {{ fileTicket(input: $input) {{
                    trackingCode ticket {{ {fields} }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["fileTicket"].clone()
}

/// Runs `mutation { t: name(id: $id, …) { id state version } }` and asserts it worked.
async fn act(app: &TestApp, token: &str, call: &str, id: &str) -> Value {
    let body = app
        .gql(
            Some(token),
            &format!("mutation($id: ID!) {{ t: {call} {{ id state version }} }}"),
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["t"].clone()
}

/// What the owner's ticket holds that nobody else may learn.
const SECRETS: [&str; 4] = [
    "13812345678",
    "lilei.private@example.org",
    "建国路 88 号门前",
    "内部意见：该住户多次投诉",
];

fn assert_no_secrets(body: &Value, who: &str) {
    let text = body.to_string();
    for s in SECRETS {
        assert!(!text.contains(s), "{who} learned {s:?}: {body}");
    }
}

/// Officials-only queries, with valid arguments, and who may run them.
const PRIVATE_QUERIES: &[(&str, &[Role])] = &[
    (
        "{ escalationSettings { problemRedos } }",
        &[Role::Admin, Role::Supervisor],
    ),
    (
        "{ routingRules { id departmentId } }",
        &[Role::Admin, Role::Agent],
    ),
    ("{ allDepartments { id code } }", &[Role::Admin]),
    ("{ allCategories { id code } }", &[Role::Admin]),
    ("{ users { id email role } }", &[Role::Admin]),
    ("{ open311Keys { id keyPrefix } }", &[Role::Admin]),
    (
        "{ metricsTotal(filter: {from: \"2026-10-01\", to: \"2026-12-01\"}) { counts { dispatched } } }",
        &[Role::Supervisor],
    ),
    (
        "{ departmentRanking(month: \"2026-10\") { month rows { score } } }",
        &[Role::Supervisor],
    ),
    (
        "{ problemTickets { totalCount nodes { id } } }",
        &[Role::Supervisor],
    ),
    (
        "{ identityViews { totalCount nodes { ticketId } } }",
        &[Role::Supervisor],
    ),
    ("{ verifyAuditChain { intact } }", &[Role::Supervisor]),
    (
        "{ inbox { totalCount nodes { id } } }",
        &[Role::Agent, Role::Supervisor],
    ),
    (
        "{ departmentQueue { totalCount nodes { id } } }",
        &[Role::Staff, Role::Agent, Role::Supervisor],
    ),
    (
        "{ supervisionOrders { totalCount nodes { id reason } } }",
        &[Role::Staff, Role::Agent, Role::Supervisor],
    ),
];

both_dbs! {
    async fn graphiql_is_refused_in_production(app) {
        for path in ["/graphql", "/graphiql", "/playground", "/graphql/playground", "/altair", "/graphql/graphiql"] {
            let res = app
                .request(Method::GET, path)
                .header("accept", "text/html")
                .send()
                .await
                .unwrap();
            assert_ne!(res.status(), 200, "{path}");
            let text = res.text().await.unwrap().to_lowercase();
            assert!(!text.contains("graphiql") && !text.contains("playground"), "{path}: {text}");
        }
    }

    async fn field_duplication_is_refused(app) {
        let flood = format!("{{ {} }}", vec!["__typename"; 500].join(" "));
        let body = prompt_query(&app, &flood).await;
        assert_refused(&body, &["BAD_USER_INPUT"], "500 duplicated fields");
        assert!(error_message(&body).unwrap().contains("more than once"), "{body}");
        let s = app.register("dup@example.org", PASSWORD).await;
        let body = app.gql(Some(&s.access_token), "{ me { id id email } }", json!({})).await;
        assert_refused(&body, &["BAD_USER_INPUT"], "a duplicated nested field");
        // The same field under two names is an alias, counted as such.
        let body = app.gql(Some(&s.access_token), "{ me { id } again: me { id } }", json!({})).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["again"]["id"], s.user_id.as_str());
    }

    async fn circular_and_exploding_fragments_are_refused(app) {
        let cycles = [
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
            "{ ...A } fragment A on Query { __typename ...A }",
            "{ me { ...U } } fragment U on User { id ... on User { ...U } }",
            "query { __typename } fragment A on Query { ...A }",
        ];
        for q in cycles {
            let body = prompt_query(&app, q).await;
            assert_refused(&body, &["BAD_USER_INPUT"], q);
            alive(&app).await;
        }
        // Each fragment spreads the next one twice: 2^30 selections once inlined, and as many
        // paths for anything that walks the fragments without remembering them.
        let started = Instant::now();
        let body = prompt_query(&app, &fragment_bomb("Query", 30)).await;
        assert_refused(&body, &["BAD_USER_INPUT"], "a fragment bomb");
        assert!(error_message(&body).unwrap().contains("expands"), "{body}");
        assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
        alive(&app).await;
        let bomb = fragment_bomb("Query", 40);
        let body = prompt_query(&app, &bomb).await;
        assert_refused(&body, &["BAD_USER_INPUT"], "a fragment bomb");
        alive(&app).await;
    }

    /// Every kind of answer carries the security headers, not only the GraphQL ones that
    /// `hardening.rs` looks at.
    async fn security_headers_on_every_kind_of_answer(app) {
        let requests = [
            app.request(Method::GET, "/graphql"),
            app.request(Method::PUT, "/graphql"),
            app.request(Method::GET, "/readyz"),
            app.request(Method::GET, "/open311/v2/discovery.json"),
            app.request(Method::GET, "/open311/v2/discovery.xml"),
            app.request(Method::GET, "/open311/v2/requests/MS-2026-999999.json"),
            app.request(Method::POST, "/open311/v2/requests.json").form(&[("api_key", "wrong")]),
            app.request(Method::GET, "/open-data/"),
            app.request(Method::GET, "/open-data/sla-targets.csv"),
            app.request(Method::GET, "/export/tickets.csv?from=2026-01-01&to=2026-02-01"),
            app.request(Method::GET, "/graphql/ws"),
            app.request(Method::POST, "/graphql").header("content-type", "application/json").body("[]"),
        ];
        for req in requests {
            let res = req.send().await.unwrap();
            let what = format!("{} {}", res.status(), res.url().path());
            let h = res.headers();
            let csp = h.get("content-security-policy").map(|v| v.to_str().unwrap().to_owned());
            let csp = csp.unwrap_or_else(|| panic!("no CSP on {what}"));
            assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
            assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
            assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
            assert!(!h.contains_key("access-control-allow-origin"), "{what}");
            assert!(!h.contains_key("server") || !h["server"].to_str().unwrap().contains('/'), "{what}");
            assert!(res.status().as_u16() < 500, "{what}");
        }
    }

    /// Documents sent over the WebSocket get the same limits as those sent by POST.
    async fn websocket_documents_get_the_same_limits(app) {
        let s = app.register("ws@example.org", PASSWORD).await;
        let mut ws = crate::ws::WsClient::connect_ok(&app.url, &s.access_token).await;
        let bombs = [
            "subscription { ...A } fragment A on Subscription { ...B } fragment B on Subscription { ...A }".to_owned(),
            "subscription { notifications { id id } }".to_owned(),
            fragment_bomb("Subscription", 30),
        ];
        for (i, q) in bombs.iter().enumerate() {
            let id = format!("bomb{i}");
            ws.subscribe(&id, q, json!({})).await;
            let m = tokio::time::timeout(PROMPT, ws.next_for(&id, PROMPT)).await.expect("an answer");
            let errors = match m["type"].as_str() {
                Some("error") => m["payload"].clone(),
                Some("next") => m["payload"]["errors"].clone(),
                _ => panic!("{q} was not refused: {m}"),
            };
            assert_eq!(errors[0]["extensions"]["code"], "BAD_USER_INPUT", "{m}");
        }
        alive(&app).await;
    }

    async fn parser_bombs_are_refused(app) {
        // Deeply nested values, selections and variables, each within the body-size limit.
        let deep_list = format!("{{ ticket(id: {}1{}) {{ id }} }}", "[".repeat(50_000), "]".repeat(50_000));
        let deep_object = format!("{{ ticket(id: {}1{}) {{ id }} }}", "{a: ".repeat(20_000), "}".repeat(20_000));
        let deep_selection = format!("{{ {}__typename{} }}", "me { ".repeat(20_000), " }".repeat(20_000));
        let unclosed = "{ me { ".repeat(100_000);
        for q in [deep_list, deep_object, deep_selection, unclosed] {
            let body = prompt_query(&app, &q).await;
            assert_refused(&body, &["BAD_USER_INPUT"], "a deeply nested document");
            alive(&app).await;
        }
        // Deeply nested JSON variables are refused before GraphQL sees them.
        let nested = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let res = app
            .request(Method::POST, "/graphql")
            .header("content-type", "application/json")
            .body(format!(r#"{{"query":"{{ __typename }}","variables":{{"v":{nested}}}}}"#))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400);
        assert_clean(&res.json().await.unwrap());
        // Many operations in one document, and an operation name that is not there.
        let many: String = (0..2000).map(|i| format!("query Q{i} {{ __typename }} ")).collect();
        assert_refused(&prompt_query(&app, &many).await, &["BAD_USER_INPUT"], "2000 operations");
        let res = app
            .request(Method::POST, "/graphql")
            .json(&json!({ "query": "query A { __typename }", "operationName": "B" }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_refused(&res.json().await.unwrap(), &["BAD_USER_INPUT"], "an unknown operation");
        alive(&app).await;
    }

    /// Another resident's ticket, and everything hanging off it, is out of reach by id, by
    /// reference, through nested fields, through connections and through ids the API handed out.
    async fn another_residents_objects_are_out_of_reach(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let owner = app.register("owner@example.org", PASSWORD).await;
        let other = app.register("other@example.org", PASSWORD).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let sup = app.create_user(Role::Supervisor, "sup@example.org", None).await;

        let filed = file(&app, Some(&owner.access_token), light, json!({})).await;
        let t = filed["ticket"]["id"].as_str().unwrap().to_owned();
        let reference = filed["ticket"]["reference"].as_str().unwrap().to_owned();
        act(&app, &staff.access_token, "acceptTicket(id: $id)", &t).await;
        act(&app, &staff.access_token, "askResident(id: $id, question: \"哪一根灯杆？\")", &t).await;
        act(&app, &staff.access_token, "addInternalNote(id: $id, body: \"内部意见：该住户多次投诉\")", &t).await;
        act(&app, &sup.access_token, "superviseTicket(id: $id, reason: \"请尽快办理\")", &t).await;
        // The other resident's own ticket, merged into the owner's: its `mergedIntoId` hands the
        // owner's id to the other resident.
        let theirs = file(&app, Some(&other.access_token), light, json!({
            "title": "另一盏路灯不亮",
            "description": "光华路 12 号北侧的路灯不亮。",
            "address": "朝阳区光华路 12 号",
            "contactName": "韩梅梅",
            "contactPhone": "13900000000",
            "contactEmail": "hanmeimei@example.org",
        })).await;
        let theirs = theirs["ticket"]["id"].as_str().unwrap().to_owned();
        let body = app
            .gql(
                Some(&agent.access_token),
                "mutation($id: ID!, $p: ID!) { mergeTicket(id: $id, parentId: $p) { id state } }",
                json!({ "id": theirs, "p": t }),
            )
            .await;
        assert_no_errors(&body);
        let order_id = {
            let body = post_query(&app, Some(&sup.access_token), "{ supervisionOrders { nodes { id ticketId } } }").await;
            body["data"]["supervisionOrders"]["nodes"][0]["id"].as_str().unwrap().to_owned()
        };
        // An anonymous filer's ticket and its tracking code.
        let anon = file(&app, None, light, json!({})).await;
        let anon_ref = anon["ticket"]["reference"].as_str().unwrap().to_owned();
        let code = anon["trackingCode"].as_str().unwrap().to_owned();

        let own = app
            .gql(Some(&other.access_token), &format!("query($id: ID!) {{ ticket(id: $id) {{ {TICKET_FIELDS} }} }}"),
                 json!({ "id": theirs }))
            .await;
        assert_no_errors(&own);
        assert_eq!(own["data"]["ticket"]["mergedIntoId"], t.as_str());
        assert_no_secrets(&own, "the merged resident, through their own ticket");

        // Another resident is told the ticket does not exist; nobody signed in is refused
        // whatever the id, so neither learns whether it exists.
        for (who, token, unseen) in [
            ("another resident", Some(other.access_token.as_str()), &["NOT_FOUND"][..]),
            ("nobody", None, &["NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"][..]),
        ] {
            let by_id = app
                .gql(token, &format!("query($id: ID!) {{ ticket(id: $id) {{ {TICKET_FIELDS} extensionRequests {{ reason }} }} }}"),
                     json!({ "id": t }))
                .await;
            assert_refused(&by_id, unseen, who);
            assert_no_secrets(&by_id, who);
            let by_ref = app
                .gql(token, "query($r: String!) { ticketByReference(reference: $r) { id contact { phone } } }",
                     json!({ "r": reference }))
                .await;
            assert_refused(&by_ref, unseen, who);
            for (r, c) in [(&reference, "".to_owned()), (&reference, code.clone()), (&anon_ref, "0".repeat(code.len()))] {
                let tracked = app
                    .gql(token, "query($r: String!, $c: String!) { trackTicket(reference: $r, trackingCode: $c) { title timeline { message } } }",
                         json!({ "r": r, "c": c }))
                    .await;
                assert_refused(&tracked, &["NOT_FOUND", "BAD_USER_INPUT"], who);
            }
            // Connections: searching by reference, department or an injection finds nothing.
            for filter in [json!({ "text": reference }), json!({ "departmentId": urban }),
                           json!({ "text": "' OR '1'='1" }), json!({ "text": "%" })] {
                let found = app
                    .gql(token, &format!("query($f: TicketFilterInput) {{ searchTickets(filter: $f) {{ totalCount nodes {{ {TICKET_FIELDS} }} }} }}"),
                         json!({ "f": filter }))
                    .await;
                assert_clean(&found);
                if token.is_some() {
                    let nodes = found["data"]["searchTickets"]["nodes"].as_array().unwrap();
                    assert!(nodes.iter().all(|n| n["id"] == theirs.as_str()), "{who} found {found}");
                } else {
                    assert_refused(&found, &["UNAUTHENTICATED", "FORBIDDEN"], who);
                }
                assert_no_secrets(&found, who);
            }
            if token.is_some() {
                let mine = post_query(&app, token, &format!("{{ myTickets {{ totalCount nodes {{ {TICKET_FIELDS} }} }} }}")).await;
                assert_eq!(mine["data"]["myTickets"]["totalCount"], 1, "{mine}");
                assert_no_secrets(&mine, who);
            }
            // Supervision orders, identity views and the mutations on someone else's objects.
            for (q, vars) in [
                ("query($t: ID) { supervisionOrders(ticketId: $t) { nodes { id reason } } }", json!({ "t": t })),
                ("query($t: ID) { identityViews(ticketId: $t) { nodes { viewerName } } }", json!({ "t": t })),
                ("mutation($t: ID!) { revealIdentity(id: $t) { name phone email } }", json!({ "t": t })),
                ("mutation($o: ID!) { respondToSupervision(orderId: $o, response: \"已办\") { id } }", json!({ "o": order_id })),
                ("mutation($t: ID!) { answerQuestion(id: $t, answer: \"东侧\") { id } }", json!({ "t": t })),
                ("mutation($t: ID!) { withdrawTicket(id: $t) { id } }", json!({ "t": t })),
            ] {
                let body = app.gql(token, q, vars).await;
                assert_refused(&body, &["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"], &format!("{who}: {q}"));
                assert_no_secrets(&body, who);
            }
            for (q, _) in PRIVATE_QUERIES {
                let body = app.gql(token, q, json!({})).await;
                assert_refused(&body, &["FORBIDDEN", "UNAUTHENTICATED"], &format!("{who}: {q}"));
            }
        }

        // The owner sees their ticket, but not what only officials see.
        let mine = app
            .gql(Some(&owner.access_token), &format!("query($id: ID!) {{ ticket(id: $id) {{ {TICKET_FIELDS} }} }}"),
                 json!({ "id": t }))
            .await;
        assert_no_errors(&mine);
        let text = mine.to_string();
        assert!(text.contains("哪一根灯杆"), "the owner sees the question: {mine}");
        assert!(!text.contains("内部意见"), "an internal note reached the resident: {mine}");
        let ext = app
            .gql(Some(&owner.access_token), "query($id: ID!) { ticket(id: $id) { extensionRequests { reason } } }",
                 json!({ "id": t }))
            .await;
        assert_clean(&ext);
        assert!(ext["data"]["ticket"]["extensionRequests"].as_array().is_none_or(Vec::is_empty), "{ext}");
    }

    /// Another department's tickets, queue and supervision orders are out of reach of staff.
    async fn another_departments_objects_are_out_of_reach(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let elsewhere = app.create_department("elsewhere").await;
        let resident = app.register("resident@example.org", PASSWORD).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let outsider = app.create_user(Role::Staff, "outsider@example.org", Some(elsewhere)).await;
        let sup = app.create_user(Role::Supervisor, "sup@example.org", None).await;
        let filed = file(&app, Some(&resident.access_token), light, json!({})).await;
        let t = filed["ticket"]["id"].as_str().unwrap().to_owned();
        let reference = filed["ticket"]["reference"].as_str().unwrap().to_owned();
        act(&app, &staff.access_token, "acceptTicket(id: $id)", &t).await;
        act(&app, &staff.access_token, "addInternalNote(id: $id, body: \"内部意见：该住户多次投诉\")", &t).await;
        act(&app, &staff.access_token,
            "requestExtension(id: $id, reason: \"等待配件\", requestedDue: \"2026-11-30T09:30:00Z\")", &t).await;
        act(&app, &sup.access_token, "superviseTicket(id: $id, reason: \"请尽快办理\")", &t).await;
        let orders = post_query(&app, Some(&staff.access_token), "{ supervisionOrders { totalCount nodes { id } } }").await;
        assert_eq!(orders["data"]["supervisionOrders"]["totalCount"], 1, "{orders}");
        let order_id = orders["data"]["supervisionOrders"]["nodes"][0]["id"].as_str().unwrap().to_owned();

        let token = Some(outsider.access_token.as_str());
        let who = "another department's staff";
        let body = app
            .gql(token, &format!("query($id: ID!) {{ ticket(id: $id) {{ {TICKET_FIELDS} extensionRequests {{ reason }} }} }}"),
                 json!({ "id": t }))
            .await;
        assert_refused(&body, &["NOT_FOUND"], who);
        let body = app
            .gql(token, "query($r: String!) { ticketByReference(reference: $r) { id } }", json!({ "r": reference }))
            .await;
        assert_refused(&body, &["NOT_FOUND"], who);
        // Naming the other department in a filter changes nothing.
        for q in ["departmentQueue", "searchTickets"] {
            for filter in [json!({ "departmentId": urban }), json!({ "text": reference }), json!({})] {
                let body = app
                    .gql(token, &format!("query($f: TicketFilterInput) {{ {q}(filter: $f) {{ totalCount edges {{ node {{ {TICKET_FIELDS} }} }} }} }}"),
                         json!({ "f": filter }))
                    .await;
                assert_clean(&body);
                assert_eq!(body["data"][q]["totalCount"], 0, "{who}: {q} {filter}: {body}");
                assert_no_secrets(&body, who);
            }
        }
        for vars in [json!({ "d": urban }), json!({ "t": t }), json!({})] {
            let body = app
                .gql(token, "query($d: ID, $t: ID) { supervisionOrders(departmentId: $d, ticketId: $t) { totalCount nodes { id reason } } }", vars)
                .await;
            assert_clean(&body);
            assert_eq!(body["data"]["supervisionOrders"]["totalCount"], 0, "{who}: {body}");
        }
        for (q, vars) in [
            ("mutation($o: ID!) { respondToSupervision(orderId: $o, response: \"已办\") { id } }", json!({ "o": order_id })),
            ("mutation($t: ID!) { revealIdentity(id: $t) { phone } }", json!({ "t": t })),
            ("mutation($t: ID!) { addInternalNote(id: $t, body: \"x\") { id } }", json!({ "t": t })),
            ("mutation($t: ID!) { replyTicket(id: $t, body: \"x\") { id } }", json!({ "t": t })),
        ] {
            let body = app.gql(token, q, vars).await;
            assert_refused(&body, &["NOT_FOUND", "FORBIDDEN"], &format!("{who}: {q}"));
            assert_no_secrets(&body, who);
        }
        for (q, roles) in PRIVATE_QUERIES {
            if roles.contains(&Role::Staff) {
                continue;
            }
            let body = app.gql(token, q, json!({})).await;
            assert_refused(&body, &["FORBIDDEN"], &format!("{who}: {q}"));
        }
        // The supervisors' export is not for staff.
        let res = app
            .request(Method::GET, "/export/tickets.csv?from=2026-11-01&to=2026-12-01")
            .bearer_auth(&outsider.access_token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        assert!(!res.text().await.unwrap().contains(&reference));
    }

    /// No input lets a caller set the owner, state, department, deadlines or role.
    async fn inputs_refuse_fields_the_caller_may_not_set(app) {
        let (_urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let elsewhere = app.create_department("elsewhere").await;
        let resident = app.register("resident@example.org", PASSWORD).await;
        let victim = app.register("victim@example.org", PASSWORD).await;
        let base = json!({
            "kind": "COMPLAINT", "categoryId": light, "title": "路灯不亮",
            "description": "建国路 88 号门前的路灯连续三晚不亮。",
        });
        let file_q = "mutation($input: FileTicketInput!) { fileTicket(input: $input) { ticket { id state } } }";
        for (field, value) in [
            ("state", json!("CLOSED")),
            ("departmentId", json!(elsewhere)),
            ("residentId", json!(victim.user_id)),
            ("ownerId", json!(victim.user_id)),
            ("userId", json!(victim.user_id)),
            ("replyDue", json!("2030-01-01T00:00:00Z")),
            ("acceptDue", json!("2030-01-01T00:00:00Z")),
            ("channel", json!("PHONE")),
            ("reference", json!("MS-2026-999999")),
            ("version", json!(7)),
            ("filedAt", json!("2020-01-01T00:00:00Z")),
            ("anonymous", json!(true)),
        ] {
            let mut input = base.clone();
            input[field] = value;
            let body = app.gql(Some(&resident.access_token), file_q, json!({ "input": input })).await;
            assert_refused(&body, &["BAD_USER_INPUT"], &format!("fileTicket with {field}"));
        }
        // The same, written into the document instead of the variables.
        let body = app
            .gql(Some(&resident.access_token),
                 &format!("mutation {{ fileTicket(input: {{kind: COMPLAINT, categoryId: \"{light}\", title: \"t\",
                    description: \"d\", state: CLOSED}}) {{ ticket {{ id }} }} }}"),
                 json!({}))
            .await;
        assert_refused(&body, &["BAD_USER_INPUT"], "a literal state");
        // Only the hotline centre sets a priority.
        let mut input = base.clone();
        input["priority"] = json!("CRITICAL");
        let body = app.gql(Some(&resident.access_token), file_q, json!({ "input": input })).await;
        assert_refused(&body, &["BAD_USER_INPUT"], "a resident's priority");
        assert_eq!(body["errors"][0]["extensions"]["field"], "priority");
        let mine = post_query(&app, Some(&resident.access_token), "{ myTickets { totalCount } }").await;
        assert_eq!(mine["data"]["myTickets"]["totalCount"], 0, "nothing was filed: {mine}");
        let victims = post_query(&app, Some(&victim.access_token), "{ myTickets { totalCount } }").await;
        assert_eq!(victims["data"]["myTickets"]["totalCount"], 0);

        // Registration takes no role, department or flags.
        for (field, value) in [
            ("role", json!("ADMIN")),
            ("departmentId", json!(elsewhere)),
            ("isDepartmentHead", json!(true)),
            ("active", json!(true)),
        ] {
            let mut input = json!({ "email": format!("{field}@example.org"), "password": PASSWORD, "displayName": "x" });
            input[field] = value;
            let body = app
                .gql(None, "mutation($i: RegisterInput!) { register(input: $i) { user { role } } }", json!({ "i": input }))
                .await;
            assert_refused(&body, &["BAD_USER_INPUT"], &format!("register with {field}"));
            assert_code(&app.login_raw(&format!("{field}@example.org"), PASSWORD).await, "UNAUTHENTICATED");
        }
        // A resident cannot promote themselves, nor touch the catalogue.
        for q in [
            format!("mutation {{ updateUser(id: \"{}\", role: \"admin\") }}", resident.user_id),
            format!("mutation {{ saveDepartment(id: \"{elsewhere}\", input: {{code: \"x\", nameZh: \"x\", nameEn: \"x\"}}) {{ id }} }}"),
        ] {
            let body = app.gql(Some(&resident.access_token), &q, json!({})).await;
            assert_refused(&body, &["FORBIDDEN"], &q);
        }
        let me = app.me(&resident.access_token).await;
        assert_eq!(me["data"]["me"]["role"], "RESIDENT");
    }

    /// Sign-in and password reset answer the same whether or not an address has an account.
    async fn errors_do_not_reveal_who_has_an_account(app) {
        app.register("known@example.org", PASSWORD).await;
        let mut known = Vec::new();
        let mut unknown = Vec::new();
        for i in 0..4 {
            let started = Instant::now();
            let a = app.login_raw("known@example.org", "wrong password!").await;
            known.push(started.elapsed());
            let started = Instant::now();
            let b = app.login_raw(&format!("nobody{i}@example.org"), "wrong password!").await;
            unknown.push(started.elapsed());
            assert_clean(&a);
            assert_eq!(a, b, "sign-in tells a registered address from an unknown one");
        }
        // An unknown address costs a password hash too, so timing does not tell them apart.
        known.sort();
        unknown.sort();
        assert!(unknown[1] * 4 >= known[1], "unknown {unknown:?} vs known {known:?}");

        let reset = |email: &'static str| {
            app.gql(None, "mutation($e: String!) { requestPasswordReset(email: $e) }", json!({ "e": email }))
        };
        let a = reset("known@example.org").await;
        let b = reset("nobody@example.org").await;
        assert_no_errors(&a);
        assert_eq!(a, b, "password reset tells a registered address from an unknown one");

        // Registration must say an address is taken; it says so plainly, without internals.
        let again = app
            .gql(None, "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                 json!({ "i": { "email": "known@example.org", "password": PASSWORD, "displayName": "x" } }))
            .await;
        assert_refused(&again, &["CONFLICT"], "a taken address");
        let message = error_message(&again).unwrap().to_lowercase();
        for word in ["users", "email_key", "duplicate key", "constraint", "unique"] {
            assert!(!message.contains(word), "{again}");
        }
    }

    /// Hostile text in every kind of argument gives a clean client error, never an internal one.
    async fn hostile_input_gives_clean_errors(app) {
        let (_urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let s = app.register("hostile@example.org", PASSWORD).await;
        let token = Some(s.access_token.as_str());
        let nasty = [
            "'; DROP TABLE tickets; --",
            "\u{0}",
            "a\u{0}b",
            "\u{202e}\u{fffd}\u{feff}",
            "%_\\",
            "𝕳𝖊𝖑𝖑𝖔 🙂",
            "\u{7f}\u{1b}[31m",
        ];
        for text in nasty {
            for (q, vars) in [
                ("query($v: ID!) { ticket(id: $v) { id } }", json!({ "v": text })),
                ("query($v: String!) { ticketByReference(reference: $v) { id } }", json!({ "v": text })),
                ("query($v: String!) { trackTicket(reference: \"MS-2026-000001\", trackingCode: $v) { title } }", json!({ "v": text })),
                ("query($v: String) { searchTickets(filter: {text: $v}) { totalCount } }", json!({ "v": text })),
                ("query($v: String) { myTickets(after: $v) { totalCount } }", json!({ "v": text })),
                ("mutation($v: String!) { login(email: $v, password: $v) { accessToken } }", json!({ "v": text })),
                ("mutation($v: String!) { requestPasswordReset(email: $v) }", json!({ "v": text })),
                ("mutation($v: String!) { resetPassword(token: $v, newPassword: \"a long new password\") }", json!({ "v": text })),
                ("mutation($v: String!) { refresh(refreshToken: $v) { accessToken } }", json!({ "v": text })),
                ("mutation($v: String!) { register(input: {email: \"x@example.org\", password: \"long enough pw\", displayName: $v}) { accessToken } }", json!({ "v": text })),
                ("mutation($v: String!, $c: ID) { fileTicket(input: {kind: COMPLAINT, categoryId: $c, title: $v, description: $v, address: $v}) { ticket { id } } }",
                 json!({ "v": text, "c": light })),
                ("query($v: String) { publicDepartmentStats(month: $v) { month } }", json!({ "v": text })),
            ] {
                let body = app.gql(token, q, vars).await;
                assert_clean(&body);
                assert_ne!(error_code(&body), Some("INTERNAL"), "{q} with {text:?}: {body}");
            }
        }
        // Open311 filing takes the same text through a form.
        let admin = app.create_user(Role::Admin, "admin@example.org", None).await;
        let key = app
            .gql(Some(&admin.access_token), "mutation { createOpen311Key(name: \"fuzz\") { secret } }", json!({}))
            .await;
        let key = key["data"]["createOpen311Key"]["secret"].as_str().unwrap().to_owned();
        for text in nasty {
            let res = app
                .request(Method::POST, "/open311/v2/requests.json")
                .form(&[("api_key", key.as_str()), ("service_code", "street_light"), ("lat", "39.9"),
                        ("long", "116.4"), ("description", text), ("address_string", text),
                        ("first_name", text), ("email", text)])
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            let body = res.text().await.unwrap();
            assert!(status < 500, "Open311 filing with {text:?}: {status} {body}");
            assert!(!LEAKS.iter().any(|w| body.to_lowercase().contains(w)), "{body}");
        }
        // Numbers at the edges of their types, and cursors that are no position in any list.
        for (q, vars) in [
            ("query($n: Int) { myTickets(first: $n) { totalCount } }", json!({ "n": 2147483647 })),
            ("query($n: Int) { myTickets(first: $n) { totalCount } }", json!({ "n": -2147483648i64 })),
            ("query($a: String) { myTickets(after: $a) { totalCount } }", json!({ "a": "18446744073709551615" })),
            ("query($a: String) { myTickets(after: $a) { totalCount } }", json!({ "a": "9223372036854775807" })),
            ("query($n: Int!) { latest: myTickets { nodes { latestEvents(first: $n) { kind } } } }", json!({ "n": 2147483647 })),
            ("query($a: String) { searchTickets(after: $a) { totalCount } }", json!({ "a": "18446744073709551615" })),
            ("query($a: String) { searchTickets(after: $a) { totalCount } }", json!({ "a": "4294967295" })),
            ("query($a: String) { searchTickets(after: $a) { totalCount } }", json!({ "a": "-1" })),
            ("query($a: String) { supervisionOrders(after: $a) { totalCount } }", json!({ "a": "18446744073709551615" })),
            ("query($a: String) { identityViews(after: $a) { totalCount } }", json!({ "a": "18446744073709551615" })),
        ] {
            let body = app.gql(token, q, vars.clone()).await;
            assert_clean(&body);
            assert_ne!(error_code(&body), Some("INTERNAL"), "{q} with {vars}: {body}");
        }
        alive(&app).await;
    }
}

/// Input types a role could use to set what it may not. Each field named here is allowed only
/// where a reason is given; any new input field with one of these names fails this test until
/// someone decides it is safe.
#[test]
fn no_input_type_carries_fields_a_caller_may_not_set() {
    const SENSITIVE: &[&str] = &[
        "state",
        "states",
        "departmentId",
        "parentId",
        "role",
        "residentId",
        "ownerId",
        "userId",
        "createdBy",
        "filedBy",
        "reference",
        "version",
        "channel",
        "replyDue",
        "acceptDue",
        "dispatchDue",
        "dueAt",
        "filedAt",
        "closedAt",
        "isDepartmentHead",
        "active",
        "anonymous",
        "trackingCode",
        "priority",
        "mergedIntoId",
        "password",
        "passwordHash",
    ];
    const ALLOWED: &[(&str, &str, &str)] = &[
        (
            "DepartmentAdminInput",
            "parentId",
            "saveDepartment is for admins",
        ),
        (
            "DepartmentAdminInput",
            "active",
            "saveDepartment is for admins",
        ),
        ("CategoryAdminInput", "active", "saveCategory is for admins"),
        (
            "TicketFilterInput",
            "states",
            "a filter, applied inside the viewer's scope",
        ),
        (
            "TicketFilterInput",
            "departmentId",
            "a filter, applied inside the viewer's scope",
        ),
        (
            "TicketFilterInput",
            "priority",
            "a filter, applied inside the viewer's scope",
        ),
        (
            "MetricFilterInput",
            "departmentId",
            "a filter, supervisors only",
        ),
        ("MetricFilterInput", "channel", "a filter, supervisors only"),
        (
            "FileTicketInput",
            "priority",
            "refused unless the caller is an agent (tested above)",
        ),
        ("SlaEntryInput", "priority", "updateSlaPolicy is for admins"),
        (
            "RegisterInput",
            "password",
            "the new account's own password",
        ),
    ];
    let sdl =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql")).unwrap();
    let mut input = None;
    let mut in_description = false;
    let mut seen = Vec::new();
    for line in sdl.lines() {
        let l = line.trim_start_matches('\t');
        if l.starts_with("\"\"\"") {
            // A description: `"""` alone opens or closes one; `"""text"""` is whole.
            if l == "\"\"\"" || !l.ends_with("\"\"\"") || l.len() < 6 {
                in_description = !in_description;
            }
            continue;
        }
        if in_description {
            continue;
        }
        if let Some(name) = line.strip_prefix("input ") {
            input = name.split_whitespace().next().map(str::to_owned);
            continue;
        }
        if line.starts_with('}') {
            input = None;
            continue;
        }
        let Some(ty) = &input else { continue };
        let Some((field, _)) = l.split_once(':') else {
            continue;
        };
        seen.push((ty.clone(), field.to_owned()));
        if SENSITIVE.contains(&field) {
            assert!(
                ALLOWED.iter().any(|(t, f, _)| t == ty && *f == field),
                "input {ty} has a field `{field}` that a caller may not be allowed to set"
            );
        }
    }
    // The inputs anyone may send, pinned field by field.
    let fields = |ty: &str| -> Vec<String> {
        seen.iter()
            .filter(|(t, _)| t == ty)
            .map(|(_, f)| f.clone())
            .collect()
    };
    assert_eq!(
        fields("FileTicketInput"),
        [
            "kind",
            "priority",
            "categoryId",
            "title",
            "description",
            "address",
            "district",
            "latitude",
            "longitude",
            "occurredAt",
            "contactName",
            "contactEmail",
            "contactPhone",
            "confidential",
            "onBehalfOf",
            "locale",
            "idempotencyKey",
            "attachments",
            "locationFromPhoto",
        ]
    );
    assert_eq!(
        fields("RegisterInput"),
        ["email", "password", "displayName", "phone", "locale"]
    );
    assert_eq!(fields("OnBehalfInput"), ["relationship"]);
    assert!(seen.len() > 40, "parsed only {} input fields", seen.len());
}
