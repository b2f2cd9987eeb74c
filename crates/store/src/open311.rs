//! Open311 GeoReport v2 (SPEC §11): API keys, their rate limit, filing through the one domain
//! path, and the public, non-personal view of tickets that GeoReport clients read.
//!
//! Keys are random 256-bit secrets, shown once and stored only as a SHA-256 hash with a short
//! prefix for people to recognise them by. Each key's requests are counted per minute in the
//! database, so the limit holds across server instances. Issuing and revoking a key are audited
//! in the event chain like every other configuration change.
//!
//! What a GeoReport client may read carries no personal data: contact details are never
//! included, telephone numbers and email addresses are blanked out of free text, and of a
//! confidential ticket or a report (举报) only the category, status, department and dates are
//! shown, because its text and location could point at the person behind it.

use crate::Store;
use crate::chain::{EventActor, append_event, db_instant};
use crate::entity::{
    category, department, open311_key, open311_media, open311_rate_window, ticket, ticket_message,
};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use crate::tickets::{self, NewTicket};
use chrono::{DateTime, Duration, Utc};
use minsheng_domain::input::{Address, Description, Email, GeoPoint, PersonName, Phone, Title};
use minsheng_domain::{Channel, Kind, Locale, Priority, Role, State, ValidationError};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Statement,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use uuid::Uuid;

/// What every key starts with, so a leaked key is recognisable in a log or a repository.
pub const KEY_PREFIX: &str = "ms311_";
/// How many characters of a key are kept in clear, for people to tell keys apart.
const SHOWN_PREFIX_CHARS: usize = KEY_PREFIX.len() + 6;
/// The GeoReport v2 default search window when a client gives no dates, and the longest one.
pub const DEFAULT_WINDOW_DAYS: i64 = 90;
/// The GeoReport v2 default (and here: largest) number of requests one search returns.
pub const MAX_RESULTS: u64 = 1000;
/// The rate limit of a new key when its issuer names none.
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 60;
/// Counter rows older than this many minutes are removed when a key starts a new minute.
const KEEP_MINUTES: i64 = 10;

// ---- API keys ------------------------------------------------------------------------------

/// An API key as administrators see it: never the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyView {
    pub id: Uuid,
    pub name: String,
    /// The first characters of the key, e.g. `ms311_3fa94c`.
    pub key_prefix: String,
    pub rate_limit_per_minute: u32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<open311_key::Model> for KeyView {
    fn from(m: open311_key::Model) -> Self {
        KeyView {
            id: m.id,
            name: m.name,
            key_prefix: m.key_prefix,
            rate_limit_per_minute: u32::try_from(m.rate_limit_per_minute).unwrap_or(0),
            created_by: m.created_by,
            created_at: m.created_at,
            revoked_at: m.revoked_at,
        }
    }
}

/// A key just issued: the only moment its secret exists outside the client that holds it.
#[derive(Clone)]
pub struct IssuedKey {
    pub key: KeyView,
    pub secret: String,
}

impl fmt::Debug for IssuedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedKey")
            .field("key", &self.key)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// Who may manage keys: administrators, and the operator's command line (the system).
fn key_manager(who: &Principal) -> StoreResult<(EventActor, Option<Uuid>)> {
    match *who {
        Principal::User {
            id,
            role: Role::Admin,
            ..
        } => Ok((EventActor::person(id, Role::Admin), Some(id))),
        Principal::System => Ok((EventActor::SYSTEM, None)),
        _ => Err(StoreError::Forbidden(
            "only administrators manage Open311 API keys".into(),
        )),
    }
}

fn hash_key(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{KEY_PREFIX}{}", hex::encode(bytes))
}

fn key_name(raw: &str) -> StoreResult<String> {
    let n = raw.trim();
    if n.is_empty() || n.chars().count() > 100 || n.chars().any(char::is_control) {
        return Err(StoreError::invalid(
            "name",
            "must be 1–100 characters of plain text",
        ));
    }
    Ok(n.to_owned())
}

