//! Password hashing with argon2id (m = 19456 KiB, t = 2, p = 1, the OWASP baseline), off the
//! async runtime. An unknown account is still checked against a dummy hash, so the time a
//! sign-in takes does not tell whether the account exists.

use crate::error::{ApiError, ApiResult};
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};

/// Memory cost in KiB.
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

#[derive(Debug, thiserror::Error)]
#[error("password hashing: {0}")]
pub struct HashSetupError(String);

/// Hashes and verifies passwords.
#[derive(Clone)]
pub struct Passwords {
    argon: Argon2<'static>,
    /// A hash of a random password, verified against when the account does not exist.
    dummy_hash: String,
}

impl Passwords {
    /// Sets up the hasher and computes the dummy hash (once, at start-up).
    pub fn new() -> Result<Self, HashSetupError> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
            .map_err(|e| HashSetupError(e.to_string()))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut random = [0u8; 32];
        rand::rng().fill_bytes(&mut random);
        let dummy_hash = argon
            .hash_password(hex::encode(random).as_bytes())
            .map_err(|e| HashSetupError(e.to_string()))?
            .to_string();
        Ok(Self { argon, dummy_hash })
    }

    /// The PHC string for `password`, with a fresh random salt.
    pub async fn hash(&self, password: SecretString) -> ApiResult<String> {
        let argon = self.argon.clone();
        tokio::task::spawn_blocking(move || {
            argon
                .hash_password(password.expose_secret().as_bytes())
                .map(|h| h.to_string())
                .map_err(|e| ApiError::internal(format!("hashing a password: {e}")))
        })
        .await
        .map_err(|e| ApiError::internal(format!("password hashing task: {e}")))?
    }

    /// Whether `password` matches `hash`. `None` (no such account, or no password set) is checked
    /// against the dummy hash and is never a match.
    pub async fn verify(&self, password: SecretString, hash: Option<String>) -> ApiResult<bool> {
        let argon = self.argon.clone();
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let matched = tokio::task::spawn_blocking(move || {
            match argon.verify_password(password.expose_secret().as_bytes(), hash.as_str()) {
                Ok(()) => Ok(true),
                Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
                Err(e) => Err(ApiError::internal(format!(
                    "a stored password hash is unreadable: {e}"
                ))),
            }
        })
        .await
        .map_err(|e| ApiError::internal(format!("password verification task: {e}")))??;
        Ok(known && matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_the_required_parameters() {
        let p = Passwords::new().unwrap();
        let h = p
            .hash(SecretString::from("correct horse battery"))
            .await
            .unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(
            p.verify(SecretString::from("correct horse battery"), Some(h.clone()))
                .await
                .unwrap()
        );
        assert!(
            !p.verify(SecretString::from("wrong horse battery"), Some(h))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn unknown_accounts_never_match() {
        let p = Passwords::new().unwrap();
        assert!(
            !p.verify(SecretString::from("anything"), None)
                .await
                .unwrap()
        );
    }
}
