//! The calendars: read back with a parser (the `icalendar` crate's), their events keep
//! their UIDs across revisions, `SEQUENCE` grows exactly where a revision changed what a
//! subscriber sees of a session, a session cancelled or dropped stays cancelled (so a
//! calendar imported issue after issue holds the latest one's events), two builds give
//! the same bytes, and no line is over 75 octets.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{agenda, copy_meeting, files, root, sample};

/// An event as the tests read it: its sequence, status and start.
#[derive(Debug, Clone, PartialEq)]
struct Event {
    sequence: u32,
    status: String,
    start: String,
}

/// The events of a calendar, by UID, read with `icalendar`'s parser.
fn events(ics: &str) -> BTreeMap<String, Event> {
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line:?}");
    }
    assert!(ics.ends_with("END:VCALENDAR\r\n") && !ics.replace("\r\n", "").contains('\n'));
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    let mut out = BTreeMap::new();
    for event in calendar.components.iter().filter(|c| c.name == "VEVENT") {
        let prop = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.as_str().to_string())
                .unwrap_or_default()
        };
        let e = Event {
            sequence: prop("SEQUENCE").parse().unwrap_or(0),
            status: prop("STATUS"),
            start: prop("DTSTART"),
        };
        assert!(out.insert(prop("UID"), e).is_none(), "a UID given twice");
    }
    out
}

/// The calendars of `meeting` (in `dir`), built into a folder of their own (never into
/// the repository, which `dir` may be).
fn build(dir: &Path, meeting: &str) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let args = [
        "build",
        meeting,
        "--format",
        "ics",
        "-o",
        out.path().to_str().unwrap(),
    ];
    let run = agenda(dir, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    files(&out.path().join(Path::new(meeting).file_name().unwrap()))
}

#[test]
fn the_sample_has_a_calendar_per_language_and_per_group() {
    let out = build(&root(), "agendas/sg12-2025-09");
    let groups = [
        "sg12", "q1", "q2", "wp1", "q5", "q7", "wp2", "q9", "q14", "wp3", "q12", "q13", "mt",
    ];
    let mut expected = vec!["manifest.json".to_string()];
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        expected.push(format!("{lang}/sg12-2025-09.ics"));
        expected.extend(groups.iter().map(|g| format!("{lang}/groups/{g}.ics")));
    }
    expected.sort();
    assert_eq!(out.keys().cloned().collect::<Vec<_>>(), expected);
    let text = |path: &str| String::from_utf8(out[path].clone()).unwrap();
    let all = events(&text("en/sg12-2025-09.ics"));
    // 39 sessions of TD211 Rev.1, PL-3 (dropped by Rev.1), the letter's 17 cells (which
    // TD211's detailed plan replaced: sent cancelled) and the letter's 4 deadlines.
    assert_eq!(all.len(), 39 + 1 + 17 + 4);
    assert_eq!(
        all["sg12-2025-09/2025-09-10/morning@agenda"].status,
        "CANCELLED"
    );
    let q1 = events(&text("en/groups/q1.ics"));
    assert_eq!(
        q1.keys().collect::<Vec<_>>(),
        [
            "sg12-2025-09/pl-1@agenda",
            "sg12-2025-09/pl-2@agenda",
            "sg12-2025-09/pl-3@agenda",
            "sg12-2025-09/q1-1@agenda",
            "sg12-2025-09/q1-2@agenda",
            "sg12-2025-09/q1-3@agenda",
        ]
    );
    // Question 5/12's calendar has its parent's sessions (Working Party 1/12).
    let q5 = events(&text("en/groups/q5.ics"));
    assert!(q5.contains_key("sg12-2025-09/wp1-1@agenda"));
    assert!(!q5.contains_key("sg12-2025-09/wp2-1@agenda"));
    // Every language has the same events.
    for lang in ["ar", "es", "fr", "ru", "zh"] {
        let other = events(&text(&format!("{lang}/sg12-2025-09.ics")));
        assert_eq!(other, all, "{lang}");
    }
    let again = build(&root(), "agendas/sg12-2025-09");
    assert_eq!(again, out, "two builds give the same bytes");
    let deadline = &all["sg12-2025-09/deadline-1-month@agenda"];
    assert_eq!(deadline.start, "20250809");
}

