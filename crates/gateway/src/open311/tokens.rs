//! `GET tokens/{token}`: the request a token stands for. Minsheng files synchronously, so `POST
//! requests` already answers with the `service_request_id`; the token (the ticket's id) still
//! resolves here, as the specification asks.

use super::render::{Document, Record, Value};
use super::{Format, Open311Error, api_client, query_params, respond};
use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use uuid::Uuid;

pub async fn one(
    State(app): State<AppState>,
    Path(file): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let Some((token, format)) = Format::split(&file) else {
        return super::unknown(&file);
    };
    let result = async {
        let params = query_params(query)?;
        api_client(&app, &params, false).await?;
        let missing = || Open311Error::not_found(format!("no request with token {token}"));
        let id = Uuid::parse_str(token).map_err(|_| missing())?;
        let r = minsheng_store::open311::by_token(&app.store, id)
            .await
            .map_err(|e| match e {
                minsheng_store::StoreError::NotFound => missing(),
                other => other.into(),
            })?;
        Ok::<_, Open311Error>(Document::List {
            root: "service_requests",
            item: "request",
            records: vec![
                Record::new()
                    .field("service_request_id", Value::text(r.reference))
                    .field("token", Value::text(r.ticket_id.to_string())),
            ],
        })
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}
