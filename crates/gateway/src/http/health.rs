//! `GET /healthz` answers while the process lives; `GET /readyz` only while the database answers,
//! so a load balancer stops sending traffic to an instance that lost its database.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use std::time::Duration;

/// How long readiness waits for the database.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

pub async fn healthz() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok")
}

pub async fn readyz(State(app): State<AppState>) -> (StatusCode, &'static str) {
    match tokio::time::timeout(READY_TIMEOUT, app.store.ping()).await {
        Ok(true) => (StatusCode::OK, "ready"),
        Ok(false) | Err(_) => {
            tracing::warn!("not ready: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database does not answer",
            )
        }
    }
}
