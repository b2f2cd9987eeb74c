//! Open311 GeoReport v2 (SPEC §11, issue 8): the contract of every resource in JSON and XML,
//! every error path, filing through the same domain path as GraphQL (the department queue and
//! its deadlines), the spec's filters and default limits, no personal data in any read, API keys
//! and their rate limit, and a real third-party client library driving the endpoint.
//!
//! The third-party test needs `python3` with `civicbot` and `georeport` from PyPI (pinned in
//! `tests/requirements.txt`). Without them it fails, saying so; it never skips.

use crate::common::{DbKind, TestApp, assert_code, assert_no_errors};
use chrono::{DateTime, Duration, Utc};
use minsheng_domain::Role;
use minsheng_store::entity::{department, outbox, ticket, ticket_event};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

/// Mon 2 Nov 2026, 10:00 in Shanghai: a working morning with no holiday for weeks.
const MONDAY: &str = "2026-11-02T02:00:00Z";
const FORMATS: [&str; 2] = ["json", "xml"];

/// Reference data at `at`, and an administrator; returns the administrator's access token.
async fn city(app: &TestApp, at: &str) -> String {
    let t = app.set_clock(at.parse().unwrap()).await;
    minsheng_store::seed::seed_reference(&app.store, t)
        .await
        .expect("reference data");
    app.create_user(Role::Admin, "admin@example.org", None)
        .await
        .access_token
}

/// Access tokens last 15 minutes; tests that move the clock sign in again.
async fn fresh_token(app: &TestApp, email: &str) -> String {
    app.login(email, crate::common::PASSWORD).await.access_token
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

/// Issues a key through GraphQL; returns its id and its secret.
async fn new_key(app: &TestApp, admin: &str, name: &str, limit: Option<i32>) -> (String, String) {
    let body = app
        .gql(
            Some(admin),
            "mutation($n: String!, $l: Int) { createOpen311Key(name: $n, rateLimitPerMinute: $l) {
                secret key { id name keyPrefix rateLimitPerMinute revokedAt } } }",
            json!({ "n": name, "l": limit }),
        )
        .await;
    assert_no_errors(&body);
    let created = &body["data"]["createOpen311Key"];
    (
        created["key"]["id"].as_str().unwrap().to_owned(),
        created["secret"].as_str().unwrap().to_owned(),
    )
}

/// One HTTP answer.
#[derive(Debug)]
struct Reply {
    status: u16,
    content_type: String,
    retry_after: Option<String>,
    body: String,
}

impl Reply {
    async fn from(res: reqwest::Response) -> Self {
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let retry_after = header("retry-after");
        Reply {
            status: res.status().as_u16(),
            content_type,
            retry_after,
            body: res.text().await.expect("a body"),
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// Asserts a 200 in `format`, with its content type.
    fn ok(self, format: &str) -> Self {
        assert_eq!(self.status, 200, "{}", self.body);
        let want = if format == "json" {
            "application/json"
        } else {
            "text/xml"
        };
        assert!(self.content_type.starts_with(want), "{self:?}");
        self
    }
}

async fn get(app: &TestApp, path: &str) -> Reply {
    Reply::from(
        app.request(reqwest::Method::GET, path)
            .send()
            .await
            .expect("request"),
    )
    .await
}

async fn post(app: &TestApp, format: &str, form: &[(&str, &str)]) -> Reply {
    Reply::from(
        app.request(
            reqwest::Method::POST,
            &format!("/open311/v2/requests.{format}"),
        )
        .form(form)
        .send()
        .await
        .expect("request"),
    )
    .await
}

/// A filing form: parameter names and values.
type Form = Vec<(&'static str, String)>;

/// A complete, valid filing form for a broken street light.
fn lamp_form(key: &str) -> Form {
    vec![
        ("api_key", key.to_owned()),
        ("service_code", "street_light".into()),
        ("lat", "39.9087".into()),
        ("long", "116.3975".into()),
        ("address_string", "东城区东长安街 1 号".into()),
        (
            "description",
            "东长安街南侧人行道的路灯一整晚都不亮，请尽快修理。".into(),
        ),
        ("email", "hanmeimei@example.org".into()),
        ("first_name", "梅梅".into()),
        ("last_name", "韩".into()),
        ("phone", "13912345678".into()),
        ("media_url", "https://img.example.org/lamp.jpg".into()),
        ("device_id", "device-1".into()),
        ("account_id", "account-1".into()),
    ]
}

fn pairs<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The text between `<name>` and `</name>`.
fn xml_text<'a>(xml: &'a str, name: &str) -> &'a str {
    let open = format!("<{name}>");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no <{name}>: {xml}"))
        + open.len();
    let end = xml[start..].find(&format!("</{name}>")).unwrap() + start;
    &xml[start..end]
}

/// Replaces the tokens (random ticket ids) so snapshots stay the same from run to run.
fn redact(body: &str, tokens: &[&str]) -> String {
    tokens
        .iter()
        .fold(body.to_owned(), |b, t| b.replace(t, "[token]"))
}

async fn queue(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app
        .gql(
            Some(token),
            "{ departmentQueue { nodes { id reference channel state acceptDue replyDue
                contact { name email phone masked } } } }",
            json!({}),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["departmentQueue"]["nodes"]
        .as_array()
        .unwrap()
        .clone()
}