/// In Arabic, a calendar's plain text follows the rule of the HTML's `<bdi>`: a document's
/// number and English title, an issue's label and a session's code are isolated (U+2068…
/// U+2069), so that a line starting with "TD211" still reads right to left; in English
/// nothing is.
#[test]
fn arabic_calendars_isolate_numbers_titles_labels_and_codes() {
    let out = build(&root(), "agendas/sg12-2025-09");
    let text = |path: &str| String::from_utf8(out[path].clone()).unwrap();
    let ar = text("ar/sg12-2025-09.ics");
    let said = description(&ar, "sg12-2025-09/wp3-1@agenda");
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(
        lines[1],
        "\u{2068}TD250/WP3\u{2069}: \u{2068}Report of the Question 12/12 interim e-meeting \
         (online, 17 June 2025)\u{2069} <https://www.itu.int/md/T25-SG12-250909-TD-WP3-0250/en>",
        "{said}"
    );
    assert!(
        lines[2].starts_with("\u{2068}TD211\u{2069} – اجتماع"),
        "{said}"
    );
    let unfolded = icalendar::parser::unfold(&ar);
    assert!(unfolded.contains("SUMMARY;LANGUAGE=ar:فرقة العمل 3/12 (\u{2068}WP3-1\u{2069})"));
    for lang in ["en", "fr", "zh"] {
        let ics = text(&format!("{lang}/sg12-2025-09.ics"));
        assert!(!ics.contains('\u{2068}'), "{lang}");
    }
}

