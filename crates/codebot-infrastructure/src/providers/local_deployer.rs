//! The local deployer: installs an integration's files as a release directory and
//! switches a pointer file to it.
//!
//! Layout under `root/<integration_id>/`:
//!
//! - `releases/<deployment_id>/`: the files, written to a hidden temporary directory
//!   and renamed into place, so a crash never leaves half a release;
//! - `meta/<deployment_id>.json`: which deployment was live before this one;
//! - `current`: the live deployment id, replaced by rename, so it always names a
//!   complete release (or does not exist when nothing is live);
//! - `.lock`: an exclusive `flock` serialising deployers of the same integration.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::sandbox::relative_path;
use codebot_application::pipeline::ports::{DeployRequest, Deployer, ProviderError};
use codebot_domain::artifacts::Deployment;

/// What is remembered about a release.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ReleaseMeta {
    id: String,
    previous: Option<String>,
    deployed_at: chrono::DateTime<chrono::Utc>,
}

/// Deploys into directories under `root`.
#[derive(Debug, Clone)]
pub struct LocalDeployer {
    root: PathBuf,
}

impl LocalDeployer {
    /// A deployer installing under `root` (created on first deploy). A relative path is
    /// made absolute against the current directory, so `location` names a real place.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self {
            root: std::path::absolute(&root).unwrap_or(root),
        }
    }

    fn integration_dir(&self, integration_id: Uuid) -> PathBuf {
        self.root.join(integration_id.to_string())
    }
}

/// The files of one integration's deployments; every method expects the lock held.
struct Layout(PathBuf);

impl Layout {
    fn release(&self, id: &str) -> PathBuf {
        self.0.join("releases").join(id)
    }

    fn meta(&self, id: &str) -> PathBuf {
        self.0.join("meta").join(format!("{id}.json"))
    }

    fn current(&self) -> PathBuf {
        self.0.join("current")
    }

    fn live(&self) -> std::io::Result<Option<String>> {
        match std::fs::read_to_string(self.current()) {
            Ok(id) => Ok(Some(id.trim().to_owned()).filter(|id| !id.is_empty())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// A missing or unreadable record reads as "nothing before it": the worst outcome
    /// is a rollback that leaves nothing live instead of guessing.
    fn previous_of(&self, id: &str) -> Option<String> {
        let bytes = std::fs::read(self.meta(id)).ok()?;
        serde_json::from_slice::<ReleaseMeta>(&bytes).ok()?.previous
    }

    /// Writes the files into a hidden directory and renames it to the release, replacing
    /// an earlier copy of the same id (one that is not live: a crashed deploy or an
    /// undeployed release).
    fn install(&self, id: &str, files: &[(PathBuf, &str)]) -> std::io::Result<PathBuf> {
        let releases = self.0.join("releases");
        let staging = releases.join(format!(".tmp-{}", Uuid::new_v4()));
        let written = (|| {
            std::fs::create_dir_all(&staging)?;
            for (path, content) in files {
                let target = staging.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                // Flushed so that after a power loss a renamed release is never one of
                // empty files.
                write_atomic(&target, content.as_bytes())?;
            }
            let release = self.release(id);
            match std::fs::remove_dir_all(&release) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error),
                _ => {}
            }
            std::fs::rename(&staging, &release)?;
            Ok(release)
        })();
        if written.is_err() {
            let _ = std::fs::remove_dir_all(&staging);
        }
        written
    }

    /// Makes `id` live (or nothing, for `None`).
    fn switch(&self, id: Option<&str>) -> std::io::Result<()> {
        match id {
            Some(id) => write_atomic(&self.current(), id.as_bytes()),
            None => match std::fs::remove_file(self.current()) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
                _ => Ok(()),
            },
        }
    }
}

