//! Revision streams: revise, publish, frozen files, and the changes documents.

use crate::common::{agenda, copy_meeting, edit, revise_meeting, sample};

/// `agenda revise sg12-2025-09 STREAM --summary SUMMARY --date DATE` in `dir`.
fn revise(dir: &std::path::Path, stream: &str, summary: &str, date: &str) -> crate::common::Run {
    revise_meeting(dir, ("sg12-2025-09", stream), summary, date)
}

/// Builds `meeting` of `dir` in English as `format` into `dir/out`, and reads the file
/// `name` of it.
fn built_in_english(dir: &std::path::Path, meeting: &str, (name, format): (&str, &str)) -> String {
    let run = agenda(
        dir,
        &[
            "build", meeting, "-o", "out", "--format", format, "--lang", "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read_to_string(dir.join("out").join(meeting).join("en").join(name)).unwrap()
}

/// Checks a copy of the sample with `from` replaced by `to` in its `file`.
fn check_sample_with(file: &str, from: &str, to: &str) -> crate::common::Run {
    let tmp = copy_meeting(&sample());
    edit(&tmp.path().join("sg12-2025-09").join(file), from, to);
    agenda(tmp.path(), &["check", "sg12-2025-09"])
}

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
        "error: revisions/agenda/1.yaml was published and has been edited since (its hash in revisions.lock differs)\n --> sg12-2025-09/revisions/agenda/1.yaml\n  = hint: undo the edit and start the next revision with `agenda revise`; to re-publish this file as it is now, run `agenda publish --republish`\n\n1 problem found\n"
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
    let run = revise(tmp.path(), "agenda", "Item 17 retitled", "2025-09-15");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "started sg12-2025-09/revisions/agenda/2.yaml (a copy of sg12-2025-09/revisions/agenda/1.yaml): edit it, then `agenda publish`\n"
    );
    let new = std::fs::read_to_string(dir.join("revisions/agenda/2.yaml")).unwrap();
    let old = std::fs::read_to_string(dir.join("revisions/agenda/1.yaml")).unwrap();
    // The schema line first (a revision's), then the new head.
    assert!(new.starts_with(
        "# yaml-language-server: $schema=../../../../schemas/agenda-revision.schema.json\nrevision:\n  date: 2025-09-15\n  summary: \"Item 17 retitled\"\n# TD210 Rev.1."
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
    assert!(changes.contains("- Item 17 retitled: {--Any other--}{++Other++} business\n"));
    assert!(changes.contains("- 17 {--Any other--}{++Other++} business\n"));
    // A second revise makes 3.yaml; publishing records 2.yaml and 3.yaml.
    let again = revise(tmp.path(), "agenda", "x", "2025-09-16");
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
    assert!(run.stderr.contains("error: revision 2 has no revision 1 before it\n --> sg12-2025-09/revisions/timeplan/2.yaml\n"), "{}", run.stderr);
}

#[test]
fn changes_documents_mark_insertions_deletions_and_changed_cells() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = agenda(
        &crate::common::root(),
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
            14,
            "{lang}: by day, the cells that two sessions moved from and to, the cell of the \
             session cancelled, of the room changed, and of the session replaced (6); by group, \
             the cells of the moves (4), the session cancelled, the room, and the session \
             replaced in two groups' rows (4)"
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
    let run = revise(tmp.path(), "agenda", "x 😀", "2025-09-15");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("error: no font can draw `😀` (U+1F600) in the `zh` PDF\n --> sg12-2025-09/revisions/agenda/2.yaml:4:15\n"), "{}", run.stderr);
}

/// What a published meeting prints on every document is frozen with the documents.
#[test]
fn meeting_yaml_is_frozen_with_the_documents() {
    let run = check_sample_with(
        "meeting.yaml",
        "agenda_update: TD210",
        "agenda_update: TD310",
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: meeting.yaml was published and has been edited since (its hash in revisions.lock differs)\n --> sg12-2025-09/meeting.yaml\n"), "{}", run.stderr);
}

#[test]
fn a_lock_without_meeting_yaml_is_refused() {
    let tmp = copy_meeting(&sample());
    let lock = tmp.path().join("sg12-2025-09/revisions.lock");
    let text = std::fs::read_to_string(&lock).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.ends_with("  meeting.yaml"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&lock, kept).unwrap();
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: revisions.lock does not record meeting.yaml\n --> sg12-2025-09/revisions.lock\n"
        ),
        "{}",
        run.stderr
    );
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "published meeting.yaml\n")
    );
    assert_eq!(agenda(tmp.path(), &["check", "sg12-2025-09"]).code, 0);
}

