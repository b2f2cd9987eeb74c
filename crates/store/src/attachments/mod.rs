//! Photos and documents on tickets (SPEC §3).
//!
//! An upload is *staged* first: every file is checked (type read from its content, size, count),
//! photos lose their metadata, and the bytes go to the blob store under their SHA-256. Only when
//! every file passed is anything written. The rows are then written in the same transaction as the
//! filing or reply they belong to, with an `attachments_added` event that puts each digest in the
//! audit chain. If that transaction fails, the blobs this request created are removed again, so
//! nothing partial is left behind.

pub mod blobs;
pub mod content;

pub use blobs::Blobs;
pub use content::{ContentError, MediaType, inspect};

use crate::Store;
use crate::chain::{append_event, db_instant};
use crate::entity::{attachment, ticket, ticket_message};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use crate::tickets::Command;
use crate::tickets::act::act_in;
use crate::tickets::read::scope;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use minsheng_domain::Role;
use minsheng_domain::input::GeoPoint;
use sea_orm::ActiveModelTrait;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

/// How much may be attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttachmentLimits {
    /// The largest file, in bytes.
    pub max_bytes: usize,
    /// The most files one ticket may carry, over its whole life.
    pub max_per_ticket: usize,
}

impl Default for AttachmentLimits {
    fn default() -> Self {
        Self {
            max_bytes: 10 * 1024 * 1024,
            max_per_ticket: 10,
        }
    }
}

/// A file as it arrived.
#[derive(Debug, Clone)]
pub struct NewFile {
    pub file_name: String,
    pub bytes: Bytes,
}

/// A file that passed inspection and whose bytes are stored.
#[derive(Debug, Clone)]
pub struct StagedFile {
    pub file_name: String,
    pub media_type: MediaType,
    pub sha256: String,
    pub size_bytes: i64,
    pub gps: Option<GeoPoint>,
    /// This request stored the blob (it was not there before).
    created: bool,
}

/// Files ready to be attached in a transaction.
#[derive(Debug, Clone)]
pub struct Staged {
    pub files: Vec<StagedFile>,
    blobs: Blobs,
}

impl Staged {
    /// The first GPS position the photos carried.
    pub fn gps(&self) -> Option<GeoPoint> {
        self.files.iter().find_map(|f| f.gps)
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Removes the blobs this request created, after the transaction that would have referred
    /// to them failed. A blob another row already uses was not created here and stays.
    pub async fn discard(self) {
        for f in self.files.iter().filter(|f| f.created) {
            if let Err(e) = self.blobs.delete(&f.sha256).await {
                tracing::warn!(sha256 = %f.sha256, error = %e, "could not remove an unused blob");
            }
        }
    }
}

const FIELD: &str = "attachments";

/// A file name safe to show and to send in `Content-Disposition`: no path, no control
/// characters, at most 120 characters, ending in the extension of what the file really is.
pub fn clean_file_name(name: &str, media_type: MediaType) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut clean: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':'))
        .take(120)
        .collect();
    clean = clean.trim().trim_start_matches('.').to_owned();
    if clean.is_empty() {
        clean = "attachment".into();
    }
    let ext = media_type.extension();
    let has_ext = clean.rsplit_once('.').is_some_and(|(_, e)| {
        e.eq_ignore_ascii_case(ext) || (ext == "jpg" && e.eq_ignore_ascii_case("jpeg"))
    });
    if !has_ext {
        clean.push('.');
        clean.push_str(ext);
    }
    clean
}

