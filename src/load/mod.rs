//! Stage 1, load: find the meetings under the given paths and read their YAML sources
//! into the typed model ([`model`]), reporting every problem of shape with its position.
//!
//! A meeting is a folder holding `meeting.yaml`, `agenda.yaml` and `timeplan.yaml` (and,
//! for a meeting that publishes its invitation letter, `letter.yaml`); its id is the
//! folder's name.

pub mod de;
pub mod letter;
mod limits;
pub mod model;
pub mod node;
pub mod register;
pub mod revisions;
pub mod spanned;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_saphyr::Options;

use crate::diag::{Diagnostic, Pos, SourceFile};
use crate::files::{io_reason, read_regular};
use model::{AgendaFile, MeetingFile, TimeplanFile};
use node::Node;

/// The three sources of one meeting, as read.
pub struct Loaded {
    pub id: String,
    pub dir: PathBuf,
    pub meeting: Source<MeetingFile>,
    /// The draft agenda and time plan; either may be absent (an agenda-only meeting, a
    /// time-plan-only one), not both.
    pub agenda: Option<Source<AgendaFile>>,
    pub timeplan: Option<Source<TimeplanFile>>,
    /// `letter.yaml`, the invitation letter's own facts, if the meeting publishes one.
    pub letter: Option<Source<letter::LetterFile>>,
    /// `revisions/letter/N.yaml`, the letter's addenda, by N (from 1).
    pub addenda: Vec<(u32, Source<letter::AddendumFile>)>,
    /// The letter's standard paragraphs: the built-in ones, or those of the `templates/`
    /// folder that applies to the meeting (which the build sets, see
    /// [`crate::lang::letter::Texts::with_overrides`]).
    pub paragraphs: Arc<crate::lang::letter::Texts>,
    /// `revisions/agenda/N.yaml`, by N (0 is the TD's first issue, 1 its Rev.1, …).
    pub agenda_revisions: Vec<(u32, Source<AgendaFile>)>,
    pub timeplan_revisions: Vec<(u32, Source<TimeplanFile>)>,
    /// `revisions.lock`, if there is one.
    pub lock: Option<Arc<SourceFile>>,
    /// The document register (`documents.yaml`, `.csv` or `.xlsx`), if the meeting has one.
    pub register: Option<register::Register>,
}

/// One file and what could be read from it (`None` if it could not be read at all).
pub struct Source<T> {
    pub file: Arc<SourceFile>,
    pub model: Option<T>,
}

/// The file names of a meeting folder.
pub const MEETING_FILE: &str = "meeting.yaml";
pub const AGENDA_FILE: &str = "agenda.yaml";
pub const TIMEPLAN_FILE: &str = "timeplan.yaml";
pub const LETTER_FILE: &str = "letter.yaml";
pub const LOCK_FILE: &str = "revisions.lock";
/// The folders of the two revision streams, inside a meeting folder.
pub const AGENDA_REVISIONS: &str = "revisions/agenda";
pub const TIMEPLAN_REVISIONS: &str = "revisions/timeplan";
/// The folder of the letter's addenda.
pub const LETTER_REVISIONS: &str = "revisions/letter";

/// Errors that stop a run before any meeting is read (usage and I/O, not the input's content).
#[derive(Debug)]
pub enum FindError {
    Missing(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for FindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FindError::Missing(p) => write!(
                f,
                "no such file or folder: {} (give the folder that holds the meetings, e.g. agendas/)",
                crate::diag::display_path(p)
            ),
            FindError::Io(p, e) => write!(f, "cannot read {} ({e})", crate::diag::display_path(p)),
        }
    }
}

