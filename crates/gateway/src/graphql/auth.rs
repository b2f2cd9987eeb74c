//! Sign-up, sign-in and the viewer's own account: `me`, `register`, `login`, `refresh`,
//! `logout`, `changePassword`, `requestPasswordReset` and `resetPassword`.

use crate::auth::service::Registration;
use crate::auth::{Session, ViewerExt};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt;
use crate::graphql::user::{LocaleGql, User};
use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use minsheng_store::accounts;
use secrecy::SecretString;

/// A signed-in session.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Send as `Authorization: Bearer <accessToken>`. It works for 15 minutes.
    access_token: String,
    /// When the access token stops working.
    expires_at: DateTime<Utc>,
    /// Exchange for a new session with `refresh` before `refreshExpiresAt`. Each refresh token
    /// works once.
    refresh_token: String,
    refresh_expires_at: DateTime<Utc>,
    user: User,
}

impl From<Session> for AuthPayload {
    fn from(s: Session) -> Self {
        AuthPayload {
            access_token: s.access.token,
            expires_at: s.access.expires_at,
            refresh_token: s.refresh.token,
            refresh_expires_at: s.refresh.expires_at,
            user: User(s.account),
        }
    }
}

/// A resident signing up.
#[derive(InputObject)]
pub struct RegisterInput {
    email: String,
    /// At least 10 characters.
    password: String,
    /// The name shown to officials handling the resident's tickets.
    display_name: String,
    phone: Option<String>,
    /// The language of emails; Chinese when not given.
    locale: Option<LocaleGql>,
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The signed-in person, or null when nobody is signed in.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        let viewer = ctx.viewer();
        if matches!(viewer, crate::auth::Viewer::Anonymous) {
            return Ok(None);
        }
        let who = viewer.identity()?;
        Ok(accounts::find_by_id(ctx.store(), who.user_id)
            .await?
            .map(User))
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Creates a resident account and signs it in.
    async fn register(&self, ctx: &Context<'_>, input: RegisterInput) -> ApiResult<AuthPayload> {
        let session = ctx
            .auth()
            .register(Registration {
                email: input.email,
                password: SecretString::from(input.password),
                display_name: input.display_name,
                phone: input.phone,
                locale: input.locale.map(Into::into),
            })
            .await?;
        Ok(session.into())
    }

    /// Signs in. Every failure has the same message; repeated failures lock the account for a
    /// while.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> ApiResult<AuthPayload> {
        let session = ctx
            .auth()
            .login(&email, SecretString::from(password))
            .await?;
        Ok(session.into())
    }

    /// Exchanges a refresh token for a new session. Each refresh token works once; presenting a
    /// used one ends every session it led to.
    async fn refresh(&self, ctx: &Context<'_>, refresh_token: String) -> ApiResult<AuthPayload> {
        Ok(ctx.auth().refresh(&refresh_token).await?.into())
    }

    /// Signs out everywhere: every refresh token of the token's owner stops working.
    async fn logout(&self, ctx: &Context<'_>, refresh_token: String) -> ApiResult<bool> {
        ctx.auth().logout(&refresh_token).await?;
        Ok(true)
    }

    /// Changes the viewer's password. Every other session ends; use the returned one.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> ApiResult<AuthPayload> {
        let who = *ctx.viewer().identity()?;
        let session = ctx
            .auth()
            .change_password(
                &who,
                SecretString::from(current_password),
                SecretString::from(new_password),
            )
            .await?;
        Ok(session.into())
    }

    /// Emails a single-use reset link, valid for an hour, if an account has this address.
    /// Always answers true, so it cannot be used to find out who has an account.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> ApiResult<bool> {
        ctx.auth().request_password_reset(&email).await?;
        Ok(true)
    }

    /// Sets a new password with the token from a reset email. Every session of the account ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        new_password: String,
    ) -> ApiResult<bool> {
        ctx.auth()
            .reset_password(&token, SecretString::from(new_password))
            .await?;
        Ok(true)
    }
}