/// Checks every file, strips photos' metadata, and stores the bytes. Refuses the whole upload
/// with `BAD_USER_INPUT` if any file is refused; then nothing is stored.
pub async fn stage(
    blobs: &Blobs,
    limits: AttachmentLimits,
    files: Vec<NewFile>,
) -> StoreResult<Staged> {
    if files.len() > limits.max_per_ticket {
        return Err(StoreError::invalid(
            FIELD,
            format!("attach at most {} files", limits.max_per_ticket),
        ));
    }
    let mut inspected = Vec::with_capacity(files.len());
    for f in files {
        if f.bytes.len() > limits.max_bytes {
            return Err(StoreError::invalid(
                FIELD,
                format!(
                    "“{}” is larger than {} MB",
                    f.file_name,
                    limits.max_bytes / (1024 * 1024)
                ),
            ));
        }
        let name = f.file_name.clone();
        // Parsing images is CPU work: keep it off the async workers.
        let result = tokio::task::spawn_blocking(move || inspect(f.bytes))
            .await
            .map_err(|e| StoreError::internal(format!("inspecting an upload: {e}")))?;
        match result {
            Ok(i) => inspected.push((name, i)),
            Err(e) => return Err(StoreError::invalid(FIELD, format!("“{name}”: {e}"))),
        }
    }
    let mut staged = Staged {
        files: Vec::with_capacity(inspected.len()),
        blobs: blobs.clone(),
    };
    for (name, i) in inspected {
        let size_bytes = i64::try_from(i.bytes.len()).unwrap_or(i64::MAX);
        match blobs.put(i.bytes).await {
            Ok((sha256, created)) => staged.files.push(StagedFile {
                file_name: clean_file_name(&name, i.media_type),
                media_type: i.media_type,
                sha256,
                size_bytes,
                gps: i.gps,
                created,
            }),
            Err(e) => {
                staged.discard().await;
                return Err(e);
            }
        }
    }
    Ok(staged)
}

/// Writes the rows and the audit event for `staged` on ticket `ticket_id`, in the caller's
/// transaction.
pub(crate) async fn attach_in<C: ConnectionTrait>(
    db: &C,
    who: &Principal,
    ticket_id: Uuid,
    message_id: Option<Uuid>,
    staged: &Staged,
    limits: AttachmentLimits,
    now: DateTime<Utc>,
) -> StoreResult<Vec<attachment::Model>> {
    if staged.is_empty() {
        return Ok(Vec::new());
    }
    let existing = attachment::Entity::find()
        .filter(attachment::Column::TicketId.eq(ticket_id))
        .count(db)
        .await?;
    let total = usize::try_from(existing).unwrap_or(usize::MAX) + staged.files.len();
    if total > limits.max_per_ticket {
        return Err(StoreError::invalid(
            FIELD,
            format!(
                "a ticket carries at most {} files; this one has {existing} already",
                limits.max_per_ticket
            ),
        ));
    }
    let now = db_instant(now);
    let rows: Vec<attachment::Model> = staged
        .files
        .iter()
        .map(|f| attachment::Model {
            // Time-ordered, so files list in the order they were sent, with 74 random bits: an
            // id cannot be guessed (and grants nothing without the right to read the ticket).
            id: Uuid::now_v7(),
            ticket_id,
            message_id,
            uploaded_by: who.user_id(),
            sha256: f.sha256.clone(),
            content_type: f.media_type.mime().to_owned(),
            size_bytes: f.size_bytes,
            file_name: f.file_name.clone(),
            public: false,
            created_at: now,
        })
        .collect();
    attachment::Entity::insert_many(
        rows.iter()
            .map(|r| attachment::ActiveModel::from(r.clone()).reset_all()),
    )
    .exec_without_returning(db)
    .await?;
    append_event(
        db,
        Some(ticket_id),
        who.event_actor(),
        "attachments_added",
        json!({
            "message_id": message_id,
            "attachments": rows.iter().map(|r| json!({
                "id": r.id,
                "sha256": r.sha256,
                "content_type": r.content_type,
                "size_bytes": r.size_bytes,
            })).collect::<Vec<_>>(),
        }),
        now,
    )
    .await?;
    Ok(rows)
}

/// Performs `cmd` (a reply, or a resident's answer) and attaches `staged` to the message it
/// writes, in one transaction.
pub async fn act_with_files(
    store: &Store,
    who: &Principal,
    ticket_id: Uuid,
    cmd: Command,
    expected_version: Option<i32>,
    (staged, limits): (&Staged, AttachmentLimits),
    now: DateTime<Utc>,
) -> StoreResult<ticket::Model> {
    if !matches!(cmd, Command::Reply { .. } | Command::AnswerResident { .. }) {
        return Err(StoreError::invalid(
            FIELD,
            "files can be attached to a filing, a reply or an answer",
        ));
    }
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let t = act_in(txn, who, ticket_id, cmd, expected_version, now).await?;
    let message = ticket_message::Entity::find()
        .filter(ticket_message::Column::TicketId.eq(t.id))
        .order_by_desc(ticket_message::Column::CreatedAt)
        .order_by_desc(ticket_message::Column::Id)
        .one(txn)
        .await?;
    attach_in(txn, who, t.id, message.map(|m| m.id), staged, limits, now).await?;
    w.commit().await?;
    Ok(t)
}