/// The meeting folders under `paths`, sorted, each once. Symbolic links are followed (a
/// link back to a folder above it is not followed twice); a folder reached twice, by
/// its path and through a link, is taken once.
pub fn find_meetings(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FindError> {
    let mut found = Vec::new();
    for root in paths {
        if !root.exists() {
            return Err(FindError::Missing(root.clone()));
        }
        for entry in walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
        {
            let entry = match entry {
                Ok(e) => e,
                // A loop of links leads back to a folder already walked.
                Err(e) if e.loop_ancestor().is_some() => continue,
                Err(e) => return Err(FindError::Io(root.clone(), e.into())),
            };
            if entry.file_type().is_file()
                && entry.file_name() == MEETING_FILE
                && let Some(dir) = entry.path().parent()
            {
                found.push(dir.to_path_buf());
            }
        }
    }
    found.sort();
    let mut seen = std::collections::BTreeSet::new();
    found.retain(|dir| seen.insert(dir.canonicalize().unwrap_or_else(|_| dir.clone())));
    Ok(found)
}

/// A meeting's id: its folder's name, as the folder is named where it is found (`.` and
/// `..` resolved; a symbolic link keeps its own name).
pub fn meeting_id(dir: &Path) -> String {
    let named = std::path::absolute(dir)
        .ok()
        .filter(|p| !p.ends_with(".."))
        .and_then(|p| p.file_name().map(|n| n.to_owned()));
    named
        .or_else(|| dir.canonicalize().ok()?.file_name().map(|n| n.to_owned()))
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A meeting from texts in memory (no revisions, no lock), as if read from `dir`: for
/// tools that do not read files, such as the fuzz target.
pub fn from_texts(
    dir: &Path,
    meeting: String,
    agenda: String,
    timeplan: String,
    diags: &mut Vec<Diagnostic>,
) -> Loaded {
    Loaded {
        id: meeting_id(dir),
        dir: dir.to_path_buf(),
        meeting: read_source(SourceFile::new(dir.join(MEETING_FILE), meeting), diags),
        agenda: Some(read_source(
            SourceFile::new(dir.join(AGENDA_FILE), agenda),
            diags,
        )),
        timeplan: Some(read_source(
            SourceFile::new(dir.join(TIMEPLAN_FILE), timeplan),
            diags,
        )),
        letter: None,
        addenda: Vec::new(),
        paragraphs: crate::lang::letter::Texts::builtin(),
        agenda_revisions: Vec::new(),
        timeplan_revisions: Vec::new(),
        lock: None,
        register: None,
    }
}

/// Reads one meeting folder. Problems go to `diags`; the result holds whatever could be read.
pub fn load_meeting(dir: &Path, diags: &mut Vec<Diagnostic>) -> Loaded {
    Loaded {
        id: meeting_id(dir),
        dir: dir.to_path_buf(),
        meeting: load_file(&dir.join(MEETING_FILE), diags),
        agenda: load_optional(&dir.join(AGENDA_FILE), diags),
        timeplan: load_optional(&dir.join(TIMEPLAN_FILE), diags),
        letter: load_optional(&dir.join(LETTER_FILE), diags),
        addenda: load_revisions(&dir.join(LETTER_REVISIONS), diags),
        paragraphs: crate::lang::letter::Texts::builtin(),
        agenda_revisions: load_revisions(&dir.join(AGENDA_REVISIONS), diags),
        timeplan_revisions: load_revisions(&dir.join(TIMEPLAN_REVISIONS), diags),
        lock: load_lock(&dir.join(LOCK_FILE), diags),
        register: register::load(dir, diags),
    }
}

/// What the freeze of a meeting is checked on (see [`crate::lock`]): its folder, its lock,
/// and its revised drafts (a draft whose stream has revision files was published before
/// them, so a lock must record it).
pub struct Frozen {
    pub dir: PathBuf,
    pub lock: Option<Arc<SourceFile>>,
    pub revised: Vec<&'static str>,
}

impl Frozen {
    /// The lock of the meeting in `dir`, read alone (the meeting's other sources are not).
    pub fn read(dir: &Path, diags: &mut Vec<Diagnostic>) -> Frozen {
        let revised = |folder: &str| {
            let names = std::fs::read_dir(dir.join(folder))
                .into_iter()
                .flatten()
                .flatten();
            names.map(|e| e.file_name()).any(|n| {
                matches!(
                    revisions::kind(&n.to_string_lossy()),
                    revisions::Kind::Revision(_)
                )
            })
        };
        let mut drafts = drafts_revised(revised(AGENDA_REVISIONS), revised(TIMEPLAN_REVISIONS));
        if revised(LETTER_REVISIONS) {
            drafts.push(LETTER_FILE);
        }
        Frozen {
            dir: dir.to_path_buf(),
            lock: load_lock(&dir.join(LOCK_FILE), diags),
            revised: drafts,
        }
    }
}

/// The drafts whose streams are revised, as the flags say.
fn drafts_revised(agenda: bool, timeplan: bool) -> Vec<&'static str> {
    [(AGENDA_FILE, agenda), (TIMEPLAN_FILE, timeplan)]
        .into_iter()
        .filter_map(|(draft, revised)| revised.then_some(draft))
        .collect()
}

impl Loaded {
    /// What its freeze is checked on.
    pub fn frozen(&self) -> Frozen {
        let mut revised = drafts_revised(
            self.agenda.is_some() && !self.agenda_revisions.is_empty(),
            self.timeplan.is_some() && !self.timeplan_revisions.is_empty(),
        );
        // A letter with addenda was published before them.
        if self.letter.is_some() && !self.addenda.is_empty() {
            revised.push(LETTER_FILE);
        }
        Frozen {
            dir: self.dir.clone(),
            lock: self.lock.clone(),
            revised,
        }
    }

    /// Every file read from the meeting's folder.
    pub fn files(&self) -> impl Iterator<Item = &Arc<SourceFile>> {
        let revisions = (self.agenda_revisions.iter().map(|(_, s)| &s.file))
            .chain(self.timeplan_revisions.iter().map(|(_, s)| &s.file))
            .chain(self.addenda.iter().map(|(_, s)| &s.file));
        [
            Some(&self.meeting.file),
            self.agenda.as_ref().map(|s| &s.file),
        ]
        .into_iter()
        .chain([self.timeplan.as_ref().map(|s| &s.file), self.lock.as_ref()])
        .chain([self.letter.as_ref().map(|s| &s.file)])
        .chain([self.register.as_ref().map(|r| &r.file)])
        .flatten()
        .chain(revisions)
    }
}

/// Whether `path` (in the meeting folder `dir`) is a file the loader reads: a source, a
/// revision, the lock.
pub fn is_source(dir: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(dir) else {
        return false;
    };
    let top = [
        MEETING_FILE,
        AGENDA_FILE,
        TIMEPLAN_FILE,
        LETTER_FILE,
        LOCK_FILE,
    ];
    let top = top.iter().chain(&register::REGISTER_FILES);
    if top.clone().any(|name| relative == Path::new(name)) {
        return true;
    }
    let name = relative.file_name().map(|n| n.to_string_lossy());
    let stream = [AGENDA_REVISIONS, TIMEPLAN_REVISIONS, LETTER_REVISIONS]
        .iter()
        .any(|folder| relative.parent() == Some(Path::new(folder)));
    stream && name.is_some_and(|n| matches!(revisions::kind(&n), revisions::Kind::Revision(_)))
}

/// A file a meeting may do without: none if there is nothing of that name (a link to
/// nothing, or anything else of that name, is read, and fails if it cannot be).
fn load_optional<T: for<'de> serde::Deserialize<'de>>(
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<Source<T>> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        _ => Some(load_file(path, diags)),
    }
}

