//! The `minsheng` command line. Every flag can also be set from the environment variable named
//! beside it; a flag given on the command line wins.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Minsheng (民声): citizen feedback and complaint handling for a city's 12345 hotline.
#[derive(Debug, Parser)]
#[command(name = "minsheng", version, about)]
pub struct Cli {
    /// Log format (`MINSHENG_LOG_FORMAT`). Filter with `RUST_LOG`, e.g. `RUST_LOG=debug`.
    #[arg(
        long,
        env = "MINSHENG_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server: migrate, seed an empty embedded database, serve the API and the web app.
    Serve(ServeArgs),
    /// Apply pending database migrations.
    Migrate(DbArgs),
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Load the demo city: departments, categories, calendars, SLA policies and demo users.
    SeedDemo(DbArgs),
    /// Create an administrator. The password is read from standard input.
    CreateAdmin(CreateAdminArgs),
    /// Audit-log tools.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Oversight metrics tools.
    #[command(subcommand)]
    Metrics(MetricsCommand),
    /// Open311 GeoReport v2 API keys.
    #[command(subcommand, name = "open311-key")]
    Open311Key(Open311KeyCommand),
}

#[derive(Debug, Subcommand)]
pub enum Open311KeyCommand {
    /// Issue a new API key and print it, once: only its hash is kept.
    Create(CreateOpen311KeyArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CreateOpen311KeyArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// Who the key is for, e.g. the app or partner that will use it.
    #[arg(long)]
    pub name: String,

    /// Requests the key may make per minute (default 60).
    #[arg(long)]
    pub rate_limit: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the whole tamper-evident event log; exits non-zero at the first altered entry.
    Verify(DbArgs),
}

#[derive(Debug, Subcommand)]
pub enum MetricsCommand {
    /// Recompute every metric rollup from the whole event log. Needed after a business calendar
    /// or the city's time zone changed, since figures already counted are not rewritten.
    Rebuild(DbArgs),
    /// Fold the events appended since the last refresh into the rollups (dashboards do this
    /// themselves before reading).
    Refresh(DbArgs),
}

/// Where the database is. Every subcommand that touches it takes these.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// `sqlite://PATH` or `postgres://USER@HOST/DB` (`DATABASE_URL`). Default: a SQLite file in
    /// the data directory.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Directory for the embedded database and the generated signing secret
    /// (`MINSHENG_DATA_DIR`).
    #[arg(long, env = "MINSHENG_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// The longest one SQL statement may run on PostgreSQL before it is cancelled and the
    /// request gets a clean error (`MINSHENG_STATEMENT_TIMEOUT`), e.g. `15s`.
    #[arg(long, env = "MINSHENG_STATEMENT_TIMEOUT", default_value = "15s", value_parser = parse_interval)]
    pub statement_timeout: Duration,

    /// The most connections this instance's write transactions use on PostgreSQL
    /// (`MINSHENG_DB_CONNECTIONS`). Several instances sharing one PostgreSQL together, reads and
    /// writes, should stay below its `max_connections`. SQLite uses a pool of its own size.
    #[arg(long, env = "MINSHENG_DB_CONNECTIONS", default_value_t = DbArgs::DEFAULT_CONNECTIONS,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_connections: u32,

    /// The most connections this instance's reads use on PostgreSQL
    /// (`MINSHENG_DB_READ_CONNECTIONS`): about the database server's core count, since reads
    /// keep its cores busy and more at once only take turns.
    #[arg(long, env = "MINSHENG_DB_READ_CONNECTIONS", default_value_t = DbArgs::DEFAULT_READ_CONNECTIONS,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_read_connections: u32,
}

impl DbArgs {
    /// The default of `--statement-timeout`.
    pub const DEFAULT_STATEMENT_TIMEOUT: Duration = Duration::from_secs(15);
    /// The default of `--db-connections`.
    pub const DEFAULT_CONNECTIONS: u32 = 16;
    /// The default of `--db-read-connections`.
    pub const DEFAULT_READ_CONNECTIONS: u32 = 4;
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// Address to listen on (`MINSHENG_LISTEN`).
    #[arg(long, env = "MINSHENG_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Development mode (`MINSHENG_DEV=1`): GraphiQL at `GET /graphql`, introspection and field
    /// suggestions. All are off otherwise.
    #[arg(long, env = "MINSHENG_DEV")]
    pub dev: bool,

    /// The URL people use to reach this installation (`MINSHENG_PUBLIC_URL`); it goes into links
    /// in emails and is the access tokens' issuer.
    #[arg(
        long,
        env = "MINSHENG_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,

    /// The built web app (`MINSHENG_STATIC_DIR`), served at `/` when it exists.
    #[arg(long, env = "MINSHENG_STATIC_DIR", default_value = "frontend/dist")]
    pub static_dir: PathBuf,

