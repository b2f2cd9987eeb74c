//! Open311 GeoReport v2 under `/open311/v2/` (SPEC §11), so existing 311 apps and tools can file
//! into Minsheng and read from it. Every resource is served as `.json` and as `.xml`.
//!
//! Handlers here only translate: parameters into the store's validated types, and the store's
//! public view of tickets into GeoReport's field names. Filing goes through the same store path
//! as GraphQL; reads go through `minsheng_store::open311`, which never returns personal data.

pub mod discovery;
pub mod render;
pub mod requests;
pub mod services;
pub mod tokens;

use crate::state::AppState;
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRef, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;
use minsheng_domain::{Locale, ValidationError};
use minsheng_store::StoreError;
use minsheng_store::open311::KeyView;
use render::{Document, Record, Value};

/// The GeoReport routes, to be nested under `/open311/v2`.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/{resource}", get(top_get).post(requests::post))
        .route("/services/{file}", get(services::definition))
        .route("/requests/{file}", get(requests::one))
        .route("/tokens/{file}", get(tokens::one))
        .fallback(unknown_path)
}

/// The two response formats, chosen by the path's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// Splits `name.json` or `name.xml` into the name and the format.
    pub fn split(file: &str) -> Option<(&str, Format)> {
        let (name, ext) = file.rsplit_once('.')?;
        let format = match ext.to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "xml" => Format::Xml,
            _ => return None,
        };
        (!name.is_empty()).then_some((name, format))
    }

    /// The format of a path whose extension is unknown: JSON, unless it ends in `.xml`.
    fn guess(path: &str) -> Format {
        if path.to_ascii_lowercase().ends_with(".xml") {
            Format::Xml
        } else {
            Format::Json
        }
    }
}

/// A GeoReport error: the HTTP status and the description clients see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open311Error {
    pub status: StatusCode,
    pub description: String,
    /// Seconds until a rate-limited client may try again.
    pub retry_after: Option<u64>,
}

impl Open311Error {
    pub fn new(status: StatusCode, description: impl Into<String>) -> Self {
        Self {
            status,
            description: description.into(),
            retry_after: None,
        }
    }

    pub fn bad_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, description)
    }

    pub fn not_found(description: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, description)
    }

    /// A parameter that is missing or wrong, named as GeoReport names it.
    pub fn param(v: ValidationError) -> Self {
        Self::bad_request(format!("{}: {}", param_name(v.field), v.rule))
    }

    /// Renders the error in `format`.
    pub fn into_response(self, format: Format) -> Response {
        let code = i64::from(self.status.as_u16());
        let doc = Document::List {
            root: "errors",
            item: "error",
            records: vec![
                Record::new()
                    .field("code", Value::Int(code))
                    .field("description", Value::Text(self.description)),
            ],
        };
        let mut res = respond(format, self.status, &doc);
        if let Some(wait) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&wait.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

/// The domain's field names where GeoReport calls the parameter something else.
fn param_name(field: &str) -> &str {
    match field {
        "address" => "address_string",
        "title" => "description",
        "reference" => "service_request_id",
        other => other,
    }
}

impl From<StoreError> for Open311Error {
    fn from(e: StoreError) -> Self {
        let (status, description) = match e {
            StoreError::Validation(v) => return Self::param(v),
            StoreError::NotFound => (StatusCode::NOT_FOUND, "not found".to_owned()),
            StoreError::Forbidden(m) => (StatusCode::FORBIDDEN, m),
            StoreError::Lifecycle(l) => (StatusCode::FORBIDDEN, l.to_string()),
            StoreError::Rule(m) | StoreError::Conflict(m) => (StatusCode::CONFLICT, m),
            StoreError::RateLimited => (
                StatusCode::TOO_MANY_REQUESTS,
                "this api_key has made too many requests this minute; try again shortly".to_owned(),
            ),
            e @ (StoreError::Db(_) | StoreError::Internal(_)) => {
                tracing::error!(error = %e, "internal error in an Open311 request");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error".to_owned(),
                )
            }
        };
        Self::new(status, description)
    }
}

