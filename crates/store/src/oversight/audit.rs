//! Verifying the audit chain on demand, and recording that it was verified: who checked, how far
//! the chain verified, and where it broke. The record is itself an entry of the chain.

use super::require_supervisor;
use crate::Store;
use crate::chain::{ChainReport, EventActor, append_event, db_instant, verify_chain};
use crate::error::StoreResult;
use crate::principal::Principal;
use chrono::{DateTime, Utc};
use minsheng_domain::audit::ChainBreak;
use serde_json::{Value, json};

/// The event kind that records a verification.
pub const AUDIT_VERIFIED: &str = "audit_verified";

fn break_json(b: &ChainBreak) -> Value {
    match b {
        ChainBreak::Altered { seq, id } => json!({"kind": "altered", "seq": seq, "id": id}),
        ChainBreak::Broken { seq, id } => json!({"kind": "broken", "seq": seq, "id": id}),
        ChainBreak::Missing { expected, found } => {
            json!({"kind": "missing", "expected_seq": expected, "found_seq": found})
        }
    }
}

/// Walks the whole chain, then appends an `audit_verified` event with the outcome. `via` says
/// where the check was asked for (`graphql`, `cli`).
pub async fn verify_and_record(
    store: &Store,
    actor: EventActor,
    via: &str,
    now: DateTime<Utc>,
) -> StoreResult<ChainReport> {
    // Events committed but not yet sealed (a crashed instance's, say) join the chain first, so
    // the check covers every committed event.
    store.seal_chain().await?;
    let report = verify_chain(&store.db).await?;
    let w = store.write().await?;
    append_event(
        w.conn(),
        None,
        actor,
        AUDIT_VERIFIED,
        json!({
            "via": via,
            "checked": report.checked,
            "intact": report.first_break.is_none(),
            "first_break": report.first_break.as_ref().map(break_json),
        }),
        db_instant(now),
    )
    .await?;
    w.commit().await?;
    Ok(report)
}

/// [`verify_and_record`] for a supervisor.
pub async fn verify_as(
    store: &Store,
    who: &Principal,
    now: DateTime<Utc>,
) -> StoreResult<ChainReport> {
    require_supervisor(who)?;
    verify_and_record(store, who.event_actor(), "graphql", now).await
}
