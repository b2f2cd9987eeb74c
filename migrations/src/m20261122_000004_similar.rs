//! Similar tickets and following (SPEC §8).
//!
//! `similarity_keys` is the index behind suggestions: each ticket is stored under a few 64-bit
//! keys (MinHash bands of its text, its map grid cell, its house number, all within its
//! category; see `minsheng_domain::similarity`), so finding candidates is a handful of index
//! lookups rather than a scan of every open ticket.
//!
//! `ticket_followers` are the people told about a ticket's progress who did not file it: a
//! resident who chose to follow an existing ticket instead of filing a duplicate, and the
//! residents of tickets merged into it (by account, or by the contact email they gave).

use crate::ddl::{drop_tables, exec_all};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; `down` drops them in reverse.
const TABLES: &[&str] = &["similarity_keys", "ticket_followers"];

const UP: &str = r#"
CREATE TABLE similarity_keys (
    sim_key BIGINT NOT NULL,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    PRIMARY KEY (sim_key, ticket_id)
);
CREATE INDEX similarity_keys_ticket_id_idx ON similarity_keys (ticket_id);

CREATE TABLE ticket_followers (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    user_id {uuid} REFERENCES users(id),
    email TEXT,
    locale TEXT NOT NULL,
    -- Why they follow: 'chose' (instead of filing) or 'merged' (their ticket was merged in).
    reason TEXT NOT NULL,
    created_at {ts} NOT NULL,
    CHECK (user_id IS NOT NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX ticket_followers_user_idx ON ticket_followers (ticket_id, user_id);
CREATE UNIQUE INDEX ticket_followers_email_idx ON ticket_followers (ticket_id, email);
CREATE INDEX ticket_followers_user_id_idx ON ticket_followers (user_id)
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
