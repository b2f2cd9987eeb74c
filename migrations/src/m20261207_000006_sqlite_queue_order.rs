//! A department's open queue in deadline order, read from an index on SQLite too.
//!
//! The queue lists open tickets by reply deadline, soonest first, those without one last.
//! PostgreSQL sorts NULLs last in ascending order, so its partial index
//! `tickets_department_queue_idx (department_id, reply_due) WHERE state IN (…open…)` yields a page
//! in order. On SQLite that index was never used: the store binds the states as parameters, and
//! SQLite uses a partial index only when the query's own text implies the index's `WHERE`. So
//! every page read the department's every ticket, closed ones included, and sorted the open ones
//! (175 ms for a department of 18,000 open tickets among 300,000; the queue benchmark ran at 15
//! pages a second). This index is whole, holds the store's sort key for SQLite (`reply_due IS
//! NULL` first, since SQLite sorts NULLs first) and ends with `state`, so a page walks the index
//! in order, skips other states without reading their rows, and stops after about 50 rows
//! (1 ms on the same data).

use crate::ddl::exec_one;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Sqlite {
            exec_one(
                manager,
                "CREATE INDEX tickets_queue_nulls_last_idx \
                 ON tickets (department_id, reply_due IS NULL, reply_due, id, state)",
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Sqlite {
            exec_one(manager, "DROP INDEX tickets_queue_nulls_last_idx").await?;
        }
        Ok(())
    }
}
