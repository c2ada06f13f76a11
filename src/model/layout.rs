//! The tables a time plan is shown in, as shapes derived from the plan alone. By day: a
//! column per slot, a row per day (its cells spanning slots) or per whole-row entry. By
//! group: parts of at most [`DAYS_PER_PART`] days, each with a column per slot shown on
//! a day (or per whole-row entry, collapsed), a row per group (and one for the sessions
//! of no group), and a cell per run of neighbouring columns of one day that hold the
//! same sessions. The views build each table on its layout; the diff compares two
//! versions' layouts to say whether a table keeps its shape.

use chrono::{Datelike, NaiveDate};

use super::{Row, Timeplan};

/// How many meeting days a part of the plan by group shows at most.
pub const DAYS_PER_PART: usize = 5;

/// The shape of the table by day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByDay {
    /// The slots' ids: a column each.
    pub slots: Vec<String>,
    pub rows: Vec<DayLine>,
}

/// A row of the table by day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayLine {
    /// A day: its cells, each over some slots.
    Day { date: NaiveDate, cells: Vec<Place> },
    /// A whole-row entry over its days; `dated` where its header gives its dates (it
    /// covers a weekday: the weekend is plain, as in the letter).
    Whole {
        from: NaiveDate,
        to: NaiveDate,
        dated: bool,
    },
}

/// Where a cell is: its first slot and how many it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub slot: usize,
    pub span: usize,
}

/// A part of the plan by group: a table on a page of its own.
#[derive(Debug, Clone)]
pub struct Part {
    /// The rows of the plan it shows (indices into [`Timeplan::rows`]).
    pub rows: Vec<usize>,
    pub columns: Vec<Column>,
    /// A line per group in hierarchy order, then one for the sessions of no group
    /// where the plan has any.
    pub lines: Vec<Line>,
}

/// A column of a part: a slot of a day, or a whole-row entry collapsed into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Slot { date: NaiveDate, slot: usize },
    Whole { row: usize },
}

/// Who a line of the plan by group is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// A group, by its index in [`Timeplan::groups`].
    Group(usize),
    /// The sessions of no group ("Other").
    Nobody,
}

/// A line of a part: its cells, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    pub who: Who,
    pub cells: Vec<Span>,
}

/// A cell of a line: the columns it covers and the sessions there (indices into
/// [`Timeplan::sessions`], in the plan's order).
#[derive(Debug, Clone)]
pub struct Span {
    pub first: usize,
    pub span: usize,
    pub sessions: Vec<usize>,
}

impl Span {
    /// The columns it covers.
    pub fn columns<'a>(&self, part: &'a Part) -> &'a [Column] {
        &part.columns[self.first..self.first + self.span]
    }
}

/// The shape of the plan by day.
pub fn by_day(t: &Timeplan) -> ByDay {
    let line = |r: &Row| match r {
        Row::Day { date, cells } => DayLine::Day {
            date: *date,
            cells: (cells.iter())
                .map(|c| Place {
                    slot: c.slot,
                    span: c.span,
                })
                .collect(),
        },
        Row::Whole { from, to, .. } => DayLine::Whole {
            from: *from,
            to: *to,
            dated: covers_weekday(*from, *to),
        },
    };
    ByDay {
        slots: t.slots.iter().map(|s| s.id.clone()).collect(),
        rows: t.rows.iter().map(line).collect(),
    }
}

/// Whether the days from `from` to `to` include a weekday (Monday to Friday).
pub fn covers_weekday(from: NaiveDate, to: NaiveDate) -> bool {
    from.iter_days()
        .take_while(|d| *d <= to)
        .any(|d| d.weekday().number_from_monday() <= 5)
}

/// The parts of the plan by group.
pub fn by_group(t: &Timeplan) -> Vec<Part> {
    let regular = regular_slots(t);
    split(&t.rows)
        .into_iter()
        .map(|rows| part(t, rows, &regular))
        .collect()
}

fn part(t: &Timeplan, rows: Vec<usize>, regular: &[bool]) -> Part {
    let mut columns = Vec::new();
    for &i in &rows {
        match &t.rows[i] {
            Row::Day { date, .. } => {
                // A day before or after the meeting shows only the slots it uses.
                let regular = |k: usize| regular[k] && t.outside(*date).is_none();
                let shown = (0..t.slots.len()).filter(|k| regular(*k) || used(t, *date, *k));
                columns.extend(shown.map(|slot| Column::Slot { date: *date, slot }));
            }
            Row::Whole { .. } => columns.push(Column::Whole { row: i }),
        }
    }
    let mut who: Vec<Who> = (0..t.groups.len()).map(Who::Group).collect();
    if t.sessions.iter().any(|s| s.groups.is_empty()) {
        who.push(Who::Nobody);
    }
    let lines = (who.into_iter())
        .map(|w| Line {
            who: w,
            cells: cells(t, w, &columns),
        })
        .collect();
    Part {
        rows,
        columns,
        lines,
    }
}

