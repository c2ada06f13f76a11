//! The diff as marks on the newer version of a document, for the displays that show a
//! whole document redlined (the changes documents): how each item, cell, whole row,
//! heading and note reads against the version before. Marks are read off the change
//! list, never made by comparing texts again, so a changes document shows exactly what
//! `agenda diff` reports.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::timeplan::At;
use super::words::Texts;
use super::{AgendaChange, NoteChange, NoteDelta, TimeplanChange};
use crate::validate::{Agenda, AgendaItem, Row, Timeplan, Tr};

/// Notes by 1-based index: added, removed, or their word changes.
pub type NoteMarks = BTreeMap<usize, NoteDelta>;

/// How an item of the newer agenda stands against the older one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemMark {
    Added,
    /// Moved from number `from`.
    Moved {
        from: String,
    },
    /// Numbered `from` before, by what happened around it.
    Renumbered {
        from: String,
    },
}

/// An agenda's marks.
#[derive(Debug, Default)]
pub struct AgendaMarks {
    pub heading: Option<Texts>,
    /// The items of the newer agenda that are not where they were, by id.
    pub items: HashMap<String, ItemMark>,
    /// The word changes of retitled items, by id.
    pub titles: HashMap<String, Texts>,
    /// The ids of the items the newer agenda no longer has.
    pub removed: HashSet<String>,
    pub notes: NoteMarks,
}

/// The marks of agenda `new` against `old`, from `changes` (their diff).
pub fn agenda(old: &Agenda, new: &Agenda, changes: &[AgendaChange]) -> AgendaMarks {
    let mut marks = AgendaMarks::default();
    for c in changes {
        match c {
            AgendaChange::Added { id, .. } => _ = marks.items.insert(id.clone(), ItemMark::Added),
            AgendaChange::Moved { id, from, .. } => {
                let from = from.clone();
                marks.items.insert(id.clone(), ItemMark::Moved { from });
            }
            AgendaChange::Removed { id, .. } => _ = marks.removed.insert(id.clone()),
            AgendaChange::Retitled { id, texts, .. } => {
                marks.titles.insert(id.clone(), texts.clone());
            }
            AgendaChange::HeadingChanged { texts } => marks.heading = Some(texts.clone()),
            AgendaChange::Note(n) => _ = marks.notes.insert(n.index, n.change.clone()),
            // Every renumbered item is marked below, those implied by their parent too.
            AgendaChange::Renumbered { .. } => {}
        }
    }
    let was = numbers(&old.items);
    let mut stack: Vec<&AgendaItem> = new.items.iter().collect();
    while let Some(item) = stack.pop() {
        stack.extend(item.items.iter());
        let renumbered = was
            .get(item.id.as_str())
            .filter(|from| **from != item.number.as_str());
        if let (Some(from), false) = (renumbered, marks.items.contains_key(&item.id)) {
            let from = from.to_string();
            marks
                .items
                .insert(item.id.clone(), ItemMark::Renumbered { from });
        }
    }
    marks
}

/// Every item's number, by id.
fn numbers(items: &[AgendaItem]) -> HashMap<&str, &str> {
    let mut out = HashMap::new();
    let mut stack: Vec<&AgendaItem> = items.iter().collect();
    while let Some(item) = stack.pop() {
        out.insert(item.id.as_str(), item.number.as_str());
        stack.extend(item.items.iter());
    }
    out
}

/// How a cell of the newer time plan reads against the older plan at the same place.
#[derive(Debug, Clone, Default)]
pub struct CellMark {
    /// The words of the session there changed.
    pub words: Option<Texts>,
    /// The session there is new to this place (added, or moved here).
    pub arrived: bool,
    /// The session the older plan had here and that is gone (removed, or moved away).
    pub left: Option<Tr>,
    /// The session's span changed.
    pub span: bool,
}

/// How a whole-row entry of the newer plan reads against the older one.
#[derive(Debug, Clone)]
pub enum WholeMark {
    /// The older plan had no whole-row entry on its first day.
    Inserted,
    Changed(Texts),
}

/// A time plan's marks.
#[derive(Debug, Default)]
pub struct TimeplanMarks {
    pub heading: Option<Texts>,
    /// By day and slot id.
    pub cells: HashMap<(NaiveDate, String), CellMark>,
    /// By the first day of the whole-row entry.
    pub whole: HashMap<NaiveDate, WholeMark>,
    pub notes: NoteMarks,
}

