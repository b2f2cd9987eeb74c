//! A bound on the requests served at once (`--max-in-flight`). Past it a request is turned away
//! at once with 503, `Retry-After` and the `RATE_LIMITED` code, rather than queued: under an
//! overload a queue only grows (memory, and every caller's wait), while a quick refusal keeps the
//! requests that are admitted fast and tells the others to come back. Health checks are never
//! refused, so a load balancer still sees a busy server as alive.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Answered even when the server is full.
const EXEMPT: &[&str] = &["/healthz", "/readyz"];

/// The permits: one per request being served.
#[derive(Clone)]
pub struct InFlight(Arc<Semaphore>);

impl InFlight {
    pub fn new(max: u32) -> Self {
        InFlight(Arc::new(Semaphore::new(max as usize)))
    }
}

/// The middleware: serves the request while it holds a permit, or refuses it.
pub async fn bound(State(in_flight): State<InFlight>, req: Request, next: Next) -> Response {
    if EXEMPT.contains(&req.uri().path()) {
        return next.run(req).await;
    }
    let Ok(_permit) = in_flight.0.try_acquire() else {
        tracing::debug!(path = %req.uri().path(), "refused: too many requests in flight");
        let mut res = super::graphql::refuse_with(
            StatusCode::SERVICE_UNAVAILABLE,
            "RATE_LIMITED",
            "the server is busy; try again in a moment",
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return res;
    };
    next.run(req).await
}
