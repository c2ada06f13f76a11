//! `agenda revise`, as a library function: the stream's latest version copied to the next
//! revision file, with a new `revision:` head. Never over a file; a stream with a gap in
//! its numbers is refused (the copy would not be of the latest).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{self, Diagnostic};
use crate::error::Error;
use crate::{load, validate};

/// The revision streams of a meeting: the agenda's and the time plan's TDs, and the
/// letter's addenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Stream {
    Agenda,
    Timeplan,
    Letter,
}

/// What `agenda revise` is asked to start.
pub struct Asked<'a> {
    /// The meeting folder.
    pub dir: &'a Path,
    pub stream: Stream,
    /// One line on what the revision changes; none leaves it for the chair to write.
    pub summary: Option<&'a str>,
    /// The revision's date, as given (`YYYY-MM-DD`); none for `today`.
    pub date: Option<&'a str>,
    /// Today, where no date is given.
    pub today: chrono::NaiveDate,
}

/// A revision started: its file, the version it copies (none for an addendum, which
/// gives only what changes), and a concern about its date.
pub struct Started {
    pub file: PathBuf,
    pub copy_of: Option<PathBuf>,
    /// A date that looks mistyped (before the latest revision, or far from the meeting).
    pub date_concern: Option<String>,
}

/// Starts the next revision of `a.stream`.
pub fn start(a: &Asked) -> Result<Started, Error> {
    let date = match a.date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| Error::usage(format!("`{d}` is not a date (write YYYY-MM-DD)")))?,
        None => a.today,
    };
    let (draft, folder) = match a.stream {
        Stream::Agenda => (load::AGENDA_FILE, load::AGENDA_REVISIONS),
        Stream::Timeplan => (load::TIMEPLAN_FILE, load::TIMEPLAN_REVISIONS),
        Stream::Letter => return super::addendum::start(a, date),
    };
    let revisions = a.dir.join(folder);
    let first = first_number(a.dir, a.stream)?;
    let next = next_number(&revisions, first)?;
    let from_draft = next == first;
    let latest = match from_draft {
        true => a.dir.join(draft),
        false => revisions.join(format!("{}.yaml", next - 1)),
    };
    if from_draft && std::fs::symlink_metadata(&latest).is_err() {
        return Err(Error::usage(format!(
            "{} has no {draft}, so no revisions of it: a meeting without its draft publishes the other documents only",
            diag::display_path(a.dir)
        )));
    }
    let text = read_latest(&latest)?;
    let date_concern = concern(a.dir, a.stream, date);
    let file = revisions.join(format!("{next}.yaml"));
    let text = revision_text(&text, from_draft, (date, a.summary));
    write_new(&file, &text)?;
    Ok(Started {
        file,
        copy_of: Some(latest),
        date_concern,
    })
}

/// The new revision file: the latest version's text (`from_draft` if that is the draft)
/// with a new `revision:` head, and its schema line made a revision's.
fn revision_text(
    text: &str,
    from_draft: bool,
    (date, summary): (chrono::NaiveDate, Option<&str>),
) -> String {
    let head = format!(
        "revision:\n  date: {date}\n  summary: {}\n",
        super::yaml_string(summary.unwrap_or_default())
    );
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (schema, text) = super::schema_line(text, from_draft);
    let body = super::without_head(&text);
    format!("{}{head}{body}", schema.unwrap_or_default())
}

/// The text of the stream's latest version, which the new revision copies.
fn read_latest(latest: &Path) -> Result<String, Error> {
    let shown = diag::display_path(latest);
    match crate::files::read_regular(latest).map(String::from_utf8) {
        Ok(Ok(t)) => Ok(t),
        Ok(Err(_)) => Err(Error::usage(format!(
            "{shown} is not valid UTF-8 (save it as UTF-8)"
        ))),
        Err(e) => Err(Error::usage(format!(
            "cannot read {shown} ({})",
            crate::files::io_reason(&e)
        ))),
    }
}

/// The number of the stream's next revision: one more than its last, if its revisions
/// run from `first` without a gap (otherwise the copy would not be of the latest one).
pub(super) fn next_number(folder: &Path, first: u32) -> Result<u32, Error> {
    let mut diags = Vec::new();
    let listed = load::revisions::list(folder, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        diag::sort(&mut diags);
        return Err(Error::Invalid(diags));
    }
    let numbers: Vec<u32> = listed.iter().map(|(n, _)| *n).collect();
    match (first..).zip(&numbers).find(|(i, n)| i != *n) {
        Some((missing, n)) if *n > missing => Err(Error::usage(format!(
            "{} has no {missing}.yaml before {n}.yaml: restore it (or rename {n}.yaml to {missing}.yaml if it was never published) before starting the next revision",
            diag::display_path(folder)
        ))),
        Some((_, n)) => Err(Error::usage(format!(
            "{} has {n}.yaml, but the numbered draft (`draft_number` in {}) is the stream's first issue: rename its files one number up (0.yaml to 1.yaml, Rev.1) before starting the next revision",
            diag::display_path(folder),
            load::MEETING_FILE
        ))),
        None => Ok(first + numbers.len() as u32),
    }
}

/// The number a stream's revisions start at: 1 (Rev.1) where the numbered draft is its
/// first issue, else 0. Which stream goes on from a numbered draft is known once the
/// meeting is read without errors.
fn first_number(dir: &Path, stream: Stream) -> Result<u32, Error> {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    if let Some(meeting) = validate::validate(&loaded, &mut diags) {
        let number = match stream {
            Stream::Agenda => &meeting.meta.agenda_update,
            Stream::Timeplan => &meeting.meta.timeplan_update,
            // The letter's addenda are numbered from 1.
            Stream::Letter => return Ok(1),
        };
        return Ok(meeting.meta.first_revision(number));
    }
    let numbered = (loaded.meeting.model.as_ref()).is_some_and(|m| m.draft_number.is_some());
    if !numbered {
        return Ok(0);
    }
    diag::sort(&mut diags);
    Err(Error::Invalid(diags))
}

/// What looks mistyped in `date` for the stream's next revision (before the latest one,
/// or a month or more from the meeting), when the meeting can be read.
fn concern(dir: &Path, stream: Stream, date: chrono::NaiveDate) -> Option<String> {
    let loaded = load::load_meeting(dir, &mut Vec::new());
    let meeting = validate::validate(&loaded, &mut Vec::new())?;
    let previous = match stream {
        Stream::Agenda => meeting.agenda_revisions.last().map(|r| r.date),
        Stream::Timeplan => meeting.timeplan_revisions.last().map(|r| r.date),
        Stream::Letter => meeting.addenda.last().map(|a| a.date),
    };
    let days = (meeting.meta.first_day, meeting.meta.last_day);
    validate::date_concern(date, previous, days)
}

/// Writes `text` as the new revision file `file`, or says why it cannot.
pub(super) fn write_new(file: &Path, text: &str) -> Result<(), Error> {
    create_new(file, text).map_err(|e| {
        Error::usage(format!(
            "cannot write {} ({})",
            diag::display_path(file),
            crate::files::io_reason(&e)
        ))
    })
}

/// Writes `text` as a new file `path` (never over an existing one), making its folder.
fn create_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}
