//! `GET /graphql/ws`: GraphQL subscriptions over WebSocket, with the `graphql-transport-ws`
//! protocol (and the older `graphql-ws`).
//!
//! Browsers cannot set headers on a WebSocket, so the access token comes in the
//! `connection_init` payload: `{ "authorization": "Bearer …" }`, checked exactly as the
//! `Authorization` header is on `POST /graphql`. Without one the connection is anonymous, and
//! every subscription then answers `UNAUTHENTICATED`; a token that does not verify closes the
//! connection. A cookie never authenticates here, so another site cannot open a subscription on
//! a visitor's behalf.

use crate::auth::Viewer;
use crate::http::HttpState;
use crate::state::AppState;
use async_graphql::Data;
use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::{State, WebSocketUpgrade};
use axum::response::Response;
use serde_json::Value;

/// The largest message a client may send: subscriptions are short documents.
const MAX_MESSAGE_BYTES: usize = 64 * 1024;

pub async fn upgrade(
    State(state): State<HttpState>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    let schema = state.socket_schema.clone();
    let app = state.app.clone();
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .max_message_size(MAX_MESSAGE_BYTES)
        .max_frame_size(MAX_MESSAGE_BYTES)
        .on_upgrade(move |socket| {
            GraphQLWebSocket::new(socket, schema, protocol)
                .on_connection_init(move |payload| async move {
                    let viewer = viewer_from_init(&app, &payload)?;
                    let mut data = Data::default();
                    data.insert(viewer);
                    Ok(data)
                })
                .serve()
        })
}

/// The viewer named by the `connection_init` payload.
fn viewer_from_init(app: &AppState, payload: &Value) -> async_graphql::Result<Viewer> {
    let header = payload
        .get("authorization")
        .or_else(|| payload.get("Authorization"))
        .and_then(Value::as_str);
    let Some(header) = header else {
        return Ok(Viewer::Anonymous);
    };
    let token = header
        .strip_prefix("Bearer ")
        .or_else(|| header.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| async_graphql::Error::new("the access token is invalid or has expired"))?;
    match app.auth.access_tokens().verify(token, app.clock.now()) {
        Ok(who) => Ok(Viewer::User(who)),
        Err(reason) => {
            tracing::debug!(%reason, "refused an access token on a subscription connection");
            Err(async_graphql::Error::new(
                "the access token is invalid or has expired",
            ))
        }
    }
}
