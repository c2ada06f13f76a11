//! `agenda revise` and `agenda publish`: starting revisions and freezing published ones.

use std::io::Write;
use std::path::Path;

use super::{ExitCode, Stream, console, usage};
use crate::validate;
use crate::{diag, load, lock};

/// `agenda revise`: copies the stream's latest version to the next revision file, with a
/// new `revision:` head. Never overwrites a file; refuses a stream with a gap.
pub(super) fn revise(
    dir: &Path,
    stream: Stream,
    summary: Option<&str>,
    date: Option<&str>,
) -> ExitCode {
    let (draft, folder) = match stream {
        Stream::Agenda => (load::AGENDA_FILE, load::AGENDA_REVISIONS),
        Stream::Timeplan => (load::TIMEPLAN_FILE, load::TIMEPLAN_REVISIONS),
    };
    let date = match revision_date(date) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let revisions = dir.join(folder);
    let next = match next_number(&revisions) {
        Ok(n) => n,
        Err(code) => return code,
    };
    let latest = match next {
        0 => dir.join(draft),
        n => revisions.join(format!("{}.yaml", n - 1)),
    };
    if next == 0 && std::fs::symlink_metadata(&latest).is_err() {
        return usage(&format!(
            "{} has no {draft}, so no revisions of it: a meeting without its draft publishes the other documents only",
            diag::display_path(dir)
        ));
    }
    let text = match read_latest(&latest) {
        Ok(t) => t,
        Err(code) => return code,
    };
    warn_of_date(dir, stream, date);
    let target = revisions.join(format!("{next}.yaml"));
    if let Err(e) = create_new(&target, &revision_text(&text, next == 0, (date, summary))) {
        return usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&target),
            crate::files::io_reason(&e)
        ));
    }
    let todo = if summary.is_some() {
        ""
    } else {
        ", write its summary"
    };
    console::stdout(&format!(
        "started {} (a copy of {}): edit it{todo}, then `agenda publish`\n",
        diag::display_path(&target),
        diag::display_path(&latest)
    ))
    .err()
    .unwrap_or(ExitCode::Ok)
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
        serde_json::to_string(summary.unwrap_or_default()).unwrap_or_default()
    );
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (schema, text) = crate::revise::schema_line(text, from_draft);
    let body = crate::revise::without_head(&text);
    format!("{}{head}{body}", schema.unwrap_or_default())
}

/// The date given with `--date`, or today.
fn revision_date(date: Option<&str>) -> Result<chrono::NaiveDate, ExitCode> {
    match date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| usage(&format!("`{d}` is not a date (write YYYY-MM-DD)"))),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// The text of the stream's latest version, which the new revision copies.
fn read_latest(latest: &Path) -> Result<String, ExitCode> {
    let shown = diag::display_path(latest);
    match crate::files::read_regular(latest).map(String::from_utf8) {
        Ok(Ok(t)) => Ok(t),
        Ok(Err(_)) => Err(usage(&format!(
            "{shown} is not valid UTF-8 (save it as UTF-8)"
        ))),
        Err(e) => Err(usage(&format!(
            "cannot read {shown} ({})",
            crate::files::io_reason(&e)
        ))),
    }
}

/// The number of the stream's next revision: one more than its last, if its revisions
/// run from 0 without a gap (otherwise the copy would not be of the latest one).
fn next_number(folder: &Path) -> Result<u32, ExitCode> {
    let mut diags = Vec::new();
    let listed = load::revisions::list(folder, &mut diags);
    if console::report(&mut diags) {
        return Err(ExitCode::Invalid);
    }
    let numbers: Vec<u32> = listed.iter().map(|(n, _)| *n).collect();
    match (0..).zip(&numbers).find(|(i, n)| i != *n) {
        Some((missing, n)) => Err(console::usage(&format!(
            "{} has no {missing}.yaml before {n}.yaml: restore it (or rename {n}.yaml to {missing}.yaml if it was never published) before starting the next revision",
            diag::display_path(folder)
        ))),
        None => Ok(numbers.len() as u32),
    }
}

/// Warns if `date` looks mistyped for the stream's next revision (before the latest one,
/// or a month or more from the meeting), when the meeting can be read.
fn warn_of_date(dir: &Path, stream: Stream, date: chrono::NaiveDate) {
    let loaded = load::load_meeting(dir, &mut Vec::new());
    let Some(meeting) = validate::validate(&loaded, &mut Vec::new()) else {
        return;
    };
    let previous = match stream {
        Stream::Agenda => meeting.agenda_revisions.last().map(|r| r.date),
        Stream::Timeplan => meeting.timeplan_revisions.last().map(|r| r.date),
    };
    let days = (meeting.meta.first_day, meeting.meta.last_day);
    if let Some(concern) = validate::date_concern(date, previous, days) {
        console::stderr(&format!(
            "warning: {concern}\n  = hint: give the date with --date YYYY-MM-DD\n"
        ));
    }
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

/// `agenda publish`: records the hashes of the meeting's sources in revisions.lock.
pub(super) fn publish_lock(dir: &Path, republish: bool) -> ExitCode {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    let valid = validate::validate(&loaded, &mut diags).is_some();
    let mut entries = loaded
        .lock
        .as_ref()
        .map(|l| lock::parse(l, &mut diags))
        .unwrap_or_default();
    if console::report(&mut diags) || !valid {
        return ExitCode::Invalid;
    }
    let mut said = String::new();
    let mut changed = Vec::new();
    for path in lock::published_files(&loaded) {
        let Some(hash) = lock::current_hash(dir, &path) else {
            continue;
        };
        let verb = match entries.get(&path) {
            Some(old) if hash.matches(old) => continue,
            Some(_) if !republish => {
                changed.push(path);
                continue;
            }
            Some(_) => "re-published",
            None => "published",
        };
        said.push_str(&format!("{verb} {path}\n"));
        entries.insert(path, hash.text);
    }
    if !changed.is_empty() {
        console::stderr(&format!(
            "error: published files were edited since: {}\n  = hint: undo the edits and start a new revision with `agenda revise`, or re-publish them with `agenda publish --republish`\n",
            changed.join(", ")
        ));
        return ExitCode::Invalid;
    }
    if let Err(e) = lock::write(dir, &entries) {
        let path = dir.join(load::LOCK_FILE);
        return usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&path),
            crate::files::io_reason(&e)
        ));
    }
    console::stdout(&said).err().unwrap_or(ExitCode::Ok)
}
