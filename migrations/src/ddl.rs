//! Writing DDL once for both databases. Tables are written in one SQL dialect with a few type
//! placeholders, because partial indexes, triggers and exact index definitions matter more here
//! than a schema builder's portability layer.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

/// Replaces the type placeholders with the backend's own types:
/// `{uuid}` (PG `uuid`, SQLite `BLOB`, which is how sqlx stores a UUID there),
/// `{ts}` (PG `timestamptz`, SQLite `TEXT`), `{json}` (PG `jsonb`, SQLite `TEXT`),
/// `{bool}` (both `boolean`).
pub fn render(sql: &str, backend: DatabaseBackend) -> String {
    let (uuid, ts, json) = match backend {
        DatabaseBackend::Postgres => ("uuid", "timestamptz", "jsonb"),
        _ => ("BLOB", "TEXT", "TEXT"),
    };
    sql.replace("{uuid}", uuid)
        .replace("{ts}", ts)
        .replace("{json}", json)
        .replace("{bool}", "boolean")
}

/// Runs each `;`-separated statement of `sql` after rendering it for the connection's backend.
/// Statements must not contain `;` inside literals (ours do not), except PostgreSQL function
/// bodies, which go through [`exec_one`].
pub async fn exec_all(manager: &SchemaManager<'_>, sql: &str) -> Result<(), DbErr> {
    let backend = manager.get_database_backend();
    let rendered = render(sql, backend);
    for stmt in rendered.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        manager.get_connection().execute_unprepared(stmt).await?;
    }
    Ok(())
}

/// Runs one statement verbatim.
pub async fn exec_one(manager: &SchemaManager<'_>, sql: &str) -> Result<(), DbErr> {
    manager.get_connection().execute_unprepared(sql).await?;
    Ok(())
}

/// Drops `tables`, given in creation order, in reverse: what a migration's `down` does.
pub async fn drop_tables(manager: &SchemaManager<'_>, tables: &[&str]) -> Result<(), DbErr> {
    for table in tables.iter().rev() {
        exec_one(manager, &format!("DROP TABLE {table}")).await?;
    }
    Ok(())
}
