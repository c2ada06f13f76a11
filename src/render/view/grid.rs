//! The time plan by group, as the templates read it, built on its layout
//! ([`crate::model::layout`]): rows are the groups in hierarchy order (indented by
//! depth), columns the days split into their slots (a whole-row entry such as the weekend
//! collapsed into one column), in parts that each fit an A4 landscape page; a cell marks
//! that the group meets then (its session's code, else its room, else ●), with footnote
//! marks; a legend gives the hours.

use chrono::NaiveDate;
use serde::Serialize;

use super::Viewing;
use super::timeplan::{self, Block, Plans, in_order, outside_said, whole_text};
use crate::diff::marks::SessionMark;
use crate::model::layout::{self, Column, Line, Part, Span, Who};
use crate::model::rich::{Inline, Rich};
use crate::model::{Group, GroupKind, Naming, Row, Session, Status, Timeplan};
use crate::render::redline::Presence;
use crate::render::{redline, wording};

#[derive(Debug, Serialize)]
pub struct GridView {
    pub parts: Vec<GridPart>,
    /// The heading of the groups' column.
    pub groups_label: String,
}

#[derive(Debug, Serialize)]
pub struct GridPart {
    /// The table's caption: "By group, 8 September - 12 September".
    pub caption: String,
    pub days: Vec<GridDay>,
    /// Each column's day and slot.
    pub heads: Vec<GridHead>,
    pub rows: Vec<GridRow>,
    /// Columns in all (the groups' column aside).
    pub columns: usize,
}

#[derive(Debug, Serialize)]
pub struct GridDay {
    pub weekday: String,
    pub date: String,
    /// How many columns the day has.
    pub span: usize,
    /// For a collapsed whole-row entry: its text.
    pub whole: Option<Rich>,
    /// For a day before or after the meeting: "before the meeting" (else empty).
    pub outside: String,
}

/// A column's heading: its day ("Tuesday 9 September") and its slot ("Morning"); a
/// collapsed whole-row entry has its text instead of a slot.
#[derive(Debug, Serialize)]
pub struct GridHead {
    pub day: String,
    pub slot: Rich,
    pub whole: Option<Rich>,
}

#[derive(Debug, Serialize)]
pub struct GridRow {
    /// The group's name (redlined where it is new or renamed).
    pub name: Rich,
    pub depth: usize,
    /// The group's kind (plenary and working parties are shown bold); `other` for the
    /// row of the sessions of no group.
    pub kind: GroupKind,
    pub cells: Vec<GridCell>,
}

#[derive(Debug, Serialize)]
pub struct GridCell {
    pub span: usize,
    pub text: Rich,
    /// In a changes document: `text`'s lines (a session each) with the versions that have
    /// each, in the order each version has them (see [`super::Block`]).
    pub blocks: Vec<Block>,
    pub empty: bool,
    pub changed: bool,
}

pub(super) fn grid(p: &Plans, cx: &Viewing) -> GridView {
    GridView {
        parts: (layout::by_group(p.new).iter())
            .map(|part| self::part(part, p, cx))
            .collect(),
        groups_label: wording::groups_label(&cx.loc),
    }
}

/// The columns of a part, with their headings: its days, and each column's day and slot.
#[derive(Default)]
struct Columns {
    days: Vec<GridDay>,
    heads: Vec<GridHead>,
    /// The day of the last column, where it is a slot's.
    last: Option<NaiveDate>,
}

impl Columns {
    /// Slot `slot` of `date`: a column of the day before it, or of a day of its own.
    fn slot(&mut self, date: NaiveDate, slot: usize, p: &Plans, cx: &Viewing) {
        match self.days.last_mut() {
            Some(d) if self.last == Some(date) => d.span += 1,
            _ => self.days.push(GridDay {
                weekday: cx.loc.weekday_heading(date),
                date: cx.loc.day_month(date),
                span: 1,
                whole: None,
                outside: outside_said(date, p.new, cx),
            }),
        }
        self.last = Some(date);
        self.heads.push(GridHead {
            day: wording::day(date, &cx.loc),
            slot: slot_label(slot, p, cx),
            whole: None,
        });
    }

    /// A whole-row entry, collapsed into one column (its text marked as the plan by day
    /// marks it).
    fn whole(&mut self, row: &Row, p: &Plans, cx: &Viewing) {
        let Row::Whole { from, to, text } = row else {
            return;
        };
        let dates = cx.loc.day_span(*from, *to);
        let (text, _) = whole_text((*from, *to), text, p, cx);
        self.last = None;
        self.days.push(GridDay {
            weekday: cx.loc.weekday_heading(*from),
            date: dates.clone(),
            span: 1,
            whole: Some(text.clone()),
            outside: String::new(),
        });
        self.heads.push(GridHead {
            day: dates,
            slot: Rich::default(),
            whole: Some(text),
        });
    }
}

