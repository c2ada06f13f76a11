//! The view of one document in one language and one markup: plain, serialisable data the
//! templates read. Texts from the sources that may hold inline Markdown (`rich`) arrive
//! here already rendered for the markup, and in a changes document already redlined; all
//! other strings are escaped by the template engine.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::documents::Document;
use super::inline::{self, Markup};
use super::locale::{self, Locale};
use super::redline;
use crate::diff::{AgendaChange, words};
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

/// What a view needs at hand while it is built.
struct Cx<'a> {
    lang: &'a str,
    markup: Markup,
    syntax: Syntax,
    loc: Locale,
}

impl Cx<'_> {
    fn rich(&self, t: &Tr) -> String {
        inline::render(t.get(self.lang), self.syntax, self.markup)
    }

    /// What a reader sees of `t`.
    fn plain(&self, t: &Tr) -> String {
        crate::validate::reading::seen(t.get(self.lang), self.syntax)
    }

    /// The text, redlined against `old` where it differs.
    fn changed(&self, old: Option<&Tr>, new: &Tr) -> (String, bool) {
        match old {
            Some(o) if o.get(self.lang) != new.get(self.lang) => {
                let words = words::diff(&self.plain(o), &self.plain(new));
                (redline::pieces(&words, self.markup), true)
            }
            _ => (self.rich(new), false),
        }
    }
}

/// Builds the view of `doc` of `meeting` in `lang` for `markup`.
pub fn build(meeting: &Meeting, doc: &Document, lang: &str, markup: Markup) -> View {
    let cx = Cx {
        lang,
        markup,
        syntax: meeting.meta.syntax,
        loc: locale::locale(lang),
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
                changes.and_then(|c| c.old_agenda.map(|o| (o, &c.agenda))),
                &cx,
            )
        }),
        timeplan: doc
            .timeplan
            .map(|t| timeplan(t, changes.and_then(|c| c.old_timeplan), &cx)),
    }
}

fn doc_view(doc: &Document, cx: &Cx) -> DocView {
    let zh = cx.lang == "zh";
    let mut lines = Vec::new();
    let mut heading = String::new();
    if let Some(c) = &doc.changes {
        heading = match (&c.against, zh) {
            (Some(n), true) => format!("与{n}相比的修改"),
            (Some(n), false) => format!("Changes from {n}"),
            (None, true) => "与草案相比的修改".to_string(),
            (None, false) => "Changes from the draft".to_string(),
        };
        lines.extend(
            c.agenda
                .iter()
                .filter_map(|ch| redline::agenda_line(ch, &cx.loc)),
        );
        if let (Some(old), Some(new)) = (c.old_timeplan, doc.timeplan) {
            lines.extend(
                c.timeplan
                    .iter()
                    .filter_map(|ch| redline::timeplan_line(ch, old, new, &cx.loc)),
            );
        }
        lines.dedup();
    }
    DocView {
        stamp: doc.stamp.as_ref().map(|(s, _)| s.clone()),
        date: doc.stamp.as_ref().map(|(_, d)| cx.loc.date_range(*d, *d)),
        summary: doc.summary.map(|s| cx.rich(s)),
        redline: doc.changes.is_some(),
        changes_heading: heading,
        changes: lines,
        no_changes: if zh { "无修改。" } else { "No changes." },
        legend: legend(cx.markup, zh),
    }
}

