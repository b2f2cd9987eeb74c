//! Similar tickets (SPEC §8): suggestions while filing, following a ticket instead of filing a
//! duplicate, and the repeat-matters report.

use super::context::ContextExt;
use super::tickets::principal;
use super::views::{Department, Ticket, TicketState, parse_id};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use minsheng_domain::Role;
use minsheng_domain::input::{GeoPoint, Reference};
use minsheng_store::entity::ticket;
use minsheng_store::similar::{self, Draft, Followed, Suggestion};
use minsheng_store::{Principal, Store};

/// Most suggestions a resident is shown.
const MAX_SUGGESTIONS: usize = 5;

/// What the resident has typed so far.
#[derive(InputObject)]
pub struct SimilarTicketsInput {
    pub category_id: Option<ID>,
    #[graphql(validator(max_length = 200))]
    pub title: String,
    #[graphql(default, validator(max_length = 4000))]
    pub description: String,
    #[graphql(default, validator(max_length = 300))]
    pub address: String,
    #[graphql(default, validator(max_length = 50))]
    pub district: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

impl SimilarTicketsInput {
    fn into_draft(self) -> ApiResult<Draft> {
        let location = match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => Some(
                GeoPoint::parse(lat, lon).map_err(|e| ApiError::bad_input("latitude", e.rule))?,
            ),
            (None, None) => None,
            _ => {
                return Err(ApiError::bad_input(
                    "latitude",
                    "give both latitude and longitude, or neither",
                ));
            }
        };
        Ok(Draft {
            category_id: self
                .category_id
                .as_ref()
                .map(|c| parse_id(c, "categoryId"))
                .transpose()?,
            title: self.title,
            description: self.description,
            address: self.address,
            district: self.district,
            location,
        })
    }
}

/// An open ticket that looks like the same matter, as anyone about to file may see it: what it
/// is about and how far it has got, never who filed it.
#[derive(SimpleObject)]
pub struct SimilarTicket {
    pub reference: String,
    pub title: String,
    pub state: TicketState,
    pub filed_at: DateTime<Utc>,
    pub district: Option<String>,
    /// Metres between the two places, when both have coordinates.
    pub distance_metres: Option<f64>,
    /// How alike the texts are, 0 to 1 (Jaccard index of character bigrams).
    pub text_similarity: f64,
    /// The ranking score, 0 to 1.
    pub score: f64,
    #[graphql(skip)]
    pub department_id: Option<uuid::Uuid>,
}

impl SimilarTicket {
    fn from(s: Suggestion) -> ApiResult<Self> {
        Ok(Self {
            state: super::views::parse_code::<minsheng_domain::State>(&s.ticket.state)?.into(),
            reference: s.ticket.reference,
            title: s.ticket.title,
            filed_at: s.ticket.filed_at,
            district: Some(s.ticket.district).filter(|d| !d.is_empty()),
            distance_metres: s.likeness.distance_m.map(|d| d.round()),
            text_similarity: round3(s.likeness.text),
            score: round3(s.likeness.score),
            department_id: s.ticket.department_id,
        })
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A possible duplicate of a ticket, for the agents who merge them.
pub struct DuplicateCandidate {
    pub ticket: Ticket,
    pub text_similarity: f64,
    pub distance_metres: Option<f64>,
    pub score: f64,
}

#[Object]
impl DuplicateCandidate {
    async fn ticket(&self) -> &Ticket {
        &self.ticket
    }
    /// How alike the texts are, 0 to 1.
    async fn text_similarity(&self) -> f64 {
        self.text_similarity
    }
    /// Metres between the two places, when both have coordinates.
    async fn distance_metres(&self) -> Option<f64> {
        self.distance_metres
    }
    /// The ranking score, 0 to 1.
    async fn score(&self) -> f64 {
        self.score
    }
}

/// The possible duplicates of ticket `id` (agents and supervisors).
pub async fn possible_duplicates(
    ctx: &Context<'_>,
    viewer: &Principal,
    id: uuid::Uuid,
    first: usize,
) -> async_graphql::Result<Vec<DuplicateCandidate>> {
    let now = ctx.now();
    let found = similar::possible_duplicates(ctx.store(), viewer, id, first)
        .await
        .map_err(ApiError::from)?;
    Ok(found
        .into_iter()
        .map(|s| DuplicateCandidate {
            text_similarity: round3(s.likeness.text),
            distance_metres: s.likeness.distance_m.map(f64::round),
            score: round3(s.likeness.score),
            ticket: Ticket::new(
                minsheng_store::tickets::TicketRecord {
                    identity_masked: false,
                    ticket: s.ticket,
                },
                *viewer,
                now,
            ),
        })
        .collect())
}

/// A ticket the viewer follows.
pub struct FollowedTicket(pub Followed);

#[Object]
impl FollowedTicket {
    async fn reference(&self) -> &str {
        &self.0.ticket.reference
    }
    async fn title(&self) -> &str {
        &self.0.ticket.title
    }
    async fn state(&self) -> ApiResult<TicketState> {
        Ok(super::views::parse_code::<minsheng_domain::State>(&self.0.ticket.state)?.into())
    }
    async fn filed_at(&self) -> DateTime<Utc> {
        self.0.ticket.filed_at
    }
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.ticket.replied_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.ticket.closed_at
    }
    async fn followed_at(&self) -> DateTime<Utc> {
        self.0.followed_at
    }
    /// The department handling it.
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        department(ctx, self.0.ticket.department_id).await
    }
}