#[async_trait]
impl Deployer for LocalDeployer {
    /// Fails with `Permanent` for a deployment id that is not a plain file name or a
    /// file path that leaves the release; with `Retryable` for I/O errors; with
    /// `Cancelled` when `cancel` fires before the switch (a release written by then
    /// stays, unlinked, and is replaced by the next deploy of that id).
    async fn deploy(
        &self,
        request: &DeployRequest,
        cancel: &CancellationToken,
    ) -> Result<Deployment, ProviderError> {
        if cancel.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        check_id(&request.deployment_id)?;
        let files = request
            .files
            .iter()
            .map(|file| Ok((relative_path(&file.path)?, file.content.clone())))
            .collect::<Result<Vec<_>, ProviderError>>()?;
        let dir = self.integration_dir(request.integration_id);
        let lock = FileLock::acquire(&dir.join(".lock"), cancel).await?;
        let id = request.deployment_id.clone();
        let cancel = cancel.clone();
        // File system work is blocking; it runs off the runtime's threads, the lock
        // moving along with it.
        let deployed = tokio::task::spawn_blocking(move || {
            let _lock = lock;
            let layout = Layout(dir);
            let live = layout
                .live()
                .map_err(io_error("read the live deployment"))?;
            let release = layout.release(&id);
            if live.as_deref() == Some(id.as_str()) && release.is_dir() {
                let location = release.display().to_string();
                return Ok(Deployment {
                    previous: layout.previous_of(&id),
                    id,
                    location,
                });
            }
            let files: Vec<(PathBuf, &str)> = files
                .iter()
                .map(|(path, content)| (path.clone(), content.as_str()))
                .collect();
            layout
                .install(&id, &files)
                .map_err(io_error("write the release"))?;
            // A live id whose release vanished is reinstalled, keeping its predecessor.
            let previous = match live {
                Some(live) if live == id => layout.previous_of(&id),
                live => live,
            };
            let meta = ReleaseMeta {
                id: id.clone(),
                previous: previous.clone(),
                deployed_at: chrono::Utc::now(),
            };
            let meta_bytes = serde_json::to_vec_pretty(&meta)
                .map_err(|error| ProviderError::Permanent(error.to_string()))?;
            std::fs::create_dir_all(layout.0.join("meta"))
                .map_err(io_error("record the release"))?;
            write_atomic(&layout.meta(&id), &meta_bytes).map_err(io_error("record the release"))?;
            if cancel.is_cancelled() {
                return Err(ProviderError::Cancelled);
            }
            layout
                .switch(Some(&id))
                .map_err(io_error("switch the live deployment"))?;
            Ok(Deployment {
                id,
                location: release.display().to_string(),
                previous,
            })
        })
        .await;
        deployed
            .map_err(|error| ProviderError::Retryable(format!("the deploy task failed: {error}")))?
    }

    /// Makes the deployment that was live before `deployment_id` live again (skipping
    /// any whose release is gone; nothing when there is none) and removes the rolled-back
    /// release. Fails with `Retryable` for I/O errors only.
    async fn rollback(
        &self,
        integration_id: Uuid,
        deployment_id: &str,
    ) -> Result<(), ProviderError> {
        let dir = self.integration_dir(integration_id);
        // An id that could not have been deployed is not live: nothing to undo.
        if check_id(deployment_id).is_err() || !dir.is_dir() {
            return Ok(());
        }
        let lock = FileLock::acquire(&dir.join(".lock"), &CancellationToken::new()).await?;
        let id = deployment_id.to_owned();
        let rolled_back = tokio::task::spawn_blocking(move || {
            let _lock = lock;
            let layout = Layout(dir);
            if layout
                .live()
                .map_err(io_error("read the live deployment"))?
                .as_deref()
                != Some(id.as_str())
            {
                return Ok(());
            }
            // Redeploying an old id can make the chain loop (v1 → v2 → v1); the visited
            // set ends the walk.
            let mut seen = HashSet::from([id.clone()]);
            let mut candidate = layout.previous_of(&id);
            while let Some(previous) = candidate.take() {
                if !seen.insert(previous.clone()) {
                    break;
                }
                if layout.release(&previous).is_dir() {
                    candidate = Some(previous);
                    break;
                }
                candidate = layout.previous_of(&previous);
            }
            // Switching first: a crash before the removal leaves a stray release, never
            // a pointer to a missing one.
            layout
                .switch(candidate.as_deref())
                .map_err(io_error("switch the live deployment"))?;
            match std::fs::remove_dir_all(layout.release(&id)) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                    Err(io_error("remove the release")(error))
                }
                _ => Ok(()),
            }
        })
        .await;
        rolled_back.map_err(|error| {
            ProviderError::Retryable(format!("the rollback task failed: {error}"))
        })?
    }

    /// Makes nothing live; the releases stay for audit. Fails with `Retryable` for I/O
    /// errors only.
    async fn undeploy(&self, integration_id: Uuid) -> Result<(), ProviderError> {
        let dir = self.integration_dir(integration_id);
        if !dir.is_dir() {
            return Ok(());
        }
        let _lock = FileLock::acquire(&dir.join(".lock"), &CancellationToken::new()).await?;
        Layout(dir)
            .switch(None)
            .map_err(io_error("take the deployment down"))
    }
}

