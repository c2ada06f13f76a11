//! Stage 2, validate: check what the sources mean and resolve them into a
//! [`Meeting`](crate::model::Meeting), the plain data every renderer reads. Every problem
//! is reported, each at its position.
//!
//! Displayed numbers (5.1, 14.6) and weekdays are derived here, never read from the sources.

mod addenda;
mod agenda;
mod allocation;
mod deadlines;
mod letter;
mod numbers;
mod register;
mod standalone;
mod text;
mod timeplan;

use std::sync::Arc;

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::diag::{Diagnostic, Pos, SourceFile};
use crate::load::model::{MeetingFile, RevisionHeader};
use crate::load::spanned::Sp;
use crate::load::{AGENDA_FILE, Loaded, MEETING_FILE, Source, TIMEPLAN_FILE};
use crate::model::documents::Register;
use crate::model::{Addendum, Agenda, Letter, Meeting, Meta, Revision, Syntax, Timeplan};
pub use standalone::{standalone_agenda, standalone_timeplan};
pub use text::MAX_TEXT;

/// Checks a loaded meeting. `None` (with `diags` filled) if it is not fit to render.
pub fn validate(loaded: &Loaded, diags: &mut Vec<Diagnostic>) -> Option<Meeting> {
    let before = diags.len();
    check_id(loaded, diags);
    let meta_src = loaded.meeting.model.as_ref()?;
    let mut cx = Cx {
        file: Arc::clone(&loaded.meeting.file),
        diags,
        languages: Vec::new(),
        optional: Vec::new(),
    };
    cx.languages = languages(meta_src, &mut cx);
    if cx.languages.is_empty() {
        // Every text would be reported against an empty list: the one error is enough.
        return None;
    }
    let update_languages = update_languages(meta_src, &mut cx);
    let meta = meta(meta_src, numbers::Revised::of(loaded), &mut cx);
    let streams = Streams::new(meta.as_ref(), &cx.languages, &update_languages);
    parts(loaded, &mut cx);
    let drafts = drafts(loaded, meta.as_ref(), &streams, &mut cx);
    let (letter, addenda) = letters(loaded, meta.as_ref(), &mut cx);
    if diags[before..].iter().any(Diagnostic::is_error) {
        return None;
    }
    Some(Meeting {
        id: loaded.id.clone(),
        languages: streams.draft,
        update_languages,
        meta: meta?,
        agenda: drafts.agenda?,
        timeplan: drafts.timeplan?,
        agenda_revisions: drafts.agenda_revisions?,
        timeplan_revisions: drafts.timeplan_revisions?,
        has_agenda: loaded.agenda.is_some(),
        has_timeplan: loaded.timeplan.is_some(),
        letter: letter?,
        addenda: addenda?,
        register: drafts.register,
    })
}

/// The drafts and their revisions, and the register they allocate from, checked.
struct Drafts {
    agenda: Option<Agenda>,
    timeplan: Option<Timeplan>,
    agenda_revisions: Option<Vec<Revision<Agenda>>>,
    timeplan_revisions: Option<Vec<Revision<Timeplan>>>,
    register: Option<Arc<Register>>,
}

/// The time plans first (agenda items name their sessions; their problems are reported
/// after the agenda's, in the order the files are read), then the register (its
/// documents are for the plans' groups), the agendas, and the sessions' documents.
fn drafts(loaded: &Loaded, meta: Option<&Meta>, streams: &Streams, cx: &mut Cx) -> Drafts {
    let days = meta.map(|m| (m.first_day, m.last_day));
    let mut plan_diags = Vec::new();
    let mut plan_cx = Cx {
        file: plan_file(loaded),
        diags: &mut plan_diags,
        languages: cx.languages.clone(),
        optional: Vec::new(),
    };
    let (mut timeplan, mut timeplan_revisions) = timeplans(loaded, days, streams, &mut plan_cx);
    let plans = (timeplan.as_ref(), timeplan_revisions.as_deref());
    let register = documents(loaded, plans, cx);
    let against = Against::new(loaded, meta, register.as_ref());
    let (agenda, agenda_revisions) = agendas(loaded, &against, streams, plans, cx);
    let plans = (timeplan.as_mut(), timeplan_revisions.as_mut());
    session_documents(loaded, &against, plans, &mut plan_cx);
    cx.diags.append(&mut plan_diags);
    Drafts {
        agenda,
        timeplan,
        agenda_revisions,
        timeplan_revisions,
        register,
    }
}

