//! The HTTP surface: routes, and the layers every request passes through.
//!
//! From the outside in: request id and request log, security headers, a bound on requests in
//! flight, panic catching, a request timeout and a body-size limit. CORS is closed: no
//! cross-origin headers are ever sent, so browsers only let this origin's own pages call the API.

pub mod attachments;
pub mod csv;
pub mod export;
pub mod graphql;
pub mod graphql_ws;
pub mod health;
pub mod in_flight;
pub mod open_data;
pub mod request_id;
pub mod security_headers;
pub mod test_clock;
pub mod test_sweep;

use crate::config::Limits;
use crate::graphql::AppSchema;
use crate::state::AppState;
use axum::Router;
use axum::extract::FromRef;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use std::any::Any;
use std::path::Path;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::timeout::TimeoutLayer;

/// The state the routes share. Every request's handlers take a copy of it, so it is one
/// reference-counted pointer rather than the score of them its parts hold.
#[derive(Clone)]
pub struct HttpState(Arc<HttpShared>);

impl std::ops::Deref for HttpState {
    type Target = HttpShared;

    fn deref(&self) -> &HttpShared {
        &self.0
    }
}

/// What [`HttpState`] points to.
pub struct HttpShared {
    pub app: AppState,
    /// Serves `POST /graphql`.
    pub schema: AppSchema,
    /// Serves `POST /graphql` for documents of queries that passed the full validation before.
    pub validated_schema: AppSchema,
    /// Serves the GraphQL socket.
    pub socket_schema: AppSchema,
    /// Screens documents sent over HTTP before they run.
    pub document_limits: crate::graphql::limits::DocumentLimits,
    /// Documents sent over HTTP, parsed and screened once.
    pub documents: crate::graphql::documents::DocumentCache,
    /// Dashboard answers, held while their figures are unchanged.
    pub held: crate::graphql::held::HeldAnswers,
}

impl FromRef<HttpState> for AppState {
    fn from_ref(s: &HttpState) -> Self {
        s.app.clone()
    }
}

impl FromRef<HttpState> for AppSchema {
    fn from_ref(s: &HttpState) -> Self {
        s.schema.clone()
    }
}

/// How many parsed documents `POST /graphql` keeps: the SPA and the API clients send a few dozen
/// different ones.
const KEPT_DOCUMENTS: usize = 256;
/// How many dashboard answers `POST /graphql` holds (a few per supervisor looking).
const HELD_ANSWERS: usize = 256;
/// And the most bytes those answers take together.
const HELD_ANSWER_BYTES: usize = 8 * 1024 * 1024;

/// The whole application as one axum router.
pub fn router(app: AppState) -> Router {
    let schema = crate::graphql::build_schema(app.clone(), crate::graphql::Transport::Http);
    let validated_schema =
        crate::graphql::build_schema(app.clone(), crate::graphql::Transport::HttpValidated);
    let socket_schema =
        crate::graphql::build_schema(app.clone(), crate::graphql::Transport::Socket);
    let document_limits = crate::graphql::document_limits(&app.config.limits);
    let limits = app.config.limits.clone();

    let mut graphql_route = post(graphql::post);
    if app.config.dev {
        graphql_route = graphql_route.get(graphql::graphiql);
    }
    let mut routes = Router::new()
        .route("/graphql/ws", get(graphql_ws::upgrade))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .nest("/open311/v2", crate::open311::router())
        .merge(open_data::routes())
        .merge(export::routes())
        .merge(attachments::routes());
    if app.test_clock.is_some() {
        routes = routes.route("/test/clock", get(test_clock::get).post(test_clock::post));
        routes = routes.route("/test/sweep", post(test_sweep::post));
    }
    if let Some(spa) = spa(&app.config.static_dir) {
        routes = routes.fallback_service(spa);
    }
    // Every body is small but those of `/graphql`, which may carry uploads: its handler holds
    // JSON to the same small limit, and multipart to the attachment limits.
    let upload_limit = app.config.attachments.upload_body_bytes(limits.body_bytes);
    let routes = routes
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .merge(
            Router::new()
                .route("/graphql", graphql_route)
                .layer(RequestBodyLimitLayer::new(upload_limit)),
        );
    with_layers(
        routes.with_state(HttpState(Arc::new(HttpShared {
            app,
            schema,
            validated_schema,
            socket_schema,
            document_limits,
            documents: crate::graphql::documents::DocumentCache::new(KEPT_DOCUMENTS),
            held: crate::graphql::held::HeldAnswers::new(HELD_ANSWERS, HELD_ANSWER_BYTES),
        }))),
        &limits,
    )
}