    /// Run on a settable clock and enable `POST /test/clock` (`MINSHENG_TEST_CLOCK=1`). For
    /// automated tests and demos only; never in production.
    #[arg(long, env = "MINSHENG_TEST_CLOCK")]
    pub test_clock: bool,

    /// The most requests served at once (`MINSHENG_MAX_IN_FLIGHT`). Past it, requests are
    /// turned away at once with 503 and `Retry-After`, so an overload costs the callers a retry
    /// rather than growing the server's memory and everyone's wait. Health checks are exempt.
    #[arg(long, env = "MINSHENG_MAX_IN_FLIGHT", default_value_t = crate::config::Limits::DEFAULT_MAX_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_in_flight: u32,

    /// Do not seed the demo city into an empty embedded database (`MINSHENG_NO_DEMO_SEED=1`).
    #[arg(long, env = "MINSHENG_NO_DEMO_SEED")]
    pub no_demo_seed: bool,

    #[command(flatten)]
    pub mail: MailArgs,

    #[command(flatten)]
    pub workers: WorkerArgs,

    #[command(flatten)]
    pub attachments: AttachmentArgs,
}

/// Photos and documents on tickets.
#[derive(Debug, Clone, Args)]
pub struct AttachmentArgs {
    /// Where attachment files are kept (`MINSHENG_ATTACHMENTS_DIR`); default
    /// `<data-dir>/attachments`. Files are named by their SHA-256.
    #[arg(long, env = "MINSHENG_ATTACHMENTS_DIR")]
    pub attachments_dir: Option<PathBuf>,

    /// The largest file, in megabytes (`MINSHENG_ATTACHMENT_MAX_MB`).
    #[arg(long, env = "MINSHENG_ATTACHMENT_MAX_MB", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub attachment_max_mb: u32,

    /// The most files one ticket may carry (`MINSHENG_ATTACHMENTS_PER_TICKET`).
    #[arg(long, env = "MINSHENG_ATTACHMENTS_PER_TICKET", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=50))]
    pub attachments_per_ticket: u32,
}

impl Default for AttachmentArgs {
    fn default() -> Self {
        Self {
            attachments_dir: None,
            attachment_max_mb: 10,
            attachments_per_ticket: 10,
        }
    }
}

/// Where email goes.
#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// The SMTP server (`MINSHENG_SMTP_URL`): `smtp://host:port` (plain),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtps://host:465`. When unset,
    /// each message is written as an `.eml` file in `<data-dir>/mail/`.
    #[arg(long, env = "MINSHENG_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The sender of every message (`MINSHENG_MAIL_FROM`).
    #[arg(
        long,
        env = "MINSHENG_MAIL_FROM",
        default_value = "民声 Minsheng <no-reply@localhost>"
    )]
    pub mail_from: String,

    /// Attempts before a message is given up and dead-lettered (`MINSHENG_MAIL_MAX_ATTEMPTS`).
    /// Retries back off exponentially from 30 seconds to 2 hours.
    #[arg(long, env = "MINSHENG_MAIL_MAX_ATTEMPTS", default_value_t = 10)]
    pub mail_max_attempts: u16,

    /// The time zone deadlines are shown in, in email (`MINSHENG_MAIL_TIME_ZONE`).
    #[arg(long, env = "MINSHENG_MAIL_TIME_ZONE", default_value = "Asia/Shanghai")]
    pub mail_time_zone: String,
}

impl Default for MailArgs {
    fn default() -> Self {
        Self {
            smtp_url: None,
            mail_from: "民声 Minsheng <no-reply@localhost>".to_owned(),
            mail_max_attempts: 10,
            mail_time_zone: "Asia/Shanghai".to_owned(),
        }
    }
}

/// The background work of `serve`: the escalation sweep and the mail relay.
#[derive(Debug, Clone, Args)]
pub struct WorkerArgs {
    /// How often the escalation sweep runs (`MINSHENG_SWEEP_INTERVAL`), e.g. `30s`, `2m`.
    #[arg(long, env = "MINSHENG_SWEEP_INTERVAL", default_value = "30s", value_parser = parse_interval)]
    pub sweep_interval: Duration,

    /// How often the mail relay looks for due messages when nothing wakes it
    /// (`MINSHENG_RELAY_INTERVAL`). It also wakes whenever this instance writes.
    #[arg(long, env = "MINSHENG_RELAY_INTERVAL", default_value = "5s", value_parser = parse_interval)]
    pub relay_interval: Duration,

    /// Run neither the sweep nor the relay in this instance (`MINSHENG_NO_WORKERS=1`), e.g. when
    /// other instances do. Live updates still work.
    #[arg(long, env = "MINSHENG_NO_WORKERS")]
    pub no_workers: bool,
}