#[test]
fn a_revision_is_named_by_its_number_alone() {
    for name in ["01.yaml", "+1.yaml"] {
        let tmp = copy_meeting(&sample());
        let dir = tmp.path().join("sg12-2025-09/revisions/agenda");
        std::fs::rename(dir.join("1.yaml"), dir.join(name)).unwrap();
        let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
        assert_eq!(run.code, 1, "{name}");
        let expected = format!(
            "error: `{name}` is not how revision 1 is named\n --> sg12-2025-09/revisions/agenda/{name}\n  = hint: rename it to 1.yaml: a revision file is named by its number alone\n\n"
        );
        assert!(run.stderr.starts_with(&expected), "{}", run.stderr);
        assert!(
            run.stderr
                .contains("error: revisions/agenda/1.yaml was published and is missing"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_unreadable_lock_is_an_error_not_an_unfrozen_meeting() {
    let tmp = copy_meeting(&sample());
    let lock = tmp.path().join("sg12-2025-09/revisions.lock");
    let mut bytes = std::fs::read(&lock).unwrap();
    bytes.push(0xff);
    std::fs::write(&lock, bytes).unwrap();
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: this file is not valid UTF-8\n  --> sg12-2025-09/revisions.lock:10:1\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with("  = hint: revisions.lock is written by `agenda publish` and committed with the sources: restore it from version control (e.g. `git checkout -- revisions.lock`)\n\n1 problem found\n"), "{}", run.stderr);
    // publish does not write over a lock it cannot read.
    assert_eq!(agenda(tmp.path(), &["publish", "sg12-2025-09"]).code, 1);
    assert!(std::fs::read(&lock).unwrap().ends_with(&[0xff]));
}

/// `agenda publish` killed after writing its new lock, before it replaces the old one:
/// the old lock is whole, and the next publish records the new revision.
#[test]
fn a_publish_killed_part_way_leaves_the_old_lock_whole() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    let before = std::fs::read(dir.join("revisions.lock")).unwrap();
    let run = revise(tmp.path(), "agenda", "x", "2025-09-15");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let killed = std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["publish", "sg12-2025-09"])
        .env("AGENDA_KILL_AT", "lock-written")
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(!killed.status.success());
    assert_eq!(std::fs::read(dir.join("revisions.lock")).unwrap(), before);
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "published revisions/agenda/2.yaml\n"),
        "{}",
        run.stderr
    );
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, ""),
        "nothing more to publish"
    );
    assert_eq!(agenda(tmp.path(), &["check", "sg12-2025-09"]).code, 0);
    let hidden: Vec<String> = crate::common::entries(&dir)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        hidden.is_empty(),
        "the killed run's temporary lock is tidied: {hidden:?}"
    );
}

/// A Windows checkout (git's core.autocrlf) turns every LF into CRLF: still as published.
#[test]
fn a_checkout_with_crlf_line_endings_is_as_published() {
    let tmp = copy_meeting(&sample());
    for (path, bytes) in crate::common::files(tmp.path()) {
        let text = String::from_utf8(bytes).unwrap();
        std::fs::write(tmp.path().join(path), text.replace('\n', "\r\n")).unwrap();
    }
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn hidden_files_and_editor_backups_are_passed_over_with_a_warning() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09/revisions/agenda");
    for name in [".DS_Store", ".1.yaml.swp", "1.yaml~"] {
        std::fs::write(dir.join(name), "x").unwrap();
    }
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "ok: 1 meeting checked\n"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr,
        "warning: `.1.yaml.swp` is not a revision file; passed over\n --> sg12-2025-09/revisions/agenda/.1.yaml.swp\n  = hint: hidden files and editors' backups are not read; delete it if it is not needed\n\n\
         warning: `.DS_Store` is not a revision file; passed over\n --> sg12-2025-09/revisions/agenda/.DS_Store\n  = hint: hidden files and editors' backups are not read; delete it if it is not needed\n\n\
         warning: `1.yaml~` is not a revision file; passed over\n --> sg12-2025-09/revisions/agenda/1.yaml~\n  = hint: hidden files and editors' backups are not read; delete it if it is not needed\n\n"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_revision_is_reported_not_read() {
    let tmp = copy_meeting(&sample());
    let fifo = tmp.path().join("sg12-2025-09/revisions/agenda/2.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: cannot read this file (not a regular file)\n --> sg12-2025-09/revisions/agenda/2.yaml\n"), "{}", run.stderr);
}

