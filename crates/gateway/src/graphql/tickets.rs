//! Ticket queries and every lifecycle mutation (SPEC §4). Resolvers are thin: read the viewer,
//! validate input into domain types, call one store function, map the result.

use super::context::ContextExt;
use super::inline::Inline;
use super::loaders::latest_events_of;
use super::views::{
    Contact, Priority, Satisfaction, Ticket, TicketKind, TicketState, TimelineItem,
    latest_events_wanted, parse_id,
};
use crate::auth::{Viewer, ViewerExt};
use crate::error::{ApiError, ApiResult};
use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Upload};
use chrono::{DateTime, Utc};
use minsheng_domain::input::{
    Address, Description, Email, GeoPoint, Message, PersonName, Phone, Reason, Reference, Title,
};
use minsheng_domain::{Locale, Role};
use minsheng_store::tickets::read::{self, TicketFilter, TicketOrder};
use minsheng_store::tickets::{self, Command, NewTicket, OnBehalfOf};
use minsheng_store::{Principal, Store};
use std::collections::HashMap;
use uuid::Uuid;

/// Largest page a list returns.
pub const MAX_PAGE: usize = 100;

fn store<'a>(ctx: &'a Context<'_>) -> async_graphql::Result<&'a Store> {
    Ok(ctx.store())
}

/// The store's view of the caller. A token that was sent but refused is an error, so the client
/// knows to refresh rather than silently seeing the public view.
pub(crate) fn principal(ctx: &Context<'_>) -> ApiResult<Principal> {
    match ctx.viewer() {
        Viewer::InvalidToken => Err(ApiError::unauthenticated(
            "the access token is invalid or has expired",
        )),
        v => Ok(v.principal()),
    }
}

/// Total count alongside a connection's edges.
#[derive(SimpleObject)]
pub struct PageInfoExtra {
    pub total_count: u64,
}

/// Rows resolve their fields inline (`Inline`): a page selects about twenty fields per row.
pub type TicketConnection = Connection<usize, Inline<Ticket>, PageInfoExtra>;

/// Offset cursors: `after` is the index of the last item seen.
fn page_window(first: Option<i32>, after: Option<String>) -> ApiResult<(u64, u64)> {
    let first = first.unwrap_or(20);
    if !(1..=MAX_PAGE as i32).contains(&first) {
        return Err(ApiError::bad_input(
            "first",
            format!("must be 1 to {MAX_PAGE}"),
        ));
    }
    let offset = match after {
        None => 0,
        Some(c) => {
            // A position that fits in u32: a larger one is no cursor of ours, and would overflow
            // `+ 1` or the SQL OFFSET.
            let idx: u64 = async_graphql::connection::CursorType::decode_cursor(&c)
                .map(|i: u32| u64::from(i))
                .map_err(|_| ApiError::bad_input("after", "is not a cursor from this list"))?;
            idx + 1
        }
    };
    Ok((offset, first as u64))
}

async fn ticket_page(
    ctx: &Context<'_>,
    filter: TicketFilter,
    order: TicketOrder,
    first: Option<i32>,
    after: Option<String>,
) -> async_graphql::Result<TicketConnection> {
    let (offset, limit) = page_window(first, after)?;
    let viewer = principal(ctx)?;
    let now = ctx.now();
    // Counting a whole queue costs a query of its own: only when the client asks for it.
    let count_total = ctx.look_ahead().field("totalCount").exists();
    let page = read::list_counted(
        store(ctx)?,
        &viewer,
        &filter,
        order,
        (offset, limit),
        now,
        count_total,
    )
    .await
    .map_err(ApiError::from)?;
    ticket_connection(ctx, viewer, now, page).await
}

/// A page as a connection, `map` making each item a node.
pub fn connection<T, U: async_graphql::OutputType>(
    page: read::Page<T>,
    mut map: impl FnMut(T) -> U,
) -> Connection<usize, U, PageInfoExtra> {
    let offset = page.offset;
    let mut conn = Connection::with_additional_fields(
        offset > 0,
        page.has_next,
        PageInfoExtra {
            total_count: page.total,
        },
    );
    conn.edges.extend(
        page.items
            .into_iter()
            .enumerate()
            .map(|(i, item)| Edge::new(offset as usize + i, map(item))),
    );
    conn
}

