//! Administration (SPEC §1 `admin`): departments, categories, the routing catalogue, the SLA
//! policy and escalation rules, business calendars, and users. Every change is audited by the
//! store. The SLA targets are also published to everyone (SPEC §9 transparency).

use super::context::ContextExt;
use super::views::{Category, Department, Priority, TicketKind, parse_id};
use crate::auth::ViewerExt;
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{Duration, NaiveDate, NaiveTime};
use minsheng_domain::Role;
use minsheng_domain::calendar::WorkingPeriod;
use minsheng_domain::escalation::{EscalationConfig, Rule};
use minsheng_domain::sla::{SlaPolicy, SlaTargets, Target};
use minsheng_store::admin::{self, CategoryInput, DepartmentInput, UserUpdate};
use minsheng_store::{Principal, accounts};

fn require_admin(ctx: &Context<'_>) -> ApiResult<Principal> {
    ctx.viewer().require_role(&[Role::Admin])?;
    Ok(ctx.viewer().principal())
}

/// How a deadline is counted.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum TargetBasis {
    /// No deadline.
    None,
    /// Whole working days (`value` = days).
    WorkingDays,
    /// Working time (`value` = minutes).
    WorkingMinutes,
    /// Elapsed time, nights and holidays included (`value` = minutes).
    CalendarMinutes,
}

/// One deadline target.
#[derive(SimpleObject, InputObject, Clone, Copy, Debug)]
#[graphql(input_name = "SlaTargetInput")]
pub struct SlaTarget {
    pub basis: TargetBasis,
    pub value: i32,
}

impl From<Target> for SlaTarget {
    fn from(t: Target) -> Self {
        let minutes = |d: Duration| i32::try_from(d.num_minutes()).unwrap_or(i32::MAX);
        match t {
            Target::None => SlaTarget {
                basis: TargetBasis::None,
                value: 0,
            },
            Target::WorkingDays(n) => SlaTarget {
                basis: TargetBasis::WorkingDays,
                value: i32::try_from(n).unwrap_or(i32::MAX),
            },
            Target::Working(d) => SlaTarget {
                basis: TargetBasis::WorkingMinutes,
                value: minutes(d),
            },
            Target::Calendar(d) => SlaTarget {
                basis: TargetBasis::CalendarMinutes,
                value: minutes(d),
            },
        }
    }
}

impl SlaTarget {
    fn into_target(self, field: &'static str) -> ApiResult<Target> {
        if self.value < 0 || (self.basis != TargetBasis::None && self.value == 0) {
            return Err(ApiError::bad_input(field, "must be a positive amount"));
        }
        let t = match self.basis {
            TargetBasis::None => Target::None,
            TargetBasis::WorkingDays => Target::WorkingDays(self.value.unsigned_abs()),
            TargetBasis::WorkingMinutes => Target::Working(Duration::minutes(self.value.into())),
            TargetBasis::CalendarMinutes => Target::Calendar(Duration::minutes(self.value.into())),
        };
        t.validate()
            .map_err(|e| ApiError::bad_input(field, e.to_string()))?;
        Ok(t)
    }
}

/// The targets for one kind × priority.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "SlaEntryInput")]
pub struct SlaEntry {
    pub kind: TicketKind,
    pub priority: Priority,
    /// From filing to dispatch (the centre's own target).
    pub dispatch_within: SlaTarget,
    /// From dispatch to accept.
    pub accept_within: SlaTarget,
    /// From dispatch to reply.
    pub reply_within: SlaTarget,
}

/// The deadlines in force (SPEC §5), published to everyone.
#[derive(SimpleObject)]
pub struct SlaPolicyView {
    pub entries: Vec<SlaEntry>,
    /// Returns must come within this of dispatch.
    pub return_within: SlaTarget,
    pub max_extensions: i32,
    /// The longest one extension may be.
    pub max_extension: SlaTarget,
    pub reopen_window: SlaTarget,
    pub rating_window: SlaTarget,
    pub auto_redo_on_dissatisfied: bool,
}

