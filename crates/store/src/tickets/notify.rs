//! Who hears about what (SPEC §7). Each function writes outbox rows in the caller's transaction,
//! so a notification exists if and only if the event that caused it does.

use crate::entity::{ticket, ticket_follower, user};
use crate::error::StoreResult;
use crate::outbox::{NewMessage, enqueue, enqueue_all};
use chrono::{DateTime, Utc};
use minsheng_domain::lifecycle::Action;
use minsheng_domain::{Locale, Role};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// Ids per `IN (…)` list, well under both databases' parameter limits.
pub(crate) const IDS_PER_QUERY: usize = 5_000;

fn locale_of(s: &str) -> Locale {
    s.parse().unwrap_or(Locale::ZhCn)
}

fn base_payload(t: &ticket::Model) -> serde_json::Value {
    json!({
        "ticket_id": t.id,
        "reference": t.reference,
        "title": t.title,
        "state": t.state,
        "reply_due": t.reply_due,
    })
}

/// The resident's address: their account's email, else the contact email they gave.
async fn resident_recipient<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
) -> StoreResult<Option<(Option<Uuid>, String, Locale)>> {
    let account = match t.resident_id {
        Some(uid) => user::Entity::find_by_id(uid).one(db).await?,
        None => None,
    };
    Ok(recipient_of(account.as_ref(), t))
}

/// The resident's address given their account (`None` when they have none, or it is gone).
fn recipient_of(account: Option<&user::Model>, t: &ticket::Model) -> Option<Recipient> {
    if let Some(u) = account
        && u.active
        && u.deleted_at.is_none()
        && let Some(email) = &u.email
    {
        return Some((Some(u.id), email.clone(), locale_of(&u.locale)));
    }
    t.contact_email
        .clone()
        .map(|e| (None, e, locale_of(&t.locale)))
}

/// Active staff of a department, optionally only its heads.
pub(crate) async fn department_staff<C: ConnectionTrait>(
    db: &C,
    department_id: Uuid,
    heads_only: bool,
) -> StoreResult<Vec<user::Model>> {
    let mut q = user::Entity::find()
        .filter(user::Column::DepartmentId.eq(department_id))
        .filter(user::Column::Role.eq(Role::Staff.as_str()))
        .filter(user::Column::Active.eq(true));
    if heads_only {
        q = q.filter(user::Column::IsDepartmentHead.eq(true));
    }
    Ok(q.all(db).await?)
}

/// Active users with `role`.
pub(crate) async fn users_with_role<C: ConnectionTrait>(
    db: &C,
    role: Role,
) -> StoreResult<Vec<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(role.as_str()))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?)
}

pub(crate) async fn to_users<C: ConnectionTrait>(
    db: &C,
    users: &[user::Model],
    kind: &'static str,
    t: &ticket::Model,
    payload: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    enqueue_all(db, user_messages(users, kind, t, &payload), now).await
}

/// The messages of kind `kind` that tell `users` (those with an address) about `t`.
pub(crate) fn user_messages(
    users: &[user::Model],
    kind: &'static str,
    t: &ticket::Model,
    payload: &serde_json::Value,
) -> Vec<NewMessage> {
    users
        .iter()
        .filter_map(|u| {
            Some(NewMessage {
                kind,
                ticket_id: Some(t.id),
                recipient_id: Some(u.id),
                recipient_email: u.email.clone()?,
                locale: locale_of(&u.locale),
                payload: payload.clone(),
            })
        })
        .collect()
}

async fn to_resident<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    kind: &'static str,
    payload: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    if let Some(msg) = resident_message(db, t, kind, payload).await? {
        enqueue(db, msg, now).await?;
    }
    Ok(())
}

/// The message of kind `kind` that tells the resident about `t`, when they have an address.
async fn resident_message<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    kind: &'static str,
    payload: serde_json::Value,
) -> StoreResult<Option<NewMessage>> {
    Ok(resident_recipient(db, t)
        .await?
        .map(|(recipient_id, email, locale)| NewMessage {
            kind,
            ticket_id: Some(t.id),
            recipient_id,
            recipient_email: email,
            locale,
            payload,
        }))
}