/// Wraps `routes` in the layers every request passes through.
fn with_layers(routes: Router, limits: &Limits) -> Router {
    let routes = routes
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn_with_state(
            in_flight::InFlight::new(limits.max_in_flight),
            in_flight::bound,
        ));
    security_headers::apply(routes).layer(axum::middleware::from_fn(request_id::request_id))
}

/// The built web app, with `index.html` for every path that is not a file (client routes).
fn spa(dir: &Path) -> Option<ServeDir<ServeFile>> {
    let index = dir.join("index.html");
    if !index.is_file() {
        tracing::info!(dir = %dir.display(), "no built web app found; serving the API only");
        return None;
    }
    Some(ServeDir::new(dir).fallback(ServeFile::new(index)))
}

fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = detail, "a request handler panicked");
    crate::http::graphql::refuse_internal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use std::time::Duration;
    use tower::ServiceExt;

    fn limits() -> Limits {
        Limits {
            request_timeout: Duration::from_millis(200),
            ..Limits::default()
        }
    }

    async fn call(router: Router, path: &str) -> (axum::http::response::Parts, String) {
        let res = router
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (parts, body) = res.into_parts();
        let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
        (parts, String::from_utf8(bytes.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn a_panic_becomes_a_generic_500_with_the_usual_headers() {
        let routes = Router::new().route(
            "/boom",
            get(|| async {
                if true {
                    panic!("secret detail from deep inside");
                }
                "unreachable"
            }),
        );
        let (parts, body) = call(with_layers(routes, &limits()), "/boom").await;
        assert_eq!(parts.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(body.contains("\"INTERNAL\""), "{body}");
        assert!(!body.contains("secret detail"), "{body}");
        assert!(parts.headers.contains_key("x-request-id"));
        assert_eq!(parts.headers["x-content-type-options"], "nosniff");
    }

    #[tokio::test]
    async fn slow_requests_time_out() {
        let routes = Router::new().route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        );
        let (parts, _) = call(with_layers(routes, &limits()), "/slow").await;
        assert_eq!(parts.status, StatusCode::REQUEST_TIMEOUT);
        assert!(parts.headers.contains_key("x-request-id"));
    }

    #[tokio::test]
    async fn past_the_bound_requests_are_refused_at_once_but_health_checks_are_not() {
        let release = std::sync::Arc::new(tokio::sync::Notify::new());
        let wait = release.clone();
        let routes = Router::new()
            .route(
                "/busy",
                get(move || {
                    let wait = wait.clone();
                    async move {
                        wait.notified().await;
                        "done"
                    }
                }),
            )
            .route("/healthz", get(|| async { "ok" }))
            .route("/quick", get(|| async { "quick" }));
        let router = with_layers(
            routes,
            &Limits {
                max_in_flight: 1,
                request_timeout: Duration::from_secs(10),
                ..Limits::default()
            },
        );
        // One request holds the only permit.
        let held = tokio::spawn(call(router.clone(), "/busy"));
        tokio::time::sleep(Duration::from_millis(100)).await;

        let (parts, body) = call(router.clone(), "/quick").await;
        assert_eq!(parts.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(parts.headers["retry-after"], "1");
        assert!(body.contains("\"RATE_LIMITED\""), "{body}");
        assert!(parts.headers.contains_key("x-request-id"));
        let (parts, body) = call(router.clone(), "/healthz").await;
        assert_eq!((parts.status, body.as_str()), (StatusCode::OK, "ok"));

        // Once it is answered, the permit is free again.
        release.notify_one();
        let (parts, body) = held.await.unwrap();
        assert_eq!((parts.status, body.as_str()), (StatusCode::OK, "done"));
        let (parts, body) = call(router, "/quick").await;
        assert_eq!((parts.status, body.as_str()), (StatusCode::OK, "quick"));
    }

    #[tokio::test]
    async fn the_web_app_falls_back_to_index_html() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("index.html"),
            "<!doctype html><title>民声</title>",
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("assets")).unwrap();
        std::fs::write(dir.path().join("assets/app.js"), "console.log(1)").unwrap();
        let Some(web_app) = spa(dir.path()) else {
            panic!("the web app was not found")
        };
        let router = with_layers(Router::new().fallback_service(web_app), &limits());
        let (parts, body) = call(router.clone(), "/tickets/MS-2026-000001").await;
        assert_eq!(parts.status, StatusCode::OK);
        assert!(body.contains("民声"));
        assert!(
            parts.headers["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("'self'")
        );
        let (parts, body) = call(router, "/assets/app.js").await;
        assert_eq!(parts.status, StatusCode::OK);
        assert_eq!(body, "console.log(1)");
        assert!(spa(&dir.path().join("missing")).is_none());
    }
}
