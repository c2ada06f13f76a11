//! `agenda diff`, as a library function: what changed between two meeting folders, or
//! between two versions of a stream: the drafts (`agenda.yaml`, `timeplan.yaml`), revision
//! files (`revisions/agenda/N.yaml`), or such files on their own, outside a meeting folder;
//! said as the summary of [`crate::render::summary`] or as JSON.

use std::path::Path;

use crate::diag::{self, Diagnostic};
use crate::diff::revisions::RevisionChange;
use crate::diff::{self, Diff};
use crate::error::Error;
use crate::load;
use crate::load::model::{AgendaFile, TimeplanFile};
use crate::model::{Agenda, Meeting, Syntax, Timeplan};
use crate::render::inline::Markup;
use crate::render::summary::summary;
use crate::render::summary::{Section, SectionBody, Style};
use crate::validate::{self};

/// Displays of a diff: `text` for a terminal, `md` and `html` for documents (in the
/// reader's language), `json` for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Md,
    Html,
    Json,
}

/// What `agenda diff` says: the changes in the format asked for, and the warnings found
/// in the versions read.
pub struct Said {
    pub text: String,
    pub warnings: Vec<Diagnostic>,
}

/// The problems found in what is read, warnings kept for the report.
type Found<'a> = &'a mut Vec<Diagnostic>;

/// What one side of `agenda diff` names.
enum Version {
    Meeting(Box<Meeting>),
    Agenda(Agenda, Reading),
    Timeplan(Timeplan, Reading),
}

/// How a stream file's texts read: its languages, and whether they are Markdown (as its
/// meeting says; a file on its own is read literally).
struct Reading {
    languages: Vec<String>,
    syntax: Syntax,
}

/// Keeps the warnings of `diags` in `found`; Err with every problem if any is an error.
fn problems(mut diags: Vec<Diagnostic>, found: Found) -> Result<(), Error> {
    if diags.iter().any(Diagnostic::is_error) {
        diags.append(found);
        diag::sort(&mut diags);
        return Err(Error::Invalid(diags));
    }
    found.append(&mut diags);
    Ok(())
}

/// A version the checks refused without saying why: a fault of the tool, never silent.
fn unchecked(path: &Path) -> Error {
    Error::Internal {
        message: format!(
            "{} was refused without a problem being said (a fault of agenda)",
            diag::display_path(path)
        ),
        problems: Vec::new(),
    }
}

/// Loads and validates one meeting folder.
fn one_meeting(dir: &Path, found: Found) -> Result<Meeting, Error> {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    let meeting = validate::validate(&loaded, &mut diags);
    problems(diags, found)?;
    meeting.ok_or_else(|| unchecked(dir))
}

/// The meeting folder a stream file belongs to, if it is inside one.
fn meeting_of(path: &Path) -> Option<(&Path, Option<u32>)> {
    // A file named alone (`agenda.yaml`) is in the current folder.
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let parent = parent.unwrap_or(Path::new("."));
    let name = path.file_name()?.to_str()?;
    if parent.join(load::MEETING_FILE).is_file() {
        return Some((parent, None));
    }
    let number = name.strip_suffix(".yaml")?.parse::<u32>().ok()?;
    let dir = parent.parent()?.parent()?;
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    (parent.parent()?.file_name()? == "revisions" && dir.join(load::MEETING_FILE).is_file())
        .then_some((dir, Some(number)))
}

/// Resolves one side: a meeting folder, or a stream file (in its meeting, or on its own).
fn version(path: &Path, found: Found) -> Result<Version, Error> {
    if path.is_dir() {
        if !path.join(load::MEETING_FILE).is_file() {
            return Err(Error::usage(format!(
                "{} is not a meeting folder (it has no {})",
                diag::display_path(path),
                load::MEETING_FILE
            )));
        }
        return one_meeting(path, found).map(|m| Version::Meeting(Box::new(m)));
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!(
            "cannot read {} ({})",
            diag::display_path(path),
            crate::files::io_reason(&e)
        ))
    })?;
    let is_timeplan = text.lines().any(|l| l.starts_with("days:"));
    match meeting_of(path) {
        Some((dir, number)) => match stream_of(path, number)? {
            Some(is_timeplan) => {
                let meeting = one_meeting(dir, found)?;
                in_meeting(path, meeting, is_timeplan, number)
            }
            // Another file beside the sources (a copy): read on its own.
            None => standalone(path, is_timeplan, found),
        },
        None => standalone(path, is_timeplan, found),
    }
}

