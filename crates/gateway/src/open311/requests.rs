//! Service requests: `POST requests` files a ticket, `GET requests` searches them and
//! `GET requests/{service_request_id}` reads one. A request's `service_request_id` is the
//! ticket's public reference.

use super::render::{Document, Record, Value};
use super::{
    Format, Open311Error, Params, api_client, city_zone, datetime, locale, query_params, respond,
};
use crate::state::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use minsheng_domain::input::{Address, Description, Email, GeoPoint, PersonName, Phone, Reference};
use minsheng_domain::{Locale, ValidationError};
use minsheng_store::StoreError;
use minsheng_store::open311::{self as store, MediaUrl, PublicRequest, RequestQuery, Status};

/// GeoReport's `service_notice`: where the request went and by when it will be answered.
fn notice(r: &PublicRequest, locale: Locale, tz: Tz) -> Option<String> {
    if !r.is_open() {
        return None;
    }
    let due = r
        .expected_at
        .map(|t| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string());
    let agency = r.agency.as_ref().map(|a| match locale {
        Locale::ZhCn => a.name_zh.as_str(),
        Locale::En => a.name_en.as_str(),
    });
    Some(match (locale, agency, due) {
        (Locale::ZhCn, Some(a), Some(d)) => format!("已派至{a}办理，答复期限为 {d}。"),
        (Locale::ZhCn, Some(a), None) => format!("已派至{a}办理。"),
        (Locale::ZhCn, None, _) => "已受理，热线中心将尽快派单。".to_owned(),
        (Locale::En, Some(a), Some(d)) => format!("Sent to {a}; a reply is due by {d}."),
        (Locale::En, Some(a), None) => format!("Sent to {a}."),
        (Locale::En, None, _) => {
            "Received; the hotline centre will send it to a department shortly.".to_owned()
        }
    })
}

/// One request, with every field GeoReport v2 defines, in its order.
fn request_record(r: &PublicRequest, locale: Locale, tz: Tz) -> Record {
    let (service_name, agency) = match locale {
        Locale::ZhCn => (
            r.service.as_ref().map(|s| s.name_zh.clone()),
            r.agency.as_ref().map(|a| a.name_zh.clone()),
        ),
        Locale::En => (
            r.service.as_ref().map(|s| s.name_en.clone()),
            r.agency.as_ref().map(|a| a.name_en.clone()),
        ),
    };
    let (lat, long) = match r.location {
        Some(p) => (Value::Float(p.lat), Value::Float(p.lon)),
        None => (Value::Null, Value::Null),
    };
    Record::new()
        .field("service_request_id", Value::text(&r.reference))
        .field(
            "status",
            Value::text(if r.is_open() { "open" } else { "closed" }),
        )
        .field("status_notes", Value::opt(r.status_notes.clone()))
        .field("service_name", Value::opt(service_name))
        .field(
            "service_code",
            Value::opt(r.service.as_ref().map(|s| s.code.clone())),
        )
        .field("description", Value::opt(r.description.clone()))
        .field("agency_responsible", Value::opt(agency))
        .field("service_notice", Value::opt(notice(r, locale, tz)))
        .field(
            "requested_datetime",
            Value::text(datetime(r.requested_at, tz)),
        )
        .field("updated_datetime", Value::text(datetime(r.updated_at, tz)))
        .field(
            "expected_datetime",
            Value::opt(r.expected_at.map(|t| datetime(t, tz))),
        )
        .field("address", Value::opt(r.address.clone()))
        .field("address_id", Value::Null)
        .field("zipcode", Value::Null)
        .field("lat", lat)
        .field("long", long)
        .field("media_url", Value::opt(r.media_url.clone()))
}

fn requests_document(records: Vec<Record>) -> Document {
    Document::List {
        root: "service_requests",
        item: "request",
        records,
    }
}

