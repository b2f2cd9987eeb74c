//! `POST /test/sweep`: runs the escalation sweep now, on the server's clock, and reports what it
//! did. Mounted only with `--test-clock`, beside `/test/clock`, so tests can move time and see the
//! rules fire without waiting for the sweep interval.

use crate::http::graphql::refuse_internal;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

pub async fn post(State(app): State<AppState>) -> Response {
    if app.test_clock.is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    match crate::workers::sweep_now(&app).await {
        Ok(r) => Json(json!({
            "examined": r.examined,
            "fired": r.fired,
            "autoClosed": r.auto_closed,
        }))
        .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "test sweep failed");
            refuse_internal()
        }
    }
}