/// The marks of time plan `new` against `old`, from `changes` (their diff).
pub fn timeplan(old: &Timeplan, new: &Timeplan, changes: &[TimeplanChange]) -> TimeplanMarks {
    let mut marks = TimeplanMarks::default();
    let key = |at: &At| (at.date, at.slot.clone());
    for c in changes {
        match c {
            TimeplanChange::HeadingChanged { texts } => marks.heading = Some(texts.clone()),
            TimeplanChange::TextChanged { at, texts } => {
                marks.cells.entry(key(at)).or_default().words = Some(texts.clone());
            }
            TimeplanChange::SpanChanged { at, .. } => {
                marks.cells.entry(key(at)).or_default().span = true;
            }
            TimeplanChange::SessionAdded { at } => {
                marks.cells.entry(key(at)).or_default().arrived = true
            }
            TimeplanChange::SessionRemoved { at } => {
                marks.cells.entry(key(at)).or_default().left = session(old, at);
            }
            TimeplanChange::SessionMoved { from, to } => {
                marks.cells.entry(key(from)).or_default().left = session(old, from);
                marks.cells.entry(key(to)).or_default().arrived = true;
            }
            TimeplanChange::Note(NoteChange { index, change }) => {
                marks.notes.insert(*index, change.clone());
            }
            _ => {}
        }
    }
    marks.whole = whole_marks(old, new, changes);
    marks
}

/// The text of the session that the plan `t` has at `at`.
fn session(t: &Timeplan, at: &At) -> Option<Tr> {
    let slot = t.slots.iter().position(|s| s.id == at.slot)?;
    t.rows.iter().find_map(|row| match row {
        Row::Day { date, cells } if *date == at.date => cells
            .iter()
            .find(|c| c.slot == slot)
            .and_then(|c| c.text.clone()),
        _ => None,
    })
}

/// The marks of the whole-row entries of `new`: inserted where the older plan had none
/// on any of their days, changed where the diff says so on one of them.
fn whole_marks(
    old: &Timeplan,
    new: &Timeplan,
    changes: &[TimeplanChange],
) -> HashMap<NaiveDate, WholeMark> {
    let covered: HashSet<NaiveDate> = old
        .rows
        .iter()
        .flat_map(|row| match row {
            Row::Whole { from, to, .. } => from.iter_days().take_while(|d| d <= to).collect(),
            Row::Day { .. } => Vec::new(),
        })
        .collect();
    let mut out = HashMap::new();
    for row in &new.rows {
        let Row::Whole { from, to, .. } = row else {
            continue;
        };
        let days = || from.iter_days().take_while(|d| d <= to);
        if !days().any(|d| covered.contains(&d)) {
            out.insert(*from, WholeMark::Inserted);
            continue;
        }
        // The diff reports a change on the first day it is seen, which for rows merged
        // or cut may be another than this row's first.
        let changed = changes.iter().find_map(|c| match c {
            TimeplanChange::WholeRowChanged { date, texts } if days().any(|d| d == *date) => {
                Some(texts)
            }
            _ => None,
        });
        if let Some(texts) = changed {
            out.insert(*from, WholeMark::Changed(texts.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{Cell, SlotDef};
    use chrono::NaiveDate;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, d).unwrap_or_default()
    }

    fn plan(rows: Vec<Row>) -> Timeplan {
        let slot = |id: &str| SlotDef {
            id: id.into(),
            label: None,
        };
        Timeplan {
            heading: Tr::en("Time plan"),
            slots: vec![slot("morning"), slot("afternoon")],
            rows,
            notes: Vec::new(),
        }
    }

    fn whole(from: u32, to: u32, text: &str) -> Row {
        Row::Whole {
            from: date(from),
            to: date(to),
            text: Tr::en(text),
        }
    }

    #[test]
    fn a_session_removed_under_a_longer_one_is_marked_where_it_now_spans() {
        let cell = |slot, span, text: &str| Cell {
            slot,
            span,
            text: Some(Tr::en(text)),
        };
        let old = plan(vec![Row::Day {
            date: date(12),
            cells: vec![cell(0, 1, "Closing"), cell(1, 1, "Q&A")],
        }]);
        let new = plan(vec![Row::Day {
            date: date(12),
            cells: vec![cell(0, 2, "Closing")],
        }]);
        let changes = crate::diff::timeplan::diff(&old, &new, crate::validate::Syntax::Literal);
        let marks = timeplan(&old, &new, &changes);
        let gone = &marks.cells[&(date(12), "afternoon".to_string())];
        assert_eq!(gone.left.as_ref().map(|t| t.get("en")), Some("Q&A"));
        assert!(marks.cells[&(date(12), "morning".to_string())].span);
    }

    #[test]
    fn whole_rows_merged_are_marked_on_the_merged_row() {
        let old = plan(vec![whole(13, 13, "A"), whole(14, 14, "B")]);
        let new = plan(vec![whole(13, 14, "A")]);
        let changes = crate::diff::timeplan::diff(&old, &new, crate::validate::Syntax::Literal);
        let marks = timeplan(&old, &new, &changes);
        assert!(
            matches!(marks.whole.get(&date(13)), Some(WholeMark::Changed(_))),
            "{changes:?}"
        );
    }
}
