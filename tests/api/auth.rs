//! Signing up, in and out; refresh-token rotation; password change and reset; lockout.

use crate::common::*;
use serde_json::json;

const CHANGE_PASSWORD: &str = "mutation($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken user { id } } }";

both_dbs! {
    async fn register_login_and_me(app) {
        let reg = app.register("Li.Lei@Example.org", PASSWORD).await;
        let me = app.me(&reg.access_token).await;
        assert_no_errors(&me);
        assert_eq!(me["data"]["me"]["email"], "li.lei@example.org");
        assert_eq!(me["data"]["me"]["role"], "RESIDENT");
        assert_eq!(me["data"]["me"]["displayName"], "测试 居民");
        assert_eq!(me["data"]["me"]["locale"], "ZH_CN");
        assert_eq!(me["data"]["me"]["id"], reg.user_id.as_str());

        let login = app.login("li.lei@example.org", PASSWORD).await;
        assert_eq!(login.user_id, reg.user_id);
        let me = app.me(&login.access_token).await;
        assert_eq!(me["data"]["me"]["id"], reg.user_id.as_str());

        let anonymous = app.gql(None, "{ me { id } }", json!({})).await;
        assert_no_errors(&anonymous);
        assert!(anonymous["data"]["me"].is_null());
    }

    async fn registration_validates_and_refuses_a_taken_email(app) {
        app.register("taken@example.org", PASSWORD).await;
        let again = app
            .gql(
                None,
                "mutation { register(input: {email: \"TAKEN@example.org\", password: \"long enough pw\", displayName: \"x\"}) { accessToken } }",
                json!({}),
            )
            .await;
        assert_code(&again, "CONFLICT");

        let cases = [
            ("not-an-email", "long enough pw", "名字", "email"),
            ("a@example.org", "short", "名字", "password"),
            ("b@example.org", "long enough pw", "   ", "displayName"),
        ];
        for (email, password, name, field) in cases {
            let body = app
                .gql(
                    None,
                    "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                    json!({ "i": { "email": email, "password": password, "displayName": name } }),
                )
                .await;
            assert_code(&body, "BAD_USER_INPUT");
            assert_eq!(body["errors"][0]["extensions"]["field"], field, "{body}");
        }
    }

    async fn refresh_rotates_and_reuse_revokes_the_family(app) {
        app.register("rotate@example.org", PASSWORD).await;
        let a1 = app.login("rotate@example.org", PASSWORD).await;
        let other = app.login("rotate@example.org", PASSWORD).await;

        let r = app.refresh_raw(&a1.refresh_token).await;
        assert_no_errors(&r);
        let a2 = r["data"]["refresh"]["refreshToken"].as_str().unwrap().to_owned();
        assert_ne!(a2, a1.refresh_token, "a new refresh token on every use");
        let access = r["data"]["refresh"]["accessToken"].as_str().unwrap();
        assert_no_errors(&app.me(access).await);

        let r = app.refresh_raw(&a2).await;
        assert_no_errors(&r);
        let a3 = r["data"]["refresh"]["refreshToken"].as_str().unwrap().to_owned();

        // a1 was spent: presenting it again means a copy leaked. The whole family ends…
        let reuse = app.refresh_raw(&a1.refresh_token).await;
        assert_code(&reuse, "UNAUTHENTICATED");
        assert_code(&app.refresh_raw(&a3).await, "UNAUTHENTICATED");
        assert_code(&app.refresh_raw(&a2).await, "UNAUTHENTICATED");
        // …but another sign-in (another family) goes on.
        assert_no_errors(&app.refresh_raw(&other.refresh_token).await);

        assert_code(&app.refresh_raw("not-a-token").await, "UNAUTHENTICATED");
    }

    async fn refresh_tokens_expire(app) {
        app.register("expire@example.org", PASSWORD).await;
        let s = app.login("expire@example.org", PASSWORD).await;
        app.advance_clock(31 * 24 * 3600).await;
        assert_code(&app.refresh_raw(&s.refresh_token).await, "UNAUTHENTICATED");
    }

    async fn logout_ends_every_session(app) {
        app.register("logout@example.org", PASSWORD).await;
        let a = app.login("logout@example.org", PASSWORD).await;
        let b = app.login("logout@example.org", PASSWORD).await;
        let out = app
            .gql(None, "mutation($t: String!) { logout(refreshToken: $t) }", json!({ "t": a.refresh_token }))
            .await;
        assert_no_errors(&out);
        assert_eq!(out["data"]["logout"], true);
        assert_code(&app.refresh_raw(&a.refresh_token).await, "UNAUTHENTICATED");
        assert_code(&app.refresh_raw(&b.refresh_token).await, "UNAUTHENTICATED");
        // Logging out with an unknown token says nothing about it.
        let out = app
            .gql(None, "mutation { logout(refreshToken: \"nope\") }", json!({}))
            .await;
        assert_eq!(out["data"]["logout"], true);
    }

    async fn change_password_revokes_other_sessions(app) {
        app.register("change@example.org", PASSWORD).await;
        let a = app.login("change@example.org", PASSWORD).await;
        let b = app.login("change@example.org", PASSWORD).await;

        let wrong = app
            .gql(Some(&a.access_token), CHANGE_PASSWORD, json!({ "c": "not my password", "n": "a brand new secret" }))
            .await;
        assert_code(&wrong, "BAD_USER_INPUT");
        assert_eq!(wrong["errors"][0]["extensions"]["field"], "currentPassword");

        let anonymous = app
            .gql(None, CHANGE_PASSWORD, json!({ "c": PASSWORD, "n": "a brand new secret" }))
            .await;
        assert_code(&anonymous, "UNAUTHENTICATED");

        let changed = app
            .gql(Some(&a.access_token), CHANGE_PASSWORD, json!({ "c": PASSWORD, "n": "a brand new secret" }))
            .await;
        assert_no_errors(&changed);
        let fresh = changed["data"]["changePassword"]["refreshToken"].as_str().unwrap();

        assert_code(&app.refresh_raw(&a.refresh_token).await, "UNAUTHENTICATED");
        assert_code(&app.refresh_raw(&b.refresh_token).await, "UNAUTHENTICATED");
        assert_no_errors(&app.refresh_raw(fresh).await);
        assert_code(&app.login_raw("change@example.org", PASSWORD).await, "UNAUTHENTICATED");
        app.login("change@example.org", "a brand new secret").await;
    }

    async fn password_reset_writes_an_outbox_row_and_works_once(app) {
        let before = app.register("reset@example.org", PASSWORD).await;
        let request = "mutation($e: String!) { requestPasswordReset(email: $e) }";

        // An unknown address gets the same answer and no email.
        let unknown = app.gql(None, request, json!({ "e": "nobody@example.org" })).await;
        assert_eq!(unknown["data"]["requestPasswordReset"], true);
        assert!(app.outbox("password_reset").await.is_empty());

        let known = app.gql(None, request, json!({ "e": "RESET@example.org" })).await;
        assert_eq!(known["data"]["requestPasswordReset"], true);
        let rows = app.outbox("password_reset").await;
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.recipient_email, "reset@example.org");
        assert!(matches!(row.status.as_str(), "pending" | "sent"), "{}", row.status);
        assert_eq!(row.payload["display_name"], "测试 居民");
        let token = row.payload["token"].as_str().unwrap().to_owned();
        assert_eq!(token.len(), 64);

        let reset = "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }";
        let short = app.gql(None, reset, json!({ "t": token, "p": "short" })).await;
        assert_code(&short, "BAD_USER_INPUT");
        assert_eq!(short["errors"][0]["extensions"]["field"], "newPassword");

        let ok = app.gql(None, reset, json!({ "t": token, "p": "reset to this one" })).await;
        assert_no_errors(&ok);
        assert_eq!(ok["data"]["resetPassword"], true);
        app.login("reset@example.org", "reset to this one").await;
        assert_code(&app.login_raw("reset@example.org", PASSWORD).await, "UNAUTHENTICATED");
        assert_code(&app.refresh_raw(&before.refresh_token).await, "UNAUTHENTICATED");

        let twice = app.gql(None, reset, json!({ "t": token, "p": "and once more please" })).await;
        assert_code(&twice, "BAD_USER_INPUT");
        assert_eq!(twice["errors"][0]["extensions"]["field"], "token");
    }

    async fn password_reset_links_expire_after_an_hour(app) {
        app.register("late@example.org", PASSWORD).await;
        app.gql(None, "mutation { requestPasswordReset(email: \"late@example.org\") }", json!({})).await;
        let token = app.outbox("password_reset").await[0].payload["token"].as_str().unwrap().to_owned();
        app.advance_clock(3601).await;
        let late = app
            .gql(
                None,
                "mutation($t: String!) { resetPassword(token: $t, newPassword: \"too late for this\") }",
                json!({ "t": token }),
            )
            .await;
        assert_code(&late, "BAD_USER_INPUT");
        app.login("late@example.org", PASSWORD).await;
    }

    async fn lockout_after_repeated_failures_with_one_message(app) {
        app.register("locked@example.org", PASSWORD).await;
        let unknown = app.login_raw("nobody@example.org", PASSWORD).await;
        assert_code(&unknown, "UNAUTHENTICATED");
        let generic = error_message(&unknown).unwrap().to_owned();

        for _ in 0..5 {
            let wrong = app.login_raw("locked@example.org", "wrong password!").await;
            assert_code(&wrong, "UNAUTHENTICATED");
            assert_eq!(error_message(&wrong), Some(generic.as_str()));
        }
        // Locked now: even the right password is refused, with the same words.
        let locked = app.login_raw("locked@example.org", PASSWORD).await;
        assert_code(&locked, "UNAUTHENTICATED");
        assert_eq!(error_message(&locked), Some(generic.as_str()));
        let malformed = app.login_raw("not an email", PASSWORD).await;
        assert_eq!(error_message(&malformed), Some(generic.as_str()));

        app.advance_clock(30).await;
        assert_code(&app.login_raw("locked@example.org", PASSWORD).await, "UNAUTHENTICATED");

        // It lifts after its time, and a success resets the counter.
        app.advance_clock(31).await;
        app.login("locked@example.org", PASSWORD).await;
        let wrong = app.login_raw("locked@example.org", "wrong password!").await;
        assert_code(&wrong, "UNAUTHENTICATED");
        app.login("locked@example.org", PASSWORD).await;

        // Each failure past the free attempts doubles the lock: 1 minute, then 2.
        for _ in 0..5 {
            app.login_raw("locked@example.org", "wrong password!").await;
        }
        app.advance_clock(61).await;
        app.login_raw("locked@example.org", "wrong password!").await;
        app.advance_clock(61).await;
        assert_code(&app.login_raw("locked@example.org", PASSWORD).await, "UNAUTHENTICATED");
        app.advance_clock(60).await;
        app.login("locked@example.org", PASSWORD).await;
    }

    async fn staff_tokens_carry_role_and_department(app) {
        let dept = app.create_department("roads").await;
        let staff = app.create_user(minsheng_domain::Role::Staff, "staff@example.org", Some(dept)).await;
        let me = app.me(&staff.access_token).await;
        assert_eq!(me["data"]["me"]["role"], "STAFF");
        let claims = decode_claims(&app, &staff.access_token);
        assert_eq!(claims["role"], "staff");
        assert_eq!(claims["dept"], dept.to_string());
        assert_eq!(claims["token_use"], "access");
        assert_eq!(claims["iss"], app.issuer.as_str());
        assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 15 * 60);
    }
}

/// The claims of an access token, checked with the server's secret.
fn decode_claims(app: &TestApp, token: &str) -> serde_json::Value {
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.set_audience(&["minsheng-api"]);
    v.set_issuer(&[app.issuer.as_str()]);
    let key = jsonwebtoken::DecodingKey::from_secret(app.jwt_secret.as_bytes());
    jsonwebtoken::decode::<serde_json::Value>(token, &key, &v)
        .unwrap()
        .claims
}