/// The letter (where the meeting has one) and its addenda.
type Letters = (Option<Option<Letter>>, Option<Vec<Addendum>>);

/// The letter and its addenda, checked on the meeting's details.
fn letters(loaded: &Loaded, meta: Option<&Meta>, cx: &mut Cx) -> Letters {
    let deadlines = meta.map(|m| m.deadlines.as_slice());
    let letter = letter::letter((loaded.letter.as_ref(), &loaded.paragraphs), deadlines, cx);
    let addenda = match (meta, &letter) {
        (Some(m), Some(l)) => addenda::addenda(loaded, (m, l.as_ref()), cx),
        _ => None,
    };
    (letter, addenda)
}

/// The file a time plan's problems are first said in: `timeplan.yaml`, or `meeting.yaml`
/// for a meeting without one.
fn plan_file(loaded: &Loaded) -> Arc<SourceFile> {
    let file = loaded
        .timeplan
        .as_ref()
        .map_or(&loaded.meeting.file, |t| &t.file);
    Arc::clone(file)
}

/// A meeting needs a draft agenda, a draft time plan or both; a stream of revisions needs
/// its draft.
fn parts(loaded: &Loaded, cx: &mut Cx) {
    cx.file = Arc::clone(&loaded.meeting.file);
    if loaded.agenda.is_none() && loaded.timeplan.is_none() {
        cx.error(
            Pos::FILE,
            format!("this meeting has neither {AGENDA_FILE} nor {TIMEPLAN_FILE}"),
            format!("add {AGENDA_FILE} (the draft agenda), {TIMEPLAN_FILE} (the draft time plan) or both beside {MEETING_FILE}"),
        );
    }
    let first = |absent: bool, list: Option<&Arc<SourceFile>>| list.filter(|_| absent).cloned();
    let orphans = [
        (
            first(
                loaded.agenda.is_none(),
                loaded.agenda_revisions.first().map(|(_, s)| &s.file),
            ),
            AGENDA_FILE,
        ),
        (
            first(
                loaded.timeplan.is_none(),
                loaded.timeplan_revisions.first().map(|(_, s)| &s.file),
            ),
            TIMEPLAN_FILE,
        ),
    ];
    for (file, draft) in orphans {
        if let Some(file) = file {
            cx.file = file;
            cx.error(
                Pos::FILE,
                format!("a revision of a draft the meeting does not have ({draft})"),
                format!("add {draft}, the draft this stream revises, or remove the revisions"),
            );
        }
    }
    cx.file = Arc::clone(&loaded.meeting.file);
}

/// The languages texts are required in: the draft's, and the updates' (fewer, or the
/// same); and the number each stream's revision files start at.
struct Streams {
    draft: Vec<String>,
    updates: Vec<String>,
    agenda_first: u32,
    timeplan_first: u32,
}

impl Streams {
    /// The streams of a meeting with `meta` (where it is valid) and its languages.
    fn new(meta: Option<&Meta>, draft: &[String], updates: &[String]) -> Streams {
        let first = |number: fn(&Meta) -> &String| meta.map_or(0, |m| m.first_revision(number(m)));
        Streams {
            draft: draft.to_vec(),
            updates: updates.to_vec(),
            agenda_first: first(|m| &m.agenda_update),
            timeplan_first: first(|m| &m.timeplan_update),
        }
    }

