//! Minsheng's pure rules (SPEC §2–§9): the vocabulary, validated inputs, the ticket lifecycle, the
//! business calendar, SLA deadlines, escalation rules, metric formulas and the audit hash chain.
//!
//! This crate does no IO: no database, no network, no async runtime. Everything here is a function
//! of its arguments, so it can be table-tested and property-tested.

pub mod audit;
pub mod calendar;
pub mod disclosure;
pub mod escalation;
pub mod input;
pub mod lifecycle;
pub mod metrics;
pub mod similarity;
pub mod sla;
pub mod vocab;

pub use input::ValidationError;
pub use vocab::{Channel, Kind, Locale, Priority, Role, Satisfaction, State};
