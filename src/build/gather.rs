//! The meetings of a build or a check: found under the paths given, each loaded, checked
//! against its lock and validated (in parallel), or, its last publication made from the
//! inputs it has now, left unread.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::{self, Diagnostic};
use crate::error::Error;
use crate::load;
use crate::lock;
use crate::model::Meeting;
use crate::pdf;
use crate::render;
use crate::validate;

/// A meeting that passed every check, and the `templates/` folder that applies to it.
pub(super) struct Ready {
    /// The meeting's folder, as found.
    pub dir: PathBuf,
    pub meeting: Meeting,
    pub templates: Option<PathBuf>,
    /// The key of its inputs, as they were read, where the build keeps a cache (see
    /// `output::cache`).
    pub key: String,
    /// The source files its lock records (frozen), for its manifest.
    pub frozen: Vec<String>,
}

/// What a command knows of the meetings' last publications: a build reads them (see
/// `output::cache`), a check knows none.
pub(super) trait Publications: Sync {
    /// What the last publication of the meeting in `dir` says, the templates that apply
    /// to it being `templates`.
    fn last(&self, dir: &Path, templates: Option<&Path>) -> Last;
    /// The key of the meeting's inputs, its sources as `loaded` read them.
    fn key(&self, loaded: &load::Loaded, templates: Option<&Path>) -> String;
}

/// What a meeting's last publication says.
#[derive(Default)]
pub(super) struct Last {
    /// How many files it holds, if it was made from the inputs the meeting has now: the
    /// meeting is then not read at all.
    pub unchanged: Option<usize>,
    /// The source files the meeting's lock recorded when it was made.
    pub frozen: Vec<String>,
}

/// No publication at all (a check).
pub(super) struct Unpublished;

impl Publications for Unpublished {
    fn last(&self, _: &Path, _: Option<&Path>) -> Last {
        Last::default()
    }
    fn key(&self, _: &load::Loaded, _: Option<&Path>) -> String {
        String::new()
    }
}

/// What is asked of the meetings found: the languages to render (empty for all), and
/// whether their glyphs are checked for PDFs.
#[derive(Clone, Copy)]
pub(super) struct Asked<'a> {
    pub pdf: bool,
    pub langs: &'a [String],
}

/// A meeting found: read and checked, or (its publication made from the same inputs) left
/// unread.
pub(super) enum Found {
    Ready(Box<Ready>),
    Unchanged {
        dir: PathBuf,
        id: String,
        files: usize,
    },
}

impl Found {
    pub fn ready(self) -> Option<Ready> {
        match self {
            Found::Ready(r) => Some(*r),
            Found::Unchanged { .. } => None,
        }
    }

    pub fn dir(&self) -> &Path {
        match self {
            Found::Ready(r) => &r.dir,
            Found::Unchanged { dir, .. } => dir,
        }
    }
}

/// The meetings found under `paths`, each checked (a meeting `published` says is
/// unchanged is not read; its lock is still checked), and the warnings found in them;
/// `Error::Invalid` if any has an error.
pub(super) fn gather(
    paths: &[PathBuf],
    asked: Asked,
    published: &dyn Publications,
) -> Result<(Vec<Found>, Vec<Diagnostic>), Error> {
    let dirs = load::find_meetings(paths).map_err(|e| Error::usage(e.to_string()))?;
    if dirs.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| diag::display_path(p)).collect();
        return Err(Error::usage(format!(
            "no meeting found under {} (a meeting is a folder with meeting.yaml)",
            shown.join(", ")
        )));
    }
    same_ids(&dirs)?;
    // Meetings are read and checked in parallel; problems are sorted before they are shown.
    let checked: Vec<Result<Checked, Error>> = dirs
        .par_iter()
        .map(|dir| check_meeting(dir, paths, asked, published))
        .collect();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut found = Vec::new();
    for result in checked {
        let checked = result?;
        found.extend(checked.found);
        diags.extend(checked.problems);
    }
    diag::sort(&mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Error::Invalid(diags));
    }
    Ok((found, diags))
}

