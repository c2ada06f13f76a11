//! The marks of a time plan's tables: which versions show each table (the plan by day,
//! the plan by group and each of its parts), and whether a table both show keeps its
//! shape, found by comparing the two versions' layouts ([`crate::model::layout`]). A
//! table that keeps its shape is marked cell by cell (each cell's sessions of both
//! versions are where the table has them); one that does not is replaced whole, by a
//! display that must give each version back exactly.

use chrono::NaiveDate;

use crate::model::layout::{self, Column, Part, Who};
use crate::model::rich::Version;
use crate::model::{GroupKind, Row, Timeplan};

/// How a table stands between the versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableMark {
    /// Both versions show it, with the same columns, rows and cells.
    Kept,
    /// Both show it, shaped otherwise; `same_days` where it shows the same days (so its
    /// caption reads the same).
    Replaced { same_days: bool },
    /// Only the newer version shows it.
    Added,
    /// Only the older version shows it.
    Removed,
}

impl TableMark {
    /// Whether version `v` shows the table.
    pub fn shown_in(self, v: Version) -> bool {
        !matches!(
            (self, v),
            (TableMark::Added, Version::Older) | (TableMark::Removed, Version::Newer)
        )
    }

    /// The mark of a table that the older version shows or not (`older`), and the newer
    /// (`newer`), where both do: `kept`, and how.
    fn of(older: bool, newer: bool, both: impl FnOnce() -> TableMark) -> Option<TableMark> {
        match (older, newer) {
            (true, true) => Some(both()),
            (false, true) => Some(TableMark::Added),
            (true, false) => Some(TableMark::Removed),
            (false, false) => None,
        }
    }
}

/// The marks of a time plan's tables.
#[derive(Debug, Clone, Default)]
pub struct TableMarks {
    /// The plan by day, where either version shows it.
    pub by_day: Option<TableMark>,
    /// The plan by group as a whole, where either version shows it (`Kept` where both
    /// do: its parts are marked one by one).
    pub by_group: Option<TableMark>,
    /// The parts of the plan by group, by index, where either version has the part.
    pub parts: Vec<TableMark>,
}

impl TableMarks {
    /// Whether every table either version shows, both show with the same shape.
    pub fn all_kept(&self) -> bool {
        let kept = |m: &TableMark| *m == TableMark::Kept;
        self.by_day
            .iter()
            .chain(&self.by_group)
            .chain(&self.parts)
            .all(kept)
    }
}

/// The marks of the tables of `new` against those of `old`.
pub fn tables(old: &Timeplan, new: &Timeplan) -> TableMarks {
    let by_day = TableMark::of(old.views.by_day, new.views.by_day, || {
        match layout::by_day(old) == layout::by_day(new) {
            true => TableMark::Kept,
            false => TableMark::Replaced { same_days: true },
        }
    });
    let shows = (old.views.by_group, new.views.by_group);
    let by_group = TableMark::of(shows.0, shows.1, || TableMark::Kept);
    let parts = |t: &Timeplan, shown: bool| match shown {
        true => layout::by_group(t),
        false => Vec::new(),
    };
    let (older, newer) = (parts(old, shows.0), parts(new, shows.1));
    let parts = (0..older.len().max(newer.len()))
        .filter_map(|i| {
            let (a, b) = (older.get(i), newer.get(i));
            TableMark::of(a.is_some(), b.is_some(), || match (a, b) {
                (Some(a), Some(b)) => part_mark(Side { t: old, part: a }, Side { t: new, part: b }),
                _ => TableMark::Kept,
            })
        })
        .collect();
    TableMarks {
        by_day,
        by_group,
        parts,
    }
}

/// A part of one version's plan.
#[derive(Clone, Copy)]
struct Side<'a> {
    t: &'a Timeplan,
    part: &'a Part,
}

/// A column as either version can name it: a slot (by id) of a day, or the days of a
/// whole-row entry (with no slot).
#[derive(PartialEq, Eq)]
struct ColumnKey {
    from: NaiveDate,
    to: NaiveDate,
    slot: Option<String>,
}

/// A line as the table shows it: whose it is (a group by id, its depth and kind, which
/// set its indent and weight; none for "Other"), and its cells' widths in columns.
#[derive(PartialEq, Eq)]
struct LineKey {
    group: Option<(String, usize, GroupKind)>,
    spans: Vec<usize>,
}