#[test]
fn a_revision_keeps_uids_and_raises_the_sequence_of_what_it_changed() {
    // The meeting as it was before TD211 Rev.1.
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    std::fs::remove_file(dir.join("revisions/timeplan/1.yaml")).unwrap();
    let lock = std::fs::read_to_string(dir.join("revisions.lock")).unwrap();
    let lock: String = lock
        .lines()
        .filter(|l| !l.ends_with("revisions/timeplan/1.yaml"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("revisions.lock"), lock).unwrap();
    let before = build(tmp.path(), "sg12-2025-09");
    let before = events(&String::from_utf8(before["en/sg12-2025-09.ics"].clone()).unwrap());
    let after = build(&root(), "agendas/sg12-2025-09");
    let after = events(&String::from_utf8(after["en/sg12-2025-09.ics"].clone()).unwrap());
    // TD211 Rev.1 moved Q1/12's ad hoc session and Q5/12's fifth, cancelled Q13/12's
    // third, put Q14/12's third in room H2, listed the documents of the joint session of
    // Q9/12 and Q14/12, dropped PL-3 and added the management team's session instead.
    let changed = ["q1-1", "q5-5", "q13-3", "q14-3", "q9-q14", "pl-3"];
    for (uid, old) in &before {
        let new = after.get(uid).unwrap_or_else(|| panic!("{uid} is kept"));
        let id = uid
            .trim_start_matches("sg12-2025-09/")
            .trim_end_matches("@agenda");
        let expected = old.sequence + u32::from(changed.contains(&id));
        assert_eq!(new.sequence, expected, "{uid}");
    }
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert_eq!(added, ["sg12-2025-09/mt-2@agenda"]);
    assert_eq!(after["sg12-2025-09/q1-1@agenda"].start, "20250912T180000");
    assert_eq!(before["sg12-2025-09/q1-1@agenda"].start, "20250909T143000");
    assert_eq!(after["sg12-2025-09/q13-3@agenda"].status, "CANCELLED");
    assert_eq!(after["sg12-2025-09/pl-3@agenda"].status, "CANCELLED");
    assert_eq!(before["sg12-2025-09/pl-3@agenda"].status, "TENTATIVE");
    assert_eq!(after["sg12-2025-09/q9-1@agenda"].status, "CONFIRMED");
}

/// The meeting `sg12-2025-09` of `dir` without the revisions of its time plan from
/// `from` on (and, from 0, without its agenda's, which name the plan's sessions).
fn without_revisions(dir: &Path, from: u32) {
    let meeting = dir.join("sg12-2025-09");
    let mut gone: Vec<String> = (from..2)
        .map(|n| format!("revisions/timeplan/{n}.yaml"))
        .collect();
    if from == 0 {
        gone.extend((0..2).map(|n| format!("revisions/agenda/{n}.yaml")));
    }
    for path in &gone {
        std::fs::remove_file(meeting.join(path)).unwrap();
    }
    let lock = std::fs::read_to_string(meeting.join("revisions.lock")).unwrap();
    let lock: String = (lock.lines())
        .filter(|l| !gone.iter().any(|g| l.ends_with(g.as_str())))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(meeting.join("revisions.lock"), lock).unwrap();
}

#[test]
fn a_calendar_imported_issue_after_issue_holds_exactly_the_latest_issue_s_events() {
    // As an importing client does: each issue's calendar in turn, an event replacing the
    // one of the same UID.
    let mut imported: BTreeMap<String, Event> = BTreeMap::new();
    let mut latest = BTreeMap::new();
    for from in [0, 1, 2] {
        let tmp = copy_meeting(&sample());
        if from < 2 {
            without_revisions(tmp.path(), from);
        }
        let out = build(tmp.path(), "sg12-2025-09");
        latest = events(&String::from_utf8(out["en/sg12-2025-09.ics"].clone()).unwrap());
        imported.extend(latest.clone());
    }
    assert_eq!(imported, latest);
    // The letter's cells are cancelled, not left behind as they were.
    assert_eq!(latest["sg12-2025-09/2025-09-09/morning@agenda"].sequence, 1);
}

/// The description of the event `uid` of calendar `ics`.
fn description(ics: &str, uid: &str) -> String {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    let prop = |c: &icalendar::parser::Component, name: &str| {
        (c.properties.iter())
            .find(|p| p.name == name)
            .map(|p| p.val.as_str().to_string())
    };
    (calendar.components.iter())
        .find(|c| prop(c, "UID").as_deref() == Some(uid))
        .and_then(|c| prop(c, "DESCRIPTION"))
        .unwrap_or_default()
}

#[test]
fn a_room_renamed_a_footnote_reworded_or_a_slot_s_hours_changed_raise_the_sequence_of_their_sessions()
 {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    let before = build(tmp.path(), "sg12-2025-09");
    let before = String::from_utf8(before["en/sg12-2025-09.ics"].clone()).unwrap();
    let mut rev = std::fs::read_to_string(dir.join("revisions/timeplan/1.yaml")).unwrap();
    for (from, to) in [
        ("date: 2025-09-12", "date: 2025-09-15"),
        ("{id: popov, name: Popov}", "{id: popov, name: Popov Room}"),
        (
            "en: Joint session of Questions 9/12 and 14/12,",
            "en: Joint session,",
        ),
        ("    end: \"19:30\"", "    end: \"20:00\""),
    ] {
        assert!(rev.contains(from), "{from}");
        rev = rev.replacen(from, to, 1);
    }
    std::fs::write(dir.join("revisions/timeplan/2.yaml"), rev).unwrap();
    let after = build(tmp.path(), "sg12-2025-09");
    let after = String::from_utf8(after["en/sg12-2025-09.ics"].clone()).unwrap();
    let (old, new) = (events(&before), events(&after));
    let uid = |id: &str| format!("sg12-2025-09/{id}@agenda");
    // PL-1 is in the room renamed, the joint session also carries the footnote reworded,
    // the management team's and Q1/12's evening sessions keep the evening slot's hours;
    // Q5/12's first session none of these.
    for (id, raised) in [
        ("pl-1", 1),
        ("q9-q14", 1),
        ("mt-2", 1),
        ("q1-1", 1),
        ("q5-1", 0),
    ] {
        assert_eq!(
            new[&uid(id)].sequence,
            old[&uid(id)].sequence + raised,
            "{id}"
        );
    }
    let said = |ics: &str, id: &str| description(ics, &uid(id));
    // Each names the issue that last changed it.
    for (id, issue) in [
        ("pl-1", "TD211 Rev.2"),
        ("q5-1", "TD211"),
        ("q13-3", "TD211 Rev.1"),
    ] {
        let said = said(&after, id);
        assert!(said.contains(&format!("{issue} – ")), "{id}: {said}");
    }
}

/// The lines of `ics` of the event `uid` that say when it is.
fn when(ics: &str, uid: &str) -> Vec<String> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    let event = (calendar.components.iter())
        .find(|c| (c.properties.iter()).any(|p| p.name == "UID" && p.val.as_str() == uid));
    let event = event.unwrap_or_else(|| panic!("no event {uid}"));
    (event.properties.iter())
        .filter(|p| p.name == "DTSTART" || p.name == "DTEND")
        .map(|p| p.val.as_str().to_string())
        .collect()
}

