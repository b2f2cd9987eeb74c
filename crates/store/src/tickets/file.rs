//! Filing a ticket (SPEC §3, §4 "file"): one transaction writes the ticket, its `filed` event,
//! the automatic dispatch when the routing catalogue knows the department, and the receipts.

use super::act::{dispatch_clocks, next_check_given};
use super::notify;
use crate::Store;
use crate::attachments::{AttachmentLimits, Staged, attach_in};
use crate::chain::db_instant;
use crate::db::Inserts;
use crate::entity::{category, idempotency_key, ticket, ticket_check};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use chrono::{DateTime, Datelike, Utc};
use minsheng_domain::input::{
    Address, Description, Email, GeoPoint, PersonName, Phone, Reference, Title,
};
use minsheng_domain::lifecycle::{Action, Actor, Transition, decide};
use minsheng_domain::{Channel, Kind, Locale, Priority, Role, State};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend,
    DatabaseTransaction, EntityTrait, QueryFilter, Statement,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Filed for someone else (代办): the person the matter concerns, when they are not the filer.
#[derive(Debug, Clone)]
pub struct OnBehalfOf {
    /// e.g. "daughter", "neighbour", or "caller" for a phone intake.
    pub relationship: String,
}

/// A new ticket, already validated field by field.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub kind: Kind,
    pub priority: Priority,
    pub channel: Channel,
    pub category_id: Option<Uuid>,
    pub title: Title,
    pub description: Description,
    pub address: Option<Address>,
    pub district: Option<String>,
    pub location: Option<GeoPoint>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub contact_name: Option<PersonName>,
    pub contact_email: Option<Email>,
    pub contact_phone: Option<Phone>,
    pub confidential: bool,
    pub on_behalf_of: Option<OnBehalfOf>,
    pub locale: Locale,
    pub idempotency_key: Option<String>,
}

/// The result of filing.
#[derive(Debug, Clone)]
pub struct Filed {
    pub ticket: ticket::Model,
    /// Only for anonymous filers, only on the first response: the secret they track it with.
    pub tracking_code: Option<String>,
    /// `true` when an idempotent retry returned the ticket filed earlier.
    pub replayed: bool,
}

/// The alphabet of tracking codes: no 0/O, 1/I/L, so they can be read over the phone.
const TRACKING_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(
        secret.trim().to_ascii_uppercase().as_bytes(),
    ))
}

fn new_tracking_code() -> String {
    let mut rng = rand::rng();
    (0..12)
        .map(|_| TRACKING_ALPHABET[rng.random_range(0..TRACKING_ALPHABET.len())] as char)
        .collect()
}

/// A digest of the request, so a reused idempotency key with a different payload is refused.
fn request_hash(t: &NewTicket) -> String {
    let v = json!({
        "kind": t.kind, "priority": t.priority, "channel": t.channel,
        "category": t.category_id, "title": t.title, "description": t.description,
        "address": t.address, "district": t.district,
        "location": t.location.map(|g| [g.lat.to_string(), g.lon.to_string()]),
        "occurred_at": t.occurred_at, "contact_name": t.contact_name,
        "contact_email": t.contact_email, "contact_phone": t.contact_phone,
        "confidential": t.confidential,
        "on_behalf_of": t.on_behalf_of.as_ref().map(|o| o.relationship.clone()),
    });
    let mut s = String::new();
    minsheng_domain::audit::canonical_json(&v, &mut s);
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// The next public reference of `year`, from a counter row that both databases update atomically.
/// `alone` says the statement is its own transaction (PostgreSQL, before the filing's).
async fn next_reference<C: ConnectionTrait>(
    db: &C,
    year: i32,
    alone: bool,
) -> StoreResult<Reference> {
    draw_references(db, year, 1, alone)
        .await?
        .pop()
        .ok_or_else(|| StoreError::internal("no reference was drawn"))
}

/// The next `count` public references of `year`, in order, with one statement (see
/// [`next_reference`]).
async fn draw_references<C: ConnectionTrait>(
    db: &C,
    year: i32,
    count: u32,
    alone: bool,
) -> StoreResult<Vec<Reference>> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let sql = match backend {
        // On its own it need not wait for its WAL to reach the disk: a number is only used by a
        // filing whose own commit waits, and that flushes this statement's WAL with its own. If
        // the server crashes before, the counter goes back only over numbers no stored ticket
        // has. (Inside a transaction the setting would hold for the whole filing, so it is
        // never used there.)
        DatabaseBackend::Postgres if alone => {
            "INSERT INTO reference_counters (year, last_value) \
             SELECT $1, $2 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS s \
             ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + $2 \
             RETURNING last_value"
        }
        DatabaseBackend::Postgres => {
            "INSERT INTO reference_counters (year, last_value) VALUES ($1, $2) \
             ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + $2 \
             RETURNING last_value"
        }
        _ => {
            "INSERT INTO reference_counters (year, last_value) VALUES (?1, ?2) \
             ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + ?2 \
             RETURNING last_value"
        }
    };
    let step = i32::try_from(count).map_err(|_| StoreError::internal("too many references"))?;
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [year.into(), step.into()],
        ))
        .await?
        .ok_or_else(|| StoreError::internal("reference counter returned no row"))?;
    let last: i32 = row.try_get_by_index(0)?;
    let last =
        u32::try_from(last).map_err(|_| StoreError::internal("negative reference counter"))?;
    let first = last
        .checked_sub(count - 1)
        .ok_or_else(|| StoreError::internal("the reference counter went back"))?;
    (first..=last)
        .map(|n| Ok(Reference::new(year, n)?))
        .collect()
}

