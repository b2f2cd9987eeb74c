//! `minsheng-bench data`: fills a database that `minsheng seed-demo` prepared (the real
//! migrations, the reference data, the demo accounts and a few hundred tickets made through the
//! real store functions) with a large city, fast.
//!
//! Every generated ticket is a copy of one of the demo tickets, whose whole history was produced
//! by the real lifecycle code: its events (with their payloads), ratings, messages, extension
//! requests, supervision orders and escalation firings. A copy gets new ids, a new public
//! reference, a department drawn from a Zipf distribution (a few departments get most tickets),
//! and is moved back in time by whole weeks, so working hours stay working hours. Instants inside
//! event payloads (deadlines) move with it. The copies are appended to the audit hash chain with
//! hashes computed here, with the same pure function the store uses, so `minsheng audit verify`
//! passes. About `open_share` of the tickets are open. At the end the metric rollups are rebuilt
//! with the store's own `metrics::rebuild`, so dashboards agree with the events.
//!
//! PostgreSQL is loaded with `COPY`; SQLite with multi-row `INSERT`s in large transactions.

use crate::BoxError;
use chrono::{DateTime, Datelike, Duration, SecondsFormat, Utc};
use minsheng_domain::audit::AuditEntry;
use minsheng_store::entity::{
    escalation_firing, extension_request, rating, reference_counter, routing_rule,
    supervision_order, ticket, ticket_check, ticket_event, ticket_message,
};
use minsheng_store::{DbConfig, Store};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryOrder};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;
use uuid::Uuid;

/// Tickets per generated batch (one round of COPYs, or one SQLite transaction).
const BATCH: usize = 5_000;
/// Closed tickets filed per day of history: 2M tickets span about four years, so no year needs
/// more than the 999,999 references `MS-YYYY-NNNNNN` allows.
const CLOSED_PER_DAY: f64 = 1_200.0;
/// Open tickets were filed within this many weeks.
const OPEN_WEEKS: u32 = 26;
/// References kept free in each year for the tickets the benchmark itself files.
const REFERENCE_RESERVE: u32 = 150_000;

#[derive(Debug, Clone)]
pub struct DataArgs {
    pub db: String,
    pub tickets: u64,
    pub open_share: f64,
    pub seed: u64,
    pub zipf_s: f64,
}

/// One demo ticket and everything that hangs off it.
struct Template {
    ticket: ticket::Model,
    events: Vec<ticket_event::Model>,
    ratings: Vec<rating::Model>,
    messages: Vec<ticket_message::Model>,
    extensions: Vec<extension_request::Model>,
    orders: Vec<supervision_order::Model>,
    firings: Vec<escalation_firing::Model>,
    /// When the sweep next looks at it, if it will.
    next_check_at: Option<DateTime<Utc>>,
}

/// What one generated ticket is made of.
#[derive(Clone, Copy)]
struct Plan {
    template: u32,
    department: u32,
    shift_weeks: u32,
    filed_at: i64,
}

#[derive(Default)]
struct Batch {
    tickets: Vec<ticket::Model>,
    events: Vec<ticket_event::Model>,
    ratings: Vec<rating::Model>,
    messages: Vec<ticket_message::Model>,
    extensions: Vec<extension_request::Model>,
    orders: Vec<supervision_order::Model>,
    firings: Vec<escalation_firing::Model>,
    checks: Vec<ticket_check::Model>,
}

/// The sequential part of generation: the hash chain and the reference counters.
struct Generator {
    templates: Vec<Template>,
    departments: Vec<Uuid>,
    seq: i64,
    prev_hash: String,
    /// The last event position (`ticket_events.pos`) handed out.
    pos: i64,
    counters: BTreeMap<i32, u32>,
}

pub fn is_open(state: &str) -> bool {
    !matches!(state, "closed" | "refused" | "withdrawn" | "merged")
}