    /// Makes `cx` require the updates' languages (and accept the draft's others).
    fn for_updates(&self, cx: &mut Cx) {
        cx.languages = self.updates.clone();
        cx.optional = self.draft.clone();
    }

    /// Makes `cx` require the draft's languages.
    fn for_draft(&self, cx: &mut Cx) {
        cx.languages = self.draft.clone();
        cx.optional = Vec::new();
    }
}

/// What the agendas are read against besides the time plans: the meeting's days, its
/// document register, and the draft's date.
struct Against<'a> {
    days: Option<(NaiveDate, NaiveDate)>,
    register: Option<&'a Arc<Register>>,
    /// Whether the meeting has a register (which may have problems of its own).
    has_register: bool,
    draft_date: Option<NaiveDate>,
}

impl<'a> Against<'a> {
    fn new(loaded: &Loaded, meta: Option<&Meta>, register: Option<&'a Arc<Register>>) -> Self {
        Against {
            days: meta.map(|m| (m.first_day, m.last_day)),
            register,
            has_register: loaded.register.is_some(),
            draft_date: meta.map(Meta::draft_issued),
        }
    }

    /// What an issue dated `date` may allocate.
    fn documents(&self, date: Option<NaiveDate>) -> agenda::Documents<'_> {
        agenda::Documents {
            register: self.register,
            present: self.has_register,
            date,
            named_only: false,
        }
    }
}

/// The documents the sessions of the time plans list, each plan read against the
/// register as of its date.
fn session_documents(
    loaded: &Loaded,
    against: &Against,
    (draft, revisions): (Option<&mut Timeplan>, Option<&mut Vec<Revision<Timeplan>>>),
    cx: &mut Cx,
) {
    let register = (against.register.map(|r| r.as_ref()), against.has_register);
    if let (Some(plan), Some(source)) = (draft, &loaded.timeplan)
        && let Some(src) = &source.model
    {
        cx.file = Arc::clone(&source.file);
        allocation::sessions(src, plan, register, against.draft_date, cx);
    }
    for revision in revisions.into_iter().flatten() {
        let source = loaded
            .timeplan_revisions
            .iter()
            .find(|(n, _)| *n == revision.number);
        let Some((_, source)) = source else { continue };
        if let Some(src) = &source.model {
            cx.file = Arc::clone(&source.file);
            allocation::sessions(src, &mut revision.doc, register, Some(revision.date), cx);
        }
    }
}

/// The document register, checked against the groups of the time plans.
fn documents(
    loaded: &Loaded,
    (draft, plans): (Option<&Timeplan>, Option<&[Revision<Timeplan>]>),
    cx: &mut Cx,
) -> Option<Arc<Register>> {
    let read = loaded.register.as_ref()?;
    let revised = plans.unwrap_or_default().iter().map(|r| &r.doc);
    let mut groups: Vec<&crate::model::Group> = Vec::new();
    for g in draft.into_iter().chain(revised).flat_map(|p| &p.groups) {
        if !groups.iter().any(|h| h.id == g.id) {
            groups.push(g);
        }
    }
    let out = register::register(read, &groups, cx);
    cx.file = Arc::clone(&loaded.meeting.file);
    out
}

