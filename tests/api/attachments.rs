//! Photos and documents on tickets: uploads by the GraphQL multipart request spec, type checks
//! by content, size and count limits, EXIF stripping, content-addressed storage, and the
//! authorised download route.

use crate::common::*;
use minsheng_domain::Role;
use minsheng_store::attachments::content::samples;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const FILE: &str = "mutation($input: FileTicketInput!) {
    fileTicket(input: $input) {
        ticket { id reference latitude longitude
                 attachments { id fileName contentType sizeBytes sha256 public url messageId } }
    } }";

const REPLY: &str = "mutation($id: ID!, $body: String!, $attachments: [Upload!]) {
    replyTicket(id: $id, body: $body, attachments: $attachments) {
        state attachments { id fileName messageId } } }";

/// A multipart request (the GraphQL multipart request spec), the files mapped to
/// `variables.<path>.N`.
async fn upload(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    variables: Value,
    path: &str,
    files: &[(&str, Vec<u8>)],
) -> (u16, Value) {
    let map: serde_json::Map<String, Value> = (0..files.len())
        .map(|i| (i.to_string(), json!([format!("variables.{path}.{i}")])))
        .collect();
    let mut form = Form::new()
        .text(
            "operations",
            json!({ "query": query, "variables": variables }).to_string(),
        )
        .text("map", Value::Object(map).to_string());
    for (i, (name, bytes)) in files.iter().enumerate() {
        // The claimed type is deliberately whatever the name suggests: the server must not care.
        form = form.part(
            i.to_string(),
            Part::bytes(bytes.clone())
                .file_name(name.to_string())
                .mime_str("image/jpeg")
                .unwrap(),
        );
    }
    let mut req = app
        .request(reqwest::Method::POST, "/graphql")
        .header("Apollo-Require-Preflight", "true")
        .multipart(form);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

fn ticket_input(category: uuid::Uuid, files: usize) -> Value {
    json!({ "input": {
        "kind": "COMPLAINT", "categoryId": category.to_string(),
        "title": "幸福路路灯不亮", "description": "幸福路12号门口的路灯坏了三天，晚上很黑。",
        "address": "幸福路12号", "locationFromPhoto": true,
        "attachments": vec![Value::Null; files],
    }})
}

async fn download(app: &TestApp, token: Option<&str>, url: &str) -> reqwest::Response {
    let mut req = app.request(reqwest::Method::GET, url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

async fn ticket_count(app: &TestApp) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    minsheng_store::entity::ticket::Entity::find()
        .count(app.store.connection())
        .await
        .unwrap()
}

/// Files in the attachment store.
fn stored_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.state.config.attachments.dir, &mut out);
    out
}

