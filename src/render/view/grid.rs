//! The time plan by group, as the templates read it: rows are the groups in hierarchy
//! order (indented by depth), columns the days split into their slots (a whole-row entry
//! such as the weekend collapsed into one column), in parts of at most five days so that
//! each part fits an A4 landscape page; a cell marks that the group meets then (its
//! session's code, else its room, else ●), with footnote marks; a legend gives the hours.

use chrono::NaiveDate;
use serde::Serialize;

use super::Viewing;
use super::timeplan::{Block, Plans};
use crate::model::rich::{Inline, Rich};
use crate::model::{GroupKind, Row, Session, Status, Timeplan, Tr};
use crate::render::redline::Presence;
use crate::render::{redline, wording};

/// How many meeting days a part of the grid shows at most.
const DAYS_PER_PART: usize = 5;

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
}

/// A column's heading: its day ("Tuesday 9 September") and its slot ("Morning"); a
/// collapsed whole-row entry has its text instead of a slot.
#[derive(Debug, Serialize)]
pub struct GridHead {
    pub day: String,
    pub slot: String,
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

/// One column of the grid: a slot of a day, or a collapsed whole-row entry.
#[derive(Clone, Copy)]
enum Column {
    Slot { date: NaiveDate, slot: usize },
    Whole,
}

/// Who a row is for: a group, or the sessions of no group ("Other").
#[derive(Clone, Copy)]
enum Who<'a> {
    Group(&'a str),
    Nobody,
}

pub(super) fn grid(p: &Plans, cx: &Viewing) -> GridView {
    let t = p.new;
    let regular = regular_slots(t);
    let parts = split(&t.rows);
    GridView {
        parts: parts
            .iter()
            .map(|rows| part(rows, &regular, p, cx))
            .collect(),
        groups_label: wording::groups_label(&cx.loc),
    }
}

/// The rows in parts of at most [`DAYS_PER_PART`] days: the days between whole-row
/// entries (a week) are cut into as few parts as that allows, of sizes as even as
/// possible; a whole-row entry (the weekend) ends the part before it.
fn split(rows: &[Row]) -> Vec<Vec<&Row>> {
    let mut weeks: Vec<Vec<&Row>> = vec![Vec::new()];
    for r in rows {
        if let Some(week) = weeks.last_mut() {
            week.push(r);
        }
        if matches!(r, Row::Whole { .. }) {
            weeks.push(Vec::new());
        }
    }
    let mut parts = Vec::new();
    for week in weeks.into_iter().filter(|w| !w.is_empty()) {
        let days = week.iter().filter(|r| matches!(r, Row::Day { .. })).count();
        let count = days.div_ceil(DAYS_PER_PART).max(1);
        let mut sizes = (0..count).map(|i| days / count + usize::from(i < days % count));
        let mut part: Vec<&Row> = Vec::new();
        let mut size = sizes.next().unwrap_or(0);
        for r in week {
            if matches!(r, Row::Day { .. })
                && part.iter().filter(|r| matches!(r, Row::Day { .. })).count() == size
            {
                parts.push(std::mem::take(&mut part));
                size = sizes.next().unwrap_or(usize::MAX);
            }
            part.push(r);
        }
        parts.push(part);
    }
    parts.retain(|p: &Vec<&Row>| !p.is_empty());
    parts
}

/// Slots shown on every day: those used on at least half of the days (an occasional
/// slot, such as an extra evening session, is shown only on the days it is used).
fn regular_slots(t: &Timeplan) -> Vec<bool> {
    let days: Vec<NaiveDate> = t
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Day { date, .. } => Some(*date),
            Row::Whole { .. } => None,
        })
        .collect();
    let used = |k: usize, d: NaiveDate| {
        t.sessions
            .iter()
            .any(|s| s.date == d && (s.slot..s.slot + s.span).contains(&k))
    };
    let regular: Vec<bool> = (0..t.slots.len())
        .map(|k| 2 * days.iter().filter(|d| used(k, **d)).count() >= days.len())
        .collect();
    if regular.iter().any(|r| *r) {
        regular
    } else {
        vec![true; t.slots.len()]
    }
}

/// The columns of a part, with their headings: its days, and each column's day and slot.
struct Columns {
    days: Vec<GridDay>,
    columns: Vec<Column>,
    heads: Vec<GridHead>,
}

impl Columns {
    /// A day, split into the slots shown on it.
    fn day(&mut self, date: NaiveDate, shown: Vec<usize>, t: &Timeplan, cx: &Viewing) {
        self.days.push(GridDay {
            weekday: cx.loc.weekday_heading(date),
            date: cx.loc.day_month(date),
            span: shown.len(),
            whole: None,
        });
        for slot in shown {
            self.columns.push(Column::Slot { date, slot });
            self.heads.push(GridHead {
                day: wording::day(date, &cx.loc),
                slot: slot_label(t, slot, cx),
                whole: None,
            });
        }
    }

