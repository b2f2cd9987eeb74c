//! Email (SPEC §7): the templates that turn an outbox row into a message, and the transports
//! that deliver it. The relay that drives them lives in `workers.rs`.

pub mod templates;
pub mod transport;

pub use templates::{Letter, MailContext, Rendered, render};
pub use transport::{EmlWriter, MailError, Mailer, SmtpMailer, build_message};

use crate::config::MailSettings;
use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::Mailbox;
use minsheng_domain::Locale;
use minsheng_store::entity::outbox;
use std::sync::Arc;
use transport::Envelope;

/// The transport the configuration asks for: SMTP when `MINSHENG_SMTP_URL` is set, else `.eml`
/// files in the data directory.
pub fn mailer_from_settings(settings: &MailSettings) -> Result<Arc<dyn Mailer>, MailError> {
    Ok(match &settings.smtp_url {
        Some(url) => Arc::new(SmtpMailer::from_url(url)?),
        None => Arc::new(EmlWriter::new(settings.eml_dir.clone())),
    })
}

/// The message for one outbox row, in the recipient's language, sent at `now`.
pub fn message_for(
    row: &outbox::Model,
    settings: &MailSettings,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Message, MailError> {
    let locale: Locale = row.locale.parse().unwrap_or(Locale::ZhCn);
    let rendered = render(
        Letter {
            kind: &row.message_kind,
            locale,
            payload: &row.payload,
            has_account: row.recipient_id.is_some(),
        },
        &MailContext {
            public_url,
            time_zone: settings.time_zone,
        },
    )
    .map_err(|e| MailError::Permanent(e.to_string()))?;
    build_message(
        &settings.from,
        Envelope {
            outbox_id: row.id,
            message_id: &row.message_id,
            to: &row.recipient_email,
            date: now.into(),
            rendered,
        },
    )
}

/// Parses a `From` address such as `民声 Minsheng <no-reply@example.org>`.
pub fn parse_from(s: &str) -> Result<Mailbox, String> {
    s.trim().parse::<Mailbox>().map_err(|e| e.to_string())
}
