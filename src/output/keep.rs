//! Partial builds (`--lang`, `--format`): the files a build does not render are kept from
//! the previous publication, as its manifest lists them, so a build of the English
//! Markdown alone never deletes the Chinese PDF. A file is kept only as it was published
//! (its bytes as its manifest's SHA-256 says): a damaged one fails the build, naming it.

use std::path::Path;

use super::{Listed, OutFile, OutputError, Published};

/// Which of a meeting's published files a build replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every file: the folder is replaced as a whole.
    All,
    /// The files in one of these languages and one of these formats; others are kept.
    Only {
        langs: Vec<String>,
        formats: Vec<String>,
    },
}

/// The files of the publication in `target` that `scope` leaves alone and that `files`
/// does not replace, read back from disk (a file listed but gone is dropped, so the new
/// manifest lists exactly what is there).
pub fn kept(target: &Path, scope: &Scope, files: &[OutFile]) -> Result<Vec<OutFile>, OutputError> {
    let Scope::Only { langs, formats } = scope else {
        return Ok(Vec::new());
    };
    let manifest = target.join("manifest.json");
    let old = match Published::read(target) {
        Ok(Some(m)) => m,
        Ok(None) => return Ok(Vec::new()),
        Err(why) => return Err(unreadable(&manifest, &why)),
    };
    let replaced = |e: &Listed| langs.contains(&e.lang) && formats.contains(&e.format);
    let mut out = Vec::new();
    for entry in old.files {
        if replaced(&entry) || files.iter().any(|f| f.path == entry.path) || !safe(&entry.path) {
            continue;
        }
        let path = target.join(&entry.path);
        let bytes = match crate::files::read_regular(&path) {
            Ok(bytes) => bytes,
            // Listed but gone: the new manifest lists what is there.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(OutputError::new(format!(
                    "cannot read {} ({}), a published file this partial build would keep",
                    crate::diag::display_path(&path),
                    crate::files::io_reason(&e)
                )).hint("fix the file's permissions, or build every language and format, without --lang and --format"));
            }
        };
        if crate::files::sha256_hex(&bytes) != entry.sha256 {
            return Err(OutputError::new(format!(
                "{} is not as it was published (its bytes differ from its SHA-256 in manifest.json), so this partial build cannot keep it",
                crate::diag::display_path(&path),
            )).hint("build every language and format once, without --lang and --format, to make it again"));
        }
        out.push(OutFile::kept(entry, bytes));
    }
    Ok(out)
}

/// Whether a path from a manifest stays inside the meeting's folder (`zh/draft.pdf`).
fn safe(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(':')
        && path
            .split(['/', '\\'])
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

fn unreadable(manifest: &Path, reason: &str) -> OutputError {
    OutputError::new(format!(
        "cannot read {} ({reason}), so a partial build cannot keep the files it lists",
        crate::diag::display_path(manifest)
    ))
    .hint("build every language and format once, without --lang and --format")
}

#[cfg(test)]
mod tests {
    use super::safe;

    #[test]
    fn manifest_paths_stay_inside() {
        assert!(safe("zh/draft.pdf"));
        assert!(!safe("../x"));
        assert!(!safe("/etc/passwd"));
        assert!(!safe("zh//x"));
        assert!(!safe("C:/x"));
        assert!(!safe(""));
    }
}
