//! GraphQL types for tickets and their history. These are API types, built from what the store
//! returns; they are never sea-orm rows exposed wholesale.

use super::context::ContextExt;
use super::inline::Inline;
use super::loaders::{LatestEventsKey, LatestEventsLoader, LatestEventsShape};
use crate::error::{ApiError, ApiResult};
use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use minsheng_domain::lifecycle::{self, available_actions};
use minsheng_store::Principal;
use minsheng_store::entity::{category, department, extension_request, ticket_event};
use minsheng_store::tickets::TicketRecord;
use minsheng_store::tickets::read::{EventColumns, TimelineEntry};
use uuid::Uuid;

/// The department `id`, from the catalogue the store holds in memory (no query per row).
pub async fn department_of(ctx: &Context<'_>, id: Option<Uuid>) -> ApiResult<Option<Department>> {
    let Some(id) = id else { return Ok(None) };
    Ok(minsheng_store::catalog::department(ctx.store(), id)
        .await?
        .map(Department))
}

/// The category `id`, from the catalogue the store holds in memory (no query per row).
pub async fn category_of(ctx: &Context<'_>, id: Option<Uuid>) -> ApiResult<Option<Category>> {
    let Some(id) = id else { return Ok(None) };
    Ok(minsheng_store::catalog::category(ctx.store(), id)
        .await?
        .map(Category))
}

/// Mirrors a domain vocabulary enum as a GraphQL enum, with conversions both ways.
macro_rules! gql_enum {
    ($(#[$meta:meta])* $name:ident => $domain:path { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl From<$domain> for $name {
            fn from(v: $domain) -> Self {
                match v { $(<$domain>::$variant => $name::$variant),+ }
            }
        }

        impl From<$name> for $domain {
            fn from(v: $name) -> Self {
                match v { $($name::$variant => <$domain>::$variant),+ }
            }
        }
    };
}

gql_enum!(
    /// 诉求类型.
    TicketKind => minsheng_domain::Kind { Enquiry, Help, Complaint, Report, Suggestion, Praise }
);
gql_enum!(
    /// 紧急程度.
    Priority => minsheng_domain::Priority { Normal, Urgent, Critical }
);
gql_enum!(
    /// How the ticket reached the centre.
    Channel => minsheng_domain::Channel { Web, Phone, Email, Open311, Api }
);
gql_enum!(
    /// Lifecycle state (SPEC §4).
    TicketState => minsheng_domain::State {
        Submitted, Dispatched, Accepted, AwaitingResident, Replied, Closed, Returned, Refused,
        Withdrawn, Merged
    }
);
gql_enum!(
    /// The five levels of the 好差评 scheme.
    Satisfaction => minsheng_domain::Satisfaction {
        VerySatisfied, Satisfied, BasicallySatisfied, Dissatisfied, VeryDissatisfied
    }
);
gql_enum!(
    /// What a viewer can do to a ticket now.
    TicketAction => lifecycle::Action {
        File, Dispatch, Accept, Return, Redispatch, UpholdDispatch, AskResident, AnswerResident,
        RequestExtension, DecideExtension, Reply, Rate, Reopen, AutoClose, Merge, Refuse,
        Withdraw, Supervise, InternalNote
    }
);

pub(crate) fn parse_code<T: std::str::FromStr>(s: &str) -> ApiResult<T>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>()
        .map_err(|e| ApiError::internal(format!("stored code: {e}")))
}

/// A department, as anyone may see it.
pub struct Department(pub department::Model);

#[Object]
impl Department {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name_zh(&self) -> &str {
        &self.0.name_zh
    }
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(|p| ID(p.to_string()))
    }
    async fn active(&self) -> bool {
        self.0.active
    }
}

/// A category of matters, with its routing.
pub struct Category(pub category::Model);

#[Object]
impl Category {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name_zh(&self) -> &str {
        &self.0.name_zh
    }
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn group_name(&self) -> &str {
        &self.0.group_name
    }
    async fn default_kind(&self) -> ApiResult<TicketKind> {
        Ok(parse_code::<minsheng_domain::Kind>(&self.0.default_kind)?.into())
    }
    async fn active(&self) -> bool {
        self.0.active
    }
}

/// The complainant's contact details; masked when the complainant asked for confidentiality.
#[derive(SimpleObject)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// True when these details are masked (a confidential complainant).
    pub masked: bool,
}

/// One event in a ticket's history.
pub struct TicketEvent(pub ticket_event::Model);

