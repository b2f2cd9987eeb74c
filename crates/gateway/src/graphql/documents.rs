//! Parsed documents kept by their text, so the queries a client sends again and again (every
//! page of the SPA sends the same few) are parsed and screened once, not on every request.
//!
//! Parsing is the first thing done to a request and, for the short documents clients send, a
//! good part of its cost: async-graphql's parser allocates for every token. A document kept
//! here already passed [`DocumentLimits::check`]; a request that finds its text here still has
//! its variables screened, and async-graphql still validates the document against the schema
//! for every request, as it does for one it parsed itself.

use super::limits::{DocumentLimits, screen_variables};
use async_graphql::parser::types::ExecutableDocument;
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
    kept: Mutex<LruCache<String, ExecutableDocument>>,
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
    pub fn screen(&self, limits: &DocumentLimits, request: &mut Request) -> ServerResult<()> {
        screen_variables(request)?;
        let kept = self
            .kept
            .lock()
            .ok()
            .and_then(|mut kept| kept.get(&request.query).cloned());
        if let Some(doc) = kept {
            request.set_parsed_query(doc);
            return Ok(());
        }
        limits.screen(request)?;
        if request.query.len() <= MAX_KEPT_QUERY_BYTES {
            let doc = request.parsed_query()?.clone();
            if let Ok(mut kept) = self.kept.lock() {
                kept.put(request.query.clone(), doc);
            }
        }
        Ok(())
    }

    /// How many documents are kept.
    pub fn len(&self) -> usize {
        self.kept.lock().map(|kept| kept.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
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