fn policy_view(p: &SlaPolicy) -> SlaPolicyView {
    SlaPolicyView {
        entries: p
            .entries()
            .into_iter()
            .map(|e| SlaEntry {
                kind: e.kind.into(),
                priority: e.priority.into(),
                dispatch_within: e.dispatch_within.into(),
                accept_within: e.accept_within.into(),
                reply_within: e.reply_within.into(),
            })
            .collect(),
        return_within: p.return_within.into(),
        max_extensions: i32::try_from(p.max_extensions).unwrap_or(i32::MAX),
        max_extension: p.max_extension.into(),
        reopen_window: p.reopen_window.into(),
        rating_window: p.rating_window.into(),
        auto_redo_on_dissatisfied: p.auto_redo_on_dissatisfied,
    }
}

/// An escalation rule (SPEC §6).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum EscalationRule {
    YellowCard,
    RedCard,
    AcceptOverdue,
    AcceptOverdueSupervisors,
    AutoSupervision,
    ProblemTicket,
}

impl From<Rule> for EscalationRule {
    fn from(r: Rule) -> Self {
        match r {
            Rule::YellowCard => Self::YellowCard,
            Rule::RedCard => Self::RedCard,
            Rule::AcceptOverdue => Self::AcceptOverdue,
            Rule::AcceptOverdueSupervisors => Self::AcceptOverdueSupervisors,
            Rule::AutoSupervision => Self::AutoSupervision,
            Rule::ProblemTicket => Self::ProblemTicket,
        }
    }
}

impl From<EscalationRule> for Rule {
    fn from(r: EscalationRule) -> Self {
        match r {
            EscalationRule::YellowCard => Rule::YellowCard,
            EscalationRule::RedCard => Rule::RedCard,
            EscalationRule::AcceptOverdue => Rule::AcceptOverdue,
            EscalationRule::AcceptOverdueSupervisors => Rule::AcceptOverdueSupervisors,
            EscalationRule::AutoSupervision => Rule::AutoSupervision,
            EscalationRule::ProblemTicket => Rule::ProblemTicket,
        }
    }
}

/// Escalation thresholds.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "EscalationConfigInput")]
pub struct EscalationSettings {
    /// The yellow card comes this long before the reply deadline…
    pub yellow_before: SlaTarget,
    /// …or this fraction of the reply target before it, whichever is less.
    pub yellow_fraction: f64,
    /// After the accept deadline passes, supervisors are told this much later.
    pub accept_second_period: SlaTarget,
    /// An automatic supervision order follows the red card after this.
    pub supervision_after_red: SlaTarget,
    pub problem_redos: i32,
    pub problem_departments: i32,
    pub enabled: Vec<EscalationRule>,
}

fn escalation_view(c: &EscalationConfig) -> EscalationSettings {
    EscalationSettings {
        yellow_before: c.yellow_before.into(),
        yellow_fraction: c.yellow_fraction,
        accept_second_period: c.accept_second_period.into(),
        supervision_after_red: c.supervision_after_red.into(),
        problem_redos: i32::try_from(c.problem_redos).unwrap_or(i32::MAX),
        problem_departments: i32::try_from(c.problem_departments).unwrap_or(i32::MAX),
        enabled: c.enabled.iter().copied().map(Into::into).collect(),
    }
}

/// A routing rule: category (+ district) → department.
#[derive(SimpleObject)]
pub struct RoutingRule {
    pub id: ID,
    pub category_id: ID,
    /// Empty for the city-wide rule.
    pub district: String,
    pub department_id: ID,
}

/// A holiday or make-up working day.
#[derive(SimpleObject)]
pub struct CalendarDay {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// `holiday` or `makeup`.
    pub kind: String,
    pub name: String,
}

/// A working period of a weekday, `HH:MM`–`HH:MM`.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "WorkingPeriodInput")]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// A business calendar (SPEC §5).
#[derive(SimpleObject)]
pub struct BusinessCalendarView {
    pub id: ID,
    pub name: String,
    pub time_zone: String,
    /// Seven lists, Monday first.
    pub weekly: Vec<Vec<Period>>,
    pub days: Vec<CalendarDay>,
}

/// An account, as an administrator sees it.
#[derive(SimpleObject)]
pub struct AdminUser {
    pub id: ID,
    pub email: Option<String>,
    pub display_name: String,
    pub role: String,
    pub department_id: Option<ID>,
    pub is_department_head: bool,
    pub active: bool,
}

fn admin_user(a: accounts::Account) -> AdminUser {
    AdminUser {
        id: ID(a.id.to_string()),
        email: a.email,
        display_name: a.display_name,
        role: a.role.as_str().to_owned(),
        department_id: a.department_id.map(|d| ID(d.to_string())),
        is_department_head: a.is_department_head,
        active: a.active,
    }
}

