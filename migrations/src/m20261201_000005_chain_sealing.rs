//! The audit chain is sealed after commit on PostgreSQL, not inside each writing transaction.
//!
//! Before this migration every transaction that appended an event held one city-wide lock from
//! its append until its commit, so all writes, on every server instance, went one at a time.
//! Now a transaction inserts its events unsealed: `seq`, `prev_hash` and `hash` empty, and `pos`
//! (their order of insertion) drawn from a sequence with no lock. Right after the commit, a
//! sealer gives every committed unsealed event its place in the chain, many transactions' events
//! in one short transaction (`minsheng_store::chain::seal`).
//!
//! - `pos` orders a ticket's events from the moment they are written: a ticket's transactions
//!   are serialised by its row, so a later one draws a larger `pos`. Indexed with the ticket, it
//!   replaces `(ticket_id, seq)` for timelines and the latest events of a queue page.
//! - `seq` stays the chain position: gap-free, handed out in commit order under the sealer's
//!   lock, so readers that follow the log by `seq` (rollups, the live feed) keep their guarantee.
//! - The append-only trigger allows exactly one update of a row: sealing it, from no `seq` to a
//!   `seq` with both hashes, with every other column unchanged. A sealed row cannot change.
//!
//! SQLite has one writer, which seals inside its own transaction as before: there `seq` and
//! the hashes are never empty and `pos` equals `seq`.

use crate::ddl::exec_one;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PG_UP: &[&str] = &[
    "CREATE SEQUENCE ticket_events_pos_seq AS BIGINT",
    "ALTER TABLE ticket_events ADD COLUMN pos BIGINT",
    "ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only",
    "UPDATE ticket_events SET pos = seq",
    "ALTER TABLE ticket_events ENABLE TRIGGER ticket_events_append_only",
    "SELECT setval('ticket_events_pos_seq', GREATEST(COALESCE((SELECT max(pos) FROM ticket_events), 0), 1), \
       (SELECT count(*) > 0 FROM ticket_events))",
    "ALTER TABLE ticket_events ALTER COLUMN pos SET DEFAULT nextval('ticket_events_pos_seq'), \
       ALTER COLUMN pos SET NOT NULL, \
       ALTER COLUMN seq DROP NOT NULL, \
       ALTER COLUMN prev_hash DROP NOT NULL, \
       ALTER COLUMN hash DROP NOT NULL, \
       ADD CONSTRAINT ticket_events_sealed_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))",
    "ALTER SEQUENCE ticket_events_pos_seq OWNED BY ticket_events.pos",
    "CREATE UNIQUE INDEX ticket_events_pos_idx ON ticket_events (pos)",
    "CREATE INDEX ticket_events_ticket_pos_idx ON ticket_events (ticket_id, pos)",
    "DROP INDEX ticket_events_ticket_idx",
    "CREATE INDEX ticket_events_unsealed_idx ON ticket_events (pos) WHERE seq IS NULL",
    r#"CREATE OR REPLACE FUNCTION minsheng_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND NEW.id = OLD.id AND NEW.pos = OLD.pos
       AND NEW.ticket_id IS NOT DISTINCT FROM OLD.ticket_id
       AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
       AND NEW.actor_role IS NOT DISTINCT FROM OLD.actor_role
       AND NEW.kind = OLD.kind AND NEW.payload = OLD.payload
       AND NEW.occurred_at = OLD.occurred_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'ticket_events is append-only';
END;
$$"#,
];

const PG_DOWN: &[&str] = &[
    r#"CREATE OR REPLACE FUNCTION minsheng_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ticket_events is append-only';
END;
$$"#,
    "DROP INDEX ticket_events_unsealed_idx",
    "CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, seq)",
    "DROP INDEX ticket_events_ticket_pos_idx",
    "DROP INDEX ticket_events_pos_idx",
    "ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_sealed_whole, \
       ALTER COLUMN seq SET NOT NULL, \
       ALTER COLUMN prev_hash SET NOT NULL, \
       ALTER COLUMN hash SET NOT NULL, \
       DROP COLUMN pos",
];

const SQLITE_UP: &[&str] = &[
    "ALTER TABLE ticket_events ADD COLUMN pos BIGINT",
    "UPDATE ticket_events SET pos = seq",
    "CREATE UNIQUE INDEX ticket_events_pos_idx ON ticket_events (pos)",
    "CREATE INDEX ticket_events_ticket_pos_idx ON ticket_events (ticket_id, pos)",
    "DROP INDEX ticket_events_ticket_idx",
];

const SQLITE_DOWN: &[&str] = &[
    "CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, seq)",
    "DROP INDEX ticket_events_ticket_pos_idx",
    "DROP INDEX ticket_events_pos_idx",
    "ALTER TABLE ticket_events DROP COLUMN pos",
];

async fn run(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    for sql in statements {
        exec_one(manager, sql).await?;
    }
    Ok(())
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            run(manager, PG_UP).await
        } else {
            run(manager, SQLITE_UP).await
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            run(manager, PG_DOWN).await
        } else {
            run(manager, SQLITE_DOWN).await
        }
    }
}
