//! Unit tests of the time-plan diff: sessions matched by id, cells of day rows by place
//! and text, and the plan's groups, slots, days and footnotes.

use chrono::NaiveDate;

use super::*;
use crate::diff::words::Op;
use crate::model::{Footnote, Group, GroupKind, Session, SlotDef, Status};

fn tr(text: &str) -> Tr {
    Tr::en(text)
}

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, d).unwrap_or_default()
}

const SLOTS: [&str; 3] = ["morning", "afternoon", "extra"];

/// A session with an id of its own.
fn session(id: &str, groups: &[&str], d: u32, slot: usize) -> Session {
    Session {
        groups: groups.iter().map(|g| g.to_string()).collect(),
        ..Session::new(id, date(d), (slot, 1))
    }
}

/// A cell of a day row: a session of no group, its place as id.
fn cell(d: u32, slot: usize, span: usize, text: &str) -> Session {
    Session {
        id: format!("{}/{}", date(d), SLOTS[slot]),
        derived_id: true,
        span,
        text: Some(tr(text)),
        ..session("", &[], d, slot)
    }
}

fn group(id: &str, parent: Option<&str>) -> Group {
    Group {
        id: id.into(),
        name: tr(&id.to_uppercase()),
        code: None,
        kind: GroupKind::Other,
        parent: parent.map(str::to_string),
        depth: 0,
    }
}

fn plan(sessions: Vec<Session>) -> Timeplan {
    let slot = |id: &str| SlotDef {
        id: id.into(),
        label: None,
        hours: None,
        overrides: vec![],
    };
    let day = |d| Row::Day {
        date: date(d),
        cells: vec![],
    };
    Timeplan {
        heading: tr("Time plan"),
        slots: SLOTS.iter().map(|s| slot(s)).collect(),
        rows: vec![
            day(12),
            Row::Whole {
                from: date(13),
                to: date(14),
                text: tr("Weekend"),
            },
            day(15),
        ],
        sessions,
        groups: vec![
            group("wp1", None),
            group("q1", Some("wp1")),
            group("q3", Some("wp1")),
        ],
        ..Timeplan::default()
    }
}

fn base() -> Timeplan {
    plan(vec![
        cell(12, 0, 1, "Plenary"),
        cell(12, 1, 1, "Ad hoc Q1"),
        cell(15, 0, 2, "Closing"),
        cell(15, 2, 1, "Closing (if needed)"),
        session("q1-1", &["q1"], 12, 1),
    ])
}

fn at(d: u32, slot: &str) -> At {
    At {
        date: date(d),
        slot: slot.into(),
    }
}