/// `revisions.lock`, if there is one. A lock that exists but cannot be read is an error:
/// ignoring it would unfreeze every published file.
fn load_lock(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Arc<SourceFile>> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        _ => {
            let before = diags.len();
            let (file, ok) = read_text(path, diags);
            for d in &mut diags[before..] {
                d.hint = Some(format!(
                    "{LOCK_FILE} is written by `agenda publish` and committed with the sources: restore it from version control (e.g. `git checkout -- {LOCK_FILE}`)"
                ));
            }
            ok.then_some(file)
        }
    }
}

/// The revision files of one stream, `N.yaml`, sorted by N (see [`revisions::list`]; a gap
/// in the numbers is for `validate` to report).
fn load_revisions<T: for<'de> serde::Deserialize<'de>>(
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(u32, Source<T>)> {
    let listing = revisions::list(dir, diags);
    listing
        .into_iter()
        .map(|(n, path)| (n, load_file(&path, diags)))
        .collect()
}

/// Reads, decodes and parses one file into `T`.
pub fn load_file<T: for<'de> serde::Deserialize<'de>>(
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Source<T> {
    let (file, text_ok) = read_text(path, diags);
    if !text_ok {
        return Source { file, model: None };
    }
    read_source(file, diags)
}

/// Parses a file already read into `T`.
pub fn read_source<T: for<'de> serde::Deserialize<'de>>(
    file: Arc<SourceFile>,
    diags: &mut Vec<Diagnostic>,
) -> Source<T> {
    let node = match parse(&file.text) {
        Ok(node) => node,
        Err(e) => {
            diags.push(Diagnostic::new(&file, e.pos, e.message).hint(e.hint));
            return Source { file, model: None };
        }
    };
    let sink = de::Sink::default();
    let model = de::read::<T>(&node, &sink);
    let problems = sink.into_problems();
    // Only a model read exactly (unknown keys aside) is checked further.
    let model = model.filter(|_| problems.iter().all(|p| p.skipped_key));
    for p in problems {
        let mut d = Diagnostic::new(&file, p.pos, p.message);
        d.hint = p.hint;
        diags.push(d);
    }
    Source { file, model }
}

/// Reads a file as UTF-8 text (a leading byte-order mark is dropped). Only a regular file
/// (or a link to one) is opened: a pipe or a device named like a source would block or
/// never end.
pub(crate) fn read_text(path: &Path, diags: &mut Vec<Diagnostic>) -> (Arc<SourceFile>, bool) {
    let bytes = match read_regular(path) {
        Ok(b) => b,
        Err(e) => {
            let file = SourceFile::new(path, String::new());
            let message = format!("cannot read this file ({})", io_reason(&e));
            diags.push(Diagnostic::new(&file, Pos::FILE, message).hint(format!(
                "a meeting folder needs {MEETING_FILE}, and {AGENDA_FILE}, {TIMEPLAN_FILE} or both, as regular files"
            )));
            return (file, false);
        }
    };
    let digest = crate::files::sha256_hex(&bytes);
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            (SourceFile::hashed(path, text, digest), true)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let line = before.matches('\n').count() as u32 + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            let file = SourceFile::new(path, String::from_utf8_lossy(&bytes).into_owned());
            diags.push(
                Diagnostic::new(&file, Pos::new(line, col), "this file is not valid UTF-8")
                    .hint("save the file as UTF-8 (every editor has this option)"),
            );
            (file, false)
        }
    }
}

