//! Putting a newly written folder in the place of the published one, so that readers (a
//! web server, a person) see either the whole old publication or the whole new one.
//!
//! On Linux both folders trade places in one step (`renameat2` with `RENAME_EXCHANGE`):
//! there is no moment without a published folder. Elsewhere, or on a file system that
//! cannot exchange, the old folder is moved aside and the new one moved in: two renames,
//! with a moment between them when the folder is missing.

use std::fs;
use std::path::Path;

use super::{OutputError, fail};

/// Puts `staging` in the place of `target` and removes the old publication. `aside` is a
/// free name beside `target` for the two-rename way.
pub fn swap(staging: &Path, target: &Path, aside: &Path) -> Result<(), OutputError> {
    if fs::symlink_metadata(target).is_err() {
        return fs::rename(staging, target).map_err(fail(target));
    }
    if exchange(staging, target).map_err(fail(target))? {
        // `staging` now holds the old publication. The new one is in place whatever
        // happens next: what cannot be removed now, the next build tidies.
        crate::failpoint::stop_if_asked("swapped");
        let _ = super::remove(staging);
        return Ok(());
    }
    fs::rename(target, aside).map_err(fail(target))?;
    crate::failpoint::stop_if_asked("aside");
    if let Err(e) = fs::rename(staging, target) {
        let _ = fs::rename(aside, target);
        return Err(fail(target)(e));
    }
    crate::failpoint::stop_if_asked("swapped");
    // The new publication is in place; what cannot be removed now, the next build tidies.
    let _ = super::remove(aside);
    Ok(())
}

/// Exchanges `a` and `b` in one step; `Ok(false)` if the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::swap;

    #[test]
    fn the_new_folder_takes_the_old_ones_place() {
        let tmp = tempfile::tempdir().unwrap();
        let (new, target) = (tmp.path().join("new"), tmp.path().join("m"));
        std::fs::create_dir_all(&new).unwrap();
        std::fs::write(new.join("a"), "new").unwrap();
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("a"), "old").unwrap();
        swap(&new, &target, &tmp.path().join("aside")).unwrap();
        assert_eq!(std::fs::read_to_string(target.join("a")).unwrap(), "new");
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the publication is left");
    }
}
