//! Parsed documents kept by their text, so the queries a client sends again and again (every
//! page of the SPA sends the same few) are parsed and screened once, not on every request.
//!
//! Parsing is the first thing done to a request and, for the short documents clients send, a
//! good part of its cost: async-graphql's parser allocates for every token. A document kept
//! here already passed [`DocumentLimits::check`]; a request that finds its text here still has
//! its variables screened.
//!
//! A kept document also remembers whether it has passed async-graphql's full validation against
//! the schema. Validation walks the whole document with some twenty rules on every request
//! (about a tenth of the server's CPU for a one-ticket read); what it finds depends on the
//! document alone, but for the values of the variables, which the resolvers check again when
//! they read their arguments. So a document made of queries only, once validated in full,
//! runs on the schema that validates in async-graphql's fast mode (which still enforces the
//! depth and complexity limits); mutations are validated in full every time, so that a variable
//! of the wrong type refuses the whole request before any of it runs.

use super::limits::{DocumentLimits, screen_variables};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};
use async_graphql::{Request, ServerResult};
use lru::LruCache;
use std::num::NonZeroUsize;
use std::sync::Mutex;

/// Documents longer than this are parsed every time: clients' documents are far shorter, and a
/// bound on each entry bounds what the cache can hold.
pub const MAX_KEPT_QUERY_BYTES: usize = 8 * 1024;

/// The most recently used parsed documents, by their text.
#[derive(Debug)]
pub struct DocumentCache {
    kept: Mutex<LruCache<String, Kept>>,
}

#[derive(Debug)]
struct Kept {
    doc: ExecutableDocument,
    /// Every operation in the document is a query.
    queries_only: bool,
    /// The document passed the schema's full validation (see [`DocumentCache::validated`]).
    validated: bool,
}

/// How a screened request's document may be validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    /// In full, against every rule: the document is new, has not passed yet, or holds a
    /// mutation or subscription.
    Full,
    /// Only for the limits: the same document has passed the full validation before, and it
    /// reads and writes nothing but queries.
    Passed,
}