/// Refuses two meeting folders with the same id (the same folder name under different
/// parents): they would be published into one output folder, one replacing the other.
fn same_ids(dirs: &[PathBuf]) -> Result<(), Error> {
    let mut seen: std::collections::BTreeMap<String, &PathBuf> = Default::default();
    for dir in dirs {
        if let Some(first) = seen.insert(load::meeting_id(dir), dir) {
            return Err(Error::with_hint(
                format!(
                    "two meetings have the id `{}`: {} and {} (a meeting's id is its folder's name, and names its output folder)",
                    load::meeting_id(dir),
                    diag::display_path(first),
                    diag::display_path(dir)
                ),
                "rename one of the folders, or build them one at a time into different output folders (-o)",
            ));
        }
    }
    Ok(())
}

/// A meeting that passed its checks (if it did), and the problems found in it.
struct Checked {
    found: Option<Found>,
    problems: Vec<Diagnostic>,
}

/// Loads and validates the meeting in `dir` (one of those under `paths`), checking glyphs
/// if asked. Err if a language asked for is not one the meeting publishes.
fn check_meeting(
    dir: &Path,
    paths: &[PathBuf],
    asked: Asked,
    published: &dyn Publications,
) -> Result<Checked, Error> {
    let root = paths
        .iter()
        .find(|p| dir.starts_with(p))
        .map_or(dir, PathBuf::as_path);
    let templates = render::overrides_for(dir, root);
    let mut problems = Vec::new();
    let Last { unchanged, frozen } = published.last(dir, templates.as_deref());
    if let Some(files) = unchanged {
        // Unchanged, but its published sources are still checked against the lock.
        lock::check(
            &load::Frozen::read(dir, &mut problems),
            &frozen,
            &mut problems,
        );
        let (id, dir) = (load::meeting_id(dir), dir.to_path_buf());
        let found = Some(Found::Unchanged { dir, id, files });
        return Ok(Checked { found, problems });
    }
    crate::failpoint::pause_if_asked("loading");
    let mut loaded = load::load_meeting(dir, &mut problems);
    loaded.paragraphs =
        crate::lang::letter::Texts::with_overrides(templates.as_deref(), &mut problems);
    crate::failpoint::pause_if_asked("loaded");
    let frozen = lock::check(&loaded.frozen(), &frozen, &mut problems);
    let Some(meeting) = validate::validate(&loaded, &mut problems) else {
        return Ok(Checked {
            found: None,
            problems,
        });
    };
    if asked.pdf {
        let (text, name) = render::layout(templates.as_deref()).map_err(Error::Template)?;
        let layout = pdf::Layout::new(&text, &name);
        // Each language's texts are set apart, in parallel.
        let langs = selected(&meeting, asked.langs)?;
        let found: Vec<Vec<Diagnostic>> = (langs.par_iter())
            .map(|lang| pdf::check_glyphs(&meeting, lang, &layout))
            .collect();
        problems.extend(found.into_iter().flatten());
    } else {
        selected(&meeting, asked.langs)?;
    }
    let ready = Ready {
        dir: dir.to_path_buf(),
        key: published.key(&loaded, templates.as_deref()),
        templates,
        meeting,
        frozen,
    };
    let found = Some(Found::Ready(Box::new(ready)));
    Ok(Checked { found, problems })
}

/// The languages to render for a meeting: those asked for, or all of its languages.
pub(super) fn selected(meeting: &Meeting, langs: &[String]) -> Result<Vec<String>, Error> {
    if langs.is_empty() {
        return Ok(meeting.languages.clone());
    }
    for l in langs {
        if !meeting.languages.contains(l) {
            return Err(Error::usage(format!(
                "meeting {} does not publish `{l}` (it publishes {})",
                meeting.id,
                meeting.languages.join(", ")
            )));
        }
    }
    Ok(meeting
        .languages
        .iter()
        .filter(|l| langs.contains(l))
        .cloned()
        .collect())
}