async fn audit<C: ConnectionTrait>(
    txn: &C,
    actor: EventActor,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    append_event(
        txn,
        None,
        actor,
        "config_changed",
        json!({ "what": "open311_key", "details": details }),
        now,
    )
    .await?;
    Ok(())
}

/// Issues a new key named `name`, allowed `rate_limit_per_minute` requests a minute (default
/// [`DEFAULT_RATE_LIMIT_PER_MINUTE`]). The secret is in the result and nowhere else.
pub async fn create_key(
    store: &Store,
    who: &Principal,
    name: &str,
    rate_limit_per_minute: Option<u32>,
    now: DateTime<Utc>,
) -> StoreResult<IssuedKey> {
    let (actor, created_by) = key_manager(who)?;
    let name = key_name(name)?;
    let limit = rate_limit_per_minute.unwrap_or(DEFAULT_RATE_LIMIT_PER_MINUTE);
    if !(1..=100_000).contains(&limit) {
        return Err(StoreError::invalid(
            "rateLimitPerMinute",
            "must be between 1 and 100000",
        ));
    }
    let limit_db = i32::try_from(limit)
        .map_err(|_| StoreError::invalid("rateLimitPerMinute", "is too large"))?;
    let now = db_instant(now);
    let secret = new_secret();
    let prefix: String = secret.chars().take(SHOWN_PREFIX_CHARS).collect();
    let w = store.write().await?;
    let txn = w.conn();
    let model = open311_key::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(name),
        key_prefix: Set(prefix),
        key_hash: Set(hash_key(&secret)),
        rate_limit_per_minute: Set(limit_db),
        created_by: Set(created_by),
        revoked_at: Set(None),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    audit(
        txn,
        actor,
        json!({
            "action": "created",
            "id": model.id,
            "name": model.name,
            "key_prefix": model.key_prefix,
            "rate_limit_per_minute": model.rate_limit_per_minute,
        }),
        now,
    )
    .await?;
    w.commit().await?;
    Ok(IssuedKey {
        key: model.into(),
        secret,
    })
}

/// Revokes a key: it is refused from now on. Revoking a revoked key changes nothing.
pub async fn revoke_key(
    store: &Store,
    who: &Principal,
    id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<KeyView> {
    let (actor, _) = key_manager(who)?;
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let key = open311_key::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    if key.revoked_at.is_some() {
        return Ok(key.into());
    }
    let mut am: open311_key::ActiveModel = key.into();
    am.revoked_at = Set(Some(now));
    let model = am.update(txn).await?;
    audit(
        txn,
        actor,
        json!({ "action": "revoked", "id": model.id, "key_prefix": model.key_prefix }),
        now,
    )
    .await?;
    w.commit().await?;
    Ok(model.into())
}

/// Every key, newest first (administrators).
pub async fn list_keys(store: &Store, who: &Principal) -> StoreResult<Vec<KeyView>> {
    key_manager(who)?;
    Ok(open311_key::Entity::find()
        .order_by_desc(open311_key::Column::CreatedAt)
        .order_by_desc(open311_key::Column::Id)
        .all(&store.db)
        .await?
        .into_iter()
        .map(KeyView::from)
        .collect())
}

/// The key a client presented, if it is one we issued and have not revoked. The secret is
/// compared by its hash, through the unique index: no byte of it is compared in a way whose
/// timing depends on how much of it was right.
pub async fn authenticate(store: &Store, presented: &str) -> StoreResult<KeyView> {
    let presented = presented.trim();
    if presented.is_empty() {
        return Err(StoreError::Forbidden("api_key is required".into()));
    }
    let key = open311_key::Entity::find()
        .filter(open311_key::Column::KeyHash.eq(hash_key(presented)))
        .one(&store.db)
        .await?
        .ok_or_else(|| StoreError::Forbidden("api_key is not valid".into()))?;
    if key.revoked_at.is_some() {
        return Err(StoreError::Forbidden("api_key has been revoked".into()));
    }
    Ok(key.into())
}

/// Counts one request against `key`'s limit for the current minute, and refuses it
/// ([`StoreError::RateLimited`]) once the limit is passed. The count is one atomic upsert, so
/// every server instance sees the same number.
pub async fn charge(store: &Store, key: &KeyView, now: DateTime<Utc>) -> StoreResult<()> {
    let minute = now.timestamp().div_euclid(60);
    let w = store.write().await?;
    let txn = w.conn();
    let backend = txn.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Postgres => {
            "INSERT INTO open311_rate_windows (key_id, minute, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (key_id, minute) DO UPDATE SET hits = open311_rate_windows.hits + 1 \
             RETURNING hits"
        }
        _ => {
            "INSERT INTO open311_rate_windows (key_id, minute, hits) VALUES (?, ?, 1) \
             ON CONFLICT (key_id, minute) DO UPDATE SET hits = open311_rate_windows.hits + 1 \
             RETURNING hits"
        }
    };
    let row = txn
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [key.id.into(), minute.into()],
        ))
        .await?
        .ok_or_else(|| StoreError::internal("the rate counter returned no row"))?;
    let hits: i32 = row.try_get_by_index(0)?;
    if hits == 1 {
        // A new minute for this key: forget the old ones.
        open311_rate_window::Entity::delete_many()
            .filter(open311_rate_window::Column::KeyId.eq(key.id))
            .filter(open311_rate_window::Column::Minute.lt(minute - KEEP_MINUTES))
            .exec(txn)
            .await?;
    }
    w.commit().await?;
    if u32::try_from(hits).unwrap_or(u32::MAX) > key.rate_limit_per_minute {
        return Err(StoreError::RateLimited);
    }
    Ok(())
}

