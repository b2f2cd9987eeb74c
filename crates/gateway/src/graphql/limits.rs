//! Document limits that async-graphql does not enforce itself, checked as soon as the request is
//! parsed, before async-graphql itself walks the document:
//!
//! - how many aliases and directives a document may carry: aliases multiply work without adding
//!   depth (`a1: me … a500: me`), so depth and complexity alone do not bound them;
//! - field duplication: the same field selected twice in one selection set (`{ me me me … }`)
//!   is refused, since a client never needs it and it multiplies work the same way;
//! - circular fragments (`fragment A on Query { ...B } fragment B on Query { ...A }`), and
//!   documents whose fragments expand to more selections than [`MAX_EXPANDED_SELECTIONS`]
//!   (each fragment spreading the next one twice doubles the work). async-graphql's depth and
//!   complexity visitors inline fragments without a cycle check, so a cycle would recurse until
//!   the stack overflows and an exponential expansion would hold a worker thread for ever (its
//!   recursion-depth check, which runs even earlier, is exponential too); both are refused here,
//!   before any of those run;
//! - text with a NUL character (U+0000), in the variables or written in the document: nobody
//!   types one, and PostgreSQL cannot store or even compare it, so it would fail deep inside as
//!   an internal error instead of being refused as bad input.

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextPrepareRequest,
};
use async_graphql::parser::types::{Directive, ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Positioned, Request, ServerError, ServerResult, Value as ConstValue};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// The most field selections a document may have once every fragment spread is replaced by the
/// fragment. It bounds the work of validating a document; the complexity limit then applies to
/// what is left.
pub const MAX_EXPANDED_SELECTIONS: u64 = 10_000;

/// Refuses documents with more than `max_aliases` aliases or `max_directives` directives, with
/// a field selected twice in one selection set, with circular fragments, or whose fragments
/// expand past [`MAX_EXPANDED_SELECTIONS`].
#[derive(Debug, Clone, Copy)]
pub struct DocumentLimits {
    pub max_aliases: usize,
    pub max_directives: usize,
}

impl ExtensionFactory for DocumentLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(*self)
    }
}

#[async_graphql::async_trait::async_trait]
impl Extension for DocumentLimits {
    /// Runs before async-graphql looks at the document at all: its own recursion-depth check
    /// walks every path through the fragments, which for a fragment that spreads the next one
    /// twice is exponential (a 1 kB document with 22 such fragments kept a worker busy for 8 s).
    /// The document parsed here is kept in the request, so it is parsed once.
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        self.screen(&mut request)?;
        next.run(ctx, request).await
    }
}

impl DocumentLimits {
    /// Parses the request's document (kept in the request, so it is parsed once) and refuses it
    /// when it breaks a limit or carries a NUL character.
    pub fn screen(&self, request: &mut Request) -> ServerResult<()> {
        screen_variables(request)?;
        let doc = request.parsed_query()?;
        self.check(doc).map_err(limit_error)
    }

    /// `Err` with the reason when `doc` breaks a limit.
    pub fn check(&self, doc: &ExecutableDocument) -> Result<(), String> {
        let counts = count(doc);
        if counts.aliases > self.max_aliases {
            return Err(format!(
                "the document has {} aliases; at most {} are allowed",
                counts.aliases, self.max_aliases
            ));
        }
        if counts.directives > self.max_directives {
            return Err(format!(
                "the document has {} directives; at most {} are allowed",
                counts.directives, self.max_directives
            ));
        }
        if let Some(field) = counts.duplicate {
            return Err(format!(
                "the field `{field}` is selected more than once in one selection set"
            ));
        }
        expanded_size(doc)?;
        if document_has_nul(doc) {
            return Err(NUL_MESSAGE.to_owned());
        }
        Ok(())
    }
}

/// Refuses a request whose variables carry a NUL character (the document's own text is checked
/// by [`DocumentLimits::check`]).
pub fn screen_variables(request: &Request) -> ServerResult<()> {
    if request.variables.values().any(const_has_nul) {
        return Err(limit_error(NUL_MESSAGE.to_owned()));
    }
    Ok(())
}

const NUL_MESSAGE: &str = "text must not contain the NUL character (U+0000)";

fn const_has_nul(v: &ConstValue) -> bool {
    match v {
        ConstValue::String(s) => s.contains('\0'),
        ConstValue::List(items) => items.iter().any(const_has_nul),
        ConstValue::Object(fields) => fields
            .iter()
            .any(|(k, v)| k.contains('\0') || const_has_nul(v)),
        _ => false,
    }
}

/// Whether any argument or default value written in the document holds a NUL character.
fn document_has_nul(doc: &ExecutableDocument) -> bool {
    let ops = doc.operations.iter().any(|(_, op)| {
        op.node.variable_definitions.iter().any(|v| {
            v.node
                .default_value
                .as_ref()
                .is_some_and(|d| const_has_nul(&d.node))
        }) || directives_have_nul(&op.node.directives)
            || set_has_nul(&op.node.selection_set)
    });
    ops || doc
        .fragments
        .values()
        .any(|f| directives_have_nul(&f.node.directives) || set_has_nul(&f.node.selection_set))
}