/// Whether a file of a meeting folder is the version of its time plan (true) or of its
/// agenda (false) that the meeting reads, by its name (`timeplan.yaml`) or its folder's
/// (`revisions/timeplan/`); none for another file (a copy kept beside them). The meeting's
/// details and its lock are no version of a stream.
fn stream_of(path: &Path, number: Option<u32>) -> Result<Option<bool>, Error> {
    let named = match number {
        None => path.file_name(),
        Some(_) => path.parent().and_then(Path::file_name),
    };
    let named = named.and_then(|n| n.to_str()).unwrap_or_default();
    match named {
        "agenda" | load::AGENDA_FILE => Ok(Some(false)),
        "timeplan" | load::TIMEPLAN_FILE => Ok(Some(true)),
        load::MEETING_FILE | load::LOCK_FILE => Err(Error::with_hint(
            format!(
                "{} is not a version of the agenda or the time plan (those are {}, {} and revisions/<agenda|timeplan>/N.yaml)",
                diag::display_path(path),
                load::AGENDA_FILE,
                load::TIMEPLAN_FILE
            ),
            "give two versions of one stream, or two meeting folders",
        )),
        _ => Ok(None),
    }
}

fn in_meeting(
    path: &Path,
    m: Meeting,
    is_timeplan: bool,
    number: Option<u32>,
) -> Result<Version, Error> {
    let missing = || {
        Error::usage(format!(
            "{} is not a revision of its meeting",
            diag::display_path(path)
        ))
    };
    // A revision is read in the updates' languages, a draft in all the meeting's.
    let languages = match number {
        Some(_) => m.update_languages.clone(),
        None => m.languages.clone(),
    };
    let langs = Reading {
        languages,
        syntax: m.meta.syntax,
    };
    Ok(match (is_timeplan, number) {
        (false, None) => Version::Agenda(m.agenda, langs),
        (true, None) => Version::Timeplan(m.timeplan, langs),
        (false, Some(n)) => Version::Agenda(
            m.agenda_revisions
                .into_iter()
                .find(|r| r.number == n)
                .ok_or_else(missing)?
                .doc,
            langs,
        ),
        (true, Some(n)) => Version::Timeplan(
            m.timeplan_revisions
                .into_iter()
                .find(|r| r.number == n)
                .ok_or_else(missing)?
                .doc,
            langs,
        ),
    })
}

fn standalone(path: &Path, is_timeplan: bool, found: Found) -> Result<Version, Error> {
    let mut diags = Vec::new();
    let version = if is_timeplan {
        let source = load::load_file::<TimeplanFile>(path, &mut diags);
        validate::standalone_timeplan(&source, &mut diags).map(|t| {
            let languages = t.heading.0.keys().cloned().collect();
            Version::Timeplan(
                t,
                Reading {
                    languages,
                    syntax: Syntax::Literal,
                },
            )
        })
    } else {
        let source = load::load_file::<AgendaFile>(path, &mut diags);
        validate::standalone_agenda(&source, &mut diags).map(|a| {
            let languages = a.heading.0.keys().cloned().collect();
            Version::Agenda(
                a,
                Reading {
                    languages,
                    syntax: Syntax::Literal,
                },
            )
        })
    };
    problems(diags, found)?;
    version.ok_or_else(|| unchecked(path))
}

/// The changes, and what they were computed from: the time plans of each part (whose
/// slots name the places of changed sessions), and the new version's languages.
struct Compared {
    diff: Diff,
    /// The drafts' (or the files') time plans, old and new.
    timeplans: (Timeplan, Timeplan),
    /// Between meeting folders: both meetings, for their revisions' time plans.
    meetings: Option<(Box<Meeting>, Box<Meeting>)>,
    languages: Vec<String>,
}

impl Version {
    /// What it is, in words.
    fn kind(&self) -> &'static str {
        match self {
            Version::Meeting(_) => "a meeting folder",
            Version::Agenda(..) => "an agenda",
            Version::Timeplan(..) => "a time plan",
        }
    }
}

