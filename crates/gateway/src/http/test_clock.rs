//! `/test/clock`: reads and moves the server's clock. Mounted only when the server runs with
//! `--test-clock`, so automated tests can cross deadlines and lockouts without waiting.

use crate::clock::Clock;
use crate::http::graphql::refuse;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// Either sets the clock to an instant or moves it forward.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClockChange {
    pub set: Option<DateTime<Utc>>,
    pub advance_seconds: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct ClockNow {
    pub now: DateTime<Utc>,
}

pub async fn get(State(app): State<AppState>) -> Response {
    match &app.test_clock {
        Some(c) => Json(ClockNow { now: c.now() }).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn post(State(app): State<AppState>, Json(change): Json<ClockChange>) -> Response {
    let Some(clock) = &app.test_clock else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if let Some(t) = change.set {
        clock.set(t);
    }
    if let Some(secs) = change.advance_seconds {
        match TimeDelta::try_seconds(secs) {
            Some(d) => {
                clock.advance(d);
            }
            None => return refuse(StatusCode::BAD_REQUEST, "advanceSeconds is out of range"),
        }
    }
    tracing::info!(now = %clock.now(), "test clock changed");
    // Deadlines and mail retries may have come due.
    app.wake.clock_moved();
    Json(ClockNow { now: clock.now() }).into_response()
}
