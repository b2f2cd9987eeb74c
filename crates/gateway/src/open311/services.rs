//! `GET services` (one service per active category) and `GET services/{service_code}` (its
//! definition). Categories have no extra questions, so every service has `metadata` false and a
//! definition with no attributes.

use super::render::{Document, Record, Value};
use super::{Format, Open311Error, Params, api_client, locale, query_params, respond};
use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use minsheng_domain::Locale;
use minsheng_store::entity::category;

fn service(c: &category::Model, locale: Locale) -> Record {
    let name = match locale {
        Locale::ZhCn => &c.name_zh,
        Locale::En => &c.name_en,
    };
    Record::new()
        .field("service_code", Value::text(&c.code))
        .field("service_name", Value::text(name))
        .field("description", Value::text(&c.description))
        .field("metadata", Value::Bool(false))
        .field("type", Value::text("realtime"))
        .field("keywords", Value::text(&c.keywords))
        .field("group", Value::text(&c.group_name))
}

pub async fn list(
    app: &AppState,
    params: &Params,
    headers: &HeaderMap,
    format: Format,
) -> Response {
    let result = async {
        api_client(app, params, false).await?;
        let locale = locale(params, headers)?;
        let cats = minsheng_store::open311::services(&app.store).await?;
        Ok::<_, Open311Error>(Document::List {
            root: "services",
            item: "service",
            records: cats.iter().map(|c| service(c, locale)).collect(),
        })
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}

pub async fn definition(
    State(app): State<AppState>,
    Path(file): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let Some((code, format)) = Format::split(&file) else {
        return super::unknown(&file);
    };
    let result = async {
        let params = query_params(query)?;
        api_client(&app, &params, false).await?;
        let c = minsheng_store::open311::service(&app.store, code)
            .await
            .map_err(|e| match e {
                minsheng_store::StoreError::NotFound => {
                    Open311Error::not_found(format!("no service with service_code {code}"))
                }
                other => other.into(),
            })?;
        Ok::<_, Open311Error>(Document::Single {
            root: "service_definition",
            record: Record::new()
                .field("service_code", Value::text(&c.code))
                .field(
                    "attributes",
                    Value::Records {
                        item: "attribute",
                        values: Vec::new(),
                    },
                ),
        })
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}
