//! Configuration that admins manage (SPEC §1 `admin`): departments, categories, the routing
//! catalogue, the SLA policy and escalation rules, business calendars, and users' roles.
//!
//! Every change is one transaction that also appends a `config_changed` event to the audit chain,
//! so oversight can see who changed a deadline rule and when.

use crate::Store;
use crate::chain::{EventActor, append_event, db_instant};
use crate::entity::{
    business_calendar, calendar_day, category, department, routing_rule, sla_policy, user,
};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use chrono::{DateTime, NaiveDate, Utc};
use minsheng_domain::calendar::{BusinessCalendar, WorkingPeriod};
use minsheng_domain::escalation::EscalationConfig;
use minsheng_domain::sla::SlaPolicy;
use minsheng_domain::{Kind, Role};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

/// Only admins change configuration.
fn admin(who: &Principal) -> StoreResult<EventActor> {
    match *who {
        Principal::User {
            id,
            role: Role::Admin,
            ..
        } => Ok(EventActor::person(id, Role::Admin)),
        _ => Err(StoreError::Forbidden(
            "only administrators manage configuration".into(),
        )),
    }
}

async fn audit<C: ConnectionTrait>(
    txn: &C,
    actor: EventActor,
    what: &str,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    append_event(
        txn,
        None,
        actor,
        "config_changed",
        json!({ "what": what, "details": details }),
        now,
    )
    .await?;
    Ok(())
}

fn code(field: &'static str, raw: &str) -> StoreResult<String> {
    let c = raw.trim().to_ascii_lowercase();
    if c.is_empty()
        || c.len() > 50
        || !c
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
    {
        return Err(StoreError::invalid(
            field,
            "must be 1–50 letters, digits, '-' or '_'",
        ));
    }
    Ok(c)
}

fn name(field: &'static str, raw: &str) -> StoreResult<String> {
    let n = raw.trim();
    if n.is_empty() || n.chars().count() > 100 || n.chars().any(char::is_control) {
        return Err(StoreError::invalid(
            field,
            "must be 1–100 characters of plain text",
        ));
    }
    Ok(n.to_owned())
}

/// A department to create or update.
#[derive(Debug, Clone)]
pub struct DepartmentInput {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub parent_id: Option<Uuid>,
    pub calendar_id: Option<Uuid>,
    pub active: bool,
}

