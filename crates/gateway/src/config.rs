//! The server's typed configuration, loaded once at start-up from the command line and the
//! environment (see `cli.rs` for every flag and variable) and passed to whatever needs it.
//!
//! Zero configuration is needed for the embedded default: a SQLite file and a generated signing
//! secret, both in the data directory.

use crate::cli::{DbArgs, ServeArgs};
use chrono::TimeDelta;
use minsheng_store::accounts::LockoutPolicy;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretSlice, SecretString};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The name of the generated signing secret inside the data directory.
pub const JWT_SECRET_FILE: &str = "jwt-secret";

/// 256 bits: the shortest signing secret accepted.
pub const MIN_JWT_SECRET_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{origin} is too short: a signing secret needs at least {MIN_JWT_SECRET_BYTES} bytes (try `openssl rand -hex 32`)"
    )]
    WeakJwtSecret { origin: String },
    #[error("--public-url must be an http:// or https:// URL")]
    PublicUrl,
    #[error("MINSHENG_MAIL_FROM is not an email address: {0}")]
    MailFrom(String),
    #[error("MINSHENG_MAIL_TIME_ZONE is not a time zone name: {0}")]
    TimeZone(String),
}

/// Where the database is.
#[derive(Debug, Clone)]
pub struct DatabaseSettings {
    /// May contain a password, so it is kept secret.
    pub url: SecretString,
    pub data_dir: PathBuf,
    /// PostgreSQL's `statement_timeout` for every connection.
    pub statement_timeout: Duration,
    /// The most connections to PostgreSQL for write transactions.
    pub max_connections: u32,
    /// The most connections to PostgreSQL for reads.
    pub read_connections: u32,
}

impl DatabaseSettings {
    /// Resolves `--database-url`, defaulting to `sqlite://<data-dir>/minsheng.db`, and creates the
    /// data directory when the default is used.
    pub fn from_args(args: &DbArgs) -> Result<Self, ConfigError> {
        let url = match &args.database_url {
            Some(url) if !url.trim().is_empty() => url.trim().to_owned(),
            _ => {
                create_dir(&args.data_dir)?;
                format!("sqlite://{}", args.data_dir.join("minsheng.db").display())
            }
        };
        Ok(Self {
            url: SecretString::from(url),
            data_dir: args.data_dir.clone(),
            statement_timeout: args.statement_timeout,
            max_connections: args.db_connections,
            read_connections: args.db_read_connections,
        })
    }

    pub fn is_sqlite(&self) -> bool {
        self.url.expose_secret().starts_with("sqlite:")
    }

    pub fn db_config(&self) -> minsheng_store::DbConfig {
        minsheng_store::DbConfig {
            statement_timeout: self.statement_timeout,
            max_connections: self.max_connections,
            read_connections: self.read_connections,
            ..minsheng_store::DbConfig::new(self.url.expose_secret())
        }
    }
}

/// Limits that protect the server from expensive or oversized requests.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The largest request body, in bytes.
    pub body_bytes: usize,
    pub request_timeout: Duration,
    pub graphql_depth: usize,
    pub graphql_complexity: usize,
    /// Aliases in one document, counted over all operations and fragments.
    pub graphql_aliases: usize,
    /// Directives in one document.
    pub graphql_directives: usize,
    /// Requests served at once; more are refused with 503 (`--max-in-flight`).
    pub max_in_flight: u32,
}

impl Limits {
    /// Enough to keep both cores and every database connection busy, several times over.
    pub const DEFAULT_MAX_IN_FLIGHT: u32 = 128;
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            body_bytes: 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            graphql_depth: 12,
            graphql_complexity: 2000,
            graphql_aliases: 30,
            graphql_directives: 30,
            max_in_flight: Self::DEFAULT_MAX_IN_FLIGHT,
        }
    }
}

/// How sign-in works.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// HMAC key for access tokens, at least 256 bits.
    pub jwt_secret: SecretSlice<u8>,
    /// The `iss` claim: the public URL of this installation.
    pub issuer: String,
    pub access_ttl: TimeDelta,
    pub refresh_ttl: TimeDelta,
    pub lockout: LockoutPolicy,
}