pub async fn run(args: DataArgs) -> Result<(), BoxError> {
    let started = Instant::now();
    let mut cfg = DbConfig::new(args.db.clone());
    cfg.max_connections = 4;
    cfg.statement_timeout = std::time::Duration::from_secs(3600);
    let store = Store::connect(&cfg).await?;
    let db = store.connection();

    let templates = load_templates(&store).await?;
    if templates.is_empty() {
        return Err("no tickets to copy: run `minsheng seed-demo` on this database first".into());
    }
    let mut departments: Vec<Uuid> = routing_rule::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.department_id)
        .collect();
    departments.sort();
    departments.dedup();
    let mut rng = StdRng::seed_from_u64(args.seed);
    // Popularity rank is random, not alphabetical.
    departments.shuffle(&mut rng);
    let zipf: Vec<f64> = {
        let mut acc = 0.0;
        (0..departments.len())
            .map(|k| {
                acc += 1.0 / ((k + 1) as f64).powf(args.zipf_s);
                acc
            })
            .collect()
    };

    let open_ids: Vec<u32> = (0..templates.len() as u32)
        .filter(|&i| is_open(&templates[i as usize].ticket.state))
        .collect();
    let closed_ids: Vec<u32> = (0..templates.len() as u32)
        .filter(|&i| !is_open(&templates[i as usize].ticket.state))
        .collect();
    if open_ids.is_empty() || closed_ids.is_empty() {
        return Err("the demo city needs both open and closed tickets".into());
    }

    let closed_n = (args.tickets as f64 * (1.0 - args.open_share)).round();
    let span_weeks = ((closed_n / CLOSED_PER_DAY / 7.0).ceil() as u32).max(4);
    let mut plans: Vec<Plan> = Vec::with_capacity(args.tickets as usize);
    for _ in 0..args.tickets {
        let open = rng.random_bool(args.open_share.clamp(0.0, 1.0));
        let (template, shift_weeks) = if open {
            (
                open_ids[rng.random_range(0..open_ids.len())],
                rng.random_range(0..=OPEN_WEEKS.min(span_weeks)),
            )
        } else {
            (
                closed_ids[rng.random_range(0..closed_ids.len())],
                rng.random_range(0..=span_weeks),
            )
        };
        let total = zipf.last().copied().unwrap_or(1.0);
        let x = rng.random::<f64>() * total;
        let department = zipf.partition_point(|&c| c < x).min(departments.len() - 1) as u32;
        let filed =
            templates[template as usize].ticket.filed_at - Duration::weeks(i64::from(shift_weeks));
        plans.push(Plan {
            template,
            department,
            shift_weeks,
            filed_at: filed.timestamp_micros(),
        });
    }
    plans.sort_by_key(|p| p.filed_at);

    // References: each year's counter continues, and must leave room for the benchmark's filings.
    let counters: BTreeMap<i32, u32> = reference_counter::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.year, u32::try_from(c.last_value).unwrap_or(0)))
        .collect();
    let mut per_year: BTreeMap<i32, u32> = BTreeMap::new();
    for p in &plans {
        let y = DateTime::<Utc>::from_timestamp_micros(p.filed_at).map_or(2026, |t| t.year());
        *per_year.entry(y).or_default() += 1;
    }
    for (y, n) in &per_year {
        let used = counters.get(y).copied().unwrap_or(0);
        if used + n + REFERENCE_RESERVE > 999_999 {
            return Err(format!(
                "{n} tickets filed in {y} would exhaust that year's references (MS-{y}-NNNNNN)"
            )
            .into());
        }
    }

    // Every event the demo seed committed is sealed before the copies are chained after it.
    store.seal_chain().await?;
    let (seq, prev_hash) = minsheng_store::chain::chain_head(db).await?;
    let pos = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COALESCE(MAX(pos), 0) AS pos FROM ticket_events",
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "pos"))
        .transpose()?
        .unwrap_or(0);
    let generator = Generator {
        templates,
        departments,
        seq,
        prev_hash,
        pos,
        counters,
    };
    eprintln!(
        "generating {} tickets ({} open templates, {} closed templates, {} weeks of history)",
        args.tickets,
        open_ids.len(),
        closed_ids.len(),
        span_weeks
    );

    let (tx, mut rx) = tokio::sync::mpsc::channel::<Batch>(2);
    let producer = tokio::task::spawn_blocking(move || -> Result<Generator, String> {
        let mut g = generator;
        for chunk in plans.chunks(BATCH) {
            let b = g.batch(chunk).map_err(|e| e.to_string())?;
            if tx.blocking_send(b).is_err() {
                break;
            }
        }
        Ok(g)
    });
    let mut written = 0usize;
    let mut events = 0usize;
    while let Some(b) = rx.recv().await {
        written += b.tickets.len();
        events += b.events.len();
        if store.is_postgres() {
            copy_batch(&store, &b).await?;
        } else {
            insert_batch(&store, b).await?;
        }
        if written.is_multiple_of(BATCH * 40) {
            eprintln!(
                "  {written} tickets, {events} events ({:.0} tickets/s)",
                written as f64 / started.elapsed().as_secs_f64()
            );
        }
    }
    let g = producer.await?.map_err(BoxError::from)?;
    eprintln!(
        "loaded {written} tickets and {events} events in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let w = store.write().await?;
    for (year, last) in &g.counters {
        reference_counter::Entity::insert(
            reference_counter::Model {
                year: *year,
                last_value: i32::try_from(*last).unwrap_or(i32::MAX),
            }
            .into_active_model(),
        )
        .on_conflict(
            OnConflict::column(reference_counter::Column::Year)
                .update_column(reference_counter::Column::LastValue)
                .to_owned(),
        )
        .exec_without_returning(w.conn())
        .await?;
    }
    w.commit().await?;
    if store.is_postgres() {
        // Positions drawn from now on follow the copies'.
        db.execute_unprepared(
            "SELECT setval('ticket_events_pos_seq', (SELECT MAX(pos) FROM ticket_events))",
        )
        .await?;
    }

    // Fresh statistics first: without them the planner reads the rebuild's per-chunk event
    // queries as large and scans the whole event table for each chunk.
    db.execute_unprepared("ANALYZE").await?;
    let t = Instant::now();
    let report = minsheng_store::metrics::rebuild(&store, Utc::now()).await?;
    eprintln!(
        "rebuilt {} metric rollup rows up to event {} in {:.1} s",
        report.rows,
        report.last_seq,
        t.elapsed().as_secs_f64()
    );
    if store.is_postgres() {
        db.execute_unprepared("ANALYZE").await?;
    } else {
        db.execute_unprepared("ANALYZE").await?;
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
    }
    eprintln!("done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

async fn load_templates(store: &Store) -> Result<Vec<Template>, BoxError> {
    let db = store.connection();
    let tickets = ticket::Entity::find()
        .order_by_asc(ticket::Column::FiledAt)
        .all(db)
        .await?;
    let mut by_ticket: HashMap<Uuid, Template> = HashMap::new();
    let mut order = Vec::new();
    for t in tickets {
        if t.state == "merged" || t.merged_into_id.is_some() {
            continue;
        }
        order.push(t.id);
        by_ticket.insert(
            t.id,
            Template {
                ticket: t,
                events: Vec::new(),
                ratings: Vec::new(),
                messages: Vec::new(),
                extensions: Vec::new(),
                orders: Vec::new(),
                firings: Vec::new(),
                next_check_at: None,
            },
        );
    }
    for e in ticket_event::Entity::find()
        .order_by_asc(ticket_event::Column::Pos)
        .all(db)
        .await?
    {
        if let Some(t) = e.ticket_id.and_then(|id| by_ticket.get_mut(&id)) {
            t.events.push(e);
        }
    }
    for r in rating::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&r.ticket_id) {
            t.ratings.push(r);
        }
    }
    for m in ticket_message::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&m.ticket_id) {
            t.messages.push(m);
        }
    }
    for x in extension_request::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&x.ticket_id) {
            t.extensions.push(x);
        }
    }
    for o in supervision_order::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&o.ticket_id) {
            t.orders.push(o);
        }
    }
    for f in escalation_firing::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&f.ticket_id) {
            t.firings.push(f);
        }
    }
    for c in ticket_check::Entity::find().all(db).await? {
        if let Some(t) = by_ticket.get_mut(&c.ticket_id) {
            t.next_check_at = Some(c.next_check_at);
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for id in order {
        if let Some(t) = by_ticket.remove(&id)
            && !t.events.is_empty()
        {
            out.push(t);
        }
    }
    Ok(out)
}

/// Old id → new id for one copy, and the same as strings for event payloads.
struct Remap {
    ids: HashMap<Uuid, Uuid>,
    strings: HashMap<String, String>,
    shift: Duration,
}

impl Remap {
    fn add(&mut self, old: Uuid, new: Uuid) {
        self.ids.insert(old, new);
        self.strings.insert(old.to_string(), new.to_string());
    }
    fn id(&self, old: Uuid) -> Uuid {
        self.ids.get(&old).copied().unwrap_or(old)
    }
    fn opt(&self, old: Option<Uuid>) -> Option<Uuid> {
        old.map(|o| self.id(o))
    }
    fn t(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        t - self.shift
    }
    fn ot(&self, t: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        t.map(|t| t - self.shift)
    }
    fn json(&self, v: &Value) -> Value {
        match v {
            Value::String(s) => {
                if let Some(n) = self.strings.get(s) {
                    return Value::String(n.clone());
                }
                let b = s.as_bytes();
                if b.len() >= 20
                    && b[4] == b'-'
                    && b[10] == b'T'
                    && let Ok(t) = DateTime::parse_from_rfc3339(s)
                {
                    let shifted = t.with_timezone(&Utc) - self.shift;
                    return serde_json::to_value(shifted).unwrap_or_else(|_| v.clone());
                }
                v.clone()
            }
            Value::Array(items) => Value::Array(items.iter().map(|i| self.json(i)).collect()),
            Value::Object(map) => {
                Value::Object(map.iter().map(|(k, v)| (k.clone(), self.json(v))).collect())
            }
            other => other.clone(),
        }
    }
}

impl Generator {
    fn batch(&mut self, plans: &[Plan]) -> Result<Batch, BoxError> {
        let mut b = Batch::default();
        for p in plans {
            self.copy_one(p, &mut b)?;
        }
        Ok(b)
    }

    fn copy_one(&mut self, p: &Plan, b: &mut Batch) -> Result<(), BoxError> {
        let tpl = &self.templates[p.template as usize];
        let mut r = Remap {
            ids: HashMap::new(),
            strings: HashMap::new(),
            shift: Duration::weeks(i64::from(p.shift_weeks)),
        };
        let new_id = Uuid::now_v7();
        r.add(tpl.ticket.id, new_id);
        if let Some(d) = tpl.ticket.department_id {
            r.add(d, self.departments[p.department as usize]);
        }
        for e in &tpl.events {
            r.add(e.id, Uuid::now_v7());
        }
        for m in &tpl.messages {
            r.add(m.id, Uuid::now_v7());
        }
        for x in &tpl.extensions {
            r.add(x.id, Uuid::now_v7());
        }
        for o in &tpl.orders {
            r.add(o.id, Uuid::now_v7());
        }
        let filed_at = r.t(tpl.ticket.filed_at);
        let year = filed_at.year();
        let counter = self.counters.entry(year).or_insert(0);
        *counter += 1;
        let reference = minsheng_domain::input::Reference::new(year, *counter)
            .map_err(|e| format!("reference: {e}"))?
            .to_string();
        r.strings
            .insert(tpl.ticket.reference.clone(), reference.clone());

        let t = &tpl.ticket;
        b.tickets.push(ticket::Model {
            id: new_id,
            reference,
            kind: t.kind.clone(),
            priority: t.priority.clone(),
            channel: t.channel.clone(),
            state: t.state.clone(),
            category_id: t.category_id,
            department_id: r.opt(t.department_id),
            title: t.title.clone(),
            description: t.description.clone(),
            address: t.address.clone(),
            district: t.district.clone(),
            latitude: t.latitude,
            longitude: t.longitude,
            occurred_at: r.ot(t.occurred_at),
            resident_id: t.resident_id,
            filed_by_id: t.filed_by_id,
            contact_name: t.contact_name.clone(),
            contact_email: t.contact_email.clone(),
            contact_phone: t.contact_phone.clone(),
            confidential: t.confidential,
            anonymous: t.anonymous,
            tracking_code_hash: t.tracking_code_hash.clone(),
            locale: t.locale.clone(),
            open311_key_id: t.open311_key_id,
            filed_at,
            dispatched_at: r.ot(t.dispatched_at),
            accepted_at: r.ot(t.accepted_at),
            first_response_at: r.ot(t.first_response_at),
            replied_at: r.ot(t.replied_at),
            closed_at: r.ot(t.closed_at),
            dispatch_due: r.ot(t.dispatch_due),
            accept_due: r.ot(t.accept_due),
            reply_due: r.ot(t.reply_due),
            reply_paused_at: r.ot(t.reply_paused_at),
            reply_remaining_secs: t.reply_remaining_secs,
            deadline_version: t.deadline_version,
            extension_count: t.extension_count,
            redo_count: t.redo_count,
            return_count: t.return_count,
            department_count: t.department_count,
            merged_into_id: None,
            version: t.version,
            updated_at: r.t(t.updated_at),
        });
        for e in &tpl.events {
            let seq = self.seq + 1;
            self.pos += 1;
            let id = r.id(e.id);
            let payload = r.json(&e.payload);
            let occurred_at = r.t(e.occurred_at);
            let entry = AuditEntry {
                seq,
                id,
                ticket_id: Some(new_id),
                actor_id: e.actor_id,
                actor_role: e.actor_role.as_deref(),
                kind: &e.kind,
                payload: &payload,
                occurred_at,
            };
            let hash = entry.hash(&self.prev_hash);
            b.events.push(ticket_event::Model {
                id,
                seq: Some(seq),
                ticket_id: Some(new_id),
                actor_id: e.actor_id,
                actor_role: e.actor_role.clone(),
                kind: e.kind.clone(),
                payload,
                occurred_at,
                prev_hash: Some(std::mem::replace(&mut self.prev_hash, hash.clone())),
                hash: Some(hash),
                pos: self.pos,
            });
            self.seq = seq;
        }
        for x in &tpl.ratings {
            b.ratings.push(rating::Model {
                id: Uuid::now_v7(),
                ticket_id: new_id,
                rated_by: x.rated_by,
                solved: x.solved,
                satisfaction: x.satisfaction.clone(),
                comment: x.comment.clone(),
                redo_round: x.redo_round,
                created_at: r.t(x.created_at),
            });
        }
        for m in &tpl.messages {
            b.messages.push(ticket_message::Model {
                id: r.id(m.id),
                ticket_id: new_id,
                event_id: r.id(m.event_id),
                author_id: m.author_id,
                author_role: m.author_role.clone(),
                message_kind: m.message_kind.clone(),
                body: m.body.clone(),
                created_at: r.t(m.created_at),
            });
        }
        for x in &tpl.extensions {
            b.extensions.push(extension_request::Model {
                id: r.id(x.id),
                ticket_id: new_id,
                requested_by: x.requested_by,
                reason: x.reason.clone(),
                requested_due: r.t(x.requested_due),
                decision: x.decision.clone(),
                decided_by: x.decided_by,
                decided_at: r.ot(x.decided_at),
                decision_note: x.decision_note.clone(),
                created_at: r.t(x.created_at),
            });
        }
        for o in &tpl.orders {
            b.orders.push(supervision_order::Model {
                id: r.id(o.id),
                ticket_id: new_id,
                department_id: r.opt(o.department_id),
                issued_by: o.issued_by,
                reason: o.reason.clone(),
                due_at: r.ot(o.due_at),
                response: o.response.clone(),
                responded_by: o.responded_by,
                responded_at: r.ot(o.responded_at),
                automatic: o.automatic,
                created_at: r.t(o.created_at),
            });
        }
        for f in &tpl.firings {
            b.firings.push(escalation_firing::Model {
                id: Uuid::now_v7(),
                ticket_id: new_id,
                rule: f.rule.clone(),
                deadline_version: f.deadline_version,
                fired_at: r.t(f.fired_at),
            });
        }
        if let Some(at) = tpl.next_check_at {
            b.checks.push(ticket_check::Model {
                ticket_id: new_id,
                next_check_at: r.t(at),
            });
        }
        Ok(())
    }
}

// ---- PostgreSQL: COPY in text format ---------------------------------------------------------

struct Row<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Row<'a> {
    fn new(out: &'a mut String) -> Self {
        Row { out, first: true }
    }
    fn sep(&mut self) {
        if !self.first {
            self.out.push('\t');
        }
        self.first = false;
    }
    fn null(&mut self) {
        self.sep();
        self.out.push_str("\\N");
    }
    fn s(&mut self, v: &str) {
        self.sep();
        for c in v.chars() {
            match c {
                '\\' => self.out.push_str("\\\\"),
                '\t' => self.out.push_str("\\t"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                c => self.out.push(c),
            }
        }
    }
    fn os(&mut self, v: Option<&str>) {
        match v {
            Some(v) => self.s(v),
            None => self.null(),
        }
    }
    fn u(&mut self, v: Uuid) {
        self.sep();
        self.out.push_str(&v.to_string());
    }
    fn ou(&mut self, v: Option<Uuid>) {
        match v {
            Some(v) => self.u(v),
            None => self.null(),
        }
    }
    fn t(&mut self, v: DateTime<Utc>) {
        self.sep();
        self.out
            .push_str(&v.to_rfc3339_opts(SecondsFormat::Micros, true));
    }
    fn ot(&mut self, v: Option<DateTime<Utc>>) {
        match v {
            Some(v) => self.t(v),
            None => self.null(),
        }
    }
    fn n(&mut self, v: impl std::fmt::Display) {
        self.sep();
        self.out.push_str(&v.to_string());
    }
    fn on<T: std::fmt::Display>(&mut self, v: Option<T>) {
        match v {
            Some(v) => self.n(v),
            None => self.null(),
        }
    }
    fn b(&mut self, v: bool) {
        self.sep();
        self.out.push(if v { 't' } else { 'f' });
    }
    fn j(&mut self, v: &Value) {
        self.s(&v.to_string());
    }
    fn end(self) {
        self.out.push('\n');
    }
}

const TICKET_COLUMNS: &str = "id, reference, kind, priority, channel, state, category_id, department_id, title, \
     description, address, district, latitude, longitude, occurred_at, resident_id, filed_by_id, \
     contact_name, contact_email, contact_phone, confidential, anonymous, tracking_code_hash, \
     locale, open311_key_id, filed_at, dispatched_at, accepted_at, first_response_at, replied_at, \
     closed_at, dispatch_due, accept_due, reply_due, reply_paused_at, reply_remaining_secs, \
     deadline_version, extension_count, redo_count, return_count, department_count, \
     merged_into_id, version, updated_at";

async fn copy_in(store: &Store, sql: &str, data: String) -> Result<(), BoxError> {
    use sea_orm::sqlx::postgres::PgPoolCopyExt;
    if data.is_empty() {
        return Ok(());
    }
    let pool = store.connection().get_postgres_connection_pool();
    let mut copy = pool.copy_in_raw(sql).await?;
    copy.send(data.into_bytes()).await?;
    copy.finish().await?;
    Ok(())
}

/// COPYs `items` into a table, one row each, written by `row`.
async fn copy_rows<T>(
    store: &Store,
    sql: &str,
    items: &[T],
    row: impl Fn(&mut Row<'_>, &T),
) -> Result<(), BoxError> {
    let mut s = String::with_capacity(items.len() * 256);
    for x in items {
        let mut r = Row::new(&mut s);
        row(&mut r, x);
        r.end();
    }
    copy_in(store, sql, s).await
}

async fn copy_batch(store: &Store, b: &Batch) -> Result<(), BoxError> {
    copy_rows(
        store,
        &format!("COPY tickets ({TICKET_COLUMNS}) FROM STDIN"),
        &b.tickets,
        |r, t| {
            r.u(t.id);
            r.s(&t.reference);
            r.s(&t.kind);
            r.s(&t.priority);
            r.s(&t.channel);
            r.s(&t.state);
            r.ou(t.category_id);
            r.ou(t.department_id);
            r.s(&t.title);
            r.s(&t.description);
            r.s(&t.address);
            r.s(&t.district);
            r.on(t.latitude);
            r.on(t.longitude);
            r.ot(t.occurred_at);
            r.ou(t.resident_id);
            r.ou(t.filed_by_id);
            r.os(t.contact_name.as_deref());
            r.os(t.contact_email.as_deref());
            r.os(t.contact_phone.as_deref());
            r.b(t.confidential);
            r.b(t.anonymous);
            r.os(t.tracking_code_hash.as_deref());
            r.s(&t.locale);
            r.ou(t.open311_key_id);
            r.t(t.filed_at);
            r.ot(t.dispatched_at);
            r.ot(t.accepted_at);
            r.ot(t.first_response_at);
            r.ot(t.replied_at);
            r.ot(t.closed_at);
            r.ot(t.dispatch_due);
            r.ot(t.accept_due);
            r.ot(t.reply_due);
            r.ot(t.reply_paused_at);
            r.on(t.reply_remaining_secs);
            r.n(t.deadline_version);
            r.n(t.extension_count);
            r.n(t.redo_count);
            r.n(t.return_count);
            r.n(t.department_count);
            r.ou(t.merged_into_id);
            r.n(t.version);
            r.t(t.updated_at);
        },
    )
    .await?;

    copy_rows(store, "COPY ticket_events (id, seq, ticket_id, actor_id, actor_role, kind, payload, occurred_at, prev_hash, hash, pos) FROM STDIN", &b.events, |r, e| {
        r.u(e.id);
        r.n(e.seq.unwrap_or_default());
        r.ou(e.ticket_id);
        r.ou(e.actor_id);
        r.os(e.actor_role.as_deref());
        r.s(&e.kind);
        r.j(&e.payload);
        r.t(e.occurred_at);
        r.s(e.prev_hash.as_deref().unwrap_or_default());
        r.s(e.hash.as_deref().unwrap_or_default());
        r.n(e.pos);
    })
    .await?;

    copy_rows(store, "COPY ticket_messages (id, ticket_id, event_id, author_id, author_role, message_kind, body, created_at) FROM STDIN", &b.messages, |r, m| {
        r.u(m.id);
        r.u(m.ticket_id);
        r.u(m.event_id);
        r.ou(m.author_id);
        r.os(m.author_role.as_deref());
        r.s(&m.message_kind);
        r.s(&m.body);
        r.t(m.created_at);
    })
    .await?;

    copy_rows(store, "COPY ratings (id, ticket_id, rated_by, solved, satisfaction, comment, redo_round, created_at) FROM STDIN", &b.ratings, |r, x| {
        r.u(x.id);
        r.u(x.ticket_id);
        r.ou(x.rated_by);
        r.b(x.solved);
        r.s(&x.satisfaction);
        r.os(x.comment.as_deref());
        r.n(x.redo_round);
        r.t(x.created_at);
    })
    .await?;

    copy_rows(store, "COPY extension_requests (id, ticket_id, requested_by, reason, requested_due, decision, decided_by, decided_at, decision_note, created_at) FROM STDIN", &b.extensions, |r, x| {
        r.u(x.id);
        r.u(x.ticket_id);
        r.u(x.requested_by);
        r.s(&x.reason);
        r.t(x.requested_due);
        r.s(&x.decision);
        r.ou(x.decided_by);
        r.ot(x.decided_at);
        r.os(x.decision_note.as_deref());
        r.t(x.created_at);
    })
    .await?;

    copy_rows(store, "COPY supervision_orders (id, ticket_id, department_id, issued_by, reason, due_at, response, responded_by, responded_at, automatic, created_at) FROM STDIN", &b.orders, |r, o| {
        r.u(o.id);
        r.u(o.ticket_id);
        r.ou(o.department_id);
        r.ou(o.issued_by);
        r.s(&o.reason);
        r.ot(o.due_at);
        r.os(o.response.as_deref());
        r.ou(o.responded_by);
        r.ot(o.responded_at);
        r.b(o.automatic);
        r.t(o.created_at);
    })
    .await?;

    copy_rows(
        store,
        "COPY escalation_firings (id, ticket_id, rule, deadline_version, fired_at) FROM STDIN",
        &b.firings,
        |r, f| {
            r.u(f.id);
            r.u(f.ticket_id);
            r.s(&f.rule);
            r.n(f.deadline_version);
            r.t(f.fired_at);
        },
    )
    .await?;
    copy_rows(
        store,
        "COPY ticket_checks (ticket_id, next_check_at) FROM STDIN",
        &b.checks,
        |r, c| {
            r.u(c.ticket_id);
            r.t(c.next_check_at);
        },
    )
    .await?;
    Ok(())
}

// ---- SQLite: multi-row INSERTs ----------------------------------------------------------------

/// SQLite allows 32,766 bound values in one statement.
fn rows_per_insert(columns: usize) -> usize {
    (32_000 / columns).max(1)
}

async fn insert_all<E, A, M>(
    conn: &impl ConnectionTrait,
    rows: Vec<M>,
    columns: usize,
) -> Result<(), BoxError>
where
    E: EntityTrait,
    A: ActiveModelTrait<Entity = E> + Clone + Send,
    M: IntoActiveModel<A>,
{
    let mut rows = rows
        .into_iter()
        .map(IntoActiveModel::into_active_model)
        .peekable();
    let n = rows_per_insert(columns);
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(n).collect();
        E::insert_many(chunk).exec_without_returning(conn).await?;
    }
    Ok(())
}

async fn insert_batch(store: &Store, b: Batch) -> Result<(), BoxError> {
    let w = store.write().await?;
    let c = w.conn();
    insert_all(c, b.tickets, 45).await?;
    insert_all(c, b.events, 11).await?;
    insert_all(c, b.messages, 8).await?;
    insert_all(c, b.ratings, 8).await?;
    insert_all(c, b.extensions, 10).await?;
    insert_all(c, b.orders, 11).await?;
    insert_all(c, b.firings, 5).await?;
    insert_all(c, b.checks, 2).await?;
    w.commit().await?;
    Ok(())
}