    /// A whole-row entry, collapsed into one column.
    fn whole(&mut self, (from, to): (NaiveDate, NaiveDate), text: &Tr, cx: &Viewing) {
        let dates = cx.loc.day_span(from, to);
        self.days.push(GridDay {
            weekday: cx.loc.weekday_heading(from),
            date: dates.clone(),
            span: 1,
            whole: Some(cx.rich(text)),
        });
        self.columns.push(Column::Whole);
        self.heads.push(GridHead {
            day: dates,
            slot: String::new(),
            whole: Some(cx.rich(text)),
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

fn part(rows: &[&Row], regular: &[bool], p: &Plans, cx: &Viewing) -> GridPart {
    let t = p.new;
    let mut cols = Columns {
        days: Vec::new(),
        columns: Vec::new(),
        heads: Vec::new(),
    };
    for r in rows {
        match r {
            Row::Day { date, .. } => {
                let used = |k: &usize| {
                    t.sessions
                        .iter()
                        .any(|s| s.date == *date && (s.slot..s.slot + s.span).contains(k))
                };
                let shown = (0..t.slots.len())
                    .filter(|k| regular[*k] || used(k))
                    .collect();
                cols.day(*date, shown, t, cx);
            }
            Row::Whole { from, to, text } => cols.whole((*from, *to), text, cx),
        }
    }
    let columns = &cols.columns;
    let mut grid_rows: Vec<GridRow> = t
        .groups
        .iter()
        .map(|g| group_row(g, columns, p, cx))
        .collect();
    if t.sessions.iter().any(|s| s.groups.is_empty()) {
        grid_rows.push(GridRow {
            name: Rich::text(wording::other_label(&cx.loc)),
            depth: 0,
            kind: GroupKind::Other,
            cells: cells(Who::Nobody, columns, p, cx),
        });
    }
    GridPart {
        caption: caption(rows, cx),
        columns: columns.len(),
        days: cols.days,
        heads: cols.heads,
        rows: grid_rows,
    }
}

fn slot_label(t: &Timeplan, k: usize, cx: &Viewing) -> String {
    t.slots[k]
        .label
        .as_ref()
        .map_or_else(|| t.slots[k].id.clone(), |l| l.get(cx.lang).to_string())
}

fn group_row(g: &crate::model::Group, columns: &[Column], p: &Plans, cx: &Viewing) -> GridRow {
    let name = match p.marks().and_then(|m| m.groups.get(&g.id)) {
        Some(None) => cx.rich(&g.name).inserted(),
        Some(Some(texts)) => cx.marked(Some(texts), &g.name).0,
        None => Rich::text(g.name.get(cx.lang)),
    };
    let kind = g.kind;
    GridRow {
        name,
        depth: g.depth,
        kind,
        cells: cells(Who::Group(&g.id), columns, p, cx),
    }
}

/// The cells of one row: per column, the sessions of `who` there; neighbouring columns
/// of one day holding the same sessions are one cell.
fn cells(who: Who, columns: &[Column], p: &Plans, cx: &Viewing) -> Vec<GridCell> {
    let t = p.new;
    let mut out: Vec<(Vec<usize>, Option<NaiveDate>, GridCell)> = Vec::new();
    for col in columns {
        let (here, date): (Vec<usize>, Option<NaiveDate>) = match col {
            Column::Slot { date, slot } => {
                let here = (0..t.sessions.len())
                    .filter(|i| {
                        let s = &t.sessions[*i];
                        s.date == *date && (s.slot..s.slot + s.span).contains(slot) && of(who, s)
                    })
                    .collect();
                (here, Some(*date))
            }
            Column::Whole => (Vec::new(), None),
        };
        if let Some((prev, d, c)) = out.last_mut()
            && !here.is_empty()
            && *prev == here
            && *d == date
            && left(who, *col, p).is_empty()
        {
            c.span += 1;
            continue;
        }
        let cell = cell(&here, who, *col, p, cx);
        out.push((here, date, cell));
    }
    out.into_iter().map(|(_, _, c)| c).collect()
}

fn of(who: Who, s: &Session) -> bool {
    match who {
        Who::Group(g) => s.groups.iter().any(|x| x == g),
        Who::Nobody => s.groups.is_empty(),
    }
}

/// The sessions of `who` that left this column's place, in the older plan.
fn left<'a>(who: Who, col: Column, p: &'a Plans) -> Vec<&'a Session> {
    let Column::Slot { date, slot } = col else {
        return Vec::new();
    };
    let id = p.new.slots[slot].id.as_str();
    p.left_from(date, &[id])
        .into_iter()
        .filter(|s| of(who, s))
        .collect()
}

fn cell(here: &[usize], who: Who, col: Column, p: &Plans, cx: &Viewing) -> GridCell {
    let t = p.new;
    let old = p.older();
    let mut changed = false;
    let mut parts: Vec<(Rich, Presence)> = left(who, col, p)
        .into_iter()
        .map(|s| {
            changed = true;
            (mark(s, old, who, cx).deleted(), Presence::Old)
        })
        .collect();
    for i in here {
        let s = &t.sessions[*i];
        let text = mark(s, t, who, cx);
        match p.mark(s) {
            Some(m) if m.arrived => {
                changed = true;
                parts.push((text.inserted(), Presence::New));
            }
            Some(m) => {
                changed |= m.changed || m.words.is_some();
                parts.push((revised(s, text, old, who, cx), Presence::Both));
            }
            None => parts.push((text, Presence::Both)),
        }
    }
    let text = redline::lines(parts.iter().map(|(t, _)| t.clone()));
    let blocks = (parts.into_iter())
        .map(|(text, presence)| Block { text, presence })
        .collect();
    GridCell {
        span: 1,
        empty: text.is_empty(),
        text,
        blocks,
        changed,
    }
}

/// A session's mark `text` where the older plan `old` has the session: with its older
/// reading, whole (see [`Inline::Revised`]); an output that shows changes as readers read
/// them shows `text`, flagged.
fn revised(s: &Session, text: Rich, old: &Timeplan, who: Who, cx: &Viewing) -> Rich {
    match old.sessions.iter().find(|o| o.id == s.id) {
        Some(before) => Rich(vec![Inline::Revised {
            marked: text.0.clone(),
            old: mark(before, old, who, cx).0,
            new: text.0,
        }]),
        None => text,
    }
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