/// The changes from `old` to `new` (at `paths`, to name them).
fn versions(old: Version, new: Version, paths: [&Path; 2]) -> Result<Compared, Error> {
    let unlike = format!(
        "{} is {} and {} is {}: compare like with like (two meeting folders, two agendas or two time plans)",
        diag::display_path(paths[0]),
        old.kind(),
        diag::display_path(paths[1]),
        new.kind()
    );
    Ok(match (old, new) {
        (Version::Meeting(a), Version::Meeting(b)) => Compared {
            diff: diff::diff(&a, &b),
            languages: b.languages.clone(),
            timeplans: (a.timeplan.clone(), b.timeplan.clone()),
            meetings: Some((a, b)),
        },
        (Version::Agenda(a, _), Version::Agenda(b, Reading { languages, syntax })) => Compared {
            diff: Diff {
                agenda: diff::agenda::diff(&a, &b, syntax),
                ..Diff::default()
            },
            timeplans: Default::default(),
            meetings: None,
            languages,
        },
        (Version::Timeplan(a, _), Version::Timeplan(b, Reading { languages, syntax })) => {
            Compared {
                diff: Diff {
                    timeplan: diff::timeplan::diff(&a, &b, syntax),
                    ..Diff::default()
                },
                timeplans: (a, b),
                meetings: None,
                languages,
            }
        }
        _ => return Err(Error::usage(unlike)),
    })
}

/// The parts of the summary for `agenda diff --format md|html`: the drafts, then each
/// revision that changed.
fn sections(c: &Compared) -> Vec<Section<'_>> {
    let drafts = Section {
        heading: None,
        body: SectionBody::Changes {
            diff: &c.diff,
            timeplans: (&c.timeplans.0, &c.timeplans.1),
        },
    };
    let mut out = vec![drafts];
    for r in &c.diff.revisions {
        let body = match &r.change {
            RevisionChange::Added => SectionBody::Added,
            RevisionChange::Removed => SectionBody::Removed,
            RevisionChange::Changed(d) => SectionBody::Changes {
                diff: d,
                timeplans: revision_timeplans(c, r.number)
                    .unwrap_or((&c.timeplans.0, &c.timeplans.1)),
            },
        };
        out.push(Section {
            heading: Some(r.document.clone()),
            body,
        });
    }
    out
}

/// The time plans of revision `number` of both meetings, if both have it.
fn revision_timeplans(c: &Compared, number: u32) -> Option<(&Timeplan, &Timeplan)> {
    let (a, b) = c.meetings.as_ref()?;
    let old = crate::model::numbered(&a.timeplan_revisions, number)?;
    let new = crate::model::numbered(&b.timeplan_revisions, number)?;
    Some((&old.doc, &new.doc))
}

/// What changed from `old` to `new`, in `format` and (for a summary) in `lang` (by
/// default the new version's first language).
pub fn compare(
    (old, new): (&Path, &Path),
    format: DiffFormat,
    lang: Option<&str>,
) -> Result<Said, Error> {
    let mut warnings = Vec::new();
    // The new version is read only if the old one can be.
    let a = version(old, &mut warnings)?;
    let c = versions(a, version(new, &mut warnings)?, [old, new])?;
    let Some(lang) = lang
        .map(str::to_string)
        .or_else(|| c.languages.first().cloned())
    else {
        return Err(Error::usage("the new version has no language"));
    };
    if !c.languages.contains(&lang) {
        return Err(Error::usage(format!(
            "the new version does not publish `{lang}` (it publishes {})",
            c.languages.join(", ")
        )));
    }
    let text = match format {
        DiffFormat::Json => json(&c.diff)?,
        DiffFormat::Text => summary(&sections(&c), &lang, Style::Terminal),
        DiffFormat::Md => summary(&sections(&c), &lang, Style::Document(Markup::Markdown)),
        DiffFormat::Html => summary(&sections(&c), &lang, Style::Document(Markup::Html)),
    };
    diag::sort(&mut warnings);
    Ok(Said { text, warnings })
}

/// The diff as JSON, a line at its end.
fn json(diff: &Diff) -> Result<String, Error> {
    serde_json::to_string_pretty(diff)
        .map(|json| json + "\n")
        .map_err(|e| Error::usage(format!("cannot write the diff as JSON ({e})")))
}