both_dbs! {
    async fn photos_lose_their_exif_and_only_readers_may_download(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let owner = app.register("owner@example.org", PASSWORD).await;
        let other = app.register("other@example.org", PASSWORD).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let elsewhere_dept = app.create_department("elsewhere").await;
        let elsewhere = app.create_user(Role::Staff, "far@example.org", Some(elsewhere_dept)).await;

        let jpeg = samples::jpeg_with_gps();
        let (status, body) = upload(
            &app, Some(&owner.access_token), FILE, ticket_input(light, 2), "input.attachments",
            &[("IMG_0001.JPG", jpeg.clone()), ("../../receipt.pdf", samples::pdf())],
        ).await;
        assert_eq!(status, 200, "{body}");
        assert_no_errors(&body);
        let t = &body["data"]["fileTicket"]["ticket"];
        // The resident agreed: the photo's GPS position became the ticket's location.
        assert_eq!(t["latitude"], json!(30.25));
        assert_eq!(t["longitude"], json!(120.125));
        let atts = t["attachments"].as_array().unwrap();
        assert_eq!(atts.len(), 2);
        assert_eq!(atts[0]["fileName"], "IMG_0001.JPG");
        assert_eq!(atts[0]["contentType"], "image/jpeg");
        assert_eq!(atts[1]["fileName"], "receipt.pdf");
        assert_eq!(atts[1]["contentType"], "application/pdf");
        assert_eq!(atts[0]["public"], false);
        let photo_url = atts[0]["url"].as_str().unwrap().to_owned();

        // The owner downloads the photo: it is the stripped JPEG, named by its digest.
        let res = download(&app, Some(&owner.access_token), &photo_url).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "image/jpeg");
        assert_eq!(res.headers()["x-content-type-options"], "nosniff");
        assert!(res.headers()["content-disposition"].to_str().unwrap().contains("IMG_0001.JPG"));
        assert_eq!(res.headers()["cache-control"], "private, no-store");
        let bytes = res.bytes().await.unwrap();
        assert!(bytes.starts_with(&[0xFF, 0xD8]) && bytes.ends_with(&[0xFF, 0xD9]));
        assert!(contains(&jpeg, b"PhoneX"), "the upload carried EXIF");
        assert!(!contains(&bytes, b"Exif") && !contains(&bytes, b"PhoneX") && !contains(&bytes, b"xmpmeta"));
        let sha = hex::encode(Sha256::digest(&bytes));
        assert_eq!(atts[0]["sha256"], json!(sha));
        assert_eq!(atts[0]["sizeBytes"], json!(bytes.len()));
        // Stored outside the database, under its SHA-256, without the metadata.
        let stored = stored_files(&app);
        let on_disk = stored.iter().find(|p| p.ends_with(&sha)).expect("the blob is on disk");
        let disk = std::fs::read(on_disk).unwrap();
        assert!(!contains(&disk, b"PhoneX") && !contains(&disk, b"Exif"));

        // The department handling it may download; nobody else learns it exists.
        assert_eq!(download(&app, Some(&staff.access_token), &photo_url).await.status(), 200);
        for token in [Some(other.access_token.as_str()), Some(elsewhere.access_token.as_str()), None] {
            let res = download(&app, token, &photo_url).await;
            assert_eq!(res.status(), 404);
            let body: Value = res.json().await.unwrap();
            assert_code(&body, "NOT_FOUND");
        }
        assert_eq!(download(&app, Some("not-a-token"), &photo_url).await.status(), 401);
        assert_eq!(download(&app, Some(&owner.access_token), "/attachments/not-an-id").await.status(), 404);
        let unknown = format!("/attachments/{}", uuid::Uuid::new_v4());
        assert_eq!(download(&app, Some(&owner.access_token), &unknown).await.status(), 404);

        // Another resident reading the ticket through the API sees nothing either.
        let id = t["id"].as_str().unwrap();
        let peek = app.gql(Some(&other.access_token),
            "query($id: ID!) { ticket(id: $id) { attachments { url } } }", json!({ "id": id })).await;
        assert_code(&peek, "NOT_FOUND");

        // Publishing: residents and other departments may not; the department may.
        const PUBLISH: &str = "mutation($id: ID!, $p: Boolean!) { setAttachmentPublic(id: $id, public: $p) { public } }";
        let att = atts[0]["id"].as_str().unwrap();
        let r = app.gql(Some(&owner.access_token), PUBLISH, json!({ "id": att, "p": true })).await;
        assert_code(&r, "FORBIDDEN");
        let r = app.gql(Some(&elsewhere.access_token), PUBLISH, json!({ "id": att, "p": true })).await;
        assert_code(&r, "NOT_FOUND");
        let r = app.gql(None, PUBLISH, json!({ "id": att, "p": true })).await;
        assert_code(&r, "UNAUTHENTICATED");
        let r = app.gql(Some(&staff.access_token), PUBLISH, json!({ "id": att, "p": true })).await;
        assert_no_errors(&r);
        assert_eq!(r["data"]["setAttachmentPublic"]["public"], true);
        let res = download(&app, None, &photo_url).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["cache-control"], "public, max-age=3600");
        // The PDF stays private.
        let pdf_url = atts[1]["url"].as_str().unwrap();
        assert_eq!(download(&app, None, pdf_url).await.status(), 404);
        let res = download(&app, Some(&owner.access_token), pdf_url).await;
        assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment;"));
        assert_eq!(res.bytes().await.unwrap().as_ref(), samples::pdf().as_slice());

        // Every digest is in the audit chain, and the chain holds.
        let report = minsheng_store::chain::verify_chain(app.store.connection()).await.unwrap();
        assert!(report.first_break.is_none(), "{report:?}");
    }

    async fn staff_attach_proof_to_their_reply(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let owner = app.register("owner@example.org", PASSWORD).await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let body = app.gql(Some(&owner.access_token), FILE, ticket_input(light, 0)).await;
        assert_no_errors(&body);
        let id = body["data"]["fileTicket"]["ticket"]["id"].as_str().unwrap().to_owned();
        let accepted = app.gql(Some(&staff.access_token),
            "mutation($id: ID!) { acceptTicket(id: $id) { state } }", json!({ "id": id })).await;
        assert_no_errors(&accepted);
        let (status, r) = upload(&app, Some(&staff.access_token), REPLY,
            json!({ "id": id, "body": "已更换灯泡，恢复照明。", "attachments": [null] }),
            "attachments", &[("fixed.png", samples::png_with_text())]).await;
        assert_eq!(status, 200, "{r}");
        assert_no_errors(&r);
        let reply = &r["data"]["replyTicket"];
        assert_eq!(reply["state"], "REPLIED");
        let atts = reply["attachments"].as_array().unwrap();
        assert_eq!(atts.len(), 1);
        assert_eq!(atts[0]["fileName"], "fixed.png");
        assert!(atts[0]["messageId"].is_string(), "attached to the reply message");
        // The resident sees the proof, without the text chunk that named someone.
        let url = format!("/attachments/{}", atts[0]["id"].as_str().unwrap());
        let res = download(&app, Some(&owner.access_token), &url).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "image/png");
        assert!(!contains(&res.bytes().await.unwrap(), b"Wang Fang"));
    }

    async fn anonymous_trackers_see_what_officials_published(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let staff = app.create_user(Role::Staff, "staff@example.org", Some(urban)).await;
        let file = FILE.replace("ticket { id", "trackingCode ticket { id");
        let (status, body) = upload(&app, None, &file, ticket_input(light, 2), "input.attachments",
            &[("scan.pdf", samples::pdf()), ("lamp.png", samples::png_with_text())]).await;
        assert_eq!(status, 200, "{body}");
        assert_no_errors(&body);
        let filed = &body["data"]["fileTicket"];
        let code = filed["trackingCode"].as_str().unwrap().to_owned();
        let reference = filed["ticket"]["reference"].as_str().unwrap().to_owned();
        let photo = filed["ticket"]["attachments"][1]["id"].as_str().unwrap().to_owned();
        const TRACK: &str = "query($r: String!, $c: String!) { trackTicket(reference: $r, trackingCode: $c) {
            publicAttachments { id fileName url } } }";
        let vars = json!({ "r": reference, "c": code });
        let r = app.gql(None, TRACK, vars.clone()).await;
        assert_no_errors(&r);
        assert_eq!(r["data"]["trackTicket"]["publicAttachments"], json!([]));
        let r = app.gql(Some(&staff.access_token),
            "mutation($id: ID!) { setAttachmentPublic(id: $id, public: true) { public } }",
            json!({ "id": photo })).await;
        assert_no_errors(&r);
        let r = app.gql(None, TRACK, vars).await;
        let published = r["data"]["trackTicket"]["publicAttachments"].as_array().unwrap();
        assert_eq!(published.len(), 1, "{r}");
        assert_eq!(published[0]["fileName"], "lamp.png");
        let res = download(&app, None, published[0]["url"].as_str().unwrap()).await;
        assert_eq!(res.status(), 200);
    }

    async fn disguised_files_are_refused_and_nothing_is_kept(app) {
        let (_, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let owner = app.register("owner@example.org", PASSWORD).await;
        let before = ticket_count(&app).await;
        let html = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".to_vec();
        let elf = [b"\x7fELF\x02\x01\x01\0".as_slice(), &[0u8; 120]].concat();
        let exe = [b"MZ\x90\0\x03\0\0\0".as_slice(), &[0u8; 120]].concat();
        for (name, bytes) in [("photo.jpg", html), ("photo.jpg", elf), ("scan.pdf", exe)] {
            // A good file beside the bad one: it must not be kept either.
            let (status, body) = upload(&app, Some(&owner.access_token), FILE, ticket_input(light, 2),
                "input.attachments", &[("ok.pdf", samples::pdf()), (name, bytes)]).await;
            assert_eq!(status, 200, "{body}");
            assert_code(&body, "BAD_USER_INPUT");
            assert_eq!(body["errors"][0]["extensions"]["field"], "attachments", "{body}");
            assert!(body["data"].is_null() || body["data"]["fileTicket"].is_null());
        }
        assert_eq!(ticket_count(&app).await, before, "no ticket was filed");
        assert!(stored_files(&app).is_empty(), "no bytes were kept: {:?}", stored_files(&app));
    }

    async fn multipart_needs_the_preflight_header(app) {
        let form = Form::new()
            .text("operations", json!({ "query": "{ __typename }" }).to_string())
            .text("map", "{}");
        let res = app.request(reqwest::Method::POST, "/graphql").multipart(form).send().await.unwrap();
        assert_eq!(res.status(), 400);
        let body: Value = res.json().await.unwrap();
        assert_code(&body, "BAD_USER_INPUT");
        // With it, the same request is served.
        let form = Form::new()
            .text("operations", json!({ "query": "{ __typename }" }).to_string())
            .text("map", "{}");
        let res = app.request(reqwest::Method::POST, "/graphql")
            .header("Apollo-Require-Preflight", "1").multipart(form).send().await.unwrap();
        assert_eq!(res.status(), 200);
        // A batch in the operations field is refused as on JSON.
        let form = Form::new()
            .text("operations", json!([{ "query": "{ __typename }" }, { "query": "{ __typename }" }]).to_string())
            .text("map", "{}");
        let res = app.request(reqwest::Method::POST, "/graphql")
            .header("Apollo-Require-Preflight", "1").multipart(form).send().await.unwrap();
        assert_eq!(res.status(), 400);
    }
}

