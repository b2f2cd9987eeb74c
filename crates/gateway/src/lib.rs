//! Minsheng's server: the GraphQL API over HTTP, authentication, and the `minsheng` command line.
//!
//! `app` builds and runs the server; `http` holds the routes and layers; `graphql` the API;
//! `auth` sign-in and the request's viewer; `error` the one error type clients see; `mail` the
//! email templates and transports; `workers` the escalation sweep and the mail relay; `live` the
//! change feed behind GraphQL subscriptions.

pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod demo;
pub mod error;
pub mod graphql;
pub mod http;
pub mod live;
pub mod mail;
pub mod open311;
pub mod state;
pub mod telemetry;
pub mod transparency;
pub mod workers;

pub use app::App;
pub use config::Config;
pub use error::{ApiError, ApiResult};
pub use state::AppState;