/// Creates a department (`id == None`) or updates one. A department cannot become its own
/// ancestor.
pub async fn save_department(
    store: &Store,
    who: &Principal,
    id: Option<Uuid>,
    input: DepartmentInput,
    now: DateTime<Utc>,
) -> StoreResult<department::Model> {
    let actor = admin(who)?;
    let now = db_instant(now);
    let code = code("code", &input.code)?;
    let name_zh = name("nameZh", &input.name_zh)?;
    let name_en = name("nameEn", &input.name_en)?;
    let w = store.write().await?;
    let txn = w.conn();
    if let Some(parent) = input.parent_id {
        // Walk up from the new parent: meeting `id` would make a cycle.
        let mut cursor = Some(parent);
        let mut hops = 0;
        while let Some(c) = cursor {
            if Some(c) == id {
                return Err(StoreError::invalid(
                    "parentId",
                    "a department cannot be placed under itself",
                ));
            }
            let d = department::Entity::find_by_id(c)
                .one(txn)
                .await?
                .ok_or_else(|| StoreError::invalid("parentId", "no such department"))?;
            cursor = d.parent_id;
            hops += 1;
            if hops > 64 {
                return Err(StoreError::invalid("parentId", "the hierarchy is too deep"));
            }
        }
    }
    if let Some(cal) = input.calendar_id
        && business_calendar::Entity::find_by_id(cal)
            .one(txn)
            .await?
            .is_none()
    {
        return Err(StoreError::invalid("calendarId", "no such calendar"));
    }
    let taken = department::Entity::find()
        .filter(department::Column::Code.eq(&code))
        .one(txn)
        .await?;
    if taken.as_ref().is_some_and(|d| Some(d.id) != id) {
        return Err(StoreError::Conflict(format!(
            "department code {code} is taken"
        )));
    }
    // One set of assignments for both creating and updating, so the two cannot drift apart.
    let mut am = match id {
        Some(id) => department::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(StoreError::NotFound)?
            .into_active_model(),
        None => department::ActiveModel {
            id: Set(Uuid::now_v7()),
            created_at: Set(now),
            ..Default::default()
        },
    };
    am.code = Set(code);
    am.name_zh = Set(name_zh);
    am.name_en = Set(name_en);
    am.parent_id = Set(input.parent_id);
    am.calendar_id = Set(input.calendar_id);
    am.active = Set(input.active);
    am.updated_at = Set(now);
    let model = match id {
        Some(_) => am.update(txn).await?,
        None => am.insert(txn).await?,
    };
    audit(
        txn,
        actor,
        "department",
        json!({ "id": model.id, "code": model.code, "active": model.active }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(model)
}

/// A category to create or update.
#[derive(Debug, Clone)]
pub struct CategoryInput {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub description: String,
    pub group_name: String,
    pub keywords: String,
    pub default_kind: Kind,
    pub active: bool,
}

pub async fn save_category(
    store: &Store,
    who: &Principal,
    id: Option<Uuid>,
    input: CategoryInput,
    now: DateTime<Utc>,
) -> StoreResult<category::Model> {
    let actor = admin(who)?;
    let now = db_instant(now);
    let code = code("code", &input.code)?;
    let name_zh = name("nameZh", &input.name_zh)?;
    let name_en = name("nameEn", &input.name_en)?;
    if input.description.chars().count() > 1000 {
        return Err(StoreError::invalid(
            "description",
            "must be at most 1000 characters",
        ));
    }
    if input.group_name.chars().count() > 100 || input.keywords.chars().count() > 500 {
        return Err(StoreError::invalid(
            "keywords",
            "group or keywords too long",
        ));
    }
    let w = store.write().await?;
    let txn = w.conn();
    let taken = category::Entity::find()
        .filter(category::Column::Code.eq(&code))
        .one(txn)
        .await?;
    if taken.as_ref().is_some_and(|c| Some(c.id) != id) {
        return Err(StoreError::Conflict(format!(
            "category code {code} is taken"
        )));
    }
    let mut am = match id {
        Some(id) => category::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(StoreError::NotFound)?
            .into_active_model(),
        None => category::ActiveModel {
            id: Set(Uuid::now_v7()),
            created_at: Set(now),
            ..Default::default()
        },
    };
    am.code = Set(code);
    am.name_zh = Set(name_zh);
    am.name_en = Set(name_en);
    am.description = Set(input.description.trim().to_owned());
    am.group_name = Set(input.group_name.trim().to_owned());
    am.keywords = Set(input.keywords.trim().to_owned());
    am.default_kind = Set(input.default_kind.as_str().to_owned());
    am.active = Set(input.active);
    am.updated_at = Set(now);
    let model = match id {
        Some(_) => am.update(txn).await?,
        None => am.insert(txn).await?,
    };
    audit(
        txn,
        actor,
        "category",
        json!({ "id": model.id, "code": model.code, "active": model.active }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(model)
}

/// The whole routing catalogue, by category then district.
pub async fn routing_rules(store: &Store) -> StoreResult<Vec<routing_rule::Model>> {
    Ok(routing_rule::Entity::find()
        .order_by_asc(routing_rule::Column::CategoryId)
        .order_by_asc(routing_rule::Column::District)
        .all(store.connection())
        .await?)
}

/// Routes `category` (in `district`, or everywhere when empty) to `department`, replacing any
/// rule for the same category and district.
pub async fn set_route(
    store: &Store,
    who: &Principal,
    category_id: Uuid,
    district: &str,
    department_id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<routing_rule::Model> {
    let actor = admin(who)?;
    let now = db_instant(now);
    let district = district.trim().to_owned();
    if district.chars().count() > 50 {
        return Err(StoreError::invalid(
            "district",
            "must be at most 50 characters",
        ));
    }
    let w = store.write().await?;
    let txn = w.conn();
    if category::Entity::find_by_id(category_id)
        .one(txn)
        .await?
        .is_none()
    {
        return Err(StoreError::invalid("categoryId", "no such category"));
    }
    if !department::Entity::find_by_id(department_id)
        .one(txn)
        .await?
        .is_some_and(|d| d.active)
    {
        return Err(StoreError::invalid(
            "departmentId",
            "no such active department",
        ));
    }
    routing_rule::Entity::delete_many()
        .filter(routing_rule::Column::CategoryId.eq(category_id))
        .filter(routing_rule::Column::District.eq(&district))
        .exec(txn)
        .await?;
    let model = routing_rule::ActiveModel {
        id: Set(Uuid::now_v7()),
        category_id: Set(category_id),
        district: Set(district),
        department_id: Set(department_id),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    audit(
        txn,
        actor,
        "routing_rule",
        json!({ "category_id": category_id, "district": model.district, "department_id": department_id }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(model)
}

pub async fn remove_route(
    store: &Store,
    who: &Principal,
    rule_id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let actor = admin(who)?;
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let res = routing_rule::Entity::delete_by_id(rule_id)
        .exec(txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    audit(
        txn,
        actor,
        "routing_rule_removed",
        json!({ "id": rule_id }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(())
}

/// The default SLA policy and escalation rules.
pub async fn default_policy(store: &Store) -> StoreResult<sla_policy::Model> {
    sla_policy::Entity::find()
        .filter(sla_policy::Column::IsDefault.eq(true))
        .one(store.connection())
        .await?
        .ok_or_else(|| StoreError::internal("no default SLA policy is configured"))
}

/// Replaces the default SLA policy and escalation rules. Both are validated by the domain before
/// anything is written; tickets already dispatched keep their deadlines.
pub async fn update_policy(
    store: &Store,
    who: &Principal,
    policy: SlaPolicy,
    escalation: EscalationConfig,
    now: DateTime<Utc>,
) -> StoreResult<sla_policy::Model> {
    let actor = admin(who)?;
    policy
        .validate()
        .map_err(|e| StoreError::invalid("policy", e.to_string()))?;
    escalation
        .validate()
        .map_err(|e| StoreError::invalid("escalation", e.to_string()))?;
    let now = db_instant(now);
    let policy_json =
        serde_json::to_value(&policy).map_err(|e| StoreError::internal(format!("policy: {e}")))?;
    let escalation_json = serde_json::to_value(&escalation)
        .map_err(|e| StoreError::internal(format!("escalation: {e}")))?;
    let w = store.write().await?;
    let txn = w.conn();
    let row = sla_policy::Entity::find()
        .filter(sla_policy::Column::IsDefault.eq(true))
        .one(txn)
        .await?
        .ok_or_else(|| StoreError::internal("no default SLA policy is configured"))?;
    let mut am: sla_policy::ActiveModel = row.into();
    am.policy = Set(policy_json.clone());
    am.escalation = Set(escalation_json.clone());
    am.updated_at = Set(now);
    let model = am.update(txn).await?;
    audit(
        txn,
        actor,
        "sla_policy",
        json!({ "policy": policy_json, "escalation": escalation_json }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(model)
}

/// A calendar with its special days.
#[derive(Debug, Clone)]
pub struct CalendarView {
    pub calendar: business_calendar::Model,
    pub days: Vec<calendar_day::Model>,
}

pub async fn calendars(store: &Store) -> StoreResult<Vec<CalendarView>> {
    let cals = business_calendar::Entity::find()
        .order_by_asc(business_calendar::Column::Name)
        .all(store.connection())
        .await?;
    let days = calendar_day::Entity::find()
        .order_by_asc(calendar_day::Column::Day)
        .all(store.connection())
        .await?;
    Ok(cals
        .into_iter()
        .map(|c| CalendarView {
            days: days
                .iter()
                .filter(|d| d.calendar_id == c.id)
                .cloned()
                .collect(),
            calendar: c,
        })
        .collect())
}

/// Marks `day` as a holiday or a make-up working day (`kind` is `holiday` or `makeup`), or
/// clears it (`kind == None`). The resulting calendar is checked by the domain first, so a
/// calendar with no working time, or a day that is both, is refused.
pub async fn set_calendar_day(
    store: &Store,
    who: &Principal,
    calendar_id: Uuid,
    day: NaiveDate,
    kind: Option<&str>,
    day_name: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let actor = admin(who)?;
    if let Some(k) = kind
        && k != "holiday"
        && k != "makeup"
    {
        return Err(StoreError::invalid("kind", "must be holiday or makeup"));
    }
    if day_name.chars().count() > 50 {
        return Err(StoreError::invalid("name", "must be at most 50 characters"));
    }
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let cal = business_calendar::Entity::find_by_id(calendar_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let date = day.format("%Y-%m-%d").to_string();
    calendar_day::Entity::delete_many()
        .filter(calendar_day::Column::CalendarId.eq(calendar_id))
        .filter(calendar_day::Column::Day.eq(&date))
        .exec(txn)
        .await?;
    if let Some(k) = kind {
        calendar_day::ActiveModel {
            id: Set(Uuid::now_v7()),
            calendar_id: Set(calendar_id),
            day: Set(date.clone()),
            day_kind: Set(k.to_owned()),
            name: Set(day_name.trim().to_owned()),
        }
        .insert(txn)
        .await?;
    }
    // The calendar must still make sense.
    crate::policy::load_calendar(txn, cal.id)
        .await
        .map_err(|e| StoreError::invalid("day", e.to_string()))?;
    audit(
        txn,
        actor,
        "calendar_day",
        json!({ "calendar_id": calendar_id, "day": date, "kind": kind }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(())
}

/// Replaces a calendar's weekly working periods (Monday first) and time zone.
pub async fn set_weekly(
    store: &Store,
    who: &Principal,
    calendar_id: Uuid,
    time_zone: &str,
    weekly: [Vec<WorkingPeriod>; 7],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let actor = admin(who)?;
    // Validate with the domain before writing anything.
    BusinessCalendar::new(time_zone, weekly.clone(), [], [])
        .map_err(|e| StoreError::invalid("weekly", e.to_string()))?;
    let now = db_instant(now);
    let weekly_json =
        serde_json::to_value(&weekly).map_err(|e| StoreError::internal(format!("weekly: {e}")))?;
    let w = store.write().await?;
    let txn = w.conn();
    let cal = business_calendar::Entity::find_by_id(calendar_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut am: business_calendar::ActiveModel = cal.into();
    am.time_zone = Set(time_zone.to_owned());
    am.weekly = Set(weekly_json.clone());
    am.updated_at = Set(now);
    am.update(txn).await?;
    crate::policy::load_calendar(txn, calendar_id)
        .await
        .map_err(|e| StoreError::invalid("weekly", e.to_string()))?;
    audit(
        txn,
        actor,
        "calendar_weekly",
        json!({ "calendar_id": calendar_id, "time_zone": time_zone, "weekly": weekly_json }),
        now,
    )
    .await?;
    w.commit().await?;
    store.config_changed();
    Ok(())
}

/// What an administrator may change about an account.
#[derive(Debug, Clone, Copy)]
pub struct UserUpdate {
    pub role: Role,
    pub department_id: Option<Uuid>,
    pub is_department_head: bool,
    pub active: bool,
}

/// Changes a user's role, department, head flag or active flag. Staff need a department; nobody
/// else has one. An admin cannot demote or deactivate themselves (there must be someone left to
/// undo a mistake).
pub async fn update_user(
    store: &Store,
    who: &Principal,
    user_id: Uuid,
    change: UserUpdate,
    now: DateTime<Utc>,
) -> StoreResult<user::Model> {
    let UserUpdate {
        role,
        department_id,
        is_department_head,
        active,
    } = change;
    let actor = admin(who)?;
    if (role == Role::Staff) != department_id.is_some() {
        return Err(StoreError::invalid(
            "departmentId",
            "staff belong to exactly one department; other roles to none",
        ));
    }
    if who.user_id() == Some(user_id) && (role != Role::Admin || !active) {
        return Err(StoreError::invalid(
            "role",
            "you cannot demote or deactivate your own account",
        ));
    }
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    if let Some(d) = department_id
        && department::Entity::find_by_id(d).one(txn).await?.is_none()
    {
        return Err(StoreError::invalid("departmentId", "no such department"));
    }
    let u = user::Entity::find_by_id(user_id)
        .one(txn)
        .await?
        .filter(|u| u.deleted_at.is_none())
        .ok_or(StoreError::NotFound)?;
    let mut am: user::ActiveModel = u.into();
    am.role = Set(role.as_str().to_owned());
    am.department_id = Set(department_id);
    am.is_department_head = Set(is_department_head && role == Role::Staff);
    am.active = Set(active);
    am.updated_at = Set(now);
    let model = am.update(txn).await?;
    audit(
        txn,
        actor,
        "user",
        json!({ "id": user_id, "role": role, "department_id": department_id, "active": active }),
        now,
    )
    .await?;
    w.commit().await?;
    Ok(model)
}