fn set_has_nul(set: &Positioned<SelectionSet>) -> bool {
    set.node.items.iter().any(|item| match &item.node {
        Selection::Field(f) => {
            f.node.arguments.iter().any(|(_, v)| {
                // Variables are checked on their own; here they stand for nothing.
                let v = v
                    .node
                    .clone()
                    .into_const_with(|_| Ok::<_, ()>(ConstValue::Null));
                v.is_ok_and(|v| const_has_nul(&v))
            }) || directives_have_nul(&f.node.directives)
                || set_has_nul(&f.node.selection_set)
        }
        Selection::FragmentSpread(s) => directives_have_nul(&s.node.directives),
        Selection::InlineFragment(i) => {
            directives_have_nul(&i.node.directives) || set_has_nul(&i.node.selection_set)
        }
    })
}

fn directives_have_nul(d: &[Positioned<Directive>]) -> bool {
    d.iter().any(|d| {
        d.node.arguments.iter().any(|(_, v)| {
            let v = v
                .node
                .clone()
                .into_const_with(|_| Ok::<_, ()>(ConstValue::Null));
            v.is_ok_and(|v| const_has_nul(&v))
        })
    })
}

fn limit_error(message: String) -> ServerError {
    let mut e = ServerError::new(message, None);
    let mut ext = async_graphql::ErrorExtensionValues::default();
    ext.set("code", "BAD_USER_INPUT");
    e.extensions = Some(ext);
    e
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    aliases: usize,
    directives: usize,
    /// The response key of the first field selected twice in one selection set.
    duplicate: Option<String>,
}

/// Counts every alias and directive written in the document, each fragment once.
fn count(doc: &ExecutableDocument) -> Counts {
    let mut c = Counts::default();
    for (_, op) in doc.operations.iter() {
        c.directives += op.node.directives.len();
        for var in &op.node.variable_definitions {
            c.directives += var.node.directives.len();
        }
        walk(&op.node.selection_set, &mut c);
    }
    for fragment in doc.fragments.values() {
        c.directives += fragment.node.directives.len();
        walk(&fragment.node.selection_set, &mut c);
    }
    c
}

fn walk(set: &Positioned<SelectionSet>, c: &mut Counts) {
    let mut keys = HashSet::new();
    for item in &set.node.items {
        match &item.node {
            Selection::Field(f) => {
                if f.node.alias.is_some() {
                    c.aliases += 1;
                }
                let key = f.node.response_key().node.as_str();
                if !keys.insert(key) && c.duplicate.is_none() {
                    c.duplicate = Some(key.to_owned());
                }
                c.directives += directives(&f.node.directives);
                walk(&f.node.selection_set, c);
            }
            Selection::FragmentSpread(s) => c.directives += directives(&s.node.directives),
            Selection::InlineFragment(i) => {
                c.directives += directives(&i.node.directives);
                walk(&i.node.selection_set, c);
            }
        }
    }
}

fn directives(d: &[Positioned<Directive>]) -> usize {
    d.len()
}

/// How many field selections the document has with every fragment inlined, refusing circular
/// fragments and stopping as soon as the total passes [`MAX_EXPANDED_SELECTIONS`]. Each fragment
/// is sized once, so this takes time linear in the size of the document.
fn expanded_size(doc: &ExecutableDocument) -> Result<u64, String> {
    let mut sizer = Sizer {
        doc,
        sizes: HashMap::new(),
        in_progress: HashSet::new(),
    };
    let mut total: u64 = 0;
    for (_, op) in doc.operations.iter() {
        total = total.saturating_add(sizer.set(&op.node.selection_set)?);
        sizer.cap(total)?;
    }
    // Fragments that no operation uses are still checked for cycles.
    for name in doc.fragments.keys() {
        sizer.fragment(name.as_str())?;
    }
    Ok(total)
}

struct Sizer<'a> {
    doc: &'a ExecutableDocument,
    /// Fragments already sized.
    sizes: HashMap<&'a str, u64>,
    /// Fragments being sized: meeting one of these again is a cycle.
    in_progress: HashSet<&'a str>,
}

impl<'a> Sizer<'a> {
    fn cap(&self, n: u64) -> Result<(), String> {
        if n > MAX_EXPANDED_SELECTIONS {
            return Err(format!(
                "the document expands to more than {MAX_EXPANDED_SELECTIONS} field selections"
            ));
        }
        Ok(())
    }

    fn set(&mut self, set: &'a Positioned<SelectionSet>) -> Result<u64, String> {
        let mut n: u64 = 0;
        for item in &set.node.items {
            let part = match &item.node {
                Selection::Field(f) => 1u64.saturating_add(self.set(&f.node.selection_set)?),
                Selection::InlineFragment(i) => self.set(&i.node.selection_set)?,
                Selection::FragmentSpread(s) => {
                    self.fragment(s.node.fragment_name.node.as_str())?
                }
            };
            n = n.saturating_add(part);
            self.cap(n)?;
        }
        Ok(n)
    }

