//! [`Inline`]: an object whose selected fields are resolved one after another inside the
//! object's own future, for the rows of lists.
//!
//! async-graphql resolves an object by boxing one future per selected field and polling them
//! together (`resolver_utils::Fields::add_set`). Each of those boxes is at least about 800 bytes
//! (the field's contexts and the object's whole `resolve_field` state machine), allocated and
//! copied when made. A queue page of 50 rows selects about 1,100 fields, so before this most of
//! the server's time on a page went to allocating, copying and freeing those boxes. Row fields
//! are nearly all read from the row itself; the one that waits (a row's latest events, through
//! the DataLoader) still waits together with the other rows', since the rows of a list are
//! resolved concurrently.
//!
//! The type is the same GraphQL type as `T`: same name, same fields, same schema. Anything other
//! than a plain selection of distinct fields (fragments, directives, a response key twice) is
//! left to async-graphql's own resolution.

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{Field, Selection};
use async_graphql::registry::Registry;
use async_graphql::{
    ContainerType, ContextSelectionSet, Name, OutputType, Positioned, ServerResult, Value,
};
use std::borrow::Cow;

/// `T`, with its selected fields resolved serially in one future (see the module docs).
pub struct Inline<T>(pub T);

impl<T: ContainerType> OutputType for Inline<T> {
    fn type_name() -> Cow<'static, str> {
        T::type_name()
    }

    fn qualified_type_name() -> String {
        T::qualified_type_name()
    }

    fn introspection_type_name(&self) -> Cow<'static, str> {
        self.0.introspection_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        T::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        let items = &ctx.item.node.items;
        if !plain(items) {
            return self.0.resolve(ctx, field).await;
        }
        let mut fields = IndexMap::with_capacity(items.len());
        for item in items {
            let Selection::Field(f) = &item.node else {
                continue;
            };
            let key: Name = f.node.response_key().node.clone();
            if f.node.name.node == "__typename" {
                let name = self.0.introspection_type_name().into_owned();
                fields.insert(key, Value::String(name));
                continue;
            }
            let ctx_field = ctx.with_field(f);
            match self.0.resolve_field(&ctx_field).await {
                Ok(value) => {
                    fields.insert(key, value.unwrap_or_default());
                }
                // As async-graphql does: the error is recorded and the field left out.
                Err(e) => ctx.add_error(e),
            }
        }
        Ok(if fields.is_empty() {
            Value::Null
        } else {
            Value::Object(fields)
        })
    }
}

/// Whether a selection set is only fields, without directives, each under its own response
/// key: what [`Inline`] resolves itself. (`@skip` and `@include` are gone by now: async-graphql
/// removes them, and what they skip, before resolving.)
fn plain(items: &[Positioned<Selection>]) -> bool {
    let mut keys: Vec<&str> = Vec::with_capacity(items.len());
    for item in items {
        let Selection::Field(f) = &item.node else {
            return false;
        };
        if !f.node.directives.is_empty() {
            return false;
        }
        let key = f.node.response_key().node.as_str();
        if keys.contains(&key) {
            return false;
        }
        keys.push(key);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::plain;
    use async_graphql::parser::parse_query;
    use async_graphql::parser::types::Selection;

    fn first_field_set(q: &str) -> bool {
        let doc = parse_query(q).unwrap();
        let (_, op) = doc.operations.iter().next().unwrap();
        let Selection::Field(f) = &op.node.selection_set.node.items[0].node else {
            panic!("not a field");
        };
        plain(&f.node.selection_set.node.items)
    }

    #[test]
    fn only_plain_distinct_fields_are_inlined() {
        assert!(first_field_set("{ t { id title a: state __typename } }"));
        assert!(!first_field_set(
            "{ t { id ...F } } fragment F on T { title }"
        ));
        assert!(!first_field_set("{ t { id ... on T { title } } }"));
        assert!(!first_field_set("{ t { id title @deprecated } }"));
        assert!(!first_field_set("{ t { id id } }"));
        assert!(!first_field_set("{ t { id a: title a: state } }"));
    }
}
