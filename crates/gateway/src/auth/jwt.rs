//! Access tokens: HS256 JWTs that live 15 minutes.
//!
//! Validation requires `exp`, `nbf`, `iss`, `aud` and `sub`, accepts only HS256, and checks the
//! `token_use` claim so that no other kind of token is taken for an access token. Expiry is
//! checked against the server's [`Clock`](crate::clock::Clock), not the system clock, with at
//! most 30 seconds of leeway.
//!
//! A token whose signature and claims were checked is remembered (by its whole text) for the
//! checks that do not depend on the time: a client sends the same token with every request for
//! its fifteen minutes, and decoding and verifying it cost a one-ticket read about a twentieth
//! of the server's CPU. Expiry and `nbf` are still checked on every request.

use crate::auth::viewer::Identity;
use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, TimeDelta, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use lru::LruCache;
use minsheng_domain::{Locale, Role};
use secrecy::{ExposeSecret, SecretSlice};
use serde::{Deserialize, Serialize};
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// How many verified tokens are remembered: about one per person active in the last fifteen
/// minutes on this instance; each takes well under a kilobyte.
const VERIFIED_TOKENS: NonZeroUsize = match NonZeroUsize::new(4096) {
    Some(n) => n,
    None => NonZeroUsize::MIN,
};

/// The `aud` claim of every access token.
pub const AUDIENCE: &str = "minsheng-api";
/// The `token_use` claim of access tokens.
pub const ACCESS_TOKEN_USE: &str = "access";
/// Clock skew tolerated on `exp` and `nbf`, in seconds.
pub const LEEWAY_SECS: i64 = 30;

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: String,
    pub exp: i64,
    pub nbf: i64,
    pub iat: i64,
    pub role: String,
    pub dept: Option<Uuid>,
    pub locale: String,
    pub token_use: String,
}

/// A signed access token and when it stops working.
#[derive(Clone)]
pub struct AccessToken {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &"***")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// Why a presented token was refused. Only logged; the client always hears the same thing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token has expired")]
    Expired,
    #[error("the token is not valid yet")]
    NotYetValid,
    #[error("the token is not an access token")]
    WrongUse,
    #[error("the token is malformed or its signature, algorithm, issuer or audience is wrong: {0}")]
    Invalid(String),
}

/// Signs and checks access tokens with one HMAC secret.
#[derive(Clone)]
pub struct AccessTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    ttl: TimeDelta,
    /// Tokens whose signature and claims passed, with what they say (shared by clones: they
    /// have the same key).
    verified: Arc<Mutex<LruCache<Box<str>, Verified>>>,
}

/// What a token whose signature and claims passed says.
#[derive(Debug, Clone, Copy)]
struct Verified {
    identity: Identity,
    exp: i64,
    nbf: i64,
}

impl Verified {
    /// Whom the token speaks for at `now`, if it is valid then.
    fn at(&self, now: DateTime<Utc>) -> Result<Identity, TokenError> {
        let now = now.timestamp();
        if now > self.exp.saturating_add(LEEWAY_SECS) {
            return Err(TokenError::Expired);
        }
        if now < self.nbf.saturating_sub(LEEWAY_SECS) {
            return Err(TokenError::NotYetValid);
        }
        Ok(self.identity)
    }
}