#[test]
fn a_meeting_folder_given_as_dot_is_named_by_its_folder() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    let run = agenda(&dir, &["check", "."]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let run = agenda(&dir.join("revisions"), &["check", ".."]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let run = agenda(&dir, &["publish", "."]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn revise_refuses_a_stream_with_a_gap() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09/revisions/agenda");
    std::fs::rename(dir.join("1.yaml"), dir.join("2.yaml")).unwrap();
    let run = agenda(
        tmp.path(),
        &["revise", "sg12-2025-09", "agenda", "--date", "2025-09-15"],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: sg12-2025-09/revisions/agenda has no 1.yaml before 2.yaml: restore it (or rename 2.yaml to 1.yaml if it was never published) before starting the next revision\n"
    );
    assert!(!dir.join("1.yaml").exists() && !dir.join("3.yaml").exists());
}

#[test]
fn revise_warns_of_a_date_that_looks_mistyped_and_check_does_too() {
    let tmp = copy_meeting(&sample());
    let run = revise(tmp.path(), "agenda", "x", "1999-09-15");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "warning: the revision is dated 1999-09-15, before the revision before it (2025-09-11)\n  = hint: give the date with --date YYYY-MM-DD\n"
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.starts_with("warning: the revision is dated 1999-09-15, before the revision before it (2025-09-11)\n --> sg12-2025-09/revisions/agenda/2.yaml:3:9\n"), "{}", run.stderr);
}

#[test]
fn revise_replaces_the_whole_head_of_a_file_saved_with_a_bom_and_comments() {
    let tmp = copy_meeting(&sample());
    let latest = tmp.path().join("sg12-2025-09/revisions/timeplan/1.yaml");
    let text = std::fs::read_to_string(&latest).unwrap();
    let commented = text.replacen("revision:\n", "revision:\n# written in haste\n", 1);
    assert_ne!(commented, text);
    std::fs::write(&latest, format!("\u{feff}{commented}")).unwrap();
    let run = revise(tmp.path(), "timeplan", "y", "2025-09-16");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new =
        std::fs::read_to_string(tmp.path().join("sg12-2025-09/revisions/timeplan/2.yaml")).unwrap();
    assert!(
        new.starts_with("# yaml-language-server: $schema=../../../../schemas/timeplan-revision.schema.json\nrevision:\n  date: 2025-09-16\n  summary: \"y\"\n"),
        "{new}"
    );
    assert!(!new.contains("written in haste") && !new.contains('\u{feff}'));
    // The copy is valid apart from the edited published file.
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert!(!run.stderr.contains("2.yaml"), "{}", run.stderr);
}

/// The changes documents and `agenda diff` read one diff and one table of wording, and
/// say the same: for each revision of the sample, in each language, the changes
/// document's summary lines are those of `agenda diff` between the same two versions, in
/// Markdown and for a terminal (which add the changed words after a line).
#[test]
fn changes_documents_and_agenda_diff_say_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let root = crate::common::root();
    let build = agenda(
        &root,
        &[
            "build",
            sample().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--format",
            "md",
        ],
    );
    assert_eq!(build.code, 0, "{}", build.stderr);
    let pairs = [
        ("agenda.yaml", "revisions/agenda/0.yaml", "td210-changes"),
        (
            "revisions/agenda/0.yaml",
            "revisions/agenda/1.yaml",
            "td210-rev1-changes",
        ),
        (
            "timeplan.yaml",
            "revisions/timeplan/0.yaml",
            "td211-changes",
        ),
        (
            "revisions/timeplan/0.yaml",
            "revisions/timeplan/1.yaml",
            "td211-rev1-changes",
        ),
    ];
    let list = |text: &str| -> Vec<String> {
        text.lines()
            .take_while(|l| {
                !l.starts_with("## ") || l.starts_with("## Changes") || l.starts_with("## 与")
            })
            .filter(|l| l.starts_with("- "))
            .map(str::to_string)
            .collect()
    };
    for lang in ["zh", "en"] {
        for (old, new, doc) in pairs {
            let document =
                std::fs::read_to_string(out.join(format!("sg12-2025-09/{lang}/{doc}.md"))).unwrap();
            let (old, new) = (sample().join(old), sample().join(new));
            let args = [
                "diff",
                old.to_str().unwrap(),
                new.to_str().unwrap(),
                "--format",
                "md",
                "--lang",
                lang,
            ];
            let diff = agenda(&root, &args).stdout;
            let in_document = list(&document);
            // The terminal's lines: those indented under a part's heading ("Agenda:").
            let text_args = ["diff", args[1], args[2], "--lang", lang];
            let terminal: Vec<String> = agenda(&root, &text_args)
                .stdout
                .lines()
                .filter(|l| l.starts_with("  "))
                .map(|l| format!("- {}", l.trim_start()))
                .collect();
            assert!(!in_document.is_empty(), "{lang} {doc}");
            // The document's lines are the Markdown summary's, details and marks included;
            // the terminal says each the same up to its detail, marked its own way.
            assert_eq!(in_document, list(&diff), "{lang} {doc}");
            assert_eq!(
                in_document.len(),
                terminal.len(),
                "{lang} {doc}: {terminal:?}"
            );
            for (d, t) in in_document.iter().zip(&terminal) {
                let wording = |l: &str| {
                    let head = l.split(['{', '[']).next().unwrap_or("");
                    head.trim_end_matches(['\\', ' ']).to_string()
                };
                assert_eq!(wording(d), wording(t), "{lang} {doc}");
            }
        }
    }
}