/// The draft agenda and the agenda revisions, checked against the time plans their items
/// name sessions of, and the register.
fn agendas(
    loaded: &Loaded,
    against: &Against,
    streams: &Streams,
    (draft_plan, plans): (Option<&Timeplan>, Option<&[Revision<Timeplan>]>),
    cx: &mut Cx,
) -> (Option<Agenda>, Option<Vec<Revision<Agenda>>>) {
    // Where the time plans have problems of their own, the items' session names are
    // still checked, against the names the plans' files give.
    let named = session_names(loaded);
    let sessions = |plan| agenda::Sessions::of(plan, named.as_deref());
    // A meeting without an agenda has an empty one, which is not published.
    let draft = match &loaded.agenda {
        None => Some(Agenda::default()),
        Some(source) => source.model.as_ref().and_then(|a| {
            cx.file = Arc::clone(&source.file);
            agenda::agenda(
                a,
                sessions(draft_plan),
                against.documents(against.draft_date),
                cx,
            )
        }),
    };
    let dated = |a: &crate::load::model::AgendaFile| {
        a.revision
            .as_ref()
            .and_then(|h| NaiveDate::parse_from_str(h.value.date.value.trim(), "%Y-%m-%d").ok())
    };
    let in_effect =
        |a: &crate::load::model::AgendaFile| sessions(plan_in_effect(dated(a), draft_plan, plans));
    streams.for_updates(cx);
    let revisions = revisions(
        &loaded.agenda_revisions,
        cx,
        Expected {
            days: against.days,
            first: streams.agenda_first,
        },
        |a, cx| agenda::agenda(a, in_effect(a), against.documents(dated(a)), cx),
        |a| &a.revision,
    );
    streams.for_draft(cx);
    (draft, revisions)
}

/// Every session name the time-plan files give (a session's `id`, a cell's
/// `date/slot`), read from the files as they are, whether or not they pass their checks;
/// none if no time-plan file could be read at all.
fn session_names(loaded: &Loaded) -> Option<Vec<String>> {
    let drafts = loaded.timeplan.iter();
    let files = drafts.chain(loaded.timeplan_revisions.iter().map(|(_, s)| s));
    let models: Vec<_> = files.filter_map(|s| s.model.as_ref()).collect();
    if models.is_empty() {
        return None;
    }
    let mut names = Vec::new();
    for t in models {
        names.extend(t.sessions.0.iter().map(|s| s.id.value.trim().to_string()));
        for day in &t.days.value.0 {
            let cells = day.cells.iter().flat_map(|c| c.value.0.iter());
            let date = day.date.value.trim();
            names.extend(cells.map(|c| format!("{date}/{}", c.slot.value)));
        }
    }
    Some(names)
}

/// The draft time plan and the time-plan revisions, checked.
fn timeplans(
    loaded: &Loaded,
    days: Option<(NaiveDate, NaiveDate)>,
    streams: &Streams,
    cx: &mut Cx,
) -> (Option<Timeplan>, Option<Vec<Revision<Timeplan>>>) {
    let Some(days) = days else {
        return (None, None);
    };
    // A meeting without a time plan has an empty one, which is not published.
    let draft = match &loaded.timeplan {
        None => Some(Timeplan::default()),
        Some(source) => source
            .model
            .as_ref()
            .and_then(|t| timeplan::timeplan(t, days, cx)),
    };
    streams.for_updates(cx);
    let revisions = revisions(
        &loaded.timeplan_revisions,
        cx,
        Expected {
            days: Some(days),
            first: streams.timeplan_first,
        },
        |t, cx| timeplan::timeplan(t, days, cx),
        |t| &t.revision,
    );
    streams.for_draft(cx);
    (draft, revisions)
}

/// The time plan an agenda revision dated `date` is read with: the last time-plan
/// revision issued on or before it; else (the updates are issued during the meeting) the
/// first time-plan revision; else the draft. The draft agenda (no date) goes with the
/// draft time plan.
fn plan_in_effect<'a>(
    date: Option<NaiveDate>,
    draft: Option<&'a Timeplan>,
    revisions: Option<&'a [Revision<Timeplan>]>,
) -> Option<&'a Timeplan> {
    let Some(date) = date else {
        return draft;
    };
    let revisions = revisions.unwrap_or_default();
    let mut issued = revisions.iter().filter(|r| r.date <= date);
    let found = issued.next_back().or(revisions.first());
    found.map(|r| &r.doc).or(draft)
}

