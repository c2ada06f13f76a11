//! The meeting's document numbers: the draft's own, where it is issued as the first issue
//! of a TD ("TD163/GEN"), and each update stream's ("TD210", "TD211"). A numbered draft's
//! updates are that TD's revisions: the agenda's stream takes its number (the time
//! plan's, in a meeting without an agenda) unless given one of its own. No two numbers may
//! name the same files.

use chrono::NaiveDate;

use super::Cx;
use crate::load::model::MeetingFile;
use crate::load::spanned::Sp;
use crate::model::file_stem;

/// What the meeting has: which streams have revisions (and so need their document
/// numbers), and whether it has an agenda (whose updates a numbered draft goes on in).
#[derive(Clone, Copy)]
pub(super) struct Revised {
    pub agenda: bool,
    pub timeplan: bool,
    pub has_agenda: bool,
}

impl Revised {
    /// What `loaded` has.
    pub fn of(loaded: &crate::load::Loaded) -> Revised {
        Revised {
            agenda: !loaded.agenda_revisions.is_empty(),
            timeplan: !loaded.timeplan_revisions.is_empty(),
            has_agenda: loaded.agenda.is_some(),
        }
    }
}

/// The meeting's numbers, checked: the draft's (with its date) and the streams' (empty
/// for a stream without revisions or a number).
pub(super) struct Numbers {
    pub draft: Option<String>,
    pub draft_date: Option<NaiveDate>,
    pub agenda: String,
    pub timeplan: String,
}

/// The meeting's document numbers, each where it is needed, none naming another's files.
pub(super) fn numbers(m: &MeetingFile, revised: Revised, cx: &mut Cx) -> Option<Numbers> {
    let draft = draft(m, cx);
    let goes_on = |agenda: bool| {
        let number = draft.as_ref().and_then(|d| d.0.clone());
        number.filter(|_| agenda == revised.has_agenda)
    };
    let agenda = m.agenda_update.as_ref();
    let agenda = stream_number(
        agenda,
        ("agenda", "TD210"),
        revised.agenda,
        goes_on(true),
        cx,
    );
    let timeplan = m.timeplan_update.as_ref();
    let timeplan = stream_number(
        timeplan,
        ("timeplan", "TD211"),
        revised.timeplan,
        goes_on(false),
        cx,
    );
    let (draft, draft_date) = draft?;
    let numbers = Numbers {
        draft,
        draft_date,
        agenda: agenda?,
        timeplan: timeplan?,
    };
    apart(&numbers, m, cx).then_some(numbers)
}

/// The draft's number and date, each as given; a number needs its date.
fn draft(m: &MeetingFile, cx: &mut Cx) -> Option<(Option<String>, Option<NaiveDate>)> {
    let number = m
        .draft_number
        .as_ref()
        .map(|s| doc_number(s, "TD163/GEN", cx));
    let date = m.draft_date.as_ref().map(|d| cx.date(d));
    if let (Some(n), None) = (&m.draft_number, &m.draft_date) {
        cx.error(
            n.pos.with_len(n.value.chars().count()),
            format!("the draft is numbered `{}` but has no date", n.value.trim()),
            "add `draft_date: YYYY-MM-DD`, the date the draft is issued",
        );
        return None;
    }
    Some((
        number.map(|n| n.ok_or(())).transpose().ok()?,
        date.flatten(),
    ))
}

/// The document number of a stream's updates (`key`: `agenda` or `timeplan`): as given,
/// else the numbered draft's where the stream goes on from it (`draft`); empty where the
/// stream has no revisions; an error where it has some and no number.
fn stream_number(
    s: Option<&Sp<String>>,
    (key, example): (&str, &str),
    revised: bool,
    draft: Option<String>,
    cx: &mut Cx,
) -> Option<String> {
    match (s, draft, revised) {
        (Some(s), _, _) => doc_number(s, example, cx),
        (None, Some(draft), _) => Some(draft),
        (None, None, false) => Some(String::new()),
        (None, None, true) => {
            cx.error(
                crate::diag::Pos::FILE,
                format!("the {key}'s updates (revisions/{key}/) have no document number"),
                format!("add `{key}_update: {example}`, the number the organisation gives them"),
            );
            None
        }
    }
}