fn legend(markup: Markup, zh: bool) -> &'static str {
    match (markup, zh) {
        (Markup::Markdown, true) => {
            "插入的文字标为 {++插入++}，删除的文字标为 {--删除--}；修改过的时间表单元格标有 ✎。"
        }
        (Markup::Markdown, false) => {
            "Inserted text is marked {++like this++}, deleted text {--like this--}; changed time-plan cells are marked ✎."
        }
        (_, true) => {
            "插入的文字以绿色下划线标出，删除的文字以红色删除线标出；修改过的时间表单元格以底色标出。"
        }
        (_, false) => {
            "Inserted text is underlined in green, deleted text struck through in red; changed time-plan cells are shaded."
        }
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

/// The agenda; with `old` (and the diff), redlined against it.
fn agenda(a: &Agenda, old: Option<(&Agenda, &Vec<AgendaChange>)>, cx: &Cx) -> AgendaView {
    let before = old.map(|(o, changes)| Before::new(o, changes));
    let heading = cx.changed(old.map(|(o, _)| &o.heading), &a.heading).0;
    let mut items: Vec<ItemView> = a
        .items
        .iter()
        .map(|i| item(i, 0, before.as_ref(), cx))
        .collect();
    if let (Some(b), Some((o, _))) = (&before, old) {
        b.insert_removed(&mut items, &o.items, 0, cx);
    }
    AgendaView {
        heading,
        items,
        notes: notes(&a.notes, old.map(|(o, _)| o.notes.as_slice()), cx),
    }
}

/// The earlier version of an agenda, by item id.
struct Before<'a> {
    items: HashMap<&'a str, &'a AgendaItem>,
    moved: HashSet<&'a str>,
}

impl<'a> Before<'a> {
    fn new(old: &'a Agenda, changes: &'a [AgendaChange]) -> Self {
        let mut items = HashMap::new();
        let mut stack: Vec<&AgendaItem> = old.items.iter().collect();
        while let Some(i) = stack.pop() {
            items.insert(i.id.as_str(), i);
            stack.extend(i.items.iter());
        }
        let moved = changes
            .iter()
            .filter_map(|c| {
                if let AgendaChange::Moved { id, .. } = c {
                    Some(id.as_str())
                } else {
                    None
                }
            })
            .collect();
        Before { items, moved }
    }

    /// Puts the items of `old` that are gone back where they stood, marked as deleted.
    fn insert_removed(&self, items: &mut Vec<ItemView>, old: &[AgendaItem], depth: usize, cx: &Cx) {
        for (i, o) in old.iter().enumerate() {
            if !contains(items, &o.id) {
                let view = removed(o, depth, cx);
                items.insert(i.min(items.len()), view);
            } else if let Some(v) = items.iter_mut().find(|v| v.id == o.id) {
                self.insert_removed(&mut v.items, &o.items, depth + 1, cx);
            }
        }
    }
}

fn contains(items: &[ItemView], id: &str) -> bool {
    items.iter().any(|v| v.id == id || contains(&v.items, id))
}

fn removed(o: &AgendaItem, depth: usize, cx: &Cx) -> ItemView {
    ItemView {
        id: o.id.clone(),
        number: redline::del_text(&o.number, cx.markup),
        old_number: o.number.clone(),
        status: "removed",
        remark: String::new(),
        depth,
        title: redline::del_text(&cx.plain(&o.title), cx.markup),
        items: o.items.iter().map(|c| removed(c, depth + 1, cx)).collect(),
    }
}

fn item(it: &AgendaItem, depth: usize, before: Option<&Before>, cx: &Cx) -> ItemView {
    let was = before.and_then(|b| b.items.get(it.id.as_str()).copied());
    let (status, old_number, remark) = match (before, was) {
        (None, _) => ("", String::new(), String::new()),
        (Some(_), None) => ("added", String::new(), String::new()),
        (Some(b), Some(w)) if b.moved.contains(it.id.as_str()) => {
            let remark = if cx.lang == "zh" {
                format!("（原第{}项）", w.number)
            } else {
                format!("(moved from item {})", w.number)
            };
            ("moved", w.number.clone(), remark)
        }
        (Some(_), Some(w)) if w.number != it.number => {
            ("renumbered", w.number.clone(), String::new())
        }
        _ => ("", String::new(), String::new()),
    };
    let title = match (before, was) {
        (Some(_), None) => redline::ins(&cx.rich(&it.title), cx.markup),
        _ => cx.changed(was.map(|w| &w.title), &it.title).0,
    };
    let number = match status {
        "added" => redline::ins_text(&it.number, cx.markup),
        "moved" | "renumbered" => [
            redline::del_text(&old_number, cx.markup),
            redline::plain(" ", cx.markup),
            redline::ins_text(&it.number, cx.markup),
        ]
        .concat(),
        _ => redline::plain(&it.number, cx.markup),
    };
    ItemView {
        id: it.id.clone(),
        number,
        old_number,
        status,
        remark,
        depth,
        title,
        items: it
            .items
            .iter()
            .map(|c| item(c, depth + 1, before, cx))
            .collect(),
    }
}