// ---- services --------------------------------------------------------------------------------

/// The services offered: one per active category, by code.
pub async fn services(store: &Store) -> StoreResult<Vec<category::Model>> {
    crate::catalog::categories(store, false).await
}

/// One active category by its service code.
pub async fn service(store: &Store, code: &str) -> StoreResult<category::Model> {
    category::Entity::find()
        .filter(category::Column::Code.eq(code.trim().to_ascii_lowercase()))
        .filter(category::Column::Active.eq(true))
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)
}

// ---- filing ------------------------------------------------------------------------------------

/// A link to a photo of the problem, hosted by the client (GeoReport `media_url`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaUrl(String);

impl MediaUrl {
    pub const MAX_CHARS: usize = 2000;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let s = raw.trim();
        let lower = s.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            return Err(ValidationError::new(
                "media_url",
                "must be an http or https URL",
            ));
        }
        if s.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::new(
                "media_url",
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
        {
            return Err(ValidationError::new(
                "media_url",
                "must not contain spaces, quotes or angle brackets",
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A GeoReport v2 service request, already validated field by field.
#[derive(Debug, Clone)]
pub struct Submission {
    pub service_code: String,
    pub description: Description,
    pub location: Option<GeoPoint>,
    pub address: Option<Address>,
    pub contact_name: Option<PersonName>,
    pub contact_email: Option<Email>,
    pub contact_phone: Option<Phone>,
    pub media_url: Option<MediaUrl>,
    pub locale: Locale,
}

/// A ticket's one-line title, from the first line of what the resident wrote.
fn title_from(description: &Description, fallback: &str) -> StoreResult<Title> {
    const CHARS: usize = 30;
    let first = description
        .as_str()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let mut title: String = first.chars().take(CHARS).collect();
    if first.chars().count() > CHARS {
        title.push('…');
    }
    match Title::parse(&title) {
        Ok(t) => Ok(t),
        Err(_) => Ok(Title::parse(fallback)?),
    }
}

/// Files a GeoReport request for the client holding `key_id`, through [`tickets::file`]: the
/// same validation, routing, deadlines, events and outbox as every other channel. The kind is
/// the category's usual kind; the priority is normal (only the hotline centre raises it).
pub async fn file_request(
    store: &Store,
    key_id: Uuid,
    submission: Submission,
    now: DateTime<Utc>,
) -> StoreResult<PublicRequest> {
    let cat = service(store, &submission.service_code)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => StoreError::invalid("service_code", "no such service"),
            other => other,
        })?;
    let kind: Kind = cat
        .default_kind
        .parse()
        .map_err(|e| StoreError::internal(format!("category {}: {e}", cat.id)))?;
    let new = NewTicket {
        kind,
        priority: Priority::Normal,
        channel: Channel::Open311,
        category_id: Some(cat.id),
        title: title_from(&submission.description, &cat.name_zh)?,
        description: submission.description,
        address: submission.address,
        district: None,
        location: submission.location,
        occurred_at: None,
        contact_name: submission.contact_name,
        contact_email: submission.contact_email,
        contact_phone: submission.contact_phone,
        confidential: false,
        on_behalf_of: None,
        locale: submission.locale,
        idempotency_key: None,
    };
    let filed = tickets::file(store, &Principal::ApiClient { key_id }, new, now).await?;
    let ticket_id = filed.ticket.id;
    if let Some(url) = submission.media_url {
        // The ticket is filed and must not be filed twice by a retry; a photo link that could
        // not be kept is logged, not turned into a failure.
        if let Err(e) = keep_media(store, ticket_id, url, now).await {
            tracing::error!(ticket_id = %ticket_id, error = %e, "could not keep an Open311 media_url");
        }
    }
    let mut found = public_rows(store, vec![filed.ticket]).await?;
    found
        .pop()
        .ok_or_else(|| StoreError::internal("a filed ticket vanished"))
}

async fn keep_media(
    store: &Store,
    ticket_id: Uuid,
    url: MediaUrl,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let w = store.write().await?;
    open311_media::Entity::insert(open311_media::ActiveModel {
        ticket_id: Set(ticket_id),
        media_url: Set(url.0),
        created_at: Set(db_instant(now)),
    })
    .exec_without_returning(w.conn())
    .await?;
    w.commit().await
}

// ---- public reads ------------------------------------------------------------------------------

/// A service (category) as a request names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceName {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
}

/// The department responsible for a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    pub name_zh: String,
    pub name_en: String,
}

