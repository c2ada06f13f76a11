//! Stage 5, publish: writes a meeting's files under `<out>/<meeting>/<lang>/` and its
//! `manifest.json`, all or nothing: everything is written to a staging folder beside the
//! target, which then takes the previous publication's place by rename. A build that
//! fails or is killed leaves the previous publication as it was (see [`recover`]).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// One output file, before it is written.
pub struct OutFile {
    /// Path relative to the meeting's output folder, e.g. `zh/draft.pdf`.
    pub path: String,
    pub format: &'static str,
    pub lang: String,
    /// `draft`, or the update's document number (`TD210`).
    pub document: String,
    /// None for the draft; 0 for the first issue, N for Rev.N.
    pub revision: Option<u32>,
    /// Whether this is a changes (redlined) document.
    pub changes: bool,
    pub bytes: Vec<u8>,
}

#[derive(Serialize)]
struct Manifest<'a> {
    meeting: &'a str,
    files: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    path: &'a str,
    format: &'a str,
    lang: &'a str,
    document: &'a str,
    revision: Option<u32>,
    changes: bool,
    sha256: String,
}

/// An I/O failure while publishing, naming the path.
#[derive(Debug)]
pub struct PublishError {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot write {} ({})",
            crate::diag::display_path(&self.path),
            self.reason
        )
    }
}

fn fail(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
    move |e| PublishError {
        path: path.to_path_buf(),
        reason: crate::load::io_reason(&e),
    }
}

/// The manifest's text for `files` (sorted by path, hashes of the bytes).
pub fn manifest(meeting: &str, files: &[OutFile]) -> String {
    let mut entries: Vec<Entry> = files
        .iter()
        .map(|f| Entry {
            path: &f.path,
            format: f.format,
            lang: &f.lang,
            document: &f.document,
            revision: f.revision,
            changes: f.changes,
            sha256: crate::lock::sha256_hex(&f.bytes),
        })
        .collect();
    entries.sort_by(|a, b| a.path.cmp(b.path));
    let mut text = serde_json::to_string_pretty(&Manifest {
        meeting,
        files: entries,
    })
    .unwrap_or_default();
    text.push('\n');
    text
}

/// Writes `files` and the manifest as `<out>/<meeting>`, replacing what was there only
/// once everything is written. Returns the folder.
pub fn publish(out: &Path, meeting: &str, files: &[OutFile]) -> Result<PathBuf, PublishError> {
    fs::create_dir_all(out).map_err(fail(out))?;
    let target = out.join(meeting);
    recover(out, meeting, &target)?;
    let staging = out.join(format!(".{meeting}.new-{}", std::process::id()));
    let result = write_all(&staging, meeting, files).and_then(|()| swap(&staging, &target));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result.map(|()| target)
}

/// Tidies after a build that was killed: leftover staging folders are removed, and a
/// publication moved aside but never replaced (killed between the two renames of
/// [`swap`]) is put back.
fn recover(out: &Path, meeting: &str, target: &Path) -> Result<(), PublishError> {
    let entries = fs::read_dir(out).map_err(fail(out))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for name in names {
        let path = out.join(&name);
        if leftover(&name, meeting, "new") {
            fs::remove_dir_all(&path).map_err(fail(&path))?;
        } else if leftover(&name, meeting, "old") {
            if target.exists() {
                fs::remove_dir_all(&path).map_err(fail(&path))?;
            } else {
                fs::rename(&path, target).map_err(fail(target))?;
            }
        }
    }
    Ok(())
}

/// Whether `name` is a staging (`new`) or set-aside (`old`) folder of `meeting`: exactly
/// `.<meeting>.<kind>-<process id>`, so that another meeting's folders (meetings are
/// published in parallel, and an id may contain dots) never match.
fn leftover(name: &str, meeting: &str, kind: &str) -> bool {
    name.strip_prefix(&format!(".{meeting}.{kind}-"))
        .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

fn write_all(dir: &Path, meeting: &str, files: &[OutFile]) -> Result<(), PublishError> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(fail(dir))?;
    }
    let paths: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.path)).collect();
    // Each folder is made once, not once per file.
    let folders: BTreeSet<&Path> = paths
        .iter()
        .filter_map(|p| p.parent())
        .chain([dir])
        .collect();
    for folder in folders {
        fs::create_dir_all(folder).map_err(fail(folder))?;
    }
    for (path, f) in paths.iter().zip(files) {
        fs::write(path, &f.bytes).map_err(fail(path))?;
    }
    let path = dir.join("manifest.json");
    fs::write(&path, manifest(meeting, files)).map_err(fail(&path))
}

/// Puts `staging` in the place of `target`: the old folder is moved aside first and
/// removed only after the new one is in place.
fn swap(staging: &Path, target: &Path) -> Result<(), PublishError> {
    let aside = target.with_file_name(format!(
        ".{}.old-{}",
        target
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let had_old = target.exists();
    if had_old {
        fs::rename(target, &aside).map_err(fail(target))?;
    }
    if let Err(e) = fs::rename(staging, target) {
        if had_old {
            let _ = fs::rename(&aside, target);
        }
        return Err(fail(target)(e));
    }
    if had_old {
        fs::remove_dir_all(&aside).map_err(fail(&aside))?;
    }
    Ok(())
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
