//! Minsheng's persistence layer on sea-orm: SQLite embedded, PostgreSQL in production.
//!
//! Every state change is one transaction that loads what it changes, asks `minsheng-domain`
//! whether the change is allowed, and writes the new state, one event in the hash chain, and any
//! outbox rows together. Reads are scoped by the viewer inside the query, so no caller can forget
//! the scope.

pub mod accounts;
pub mod admin;
pub mod attachments;
pub mod catalog;
pub mod chain;
pub mod changes;
mod coalesce;
pub mod db;
pub mod entity;
pub mod error;
pub mod escalate;
pub mod metrics;
pub mod open311;
pub mod outbox;
pub mod oversight;
pub mod policy;
pub mod principal;
pub mod relay;
mod reuse;
pub mod seed;
pub mod similar;
pub mod tickets;

pub use db::{DbConfig, Store, WriteTxn};
pub use error::{StoreError, StoreResult};
pub use principal::Principal;
