//! `GET /attachments/{id}`: an attachment's bytes, for whoever may read its ticket (or anyone,
//! when an official made it public). Authenticated with the same bearer token as the API; ids
//! are random, so a link is never guessable, and a link alone never grants access.
//!
//! The response is served as the type the content really is (checked at upload), with
//! `nosniff`, a sandboxing content security policy, and `Content-Disposition` carrying the file
//! name: photos inline, documents as downloads.

use super::HttpState;
use super::csv::error_response;
use crate::auth::Viewer;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderValue;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE,
};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use minsheng_store::attachments::{self, MediaType};
use uuid::Uuid;

pub fn routes() -> Router<HttpState> {
    Router::new().route("/attachments/{id}", get(download))
}

/// `filename*` as RFC 5987 wants it: UTF-8, percent-encoded.
fn disposition(inline: bool, file_name: &str) -> String {
    let mut encoded = String::new();
    for b in file_name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "{}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}",
        if inline { "inline" } else { "attachment" }
    )
}

async fn serve(app: &AppState, viewer: Viewer, id: &str) -> ApiResult<Response> {
    if matches!(viewer, Viewer::InvalidToken) {
        return Err(ApiError::unauthenticated(
            "the access token is invalid or has expired",
        ));
    }
    let id: Uuid = id
        .parse()
        .map_err(|_| ApiError::NotFound("not found".to_owned()))?;
    let who = viewer.principal();
    let a = attachments::for_download(&app.store, &who, id)
        .await
        .map_err(ApiError::from)?;
    let bytes = app.blobs.get(&a.sha256).await.map_err(ApiError::from)?;
    let media = MediaType::from_mime(&a.content_type).ok_or_else(|| {
        ApiError::internal(format!("attachment {id} has type {}", a.content_type))
    })?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(media.mime()));
    if let Ok(v) = HeaderValue::from_str(&disposition(media.is_image(), &a.file_name)) {
        h.insert(CONTENT_DISPOSITION, v);
    }
    h.insert(
        CACHE_CONTROL,
        HeaderValue::from_static(if a.public {
            "public, max-age=3600"
        } else {
            "private, no-store"
        }),
    );
    h.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
    );
    Ok(res)
}

/// `GET /attachments/{id}`
pub async fn download(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Response {
    serve(&app, viewer, &id)
        .await
        .unwrap_or_else(error_response)
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn file_names_are_quoted_safely() {
        assert_eq!(
            disposition(true, "路灯.jpg"),
            "inline; filename=\"__.jpg\"; filename*=UTF-8''%E8%B7%AF%E7%81%AF.jpg"
        );
        assert_eq!(
            disposition(false, "a\"b.pdf"),
            "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"
        );
    }
}