#[derive(Default)]
pub struct AdminQuery;

#[Object]
impl AdminQuery {
    /// The deadlines in force, public (SPEC §9 transparency).
    async fn sla_policy(&self, ctx: &Context<'_>) -> async_graphql::Result<SlaPolicyView> {
        let row = admin::default_policy(ctx.store())
            .await
            .map_err(ApiError::from)?;
        let p: SlaPolicy = serde_json::from_value(row.policy)
            .map_err(|e| ApiError::internal(format!("stored policy: {e}")))?;
        Ok(policy_view(&p))
    }

    /// Escalation thresholds (admins and supervisors).
    async fn escalation_settings(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<EscalationSettings> {
        ctx.viewer()
            .require_role(&[Role::Admin, Role::Supervisor])?;
        let row = admin::default_policy(ctx.store())
            .await
            .map_err(ApiError::from)?;
        let c: EscalationConfig = serde_json::from_value(row.escalation)
            .map_err(|e| ApiError::internal(format!("stored escalation: {e}")))?;
        Ok(escalation_view(&c))
    }

    /// The routing catalogue (admins and agents).
    async fn routing_rules(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<RoutingRule>> {
        ctx.viewer().require_role(&[Role::Admin, Role::Agent])?;
        let rows = admin::routing_rules(ctx.store())
            .await
            .map_err(ApiError::from)?;
        Ok(rows
            .into_iter()
            .map(|r| RoutingRule {
                id: ID(r.id.to_string()),
                category_id: ID(r.category_id.to_string()),
                district: r.district,
                department_id: ID(r.department_id.to_string()),
            })
            .collect())
    }

    /// Business calendars with their holidays and make-up days.
    async fn calendars(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<BusinessCalendarView>> {
        ctx.viewer()
            .require_role(&[Role::Admin, Role::Supervisor, Role::Agent])?;
        let cals = admin::calendars(ctx.store())
            .await
            .map_err(ApiError::from)?;
        let mut out = Vec::with_capacity(cals.len());
        for c in cals {
            let weekly: [Vec<WorkingPeriod>; 7] = serde_json::from_value(c.calendar.weekly)
                .map_err(|e| ApiError::internal(format!("stored calendar: {e}")))?;
            out.push(BusinessCalendarView {
                id: ID(c.calendar.id.to_string()),
                name: c.calendar.name,
                time_zone: c.calendar.time_zone,
                weekly: weekly
                    .iter()
                    .map(|day| {
                        day.iter()
                            .map(|p| Period {
                                start: p.start.format("%H:%M").to_string(),
                                end: p.end.format("%H:%M").to_string(),
                            })
                            .collect()
                    })
                    .collect(),
                days: c
                    .days
                    .into_iter()
                    .map(|d| CalendarDay {
                        day: d.day,
                        kind: d.day_kind,
                        name: d.name,
                    })
                    .collect(),
            });
        }
        Ok(out)
    }

    /// All departments, inactive ones included (admins).
    async fn all_departments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Department>> {
        require_admin(ctx)?;
        let rows = minsheng_store::catalog::departments(ctx.store(), true)
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(Department).collect())
    }

    /// All categories, inactive ones included (admins).
    async fn all_categories(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Category>> {
        require_admin(ctx)?;
        let rows = minsheng_store::catalog::categories(ctx.store(), true)
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(Category).collect())
    }

    /// Accounts, oldest first, up to 100 after `after` (admins).
    async fn users(
        &self,
        ctx: &Context<'_>,
        role: Option<String>,
        department_id: Option<ID>,
        after: Option<ID>,
        #[graphql(default = 50, validator(minimum = 1, maximum = 100))] first: i32,
    ) -> async_graphql::Result<Vec<AdminUser>> {
        require_admin(ctx)?;
        let role = role
            .map(|r| r.parse::<Role>())
            .transpose()
            .map_err(|_| ApiError::bad_input("role", "is not a role"))?;
        let filter = accounts::UserFilter {
            role,
            department_id: department_id
                .as_ref()
                .map(|d| parse_id(d, "departmentId"))
                .transpose()?,
            after: after.as_ref().map(|a| parse_id(a, "after")).transpose()?,
            limit: u64::try_from(first).unwrap_or(50),
        };
        let rows = accounts::list_users(ctx.store(), &filter)
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().map(admin_user).collect())
    }
}

#[derive(InputObject)]
pub struct DepartmentAdminInput {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub parent_id: Option<ID>,
    pub calendar_id: Option<ID>,
    #[graphql(default = true)]
    pub active: bool,
}

#[derive(InputObject)]
pub struct CategoryAdminInput {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    #[graphql(default)]
    pub description: String,
    #[graphql(default)]
    pub group_name: String,
    #[graphql(default)]
    pub keywords: String,
    pub default_kind: TicketKind,
    #[graphql(default = true)]
    pub active: bool,
}

#[derive(InputObject)]
pub struct SlaPolicyInput {
    pub entries: Vec<SlaEntry>,
    pub return_within: SlaTarget,
    pub max_extensions: i32,
    pub max_extension: SlaTarget,
    pub reopen_window: SlaTarget,
    pub rating_window: SlaTarget,
    pub auto_redo_on_dissatisfied: bool,
    pub escalation: EscalationSettings,
}

fn parse_time(field: &'static str, s: &str) -> ApiResult<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M")
        .map_err(|_| ApiError::bad_input(field, "must be a time like 09:00"))
}

#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// Creates a department (no `id`) or updates one.
    async fn save_department(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        input: DepartmentAdminInput,
    ) -> async_graphql::Result<Department> {
        let who = require_admin(ctx)?;
        let id = id.as_ref().map(|i| parse_id(i, "id")).transpose()?;
        let input = DepartmentInput {
            code: input.code,
            name_zh: input.name_zh,
            name_en: input.name_en,
            parent_id: input
                .parent_id
                .as_ref()
                .map(|p| parse_id(p, "parentId"))
                .transpose()?,
            calendar_id: input
                .calendar_id
                .as_ref()
                .map(|c| parse_id(c, "calendarId"))
                .transpose()?,
            active: input.active,
        };
        let d = admin::save_department(ctx.store(), &who, id, input, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(Department(d))
    }

    /// Creates a category (no `id`) or updates one.
    async fn save_category(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        input: CategoryAdminInput,
    ) -> async_graphql::Result<Category> {
        let who = require_admin(ctx)?;
        let id = id.as_ref().map(|i| parse_id(i, "id")).transpose()?;
        let input = CategoryInput {
            code: input.code,
            name_zh: input.name_zh,
            name_en: input.name_en,
            description: input.description,
            group_name: input.group_name,
            keywords: input.keywords,
            default_kind: input.default_kind.into(),
            active: input.active,
        };
        let c = admin::save_category(ctx.store(), &who, id, input, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(Category(c))
    }

    /// Routes a category (in one district, or city-wide with an empty district) to a department.
    async fn set_route(
        &self,
        ctx: &Context<'_>,
        category_id: ID,
        #[graphql(default)] district: String,
        department_id: ID,
    ) -> async_graphql::Result<RoutingRule> {
        let who = require_admin(ctx)?;
        let r = admin::set_route(
            ctx.store(),
            &who,
            parse_id(&category_id, "categoryId")?,
            &district,
            parse_id(&department_id, "departmentId")?,
            ctx.now(),
        )
        .await
        .map_err(ApiError::from)?;
        Ok(RoutingRule {
            id: ID(r.id.to_string()),
            category_id: ID(r.category_id.to_string()),
            district: r.district,
            department_id: ID(r.department_id.to_string()),
        })
    }

    async fn remove_route(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<bool> {
        let who = require_admin(ctx)?;
        admin::remove_route(ctx.store(), &who, parse_id(&id, "id")?, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(true)
    }

    /// Replaces the SLA policy and escalation thresholds. Tickets already dispatched keep their
    /// deadlines.
    async fn update_sla_policy(
        &self,
        ctx: &Context<'_>,
        input: SlaPolicyInput,
    ) -> async_graphql::Result<SlaPolicyView> {
        let who = require_admin(ctx)?;
        let mut policy = SlaPolicy::default_policy();
        let mut seen = std::collections::HashSet::new();
        for e in &input.entries {
            if !seen.insert((e.kind, e.priority)) {
                return Err(
                    ApiError::bad_input("entries", "a kind and priority appear twice").into(),
                );
            }
            policy.set_targets(
                e.kind.into(),
                e.priority.into(),
                SlaTargets {
                    dispatch_within: e.dispatch_within.into_target("dispatchWithin")?,
                    accept_within: e.accept_within.into_target("acceptWithin")?,
                    reply_within: e.reply_within.into_target("replyWithin")?,
                },
            );
        }
        policy.return_within = input.return_within.into_target("returnWithin")?;
        policy.max_extensions = u32::try_from(input.max_extensions)
            .map_err(|_| ApiError::bad_input("maxExtensions", "must not be negative"))?;
        policy.max_extension = input.max_extension.into_target("maxExtension")?;
        policy.reopen_window = input.reopen_window.into_target("reopenWindow")?;
        policy.rating_window = input.rating_window.into_target("ratingWindow")?;
        policy.auto_redo_on_dissatisfied = input.auto_redo_on_dissatisfied;
        let e = input.escalation;
        let escalation = EscalationConfig {
            yellow_before: e.yellow_before.into_target("yellowBefore")?,
            yellow_fraction: e.yellow_fraction,
            accept_second_period: e.accept_second_period.into_target("acceptSecondPeriod")?,
            supervision_after_red: e.supervision_after_red.into_target("supervisionAfterRed")?,
            problem_redos: u32::try_from(e.problem_redos)
                .map_err(|_| ApiError::bad_input("problemRedos", "must not be negative"))?,
            problem_departments: u32::try_from(e.problem_departments)
                .map_err(|_| ApiError::bad_input("problemDepartments", "must not be negative"))?,
            enabled: e.enabled.into_iter().map(Into::into).collect(),
        };
        admin::update_policy(ctx.store(), &who, policy.clone(), escalation, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(policy_view(&policy))
    }

    /// Marks a day as a holiday or make-up working day (`kind`: `holiday`, `makeup`), or clears
    /// it (no `kind`).
    async fn set_calendar_day(
        &self,
        ctx: &Context<'_>,
        calendar_id: ID,
        day: String,
        kind: Option<String>,
        #[graphql(default)] name: String,
    ) -> async_graphql::Result<bool> {
        let who = require_admin(ctx)?;
        let date = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d")
            .map_err(|_| ApiError::bad_input("day", "must be a date like 2026-10-01"))?;
        admin::set_calendar_day(
            ctx.store(),
            &who,
            parse_id(&calendar_id, "calendarId")?,
            date,
            kind.as_deref(),
            &name,
            ctx.now(),
        )
        .await
        .map_err(ApiError::from)?;
        Ok(true)
    }

    /// Replaces a calendar's time zone and weekly working periods (seven lists, Monday first).
    async fn set_working_week(
        &self,
        ctx: &Context<'_>,
        calendar_id: ID,
        time_zone: String,
        weekly: Vec<Vec<Period>>,
    ) -> async_graphql::Result<bool> {
        let who = require_admin(ctx)?;
        if weekly.len() != 7 {
            return Err(ApiError::bad_input("weekly", "must have seven days, Monday first").into());
        }
        let mut days: [Vec<WorkingPeriod>; 7] = Default::default();
        for (i, day) in weekly.iter().enumerate() {
            for p in day {
                let wp = WorkingPeriod::new(
                    parse_time("weekly", &p.start)?,
                    parse_time("weekly", &p.end)?,
                )
                .map_err(|e| ApiError::bad_input("weekly", e.to_string()))?;
                days[i].push(wp);
            }
        }
        admin::set_weekly(
            ctx.store(),
            &who,
            parse_id(&calendar_id, "calendarId")?,
            &time_zone,
            days,
            ctx.now(),
        )
        .await
        .map_err(ApiError::from)?;
        Ok(true)
    }

    /// Changes an account's role, department, head flag or active flag.
    async fn update_user(
        &self,
        ctx: &Context<'_>,
        id: ID,
        role: String,
        department_id: Option<ID>,
        #[graphql(default)] is_department_head: bool,
        #[graphql(default = true)] active: bool,
    ) -> async_graphql::Result<bool> {
        let who = require_admin(ctx)?;
        let role: Role = role
            .parse()
            .map_err(|_| ApiError::bad_input("role", "is not a role"))?;
        admin::update_user(
            ctx.store(),
            &who,
            parse_id(&id, "id")?,
            UserUpdate {
                role,
                department_id: department_id
                    .as_ref()
                    .map(|d| parse_id(d, "departmentId"))
                    .transpose()?,
                is_department_head,
                active,
            },
            ctx.now(),
        )
        .await
        .map_err(ApiError::from)?;
        Ok(true)
    }
}
