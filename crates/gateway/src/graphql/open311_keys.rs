//! Open311 API keys for administrators (SPEC §1 `admin`): issue one (its secret is shown once),
//! revoke one, list them. The store audits every change.

use super::context::ContextExt;
use super::views::parse_id;
use crate::auth::ViewerExt;
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use minsheng_domain::Role;
use minsheng_store::Principal;
use minsheng_store::open311::{self, KeyView};

fn require_admin(ctx: &Context<'_>) -> ApiResult<Principal> {
    ctx.viewer().require_role(&[Role::Admin])?;
    Ok(ctx.viewer().principal())
}

/// An Open311 API key. The secret itself is never shown again after it was issued.
#[derive(SimpleObject)]
pub struct Open311Key {
    pub id: ID,
    /// Who the key is for, e.g. the app or partner that uses it.
    pub name: String,
    /// The first characters of the key, to tell keys apart.
    pub key_prefix: String,
    pub rate_limit_per_minute: i32,
    pub created_at: DateTime<Utc>,
    /// Set once the key is revoked; it is refused from then on.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<KeyView> for Open311Key {
    fn from(k: KeyView) -> Self {
        Open311Key {
            id: ID(k.id.to_string()),
            name: k.name,
            key_prefix: k.key_prefix,
            rate_limit_per_minute: i32::try_from(k.rate_limit_per_minute).unwrap_or(i32::MAX),
            created_at: k.created_at,
            revoked_at: k.revoked_at,
        }
    }
}

/// A key just issued.
#[derive(SimpleObject)]
pub struct CreatedOpen311Key {
    pub key: Open311Key,
    /// The secret to give to the client. It is shown only here, once: Minsheng keeps only its
    /// hash.
    pub secret: String,
}

#[derive(Default)]
pub struct Open311KeyQuery;

#[Object]
impl Open311KeyQuery {
    /// Every Open311 API key, newest first (admins).
    async fn open311_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Open311Key>> {
        let who = require_admin(ctx)?;
        let keys = open311::list_keys(ctx.store(), &who)
            .await
            .map_err(ApiError::from)?;
        Ok(keys.into_iter().map(Open311Key::from).collect())
    }
}

#[derive(Default)]
pub struct Open311KeyMutation;

#[Object]
impl Open311KeyMutation {
    /// Issues an Open311 API key (admins). The secret is in the answer and nowhere else.
    async fn create_open311_key(
        &self,
        ctx: &Context<'_>,
        name: String,
        #[graphql(validator(minimum = 1, maximum = 100000))] rate_limit_per_minute: Option<i32>,
    ) -> async_graphql::Result<CreatedOpen311Key> {
        let who = require_admin(ctx)?;
        let limit = rate_limit_per_minute
            .map(u32::try_from)
            .transpose()
            .map_err(|_| ApiError::bad_input("rateLimitPerMinute", "must be positive"))?;
        let issued = open311::create_key(ctx.store(), &who, &name, limit, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(CreatedOpen311Key {
            key: issued.key.into(),
            secret: issued.secret,
        })
    }

    /// Revokes an Open311 API key (admins). Revoking a revoked key changes nothing.
    async fn revoke_open311_key(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Open311Key> {
        let who = require_admin(ctx)?;
        let id = parse_id(&id, "id")?;
        let key = open311::revoke_key(ctx.store(), &who, id, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(key.into())
    }
}
