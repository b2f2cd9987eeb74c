//! Writing CSV downloads (RFC 4180) and answering their requests.
//!
//! Text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) get a leading apostrophe, so a department name typed by an
//! administrator can never run as a formula on a supervisor's computer. Files start with a UTF-8
//! byte-order mark, which spreadsheet programs need to show Chinese text correctly.

use crate::error::ApiError;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The media type of every CSV download.
pub const CSV_CONTENT_TYPE: &str = "text/csv; charset=utf-8; header=present";

/// One cell.
pub enum Cell<'a> {
    /// Free text: quoted when needed, guarded against formulas.
    Text(&'a str),
    /// A number or a code written by Minsheng itself.
    Plain(String),
    Empty,
}

/// A CSV document being written.
pub struct Csv {
    out: String,
}

impl Csv {
    /// Starts a document with its header row.
    pub fn new(header: &[&str]) -> Self {
        let mut csv = Csv {
            out: String::from('\u{feff}'),
        };
        csv.row(header.iter().map(|h| Cell::Plain((*h).to_owned())));
        csv
    }

    pub fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            match cell {
                Cell::Text(t) => self.push_text(t),
                Cell::Plain(p) => self.push_quoted_if_needed(&p),
                Cell::Empty => {}
            }
        }
        self.out.push_str("\r\n");
    }

    fn push_text(&mut self, t: &str) {
        if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            self.push_quoted_if_needed(&format!("'{t}"));
        } else {
            self.push_quoted_if_needed(t);
        }
    }

    fn push_quoted_if_needed(&mut self, s: &str) {
        if s.contains([',', '"', '\r', '\n']) {
            self.out.push('"');
            self.out.push_str(&s.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(s);
        }
    }

    /// The download: `filename` (ASCII) as an attachment, cached for `cache` (e.g.
    /// `public, max-age=3600` or `no-store`).
    pub fn into_response(self, filename: &str, cache: &'static str) -> Response {
        let disposition = format!("attachment; filename=\"{filename}\"");
        let mut res = (StatusCode::OK, self.out).into_response();
        let headers = res.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(CSV_CONTENT_TYPE));
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            headers.insert(CONTENT_DISPOSITION, v);
        }
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
        res
    }
}

/// A number with at most `decimals` decimals, trailing zeros kept (`66.7`).
pub fn number(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}

/// An error of a download request: the SPEC §11 code in the GraphQL error shape, with the HTTP
/// status that fits it.
pub fn error_response(e: ApiError) -> Response {
    let status = match e.code() {
        "UNAUTHENTICATED" => StatusCode::UNAUTHORIZED,
        "FORBIDDEN" => StatusCode::FORBIDDEN,
        "NOT_FOUND" => StatusCode::NOT_FOUND,
        "BAD_USER_INPUT" => StatusCode::BAD_REQUEST,
        "RATE_LIMITED" => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    if let ApiError::Internal(context) = &e {
        tracing::error!(error = %context, "internal error in a download");
    }
    let mut ext = json!({ "code": e.code() });
    if let ApiError::BadUserInput { field, .. } = &e {
        ext["field"] = json!(field);
    }
    let body = json!({ "errors": [{ "message": e.client_message(), "extensions": ext }] });
    let mut res = (status, axum::Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        res.headers_mut()
            .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_formula_guard() {
        let mut csv = Csv::new(&["a", "b", "c"]);
        csv.row([
            Cell::Text("朝阳区, 建外"),
            Cell::Text("say \"hi\""),
            Cell::Text("=1+2"),
        ]);
        csv.row([Cell::Plain("3".into()), Cell::Empty, Cell::Text("-x")]);
        assert_eq!(
            csv.out,
            "\u{feff}a,b,c\r\n\"朝阳区, 建外\",\"say \"\"hi\"\"\",'=1+2\r\n3,,'-x\r\n"
        );
        assert_eq!(number(2.0 / 3.0 * 100.0, 1), "66.7");
    }

    #[test]
    fn errors_get_their_status() {
        let res = error_response(ApiError::unauthenticated("sign in"));
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        assert!(res.headers().contains_key(WWW_AUTHENTICATE));
        let res = error_response(ApiError::internal("secret"));
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