/// Where email goes and how it is retried.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The SMTP server; `None` writes `.eml` files to `eml_dir`. May hold a password.
    pub smtp_url: Option<SecretString>,
    pub from: lettre::message::Mailbox,
    /// `<data-dir>/mail`.
    pub eml_dir: PathBuf,
    pub retry: minsheng_store::relay::RetryPolicy,
    /// Deadlines in messages are shown in this zone.
    pub time_zone: chrono_tz::Tz,
}

impl MailSettings {
    pub fn from_args(args: &crate::cli::MailArgs, data_dir: &Path) -> Result<Self, ConfigError> {
        let from = crate::mail::parse_from(&args.mail_from).map_err(ConfigError::MailFrom)?;
        let time_zone = args
            .mail_time_zone
            .trim()
            .parse::<chrono_tz::Tz>()
            .map_err(|_| ConfigError::TimeZone(args.mail_time_zone.clone()))?;
        Ok(Self {
            smtp_url: args
                .smtp_url
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(|u| SecretString::from(u.to_owned())),
            from,
            eml_dir: data_dir.join("mail"),
            retry: minsheng_store::relay::RetryPolicy {
                max_attempts: i32::from(args.mail_max_attempts.max(1)),
                ..minsheng_store::relay::RetryPolicy::default()
            },
            time_zone,
        })
    }
}

/// The background work of `serve`.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Run the escalation sweep and the mail relay in this instance.
    pub enabled: bool,
    pub sweep_interval: Duration,
    pub relay_interval: Duration,
}

/// Everything `minsheng serve` needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub database: DatabaseSettings,
    /// GraphiQL at `GET /graphql`, introspection and field suggestions.
    pub dev: bool,
    /// How people reach this installation, e.g. `https://12345.example.gov.cn`.
    pub public_url: String,
    /// The built SPA, served at `/` when the directory exists.
    pub static_dir: PathBuf,
    /// Runs on a settable clock and mounts `POST /test/clock`. Never for production.
    pub test_clock: bool,
    /// Seeds the demo city into an empty embedded (SQLite) database on start.
    pub seed_demo_on_empty: bool,
    pub limits: Limits,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub workers: WorkerSettings,
    pub attachments: AttachmentSettings,
}

/// Where attachments are kept and how much may be attached.
#[derive(Debug, Clone)]
pub struct AttachmentSettings {
    pub dir: PathBuf,
    pub limits: minsheng_store::attachments::AttachmentLimits,
}

impl AttachmentSettings {
    pub fn from_args(args: &crate::cli::AttachmentArgs, data_dir: &Path) -> Self {
        Self {
            dir: args
                .attachments_dir
                .clone()
                .unwrap_or_else(|| data_dir.join("attachments")),
            limits: minsheng_store::attachments::AttachmentLimits {
                max_bytes: args.attachment_max_mb as usize * 1024 * 1024,
                max_per_ticket: args.attachments_per_ticket as usize,
            },
        }
    }

    /// The largest multipart request: every file at its largest, plus the GraphQL document.
    pub fn upload_body_bytes(&self, document_bytes: usize) -> usize {
        self.limits
            .max_bytes
            .saturating_mul(self.limits.max_per_ticket)
            .saturating_add(document_bytes)
    }
}

