//! A real SMTP server for the tests: `smtp_sink.py` (aiosmtpd) in a child process, saving every
//! message it accepts as a file, and the parsed view of what arrived.
//!
//! It needs `python3` with `aiosmtpd` (`pip install aiosmtpd`). Without them the tests that use
//! it fail, saying so; they never skip.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// One message as the SMTP server received it.
#[derive(Debug, Clone)]
pub struct Received {
    /// The envelope recipients.
    pub rcpt_to: String,
    pub to: String,
    pub from: String,
    pub subject: String,
    pub message_id: String,
    pub content_type: String,
    pub text: String,
    pub html: String,
}

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/api/smtp_sink.py");

async fn launch(port: u16, dir: &std::path::Path) -> (Child, u16) {
    let mut child = Command::new("python3")
        .arg(SCRIPT)
        .arg(port.to_string())
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start python3 for the test SMTP server: {e}"));
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    let read = tokio::time::timeout(
        Duration::from_secs(20),
        BufReader::new(stdout).read_line(&mut line),
    )
    .await;
    if !matches!(read, Ok(Ok(n)) if n > 0) || !line.starts_with("READY ") {
        let _ = child.start_kill();
        let out = child
            .wait_with_output()
            .await
            .expect("the SMTP server's output");
        panic!(
            "the test SMTP server did not start (it needs `pip install aiosmtpd`): {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let port = line["READY ".len()..].trim().parse().expect("a port");
    (child, port)
}

impl SmtpServer {
    /// Starts a server on a free port.
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().expect("mail directory");
        let (child, port) = launch(0, dir.path()).await;
        SmtpServer {
            port,
            dir,
            child: Some(child),
        }
    }

    /// `smtp://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops the server: connections are refused until [`start_again`](Self::start_again).
    pub async fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().await.expect("stop the SMTP server");
        }
    }

    /// Starts it again on the same port, keeping what it received.
    pub async fn start_again(&mut self) {
        assert!(self.child.is_none(), "already running");
        let (child, port) = launch(self.port, self.dir.path()).await;
        assert_eq!(port, self.port);
        self.child = Some(child);
    }

    fn files(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("read the mail directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        v.sort();
        v
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<Received> {
        self.files()
            .iter()
            .map(|p| parse(&std::fs::read(p).expect("read a message")))
            .collect()
    }

    /// Waits until at least `n` messages have arrived (at most `within`), and returns them all.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let count = self.files().len();
            if count >= n {
                return self.messages();
            }
            if tokio::time::Instant::now() >= deadline {
                panic!("expected {n} messages within {within:?}, got {count}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Messages by Message-ID, asserting that none arrived twice.
    pub fn by_message_id(&self) -> HashMap<String, Received> {
        let mut map = HashMap::new();
        for m in self.messages() {
            let id = m.message_id.clone();
            assert!(map.insert(id.clone(), m).is_none(), "{id} arrived twice");
        }
        map
    }
}

fn parse(raw: &[u8]) -> Received {
    let mail = mailparse::parse_mail(raw).expect("a well-formed message");
    let header = |name: &str| {
        mail.headers
            .iter()
            .find(|h| h.get_key().eq_ignore_ascii_case(name))
            .map(|h| h.get_value())
            .unwrap_or_default()
    };
    let mut text = String::new();
    let mut html = String::new();
    for part in &mail.subparts {
        match part.ctype.mimetype.as_str() {
            "text/plain" => text = part.get_body().expect("text body"),
            "text/html" => html = part.get_body().expect("html body"),
            _ => {}
        }
    }
    Received {
        rcpt_to: header("X-Rcpt-To"),
        to: header("To"),
        from: header("From"),
        subject: header("Subject"),
        message_id: header("Message-ID"),
        content_type: mail.ctype.mimetype.clone(),
        text,
        html,
    }
}
