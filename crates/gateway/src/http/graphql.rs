//! `POST /graphql`: JSON, one operation per request; or, to upload files, a multipart request
//! (the GraphQL multipart request spec).
//!
//! Only `application/json` bodies are accepted for plain requests, which also keeps browsers
//! from sending cross-site form posts. A multipart request is what a browser form could send,
//! so it must also carry the `Apollo-Require-Preflight` header, which no cross-site form can set.
//! Queries are never read from a URL, so no mutation can ride on a GET or a link. Batched
//! (array) requests are refused: they multiply the work of one request past every per-document
//! limit.

use crate::auth::Viewer;
use crate::graphql::documents::Validation;
use crate::graphql::held::HeldAnswers;
use crate::http::HttpState;
use crate::http::request_id::RequestId;
use async_graphql::ParseRequestError;
use async_graphql::http::MultipartOptions;
use axum::Extension;
use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use futures_util::TryStreamExt;
use serde_json::json;

/// The header a multipart request must carry (any non-empty value).
pub const PREFLIGHT_HEADER: &str = "apollo-require-preflight";

/// Serves one GraphQL request.
pub async fn post(
    State(state): State<HttpState>,
    viewer: Viewer,
    request_id: Option<Extension<RequestId>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request = if is_multipart(headers.get(CONTENT_TYPE)) {
        match multipart(&state, &headers, body).await {
            Ok(r) => r,
            Err(res) => return res,
        }
    } else if is_json(headers.get(CONTENT_TYPE)) {
        match json_request(&state, &headers, body).await {
            Ok(r) => r,
            Err(res) => return res,
        }
    } else {
        return refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the request as Content-Type: application/json",
        );
    };
    let mut request = crate::graphql::request_data(request, viewer);
    if let Some(Extension(id)) = request_id {
        request = request.data(id);
    }
    // What the socket schema's extensions do, done here: the HTTP schema has none (see
    // `graphql::Transport`).
    let validation = match state.documents.screen(&state.document_limits, &mut request) {
        Ok(v) => v,
        Err(e) => return respond(async_graphql::Response::from_errors(vec![e])),
    };
    let Some(question) = HeldAnswers::question(&viewer, &mut request) else {
        return respond(execute(&state, validation, request).await);
    };
    let now = state.app.clock.now();
    let current = match minsheng_store::metrics::query::current(&state.app.store, now).await {
        Ok(c) => c,
        // The resolvers meet the same failure and report it.
        Err(_) => return respond(execute(&state, validation, request).await),
    };
    if let Some(held) = state.held.answer(&question, &current, now.timestamp()) {
        return held;
    }
    let response = respond(execute(&state, validation, request).await);
    state
        .held
        .hold(question, current, now.timestamp(), response)
        .await
}

/// Runs `request` on the schema its document's validation calls for, and records a document
/// that passed the full validation.
async fn execute(
    state: &HttpState,
    validation: Validation,
    request: async_graphql::Request,
) -> async_graphql::Response {
    if validation == Validation::Passed {
        return state.validated_schema.execute(request).await;
    }
    let query = request.query.clone();
    let response = state.schema.execute(request).await;
    if response.errors.is_empty() {
        state.documents.validated(&query);
    }
    response
}

fn respond(response: async_graphql::Response) -> Response {
    async_graphql_axum::GraphQLResponse::from(crate::graphql::error_codes::with_codes(response))
        .into_response()
}

fn too_large() -> Response {
    refuse(
        StatusCode::PAYLOAD_TOO_LARGE,
        "the request body is too large",
    )
}

async fn json_request(
    state: &HttpState,
    headers: &HeaderMap,
    body: Body,
) -> Result<async_graphql::Request, Response> {
    let limit = state.app.config.limits.body_bytes;
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let body = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| too_large())?;
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "the body is not valid JSON"))?;
    if value.is_array() {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "batched requests are not supported; send one operation per request",
        ));
    }
    serde_json::from_value(value).map_err(|_| {
        refuse(
            StatusCode::BAD_REQUEST,
            "the body must be a GraphQL request: {\"query\": …, \"variables\": …}",
        )
    })
}

