//! The documents a meeting publishes: the draft of the invitation letter (agenda and time
//! plan), the whole letter where the meeting has one (`letter.yaml`), and for each revision of each update stream the full document ("TD210 Rev.1")
//! and a changes document against the revision before it (the first issue against the
//! draft).

use chrono::NaiveDate;

use crate::diff::letter::{LetterChange, LetterMarks};
use crate::diff::marks::{AgendaMarks, TimeplanMarks};
use crate::diff::{self, AgendaChange, TimeplanChange};
use crate::model::{Agenda, Letter, Meeting, Meta, Revision, Timeplan, Tr};

/// One publication, before it is rendered.
pub struct Document<'a> {
    /// File stem: `draft` (or a numbered draft's, `td163-gen`), `td210`, `td210-rev1`,
    /// `td210-rev1-changes`.
    pub name: String,
    /// For the manifest: `draft`, or the document number (`TD210`).
    pub document: String,
    /// For the manifest: none for the draft (0 for a numbered one, the first issue), else
    /// 0 (first issue), 1 (Rev.1), …
    pub revision: Option<u32>,
    /// The stamp shown on the document: "TD210 Rev.1" and the date.
    pub stamp: Option<(String, NaiveDate)>,
    /// Its date: its stamp's, or for the draft its date or the meeting's first day (the
    /// date of its PDF and Word files).
    pub date: NaiveDate,
    /// Whether it is the draft (the invitation letter's annex), numbered or not; or the
    /// whole letter, which holds the draft as its Annex B.
    pub draft: bool,
    /// Where it is the whole invitation letter (letterhead, body, Annex A, and the draft
    /// as Annex B), or an addendum to it: the facts it says.
    pub letter: Option<LetterFacts<'a>>,
    pub summary: Option<&'a Tr>,
    pub agenda: Option<&'a Agenda>,
    pub timeplan: Option<&'a Timeplan>,
    pub changes: Option<Changes<'a>>,
    /// The languages it is published in: the meeting's for the draft, the updates' for
    /// the rest.
    pub languages: &'a [String],
}

/// The facts a letter (or an addendum) says: the meeting's details and the letter's, as
/// it leaves them; and, for an addendum, its number and the reference it adds to.
#[derive(Clone, Copy)]
pub struct LetterFacts<'a> {
    pub meta: &'a Meta,
    pub letter: &'a Letter,
    pub addendum: Option<u32>,
}

/// What a changes document compares: the version before, and the diff.
pub struct Changes<'a> {
    /// "the draft agenda" is shown as the draft; else the number of the version before.
    pub against: Option<String>,
    /// The version before, where it is a revision: its stamp and summary, and what of its
    /// header this one changes.
    pub before: Option<((String, NaiveDate), &'a Tr)>,
    pub header: diff::revisions::HeaderChange,
    pub old_agenda: Option<&'a Agenda>,
    pub old_timeplan: Option<&'a Timeplan>,
    pub agenda: Vec<AgendaChange>,
    pub timeplan: Vec<TimeplanChange>,
    /// The same changes as marks on the newer version, for the redlined body.
    pub agenda_marks: AgendaMarks,
    pub timeplan_marks: TimeplanMarks,
    /// An addendum's changes: the letter before it, what changed, and the marks.
    pub letter: Option<LetterChanges<'a>>,
}

/// What an addendum changes in the letter before it.
pub struct LetterChanges<'a> {
    pub old: LetterFacts<'a>,
    pub changes: Vec<LetterChange>,
    pub marks: LetterMarks,
}

/// What issue `rev`'s header changes of the one before it (none against the draft, which
/// has no header).
fn header_change<T>(
    before: Option<&((String, NaiveDate), &Tr)>,
    rev: &Revision<T>,
) -> diff::revisions::HeaderChange {
    before.map_or_else(Default::default, |((_, date), summary)| {
        diff::revisions::header((*date, summary), (rev.date, &rev.summary))
    })
}

/// "td210", "td210-rev1": safe as a file name (document numbers are checked).
fn stem(number: &str, revision: u32) -> String {
    let base = crate::model::file_stem(number);
    if revision == 0 {
        base
    } else {
        format!("{base}-rev{revision}")
    }
}

/// Every document of `meeting`, in a stable order.
pub fn documents(meeting: &Meeting) -> Vec<Document<'_>> {
    let meta = &meeting.meta;
    let numbered = meta.draft_number.as_ref();
    let mut out = vec![Document {
        name: numbered.map_or_else(|| "draft".into(), |n| stem(n, 0)),
        document: numbered.map_or_else(|| "draft".into(), Clone::clone),
        revision: numbered.map(|_| 0),
        stamp: numbered.map(|n| (n.clone(), meta.draft_issued())),
        ..documents_draft(meeting)
    }];
    out.extend(letter_documents(meeting));
    out.extend(agenda_documents(meeting));
    out.extend(timeplan_documents(meeting));
    out
}

/// The draft's content (as the draft shows it, and the letter's Annex B), unnamed.
fn documents_draft(meeting: &Meeting) -> Document<'_> {
    Document {
        name: String::new(),
        document: String::new(),
        revision: None,
        stamp: None,
        date: meeting.meta.draft_issued(),
        draft: true,
        letter: None,
        summary: None,
        agenda: meeting.has_agenda.then_some(&meeting.agenda),
        timeplan: meeting.has_timeplan.then_some(&meeting.timeplan),
        changes: None,
        languages: &meeting.languages,
    }
}

