//! The GraphQL API. Each area has its own query and mutation roots, merged here; the committed
//! `schema.graphql` is this schema's SDL.
//!
//! To add an area: write `FooQuery`/`FooMutation` (each `#[derive(Default)]` with an `#[Object]`
//! impl) in `graphql/foo.rs` and add them to [`QueryRoot`] and [`MutationRoot`].

pub mod admin;
pub mod attachments;
pub mod auth;
pub mod context;
pub mod documents;
pub mod error_codes;
pub mod held;
pub mod inline;
pub mod limits;
pub mod live;
pub mod loaders;
pub mod open311_keys;
pub mod oversight;
pub mod similar;
pub mod tickets;
pub mod transparency;
pub mod user;
pub mod views;

use crate::auth::Viewer;
use crate::config::Limits;
use crate::state::AppState;
use async_graphql::dataloader::DataLoader;
use async_graphql::{MergedObject, Request, Schema, SchemaBuilder};
pub use live::SubscriptionRoot;

pub use context::ContextExt;

#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    auth::AuthQuery,
    tickets::TicketQuery,
    admin::AdminQuery,
    open311_keys::Open311KeyQuery,
    oversight::OversightQuery,
    transparency::TransparencyQuery,
    similar::SimilarQuery,
);

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    auth::AuthMutation,
    tickets::TicketMutation,
    admin::AdminMutation,
    open311_keys::Open311KeyMutation,
    oversight::OversightMutation,
    similar::SimilarMutation,
    attachments::AttachmentMutation,
);

/// How long a loader gathers keys before querying: long enough that a page of rows resolved
/// concurrently lands in one batch.
const LOADER_DELAY: std::time::Duration = std::time::Duration::from_millis(2);

pub type AppSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

fn builder(limits: &Limits) -> SchemaBuilder<QueryRoot, MutationRoot, SubscriptionRoot> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot,
    )
    .limit_depth(limits.graphql_depth)
    .limit_complexity(limits.graphql_complexity)
    .limit_directives(limits.graphql_directives)
}

/// The per-document limits the depth and complexity limits leave out.
pub fn document_limits(limits: &Limits) -> limits::DocumentLimits {
    limits::DocumentLimits {
        max_aliases: limits.graphql_aliases,
        max_directives: limits.graphql_directives,
    }
}

/// Where a schema serves requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// `POST /graphql`. The handler screens each document and sets the error codes itself
    /// (`http::graphql`): a schema with any extension sends every field of every row through
    /// the extension chain, which cost a queue page about a tenth of its time.
    Http,
    /// `POST /graphql` for a document of queries that already passed the full validation here
    /// (`documents::Validation::Passed`): it validates in async-graphql's fast mode, which keeps
    /// the depth and complexity limits and leaves out the rules the document already passed.
    HttpValidated,
    /// `GET /graphql/ws`, whose messages only the schema sees: the same screening and codes run
    /// as extensions.
    Socket,
}

/// The schema that serves requests. Introspection and field suggestions are on only in
/// development mode.
pub fn build_schema(state: AppState, transport: Transport) -> AppSchema {
    let mut b = builder(&state.config.limits);
    if transport == Transport::Socket {
        b = b
            .extension(document_limits(&state.config.limits))
            .extension(error_codes::ErrorCodes);
    }
    if transport == Transport::HttpValidated {
        b = b.validation_mode(async_graphql::ValidationMode::Fast);
    }
    if !state.config.dev {
        b = b.disable_introspection().disable_suggestions();
    }
    let store = state.store.clone();
    // Loaders do not cache across requests (NoCache); they batch the lookups of one request.
    b.data(
        DataLoader::new(loaders::LatestEventsLoader(store.clone()), tokio::spawn)
            .delay(LOADER_DELAY),
    )
    .data(DataLoader::new(attachments::AttachmentsLoader(store), tokio::spawn).delay(LOADER_DELAY))
    .data(state)
    .finish()
}

/// Adds what belongs to one request: the viewer. Anything else scoped to a request goes here.
pub fn request_data(request: Request, viewer: Viewer) -> Request {
    request.data(viewer)
}

/// The schema's SDL, as committed in `schema.graphql`.
pub fn sdl() -> String {
    builder(&Limits::default()).finish().sdl()
}

#[cfg(test)]
mod tests {
    /// `schema.graphql` is a contract with the frontend: it must be exactly what the code serves.
    #[test]
    fn committed_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema.graphql");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        let current = super::sdl();
        assert!(
            committed == current,
            "schema.graphql is out of date with the code.\n\
             Regenerate it with:\n\n    cargo run -p minsheng-gateway -- schema > schema.graphql\n"
        );
    }
}
