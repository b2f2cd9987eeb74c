//! Who is making a request. The HTTP layer reads `Authorization: Bearer …` once and puts a
//! [`Viewer`] into the GraphQL request data; resolvers ask it for what they need.

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use minsheng_domain::{Locale, Role};
use minsheng_store::principal::Principal;
use std::convert::Infallible;
use uuid::Uuid;

/// A signed-in person, as their access token describes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Identity {
    pub user_id: Uuid,
    pub role: Role,
    /// Set for staff only.
    pub department_id: Option<Uuid>,
    pub locale: Locale,
}

impl Identity {
    /// The store's view of this caller.
    pub fn principal(&self) -> Principal {
        Principal::User {
            id: self.user_id,
            role: self.role,
            department_id: self.department_id,
        }
    }
}

/// The caller of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// No `Authorization` header.
    Anonymous,
    /// A valid access token.
    User(Identity),
    /// A token was sent but is expired, forged or otherwise unusable. Public fields still work;
    /// fields that need a person answer `UNAUTHENTICATED`, so the client knows to refresh.
    InvalidToken,
}

const SIGN_IN: &str = "sign in to do this";
const TOKEN_REFUSED: &str = "the access token is invalid or has expired";

impl Viewer {
    /// The signed-in person, or `UNAUTHENTICATED`.
    pub fn identity(&self) -> ApiResult<&Identity> {
        match self {
            Viewer::User(who) => Ok(who),
            Viewer::Anonymous => Err(ApiError::unauthenticated(SIGN_IN)),
            Viewer::InvalidToken => Err(ApiError::unauthenticated(TOKEN_REFUSED)),
        }
    }

    /// The signed-in person if their role is one of `roles`: `UNAUTHENTICATED` when nobody is
    /// signed in, `FORBIDDEN` for any other role.
    pub fn require_role(&self, roles: &[Role]) -> ApiResult<&Identity> {
        let who = self.identity()?;
        if roles.contains(&who.role) {
            Ok(who)
        } else {
            Err(ApiError::forbidden("your role may not do this"))
        }
    }

    /// The signed-in person, if any. An invalid token counts as nobody.
    pub fn user(&self) -> Option<&Identity> {
        match self {
            Viewer::User(who) => Some(who),
            _ => None,
        }
    }

    /// The store's view of this caller. An invalid token is anonymous.
    pub fn principal(&self) -> Principal {
        self.user()
            .map_or(Principal::Anonymous, Identity::principal)
    }

    /// The language to answer in.
    pub fn locale(&self) -> Locale {
        self.user().map_or(Locale::ZhCn, |w| w.locale)
    }
}

/// Reads the viewer from the request's `Authorization` header.
impl<S> FromRequestParts<S> for Viewer
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return Ok(Viewer::Anonymous);
        };
        let app = AppState::from_ref(state);
        let token = header
            .to_str()
            .ok()
            .and_then(|h| {
                h.strip_prefix("Bearer ")
                    .or_else(|| h.strip_prefix("bearer "))
            })
            .map(str::trim);
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return Ok(Viewer::InvalidToken);
        };
        match app.auth.access_tokens().verify(token, app.clock.now()) {
            Ok(who) => Ok(Viewer::User(who)),
            Err(reason) => {
                tracing::debug!(%reason, "refused an access token");
                Ok(Viewer::InvalidToken)
            }
        }
    }
}

/// Access to the viewer from a GraphQL resolver.
pub trait ViewerExt {
    /// The viewer of this request (anonymous when the HTTP layer put none in).
    fn viewer(&self) -> &Viewer;
}

impl ViewerExt for async_graphql::Context<'_> {
    fn viewer(&self) -> &Viewer {
        self.data_opt::<Viewer>().unwrap_or(&Viewer::Anonymous)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff() -> Viewer {
        Viewer::User(Identity {
            user_id: Uuid::now_v7(),
            role: Role::Staff,
            department_id: Some(Uuid::now_v7()),
            locale: Locale::En,
        })
    }

    #[test]
    fn roles_are_checked() {
        assert!(staff().require_role(&[Role::Staff, Role::Agent]).is_ok());
        let e = staff().require_role(&[Role::Admin]).unwrap_err();
        assert_eq!(e.code(), "FORBIDDEN");
        let e = Viewer::Anonymous.require_role(&[Role::Admin]).unwrap_err();
        assert_eq!(e.code(), "UNAUTHENTICATED");
        let e = Viewer::InvalidToken.identity().unwrap_err();
        assert_eq!(e.code(), "UNAUTHENTICATED");
    }

    #[test]
    fn invalid_tokens_are_anonymous_to_the_store() {
        assert_eq!(Viewer::InvalidToken.principal(), Principal::Anonymous);
        assert!(matches!(
            staff().principal(),
            Principal::User {
                role: Role::Staff,
                ..
            }
        ));
        assert_eq!(Viewer::Anonymous.locale(), Locale::ZhCn);
    }
}
