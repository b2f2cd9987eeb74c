//! The store's integration tests: one binary, every test on SQLite and on PostgreSQL.
//!
//! Each test gets a database of its own, built by the real migrations: a temporary SQLite file,
//! or a fresh PostgreSQL database on the server named by `MINSHENG_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`). When PostgreSQL cannot be reached, its half of
//! the suite fails; it never skips.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod support;

mod authz;
mod catalog;
mod concurrency;
mod idempotency;
mod metrics;
mod migrations;
mod sealing;
mod seed;
mod story;
mod sweep;
mod tamper;
mod transitions;
