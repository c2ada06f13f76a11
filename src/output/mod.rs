//! Stage 6, output: writes a meeting's files under `<out>/<meeting>/<lang>/` and its
//! `manifest.json`, all or nothing: everything is written to a staging folder beside the
//! target, which then takes the previous publication's place ([`swap`]). A build that
//! fails or is killed leaves the previous publication as it was (see [`recover`]).
//!
//! What a build may touch: only `<out>/<meeting>` (or, if that is a link, the folder it
//! links to, which stays linked), its staging folders beside it, the index
//! (`<out>/index.html`, `<out>/index.md`: [`index`]) and `<out>/.agenda.lock` ([`guard`]).
//! Never a folder of sources.

pub mod cache;
pub mod guard;
pub mod index;
pub mod keep;
pub mod swap;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diag::display_path;
use crate::files::leftover;
pub use crate::manifest::{About, Listed, Named, Published};

/// One output file, before it is written.
pub struct OutFile {
    /// Path relative to the meeting's output folder, e.g. `zh/draft.pdf`.
    pub path: String,
    pub format: String,
    pub lang: String,
    /// `draft`, or the update's document number (`TD210`).
    pub document: String,
    /// None for the draft; 0 for the first issue, N for Rev.N.
    pub revision: Option<u32>,
    /// Whether this is a changes (redlined) document.
    pub changes: bool,
    /// The group a calendar or page is for (none for the meeting's).
    pub group: Option<String>,
    /// When a revision was issued (YYYY-MM-DD; none for the draft and other files).
    pub issued: Option<String>,
    /// For a PDF, the key of the Typst source it was compiled from (see [`cache`]).
    pub source: Option<String>,
    pub bytes: Vec<u8>,
}

#[derive(Serialize)]
struct Manifest<'a> {
    #[serde(flatten)]
    about: &'a About,
    files: Vec<Listed>,
}

impl OutFile {
    /// The file as the manifest lists it: what it is, and the SHA-256 of its bytes.
    pub fn listed(&self) -> Listed {
        Listed {
            path: self.path.clone(),
            format: self.format.clone(),
            lang: self.lang.clone(),
            document: self.document.clone(),
            revision: self.revision,
            changes: self.changes,
            group: self.group.clone(),
            issued: self.issued.clone(),
            source: self.source.clone(),
            sha256: crate::files::sha256_hex(&self.bytes),
        }
    }

    /// A file a manifest lists (`entry`), with its `bytes` read back (see [`keep`]).
    pub fn kept(entry: Listed, bytes: Vec<u8>) -> OutFile {
        OutFile {
            path: entry.path,
            format: entry.format,
            lang: entry.lang,
            document: entry.document,
            revision: entry.revision,
            changes: entry.changes,
            group: entry.group,
            issued: entry.issued,
            source: entry.source,
            bytes,
        }
    }
}

/// Why a meeting could not be published: a message naming the path, with a hint where
/// there is something to do.
#[derive(Debug, Clone)]
pub struct OutputError {
    pub message: String,
    pub hint: Option<String>,
}

impl OutputError {
    pub fn new(message: impl Into<String>) -> OutputError {
        OutputError {
            message: message.into(),
            hint: None,
        }
    }

    /// This error, with what to do about it.
    pub fn hint(self, hint: impl Into<String>) -> OutputError {
        OutputError {
            hint: Some(hint.into()),
            ..self
        }
    }
}

impl From<OutputError> for crate::error::Error {
    fn from(e: OutputError) -> Self {
        match e.hint {
            Some(hint) => crate::error::Error::with_hint(e.message, hint),
            None => crate::error::Error::usage(e.message),
        }
    }
}

/// An I/O failure on `path`.
fn fail(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |e| {
        OutputError::new(format!(
            "cannot write {} ({})",
            display_path(path),
            crate::files::io_reason(&e)
        ))
    }
}

