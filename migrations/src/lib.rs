//! Minsheng's database schema. These migrations are the only source of it: the store's entities
//! mirror them, and every test database is built by running them.

pub use sea_orm_migration::prelude::*;

mod ddl;
mod m20261121_000001_core;
mod m20261121_000002_metrics;
mod m20261121_000003_open311;
mod m20261122_000004_similar;
mod m20261201_000005_chain_sealing;
mod m20261207_000006_sqlite_queue_order;
mod m20261207_000007_ticket_checks;

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_core::Migration),
            Box::new(m20261121_000002_metrics::Migration),
            Box::new(m20261121_000003_open311::Migration),
            Box::new(m20261122_000004_similar::Migration),
            Box::new(m20261201_000005_chain_sealing::Migration),
            Box::new(m20261207_000006_sqlite_queue_order::Migration),
            Box::new(m20261207_000007_ticket_checks::Migration),
        ]
    }
}
