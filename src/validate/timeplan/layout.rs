//! The cells of the plan by day, derived from the sessions: the sessions of a day whose
//! slots overlap share one cell across those slots; a slot with no session is an empty
//! cell. Days outside the meeting that have sessions get rows of their own, and so do the
//! days of a whole-row entry (the weekend) that have sessions.

use chrono::NaiveDate;

use crate::model::{Cell, Row, Session};

/// `rows` as written, with their cells filled, and rows added for the days before and
/// after the meeting that have sessions.
pub(super) fn rows(written: Vec<Row>, sessions: &[Session], slots: usize) -> Vec<Row> {
    let mut dates: Vec<NaiveDate> = sessions.iter().map(|s| s.date).collect();
    dates.sort();
    dates.dedup();
    let covered = |d: &NaiveDate| {
        written.iter().any(|r| match r {
            Row::Day { date, .. } => date == d,
            Row::Whole { from, to, .. } => (from..=to).contains(&d),
        })
    };
    let extra: Vec<Row> = (dates.iter().copied())
        .filter(|d| !covered(d))
        .map(|date| Row::Day {
            date,
            cells: Vec::new(),
        })
        .collect();
    let mut all: Vec<Row> = (written.into_iter())
        .flat_map(|r| split_whole(r, &dates))
        .chain(extra)
        .collect();
    all.sort_by_key(|r| match r {
        Row::Day { date, .. } => *date,
        Row::Whole { from, .. } => *from,
    });
    for row in &mut all {
        if let Row::Day { date, cells } = row {
            *cells = cells_of(*date, sessions, slots);
        }
    }
    all
}

/// A whole-row entry (the weekend) with the days that have sessions taken out of it, each
/// a day row of its own (an ad hoc meeting on Saturday); any other row as it is.
fn split_whole(row: Row, dates: &[NaiveDate]) -> Vec<Row> {
    let Row::Whole { from, to, text } = row else {
        return vec![row];
    };
    let mut out = Vec::new();
    let mut start: Option<NaiveDate> = None;
    for day in from.iter_days().take_while(|d| *d <= to) {
        if !dates.contains(&day) {
            start = start.or(Some(day));
            continue;
        }
        if let Some(first) = start.take() {
            let (from, to, text) = (first, day.pred_opt().unwrap_or(first), text.clone());
            out.push(Row::Whole { from, to, text });
        }
        let cells = Vec::new();
        out.push(Row::Day { date: day, cells });
    }
    if let Some(first) = start {
        out.push(Row::Whole {
            from: first,
            to,
            text,
        });
    }
    out
}

/// The cells of one day: blocks of sessions with overlapping slots, and empty slots.
fn cells_of(date: NaiveDate, sessions: &[Session], slots: usize) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    let mut on_day: Vec<usize> = (0..sessions.len())
        .filter(|i| sessions[*i].date == date)
        .collect();
    on_day.sort_by_key(|i| sessions[*i].slot);
    for i in on_day {
        let s = &sessions[i];
        match cells.last_mut() {
            Some(c) if s.slot < c.slot + c.span => {
                c.span = c.span.max(s.slot + s.span - c.slot);
                c.sessions.push(i);
            }
            _ => cells.push(Cell {
                slot: s.slot,
                span: s.span,
                sessions: vec![i],
            }),
        }
    }
    let taken: Vec<bool> = (0..slots)
        .map(|k| cells.iter().any(|c| (c.slot..c.slot + c.span).contains(&k)))
        .collect();
    for (k, t) in taken.iter().enumerate() {
        if !t {
            cells.push(Cell {
                slot: k,
                span: 1,
                sessions: Vec::new(),
            });
        }
    }
    cells.sort_by_key(|c| c.slot);
    // Within a cell, sessions keep the plan's order.
    cells.iter_mut().for_each(|c| c.sessions.sort());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(slot: usize, span: usize) -> Session {
        let date = NaiveDate::from_ymd_opt(2025, 9, 12).unwrap_or_default();
        Session::new(format!("s{slot}{span}"), date, (slot, span))
    }

    #[test]
    fn overlapping_sessions_share_a_cell_and_free_slots_are_empty_cells() {
        let date = NaiveDate::from_ymd_opt(2025, 9, 12).unwrap_or_default();
        // Slots 0-1 (a span of two) and 1; slot 2 free; slot 3 twice.
        let sessions = [session(0, 2), session(1, 1), session(3, 1), session(3, 1)];
        let cells = cells_of(date, &sessions, 4);
        let shape: Vec<(usize, usize, Vec<usize>)> = cells
            .into_iter()
            .map(|c| (c.slot, c.span, c.sessions))
            .collect();
        assert_eq!(
            shape,
            [(0, 2, vec![0, 1]), (2, 1, vec![]), (3, 1, vec![2, 3])]
        );
    }
}
