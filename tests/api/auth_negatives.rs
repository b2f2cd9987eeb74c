//! Access tokens the server must refuse. Each is forged with the server's own secret, so only
//! the one thing wrong with it can be the reason; a correctly forged token is accepted first,
//! to prove the forging is right.

use crate::common::*;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

fn forge(app: &TestApp, alg: Algorithm, claims: &Value) -> String {
    jsonwebtoken::encode(
        &Header::new(alg),
        claims,
        &EncodingKey::from_secret(app.jwt_secret.as_bytes()),
    )
    .unwrap()
}

/// Valid claims for `sub`, at the server's "now", with `changes` applied (null removes a claim).
async fn claims(app: &TestApp, sub: &str, changes: Value) -> Value {
    let now = app.now().await.timestamp();
    let mut c = json!({
        "iss": app.issuer, "aud": "minsheng-api", "sub": sub,
        "iat": now, "nbf": now, "exp": now + 900,
        "role": "resident", "dept": null, "locale": "zh-CN", "token_use": "access",
    });
    for (k, v) in changes.as_object().unwrap() {
        if v.is_null() {
            c.as_object_mut().unwrap().remove(k);
        } else {
            c[k] = v.clone();
        }
    }
    c
}

fn b64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

async fn refused(app: &TestApp, what: &str, token: &str) {
    let me = app.me(token).await;
    assert_eq!(
        error_code(&me),
        Some("UNAUTHENTICATED"),
        "{what} was not refused: {me}"
    );
    assert!(
        me["data"].is_null() || me["data"]["me"].is_null(),
        "{what}: {me}"
    );
}

both_dbs! {
    async fn forged_tokens_are_refused(app) {
        let s = app.register("target@example.org", PASSWORD).await;
        let sub = s.user_id.as_str();

        let good = forge(&app, Algorithm::HS256, &claims(&app, sub, json!({})).await);
        let me = app.me(&good).await;
        assert_no_errors(&me);
        assert_eq!(me["data"]["me"]["id"], sub);

        let now = app.now().await.timestamp();
        let cases = [
            ("expired", Algorithm::HS256, json!({ "iat": now - 3600, "nbf": now - 3600, "exp": now - 60 })),
            ("not yet valid", Algorithm::HS256, json!({ "nbf": now + 600, "exp": now + 1500 })),
            ("wrong issuer", Algorithm::HS256, json!({ "iss": "https://evil.example" })),
            ("wrong audience", Algorithm::HS256, json!({ "aud": "someone-else" })),
            ("HS512", Algorithm::HS512, json!({})),
            ("HS384", Algorithm::HS384, json!({})),
            ("refresh token use", Algorithm::HS256, json!({ "token_use": "refresh" })),
            ("no token use", Algorithm::HS256, json!({ "token_use": null })),
            ("no exp", Algorithm::HS256, json!({ "exp": null })),
            ("no nbf", Algorithm::HS256, json!({ "nbf": null })),
            ("no iss", Algorithm::HS256, json!({ "iss": null })),
            ("no aud", Algorithm::HS256, json!({ "aud": null })),
            ("no sub", Algorithm::HS256, json!({ "sub": null })),
        ];
        for (what, alg, changes) in cases {
            let token = forge(&app, alg, &claims(&app, sub, changes).await);
            refused(&app, what, &token).await;
        }

        // Signed with another secret.
        let other = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims(&app, sub, json!({})).await,
            &EncodingKey::from_secret(b"some-other-secret-some-other-secret"),
        )
        .unwrap();
        refused(&app, "another secret", &other).await;

        // alg: none, unsigned.
        let body = claims(&app, sub, json!({})).await.to_string();
        let none = format!("{}.{}.", b64url(br#"{"alg":"none","typ":"JWT"}"#), b64url(body.as_bytes()));
        refused(&app, "alg none", &none).await;

        // The opaque refresh token is no access token.
        refused(&app, "refresh token as bearer", &s.refresh_token).await;
        refused(&app, "garbage", "not-a-jwt").await;
    }

    async fn tokens_expire_on_the_server_clock(app) {
        let s = app.register("clock@example.org", PASSWORD).await;
        assert_no_errors(&app.me(&s.access_token).await);
        // 15 minutes, plus at most 30 seconds of leeway.
        app.advance_clock(15 * 60 + 20).await;
        assert_no_errors(&app.me(&s.access_token).await);
        app.advance_clock(20).await;
        refused(&app, "expired access token", &s.access_token).await;
        // A refresh brings a fresh one.
        let r = app.refresh_raw(&s.refresh_token).await;
        let access = r["data"]["refresh"]["accessToken"].as_str().unwrap();
        assert_no_errors(&app.me(access).await);
    }

    async fn malformed_authorization_headers_are_refused(app) {
        let s = app.register("header@example.org", PASSWORD).await;
        for header in [format!("Basic {}", s.access_token), "Bearer ".to_owned(), s.access_token.clone()] {
            let res = app
                .request(reqwest::Method::POST, "/graphql")
                .header("authorization", header.clone())
                .json(&json!({ "query": "{ me { id } }" }))
                .send()
                .await
                .unwrap();
            let body: Value = res.json().await.unwrap();
            assert_code(&body, "UNAUTHENTICATED");
        }
    }
}
