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

/// What rows ask of their latest events: how many, whether the viewer is an official (who
/// also sees officials-only events), and whether their details are shown. Rows asking for the
/// same are read together, and only as many events as they show are read (a queue page shows
/// three of each ticket's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LatestEventsShape {
    pub official: bool,
    pub first: usize,
    pub columns: EventColumns,
}

/// One ticket's latest events, as `shape` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LatestEventsKey {
    pub ticket: Uuid,
    pub shape: LatestEventsShape,
}

/// The latest events of each ticket in `ids`, all of the same `shape`, in one query: each
/// ticket's newest first (tickets without events are absent).
pub async fn latest_events_of(
    store: &Store,
    ids: &[Uuid],
    shape: LatestEventsShape,
) -> async_graphql::Result<HashMap<Uuid, Vec<ticket_event::Model>>> {
    let n = shape.first.min(LATEST_EVENTS_MAX);
    let events = tickets::read::latest_events(store, ids, n, shape.official, shape.columns)
        .await
        .map_err(masked)?;
    let mut out: HashMap<Uuid, Vec<ticket_event::Model>> = HashMap::with_capacity(ids.len());
    for e in events {
        if let Some(ticket) = e.ticket_id {
            out.entry(ticket).or_default().push(e);
        }
    }
    Ok(out)
}

impl Loader<LatestEventsKey> for LatestEventsLoader {
    type Value = Vec<ticket_event::Model>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[LatestEventsKey],
    ) -> Result<HashMap<LatestEventsKey, Self::Value>, Self::Error> {
        let mut groups: HashMap<LatestEventsShape, Vec<Uuid>> = HashMap::new();
        for k in keys {
            groups.entry(k.shape).or_default().push(k.ticket);
        }
        let mut out: HashMap<LatestEventsKey, Self::Value> = HashMap::new();
        for (shape, ids) in groups {
            for (ticket, events) in latest_events_of(&self.0, &ids, shape).await? {
                out.insert(LatestEventsKey { ticket, shape }, events);
            }
        }
        Ok(out)
    }
}