impl AccessTokens {
    pub fn new(secret: &SecretSlice<u8>, issuer: &str, ttl: TimeDelta) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.algorithms = vec![Algorithm::HS256];
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[AUDIENCE]);
        validation.validate_aud = true;
        // Time is checked below against the injected clock.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.leeway = 0;
        Self {
            encoding: EncodingKey::from_secret(secret.expose_secret()),
            decoding: DecodingKey::from_secret(secret.expose_secret()),
            validation,
            issuer: issuer.to_owned(),
            ttl,
            verified: Arc::new(Mutex::new(LruCache::new(VERIFIED_TOKENS))),
        }
    }

    /// Signs an access token for this person, valid from `now` for the configured lifetime.
    pub fn issue(&self, who: &Identity, now: DateTime<Utc>) -> ApiResult<AccessToken> {
        let expires_at = now + self.ttl;
        let claims = AccessClaims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.to_owned(),
            sub: who.user_id.to_string(),
            exp: expires_at.timestamp(),
            nbf: now.timestamp(),
            iat: now.timestamp(),
            role: who.role.as_str().to_owned(),
            dept: who.department_id,
            locale: who.locale.as_str().to_owned(),
            token_use: ACCESS_TOKEN_USE.to_owned(),
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::internal(format!("signing an access token: {e}")))?;
        Ok(AccessToken { token, expires_at })
    }

    /// Checks a presented token and returns whom it speaks for.
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Identity, TokenError> {
        let kept = self
            .verified
            .lock()
            .ok()
            .and_then(|mut v| v.get(token).copied());
        let verified = match kept {
            Some(v) => v,
            None => {
                let v = self.check(token)?;
                if let Ok(mut kept) = self.verified.lock() {
                    kept.put(token.into(), v);
                }
                v
            }
        };
        verified.at(now)
    }

    /// Checks a token's signature and the claims that do not depend on the time.
    fn check(&self, token: &str) -> Result<Verified, TokenError> {
        let data = jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map_err(|e| TokenError::Invalid(e.to_string()))?;
        let c = data.claims;
        if c.token_use != ACCESS_TOKEN_USE {
            return Err(TokenError::WrongUse);
        }
        let user_id = Uuid::parse_str(&c.sub).map_err(|e| TokenError::Invalid(e.to_string()))?;
        let role: Role = c
            .role
            .parse()
            .map_err(|e: minsheng_domain::vocab::UnknownCode| TokenError::Invalid(e.to_string()))?;
        let locale: Locale = c.locale.parse().unwrap_or(Locale::ZhCn);
        Ok(Verified {
            identity: Identity {
                user_id,
                role,
                department_id: c.dept,
                locale,
            },
            exp: c.exp,
            nbf: c.nbf,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ISSUER: &str = "http://127.0.0.1:8080";

    fn secret() -> SecretSlice<u8> {
        SecretSlice::from(b"0123456789abcdef0123456789abcdef".to_vec())
    }

    fn keys() -> AccessTokens {
        AccessTokens::new(&secret(), ISSUER, TimeDelta::minutes(15))
    }

    fn who() -> Identity {
        Identity {
            user_id: Uuid::now_v7(),
            role: Role::Staff,
            department_id: Some(Uuid::now_v7()),
            locale: Locale::En,
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-02T01:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn forge(alg: Algorithm, claims: serde_json::Value) -> String {
        let key = EncodingKey::from_secret(secret().expose_secret());
        jsonwebtoken::encode(&Header::new(alg), &claims, &key).unwrap()
    }

    fn claims(overrides: serde_json::Value) -> serde_json::Value {
        let t = now().timestamp();
        let mut c = json!({
            "iss": ISSUER, "aud": AUDIENCE, "sub": Uuid::now_v7().to_string(),
            "exp": t + 900, "nbf": t, "iat": t, "role": "resident", "dept": null,
            "locale": "zh-CN", "token_use": "access",
        });
        if let (Some(c), Some(o)) = (c.as_object_mut(), overrides.as_object()) {
            for (k, v) in o {
                if v.is_null() && k != "dept" {
                    c.remove(k);
                } else {
                    c.insert(k.clone(), v.clone());
                }
            }
        }
        c
    }

    #[test]
    fn round_trip() {
        let k = keys();
        let w = who();
        let t = k.issue(&w, now()).unwrap();
        assert_eq!(t.expires_at, now() + TimeDelta::minutes(15));
        assert_eq!(k.verify(&t.token, now()).unwrap(), w);
        assert_eq!(
            k.verify(
                &t.token,
                now() + TimeDelta::minutes(15) + TimeDelta::seconds(30)
            )
            .unwrap(),
            w
        );
    }

    /// Keys and a token they issued and verified once, so they remember it.
    fn remembered() -> (AccessTokens, AccessToken) {
        let k = keys();
        let w = who();
        let t = k.issue(&w, now()).unwrap();
        assert_eq!(k.verify(&t.token, now()).unwrap(), w);
        (k, t)
    }

    #[test]
    fn expiry_and_not_before_use_the_clock_with_30s_leeway() {
        // The token is remembered: the times are still checked on every request.
        let (k, t) = remembered();
        assert_eq!(
            k.verify(
                &t.token,
                now() + TimeDelta::minutes(15) + TimeDelta::seconds(31)
            ),
            Err(TokenError::Expired)
        );
        assert_eq!(
            k.verify(&t.token, now() - TimeDelta::seconds(31)),
            Err(TokenError::NotYetValid)
        );
        assert!(k.verify(&t.token, now() - TimeDelta::seconds(30)).is_ok());
    }

    #[test]
    fn altered_copies_of_a_remembered_token_are_refused() {
        let (k, t) = remembered();
        assert!(k.verify(&t.token, now()).is_ok(), "remembered");
        let mut altered = t.token.clone();
        let last = altered.pop().unwrap();
        altered.push(if last == 'A' { 'B' } else { 'A' });
        assert!(k.verify(&altered, now()).is_err());
        let other = AccessTokens::new(
            &SecretSlice::from(b"another secret of thirty-two bytes!".to_vec()),
            ISSUER,
            TimeDelta::minutes(15),
        );
        assert!(other.verify(&t.token, now()).is_err(), "another key");
    }

    #[test]
    fn refuses_what_it_must() {
        let k = keys();
        let bad = [
            (
                "wrong issuer",
                forge(Algorithm::HS256, claims(json!({"iss": "https://evil"}))),
            ),
            (
                "wrong audience",
                forge(Algorithm::HS256, claims(json!({"aud": "other"}))),
            ),
            ("HS512", forge(Algorithm::HS512, claims(json!({})))),
            ("HS384", forge(Algorithm::HS384, claims(json!({})))),
            (
                "refresh as access",
                forge(Algorithm::HS256, claims(json!({"token_use": "refresh"}))),
            ),
            (
                "no exp",
                forge(Algorithm::HS256, claims(json!({"exp": null}))),
            ),
            (
                "no nbf",
                forge(Algorithm::HS256, claims(json!({"nbf": null}))),
            ),
            (
                "no iss",
                forge(Algorithm::HS256, claims(json!({"iss": null}))),
            ),
            (
                "no aud",
                forge(Algorithm::HS256, claims(json!({"aud": null}))),
            ),
            (
                "no sub",
                forge(Algorithm::HS256, claims(json!({"sub": null}))),
            ),
            (
                "bad role",
                forge(Algorithm::HS256, claims(json!({"role": "root"}))),
            ),
            ("garbage", "not.a.token".to_owned()),
        ];
        for (what, token) in bad {
            assert!(k.verify(&token, now()).is_err(), "{what} was accepted");
        }
    }

    #[test]
    fn refuses_alg_none_and_other_secrets() {
        let k = keys();
        let header = base64_url(br#"{"alg":"none","typ":"JWT"}"#);
        let body = base64_url(claims(json!({})).to_string().as_bytes());
        assert!(k.verify(&format!("{header}.{body}."), now()).is_err());

        let other = AccessTokens::new(
            &SecretSlice::from(b"another-secret-another-secret-xx".to_vec()),
            ISSUER,
            TimeDelta::minutes(15),
        );
        let t = other.issue(&who(), now()).unwrap();
        assert!(k.verify(&t.token, now()).is_err());
    }

    fn base64_url(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            }
        }
        out
    }
}
