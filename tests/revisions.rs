//! Revision streams: revise, publish, frozen files, and the changes documents.

mod common;

use common::{agenda, copy_meeting, edit, sample};

#[test]
fn editing_a_published_revision_fails_check_naming_the_file() {
    let tmp = copy_meeting(&sample());
    edit(
        &tmp.path().join("sg12-2025-09/revisions/agenda/1.yaml"),
        "en: \"Review of the work plan\"",
        "en: \"Review of the work plans\"",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: revisions/agenda/1.yaml was published and has been edited since (its hash in revisions.lock differs)\n --> sg12-2025-09/revisions/agenda/1.yaml:1:1\n  = hint: undo the edit and start the next revision with `agenda revise`; to re-publish this file as it is now, run `agenda publish --republish`\n\n1 problem found\n"
    );
    let build = agenda(tmp.path(), &["build", "sg12-2025-09", "-o", "out"]);
    assert_eq!(build.code, 1);
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn publish_refuses_edited_files_unless_asked_to_republish() {
    let tmp = copy_meeting(&sample());
    edit(
        &tmp.path().join("sg12-2025-09/timeplan.yaml"),
        "en: Weekend",
        "en: Weekend (no meetings)",
    );
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: published files were edited since: timeplan.yaml\n"),
        "{}",
        run.stderr
    );
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09", "--republish"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "re-published timeplan.yaml\n")
    );
    assert_eq!(agenda(tmp.path(), &["check", "sg12-2025-09"]).code, 0);
}

#[test]
fn revise_starts_the_next_revision_as_a_copy_and_never_overwrites() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    let run = agenda(
        tmp.path(),
        &[
            "revise",
            "sg12-2025-09",
            "agenda",
            "--summary",
            "Item 17 retitled",
            "--date",
            "2025-09-15",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "started sg12-2025-09/revisions/agenda/2.yaml (a copy of sg12-2025-09/revisions/agenda/1.yaml): edit it, then `agenda publish`\n"
    );
    let new = std::fs::read_to_string(dir.join("revisions/agenda/2.yaml")).unwrap();
    let old = std::fs::read_to_string(dir.join("revisions/agenda/1.yaml")).unwrap();
    assert!(new.starts_with(
        "revision:\n  date: 2025-09-15\n  summary: \"Item 17 retitled\"\n# TD210 Rev.1."
    ));
    assert_eq!(
        new.split_once("# TD210 Rev.1.").unwrap().1,
        old.split_once("# TD210 Rev.1.").unwrap().1
    );
    // The new revision is valid, unpublished, and builds as TD210 Rev.2 with its changes.
    edit(
        &dir.join("revisions/agenda/2.yaml"),
        "en: \"Any other business\"",
        "en: \"Other business\"",
    );
    let out = agenda(
        tmp.path(),
        &[
            "build",
            "sg12-2025-09",
            "-o",
            "out",
            "--format",
            "md",
            "--lang",
            "en",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let changes =
        std::fs::read_to_string(tmp.path().join("out/sg12-2025-09/en/td210-rev2-changes.md"))
            .unwrap();
    assert!(changes.contains("**TD210 Rev.2** · 15 September 2025 · Item 17 retitled"));
    assert!(changes.contains("## Changes from TD210 Rev.1\n"));
    assert!(changes.contains("- Item 17 retitled\n"));
    assert!(changes.contains("- 17 {--Any other--}{++Other++} business\n"));
    // A second revise makes 3.yaml; publishing records 2.yaml and 3.yaml.
    let again = agenda(
        tmp.path(),
        &[
            "revise",
            "sg12-2025-09",
            "agenda",
            "--summary",
            "x",
            "--date",
            "2025-09-16",
        ],
    );
    assert!(
        again
            .stdout
            .starts_with("started sg12-2025-09/revisions/agenda/3.yaml")
    );
    let publish = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(
        publish.stdout,
        "published revisions/agenda/2.yaml\npublished revisions/agenda/3.yaml\n"
    );
}

#[test]
fn revision_numbers_run_without_gaps() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09/revisions/timeplan");
    std::fs::rename(dir.join("1.yaml"), dir.join("2.yaml")).unwrap();
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("error: revision 2 has no revision 1 before it\n --> sg12-2025-09/revisions/timeplan/2.yaml:1:1\n"), "{}", run.stderr);
}

#[test]
fn changes_documents_mark_insertions_deletions_and_changed_cells() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = agenda(
        &common::root(),
        &[
            "build",
            sample().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--format",
            "html",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["zh", "en"] {
        let agenda_html = std::fs::read_to_string(
            out.join(format!("sg12-2025-09/{lang}/td210-rev1-changes.html")),
        )
        .unwrap();
        assert!(agenda_html.contains("<li id=\"item-q1-ad-hoc\" class=\"added\"><span class=\"number\"><ins>12.1</ins></span>"));
        assert!(
            agenda_html.contains(
                "class=\"moved\"><span class=\"number\"><del>9</del> <ins>11</ins></span>"
            )
        );
        assert!(agenda_html.contains(
            "class=\"renumbered\"><span class=\"number\"><del>10</del> <ins>9</ins></span>"
        ));
        let plan = std::fs::read_to_string(
            out.join(format!("sg12-2025-09/{lang}/td211-rev1-changes.html")),
        )
        .unwrap();
        assert_eq!(
            plan.matches("class=\"changed\"").count(),
            3,
            "{lang}: the moved session's two cells and the changed one"
        );
        assert!(plan.contains("<del>") && plan.contains("<ins>"));
        let full =
            std::fs::read_to_string(out.join(format!("sg12-2025-09/{lang}/td211-rev1.html")))
                .unwrap();
        assert!(
            !full.contains("<ins>") && !full.contains("<del>"),
            "the full document is not redlined"
        );
    }
}

#[test]
fn glyphs_of_revisions_are_checked_too() {
    let tmp = copy_meeting(&sample());
    let run = agenda(
        tmp.path(),
        &[
            "revise",
            "sg12-2025-09",
            "agenda",
            "--summary",
            "x 😀",
            "--date",
            "2025-09-15",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("error: no font can draw `😀` (U+1F600) in the `zh` PDF\n --> sg12-2025-09/revisions/agenda/2.yaml:3:15\n"), "{}", run.stderr);
}
