//! What each `minsheng` subcommand does.

use crate::app::{App, StartError};
use crate::auth::password::Passwords;
use crate::cli::{
    AuditCommand, Command, CreateAdminArgs, CreateOpen311KeyArgs, DbArgs, JWT_SECRET_ENV,
    MetricsCommand, Open311KeyCommand, ServeArgs,
};
use crate::config::{Config, DatabaseSettings};
use chrono::Utc;
use minsheng_domain::input::{Email, NewPassword, PersonName};
use minsheng_domain::{Locale, Role};
use minsheng_store::Store;
use minsheng_store::accounts::{self, NewUser};
use secrecy::SecretString;
use std::io::BufRead;
use std::process::ExitCode;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("{0}")]
    Input(String),
}

impl From<minsheng_store::StoreError> for CommandError {
    fn from(e: minsheng_store::StoreError) -> Self {
        CommandError::Start(StartError::Store(e))
    }
}

impl From<crate::config::ConfigError> for CommandError {
    fn from(e: crate::config::ConfigError) -> Self {
        CommandError::Start(StartError::Config(e))
    }
}

/// Runs one subcommand and reports how it went.
pub async fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(db) => migrate(db).await,
        Command::Schema => {
            print!("{}", crate::graphql::sdl());
            Ok(ExitCode::SUCCESS)
        }
        Command::SeedDemo(db) => seed_demo(db).await,
        Command::CreateAdmin(args) => create_admin(args).await,
        Command::Audit(AuditCommand::Verify(db)) => audit_verify(db).await,
        Command::Metrics(MetricsCommand::Rebuild(db)) => metrics_rebuild(db).await,
        Command::Metrics(MetricsCommand::Refresh(db)) => metrics_refresh(db).await,
        Command::Open311Key(Open311KeyCommand::Create(args)) => create_open311_key(args).await,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            tracing::error!(error = %e, "minsheng failed");
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: ServeArgs) -> Result<ExitCode, CommandError> {
    let secret = std::env::var(JWT_SECRET_ENV).ok().map(SecretString::from);
    let config = Config::load(&args, secret)?;
    let listen = config.listen;
    let public_url = config.public_url.clone();
    if config.test_clock {
        tracing::warn!("running on a settable test clock; never do this in production");
    }
    let app = App::build(config).await?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(StartError::Io)?;
    let local = listener.local_addr().map_err(StartError::Io)?;
    if let Some(banner) = &app.seeded {
        println!("{banner}");
    }
    tracing::info!(address = %local, url = %public_url, "Minsheng is listening");
    println!("Minsheng is listening on http://{local} (public URL {public_url})");
    app.serve(listener, crate::app::shutdown_signal())
        .await
        .map_err(StartError::Io)?;
    Ok(ExitCode::SUCCESS)
}

async fn open(db: &DbArgs) -> Result<(DatabaseSettings, Store), CommandError> {
    let settings = DatabaseSettings::from_args(db)?;
    let store = Store::connect(&settings.db_config()).await?;
    Ok((settings, store))
}

async fn migrate(db: DbArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&db).await?;
    store.migrate().await?;
    println!("The database is up to date.");
    Ok(ExitCode::SUCCESS)
}

async fn seed_demo(db: DbArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&db).await?;
    store.migrate().await?;
    let passwords = Passwords::new().map_err(StartError::Hashing)?;
    let report = crate::demo::seed_demo_city(&store, &passwords, Utc::now())
        .await
        .map_err(|e| {
            CommandError::Input(format!("seeding the demo city: {}", e.client_message()))
        })?;
    println!("{}", crate::demo::summary(&report));
    println!("{}", crate::demo::banner(None));
    Ok(ExitCode::SUCCESS)
}

