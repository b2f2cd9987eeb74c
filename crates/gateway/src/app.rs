//! Building and running the server: open and migrate the database, seed an empty embedded one,
//! wire the services, and serve the router until asked to stop.

use crate::auth::password::HashSetupError;
use crate::config::{Config, ConfigError};
use crate::state::AppState;
use axum::Router;
use minsheng_store::{Store, StoreError};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("database: {0}")]
    Store(#[from] StoreError),
    #[error(transparent)]
    Hashing(#[from] HashSetupError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("mail: {0}")]
    Mail(#[from] crate::mail::MailError),
}

/// How long the workers get to finish after the server stops.
const WORKER_GRACE: Duration = Duration::from_secs(10);

/// A server ready to serve.
pub struct App {
    pub state: AppState,
    pub router: Router,
    /// Set when the demo city was seeded on this start, with the operator's banner.
    pub seeded: Option<String>,
    /// Where the mail relay sends messages.
    pub mailer: Arc<dyn crate::mail::Mailer>,
}

impl App {
    /// Connects, migrates, seeds an empty embedded database (when configured), and builds the
    /// router.
    pub async fn build(config: Config) -> Result<Self, StartError> {
        let store = Store::connect(&config.database.db_config()).await?;
        store.migrate().await?;
        let mailer = crate::mail::mailer_from_settings(&config.mail)?;
        let blobs = minsheng_store::attachments::Blobs::local(&config.attachments.dir)?;
        let state = AppState::new(config, store, blobs)?;
        let seeded = seed_if_empty(&state).await?;
        // Filing needs a calendar and an SLA policy even where no demo city was loaded.
        if minsheng_store::seed::ensure_defaults(&state.store, state.clock.now()).await? {
            tracing::info!("added the default business calendar and SLA policy");
        }
        let router = crate::http::router(state.clone());
        Ok(Self {
            state,
            router,
            seeded,
            mailer,
        })
    }

    /// Serves on `listener`, with the background workers, until `shutdown` completes; then
    /// finishes the requests in flight and lets the workers finish what they are doing.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let stop = Arc::new(stop);
        let workers = crate::workers::start(&self.state, self.mailer.clone(), stopped).await;
        let stop_on_signal = stop.clone();
        let served = axum::serve(listener, self.router)
            .with_graceful_shutdown(async move {
                shutdown.await;
                let _ = stop_on_signal.send(true);
            })
            .await;
        let _ = stop.send(true);
        crate::workers::join(workers, WORKER_GRACE).await;
        served
    }
}

async fn seed_if_empty(state: &AppState) -> Result<Option<String>, StartError> {
    let config = &state.config;
    if !config.seed_demo_on_empty || !config.database.is_sqlite() {
        return Ok(None);
    }
    if !crate::demo::database_is_empty(&state.store).await? {
        return Ok(None);
    }
    match crate::demo::seed_demo_city(&state.store, state.auth.passwords(), state.clock.now()).await
    {
        Ok(report) => {
            tracing::info!(
                summary = %crate::demo::summary(&report),
                "seeded the demo city into the empty database"
            );
            Ok(Some(crate::demo::banner(Some(&config.public_url))))
        }
        Err(e) => {
            // The server is still useful without demo data; say why there is none.
            tracing::warn!(error = %e, "could not seed the demo city");
            Ok(None)
        }
    }
}

/// Resolves when the process is asked to stop (Ctrl-C, or SIGTERM on Unix).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
