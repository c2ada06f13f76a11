//! The view of one document in one language and one markup: plain, serialisable data the
//! templates read. Texts from the sources that may hold inline Markdown (`rich`) arrive
//! here already rendered for the markup, and in a changes document already redlined; all
//! other strings are escaped by the template engine.

use chrono::NaiveDate;
use serde::Serialize;

use super::documents::Document;
use super::inline::{self, Markup};
use super::redline;
use super::wording;
use crate::diff::NoteDelta;
use crate::diff::marks::{AgendaMarks, CellMark, ItemMark, NoteMarks, TimeplanMarks, WholeMark};
use crate::diff::words::Texts;
use crate::lang::{self, Locale};
use crate::validate::{Agenda, AgendaItem, Meeting, Row, Syntax, Timeplan, Tr};

#[derive(Debug, Serialize)]
pub struct View {
    pub lang: String,
    pub dir: &'static str,
    pub meeting_id: String,
    pub meta: MetaView,
    pub doc: DocView,
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
    pub chair_label: &'static str,
    pub annex: Option<String>,
    pub opening: Option<String>,
    pub agenda_update: String,
    pub timeplan_update: String,
}

/// What kind of document this is: the draft, a revision, or a revision's changes.
#[derive(Debug, Serialize)]
pub struct DocView {
    /// "TD210 Rev.1" (none for the draft).
    pub stamp: Option<String>,
    pub date: Option<String>,
    /// The revision's one-line summary (rich).
    pub summary: Option<String>,
    /// Whether insertions and deletions are marked.
    pub redline: bool,
    /// "Changes from TD210" / "与草案相比的修改".
    pub changes_heading: String,
    /// The summary of changes, one line each.
    pub changes: Vec<String>,
    pub no_changes: &'static str,
    /// How the marks read, for this markup.
    pub legend: &'static str,
}

#[derive(Debug, Serialize)]
pub struct AgendaView {
    pub heading: String,
    pub items: Vec<ItemView>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: String,
    /// The displayed number, as markup (in a changes document, redlined where it changed).
    pub number: String,
    /// In a changes document: the number before, where it changed.
    pub old_number: String,
    /// "", "added", "removed", "moved" or "renumbered".
    pub status: &'static str,
    /// "(moved from item 9)", where it moved.
    pub remark: String,
    pub depth: usize,
    /// Rich text, rendered (and redlined) for the markup.
    pub title: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Serialize)]
pub struct TimeplanView {
    pub heading: String,
    /// Slot labels (empty where a slot has none).
    pub slots: Vec<String>,
    pub rows: Vec<RowView>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    /// "day" or "whole".
    pub kind: &'static str,
    pub weekday: String,
    pub date: String,
    pub cells: Vec<CellView>,
    /// For whole rows: the rich text across the row.
    pub text: String,
    /// A whole row, or a day, that changed.
    pub changed: bool,
}

#[derive(Debug, Serialize)]
pub struct CellView {
    pub span: usize,
    /// Rich text, empty for an empty cell.
    pub text: String,
    pub empty: bool,
    pub changed: bool,
}

/// What a view needs at hand while it is built: its language, markup and syntax.
struct Viewing<'a> {
    lang: &'a str,
    markup: Markup,
    syntax: Syntax,
    loc: Locale,
}

impl Viewing<'_> {
    fn rich(&self, t: &Tr) -> String {
        inline::render(t.get(self.lang), self.syntax, self.markup)
    }

    /// What a reader sees of `t` (for a deleted text, shown without its formatting).
    fn seen(&self, t: &Tr) -> String {
        crate::validate::reading::seen(t.get(self.lang), self.syntax)
    }

    /// The text, its changed words marked where the diff has them in this language.
    fn marked(&self, changes: Option<&Texts>, new: &Tr) -> (String, bool) {
        match changes.and_then(|c| c.get(self.lang)) {
            Some(words) => (redline::pieces(words, self.markup), true),
            None => (self.rich(new), false),
        }
    }
}

/// Builds the view of `doc` of `meeting` in `lang` for `markup`.
pub fn build(meeting: &Meeting, doc: &Document, lang: &str, markup: Markup) -> View {
    let cx = Viewing {
        lang,
        markup,
        syntax: meeting.meta.syntax,
        loc: lang::locale(lang),
    };
    let changes = doc.changes.as_ref();
    View {
        lang: lang.to_string(),
        dir: cx.loc.dir,
        meeting_id: meeting.id.clone(),
        meta: meta(meeting, lang, &cx.loc),
        doc: doc_view(doc, &cx),
        agenda: doc.agenda.map(|a| {
            agenda(
                a,
                changes.and_then(|c| c.old_agenda.map(|o| (o, &c.agenda_marks))),
                &cx,
            )
        }),
        timeplan: doc.timeplan.map(|t| {
            let old = changes.and_then(|c| c.old_timeplan.map(|o| (o, &c.timeplan_marks)));
            timeplan(t, old, &cx)
        }),
    }
}

