//! Similar tickets (SPEC §8): suggestions while filing, following instead of filing again,
//! agents' duplicate suggestions and merge, and the repeat-matters report.

use crate::common::*;
use minsheng_domain::Role;
use serde_json::{Value, json};

const FILE: &str = "mutation($input: FileTicketInput!) {
    fileTicket(input: $input) { ticket { id reference state } } }";

const SIMILAR: &str = "query($input: SimilarTicketsInput!) {
    similarTickets(input: $input) { reference title state distanceMetres textSimilarity score } }";

fn matter(category: uuid::Uuid, title: &str, description: &str, at: (f64, f64)) -> Value {
    let address = if at == ACROSS_TOWN {
        "解放路300号"
    } else {
        "幸福路12号"
    };
    json!({
        "kind": "COMPLAINT", "categoryId": category.to_string(),
        "title": title, "description": description, "address": address,
        "latitude": at.0, "longitude": at.1,
    })
}

async fn file(app: &TestApp, token: &str, input: Value) -> (String, String) {
    let body = app.gql(Some(token), FILE, json!({ "input": input })).await;
    assert_no_errors(&body);
    let t = &body["data"]["fileTicket"]["ticket"];
    (
        t["id"].as_str().unwrap().to_owned(),
        t["reference"].as_str().unwrap().to_owned(),
    )
}

async fn suggestions(app: &TestApp, token: Option<&str>, input: Value) -> Vec<Value> {
    let body = app.gql(token, SIMILAR, json!({ "input": input })).await;
    assert_no_errors(&body);
    body["data"]["similarTickets"].as_array().unwrap().clone()
}

fn references(v: &[Value]) -> Vec<&str> {
    v.iter().map(|s| s["reference"].as_str().unwrap()).collect()
}

const HERE: (f64, f64) = (30.2500, 120.1250);
const NEXT_DOOR: (f64, f64) = (30.2503, 120.1251); // about 35 m away
const ACROSS_TOWN: (f64, f64) = (30.2700, 120.1250); // about 2.2 km away