#[Object]
impl TicketEvent {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// The event kind, e.g. `filed`, `dispatched`, `replied`, `yellow_card`.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Who acted: a role code, or `system`, `anonymous`, `api_client`.
    async fn actor_role(&self) -> Option<&str> {
        self.0.actor_role.as_deref()
    }
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }
    /// Structured details of the event (deadlines, reasons, departments).
    async fn details(&self) -> &serde_json::Value {
        &self.0.payload
    }
    /// Position in the tamper-evident log; null for the few milliseconds between the event's
    /// commit and its sealing into the chain.
    async fn seq(&self) -> Option<i64> {
        self.0.seq
    }
}

/// A timeline entry: an event, with the message that came with it.
pub struct TimelineItem(pub TimelineEntry);

#[Object]
impl TimelineItem {
    async fn event(&self) -> TicketEvent {
        TicketEvent(self.0.event.clone())
    }
    /// `question`, `answer`, `reply` or `note` (notes only for officials).
    async fn message_kind(&self) -> Option<&str> {
        self.0.message.as_ref().map(|m| m.message_kind.as_str())
    }
    async fn message(&self) -> Option<&str> {
        self.0.message.as_ref().map(|m| m.body.as_str())
    }
    /// The message's id: the files sent with it carry it as `Attachment.messageId`.
    async fn message_id(&self) -> Option<ID> {
        self.0.message.as_ref().map(|m| ID(m.id.to_string()))
    }
}

/// A request for more time.
pub struct ExtensionRequest(pub extension_request::Model);