impl Config {
    /// Builds the configuration for `serve`. `jwt_secret_env` is `MINSHENG_JWT_SECRET`, read by
    /// the caller; without it the secret is generated once and kept in `<data-dir>/jwt-secret`.
    pub fn load(
        args: &ServeArgs,
        jwt_secret_env: Option<SecretString>,
    ) -> Result<Self, ConfigError> {
        let database = DatabaseSettings::from_args(&args.db)?;
        let public_url = args.public_url.trim().trim_end_matches('/').to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::PublicUrl);
        }
        let jwt_secret = match jwt_secret_env {
            Some(s) if !s.expose_secret().is_empty() => {
                secret_from_text(s.expose_secret(), "MINSHENG_JWT_SECRET")?
            }
            _ => load_or_create_secret(&args.db.data_dir)?,
        };
        let mail = MailSettings::from_args(&args.mail, &args.db.data_dir)?;
        let attachments = AttachmentSettings::from_args(&args.attachments, &args.db.data_dir);
        let workers = WorkerSettings {
            enabled: !args.workers.no_workers,
            sweep_interval: args.workers.sweep_interval,
            relay_interval: args.workers.relay_interval,
        };
        Ok(Self {
            listen: args.listen,
            database,
            mail,
            workers,
            attachments,
            dev: args.dev,
            public_url: public_url.clone(),
            static_dir: args.static_dir.clone(),
            test_clock: args.test_clock,
            seed_demo_on_empty: !args.no_demo_seed,
            limits: Limits {
                max_in_flight: args.max_in_flight,
                ..Limits::default()
            },
            auth: AuthSettings {
                jwt_secret,
                issuer: public_url,
                access_ttl: TimeDelta::minutes(15),
                refresh_ttl: TimeDelta::days(30),
                lockout: LockoutPolicy::default(),
            },
        })
    }
}

fn create_dir(dir: &Path) -> Result<(), ConfigError> {
    std::fs::create_dir_all(dir).map_err(|source| ConfigError::Io {
        path: dir.to_owned(),
        source,
    })
}

fn secret_from_text(text: &str, origin: &str) -> Result<SecretSlice<u8>, ConfigError> {
    let text = text.trim();
    if text.len() < MIN_JWT_SECRET_BYTES {
        return Err(ConfigError::WeakJwtSecret {
            origin: origin.to_owned(),
        });
    }
    Ok(SecretSlice::from(text.as_bytes().to_vec()))
}

/// Reads `<data-dir>/jwt-secret`, creating it (mode 0600) with 256 random bits on first start.
fn load_or_create_secret(data_dir: &Path) -> Result<SecretSlice<u8>, ConfigError> {
    let path = data_dir.join(JWT_SECRET_FILE);
    let io = |source| ConfigError::Io {
        path: path.clone(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => return secret_from_text(&text, &path.display().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(e)),
    }
    create_dir(data_dir)?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let text = hex::encode(bytes);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(&path) {
        Ok(mut file) => {
            file.write_all(text.as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            tracing::info!(path = %path.display(), "generated a new token-signing secret");
            secret_from_text(&text, &path.display().to_string())
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = std::fs::read_to_string(&path).map_err(io)?;
            secret_from_text(&text, &path.display().to_string())
        }
        Err(e) => Err(io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_is_generated_once_with_private_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let a = load_or_create_secret(dir.path()).unwrap();
        let b = load_or_create_secret(dir.path()).unwrap();
        assert_eq!(a.expose_secret(), b.expose_secret());
        assert_eq!(a.expose_secret().len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(JWT_SECRET_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(matches!(
            secret_from_text("too short", "MINSHENG_JWT_SECRET"),
            Err(ConfigError::WeakJwtSecret { .. })
        ));
        assert!(secret_from_text(&"x".repeat(32), "env").is_ok());
    }

    #[test]
    fn default_database_is_sqlite_in_the_data_dir() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data");
        let db = DatabaseSettings::from_args(&DbArgs {
            database_url: None,
            data_dir: data_dir.clone(),
            statement_timeout: DbArgs::DEFAULT_STATEMENT_TIMEOUT,
            db_connections: DbArgs::DEFAULT_CONNECTIONS,
            db_read_connections: DbArgs::DEFAULT_READ_CONNECTIONS,
        })
        .unwrap();
        assert!(db.is_sqlite());
        assert_eq!(
            db.url.expose_secret(),
            &format!("sqlite://{}/minsheng.db", data_dir.display())
        );
        assert!(data_dir.is_dir());
    }
}