/// Why a file is not YAML: where, what, and how to fix it.
struct ParseError {
    pos: Pos,
    message: String,
    hint: String,
}

impl ParseError {
    fn new(pos: Pos, message: String) -> Self {
        ParseError {
            pos,
            message,
            hint: "check the indentation and quoting around this place (YAML reference: yaml.org)"
                .to_string(),
        }
    }
}

/// Parses YAML text into a node tree, within limits that keep hostile input cheap.
fn parse(text: &str) -> Result<Node, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError {
            hint: "write its contents (`agenda new DIR` writes a meeting's sources to start from)"
                .to_string(),
            ..ParseError::new(Pos::FILE, "this file is empty".into())
        });
    }
    // With its budget: alias bombs and huge inputs are cut short. YAML 1.2 booleans only:
    // `en: No` or `en: y` is text, not `false`/`true`.
    let mut options = Options::default();
    options.strict_booleans = true;
    match serde_saphyr::from_str_with_options::<serde_saphyr::Spanned<node::Value>>(text, options) {
        Ok(root) => Ok(Node::from(root)),
        Err(e) => {
            let pos = e
                .location()
                .map(|l| Pos::new(l.line().max(1) as u32, l.column().max(1) as u32))
                .unwrap_or(Pos::FILE);
            if let Some(breach) = limits::breach(&e) {
                let (message, hint) = limits::breached(breach, limits::has_anchors(text));
                return Err(ParseError { pos, message, hint });
            }
            if let Some(tab) = tab_indent(text, pos.line + 1) {
                return Err(tab);
            }
            let message = first_line(&e.without_snippet().to_string());
            Err(ParseError::new(pos, plain_words(&message)))
        }
    }
}

/// The first tab used for indentation, up to line `last`: the parser reports it as
/// another problem, or on the line before, which would send the user looking elsewhere.
fn tab_indent(text: &str, last: u32) -> Option<ParseError> {
    let (i, line) = text
        .lines()
        .take(last as usize)
        .enumerate()
        .find(|(_, l)| l.trim_start_matches(' ').starts_with('\t') && !l.trim().is_empty())?;
    let col = line.chars().take_while(|c| *c == ' ').count() as u32 + 1;
    Some(ParseError {
        pos: Pos::new(i as u32 + 1, col),
        message: "a tab is used for indentation".to_string(),
        hint: "indent with spaces: YAML does not allow tabs in indentation".to_string(),
    })
}

/// A parser message in the words of the YAML the user wrote, without the parser's own
/// advice (which is about its options, not the file).
fn plain_words(message: &str) -> String {
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return format!("the key `{key}` appears twice in this mapping");
    }
    message.to_string()
}

/// The first line of a parser message, without any location it repeats.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or("invalid YAML").trim();
    let line = line.split(" at line ").next().unwrap_or(line);
    line.trim_end_matches('.').to_string()
}