/// A server whose limits are small enough to test: 1 KiB a file, 2 files a ticket.
async fn small_limits(kind: DbKind) -> TestApp {
    TestApp::spawn_with(kind, |c| {
        c.attachments.limits.max_bytes = 1024;
        c.attachments.limits.max_per_ticket = 2;
    })
    .await
}

async fn size_and_count_limits(app: TestApp) {
    let (_, light) = city(&app, "2026-11-02T02:00:00Z").await;
    let owner = app.register("owner@example.org", PASSWORD).await;
    let mut big = samples::pdf();
    big.splice(9..9, vec![b' '; 2000]);
    let (status, body) = upload(
        &app,
        Some(&owner.access_token),
        FILE,
        ticket_input(light, 1),
        "input.attachments",
        &[("big.pdf", big)],
    )
    .await;
    assert_eq!(status, 413, "{body}");
    assert_code(&body, "BAD_USER_INPUT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("1 MB")
            || status == 413
    );
    let files: Vec<(&str, Vec<u8>)> = (0..3).map(|_| ("a.pdf", samples::pdf())).collect();
    let (status, body) = upload(
        &app,
        Some(&owner.access_token),
        FILE,
        ticket_input(light, 3),
        "input.attachments",
        &files,
    )
    .await;
    assert!(
        status == 413 || error_code(&body) == Some("BAD_USER_INPUT"),
        "{status} {body}"
    );
    // Two files fit; a third on a reply would pass the ticket's limit.
    let (status, body) = upload(
        &app,
        Some(&owner.access_token),
        FILE,
        ticket_input(light, 2),
        "input.attachments",
        &files[..2],
    )
    .await;
    assert_eq!(status, 200);
    assert_no_errors(&body);
    assert_eq!(ticket_count(&app).await, 1);
}

mod size_limits {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        size_and_count_limits(small_limits(DbKind::Sqlite).await).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        size_and_count_limits(small_limits(DbKind::Postgres).await).await;
    }
}