/// Whether the `i`th revision file of a stream whose revisions start at `first` is
/// numbered as it should be; reported where it is not.
fn numbered(number: u32, first: u32, i: usize, cx: &mut Cx) -> bool {
    let expected = first + i as u32;
    if number == expected {
        return true;
    }
    if number < first {
        cx.error(
            Pos::FILE,
            "revision 0 would be a second first issue: the numbered draft (`draft_number` in meeting.yaml) is this stream's first issue",
            "its revisions are numbered from 1.yaml (Rev.1): rename the files one number up",
        );
    } else {
        cx.error(
            Pos::FILE,
            format!("revision {number} has no revision {expected} before it"),
            format!(
                "revisions are numbered {first}, {}, {}… without gaps: rename this file {expected}.yaml",
                first + 1,
                first + 2
            ),
        );
    }
    false
}

/// Where a stream's revisions are expected: near the meeting's days, numbered from
/// `first` (0; 1 where the numbered draft is the stream's first issue).
#[derive(Clone, Copy)]
struct Expected {
    days: Option<(NaiveDate, NaiveDate)>,
    first: u32,
}

/// Checks the revision files of one stream: numbered from its first without gaps, each
/// with its `revision:` head and a valid document. A date out of order or far from the
/// meeting's days is a warning (a year mistyped, say).
fn revisions<F, T>(
    files: &[(u32, Source<F>)],
    cx: &mut Cx,
    expected: Expected,
    check: impl Fn(&F, &mut Cx) -> Option<T>,
    head: impl Fn(&F) -> &Option<Sp<RevisionHeader>>,
) -> Option<Vec<Revision<T>>> {
    let mut out: Option<Vec<Revision<T>>> = Some(Vec::new());
    for (i, (number, source)) in files.iter().enumerate() {
        cx.file = Arc::clone(&source.file);
        let Some(model) = &source.model else {
            out = None;
            continue;
        };
        // Files numbered below the first are reported, and not counted for the rest.
        let below = files.iter().filter(|(n, _)| *n < expected.first).count();
        if !numbered(*number, expected.first, i.saturating_sub(below), cx) {
            out = None;
        }
        let Some(h) = head(model) else {
            cx.error(Pos::FILE, "a revision file needs a `revision:` head", "add `revision:` with `date:` (YYYY-MM-DD) and `summary:` (one line on what changed)");
            out = None;
            continue;
        };
        let (date, summary, doc) = (
            cx.date(&h.value.date),
            cx.tr(&h.value.summary),
            check(model, cx),
        );
        let previous = out.as_ref().and_then(|l| l.last()).map(|r| r.date);
        if let Some(concern) = date
            .zip(expected.days)
            .and_then(|(d, days)| date_concern(d, previous, days))
        {
            cx.diags.push(
                Diagnostic::warning(&cx.file, h.value.date.pos, concern)
                    .hint("check the year and the month of the revision's `date:`"),
            );
        }
        match (&mut out, date, summary, doc) {
            (Some(list), Some(date), Some(summary), Some(doc)) => list.push(Revision {
                number: *number,
                date,
                summary,
                doc,
            }),
            _ => out = None,
        }
    }
    out
}

/// Why a revision's `date` looks mistyped, if it does: it is before the `previous`
/// revision's, or more than a month before or after the meeting's `days`.
pub fn date_concern(
    date: NaiveDate,
    previous: Option<NaiveDate>,
    (first, last): (NaiveDate, NaiveDate),
) -> Option<String> {
    if let Some(p) = previous.filter(|p| date < *p) {
        return Some(format!(
            "the revision is dated {date}, before the revision before it ({p})"
        ));
    }
    let month = chrono::Months::new(1);
    let early = first.checked_sub_months(month).is_some_and(|f| date < f);
    let late = last.checked_add_months(month).is_some_and(|l| date > l);
    (early || late).then(|| {
        format!(
            "the revision is dated {date}, more than a month from the meeting ({first} to {last})"
        )
    })
}

