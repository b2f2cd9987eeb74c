//! Logging: human-readable or JSON lines on standard error, filtered by `RUST_LOG`. Standard
//! output stays clean for commands whose output is data (`minsheng schema`).
//!
//! Every request logs a line, so the lines are not written by the requests: they go through a
//! channel to a thread of their own, which writes them in batches (one write for all the lines
//! waiting) and flushes whenever it has caught up. Under load that was one `write` system call
//! per request on the request's own worker thread. The channel is not lossy: if the thread
//! falls 128,000 lines behind, logging waits rather than dropping lines.

use crate::cli::LogFormat;
use std::io::IsTerminal;
use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn";

/// Installs the global subscriber. Call once, first thing in `main`, and keep what it returns
/// until the end: dropping it writes out the lines still waiting.
pub fn init(format: LogFormat) -> WorkerGuard {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let stderr = std::io::stderr();
    let ansi = stderr.is_terminal();
    let (writer, guard) = NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("minsheng-log")
        .finish(std::io::BufWriter::new(stderr));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(writer);
    let installed = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    if let Err(e) = installed {
        eprintln!("logging was already set up: {e}");
    }
    guard
}