/// A page of tickets as a connection. When the selection asks every row for the same latest
/// events, they are read here for the whole page in one query, rather than by each row through
/// the DataLoader (which waits for the rows to gather).
pub async fn ticket_connection(
    ctx: &Context<'_>,
    viewer: Principal,
    now: DateTime<Utc>,
    page: read::Page<read::TicketRecord>,
) -> async_graphql::Result<TicketConnection> {
    let shape = latest_events_wanted(ctx, &viewer).filter(|_| !page.items.is_empty());
    let mut events = match shape {
        Some(shape) => {
            let ids: Vec<Uuid> = page.items.iter().map(|r| r.ticket.id).collect();
            latest_events_of(ctx.store(), &ids, shape).await?
        }
        None => HashMap::new(),
    };
    Ok(connection(page, |record| {
        let id = record.ticket.id;
        let row = Ticket::new(record, viewer, now);
        Inline(match shape {
            Some(shape) => row.with_latest_events(shape, events.remove(&id).unwrap_or_default()),
            None => row,
        })
    }))
}

/// Filters for queues and searches.
#[derive(InputObject, Default)]
pub struct TicketFilterInput {
    pub states: Option<Vec<TicketState>>,
    pub priority: Option<Priority>,
    pub category_id: Option<ID>,
    /// Supervisors and agents may look at one department; staff always see their own.
    pub department_id: Option<ID>,
    /// Only tickets past their reply deadline (true) or only those that are not (false).
    pub overdue: Option<bool>,
    /// Matches the reference, title or description.
    #[graphql(validator(max_length = 100))]
    pub text: Option<String>,
    /// Only problem tickets (3+ redos or 3+ departments).
    pub problem: Option<bool>,
}

impl TicketFilterInput {
    fn into_filter(self) -> ApiResult<TicketFilter> {
        Ok(TicketFilter {
            states: self
                .states
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            priority: self.priority.map(Into::into),
            category_id: self
                .category_id
                .as_ref()
                .map(|c| parse_id(c, "categoryId"))
                .transpose()?,
            department_id: self
                .department_id
                .as_ref()
                .map(|d| parse_id(d, "departmentId"))
                .transpose()?,
            overdue: self.overdue,
            text: self.text,
            resident_id: None,
            problem: self.problem.unwrap_or(false),
        })
    }
}

/// A publicly tracked ticket: progress only, no personal data.
#[derive(SimpleObject)]
pub struct TrackedTicket {
    pub reference: String,
    pub state: TicketState,
    pub kind: TicketKind,
    pub title: String,
    pub filed_at: DateTime<Utc>,
    pub reply_due: Option<DateTime<Utc>>,
    pub replied_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub timeline: Vec<TimelineItem>,
    /// The files an official published (a photo of the fix, say); they download without signing
    /// in. Others need an account that may read the ticket.
    pub public_attachments: Vec<super::attachments::Attachment>,
}

#[derive(Default)]
pub struct TicketQuery;