impl Default for WorkerArgs {
    fn default() -> Self {
        Self {
            sweep_interval: Duration::from_secs(30),
            relay_interval: Duration::from_secs(5),
            no_workers: false,
        }
    }
}

/// `500ms`, `30s`, `2m`, `1h`, or a bare number of seconds; at least 10 ms.
pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (n, unit) = s.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("`{s}` is not an interval such as 30s or 2m"))?;
    let d = match unit.trim() {
        "ms" => Duration::from_millis(n),
        "" | "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        "h" => Duration::from_secs(n.saturating_mul(3600)),
        other => return Err(format!("unknown unit `{other}`: use ms, s, m or h")),
    };
    if d < Duration::from_millis(10) {
        return Err("the interval must be at least 10ms".to_owned());
    }
    Ok(d)
}

#[derive(Debug, Clone, Args)]
pub struct CreateAdminArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// The administrator's email address; it is also the login.
    #[arg(long)]
    pub email: String,

    /// The name shown in the app.
    #[arg(long, default_value = "Administrator")]
    pub name: String,
}

/// `MINSHENG_JWT_SECRET`: the access-token signing secret, at least 32 bytes. When unset, one is
/// generated and kept in `<data-dir>/jwt-secret`. Read from the environment only, never from a
/// flag, so it does not show in the process list.
pub const JWT_SECRET_ENV: &str = "MINSHENG_JWT_SECRET";

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_defaults() {
        let cli = Cli::try_parse_from(["minsheng", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert_eq!(args.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(args.db.data_dir, PathBuf::from("./data"));
        assert_eq!(args.static_dir, PathBuf::from("frontend/dist"));
        assert!(!args.test_clock);
        assert_eq!(args.db.db_connections, 16);
        assert_eq!(args.db.db_read_connections, 4);
    }

    #[test]
    fn db_connections_must_be_a_sane_count() {
        for flag in ["--db-connections", "--db-read-connections"] {
            let parse = |n: &str| Cli::try_parse_from(["minsheng", "serve", flag, n]);
            let Ok(Cli {
                command: Command::Serve(args),
                ..
            }) = parse("7")
            else {
                panic!("{flag} 7 refused")
            };
            let set = if flag == "--db-connections" {
                (args.db.db_connections, args.db.db_read_connections)
            } else {
                (args.db.db_read_connections, args.db.db_connections)
            };
            assert_eq!(set.0, 7, "{flag}");
            assert_ne!(set.1, 7, "{flag} set the other pool too");
            for bad in ["0", "1001", "-1", "many"] {
                assert!(parse(bad).is_err(), "{flag} {bad} accepted");
            }
        }
    }

    #[test]
    fn worker_and_mail_defaults() {
        let cli = Cli::try_parse_from(["minsheng", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert_eq!(args.workers.sweep_interval, Duration::from_secs(30));
        assert_eq!(args.workers.relay_interval, Duration::from_secs(5));
        assert!(!args.workers.no_workers);
        assert_eq!(args.mail.smtp_url, None);
        assert_eq!(args.mail.mail_max_attempts, 10);
        let cli = Cli::try_parse_from(["minsheng", "serve", "--sweep-interval", "2m"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert_eq!(args.workers.sweep_interval, Duration::from_secs(120));
    }

    #[test]
    fn intervals_parse() {
        assert_eq!(parse_interval("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_interval("45"), Ok(Duration::from_secs(45)));
        assert_eq!(parse_interval("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_interval("1h"), Ok(Duration::from_secs(3600)));
        assert!(parse_interval("soon").is_err());
        assert!(parse_interval("5d").is_err());
        assert!(parse_interval("0s").is_err());
    }

    #[test]
    fn open311_key_create_takes_a_name_and_the_database_flags() {
        let cli = Cli::try_parse_from([
            "minsheng",
            "open311-key",
            "create",
            "--name",
            "FixMyStreet",
            "--data-dir",
            "/tmp/x",
        ])
        .unwrap();
        let Command::Open311Key(Open311KeyCommand::Create(args)) = cli.command else {
            panic!("not open311-key create")
        };
        assert_eq!(args.name, "FixMyStreet");
        assert_eq!(args.db.data_dir, PathBuf::from("/tmp/x"));
        assert_eq!(args.rate_limit, None);
    }

    #[test]
    fn audit_verify_takes_the_database_flags() {
        let cli = Cli::try_parse_from([
            "minsheng",
            "audit",
            "verify",
            "--database-url",
            "sqlite://x.db",
        ])
        .unwrap();
        let Command::Audit(AuditCommand::Verify(db)) = cli.command else {
            panic!("not audit verify")
        };
        assert_eq!(db.database_url.as_deref(), Some("sqlite://x.db"));
    }
}