/// Where a follower is told: their account (if any), address and language.
pub(crate) type Recipient = (Option<Uuid>, String, Locale);

/// Tells the people who follow `t` (SPEC §8) that it has moved on.
pub(crate) async fn to_followers<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let Some(followers) = followers_of(db, &[t.id]).await?.remove(&t.id) else {
        return Ok(());
    };
    enqueue_all(db, follower_messages(t, &followers), now).await
}

/// The followers of each of `ticket_ids` who can be told: accounts that are active and not
/// deleted, and the addresses anonymous followers gave.
pub(crate) async fn followers_of<C: ConnectionTrait>(
    db: &C,
    ticket_ids: &[Uuid],
) -> StoreResult<HashMap<Uuid, Vec<Recipient>>> {
    let mut out: HashMap<Uuid, Vec<Recipient>> = HashMap::new();
    for ids in ticket_ids.chunks(IDS_PER_QUERY) {
        let followers = ticket_follower::Entity::find()
            .filter(ticket_follower::Column::TicketId.is_in(ids.iter().copied()))
            .all(db)
            .await?;
        if followers.is_empty() {
            continue;
        }
        let users: HashMap<Uuid, user::Model> = user::Entity::find()
            .filter(user::Column::Id.is_in(followers.iter().filter_map(|f| f.user_id)))
            .filter(user::Column::Active.eq(true))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        for f in followers {
            let recipient = match f.user_id {
                Some(uid) => users
                    .get(&uid)
                    .filter(|u| u.deleted_at.is_none())
                    .and_then(|u| Some((Some(u.id), u.email.clone()?, locale_of(&u.locale)))),
                None => f.email.map(|e| (None, e, locale_of(&f.locale))),
            };
            if let Some(r) = recipient {
                out.entry(f.ticket_id).or_default().push(r);
            }
        }
    }
    Ok(out)
}

/// The messages that tell `followers` that `t` has moved on. They read someone else's ticket,
/// so the message names its state only, never what was said.
pub(crate) fn follower_messages(t: &ticket::Model, followers: &[Recipient]) -> Vec<NewMessage> {
    let payload = base_payload(t);
    followers
        .iter()
        .map(|(recipient_id, email, locale)| NewMessage {
            kind: "followed_update",
            ticket_id: Some(t.id),
            recipient_id: *recipient_id,
            recipient_email: email.clone(),
            locale: *locale,
            payload: payload.clone(),
        })
        .collect()
}

/// The receipt for `t` to `recipient`, with the tracking code of an anonymous filer.
fn receipt_to(
    recipient: Option<Recipient>,
    t: &ticket::Model,
    tracking_code: Option<&str>,
) -> Option<NewMessage> {
    let mut p = base_payload(t);
    if let (Some(code), Some(obj)) = (tracking_code, p.as_object_mut()) {
        obj.insert("tracking_code".into(), json!(code));
    }
    recipient.map(|(recipient_id, email, locale)| NewMessage {
        kind: "filing_receipt",
        ticket_id: Some(t.id),
        recipient_id,
        recipient_email: email,
        locale,
        payload: p,
    })
}

/// The messages that tell the department's staff a ticket has arrived (not yet written).
pub(crate) async fn dispatched_messages<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
) -> StoreResult<Vec<NewMessage>> {
    let Some(d) = t.department_id else {
        return Ok(Vec::new());
    };
    let staff = department_staff(db, d, false).await?;
    Ok(dispatched_to(&staff, t))
}

fn dispatched_to(staff: &[user::Model], t: &ticket::Model) -> Vec<NewMessage> {
    let mut p = base_payload(t);
    if let Some(obj) = p.as_object_mut() {
        obj.insert("accept_due".into(), json!(t.accept_due));
    }
    user_messages(staff, "dispatched", t, &p)
}

/// Who a filing's mail may go to: the resident's account and, when it was dispatched, the
/// department's active staff. `None` when nobody.
pub(crate) fn filing_recipients(
    filed: &ticket::Model,
    dispatched: Option<&ticket::Model>,
) -> Option<Condition> {
    let mut who = Condition::any();
    if let Some(id) = filed.resident_id {
        who = who.add(user::Column::Id.eq(id));
    }
    if let Some(d) = dispatched.and_then(|t| t.department_id) {
        who = who.add(
            Condition::all()
                .add(user::Column::DepartmentId.eq(d))
                .add(user::Column::Role.eq(Role::Staff.as_str()))
                .add(user::Column::Active.eq(true)),
        );
    }
    (!who.is_empty()).then_some(who)
}