/// The manifest's text for `files` (sorted by path, hashes of the bytes).
pub fn manifest(about: &About, files: &[OutFile]) -> Result<String, OutputError> {
    let mut entries: Vec<Listed> = files.iter().map(OutFile::listed).collect();
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    // A manifest is never written empty: one that cannot be made fails the meeting.
    let mut text = serde_json::to_string_pretty(&Manifest {
        about,
        files: entries,
    })
    .map_err(|e| {
        OutputError::new(format!(
            "the manifest of {} cannot be made ({e})",
            about.meeting
        ))
    })?;
    text.push('\n');
    Ok(text)
}

/// Writes `files` and the manifest as `<out>/<meeting>`, replacing what was there (all of
/// it, or what `scope` covers) only once everything is written. The caller holds the
/// output's lock ([`guard::lock_output`]), so no other build is writing beside it.
/// Returns the folder and how many files it holds.
pub fn write(
    out: &Path,
    about: &About,
    files: Vec<OutFile>,
    scope: &keep::Scope,
) -> Result<(PathBuf, usize), OutputError> {
    let meeting = about.meeting.as_str();
    let shown = out.join(meeting);
    let target = target(&shown, meeting)?;
    let (parent, name) = match (target.parent(), target.file_name()) {
        (Some(p), Some(n)) => (p, n.to_string_lossy().into_owned()),
        _ => return Err(fail(&shown)(std::io::ErrorKind::InvalidInput.into())),
    };
    recover(parent, &name, &target)?;
    let mut files = files;
    files.extend(keep::kept(&target, scope, &files)?);
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.new-{pid}"));
    let aside = parent.join(format!(".{name}.old-{pid}"));
    let result = write_all(&staging, about, &files).and_then(|()| {
        crate::failpoint::stop_if_asked("staged");
        swap::swap(&staging, &target, &aside)
    });
    if result.is_err() {
        let _ = remove(&staging);
    }
    result.map(|()| (shown, files.len() + 1))
}

/// Tidies after a killed build beside the publication `<out>/<meeting>` that this build
/// leaves as it is (see [`recover`]); the caller holds the output's lock.
pub fn tidy(out: &Path, meeting: &str) -> Result<(), OutputError> {
    let target = target(&out.join(meeting), meeting)?;
    match (target.parent(), target.file_name()) {
        (Some(parent), Some(name)) => recover(parent, &name.to_string_lossy(), &target),
        _ => Ok(()),
    }
}

/// Where `<out>/<meeting>` is written: the folder itself, or the folder it links to (a
/// link into a web root stays a link). Never a folder of sources, nor one inside or
/// around a folder of sources, nor a file.
fn target(shown: &Path, meeting: &str) -> Result<PathBuf, OutputError> {
    let is_link = fs::symlink_metadata(shown).is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        linked(shown)?
    } else {
        shown.to_path_buf()
    };
    let refuse = |why: &str| {
        OutputError::new(format!(
            "{} {why}; a build never replaces sources",
            display_path(shown)
        ))
        .hint("choose another output folder with -o, or point the link elsewhere")
    };
    if fs::metadata(&target).is_ok_and(|m| !m.is_dir()) {
        return Err(
            OutputError::new(format!("{} is a file, not a folder", display_path(shown)))
                .hint("move the file away: a build writes a folder there"),
        );
    }
    if target
        .ancestors()
        .any(|a| a.join(crate::load::MEETING_FILE).is_file())
    {
        return Err(refuse("is a meeting's source folder, or lies inside one"));
    }
    let holds_sources = walkdir::WalkDir::new(&target)
        .into_iter()
        .filter_map(Result::ok)
        .any(|e| e.file_name() == crate::load::MEETING_FILE);
    if holds_sources {
        return Err(refuse("holds a meeting's sources"));
    }
    if !published_or_empty(&target, meeting) {
        return Err(OutputError::new(format!(
            "{} is a folder this tool did not publish (it holds files and no manifest.json of meeting {meeting}); a build replaces the whole folder, so it never writes there",
            display_path(shown)
        )).hint("move its files away, or choose another output folder with -o"));
    }
    Ok(target)
}