/// A W3C date-time (`2026-03-01T00:00:00+08:00`, `…Z`), a local one in the city's time zone, or a
/// bare date (its midnight in the city).
fn parse_datetime(
    field: &'static str,
    raw: &str,
    tz: Tz,
) -> Result<DateTime<Utc>, ValidationError> {
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Ok(t.to_utc());
    }
    let local = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        });
    local
        .and_then(|l| tz.from_local_datetime(&l).earliest())
        .map(|t| t.to_utc())
        .ok_or_else(|| {
            ValidationError::new(
                field,
                "must be a W3C date-time such as 2026-03-01T00:00:00+08:00",
            )
        })
}

fn search_query(params: &Params, tz: Tz) -> Result<RequestQuery, ValidationError> {
    let references = params
        .list("service_request_id")
        .iter()
        .map(|r| {
            Reference::parse(r)
                .map(|r| r.as_str().to_owned())
                .map_err(|e| ValidationError::new("service_request_id", e.rule))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let statuses = params
        .list("status")
        .iter()
        .map(|s| match s.to_ascii_lowercase().as_str() {
            "open" => Ok(Status::Open),
            "closed" => Ok(Status::Closed),
            _ => Err(ValidationError::new("status", "must be open or closed")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RequestQuery {
        references,
        service_codes: params.list("service_code"),
        start: params
            .get("start_date")
            .map(|s| parse_datetime("start_date", s, tz))
            .transpose()?,
        end: params
            .get("end_date")
            .map(|s| parse_datetime("end_date", s, tz))
            .transpose()?,
        statuses,
    })
}

/// `GET requests`: GeoReport's filters, its default window of 90 days and at most 1000 results.
pub async fn search(
    app: &AppState,
    params: &Params,
    headers: &HeaderMap,
    format: Format,
) -> Response {
    let result = async {
        api_client(app, params, false).await?;
        let locale = locale(params, headers)?;
        let tz = city_zone(app).await;
        let query = search_query(params, tz).map_err(Open311Error::param)?;
        let found = store::search(&app.store, &query, app.clock.now()).await?;
        Ok::<_, Open311Error>(requests_document(
            found
                .iter()
                .map(|r| request_record(r, locale, tz))
                .collect(),
        ))
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}

/// `GET requests/{service_request_id}`.
pub async fn one(
    State(app): State<AppState>,
    Path(file): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some((id, format)) = Format::split(&file) else {
        return super::unknown(&file);
    };
    let result = async {
        let params = query_params(query)?;
        api_client(&app, &params, false).await?;
        let locale = locale(&params, &headers)?;
        let missing =
            || Open311Error::not_found(format!("no request with service_request_id {id}"));
        let reference = Reference::parse(id).map_err(|_| missing())?;
        let r = store::by_reference(&app.store, reference.as_str())
            .await
            .map_err(|e| match e {
                StoreError::NotFound => missing(),
                other => other.into(),
            })?;
        let tz = city_zone(&app).await;
        Ok::<_, Open311Error>(requests_document(vec![request_record(&r, locale, tz)]))
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}

/// An optional parameter through a domain parser, with GeoReport's name on any error.
fn optional<T>(
    params: &Params,
    name: &'static str,
    parse: impl Fn(&str) -> Result<T, ValidationError>,
) -> Result<Option<T>, ValidationError> {
    params
        .get(name)
        .map(|v| {
            parse(v).map_err(|e| ValidationError {
                field: name,
                rule: e.rule,
            })
        })
        .transpose()
}

fn number(params: &Params, name: &'static str) -> Result<Option<f64>, ValidationError> {
    optional(params, name, |v| {
        v.parse::<f64>()
            .map_err(|_| ValidationError::new(name, "must be a decimal number"))
    })
}

/// The form of `POST requests`, checked field by field with the domain's own rules.
fn submission(params: &Params, locale: Locale) -> Result<store::Submission, ValidationError> {
    let service_code = params
        .get("service_code")
        .ok_or_else(|| ValidationError::new("service_code", "is required"))?
        .to_owned();
    if let Some(attr) = params.names().find(|n| n.starts_with("attribute[")) {
        // Categories ask no extra questions, so no service defines an attribute.
        let code = attr
            .trim_start_matches("attribute[")
            .split(']')
            .next()
            .unwrap_or_default();
        return Err(ValidationError::new(
            "attribute",
            format!("this service has no attribute {code:?}"),
        ));
    }
    let location = match (number(params, "lat")?, number(params, "long")?) {
        (Some(lat), Some(lon)) => Some(GeoPoint::parse(lat, lon)?),
        (None, None) => None,
        (Some(_), None) => return Err(ValidationError::new("long", "is required with lat")),
        (None, Some(_)) => return Err(ValidationError::new("lat", "is required with long")),
    };
    let address = optional(params, "address_string", Address::parse)?;
    if location.is_none() && address.is_none() {
        return Err(ValidationError::new(
            if params.get("address_id").is_some() {
                "address_id"
            } else {
                "lat"
            },
            "a location is required: lat and long, or address_string \
             (address_id alone is not resolved here)",
        ));
    }
    let description = Description::parse(params.get("description").unwrap_or_default())?;
    let first = optional(params, "first_name", PersonName::parse)?;
    let last = optional(params, "last_name", PersonName::parse)?;
    let contact_name = match (first, last) {
        (None, None) => None,
        (Some(n), None) | (None, Some(n)) => Some(n),
        (Some(f), Some(l)) => {
            // Chinese names put the family name first and need no space.
            let cjk = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
            let whole = if cjk(l.as_str().chars().last()) && cjk(f.as_str().chars().next()) {
                format!("{l}{f}")
            } else {
                format!("{f} {l}")
            };
            Some(PersonName::parse(&whole).map_err(|e| ValidationError {
                field: "last_name",
                rule: e.rule,
            })?)
        }
    };
    Ok(store::Submission {
        service_code,
        description,
        location,
        address,
        contact_name,
        contact_email: optional(params, "email", Email::parse)?,
        contact_phone: optional(params, "phone", Phone::parse)?,
        media_url: optional(params, "media_url", MediaUrl::parse)?,
        locale,
    })
}

/// `POST requests`: files a ticket (channel `open311`) for the client whose `api_key` came with
/// the form. `device_id` and `account_id` are accepted and not kept: the ticket does not need
/// them.
pub async fn post(
    State(app): State<AppState>,
    Path(resource): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let Some((name, format)) = Format::split(&resource) else {
        return super::unknown(&resource);
    };
    if name != "requests" {
        return Open311Error::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "only requests can be posted",
        )
        .into_response(format);
    }
    let result = async {
        let mut pairs = match form {
            Ok(Form(pairs)) => pairs,
            Err(FormRejection::InvalidFormContentType(_)) => {
                return Err(Open311Error::bad_request(
                    "send the request as application/x-www-form-urlencoded",
                ));
            }
            Err(e) => {
                return Err(Open311Error::bad_request(format!(
                    "the form cannot be read: {}",
                    e.body_text()
                )));
            }
        };
        // Some clients put the key in the query string; the form's values come first.
        pairs.extend(query_params(query)?.into_pairs());
        let params = Params::new(pairs);
        let Some(key) = api_client(&app, &params, true).await? else {
            return Err(Open311Error::new(
                StatusCode::FORBIDDEN,
                "api_key is required",
            ));
        };
        let locale = locale(&params, &headers)?;
        let submission = submission(&params, locale).map_err(Open311Error::param)?;
        let filed = store::file_request(&app.store, key.id, submission, app.clock.now()).await?;
        tracing::info!(
            ticket_id = %filed.ticket_id,
            key_id = %key.id,
            "filed a ticket over Open311"
        );
        let tz = city_zone(&app).await;
        Ok(requests_document(vec![
            Record::new()
                .field("service_request_id", Value::text(&filed.reference))
                .field("token", Value::text(filed.ticket_id.to_string()))
                .field("service_notice", Value::opt(notice(&filed, locale, tz)))
                .field("account_id", Value::Null),
        ]))
    }
    .await;
    match result {
        Ok(doc) => respond(format, StatusCode::OK, &doc),
        Err(e) => e.into_response(format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        Params::new(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    const SH: Tz = chrono_tz::Asia::Shanghai;

    #[test]
    fn dates_may_be_w3c_local_or_bare() {
        let want: DateTime<Utc> = "2026-02-28T16:00:00Z".parse().unwrap();
        assert_eq!(
            parse_datetime("start_date", "2026-03-01T00:00:00+08:00", SH).unwrap(),
            want
        );
        assert_eq!(
            parse_datetime("start_date", "2026-03-01", SH).unwrap(),
            want
        );
        assert_eq!(
            parse_datetime("start_date", "2026-03-01T00:00:00", SH).unwrap(),
            want
        );
        assert_eq!(
            parse_datetime("end_date", "yesterday", SH)
                .unwrap_err()
                .field,
            "end_date"
        );
    }

    #[test]
    fn search_filters_are_parsed() {
        let q = search_query(
            &params(&[
                ("service_request_id", "ms-2026-000001,MS-2026-000002"),
                ("status", "open"),
                ("service_code", "street_light,garbage"),
            ]),
            SH,
        )
        .unwrap();
        assert_eq!(q.references, ["MS-2026-000001", "MS-2026-000002"]);
        assert_eq!(q.statuses, [Status::Open]);
        assert_eq!(q.service_codes, ["street_light", "garbage"]);
        let e = search_query(&params(&[("status", "pending")]), SH).unwrap_err();
        assert_eq!(e.field, "status");
        let e = search_query(&params(&[("service_request_id", "42")]), SH).unwrap_err();
        assert_eq!(e.field, "service_request_id");
    }

    /// A valid form, with `extra` taking precedence (the first value of a name wins).
    fn form(extra: &[(&str, &str)]) -> Params {
        let mut p = extra.to_vec();
        p.extend_from_slice(&[
            ("service_code", "street_light"),
            ("lat", "39.9"),
            ("long", "116.4"),
            ("description", "路灯不亮"),
        ]);
        params(&p)
    }

    #[test]
    fn submissions_name_the_bad_parameter() {
        let field = |extra: &[(&str, &str)]| {
            submission(&form(extra), Locale::ZhCn)
                .map(|_| "ok")
                .unwrap_or_else(|e| e.field)
        };
        assert_eq!(field(&[]), "ok");
        assert_eq!(field(&[("lat", "91")]), "lat");
        assert_eq!(
            submission(
                &params(&[("service_code", "x"), ("lat", "x")]),
                Locale::ZhCn
            )
            .unwrap_err()
            .field,
            "lat"
        );
        assert_eq!(field(&[("email", "not-an-email")]), "email");
        assert_eq!(field(&[("phone", "call me")]), "phone");
        assert_eq!(field(&[("media_url", "ftp://x")]), "media_url");
        assert_eq!(field(&[("attribute[colour]", "red")]), "attribute");
        let long = "很".repeat(4001);
        assert_eq!(
            submission(
                &params(&[
                    ("service_code", "x"),
                    ("address_string", "建国路 88 号"),
                    ("description", &long)
                ]),
                Locale::ZhCn
            )
            .unwrap_err()
            .field,
            "description"
        );
        let e = submission(
            &params(&[
                ("service_code", "x"),
                ("address_id", "42"),
                ("description", "d"),
            ]),
            Locale::ZhCn,
        )
        .unwrap_err();
        assert_eq!(e.field, "address_id");
    }

    #[test]
    fn names_join_in_their_own_order() {
        let s = submission(
            &form(&[("first_name", "雷"), ("last_name", "李")]),
            Locale::ZhCn,
        )
        .unwrap();
        assert_eq!(s.contact_name.unwrap().as_str(), "李雷");
        let s = submission(
            &form(&[("first_name", "Li"), ("last_name", "Lei")]),
            Locale::En,
        )
        .unwrap();
        assert_eq!(s.contact_name.unwrap().as_str(), "Li Lei");
    }
}
