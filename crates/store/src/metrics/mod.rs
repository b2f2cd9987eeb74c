//! Oversight metrics (SPEC §9), kept as rollups that are maintained incrementally from the event
//! log and read by every dashboard query.
//!
//! - [`history`] condenses one ticket's events into a summary per department;
//! - [`rollup`] keeps `metric_rollups` exactly equal to a full recomputation from the events;
//! - [`query`] reads the rollups by department (with its subtree), category, kind, channel and
//!   period, and ranks the departments.

pub mod history;
pub mod query;
pub mod rollup;

pub use query::{DepartmentTree, Interval, MetricFilter, Month};
pub use rollup::{
    RebuildReport, RefreshReport, SlotKey, SlotTotals, rebuild, recompute, refresh,
    refresh_if_behind, snapshot,
};
