//! DataLoaders, so nested lookups on a page of tickets cost one query per kind of thing, not one
//! per row. Departments and categories need none: the store holds the catalogue in memory.

use crate::error::ApiError;
use async_graphql::dataloader::Loader;
use minsheng_store::entity::ticket_event;
use minsheng_store::tickets::read::EventColumns;
use minsheng_store::{Store, tickets};
use std::collections::HashMap;
use uuid::Uuid;

fn masked(e: minsheng_store::StoreError) -> async_graphql::Error {
    ApiError::from(e).into()
}

/// The latest events of tickets the viewer has already been allowed to read.
pub struct LatestEventsLoader(pub Store);

/// Most events a queue row shows.
pub const LATEST_EVENTS_MAX: usize = 10;

/// One ticket's latest events: how many, whether the viewer is an official, who may also see
/// officials-only events, and whether their details are shown. Rows asking for the same are read
/// together, and only as many events as they show are read (a queue page shows three of each
/// ticket's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LatestEventsKey {
    pub ticket: Uuid,
    pub official: bool,
    pub first: usize,
    pub columns: EventColumns,
}

impl Loader<LatestEventsKey> for LatestEventsLoader {
    type Value = Vec<ticket_event::Model>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[LatestEventsKey],
    ) -> Result<HashMap<LatestEventsKey, Self::Value>, Self::Error> {
        let mut groups: HashMap<(bool, usize, EventColumns), Vec<Uuid>> = HashMap::new();
        for k in keys {
            groups
                .entry((k.official, k.first, k.columns))
                .or_default()
                .push(k.ticket);
        }
        let mut out: HashMap<LatestEventsKey, Self::Value> = HashMap::new();
        for ((official, first, columns), ids) in groups {
            let n = first.min(LATEST_EVENTS_MAX);
            let events = tickets::read::latest_events(&self.0, &ids, n, official, columns)
                .await
                .map_err(masked)?;
            for e in events {
                if let Some(ticket) = e.ticket_id {
                    let key = LatestEventsKey {
                        ticket,
                        official,
                        first,
                        columns,
                    };
                    out.entry(key).or_default().push(e);
                }
            }
        }
        Ok(out)
    }
}
