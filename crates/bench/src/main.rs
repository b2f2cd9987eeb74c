//! `minsheng-bench`: the benchmark harness of issue 9 (`make bench`, `make bench-smoke`).
//!
//! - `data`: load a large, realistic city into a database prepared by `minsheng seed-demo`;
//! - `load`: W1, W2, PK, W3 in a closed loop against Minsheng or PostGraphile;
//! - `w5`: the 70/20/9/1 mix at fixed arrival rates up to saturation, with the server's RSS;
//! - `sweep`: W4, the escalation sweep over N due tickets with W2 running;
//! - `pglog`: turns pgbench's per-transaction logs into the same figures;
//! - `report`: writes `docs/benchmarks.md` from the collected results.
//!
//! Every measurement is appended as one JSON line to the results file; the report reads only
//! that file, so every figure in it was produced by a run.

mod data;
mod load;
mod report;
mod sweep;

use clap::{Parser, Subcommand};
use load::{System, Workload};
use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[derive(Parser)]
#[command(name = "minsheng-bench", about = "Minsheng benchmarks (issue 9)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Target {
    /// Which server answers at `--url`.
    #[arg(long, value_enum, default_value = "minsheng")]
    system: System,
    /// The GraphQL endpoint.
    #[arg(long)]
    url: String,
    /// The database behind it (to draw ticket ids, departments and categories from).
    #[arg(long)]
    db: String,
    /// Label for the database in the results (`postgres`, `sqlite`).
    #[arg(long, default_value = "postgres")]
    label: String,
    /// Where to append the results (JSON lines).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 16)]
    connections: usize,
}

#[derive(Subcommand)]
enum Command {
    /// Load a large city into a database that `minsheng seed-demo` prepared.
    Data {
        #[arg(long)]
        db: String,
        #[arg(long, default_value_t = 2_000_000)]
        tickets: u64,
        #[arg(long, default_value_t = 0.2)]
        open_share: f64,
        #[arg(long, default_value_t = 9)]
        seed: u64,
        /// Zipf exponent of department popularity.
        #[arg(long, default_value_t = 1.1)]
        zipf: f64,
    },
    /// W1, W2, PK or W3 in a closed loop.
    Load {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_enum)]
        workload: Workload,
        #[arg(long, default_value_t = 10.0)]
        duration: f64,
        #[arg(long, default_value_t = 2.0)]
        warmup: f64,
        #[arg(long, default_value_t = 3)]
        runs: u32,
    },
    /// W5: the mix at fixed arrival rates, stopping after the first saturated rate.
    W5 {
        #[command(flatten)]
        target: Target,
        /// Requests per second to try, ascending.
        #[arg(long, value_delimiter = ',', default_value = "100,200,400,800,1600")]
        rates: Vec<f64>,
        #[arg(long, default_value_t = 10.0)]
        duration: f64,
        /// The server's process id, to sample its resident memory.
        #[arg(long)]
        pid: Option<u32>,
        #[arg(long, default_value_t = 256)]
        max_in_flight: usize,
    },
    /// W4: the escalation sweep over N due open tickets with W2 running.
    Sweep {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
        due: Vec<u64>,
        /// Seconds of idle W2 before each sweep.
        #[arg(long, default_value_t = 5)]
        idle: u64,
    },
    /// Summarise pgbench per-transaction logs (`pgbench -l`).
    Pglog {
        #[arg(long)]
        workload: String,
        #[arg(long)]
        run: u32,
        #[arg(long)]
        duration: f64,
        #[arg(long, default_value_t = 0)]
        failed: u64,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "postgres")]
        label: String,
        files: Vec<PathBuf>,
    },
    /// Write the Markdown report from the results.
    Report {
        #[arg(long)]
        results: PathBuf,
        #[arg(long)]
        meta: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Fail (exit 1) if any measured request failed.
        #[arg(long)]
        strict: bool,
    },
}

fn append(out: &PathBuf, line: &Value) -> Result<(), BoxError> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(out)?;
    writeln!(f, "{line}")?;
    Ok(())
}

fn with(mut base: Value, measured: &impl serde::Serialize) -> Result<Value, BoxError> {
    let m = serde_json::to_value(measured)?;
    if let (Some(b), Some(m)) = (base.as_object_mut(), m.as_object()) {
        for (k, v) in m {
            b.insert(k.clone(), v.clone());
        }
    }
    Ok(base)
}

fn system_name(s: System) -> &'static str {
    match s {
        System::Minsheng => "minsheng",
        System::Postgraphile => "postgraphile",
    }
}

async fn fixture(t: &Target) -> Result<(Arc<load::Fixture>, reqwest::Client), BoxError> {
    let client = load::client(t.connections)?;
    let fx = load::Fixture::load(t.system, &t.url, &t.db, &client).await?;
    Ok((Arc::new(fx), client))
}