/// Whether `folder` is missing, empty, or a publication of `meeting` by this tool (it has
/// its `manifest.json`, which names the meeting): the only folders a build may replace.
fn published_or_empty(folder: &Path, meeting: &str) -> bool {
    let ours = Published::read(folder).is_ok_and(|m| m.is_some_and(|m| m.about.meeting == meeting));
    ours || fs::read_dir(folder).map_or(true, |mut entries| entries.next().is_none())
}

/// The folder the link `shown` points to. If it is missing because a build was killed
/// between the two renames of [`swap::swap`] (on a system that cannot exchange folders),
/// the publication moved aside is first put back.
fn linked(shown: &Path) -> Result<PathBuf, OutputError> {
    if let Ok(real) = shown.canonicalize() {
        return Ok(real);
    }
    let pointed = fs::read_link(shown).map(|p| shown.parent().map_or(p.clone(), |d| d.join(&p)));
    if let Ok(pointed) = pointed
        && let (Some(parent), Some(name)) = (pointed.parent(), pointed.file_name())
        && parent.is_dir()
    {
        recover(parent, &name.to_string_lossy(), &pointed)?;
    }
    shown.canonicalize().map_err(|e| {
        OutputError::new(format!(
            "{} is a link to a folder that cannot be reached ({})",
            display_path(shown),
            crate::files::io_reason(&e)
        ))
        .hint("make the link point to an existing folder, or remove it")
    })
}

/// Tidies after a build that was killed (the caller holds the output's lock, so no
/// staging folder beside `target` belongs to a build still running): leftover staging
/// folders are removed, and a publication moved aside but never replaced (killed between
/// the two renames of [`swap::swap`]) is put back.
fn recover(parent: &Path, name: &str, target: &Path) -> Result<(), OutputError> {
    let entries = fs::read_dir(parent).map_err(fail(parent))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for leftover_name in names {
        let path = parent.join(&leftover_name);
        if leftover(&leftover_name, name, "new") {
            remove(&path).map_err(fail(&path))?;
        } else if leftover(&leftover_name, name, "old") {
            if fs::symlink_metadata(target).is_ok() {
                remove(&path).map_err(fail(&path))?;
            } else {
                fs::rename(&path, target).map_err(fail(target))?;
            }
        }
    }
    Ok(())
}

/// Removes `path`, a folder (with all it holds) or a file.
pub(crate) fn remove(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) => Err(e),
    }
}

/// Writes each of `files` at its path of `paths`, on one thread per core: creating a file
/// is mostly the kernel's work, and the meeting's last job, which publishes it, would
/// otherwise write its hundreds of files while the other cores wait.
fn write_files(paths: &[PathBuf], files: &[OutFile]) -> Result<(), OutputError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    let write = |(paths, files): (&[PathBuf], &[OutFile])| {
        for (path, f) in paths.iter().zip(files) {
            fs::write(path, &f.bytes).map_err(fail(path))?;
        }
        Ok(())
    };
    let parts = paths.chunks(chunk).zip(files.chunks(chunk));
    std::thread::scope(|s| {
        let started: Vec<_> = parts
            .map(|part| {
                let thread = std::thread::Builder::new().spawn_scoped(s, move || write(part));
                (part, thread)
            })
            .collect();
        // A part whose thread could not start, or stopped, is written here; the first
        // failure is the one reported.
        let mut result = Ok(());
        for (part, thread) in started {
            let done = match thread {
                Ok(thread) => thread.join().unwrap_or_else(|_| write(part)),
                Err(_) => write(part),
            };
            result = result.and(done);
        }
        result
    })
}

/// Writes `files` and their manifest into the new folder `dir` (any earlier one of that
/// name was removed by [`recover`]).
fn write_all(dir: &Path, about: &About, files: &[OutFile]) -> Result<(), OutputError> {
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
    write_files(&paths, files)?;
    let path = dir.join("manifest.json");
    fs::write(&path, manifest(about, files)?).map_err(fail(&path))
}
