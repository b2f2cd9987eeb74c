//! The real `minsheng` program as a child process: started, asked, killed, restarted.

use reqwest::Client;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The `minsheng` binary's `main.rs`, built by cargo for this package's tests.
const PROGRAM: &str = env!("CARGO_BIN_EXE_minsheng-under-test");

/// The same secret on every start, as an installation keeps it.
const JWT_SECRET: &str = "faults-test-secret-faults-test-secret-0123456789";

pub struct Server {
    child: Child,
    pub url: String,
    pub http: Client,
}

fn command(args: &[&str], database_url: &str, data_dir: &Path) -> Command {
    let mut cmd = Command::new(PROGRAM);
    cmd.args(args)
        .arg("--database-url")
        .arg(database_url)
        .arg("--data-dir")
        .arg(data_dir)
        .env("MINSHENG_JWT_SECRET", JWT_SECRET)
        .env("RUST_LOG", "warn")
        .env_remove("MINSHENG_DEV")
        .env_remove("DATABASE_URL");
    cmd
}

/// Runs a one-off subcommand such as `audit verify` to its end.
pub async fn cli(args: &[&str], database_url: &str, data_dir: &Path) -> std::process::Output {
    command(args, database_url, data_dir)
        .output()
        .await
        .expect("run minsheng")
}

impl Server {
    /// `minsheng serve` on a free port; returns once it listens.
    pub async fn start(database_url: &str, data_dir: &Path) -> Server {
        Self::start_with(database_url, data_dir, &[]).await
    }

    /// [`Server::start`] with more `serve` flags.
    pub async fn start_with(database_url: &str, data_dir: &Path, flags: &[&str]) -> Server {
        let log: PathBuf = data_dir.join(format!("serve-{}.log", uuid::Uuid::now_v7()));
        let mut child = command(&["serve"], database_url, data_dir)
            .args(["--listen", "127.0.0.1:0", "--no-demo-seed", "--static-dir"])
            .arg(data_dir.join("no-web-app"))
            .args(flags)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("a log file"))
            .kill_on_drop(true)
            .spawn()
            .expect("start minsheng serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let found = tokio::time::timeout(Duration::from_secs(90), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.strip_prefix("Minsheng is listening on ") {
                    let url = rest
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    return Some(url);
                }
            }
            None
        })
        .await;
        let Ok(Some(url)) = found else {
            let _ = child.start_kill();
            panic!(
                "minsheng serve did not start:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        };
        // Keep reading stdout so the child never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Server {
            child,
            url,
            http: Client::new(),
        }
    }

    /// A handle that talks to the same server (for concurrent requests).
    pub fn clone_client(&self) -> ClientOf {
        ClientOf {
            url: self.url.clone(),
            http: self.http.clone(),
        }
    }

    /// SIGKILL, and wait until the process is gone.
    pub async fn kill9(&mut self) {
        self.child.start_kill().expect("SIGKILL");
        self.child
            .wait()
            .await
            .expect("the killed server is reaped");
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub async fn status(&self, path: &str) -> u16 {
        match self
            .http
            .get(format!("{}{path}", self.url))
            .timeout(Duration::from_secs(10))
            .send()
            .await
        {
            Ok(r) => r.status().as_u16(),
            Err(_) => 0,
        }
    }

    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        self.clone_client().gql(None, query, variables).await
    }

    pub async fn gql_as(&self, token: &str, query: &str, variables: Value) -> Value {
        self.clone_client().gql(Some(token), query, variables).await
    }
}

/// Only what is needed to send requests to a server.
pub struct ClientOf {
    url: String,
    http: Client,
}

impl ClientOf {
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.url))
            .json(&json!({ "query": query, "variables": variables }))
            .timeout(Duration::from_secs(40));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request");
        assert_eq!(res.status(), 200, "GraphQL answered {}", res.status());
        res.json().await.expect("a JSON body")
    }

    pub async fn gql_as(&self, token: &str, query: &str, variables: Value) -> Value {
        self.gql(Some(token), query, variables).await
    }
}