impl DocumentCache {
    /// A cache of at most `capacity` documents (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            kept: Mutex::new(LruCache::new(
                NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }

    /// Gives `request` its parsed document, refusing it as [`DocumentLimits::screen`] does: the
    /// document kept for the same text if there is one, or else the one parsed and screened
    /// now, which is then kept.
    pub fn screen(
        &self,
        limits: &DocumentLimits,
        request: &mut Request,
    ) -> ServerResult<Validation> {
        screen_variables(request)?;
        let kept = self.kept.lock().ok().and_then(|mut kept| {
            kept.get(&request.query).map(|k| {
                let passed = k.validated && k.queries_only;
                (k.doc.clone(), passed)
            })
        });
        if let Some((doc, passed)) = kept {
            request.set_parsed_query(doc);
            return Ok(if passed {
                Validation::Passed
            } else {
                Validation::Full
            });
        }
        limits.screen(request)?;
        if request.query.len() <= MAX_KEPT_QUERY_BYTES {
            let doc = request.parsed_query()?.clone();
            let queries_only = queries_only(&doc);
            if let Ok(mut kept) = self.kept.lock() {
                kept.put(
                    request.query.clone(),
                    Kept {
                        doc,
                        queries_only,
                        validated: false,
                    },
                );
            }
        }
        Ok(Validation::Full)
    }

    /// Records that the document `query` passed the full validation: a request that ran it on
    /// the fully validating schema was answered without any error.
    pub fn validated(&self, query: &str) {
        if let Ok(mut kept) = self.kept.lock()
            && let Some(k) = kept.get_mut(query)
        {
            k.validated = true;
        }
    }

    /// How many documents are kept.
    pub fn len(&self) -> usize {
        self.kept.lock().map(|kept| kept.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether every operation of `doc` is a query.
fn queries_only(doc: &ExecutableDocument) -> bool {
    match &doc.operations {
        DocumentOperations::Single(op) => op.node.ty == OperationType::Query,
        DocumentOperations::Multiple(ops) => {
            ops.values().all(|op| op.node.ty == OperationType::Query)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> DocumentLimits {
        DocumentLimits {
            max_aliases: 2,
            max_directives: 2,
        }
    }

    #[test]
    fn a_document_is_parsed_once_and_reused() {
        let cache = DocumentCache::new(4);
        let mut first = Request::new("{ me { id } }");
        cache.screen(&limits(), &mut first).unwrap();
        assert_eq!(cache.len(), 1);
        let mut again = Request::new("{ me { id } }");
        cache.screen(&limits(), &mut again).unwrap();
        assert_eq!(cache.len(), 1);
        assert_eq!(
            format!("{:?}", again.parsed_query().unwrap()),
            format!("{:?}", first.parsed_query().unwrap())
        );
    }

    #[test]
    fn only_a_validated_document_of_queries_skips_the_full_validation() {
        let cache = DocumentCache::new(4);
        let query = "query Q { me { id } }";
        let mutation = "mutation M { logout }";
        for q in [query, mutation] {
            let v = cache.screen(&limits(), &mut Request::new(q)).unwrap();
            assert_eq!(v, Validation::Full, "a new document: {q}");
            let v = cache.screen(&limits(), &mut Request::new(q)).unwrap();
            assert_eq!(v, Validation::Full, "kept but not yet validated: {q}");
            cache.validated(q);
        }
        let v = cache.screen(&limits(), &mut Request::new(query)).unwrap();
        assert_eq!(v, Validation::Passed);
        let v = cache
            .screen(&limits(), &mut Request::new(mutation))
            .unwrap();
        assert_eq!(v, Validation::Full, "a mutation is validated every time");
        // A document that left the cache starts over.
        for q in ["{ a }", "{ b }", "{ c }", "{ d }"] {
            cache.screen(&limits(), &mut Request::new(q)).unwrap();
        }
        let v = cache.screen(&limits(), &mut Request::new(query)).unwrap();
        assert_eq!(v, Validation::Full);
    }

    #[test]
    fn refused_documents_are_not_kept_and_stay_refused() {
        let cache = DocumentCache::new(4);
        for _ in 0..2 {
            let mut r = Request::new("{ a: me { id } b: me { id } c: me { id } }");
            let err = cache.screen(&limits(), &mut r).unwrap_err();
            assert!(err.message.contains("aliases"), "{}", err.message);
        }
        assert!(cache.is_empty());
        let mut broken = Request::new("{ me { id ");
        assert!(cache.screen(&limits(), &mut broken).is_err());
        assert!(cache.is_empty());
    }

    #[test]
    fn variables_are_screened_even_when_the_document_is_kept() {
        let cache = DocumentCache::new(4);
        let q = "query Q($t: String!) { search(text: $t) { id } }";
        cache.screen(&limits(), &mut Request::new(q)).unwrap();
        let vars = async_graphql::Variables::from_json(serde_json::json!({"t": "a\u{0}b"}));
        let mut r = Request::new(q).variables(vars);
        let err = cache.screen(&limits(), &mut r).unwrap_err();
        assert!(err.message.contains("NUL"), "{}", err.message);
    }

    #[test]
    fn the_least_recently_used_document_goes_first_and_long_ones_are_not_kept() {
        let cache = DocumentCache::new(2);
        for q in ["{ a }", "{ b }", "{ a }", "{ c }"] {
            cache.screen(&limits(), &mut Request::new(q)).unwrap();
        }
        let kept = cache.kept.lock().unwrap();
        assert!(kept.contains("{ a }") && kept.contains("{ c }") && !kept.contains("{ b }"));
        drop(kept);
        let long = format!("{{ a {} }}", " ".repeat(MAX_KEPT_QUERY_BYTES));
        cache
            .screen(&limits(), &mut Request::new(long.clone()))
            .unwrap();
        assert!(!cache.kept.lock().unwrap().contains(&long));
    }
}