    fn fragment(&mut self, name: &'a str) -> Result<u64, String> {
        if let Some(n) = self.sizes.get(name) {
            return Ok(*n);
        }
        // An unknown fragment is reported by validation; it adds nothing here.
        let Some((key, fragment)) = self.doc.fragments.get_key_value(name) else {
            return Ok(0);
        };
        let key = key.as_str();
        if !self.in_progress.insert(key) {
            return Err(format!("the fragment `{key}` spreads itself (a cycle)"));
        }
        let n = self.set(&fragment.node.selection_set)?;
        self.in_progress.remove(key);
        self.sizes.insert(key, n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    const LIMITS: DocumentLimits = DocumentLimits {
        max_aliases: 30,
        max_directives: 30,
    };

    fn check(q: &str) -> Result<(), String> {
        LIMITS.check(&parse_query(q).unwrap())
    }

    #[test]
    fn counts_aliases_and_directives_everywhere() {
        let doc = parse_query(
            r#"
            query Q($v: Boolean = true) @a {
              x: me { y: id @include(if: $v) ...F @b }
              ... on Query @c { z: me { id } }
            }
            fragment F on User @d { w: email @skip(if: false) }
            "#,
        )
        .unwrap();
        assert_eq!(
            count(&doc),
            Counts {
                aliases: 4,
                directives: 6,
                duplicate: None,
            }
        );
    }

    #[test]
    fn duplicated_fields_are_refused() {
        let err = check("{ me { id id } }").unwrap_err();
        assert!(err.contains("`id`"), "{err}");
        assert!(check("{ __typename __typename }").is_err());
        assert!(check("{ a: me { id } a: me { id } }").is_err());
        // The same field under different names, or in different selection sets, is fine.
        check("{ a: me { id } b: me { id } }").unwrap();
        check("{ me { id ... on User { id } } }").unwrap();
        check("query { me { ...F id } } fragment F on User { id }").unwrap();
    }

    #[test]
    fn fragment_cycles_are_refused() {
        let err = check("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }")
            .unwrap_err();
        assert!(err.contains("cycle"), "{err}");
        assert!(check("{ ...A } fragment A on Query { me { id } ...A }").is_err());
        // Also when no operation uses them.
        assert!(check("{ me { id } } fragment A on Query { ...A }").is_err());
        check("{ ...A ...B } fragment A on Query { ...B } fragment B on Query { me { id } }")
            .unwrap();
    }

    #[test]
    fn nul_characters_are_refused_wherever_they_are_written() {
        for q in [
            r#"{ ticketByReference(reference: "MS\u0000") { id } }"#,
            r#"{ searchTickets(filter: {text: "a\u0000"}) { totalCount } }"#,
            r#"{ a: searchTickets(filter: {states: [], text: "\u0000"}) { totalCount } }"#,
            r#"query($t: String = "\u0000") { searchTickets(filter: {text: $t}) { totalCount } }"#,
            r#"{ me { id @include(if: true) } ...F } fragment F on Query { ticket(id: "\u0000") { id } }"#,
        ] {
            assert_eq!(check(q), Err(NUL_MESSAGE.to_owned()), "{q}");
        }
        check(r#"{ searchTickets(filter: {text: "\\u0000 is fine as text"}) { totalCount } }"#)
            .unwrap();
        assert!(const_has_nul(&ConstValue::List(vec![ConstValue::String(
            "\0".into()
        )])));
        assert!(!const_has_nul(&ConstValue::String("路灯".into())));
    }

    #[test]
    fn exponential_fragments_are_refused_quickly() {
        // Each fragment spreads the next one twice: 2^40 selections if inlined.
        let mut q = String::from("{ ...F0 }\n");
        for i in 0..40 {
            let next = i + 1;
            q.push_str(&format!(
                "fragment F{i} on Query {{ ...F{next} ... on Query {{ ...F{next} }} }}\n"
            ));
        }
        q.push_str("fragment F40 on Query { __typename }\n");
        let started = std::time::Instant::now();
        let result = check(&q);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        let err = result.unwrap_err();
        assert!(err.contains("expands"), "{err}");
    }

    /// Every document the web app sends passes the limits.
    #[test]
    fn the_web_app_documents_pass() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../frontend/src/gql/gql.ts");
        let text = std::fs::read_to_string(path).unwrap();
        let mut checked = 0;
        for line in text.lines() {
            let Some(rest) = line.trim_start().strip_prefix('"') else {
                continue;
            };
            let Some((literal, _)) = rest.split_once("\": typeof types.") else {
                continue;
            };
            let mut doc: String = serde_json::from_str(&format!("\"{literal}\"")).unwrap();
            if !doc.contains("query") && !doc.contains("mutation") && !doc.contains("subscription")
            {
                // A fragment on its own: give it an operation so that it parses.
                doc = format!("{{ __typename }}\n{doc}");
            }
            if let Err(e) = LIMITS.check(&parse_query(&doc).unwrap()) {
                panic!("the web app's document is refused ({e}):\n{doc}");
            }
            checked += 1;
        }
        assert!(checked > 10, "found only {checked} documents in {path}");
    }
}
