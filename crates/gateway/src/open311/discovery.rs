//! `GET discovery`: where this GeoReport endpoint is, what it speaks, and how to get a key.

use super::render::{Document, Record, Value};
use super::{Format, Params, api_client, locale, respond};
use crate::state::AppState;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use minsheng_domain::Locale;

/// When this endpoint's interface last changed (GeoReport `changeset`).
pub const CHANGESET: &str = "2026-11-21T00:00:00Z";
const SPECIFICATION: &str = "http://wiki.open311.org/GeoReport_v2";

pub async fn get(app: &AppState, params: &Params, headers: &HeaderMap, format: Format) -> Response {
    let locale = match api_client(app, params, false).await {
        Ok(_) => match locale(params, headers) {
            Ok(l) => l,
            Err(e) => return e.into_response(format),
        },
        Err(e) => return e.into_response(format),
    };
    let (contact, key_service) = match locale {
        Locale::ZhCn => (
            "请联系本市 12345 热线中心的系统管理员。",
            "API 密钥由系统管理员在管理后台或用 `minsheng open311-key create --name 名称` 签发。",
        ),
        Locale::En => (
            "Contact the administrators of this city's 12345 hotline centre.",
            "Administrators issue API keys in the admin console or with \
             `minsheng open311-key create --name NAME`.",
        ),
    };
    let endpoint = Record::new()
        .field("specification", Value::text(SPECIFICATION))
        .field(
            "url",
            Value::text(format!("{}/open311/v2", app.config.public_url)),
        )
        .field("changeset", Value::text(CHANGESET))
        .field("type", Value::text("production"))
        .field(
            "formats",
            Value::Texts {
                item: "format",
                values: vec!["application/json".into(), "text/xml".into()],
            },
        );
    let doc = Document::Single {
        root: "discovery",
        record: Record::new()
            .field("changeset", Value::text(CHANGESET))
            .field("contact", Value::text(contact))
            .field("key_service", Value::text(key_service))
            .field(
                "endpoints",
                Value::Records {
                    item: "endpoint",
                    values: vec![endpoint],
                },
            ),
    };
    respond(format, StatusCode::OK, &doc).into_response()
}