async fn act(app: &TestApp, token: &str, mutation: &str, id: &str, args: &str) -> Value {
    let body = app
        .gql(
            Some(token),
            &format!("mutation($id: ID!) {{ t: {mutation}(id: $id{args}) {{ state }} }}"),
            json!({ "id": id }),
        )
        .await;
    assert_no_errors(&body);
    body["data"]["t"].clone()
}

both_dbs! {
    /// The JSON and the XML of every resource, frozen: discovery, services, a service definition,
    /// filing, a search, one request (in both languages) and a token.
    async fn every_resource_matches_its_contract(app) {
        let admin = city(&app, MONDAY).await;
        let (_, key) = new_key(&app, &admin, "FixMyStreet", None).await;
        app.create_user(Role::Staff, "wang@example.org", Some(department_id(&app, "urban-management").await))
            .await;

        let filed = post(&app, "json", &pairs(&lamp_form(&key))).await.ok("json");
        let token1 = filed.json()[0]["token"].as_str().unwrap().to_owned();
        insta::assert_snapshot!("post_requests_json", redact(&filed.body, &[&token1]));

        app.advance_clock(600).await;
        let filed = post(&app, "xml", &[
            ("api_key", &key),
            ("service_code", "garbage"),
            ("address_string", "朝阳区建国路 88 号 <东门>"),
            ("description", "垃圾桶满了两天没人清运 & 有异味。"),
        ]).await.ok("xml");
        let token2 = xml_text(&filed.body, "token").to_owned();
        insta::assert_snapshot!("post_requests_xml", redact(&filed.body, &[&token2]));

        // The department answers the first one: its reply becomes the public status notes.
        app.advance_clock(3600).await;
        let wang = fresh_token(&app, "wang@example.org").await;
        let id = queue(&app, &wang).await.iter()
            .find(|t| t["reference"] == "MS-2026-000001").unwrap()["id"].as_str().unwrap().to_owned();
        act(&app, &wang, "acceptTicket", &id, "").await;
        act(&app, &wang, "replyTicket", &id, ", body: \"已更换灯具，路灯恢复照明。\"").await;

        let resources = [
            ("discovery", "/open311/v2/discovery".to_owned(), ""),
            ("services", "/open311/v2/services".to_owned(), ""),
            ("service_definition", "/open311/v2/services/street_light".to_owned(), ""),
            ("requests", "/open311/v2/requests".to_owned(), ""),
            ("request", "/open311/v2/requests/MS-2026-000001".to_owned(), ""),
            ("request_en", "/open311/v2/requests/MS-2026-000002".to_owned(), "?locale=en"),
            ("token", format!("/open311/v2/tokens/{token1}"), ""),
        ];
        for (name, path, query) in &resources {
            for format in FORMATS {
                let reply = get(&app, &format!("{path}.{format}{query}")).await.ok(format);
                if format == "json" {
                    reply.json();
                }
                insta::assert_snapshot!(
                    format!("{name}_{format}"),
                    redact(&reply.body, &[&token1, &token2])
                );
            }
        }
    }

    /// Every error comes as `[{code, description}]` (XML: `<errors><error>…`), with 400 for a
    /// missing or bad parameter (naming it), 403 for a missing, unknown or revoked key, 404 for
    /// an unknown service, request, token or resource, and 429 past a key's rate limit.
    async fn every_error_path_has_its_status_and_format(app) {
        let admin = city(&app, MONDAY).await;
        let (_, key) = new_key(&app, &admin, "errors", Some(500)).await;
        let (revoked_id, revoked) = new_key(&app, &admin, "revoked", None).await;
        let body = app.gql(Some(&admin), "mutation($id: ID!) { revokeOpen311Key(id: $id) { revokedAt } }",
            json!({ "id": revoked_id })).await;
        assert_no_errors(&body);

        let valid = lamp_form(&key);
        let with = |changes: &[(&'static str, &str)]| {
            let mut f: Form = valid
                .iter()
                .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
                .cloned()
                .collect();
            for (k, v) in changes {
                if !v.is_empty() {
                    f.push((k, (*v).to_owned()));
                }
            }
            f
        };
        let long = "很".repeat(4001);
        let posts: Vec<(&str, Form, u16, &str)> = vec![
            ("no key", with(&[("api_key", "")]), 403, "api_key is required"),
            ("unknown key", with(&[("api_key", "ms311_0123456789")]), 403, "api_key is not valid"),
            ("revoked key", with(&[("api_key", &revoked)]), 403, "api_key has been revoked"),
            ("no service", with(&[("service_code", "")]), 400, "service_code: is required"),
            ("unknown service", with(&[("service_code", "no_such")]), 400, "service_code: no such service"),
            ("bad latitude", with(&[("lat", "91")]), 400, "lat: must be between -90 and 90"),
            ("bad longitude", with(&[("long", "east")]), 400, "long: must be a decimal number"),
            ("no location", with(&[("lat", ""), ("long", ""), ("address_string", "")]), 400, "lat: a location is required"),
            ("long description", with(&[("description", &long)]), 400, "description: must be at most 4000 characters"),
            ("no description", with(&[("description", "")]), 400, "description: must not be empty"),
            ("bad email", with(&[("email", "hanmeimei.example.org")]), 400, "email: must contain one @"),
            ("bad phone", with(&[("phone", "call me")]), 400, "phone: must contain only digits"),
            ("bad media", with(&[("media_url", "file:///etc/passwd")]), 400, "media_url: must be an http or https URL"),
            ("attribute", with(&[("attribute[colour]", "red")]), 400, "attribute: this service has no attribute"),
        ];
        for format in FORMATS {
            for (what, form, status, description) in &posts {
                let reply = post(&app, format, &pairs(form)).await;
                assert_error(&reply, format, *status, description, what);
            }
            // Not form-encoded.
            let reply = Reply::from(app.request(reqwest::Method::POST, &format!("/open311/v2/requests.{format}"))
                .json(&json!({ "api_key": key, "service_code": "street_light" }))
                .send().await.unwrap()).await;
            assert_error(&reply, format, 400, "application/x-www-form-urlencoded", "a JSON body");
            // Only requests can be posted.
            let reply = Reply::from(app.request(reqwest::Method::POST, &format!("/open311/v2/services.{format}"))
                .form(&[("api_key", key.as_str())]).send().await.unwrap()).await;
            assert_error(&reply, format, 405, "only requests can be posted", "posting services");

            let gets = [
                ("requests", "?status=pending", 400, "status: must be open or closed"),
                ("requests", "?start_date=soon", 400, "start_date: must be a W3C date-time"),
                ("requests", "?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", 400,
                    "end_date: the range may span at most 90 days"),
                ("requests", "?start_date=2026-06-01&end_date=2026-05-01", 400, "end_date: must not be before start_date"),
                ("requests", "?service_request_id=42", 400, "service_request_id: must look like MS-2026-000123"),
                ("requests", "?api_key=ms311_nope", 403, "api_key is not valid"),
                ("services", "?locale=fr", 400, "locale: must be zh-CN or en"),
                ("services/no_such", "", 404, "no service with service_code no_such"),
                ("requests/MS-2026-999999", "", 404, "no request with service_request_id MS-2026-999999"),
                ("requests/nonsense", "", 404, "no request with service_request_id nonsense"),
                ("tokens/0192d6a0-0000-7000-8000-000000000000", "", 404, "no request with token"),
                ("tokens/not-a-token", "", 404, "no request with token not-a-token"),
                ("nothing_here", "", 404, "no such resource"),
                ("requests/MS-2026-000001/extra", "", 404, "no such resource"),
            ];
            for (path, query, status, description) in gets {
                let reply = get(&app, &format!("/open311/v2/{path}.{format}{query}")).await;
                assert_error(&reply, format, status, description, path);
            }
        }

        // One of each format, frozen.
        insta::assert_snapshot!("error_json", post(&app, "json", &[("service_code", "street_light")]).await.body);
        insta::assert_snapshot!("error_xml", post(&app, "xml", &[("service_code", "street_light")]).await.body);

        // A key with 2 requests a minute: the third is refused, in both formats, with a hint of
        // when to try again; the next minute it works again.
        let (_, slow) = new_key(&app, &admin, "slow", Some(2)).await;
        let form = lamp_form(&slow);
        post(&app, "json", &pairs(&form)).await.ok("json");
        get(&app, &format!("/open311/v2/services.xml?api_key={slow}")).await.ok("xml");
        for format in FORMATS {
            let reply = post(&app, format, &pairs(&form)).await;
            assert_error(&reply, format, 429, "too many requests", "rate limit");
            let wait: u64 = reply.retry_after.as_deref().expect("Retry-After").parse().unwrap();
            assert!((1..=60).contains(&wait), "{wait}");
        }
        app.advance_clock(60).await;
        post(&app, "json", &pairs(&form)).await.ok("json");
    }

    /// A request filed over Open311 takes the GraphQL path: it is routed at once, gets the same
    /// deadlines (a street light is a help request: 1 working day to accept, 10 to reply), its
    /// events and receipts, and records the key that filed it.
    async fn a_filed_request_reaches_the_department_queue_with_its_deadlines(app) {
        let admin = city(&app, MONDAY).await;
        let (key_id, key) = new_key(&app, &admin, "FixMyStreet", None).await;
        let urban = department_id(&app, "urban-management").await;
        let wang = app.create_user(Role::Staff, "wang@example.org", Some(urban)).await.access_token;

        let filed = post(&app, "json", &pairs(&lamp_form(&key))).await.ok("json").json();
        let reference = filed[0]["service_request_id"].as_str().unwrap().to_owned();
        assert_eq!(reference, "MS-2026-000001");
        assert_eq!(
            filed[0]["service_notice"],
            "已派至市城市管理局办理，答复期限为 2026-11-16 10:00。"
        );

        let q = queue(&app, &wang).await;
        assert_eq!(q.len(), 1, "{q:?}");
        let t = &q[0];
        assert_eq!(t["reference"], reference.as_str());
        assert_eq!(t["channel"], "OPEN_311");
        assert_eq!(t["state"], "DISPATCHED");
        assert_eq!(t["acceptDue"], "2026-11-03T02:00:00+00:00");
        assert_eq!(t["replyDue"], "2026-11-16T02:00:00+00:00");
        // The department sees who filed it (it is not confidential); the public never does.
        assert_eq!(t["contact"]["name"], "韩梅梅");
        assert_eq!(t["contact"]["phone"], "13912345678");

        let public = get(&app, &format!("/open311/v2/requests/{reference}.json")).await.ok("json").json();
        assert_eq!(public[0]["expected_datetime"], "2026-11-16T10:00:00+08:00");
        assert_eq!(public[0]["requested_datetime"], "2026-11-02T10:00:00+08:00");
        assert_eq!(public[0]["agency_responsible"], "市城市管理局");
        assert_eq!(public[0]["status"], "open");

        let row = ticket::Entity::find()
            .filter(ticket::Column::Reference.eq(&reference))
            .one(app.store.connection()).await.unwrap().unwrap();
        assert_eq!(row.open311_key_id, Some(key_id.parse().unwrap()), "the key is recorded");
        assert_eq!(row.channel, "open311");
        assert_eq!(row.kind, "help", "the category's usual kind");
        let events: Vec<String> = ticket_event::Entity::find()
            .filter(ticket_event::Column::TicketId.eq(row.id))
            .order_by_asc(ticket_event::Column::Pos)
            .all(app.store.connection()).await.unwrap()
            .into_iter().map(|e| e.kind).collect();
        assert_eq!(events, ["filed", "dispatched"]);
        let receipts = app.outbox("filing_receipt").await;
        assert_eq!(receipts.len(), 1);
        assert_eq!(receipts[0].recipient_email, "hanmeimei@example.org");
        let to_department: Vec<outbox::Model> = outbox::Entity::find()
            .filter(outbox::Column::TicketId.eq(row.id))
            .filter(outbox::Column::RecipientEmail.eq("wang@example.org"))
            .all(app.store.connection()).await.unwrap();
        assert_eq!(to_department.len(), 1, "the department is told");
    }

    /// GeoReport's filters: a list of ids (which overrides the rest), service codes, a date
    /// window (90 days by default, never longer), open/closed; newest first, at most 1000.
    async fn search_filters_windows_and_limits(app) {
        let admin = city(&app, "2026-07-01T02:00:00Z").await;
        let (_, key) = new_key(&app, &admin, "search", Some(10_000)).await;
        app.create_user(Role::Agent, "agent@example.org", None).await;
        let file = |code: &'static str| {
            let key = key.clone();
            let app = &app;
            async move {
                let reply = post(app, "json", &[
                    ("api_key", key.as_str()),
                    ("service_code", code),
                    ("address_string", "朝阳区建国路 88 号"),
                    ("description", "请处理。"),
                ]).await.ok("json");
                reply.json()[0]["service_request_id"].as_str().unwrap().to_owned()
            }
        };
        // July: more than 90 days before the rest.
        let july = file("street_light").await;
        app.set_clock(MONDAY.parse().unwrap()).await;
        let lamp = file("street_light").await;
        app.advance_clock(86_400).await;
        let rubbish = file("garbage").await;
        app.advance_clock(3_600).await;
        // "Other" has no route: it waits for the centre, which refuses it (closed).
        let other = file("other").await;
        let id = ticket::Entity::find().filter(ticket::Column::Reference.eq(&other))
            .one(app.store.connection()).await.unwrap().unwrap().id.to_string();
        let agent = fresh_token(&app, "agent@example.org").await;
        let t = act(&app, &agent, "refuseTicket", &id, ", reason: \"不属于受理范围\"").await;
        assert_eq!(t["state"], "REFUSED");

        let ids = |query: &str| {
            let app = &app;
            let query = query.to_owned();
            async move {
                let reply = get(app, &format!("/open311/v2/requests.json{query}")).await.ok("json");
                reply.json().as_array().unwrap().iter()
                    .map(|r| r["service_request_id"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(ids("").await, [other.as_str(), rubbish.as_str(), lamp.as_str()], "the last 90 days, newest first");
        assert_eq!(ids(&format!("?service_request_id={july}")).await, [july.as_str()]);
        assert_eq!(
            ids(&format!("?service_request_id={lamp},{july}&service_code=garbage&status=closed")).await,
            [lamp.as_str(), july.as_str()],
            "ids override every other filter"
        );
        assert_eq!(ids("?service_code=street_light").await, [lamp.as_str()]);
        assert_eq!(ids("?service_code=street_light,garbage").await, [rubbish.as_str(), lamp.as_str()]);
        assert_eq!(ids("?service_code=no_such").await, Vec::<String>::new());
        assert_eq!(ids("?status=closed").await, [other.as_str()]);
        assert_eq!(ids("?status=open").await, [rubbish.as_str(), lamp.as_str()]);
        assert_eq!(ids("?status=open,closed").await, [other.as_str(), rubbish.as_str(), lamp.as_str()]);
        assert_eq!(ids("?start_date=2026-06-15&end_date=2026-08-01").await, [july.as_str()]);
        assert_eq!(ids("?start_date=2026-11-03T00:00:00%2B08:00").await, [other.as_str(), rubbish.as_str()]);
        assert_eq!(ids("?end_date=2026-11-02T12:00:00%2B08:00").await, [lamp.as_str()], "90 days back from the end");
        let closed = get(&app, &format!("/open311/v2/requests/{other}.json")).await.ok("json").json();
        assert_eq!(closed[0]["status"], "closed");
        assert_eq!(closed[0]["expected_datetime"], Value::Null);

        // 1,005 more tickets in the window: a search returns the newest 1,000.
        let template = ticket::Entity::find().filter(ticket::Column::Reference.eq(&lamp))
            .one(app.store.connection()).await.unwrap().unwrap();
        let now: DateTime<Utc> = app.now().await;
        let rows: Vec<ticket::ActiveModel> = (1..=1005)
            .map(|i: i64| {
                let mut t = template.clone();
                t.id = Uuid::now_v7();
                t.reference = format!("MS-2025-{i:06}");
                // Half a minute off the whole minutes, so no two tickets share an instant.
                t.filed_at = now - Duration::minutes(i) - Duration::seconds(30);
                t.updated_at = t.filed_at;
                t.into()
            })
            .collect();
        for chunk in rows.chunks(100) {
            ticket::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(app.store.connection()).await.unwrap();
        }
        for format in FORMATS {
            let reply = get(&app, &format!("/open311/v2/requests.{format}")).await.ok(format);
            let n = if format == "json" {
                reply.json().as_array().unwrap().len()
            } else {
                reply.body.matches("<request>").count()
            };
            assert_eq!(n, 1000, "{format}");
        }
        // Newest first: the refused ticket (now), then 59 inserted ones, the rubbish ticket an hour
        // ago, and inserted ones again, down to the 998th.
        let all = ids("").await;
        assert_eq!(all[0], other);
        assert_eq!(all[1], "MS-2025-000001");
        assert_eq!(all[60], rubbish);
        assert_eq!(all[999], "MS-2025-000998");
    }

    /// Nothing that identifies a person appears in any read: not the contact details an
    /// Open311 client sent, not a number written into the description, and nothing but the
    /// category, status, department and dates of a confidential ticket or a report (举报).
    async fn no_personal_data_in_any_read(app) {
        let admin = city(&app, MONDAY).await;
        let (_, key) = new_key(&app, &admin, "privacy", None).await;
        let resident = app.register("lilei@example.org", crate::common::PASSWORD).await.access_token;

        let mut form = lamp_form(&key);
        for (k, v) in form.iter_mut() {
            if *k == "description" {
                *v = "路灯不亮。有问题请打我电话 138-1234-5678 或发邮件 li.lei@example.com。".into();
            }
        }
        let filed = post(&app, "json", &pairs(&form)).await.ok("json").json();
        let token = filed[0]["token"].as_str().unwrap().to_owned();

        let light = minsheng_store::open311::service(&app.store, "street_light").await.unwrap().id;
        let mut secret_refs = Vec::new();
        for (kind, confidential) in [("COMPLAINT", true), ("REPORT", false)] {
            let body = app.gql(Some(&resident),
                "mutation($input: FileTicketInput!) { fileTicket(input: $input) { ticket { reference } } }",
                json!({ "input": {
                    "kind": kind,
                    "categoryId": light,
                    "title": "楼下商铺的事",
                    "description": "我住在 3 单元 502，楼下商铺老板王某每晚开着路灯招揽生意。",
                    "address": "朝阳区幸福小区 3 单元 502",
                    "latitude": 39.91, "longitude": 116.45,
                    "contactName": "李雷", "contactPhone": "13700001111", "contactEmail": "lilei@example.org",
                    "confidential": confidential,
                }})).await;
            assert_no_errors(&body);
            secret_refs.push(body["data"]["fileTicket"]["ticket"]["reference"].as_str().unwrap().to_owned());
        }

        let personal = [
            "韩", "梅梅", "hanmeimei", "13912345678", "1234-5678", "li.lei@example.com",
            "device-1", "account-1", "李雷", "lilei", "13700001111", "502", "王某", "幸福小区",
            "39.91", "116.45", "测试 居民",
        ];
        let mut paths = vec![
            "/open311/v2/requests".to_owned(),
            format!("/open311/v2/tokens/{token}"),
            "/open311/v2/requests/MS-2026-000001".to_owned(),
        ];
        paths.extend(secret_refs.iter().map(|r| format!("/open311/v2/requests/{r}")));
        for path in &paths {
            for format in FORMATS {
                for query in ["", "?locale=en"] {
                    let reply = get(&app, &format!("{path}.{format}{query}")).await.ok(format);
                    for p in personal {
                        assert!(!reply.body.contains(p), "{path}.{format} shows {p:?}: {}", reply.body);
                    }
                }
            }
        }
        let list = get(&app, "/open311/v2/requests.json").await.ok("json").json();
        assert_eq!(list.as_array().unwrap().len(), 3);
        for r in list.as_array().unwrap() {
            if secret_refs.iter().any(|s| r["service_request_id"] == s.as_str()) {
                for field in ["description", "address", "lat", "long", "media_url", "status_notes"] {
                    assert_eq!(r[field], Value::Null, "{field} of {r}");
                }
                assert_eq!(r["service_code"], "street_light");
                assert_eq!(r["agency_responsible"], "市城市管理局");
            } else {
                assert_eq!(r["description"], "路灯不亮。有问题请打我电话 *** 或发邮件 ***。");
                assert_eq!(r["media_url"], "https://img.example.org/lamp.jpg");
            }
        }
    }

    /// Keys are issued, listed and revoked by administrators only, audited, and refused once
    /// revoked; `minsheng open311-key create` issues one too.
    async fn api_keys_are_managed_by_administrators(app) {
        let admin = city(&app, MONDAY).await;
        let resident = app.register("lilei@example.org", crate::common::PASSWORD).await.access_token;
        let create = "mutation { createOpen311Key(name: \"x\") { secret } }";
        assert_code(&app.gql(Some(&resident), create, json!({})).await, "FORBIDDEN");
        assert_code(&app.gql(None, create, json!({})).await, "UNAUTHENTICATED");
        assert_code(&app.gql(Some(&resident), "{ open311Keys { id } }", json!({})).await, "FORBIDDEN");
        let body = app.gql(Some(&admin), "mutation { createOpen311Key(name: \"  \") { secret } }", json!({})).await;
        assert_code(&body, "BAD_USER_INPUT");

        let (id, secret) = new_key(&app, &admin, "FixMyStreet 伙伴", Some(120)).await;
        assert!(secret.starts_with("ms311_") && secret.len() == 70, "{secret}");
        let body = app.gql(Some(&admin), "{ open311Keys { id name keyPrefix rateLimitPerMinute revokedAt } }", json!({})).await;
        assert_no_errors(&body);
        let keys = body["data"]["open311Keys"].as_array().unwrap().clone();
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0]["name"], "FixMyStreet 伙伴");
        assert_eq!(keys[0]["keyPrefix"], &secret[..12]);
        assert_eq!(keys[0]["rateLimitPerMinute"], 120);
        assert_eq!(keys[0]["revokedAt"], Value::Null);
        let stored = minsheng_store::entity::open311_key::Entity::find()
            .all(app.store.connection()).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert!(!stored[0].key_hash.contains(&secret[6..]), "only a hash is kept");
        assert_eq!(stored[0].key_hash.len(), 64);

        post(&app, "json", &pairs(&lamp_form(&secret))).await.ok("json");
        let body = app.gql(Some(&admin), "mutation($id: ID!) { revokeOpen311Key(id: $id) { revokedAt } }",
            json!({ "id": id })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["revokeOpen311Key"]["revokedAt"], "2026-11-02T02:00:00+00:00");
        let reply = post(&app, "json", &pairs(&lamp_form(&secret))).await;
        assert_eq!(reply.status, 403, "{}", reply.body);

        let audit: Vec<Value> = ticket_event::Entity::find()
            .filter(ticket_event::Column::Kind.eq("config_changed"))
            .order_by_asc(ticket_event::Column::Pos)
            .all(app.store.connection()).await.unwrap()
            .into_iter().map(|e| e.payload)
            .filter(|p| p["what"] == "open311_key")
            .collect();
        assert_eq!(audit.len(), 2, "{audit:?}");
        assert_eq!(audit[0]["details"]["action"], "created");
        assert_eq!(audit[1]["details"]["action"], "revoked");
        assert!(!audit.iter().any(|p| p.to_string().contains(&secret[6..])), "the secret is not logged");

        // The command line, on the same database.
        use minsheng_gateway::cli::{Command, CreateOpen311KeyArgs, DbArgs, Open311KeyCommand};
        use secrecy::ExposeSecret;
        let dir = tempfile::tempdir().unwrap();
        let code = minsheng_gateway::commands::run(Command::Open311Key(Open311KeyCommand::Create(
            CreateOpen311KeyArgs {
                db: DbArgs {
                    database_url: Some(app.state.config.database.url.expose_secret().to_owned()),
                    data_dir: dir.path().to_owned(),
                    statement_timeout: DbArgs::DEFAULT_STATEMENT_TIMEOUT,
                    db_connections: DbArgs::DEFAULT_CONNECTIONS,
                    db_read_connections: DbArgs::DEFAULT_READ_CONNECTIONS,
                },
                name: "命令行".into(),
                rate_limit: Some(5),
            },
        ))).await;
        assert_eq!(format!("{code:?}"), format!("{:?}", std::process::ExitCode::SUCCESS));
        let body = app.gql(Some(&admin), "{ open311Keys { name rateLimitPerMinute } }", json!({})).await;
        assert_eq!(body["data"]["open311Keys"][0], json!({ "name": "命令行", "rateLimitPerMinute": 5 }));
    }

    /// Two third-party GeoReport v2 libraries from PyPI, `civicbot` (which files) and
    /// `georeport` (which reads JSON and XML), work against the endpoint unchanged.
    async fn a_third_party_client_library_files_and_reads(app) {
        let admin = city(&app, MONDAY).await;
        let (_, key) = new_key(&app, &admin, "civicbot", None).await;
        let wang = app.create_user(Role::Staff, "wang@example.org",
            Some(department_id(&app, "urban-management").await)).await.access_token;

        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/api/open311_client.py");
        let run = tokio::process::Command::new("python3")
            .arg(script)
            .arg(format!("{}/open311/v2", app.url))
            .arg(&key)
            .kill_on_drop(true)
            .output();
        let out = tokio::time::timeout(std::time::Duration::from_secs(120), run)
            .await
            .expect("the client finishes within two minutes")
            .unwrap_or_else(|e| panic!("cannot start python3: {e}"));
        assert!(
            out.status.success(),
            "the Open311 client failed (it needs `pip install -r tests/requirements.txt`): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let seen: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));

        let codes = seen["service_codes"].as_array().unwrap();
        assert!(codes.iter().any(|c| c == "street_light"), "{seen}");
        assert_eq!(seen["xml_service_codes"].as_array().unwrap(), codes);
        assert_eq!(seen["definition"], json!({ "service_code": "street_light", "attributes": [] }));
        assert_eq!(seen["xml_definition_code"], "street_light");
        let id = seen["created"]["service_request_id"].as_str().unwrap();
        assert_eq!(id, "MS-2026-000001");
        assert_eq!(seen["token"][0]["service_request_id"], id);
        assert_eq!(seen["bad_key_status"], 403);
        for r in [&seen["request"], &seen["json_request"]] {
            assert_eq!(r["service_request_id"], id);
            assert_eq!(r["status"], "open");
            assert_eq!(r["agency_responsible"], "市城市管理局");
            assert_eq!(r["expected_datetime"], "2026-11-16T10:00:00+08:00");
            assert_eq!(r["lat"], 39.9087);
            assert_eq!(r["media_url"], "https://img.example.org/lamp.jpg");
        }
        let xml = &seen["xml_request"];
        assert_eq!(xml["service_request_id"], id);
        assert_eq!(xml["expected_datetime"], "2026-11-16T10:00:00+08:00");
        assert_eq!(xml["lat"], "39.9087");
        assert_eq!(xml["zipcode"], Value::Null);
        for list in ["open_street_lights", "xml_search", "json_search"] {
            assert_eq!(seen[list], json!([id]), "{list}");
        }

        let q = queue(&app, &wang).await;
        assert_eq!(q.len(), 1);
        assert_eq!(q[0]["reference"], id);
        assert_eq!(q[0]["channel"], "OPEN_311");
        assert_eq!(q[0]["replyDue"], "2026-11-16T02:00:00+00:00");
        assert_eq!(q[0]["contact"]["email"], "hanmeimei@example.org");
    }
}

/// The counters live in the database: two instances of one installation share each key's limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_limit_holds_across_instances() {
    let a = TestApp::spawn(DbKind::Postgres).await;
    let admin = city(&a, MONDAY).await;
    let b = a.spawn_peer(|_| {}).await;
    b.set_clock(MONDAY.parse().unwrap()).await;
    let (_, key) = new_key(&a, &admin, "shared", Some(3)).await;
    let path = format!("/open311/v2/services.json?api_key={key}");
    get(&a, &path).await.ok("json");
    get(&b, &path).await.ok("json");
    get(&a, &path).await.ok("json");
    let reply = get(&b, &path).await;
    assert_eq!(reply.status, 429, "{}", reply.body);
    let reply = get(&a, &path).await;
    assert_eq!(reply.status, 429, "{}", reply.body);
}

fn assert_error(reply: &Reply, format: &str, status: u16, description: &str, what: &str) {
    assert_eq!(reply.status, status, "{what} ({format}): {}", reply.body);
    if format == "json" {
        assert!(
            reply.content_type.starts_with("application/json"),
            "{what}: {reply:?}"
        );
        let v = reply.json();
        let errors = v
            .as_array()
            .unwrap_or_else(|| panic!("{what}: not an array: {v}"));
        assert_eq!(errors.len(), 1, "{what}: {v}");
        assert_eq!(errors[0]["code"], status, "{what}: {v}");
        let d = errors[0]["description"].as_str().unwrap();
        assert!(
            d.contains(description),
            "{what}: {d:?} lacks {description:?}"
        );
    } else {
        assert!(
            reply.content_type.starts_with("text/xml"),
            "{what}: {reply:?}"
        );
        let prefix = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors>\n  <error>\n    <code>{status}</code>\n    <description>"
        );
        assert!(reply.body.starts_with(&prefix), "{what}: {}", reply.body);
        assert!(
            reply
                .body
                .ends_with("</description>\n  </error>\n</errors>\n"),
            "{what}: {}",
            reply.body
        );
        let d = xml_text(&reply.body, "description");
        assert!(
            d.contains(description),
            "{what}: {d:?} lacks {description:?}"
        );
    }
}
