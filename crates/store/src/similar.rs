//! Similar tickets (SPEC §8): suggestions while a resident files, possible duplicates for agents,
//! following a ticket instead of filing another, and the repeat-matters report for oversight.
//!
//! Candidates come from the `similarity_keys` index (MinHash bands, grid cell and house number,
//! each within the category; see `minsheng_domain::similarity`), which holds open tickets only: a
//! ticket enters it when filed, leaves it when it closes and comes back if it is reopened. A
//! suggestion is a few index lookups and the exact comparison of at most [`MAX_CANDIDATES`]
//! tickets, whatever the number of open tickets.

use crate::Store;
use crate::chain::db_instant;
use crate::entity::{similarity_key, ticket, ticket_follower, user};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use crate::tickets::read::scope;
use chrono::{DateTime, Utc};
use minsheng_domain::input::{GeoPoint, Reference};
use minsheng_domain::similarity::{
    Likeness, Matter, Shingles, assess, clusters, index_keys, probe_keys,
};
use minsheng_domain::{Role, State};
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::{BTreeSet, HashMap, HashSet};
use uuid::Uuid;

/// The most candidates compared exactly for one suggestion: those sharing the most index keys.
pub const MAX_CANDIDATES: u64 = 100;
/// The most tickets one repeat-matters report looks at.
pub const MAX_REPORT_TICKETS: u64 = 20_000;

/// What a resident is about to file.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub category_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    pub address: String,
    pub district: String,
    pub location: Option<GeoPoint>,
}

/// One suggested ticket and how alike it is.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub ticket: ticket::Model,
    pub likeness: Likeness,
}

fn open_states() -> Vec<&'static str> {
    State::ALL
        .iter()
        .filter(|s| s.is_open())
        .map(|s| s.as_str())
        .collect()
}

fn scope_bytes(category: Option<Uuid>) -> [u8; 16] {
    category.unwrap_or(Uuid::nil()).into_bytes()
}

fn matter(t: &ticket::Model) -> Matter<'_> {
    Matter {
        title: &t.title,
        description: &t.description,
        address: &t.address,
        district: &t.district,
        location: t.latitude.zip(t.longitude),
    }
}

fn draft_matter(d: &Draft) -> Matter<'_> {
    Matter {
        title: &d.title,
        description: &d.description,
        address: &d.address,
        district: &d.district,
        location: d.location.map(|g| (g.lat, g.lon)),
    }
}

fn keys_of(t: &ticket::Model) -> BTreeSet<i64> {
    let m = matter(t);
    index_keys(&scope_bytes(t.category_id), &m, &m.shingles())
        .into_iter()
        .collect()
}