async fn department(
    ctx: &Context<'_>,
    id: Option<uuid::Uuid>,
) -> async_graphql::Result<Option<Department>> {
    Ok(super::views::department_of(ctx, id).await?)
}

/// Tickets that look like one matter, filed in the report's period.
pub struct RepeatMatter {
    cluster: similar::RepeatCluster,
    viewer: Principal,
    now: DateTime<Utc>,
}

#[Object]
impl RepeatMatter {
    /// The department that handled (the first of) them.
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        department(ctx, self.cluster.department_id).await
    }
    async fn category_id(&self) -> Option<ID> {
        self.cluster.category_id.map(|c| ID(c.to_string()))
    }
    /// How many tickets the matter produced.
    async fn size(&self) -> usize {
        self.cluster.tickets.len()
    }
    /// How many of them were handled on their own instead of merged: more than one means the
    /// same matter was handled more than once (重复受理).
    async fn handled_separately(&self) -> usize {
        self.cluster.handled_separately
    }
    /// The tickets, oldest first.
    async fn tickets(&self) -> Vec<Ticket> {
        self.cluster
            .tickets
            .iter()
            .map(|t: &ticket::Model| {
                Ticket::new(
                    minsheng_store::tickets::TicketRecord {
                        identity_masked: false,
                        ticket: t.clone(),
                    },
                    self.viewer,
                    self.now,
                )
            })
            .collect()
    }
}

fn store<'a>(ctx: &'a Context<'_>) -> &'a Store {
    ctx.store()
}

#[derive(Default)]
pub struct SimilarQuery;

#[Object]
impl SimilarQuery {
    /// Open tickets of the same category that look like the matter being filed (at most 5),
    /// so the resident can follow one instead of filing again. Anyone may ask.
    async fn similar_tickets(
        &self,
        ctx: &Context<'_>,
        input: SimilarTicketsInput,
    ) -> async_graphql::Result<Vec<SimilarTicket>> {
        let viewer = principal(ctx)?;
        let draft = input.into_draft()?;
        if draft.title.trim().chars().count() < 2 {
            return Ok(Vec::new());
        }
        let found = similar::suggest(store(ctx), &viewer, &draft, MAX_SUGGESTIONS)
            .await
            .map_err(ApiError::from)?;
        Ok(found
            .into_iter()
            .map(SimilarTicket::from)
            .collect::<ApiResult<_>>()?)
    }

    /// The tickets the signed-in resident follows.
    async fn followed_tickets(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<FollowedTicket>> {
        let viewer = principal(ctx)?;
        if viewer.user_id().is_none() {
            return Err(ApiError::unauthenticated("sign in first").into());
        }
        Ok(similar::followed(store(ctx), &viewer)
            .await
            .map_err(ApiError::from)?
            .into_iter()
            .map(FollowedTicket)
            .collect())
    }

    /// Clusters of similar tickets filed in `[from, to)`, optionally for one department and its
    /// subtree, largest first: the same matter handled more than once (supervisors and agents).
    async fn repeat_matters(
        &self,
        ctx: &Context<'_>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        department_id: Option<ID>,
        #[graphql(default = 50, validator(minimum = 1, maximum = 200))] first: usize,
    ) -> async_graphql::Result<Vec<RepeatMatter>> {
        let viewer = principal(ctx)?;
        if !matches!(viewer.role(), Some(Role::Supervisor | Role::Agent)) {
            return Err(match viewer {
                Principal::Anonymous => ApiError::unauthenticated("sign in first"),
                _ => ApiError::forbidden("your role may not see this report"),
            }
            .into());
        }
        if to - from > chrono::Duration::days(400) {
            return Err(ApiError::bad_input("to", "the period may be at most 400 days").into());
        }
        let departments = match department_id {
            Some(d) => {
                let d = parse_id(&d, "departmentId")?;
                let tree = minsheng_store::metrics::query::DepartmentTree::load(store(ctx))
                    .await
                    .map_err(ApiError::from)?;
                Some(tree.subtree(d))
            }
            None => None,
        };
        let now = ctx.now();
        let mut clusters = similar::repeat_matters(store(ctx), &viewer, from, to, departments)
            .await
            .map_err(ApiError::from)?;
        clusters.truncate(first);
        Ok(clusters
            .into_iter()
            .map(|cluster| RepeatMatter {
                cluster,
                viewer,
                now,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct SimilarMutation;

fn reference(s: &str) -> ApiResult<Reference> {
    Reference::parse(s.trim()).map_err(|e| ApiError::bad_input("reference", e.rule))
}

#[Object]
impl SimilarMutation {
    /// Follows an open ticket instead of filing the same matter again: its progress is sent to
    /// the resident as it happens (residents).
    async fn follow_ticket(
        &self,
        ctx: &Context<'_>,
        reference: String,
    ) -> async_graphql::Result<FollowedTicket> {
        let viewer = principal(ctx)?;
        if viewer.user_id().is_none() {
            return Err(ApiError::unauthenticated("sign in to follow a ticket").into());
        }
        let reference = self::reference(&reference)?;
        let f = similar::follow(store(ctx), &viewer, &reference, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(FollowedTicket(f))
    }

    /// Stops following a ticket.
    async fn unfollow_ticket(
        &self,
        ctx: &Context<'_>,
        reference: String,
    ) -> async_graphql::Result<bool> {
        let viewer = principal(ctx)?;
        if viewer.user_id().is_none() {
            return Err(ApiError::unauthenticated("sign in first").into());
        }
        let reference = self::reference(&reference)?;
        similar::unfollow(store(ctx), &viewer, &reference)
            .await
            .map_err(ApiError::from)?;
        Ok(true)
    }
}