/// A document number, as the organisation issues it ("TD210", "TD163/GEN", "TD 12
/// (PLEN/9)"): at most 40 characters on one line, with a letter or digit; its files are
/// named by [`crate::model::file_stem`] (`td163-gen-rev1.pdf`), never as a file of the
/// tool's own (see [`taken_name`]).
fn doc_number(s: &Sp<String>, example: &str, cx: &mut Cx) -> Option<String> {
    let v = s.value.trim();
    let stem = file_stem(v);
    let ok = !stem.is_empty() && v.chars().count() <= 40 && !v.chars().any(char::is_control);
    if !ok {
        cx.error(
            s.pos,
            format!("`{}` is not a document number", s.value.escape_debug()),
            format!("write it as the organisation issues it, like {example} or TD163/GEN: at most 40 characters, with a letter or digit"),
        );
        return None;
    }
    if !cx.code(s, "a document number", example) {
        return None;
    }
    if let Some(why) = taken_name(&stem) {
        cx.error(
            s.pos.with_len(s.value.chars().count()),
            format!("`{v}` cannot be a document number: {why}"),
            format!("write it like {example}"),
        );
        return None;
    }
    Some(v.to_string())
}

/// Why a document number whose files are named `name` would be written over another file
/// of the meeting, if it would: the draft's, the Typst layout's, an index page's, or a
/// revision's or changes document's (`td210-rev1`, `td210-changes`).
fn taken_name(name: &str) -> Option<String> {
    if let Some(file) = ["draft", "layout", "index"]
        .into_iter()
        .find(|f| name == *f)
    {
        return Some(format!(
            "its files would be named as the tool's own `{file}` files"
        ));
    }
    let revision = name
        .rsplit_once("-rev")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if revision || name.ends_with("-changes") {
        return Some(
            "its files would be named as another document's revision (`-rev1`) or changes document (`-changes`)"
                .to_string(),
        );
    }
    None
}

/// Whether no two numbers name the same files: the streams' numbers whose files are named
/// alike (`TD210`, `td210`; `TD163/GEN`, `TD163-GEN`) would be written one over the other,
/// and a stream's named like the draft's must be the draft's, as written.
fn apart(n: &Numbers, m: &MeetingFile, cx: &mut Cx) -> bool {
    let same = |a: &str, b: &str| !a.is_empty() && file_stem(a) == file_stem(b);
    let mut ok = true;
    if let Some(draft) = &n.draft {
        let streams = [
            (&m.agenda_update, &n.agenda),
            (&m.timeplan_update, &n.timeplan),
        ];
        for (given, number) in streams {
            let Some(given) = given
                .as_ref()
                .filter(|_| same(number, draft) && number != draft)
            else {
                continue;
            };
            cx.error(
                given.pos.with_len(given.value.chars().count()),
                format!("`{number}` and the draft's number `{draft}` would name the same files"),
                format!("write `{draft}` if these updates are the draft's revisions; else give them a number of their own"),
            );
            ok = false;
        }
    }
    // Where a stream is named like the draft, that is the one error to fix.
    if ok && same(&n.timeplan, &n.agenda) {
        streams_meet(m, cx);
        ok = false;
    }
    ok
}

/// Reports that the two streams' numbers name the same files, at the one given (the time
/// plan's, where both are).
fn streams_meet(m: &MeetingFile, cx: &mut Cx) {
    let from_draft = "the draft's `draft_number`, which they go on from";
    let (at, whose, other, fix) = match (&m.timeplan_update, &m.agenda_update) {
        (Some(t), Some(a)) => (
            t,
            "agenda's",
            format!("`agenda_update`, line {}", a.pos.line),
            "time plan's",
        ),
        (Some(t), None) => (t, "agenda's", from_draft.to_string(), "time plan's"),
        (None, Some(a)) => (a, "time plan's", from_draft.to_string(), "agenda's"),
        (None, None) => return,
    };
    cx.error(
        at.pos.with_len(at.value.chars().count()),
        format!(
            "`{}` is also the {whose} update number ({other}): both streams' documents would be written to the same files",
            at.value.trim()
        ),
        format!("give the {fix} updates a number of their own, e.g. TD211 beside TD210"),
    );
}