/// Keeps the index to open tickets: called in the transaction that opened or closed `t`.
pub(crate) async fn sync_index_in<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    open: bool,
) -> StoreResult<()> {
    if open {
        index_in(db, t).await
    } else {
        similarity_key::Entity::delete_many()
            .filter(similarity_key::Column::TicketId.eq(t.id))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// Puts a ticket in the index, in the filing (or reopening) transaction.
pub(crate) async fn index_in<C: ConnectionTrait>(db: &C, t: &ticket::Model) -> StoreResult<()> {
    let rows = key_rows(t);
    if rows.is_empty() {
        return Ok(());
    }
    similarity_key::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The index rows of `t`, not yet written.
pub(crate) fn key_rows(t: &ticket::Model) -> Vec<similarity_key::ActiveModel> {
    keys_of(t)
        .into_iter()
        .map(|k| similarity_key::ActiveModel {
            sim_key: Set(k),
            ticket_id: Set(t.id),
        })
        .collect()
}

/// Open tickets of `category` sharing a key with `probe`, except `except`.
async fn candidates<C: ConnectionTrait>(
    db: &C,
    category: Option<Uuid>,
    probe: Vec<i64>,
    except: Option<Uuid>,
) -> StoreResult<Vec<ticket::Model>> {
    if probe.is_empty() {
        return Ok(Vec::new());
    }
    let probe: BTreeSet<i64> = probe.into_iter().collect();
    // The tickets sharing the most keys first: the same matter shares its place's cell, its
    // house number and several text bands, while an unrelated ticket of the category shares a
    // band now and then.
    // Keys are scoped to the category and the index holds open tickets only, so the ranking is
    // answered from the index alone.
    let mut ranking = similarity_key::Entity::find()
        .select_only()
        .column(similarity_key::Column::TicketId)
        .column_as(similarity_key::Column::SimKey.count(), "shared")
        .filter(similarity_key::Column::SimKey.is_in(probe));
    if let Some(id) = except {
        ranking = ranking.filter(similarity_key::Column::TicketId.ne(id));
    }
    let ranked: Vec<(Uuid, i64)> = ranking
        .group_by(similarity_key::Column::TicketId)
        .order_by_desc(Expr::col(Alias::new("shared")))
        .limit(MAX_CANDIDATES)
        .into_tuple()
        .all(db)
        .await?;
    if ranked.is_empty() {
        return Ok(Vec::new());
    }
    let rank: HashMap<Uuid, usize> = ranked
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    // The state and category are checked again on the rows: the index is kept in the same
    // transactions as the states, but a 64-bit key may still collide across categories.
    let mut found = ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(ranked.into_iter().map(|(id, _)| id)))
        .filter(ticket::Column::State.is_in(open_states()))
        .filter(match category {
            Some(c) => ticket::Column::CategoryId.eq(c),
            None => ticket::Column::CategoryId.is_null(),
        })
        .all(db)
        .await?;
    found.sort_by_key(|t| rank.get(&t.id).copied().unwrap_or(usize::MAX));
    Ok(found)
}

fn rank(
    base: &Matter<'_>,
    base_sh: &Shingles,
    found: Vec<ticket::Model>,
    limit: usize,
) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = found
        .into_iter()
        .filter_map(|t| {
            let m = matter(&t);
            let likeness = assess(base, base_sh, &m, &m.shingles())?;
            Some(Suggestion {
                ticket: t,
                likeness,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.likeness
            .score
            .total_cmp(&a.likeness.score)
            .then(b.ticket.filed_at.cmp(&a.ticket.filed_at))
    });
    out.truncate(limit);
    out
}

/// Up to `limit` open tickets of the draft's category that look like the same matter, best first.
/// Anyone about to file may ask; confidential tickets are never suggested to the public, since
/// their complainants asked not to be seen.
pub async fn suggest(
    store: &Store,
    who: &Principal,
    draft: &Draft,
    limit: usize,
) -> StoreResult<Vec<Suggestion>> {
    let m = draft_matter(draft);
    let sh = m.shingles();
    let probe = probe_keys(&scope_bytes(draft.category_id), &m, &sh);
    let mut found = candidates(&store.db, draft.category_id, probe, None).await?;
    let official = matches!(who.role(), Some(Role::Agent | Role::Supervisor));
    if !official {
        found.retain(|t| !t.confidential);
    }
    Ok(rank(&m, &sh, found, limit))
}

/// Open tickets that may be the same matter as ticket `id`, for the agents who merge them.
pub async fn possible_duplicates(
    store: &Store,
    who: &Principal,
    id: Uuid,
    limit: usize,
) -> StoreResult<Vec<Suggestion>> {
    if !matches!(who.role(), Some(Role::Agent | Role::Supervisor)) {
        return Err(StoreError::Forbidden(
            "only the hotline centre and supervisors see possible duplicates".into(),
        ));
    }
    let t = ticket::Entity::find_by_id(id)
        .filter(scope(who)?)
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let m = matter(&t);
    let sh = m.shingles();
    let probe = probe_keys(&scope_bytes(t.category_id), &m, &sh);
    let found = candidates(&store.db, t.category_id, probe, Some(t.id)).await?;
    Ok(rank(&m, &sh, found, limit))
}

/// A cluster of tickets that look like one matter, filed within the report's period.
#[derive(Debug, Clone)]
pub struct RepeatCluster {
    pub department_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    /// Oldest first.
    pub tickets: Vec<ticket::Model>,
    /// Tickets of the cluster handled on their own rather than merged: more than one means the
    /// same matter was handled more than once (重复受理).
    pub handled_separately: usize,
}

/// Clusters of similar tickets filed in `[from, to)`, optionally within one department's
/// subtree, largest first (supervisors and agents).
pub async fn repeat_matters(
    store: &Store,
    who: &Principal,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    departments: Option<Vec<Uuid>>,
) -> StoreResult<Vec<RepeatCluster>> {
    if !matches!(who.role(), Some(Role::Agent | Role::Supervisor)) {
        return Err(StoreError::Forbidden(
            "the repeat-matters report is for supervisors and the hotline centre".into(),
        ));
    }
    if to <= from {
        return Err(StoreError::invalid("to", "must be after from"));
    }
    let mut q = ticket::Entity::find()
        .filter(ticket::Column::FiledAt.gte(db_instant(from)))
        .filter(ticket::Column::FiledAt.lt(db_instant(to)))
        .order_by_asc(ticket::Column::FiledAt)
        .limit(MAX_REPORT_TICKETS);
    if let Some(ds) = &departments {
        q = q.filter(ticket::Column::DepartmentId.is_in(ds.iter().copied()));
    }
    let tickets = q.all(&store.db).await?;
    if tickets.len() < 2 {
        return Ok(Vec::new());
    }
    // Candidate pairs: tickets of the period sharing an index key. Closed tickets have left the
    // index, so their keys are computed here, as filing computed them.
    let mut by_key: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, t) in tickets.iter().enumerate() {
        for k in keys_of(t) {
            by_key.entry(k).or_default().push(i);
        }
    }
    let matters: Vec<Matter<'_>> = tickets.iter().map(matter).collect();
    let shingles: Vec<Shingles> = matters.iter().map(Matter::shingles).collect();
    let mut checked = HashSet::new();
    let mut pairs = Vec::new();
    for group in by_key.values() {
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                let pair = (a.min(b), a.max(b));
                if tickets[a].category_id != tickets[b].category_id || !checked.insert(pair) {
                    continue;
                }
                let merged_pair = tickets[a].merged_into_id == Some(tickets[b].id)
                    || tickets[b].merged_into_id == Some(tickets[a].id);
                if merged_pair
                    || assess(&matters[a], &shingles[a], &matters[b], &shingles[b]).is_some()
                {
                    pairs.push(pair);
                }
            }
        }
    }
    Ok(clusters(tickets.len(), pairs)
        .into_iter()
        .map(|members| {
            let tickets: Vec<ticket::Model> = members.iter().map(|&i| tickets[i].clone()).collect();
            let handled_separately = tickets
                .iter()
                .filter(|t| t.merged_into_id.is_none())
                .count();
            RepeatCluster {
                department_id: tickets.iter().find_map(|t| t.department_id),
                category_id: tickets.first().and_then(|t| t.category_id),
                tickets,
                handled_separately,
            }
        })
        .collect())
}