/// A lock written before line endings were normalised holds the hashes of the bytes: a
/// Windows checkout published that way still matches it.
#[test]
fn a_lock_of_crlf_bytes_from_before_still_matches() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    let mut lock =
        String::from("# Published sources of this meeting: do not edit; see `agenda publish`.\n");
    for (path, bytes) in crate::common::files(&dir) {
        if path == "revisions.lock" {
            continue;
        }
        let crlf = String::from_utf8(bytes).unwrap().replace('\n', "\r\n");
        std::fs::write(dir.join(&path), &crlf).unwrap();
        lock.push_str(&format!(
            "{}  {path}\n",
            agenda::files::sha256_hex(crlf.as_bytes())
        ));
    }
    std::fs::write(dir.join("revisions.lock"), lock).unwrap();
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let run = agenda(tmp.path(), &["publish", "sg12-2025-09"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, ""),
        "nothing to publish: {}",
        run.stderr
    );
}

#[test]
fn a_removed_item_is_struck_through_with_its_formatting() {
    let tmp = copy_meeting(&crate::common::mini());
    let run = revise_meeting(tmp.path(), ("m", "agenda"), "Update", "2025-09-10");
    assert_eq!(run.code, 0, "{}", run.stderr);
    edit(
        &tmp.path().join("m/revisions/agenda/0.yaml"),
        "  - id: opening\n    title: {zh: 会议开幕, en: Opening of the *meeting*}\n",
        "",
    );
    let html = built_in_english(tmp.path(), "m", ("td210-changes.html", "md,html"));
    assert!(
        html.contains("<span class=\"title\"><del>Opening of the <em>meeting</em></del></span>")
    );
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/td210-changes.md")).unwrap();
    assert!(
        md.contains("- {--1--} {--Opening of the *meeting*--}\n"),
        "{md}"
    );
}

#[test]
fn the_hours_list_marks_hours_changed_added_and_gone() {
    let tmp = copy_meeting(&crate::common::mini());
    let plan = tmp.path().join("m/timeplan.yaml");
    edit(
        &plan,
        "    label: {zh: 上午, en: Morning}\n",
        "    label: {zh: 上午, en: Morning}\n    start: \"09:30\"\n    end: \"12:30\"\n",
    );
    edit(
        &plan,
        "    label: {zh: 下午, en: Afternoon}\n",
        "    label: {zh: 下午, en: Afternoon}\n    start: \"14:30\"\n    end: \"17:30\"\n",
    );
    let run = revise_meeting(tmp.path(), ("m", "timeplan"), "Hours", "2025-09-10");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let revision = tmp.path().join("m/revisions/timeplan/0.yaml");
    edit(&revision, "    start: \"09:30\"", "    start: \"10:00\"");
    edit(&revision, "    start: \"14:30\"\n    end: \"17:30\"\n", "");
    edit(
        &revision,
        "  - id: evening\n",
        "  - id: evening\n    start: \"18:00\"\n    end: \"19:00\"\n",
    );
    let md = built_in_english(tmp.path(), "m", ("td211-changes.md", "md"));
    assert!(
        md.contains(
            "{--Morning: 09:30–12:30--}{++Morning: 10:00–12:30++}<br>\n\
             {--Afternoon: 14:30–17:30--}<br>\n\
             {++evening: 18:00–19:00++}\n"
        ),
        "{md}"
    );
}

