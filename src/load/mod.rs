//! Stage 1, load: find the meetings under the given paths and read their YAML sources
//! into the typed model ([`model`]), reporting every problem of shape with its position.
//!
//! A meeting is a folder holding `meeting.yaml`, `agenda.yaml` and `timeplan.yaml`; its
//! id is the folder's name.

pub mod de;
pub mod model;
pub mod node;
pub mod spanned;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_saphyr::Options;

use crate::diag::{Diagnostic, Pos, SourceFile};
use model::{AgendaFile, MeetingFile, TimeplanFile};
use node::Node;

/// The three sources of one meeting, as read.
pub struct Loaded {
    pub id: String,
    pub dir: PathBuf,
    pub meeting: Source<MeetingFile>,
    pub agenda: Source<AgendaFile>,
    pub timeplan: Source<TimeplanFile>,
    /// `revisions/agenda/N.yaml`, by N (0 is the TD's first issue, 1 its Rev.1, …).
    pub agenda_revisions: Vec<(u32, Source<AgendaFile>)>,
    pub timeplan_revisions: Vec<(u32, Source<TimeplanFile>)>,
    /// `revisions.lock`, if there is one.
    pub lock: Option<Arc<SourceFile>>,
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
pub const LOCK_FILE: &str = "revisions.lock";
/// The folders of the two revision streams, inside a meeting folder.
pub const AGENDA_REVISIONS: &str = "revisions/agenda";
pub const TIMEPLAN_REVISIONS: &str = "revisions/timeplan";

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

/// The meeting folders under `paths`, sorted, each once.
pub fn find_meetings(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FindError> {
    let mut found = Vec::new();
    for root in paths {
        if !root.exists() {
            return Err(FindError::Missing(root.clone()));
        }
        for entry in walkdir::WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
        {
            let entry = entry.map_err(|e| FindError::Io(root.clone(), e.into()))?;
            if entry.file_type().is_file()
                && entry.file_name() == MEETING_FILE
                && let Some(dir) = entry.path().parent()
            {
                found.push(dir.to_path_buf());
            }
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

/// A meeting's id: its folder's name.
fn meeting_id(dir: &Path) -> String {
    dir.file_name()
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
        agenda: read_source(SourceFile::new(dir.join(AGENDA_FILE), agenda), diags),
        timeplan: read_source(SourceFile::new(dir.join(TIMEPLAN_FILE), timeplan), diags),
        agenda_revisions: Vec::new(),
        timeplan_revisions: Vec::new(),
        lock: None,
    }
}

/// Reads one meeting folder. Problems go to `diags`; the result holds whatever could be read.
pub fn load_meeting(dir: &Path, diags: &mut Vec<Diagnostic>) -> Loaded {
    Loaded {
        id: meeting_id(dir),
        dir: dir.to_path_buf(),
        meeting: load_file(&dir.join(MEETING_FILE), diags),
        agenda: load_file(&dir.join(AGENDA_FILE), diags),
        timeplan: load_file(&dir.join(TIMEPLAN_FILE), diags),
        agenda_revisions: load_revisions(&dir.join(AGENDA_REVISIONS), diags),
        timeplan_revisions: load_revisions(&dir.join(TIMEPLAN_REVISIONS), diags),
        lock: std::fs::read_to_string(dir.join(LOCK_FILE))
            .ok()
            .map(|t| SourceFile::new(dir.join(LOCK_FILE), t)),
    }
}

/// The revision files of one stream, `N.yaml`, sorted by N. Other files are reported.
fn load_revisions<T: for<'de> serde::Deserialize<'de>>(
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(u32, Source<T>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let number = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".yaml"))
            .and_then(|n| n.parse::<u32>().ok());
        match number {
            Some(n) => out.push((n, load_file(&path, diags))),
            None => {
                let file = SourceFile::new(&path, String::new());
                diags.push(Diagnostic::new(&file, Pos::new(1, 1), "not a revision file").hint(
                    "revision files are named by their number: 0.yaml is the first issue, 1.yaml Rev.1, …; use `agenda revise` to start one",
                ));
            }
        }
    }
    out.sort_by_key(|(n, _)| *n);
    out
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
        Err((pos, message)) => {
            diags.push(Diagnostic::new(&file, pos, message).hint(
                "check the indentation and quoting around this place (YAML reference: yaml.org)",
            ));
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

/// Reads a file as UTF-8 text (a leading byte-order mark is dropped).
fn read_text(path: &Path, diags: &mut Vec<Diagnostic>) -> (Arc<SourceFile>, bool) {
    let bytes =
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let file = SourceFile::new(path, String::new());
                let message = format!("cannot read this file ({})", io_reason(&e));
                diags.push(Diagnostic::new(&file, Pos::new(1, 1), message).hint(format!(
                "every meeting folder needs {MEETING_FILE}, {AGENDA_FILE} and {TIMEPLAN_FILE}"
            )));
                return (file, false);
            }
        };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            (SourceFile::new(path, text), true)
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

/// Parses YAML text into a node tree, within limits that keep hostile input cheap.
fn parse(text: &str) -> Result<Node, (Pos, String)> {
    if text.trim().is_empty() {
        return Err((Pos::new(1, 1), "this file is empty".into()));
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
                .unwrap_or(Pos::new(1, 1));
            let message = first_line(&e.without_snippet().to_string());
            let message = if message.starts_with("budget breached") {
                "this file is too large or expands too far (aliases repeated many times?) to be read safely".to_string()
            } else {
                message
            };
            Err((pos, message))
        }
    }
}

/// The first line of a parser message, without any location it repeats.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or("invalid YAML").trim();
    let line = line.split(" at line ").next().unwrap_or(line);
    line.trim_end_matches('.').to_string()
}