async fn create_admin(args: CreateAdminArgs) -> Result<ExitCode, CommandError> {
    let email = Email::parse(&args.email).map_err(|e| CommandError::Input(e.to_string()))?;
    let name = PersonName::parse(&args.name).map_err(|e| CommandError::Input(e.to_string()))?;
    eprintln!("Password for {email} (one line on standard input):");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CommandError::Input(format!("reading the password: {e}")))?;
    let password = NewPassword::parse(line.trim_end_matches(['\r', '\n']))
        .map_err(|e| CommandError::Input(e.to_string()))?;
    let (_, store) = open(&args.db).await?;
    store.migrate().await?;
    let passwords = Passwords::new().map_err(StartError::Hashing)?;
    let hash = passwords
        .hash(SecretString::from(password.expose()))
        .await
        .map_err(|e| CommandError::Input(format!("hashing the password: {e}")))?;
    let account = accounts::create_user(
        &store,
        NewUser {
            email,
            display_name: name,
            phone: None,
            role: Role::Admin,
            department_id: None,
            is_department_head: false,
            locale: Locale::ZhCn,
            password_hash: Some(hash),
        },
        Utc::now(),
    )
    .await?;
    println!(
        "Created administrator {} ({})",
        args.email.trim(),
        account.id
    );
    Ok(ExitCode::SUCCESS)
}

async fn create_open311_key(args: CreateOpen311KeyArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&args.db).await?;
    store.migrate().await?;
    let issued = minsheng_store::open311::create_key(
        &store,
        &minsheng_store::Principal::System,
        &args.name,
        args.rate_limit,
        Utc::now(),
    )
    .await?;
    eprintln!(
        "Created Open311 API key {} ({}) for {:?}, {} requests a minute. \
         It is shown only now; Minsheng keeps only its hash:",
        issued.key.key_prefix, issued.key.id, issued.key.name, issued.key.rate_limit_per_minute
    );
    println!("{}", issued.secret);
    Ok(ExitCode::SUCCESS)
}

async fn audit_verify(db: DbArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&db).await?;
    let (intact, message) = verify_audit_log(&store, Utc::now()).await?;
    println!("{message}");
    Ok(if intact {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Walks the whole event chain and records the verification in it (SPEC §9). Returns whether
/// the chain is intact, and the line to show, which names the first altered entry by its id (or,
/// for a deleted entry, the missing position and the id of the entry after the gap).
pub async fn verify_audit_log(
    store: &Store,
    now: chrono::DateTime<Utc>,
) -> Result<(bool, String), minsheng_store::StoreError> {
    use minsheng_domain::audit::ChainBreak;
    use minsheng_store::chain::EventActor;
    use minsheng_store::entity::ticket_event;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let report =
        minsheng_store::oversight::audit::verify_and_record(store, EventActor::SYSTEM, "cli", now)
            .await?;
    let Some(b) = report.first_break else {
        return Ok((
            true,
            format!(
                "The audit log is intact: {} entries checked.",
                report.checked
            ),
        ));
    };
    let mut message = format!(
        "The audit log is BROKEN after {} intact entries: {b}",
        report.checked
    );
    if let ChainBreak::Missing { found, .. } = b
        && let Some(next) = ticket_event::Entity::find()
            .filter(ticket_event::Column::Seq.eq(found))
            .one(store.connection())
            .await?
    {
        message.push_str(&format!("; the entry after the gap is {}", next.id));
    }
    Ok((false, message))
}

async fn metrics_rebuild(db: DbArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&db).await?;
    store.migrate().await?;
    let r = minsheng_store::metrics::rebuild(&store, Utc::now()).await?;
    println!(
        "Rebuilt {} metric rollup rows from the event log (up to event {}).",
        r.rows, r.last_seq
    );
    Ok(ExitCode::SUCCESS)
}

async fn metrics_refresh(db: DbArgs) -> Result<ExitCode, CommandError> {
    let (_, store) = open(&db).await?;
    store.migrate().await?;
    let r = minsheng_store::metrics::refresh(
        &store,
        Utc::now(),
        minsheng_store::metrics::rollup::DEFAULT_BATCH,
        u32::MAX,
    )
    .await?;
    println!(
        "Folded {} events into the metric rollups ({} tickets recomputed, {} rows changed); up to event {}.",
        r.events, r.tickets, r.rows, r.last_seq
    );
    Ok(ExitCode::SUCCESS)
}
