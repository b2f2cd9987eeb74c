//! Photos and documents on tickets (SPEC §3): the `Attachment` type, reading uploads into the
//! store's staging, and publishing an attachment.

use super::context::ContextExt;
use super::tickets::principal;
use super::views::parse_id;
use crate::error::ApiError;
use crate::state::AppState;
use async_graphql::dataloader::Loader;
use async_graphql::{Context, ID, Object, Upload};
use chrono::{DateTime, Utc};
use minsheng_store::Store;
use minsheng_store::attachments::{self, NewFile, Staged};
use minsheng_store::entity::attachment;
use std::collections::HashMap;
use uuid::Uuid;

/// A photo or document on a ticket.
pub struct Attachment(pub attachment::Model);

#[Object]
impl Attachment {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// The name it was uploaded with (without any path), ending in its real type's extension.
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf`, read from the content.
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// The SHA-256 of the stored bytes (after photo metadata was removed).
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }
    /// Published by an official: downloadable without signing in.
    async fn public(&self) -> bool {
        self.0.public
    }
    /// The reply or answer it came with; none for files attached when filing.
    async fn message_id(&self) -> Option<ID> {
        self.0.message_id.map(|m| ID(m.to_string()))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Where to download it: `GET` with the same bearer token as the API.
    async fn url(&self) -> String {
        format!("/attachments/{}", self.0.id)
    }
}

/// The attachments of tickets the viewer has already been allowed to read.
pub struct AttachmentsLoader(pub Store);

impl Loader<Uuid> for AttachmentsLoader {
    type Value = Vec<attachment::Model>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = attachments::for_tickets(&self.0, keys)
            .await
            .map_err(|e| async_graphql::Error::from(ApiError::from(e)))?;
        let mut out: HashMap<Uuid, Self::Value> = HashMap::new();
        for a in rows {
            out.entry(a.ticket_id).or_default().push(a);
        }
        Ok(out)
    }
}

/// Reads the uploaded files of a request, checks them and stores their bytes. `None` when there
/// are none. Refused files are `BAD_USER_INPUT` under the field `attachments`.
pub async fn stage_uploads(
    ctx: &Context<'_>,
    uploads: Option<Vec<Upload>>,
) -> async_graphql::Result<Option<Staged>> {
    let Some(uploads) = uploads.filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let app = ctx.data::<AppState>()?;
    let mut files = Vec::with_capacity(uploads.len());
    for u in &uploads {
        let v = u.value(ctx).map_err(|_| {
            ApiError::bad_input("attachments", "a file is missing from the request")
        })?;
        files.push(NewFile {
            file_name: v.filename,
            bytes: v.content,
        });
    }
    let staged = attachments::stage(&app.blobs, app.config.attachments.limits, files)
        .await
        .map_err(ApiError::from)?;
    Ok(Some(staged))
}

/// The limits that apply to attachments.
pub fn limits(ctx: &Context<'_>) -> async_graphql::Result<attachments::AttachmentLimits> {
    Ok(ctx.data::<AppState>()?.config.attachments.limits)
}

#[derive(Default)]
pub struct AttachmentMutation;

#[Object]
impl AttachmentMutation {
    /// Publishes an attachment (a photo of the fixed pothole, say) so anyone may see it, or
    /// withdraws it again. Officials who may read the ticket only; recorded in the audit chain.
    async fn set_attachment_public(
        &self,
        ctx: &Context<'_>,
        id: ID,
        public: bool,
    ) -> async_graphql::Result<Attachment> {
        let viewer = principal(ctx)?;
        if viewer.user_id().is_none() {
            return Err(ApiError::unauthenticated("sign in first").into());
        }
        let id = parse_id(&id, "id")?;
        let a = attachments::set_public(ctx.store(), &viewer, id, public, ctx.now())
            .await
            .map_err(ApiError::from)?;
        Ok(Attachment(a))
    }
}