/// What every check needs: the file it is in, where problems go, the meeting's languages.
pub(crate) struct Cx<'a> {
    pub file: Arc<SourceFile>,
    pub diags: &'a mut Vec<Diagnostic>,
    /// The languages every text must have.
    pub languages: Vec<String>,
    /// Other languages of the meeting a text may have (in a revision published in fewer
    /// languages than the draft).
    pub optional: Vec<String>,
}

impl Cx<'_> {
    pub fn error(&mut self, pos: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.diags
            .push(Diagnostic::new(&self.file, pos, message).hint(hint));
    }

    /// Whether `s`, a code printed as written in every language (a session's code, a
    /// footnote's mark, a document's number), holds only what every PDF can set: printed
    /// ASCII (Latin letters, digits, punctuation, spaces) and the marks `† ‡ § ¶ ‖`.
    /// Reports the first other character, at its place, as `what` ("a session code").
    pub fn code(&mut self, s: &Sp<String>, what: &str, example: &str) -> bool {
        let Some(c) = s.value.chars().find(|c| !code_char(*c)) else {
            return true;
        };
        let pos = match s.pos.line {
            0 => s.pos,
            _ => crate::diag::char_pos(&self.file.text, s.pos, c).unwrap_or(s.pos),
        };
        self.error(
            pos,
            format!("{what} cannot hold `{}` (U+{:04X})", c.escape_debug(), c as u32),
            format!("write it in Latin letters, digits and punctuation, as the organisation does: {example}"),
        );
        false
    }

    /// A time of day, written HH:MM (two digits each: `09:05`, never `9:5`).
    pub fn time(&mut self, t: &Sp<String>) -> Option<NaiveTime> {
        let v = t.value.trim();
        let shaped = v.len() == 5 && v.as_bytes()[2] == b':';
        match NaiveTime::parse_from_str(v, "%H:%M")
            .ok()
            .filter(|_| shaped)
        {
            Some(v) => Some(v),
            None => {
                self.error(
                    t.pos,
                    format!("`{}` is not a time of day", t.value),
                    "write times as HH:MM, e.g. 11:30",
                );
                None
            }
        }
    }

    /// A date written `YYYY-MM-DD`.
    pub fn date(&mut self, s: &Sp<String>) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s.value.trim(), "%Y-%m-%d") {
            Ok(d) if s.value.trim().len() == 10 => Some(d),
            _ => {
                let pos = s.pos.with_len(s.value.chars().count());
                let why = if looks_like_date(&s.value) {
                    "no such date"
                } else {
                    "not a date"
                };
                self.error(
                    pos,
                    format!("`{}` is {why}", s.value),
                    "write dates as YYYY-MM-DD, e.g. 2025-09-09",
                );
                None
            }
        }
    }
}

/// Whether `c` may be in a code ([`Cx::code`]).
fn code_char(c: char) -> bool {
    matches!(c, ' '..='~' | '†' | '‡' | '§' | '¶' | '‖')
}

fn looks_like_date(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A meeting id becomes a folder name under `output/`: keep it to a safe alphabet.
fn check_id(loaded: &Loaded, diags: &mut Vec<Diagnostic>) {
    let ok = !loaded.id.is_empty()
        && !loaded.id.starts_with(['.', '-'])
        && loaded.id.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        });
    if !ok {
        diags.push(
            Diagnostic::new(&loaded.meeting.file, Pos::FILE, format!("the meeting folder name `{}` cannot be used as a meeting id", loaded.id))
                .hint("rename the folder using lowercase letters, digits, `-`, `_` and `.`, e.g. sg12-2025-09"),
        );
    } else if is_output_name(&loaded.id) {
        diags.push(
            Diagnostic::new(&loaded.meeting.file, Pos::FILE, format!("the meeting folder name `{}` cannot be used as a meeting id: the output folder's index has that name", loaded.id))
                .hint("rename the folder, e.g. sg12-2025-09"),
        );
    }
}

