//! The view of one document in one language: plain, serialisable data the templates read,
//! in no markup. Texts from the sources, and whatever a changes document marks, are rich
//! text trees ([`Rich`]), which each template writes in its markup (the `rich` filter);
//! all other strings are escaped by the template engine.
//!
//! Every output reads the same view. Where an output must give each version of a change
//! back exactly (Word's "accept all" and "reject all"), the view has what it needs: a
//! changed text's versions whole ([`Inline::Revised`]), where a moved item stood
//! ([`MovedAway`]), the versions that have each line of a cell ([`Block`]).

use serde::Serialize;

mod agenda;
mod deadlines;
mod documents;
mod grid;
mod group;
mod hours;
pub mod index;
mod letter;
mod session;
mod timeplan;

use super::documents::Document;
use super::redline;
use super::wording;
use crate::diff::NoteDelta;
use crate::diff::marks::NoteMarks;
use crate::diff::words::Texts;
use crate::lang::{self, Locale};
use crate::model::rich::{Inline, Rich};
use crate::model::{Meeting, Syntax, Tr};
pub use agenda::{AgendaView, ItemStatus, ItemView, MovedAway};
pub use deadlines::{DeadlineView, DeadlinesView};
pub use documents::{AllocationRow, AllocationView, DocumentMark, DocumentView};
pub use grid::{GridPart, GridView};
pub use group::GroupView;
pub use letter::{ContactView, LetterDeadline, LetterView};
pub use timeplan::{Block, CellView, FootnoteView, RowKind, RowView, TimeplanView};

#[derive(Debug, Serialize)]
pub struct View {
    pub lang: String,
    pub dir: &'static str,
    pub meeting_id: String,
    pub meta: MetaView,
    pub doc: DocView,
    /// The letter's key deadlines, in the draft.
    pub deadlines: Option<DeadlinesView>,
    /// The whole letter before its Annex B, in the letter's document.
    pub letter: Option<LetterView>,
    pub agenda: Option<AgendaView>,
    pub timeplan: Option<TimeplanView>,
}

#[derive(Debug, Serialize)]
pub struct MetaView {
    pub organisation: String,
    pub body: String,
    pub title: String,
    pub venue: String,
    pub dates: String,
    /// "Meeting of …; Geneva, 9-18 September 2025"
    pub subject: String,
    pub chair: String,
    pub chair_label: String,
    pub annex: Option<String>,
    pub opening: Option<String>,
    pub agenda_update: String,
    pub timeplan_update: String,
}

/// What kind of document this is: the draft, a revision, or a revision's changes.
#[derive(Debug, Serialize)]
pub struct DocView {
    /// The document's own title, for the HTML `<title>` and the PDF's metadata:
    /// "TD210 Rev.1 – Changes from TD210 – Meeting of …; Geneva, 9-18 September 2025".
    pub title: String,
    /// "TD210 Rev.1" (none for the draft, unless it is numbered: "TD163/GEN").
    pub stamp: Option<String>,
    /// Whether it is the draft (the letter's annex: its label, deadlines and opening).
    pub draft: bool,
    pub date: Option<String>,
    /// The revision's one-line summary.
    pub summary: Option<Rich>,
    /// Whether insertions and deletions are marked.
    pub redline: bool,
    /// "Changes from TD210" / "与草案相比的修改".
    pub changes_heading: String,
    /// The summary of changes, one line each, as `agenda diff` says them (the words a
    /// change is about marked).
    pub changes: Vec<Rich>,
    pub no_changes: String,
    /// How the marks read, where they show as marks (HTML, PDF).
    pub legend: String,
    /// How the marks read in Markdown (CriticMarkup).
    pub legend_markdown: String,
    /// In a changes document against a revision: that revision's stamp, date and summary
    /// (rich), which Word shows revised into this one's.
    pub previous: Option<PreviousView>,
}

/// The revision a changes document compares with: its number, date and summary.
#[derive(Debug, Serialize)]
pub struct PreviousView {
    pub stamp: String,
    pub date: String,
    pub summary: Rich,
    /// Whether this document's date, and its summary in this language, differ from the
    /// previous issue's (its number always does).
    pub date_changed: bool,
    pub summary_changed: bool,
}

/// What a view needs at hand while it is built: its language and syntax.
struct Viewing<'a> {
    lang: &'a str,
    syntax: Syntax,
    loc: Locale,
}