#[Object]
impl ExtensionRequest {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn ticket_id(&self) -> ID {
        ID(self.0.ticket_id.to_string())
    }
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    async fn requested_due(&self) -> DateTime<Utc> {
        self.0.requested_due
    }
    /// `pending`, `approved` or `rejected`.
    async fn decision(&self) -> &str {
        &self.0.decision
    }
    async fn decision_note(&self) -> Option<&str> {
        self.0.decision_note.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A ticket as the viewer may see it.
pub struct Ticket {
    pub record: TicketRecord,
    pub viewer: Principal,
    pub now: DateTime<Utc>,
    /// The latest events, when the page that listed this ticket read them for all its rows in
    /// one query (see [`latest_events_wanted`]), with what was read.
    latest: Option<(LatestEventsShape, Vec<ticket_event::Model>)>,
}

impl Ticket {
    pub fn new(record: TicketRecord, viewer: Principal, now: DateTime<Utc>) -> Self {
        Self {
            record,
            viewer,
            now,
            latest: None,
        }
    }

    /// This ticket, with its latest events already read as `shape` says.
    #[must_use]
    pub fn with_latest_events(
        mut self,
        shape: LatestEventsShape,
        events: Vec<ticket_event::Model>,
    ) -> Self {
        self.latest = Some((shape, events));
        self
    }

    fn t(&self) -> &minsheng_store::entity::ticket::Model {
        &self.record.ticket
    }
}

/// Whether `viewer` is an official (and so sees officials-only events).
fn official(viewer: &Principal) -> bool {
    viewer
        .role()
        .is_some_and(minsheng_domain::Role::is_official)
}

/// What `latestEvents` reads, given its selection: payloads only for `details`.
fn event_columns(latest_events: async_graphql::Lookahead<'_>) -> EventColumns {
    if latest_events.field("details").exists() {
        EventColumns::WithPayload
    } else {
        EventColumns::WithoutPayload
    }
}

/// The latest events a page of tickets (a connection resolved in `ctx`) asks of every row, when
/// all its rows ask for the same: the page then reads them for all rows in one query as soon as
/// it has the rows, instead of each row queueing for the DataLoader. `None` when no row asks, or
/// when the selection asks in more than one way (the rows then use the loader).
pub fn latest_events_wanted(ctx: &Context<'_>, viewer: &Principal) -> Option<LatestEventsShape> {
    let page = ctx.look_ahead();
    let mut selections = page.field("nodes").field("latestEvents").selection_fields();
    selections.extend(
        page.field("edges")
            .field("node")
            .field("latestEvents")
            .selection_fields(),
    );
    let mut wanted: Option<LatestEventsShape> = None;
    for selection in selections {
        let first = match selection
            .arguments()
            .ok()?
            .iter()
            .find(|(n, _)| n == "first")
        {
            None => LATEST_EVENTS_DEFAULT,
            Some((_, async_graphql::Value::Number(n))) => usize::try_from(n.as_u64()?).ok()?,
            Some(_) => return None,
        };
        let shape = LatestEventsShape {
            official: official(viewer),
            first,
            columns: event_columns(selection.into()),
        };
        match wanted {
            Some(w) if w != shape => return None,
            _ => wanted = Some(shape),
        }
    }
    wanted
}

/// How many latest events a row shows when the query does not say.
const LATEST_EVENTS_DEFAULT: usize = 3;

#[Object]
impl Ticket {
    async fn id(&self) -> ID {
        ID(self.t().id.to_string())
    }
    /// The public reference, e.g. `MS-2026-000123`.
    async fn reference(&self) -> &str {
        &self.t().reference
    }
    async fn kind(&self) -> ApiResult<TicketKind> {
        Ok(parse_code::<minsheng_domain::Kind>(&self.t().kind)?.into())
    }
    async fn priority(&self) -> ApiResult<Priority> {
        Ok(parse_code::<minsheng_domain::Priority>(&self.t().priority)?.into())
    }
    async fn channel(&self) -> ApiResult<Channel> {
        Ok(parse_code::<minsheng_domain::Channel>(&self.t().channel)?.into())
    }
    async fn state(&self) -> ApiResult<TicketState> {
        Ok(parse_code::<minsheng_domain::State>(&self.t().state)?.into())
    }
    async fn title(&self) -> &str {
        &self.t().title
    }
    async fn description(&self) -> &str {
        &self.t().description
    }
    async fn address(&self) -> &str {
        &self.t().address
    }
    async fn district(&self) -> &str {
        &self.t().district
    }
    async fn latitude(&self) -> Option<f64> {
        self.t().latitude
    }
    async fn longitude(&self) -> Option<f64> {
        self.t().longitude
    }
    /// When the matter happened, as the resident told it.
    async fn occurred_at(&self) -> Option<DateTime<Utc>> {
        self.t().occurred_at
    }
    async fn category(&self, ctx: &Context<'_>) -> ApiResult<Option<Inline<Category>>> {
        Ok(category_of(ctx, self.t().category_id).await?.map(Inline))
    }
    async fn department(&self, ctx: &Context<'_>) -> ApiResult<Option<Inline<Department>>> {
        Ok(department_of(ctx, self.t().department_id)
            .await?
            .map(Inline))
    }
    /// The complainant's contact details, masked for a confidential complainant.
    async fn contact(&self) -> Contact {
        let t = self.t();
        Contact {
            name: t.contact_name.clone(),
            email: t.contact_email.clone(),
            phone: t.contact_phone.clone(),
            masked: self.record.identity_masked,
        }
    }
    async fn confidential(&self) -> bool {
        self.t().confidential
    }
    async fn anonymous(&self) -> bool {
        self.t().anonymous
    }
    async fn filed_at(&self) -> DateTime<Utc> {
        self.t().filed_at
    }
    async fn dispatched_at(&self) -> Option<DateTime<Utc>> {
        self.t().dispatched_at
    }
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.t().accepted_at
    }
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.t().replied_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.t().closed_at
    }
    /// The centre's own target for dispatching.
    async fn dispatch_due(&self) -> Option<DateTime<Utc>> {
        self.t().dispatch_due
    }
    async fn accept_due(&self) -> Option<DateTime<Utc>> {
        self.t().accept_due
    }
    /// The reply deadline (extended, and moved by pauses, where that happened).
    async fn reply_due(&self) -> Option<DateTime<Utc>> {
        self.t().reply_due
    }
    /// True while the reply clock is paused, waiting for the resident.
    async fn paused(&self) -> bool {
        self.t().reply_paused_at.is_some()
    }
    /// True when the reply deadline has passed and no reply has been given.
    async fn overdue(&self) -> bool {
        let t = self.t();
        matches!(t.state.as_str(), "dispatched" | "accepted")
            && t.reply_due.is_some_and(|d| d < self.now)
    }
    async fn deadline_version(&self) -> i32 {
        self.t().deadline_version
    }
    async fn extension_count(&self) -> i32 {
        self.t().extension_count
    }
    async fn redo_count(&self) -> i32 {
        self.t().redo_count
    }
    async fn return_count(&self) -> i32 {
        self.t().return_count
    }
    async fn department_count(&self) -> i32 {
        self.t().department_count
    }
    /// A problem ticket (疑难工单): 3 or more redos, or passed between 3 or more departments.
    async fn problem(&self) -> bool {
        self.t().redo_count >= 3 || self.t().department_count >= 3
    }
    async fn merged_into_id(&self) -> Option<ID> {
        self.t().merged_into_id.map(|p| ID(p.to_string()))
    }
    /// Pass this back as `expectedVersion` to act only if nobody changed the ticket meanwhile.
    async fn version(&self) -> i32 {
        self.t().version
    }
    /// What the viewer may do to this ticket now: the buttons to show.
    async fn available_actions(&self) -> ApiResult<Vec<TicketAction>> {
        let state = parse_code::<minsheng_domain::State>(&self.t().state)?;
        let actor = self.viewer.actor(Some(self.t()));
        Ok(available_actions(Some(state), actor)
            .into_iter()
            .filter(|a| *a != lifecycle::Action::AutoClose)
            .map(TicketAction::from)
            .collect())
    }
    /// Photos and documents, oldest first.
    async fn attachments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::attachments::Attachment>> {
        let loader = ctx.data::<DataLoader<super::attachments::AttachmentsLoader>>()?;
        Ok(loader
            .load_one(self.t().id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(super::attachments::Attachment)
            .collect())
    }
    /// Open tickets of the same category that may be the same matter, best first: the
    /// candidates to merge (agents and supervisors).
    async fn possible_duplicates(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 5, validator(minimum = 1, maximum = 20))] first: usize,
    ) -> async_graphql::Result<Vec<super::similar::DuplicateCandidate>> {
        // Boxed, as are `timeline` and `extension_requests`: their queries' futures are large,
        // and the future of every field of a ticket is as large as the largest (see
        // `boxed_field`).
        boxed_field(super::similar::possible_duplicates(
            ctx,
            &self.viewer,
            self.t().id,
            first,
        ))
        .await
    }
    /// The whole history, oldest first (internal notes only for officials).
    async fn timeline(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TimelineItem>> {
        let store = ctx.store();
        let entries = boxed_field(minsheng_store::tickets::read::timeline(
            store,
            &self.viewer,
            self.t().id,
        ))
        .await
        .map_err(ApiError::from)?;
        Ok(entries.into_iter().map(TimelineItem).collect())
    }
    /// The latest events, newest first (for queue rows).
    async fn latest_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            default_with = "LATEST_EVENTS_DEFAULT",
            validator(minimum = 1, maximum = 10)
        )]
        first: usize,
    ) -> async_graphql::Result<Vec<Inline<TicketEvent>>> {
        let shape = LatestEventsShape {
            official: official(&self.viewer),
            first,
            columns: event_columns(ctx.look_ahead()),
        };
        let events: Vec<ticket_event::Model> = match &self.latest {
            Some((read, events)) if *read == shape => events.clone(),
            _ => {
                let loader = ctx.data::<DataLoader<LatestEventsLoader>>()?;
                let key = LatestEventsKey {
                    ticket: self.t().id,
                    shape,
                };
                loader.load_one(key).await?.unwrap_or_default()
            }
        };
        Ok(events.into_iter().map(|e| Inline(TicketEvent(e))).collect())
    }
    /// Extension requests (officials only).
    async fn extension_requests(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<ExtensionRequest>> {
        if !self
            .viewer
            .role()
            .is_some_and(minsheng_domain::Role::is_official)
        {
            return Ok(Vec::new());
        }
        let store = ctx.store();
        let rows = boxed_field(minsheng_store::tickets::read::extension_requests(
            store,
            &self.viewer,
            self.t().id,
        ))
        .await
        .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(ExtensionRequest).collect())
    }
}

/// `fut` on the heap. async-graphql allocates and copies one future per selected field of every
/// object it resolves, as large as the object's largest field resolver: a resolver that awaits
/// a query inline made each of a queue row's fields a 3.5 kB allocation, copied on creation.
/// Boxing the rarely selected, query-running resolvers keeps the common fields small.
fn boxed_field<'a, T>(
    fut: impl std::future::Future<Output = T> + Send + 'a,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>> {
    Box::pin(fut)
}

/// Parses an `ID` argument as a UUID, naming the argument when it is not one.
pub fn parse_id(id: &ID, field: &'static str) -> ApiResult<Uuid> {
    Uuid::parse_str(id.as_str()).map_err(|_| ApiError::bad_input(field, "is not a valid id"))
}