/// "By group, 8 September - 12 September": the view and the days of a part.
fn caption(rows: &[&Row], cx: &Viewing) -> String {
    let first = |r: &&Row| match r {
        Row::Day { date, .. } => *date,
        Row::Whole { from, .. } => *from,
    };
    let last = |r: &&Row| match r {
        Row::Day { date, .. } => *date,
        Row::Whole { to, .. } => *to,
    };
    let days = match (rows.first().map(first), rows.last().map(last)) {
        (Some(a), Some(b)) => cx.loc.day_span(a, b),
        _ => String::new(),
    };
    cx.loc.text("table-by-group", &[("days", &days)])
}

fn part(part: &Part, p: &Plans, cx: &Viewing) -> GridPart {
    let t = p.new;
    let mut cols = Columns::default();
    for col in &part.columns {
        match *col {
            Column::Slot { date, slot } => cols.slot(date, slot, p, cx),
            Column::Whole { row } => cols.whole(&t.rows[row], p, cx),
        }
    }
    let rows: Vec<&Row> = part.rows.iter().map(|i| &t.rows[*i]).collect();
    GridPart {
        caption: caption(&rows, cx),
        columns: part.columns.len(),
        days: cols.days,
        heads: cols.heads,
        rows: (part.lines.iter())
            .map(|line| grid_row(line, part, p, cx))
            .collect(),
    }
}

/// A slot's label as a column of the plan by group heads it: its id where it has none;
/// in a changes document, redlined where the label changed, given or taken away.
fn slot_label(k: usize, p: &Plans, cx: &Viewing) -> Rich {
    let slot = &p.new.slots[k];
    let id = || Rich::text(&slot.id);
    let relabelled = p.marks().is_some_and(|m| m.labels.contains_key(&slot.id));
    let older = p.older_label(&slot.id);
    match (&slot.label, older) {
        (Some(_), Some(_)) => timeplan::slot_label(k, p, cx).unwrap_or_else(id),
        (Some(label), None) if relabelled => [id().deleted(), cx.rich(label).inserted()]
            .into_iter()
            .collect(),
        (None, Some(was)) if relabelled => [cx.rich(was).deleted(), id().inserted()]
            .into_iter()
            .collect(),
        (Some(label), None) => cx.rich(label),
        (None, _) => id(),
    }
}

/// The row of a line: its group's name or short form, as the plan's `group_labels` says
/// (redlined where the group is new or what the row shows changed), or "Other", and its
/// cells.
fn grid_row(line: &Line, part: &Part, p: &Plans, cx: &Viewing) -> GridRow {
    let cells = (line.cells.iter())
        .map(|span| cell(span, line.who, part, p, cx))
        .collect();
    let Who::Group(g) = line.who else {
        return GridRow {
            name: Rich::text(wording::other_label(&cx.loc)),
            depth: 0,
            kind: GroupKind::Other,
            cells,
        };
    };
    let g = &p.new.groups[g];
    GridRow {
        name: row_label(g, p, cx),
        depth: g.depth,
        kind: g.kind,
        cells,
    }
}

/// What a row shows of its group, marked as the diff says: a new group inserted, words
/// of a renamed group's name, or a label whose short form changed replaced whole.
fn row_label(g: &Group, p: &Plans, cx: &Viewing) -> Rich {
    let naming = p.new.views.by_group_labels;
    let label = Rich::text(g.label(naming, cx.lang));
    let Some(marks) = p.marks() else {
        return label;
    };
    let coded = naming == Naming::Code;
    match (marks.groups.get(&g.id), p.older().group(&g.id)) {
        (Some(None), _) => label.inserted(),
        (_, Some(o)) if coded && marks.codes.contains(&g.id) => {
            Rich::replaced(Rich::text(o.label(naming, cx.lang)), label)
        }
        // The short form is shown, and stays: a new name is not seen here.
        _ if coded && g.code.is_some() => label,
        (Some(Some(texts)), Some(o)) => cx.revised(Some(texts), &g.name, Some(&o.name)).0,
        _ => label,
    }
}

/// Whether session `s` (of either plan) is `who`'s, `who` being a line of the newer.
fn of(who: Who, s: &Session, new: &Timeplan) -> bool {
    match who {
        Who::Group(g) => s.groups.iter().any(|x| *x == new.groups[g].id),
        Who::Nobody => s.groups.is_empty(),
    }
}