#[Object]
impl TicketQuery {
    /// One ticket by id, if the viewer may read it.
    async fn ticket(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Ticket> {
        let viewer = principal(ctx)?;
        let id = parse_id(&id, "id")?;
        let record = read::get(store(ctx)?, &viewer, id)
            .await
            .map_err(ApiError::from)?;
        Ok(Ticket::new(record, viewer, ctx.now()))
    }

    /// One ticket by its public reference, if the viewer may read it.
    async fn ticket_by_reference(
        &self,
        ctx: &Context<'_>,
        reference: String,
    ) -> async_graphql::Result<Ticket> {
        let viewer = principal(ctx)?;
        let reference = Reference::parse(&reference).map_err(ApiError::from)?;
        let record = read::by_reference(store(ctx)?, &viewer, &reference)
            .await
            .map_err(ApiError::from)?;
        Ok(Ticket::new(record, viewer, ctx.now()))
    }

    /// Anonymous tracking with the reference and the secret tracking code.
    async fn track_ticket(
        &self,
        ctx: &Context<'_>,
        reference: String,
        #[graphql(validator(max_length = 64))] tracking_code: String,
    ) -> async_graphql::Result<TrackedTicket> {
        let reference = Reference::parse(&reference).map_err(ApiError::from)?;
        let s = store(ctx)?;
        let record = read::track(s, &reference, &tracking_code)
            .await
            .map_err(ApiError::from)?;
        let t = record.ticket;
        let timeline = read::public_timeline(s, t.id)
            .await
            .map_err(ApiError::from)?;
        let state: minsheng_domain::State = t
            .state
            .parse()
            .map_err(|e| ApiError::internal(format!("stored state: {e}")))?;
        let kind: minsheng_domain::Kind = t
            .kind
            .parse()
            .map_err(|e| ApiError::internal(format!("stored kind: {e}")))?;
        let public_attachments = minsheng_store::attachments::for_tickets(store(ctx)?, &[t.id])
            .await
            .map_err(ApiError::from)?
            .into_iter()
            .filter(|a| a.public)
            .map(super::attachments::Attachment)
            .collect();
        Ok(TrackedTicket {
            public_attachments,
            reference: t.reference,
            state: state.into(),
            kind: kind.into(),
            title: t.title,
            filed_at: t.filed_at,
            reply_due: t.reply_due,
            replied_at: t.replied_at,
            closed_at: t.closed_at,
            timeline: timeline.into_iter().map(TimelineItem).collect(),
        })
    }

    /// The signed-in resident's own tickets, newest first.
    async fn my_tickets(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<TicketConnection> {
        let viewer = principal(ctx)?;
        let Some(id) = viewer.user_id() else {
            return Err(ApiError::unauthenticated("sign in to see your tickets").into());
        };
        let filter = TicketFilter {
            resident_id: Some(id),
            ..TicketFilter::default()
        };
        ticket_page(ctx, filter, TicketOrder::FiledDesc, first, after).await
    }

    /// A department's open queue, most urgent first. Staff see their own department; agents and
    /// supervisors name one with `filter.departmentId`.
    async fn department_queue(
        &self,
        ctx: &Context<'_>,
        filter: Option<TicketFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<TicketConnection> {
        let viewer = principal(ctx)?;
        require(&viewer, &[Role::Staff, Role::Agent, Role::Supervisor])?;
        let mut f = filter.unwrap_or_default().into_filter()?;
        if f.states.is_empty() {
            f.states = vec![
                minsheng_domain::State::Dispatched,
                minsheng_domain::State::Accepted,
                minsheng_domain::State::AwaitingResident,
                minsheng_domain::State::Replied,
            ];
        }
        ticket_page(ctx, f, TicketOrder::ReplyDue, first, after).await
    }

    /// The hotline centre's inbox: submitted and returned tickets, oldest first.
    async fn inbox(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<TicketConnection> {
        let viewer = principal(ctx)?;
        require(&viewer, &[Role::Agent, Role::Supervisor])?;
        let f = TicketFilter {
            states: vec![
                minsheng_domain::State::Submitted,
                minsheng_domain::State::Returned,
            ],
            ..TicketFilter::default()
        };
        ticket_page(ctx, f, TicketOrder::FiledAsc, first, after).await
    }

    /// Search across every ticket the viewer may read (supervisors and agents: all of them).
    async fn search_tickets(
        &self,
        ctx: &Context<'_>,
        filter: Option<TicketFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<TicketConnection> {
        let viewer = principal(ctx)?;
        require(
            &viewer,
            &[Role::Agent, Role::Supervisor, Role::Staff, Role::Resident],
        )?;
        let f = filter.unwrap_or_default().into_filter()?;
        ticket_page(ctx, f, TicketOrder::FiledDesc, first, after).await
    }

    /// Departments, for dispatch pickers and public pages.
    async fn departments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::views::Department>> {
        let rows = minsheng_store::catalog::departments(store(ctx)?, false)
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(super::views::Department).collect())
    }

    /// Active categories, for the filing form.
    async fn categories(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<super::views::Category>> {
        let rows = minsheng_store::catalog::categories(store(ctx)?, false)
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(super::views::Category).collect())
    }
}

fn require(viewer: &Principal, roles: &[Role]) -> ApiResult<()> {
    match viewer.role() {
        None => Err(ApiError::unauthenticated("sign in first")),
        Some(r) if roles.contains(&r) => Ok(()),
        Some(_) => Err(ApiError::forbidden("your role cannot do this")),
    }
}

/// On whose behalf a ticket is filed (代办).
#[derive(InputObject)]
pub struct OnBehalfInput {
    /// How the filer relates to the person, e.g. "daughter", "neighbour", "caller".
    #[graphql(validator(min_length = 1, max_length = 50))]
    pub relationship: String,
}

/// A new ticket. The five elements (五要素): who (contact), when (`occurredAt`), where
/// (`address`/`district`/location), what (`title`), and the course of events (`description`).
#[derive(InputObject)]
pub struct FileTicketInput {
    pub kind: TicketKind,
    /// Only the hotline centre sets a priority other than normal.
    pub priority: Option<Priority>,
    pub category_id: Option<ID>,
    pub title: String,
    pub description: String,
    pub address: Option<String>,
    #[graphql(validator(max_length = 50))]
    pub district: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Keep the complainant's identity from the department (保密).
    #[graphql(default)]
    pub confidential: bool,
    /// Filed for someone who cannot use the web themselves (代办).
    pub on_behalf_of: Option<OnBehalfInput>,
    /// `zh-CN` (default) or `en`: the language of messages about this ticket.
    pub locale: Option<String>,
    /// A retry with the same key returns the same ticket.
    #[graphql(validator(min_length = 1, max_length = 200))]
    pub idempotency_key: Option<String>,
    /// Photos (JPEG, PNG, WebP) and PDF documents, sent as a multipart request. Photos lose
    /// their metadata (the GPS position above all) before they are stored.
    pub attachments: Option<Vec<Upload>>,
    /// The resident agrees that the GPS position in a photo may fill in the location, when no
    /// location is given.
    #[graphql(default)]
    pub location_from_photo: bool,
}

/// Parses an optional text input, reporting a bad value under the input's own field name.
fn opt<T>(
    v: Option<String>,
    field: &'static str,
    parse: impl Fn(&str) -> Result<T, minsheng_domain::ValidationError>,
) -> ApiResult<Option<T>> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse(s)
            .map(Some)
            .map_err(|e| ApiError::bad_input(field, e.rule)),
    }
}

impl FileTicketInput {
    fn into_new(self, channel: minsheng_domain::Channel) -> ApiResult<NewTicket> {
        let location = match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => Some(GeoPoint::parse(lat, lon).map_err(|e| {
                let field = if e.field == "lat" {
                    "latitude"
                } else {
                    "longitude"
                };
                ApiError::bad_input(field, e.rule)
            })?),
            (None, None) => None,
            _ => {
                return Err(ApiError::bad_input(
                    "latitude",
                    "give both latitude and longitude, or neither",
                ));
            }
        };
        let locale = match self.locale.as_deref() {
            None => Locale::ZhCn,
            Some(l) => l
                .parse()
                .map_err(|_| ApiError::bad_input("locale", "must be zh-CN or en"))?,
        };
        Ok(NewTicket {
            kind: self.kind.into(),
            priority: self
                .priority
                .map_or(minsheng_domain::Priority::Normal, Into::into),
            channel,
            category_id: self
                .category_id
                .as_ref()
                .map(|c| parse_id(c, "categoryId"))
                .transpose()?,
            title: Title::parse(&self.title)?,
            description: Description::parse(&self.description)?,
            address: opt(self.address, "address", Address::parse)?,
            district: self
                .district
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty()),
            location,
            occurred_at: self.occurred_at,
            contact_name: opt(self.contact_name, "contactName", PersonName::parse)?,
            contact_email: opt(self.contact_email, "contactEmail", Email::parse)?,
            contact_phone: opt(self.contact_phone, "contactPhone", Phone::parse)?,
            confidential: self.confidential,
            on_behalf_of: self.on_behalf_of.map(|o| OnBehalfOf {
                relationship: o.relationship,
            }),
            locale,
            idempotency_key: self.idempotency_key,
        })
    }
}

