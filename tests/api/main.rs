//! Black-box tests of the Minsheng server over HTTP: each test starts the real server on a fresh
//! database and talks to it the way a client would. Every test runs on SQLite and on PostgreSQL.
//!
//! To add tests, write `tests/api/<area>.rs` with a `both_dbs! { … }` block and add its `mod`
//! line below.

// Test code may panic on what it did not expect; that is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

mod admin;
mod attachments;
mod attacks;
mod auth;
mod auth_negatives;
mod escalation_cluster;
mod hardening;
mod health;
mod mailbox;
mod notifications;
mod open311;
mod open_data;
mod oversight;
mod similar;
mod subscriptions;
mod tickets;
mod ws;
