//! Problem tickets (疑难工单, SPEC §6): reopened or passed between departments so often that
//! supervisors should look at them, by the thresholds of the escalation rules in force.

use super::require_supervisor;
use crate::Store;
use crate::entity::ticket;
use crate::error::StoreResult;
use crate::policy::load_policy;
use crate::principal::Principal;
use crate::tickets::{Page, TicketRecord, read};
use minsheng_domain::State;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// Problem tickets, newest first; with `open_only`, only those still open. Supervisors only.
pub async fn list(
    store: &Store,
    who: &Principal,
    open_only: bool,
    offset: u64,
    limit: u64,
) -> StoreResult<Page<TicketRecord>> {
    require_supervisor(who)?;
    let rules = load_policy(&store.db, None).await?.escalation;
    let mut cond = Condition::all().add(
        Condition::any()
            .add(ticket::Column::RedoCount.gte(i64::from(rules.problem_redos)))
            .add(ticket::Column::DepartmentCount.gte(i64::from(rules.problem_departments))),
    );
    if open_only {
        let open: Vec<&str> = State::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.as_str())
            .collect();
        cond = cond.add(ticket::Column::State.is_in(open));
    }
    let base = ticket::Entity::find().filter(cond);
    let total = base.clone().count(&store.db).await?;
    let mut ids: Vec<Uuid> = base
        .select_only()
        .column(ticket::Column::Id)
        .order_by_desc(ticket::Column::FiledAt)
        .order_by_desc(ticket::Column::Id)
        .offset(offset)
        .limit(limit + 1)
        .into_tuple::<Uuid>()
        .all(&store.db)
        .await?;
    let has_next = ids.len() as u64 > limit;
    ids.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    // Through the ordinary scoped read, so confidential complainants stay masked.
    let mut records = read::get_many(store, who, &ids).await?;
    records.sort_by_key(|r| ids.iter().position(|i| *i == r.ticket.id));
    Ok(Page {
        items: records,
        offset,
        has_next,
        total,
    })
}