/// Whether `id` is a name a build gives a file of its own beside the meetings' folders in
/// the output folder (a meeting's folder is named by its id): the index, `index.html` and
/// `index.md`, and in another language `index.<lang>.html` and `index.<lang>.md` (see
/// `render::index::file_name`).
fn is_output_name(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("index.") else {
        return false;
    };
    let stem = rest
        .strip_suffix("html")
        .or_else(|| rest.strip_suffix("md"));
    match stem {
        Some("") => true,
        Some(lang) => lang.strip_suffix('.').is_some_and(crate::lang::is_known),
        None => false,
    }
}

fn languages(m: &MeetingFile, cx: &mut Cx) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for lang in &m.languages.value.0 {
        if !crate::lang::is_known(&lang.value) {
            let known = crate::lang::known().join(", ");
            cx.error(
                lang.pos.with_len(lang.value.len()),
                format!("language `{}` is not supported", lang.value),
                format!("the supported languages are {known}"),
            );
        } else if out.contains(&lang.value) {
            cx.error(
                lang.pos.with_len(lang.value.len()),
                format!("language `{}` is listed twice", lang.value),
                "list each language once",
            );
        } else {
            out.push(lang.value.clone());
        }
    }
    if m.languages.value.0.is_empty() {
        cx.error(
            m.languages.pos,
            "no languages listed",
            "list the languages the meeting publishes, e.g. [zh, en]",
        );
    }
    out
}

/// `update_languages`: some of the meeting's languages, each once; all of them if the
/// key is left out.
fn update_languages(m: &MeetingFile, cx: &mut Cx) -> Vec<String> {
    let Some(list) = &m.update_languages else {
        return cx.languages.clone();
    };
    let mut out: Vec<String> = Vec::new();
    for lang in &list.value.0 {
        let pos = lang.pos.with_len(lang.value.chars().count());
        if !cx.languages.contains(&lang.value) {
            let all = cx.languages.join(", ");
            cx.error(
                pos,
                format!("`{}` is not one of the meeting's languages", lang.value),
                format!("the updates are published in some of the meeting's languages ({all})"),
            );
        } else if out.contains(&lang.value) {
            cx.error(
                pos,
                format!("language `{}` is listed twice", lang.value),
                "list each language once",
            );
        } else {
            out.push(lang.value.clone());
        }
    }
    if list.value.0.is_empty() {
        cx.error(
            list.pos,
            "no update languages listed",
            "list at least one language, or leave `update_languages` out for all of them",
        );
    }
    // In the meeting's order.
    cx.languages
        .iter()
        .filter(|l| out.contains(l))
        .cloned()
        .collect()
}

/// The years a meeting may be held in: calendars, time zones and documents are written
/// for these (a day past 9999 has no date to write).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