impl Side<'_> {
    fn columns(&self) -> Vec<ColumnKey> {
        let key = |c: &Column| match *c {
            Column::Slot { date, slot } => ColumnKey {
                from: date,
                to: date,
                slot: Some(self.t.slots[slot].id.clone()),
            },
            Column::Whole { row } => {
                let (from, to) = match &self.t.rows[row] {
                    Row::Whole { from, to, .. } => (*from, *to),
                    Row::Day { date, .. } => (*date, *date),
                };
                ColumnKey {
                    from,
                    to,
                    slot: None,
                }
            }
        };
        self.part.columns.iter().map(key).collect()
    }

    fn lines(&self) -> Vec<LineKey> {
        let group = |w: Who| match w {
            Who::Group(g) => {
                let g = &self.t.groups[g];
                Some((g.id.clone(), g.depth, g.kind))
            }
            Who::Nobody => None,
        };
        (self.part.lines.iter())
            .map(|l| LineKey {
                group: group(l.who),
                spans: l.cells.iter().map(|c| c.span).collect(),
            })
            .collect()
    }

    /// The first and last days it shows.
    fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let cols = self.columns();
        Some((cols.first()?.from, cols.last()?.to))
    }
}

/// Whether part `b` of the newer plan has the shape of part `a` of the older.
fn part_mark(a: Side, b: Side) -> TableMark {
    match a.columns() == b.columns() && a.lines() == b.lines() {
        true => TableMark::Kept,
        false => TableMark::Replaced {
            same_days: a.days() == b.days(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, Session, SlotDef, Tr, Views};

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, d).unwrap_or_default()
    }

    /// A plan by day and by group over 8–12 September (two slots), with one group, "q1",
    /// meeting at `sessions` (day, first slot, span).
    fn plan(days: std::ops::RangeInclusive<u32>, sessions: &[(u32, usize, usize)]) -> Timeplan {
        let slot = |id: &str| SlotDef {
            id: id.into(),
            label: None,
            hours: None,
            overrides: vec![],
        };
        let session = |(i, (d, first, span)): (usize, &(u32, usize, usize))| Session {
            groups: vec!["q1".into()],
            ..Session::new(format!("s{i}"), date(*d), (*first, *span))
        };
        Timeplan {
            views: Views {
                by_day: true,
                by_group: true,
                ..Views::default()
            },
            groups: vec![Group {
                id: "q1".into(),
                name: Tr::en("Question 1"),
                code: None,
                kind: GroupKind::Question,
                parent: None,
                depth: 0,
            }],
            slots: vec![slot("morning"), slot("afternoon")],
            rows: (days.map(|d| Row::Day {
                date: date(d),
                cells: vec![],
            }))
            .collect(),
            sessions: sessions.iter().enumerate().map(session).collect(),
            ..Timeplan::default()
        }
    }

    #[test]
    fn a_session_moved_to_another_day_keeps_every_table_s_shape() {
        let marks = tables(&plan(8..=12, &[(9, 0, 1)]), &plan(8..=12, &[(10, 0, 1)]));
        assert!(marks.all_kept(), "{marks:?}");
        assert_eq!(marks.parts, [TableMark::Kept]);
    }

    #[test]
    fn a_session_over_two_slots_where_it_had_one_reshapes_its_part() {
        let marks = tables(&plan(8..=12, &[(9, 0, 1)]), &plan(8..=12, &[(9, 0, 2)]));
        let same_days = true;
        assert_eq!(marks.parts, [TableMark::Replaced { same_days }]);
        assert_eq!(marks.by_day, Some(TableMark::Kept));
    }

    #[test]
    fn a_day_added_reshapes_the_plan_by_day_and_changes_the_part_s_days() {
        let marks = tables(&plan(8..=11, &[]), &plan(8..=12, &[]));
        let replaced = |same_days| Some(TableMark::Replaced { same_days });
        assert_eq!(marks.by_day, replaced(true));
        assert_eq!(marks.parts.first().copied(), replaced(false));
    }

    #[test]
    fn a_plan_by_group_shown_only_in_the_newer_version_is_added_part_by_part() {
        let mut old = plan(8..=12, &[(9, 0, 1)]);
        old.views.by_group = false;
        let marks = tables(&old, &plan(8..=12, &[(9, 0, 1)]));
        assert_eq!(marks.by_group, Some(TableMark::Added));
        assert_eq!(marks.parts, [TableMark::Added]);
        assert_eq!(marks.by_day, Some(TableMark::Kept));
        assert!(!marks.all_kept());
    }
}