fn notes(new: &[Tr], old: Option<&[Tr]>, cx: &Cx) -> Vec<String> {
    let Some(old) = old else {
        return new.iter().map(|n| cx.rich(n)).collect();
    };
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        match (old.get(i), new.get(i)) {
            (o, Some(n)) if o.is_some() => out.push(cx.changed(o, n).0),
            (_, Some(n)) => out.push(redline::ins(&cx.rich(n), cx.markup)),
            (Some(o), None) => out.push(redline::del_text(&cx.plain(o), cx.markup)),
            (None, None) => {}
        }
    }
    out
}

/// The time plan; with `old`, every cell that changed is redlined and flagged.
fn timeplan(t: &Timeplan, old: Option<&Timeplan>, cx: &Cx) -> TimeplanView {
    let before = old.map(Sessions::of);
    let label = |s: &crate::validate::SlotDef| {
        s.label
            .as_ref()
            .map_or(String::new(), |l| l.get(cx.lang).to_string())
    };
    TimeplanView {
        heading: cx.changed(old.map(|o| &o.heading), &t.heading).0,
        slots: t.slots.iter().map(label).collect(),
        rows: t
            .rows
            .iter()
            .map(|r| row(r, t, before.as_ref(), cx))
            .collect(),
        notes: notes(&t.notes, old.map(|o| o.notes.as_slice()), cx),
    }
}

/// What an earlier time plan had, by day and slot id.
struct Sessions<'a> {
    cells: HashMap<(NaiveDate, &'a str), (usize, Option<&'a Tr>)>,
    whole: HashMap<NaiveDate, &'a Tr>,
}

impl<'a> Sessions<'a> {
    fn of(t: &'a Timeplan) -> Self {
        let mut cells = HashMap::new();
        let mut whole = HashMap::new();
        for r in &t.rows {
            match r {
                Row::Day { date, cells: cs } => {
                    for c in cs {
                        cells.insert(
                            (*date, t.slots[c.slot].id.as_str()),
                            (c.span, c.text.as_ref()),
                        );
                    }
                }
                Row::Whole { from, to, text } => {
                    for d in from.iter_days().take_while(|d| d <= to) {
                        whole.insert(d, text);
                    }
                }
            }
        }
        Sessions { cells, whole }
    }
}

fn row(r: &Row, t: &Timeplan, before: Option<&Sessions>, cx: &Cx) -> RowView {
    match r {
        Row::Day { date, cells } => {
            let cells: Vec<CellView> = cells
                .iter()
                .map(|c| cell(*date, c, t, before, cx))
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
            let (text, changed) = match before {
                Some(b) => match b.whole.get(from) {
                    Some(old) => cx.changed(Some(old), text),
                    None => (redline::ins(&cx.rich(text), cx.markup), true),
                },
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

fn cell(
    date: NaiveDate,
    c: &crate::validate::Cell,
    t: &Timeplan,
    before: Option<&Sessions>,
    cx: &Cx,
) -> CellView {
    let new = c.text.as_ref();
    let Some(b) = before else {
        return CellView {
            span: c.span,
            text: new.map_or(String::new(), |n| cx.rich(n)),
            empty: new.is_none(),
            changed: false,
        };
    };
    let (old_span, old) = b
        .cells
        .get(&(date, t.slots[c.slot].id.as_str()))
        .copied()
        .unwrap_or((c.span, None));
    let (text, changed) = match (old, new) {
        (Some(o), Some(n)) => cx.changed(Some(o), n),
        (None, Some(n)) => (redline::ins(&cx.rich(n), cx.markup), true),
        (Some(o), None) => (redline::del_text(&cx.plain(o), cx.markup), true),
        (None, None) => (String::new(), false),
    };
    CellView {
        span: c.span,
        empty: text.is_empty(),
        text,
        changed: changed || old_span != c.span,
    }
}

fn day_span(loc: &Locale, from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        loc.day_month(from)
    } else {
        format!("{} - {}", loc.day_month(from), loc.day_month(to))
    }
}