/// A ticket as anyone may see it over GeoReport v2. Nothing here identifies the resident.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicRequest {
    /// The internal id, which is also the GeoReport `token` of a request filed over Open311.
    pub ticket_id: Uuid,
    /// The public reference (`service_request_id`).
    pub reference: String,
    pub state: State,
    /// The public reply, once there is one.
    pub status_notes: Option<String>,
    pub service: Option<ServiceName>,
    pub description: Option<String>,
    pub agency: Option<Agency>,
    pub requested_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The reply deadline, while one runs.
    pub expected_at: Option<DateTime<Utc>>,
    pub address: Option<String>,
    pub location: Option<GeoPoint>,
    pub media_url: Option<String>,
}

impl PublicRequest {
    /// GeoReport's `status`: `open` until the ticket is closed, refused, withdrawn or merged.
    pub fn is_open(&self) -> bool {
        self.state.is_open()
    }
}

/// GeoReport's `status` filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed,
}

/// A search of requests (GeoReport `GET requests`).
#[derive(Debug, Clone, Default)]
pub struct RequestQuery {
    /// When given, exactly these references are returned, and the other filters are ignored.
    pub references: Vec<String>,
    pub service_codes: Vec<String>,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    /// Empty means both.
    pub statuses: Vec<Status>,
}

/// The `requested_datetime` window of a search: GeoReport's default of the last 90 days, and
/// never more than 90 days.
pub fn search_window(
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), ValidationError> {
    let span = Duration::days(DEFAULT_WINDOW_DAYS);
    let (start, end) = match (start, end) {
        (None, None) => (now - span, now),
        (Some(s), None) => (s, s + span),
        (None, Some(e)) => (e - span, e),
        (Some(s), Some(e)) => (s, e),
    };
    if end < start {
        return Err(ValidationError::new(
            "end_date",
            "must not be before start_date",
        ));
    }
    if end - start > span {
        return Err(ValidationError::new(
            "end_date",
            format!("the range may span at most {DEFAULT_WINDOW_DAYS} days"),
        ));
    }
    Ok((start, end))
}