fn meta(m: &MeetingFile, revised: numbers::Revised, cx: &mut Cx) -> Option<Meta> {
    let (first_day, last_day) = meeting_days(m, cx);
    let first_day_start = m.first_day_start.as_ref().and_then(|t| cx.time(t));
    let time_zone = zone(&m.time_zone, cx);
    let numbers = numbers::numbers(m, revised, cx);
    let organisation = cx.tr(&m.organisation);
    let body = cx.tr(&m.body);
    let title = cx.tr(&m.title);
    let venue = cx.tr(&m.venue);
    // No chair is a chair said nowhere (an empty text in every language).
    let chair = match (m.chair.as_ref(), &title) {
        (Some(c), _) => cx.tr(c),
        (None, t) => t.as_ref().map(|t| crate::diff::in_every_language(t, "")),
    };
    // None where it is given and wrong; Some(None) where it is not given.
    let chair_gender = match m.chair_gender.as_ref() {
        None => Some(None),
        Some(g) => gender(g, cx).map(Some),
    };
    let annex = m.annex.as_ref().map(|a| cx.tr(a));
    let secretariat = m.secretariat.as_ref().map(|a| cx.tr(a));
    let deadlines = deadlines::deadlines(&m.deadlines.0, first_day, cx);
    let (body, numbers) = (body?, numbers?);
    Some(Meta {
        organisation: organisation?,
        secretariat: match secretariat {
            Some(s) => s?,
            None => body.clone(),
        },
        body,
        title: title?,
        venue: venue?,
        chair: chair?,
        chair_gender: chair_gender?.map(str::to_string),
        // An annex label that was given but is invalid fails the whole; none is fine.
        annex: match annex {
            Some(a) => Some(a?),
            None => None,
        },
        first_day: first_day?,
        last_day: last_day?,
        time_zone: time_zone?,
        first_day_start,
        agenda_update: numbers.agenda,
        timeplan_update: numbers.timeplan,
        draft_number: numbers.draft,
        draft_date: numbers.draft_date,
        syntax: match m.markdown.as_ref().map(|b| b.value) {
            Some(true) => Syntax::Markdown,
            _ => Syntax::Literal,
        },
        deadlines: deadlines?,
        show_deadlines: m.show_deadlines.as_ref().is_none_or(|b| b.value),
    })
}

/// The chair's gender: `female` or `male`.
fn gender(g: &Sp<String>, cx: &mut Cx) -> Option<&'static str> {
    let known = ["female", "male"];
    let found = known.iter().find(|k| **k == g.value.trim());
    if found.is_none() {
        let pos = g.pos.with_len(g.value.chars().count());
        let hint = crate::hints::choice_hint(g.value.trim(), &known);
        cx.error(pos, format!("`{}` is not a gender", g.value.trim()), hint);
    }
    found.copied()
}

/// The meeting's first and last days, each in a year a meeting can be held in, the last
/// not before the first.
fn meeting_days(m: &MeetingFile, cx: &mut Cx) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let first_day = (cx.date(&m.first_day)).and_then(|d| in_years(d, &m.first_day, cx));
    let last_day = (cx.date(&m.last_day)).and_then(|d| in_years(d, &m.last_day, cx));
    if let (Some(a), Some(b)) = (first_day, last_day)
        && b < a
    {
        cx.error(
            m.last_day.pos,
            format!("the last day {b} is before the first day {a}"),
            "swap `first_day` and `last_day`",
        );
    }
    (first_day, last_day)
}

/// `day` (written at `at`) if it is in one of [`YEARS`].
fn in_years(day: NaiveDate, at: &Sp<String>, cx: &mut Cx) -> Option<NaiveDate> {
    if YEARS.contains(&day.year()) {
        return Some(day);
    }
    cx.error(
        at.pos.with_len(at.value.chars().count()),
        format!("{} is not a year a meeting can be held in", day.year()),
        format!(
            "a meeting's days are between {} and {}: check the year",
            YEARS.start(),
            YEARS.end()
        ),
    );
    None
}

/// A time-zone name of the IANA time-zone database (bundled, so every machine agrees),
/// spelt as the database spells it.
fn zone(s: &Sp<String>, cx: &mut Cx) -> Option<String> {
    let v = s.value.trim();
    let names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    if names.iter().any(|n| n == v) {
        return Some(v.to_string());
    }
    let same_letters = names.iter().find(|n| n.eq_ignore_ascii_case(v));
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let hint = match same_letters
        .map(String::as_str)
        .or_else(|| crate::hints::closest(v, &refs))
    {
        Some(near) => format!("did you mean `{near}`? (a name of the IANA time-zone database)"),
        None => {
            "write a name of the IANA time-zone database, such as Europe/Zurich or America/New_York"
                .to_string()
        }
    };
    cx.error(
        s.pos.with_len(s.value.chars().count()),
        format!("`{}` is not a time zone", s.value.escape_debug()),
        hint,
    );
    None
}
