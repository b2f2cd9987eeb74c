//! Logging: human-readable or JSON lines on standard error, filtered by `RUST_LOG`. Standard
//! output stays clean for commands whose output is data (`minsheng schema`).
//!
//! Every request logs a line, so the lines are not written by the requests: each is appended to
//! a buffer in memory, and a thread of its own writes out what has gathered every
//! [`FLUSH_EVERY`], or at once when [`WRITE_AT_BYTES`] are waiting, with one `write` for all of
//! them. Under load, one `write` system call per request on the request's own worker thread
//! cost a one-ticket read about 2% of the server's CPU; a channel to the writing thread
//! (tracing-appender's non-blocking writer) woke that thread for nearly every line instead,
//! which cost about 4%. Nothing is dropped: a line that finds [`MAX_WAITING_BYTES`] already
//! waiting waits for the thread to catch up, and dropping the guard writes out the rest.

use crate::cli::LogFormat;
use std::io::{IsTerminal, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn";

/// Installs the global subscriber. Call once, first thing in `main`, and keep what it returns
/// until the end: dropping it writes out the lines still waiting.
pub fn init(format: LogFormat) -> LogGuard {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let stderr = std::io::stderr();
    let ansi = stderr.is_terminal();
    let (writer, guard) = Batched::start(stderr);
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

/// How often the lines gathered are written out.
pub const FLUSH_EVERY: Duration = Duration::from_millis(50);
/// Waiting lines of this many bytes are written out at once, without waiting for the interval.
pub const WRITE_AT_BYTES: usize = 64 * 1024;
/// A line that finds this many bytes waiting waits for them to be written.
pub const MAX_WAITING_BYTES: usize = 4 * 1024 * 1024;

/// Where log lines gather until the writing thread takes them.
#[derive(Default)]
struct Waiting {
    lines: Vec<u8>,
    closed: bool,
}

#[derive(Default)]
struct Shared {
    waiting: Mutex<Waiting>,
    /// Signalled when the thread should write now (enough bytes, or closing).
    full: Condvar,
    /// Signalled when the thread took what was waiting.
    taken: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Waiting> {
        // A thread that panicked while appending left at worst a partial line: keep logging.
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The writer the subscriber writes its lines to.
#[derive(Clone)]
pub struct Batched {
    shared: Arc<Shared>,
}

impl Batched {
    /// Starts the thread that writes the gathered lines to `out`.
    fn start<W: Write + Send + 'static>(out: W) -> (Self, LogGuard) {
        let shared = Arc::new(Shared::default());
        let thread = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("minsheng-log".into())
                .spawn(move || write_out(&shared, out))
        };
        let thread = match thread {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("could not start the log thread ({e}); lines are written directly");
                None
            }
        };
        let direct = thread.is_none();
        let guard = LogGuard {
            shared: shared.clone(),
            thread,
        };
        if direct {
            shared.lock().closed = true;
        }
        (Self { shared }, guard)
    }
}

/// The writing thread: takes what gathered every [`FLUSH_EVERY`] (or sooner when signalled)
/// and writes it, until the guard closes and nothing is left.
fn write_out<W: Write>(shared: &Shared, mut out: W) {
    let mut batch = Vec::new();
    loop {
        let closed = {
            let mut waiting = shared.lock();
            if waiting.lines.len() < WRITE_AT_BYTES && !waiting.closed {
                waiting = shared
                    .full
                    .wait_timeout(waiting, FLUSH_EVERY)
                    .map(|(w, _)| w)
                    .unwrap_or_else(|e| e.into_inner().0);
            }
            std::mem::swap(&mut batch, &mut waiting.lines);
            waiting.closed
        };
        shared.taken.notify_all();
        if !batch.is_empty() {
            // Standard error is all a logger has to report its own failure on.
            let _ = out.write_all(&batch).and_then(|()| out.flush());
            batch.clear();
        }
        if closed && shared.lock().lines.is_empty() {
            return;
        }
    }
}

impl Write for Batched {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut waiting = self.shared.lock();
        if waiting.closed {
            // No thread to write them (shutting down, or it never started): write directly.
            drop(waiting);
            return std::io::stderr().write(buf);
        }
        while waiting.lines.len() >= MAX_WAITING_BYTES && !waiting.closed {
            self.shared.full.notify_one();
            waiting = self
                .shared
                .taken
                .wait(waiting)
                .unwrap_or_else(PoisonError::into_inner);
        }
        waiting.lines.extend_from_slice(buf);
        if waiting.lines.len() >= WRITE_AT_BYTES {
            self.shared.full.notify_one();
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Batched {
    type Writer = Batched;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Keep it until the end of `main`: dropping it writes out every line still waiting.
pub struct LogGuard {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.full.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer the test can read back.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_line_is_written_in_order_by_the_interval_and_the_rest_at_the_end() {
        let sink = Sink::default();
        let (writer, guard) = Batched::start(sink.clone());
        let mut w = writer.make_writer();
        w.write_all(b"first\n").unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while sink.0.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            sink.0.lock().unwrap().as_slice(),
            b"first\n",
            "written within the interval"
        );
        // Many lines from several threads, more than the thread may hold waiting.
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let writer = writer.clone();
                std::thread::spawn(move || {
                    for i in 0..20_000 {
                        let line = format!("{t} {i:05} {}\n", "x".repeat(100));
                        writer.make_writer().write_all(line.as_bytes()).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        drop(guard);
        let out = String::from_utf8(sink.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = out.lines().skip(1).collect();
        assert_eq!(lines.len(), 80_000, "no line lost");
        for t in 0..4 {
            let mine: Vec<&str> = lines
                .iter()
                .filter(|l| l.starts_with(&format!("{t} ")))
                .copied()
                .collect();
            assert_eq!(mine.len(), 20_000);
            assert!(mine.windows(2).all(|w| w[0] < w[1]), "in order");
        }
    }
}
