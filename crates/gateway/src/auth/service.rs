//! Signing up, signing in and out, refreshing, and changing or resetting a password. The GraphQL
//! resolvers call these and map the results; the store keeps the state.

use crate::auth::jwt::{AccessToken, AccessTokens};
use crate::auth::password::{HashSetupError, Passwords};
use crate::auth::viewer::Identity;
use crate::clock::SharedClock;
use crate::config::AuthSettings;
use crate::error::{ApiError, ApiResult};
use minsheng_domain::Locale;
use minsheng_domain::input::{Email, NewPassword, PersonName, Phone};
use minsheng_store::Store;
use minsheng_store::accounts::{self, Account, NewResident, RefreshToken, Rotation};
use secrecy::{ExposeSecret, SecretString};

/// The one message for every failed sign-in: unknown email, wrong password, locked or disabled
/// account. Telling them apart would tell an attacker which accounts exist.
pub const LOGIN_FAILED: &str =
    "the email or password is incorrect, or the account is temporarily locked";

/// The one message for a refresh token that cannot be used.
pub const REFRESH_REFUSED: &str = "the session has ended; sign in again";

/// Passwords longer than this are not even hashed.
const MAX_PASSWORD_BYTES: usize = 1024;

/// A signed-in session: a short-lived access token and the refresh token that renews it.
#[derive(Debug, Clone)]
pub struct Session {
    pub access: AccessToken,
    pub refresh: RefreshToken,
    pub account: Account,
}

/// A resident's registration, as typed.
#[derive(Debug)]
pub struct Registration {
    pub email: String,
    pub password: SecretString,
    pub display_name: String,
    pub phone: Option<String>,
    pub locale: Option<Locale>,
}

/// Everything sign-in needs.
pub struct AuthService {
    store: Store,
    clock: SharedClock,
    passwords: Passwords,
    tokens: AccessTokens,
    settings: AuthSettings,
}

impl AuthService {
    pub fn new(
        store: Store,
        clock: SharedClock,
        settings: AuthSettings,
    ) -> Result<Self, HashSetupError> {
        Ok(Self {
            tokens: AccessTokens::new(&settings.jwt_secret, &settings.issuer, settings.access_ttl),
            passwords: Passwords::new()?,
            store,
            clock,
            settings,
        })
    }

    pub fn access_tokens(&self) -> &AccessTokens {
        &self.tokens
    }

    pub fn passwords(&self) -> &Passwords {
        &self.passwords
    }

    /// Registers a resident and signs them in.
    pub async fn register(&self, r: Registration) -> ApiResult<Session> {
        let email = Email::parse(&r.email)?;
        let display_name = PersonName::parse(&r.display_name)
            .map_err(|e| ApiError::from(e).with_field("name", "displayName"))?;
        let phone = r
            .phone
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .map(Phone::parse)
            .transpose()?;
        let password = NewPassword::parse(r.password.expose_secret())?;
        let password_hash = self
            .passwords
            .hash(SecretString::from(password.expose()))
            .await?;
        let account = accounts::register_resident(
            &self.store,
            NewResident {
                email,
                display_name,
                phone,
                locale: r.locale.unwrap_or(Locale::ZhCn),
                password_hash,
            },
            self.clock.now(),
        )
        .await?;
        tracing::info!(user_id = %account.id, "a resident registered");
        self.start_session(account).await
    }

    /// Signs in with email and password. Every failure gives [`LOGIN_FAILED`] and takes about as
    /// long as a success.
    pub async fn login(&self, email: &str, password: SecretString) -> ApiResult<Session> {
        let failed = || ApiError::unauthenticated(LOGIN_FAILED);
        let record = match Email::parse(email) {
            Ok(email) => accounts::find_login(&self.store, &email).await?,
            Err(_) => None,
        };
        if password.expose_secret().len() > MAX_PASSWORD_BYTES {
            return Err(failed());
        }
        let now = self.clock.now();
        let Some(record) = record else {
            self.passwords.verify(password, None).await?;
            return Err(failed());
        };
        let matched = self
            .passwords
            .verify(password, record.password_hash.clone())
            .await?;
        let account = record.account.clone();
        if record.is_locked(now) {
            tracing::info!(user_id = %account.id, "sign-in refused: the account is locked");
            return Err(failed());
        }
        if !matched {
            let locked = accounts::record_login_failure(
                &self.store,
                account.id,
                &self.settings.lockout,
                now,
            )
            .await?;
            if let Some(until) = locked {
                tracing::warn!(user_id = %account.id, %until, "account locked after repeated failed sign-ins");
            }
            return Err(failed());
        }
        if !account.active {
            return Err(failed());
        }
        if record.failed_logins != 0 || record.locked_until.is_some() {
            accounts::record_login_success(&self.store, account.id).await?;
        }
        self.start_session(account).await
    }

