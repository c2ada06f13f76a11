//! The calendars: read back with a parser (the `icalendar` crate's), their events keep
//! their UIDs across revisions, `SEQUENCE` grows exactly where a revision changed a
//! session, a session cancelled or dropped stays cancelled, two builds give the same
//! bytes, and no line is over 75 octets.

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
    // 39 sessions of TD211 Rev.1, PL-3 (dropped by Rev.1) and the letter's 4 deadlines.
    assert_eq!(all.len(), 39 + 1 + 4);
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
    // third, put Q14/12's third in room H2, dropped PL-3 and added the management
    // team's session instead.
    let changed = ["q1-1", "q5-5", "q13-3", "q14-3", "pl-3"];
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