/// Files a ticket for `who`. Residents own what they file; agents file phone calls for callers;
/// anonymous filers get a tracking code; API clients file for their users.
pub async fn file(
    store: &Store,
    who: &Principal,
    input: NewTicket,
    now: DateTime<Utc>,
) -> StoreResult<Filed> {
    file_with_files(store, who, input, None, now).await
}

/// [`file`], with photos and documents staged beforehand, attached in the same transaction.
pub async fn file_with_files(
    store: &Store,
    who: &Principal,
    input: NewTicket,
    files: Option<(&Staged, AttachmentLimits)>,
    now: DateTime<Utc>,
) -> StoreResult<Filed> {
    let transition = decide(None, Action::File, who.actor(None))?;
    let role = who.role();
    if input.priority != Priority::Normal && role != Some(Role::Agent) {
        return Err(StoreError::invalid(
            "priority",
            "only the hotline centre sets a priority other than normal",
        ));
    }
    if input.on_behalf_of.is_some() && !matches!(role, Some(Role::Agent | Role::Resident)) {
        return Err(StoreError::invalid(
            "onBehalfOf",
            "only a signed-in resident or an agent can file on someone's behalf",
        ));
    }
    if matches!(who, Principal::Anonymous) && input.on_behalf_of.is_some() {
        return Err(StoreError::invalid(
            "onBehalfOf",
            "sign in to file for someone else",
        ));
    }
    let now = db_instant(now);
    let scope = match who {
        Principal::User { id, .. } => format!("user:{id}"),
        Principal::ApiClient { key_id } => format!("key:{key_id}"),
        Principal::Anonymous => "anonymous".to_owned(),
        Principal::System => "system".to_owned(),
    };
    let req_hash = request_hash(&input);

    // On PostgreSQL the reference is drawn before the transaction, in a statement of its own:
    // inside it, the counter row would stay locked until commit and every filing in the city
    // would wait for the one before. A filing that then fails (or a retry racing the first
    // request) leaves a gap in the numbers, which references may have (unique and readable,
    // SPEC §3). SQLite has one writer anyway. A plain filing draws it with the filings of the
    // same moment (`Filings`).
    // A retry whose key was already used draws none: it gets the first filing back (below).
    let retry = match &input.idempotency_key {
        Some(key) => idempotency_key::Entity::find()
            .filter(idempotency_key::Column::Scope.eq(&scope))
            .filter(idempotency_key::Column::IdemKey.eq(key))
            .one(&store.db)
            .await?
            .is_some(),
        None => false,
    };
    let plain = input.idempotency_key.is_none() && files.is_none();
    let drawn = if store.is_postgres() && !retry && !plain {
        Some(next_reference(&store.db, now.year(), true).await?)
    } else {
        None
    };

    // The category and its route come from the catalogue held in memory (a change through
    // another instance shows within a second, see `crate::reuse`), read before the transaction:
    // loading the catalogue takes a connection of its own.
    let district = input.district.clone().unwrap_or_default();
    let category = match input.category_id {
        Some(id) => Some(
            crate::catalog::category(store, id)
                .await?
                .filter(|c| c.active),
        ),
        None => None,
    };
    let route = match &category {
        Some(Some(cat)) => crate::catalog::route(store, cat.id, &district).await?,
        _ => None,
    };

    if let Some(key) = &input.idempotency_key
        && (key.is_empty() || key.len() > 200)
    {
        return Err(StoreError::invalid(
            "idempotencyKey",
            "must be 1 to 200 characters",
        ));
    }
    let plan = Plan {
        who: *who,
        input,
        category,
        route,
        drawn,
        scope,
        req_hash,
        now,
        transition,
    };

    // A plain filing is written with the filings asked at the same moment (`Filings`). A
    // filing with an idempotency key (checked and recorded under a lock) or with files
    // (attached after the ticket exists) needs a transaction around its steps.
    if plain {
        return crate::coalesce::ask::<Filings>(store, now.year(), plan).await?;
    }
    let w = store.write().await?;
    let txn = w.conn();
    if let Some(replay) = plan.replayed(txn).await? {
        return Ok(replay);
    }
    let (filed, rows) = plan.rows(store, txn).await?;
    rows.run(txn).await?;
    if let Some((staged, limits)) = files {
        attach_in(txn, who, filed.ticket.id, None, staged, limits, now).await?;
    }
    w.commit().await?;
    Ok(filed)
}