    /// Exchanges a refresh token for a new session in the same family. A spent token revokes the
    /// family.
    pub async fn refresh(&self, presented: &str) -> ApiResult<Session> {
        let rotation = accounts::rotate_refresh_token(
            &self.store,
            presented.trim(),
            self.settings.refresh_ttl,
            self.clock.now(),
        )
        .await?;
        match rotation {
            Rotation::Rotated { account, token } => {
                let access = self.tokens.issue(&identity(&account), self.clock.now())?;
                Ok(Session {
                    access,
                    refresh: token,
                    account,
                })
            }
            Rotation::Reused { .. } | Rotation::Invalid => {
                Err(ApiError::unauthenticated(REFRESH_REFUSED))
            }
        }
    }

    /// Signs the owner of `presented` out everywhere. Unknown tokens are ignored.
    pub async fn logout(&self, presented: &str) -> ApiResult<()> {
        accounts::revoke_tokens_of_owner(&self.store, presented.trim(), self.clock.now()).await?;
        Ok(())
    }

    /// Changes the viewer's password after checking the current one. Every other session ends;
    /// the returned one replaces the caller's.
    pub async fn change_password(
        &self,
        who: &Identity,
        current: SecretString,
        new: SecretString,
    ) -> ApiResult<Session> {
        let record = accounts::find_login_by_id(&self.store, who.user_id)
            .await?
            .ok_or_else(|| ApiError::unauthenticated(REFRESH_REFUSED))?;
        let new = NewPassword::parse(new.expose_secret())
            .map_err(|e| ApiError::from(e).with_field("password", "newPassword"))?;
        if !self
            .passwords
            .verify(current, record.password_hash.clone())
            .await?
        {
            return Err(ApiError::bad_input(
                "currentPassword",
                "the current password is incorrect",
            ));
        }
        let hash = self
            .passwords
            .hash(SecretString::from(new.expose()))
            .await?;
        accounts::change_password(&self.store, who.user_id, hash, self.clock.now()).await?;
        tracing::info!(user_id = %who.user_id, "password changed; all sessions revoked");
        self.start_session(record.account).await
    }

    /// Emails a reset link when an account has this address. Answers the same either way.
    pub async fn request_password_reset(&self, email: &str) -> ApiResult<()> {
        if let Ok(email) = Email::parse(email) {
            accounts::request_password_reset(&self.store, &email, self.clock.now()).await?;
        }
        Ok(())
    }

    /// Sets a new password with a reset token; the token works once.
    pub async fn reset_password(&self, token: &str, new: SecretString) -> ApiResult<()> {
        let new = NewPassword::parse(new.expose_secret())
            .map_err(|e| ApiError::from(e).with_field("password", "newPassword"))?;
        let hash = self
            .passwords
            .hash(SecretString::from(new.expose()))
            .await?;
        match accounts::reset_password(&self.store, token.trim(), hash, self.clock.now()).await? {
            Some(account) => {
                tracing::info!(user_id = %account.id, "password reset; all sessions revoked");
                Ok(())
            }
            None => Err(ApiError::bad_input(
                "token",
                "the reset link is invalid, expired or already used",
            )),
        }
    }

    async fn start_session(&self, account: Account) -> ApiResult<Session> {
        let now = self.clock.now();
        let refresh =
            accounts::issue_refresh_token(&self.store, account.id, self.settings.refresh_ttl, now)
                .await?;
        let access = self.tokens.issue(&identity(&account), now)?;
        Ok(Session {
            access,
            refresh,
            account,
        })
    }
}

fn identity(a: &Account) -> Identity {
    Identity {
        user_id: a.id,
        role: a.role,
        department_id: a.department_id,
        locale: a.locale,
    }
}
