//! The API's one error type, mapped once to the fixed `extensions.code` set of SPEC §11.
//!
//! Resolvers return `Result<T, ApiError>` or use `?` into `async_graphql::Result`. The conversion
//! below is the only place where an error becomes what the client sees: internal errors are
//! logged there with their context and reach the client only as "internal error".

use async_graphql::ErrorExtensions;
use minsheng_domain::ValidationError;
use minsheng_domain::lifecycle::LifecycleError;
use minsheng_store::StoreError;

/// Everything that can go wrong in a request, as the client may learn it.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// No valid access token where one is needed, or sign-in failed.
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    /// Bad input, naming the input field that is wrong.
    #[error("{field}: {message}")]
    BadUserInput { field: String, message: String },
    #[error("{0}")]
    InvalidTransition(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    RateLimited(String),
    /// Anything the client cannot fix. The text is for the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The short form for resolvers.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        ApiError::Unauthenticated(message.into())
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiError::Forbidden(message.into())
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::NotFound(message.into())
    }

    pub fn bad_input(field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::BadUserInput {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn internal(context: impl std::fmt::Display) -> Self {
        ApiError::Internal(context.to_string())
    }

    /// The `extensions.code` of this error.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated(_) => "UNAUTHENTICATED",
            ApiError::Forbidden(_) => "FORBIDDEN",
            ApiError::NotFound(_) => "NOT_FOUND",
            ApiError::BadUserInput { .. } => "BAD_USER_INPUT",
            ApiError::InvalidTransition(_) => "INVALID_TRANSITION",
            ApiError::Conflict(_) => "CONFLICT",
            ApiError::RateLimited(_) => "RATE_LIMITED",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    /// What the client is told.
    pub fn client_message(&self) -> String {
        match self {
            ApiError::Internal(_) => "internal error".to_owned(),
            ApiError::BadUserInput { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }

    /// Renames the field of a validation error, for inputs whose API name differs from the
    /// domain's (`name` → `displayName`).
    pub fn with_field(self, from: &str, to: &str) -> Self {
        match self {
            ApiError::BadUserInput { field, message } if field == from => ApiError::BadUserInput {
                field: to.to_owned(),
                message,
            },
            other => other,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound("not found".to_owned()),
            StoreError::Forbidden(m) => ApiError::Forbidden(m),
            StoreError::Lifecycle(l @ LifecycleError::InvalidTransition { .. }) => {
                ApiError::InvalidTransition(l.to_string())
            }
            StoreError::Lifecycle(l @ LifecycleError::Forbidden { .. }) => {
                ApiError::Forbidden(l.to_string())
            }
            StoreError::Rule(m) => ApiError::InvalidTransition(m),
            StoreError::Conflict(m) => ApiError::Conflict(m),
            StoreError::Validation(v) => v.into(),
            StoreError::RateLimited => {
                ApiError::RateLimited("too many attempts; try again later".to_owned())
            }
            StoreError::Db(db) => ApiError::Internal(format!("database: {db}")),
            StoreError::Internal(m) => ApiError::Internal(m),
        }
    }
}

impl From<ValidationError> for ApiError {
    fn from(v: ValidationError) -> Self {
        ApiError::BadUserInput {
            field: v.field.to_owned(),
            message: v.rule,
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        if let ApiError::Internal(context) = &e {
            tracing::error!(error = %context, "internal error in a GraphQL request");
        }
        let mut err = async_graphql::Error::new(e.client_message());
        let code = e.code();
        let field = match e {
            ApiError::BadUserInput { field, .. } => Some(field),
            _ => None,
        };
        err = err.extend_with(|_, ext| {
            ext.set("code", code);
            if let Some(field) = field {
                ext.set("field", field);
            }
        });
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::Value;
    use minsheng_domain::State;
    use minsheng_domain::lifecycle::Action;

    fn gql(e: impl Into<ApiError>) -> async_graphql::Error {
        e.into().into()
    }

    fn ext(err: &async_graphql::Error, key: &str) -> Option<Value> {
        err.extensions.as_ref().and_then(|x| x.get(key)).cloned()
    }

    fn code(err: &async_graphql::Error) -> String {
        match ext(err, "code") {
            Some(Value::String(s)) => s,
            other => panic!("no code: {other:?}"),
        }
    }

    #[test]
    fn store_errors_map_to_the_fixed_codes() {
        let cases: Vec<(StoreError, &str)> = vec![
            (StoreError::NotFound, "NOT_FOUND"),
            (StoreError::Forbidden("no".into()), "FORBIDDEN"),
            (
                StoreError::Lifecycle(LifecycleError::InvalidTransition {
                    state: Some(State::Closed),
                    action: Action::Accept,
                }),
                "INVALID_TRANSITION",
            ),
            (
                StoreError::Lifecycle(LifecycleError::Forbidden {
                    action: Action::Accept,
                }),
                "FORBIDDEN",
            ),
            (
                StoreError::Rule("the reopen window has passed".into()),
                "INVALID_TRANSITION",
            ),
            (StoreError::Conflict("taken".into()), "CONFLICT"),
            (
                StoreError::invalid("title", "must not be empty"),
                "BAD_USER_INPUT",
            ),
            (StoreError::RateLimited, "RATE_LIMITED"),
            (
                StoreError::Db(sea_orm::DbErr::Custom("syntax error at SELECT".into())),
                "INTERNAL",
            ),
            (StoreError::internal("calendar broken"), "INTERNAL"),
        ];
        for (store_err, want) in cases {
            let shown = format!("{store_err}");
            assert_eq!(code(&gql(store_err)), want, "{shown}");
        }
    }

    #[test]
    fn validation_names_the_field() {
        let err = gql(StoreError::invalid("title", "must not be empty"));
        assert_eq!(ext(&err, "field"), Some(Value::String("title".into())));
        assert_eq!(err.message, "must not be empty");
    }

    #[test]
    fn internal_errors_do_not_leak() {
        for e in [
            StoreError::Db(sea_orm::DbErr::Custom(
                "relation \"users\" does not exist; SELECT * FROM users".into(),
            )),
            StoreError::internal("calendar 42 is missing"),
        ] {
            let err = gql(e);
            assert_eq!(err.message, "internal error");
            assert_eq!(ext(&err, "field"), None);
        }
        let err: async_graphql::Error = ApiError::internal("secret detail").into();
        assert_eq!(err.message, "internal error");
    }

    #[test]
    fn client_errors_keep_their_message() {
        let err = gql(StoreError::Conflict("that reference is taken".into()));
        assert_eq!(err.message, "that reference is taken");
        let err: async_graphql::Error = ApiError::unauthenticated("sign in first").into();
        assert_eq!(err.message, "sign in first");
        assert_eq!(code(&err), "UNAUTHENTICATED");
    }

    #[test]
    fn fields_can_be_renamed_to_api_names() {
        let e = ApiError::from(ValidationError::new("name", "must not be empty"))
            .with_field("name", "displayName");
        assert!(matches!(e, ApiError::BadUserInput { ref field, .. } if field == "displayName"));
    }
}