both_dbs! {
    async fn suggestions_find_the_same_matter_nearby_and_nothing_else(app) {
        let (_, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let a = app.register("a@example.org", PASSWORD).await;
        let b = app.register("b@example.org", PASSWORD).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let (lamp_id, lamp) = file(&app, &a.access_token, matter(light,
            "幸福路路灯不亮", "幸福路12号门口的路灯坏了好几天，晚上一片漆黑。", HERE)).await;
        // Another matter at the same place, and the same matter across town.
        let (_, daytime) = file(&app, &a.access_token, matter(light,
            "幸福路路灯白天一直亮着", "白天路灯也不关，浪费电。", HERE)).await;
        let (_, far) = file(&app, &a.access_token, matter(light,
            "解放路路灯不亮", "解放路的路灯坏了好几天，晚上一片漆黑。", ACROSS_TOWN)).await;
        // A confidential complainant is never offered to the public.
        let mut secret = matter(light, "幸福路路灯坏了", "幸福路的路灯坏了，晚上很黑。", HERE);
        secret["confidential"] = json!(true);
        let (_, confidential) = file(&app, &a.access_token, secret).await;

        let draft = json!({
            "categoryId": light.to_string(), "title": "幸福路的路灯坏了",
            "description": "晚上幸福路路灯不亮，一片漆黑，走路很危险。",
            "address": "幸福路12号", "latitude": NEXT_DOOR.0, "longitude": NEXT_DOOR.1,
        });
        for token in [Some(b.access_token.as_str()), None] {
            let found = suggestions(&app, token, draft.clone()).await;
            let refs = references(&found);
            assert_eq!(refs.first(), Some(&lamp.as_str()), "{found:?}");
            assert!(!refs.contains(&far.as_str()), "2 km away is another lamp: {found:?}");
            // Another matter at the same place may be offered, but never above the same matter.
            if let Some(i) = refs.iter().position(|r| *r == daytime) {
                assert!(i > 0 && found[i]["score"].as_f64() < found[0]["score"].as_f64(), "{found:?}");
            }
            assert!(!refs.contains(&confidential.as_str()), "confidential: {found:?}");
            assert!(found[0]["distanceMetres"].as_f64().unwrap() < 60.0);
            assert!(found.len() <= 5);
        }
        // The hotline centre sees the confidential one too.
        let found = suggestions(&app, Some(&agent.access_token), draft.clone()).await;
        assert!(references(&found).contains(&confidential.as_str()), "{found:?}");

        // A ticket that is no longer open is no longer offered.
        let r = app.gql(Some(&a.access_token),
            "mutation($id: ID!) { withdrawTicket(id: $id, reason: \"已自行解决\") { state } }",
            json!({ "id": lamp_id })).await;
        assert_no_errors(&r);
        let found = suggestions(&app, Some(&b.access_token), draft.clone()).await;
        assert!(!references(&found).contains(&lamp.as_str()), "{found:?}");

        // Another category, or a place far away, gives nothing.
        let mut elsewhere = draft.clone();
        elsewhere["latitude"] = json!(ACROSS_TOWN.0 + 0.05);
        assert!(suggestions(&app, None, elsewhere).await.is_empty());
        let mut no_category = draft.clone();
        no_category["categoryId"] = Value::Null;
        assert!(suggestions(&app, None, no_category).await.is_empty());
        // Bad input is refused by field.
        let mut bad = draft.clone();
        bad["latitude"] = json!(123.0);
        let body = app.gql(None, SIMILAR, json!({ "input": bad })).await;
        assert_code(&body, "BAD_USER_INPUT");
    }

    async fn following_brings_progress_but_not_the_ticket(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let a = app.register("a@example.org", PASSWORD).await;
        let b = app.register("b@example.org", PASSWORD).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let (id, reference) = file(&app, &a.access_token, matter(light,
            "幸福路路灯不亮", "幸福路12号门口的路灯坏了好几天。", HERE)).await;

        const FOLLOW: &str = "mutation($r: String!) { followTicket(reference: $r) { reference state title } }";
        let r = app.gql(None, FOLLOW, json!({ "r": reference })).await;
        assert_code(&r, "UNAUTHENTICATED");
        let r = app.gql(Some(&a.access_token), FOLLOW, json!({ "r": reference })).await;
        assert_code(&r, "INVALID_TRANSITION");
        let r = app.gql(Some(&b.access_token), FOLLOW, json!({ "r": "MS-2026-999999" })).await;
        assert_code(&r, "NOT_FOUND");
        let r = app.gql(Some(&b.access_token), FOLLOW, json!({ "r": "nonsense" })).await;
        assert_code(&r, "BAD_USER_INPUT");
        for _ in 0..2 {
            let r = app.gql(Some(&b.access_token), FOLLOW, json!({ "r": reference })).await;
            assert_no_errors(&r);
            assert_eq!(r["data"]["followTicket"]["reference"], json!(reference));
        }
        const FOLLOWED: &str = "{ followedTickets { reference state department { code } } }";
        let r = app.gql(Some(&b.access_token), FOLLOWED, json!({})).await;
        assert_no_errors(&r);
        let list = r["data"]["followedTickets"].as_array().unwrap();
        assert_eq!(list.len(), 1, "following twice is following once");
        assert_eq!(list[0]["state"], "DISPATCHED");
        assert_eq!(list[0]["department"]["code"], "urban-management");
        // Following does not open the ticket itself to them.
        let peek = app.gql(Some(&b.access_token), "query($id: ID!) { ticket(id: $id) { title } }",
            json!({ "id": id })).await;
        assert_code(&peek, "NOT_FOUND");

        // Progress reaches the follower by email, naming the new state only.
        let r = app.gql(Some(&staff.access_token), "mutation($id: ID!) { acceptTicket(id: $id) { state } }",
            json!({ "id": id })).await;
        assert_no_errors(&r);
        let r = app.gql(Some(&staff.access_token),
            "mutation($id: ID!) { replyTicket(id: $id, body: \"已修复，请知悉。电话 13800138000\") { state } }",
            json!({ "id": id })).await;
        assert_no_errors(&r);
        let updates = app.outbox("followed_update").await;
        let to_b: Vec<_> = updates.iter().filter(|m| m.recipient_email == "b@example.org").collect();
        assert_eq!(to_b.len(), 2, "accepted and replied: {updates:?}");
        assert!(to_b.iter().all(|m| !m.payload.to_string().contains("13800138000")));
        assert!(updates.iter().all(|m| m.recipient_email != "a@example.org"));

        let r = app.gql(Some(&b.access_token), "mutation($r: String!) { unfollowTicket(reference: $r) }",
            json!({ "r": reference })).await;
        assert_no_errors(&r);
        let r = app.gql(Some(&b.access_token), FOLLOWED, json!({})).await;
        assert!(r["data"]["followedTickets"].as_array().unwrap().is_empty());
    }

    async fn agents_merge_suggested_duplicates_and_children_follow_the_parent(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let a = app.register("a@example.org", PASSWORD).await;
        let c = app.register("c@example.org", PASSWORD).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let supervisor = app.create_user(Role::Supervisor, "sup@example.org", None).await;
        let (parent, parent_ref) = file(&app, &a.access_token, matter(light,
            "幸福路路灯不亮", "幸福路12号门口的路灯坏了好几天，晚上一片漆黑。", HERE)).await;
        app.advance_clock(60).await;
        let (child, _) = file(&app, &c.access_token, matter(light,
            "幸福路12号路灯坏了", "晚上幸福路路灯不亮，一片漆黑，走路很危险。", NEXT_DOOR)).await;
        let (_, unrelated) = file(&app, &c.access_token, matter(light,
            "解放路路灯不亮", "解放路的路灯坏了。", ACROSS_TOWN)).await;

        const DUPES: &str = "query($id: ID!) { ticket(id: $id) {
            possibleDuplicates { score distanceMetres ticket { id reference } } } }";
        let r = app.gql(Some(&agent.access_token), DUPES, json!({ "id": child })).await;
        assert_no_errors(&r);
        let dupes = r["data"]["ticket"]["possibleDuplicates"].as_array().unwrap();
        assert_eq!(dupes.len(), 1, "{dupes:?}");
        assert_eq!(dupes[0]["ticket"]["reference"], json!(parent_ref));
        assert!(!r.to_string().contains(&unrelated));
        for token in [&c.access_token, &staff.access_token] {
            let r = app.gql(Some(token), DUPES, json!({ "id": child })).await;
            assert_code(&r, "FORBIDDEN");
        }

        let r = app.gql(Some(&agent.access_token),
            "mutation($id: ID!, $p: ID!) { mergeTicket(id: $id, parentId: $p) { state mergedIntoId } }",
            json!({ "id": child, "p": parent })).await;
        assert_no_errors(&r);
        assert_eq!(r["data"]["mergeTicket"]["state"], "MERGED");
        let merged = app.outbox("merged").await;
        assert!(merged.iter().any(|m| m.recipient_email == "c@example.org"), "{merged:?}");

        // The child's resident hears the parent's outcome.
        for (q, name) in [("acceptTicket(id: $id) { state }", "accept"),
                          ("replyTicket(id: $id, body: \"路灯已修复\") { state }", "reply")] {
            let r = app.gql(Some(&staff.access_token), &format!("mutation($id: ID!) {{ {q} }}"),
                json!({ "id": parent })).await;
            assert_no_errors(&r);
            let _ = name;
        }
        let updates = app.outbox("followed_update").await;
        assert_eq!(updates.iter().filter(|m| m.recipient_email == "c@example.org").count(), 2,
            "{updates:?}");

        // Oversight sees the matter filed twice, and that it was merged, not handled twice.
        const REPEATS: &str = "query($from: DateTime!, $to: DateTime!) {
            repeatMatters(from: $from, to: $to) { size handledSeparately department { code }
                tickets { reference } } }";
        let period = json!({ "from": "2026-11-01T00:00:00Z", "to": "2026-11-10T00:00:00Z" });
        let r = app.gql(Some(&supervisor.access_token), REPEATS, period.clone()).await;
        assert_no_errors(&r);
        let clusters = r["data"]["repeatMatters"].as_array().unwrap();
        assert_eq!(clusters.len(), 1, "{clusters:?}");
        assert_eq!(clusters[0]["size"], 2);
        assert_eq!(clusters[0]["handledSeparately"], 1);
        assert_eq!(clusters[0]["department"]["code"], "urban-management");
        let r = app.gql(Some(&c.access_token), REPEATS, period.clone()).await;
        assert_code(&r, "FORBIDDEN");
        let r = app.gql(None, REPEATS, period).await;
        assert_code(&r, "UNAUTHENTICATED");
    }
}