/// The letter, then each addendum and its changes document (the letter as the addendum
/// leaves it, stamped with the addendum; and the same, redlined against the one before).
fn letter_documents(meeting: &Meeting) -> Vec<Document<'_>> {
    let Some(letter) = &meeting.letter else {
        return Vec::new();
    };
    let mut previous = LetterFacts {
        meta: &meeting.meta,
        letter,
        addendum: None,
    };
    let mut out = vec![Document {
        name: "letter".into(),
        document: "letter".into(),
        date: letter.date,
        letter: Some(previous),
        ..documents_draft(meeting)
    }];
    for a in &meeting.addenda {
        let facts = LetterFacts {
            meta: &a.meta,
            letter: &a.letter,
            addendum: Some(a.number),
        };
        let full = Document {
            name: format!("letter-add{}", a.number),
            document: "letter".into(),
            revision: Some(a.number),
            stamp: Some((format!("Add.{}", a.number), a.date)),
            date: a.date,
            summary: Some(&a.summary),
            letter: Some(facts),
            // An addendum repeats the letter and Annex A as it leaves them; the draft
            // agenda and time plan change by their own TDs.
            agenda: None,
            timeplan: None,
            ..documents_draft(meeting)
        };
        let changes =
            crate::diff::letter::diff((previous.meta, previous.letter), (facts.meta, facts.letter));
        let named = named_indexes(&a.meta, &a.letter);
        let changes = Changes {
            against: None,
            before: None,
            header: Default::default(),
            old_agenda: None,
            old_timeplan: None,
            agenda: Vec::new(),
            timeplan: Vec::new(),
            agenda_marks: AgendaMarks::default(),
            timeplan_marks: TimeplanMarks::default(),
            letter: Some(LetterChanges {
                old: previous,
                marks: crate::diff::letter::marks(&changes, &named),
                changes,
            }),
        };
        out.extend(with_changes(full, changes));
        previous = facts;
    }
    out
}

/// The letter's named deadlines, each with its index in the meeting's list.
fn named_indexes(meta: &Meta, letter: &Letter) -> Vec<(String, usize)> {
    (letter.deadlines.iter())
        .filter_map(|(name, rule)| {
            let i = meta
                .deadlines
                .iter()
                .position(|m| m.before == Some(*rule))?;
            Some((name.clone(), i))
        })
        .collect()
}

/// The agenda's updates, each with its changes document.
fn agenda_documents(meeting: &Meeting) -> Vec<Document<'_>> {
    let (number, mut out) = (&meeting.meta.agenda_update, Vec::new());
    let draft = meeting.meta.draft_number.clone();
    let mut previous: (Option<String>, &Agenda) = (draft, &meeting.agenda);
    let mut before = None;
    for rev in &meeting.agenda_revisions {
        let base = Document {
            agenda: Some(&rev.doc),
            ..revision(number, rev, &meeting.update_languages)
        };
        let agenda = diff::agenda::diff(previous.1, &rev.doc, meeting.meta.syntax);
        let changes = Changes {
            against: previous.0.clone(),
            header: header_change(before.as_ref(), rev),
            before,
            old_agenda: Some(previous.1),
            old_timeplan: None,
            agenda_marks: diff::marks::agenda(previous.1, &rev.doc, &agenda),
            agenda,
            timeplan: Vec::new(),
            timeplan_marks: TimeplanMarks::default(),
            letter: None,
        };
        before = base.stamp.clone().zip(base.summary);
        out.extend(with_changes(base, changes));
        let label = crate::model::document_label(number, rev.number);
        previous = (Some(label), &rev.doc);
    }
    out
}

/// The time plan's updates, each with its changes document.
fn timeplan_documents(meeting: &Meeting) -> Vec<Document<'_>> {
    let (number, mut out) = (&meeting.meta.timeplan_update, Vec::new());
    let draft = meeting.meta.draft_number.clone();
    let mut previous: (Option<String>, &Timeplan) = (draft, &meeting.timeplan);
    let mut before = None;
    for rev in &meeting.timeplan_revisions {
        let base = Document {
            timeplan: Some(&rev.doc),
            ..revision(number, rev, &meeting.update_languages)
        };
        let timeplan = diff::timeplan::diff(previous.1, &rev.doc, meeting.meta.syntax);
        let changes = Changes {
            against: previous.0.clone(),
            header: header_change(before.as_ref(), rev),
            before,
            old_agenda: None,
            old_timeplan: Some(previous.1),
            agenda: Vec::new(),
            agenda_marks: AgendaMarks::default(),
            timeplan_marks: diff::marks::timeplan(previous.1, &rev.doc, &timeplan),
            timeplan,
            letter: None,
        };
        before = base.stamp.clone().zip(base.summary);
        out.extend(with_changes(base, changes));
        let label = crate::model::document_label(number, rev.number);
        previous = (Some(label), &rev.doc);
    }
    out
}

/// The document of a revision, its content still to be given.
fn revision<'a, T>(number: &str, rev: &'a Revision<T>, languages: &'a [String]) -> Document<'a> {
    Document {
        name: stem(number, rev.number),
        document: number.to_string(),
        revision: Some(rev.number),
        stamp: Some((crate::model::document_label(number, rev.number), rev.date)),
        date: rev.date,
        draft: false,
        letter: None,
        summary: Some(&rev.summary),
        agenda: None,
        timeplan: None,
        changes: None,
        languages,
    }
}

/// A revision's full document, then its changes document (the same, redlined).
fn with_changes<'a>(full: Document<'a>, changes: Changes<'a>) -> [Document<'a>; 2] {
    let redline = Document {
        name: format!("{}-changes", full.name),
        document: full.document.clone(),
        revision: full.revision,
        stamp: full.stamp.clone(),
        date: full.date,
        draft: full.draft,
        letter: full.letter,
        summary: full.summary,
        agenda: full.agenda,
        timeplan: full.timeplan,
        changes: Some(changes),
        languages: full.languages,
    };
    [full, redline]
}
