//! The files of a revision stream (`revisions/agenda/`, `revisions/timeplan/`): which
//! are revisions, which are an editor's or a file manager's and are passed over, and
//! which are mistakes to report.
//!
//! A revision is named by its number alone, `N.yaml`: the
//! number is what `agenda publish` records and what the documents are stamped with, so it
//! has exactly one spelling (`1.yaml`, never `01.yaml` or `+1.yaml`).

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Pos, SourceFile};

/// What a file in a stream's folder is, by its name.
#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    /// `N.yaml`: revision N.
    Revision(u32),
    /// A number spelled otherwise (`01.yaml`, `+1.yaml`, `1.yml`): should be `N.yaml`.
    Misnamed(u32),
    /// A hidden file or an editor's backup (`.DS_Store`, `.1.yaml.swp`, `1.yaml~`).
    Ignored,
    /// Anything else.
    Other,
}

/// What the file named `name` is.
pub fn kind(name: &str) -> Kind {
    let backup = [".swp", ".swo", ".swx", ".bak", ".orig", ".tmp"];
    if name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || backup.iter().any(|b| name.ends_with(b))
    {
        return Kind::Ignored;
    }
    let stem = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"));
    let Some(n) = stem.and_then(|s| s.parse::<u32>().ok()) else {
        return Kind::Other;
    };
    if name == format!("{n}.yaml") {
        Kind::Revision(n)
    } else {
        Kind::Misnamed(n)
    }
}

/// The revisions in the folder `dir` (none if it does not exist), sorted by number.
/// Misnamed and unknown files are errors; hidden files and backups are warnings. (Gaps in
/// the numbers are for `validate` to report.)
pub fn list(dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<(u32, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = || SourceFile::new(&path, String::new());
        match kind(&name) {
            Kind::Revision(n) => out.push((n, path)),
            Kind::Misnamed(n) => diags.push(
                Diagnostic::new(&file(), Pos::FILE, format!("`{name}` is not how revision {n} is named"))
                    .hint(format!("rename it to {n}.yaml: a revision file is named by its number alone")),
            ),
            Kind::Ignored => diags.push(
                Diagnostic::warning(&file(), Pos::FILE, format!("`{name}` is not a revision file; passed over"))
                    .hint("hidden files and editors' backups are not read; delete it if it is not needed"),
            ),
            Kind::Other => diags.push(Diagnostic::new(&file(), Pos::FILE, "not a revision file").hint(
                "revision files are named by their number: 0.yaml is the first issue, 1.yaml Rev.1, …; use `agenda revise` to start one",
            )),
        }
    }
    out.sort_by_key(|(n, _)| *n);
    out
}

#[cfg(test)]
mod tests {
    use super::{Kind, kind};

    #[test]
    fn names() {
        assert_eq!(kind("0.yaml"), Kind::Revision(0));
        assert_eq!(kind("12.yaml"), Kind::Revision(12));
        assert_eq!(kind("01.yaml"), Kind::Misnamed(1));
        assert_eq!(kind("00.yaml"), Kind::Misnamed(0));
        assert_eq!(kind("+1.yaml"), Kind::Misnamed(1));
        assert_eq!(kind("1.yml"), Kind::Misnamed(1));
        assert_eq!(kind(".DS_Store"), Kind::Ignored);
        assert_eq!(kind(".1.yaml.swp"), Kind::Ignored);
        assert_eq!(kind("1.yaml~"), Kind::Ignored);
        assert_eq!(kind("#1.yaml#"), Kind::Ignored);
        assert_eq!(kind("notes.txt"), Kind::Other);
        assert_eq!(kind("-1.yaml"), Kind::Other);
    }
}