#[test]
fn a_footnote_gone_is_struck_through_where_it_stood() {
    let tmp = copy_meeting(&crate::common::root().join("tests/fixtures/grid/sg12-2026-03"));
    let id = "sg12-2026-03";
    let run = revise_meeting(tmp.path(), (id, "timeplan"), "Footnotes", "2026-03-03");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let revision = tmp.path().join(id).join("revisions/timeplan/0.yaml");
    edit(&revision, "    marks: [\"(a)\"]\n", "");
    edit(
        &revision,
        "  - mark: \"(a)\"\n    text: {zh: 第9/12号课题和第14/12号课题联合会议, en: Joint session of Questions 9/12 and 14/12}\n",
        "",
    );
    let md = built_in_english(tmp.path(), id, ("td11-changes.md", "md"));
    assert!(
        md.contains(
            "one after the other.<br>\n✎ <sup>{--(a)--}</sup> {--Joint session of Questions 9/12 \
             and 14/12--}<br>\n<sup>†</sup> Session devoted"
        ),
        "{md}"
    );
}

/// The grid fixture with Working Party 1/12's short form translated and each view naming
/// the groups the other way round (by name in the plan by day, by code in the grid).
fn labelled_grid() -> tempfile::TempDir {
    let tmp = copy_meeting(&crate::common::root().join("tests/fixtures/grid/sg12-2026-03"));
    let plan = tmp.path().join("sg12-2026-03/timeplan.yaml");
    edit(
        &plan,
        "views: [by_group, by_day]\n",
        "views: [by_group, by_day]\ngroup_labels: {by_day: name, by_group: code}\n",
    );
    edit(
        &plan,
        "code: \"WP1/12\"",
        "code: {zh: \"第1工作组\", en: \"WP1/12\"}",
    );
    tmp
}

