//! `agenda publish`, as a library function: the hashes of the meeting's sources recorded
//! in `revisions.lock`; a published file edited since is refused unless re-published by
//! asking.

use std::path::Path;

use crate::diag::{self, Diagnostic};
use crate::error::Error;
use crate::{load, validate};

/// What publishing recorded: a line per file (`published agenda.yaml`), and the warnings
/// found in the sources.
pub struct Publication {
    pub lines: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

/// Records the hashes of the sources of the meeting in `dir` in its lock; `republish`
/// records those of published files edited since too.
pub fn publish(dir: &Path, republish: bool) -> Result<Publication, Error> {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    let valid = validate::validate(&loaded, &mut diags).is_some();
    let mut entries = loaded
        .lock
        .as_ref()
        .map(|l| super::parse(l, &mut diags))
        .unwrap_or_default();
    diag::sort(&mut diags);
    if !valid || diags.iter().any(Diagnostic::is_error) {
        return Err(Error::Invalid(diags));
    }
    let mut lines = Vec::new();
    let mut edited = Vec::new();
    for path in super::published_files(&loaded) {
        let Some(hash) = super::current_hash(dir, &path) else {
            continue;
        };
        let verb = match entries.get(&path) {
            Some(old) if hash.matches(old) => continue,
            Some(_) if !republish => {
                edited.push(path);
                continue;
            }
            Some(_) => "re-published",
            None => "published",
        };
        lines.push(format!("{verb} {path}"));
        entries.insert(path, hash.text);
    }
    if !edited.is_empty() {
        return Err(Error::Refused {
            message: format!("published files were edited since: {}", edited.join(", ")),
            hint: "undo the edits and start a new revision with `agenda revise`, or re-publish them with `agenda publish --republish`".into(),
        });
    }
    super::write(dir, &entries).map_err(|e| {
        Error::usage(format!(
            "cannot write {} ({})",
            diag::display_path(&dir.join(load::LOCK_FILE)),
            crate::files::io_reason(&e)
        ))
    })?;
    Ok(Publication {
        lines,
        warnings: diags,
    })
}
