//! Changes between two versions of a time plan. Cells are matched by day and slot; a
//! session that left one place and appears, with the same text, at another is a move.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::agenda::text_changes;
use super::words::Texts;
use crate::validate::{Row, Syntax, Timeplan, Tr};

/// A place in the time plan: a day and the id of the slot a cell starts at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct At {
    pub date: NaiveDate,
    pub slot: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimeplanChange {
    HeadingChanged { texts: Texts },
    SlotAdded { slot: String },
    SlotRemoved { slot: String },
    DayAdded { date: NaiveDate },
    DayRemoved { date: NaiveDate },
    SessionAdded { at: At },
    SessionRemoved { at: At },
    SessionMoved { from: At, to: At },
    TextChanged { at: At, texts: Texts },
    SpanChanged { at: At, from: usize, to: usize },
    WholeRowChanged { date: NaiveDate, texts: Texts },
    Note(super::NoteChange),
}

/// A place in the time plan: a day and the id of a slot (ids, not positions: a slot
/// added before the others moves no session).
type Place<'a> = (NaiveDate, &'a str);

/// Sessions (non-empty cells) by day and slot index, with their span and text.
struct Sessions<'a> {
    by_place: BTreeMap<Place<'a>, (usize, &'a Tr)>,
    /// The places in the plan's order: by day, then by slot as the plan lists them.
    order: Vec<Place<'a>>,
}

impl<'a> Sessions<'a> {
    fn get(&self, place: &Place<'a>) -> Option<&(usize, &'a Tr)> {
        self.by_place.get(place)
    }

    fn contains_key(&self, place: &Place<'a>) -> bool {
        self.by_place.contains_key(place)
    }

    /// Every session, in the plan's order.
    fn iter(&self) -> impl Iterator<Item = (&Place<'a>, &(usize, &'a Tr))> {
        self.order
            .iter()
            .filter_map(|p| self.by_place.get(p).map(|s| (p, s)))
    }
}

fn sessions(t: &Timeplan) -> Sessions<'_> {
    let mut by_place = BTreeMap::new();
    let mut order = Vec::new();
    for row in &t.rows {
        if let Row::Day { date, cells } = row {
            let mut cells: Vec<&crate::validate::Cell> = cells.iter().collect();
            cells.sort_by_key(|c| c.slot);
            for c in cells {
                if let (Some(text), Some(slot)) = (&c.text, t.slots.get(c.slot)) {
                    let place = (*date, slot.id.as_str());
                    by_place.insert(place, (c.span, text));
                    order.push(place);
                }
            }
        }
    }
    Sessions { by_place, order }
}

fn days(t: &Timeplan) -> BTreeMap<NaiveDate, Option<&Tr>> {
    let mut out = BTreeMap::new();
    for row in &t.rows {
        match row {
            Row::Day { date, .. } => {
                out.insert(*date, None);
            }
            Row::Whole { from, to, text } => {
                for d in from.iter_days().take_while(|d| d <= to) {
                    out.insert(d, Some(text));
                }
            }
        }
    }
    out
}

pub fn diff(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let mut out = Vec::new();
    if let Some(texts) = text_changes(&old.heading, &new.heading, syntax) {
        out.push(TimeplanChange::HeadingChanged { texts });
    }
    let ids = |t: &Timeplan| t.slots.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    let (old_slots, new_slots) = (ids(old), ids(new));
    out.extend(
        new_slots
            .iter()
            .filter(|s| !old_slots.contains(s))
            .map(|s| TimeplanChange::SlotAdded { slot: s.clone() }),
    );
    out.extend(
        old_slots
            .iter()
            .filter(|s| !new_slots.contains(s))
            .map(|s| TimeplanChange::SlotRemoved { slot: s.clone() }),
    );
    let (old_days, new_days) = (days(old), days(new));
    // A whole-row entry over several days (the weekend) is one change, on its first day.
    let mut previous: Option<(&Tr, &Tr)> = None;
    for (date, whole) in &new_days {
        match (old_days.get(date), whole) {
            (None, _) => out.push(TimeplanChange::DayAdded { date: *date }),
            (Some(Some(was)), Some(now)) => {
                let same_row =
                    previous.is_some_and(|(a, b)| std::ptr::eq(a, *was) && std::ptr::eq(b, *now));
                previous = Some((was, now));
                if same_row {
                    continue;
                }
                if let Some(texts) = text_changes(was, now, syntax) {
                    out.push(TimeplanChange::WholeRowChanged { date: *date, texts });
                }
            }
            _ => previous = None,
        }
    }
    out.extend(
        old_days
            .keys()
            .filter(|d| !new_days.contains_key(d))
            .map(|d| TimeplanChange::DayRemoved { date: *d }),
    );
    out.extend(session_changes(old, new, syntax));
    out.extend(
        super::notes(&old.notes, &new.notes, syntax)
            .into_iter()
            .map(TimeplanChange::Note),
    );
    out
}