/// A filing, validated, with what was read for it before any write.
pub(crate) struct Plan {
    who: Principal,
    input: NewTicket,
    /// The category asked for: `Some(None)` when it is not an active one.
    category: Option<Option<category::Model>>,
    transition: Transition,
    route: Option<Uuid>,
    drawn: Option<Reference>,
    scope: String,
    req_hash: String,
    now: DateTime<Utc>,
}

impl Plan {
    /// The ticket filed earlier with this filing's idempotency key, if any; refused if the key
    /// was used for a different request.
    async fn replayed(&self, txn: &DatabaseTransaction) -> StoreResult<Option<Filed>> {
        let Some(key) = &self.input.idempotency_key else {
            return Ok(None);
        };
        let scope = &self.scope;
        if txn.get_database_backend() == DatabaseBackend::Postgres {
            // Two retries racing with one key: the second waits here and then finds the first.
            txn.execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                [format!("{scope}\u{1f}{key}").into()],
            ))
            .await?;
        }
        let existing = idempotency_key::Entity::find()
            .filter(idempotency_key::Column::Scope.eq(scope))
            .filter(idempotency_key::Column::IdemKey.eq(key))
            .one(txn)
            .await?;
        let Some(row) = existing else {
            return Ok(None);
        };
        if row.request_hash != self.req_hash {
            return Err(StoreError::Conflict(
                "this idempotency key was already used for a different request".into(),
            ));
        }
        let ticket = ticket::Entity::find_by_id(row.ticket_id)
            .one(txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Some(Filed {
            ticket,
            tracking_code: None,
            replayed: true,
        }))
    }

    /// The filed ticket and every row of the filing, not yet written; `db` is read for the
    /// reference (SQLite) and the mail's recipients.
    async fn rows<C: ConnectionTrait>(
        self,
        store: &Store,
        db: &C,
    ) -> StoreResult<(Filed, Inserts)> {
        let draft = self.draft(store, db).await?;
        let users = notify::filing_users(db, [draft.recipients()]).await?;
        Ok(draft.finish(&users))
    }

    /// The filing's rows but its mail; `db` is read for the reference when none was drawn.
    async fn draft<C: ConnectionTrait>(self, store: &Store, db: &C) -> StoreResult<Draft> {
        let Plan {
            who,
            input,
            category,
            route,
            drawn,
            scope,
            req_hash,
            now,
            transition,
        } = self;
        let district = input.district.clone().unwrap_or_default();
        let category = match category {
            Some(found) => Some(
                found
                    .ok_or_else(|| StoreError::invalid("categoryId", "no such active category"))?,
            ),
            None => None,
        };

        let anonymous = matches!(who, Principal::Anonymous);
        let tracking_code = anonymous.then(new_tracking_code);
        let bundle = crate::policy::cached(store, db, None).await?;
        let targets = bundle.policy.targets(input.kind, input.priority);
        let dispatch_due = targets.dispatch_within.deadline(&bundle.calendar, now)?;
        let reference = match drawn {
            Some(r) => r,
            None => next_reference(db, now.year(), false).await?,
        };
        let resident_id = match who {
            Principal::User {
                id,
                role: Role::Resident,
                ..
            } => Some(id),
            _ => None,
        };

        let mut t = ticket::Model {
            category_id: category.as_ref().map(|c| c.id),
            address: input
                .address
                .as_ref()
                .map(|a| a.to_string())
                .unwrap_or_default(),
            district: district.clone(),
            latitude: input.location.map(|g| g.lat),
            longitude: input.location.map(|g| g.lon),
            occurred_at: input.occurred_at.map(db_instant),
            resident_id,
            filed_by_id: who.user_id(),
            contact_name: input.contact_name.as_ref().map(|n| n.to_string()),
            contact_email: input.contact_email.as_ref().map(|e| e.to_string()),
            contact_phone: input.contact_phone.as_ref().map(|p| p.to_string()),
            confidential: input.confidential,
            anonymous,
            tracking_code_hash: tracking_code.as_deref().map(hash_secret),
            open311_key_id: match who {
                Principal::ApiClient { key_id } => Some(key_id),
                _ => None,
            },
            dispatch_due: dispatch_due.map(db_instant),
            ..ticket::Model::filed(ticket::Filing {
                reference: reference.to_string(),
                kind: input.kind.as_str(),
                priority: input.priority.as_str(),
                channel: input.channel.as_str(),
                state: transition.to.as_str(),
                title: input.title.to_string(),
                description: input.description.to_string(),
                locale: input.locale.as_str(),
                filed_at: now,
            })
        };
        // The ticket as filed: what the receipt and the `filed` event describe.
        let filed = t.clone();

        // Automatic dispatch by the routing catalogue (SPEC §4): the system acts in the same
        // transaction, so a ticket is never seen filed-but-routable. The row is written once, as it
        // stands after both steps.
        let mut dispatched = None;
        let mut next_check = None;
        if let Some(dept) = route {
            let d = decide(Some(State::Submitted), Action::Dispatch, Actor::System)?;
            let bundle = crate::policy::cached(store, db, Some(dept)).await?;
            dispatch_clocks(&mut t, &bundle, dept, now)?;
            t.state = d.to.as_str().to_owned();
            t.version += 1;
            // A new ticket has fired no escalation rule yet.
            next_check = next_check_given(&t, &bundle, &[], now)?;
            dispatched = Some((d.event, dept));
        }
        let mut rows = Inserts::default();
        rows.add(vec![ticket::ActiveModel::from(t.clone()).reset_all()]);
        rows.add(
            next_check
                .map(|at| ticket_check::ActiveModel {
                    ticket_id: Set(t.id),
                    next_check_at: Set(at),
                })
                .into_iter()
                .collect(),
        );
        // The events go into the chain together, after the rows.
        rows.events().push(
            Some(t.id),
            who.event_actor(),
            transition.event.as_str(),
            json!({
                "reference": filed.reference,
                "kind": filed.kind,
                "priority": filed.priority,
                "channel": filed.channel,
                "category_id": filed.category_id,
                "on_behalf_of": input.on_behalf_of.as_ref().map(|o| o.relationship.clone()),
                "dispatch_due": filed.dispatch_due,
            }),
            now,
        );
        if let Some(key) = &input.idempotency_key {
            rows.add(vec![idempotency_key::ActiveModel {
                id: Set(Uuid::now_v7()),
                scope: Set(scope),
                idem_key: Set(key.clone()),
                request_hash: Set(req_hash),
                ticket_id: Set(t.id),
                created_at: Set(now),
            }]);
        }
        rows.add(crate::similar::key_rows(&filed));
        if let Some((event, dept)) = dispatched {
            rows.events().push(
                Some(t.id),
                Principal::System.event_actor(),
                event.as_str(),
                json!({
                    "department_id": dept,
                    "automatic": true,
                    "accept_due": t.accept_due,
                    "reply_due": t.reply_due,
                    "deadline_version": t.deadline_version,
                }),
                now,
            );
        }
        Ok(Draft {
            filed: Filed {
                ticket: t,
                tracking_code,
                replayed: false,
            },
            as_filed: filed,
            dispatched: dispatched.is_some(),
            rows,
            now,
        })
    }
}

