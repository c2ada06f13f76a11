//! What keeps a build from harming what it must not touch: the output folder is never a
//! folder of sources (nor inside one, nor around one), and one build at a time writes
//! into an output folder, holding an advisory lock on `<out>/.agenda.lock` while it runs.

use std::fs::{File, TryLockError};
use std::path::{Component, Path, PathBuf};

use super::{OutputError, fail};
use crate::diag::display_path;

/// The lock file a build holds in its output folder.
pub const LOCK_NAME: &str = ".agenda.lock";

/// An output folder that must not be written: it is, holds or lies in a folder of sources.
#[derive(Debug)]
pub struct Overlap {
    pub out: PathBuf,
    pub sources: PathBuf,
    /// How the two are placed: "is", "holds" or "is inside".
    pub relation: &'static str,
}

impl From<Overlap> for OutputError {
    fn from(o: Overlap) -> Self {
        OutputError::new(format!(
            "the output folder {} {} the sources folder {}: a build replaces what it publishes there, so sources and output must be apart",
            display_path(&o.out),
            o.relation,
            display_path(&o.sources),
        ))
        .hint("choose an output folder outside the sources with -o, e.g. -o output")
    }
}

/// Refuses an output folder `out` that is one of `paths` or that is, holds or lies inside
/// one of the meeting folders `meetings` (compared as they are on disk, links resolved).
pub fn check_apart(out: &Path, paths: &[PathBuf], meetings: &[PathBuf]) -> Result<(), Overlap> {
    let real_out = resolved(out);
    let overlap = |sources: &Path, relation| Overlap {
        out: out.to_path_buf(),
        sources: sources.to_path_buf(),
        relation,
    };
    for path in paths {
        if resolved(path) == real_out {
            return Err(overlap(path, "is"));
        }
    }
    for dir in meetings {
        let real = resolved(dir);
        if real == real_out {
            return Err(overlap(dir, "is"));
        } else if real.starts_with(&real_out) {
            return Err(overlap(dir, "holds"));
        } else if real_out.starts_with(&real) {
            return Err(overlap(dir, "is inside"));
        }
    }
    Ok(())
}

/// `path` as it is on disk: its longest existing part with links resolved, and the rest
/// (which does not exist yet) with `.` and `..` applied.
pub(crate) fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut base = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = base.canonicalize() {
            return rest
                .iter()
                .rev()
                .fold(real, |mut p: PathBuf, c: &Component| {
                    match c {
                        Component::ParentDir => {
                            p.pop();
                        }
                        Component::CurDir => {}
                        other => p.push(other),
                    }
                    p
                });
        }
        match (base.parent(), base.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                base = parent;
            }
            _ => return absolute,
        }
    }
}

/// The lock a build holds on its output folder until it is dropped.
pub struct OutputLock {
    _file: File,
}

/// Makes the output folder `out` and takes its lock, waiting (and saying so through
/// `waiting`) while another build holds it.
pub fn lock_output(out: &Path, waiting: impl FnOnce(&str)) -> Result<OutputLock, OutputError> {
    std::fs::create_dir_all(out).map_err(fail(out))?;
    let path = out.join(LOCK_NAME);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(fail(&path))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            waiting(&format!(
                "waiting for another build writing into {} to finish",
                display_path(out)
            ));
            file.lock().map_err(fail(&path))?;
        }
        Err(TryLockError::Error(e)) => return Err(fail(&path)(e)),
    }
    Ok(OutputLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_output_must_be_apart() {
        let tmp = tempfile::tempdir().unwrap();
        let agendas = tmp.path().join("agendas");
        let meeting = agendas.join("m");
        std::fs::create_dir_all(&meeting).unwrap();
        let paths = [agendas.clone()];
        let meetings = [meeting.clone()];
        let relation = |out: &Path| {
            check_apart(out, &paths, &meetings)
                .err()
                .map(|o| o.relation)
        };
        assert_eq!(relation(&agendas), Some("is"));
        assert_eq!(relation(&meeting), Some("is"));
        assert_eq!(relation(tmp.path()), Some("holds"));
        assert_eq!(relation(&meeting.join("out/x")), Some("is inside"));
        assert_eq!(relation(&meeting.join("new/../..")), Some("is"));
        assert_eq!(relation(&tmp.path().join("output")), None);
        assert_eq!(relation(&agendas.join("output")), None);
    }
}
