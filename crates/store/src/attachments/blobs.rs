//! Where attachment bytes live: outside the database, content-addressed by SHA-256.
//!
//! [`Blobs`] wraps any [`ObjectStore`], the `object_store` crate's storage trait: the local file
//! system under the data directory by default, and S3-compatible object storage (its `aws`
//! feature) when several servers must share the files. A blob's name is its digest, so the same
//! photo uploaded twice is stored once, and a name can be checked against its content.

use crate::error::{StoreError, StoreResult};
use bytes::Bytes;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

/// The attachment bytes store.
#[derive(Clone, Debug)]
pub struct Blobs {
    store: Arc<dyn ObjectStore>,
}

fn storage(e: impl std::fmt::Display) -> StoreError {
    StoreError::internal(format!("attachment storage: {e}"))
}

/// The SHA-256 of `bytes`, in lower-case hex.
pub fn digest(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

impl Blobs {
    /// Blobs kept in `dir` on the local file system (created when missing).
    pub fn local(dir: &Path) -> StoreResult<Self> {
        std::fs::create_dir_all(dir).map_err(storage)?;
        let fs = LocalFileSystem::new_with_prefix(dir).map_err(storage)?;
        Ok(Self::new(Arc::new(fs)))
    }

    /// Blobs kept in any object store.
    pub fn new(store: Arc<dyn ObjectStore>) -> Self {
        Self { store }
    }

    fn path(sha256: &str) -> StoreResult<ObjectPath> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::internal("not a SHA-256 digest"));
        }
        // Two levels of fan-out keep directories small on a local disk.
        Ok(ObjectPath::from(format!(
            "sha256/{}/{}/{}",
            &sha256[..2],
            &sha256[2..4],
            sha256
        )))
    }

    /// Stores `bytes` under their digest. Returns the digest and whether this call created the
    /// blob (`false`: the same content was already there).
    pub async fn put(&self, bytes: Bytes) -> StoreResult<(String, bool)> {
        let sha = digest(&bytes);
        let path = Self::path(&sha)?;
        let opts = PutOptions {
            mode: PutMode::Create,
            ..Default::default()
        };
        match self
            .store
            .put_opts(&path, PutPayload::from(bytes), opts)
            .await
        {
            Ok(_) => Ok((sha, true)),
            Err(object_store::Error::AlreadyExists { .. }) => Ok((sha, false)),
            Err(e) => Err(storage(e)),
        }
    }

    /// The bytes stored under `sha256`, checked against it.
    pub async fn get(&self, sha256: &str) -> StoreResult<Bytes> {
        let bytes = self
            .store
            .get(&Self::path(sha256)?)
            .await
            .map_err(storage)?
            .bytes()
            .await
            .map_err(storage)?;
        if digest(&bytes) != sha256 {
            return Err(StoreError::internal(format!(
                "attachment blob {sha256} does not match its digest"
            )));
        }
        Ok(bytes)
    }

    /// Removes a blob (one this request created and no row refers to).
    pub async fn delete(&self, sha256: &str) -> StoreResult<()> {
        match self.store.delete(&Self::path(sha256)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(storage(e)),
        }
    }

    /// Is there a blob under `sha256`?
    pub async fn exists(&self, sha256: &str) -> StoreResult<bool> {
        match self.store.head(&Self::path(sha256)?).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(storage(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_same_content_is_stored_once_under_its_digest() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::local(dir.path()).unwrap();
        let (sha, created) = blobs.put(Bytes::from_static(b"photo")).await.unwrap();
        assert!(created);
        assert_eq!(sha, digest(b"photo"));
        let (again, created) = blobs.put(Bytes::from_static(b"photo")).await.unwrap();
        assert_eq!((again.as_str(), created), (sha.as_str(), false));
        assert_eq!(blobs.get(&sha).await.unwrap().as_ref(), b"photo");
        let on_disk = dir
            .path()
            .join("sha256")
            .join(&sha[..2])
            .join(&sha[2..4])
            .join(&sha);
        assert_eq!(std::fs::read(on_disk).unwrap(), b"photo");
        blobs.delete(&sha).await.unwrap();
        assert!(!blobs.exists(&sha).await.unwrap());
        assert!(blobs.get("../../etc/passwd").await.is_err());
    }
}