/// The sessions of `who` that left the places of a cell's columns, in the older plan.
fn left<'a>(who: Who, span: &Span, part: &Part, p: &'a Plans) -> Vec<&'a Session> {
    let mut out: Vec<&Session> = Vec::new();
    for col in span.columns(part) {
        let Column::Slot { date, slot } = *col else {
            continue;
        };
        let id = p.new.slots[slot].id.as_str();
        for s in p.left_from(date, &[id]) {
            if of(who, s, p.new) && !out.iter().any(|o| std::ptr::eq(*o, s)) {
                out.push(s);
            }
        }
    }
    out
}

/// A cell: the sessions of `who` that left its columns' places (struck through), then
/// its own, each marked as the diff says; its blocks in the order each version has them.
fn cell(span: &Span, who: Who, part: &Part, p: &Plans, cx: &Viewing) -> GridCell {
    let (t, old) = (p.new, p.older());
    let index_before = |s: &Session| old.sessions.iter().position(|o| o.id == s.id);
    let gone: Vec<(usize, Rich)> = (left(who, span, part, p).into_iter())
        .filter_map(|s| Some((index_before(s)?, mark(s, old, who, cx).deleted())))
        .collect();
    let mut changed = !gone.is_empty();
    let mut own = Vec::new();
    for i in &span.sessions {
        let s = &t.sessions[*i];
        let text = mark(s, t, who, cx);
        let (text, presence) = match p.mark(s) {
            Some(m) if m.arrived => (text.inserted(), Presence::New),
            Some(m) => {
                changed |= m.changed || m.words.is_some();
                (revised(s, (text, m), old, who, cx), Presence::Both)
            }
            None => (text, Presence::Both),
        };
        changed |= presence == Presence::New;
        own.push((index_before(s), Block { text, presence }));
    }
    let lines = gone.iter().map(|(_, g)| g.clone());
    let text = redline::lines(lines.chain(own.iter().map(|(_, b)| b.text.clone())));
    GridCell {
        span: span.span,
        empty: text.is_empty(),
        text,
        blocks: in_order(gone, own.into_iter()),
        changed,
    }
}

/// A session's mark `text` where the older plan `old` has the session: with its older
/// reading, whole (see [`Inline::Revised`]); where the diff says a detail the cell shows
/// changed (`m`), shown as the older mark deleted before the newer, else as it is (an
/// output shows `text` flagged).
fn revised(
    s: &Session,
    (text, m): (Rich, &SessionMark),
    old: &Timeplan,
    who: Who,
    cx: &Viewing,
) -> Rich {
    let Some(before) = old.sessions.iter().find(|o| o.id == s.id) else {
        return text;
    };
    let was = mark(before, old, who, cx);
    let f = m.fields;
    let no_code = s.code.is_none() && before.code.is_none();
    let nobody_words = matches!(who, Who::Nobody) && m.words.is_some();
    let shown = f.code || f.hours || f.marks || f.status || (f.room && no_code) || nobody_words;
    if shown {
        return Rich::replaced(was, text);
    }
    Rich(vec![Inline::Revised {
        marked: text.0.clone(),
        old: was.0,
        new: text.0,
    }])
}

/// What a cell shows of a session: its code, else its room, else ● (for a session of no
/// group, its text); its hours where they are its own; its footnote marks; "(●)" if it is
/// held only if needed; "(cancelled)" under it if cancelled.
fn mark(s: &Session, t: &Timeplan, who: Who, cx: &Viewing) -> Rich {
    let esc = |x: &str| Rich::text(x);
    let room = s
        .room
        .as_ref()
        .and_then(|r| t.room(r))
        .map(|r| r.name.get(cx.lang).to_string());
    let mut main = match (who, &s.code, room, &s.text) {
        (Who::Nobody, _, _, Some(text)) => cx.rich(text),
        (_, Some(code), _, _) => esc(code),
        (_, None, Some(room), _) => esc(&room),
        _ => esc("●"),
    };
    if s.status == Status::IfNeeded {
        main = [esc("("), main, esc(")")].into_iter().collect();
    }
    if let Some(h) = s.hours {
        main = redline::lines([main, esc(&wording::hours_text(h, &cx.loc))]);
    }
    if !s.marks.is_empty() {
        main.0.push(Inline::Superscript(esc(&s.marks.join(",")).0));
    }
    if s.status == Status::Cancelled
        && let Some(note) = wording::status_note(s.status, &cx.loc)
    {
        main = redline::lines([main, esc(&note)]);
    }
    main
}