impl<'a> Viewing<'a> {
    fn new(meeting: &Meeting, lang: &'a str) -> Viewing<'a> {
        Viewing {
            lang,
            syntax: meeting.meta.syntax,
            loc: lang::locale(lang),
        }
    }

    fn rich(&self, t: &Tr) -> Rich {
        Rich::read(t.get(self.lang), self.syntax)
    }

    /// What a reader sees of `t` (for a deleted text, shown without its formatting).
    fn seen(&self, t: &Tr) -> String {
        crate::model::reading::seen(t.get(self.lang), self.syntax)
    }

    /// A deleted text: as a reader sees it, or for Word with its formatting (so that
    /// "reject all" gives it back whole).
    fn gone(&self, t: &Tr) -> Rich {
        self.rich(t).deleted()
    }

    /// As [`Self::marked`]; where the words changed, with both versions whole beside them
    /// (for an output that gives each back exactly: see [`Inline::Revised`]).
    fn revised(&self, changes: Option<&Texts>, new: &Tr, old: Option<&Tr>) -> (Rich, bool) {
        match (self.marked(changes, new), old) {
            ((marked, true), Some(old)) => {
                let revised = Inline::Revised {
                    marked: marked.0,
                    old: self.rich(old).0,
                    new: self.rich(new).0,
                };
                (Rich(vec![revised]), true)
            }
            (plain, _) => plain,
        }
    }

    /// The text, its changed words marked where the diff has them in this language.
    fn marked(&self, changes: Option<&Texts>, new: &Tr) -> (Rich, bool) {
        match changes.and_then(|c| c.get(self.lang)) {
            Some(words) => (redline::pieces(words), true),
            None => (self.rich(new), false),
        }
    }
}

/// Builds the view of `doc` of `meeting` in `lang`, which every output reads.
pub fn build(meeting: &Meeting, doc: &Document, lang: &str) -> View {
    let cx = Viewing::new(meeting, lang);
    let changes = doc.changes.as_ref();
    let meta = meta(meeting, lang, &cx.loc);
    let mut doc_view = doc_view(doc, &cx);
    doc_view.title = title(&doc_view, &meta);
    let letter_changes = changes.and_then(|c| c.letter.as_ref());
    let letter = (doc.letter).map(|facts| letter::letter(facts, doc.date, letter_changes, &cx));
    if let Some(l) = &letter {
        doc_view.title = letter_title(l, &doc_view);
    }
    View {
        lang: lang.to_string(),
        dir: cx.loc.dir,
        meeting_id: meeting.id.clone(),
        meta,
        deadlines: match doc.draft && doc.letter.is_none() {
            true => deadlines::deadlines(&meeting.meta, &cx),
            false => None,
        },
        letter,
        doc: doc_view,
        agenda: doc.agenda.map(|a| {
            agenda::agenda(
                a,
                changes.and_then(|c| c.old_agenda.map(|o| (o, &c.agenda_marks))),
                &cx,
            )
        }),
        timeplan: doc.timeplan.map(|t| {
            let old = changes.and_then(|c| c.old_timeplan.map(|o| (o, &c.timeplan_marks)));
            timeplan::timeplan(t, old, &cx)
        }),
    }
}

/// Builds the page of group `id` in `lang`, from the meeting's calendar feed (the plan
/// in effect and its events) and its documents (their diffs).
pub fn build_group(
    (meeting, feed, docs): (&Meeting, &crate::render::calendar::Feed, &[Document]),
    id: &str,
    lang: &str,
) -> GroupView {
    let cx = Viewing::new(meeting, lang);
    group::group((meeting, feed, docs), id, &cx)
}

/// A document's title: its number (and, for a changes document, what it compares), or
/// for the draft its annex label, then the meeting line.
fn title(doc: &DocView, meta: &MetaView) -> String {
    let mut parts: Vec<&str> = Vec::new();
    match (&doc.stamp, &meta.annex) {
        (Some(stamp), _) => {
            parts.push(stamp);
            if doc.redline {
                parts.push(&doc.changes_heading);
            }
        }
        (None, Some(annex)) => parts.push(annex),
        (None, None) => {}
    }
    parts.push(&meta.subject);
    parts.join(" – ")
}

/// The letter's own title: its first reference line (or the addendum's line, and for its
/// changes document what it is), then the meeting line as it now reads.
fn letter_title(l: &LetterView, doc: &DocView) -> String {
    let mut parts: Vec<String> = match &l.stamp {
        Some(stamp) => vec![stamp.clone()],
        None => l.reference.first().cloned().into_iter().collect(),
    };
    if doc.redline {
        parts.push(doc.changes_heading.clone());
    }
    parts.push(
        l.subject
            .version(crate::model::rich::Version::Newer)
            .plain(),
    );
    parts.join(" – ")
}

/// The lines of a changes document's summary in `lang`: what changed, one line each (none
/// for a document that is not a changes document).
pub fn change_lines(doc: &Document, lang: &str) -> Vec<Rich> {
    let loc = lang::locale(lang);
    let mut lines = Vec::new();
    if let Some(c) = &doc.changes {
        // A changes document in one language lists the changes that concern it, each as
        // `agenda diff` says it: its wording, then the title or the words it changed.
        let agenda = (c.agenda.iter()).filter(|ch| wording::agenda_change_in(ch, lang));
        lines.extend(agenda.map(|ch| {
            let line = wording::agenda_line(ch, &loc);
            wording::rich_line(line, wording::Detail::agenda(ch, lang), &loc)
        }));
        if let Some(l) = &c.letter {
            lines.extend(
                l.changes
                    .iter()
                    .map(|ch| Rich::text(wording::letter_line(ch, &loc))),
            );
        }
        if let (Some(old), Some(new)) = (c.old_timeplan, doc.timeplan) {
            let plan = (c.timeplan.iter()).filter(|ch| wording::timeplan_change_in(ch, lang));
            lines.extend(plan.map(|ch| {
                let line = wording::timeplan_line(ch, old, new, &loc);
                wording::rich_line(line, wording::Detail::timeplan(ch, lang), &loc)
            }));
        }
    }
    lines
}

fn doc_view(doc: &Document, cx: &Viewing) -> DocView {
    let lines = change_lines(doc, cx.lang);
    let heading = match &doc.changes {
        Some(c) if c.letter.is_some() => cx.loc.text("changes-heading-letter", &[]),
        Some(c) => wording::changes_heading(c.against.as_deref(), &cx.loc),
        None => String::new(),
    };
    DocView {
        title: String::new(),
        stamp: doc.stamp.as_ref().map(|(s, _)| s.clone()),
        draft: doc.draft,
        date: doc.stamp.as_ref().map(|(_, d)| cx.loc.date_range(*d, *d)),
        summary: doc.summary.map(|s| cx.rich(s)),
        redline: doc.changes.is_some(),
        changes_heading: heading,
        changes: lines,
        no_changes: wording::no_changes(&cx.loc),
        legend: cx.loc.text("legend-marked", &[]),
        legend_markdown: cx.loc.text("legend-markdown", &[]),
        previous: doc.changes.as_ref().and_then(|c| previous(c, cx)),
    }
}

/// The issue a changes document compares with, where it is one (not the draft), and what
/// of its header changed.
fn previous(c: &crate::render::documents::Changes, cx: &Viewing) -> Option<PreviousView> {
    let ((stamp, date), summary) = c.before.as_ref()?;
    Some(PreviousView {
        stamp: stamp.clone(),
        date: cx.loc.date_range(*date, *date),
        summary: cx.rich(summary),
        date_changed: c.header.date,
        summary_changed: c.header.summary.contains(cx.lang),
    })
}

fn meta(meeting: &Meeting, lang: &str, loc: &Locale) -> MetaView {
    let m = &meeting.meta;
    let dates = loc.date_range(m.first_day, m.last_day);
    MetaView {
        organisation: m.organisation.get(lang).to_string(),
        body: m.body.get(lang).to_string(),
        title: m.title.get(lang).to_string(),
        venue: m.venue.get(lang).to_string(),
        subject: loc.subject(m.title.get(lang), &dates, m.venue.get(lang)),
        dates,
        chair: m.chair.get(lang).to_string(),
        chair_label: loc.say("chair", &[("gender", chair_gender(m))]),
        annex: m.annex.as_ref().map(|a| a.get(lang).to_string()),
        opening: m.first_day_start.map(|t| loc.opening(t)),
        agenda_update: m.agenda_update.clone(),
        timeplan_update: m.timeplan_update.clone(),
    }
}

/// The notes; with the older ones and the diff's marks, redlined.
fn notes(new: &[Tr], old: Option<(&[Tr], &NoteMarks)>, cx: &Viewing) -> Vec<Rich> {
    let Some((old, marks)) = old else {
        return new.iter().map(|n| cx.rich(n)).collect();
    };
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        match (marks.get(&(i + 1)), new.get(i), old.get(i)) {
            (Some(NoteDelta::Changed(texts)), Some(n), o) => {
                out.push(cx.revised(Some(texts), n, o).0)
            }
            (Some(NoteDelta::Added(_)), Some(n), _) => out.push(cx.rich(n).inserted()),
            (Some(NoteDelta::Removed(_)), None, Some(o)) => out.push(cx.gone(o)),
            (_, Some(n), _) => out.push(cx.rich(n)),
            _ => {}
        }
    }
    out
}

/// The chair's gender, for a language whose title for the chair agrees with it (`other`
/// where the meeting does not say).
fn chair_gender(m: &crate::model::Meta) -> crate::lang::Arg<'_> {
    crate::lang::Arg::Text(m.chair_gender.as_deref().unwrap_or("other"))
}