/// Whether a session of `t` on `date` covers slot `k`.
fn used(t: &Timeplan, date: NaiveDate, k: usize) -> bool {
    (t.sessions.iter()).any(|s| s.date == date && (s.slot..s.slot + s.span).contains(&k))
}

/// The rows (indices) in parts of at most [`DAYS_PER_PART`] days: the days between
/// whole-row entries (a week) are cut into as few parts as that allows, of sizes as even
/// as possible; a whole-row entry (the weekend) ends the part before it.
fn split(rows: &[Row]) -> Vec<Vec<usize>> {
    let is_day = |i: &usize| matches!(rows[*i], Row::Day { .. });
    let mut weeks: Vec<Vec<usize>> = vec![Vec::new()];
    for (i, r) in rows.iter().enumerate() {
        if let Some(week) = weeks.last_mut() {
            week.push(i);
        }
        if matches!(r, Row::Whole { .. }) {
            weeks.push(Vec::new());
        }
    }
    let mut parts = Vec::new();
    for week in weeks.into_iter().filter(|w| !w.is_empty()) {
        let days = week.iter().filter(|i| is_day(i)).count();
        let count = days.div_ceil(DAYS_PER_PART).max(1);
        let mut sizes = (0..count).map(|i| days / count + usize::from(i < days % count));
        let mut part: Vec<usize> = Vec::new();
        let mut size = sizes.next().unwrap_or(0);
        for i in week {
            if is_day(&i) && part.iter().filter(|i| is_day(i)).count() == size {
                parts.push(std::mem::take(&mut part));
                size = sizes.next().unwrap_or(usize::MAX);
            }
            part.push(i);
        }
        parts.push(part);
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// Slots shown on every day: those used on at least half of the days (an occasional
/// slot, such as an extra evening session, is shown only on the days it is used).
fn regular_slots(t: &Timeplan) -> Vec<bool> {
    let days: Vec<NaiveDate> = (t.rows.iter())
        .filter_map(|r| match r {
            Row::Day { date, .. } => Some(*date),
            Row::Whole { .. } => None,
        })
        .collect();
    let regular: Vec<bool> = (0..t.slots.len())
        .map(|k| 2 * days.iter().filter(|d| used(t, **d, k)).count() >= days.len())
        .collect();
    if regular.iter().any(|r| *r) {
        regular
    } else {
        vec![true; t.slots.len()]
    }
}

/// The cells of `who`'s line: per column, the sessions of `who` there; neighbouring
/// columns of one day holding the same sessions are one cell.
fn cells(t: &Timeplan, who: Who, columns: &[Column]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (k, col) in columns.iter().enumerate() {
        let here = sessions_at(t, who, *col);
        if let Some(prev) = out.last_mut()
            && !here.is_empty()
            && prev.sessions == here
            && same_day(columns[prev.first], *col)
        {
            prev.span += 1;
            continue;
        }
        out.push(Span {
            first: k,
            span: 1,
            sessions: here,
        });
    }
    out
}

fn same_day(a: Column, b: Column) -> bool {
    matches!((a, b), (Column::Slot { date: x, .. }, Column::Slot { date: y, .. }) if x == y)
}

/// The sessions of `who` in column `col` (none in a whole-row entry's).
fn sessions_at(t: &Timeplan, who: Who, col: Column) -> Vec<usize> {
    let Column::Slot { date, slot } = col else {
        return Vec::new();
    };
    (0..t.sessions.len())
        .filter(|i| {
            let s = &t.sessions[*i];
            s.date == date && (s.slot..s.slot + s.span).contains(&slot) && is_of(t, who, *i)
        })
        .collect()
}

/// Whether session `i` of `t` is `who`'s.
pub fn is_of(t: &Timeplan, who: Who, i: usize) -> bool {
    let s = &t.sessions[i];
    match who {
        Who::Group(g) => s.groups.iter().any(|x| *x == t.groups[g].id),
        Who::Nobody => s.groups.is_empty(),
    }
}
