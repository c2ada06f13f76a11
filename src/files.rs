//! File-system primitives every stage shares: reading a regular file, the short reason
//! for an I/O error, the SHA-256 that manifests and locks record, and replacing a file
//! whole through a staging copy beside it (and knowing such copies by name).

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

/// The bytes of `path`, if it is a regular file (links followed).
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    if !fs::metadata(path)?.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    fs::read(path)
}

/// A short reason for an I/O error, without the OS error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// The hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes `bytes` as the file `path` whole or not at all: into `.<name>.new-<pid>` beside
/// it, flushed to disk, then renamed over it (a run killed, a disk full or a power cut
/// part-way leaves the old file whole; a leftover is tidied by its next writer, see
/// [`leftover`]). A debug build may be stopped between the two steps at failpoint `point`.
pub fn replace_file(path: &Path, bytes: &[u8], point: &str) -> std::io::Result<()> {
    use std::io::Write;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = path.with_file_name(format!(".{name}.new-{}", std::process::id()));
    let written = fs::File::create(&temp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    crate::failpoint::stop_if_asked(point);
    let result = written.and_then(|()| fs::rename(&temp, path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Whether `name` is a staging (`new`) or set-aside (`old`) copy of `meeting` (or of any
/// file replaced the same way, such as `revisions.lock`): exactly
/// `.<meeting>.<kind>-<process id>`, so that another meeting's folders (meetings are
/// published in parallel, and an id may contain dots) never match.
pub fn leftover(name: &str, meeting: &str, kind: &str) -> bool {
    name.strip_prefix(&format!(".{meeting}.{kind}-"))
        .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::leftover;

    #[test]
    fn leftovers_are_only_the_meetings_own() {
        assert!(leftover(".a.new-123", "a", "new"));
        assert!(leftover(".a.old-7", "a", "old"));
        assert!(
            !leftover(".a.new-5.new-123", "a", "new"),
            "meeting a.new-5's"
        );
        assert!(!leftover(".ab.new-1", "a", "new"));
        assert!(!leftover(".a.new-", "a", "new"));
        assert!(!leftover("a", "a", "new"));
    }
}