/// A deployment id becomes a directory name: it must be one plain, visible component.
fn check_id(id: &str) -> Result<(), ProviderError> {
    let valid = !id.is_empty()
        && id.len() <= 200
        && !id.starts_with('.')
        && !id.contains(['/', '\\', '\0'])
        && !id.chars().any(char::is_control);
    if valid {
        Ok(())
    } else {
        Err(ProviderError::Permanent(format!(
            "`{id}` is not a valid deployment id"
        )))
    }
}

/// An exclusive advisory lock (`flock`) on a file, held until dropped. Shared with the
/// local code host.
pub(super) struct FileLock {
    _file: File,
}

impl FileLock {
    /// Waits for the lock, polling so that waiting stays cancellable and never blocks a
    /// runtime thread. Fails with `Retryable` when the lock file cannot be opened or
    /// locked and with `Cancelled` when `cancel` fires first.
    pub(super) async fn acquire(
        path: &Path,
        cancel: &CancellationToken,
    ) -> Result<Self, ProviderError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_error("create the lock's directory"))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(io_error("open the lock file"))?;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(error)) => {
                    return Err(io_error("take the lock")(error));
                }
            }
            tokio::select! {
                () = tokio::time::sleep(Duration::from_millis(10)) => {}
                () = cancel.cancelled() => return Err(ProviderError::Cancelled),
            }
        }
    }
}

/// Replaces `path` with `bytes` so that a reader (or a crash) sees the old or the new
/// content, never a mix: written beside it, flushed, renamed over it, and the directory
/// flushed so the rename itself survives a power loss. Shared with the local code host.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .unwrap_or(OsStr::new("file"))
        .to_string_lossy();
    let temporary = path.with_file_name(format!(".{name}.tmp-{}", Uuid::new_v4()));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result?;
    if let Some(parent) = path.parent() {
        File::open(parent)?.sync_all()?;
    }
    Ok(())
}