/// The accounts of any of `recipients` (see [`filing_recipients`]), several filings' with one
/// query.
pub(crate) async fn filing_users<C: ConnectionTrait>(
    db: &C,
    recipients: impl IntoIterator<Item = Option<Condition>>,
) -> StoreResult<Vec<user::Model>> {
    let mut who = Condition::any();
    for r in recipients.into_iter().flatten() {
        who = who.add(r);
    }
    if who.is_empty() {
        return Ok(Vec::new());
    }
    Ok(user::Entity::find().filter(who).all(db).await?)
}

/// A filing's mail (not yet written): the receipt for `filed` and, when the routing catalogue
/// dispatched it (`dispatched`, the ticket as it stands after), the message to each of the
/// department's staff. `users` holds at least its [recipients'](filing_recipients) accounts.
pub(crate) fn filing_messages_among(
    users: &[user::Model],
    filed: &ticket::Model,
    tracking_code: Option<&str>,
    dispatched: Option<&ticket::Model>,
) -> Vec<NewMessage> {
    let department = dispatched.and_then(|t| t.department_id);
    let is_staff = |u: &user::Model| {
        department.is_some()
            && u.department_id == department
            && u.role == Role::Staff.as_str()
            && u.active
    };
    let account = filed
        .resident_id
        .and_then(|id| users.iter().find(|u| u.id == id));
    let mut mail: Vec<NewMessage> = receipt_to(recipient_of(account, filed), filed, tracking_code)
        .into_iter()
        .collect();
    if let Some(t) = dispatched {
        let staff: Vec<user::Model> = users.iter().filter(|u| is_staff(u)).cloned().collect();
        mail.extend(dispatched_to(&staff, t));
    }
    mail
}

/// Tells the department's staff a ticket has arrived.
pub async fn dispatched<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    enqueue_all(db, dispatched_messages(db, t).await?, now).await
}

pub async fn extension_decided<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    requested_by: Uuid,
    approved: bool,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let users: Vec<user::Model> = user::Entity::find_by_id(requested_by)
        .one(db)
        .await?
        .into_iter()
        .collect();
    let mut p = base_payload(t);
    if let Some(obj) = p.as_object_mut() {
        obj.insert("approved".into(), json!(approved));
    }
    to_users(db, &users, "extension_decided", t, p, now).await
}

/// The notifications a transition causes.
pub async fn after_transition<C: ConnectionTrait>(
    db: &C,
    t: &ticket::Model,
    action: Action,
    body: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut p = base_payload(t);
    if let (Some(b), Some(obj)) = (body, p.as_object_mut()) {
        obj.insert("body".into(), json!(b));
    }
    if matches!(
        action,
        Action::Accept
            | Action::Reply
            | Action::Rate
            | Action::AutoClose
            | Action::Reopen
            | Action::Refuse
            | Action::Withdraw
            | Action::Merge
    ) {
        to_followers(db, t, now).await?;
    }
    match action {
        Action::Dispatch | Action::Redispatch | Action::UpholdDispatch => {
            dispatched(db, t, now).await
        }
        Action::AskResident => to_resident(db, t, "question", p, now).await,
        Action::Reply => {
            to_resident(db, t, "reply_published", p.clone(), now).await?;
            to_resident(db, t, "rate_request", p, now).await
        }
        Action::Reopen => {
            if let Some(d) = t.department_id {
                let staff = department_staff(db, d, false).await?;
                to_users(db, &staff, "reopened", t, p, now).await?;
            }
            Ok(())
        }
        Action::Merge => to_resident(db, t, "merged", p, now).await,
        Action::Refuse => to_resident(db, t, "refused", p, now).await,
        Action::Supervise => {
            if let Some(d) = t.department_id {
                let staff = department_staff(db, d, false).await?;
                to_users(db, &staff, "supervision_order", t, p, now).await?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
