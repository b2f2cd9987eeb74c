//! What a failed answer may show a client, shared by the attack tests (`tests/api`) and the
//! fault tests (`tests/faults`).

use serde_json::Value;

/// The only `extensions.code` values a client may see (SPEC §11).
pub const SPEC_CODES: [&str; 8] = [
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "NOT_FOUND",
    "BAD_USER_INPUT",
    "INVALID_TRANSITION",
    "CONFLICT",
    "RATE_LIMITED",
    "INTERNAL",
];

/// Words that would show the database or the code behind an error.
pub const LEAKS: [&str; 18] = [
    "select ",
    "insert into",
    "update ",
    "sqlx",
    "sqlite",
    "postgres",
    "relation \"",
    "syntax error at",
    "violates",
    "unique constraint",
    "connection refused",
    "statement timeout",
    "canceling statement",
    "pool timed out",
    "panicked",
    "backtrace",
    ".rs:",
    "dberr",
];

/// Every error carries a §11 code, an `INTERNAL` error says nothing more, and no error shows
/// SQL, the database or the code.
pub fn assert_clean(body: &Value) {
    for e in body["errors"].as_array().into_iter().flatten() {
        let code = e["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("an error without a code: {body}"));
        assert!(SPEC_CODES.contains(&code), "not a SPEC §11 code: {body}");
        if code == "INTERNAL" {
            assert_eq!(e["message"], "internal error", "{body}");
        }
    }
    let text = body["errors"].to_string().to_lowercase();
    for word in LEAKS {
        assert!(!text.contains(word), "the error shows {word:?}: {body}");
    }
}
