//! Files only their owner may read: the embedded default's signing secret and the
//! first admin key.

use anyhow::Context as _;

/// The embedded default's HS256 secret: made once, kept in the data dir (mode 0600).
pub(super) fn embedded_secret(data_dir: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let path = data_dir.join("jwt-secret");
    if let Ok(secret) = std::fs::read_to_string(&path) {
        return Ok(secret.trim().as_bytes().to_vec());
    }
    let secret = format!(
        "{}{}",
        crate::application::identity::secrets::random_token(),
        crate::application::identity::secrets::random_token()
    );
    write_private(&path, &secret)?;
    Ok(secret.into_bytes())
}

/// Writes a file only its owner can read (a secret).
pub(super) fn write_private(path: &std::path::Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}