/// A filing's rows, all but its mail, which waits for its recipients' accounts.
struct Draft {
    /// The ticket as it stands after the filing.
    filed: Filed,
    /// The ticket as filed, before any automatic dispatch: what the receipt describes.
    as_filed: ticket::Model,
    dispatched: bool,
    rows: Inserts,
    now: DateTime<Utc>,
}

impl Draft {
    /// Whose accounts the mail needs (see [`notify::filing_recipients`]).
    fn recipients(&self) -> Option<sea_orm::Condition> {
        notify::filing_recipients(
            &self.as_filed,
            self.dispatched.then_some(&self.filed.ticket),
        )
    }

    /// The filing and all its rows: the receipt and the department's mail go to the outbox
    /// together. `users` holds at least the [recipients'](Self::recipients) accounts.
    fn finish(mut self, users: &[crate::entity::user::Model]) -> (Filed, Inserts) {
        let mail = notify::filing_messages_among(
            users,
            &self.as_filed,
            self.filed.tracking_code.as_deref(),
            self.dispatched.then_some(&self.filed.ticket),
        );
        self.rows.add(crate::outbox::rows(mail, self.now));
        (self.filed, self.rows)
    }
}

/// Plain filings (no idempotency key, no files), asked at the same moment, written together
/// (`crate::coalesce`): one statement draws all their references, one reads their residents' and
/// departments' accounts, and their rows are written with one INSERT per table, in one
/// transaction: on PostgreSQL one statement, followed by one sealing pass; on SQLite one turn of
/// the writer slot. A lone filing costs on PostgreSQL what it did. Under load the commit, the
/// round trips and the statements' fixed costs are shared, which is most of what a filing
/// costs the database besides its rows (bench/ANALYSIS.md).
///
/// Each filing is still all or nothing: if the shared statement fails, each is written again
/// on its own, so one filing's failure is only its own.
pub(crate) struct Filings;