/// Requests matching `query`, newest first, at most [`MAX_RESULTS`].
pub async fn search(
    store: &Store,
    query: &RequestQuery,
    now: DateTime<Utc>,
) -> StoreResult<Vec<PublicRequest>> {
    let mut q = ticket::Entity::find();
    if query.references.is_empty() {
        let (start, end) = search_window(query.start, query.end, now)?;
        q = q
            .filter(ticket::Column::FiledAt.gte(db_instant(start)))
            .filter(ticket::Column::FiledAt.lte(db_instant(end)));
        if !query.service_codes.is_empty() {
            let codes: Vec<String> = query
                .service_codes
                .iter()
                .map(|c| c.trim().to_ascii_lowercase())
                .collect();
            let ids: Vec<Uuid> = category::Entity::find()
                .filter(category::Column::Code.is_in(codes))
                .all(&store.db)
                .await?
                .into_iter()
                .map(|c| c.id)
                .collect();
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            q = q.filter(ticket::Column::CategoryId.is_in(ids));
        }
        let wants_open = query.statuses.contains(&Status::Open);
        let wants_closed = query.statuses.contains(&Status::Closed);
        if wants_open != wants_closed {
            let states = State::ALL
                .iter()
                .filter(|s| s.is_open() == wants_open)
                .map(|s| s.as_str());
            q = q.filter(ticket::Column::State.is_in(states));
        }
    } else {
        q = q.filter(ticket::Column::Reference.is_in(query.references.iter().cloned()));
    }
    let rows = q
        .order_by_desc(ticket::Column::FiledAt)
        .order_by_desc(ticket::Column::Id)
        .limit(MAX_RESULTS)
        .all(&store.db)
        .await?;
    public_rows(store, rows).await
}

