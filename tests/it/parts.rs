//! A meeting may have only a draft agenda, or only a draft time plan: it publishes the
//! documents it has. One with neither, or with revisions of a draft it lacks, is refused.

use crate::common::{agenda, copy_meeting, mini};

/// The mini meeting without `file`, built: its files.
fn without(file: &str) -> (tempfile::TempDir, crate::common::Run) {
    let tmp = copy_meeting(&mini());
    std::fs::remove_file(tmp.path().join("m").join(file)).unwrap();
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--lang", "en"]);
    (tmp, run)
}

#[test]
fn an_agenda_only_meeting_builds_its_agenda() {
    let (tmp, run) = without("timeplan.yaml");
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(
        md.contains("## Draft agenda\n") && !md.contains("time plan"),
        "{md}"
    );
    let publish = agenda(tmp.path(), &["publish", "m"]);
    assert_eq!(publish.code, 0, "{}", publish.stderr);
    let lock = std::fs::read_to_string(tmp.path().join("m/revisions.lock")).unwrap();
    let files: Vec<&str> = lock
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split("  ").nth(1).unwrap_or_default())
        .collect();
    assert_eq!(files, ["agenda.yaml", "meeting.yaml"]);
    let check = agenda(tmp.path(), &["check", "m"]);
    assert_eq!((check.code, check.stderr.as_str()), (0, ""));
}

#[test]
fn a_time_plan_only_meeting_builds_its_time_plan() {
    let (tmp, run) = without("agenda.yaml");
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(
        md.contains("## Draft time plan\n") && !md.contains("## Draft agenda"),
        "{md}"
    );
}

#[test]
fn a_meeting_needs_an_agenda_or_a_time_plan() {
    let tmp = copy_meeting(&mini());
    for file in ["agenda.yaml", "timeplan.yaml"] {
        std::fs::remove_file(tmp.path().join("m").join(file)).unwrap();
    }
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: this meeting has neither agenda.yaml nor timeplan.yaml\n --> m/meeting.yaml\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("  = hint: add agenda.yaml (the draft agenda), timeplan.yaml (the draft time plan) or both beside meeting.yaml\n"));
}

#[test]
fn revisions_of_a_draft_the_meeting_lacks_are_refused() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path().join("m");
    std::fs::create_dir_all(dir.join("revisions/timeplan")).unwrap();
    std::fs::copy(
        dir.join("timeplan.yaml"),
        dir.join("revisions/timeplan/0.yaml"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("timeplan.yaml")).unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: a revision of a draft the meeting does not have (timeplan.yaml)\n --> m/revisions/timeplan/0.yaml\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_stream_without_its_draft_cannot_be_revised() {
    let tmp = copy_meeting(&mini());
    std::fs::remove_file(tmp.path().join("m/timeplan.yaml")).unwrap();
    let run = agenda(
        tmp.path(),
        &["revise", "m", "timeplan", "--date", "2025-09-12"],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: m has no timeplan.yaml, so no revisions of it: a meeting without its draft publishes the other documents only\n"
        )
    );
    assert!(!tmp.path().join("m/revisions").exists());
}

#[test]
fn a_meeting_needs_only_what_it_uses_a_chair_and_update_numbers_are_optional() {
    let tmp = copy_meeting(&mini());
    let m = tmp.path().join("m");
    std::fs::remove_file(m.join("timeplan.yaml")).unwrap();
    let meeting = std::fs::read_to_string(m.join("meeting.yaml")).unwrap();
    let meeting: String = (meeting.lines())
        .filter(|l| !l.starts_with("chair:") && !l.starts_with("timeplan_update:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(m.join("meeting.yaml"), &meeting).unwrap();
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--lang", "en"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(!md.contains("Chair"), "{md}");
    // No sessions and no deadlines: no calendar, which would be empty.
    assert!(!tmp.path().join("out/m/en/m.ics").exists());
    // Updates of the agenda need their number.
    let without_number: String = (meeting.lines())
        .filter(|l| !l.starts_with("agenda_update:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(m.join("meeting.yaml"), without_number).unwrap();
    std::fs::create_dir_all(m.join("revisions/agenda")).unwrap();
    let agenda_text = std::fs::read_to_string(m.join("agenda.yaml")).unwrap();
    let revision =
        format!("revision: {{date: 2025-09-12, summary: {{zh: 更新, en: Update}}}}\n{agenda_text}");
    std::fs::write(m.join("revisions/agenda/0.yaml"), revision).unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(
        run.stderr,
        "error: the agenda's updates (revisions/agenda/) have no document number\n --> m/meeting.yaml\n  = hint: add `agenda_update: TD210`, the number the organisation gives them\n\n1 problem found\n"
    );
}