impl crate::coalesce::Batch for Filings {
    /// The year the references are drawn in.
    type Key = i32;
    type Item = Plan;
    type Reply = StoreResult<Filed>;
    const MAX_ITEMS: usize = 64;
    /// Two, so one batch is written while the next is drawn and prepared.
    const READERS: usize = 2;

    fn waiting(store: &Store) -> &crate::coalesce::Waiting<Self> {
        &store.filings
    }

    async fn read(
        store: &Store,
        year: &i32,
        plans: Vec<Plan>,
    ) -> StoreResult<Vec<StoreResult<Filed>>> {
        let count = u32::try_from(plans.len()).map_err(StoreError::internal)?;
        let references = draw_alone(store, *year, count).await?;
        let mut results: Vec<Option<StoreResult<Filed>>> = plans.iter().map(|_| None).collect();
        let mut drafts = Vec::with_capacity(plans.len());
        for (i, (mut plan, reference)) in plans.into_iter().zip(references).enumerate() {
            plan.drawn = Some(reference);
            match plan.draft(store, &store.db).await {
                Ok(draft) => drafts.push((i, draft)),
                Err(e) => results[i] = Some(Err(e)),
            }
        }
        let users =
            notify::filing_users(&store.db, drafts.iter().map(|(_, d)| d.recipients())).await?;
        let mut group: Vec<(usize, Filed, Inserts)> = Vec::new();
        let mut params = 0;
        for (i, draft) in drafts {
            let (filed, rows) = draft.finish(&users);
            // A statement's parameters stay under the databases' limit.
            if params + rows.params() > crate::db::MAX_PARAMS && !group.is_empty() {
                write_group(store, std::mem::take(&mut group), &mut results).await;
                params = 0;
            }
            params += rows.params();
            group.push((i, filed, rows));
        }
        write_group(store, group, &mut results).await;
        Ok(results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(StoreError::internal("a filing was not written"))))
            .collect())
    }
}

/// Draws `count` references of `year` in a transaction of their own, committed before the
/// filings' rows are written: a batch that fails is written again filing by filing with the
/// references it drew (a failed filing leaves a gap, as SPEC §3 allows).
async fn draw_alone(store: &Store, year: i32, count: u32) -> StoreResult<Vec<Reference>> {
    if store.is_postgres() {
        return draw_references(&store.db, year, count, true).await;
    }
    let w = store.write().await?;
    let drawn = draw_references(w.conn(), year, count, false).await?;
    w.commit().await?;
    Ok(drawn)
}

/// Writes the filings of `group` with one statement, or each on its own if that fails, and
/// records each one's outcome in `results`.
async fn write_group(
    store: &Store,
    group: Vec<(usize, Filed, Inserts)>,
    results: &mut [Option<StoreResult<Filed>>],
) {
    if let [(i, _, _)] = group.as_slice() {
        let i = *i;
        if let Some((_, filed, rows)) = group.into_iter().next() {
            results[i] = Some(store.write_once(rows).await.map(|()| filed));
        }
        return;
    }
    if group.is_empty() {
        return;
    }
    let mut all = Inserts::default();
    for (_, _, rows) in &group {
        all.merge(rows.clone());
    }
    match store.write_once(all).await {
        Ok(()) => {
            for (i, filed, _) in group {
                results[i] = Some(Ok(filed));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, filings = group.len(), "filings written together failed; writing each alone");
            for (i, filed, rows) in group {
                results[i] = Some(store.write_once(rows).await.map(|()| filed));
            }
        }
    }
}
