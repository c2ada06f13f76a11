//! `agenda diff`: what changed between two meeting folders or two versions of a stream.

use std::io::Write;
use std::path::Path;

use super::{DiffFormat, ExitCode, Stream, usage};
use crate::render::{self, inline::Markup};
use crate::validate::{self, Meeting};
use crate::{diag, load};

/// Loads and validates one meeting folder, printing its problems if it has any.
fn one_meeting(dir: &Path) -> Result<Meeting, ExitCode> {
    if !dir.join(load::MEETING_FILE).is_file() {
        return Err(usage(&format!(
            "{} is not a meeting folder (it has no {})",
            diag::display_path(dir),
            load::MEETING_FILE
        )));
    }
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    match validate::validate(&loaded, &mut diags) {
        Some(m) if diags.is_empty() => Ok(m),
        _ => {
            diag::sort(&mut diags);
            let _ = std::io::stderr().write_all(diag::render_all(&diags).as_bytes());
            Err(ExitCode::Invalid)
        }
    }
}

/// What one side of `agenda diff` names: a whole meeting, or one version of one stream.
enum Version {
    Meeting(Meeting),
    Agenda(crate::validate::Agenda, Meeting),
    Timeplan(crate::validate::Timeplan, Meeting),
}

/// Resolves a path: a meeting folder; its `agenda.yaml`/`timeplan.yaml` (the drafts); or a
/// revision file `revisions/agenda/N.yaml`, `revisions/timeplan/N.yaml`.
fn version(path: &Path) -> Result<Version, ExitCode> {
    if path.is_dir() {
        return one_meeting(path).map(Version::Meeting);
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let parent = path.parent().unwrap_or(Path::new(""));
    let stream = parent
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let in_revisions = parent
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "revisions");
    let number = name
        .strip_suffix(".yaml")
        .and_then(|n| n.parse::<u32>().ok());
    let (dir, stream, number) = match (name, number) {
        (load::AGENDA_FILE, _) => (parent, Stream::Agenda, None),
        (load::TIMEPLAN_FILE, _) => (parent, Stream::Timeplan, None),
        (_, Some(n)) if in_revisions && (stream == "agenda" || stream == "timeplan") => {
            let dir = parent
                .parent()
                .and_then(Path::parent)
                .unwrap_or(Path::new(""));
            (
                dir,
                if stream == "agenda" {
                    Stream::Agenda
                } else {
                    Stream::Timeplan
                },
                Some(n),
            )
        }
        _ => {
            return Err(usage(&format!(
                "{} is neither a meeting folder, nor agenda.yaml or timeplan.yaml, nor a revision file",
                diag::display_path(path)
            )));
        }
    };
    let meeting = one_meeting(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    })?;
    let missing = || {
        usage(&format!(
            "{} is not a revision of its meeting",
            diag::display_path(path)
        ))
    };
    match (stream, number) {
        (Stream::Agenda, None) => Ok(Version::Agenda(meeting.agenda.clone(), meeting)),
        (Stream::Timeplan, None) => Ok(Version::Timeplan(meeting.timeplan.clone(), meeting)),
        (Stream::Agenda, Some(n)) => {
            let doc = meeting
                .agenda_revisions
                .iter()
                .find(|r| r.number == n)
                .ok_or_else(missing)?
                .doc
                .clone();
            Ok(Version::Agenda(doc, meeting))
        }
        (Stream::Timeplan, Some(n)) => {
            let doc = meeting
                .timeplan_revisions
                .iter()
                .find(|r| r.number == n)
                .ok_or_else(missing)?
                .doc
                .clone();
            Ok(Version::Timeplan(doc, meeting))
        }
    }
}

pub(super) fn diff(old: &Path, new: &Path, format: DiffFormat, lang: Option<&str>) -> ExitCode {
    let (old, new) = match (version(old), version(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let (old, new, changes) = match (old, new) {
        (Version::Meeting(a), Version::Meeting(b)) => {
            let changes = crate::diff::diff(&a, &b);
            (a, b, changes)
        }
        (Version::Agenda(x, a), Version::Agenda(y, mut b)) => {
            let changes = crate::diff::Diff {
                meta: Vec::new(),
                agenda: crate::diff::agenda::diff(&x, &y),
                timeplan: Vec::new(),
            };
            b.agenda = y;
            (Meeting { agenda: x, ..a }, b, changes)
        }
        (Version::Timeplan(x, a), Version::Timeplan(y, mut b)) => {
            let changes = crate::diff::Diff {
                meta: Vec::new(),
                agenda: Vec::new(),
                timeplan: crate::diff::timeplan::diff(&x, &y),
            };
            b.timeplan = y;
            (Meeting { timeplan: x, ..a }, b, changes)
        }
        _ => {
            return usage(
                "compare like with like: two meeting folders, two agendas or two time plans",
            );
        }
    };
    let lang = lang.map_or_else(|| new.languages[0].clone(), str::to_string);
    if !new.languages.contains(&lang) {
        return usage(&format!(
            "the new version does not publish `{lang}` (it publishes {})",
            new.languages.join(", ")
        ));
    }
    match format {
        DiffFormat::Text => print!("{}", crate::diff::text::render(&changes, &new, &old, &lang)),
        DiffFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&changes).unwrap_or_default()
        ),
        DiffFormat::Md | DiffFormat::Html => {
            let markup = if format == DiffFormat::Md {
                Markup::Markdown
            } else {
                Markup::Html
            };
            print!(
                "{}",
                render::redline::summary(&changes, &old, &new, &lang, markup)
            );
        }
    }
    ExitCode::Ok
}