async fn multipart(
    state: &HttpState,
    headers: &HeaderMap,
    body: Body,
) -> Result<async_graphql::Request, Response> {
    if headers
        .get(PREFLIGHT_HEADER)
        .is_none_or(|v| v.as_bytes().is_empty())
    {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "a multipart request must carry the Apollo-Require-Preflight header",
        ));
    }
    let settings = &state.app.config.attachments;
    let opts = MultipartOptions::default()
        .max_file_size(settings.limits.max_bytes)
        .max_num_files(settings.limits.max_per_ticket);
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let reader = body
        .into_data_stream()
        .map_err(std::io::Error::other)
        .into_async_read();
    match async_graphql::http::receive_body(content_type, reader, opts).await {
        Ok(r) => Ok(r),
        Err(ParseRequestError::PayloadTooLarge) => Err(refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "a file is larger than {} MB, or there are more than {} files",
                settings.limits.max_bytes / (1024 * 1024),
                settings.limits.max_per_ticket
            ),
        )),
        Err(ParseRequestError::UnsupportedBatch) => Err(refuse(
            StatusCode::BAD_REQUEST,
            "batched requests are not supported; send one operation per request",
        )),
        Err(_) => Err(refuse(
            StatusCode::BAD_REQUEST,
            "the body is not a valid GraphQL multipart request",
        )),
    }
}

/// `multipart/form-data`, with its boundary.
fn is_multipart(content_type: Option<&HeaderValue>) -> bool {
    content_type
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("multipart/form-data"))
}

/// `application/json`, with or without parameters such as `charset=utf-8`.
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    content_type
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// A request-level error in the GraphQL response shape, with a fitting HTTP status.
pub fn refuse(status: StatusCode, message: &str) -> Response {
    refuse_with(status, "BAD_USER_INPUT", message)
}

/// The answer when something broke inside: no detail, just the code.
pub fn refuse_internal() -> Response {
    refuse_with(
        StatusCode::INTERNAL_SERVER_ERROR,
        "INTERNAL",
        "internal error",
    )
}

/// A request-level error with its SPEC §11 `code`, in the GraphQL response shape.
pub fn refuse_with(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({
        "errors": [{ "message": message, "extensions": { "code": code } }]
    });
    (status, axum::Json(body)).into_response()
}

/// The GraphiQL page, served at `GET /graphql` in development mode only. It loads GraphiQL from a
/// CDN, so it carries its own, looser content security policy.
pub async fn graphiql() -> Response {
    let mut res = Html(GRAPHIQL_HTML).into_response();
    res.headers_mut().insert(
        axum::http::header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; \
             style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data: https:; \
             font-src 'self' data: https://unpkg.com; connect-src 'self'; frame-ancestors 'none'",
        ),
    );
    res
}

const GRAPHIQL_HTML: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Minsheng GraphiQL (development)</title>
  <link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css">
</head>
<body style="margin:0">
  <div id="graphiql" style="height:100vh"></div>
  <script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/graphiql@3/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql'))
      .render(React.createElement(GraphiQL, { fetcher }));
  </script>
</body>
</html>
"#;

#[cfg(test)]
mod tests {
    use super::is_json;
    use axum::http::HeaderValue;

    #[test]
    fn only_json_is_json() {
        let ok = |s: &'static str| is_json(Some(&HeaderValue::from_static(s)));
        assert!(ok("application/json"));
        assert!(ok("application/json; charset=utf-8"));
        assert!(ok("Application/JSON"));
        assert!(!ok("text/plain"));
        assert!(!ok("application/x-www-form-urlencoded"));
        assert!(!ok("multipart/form-data; boundary=x"));
        assert!(!ok("application/graphql"));
        assert!(!is_json(None));
    }

    #[test]
    fn multipart_is_recognised() {
        use super::is_multipart;
        let ok = |s: &'static str| is_multipart(Some(&HeaderValue::from_static(s)));
        assert!(ok("multipart/form-data; boundary=x"));
        assert!(!ok("multipart/mixed; boundary=x"));
        assert!(!ok("application/json"));
    }
}