fn kinds(changes: &[TimeplanChange]) -> Vec<String> {
    changes
        .iter()
        .map(|c| {
            let json = serde_json::to_value(c).unwrap_or_default();
            json["kind"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

#[test]
fn nothing_changed() {
    assert!(diff(&base(), &base(), Syntax::Literal).is_empty());
}

#[test]
fn a_cell_that_left_its_place_with_its_text_is_a_move() {
    let mut new = base();
    new.sessions.remove(1);
    new.sessions[2] = cell(15, 2, 1, "Ad hoc Q1");
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(kinds(&changes), ["session_moved", "session_removed"]);
    let TimeplanChange::SessionMoved { from, to, .. } = &changes[0] else {
        panic!("{changes:?}")
    };
    assert_eq!((from, to), (&at(12, "afternoon"), &at(15, "extra")));
    assert_eq!(changes[1].session().map(|s| &s.at), Some(&at(15, "extra")));
}

#[test]
fn a_session_with_an_id_is_followed_wherever_it_goes() {
    let mut new = base();
    let s = &mut new.sessions[4];
    s.date = date(15);
    s.slot = 2;
    s.room = Some("k".into());
    s.status = Status::IfNeeded;
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(
        kinds(&changes),
        ["session_moved", "room_changed", "status_changed"]
    );
    assert!(changes.iter().all(|c| {
        c.session()
            .is_some_and(|s| s.id == "q1-1" && s.groups == ["q1"] && s.at == at(15, "extra"))
    }));
}

#[test]
fn sessions_joined_or_cancelled_and_hours_of_their_own() {
    let mut new = base();
    new.sessions[4].groups.push("q3".into());
    new.sessions[4].hours = Some(crate::model::Hours {
        start: chrono::NaiveTime::from_hms_opt(15, 0, 0).unwrap_or_default(),
        end: None,
    });
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(kinds(&changes), ["hours_changed", "groups_changed"]);
    let TimeplanChange::GroupsChanged { from, to, .. } = &changes[1] else {
        panic!("{changes:?}")
    };
    assert_eq!((from.len(), to.len()), (1, 2));
}

#[test]
fn a_group_renamed_or_moved_under_another_is_one_change_not_one_per_session() {
    let mut new = base();
    new.groups[1].name = tr("Question 1");
    new.groups[1].parent = None;
    new.groups.push(group("q9", None));
    new.groups.remove(2);
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(
        kinds(&changes),
        [
            "group_renamed",
            "group_reparented",
            "group_added",
            "group_removed"
        ]
    );
}

#[test]
fn footnotes_are_matched_by_mark() {
    let footnote = |mark: &str, text: &str| Footnote {
        mark: mark.into(),
        text: tr(text),
    };
    let mut old = base();
    old.footnotes = vec![footnote("1", "Joint"), footnote("2", "Report")];
    let mut new = base();
    new.footnotes = vec![footnote("1", "Joint session"), footnote("(a)", "New")];
    let changes = diff(&old, &new, Syntax::Literal);
    let marks: Vec<(&str, &str)> = changes
        .iter()
        .filter_map(|c| match c {
            TimeplanChange::Footnote { mark, change } => Some((
                mark.as_str(),
                match change {
                    NoteDelta::Added(_) => "added",
                    NoteDelta::Removed(_) => "removed",
                    NoteDelta::Changed(_) => "changed",
                },
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        marks,
        [("1", "changed"), ("(a)", "added"), ("2", "removed")]
    );
}

#[test]
fn text_and_span_changes_of_a_cell() {
    let mut new = base();
    new.sessions[2].span = 1;
    new.sessions[3].text = Some(tr("Closing (if really needed)"));
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(kinds(&changes), ["span_changed", "text_changed"]);
}

#[test]
fn a_slot_added_before_the_others_moves_no_session() {
    let mut new = base();
    new.slots.insert(
        0,
        SlotDef {
            id: "early".into(),
            label: None,
            hours: None,
            overrides: vec![],
        },
    );
    new.sessions.iter_mut().for_each(|s| s.slot += 1);
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(
        changes,
        [TimeplanChange::SlotAdded {
            slot: "early".into()
        }]
    );
}

#[test]
fn a_slot_s_label_given_or_changed_is_a_slot_renamed_with_its_words() {
    let mut old = base();
    old.slots[1].label = Some(tr("Afternoon"));
    let mut new = base();
    new.slots[0].label = Some(tr("Morning"));
    new.slots[1].label = Some(tr("Afternoon session"));
    let changes = diff(&old, &new, Syntax::Literal);
    let words = |c: &TimeplanChange| match c {
        TimeplanChange::SlotRenamed { slot, texts } => {
            let pieces = &texts["en"];
            let said: Vec<(Op, &str)> = pieces.iter().map(|p| (p.op, p.text.as_str())).collect();
            format!("{slot}: {said:?}")
        }
        other => format!("{other:?}"),
    };
    assert_eq!(
        changes.iter().map(words).collect::<Vec<_>>(),
        [
            "morning: [(Insert, \"Morning\")]",
            "afternoon: [(Same, \"Afternoon\"), (Insert, \" session\")]",
        ]
    );
}

#[test]
fn whole_rows_and_days() {
    let mut new = base();
    new.rows[1] = Row::Whole {
        from: date(13),
        to: date(14),
        text: tr("Weekend (excursion)"),
    };
    new.rows.push(Row::Day {
        date: date(16),
        cells: vec![],
    });
    new.rows.remove(0);
    let changes = diff(&base(), &new, Syntax::Literal);
    assert_eq!(
        kinds(&changes),
        ["whole_row_changed", "day_added", "day_removed"]
    );
    assert!(
        matches!(changes[0], TimeplanChange::WholeRowChanged { date: d, .. } if d == date(13)),
        "the weekend is one change, on its first day"
    );
}

#[test]
fn footnote_marks_codes_rooms_and_hours_of_slots() {
    let hours = |h: u32| crate::model::Hours {
        start: chrono::NaiveTime::from_hms_opt(h, 30, 0).unwrap_or_default(),
        end: chrono::NaiveTime::from_hms_opt(h + 3, 0, 0),
    };
    let room = |name: &str| crate::model::Room {
        id: "k".into(),
        name: tr(name),
    };
    let mut old = base();
    old.rooms = vec![room("K")];
    let mut new = base();
    new.rooms = vec![room("Room K")];
    new.sessions[4].marks = vec!["1".into()];
    new.sessions[4].code = Some("Q1-2".into());
    new.groups[0].code = Some(tr("WP1/12"));
    new.slots[0].hours = Some(hours(9));
    new.sessions.push(session("q3-1", &["q3"], 15, 1));
    let changes = diff(&old, &new, Syntax::Literal);
    assert_eq!(
        kinds(&changes),
        [
            "slot_hours_changed",
            "group_code_changed",
            "room_renamed",
            "code_changed",
            "marks_changed",
            "session_added"
        ]
    );
}
