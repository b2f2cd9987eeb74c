//! DataLoaders, so nested lookups on a page of tickets cost one query per kind of thing, not one
//! per row. Departments and categories need none: the store holds the catalogue in memory.

use crate::error::ApiError;
use async_graphql::dataloader::Loader;
use minsheng_store::entity::ticket_event;
use minsheng_store::{Store, tickets};
use std::collections::HashMap;
use uuid::Uuid;

fn masked(e: minsheng_store::StoreError) -> async_graphql::Error {
    ApiError::from(e).into()
}

/// The latest events of tickets the viewer has already been allowed to read. The key carries
/// whether the viewer is an official, who may also see officials-only events.
pub struct LatestEventsLoader(pub Store);

/// Most events a queue row shows.
pub const LATEST_EVENTS_MAX: usize = 10;

impl Loader<(Uuid, bool)> for LatestEventsLoader {
    type Value = Vec<ticket_event::Model>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[(Uuid, bool)],
    ) -> Result<HashMap<(Uuid, bool), Self::Value>, Self::Error> {
        let mut out: HashMap<(Uuid, bool), Self::Value> = HashMap::new();
        for official in [false, true] {
            let ids: Vec<Uuid> = keys
                .iter()
                .filter(|(_, o)| *o == official)
                .map(|(id, _)| *id)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let events = tickets::read::latest_events(&self.0, &ids, LATEST_EVENTS_MAX, official)
                .await
                .map_err(masked)?;
            for e in events {
                if let Some(t) = e.ticket_id {
                    out.entry((t, official)).or_default().push(e);
                }
            }
        }
        Ok(out)
    }
}
