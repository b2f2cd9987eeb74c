//! Open311 GeoReport v2 (SPEC §11): the per-key request counters behind the rate limit, and the
//! photo links (`media_url`) that Open311 clients send with a request.
//!
//! The counters live in the database, not in memory, so a key's limit holds across every server
//! instance: each request adds one to its key's row for the current minute, atomically.

use crate::ddl::{drop_tables, exec_all};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; `down` drops them in reverse.
const TABLES: &[&str] = &["open311_rate_windows", "open311_media"];

/// `minute` is the Unix time in whole minutes, so both databases compare plain integers.
const UP: &str = r#"
CREATE TABLE open311_rate_windows (
    key_id {uuid} NOT NULL REFERENCES open311_keys(id) ON DELETE CASCADE,
    minute BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (key_id, minute)
);

CREATE TABLE open311_media (
    ticket_id {uuid} PRIMARY KEY REFERENCES tickets(id),
    media_url TEXT NOT NULL,
    created_at {ts} NOT NULL
)
"#;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        exec_all(manager, UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, TABLES).await
    }
}