/// Where each session that left its place went: to a place that was empty or held
/// something else, and now holds the same text. By place of departure.
fn moves<'a>(
    old: &Sessions<'a>,
    new: &Sessions<'a>,
    syntax: Syntax,
) -> BTreeMap<Place<'a>, Place<'a>> {
    let same = |a: &Tr, b: &Tr| text_changes(a, b, syntax).is_none();
    // Places whose session is new or different: where a moved session can have gone.
    let mut landed: Vec<Place> = new
        .iter()
        .filter(|(k, (_, t))| old.get(k).is_none_or(|(_, o)| !same(o, t)))
        .map(|(k, _)| *k)
        .collect();
    let mut moved_to = BTreeMap::new();
    for (k, (_, text)) in old.iter() {
        if new.get(k).is_some_and(|(_, t)| same(t, text)) {
            continue;
        }
        let arrival = landed
            .iter()
            .position(|to| new.get(to).is_some_and(|(_, t)| same(t, text)));
        if let Some(i) = arrival {
            moved_to.insert(*k, landed.remove(i));
        }
    }
    moved_to
}

/// Sessions changed in place, added, removed, or moved: a session that left its place
/// and whose text now stands at a place that was empty or held something else.
fn session_changes(
    old_plan: &Timeplan,
    new_plan: &Timeplan,
    syntax: Syntax,
) -> Vec<TimeplanChange> {
    let (old, new) = (sessions(old_plan), sessions(new_plan));
    let at = |(date, slot): Place| At {
        date,
        slot: slot.to_string(),
    };
    let moved_to = moves(&old, &new, syntax);
    let arrivals: Vec<_> = moved_to.values().copied().collect();
    let mut out = Vec::new();
    for (k, (span, text)) in old.iter() {
        if let Some(to) = moved_to.get(k) {
            out.push(TimeplanChange::SessionMoved {
                from: at(*k),
                to: at(*to),
            });
        }
        match new.get(k) {
            Some((new_span, new_text)) if !arrivals.contains(k) => {
                if span != new_span {
                    out.push(TimeplanChange::SpanChanged {
                        at: at(*k),
                        from: *span,
                        to: *new_span,
                    });
                }
                if let Some(texts) = text_changes(text, new_text, syntax) {
                    out.push(TimeplanChange::TextChanged { at: at(*k), texts });
                }
            }
            _ if moved_to.contains_key(k) => {}
            _ => out.push(TimeplanChange::SessionRemoved { at: at(*k) }),
        }
    }
    let added = new
        .iter()
        .map(|(k, _)| k)
        .filter(|k| !old.contains_key(k) && !arrivals.contains(k));
    out.extend(added.map(|k| TimeplanChange::SessionAdded { at: at(*k) }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{Cell, SlotDef};

    fn tr(text: &str) -> Tr {
        Tr::en(text)
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, d).unwrap()
    }

    fn day(d: u32, cells: &[(usize, usize, &str)]) -> Row {
        let mut all: Vec<Cell> = cells
            .iter()
            .map(|(slot, span, t)| Cell {
                slot: *slot,
                span: *span,
                text: Some(tr(t)),
            })
            .collect();
        for s in 0..3 {
            if !all.iter().any(|c| (c.slot..c.slot + c.span).contains(&s)) {
                all.push(Cell {
                    slot: s,
                    span: 1,
                    text: None,
                });
            }
        }
        all.sort_by_key(|c| c.slot);
        Row::Day {
            date: date(d),
            cells: all,
        }
    }

    fn plan(rows: Vec<Row>) -> Timeplan {
        let slot = |id: &str| SlotDef {
            id: id.into(),
            label: None,
        };
        Timeplan {
            heading: tr("Time plan"),
            slots: vec![slot("morning"), slot("afternoon"), slot("extra")],
            rows,
            notes: vec![],
        }
    }

    fn base() -> Timeplan {
        plan(vec![
            day(12, &[(0, 1, "Plenary"), (1, 1, "Ad hoc Q1")]),
            Row::Whole {
                from: date(13),
                to: date(14),
                text: tr("Weekend"),
            },
            day(15, &[(0, 2, "Closing"), (2, 1, "Closing (if needed)")]),
        ])
    }

    fn at(d: u32, slot: &str) -> At {
        At {
            date: date(d),
            slot: slot.into(),
        }
    }

    #[test]
    fn nothing_changed() {
        assert!(diff(&base(), &base(), Syntax::Literal).is_empty());
    }

    #[test]
    fn session_moved_to_another_day_and_slot() {
        let mut new = base();
        new.rows[0] = day(12, &[(0, 1, "Plenary")]);
        new.rows[2] = day(15, &[(0, 2, "Closing"), (2, 1, "Ad hoc Q1")]);
        assert_eq!(
            diff(&base(), &new, Syntax::Literal),
            [
                TimeplanChange::SessionMoved {
                    from: at(12, "afternoon"),
                    to: at(15, "extra")
                },
                TimeplanChange::SessionRemoved {
                    at: at(15, "extra")
                },
            ]
        );
    }

    #[test]
    fn text_and_span_changes() {
        let mut new = base();
        new.rows[2] = day(
            15,
            &[(0, 1, "Closing"), (2, 1, "Closing (if really needed)")],
        );
        let changes = diff(&base(), &new, Syntax::Literal);
        assert_eq!(
            changes[0],
            TimeplanChange::SpanChanged {
                at: at(15, "morning"),
                from: 2,
                to: 1
            }
        );
        assert!(
            matches!(&changes[1], TimeplanChange::TextChanged { at: a, .. } if *a == at(15, "extra"))
        );
        assert_eq!(changes.len(), 2);
    }

    #[test]
    fn whole_row_day_and_slot_changes() {
        let mut new = base();
        new.rows[1] = Row::Whole {
            from: date(13),
            to: date(14),
            text: tr("Weekend (excursion)"),
        };
        new.rows.push(day(16, &[(0, 1, "Extra day")]));
        new.slots.push(SlotDef {
            id: "evening".into(),
            label: None,
        });
        let changes = diff(&base(), &new, Syntax::Literal);
        assert_eq!(
            changes[0],
            TimeplanChange::SlotAdded {
                slot: "evening".into()
            }
        );
        assert!(
            matches!(changes[1], TimeplanChange::WholeRowChanged { date: d, .. } if d == date(13)),
            "the weekend is one change, on its first day"
        );
        assert_eq!(changes[2], TimeplanChange::DayAdded { date: date(16) });
        assert_eq!(
            changes[3],
            TimeplanChange::SessionAdded {
                at: at(16, "morning")
            }
        );
    }

    #[test]
    fn day_and_slot_removed() {
        let mut new = base();
        new.rows.pop();
        new.slots.pop();
        let changes = diff(&base(), &new, Syntax::Literal);
        assert_eq!(
            changes[0],
            TimeplanChange::SlotRemoved {
                slot: "extra".into()
            }
        );
        assert_eq!(changes[1], TimeplanChange::DayRemoved { date: date(15) });
        assert_eq!(
            changes[2],
            TimeplanChange::SessionRemoved {
                at: at(15, "morning")
            }
        );
        assert_eq!(
            changes[3],
            TimeplanChange::SessionRemoved {
                at: at(15, "extra")
            }
        );
        assert_eq!(changes.len(), 4);
    }

    #[test]
    fn a_slot_added_before_the_others_moves_no_session() {
        let mut new = base();
        new.slots.insert(
            0,
            SlotDef {
                id: "early".into(),
                label: None,
            },
        );
        for row in &mut new.rows {
            if let Row::Day { cells, .. } = row {
                cells.iter_mut().for_each(|c| c.slot += 1);
            }
        }
        let changes = diff(&base(), &new, Syntax::Literal);
        assert_eq!(
            changes,
            [TimeplanChange::SlotAdded {
                slot: "early".into()
            }]
        );
    }
}
