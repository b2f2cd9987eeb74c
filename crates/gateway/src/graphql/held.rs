//! Dashboard answers held while the figures they show are unchanged.
//!
//! The oversight dashboard is the page many supervisors keep open and reload, and its figures
//! change only when the rollups do (`minsheng_store::metrics::query::current`). The store
//! already keeps the figures computed; what a request still paid for was async-graphql resolving
//! a few hundred fields and writing them as JSON, the same bytes for every request of that
//! second. So an answer to a query that reads only dashboard figures is kept, as the HTTP
//! response it was, and sent again to the same person asking the same thing while the state of
//! the figures it was computed from is the one the store still confirms, within the same second
//! of the server clock (the live counts, overdue tickets among them, are counted per second).
//!
//! Only queries whose every top-level field is in [`HELD_FIELDS`] are held, only answers without
//! errors, and only per person: a held answer is never shown to anyone but the viewer it was
//! computed for, and the permission checks it passed are those of the same access token.

use crate::auth::{Identity, Viewer};
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationType, Selection,
};
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use lru::LruCache;
use minsheng_domain::Role;
use minsheng_store::metrics::query::Current;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

/// The top-level fields whose answers depend only on the dashboard figures, the request and
/// the viewer's role.
pub const HELD_FIELDS: &[&str] = &[
    "metrics",
    "metricsTotal",
    "metricTrend",
    "departmentRanking",
    "__typename",
];

/// Answers larger than this are not held.
pub const MAX_HELD_BYTES: usize = 1024 * 1024;

/// Who asked what.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Question {
    viewer: Identity,
    query: String,
    operation: Option<String>,
    variables: String,
}

/// A response as sent, with what it was computed from.
struct Answer {
    current: Arc<Current>,
    second: i64,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// The held answers, least recently used first out, within a bound on their number and on the
/// bytes of their bodies together.
pub struct HeldAnswers {
    kept: Mutex<Kept>,
    max_bytes: usize,
}

struct Kept {
    answers: LruCache<Question, Answer>,
    bytes: usize,
}

impl std::fmt::Debug for HeldAnswers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeldAnswers").finish_non_exhaustive()
    }
}

impl HeldAnswers {
    /// At most `capacity` answers of at most `max_bytes` together.
    pub fn new(capacity: usize, max_bytes: usize) -> Self {
        Self {
            kept: Mutex::new(Kept {
                answers: LruCache::new(NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN)),
                bytes: 0,
            }),
            max_bytes,
        }
    }

    /// The question `request` asks, if its answer may be held: a supervisor's query that reads
    /// only [`HELD_FIELDS`]. Those fields are for supervisors alone; anyone else asking is
    /// refused by the resolvers as usual, without the figures being brought up to date first.
    pub fn question(viewer: &Viewer, request: &mut async_graphql::Request) -> Option<Question> {
        let Viewer::User(identity) = viewer else {
            return None;
        };
        if identity.role != Role::Supervisor {
            return None;
        }
        let operation = request.operation_name.clone();
        let doc = request.parsed_query().ok()?;
        if !reads_only_figures(doc, operation.as_deref()) {
            return None;
        }
        Some(Question {
            viewer: *identity,
            query: request.query.clone(),
            operation,
            variables: serde_json::to_string(&request.variables).ok()?,
        })
    }

    /// The answer held for `question`, if it was computed from `current` within `second`.
    pub fn answer(
        &self,
        question: &Question,
        current: &Arc<Current>,
        second: i64,
    ) -> Option<Response> {
        let mut kept = self.kept.lock().ok()?;
        let a = kept.answers.get(question)?;
        if !(Arc::ptr_eq(&a.current, current) && a.second == second) {
            return None;
        }
        let mut res = Response::new(Body::from(a.body.clone()));
        *res.status_mut() = a.status;
        *res.headers_mut() = a.headers.clone();
        Some(res)
    }

    /// Sends `response`, holding it for `question` when it is a whole answer without errors.
    pub async fn hold(
        &self,
        question: Question,
        current: Arc<Current>,
        second: i64,
        response: Response,
    ) -> Response {
        let (parts, body) = response.into_parts();
        // The body is already whole in memory (async-graphql writes the JSON at once).
        let body = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "could not read a dashboard answer");
                return crate::http::graphql::refuse_with(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "INTERNAL",
                    "the answer could not be sent",
                );
            }
        };
        if parts.status == StatusCode::OK
            && body.len() <= MAX_HELD_BYTES.min(self.max_bytes)
            && !has_errors(&body)
            && let Ok(mut kept) = self.kept.lock()
        {
            kept.bytes += body.len();
            let answer = Answer {
                current,
                second,
                status: parts.status,
                headers: parts.headers.clone(),
                body: body.clone(),
            };
            // The answer it replaces, or the least recently used one it pushed out.
            if let Some((_, gone)) = kept.answers.push(question, answer) {
                kept.bytes -= gone.body.len();
            }
            while kept.bytes > self.max_bytes {
                match kept.answers.pop_lru() {
                    Some((_, gone)) => kept.bytes -= gone.body.len(),
                    None => break,
                }
            }
        }
        Response::from_parts(parts, Body::from(body))
    }
}

