//! The marks of a time plan: how each session of the newer plan reads against the older
//! one (arrived, its words changed, its place or details changed), which sessions of the
//! older plan left, and the whole rows, footnotes and notes that changed.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::NoteMarks;
use super::tables::{TableMarks, tables};
use crate::diff::words::Texts;
use crate::diff::{NoteChange, NoteDelta, TimeplanChange};
use crate::model::{Row, Timeplan};

/// How a session of the newer plan reads against the older plan.
#[derive(Debug, Clone, Default)]
pub struct SessionMark {
    /// New to where it is (added, or moved here).
    pub arrived: bool,
    /// Its words changed.
    pub words: Option<Texts>,
    /// Its span, hours, room, groups, status, code or footnote marks changed.
    pub changed: bool,
    /// Which of those.
    pub fields: Fields,
    /// How it is named changed: a group of its was renamed (or its short form changed),
    /// or its room was.
    pub renamed: bool,
    /// Its hours changed with its slot's (it keeps the slot's hours, which changed on its
    /// day): the plan's displays show that in the hours under the plan, a calendar in the
    /// event's time.
    pub retimed: bool,
    /// A footnote it is marked with was added, changed or removed.
    pub noted: bool,
}

/// Which details of a session changed (each is a change of the diff's).
#[derive(Debug, Clone, Copy, Default)]
pub struct Fields {
    pub span: bool,
    pub hours: bool,
    pub room: bool,
    pub groups: bool,
    pub status: bool,
    pub code: bool,
    pub marks: bool,
}

impl Fields {
    /// Whether any detail a cell shows changed (its span is the cell's, not its text's).
    pub fn any_shown(self) -> bool {
        self.hours || self.room || self.groups || self.status || self.code || self.marks
    }
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
    /// The words of the sentence under the heading, where it was added, removed or changed.
    pub banner: Option<Texts>,
    /// By id of a session of the newer plan.
    pub sessions: HashMap<String, SessionMark>,
    /// Sessions of the older plan gone from where they were (removed, or moved away), as
    /// indices into its sessions, in its order.
    pub left: Vec<usize>,
    /// By the first day of the whole-row entry.
    pub whole: HashMap<NaiveDate, WholeMark>,
    pub notes: NoteMarks,
    /// Footnotes by mark.
    pub footnotes: HashMap<String, NoteDelta>,
    /// Groups new to the plan, or renamed (their name's words).
    pub groups: HashMap<String, Option<Texts>>,
    /// Groups given another short form (or their first, or none).
    pub codes: HashSet<String>,
    /// Slots new to the plan, gone from it, or whose hours changed, by id.
    pub slots: HashMap<String, SlotMark>,
    /// The word changes of slots' labels, by id.
    pub labels: HashMap<String, Texts>,
    /// Which versions show each table, and whether those both show keep their shape.
    pub tables: TableMarks,
}

/// What changed of a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotMark {
    Added,
    Removed,
    /// Its usual hours, or its hours on some days.
    HoursChanged,
}

/// The marks of time plan `new` against `old`, from `changes` (their diff).
pub fn timeplan(old: &Timeplan, new: &Timeplan, changes: &[TimeplanChange]) -> TimeplanMarks {
    use TimeplanChange::*;
    let mut marks = TimeplanMarks::default();
    let mut left = HashSet::new();
    for c in changes {
        match c {
            TextChanged { session, texts } => {
                mark(&mut marks, &session.id).words = Some(texts.clone())
            }
            SessionAdded { session } => mark(&mut marks, &session.id).arrived = true,
            SessionRemoved { session } => {
                left.extend(old.sessions.iter().position(|s| s.id == session.id));
            }
            SessionMoved { session, from, .. } => {
                mark(&mut marks, &session.id).arrived = true;
                // A cell of a day row had its place as id.
                let derived = format!("{}/{}", from.date, from.slot);
                let was = old.sessions.iter().position(|s| {
                    s.id == session.id && !s.derived_id || s.derived_id && s.id == derived
                });
                left.extend(was);
            }
            SpanChanged { session, .. } => field(&mut marks, &session.id, |f| f.span = true),
            HoursChanged { session, .. } => field(&mut marks, &session.id, |f| f.hours = true),
            RoomChanged { session, .. } => field(&mut marks, &session.id, |f| f.room = true),
            GroupsChanged { session, .. } => field(&mut marks, &session.id, |f| f.groups = true),
            StatusChanged { session, .. } => field(&mut marks, &session.id, |f| f.status = true),
            CodeChanged { session, .. } => field(&mut marks, &session.id, |f| f.code = true),
            MarksChanged { session, .. } => field(&mut marks, &session.id, |f| f.marks = true),
            other => plan_mark(other, &mut marks),
        }
    }
    renamed(new, changes, &mut marks);
    retimed(old, new, &mut marks);
    noted(new, &marks.footnotes.clone(), &mut marks);
    marks.left = left.into_iter().collect();
    marks.left.sort();
    marks.whole = whole_marks(old, new, changes);
    marks.tables = tables(old, new);
    marks
}