/// A ticket someone follows, as they may see it: what it is about and how far it has got, never
/// who filed it.
#[derive(Debug, Clone)]
pub struct Followed {
    pub ticket: ticket::Model,
    pub followed_at: DateTime<Utc>,
}

/// The resident follows the open ticket `reference` instead of filing a new one. Following twice
/// is the same as once.
pub async fn follow(
    store: &Store,
    who: &Principal,
    reference: &Reference,
    now: DateTime<Utc>,
) -> StoreResult<Followed> {
    let Principal::User {
        id,
        role: Role::Resident,
        ..
    } = *who
    else {
        return Err(StoreError::Forbidden(
            "sign in as a resident to follow a ticket".into(),
        ));
    };
    let w = store.write().await?;
    let txn = w.conn();
    let t = ticket::Entity::find()
        .filter(ticket::Column::Reference.eq(reference.as_str()))
        .one(txn)
        .await?
        // A confidential ticket is not offered to others, so it cannot be followed either.
        .filter(|t| !t.confidential || t.resident_id == Some(id))
        .ok_or(StoreError::NotFound)?;
    if t.resident_id == Some(id) || t.filed_by_id == Some(id) {
        return Err(StoreError::Rule(
            "you filed this ticket, so you already hear about its progress".into(),
        ));
    }
    if !t.state.parse::<State>().is_ok_and(State::is_open) {
        return Err(StoreError::Rule(
            "this ticket is closed; file a new one if the matter is back".into(),
        ));
    }
    let u = user::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let existing = ticket_follower::Entity::find()
        .filter(ticket_follower::Column::TicketId.eq(t.id))
        .filter(ticket_follower::Column::UserId.eq(id))
        .one(txn)
        .await?;
    let followed_at = match existing {
        Some(f) => f.created_at,
        None => {
            let now = db_instant(now);
            add_follower_in(txn, t.id, Some(u.id), None, &u.locale, "chose", now).await?;
            now
        }
    };
    w.commit().await?;
    Ok(Followed {
        ticket: t,
        followed_at,
    })
}

