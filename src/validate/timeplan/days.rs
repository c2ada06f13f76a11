//! The rows of the plan by day: one row per meeting day in date order (whole-row
//! entries may cover several days), weekdays that agree with dates, and the cells of each
//! day, each a session of the group it names (or of none), on known slots that neither
//! overlap nor run past the last slot.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Days, Placed};
use crate::diag::Pos;
use crate::hints::choice_hint;
use crate::load::model::{self, Day, TimeplanFile};
use crate::load::spanned::Sp;
use crate::model::{Row, Session, SlotDef};
use crate::validate::Cx;

/// The rows written, with the sessions of their cells; `None` if a row is wrong.
pub(super) fn rows(
    src: &TimeplanFile,
    slots: Option<&[SlotDef]>,
    meta: &Days,
    placed: &mut Vec<Placed>,
    cx: &mut Cx,
) -> Option<Vec<Row>> {
    let mut seen = Seen::default();
    let mut rows = Some(Vec::new());
    for day in &src.days.value.0 {
        let row = slots.and_then(|s| row(day, s, meta, &mut seen, (placed, cx)));
        match (&mut rows, row) {
            (Some(list), Some(r)) => list.push(r),
            _ => rows = None,
        }
    }
    // A row whose date could not be read would show up again as a missing day: skip that.
    if rows.is_some() {
        missing_days(src, meta, &seen.covered, cx);
    }
    rows
}

/// The days the rows read so far cover (each with the row's position), and the last.
#[derive(Default)]
struct Seen {
    covered: BTreeMap<NaiveDate, Pos>,
    last: Option<NaiveDate>,
}

fn row(
    day: &Day,
    slots: &[SlotDef],
    meta: &Days,
    seen: &mut Seen,
    (placed, cx): (&mut Vec<Placed>, &mut Cx),
) -> Option<Row> {
    let date = cx.date(&day.date)?;
    let until = match &day.until {
        Some(u) => cx.date(u)?,
        None => date,
    };
    let pos = day.date.pos.with_len(day.date.value.chars().count());
    if until < date {
        cx.error(
            day.until.as_ref().map_or(pos, |u| u.pos),
            format!("`until` {until} is before the row's date {date}"),
            "give `until` the last day the row covers",
        );
        return None;
    }
    let mut ok = in_meeting(date, until, pos, meta, cx);
    ok &= in_order((date, until), pos, seen, cx);
    if let Some(w) = &day.weekday {
        ok &= weekday_agrees(w, date, until, cx);
    }
    let row = match (&day.cells, &day.whole) {
        (_, None) if date != until => {
            cx.error(
                pos,
                "the row of a day (without `whole`) covers one day only",
                "remove `until`, or write the row's text as `whole:`",
            );
            return None;
        }
        (Some(cells), None) => {
            placed.extend(cells_of(cells, date, slots, cx)?);
            Row::Day {
                date,
                cells: Vec::new(),
            }
        }
        (None, Some(text)) => Row::Whole {
            from: date,
            to: until,
            text: cx.tr(text)?,
        },
        (Some(_), Some(_)) => {
            cx.error(pos, "a row has either `cells` or `whole`, not both", "keep `cells` for a meeting day, `whole` for an entry across the row (e.g. the weekend)");
            return None;
        }
        // A day whose sessions are all in the `sessions` list.
        (None, None) => Row::Day {
            date,
            cells: Vec::new(),
        },
    };
    ok.then_some(row)
}

fn in_meeting(date: NaiveDate, until: NaiveDate, pos: Pos, meta: &Days, cx: &mut Cx) -> bool {
    if date < meta.first_day || until > meta.last_day {
        let outside = if date < meta.first_day { date } else { until };
        cx.error(
            pos,
            format!(
                "{outside} is outside the meeting ({} to {})",
                meta.first_day, meta.last_day
            ),
            "fix the date, or `first_day`/`last_day` in meeting.yaml",
        );
        return false;
    }
    true
}

/// Rows come in date order and cover each day once.
fn in_order((date, until): (NaiveDate, NaiveDate), pos: Pos, seen: &mut Seen, cx: &mut Cx) -> bool {
    let mut ok = true;
    for d in date.iter_days().take_while(|d| *d <= until) {
        if let Some(first) = seen.covered.get(&d) {
            let (l, c) = (first.line, first.col);
            cx.error(
                pos,
                format!("{d} has a row already (line {l}:{c})"),
                "give each day one row; remove or merge the duplicate",
            );
            return false;
        }
        seen.covered.insert(d, pos);
    }
    if let Some(prev) = seen.last
        && date < prev
    {
        cx.error(
            pos,
            format!("{date} comes after {prev}: rows must be in date order"),
            "move this row to its place by date",
        );
        ok = false;
    }
    seen.last = Some(until.max(seen.last.unwrap_or(until)));
    ok
}