/// The result of filing.
#[derive(SimpleObject)]
pub struct FileTicketPayload {
    pub ticket: Ticket,
    /// For anonymous filers only, shown once: keep it to track the ticket.
    pub tracking_code: Option<String>,
    /// True when this was a retry and the ticket had already been filed.
    pub replayed: bool,
}

#[derive(Default)]
pub struct TicketMutation;

/// Runs one transition and returns the ticket as the viewer now sees it.
async fn run(
    ctx: &Context<'_>,
    id: &ID,
    cmd: Command,
    expected_version: Option<i32>,
) -> async_graphql::Result<Ticket> {
    run_with_files(ctx, id, cmd, expected_version, None).await
}

/// [`run`], attaching uploaded files to the message the transition writes.
async fn run_with_files(
    ctx: &Context<'_>,
    id: &ID,
    cmd: Command,
    expected_version: Option<i32>,
    uploads: Option<Vec<Upload>>,
) -> async_graphql::Result<Ticket> {
    let viewer = principal(ctx)?;
    if matches!(viewer, Principal::Anonymous) {
        return Err(ApiError::unauthenticated("sign in first").into());
    }
    let id = parse_id(id, "id")?;
    let now = ctx.now();
    let s = store(ctx)?;
    match super::attachments::stage_uploads(ctx, uploads).await? {
        None => {
            tickets::act(s, &viewer, id, cmd, expected_version, now)
                .await
                .map_err(ApiError::from)?;
        }
        Some(staged) => {
            let limits = super::attachments::limits(ctx)?;
            let done = minsheng_store::attachments::act_with_files(
                s,
                &viewer,
                id,
                cmd,
                expected_version,
                (&staged, limits),
                now,
            )
            .await;
            if let Err(e) = done {
                staged.discard().await;
                return Err(ApiError::from(e).into());
            }
        }
    }
    // Read back through the viewer's scope, so masking applies as on any read.
    let record = read::get(s, &viewer, id).await.map_err(ApiError::from)?;
    Ok(Ticket::new(record, viewer, now))
}

