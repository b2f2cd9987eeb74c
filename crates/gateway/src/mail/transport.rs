//! Putting rendered mail in an envelope and sending it: over SMTP with lettre (tokio, rustls), or,
//! with no SMTP server configured, as `.eml` files in `<data-dir>/mail/`, so the embedded default
//! shows real messages without a mail server.

use super::templates::Rendered;
use futures_util::future::BoxFuture;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};
use uuid::Uuid;

/// How long one SMTP exchange may take. The relay's lease is longer, so a slow send is never
/// taken over by another instance while it is still going on.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// Trying again will not help: a malformed address, a 5xx refusal, no template.
    #[error("{0}")]
    Permanent(String),
    /// The server is away or busy: try again later.
    #[error("{0}")]
    Transient(String),
}

impl MailError {
    pub fn is_permanent(&self) -> bool {
        matches!(self, MailError::Permanent(_))
    }
}

/// One message as the outbox row describes it.
#[derive(Debug, Clone)]
pub struct Envelope<'a> {
    pub outbox_id: Uuid,
    /// `<…@minsheng.outbox>`, the same on every attempt.
    pub message_id: &'a str,
    pub to: &'a str,
    pub date: SystemTime,
    pub rendered: Rendered,
}

/// Builds the MIME message: multipart/alternative, plain text then HTML, with the outbox row's
/// Message-ID exactly.
pub fn build_message(from: &Mailbox, e: Envelope<'_>) -> Result<Message, MailError> {
    let to: Mailbox =
        e.to.parse()
            .map_err(|err| MailError::Permanent(format!("recipient address: {err}")))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(e.rendered.subject)
        .message_id(Some(e.message_id.to_owned()))
        .date(e.date)
        .multipart(MultiPart::alternative_plain_html(
            e.rendered.text,
            e.rendered.html,
        ))
        .map_err(|err| MailError::Permanent(format!("building the message: {err}")))
}

/// Something that delivers messages.
pub trait Mailer: Send + Sync + 'static {
    fn send<'a>(
        &'a self,
        outbox_id: Uuid,
        message: Message,
    ) -> BoxFuture<'a, Result<(), MailError>>;

    /// Where mail goes, for the start-up log (no credentials).
    fn describe(&self) -> String;
}

/// SMTP, with a small connection pool.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    endpoint: String,
}

impl SmtpMailer {
    /// `smtp://host:port` (plain), `smtp://host:587?tls=required` (STARTTLS) or
    /// `smtps://host:465`, with optional `user:password@`.
    pub fn from_url(url: &SecretString) -> Result<Self, MailError> {
        let raw = url.expose_secret();
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(raw)
            .map_err(|e| MailError::Permanent(format!("MINSHENG_SMTP_URL: {e}")))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Self {
            transport,
            endpoint: endpoint(raw),
        })
    }
}

/// `scheme://host:port` of a URL, leaving out any credentials.
fn endpoint(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("smtp", url));
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    format!("{scheme}://{host}")
}

impl Mailer for SmtpMailer {
    fn send<'a>(
        &'a self,
        _outbox_id: Uuid,
        message: Message,
    ) -> BoxFuture<'a, Result<(), MailError>> {
        Box::pin(async move {
            match self.transport.send(message).await {
                Ok(_) => Ok(()),
                Err(e) if e.is_permanent() => Err(MailError::Permanent(e.to_string())),
                Err(e) => Err(MailError::Transient(e.to_string())),
            }
        })
    }

    fn describe(&self) -> String {
        format!("SMTP at {}", self.endpoint)
    }
}

/// Writes each message as `<dir>/<outbox id>.eml`. A resend overwrites the same file, so a message
/// appears once however often it is sent.
pub struct EmlWriter {
    dir: PathBuf,
}

impl EmlWriter {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }
}

impl Mailer for EmlWriter {
    fn send<'a>(
        &'a self,
        outbox_id: Uuid,
        message: Message,
    ) -> BoxFuture<'a, Result<(), MailError>> {
        Box::pin(async move {
            let io = |e: std::io::Error| MailError::Transient(format!("writing mail: {e}"));
            tokio::fs::create_dir_all(&self.dir).await.map_err(io)?;
            let name = format!("{}.eml", outbox_id.simple());
            let tmp = self.dir.join(format!(".{name}.tmp"));
            tokio::fs::write(&tmp, message.formatted())
                .await
                .map_err(io)?;
            // Renaming is atomic: a reader never sees half a message.
            tokio::fs::rename(&tmp, self.dir.join(name))
                .await
                .map_err(io)
        })
    }

    fn describe(&self) -> String {
        format!(".eml files in {}", self.dir.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered() -> Rendered {
        Rendered {
            subject: "【民声】黄牌预警：工单 MS-2026-000123 即将超期".into(),
            text: "您好：\n\n正文\n".into(),
            html: "<p>您好：</p>".into(),
        }
    }

    #[test]
    fn credentials_never_reach_the_description() {
        assert_eq!(
            endpoint("smtp://user:secret@mail.example.org:587?tls=required"),
            "smtp://mail.example.org:587"
        );
        assert_eq!(endpoint("smtp://127.0.0.1:2525"), "smtp://127.0.0.1:2525");
    }

    #[test]
    fn the_message_is_multipart_alternative_with_the_outbox_message_id() {
        let from: Mailbox = "民声 Minsheng <no-reply@example.org>".parse().unwrap();
        let m = build_message(
            &from,
            Envelope {
                outbox_id: Uuid::nil(),
                message_id: "<0190a1b2c3d47e5f8a9b0c1d2e3f4a5b@minsheng.outbox>",
                to: "wang@example.org",
                date: SystemTime::UNIX_EPOCH,
                rendered: rendered(),
            },
        )
        .unwrap();
        let raw = String::from_utf8(m.formatted()).unwrap();
        assert!(raw.contains("Message-ID: <0190a1b2c3d47e5f8a9b0c1d2e3f4a5b@minsheng.outbox>\r\n"));
        assert!(raw.contains("To: wang@example.org\r\n"));
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/plain; charset=utf-8"));
        assert!(raw.contains("text/html; charset=utf-8"));
    }

    #[test]
    fn a_bad_address_is_permanent() {
        let from: Mailbox = "no-reply@example.org".parse().unwrap();
        let e = build_message(
            &from,
            Envelope {
                outbox_id: Uuid::nil(),
                message_id: "<x@minsheng.outbox>",
                to: "not an address",
                date: SystemTime::UNIX_EPOCH,
                rendered: rendered(),
            },
        )
        .unwrap_err();
        assert!(e.is_permanent());
    }

    #[tokio::test]
    async fn eml_files_are_written_once_per_message() {
        let dir = tempfile::tempdir().unwrap();
        let w = EmlWriter::new(dir.path().join("mail"));
        let from: Mailbox = "no-reply@example.org".parse().unwrap();
        let id = Uuid::now_v7();
        for _ in 0..2 {
            let m = build_message(
                &from,
                Envelope {
                    outbox_id: id,
                    message_id: "<x@minsheng.outbox>",
                    to: "wang@example.org",
                    date: SystemTime::UNIX_EPOCH,
                    rendered: rendered(),
                },
            )
            .unwrap();
            w.send(id, m).await.unwrap();
        }
        let files: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(files, vec![format!("{}.eml", id.simple())]);
    }
}
