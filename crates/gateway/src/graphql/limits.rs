//! Document limits that async-graphql does not enforce itself: how many aliases and directives a
//! single document may carry. Aliases multiply work without adding depth (`a1: me … a500: me`),
//! so depth and complexity alone do not bound them.

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{Directive, ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Positioned, ServerError, ServerResult, Variables};
use std::sync::Arc;

/// Refuses documents with more than `max_aliases` aliases or `max_directives` directives.
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
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        let counts = count(&doc);
        if counts.aliases > self.max_aliases {
            return Err(limit_error(format!(
                "the document has {} aliases; at most {} are allowed",
                counts.aliases, self.max_aliases
            )));
        }
        if counts.directives > self.max_directives {
            return Err(limit_error(format!(
                "the document has {} directives; at most {} are allowed",
                counts.directives, self.max_directives
            )));
        }
        Ok(doc)
    }
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
    for item in &set.node.items {
        match &item.node {
            Selection::Field(f) => {
                if f.node.alias.is_some() {
                    c.aliases += 1;
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

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

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
                directives: 6
            }
        );
    }
}