fn weekday_agrees(w: &Sp<String>, date: NaiveDate, until: NaiveDate, cx: &mut Cx) -> bool {
    let Ok(given) = w.value.trim().parse::<Weekday>() else {
        cx.error(w.pos, format!("`{}` is not a weekday", w.value), "write the English name, e.g. Tuesday, or leave `weekday` out: it is derived from the date");
        return false;
    };
    if date != until || given != date.weekday() {
        let actual = date.format("%A");
        cx.error(
            w.pos.with_len(w.value.chars().count()),
            format!("{date} is a {actual}, not a {}", full_name(given)),
            "fix the date or the weekday (or leave `weekday` out: it is derived from the date)",
        );
        return false;
    }
    true
}

fn full_name(w: Weekday) -> String {
    NaiveDate::from_isoywd_opt(2025, 1, w).map_or_else(String::new, |d| d.format("%A").to_string())
}

/// The sessions of a day's cells, each on its slots; cells may not overlap.
fn cells_of(
    src: &Sp<model::List<model::Cell>>,
    date: NaiveDate,
    slots: &[SlotDef],
    cx: &mut Cx,
) -> Option<Vec<Placed>> {
    let ids: Vec<&str> = slots.iter().map(|s| s.id.as_str()).collect();
    let mut taken: Vec<Option<Pos>> = vec![None; slots.len()];
    let mut placed = Some(Vec::new());
    for cell in &src.value.0 {
        match (place_cell(cell, date, &ids, &mut taken, cx), &mut placed) {
            (Some(Some(c)), Some(list)) => list.push(c),
            (Some(None), _) => {}
            _ => placed = None,
        }
    }
    placed
}

/// The session of a cell (`Some(None)` for a cell with neither text nor group: an empty
/// slot), or `None` if the cell is wrong.
fn place_cell(
    cell: &model::Cell,
    date: NaiveDate,
    ids: &[&str],
    taken: &mut [Option<Pos>],
    cx: &mut Cx,
) -> Option<Option<Placed>> {
    let name = cell.slot.value.as_str();
    let pos = cell.slot.pos.with_len(name.chars().count());
    let Some(start) = ids.iter().position(|id| *id == name) else {
        cx.error(
            pos,
            format!("unknown slot `{name}`"),
            choice_hint(name, ids),
        );
        return None;
    };
    let span = super::sessions::span(cell.span.as_ref(), (start, ids), pos, cx)?;
    if let Some(other) = taken[start..start + span].iter().flatten().next() {
        let (l, c) = (other.line, other.col);
        cx.error(
            pos,
            format!("this cell overlaps the cell at line {l}:{c}"),
            "move one of the cells to a free slot or shorten its span",
        );
        return None;
    }
    for t in &mut taken[start..start + span] {
        *t = Some(pos);
    }
    let text = match &cell.text {
        Some(t) => Some(cx.tr(t)?),
        None => None,
    };
    if text.is_none() && cell.group.is_none() {
        return Some(None);
    }
    let session = Session {
        derived_id: true,
        groups: cell.group.iter().map(|g| g.value.clone()).collect(),
        text,
        ..Session::new(format!("{date}/{name}"), date, (start, span))
    };
    let refs = super::Refs {
        groups: cell.group.iter().cloned().collect(),
        ..Default::default()
    };
    Some(Some(Placed { session, pos, refs }))
}

/// Every day of the meeting has a row.
fn missing_days(src: &TimeplanFile, meta: &Days, covered: &BTreeMap<NaiveDate, Pos>, cx: &mut Cx) {
    if meta.last_day < meta.first_day {
        return;
    }
    let days = meta
        .first_day
        .iter_days()
        .take_while(|d| *d <= meta.last_day);
    for d in days {
        if covered.contains_key(&d) {
            continue;
        }
        let at = covered.range(d..).next().map_or(src.days.pos, |(_, p)| *p);
        let weekday = d.format("%A");
        cx.error(
            at,
            format!("no row for {weekday} {d}"),
            format!("add a row `- date: {d}` (or cover it with a `whole:` row and `until:`)"),
        );
    }
}
