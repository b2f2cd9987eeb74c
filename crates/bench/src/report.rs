//! Writes `docs/benchmarks.md` from the results file (one JSON line per measurement) and the
//! run's metadata (machine, versions, parameters). Figures are medians over the runs.

use crate::BoxError;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn num(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

fn text<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    })
}

#[derive(Default, Clone)]
struct Fig {
    rps: Option<f64>,
    p50: Option<f64>,
    p99: Option<f64>,
    runs: usize,
    errors: u64,
    requests: u64,
}

fn f0(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |x| format!("{x:.0}"))
}

fn f2(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |x| format!("{x:.2}"))
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn verdict(ok: Option<bool>) -> &'static str {
    match ok {
        Some(true) => "**met**",
        Some(false) => "**missed**",
        None => "not measured",
    }
}

/// Returns the number of failed requests across all results.
pub fn write(results: &Path, meta: &Path, out: &Path) -> Result<u64, BoxError> {
    let lines: Vec<Value> = std::fs::read_to_string(results)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let meta: Value = serde_json::from_str(&std::fs::read_to_string(meta)?)?;

    let mut groups: BTreeMap<(String, String, String), Vec<&Value>> = BTreeMap::new();
    let mut w4: Vec<&Value> = Vec::new();
    let mut w5: Vec<&Value> = Vec::new();
    let mut total_errors = 0u64;
    for l in &lines {
        let w = text(l, "workload");
        match w {
            "W4" => {
                w4.push(l);
                total_errors += l
                    .pointer("/w2_idle/errors")
                    .and_then(Value::as_u64)
                    .unwrap_or(0)
                    + l.pointer("/w2_during/errors")
                        .and_then(Value::as_u64)
                        .unwrap_or(0);
            }
            "W5" => {
                w5.push(l);
                // Requests dropped at a saturated rate are the measurement, not a failure.
                total_errors += l
                    .get("errors")
                    .and_then(Value::as_u64)
                    .unwrap_or(0)
                    .saturating_sub(l.get("dropped").and_then(Value::as_u64).unwrap_or(0));
            }
            _ => {
                total_errors += l.get("errors").and_then(Value::as_u64).unwrap_or(0);
                groups
                    .entry((
                        text(l, "db").to_owned(),
                        text(l, "system").to_owned(),
                        w.to_owned(),
                    ))
                    .or_default()
                    .push(l);
            }
        }
    }
    let fig = |db: &str, system: &str, w: &str| -> Fig {
        let Some(rows) = groups.get(&(db.to_owned(), system.to_owned(), w.to_owned())) else {
            return Fig::default();
        };
        Fig {
            rps: median(rows.iter().filter_map(|r| num(r, "rps")).collect()),
            p50: median(rows.iter().filter_map(|r| num(r, "p50_ms")).collect()),
            p99: median(rows.iter().filter_map(|r| num(r, "p99_ms")).collect()),
            runs: rows.len(),
            errors: rows
                .iter()
                .filter_map(|r| r.get("errors").and_then(Value::as_u64))
                .sum(),
            requests: rows
                .iter()
                .filter_map(|r| r.get("requests").and_then(Value::as_u64))
                .sum(),
        }
    };

    let mut s = String::new();
    let m = |k: &str| -> String {
        meta.get(k)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_else(|| "–".to_owned())
    };
    writeln!(s, "# Benchmarks")?;
    writeln!(s)?;
    writeln!(
        s,
        "Minsheng measured against PostGraphile 5 and against `pgbench` running the SQL Minsheng \
         itself issues, on the same PostgreSQL database, plus the embedded SQLite default \
         (issue 9). This file is written by `make bench` (`bench/run.sh`); every figure below \
         comes from the results file of that run (`{}`). Re-run with `make bench`; see \
         [How it is measured](#how-it-is-measured).",
        m("results_file")
    )?;
    writeln!(s)?;
    writeln!(s, "## This run")?;
    writeln!(s)?;
    writeln!(s, "| | |")?;
    writeln!(s, "|---|---|")?;
    for (k, label) in [
        ("date", "date (UTC)"),
        ("machine", "machine"),
        ("cpus", "CPUs"),
        ("memory", "memory"),
        ("os", "OS"),
        ("postgres", "PostgreSQL"),
        ("sqlite", "SQLite (bundled in sqlx)"),
        ("rustc", "rustc"),
        ("node", "Node.js (PostGraphile)"),
        ("postgraphile", "PostGraphile"),
        ("pgbench", "pgbench"),
        ("tickets", "tickets (PostgreSQL)"),
        ("sqlite_tickets", "tickets (SQLite)"),
        ("events", "events (PostgreSQL)"),
        ("open_tickets", "open tickets (PostgreSQL)"),
        ("load_secs", "data load, PostgreSQL (s)"),
        ("runs", "runs per workload (figures are medians)"),
        ("duration", "seconds per run (after a 2 s warm-up)"),
        ("connections", "concurrent connections"),
        ("w4_due", "W4 sizes (due tickets)"),
        ("w5_rates", "W5 rates tried (req/s)"),
        ("notes", "notes"),
    ] {
        writeln!(s, "| {label} | {} |", m(k))?;
    }
    writeln!(s)?;

    // ---- PostgreSQL ----
    writeln!(s, "## PostgreSQL: Minsheng, PostGraphile and pgbench")?;
    writeln!(s)?;
    writeln!(
        s,
        "req/s are successful requests per second (pgbench: transactions per second); latencies in \
         ms. Ratios compare req/s."
    )?;
    writeln!(s)?;
    writeln!(
        s,
        "| workload | Minsheng req/s | p50 | p99 | PostGraphile req/s | p50 | p99 | Minsheng ÷ PostGraphile | pgbench tx/s | p50 | p99 | Minsheng ÷ pgbench |"
    )?;
    writeln!(
        s,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    )?;
    for w in ["W1", "W2", "PK", "W3"] {
        let a = fig("postgres", "minsheng", w);
        let b = fig("postgres", "postgraphile", w);
        let c = fig("postgres", "pgbench", w);
        writeln!(
            s,
            "| {w} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            f0(a.rps),
            f2(a.p50),
            f2(a.p99),
            f0(b.rps),
            f2(b.p50),
            f2(b.p99),
            f2(ratio(a.rps, b.rps))
                + if ratio(a.rps, b.rps).is_some() {
                    "×"
                } else {
                    ""
                },
            f0(c.rps),
            f2(c.p50),
            f2(c.p99),
            f2(ratio(a.rps, c.rps))
                + if ratio(a.rps, c.rps).is_some() {
                    "×"
                } else {
                    ""
                },
        )?;
    }
    writeln!(s)?;

    // ---- targets ----
    let w1 = fig("postgres", "minsheng", "W1");
    let w1g = fig("postgres", "postgraphile", "W1");
    let w1p = fig("postgres", "pgbench", "W1");
    let w2 = fig("postgres", "minsheng", "W2");
    let w2g = fig("postgres", "postgraphile", "W2");
    let pk = fig("postgres", "minsheng", "PK");
    let pkg = fig("postgres", "postgraphile", "PK");
    let w3 = fig("postgres", "minsheng", "W3");
    let pg_w4: Vec<&&Value> = w4.iter().filter(|l| text(l, "db") == "postgres").collect();
    let w4_ok = if pg_w4.is_empty() {
        None
    } else {
        Some(pg_w4.iter().all(|l| {
            let tps = num(l, "tickets_per_sec").unwrap_or(0.0);
            let idle = l
                .pointer("/w2_idle/p99_ms")
                .and_then(Value::as_f64)
                .unwrap_or(0.0);
            let during = l
                .pointer("/w2_during/p99_ms")
                .and_then(Value::as_f64)
                .unwrap_or(f64::MAX);
            tps >= 100_000.0 && during <= 2.0 * idle
        }))
    };
    let rss: Vec<f64> = w5
        .iter()
        .filter(|l| text(l, "system") == "minsheng" && text(l, "db") == "postgres")
        .filter_map(|l| num(l, "rss_mb"))
        .collect();
    let rss_peak = rss.iter().copied().reduce(f64::max);
    writeln!(s, "## Targets (issue 9)")?;
    writeln!(s)?;
    writeln!(s, "| target | measured | |")?;
    writeln!(s, "|---|---|---|")?;
    let r1 = ratio(w1.rps, w1g.rps);
    let r1p = ratio(w1.rps, w1p.rps);
    writeln!(
        s,
        "| W1 ≥ 1.2× PostGraphile `create` and ≥ 0.9× pgbench | {}× PostGraphile, {}× pgbench | {} |",
        f2(r1),
        f2(r1p),
        verdict(r1.zip(r1p).map(|(a, b)| a >= 1.2 && b >= 0.9))
    )?;
    let r2 = ratio(w2.rps, w2g.rps);
    writeln!(
        s,
        "| W2 ≥ 2.5× PostGraphile | {}× | {} |",
        f2(r2),
        verdict(r2.map(|r| r >= 2.5))
    )?;
    let rp = ratio(pk.rps, pkg.rps);
    writeln!(
        s,
        "| PK ≥ 2× PostGraphile | {}× | {} |",
        f2(rp),
        verdict(rp.map(|r| r >= 2.0))
    )?;
    writeln!(
        s,
        "| W3 p99 < 5 ms | {} ms | {} |",
        f2(w3.p99),
        verdict(w3.p99.map(|p| p < 5.0))
    )?;
    writeln!(
        s,
        "| W4 ≥ 100k tickets/s swept, W2 p99 ≤ 2× idle | see W4 below | {} |",
        verdict(w4_ok)
    )?;
    writeln!(
        s,
        "| server RSS < 150 MB under W5 | {} MB peak | {} |",
        f0(rss_peak),
        verdict(rss_peak.map(|r| r < 150.0))
    )?;
    writeln!(s)?;

    if let Some(path) = meta.get("analysis_file").and_then(Value::as_str)
        && let Ok(md) = std::fs::read_to_string(path)
    {
        writeln!(s, "{}", md.trim_end())?;
        writeln!(s)?;
    }

    // ---- W4 ----
    writeln!(s, "## W4: escalation sweep with W2 running")?;
    writeln!(s)?;
    writeln!(
        s,
        "| database | due tickets | examined | rules fired | auto-closed | sweep (s) | tickets/s | W2 p99 idle (ms) | W2 p99 during (ms) | during ÷ idle | W2 req/s during |"
    )?;
    writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for l in &w4 {
        let idle = l.pointer("/w2_idle/p99_ms").and_then(Value::as_f64);
        let during = l.pointer("/w2_during/p99_ms").and_then(Value::as_f64);
        writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            text(l, "db"),
            f0(num(l, "due")),
            f0(num(l, "examined")),
            f0(num(l, "fired")),
            f0(num(l, "auto_closed")),
            f2(num(l, "sweep_secs")),
            f0(num(l, "tickets_per_sec")),
            f2(idle),
            f2(during),
            f2(ratio(during, idle)),
            f0(l.pointer("/w2_during/rps").and_then(Value::as_f64)),
        )?;
    }
    writeln!(s)?;

    // ---- W5 ----
    writeln!(s, "## W5: 70% W2, 20% PK, 9% W1, 1% W3 at fixed rates")?;
    writeln!(s)?;
    writeln!(
        s,
        "Open loop: requests are sent on schedule whatever the server does, and each latency \
         counts from when the request was due. A rate is saturated when fewer than 95% of the \
         requests succeed per second or p99 passes 1 s; the run stops after the first saturated rate."
    )?;
    writeln!(s)?;
    writeln!(
        s,
        "| database | system | rate (req/s) | succeeded/s | p50 (ms) | p99 (ms) | failed | not sent (over 256 in flight) | server RSS peak (MB) |"
    )?;
    writeln!(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|")?;
    for l in &w5 {
        writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            text(l, "db"),
            text(l, "system"),
            f0(num(l, "rate")),
            f0(num(l, "rps")),
            f2(num(l, "p50_ms")),
            f2(num(l, "p99_ms")),
            l.get("errors")
                .and_then(Value::as_u64)
                .unwrap_or(0)
                .saturating_sub(l.get("dropped").and_then(Value::as_u64).unwrap_or(0)),
            l.get("dropped").and_then(Value::as_u64).unwrap_or(0),
            f0(num(l, "rss_mb")),
        )?;
    }
    writeln!(s)?;

    // ---- SQLite ----
    writeln!(s, "## SQLite (the embedded default)")?;
    writeln!(s)?;
    writeln!(
        s,
        "| workload | Minsheng req/s | p50 (ms) | p99 (ms) | runs |"
    )?;
    writeln!(s, "|---|---:|---:|---:|---:|")?;
    for w in ["W1", "W2", "PK", "W3"] {
        let a = fig("sqlite", "minsheng", w);
        writeln!(
            s,
            "| {w} | {} | {} | {} | {} |",
            f0(a.rps),
            f2(a.p50),
            f2(a.p99),
            a.runs
        )?;
    }
    writeln!(s, "\nW4 on SQLite is in the W4 table above.\n")?;

    writeln!(s, "## Failed requests")?;
    writeln!(s)?;
    let mut any = false;
    for (db, system, w) in groups.keys() {
        let f = fig(db, system, w);
        if f.errors > 0 {
            any = true;
            writeln!(
                s,
                "- {db} {system} {w}: {} of {} requests failed",
                f.errors, f.requests
            )?;
        }
    }
    if !any {
        writeln!(
            s,
            "None: every response of W1–W4 had status 200 and no `errors`."
        )?;
    }
    writeln!(s)?;
    if let Some(Value::String(md)) = meta.get("method") {
        writeln!(s, "{md}")?;
    } else if let Some(path) = meta.get("method_file").and_then(Value::as_str)
        && let Ok(md) = std::fs::read_to_string(path)
    {
        writeln!(s, "{md}")?;
    }
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(out, s)?;
    Ok(total_errors)
}