#[test]
fn each_view_names_groups_by_code_or_name_and_codes_are_translated() {
    let tmp = labelled_grid();
    let id = "sg12-2026-03";
    let md = built_in_english(tmp.path(), id, ("draft.md", "md"));
    // The grid's rows by code, the plan by day's cells by name.
    assert!(
        md.contains("\n| WP1/12 |  |  | WP1-1<br>14:30–15:30<sup>\\*</sup> |"),
        "{md}"
    );
    assert!(
        md.contains("| Working Party 1/12<sup>†</sup> · WP1-2 · Popov |"),
        "{md}"
    );
    assert!(!md.contains("| Q3/12 · "), "{md}");
    let run = agenda(
        tmp.path(),
        &["build", id, "-o", "out", "--format", "md", "--lang", "zh"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let zh = std::fs::read_to_string(tmp.path().join("out").join(id).join("zh/draft.md")).unwrap();
    assert!(
        zh.contains("\n| 第1工作组 |  |  | WP1-1<br>14:30–15:30<sup>\\*</sup> |"),
        "{zh}"
    );
    // A revision gives the English short form another text: the rows showing it are
    // replaced, the diff says so, and the cells by name are untouched.
    let run = revise_meeting(tmp.path(), (id, "timeplan"), "Codes", "2026-03-03");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let revision = tmp.path().join(id).join("revisions/timeplan/0.yaml");
    edit(&revision, "en: \"WP1/12\"}", "en: \"WP1\"}");
    let md = built_in_english(tmp.path(), id, ("td11-changes.md", "md"));
    assert!(
        md.contains("\n- Working Party 1/12: short form now WP1 (was WP1/12)\n"),
        "{md}"
    );
    assert_eq!(md.matches("\n| {--WP1/12--}{++WP1++} |").count(), 3, "{md}");
    assert!(
        md.contains("| Working Party 1/12<sup>†</sup> · WP1-2 · Popov |"),
        "{md}"
    );
}

#[test]
fn a_group_label_is_code_or_name_for_a_view_shown() {
    let tmp = labelled_grid();
    let plan = tmp.path().join("sg12-2026-03/timeplan.yaml");
    edit(
        &plan,
        "views: [by_group, by_day]\ngroup_labels: {by_day: name, by_group: code}\n",
        "views: [by_group]\ngroup_labels: {by_day: name, by_group: codes}\n",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2026-03"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: a label for a view the plan does not show\n --> sg12-2026-03/timeplan.yaml:6:24\n  |\n6 | group_labels: {by_day: name, by_group: codes}\n  |                        ^^^^\n  = hint: add the view to `views`, or remove this line\n\nerror: unknown group label `codes`\n --> sg12-2026-03/timeplan.yaml:6:40\n  |\n6 | group_labels: {by_day: name, by_group: codes}\n  |                                        ^^^^^\n  = hint: did you mean `code`? (expected one of `code`, `name`)\n\n2 problems found\n"
    );
}

#[test]
fn a_banner_under_the_plans_heading_is_shown_everywhere_and_its_changes_said() {
    let tmp = copy_meeting(&crate::common::root().join("tests/fixtures/grid/sg12-2026-03"));
    let id = "sg12-2026-03";
    edit(
        &tmp.path().join(id).join("timeplan.yaml"),
        "heading: {zh: 时间计划草案, en: Draft time plan}\n",
        "heading: {zh: 时间计划草案, en: Draft time plan}\nbanner: {zh: 本时间计划为暂定。, en: \"This time plan is tentative & may change.\"}\n",
    );
    let md = built_in_english(tmp.path(), id, ("draft.md", "md"));
    assert!(
        md.contains("## Draft time plan\n\n*This time plan is tentative \\& may change.*\n\n"),
        "{md}"
    );
    let html = built_in_english(tmp.path(), id, ("draft.html", "html"));
    let line = "<h2>Draft time plan</h2>\n<p class=\"banner\">This time plan is tentative &amp; may change.</p>\n";
    assert!(html.contains(line), "{html}");
    let args = ["build", id, "-o", "out", "--format", "docx", "--lang", "en"];
    assert_eq!(agenda(tmp.path(), &args).code, 0);
    let docx = tmp.path().join("out").join(id).join("en/draft.docx");
    let xml = crate::docx::part(&docx, "word/document.xml");
    let banner = xml
        .split("<w:pStyle w:val=\"Banner\"/>")
        .nth(1)
        .unwrap_or_default();
    let banner = banner.split("</w:p>").next().unwrap();
    assert!(
        banner.contains(">This time plan is tentative &amp; may change.<"),
        "{xml}"
    );
    let typ = built_in_english(tmp.path(), id, ("draft.typ", "typ"));
    assert!(
        typ.contains("    banner: (\"This time plan is tentative & may change.\", ),\n"),
        "{typ}"
    );
    let run = revise_meeting(tmp.path(), (id, "timeplan"), "Banner", "2026-03-03");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let revision = tmp.path().join(id).join("revisions/timeplan/0.yaml");
    edit(&revision, "tentative & may change.", "final.");
    let md = built_in_english(tmp.path(), id, ("td11-changes.md", "md"));
    let said = "- Line under the heading changed: This time plan is {--tentative \\& may change--}{++final++}.\n";
    assert!(md.contains(said), "{md}");
    assert!(
        md.contains("*This time plan is {--tentative \\& may change--}{++final++}.*"),
        "{md}"
    );
}

#[test]
fn an_unknown_view_is_underlined_whole() {
    let tmp = copy_meeting(&crate::common::root().join("tests/fixtures/grid/sg12-2026-03"));
    let plan = tmp.path().join("sg12-2026-03/timeplan.yaml");
    edit(
        &plan,
        "views: [by_group, by_day]",
        "views: [by_group, by_dai]",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2026-03"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        crate::common::quiet(&run.stderr),
        "error: unknown view `by_dai`\n --> sg12-2026-03/timeplan.yaml:5:19\n  |\n5 | views: [by_group, by_dai]\n  |                   ^^^^^^\n  = hint: did you mean `by_day`? (expected one of `by_day`, `by_group`)\n\n1 problem found\n"
    );
}