/// Does the operation that would run read only [`HELD_FIELDS`], with no directive that could
/// change what is read?
fn reads_only_figures(doc: &ExecutableDocument, operation: Option<&str>) -> bool {
    let op = match (&doc.operations, operation) {
        (DocumentOperations::Single(op), _) => op,
        (DocumentOperations::Multiple(ops), Some(name)) => match ops.get(name) {
            Some(op) => op,
            None => return false,
        },
        // A document of one named operation runs it when no name is given.
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => match ops.values().next() {
            Some(op) => op,
            None => return false,
        },
        (DocumentOperations::Multiple(_), None) => return false,
    };
    let op = &op.node;
    op.ty == OperationType::Query
        && op.directives.is_empty()
        && !op.selection_set.node.items.is_empty()
        && op.selection_set.node.items.iter().all(|s| match &s.node {
            Selection::Field(f) => {
                f.node.directives.is_empty() && HELD_FIELDS.contains(&f.node.name.node.as_str())
            }
            Selection::FragmentSpread(_) | Selection::InlineFragment(_) => false,
        })
}

/// Does a GraphQL response body carry errors?
fn has_errors(body: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Shape {
        #[serde(default)]
        errors: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_slice::<Shape>(body).map_or(true, |s| s.errors.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(q: &str) -> ExecutableDocument {
        async_graphql::parser::parse_query(q).unwrap()
    }

    #[test]
    fn only_queries_of_dashboard_figures_are_held() {
        let held = |q: &str, op: Option<&str>| reads_only_figures(&doc(q), op);
        assert!(held(
            "{ metrics(filter: {from: \"2026-11-01\", to: \"2026-12-01\"}, groupBy: DEPARTMENT) { key } }",
            None
        ));
        assert!(held(
            "query A { metricsTotal(filter: $f) { rated } __typename }",
            None
        ));
        assert!(held(
            "{ metricTrend { start } departmentRanking(month: \"2026-11\") { month } }",
            None
        ));
        assert!(held(
            "query A { me { id } } query B { metrics { key } }",
            Some("B")
        ));
        // Anything else, or a choice the server would refuse, runs in full.
        assert!(!held(
            "query A { me { id } } query B { metrics { key } }",
            Some("A")
        ));
        assert!(!held(
            "query A { me { id } } query B { metrics { key } }",
            None
        ));
        assert!(!held("{ metrics { key } ticket(id: 1) { id } }", None));
        assert!(!held("{ metrics @include(if: $x) { key } }", None));
        assert!(!held(
            "{ ...F } fragment F on Query { metrics { key } }",
            None
        ));
        assert!(!held("mutation { metrics { key } }", None));
        assert!(!held("subscription { metrics { key } }", None));
    }

    #[test]
    fn only_supervisors_questions_are_held() {
        let ask = |role| {
            let viewer = Viewer::User(Identity {
                role,
                ..question(0).viewer
            });
            let mut r = async_graphql::Request::new("{ metrics { key } }");
            HeldAnswers::question(&viewer, &mut r).is_some()
        };
        assert!(ask(Role::Supervisor));
        assert!(!ask(Role::Agent) && !ask(Role::Staff) && !ask(Role::Resident));
        let mut r = async_graphql::Request::new("{ metrics { key } }");
        assert!(HeldAnswers::question(&Viewer::Anonymous, &mut r).is_none());
    }

    fn question(n: usize) -> Question {
        Question {
            viewer: Identity {
                user_id: uuid::Uuid::nil(),
                role: Role::Supervisor,
                department_id: None,
                locale: minsheng_domain::Locale::ZhCn,
            },
            query: format!("{{ metrics{n} }}"),
            operation: None,
            variables: "{}".into(),
        }
    }

    fn ok(bytes: usize) -> Response {
        let body = format!("{{\"data\":{{\"x\":\"{}\"}}}}", "a".repeat(bytes));
        Response::new(Body::from(body))
    }

    #[tokio::test]
    async fn held_answers_stay_within_their_bytes_and_last_one_second() {
        let current = Arc::new(Current::default());
        let held = HeldAnswers::new(8, 3_000);
        for n in 0..3 {
            held.hold(question(n), current.clone(), 7, ok(1_000)).await;
        }
        // Three answers of a little over 1,000 bytes: the first went to make room.
        let kept = |n| held.answer(&question(n), &current, 7).is_some();
        assert!(!kept(0) && kept(1) && kept(2));
        assert!(held.kept.lock().unwrap().bytes <= 3_000);
        // Not in another second, nor from another state of the figures.
        assert!(held.answer(&question(2), &current, 8).is_none());
        assert!(
            held.answer(&question(2), &Arc::new(Current::default()), 7)
                .is_none()
        );
        // Too large to hold at all.
        held.hold(question(9), current.clone(), 7, ok(5_000)).await;
        assert!(!kept(9) && kept(2));
    }

    #[test]
    fn answers_with_errors_are_not_held() {
        assert!(has_errors(br#"{"data":null,"errors":[{"message":"no"}]}"#));
        assert!(has_errors(b"not json"));
        assert!(!has_errors(br#"{"data":{"metrics":[]}}"#));
    }
}