fn reason(s: &str) -> ApiResult<Reason> {
    Ok(Reason::parse(s)?)
}

fn message(s: &str, field: &'static str) -> ApiResult<Message> {
    Message::parse(s).map_err(|e| ApiError::bad_input(field, e.rule))
}

#[Object]
impl TicketMutation {
    /// Files a ticket: a resident (or anyone, anonymously), an agent for a phone caller, or a
    /// family member on someone's behalf.
    async fn file_ticket(
        &self,
        ctx: &Context<'_>,
        input: FileTicketInput,
    ) -> async_graphql::Result<FileTicketPayload> {
        let viewer = principal(ctx)?;
        let channel = match viewer.role() {
            Some(Role::Agent) => minsheng_domain::Channel::Phone,
            _ => minsheng_domain::Channel::Web,
        };
        let mut input = input;
        let uploads = input.attachments.take();
        let location_from_photo = input.location_from_photo;
        let mut new = input.into_new(channel)?;
        let staged = super::attachments::stage_uploads(ctx, uploads).await?;
        if location_from_photo && new.location.is_none() {
            new.location = staged.as_ref().and_then(|s| s.gps());
        }
        let limits = super::attachments::limits(ctx)?;
        let now = ctx.now();
        let filed = match tickets::file_with_files(
            store(ctx)?,
            &viewer,
            new,
            staged.as_ref().map(|s| (s, limits)),
            now,
        )
        .await
        {
            Ok(f) => f,
            Err(e) => {
                if let Some(s) = staged {
                    s.discard().await;
                }
                return Err(ApiError::from(e).into());
            }
        };
        let record = minsheng_store::tickets::TicketRecord {
            identity_masked: false,
            ticket: filed.ticket,
        };
        Ok(FileTicketPayload {
            ticket: Ticket::new(record, viewer, now),
            tracking_code: filed.tracking_code,
            replayed: filed.replayed,
        })
    }

