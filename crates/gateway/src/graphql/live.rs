//! Subscriptions (SPEC §7, §11): live ticket updates, queue changes and in-app notifications,
//! served over `/graphql/ws` from this instance's change feed (`crate::live`).
//!
//! Authorisation is decided here, per subscriber and per item: a ticket update is re-read
//! through the viewer's scope before it is sent (so staff stop hearing about a ticket that left
//! their department), a queue is only its own department's for staff, and a notification goes
//! only to the person it was written for.

use super::context::ContextExt;
use super::views::{Ticket, parse_id};
use crate::auth::{Viewer, ViewerExt};
use crate::error::{ApiError, ApiResult};
use crate::live::LiveEvent;
use crate::state::AppState;
use async_graphql::{Context, ID, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures_util::stream;
use futures_util::{Stream, StreamExt};
use minsheng_domain::Role;
use minsheng_store::changes::Change;
use minsheng_store::tickets::read;
use minsheng_store::{Principal, StoreError};
use tokio::sync::broadcast::{Receiver, error::RecvError};
use uuid::Uuid;

#[derive(Default)]
pub struct SubscriptionRoot;

/// Something happened to a ticket.
#[derive(SimpleObject)]
pub struct TicketUpdate {
    /// The event (`accepted`, `replied`, `red_card`, …); `snapshot` for the first item, which is
    /// the ticket as it is when the subscription starts, and `resync` after missed updates.
    pub kind: String,
    /// The event's position in the log; absent for `snapshot` and `resync`.
    pub seq: Option<i64>,
    pub occurred_at: Option<DateTime<Utc>>,
    /// The ticket as the viewer may see it now.
    pub ticket: Ticket,
}

/// A ticket in a department's queue changed.
#[derive(SimpleObject)]
pub struct QueueChange {
    pub ticket_id: ID,
    /// The ticket's department now.
    pub department_id: Option<ID>,
    /// The event (`dispatched`, `accepted`, `returned`, `red_card`, …).
    pub kind: String,
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
}

/// An in-app notification: the same news as the email sent to the viewer.
#[derive(SimpleObject)]
pub struct Notification {
    pub id: ID,
    /// The message kind (`dispatched`, `yellow_card`, `reply_published`, …).
    pub kind: String,
    pub ticket_id: ID,
    pub reference: Option<String>,
    pub title: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The signed-in viewer, or `UNAUTHENTICATED`.
fn signed_in(ctx: &Context<'_>) -> ApiResult<(Principal, crate::auth::Identity)> {
    match ctx.viewer() {
        Viewer::User(who) => Ok((who.principal(), *who)),
        Viewer::InvalidToken => Err(ApiError::unauthenticated(
            "the access token is invalid or has expired",
        )),
        Viewer::Anonymous => Err(ApiError::unauthenticated(
            "send an access token in the connection_init payload",
        )),
    }
}

/// The next change the feed publishes, or `None` when the feed is gone; `Some(None)` after this
/// subscriber fell behind and missed some.
async fn next_change(rx: &mut Receiver<LiveEvent>) -> Option<Option<std::sync::Arc<Change>>> {
    loop {
        match rx.recv().await {
            Ok(LiveEvent::Change(c)) => return Some(Some(c)),
            Ok(LiveEvent::Notice(_)) => {}
            Err(RecvError::Lagged(n)) => {
                tracing::warn!(missed = n, "a subscriber fell behind the live feed");
                return Some(None);
            }
            Err(RecvError::Closed) => return None,
        }
    }
}

/// The ticket as `viewer` may see it now; `None` when they may no longer (or it is gone).
async fn reread(app: &AppState, viewer: &Principal, id: Uuid) -> Option<Ticket> {
    match read::get(&app.store, viewer, id).await {
        Ok(record) => Some(Ticket::new(record, *viewer, app.clock.now())),
        Err(StoreError::NotFound | StoreError::Forbidden(_)) => None,
        Err(e) => {
            tracing::error!(error = %e, ticket_id = %id, "re-reading a ticket for a subscriber");
            None
        }
    }
}

#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Updates to one ticket, for whoever may read it. The first item is the ticket as it is now;
    /// the stream ends if the viewer may no longer read it.
    async fn ticket_updated(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<impl Stream<Item = TicketUpdate> + use<>> {
        let (viewer, _) = signed_in(ctx)?;
        let id = parse_id(&id, "id")?;
        let app = ctx.app().clone();
        // Subscribe before reading, so nothing committed in between is missed.
        let rx = app.live.subscribe();
        // Changes already in the log when the snapshot is read may still be in the feed; they
        // are skipped, so the first update after the snapshot is news. The position is read
        // before the snapshot, so a change committed in between is delivered, not lost.
        let seen = read::latest_events(
            &app.store,
            &[id],
            1,
            true,
            read::EventColumns::WithoutPayload,
        )
        .await
        .map_err(ApiError::from)?
        .first()
        .and_then(|e| e.seq)
        .unwrap_or(0);
        let first = read::get(&app.store, &viewer, id)
            .await
            .map_err(ApiError::from)?;
        let snapshot = TicketUpdate {
            kind: "snapshot".into(),
            seq: None,
            occurred_at: None,
            ticket: Ticket::new(first, viewer, app.clock.now()),
        };
        let updates = stream::unfold((rx, app), move |(mut rx, app)| async move {
            loop {
                let change = next_change(&mut rx).await?;
                let (kind, seq, at) = match change {
                    Some(c) if c.ticket_id == id && c.seq > seen => {
                        (c.kind.clone(), Some(c.seq), Some(c.occurred_at))
                    }
                    Some(_) => continue,
                    None => ("resync".to_owned(), None, None),
                };
                let ticket = reread(&app, &viewer, id).await?;
                let update = TicketUpdate {
                    kind,
                    seq,
                    occurred_at: at,
                    ticket,
                };
                return Some((update, (rx, app)));
            }
        });
        Ok(stream::once(async move { snapshot }).chain(updates))
    }

    /// Changes to a department's queue: staff hear about their own department (`departmentId`
    /// may be left out); agents and supervisors about the one they name, or all.
    async fn queue_changed(
        &self,
        ctx: &Context<'_>,
        department_id: Option<ID>,
    ) -> async_graphql::Result<impl Stream<Item = QueueChange> + use<>> {
        let (_, who) = signed_in(ctx)?;
        let asked = department_id
            .as_ref()
            .map(|d| parse_id(d, "departmentId"))
            .transpose()?;
        let department = match who.role {
            Role::Staff => {
                let own = who
                    .department_id
                    .ok_or_else(|| ApiError::forbidden("you belong to no department"))?;
                if asked.is_some_and(|d| d != own) {
                    return Err(
                        ApiError::forbidden("staff see only their own department's queue").into(),
                    );
                }
                Some(own)
            }
            Role::Agent | Role::Supervisor => asked,
            _ => return Err(ApiError::forbidden("only officials have queues").into()),
        };
        let rx = ctx.app().live.subscribe();
        Ok(stream::unfold(rx, move |mut rx| async move {
            loop {
                let Some(c) = next_change(&mut rx).await? else {
                    continue;
                };
                let concerns = match department {
                    None => true,
                    Some(d) => c.department_id == Some(d) || c.left_department_id == Some(d),
                };
                if concerns {
                    let item = QueueChange {
                        ticket_id: ID(c.ticket_id.to_string()),
                        department_id: c.department_id.map(|d| ID(d.to_string())),
                        kind: c.kind.clone(),
                        seq: c.seq,
                        occurred_at: c.occurred_at,
                    };
                    return Some((item, rx));
                }
            }
        }))
    }

    /// The viewer's notifications as they are written.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = Notification> + use<>> {
        let (_, who) = signed_in(ctx)?;
        let me = who.user_id;
        let rx = ctx.app().live.subscribe();
        Ok(stream::unfold(rx, move |mut rx| async move {
            loop {
                match rx.recv().await {
                    Ok(LiveEvent::Notice(n)) if n.recipient_id == me => {
                        let item = Notification {
                            id: ID(n.id.to_string()),
                            kind: n.kind.clone(),
                            ticket_id: ID(n.ticket_id.to_string()),
                            reference: n.reference.clone(),
                            title: n.title.clone(),
                            created_at: n.created_at,
                        };
                        return Some((item, rx));
                    }
                    Ok(_) => {}
                    Err(RecvError::Lagged(n)) => {
                        tracing::warn!(missed = n, "a notification subscriber fell behind");
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        }))
    }
}
