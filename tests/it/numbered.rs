//! A draft issued as the first issue of a TD ("TD163/GEN"): published under its number,
//! revised as "TD163/GEN Rev.1" from `revisions/agenda/1.yaml`, its numbers checked.

use std::path::Path;

use crate::common::{agenda, copy_meeting, edit, mini};

/// A copy of the mini meeting whose draft is TD163/GEN of 20 August 2025 (and whose
/// agenda has no number of its own).
fn numbered() -> tempfile::TempDir {
    let tmp = copy_meeting(&mini());
    edit(
        &tmp.path().join("m/meeting.yaml"),
        "agenda_update: TD210\n",
        "draft_number: TD163/GEN\ndraft_date: 2025-08-20\n",
    );
    tmp
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_numbered_draft_is_the_first_issue_and_its_revision_is_rev1() {
    let tmp = numbered();
    let dir = tmp.path();
    assert_eq!(agenda(dir, &["check", "m"]).code, 0);
    let args = ["revise", "m", "agenda", "--summary", "Opening renamed"];
    let started = agenda(dir, &[&args[..], &["--date", "2025-09-12"]].concat());
    assert_eq!(
        started.stdout,
        "started m/revisions/agenda/1.yaml (a copy of m/agenda.yaml): edit it, then `agenda publish`\n"
    );
    edit(
        &dir.join("m/revisions/agenda/1.yaml"),
        "Opening of the *meeting*",
        "Opening of the *session*",
    );
    let publish = agenda(dir, &["publish", "m"]);
    assert!(
        publish
            .stdout
            .ends_with("published revisions/agenda/1.yaml\n")
    );
    let formats = "md,html,atom";
    let build = [
        "build", "m", "-o", "out", "--format", formats, "--lang", "en",
    ];
    let run = agenda(dir, &build);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names: Vec<String> = (std::fs::read_dir(dir.join("out/m/en")).unwrap())
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        names,
        [
            "td163-gen-rev1-changes.md",
            "td163-gen-rev1.md",
            "td163-gen.md"
        ]
    );
    let draft = read(dir, "out/m/en/td163-gen.md");
    assert!(
        draft.contains("\n**TD163/GEN** · 20 August 2025\n"),
        "{draft}"
    );
    let changes = read(dir, "out/m/en/td163-gen-rev1-changes.md");
    assert!(changes.contains("\n**TD163/GEN Rev.1** · 12 September 2025 · Opening renamed\n"));
    assert!(
        changes.contains("\n## Changes from TD163/GEN\n"),
        "{changes}"
    );
    assert!(changes.contains("- Item 1 retitled: Opening of the {--meeting--}{++session++}\n"));
    let manifest = read(dir, "out/m/manifest.json");
    assert!(
        manifest.contains(r#""path": "en/td163-gen.md","#),
        "{manifest}"
    );
    let index = read(dir, "out/index.md");
    assert!(index.contains("TD163/GEN Rev.1"), "{index}");
    // The feed has the first issue (the draft under its number) after Rev.1.
    let feed = read(dir, "out/m/en/revisions.atom");
    let titles: Vec<&str> = (feed.split("<entry>").skip(1))
        .filter_map(|e| e.split("<title>").nth(1)?.split("</title>").next())
        .collect();
    assert_eq!(
        titles,
        ["TD163/GEN Rev.1 – Opening renamed", "TD163/GEN"],
        "{feed}"
    );
    assert!(
        feed.contains(
            "<link rel=\"alternate\" type=\"text/html\" href=\"td163-gen.html\"/>\n  </entry>"
        ),
        "{feed}"
    );
}

#[test]
fn a_first_issue_beside_a_numbered_draft_is_refused() {
    let tmp = numbered();
    let dir = tmp.path().join("m");
    std::fs::create_dir_all(dir.join("revisions/agenda")).unwrap();
    let text = read(&dir, "agenda.yaml");
    let head = "revision: {date: 2025-09-12, summary: x}\n";
    std::fs::write(dir.join("revisions/agenda/0.yaml"), format!("{head}{text}")).unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: revision 0 would be a second first issue: the numbered draft (`draft_number` in meeting.yaml) is this stream's first issue\n --> m/revisions/agenda/0.yaml\n  = hint: its revisions are numbered from 1.yaml (Rev.1): rename the files one number up\n\n1 problem found\n"
    );
}

#[test]
fn a_numbered_draft_needs_its_date_and_numbers_never_share_files() {
    let tmp = numbered();
    let meeting = tmp.path().join("m/meeting.yaml");
    edit(&meeting, "draft_date: 2025-08-20\n", "");
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: the draft is numbered `TD163/GEN` but has no date\n --> m/meeting.yaml:9:15\n  |\n9 | draft_number: TD163/GEN\n  |               ^^^^^^^^^\n  = hint: add `draft_date: YYYY-MM-DD`, the date the draft is issued\n\n1 problem found\n"
    );
    edit(
        &meeting,
        "draft_number: TD163/GEN\n",
        "draft_number: TD163/GEN\ndraft_date: 2025-08-20\n",
    );
    edit(
        &meeting,
        "timeplan_update: TD211",
        "timeplan_update: TD163-GEN",
    );
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: `TD163-GEN` and the draft's number `TD163/GEN` would name the same files\n  --> m/meeting.yaml:11:18\n   |\n11 | timeplan_update: TD163-GEN\n   |                  ^^^^^^^^^\n   = hint: write `TD163/GEN` if these updates are the draft's revisions; else give them a number of their own\n\n1 problem found\n"
    );
    edit(
        &meeting,
        "timeplan_update: TD163-GEN",
        "timeplan_update: TD163/GEN",
    );
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: `TD163/GEN` is also the agenda's update number (the draft's `draft_number`, which they go on from): both streams' documents would be written to the same files\n  --> m/meeting.yaml:11:18\n   |\n11 | timeplan_update: TD163/GEN\n   |                  ^^^^^^^^^\n   = hint: give the time plan's updates a number of their own, e.g. TD211 beside TD210\n\n1 problem found\n"
    );
}