pub(super) fn io_error(what: &'static str) -> impl Fn(std::io::Error) -> ProviderError {
    move |error| ProviderError::Retryable(format!("cannot {what}: {error}"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use codebot_domain::artifacts::GeneratedFile;

    fn request(integration_id: Uuid, id: &str, content: &str) -> DeployRequest {
        DeployRequest {
            integration_id,
            deployment_id: id.into(),
            files: vec![GeneratedFile {
                path: "src/main.py".into(),
                content: content.into(),
            }],
        }
    }

    fn live(root: &Path, integration_id: Uuid) -> Option<String> {
        std::fs::read_to_string(root.join(integration_id.to_string()).join("current")).ok()
    }

    #[tokio::test]
    async fn deploys_switches_rolls_back_and_undeploys() {
        let dir = tempfile::tempdir().unwrap();
        let deployer = LocalDeployer::new(dir.path());
        let id = Uuid::new_v4();
        let cancel = CancellationToken::new();

        let v1 = deployer
            .deploy(&request(id, "v1", "one"), &cancel)
            .await
            .unwrap();
        assert_eq!((v1.id.as_str(), v1.previous.as_deref()), ("v1", None));
        assert_eq!(
            std::fs::read_to_string(Path::new(&v1.location).join("src/main.py")).unwrap(),
            "one"
        );
        assert_eq!(live(dir.path(), id).as_deref(), Some("v1"));

        let again = deployer
            .deploy(&request(id, "v1", "one"), &cancel)
            .await
            .unwrap();
        assert_eq!(again, v1, "deploying the live id is a no-op");

        let v2 = deployer
            .deploy(&request(id, "v2", "two"), &cancel)
            .await
            .unwrap();
        assert_eq!(v2.previous.as_deref(), Some("v1"));
        assert_eq!(live(dir.path(), id).as_deref(), Some("v2"));
        assert!(
            Path::new(&v1.location).is_dir(),
            "the previous release stays"
        );
        let again = deployer
            .deploy(&request(id, "v2", "two"), &cancel)
            .await
            .unwrap();
        assert_eq!(again, v2);

        deployer.rollback(id, "v1").await.unwrap();
        assert_eq!(
            live(dir.path(), id).as_deref(),
            Some("v2"),
            "rolling back one not live does nothing"
        );
        deployer.rollback(id, "v2").await.unwrap();
        assert_eq!(live(dir.path(), id).as_deref(), Some("v1"));
        assert!(!Path::new(&v2.location).exists());
        deployer.rollback(id, "v2").await.unwrap();

        deployer.undeploy(id).await.unwrap();
        assert_eq!(live(dir.path(), id), None);
        assert!(Path::new(&v1.location).is_dir(), "releases stay for audit");
        deployer.undeploy(id).await.unwrap();
        deployer.undeploy(Uuid::new_v4()).await.unwrap();
        deployer.rollback(Uuid::new_v4(), "v9").await.unwrap();

        let v3 = deployer
            .deploy(&request(id, "v3", "three"), &cancel)
            .await
            .unwrap();
        assert_eq!(v3.previous, None);
        deployer.rollback(id, "v3").await.unwrap();
        assert_eq!(live(dir.path(), id), None);
        let releases = std::fs::read_dir(dir.path().join(id.to_string()).join("releases")).unwrap();
        let names: Vec<String> = releases
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into())
            .collect();
        assert_eq!(names, ["v1"], "no temporary directories are left");
    }

    #[tokio::test]
    async fn rollback_skips_releases_that_are_gone_and_survives_loops() {
        let dir = tempfile::tempdir().unwrap();
        let deployer = LocalDeployer::new(dir.path());
        let id = Uuid::new_v4();
        let cancel = CancellationToken::new();
        deployer
            .deploy(&request(id, "v1", "one"), &cancel)
            .await
            .unwrap();
        deployer
            .deploy(&request(id, "v2", "two"), &cancel)
            .await
            .unwrap();
        let back = deployer
            .deploy(&request(id, "v1", "one"), &cancel)
            .await
            .unwrap();
        assert_eq!(back.previous.as_deref(), Some("v2"));
        deployer.rollback(id, "v1").await.unwrap();
        assert_eq!(live(dir.path(), id).as_deref(), Some("v2"));
        // v2's predecessor (v1) is gone now, and v1's predecessor is v2 itself.
        deployer.rollback(id, "v2").await.unwrap();
        assert_eq!(live(dir.path(), id), None);
    }

    #[tokio::test]
    async fn refuses_bad_ids_and_paths_and_honours_cancel() {
        let dir = tempfile::tempdir().unwrap();
        let deployer = LocalDeployer::new(dir.path());
        let id = Uuid::new_v4();
        let cancel = CancellationToken::new();
        for bad in ["", "..", ".hidden", "a/b", "../../etc"] {
            let result = deployer.deploy(&request(id, bad, "x"), &cancel).await;
            assert!(
                matches!(result, Err(ProviderError::Permanent(_))),
                "{bad}: {result:?}"
            );
        }
        let mut escaping = request(id, "v1", "x");
        escaping.files[0].path = "../outside".into();
        assert!(matches!(
            deployer.deploy(&escaping, &cancel).await,
            Err(ProviderError::Permanent(_))
        ));
        cancel.cancel();
        assert_eq!(
            deployer.deploy(&request(id, "v1", "x"), &cancel).await,
            Err(ProviderError::Cancelled)
        );
        assert_eq!(live(dir.path(), id), None);
    }
}
