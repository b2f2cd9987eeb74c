//! Shortcuts from a resolver's context to the shared services.

use crate::auth::AuthService;
use crate::state::AppState;
use async_graphql::Context;
use chrono::{DateTime, Utc};
use minsheng_store::Store;

/// What resolvers reach through their [`Context`]. The viewer is in
/// [`ViewerExt`](crate::auth::ViewerExt).
pub trait ContextExt {
    fn app(&self) -> &AppState;

    fn store(&self) -> &Store {
        &self.app().store
    }

    fn auth(&self) -> &AuthService {
        &self.app().auth
    }

    /// The server clock's "now". Take it once per resolver and pass it down.
    fn now(&self) -> DateTime<Utc> {
        self.app().clock.now()
    }
}

impl ContextExt for Context<'_> {
    fn app(&self) -> &AppState {
        // `build_schema` always puts the state in; a schema built without it (for the SDL) is
        // never executed.
        self.data_unchecked::<AppState>()
    }
}