/// The resident stops following ticket `reference`.
pub async fn unfollow(store: &Store, who: &Principal, reference: &Reference) -> StoreResult<()> {
    let Some(uid) = who.user_id() else {
        return Err(StoreError::Forbidden("sign in to follow tickets".into()));
    };
    let w = store.write().await?;
    let txn = w.conn();
    let t = ticket::Entity::find()
        .filter(ticket::Column::Reference.eq(reference.as_str()))
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    ticket_follower::Entity::delete_many()
        .filter(ticket_follower::Column::TicketId.eq(t.id))
        .filter(ticket_follower::Column::UserId.eq(uid))
        .exec(txn)
        .await?;
    w.commit().await
}

/// The tickets `who` follows, most recently followed first.
pub async fn followed(store: &Store, who: &Principal) -> StoreResult<Vec<Followed>> {
    let Some(uid) = who.user_id() else {
        return Err(StoreError::Forbidden("sign in to follow tickets".into()));
    };
    let follows = ticket_follower::Entity::find()
        .filter(ticket_follower::Column::UserId.eq(uid))
        .order_by_desc(ticket_follower::Column::CreatedAt)
        .limit(200)
        .all(&store.db)
        .await?;
    let mut tickets: HashMap<Uuid, ticket::Model> = ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(follows.iter().map(|f| f.ticket_id)))
        .all(&store.db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let rows: Vec<(ticket_follower::Model, Option<ticket::Model>)> = follows
        .into_iter()
        .map(|f| {
            let t = tickets.remove(&f.ticket_id);
            (f, t)
        })
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(f, t)| {
            let t = t?;
            Some(Followed {
                ticket: t,
                followed_at: f.created_at,
            })
        })
        .collect())
}

/// Does `who` follow ticket `id`?
pub async fn follows(store: &Store, who: &Principal, id: Uuid) -> StoreResult<bool> {
    let Some(uid) = who.user_id() else {
        return Ok(false);
    };
    Ok(ticket_follower::Entity::find()
        .filter(ticket_follower::Column::TicketId.eq(id))
        .filter(ticket_follower::Column::UserId.eq(uid))
        .one(&store.db)
        .await?
        .is_some())
}

/// Adds a follower unless they already follow the ticket.
pub(crate) async fn add_follower_in<C: ConnectionTrait>(
    db: &C,
    ticket_id: Uuid,
    user_id: Option<Uuid>,
    email: Option<String>,
    locale: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut q =
        ticket_follower::Entity::find().filter(ticket_follower::Column::TicketId.eq(ticket_id));
    q = match (&user_id, &email) {
        (Some(u), _) => q.filter(ticket_follower::Column::UserId.eq(*u)),
        (None, Some(e)) => q.filter(ticket_follower::Column::Email.eq(e.clone())),
        (None, None) => return Ok(()),
    };
    if q.one(db).await?.is_some() {
        return Ok(());
    }
    ticket_follower::Entity::insert(ticket_follower::ActiveModel {
        id: Set(Uuid::now_v7()),
        ticket_id: Set(ticket_id),
        user_id: Set(user_id),
        email: Set(email),
        locale: Set(locale.to_owned()),
        reason: Set(reason.to_owned()),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
