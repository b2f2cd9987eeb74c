//! sea-orm entities, one per table. They mirror the migrations and never leave the store: callers
//! get domain types and the store's own views instead.

pub mod attachment;
pub mod business_calendar;
pub mod calendar_day;
pub mod category;
pub mod department;
pub mod escalation_firing;
pub mod extension_request;
pub mod idempotency_key;
pub mod identity_view;
pub mod metric_contribution;
pub mod metric_reply_time;
pub mod metric_rollup;
pub mod metric_watermark;
pub mod open311_key;
pub mod open311_media;
pub mod open311_rate_window;
pub mod outbox;
pub mod password_reset;
pub mod positional;
pub mod rating;
pub mod reference_counter;
pub mod refresh_token;
pub mod routing_rule;
pub mod similarity_key;
pub mod sla_policy;
pub mod supervision_order;
pub mod ticket;
pub mod ticket_check;
pub mod ticket_event;
pub mod ticket_follower;
pub mod ticket_message;
pub mod user;