fn doc_view(doc: &Document, cx: &Viewing) -> DocView {
    let mut lines = Vec::new();
    let mut heading = String::new();
    if let Some(c) = &doc.changes {
        heading = wording::changes_heading(c.against.as_deref(), &cx.loc);
        // A changes document in one language lists the changes that concern it.
        let agenda = c
            .agenda
            .iter()
            .filter(|ch| wording::agenda_change_in(ch, cx.lang));
        lines.extend(agenda.map(|ch| wording::agenda_line(ch, &cx.loc)));
        if let (Some(old), Some(new)) = (c.old_timeplan, doc.timeplan) {
            let plan = c
                .timeplan
                .iter()
                .filter(|ch| wording::timeplan_change_in(ch, cx.lang));
            lines.extend(plan.map(|ch| wording::timeplan_line(ch, old, new, &cx.loc)));
        }
    }
    DocView {
        stamp: doc.stamp.as_ref().map(|(s, _)| s.clone()),
        date: doc.stamp.as_ref().map(|(_, d)| cx.loc.date_range(*d, *d)),
        summary: doc.summary.map(|s| cx.rich(s)),
        redline: doc.changes.is_some(),
        changes_heading: heading,
        changes: lines,
        no_changes: wording::no_changes(&cx.loc),
        legend: wording::legend(cx.markup, &cx.loc),
    }
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
        chair_label: loc.chair,
        annex: m.annex.as_ref().map(|a| a.get(lang).to_string()),
        opening: m.first_day_start.map(|t| loc.opening(t)),
        agenda_update: m.agenda_update.clone(),
        timeplan_update: m.timeplan_update.clone(),
    }
}

/// The agenda; with `old` and the diff's marks, redlined against it.
fn agenda(a: &Agenda, old: Option<(&Agenda, &AgendaMarks)>, cx: &Viewing) -> AgendaView {
    let marks = old.map(|(_, m)| m);
    let heading = cx
        .marked(marks.and_then(|m| m.heading.as_ref()), &a.heading)
        .0;
    let mut items: Vec<ItemView> = a.items.iter().map(|i| item(i, 0, marks, cx)).collect();
    if let Some((o, m)) = old {
        insert_removed(&mut items, &o.items, (0, m), cx);
    }
    let old_notes = old.map(|(o, m)| (o.notes.as_slice(), &m.notes));
    AgendaView {
        heading,
        items,
        notes: notes(&a.notes, old_notes, cx),
    }
}

/// Puts the items of `old` that the diff says are gone back where they stood (at `depth`),
/// marked as deleted.
fn insert_removed(
    items: &mut Vec<ItemView>,
    old: &[AgendaItem],
    (depth, marks): (usize, &AgendaMarks),
    cx: &Viewing,
) {
    for (i, o) in old.iter().enumerate() {
        if marks.removed.contains(&o.id) {
            items.insert(i.min(items.len()), removed(o, depth, cx));
        } else if let Some(v) = items.iter_mut().find(|v| v.id == o.id) {
            insert_removed(&mut v.items, &o.items, (depth + 1, marks), cx);
        }
    }
}

fn removed(o: &AgendaItem, depth: usize, cx: &Viewing) -> ItemView {
    ItemView {
        id: o.id.clone(),
        number: redline::del_text(&o.number, cx.markup),
        old_number: o.number.clone(),
        status: "removed",
        remark: String::new(),
        depth,
        title: redline::del_text(&cx.seen(&o.title), cx.markup),
        items: o.items.iter().map(|c| removed(c, depth + 1, cx)).collect(),
    }
}

fn item(it: &AgendaItem, depth: usize, marks: Option<&AgendaMarks>, cx: &Viewing) -> ItemView {
    let (status, old_number, remark) = match marks.and_then(|m| m.items.get(&it.id)) {
        None => ("", String::new(), String::new()),
        Some(ItemMark::Added) => ("added", String::new(), String::new()),
        Some(ItemMark::Moved { from }) => {
            ("moved", from.clone(), wording::moved_from(from, &cx.loc))
        }
        Some(ItemMark::Renumbered { from }) => ("renumbered", from.clone(), String::new()),
    };
    let title = match status {
        "added" => redline::ins(&cx.rich(&it.title), cx.markup),
        _ => {
            cx.marked(marks.and_then(|m| m.titles.get(&it.id)), &it.title)
                .0
        }
    };
    ItemView {
        id: it.id.clone(),
        number: number(status, &old_number, &it.number, cx.markup),
        old_number,
        status,
        remark,
        depth,
        title,
        items: it
            .items
            .iter()
            .map(|c| item(c, depth + 1, marks, cx))
            .collect(),
    }
}

/// An item's number as shown: inserted if the item is new, the old one struck through
/// before the new one if it moved or was renumbered.
fn number(status: &str, old: &str, new: &str, markup: Markup) -> String {
    match status {
        "added" => redline::ins_text(new, markup),
        "moved" | "renumbered" => [
            redline::del_text(old, markup),
            redline::escaped(" ", markup),
            redline::ins_text(new, markup),
        ]
        .concat(),
        _ => redline::escaped(new, markup),
    }
}

