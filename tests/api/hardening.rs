//! What the server refuses, whatever a client sends: the wrong media type, batches, GET
//! mutations, huge bodies, deep or alias-heavy documents, introspection in production; and
//! what it always adds: security headers, and errors that never show internals.

use crate::common::*;
use reqwest::Method;
use serde_json::{Value, json};

async fn post_body(app: &TestApp, content_type: Option<&str>, body: String) -> reqwest::Response {
    let mut req = app.request(Method::POST, "/graphql").body(body);
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    req.send().await.unwrap()
}

async fn query(app: &TestApp, q: &str) -> Value {
    app.gql(None, q, json!({})).await
}

fn mentions(body: &Value, needle: &str) -> bool {
    body.to_string().contains(needle)
}

both_dbs! {
    async fn only_json_is_accepted(app) {
        let q = r#"{"query":"{ __typename }"}"#.to_owned();
        for ct in [Some("text/plain"), Some("application/x-www-form-urlencoded"),
                   Some("application/graphql"), None] {
            let res = post_body(&app, ct, q.clone()).await;
            assert_eq!(res.status(), 415, "{ct:?}");
        }
        // Multipart is for uploads, and only with a header no cross-site form can send
        // (tests/api/attachments.rs covers the rest).
        let res = post_body(&app, Some("multipart/form-data; boundary=x"), q.clone()).await;
        assert_eq!(res.status(), 400);
        let body: Value = res.json().await.unwrap();
        assert!(mentions(&body, "Apollo-Require-Preflight"), "{body}");
        let res = post_body(&app, Some("application/json; charset=utf-8"), q).await;
        assert_eq!(res.status(), 200);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["data"]["__typename"], "Query");

        let res = post_body(&app, Some("application/json"), "{not json".to_owned()).await;
        assert_eq!(res.status(), 400);
    }

    async fn batches_are_refused(app) {
        let res = post_body(
            &app,
            Some("application/json"),
            r#"[{"query":"{ __typename }"},{"query":"{ __typename }"}]"#.to_owned(),
        )
        .await;
        assert_eq!(res.status(), 400);
        let body: Value = res.json().await.unwrap();
        assert_code(&body, "BAD_USER_INPUT");
        assert!(error_message(&body).unwrap().contains("batched"), "{body}");
    }

    async fn no_operations_over_get(app) {
        let mutation = "mutation { register(input: {email: \"get@example.org\", password: \"long enough pw\", displayName: \"x\"}) { accessToken } }";
        let res = app
            .request(Method::GET, "/graphql")
            .query(&[("query", mutation)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405);
        let res = app
            .request(Method::GET, "/graphql")
            .query(&[("query", "{ __typename }")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405, "no GraphiQL and no queries over GET in production");
        // Nothing was registered.
        assert_code(&app.login_raw("get@example.org", "long enough pw").await, "UNAUTHENTICATED");
    }

    async fn oversized_bodies_are_refused(app) {
        let padding = "x".repeat(1024 * 1024 + 1);
        let body = json!({ "query": "{ __typename }", "variables": { "pad": padding } }).to_string();
        let res = post_body(&app, Some("application/json"), body).await;
        assert_eq!(res.status(), 413);
        assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    }

    async fn deep_documents_are_refused(app) {
        let deep = format!("{{ {}x{} }}", "a { ".repeat(12), " }".repeat(12));
        let body = query(&app, &deep).await;
        assert_code(&body, "BAD_USER_INPUT");
        assert!(error_message(&body).unwrap().contains("nested too deep"), "{body}");
        let shallow = query(&app, "{ a { b } }").await;
        assert!(!mentions(&shallow, "nested too deep"), "{shallow}");
    }

    async fn alias_and_directive_floods_are_refused(app) {
        let aliases = |n: usize| {
            let fields: Vec<String> = (0..n).map(|i| format!("a{i}: __typename")).collect();
            format!("{{ {} }}", fields.join(" "))
        };
        let ok = query(&app, &aliases(30)).await;
        assert_no_errors(&ok);
        assert_eq!(ok["data"]["a29"], "Query");
        let flood = query(&app, &aliases(31)).await;
        assert_code(&flood, "BAD_USER_INPUT");
        assert!(error_message(&flood).unwrap().contains("aliases"), "{flood}");

        let directives: Vec<String> =
            (0..31).map(|i| format!("t{i}: __typename @include(if: true)")).collect();
        let body = query(&app, &format!("{{ {} }}", directives.join(" "))).await;
        assert_code(&body, "BAD_USER_INPUT");
    }

    async fn introspection_and_suggestions_are_off_in_production(app) {
        // Introspection answers nothing at all.
        let body = query(&app, "{ __schema { types { name } } }").await;
        assert!(body["data"]["__schema"].is_null(), "{body}");
        assert!(!mentions(&body, "AuthPayload"), "{body}");
        let body = query(&app, "{ __type(name: \"User\") { fields { name } } }").await;
        assert!(body["data"]["__type"].is_null(), "{body}");
        assert!(!mentions(&body, "displayName"), "{body}");
        let body = query(&app, "{ mee { id } }").await;
        assert_code(&body, "BAD_USER_INPUT");
        assert!(!mentions(&body, "Did you mean"), "{body}");
    }

    async fn security_headers_on_every_response(app) {
        let responses = [
            app.request(Method::GET, "/healthz").send().await.unwrap(),
            app.request(Method::GET, "/no/such/page").send().await.unwrap(),
            post_body(&app, Some("application/json"), r#"{"query":"{ __typename }"}"#.to_owned()).await,
            post_body(&app, Some("text/plain"), "x".to_owned()).await,
        ];
        for res in responses {
            let h = res.headers();
            let csp = h["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("default-src 'self'"), "{csp}");
            assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
            assert!(!csp.contains("unsafe-inline"), "{csp}");
            assert_eq!(h["x-content-type-options"], "nosniff");
            assert_eq!(h["x-frame-options"], "DENY");
            assert_eq!(h["referrer-policy"], "no-referrer");
            assert!(h.contains_key("x-request-id"));
            assert!(!h.contains_key("access-control-allow-origin"));
        }
    }

    async fn cors_is_closed(app) {
        let res = app
            .request(Method::OPTIONS, "/graphql")
            .header("origin", "https://evil.example")
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type,authorization")
            .send()
            .await
            .unwrap();
        assert!(!res.headers().contains_key("access-control-allow-origin"));
        let res = app
            .request(Method::POST, "/graphql")
            .header("origin", "https://evil.example")
            .json(&json!({ "query": "{ __typename }" }))
            .send()
            .await
            .unwrap();
        assert!(!res.headers().contains_key("access-control-allow-origin"));
    }

    async fn internal_errors_do_not_leak(app) {
        app.register("leak@example.org", PASSWORD).await;
        // Break the database under the server: the next sign-in fails inside.
        app.store
            .connection()
            .execute_unprepared("DROP TABLE refresh_tokens")
            .await
            .unwrap();
        let body = app.login_raw("leak@example.org", PASSWORD).await;
        assert_code(&body, "INTERNAL");
        assert_eq!(error_message(&body), Some("internal error"));
        let text = body.to_string().to_lowercase();
        for secret in ["refresh_tokens", "sql", "table", "relation", "database", "sqlx"] {
            assert!(!text.contains(secret), "the response leaks {secret:?}: {body}");
        }
    }
}

use sea_orm::ConnectionTrait;

mod dev_mode {
    use super::*;

    async fn dev_app(kind: DbKind) -> TestApp {
        TestApp::spawn_with(kind, |c| c.dev = true).await
    }

    async fn dev_mode_opens_graphiql_and_introspection(app: TestApp) {
        let res = app.request(Method::GET, "/graphql").send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(res.text().await.unwrap().contains("GraphiQL"));
        let body = query(&app, "{ __type(name: \"User\") { fields { name } } }").await;
        assert_no_errors(&body);
        assert!(mentions(&body, "displayName"));
        // Even in development mode, GET runs no operation.
        let res = app
            .request(Method::GET, "/graphql")
            .query(&[("query", "{ __typename }")])
            .send()
            .await
            .unwrap();
        assert!(!res.text().await.unwrap().contains("\"data\""));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        dev_mode_opens_graphiql_and_introspection(dev_app(DbKind::Sqlite).await).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        dev_mode_opens_graphiql_and_introspection(dev_app(DbKind::Postgres).await).await;
    }
}
