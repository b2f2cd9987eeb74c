//! Loading the configuration that deadlines depend on: the SLA policy, the escalation rules and
//! the business calendar (the city's, or a department's own).

use crate::Store;
use crate::entity::{business_calendar, calendar_day, department, sla_policy};
use crate::error::{StoreError, StoreResult};
use chrono::NaiveDate;
use minsheng_domain::calendar::{BusinessCalendar, WorkingPeriod};
use minsheng_domain::escalation::EscalationConfig;
use minsheng_domain::sla::SlaPolicy;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::time::Instant;
use uuid::Uuid;

/// Everything needed to compute a ticket's deadlines.
#[derive(Debug, Clone)]
pub struct PolicyBundle {
    pub policy_id: Uuid,
    pub policy: SlaPolicy,
    pub escalation: EscalationConfig,
    pub calendar: BusinessCalendar,
}

/// Policies already loaded, by department, with the configuration generation and the instant
/// they were read at (`cached`).
#[derive(Debug, Default)]
pub struct PolicyCache {
    by_department: HashMap<Option<Uuid>, (u64, Instant, PolicyBundle)>,
}

/// [`load_policy`], kept in memory for the hot paths (filing): reloaded when the configuration
/// changed through this process, and at least once a second for changes through another.
pub async fn cached<C: ConnectionTrait>(
    store: &Store,
    db: &C,
    department_id: Option<Uuid>,
) -> StoreResult<PolicyBundle> {
    let generation = store.config_generation();
    if let Ok(cache) = store.policies.lock()
        && let Some((g, at, bundle)) = cache.by_department.get(&department_id)
        && *g == generation
        && at.elapsed() < crate::reuse::TRUSTED_FOR
    {
        return Ok(bundle.clone());
    }
    let bundle = load_policy(db, department_id).await?;
    if let Ok(mut cache) = store.policies.lock() {
        cache
            .by_department
            .insert(department_id, (generation, Instant::now(), bundle.clone()));
    }
    Ok(bundle)
}

/// Loads one business calendar with its holidays and make-up days.
pub async fn load_calendar<C: ConnectionTrait>(
    db: &C,
    calendar_id: Uuid,
) -> StoreResult<BusinessCalendar> {
    let cal = business_calendar::Entity::find_by_id(calendar_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::internal(format!("calendar {calendar_id} is missing")))?;
    let weekly: [Vec<WorkingPeriod>; 7] = serde_json::from_value(cal.weekly.clone())
        .map_err(|e| StoreError::internal(format!("calendar {calendar_id} weekly periods: {e}")))?;
    let days = calendar_day::Entity::find()
        .filter(calendar_day::Column::CalendarId.eq(calendar_id))
        .all(db)
        .await?;
    let mut holidays = Vec::new();
    let mut makeup = Vec::new();
    for d in days {
        let date = NaiveDate::parse_from_str(&d.day, "%Y-%m-%d")
            .map_err(|e| StoreError::internal(format!("calendar day {}: {e}", d.day)))?;
        if d.day_kind == "holiday" {
            holidays.push(date);
        } else {
            makeup.push(date);
        }
    }
    Ok(BusinessCalendar::new(
        &cal.time_zone,
        weekly,
        holidays,
        makeup,
    )?)
}

/// The default policy, with the calendar of `department_id` when that department has its own.
pub async fn load_policy<C: ConnectionTrait>(
    db: &C,
    department_id: Option<Uuid>,
) -> StoreResult<PolicyBundle> {
    let row = sla_policy::Entity::find()
        .filter(sla_policy::Column::IsDefault.eq(true))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::internal("no default SLA policy is configured"))?;
    let policy: SlaPolicy = serde_json::from_value(row.policy.clone())
        .map_err(|e| StoreError::internal(format!("SLA policy {}: {e}", row.id)))?;
    let escalation: EscalationConfig = serde_json::from_value(row.escalation.clone())
        .map_err(|e| StoreError::internal(format!("escalation rules {}: {e}", row.id)))?;
    let mut calendar_id = row.calendar_id;
    if let Some(dept) = department_id
        && let Some(d) = department::Entity::find_by_id(dept).one(db).await?
        && let Some(own) = d.calendar_id
    {
        calendar_id = own;
    }
    Ok(PolicyBundle {
        policy_id: row.id,
        policy,
        escalation,
        calendar: load_calendar(db, calendar_id).await?,
    })
}