/// The notes; with the older ones and the diff's marks, redlined.
fn notes(new: &[Tr], old: Option<(&[Tr], &NoteMarks)>, cx: &Viewing) -> Vec<String> {
    let Some((old, marks)) = old else {
        return new.iter().map(|n| cx.rich(n)).collect();
    };
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        match (marks.get(&(i + 1)), new.get(i), old.get(i)) {
            (Some(NoteDelta::Changed(texts)), Some(n), _) => out.push(cx.marked(Some(texts), n).0),
            (Some(NoteDelta::Added), Some(n), _) => out.push(redline::ins(&cx.rich(n), cx.markup)),
            (Some(NoteDelta::Removed), None, Some(o)) => {
                out.push(redline::del_text(&cx.seen(o), cx.markup));
            }
            (_, Some(n), _) => out.push(cx.rich(n)),
            _ => {}
        }
    }
    out
}

/// The time plan; with `old` and the diff's marks, every cell that changed is redlined
/// and flagged.
fn timeplan(t: &Timeplan, old: Option<(&Timeplan, &TimeplanMarks)>, cx: &Viewing) -> TimeplanView {
    let marks = old.map(|(_, m)| m);
    let label = |s: &crate::validate::SlotDef| {
        s.label
            .as_ref()
            .map_or(String::new(), |l| l.get(cx.lang).to_string())
    };
    let old_notes = old.map(|(o, m)| (o.notes.as_slice(), &m.notes));
    TimeplanView {
        heading: cx
            .marked(marks.and_then(|m| m.heading.as_ref()), &t.heading)
            .0,
        slots: t.slots.iter().map(label).collect(),
        rows: t.rows.iter().map(|r| row(r, t, marks, cx)).collect(),
        notes: notes(&t.notes, old_notes, cx),
    }
}

fn row(r: &Row, t: &Timeplan, marks: Option<&TimeplanMarks>, cx: &Viewing) -> RowView {
    match r {
        Row::Day { date, cells } => {
            let cells: Vec<CellView> = cells
                .iter()
                .map(|c| cell(c, marks.map(|m| cell_marks(m, *date, c, t)), cx))
                .collect();
            RowView {
                kind: "day",
                weekday: cx.loc.weekday(*date),
                date: cx.loc.day_month(*date),
                changed: cells.iter().any(|c| c.changed),
                cells,
                text: String::new(),
            }
        }
        Row::Whole { from, to, text } => {
            let (text, changed) = match marks.and_then(|m| m.whole.get(from)) {
                Some(WholeMark::Inserted) => (redline::ins(&cx.rich(text), cx.markup), true),
                Some(WholeMark::Changed(texts)) => cx.marked(Some(texts), text),
                None => (cx.rich(text), false),
            };
            RowView {
                kind: "whole",
                weekday: cx.loc.weekday(*from),
                date: day_span(&cx.loc, *from, *to),
                cells: Vec::new(),
                text,
                changed,
            }
        }
    }
}

/// The marks of the slots a cell covers: the mark of the slot it starts at, and the
/// sessions that left the others (removed where a longer session now spans).
fn cell_marks<'m>(
    marks: &'m TimeplanMarks,
    date: NaiveDate,
    c: &crate::validate::Cell,
    t: &Timeplan,
) -> (Option<&'m CellMark>, Vec<&'m Tr>) {
    let ids = t.slots.iter().skip(c.slot).take(c.span.max(1));
    let mut covered = ids.map(|s| marks.cells.get(&(date, s.id.clone())));
    let first = covered.next().flatten();
    let left = covered.flatten().filter_map(|m| m.left.as_ref()).collect();
    (first, left)
}

/// A cell; in a changes document (`mark` is then `Some`), marked as the diff says: its
/// words changed, the session arrived here, or sessions that were here left (struck
/// through, before what is here now).
fn cell(
    c: &crate::validate::Cell,
    mark: Option<(Option<&CellMark>, Vec<&Tr>)>,
    cx: &Viewing,
) -> CellView {
    let new = c.text.as_ref();
    let (mark, left_elsewhere) = mark.unwrap_or_default();
    let lefts = mark
        .and_then(|m| m.left.as_ref())
        .into_iter()
        .chain(left_elsewhere);
    let gone: String = lefts
        .map(|o| redline::del_text(&cx.seen(o), cx.markup))
        .collect();
    let (text, changed) = match (mark, new) {
        (Some(m), Some(n)) if m.words.is_some() => {
            let (words, changed) = cx.marked(m.words.as_ref(), n);
            (gone.clone() + &words, changed || !gone.is_empty())
        }
        (Some(m), Some(n)) if m.arrived => {
            (gone.clone() + &redline::ins(&cx.rich(n), cx.markup), true)
        }
        (_, Some(n)) => (gone.clone() + &cx.rich(n), !gone.is_empty()),
        (_, None) => (gone.clone(), !gone.is_empty()),
    };
    CellView {
        span: c.span,
        empty: text.is_empty(),
        text,
        changed: changed || mark.is_some_and(|m| m.span),
    }
}

fn day_span(loc: &Locale, from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        loc.day_month(from)
    } else {
        format!("{} - {}", loc.day_month(from), loc.day_month(to))
    }
}