/// The attachments of several tickets, oldest first. The caller has already checked that the
/// viewer may read those tickets.
pub async fn for_tickets(
    store: &Store,
    ticket_ids: &[Uuid],
) -> StoreResult<Vec<attachment::Model>> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::TicketId.is_in(ticket_ids.iter().copied()))
        .order_by_asc(attachment::Column::CreatedAt)
        .order_by_asc(attachment::Column::Id)
        .all(&store.db)
        .await?)
}

/// The attachment `id`, if `who` may download it: anyone when an official made it public,
/// otherwise whoever may read its ticket. Others learn nothing, not even that it exists.
pub async fn for_download(
    store: &Store,
    who: &Principal,
    id: Uuid,
) -> StoreResult<attachment::Model> {
    let a = attachment::Entity::find_by_id(id)
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    if a.public {
        return Ok(a);
    }
    let Ok(scope) = scope(who) else {
        return Err(StoreError::NotFound);
    };
    ticket::Entity::find_by_id(a.ticket_id)
        .filter(scope)
        .one(&store.db)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(a)
}

/// An official (the department's staff, an agent or a supervisor) makes an attachment public,
/// for the transparency pages, or private again. The change is in the audit chain.
pub async fn set_public(
    store: &Store,
    who: &Principal,
    id: Uuid,
    public: bool,
    now: DateTime<Utc>,
) -> StoreResult<attachment::Model> {
    let official = matches!(
        who.role(),
        Some(Role::Staff | Role::Agent | Role::Supervisor)
    );
    let w = store.write().await?;
    let txn = w.conn();
    let a = attachment::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let Ok(scope) = scope(who) else {
        return Err(StoreError::NotFound);
    };
    ticket::Entity::find_by_id(a.ticket_id)
        .filter(scope)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    if !official {
        return Err(StoreError::Forbidden(
            "only officials decide what is published".into(),
        ));
    }
    let now = db_instant(now);
    let mut am: attachment::ActiveModel = a.clone().into();
    am.public = Set(public);
    let a = attachment::Entity::update(am).exec(txn).await?;
    append_event(
        txn,
        Some(a.ticket_id),
        who.event_actor(),
        "attachment_visibility_changed",
        json!({ "attachment_id": a.id, "sha256": a.sha256, "public": public }),
        now,
    )
    .await?;
    w.commit().await?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_paths_and_get_their_real_extension() {
        assert_eq!(
            clean_file_name("C:\\Users\\wang\\IMG_1.JPG", MediaType::Jpeg),
            "IMG_1.JPG"
        );
        assert_eq!(
            clean_file_name("../../etc/passwd", MediaType::Pdf),
            "passwd.pdf"
        );
        assert_eq!(clean_file_name("photo.jpeg", MediaType::Jpeg), "photo.jpeg");
        assert_eq!(
            clean_file_name("evil.html", MediaType::Png),
            "evil.html.png"
        );
        assert_eq!(clean_file_name("a\"b\r\n.pdf", MediaType::Pdf), "ab.pdf");
        assert_eq!(clean_file_name("", MediaType::Webp), "attachment.webp");
        assert_eq!(clean_file_name(".hidden", MediaType::Png), "hidden.png");
    }

    #[tokio::test]
    async fn one_bad_file_refuses_the_upload_and_stores_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::local(dir.path()).unwrap();
        let files = vec![
            NewFile {
                file_name: "fine.pdf".into(),
                bytes: Bytes::from(content::samples::pdf()),
            },
            NewFile {
                file_name: "photo.jpg".into(),
                bytes: Bytes::from_static(b"<html><script>alert(1)</script></html>"),
            },
        ];
        let err = stage(&blobs, AttachmentLimits::default(), files)
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Validation(_)), "{err:?}");
        assert!(
            !blobs
                .exists(&blobs::digest(&content::samples::pdf()))
                .await
                .unwrap()
        );

        let big = NewFile {
            file_name: "big.pdf".into(),
            bytes: Bytes::from(vec![0u8; 2048]),
        };
        let limits = AttachmentLimits {
            max_bytes: 1024,
            max_per_ticket: 10,
        };
        assert!(stage(&blobs, limits, vec![big]).await.is_err());
    }
}