async fn run(cli: Cli) -> Result<i32, BoxError> {
    match cli.command {
        Command::Data {
            db,
            tickets,
            open_share,
            seed,
            zipf,
        } => {
            data::run(data::DataArgs {
                db,
                tickets,
                open_share,
                seed,
                zipf_s: zipf,
            })
            .await?;
        }
        Command::Load {
            target,
            workload,
            duration,
            warmup,
            runs,
        } => {
            let (fx, client) = fixture(&target).await?;
            for run in 1..=runs {
                let m = load::closed_loop(
                    fx.clone(),
                    client.clone(),
                    workload,
                    target.connections,
                    Duration::from_secs_f64(warmup),
                    Duration::from_secs_f64(duration),
                    None,
                    u64::from(run),
                )
                .await;
                eprintln!(
                    "{} {} {} run {run}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} errors of {}",
                    target.label,
                    system_name(target.system),
                    workload.name(),
                    m.rps,
                    m.p50_ms,
                    m.p99_ms,
                    m.errors,
                    m.requests
                );
                let line = json!({
                    "db": target.label, "system": system_name(target.system),
                    "workload": workload.name(), "run": run,
                    "connections": target.connections,
                });
                append(&target.out, &with(line, &m)?)?;
            }
        }
        Command::W5 {
            target,
            rates,
            duration,
            pid,
            max_in_flight,
        } => {
            let (fx, client) = fixture(&target).await?;
            for rate in rates {
                let running = Arc::new(AtomicBool::new(true));
                let rss = pid.map(|p| load::watch_rss(p, running.clone()));
                let m = load::open_loop(
                    fx.clone(),
                    client.clone(),
                    Workload::W5,
                    rate,
                    max_in_flight,
                    Duration::from_secs(2),
                    Duration::from_secs_f64(duration),
                    rate as u64,
                )
                .await;
                running.store(false, Ordering::Relaxed);
                let peak = match rss {
                    Some(h) => Some(h.await?),
                    None => None,
                };
                eprintln!(
                    "{} {} W5 at {rate}/s: {:.0} ok/s, p50 {:.2} ms, p99 {:.2} ms, {} errors ({} dropped), RSS peak {:?} MB",
                    target.label,
                    system_name(target.system),
                    m.rps,
                    m.p50_ms,
                    m.p99_ms,
                    m.errors,
                    m.dropped,
                    peak
                );
                let saturated = m.rps < rate * 0.95 || m.p99_ms > 1000.0;
                let line = json!({
                    "db": target.label, "system": system_name(target.system),
                    "workload": "W5", "run": 1, "rate": rate, "rss_mb": peak,
                    "saturated": saturated,
                });
                append(&target.out, &with(line, &m)?)?;
                if saturated {
                    break;
                }
            }
        }
        Command::Sweep { target, due, idle } => {
            let (fx, client) = fixture(&target).await?;
            for n in due {
                let r = sweep::run(
                    &target.db,
                    n,
                    fx.clone(),
                    client.clone(),
                    target.connections,
                    idle,
                )
                .await?;
                eprintln!(
                    "{} W4 N={}: {} examined, {} fired, {} auto-closed in {:.2} s = {:.0} tickets/s; W2 p99 idle {:.2} ms, during {:.2} ms ({} + {} errors)",
                    target.label,
                    r.due,
                    r.examined,
                    r.fired,
                    r.auto_closed,
                    r.sweep_secs,
                    r.tickets_per_sec,
                    r.w2_idle.p99_ms,
                    r.w2_during.p99_ms,
                    r.w2_idle.errors,
                    r.w2_during.errors
                );
                let line = json!({
                    "db": target.label, "system": system_name(target.system),
                    "workload": "W4", "run": 1, "requested_due": n,
                });
                append(&target.out, &with(line, &r)?)?;
            }
        }
        Command::Pglog {
            workload,
            run,
            duration,
            failed,
            out,
            label,
            files,
        } => {
            let mut lat = Vec::new();
            for f in files {
                let text = std::fs::read_to_string(&f)?;
                for l in text.lines() {
                    // client_id transaction_no latency_us script_no epoch epoch_us
                    if let Some(us) = l
                        .split_whitespace()
                        .nth(2)
                        .and_then(|x| x.parse::<u32>().ok())
                    {
                        lat.push(us);
                    }
                }
            }
            let m = load::summarize(lat, failed, 0, duration);
            eprintln!(
                "{label} pgbench {workload} run {run}: {:.0} tx/s, p50 {:.2} ms, p99 {:.2} ms, {failed} failed",
                m.rps, m.p50_ms, m.p99_ms
            );
            let line = json!({
                "db": label, "system": "pgbench", "workload": workload, "run": run,
            });
            append(&out, &with(line, &m)?)?;
        }
        Command::Report {
            results,
            meta,
            out,
            strict,
        } => {
            let errors = report::write(&results, &meta, &out)?;
            eprintln!("wrote {}", out.display());
            if strict && errors > 0 {
                eprintln!("{errors} requests failed");
                return Ok(1);
            }
        }
    }
    Ok(0)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(0) => std::process::ExitCode::SUCCESS,
        Ok(_) => std::process::ExitCode::FAILURE,
        Err(e) => {
            eprintln!("minsheng-bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