/// A document as a response in `format`.
pub fn respond(format: Format, status: StatusCode, doc: &Document) -> Response {
    match format {
        Format::Json => match doc.to_json() {
            Ok(body) => (
                status,
                [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
                body,
            )
                .into_response(),
            Err(e) => {
                tracing::error!(error = %e, "could not write an Open311 JSON document");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        Format::Xml => (
            status,
            [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
            doc.to_xml(),
        )
            .into_response(),
    }
}

/// Request parameters, from the query string and (for POST) the form body, in order.
#[derive(Debug, Clone, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Params(pairs)
    }

    /// The first value of `name`, trimmed; an empty value counts as absent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A comma-separated list parameter, possibly given more than once.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.0
    }

    /// Every parameter name, for the ones a handler must look at by pattern.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

/// The language of names and notices: the `locale` parameter, else `Accept-Language`, else
/// Chinese.
pub fn locale(params: &Params, headers: &HeaderMap) -> Result<Locale, Open311Error> {
    if let Some(l) = params.get("locale") {
        let l = l.to_ascii_lowercase();
        return if l.starts_with("en") {
            Ok(Locale::En)
        } else if l.starts_with("zh") {
            Ok(Locale::ZhCn)
        } else {
            Err(Open311Error::bad_request("locale: must be zh-CN or en"))
        };
    }
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.split(',').next())
        .map(|t| t.trim().to_ascii_lowercase());
    Ok(match first {
        Some(t) if t.starts_with("en") => Locale::En,
        _ => Locale::ZhCn,
    })
}

/// When the request carries an `api_key`, checks it and counts the request against its limit.
/// `required` makes a missing key an error too.
pub async fn api_client(
    app: &AppState,
    params: &Params,
    required: bool,
) -> Result<Option<KeyView>, Open311Error> {
    let Some(presented) = params.get("api_key") else {
        return if required {
            Err(Open311Error::new(
                StatusCode::FORBIDDEN,
                "api_key is required",
            ))
        } else {
            Ok(None)
        };
    };
    let key = minsheng_store::open311::authenticate(&app.store, presented).await?;
    let now = app.clock.now();
    minsheng_store::open311::charge(&app.store, &key, now)
        .await
        .map_err(|e| {
            let mut e = Open311Error::from(e);
            if e.status == StatusCode::TOO_MANY_REQUESTS {
                // Counters are per minute: the next one starts within a minute.
                e.retry_after = Some(60 - u64::from(now.second()));
            }
            e
        })?;
    Ok(Some(key))
}

/// The time zone datetimes are shown in: the city calendar's.
pub async fn city_zone(app: &AppState) -> Tz {
    match minsheng_store::open311::city_time_zone(&app.store).await {
        Ok(Some(name)) => match name.parse::<Tz>() {
            Ok(tz) => tz,
            Err(_) => {
                tracing::error!(time_zone = %name, "the city calendar has an unknown time zone");
                app.config.mail.time_zone
            }
        },
        Ok(None) => app.config.mail.time_zone,
        Err(e) => {
            tracing::error!(error = %e, "could not read the city calendar's time zone");
            app.config.mail.time_zone
        }
    }
}

/// ISO 8601 with the offset of `tz`, e.g. `2026-11-02T10:00:00+08:00`.
pub fn datetime(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// The query string's parameters, or a GeoReport error when it cannot be read.
pub fn query_params(
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Params, Open311Error> {
    match query {
        Ok(Query(pairs)) => Ok(Params::new(pairs)),
        Err(e) => Err(Open311Error::bad_request(format!(
            "the query string cannot be read: {}",
            e.body_text()
        ))),
    }
}

async fn top_get(
    State(app): State<AppState>,
    Path(resource): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some((name, format)) = Format::split(&resource) else {
        return unknown(&resource);
    };
    let params = match query_params(query) {
        Ok(p) => p,
        Err(e) => return e.into_response(format),
    };
    match name {
        "discovery" => discovery::get(&app, &params, &headers, format).await,
        "services" => services::list(&app, &params, &headers, format).await,
        "requests" => requests::search(&app, &params, &headers, format).await,
        _ => unknown(&resource),
    }
}

fn unknown(path: &str) -> Response {
    Open311Error::not_found("no such resource; see discovery.json")
        .into_response(Format::guess(path))
}

async fn unknown_path(uri: axum::http::Uri) -> Response {
    unknown(uri.path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(
            Format::split("services.json"),
            Some(("services", Format::Json))
        );
        assert_eq!(
            Format::split("MS-2026-000001.XML"),
            Some(("MS-2026-000001", Format::Xml))
        );
        assert_eq!(Format::split("services"), None);
        assert_eq!(Format::split("services.csv"), None);
        assert_eq!(Format::split(".json"), None);
    }

    #[test]
    fn store_errors_get_open311_statuses() {
        let cases = [
            (
                StoreError::invalid("lat", "must be between -90 and 90"),
                400,
            ),
            (StoreError::NotFound, 404),
            (StoreError::Forbidden("api_key is not valid".into()), 403),
            (StoreError::RateLimited, 429),
            (StoreError::internal("secret detail"), 500),
        ];
        for (e, want) in cases {
            let got = Open311Error::from(e);
            assert_eq!(got.status.as_u16(), want, "{got:?}");
            assert!(!got.description.contains("secret"));
        }
        let e = Open311Error::from(StoreError::invalid("address", "must not be empty"));
        assert_eq!(e.description, "address_string: must not be empty");
    }

    #[test]
    fn params_read_lists_and_skip_empty_values() {
        let p = Params::new(vec![
            ("status".into(), "open, closed".into()),
            ("status".into(), "open".into()),
            ("email".into(), "  ".into()),
        ]);
        assert_eq!(p.list("status"), ["open", "closed", "open"]);
        assert_eq!(p.get("email"), None);
    }

    #[test]
    fn datetimes_carry_the_city_offset() {
        let t: DateTime<Utc> = "2026-11-02T02:00:00Z".parse().unwrap();
        assert_eq!(
            datetime(t, chrono_tz::Asia::Shanghai),
            "2026-11-02T10:00:00+08:00"
        );
    }
}
