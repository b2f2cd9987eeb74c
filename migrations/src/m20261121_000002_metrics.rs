//! Oversight metrics (SPEC §9): rollups of the additive metric counters per department ×
//! category × kind × channel × day, each ticket's last contribution to them (so a change to the
//! ticket can be subtracted and re-added exactly), the reply times behind each rollup's sketch, and
//! the position in the event log up to which the rollups are current. Also the indexes the
//! oversight queries that read tickets live need.
//!
//! Everything here is derived from `ticket_events`: `minsheng metrics rebuild` can recompute it
//! at any time.

use crate::ddl::{drop_tables, exec_all, exec_one};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; `down` drops them in reverse.
const TABLES: &[&str] = &[
    "metric_rollups",
    "metric_contributions",
    "metric_reply_times",
    "metric_watermark",
];

/// Indexes this migration adds to tables of the core schema.
const CORE_INDEXES: &[&str] = &[
    "tickets_redo_count_idx",
    "tickets_department_count_idx",
    "supervision_orders_open_idx",
];

/// A rollup's key, `slot`, is `department/category/kind/channel/day` (`-` for no category, the day
/// as `YYYY-MM-DD` in the city calendar's time zone): one text key works the same on both
/// databases, where a unique constraint over a nullable category would not.
const UP: &str = r#"
CREATE TABLE metric_rollups (
    slot TEXT PRIMARY KEY,
    department_id {uuid} NOT NULL REFERENCES departments(id),
    category_id {uuid} REFERENCES categories(id),
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    day TEXT NOT NULL,
    dispatched BIGINT NOT NULL DEFAULT 0,
    accepted_on_time BIGINT NOT NULL DEFAULT 0,
    responded_on_time BIGINT NOT NULL DEFAULT 0,
    reply_due BIGINT NOT NULL DEFAULT 0,
    replied_on_time BIGINT NOT NULL DEFAULT 0,
    replied BIGINT NOT NULL DEFAULT 0,
    rated BIGINT NOT NULL DEFAULT 0,
    solved BIGINT NOT NULL DEFAULT 0,
    satisfied BIGINT NOT NULL DEFAULT 0,
    reopened BIGINT NOT NULL DEFAULT 0,
    returns BIGINT NOT NULL DEFAULT 0,
    upheld_returns BIGINT NOT NULL DEFAULT 0,
    supervision_orders BIGINT NOT NULL DEFAULT 0,
    reply_sketch {json} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE INDEX metric_rollups_department_day_idx ON metric_rollups (department_id, day);
CREATE INDEX metric_rollups_category_day_idx ON metric_rollups (category_id, day);
CREATE INDEX metric_rollups_day_idx ON metric_rollups (day);

CREATE TABLE metric_contributions (
    ticket_id {uuid} PRIMARY KEY REFERENCES tickets(id),
    contributions {json} NOT NULL,
    due_at {ts},
    updated_at {ts} NOT NULL
);
CREATE INDEX metric_contributions_due_idx ON metric_contributions (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE metric_reply_times (
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    slot TEXT NOT NULL,
    hours DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ticket_id, slot)
);
CREATE INDEX metric_reply_times_slot_idx ON metric_reply_times (slot);

CREATE TABLE metric_watermark (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    as_of {ts},
    updated_at {ts}
);

CREATE INDEX tickets_redo_count_idx ON tickets (redo_count);
CREATE INDEX tickets_department_count_idx ON tickets (department_count);
CREATE INDEX supervision_orders_open_idx ON supervision_orders (department_id, created_at)
    WHERE responded_at IS NULL
"#;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        exec_all(manager, UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in CORE_INDEXES.iter().rev() {
            exec_one(manager, &format!("DROP INDEX {index}")).await?;
        }
        drop_tables(manager, TABLES).await
    }
}