/// One request by its public reference.
pub async fn by_reference(store: &Store, reference: &str) -> StoreResult<PublicRequest> {
    let row = ticket::Entity::find()
        .filter(ticket::Column::Reference.eq(reference.trim().to_ascii_uppercase()))
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    public_rows(store, vec![row])
        .await?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// The request a GeoReport `token` stands for. Tokens are the ids of tickets filed over Open311.
pub async fn by_token(store: &Store, token: Uuid) -> StoreResult<PublicRequest> {
    let row = ticket::Entity::find_by_id(token)
        .filter(ticket::Column::Open311KeyId.is_not_null())
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    public_rows(store, vec![row])
        .await?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// The time zone the city's default business calendar shows times in, when one is configured.
pub async fn city_time_zone(store: &Store) -> StoreResult<Option<String>> {
    let Some(policy) = crate::entity::sla_policy::Entity::find()
        .filter(crate::entity::sla_policy::Column::IsDefault.eq(true))
        .one(&store.db)
        .await?
    else {
        return Ok(None);
    };
    Ok(
        crate::entity::business_calendar::Entity::find_by_id(policy.calendar_id)
            .one(&store.db)
            .await?
            .map(|c| c.time_zone),
    )
}

/// Turns ticket rows into their public view, in the same order, with three batched look-ups.
async fn public_rows(store: &Store, rows: Vec<ticket::Model>) -> StoreResult<Vec<PublicRequest>> {
    let ids: Vec<Uuid> = rows.iter().map(|t| t.id).collect();
    let category_ids: Vec<Uuid> = rows.iter().filter_map(|t| t.category_id).collect();
    let department_ids: Vec<Uuid> = rows.iter().filter_map(|t| t.department_id).collect();
    let categories: HashMap<Uuid, category::Model> =
        crate::catalog::categories_by_ids(store, &category_ids)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let departments: HashMap<Uuid, department::Model> =
        crate::catalog::departments_by_ids(store, &department_ids)
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
    let mut replies: HashMap<Uuid, String> = HashMap::new();
    let mut media: HashMap<Uuid, String> = HashMap::new();
    if !ids.is_empty() {
        // Oldest first, so the latest reply of each ticket is the one kept.
        for m in ticket_message::Entity::find()
            .filter(ticket_message::Column::TicketId.is_in(ids.iter().copied()))
            .filter(ticket_message::Column::MessageKind.eq("reply"))
            .order_by_asc(ticket_message::Column::CreatedAt)
            .all(&store.db)
            .await?
        {
            replies.insert(m.ticket_id, m.body);
        }
        for m in open311_media::Entity::find()
            .filter(open311_media::Column::TicketId.is_in(ids.iter().copied()))
            .all(&store.db)
            .await?
        {
            media.insert(m.ticket_id, m.media_url);
        }
    }
    rows.into_iter()
        .map(|t| {
            let state: State = t
                .state
                .parse()
                .map_err(|e| StoreError::internal(format!("ticket {}: {e}", t.id)))?;
            // A confidential complainant, or someone reporting wrongdoing, could be found from
            // what they wrote or where: show neither.
            let withheld = t.confidential || t.kind == Kind::Report.as_str();
            let answered = matches!(state, State::Replied | State::Closed);
            let location = match (t.latitude, t.longitude) {
                (Some(lat), Some(lon)) if !withheld => GeoPoint::parse(lat, lon).ok(),
                _ => None,
            };
            Ok(PublicRequest {
                ticket_id: t.id,
                reference: t.reference,
                state,
                status_notes: if answered && !withheld {
                    replies.get(&t.id).map(|r| redact_contact_details(r))
                } else {
                    None
                },
                service: t
                    .category_id
                    .and_then(|c| categories.get(&c))
                    .map(|c| ServiceName {
                        code: c.code.clone(),
                        name_zh: c.name_zh.clone(),
                        name_en: c.name_en.clone(),
                    }),
                description: (!withheld).then(|| redact_contact_details(&t.description)),
                agency: t
                    .department_id
                    .and_then(|d| departments.get(&d))
                    .map(|d| Agency {
                        name_zh: d.name_zh.clone(),
                        name_en: d.name_en.clone(),
                    }),
                requested_at: t.filed_at,
                updated_at: t.updated_at,
                expected_at: if state.is_open() { t.reply_due } else { None },
                address: (!withheld && !t.address.is_empty())
                    .then(|| redact_contact_details(&t.address)),
                location,
                media_url: if withheld {
                    None
                } else {
                    media.get(&t.id).cloned()
                },
            })
        })
        .collect()
}

/// Blanks out what looks like a telephone number, an identity-card number or an email address
/// in free text that is about to be published. Residents sometimes write their number into the
/// description; GeoReport clients publish descriptions.
pub fn redact_contact_details(text: &str) -> String {
    const BLANK: &str = "***";
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // An email address: a run of address characters around one '@' with a dot after it.
        if chars[i] == '@' {
            let local_start = {
                let mut s = out.len();
                for (idx, c) in out.char_indices().rev() {
                    if is_email_char(c) {
                        s = idx;
                    } else {
                        break;
                    }
                }
                s
            };
            let mut j = i + 1;
            while j < chars.len() && (is_email_char(chars[j])) {
                j += 1;
            }
            let domain: String = chars[i + 1..j].iter().collect();
            let domain = domain.trim_end_matches('.');
            if local_start < out.len() && domain.contains('.') {
                out.truncate(local_start);
                out.push_str(BLANK);
                i += 1 + domain.chars().count();
                continue;
            }
        }
        // A number: digits, possibly split by single spaces or dashes.
        if chars[i].is_ascii_digit() {
            let mut j = i;
            let mut digits = 0;
            let mut longest_group = 0;
            let mut group = 0;
            while j < chars.len() {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    group += 1;
                    longest_group = longest_group.max(group);
                    j += 1;
                } else if matches!(chars[j], ' ' | '-')
                    && j + 1 < chars.len()
                    && chars[j + 1].is_ascii_digit()
                {
                    group = 0;
                    j += 1;
                } else {
                    break;
                }
            }
            // Seven digits in a row, or eleven split into groups (138-1234-5678), is a phone or
            // an identity number; dates (2026-03-02) and house numbers are shorter.
            let end_x = j < chars.len() && matches!(chars[j], 'x' | 'X') && digits == 17;
            if longest_group >= 7 || digits >= 11 {
                out.push_str(BLANK);
                i = if end_x { j + 1 } else { j };
                continue;
            }
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn is_email_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_default_window_is_the_last_ninety_days() {
        let now = at("2026-06-01T00:00:00Z");
        assert_eq!(
            search_window(None, None, now).unwrap(),
            (at("2026-03-03T00:00:00Z"), now)
        );
        assert_eq!(
            search_window(Some(at("2026-01-01T00:00:00Z")), None, now).unwrap(),
            (at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z"))
        );
        assert_eq!(
            search_window(None, Some(at("2026-04-01T00:00:00Z")), now).unwrap(),
            (at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z"))
        );
    }

    #[test]
    fn windows_are_checked() {
        let now = at("2026-06-01T00:00:00Z");
        let err = search_window(
            Some(at("2026-01-01T00:00:00Z")),
            Some(at("2026-04-02T00:00:00Z")),
            now,
        )
        .unwrap_err();
        assert_eq!(err.field, "end_date");
        let err = search_window(
            Some(at("2026-02-01T00:00:00Z")),
            Some(at("2026-01-01T00:00:00Z")),
            now,
        )
        .unwrap_err();
        assert_eq!(err.field, "end_date");
        assert!(
            search_window(
                Some(at("2026-01-01T00:00:00Z")),
                Some(at("2026-04-01T00:00:00Z")),
                now
            )
            .is_ok()
        );
    }

    #[test]
    fn contact_details_are_blanked_out_of_published_text() {
        let cases = [
            ("请拨打13812345678联系我", "请拨打***联系我"),
            ("电话 138-1234-5678。", "电话 ***。"),
            ("座机 010-12345678", "座机 ***"),
            ("身份证 11010519491231002X 号", "身份证 *** 号"),
            ("邮箱 li.lei+x@example.org.", "邮箱 ***."),
            (
                "建国路 88 号，2026-03-02 晚上",
                "建国路 88 号，2026-03-02 晚上",
            ),
            ("three or 4 lamps", "three or 4 lamps"),
            ("a @ b and x@y", "a @ b and x@y"),
        ];
        for (given, want) in cases {
            assert_eq!(redact_contact_details(given), want, "{given}");
        }
    }

    #[test]
    fn media_urls_are_links() {
        assert!(MediaUrl::parse("https://img.example.org/a.jpg").is_ok());
        assert_eq!(
            MediaUrl::parse("javascript:alert(1)").unwrap_err().field,
            "media_url"
        );
        assert!(MediaUrl::parse("https://x.org/a b.jpg").is_err());
    }

    #[test]
    fn titles_come_from_the_first_line() {
        let d = Description::parse("\n  路灯不亮\n第二行").unwrap();
        assert_eq!(title_from(&d, "路灯").unwrap().as_str(), "路灯不亮");
        let long = "很".repeat(40);
        let d = Description::parse(&long).unwrap();
        let t = title_from(&d, "路灯").unwrap();
        assert_eq!(t.as_str().chars().count(), 31);
        assert!(t.as_str().ends_with('…'));
    }

    #[test]
    fn keys_are_long_and_hashed() {
        let s = new_secret();
        assert!(s.starts_with(KEY_PREFIX));
        assert_eq!(s.len(), KEY_PREFIX.len() + 64);
        assert_ne!(new_secret(), s);
        assert_eq!(hash_key(&s).len(), 64);
        let issued = IssuedKey {
            key: KeyView {
                id: Uuid::nil(),
                name: "x".into(),
                key_prefix: "ms311_000000".into(),
                rate_limit_per_minute: 1,
                created_by: None,
                created_at: at("2026-01-01T00:00:00Z"),
                revoked_at: None,
            },
            secret: s.clone(),
        };
        assert!(!format!("{issued:?}").contains(&s));
    }
}