    /// Dispatches a submitted ticket to a department (派单).
    async fn dispatch_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        department_id: ID,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let department_id = parse_id(&department_id, "departmentId")?;
        run(
            ctx,
            &id,
            Command::Dispatch { department_id },
            expected_version,
        )
        .await
    }

    /// Signs for a ticket on behalf of the department (签收).
    async fn accept_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        run(ctx, &id, Command::Accept, expected_version).await
    }

    /// Returns a misrouted ticket to the centre, with a reason (退单). The department keeps
    /// read access to what it returned until the ticket is re-dispatched elsewhere.
    async fn return_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let r = self::reason(&reason)?;
        run(ctx, &id, Command::Return { reason: r }, expected_version).await
    }

    /// Sends a returned ticket to another department (改派).
    async fn redispatch_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        department_id: ID,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let department_id = parse_id(&department_id, "departmentId")?;
        run(
            ctx,
            &id,
            Command::Redispatch { department_id },
            expected_version,
        )
        .await
    }

    /// Upholds the original dispatch of a returned ticket: an improper return (不当退单).
    async fn uphold_dispatch(
        &self,
        ctx: &Context<'_>,
        id: ID,
        note: Option<String>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let note = note.as_deref().map(reason).transpose()?;
        run(ctx, &id, Command::UpholdDispatch { note }, expected_version).await
    }

    /// Asks the resident for more information (补充材料); the reply clock pauses.
    async fn ask_resident(
        &self,
        ctx: &Context<'_>,
        id: ID,
        question: String,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let question = message(&question, "question")?;
        run(
            ctx,
            &id,
            Command::AskResident { question },
            expected_version,
        )
        .await
    }

    /// The resident answers the department's question; the reply clock resumes.
    async fn answer_question(
        &self,
        ctx: &Context<'_>,
        id: ID,
        answer: String,
        expected_version: Option<i32>,
        #[graphql(desc = "Photos or documents that go with the answer (multipart request).")]
        attachments: Option<Vec<Upload>>,
    ) -> async_graphql::Result<Ticket> {
        let answer = message(&answer, "answer")?;
        run_with_files(
            ctx,
            &id,
            Command::AnswerResident { answer },
            expected_version,
            attachments,
        )
        .await
    }

    /// Asks for more time (延期), with a reason and the new due date.
    async fn request_extension(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
        requested_due: DateTime<Utc>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let reason = self::reason(&reason)?;
        run(
            ctx,
            &id,
            Command::RequestExtension {
                reason,
                requested_due,
            },
            expected_version,
        )
        .await
    }

    /// Approves or rejects an extension request.
    async fn decide_extension(
        &self,
        ctx: &Context<'_>,
        id: ID,
        request_id: ID,
        approve: bool,
        note: Option<String>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let request_id = parse_id(&request_id, "requestId")?;
        let note = note.as_deref().map(reason).transpose()?;
        run(
            ctx,
            &id,
            Command::DecideExtension {
                request_id,
                approve,
                note,
            },
            expected_version,
        )
        .await
    }

    /// Publishes the department's official answer (答复).
    async fn reply_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        body: String,
        expected_version: Option<i32>,
        #[graphql(desc = "Proof of the fix: photos or documents (multipart request).")]
        attachments: Option<Vec<Upload>>,
    ) -> async_graphql::Result<Ticket> {
        let body = message(&body, "body")?;
        run_with_files(
            ctx,
            &id,
            Command::Reply { body },
            expected_version,
            attachments,
        )
        .await
    }

    /// Rates the answer (评价): solved or not, and one of five levels. A dissatisfied rating
    /// reopens the ticket for a redo.
    async fn rate_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        solved: bool,
        satisfaction: Satisfaction,
        comment: Option<String>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let comment = comment
            .as_deref()
            .filter(|c| !c.trim().is_empty())
            .map(|c| message(c, "comment"))
            .transpose()?;
        run(
            ctx,
            &id,
            Command::Rate {
                solved,
                satisfaction: satisfaction.into(),
                comment,
            },
            expected_version,
        )
        .await
    }

    /// Reopens a replied or closed ticket within the reopen window (重办).
    async fn reopen_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let reason = self::reason(&reason)?;
        run(ctx, &id, Command::Reopen { reason }, expected_version).await
    }

    /// Merges a duplicate into a parent ticket (并单).
    async fn merge_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        parent_id: ID,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let parent_id = parse_id(&parent_id, "parentId")?;
        run(ctx, &id, Command::Merge { parent_id }, expected_version).await
    }

    /// Declines an out-of-scope ticket, with a reason (不予受理).
    async fn refuse_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let reason = self::reason(&reason)?;
        run(ctx, &id, Command::Refuse { reason }, expected_version).await
    }

    /// The resident withdraws their ticket.
    async fn withdraw_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: Option<String>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let reason = reason
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .map(self::reason)
            .transpose()?;
        run(ctx, &id, Command::Withdraw { reason }, expected_version).await
    }

    /// Issues a supervision order (督办单) to the ticket's department.
    async fn supervise_ticket(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
        due_at: Option<DateTime<Utc>>,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let reason = self::reason(&reason)?;
        run(
            ctx,
            &id,
            Command::Supervise { reason, due_at },
            expected_version,
        )
        .await
    }

    /// Adds a note that only officials see.
    async fn add_internal_note(
        &self,
        ctx: &Context<'_>,
        id: ID,
        body: String,
        expected_version: Option<i32>,
    ) -> async_graphql::Result<Ticket> {
        let body = message(&body, "body")?;
        run(ctx, &id, Command::InternalNote { body }, expected_version).await
    }

    /// Shows a confidential complainant's real details to an agent or supervisor. Every reveal
    /// is logged.
    async fn reveal_identity(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Contact> {
        let viewer = principal(ctx)?;
        let id = parse_id(&id, "id")?;
        let t = read::reveal_identity(store(ctx)?, &viewer, id, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(Contact {
            name: t.contact_name,
            email: t.contact_email,
            phone: t.contact_phone,
            masked: false,
        })
    }
}