#[test]
fn questions_keep_their_own_hours_and_sessions_meet_on_the_weekend_and_before_the_meeting() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    crate::common::edit(
        &dir.join("revisions/timeplan/1.yaml"),
        "      - {weekday: Friday, start: \"09:00\", end: \"12:00\"}\n",
        "      - {weekday: Friday, start: \"09:00\", end: \"12:00\"}\n      - {kind: question, start: \"08:30\", end: \"12:30\"}\n",
    );
    crate::common::edit(
        &dir.join("revisions/timeplan/1.yaml"),
        "    start: \"14:30\"\n    end: \"17:30\"\n",
        "    start: \"14:30\"\n    end: \"17:30\"\n    hours:\n      - {kind: question, start: \"13:00\", end: \"18:00\"}\n",
    );
    // An ad hoc meeting of Question 5/12 on the Saturday, if needed.
    crate::common::edit(
        &dir.join("revisions/timeplan/1.yaml"),
        "\nfootnotes:\n",
        "\n  - id: q5-sat\n    groups: [q5]\n    date: 2025-09-13\n    slot: morning\n    room: k\n    status: if_needed\nfootnotes:\n",
    );
    let out = crate::common::republish_and_build(tmp.path(), "sg12-2025-09", "ics,md");
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let uid = |id: &str| format!("sg12-2025-09/{id}@agenda");
    // Question 2/12 on Thursday morning, and on Friday (the Questions' hours win over the
    // Friday hours of the others); the plenary keeps the slot's.
    let q2 = read("groups/q2.ics");
    assert_eq!(
        when(&q2, &uid("q2-1")),
        ["20250911T083000", "20250911T123000"]
    );
    assert_eq!(
        when(&q2, &uid("pl-1")),
        ["20250909T113000", "20250909T123000"]
    );
    let q7 = read("groups/q7.ics");
    assert_eq!(
        when(&q7, &uid("q7-1")),
        ["20250910T130000", "20250910T180000"]
    );
    let q5 = read("groups/q5.ics");
    assert_eq!(
        when(&q5, &uid("q5-sat")),
        ["20250913T083000", "20250913T123000"]
    );
    // The management team meets the afternoon before the opening.
    let mt = read("groups/mt.ics");
    assert_eq!(
        when(&mt, &uid("mt-0")),
        ["20250908T143000", "20250908T173000"]
    );
    let page = read("groups/q2.md");
    assert!(page.contains("08:30–12:30"), "{page}");
    let plan = read("td211-rev1.md");
    let line = "Morning: 09:30–12:30 (Tuesday 9 September: 11:30–12:30; Fridays: 09:00–12:00; Questions: 08:30–12:30)";
    assert!(plan.contains(line), "{plan}");
    assert!(
        plan.contains("Afternoon: 14:30–17:30 (Questions: 13:00–18:00)"),
        "{plan}"
    );
    // The Saturday with a session is a day of its own, the Sunday the weekend; the day
    // before the meeting says so, and shows only the slot it uses in the plan by group.
    for row in [
        "| Saturday<br>13 September | Q5/12 (if needed) · K |",
        "| Weekend |",
        "| Monday<br>8 September<br>*before the meeting* |",
        "| Group | Monday 8 September<br>Afternoon | Tuesday",
    ] {
        assert!(plan.contains(row), "{row}\n{plan}");
    }
}