/// The mark of a change of the plan itself: its heading, groups, slots, footnotes, notes.
fn plan_mark(c: &TimeplanChange, marks: &mut TimeplanMarks) {
    use TimeplanChange::*;
    match c {
        HeadingChanged { texts } => marks.heading = Some(texts.clone()),
        BannerChanged { texts } => marks.banner = Some(texts.clone()),
        GroupAdded { group } => _ = marks.groups.insert(group.clone(), None),
        GroupRenamed { group, texts } => {
            marks.groups.insert(group.clone(), Some(texts.clone()));
        }
        GroupCodeChanged { group, .. } => _ = marks.codes.insert(group.clone()),
        SlotAdded { slot } => _ = marks.slots.insert(slot.clone(), SlotMark::Added),
        SlotRemoved { slot } => _ = marks.slots.insert(slot.clone(), SlotMark::Removed),
        SlotRenamed { slot, texts } => _ = marks.labels.insert(slot.clone(), texts.clone()),
        SlotHoursChanged { slot } => {
            marks.slots.insert(slot.clone(), SlotMark::HoursChanged);
        }
        Footnote { mark, change } => _ = marks.footnotes.insert(mark.clone(), change.clone()),
        Note(NoteChange { index, change }) => _ = marks.notes.insert(*index, change.clone()),
        _ => {}
    }
}

/// Marks the sessions of `new` whose groups or room the diff says were renamed.
fn renamed(new: &Timeplan, changes: &[TimeplanChange], marks: &mut TimeplanMarks) {
    use TimeplanChange::*;
    for c in changes {
        let named = |s: &&crate::model::Session| match c {
            GroupRenamed { group, .. } | GroupCodeChanged { group, .. } => s.groups.contains(group),
            RoomRenamed { room, .. } => s.room.as_ref() == Some(room),
            _ => false,
        };
        for s in new.sessions.iter().filter(named) {
            mark(marks, &s.id).renamed = true;
        }
    }
}

/// Marks the sessions of `new` that keep their slots' hours, where those hours on their
/// day differ from the older plan's for the same session.
fn retimed(old: &Timeplan, new: &Timeplan, marks: &mut TimeplanMarks) {
    for s in new.sessions.iter().filter(|s| s.hours.is_none()) {
        let Some(was) = old.session(&s.id) else {
            continue;
        };
        if was.date == s.date && old.hours_of(was) != new.hours_of(s) {
            mark(marks, &s.id).retimed = true;
        }
    }
}

/// Marks the sessions of `new` marked with a footnote that `footnotes` (the diff's, by
/// mark) says was added, changed or removed.
fn noted(new: &Timeplan, footnotes: &HashMap<String, NoteDelta>, marks: &mut TimeplanMarks) {
    for s in &new.sessions {
        if s.marks.iter().any(|m| footnotes.contains_key(m)) {
            mark(marks, &s.id).noted = true;
        }
    }
}

/// Marks session `id` changed, and which detail (`set`).
fn field(m: &mut TimeplanMarks, id: &str, set: fn(&mut Fields)) {
    let mark = mark(m, id);
    mark.changed = true;
    set(&mut mark.fields);
}

fn mark<'a>(m: &'a mut TimeplanMarks, id: &str) -> &'a mut SessionMark {
    m.sessions.entry(id.to_string()).or_default()
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
    use crate::diff::timeplan::diff;
    use crate::model::{Session, SlotDef, Syntax, Tr};

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, d).unwrap_or_default()
    }

    fn cell(slot: usize, span: usize, text: &str) -> Session {
        let id = format!("{}/{}", date(12), ["morning", "afternoon"][slot]);
        Session {
            derived_id: true,
            text: Some(Tr::en(text)),
            ..Session::new(id, date(12), (slot, span))
        }
    }

    fn plan(rows: Vec<Row>, sessions: Vec<Session>) -> Timeplan {
        let slot = |id: &str| SlotDef {
            id: id.into(),
            label: None,
            hours: None,
            overrides: vec![],
        };
        Timeplan {
            heading: Tr::en("Time plan"),
            slots: vec![slot("morning"), slot("afternoon")],
            rows,
            sessions,
            ..Timeplan::default()
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
    fn a_session_removed_under_a_longer_one_is_left_and_the_longer_one_changed() {
        let old = plan(vec![], vec![cell(0, 1, "Closing"), cell(1, 1, "Q&A")]);
        let new = plan(vec![], vec![cell(0, 2, "Closing")]);
        let changes = diff(&old, &new, Syntax::Literal);
        let marks = timeplan(&old, &new, &changes);
        assert_eq!(marks.left, [1], "{changes:?}");
        assert!(marks.sessions["2025-09-12/morning"].changed);
    }

    #[test]
    fn whole_rows_merged_are_marked_on_the_merged_row() {
        let old = plan(vec![whole(13, 13, "A"), whole(14, 14, "B")], vec![]);
        let new = plan(vec![whole(13, 14, "A")], vec![]);
        let changes = diff(&old, &new, Syntax::Literal);
        let marks = timeplan(&old, &new, &changes);
        assert!(
            matches!(marks.whole.get(&date(13)), Some(WholeMark::Changed(_))),
            "{changes:?}"
        );
    }
}
