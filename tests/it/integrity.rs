//! Nothing published wrong, stale or lost: long plans break across pages instead of being
//! drawn over each other, document numbers never share file names, a build never replaces
//! a folder it did not publish, the cache follows links and keys what was read, a lock
//! that lost lines is refused, and a partial build never keeps a damaged file.

use std::path::Path;
use std::process::Command;

use crate::common::{agenda, copy_meeting, edit, files, mini, root, sample};

/// Builds the meetings under `dir/m` into `dir/out`; the build must succeed.
fn build(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["build", "m", "-o", "out"];
    all.extend_from_slice(args);
    let run = agenda(dir, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// The text of each page of a PDF.
fn pages(pdf: &Path) -> Vec<String> {
    let bytes = std::fs::read(pdf).unwrap();
    pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap()
}

/// A meeting made by `agenda new` for the days from `first` to `last`, built as English
/// PDF: each day's date (as the plan writes it) is on some page exactly once, in order,
/// and the plan, too tall for one page, goes on over the next pages.
fn long_meeting_lists_every_day_once(first: &str, last: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let run = agenda(
        dir,
        &[
            "new",
            "m/m",
            "--title",
            "Meeting",
            "--first-day",
            first,
            "--last-day",
            last,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    build(dir, &["--lang", "en", "--format", "pdf"]);
    let pages = pages(&dir.join("out/m/en/draft.pdf"));
    // The plan, after its heading (the meeting line above names the first and last day).
    let start = |p: &String| p.find("Draft time plan").map_or(0, |at| at + 15);
    let plan: Vec<&str> = pages.iter().map(|p| &p[start(p)..]).collect();
    let text: String = plan.concat();
    let mut at = 0;
    let mut page_of = Vec::new();
    for day in weekdays(first, last) {
        assert_eq!(dated(&text, &day).len(), 1, "{day} once in {text}");
        at = dated(&text[at..], &day)
            .first()
            .map(|i| at + i)
            .expect("in order")
            + day.len();
        page_of.push(
            plan.iter()
                .position(|p| !dated(p, &day).is_empty())
                .unwrap(),
        );
    }
    let (first_page, last_page) = (page_of[0], page_of[page_of.len() - 1]);
    assert!(
        last_page > first_page,
        "the plan goes on over the pages: {page_of:?}"
    );
}

/// Where `day` ("5 January") stands in `text` as a date of its own (not in "15 January").
fn dated(text: &str, day: &str) -> Vec<usize> {
    text.match_indices(day)
        .map(|(i, _)| i)
        .filter(|&i| !text[..i].ends_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// The weekdays from `first` to `last` as the English plan dates them ("5 January").
fn weekdays(first: &str, last: &str) -> Vec<String> {
    use chrono::{Datelike, NaiveDate, Weekday};
    let parse = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    let (mut day, last) = (parse(first), parse(last));
    let mut out = Vec::new();
    while day <= last {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            out.push(day.format("%-d %B").to_string());
        }
        day = day.succ_opt().unwrap();
    }
    out
}

#[test]
fn a_plan_taller_than_a_page_breaks_across_pages() {
    long_meeting_lists_every_day_once("2026-01-05", "2026-02-03");
    long_meeting_lists_every_day_once("2026-01-05", "2026-04-04");
}

#[test]
fn document_numbers_never_share_file_names() {
    let tmp = copy_meeting(&mini());
    let meeting = tmp.path().join("m/meeting.yaml");
    let text = std::fs::read_to_string(&meeting).unwrap();
    let same = "error: `td210` is also the agenda's update number (`agenda_update`, line 9): both streams' documents would be written to the same files
  --> m/meeting.yaml:10:18
   |
10 | timeplan_update: td210
   |                  ^^^^^
   = hint: give the time plan's updates a number of their own, e.g. TD211 beside TD210
";
    let draft = "error: `draft` cannot be a document number: its files would be named as the tool's own `draft` files
 --> m/meeting.yaml:9:16
  |
9 | agenda_update: draft
  |                ^^^^^
  = hint: write it like TD210
";
    let revision = "error: `TD211-rev1` cannot be a document number: its files would be named as another document's revision (`-rev1`) or changes document (`-changes`)
 --> m/meeting.yaml:9:16
  |
9 | agenda_update: TD211-rev1
  |                ^^^^^^^^^^
  = hint: write it like TD210
";
    let changes = "error: `TD210-Changes` cannot be a document number: its files would be named as another document's revision (`-rev1`) or changes document (`-changes`)
  --> m/meeting.yaml:10:18
   |
10 | timeplan_update: TD210-Changes
   |                  ^^^^^^^^^^^^^
   = hint: write it like TD211
";
    let slashed = "error: `TD210-GEN` is also the agenda's update number (`agenda_update`, line 9): both streams' documents would be written to the same files
  --> m/meeting.yaml:10:18
   |
10 | timeplan_update: TD210-GEN
   |                  ^^^^^^^^^
   = hint: give the time plan's updates a number of their own, e.g. TD211 beside TD210
";
    let blank = "error: `(/)` is not a document number
 --> m/meeting.yaml:9:16
  |
9 | agenda_update: \"(/)\"
  |                ^
  = hint: write it as the organisation issues it, like TD210 or TD163/GEN: at most 40 characters, with a letter or digit
";
    std::fs::write(
        &meeting,
        text.replacen("agenda_update: TD210", "agenda_update: TD210/GEN", 1)
            .replacen("timeplan_update: TD211", "timeplan_update: TD210-GEN", 1),
    )
    .unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.stderr, format!("{slashed}\n1 problem found\n"));
    let cases = [
        ("agenda_update: TD210", "agenda_update: \"(/)\"", blank),
        ("timeplan_update: TD211", "timeplan_update: td210", same),
        ("agenda_update: TD210", "agenda_update: draft", draft),
        (
            "agenda_update: TD210",
            "agenda_update: TD211-rev1",
            revision,
        ),
        (
            "timeplan_update: TD211",
            "timeplan_update: TD210-Changes",
            changes,
        ),
    ];
    for (from, to, expected) in cases {
        std::fs::write(&meeting, text.replacen(from, to, 1)).unwrap();
        let run = agenda(tmp.path(), &["check", "m"]);
        let expected = format!("{expected}\n1 problem found\n");
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (1, expected.as_str()),
            "{to}"
        );
    }
}

#[test]
fn a_document_number_as_issued_names_its_files_safely() {
    let tmp = copy_meeting(&sample());
    let meeting = tmp.path().join("sg12-2025-09");
    crate::common::edit(
        &meeting.join("meeting.yaml"),
        "agenda_update: TD210",
        "agenda_update: TD210/GEN",
    );
    let out = crate::common::republish_and_build(tmp.path(), "sg12-2025-09", "md");
    let rev1 = std::fs::read_to_string(out.join("td210-gen-rev1.md")).unwrap();
    assert!(
        rev1.contains("**TD210/GEN Rev.1** · 11 September 2025"),
        "{rev1}"
    );
    assert!(out.join("td210-gen.md").exists() && out.join("td210-gen-rev1-changes.md").exists());
}

#[test]
fn a_folder_this_tool_did_not_publish_is_never_replaced() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("out/m")).unwrap();
    std::fs::write(dir.join("out/m/site.html"), "mine").unwrap();
    let run = agenda(dir, &["build", "m", "-o", "out"]);
    let said = "error: out/m is a folder this tool did not publish (it holds files and no manifest.json of meeting m); a build replaces the whole folder, so it never writes there
  = hint: move its files away, or choose another output folder with -o
";
    assert_eq!((run.code, run.stderr.as_str()), (2, said));
    assert_eq!(
        std::fs::read_to_string(dir.join("out/m/site.html")).unwrap(),
        "mine"
    );
    // Through a link into a web root, likewise.
    std::fs::create_dir_all(dir.join("www/other")).unwrap();
    std::fs::write(dir.join("www/other/index.html"), "theirs").unwrap();
    std::fs::create_dir_all(dir.join("linked")).unwrap();
    std::os::unix::fs::symlink(dir.join("www"), dir.join("linked/m")).unwrap();
    let run = agenda(dir, &["build", "m", "-o", "linked"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(dir.join("www/other/index.html").is_file());
    // Nor is a web app's manifest.json taken for a publication's.
    std::fs::write(dir.join("out/m/manifest.json"), r#"{"name": "app"}"#).unwrap();
    assert_eq!(agenda(dir, &["build", "m", "-o", "out"]).code, 2);
    // An empty folder is the tool's to fill.
    std::fs::remove_file(dir.join("out/m/site.html")).unwrap();
    std::fs::remove_file(dir.join("out/m/manifest.json")).unwrap();
    build(dir, &[]);
}

/// Builds `dir/m` into `out` with `args`, then into a new folder `clean`, and checks that
/// both hold the same bytes.
fn assert_as_clean_with(dir: &Path, args: &[&str], said: &str) {
    assert_eq!(build(dir, args), said);
    let _ = std::fs::remove_dir_all(dir.join("clean"));
    let mut clean = vec!["build", "m", "-o", "clean"];
    clean.extend_from_slice(args);
    let run = agenda(dir, &clean);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(files(&dir.join("out/m")), files(&dir.join("clean/m")));
}

/// As [`assert_as_clean_with`], as Markdown and HTML.
fn assert_as_clean(dir: &Path, said: &str) {
    assert_as_clean_with(dir, &["--format", "md,html"], said);
}

#[test]
fn the_cache_follows_links_as_the_readers_do() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    crate::common::copy_dir(&mini(), &dir.join("elsewhere"));
    std::fs::create_dir_all(dir.join("m")).unwrap();
    for name in ["meeting.yaml", "agenda.yaml", "timeplan.yaml"] {
        std::os::unix::fs::symlink(dir.join("elsewhere").join(name), dir.join("m").join(name))
            .unwrap();
    }
    std::fs::create_dir_all(dir.join("shared-templates")).unwrap();
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    let template = dir.join("shared-templates/document.md");
    std::fs::write(&template, "{{ meta.title }}\n").unwrap();
    std::os::unix::fs::symlink(&template, dir.join("templates/document.md")).unwrap();
    assert_as_clean(dir, "wrote out/m (5 files)\n");
    assert_as_clean(dir, "unchanged out/m (5 files)\n");
    // A linked source edited.
    edit(
        &dir.join("elsewhere/agenda.yaml"),
        "Opening of the *meeting*",
        "Opening",
    );
    assert_as_clean(dir, "wrote out/m (5 files)\n");
    // A linked template edited.
    std::fs::write(&template, "Title: {{ meta.title }}\n").unwrap();
    assert_as_clean(dir, "wrote out/m (5 files)\n");
}

#[test]
fn the_cache_follows_a_linked_revisions_folder_and_a_linked_font() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path();
    std::fs::rename(dir.join("sg12-2025-09"), dir.join("m")).unwrap();
    std::fs::rename(dir.join("m/revisions"), dir.join("revisions")).unwrap();
    std::os::unix::fs::symlink(dir.join("revisions"), dir.join("m/revisions")).unwrap();
    std::fs::remove_file(dir.join("m/revisions.lock")).unwrap();
    let args = ["--format", "md", "--lang", "en"];
    assert_as_clean_with(dir, &args, "wrote out/m (24 files)\n");
    assert_as_clean_with(dir, &args, "unchanged out/m (24 files)\n");
    edit(
        &dir.join("revisions/agenda/1.yaml"),
        "会议开幕",
        "会议的开幕",
    );
    assert_as_clean_with(dir, &args, "wrote out/m (24 files)\n");
    // A font folder whose font is a link (to a copy of the test font).
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    let font = root().join("tests/fixtures/fonts/NotoSansEthiopic-subset.ttf");
    std::fs::copy(&font, dir.join("font.ttf")).unwrap();
    std::os::unix::fs::symlink(dir.join("font.ttf"), fonts.join("font.ttf")).unwrap();
    let with_font = ["--format", "md", "--lang", "en", "--font-path", "fonts"];
    assert_as_clean_with(dir, &with_font, "wrote out/m (24 files)\n");
    assert_as_clean_with(dir, &with_font, "unchanged out/m (24 files)\n");
    let mut bytes = std::fs::read(dir.join("font.ttf")).unwrap();
    bytes.extend_from_slice(b"edited");
    std::fs::write(dir.join("font.ttf"), bytes).unwrap();
    assert_as_clean_with(dir, &with_font, "wrote out/m (24 files)\n");
}

/// Builds `dir/m` as Markdown, stopping at `point` to replace `from` with `to` in its
/// agenda.
fn build_editing_at(dir: &Path, point: &str, (from, to): (&str, &str)) {
    build_pausing_at(dir, point, || edit(&dir.join("m/agenda.yaml"), from, to));
}

/// Builds `dir/m` as Markdown, stopping at `point` to do `meanwhile`.
fn build_pausing_at(dir: &Path, point: &str, meanwhile: impl FnOnce()) {
    let pause = dir.join("paused");
    let child = Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["build", "m", "-o", "out", "--format", "md"])
        .env("AGENDA_PAUSE_AT", point)
        .env("AGENDA_PAUSE_FILE", &pause)
        .current_dir(dir)
        .spawn()
        .unwrap();
    for _ in 0..3000 {
        if pause.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(pause.exists(), "the build reached {point}");
    meanwhile();
    std::fs::remove_file(&pause).unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
}

/// The draft agenda published in `dir/out`, as Markdown.
fn published_md(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("out/m/en/draft.md")).unwrap()
}

#[test]
fn a_source_edited_during_a_build_is_built_again() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    let agenda_file = dir.join("m/agenda.yaml");
    build(dir, &["--format", "md"]);
    // Found changed as B, read as C; then back to B: what was published is C, so the
    // meeting is built again.
    edit(&agenda_file, "Opening of the *meeting*", "Opening B");
    build_editing_at(dir, "loading", ("Opening B", "Opening C"));
    assert!(published_md(dir).contains("Opening C"));
    edit(&agenda_file, "Opening C", "Opening B");
    assert_eq!(build(dir, &["--format", "md"]), "wrote out/m (3 files)\n");
    assert!(published_md(dir).contains("Opening B"));
    // Read as D, then edited to C before the build is done: built again as C.
    edit(&agenda_file, "Opening B", "Opening D");
    build_editing_at(dir, "loaded", ("Opening D", "Opening C"));
    assert!(published_md(dir).contains("Opening D"));
    assert_as_clean_with(dir, &["--format", "md"], "wrote out/m (3 files)\n");
    assert!(published_md(dir).contains("Opening C"));
}

/// The sample with its lock cut after the line of `meeting.yaml`, as a merge resolved
/// "ours" might leave it.
fn cut_lock(meeting: &Path) {
    let lock = meeting.join("revisions.lock");
    let text = std::fs::read_to_string(&lock).unwrap();
    let at = text.find("  meeting.yaml\n").unwrap() + "  meeting.yaml\n".len();
    std::fs::write(&lock, &text[..at]).unwrap();
}

/// The build of the sample as English Markdown into `out`.
const SAMPLE_EN_MD: [&str; 8] = [
    "build",
    "sg12-2025-09",
    "-o",
    "out",
    "--format",
    "md",
    "--lang",
    "en",
];

/// A copy of the sample, built as English Markdown into its `out`.
fn built_sample() -> tempfile::TempDir {
    let tmp = copy_meeting(&sample());
    let run = agenda(tmp.path(), &SAMPLE_EN_MD);
    assert_eq!(run.code, 0, "{}", run.stderr);
    tmp
}

/// Writes the lock of `meeting` without its lines ending in `suffix`; gives what it kept.
fn drop_lock_lines(meeting: &Path, suffix: &str) -> String {
    let lock = meeting.join("revisions.lock");
    let text = std::fs::read_to_string(&lock).unwrap();
    let kept: String = (text.lines())
        .filter(|l| !l.ends_with(suffix))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&lock, &kept).unwrap();
    kept
}

#[test]
fn a_lock_that_lost_lines_is_refused() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path();
    let meeting = dir.join("sg12-2025-09");
    cut_lock(&meeting);
    edit(
        &meeting.join("revisions/agenda/0.yaml"),
        "通过议程",
        "通过议程。",
    );
    let run = agenda(dir, &["check", "sg12-2025-09"]);
    let said = "error: revisions.lock does not record timeplan.yaml, though its stream has revisions, which come after it: the lock has lost lines, and timeplan.yaml would no longer be frozen
 --> sg12-2025-09/revisions.lock
  = hint: restore revisions.lock from version control (e.g. `git checkout -- revisions.lock`); if timeplan.yaml is as published, `agenda publish` records it again

1 problem found
";
    assert_eq!((run.code, run.stderr.as_str()), (1, said));
    let run = agenda(dir, &["build", "sg12-2025-09", "-o", "out"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!dir.join("out/sg12-2025-09").exists());
}

#[test]
fn a_lock_that_lost_what_was_frozen_at_the_last_build_is_refused() {
    let tmp = built_sample();
    let (dir, args) = (tmp.path(), SAMPLE_EN_MD);
    let meeting = dir.join("sg12-2025-09");
    // The lock loses the last revision of each stream: still consistent in itself.
    drop_lock_lines(&meeting, "/1.yaml");
    assert_eq!(agenda(dir, &["check", "sg12-2025-09"]).code, 0);
    let run = agenda(dir, &args);
    let lost = |path: &str| {
        format!("error: revisions.lock does not record {path}, which it recorded when the meeting was last built: the lock has lost lines, and {path} would no longer be frozen
 --> sg12-2025-09/revisions.lock
  = hint: restore revisions.lock from version control (e.g. `git checkout -- revisions.lock`); if {path} is as published, `agenda publish` records it again
")
    };
    let said = format!(
        "{}\n{}\n2 problems found\n",
        lost("revisions/agenda/1.yaml"),
        lost("revisions/timeplan/1.yaml")
    );
    assert_eq!((run.code, run.stderr.as_str()), (1, said.as_str()));
    // No lock at all, where the last build had one: likewise.
    std::fs::remove_file(meeting.join("revisions.lock")).unwrap();
    let run = agenda(dir, &args);
    let said = "error: revisions.lock is missing, but the meeting's last publication was built with one
 --> sg12-2025-09/revisions.lock
  = hint: restore it from version control (e.g. `git checkout -- revisions.lock`): it freezes the published sources

1 problem found
";
    assert_eq!((run.code, run.stderr.as_str()), (1, said));
}

#[test]
fn a_partial_build_never_keeps_a_damaged_file() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    build(dir, &["--format", "md,html"]);
    let kept = dir.join("out/m/en/draft.html");
    std::fs::write(&kept, "damaged").unwrap();
    let manifest = std::fs::read(dir.join("out/m/manifest.json")).unwrap();
    let run = agenda(dir, &["build", "m", "-o", "out", "--format", "md"]);
    let said = "error: out/m/en/draft.html is not as it was published (its bytes differ from its SHA-256 in manifest.json), so this partial build cannot keep it
  = hint: build every language and format once, without --lang and --format, to make it again
";
    assert_eq!((run.code, run.stderr.as_str()), (2, said));
    assert_eq!(
        std::fs::read(dir.join("out/m/manifest.json")).unwrap(),
        manifest
    );
    // A full build makes it again.
    build(dir, &["--format", "md,html"]);
    assert_ne!(std::fs::read(&kept).unwrap(), b"damaged");
}

#[test]
fn an_unchanged_build_leaves_only_a_publication_as_its_manifest_says() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    let md = ["--format", "md"];
    assert_eq!(build(dir, &md), "wrote out/m (3 files)\n");
    let clean = files(&dir.join("out/m"));
    // A file edited (written after the manifest), an extra file: built again.
    std::fs::write(dir.join("out/m/en/draft.md"), "tampered").unwrap();
    assert_eq!(build(dir, &md), "wrote out/m (3 files)\n");
    assert_eq!(files(&dir.join("out/m")), clean);
    std::fs::write(dir.join("out/m/en/extra.html"), "extra").unwrap();
    assert_eq!(build(dir, &md), "wrote out/m (3 files)\n");
    assert_eq!(files(&dir.join("out/m")), clean);
    // Edited with its old time put back: only --verify sees it.
    let manifest = dir.join("out/m/manifest.json");
    let time = std::fs::metadata(&manifest).unwrap().modified().unwrap();
    let page = std::fs::File::options()
        .write(true)
        .open(dir.join("out/m/en/draft.md"))
        .unwrap();
    page.set_len(3).unwrap();
    page.set_modified(time).unwrap();
    assert_eq!(build(dir, &md), "unchanged out/m (3 files)\n");
    let verified: Vec<&str> = md.iter().copied().chain(["--verify"]).collect();
    assert_eq!(build(dir, &verified), "wrote out/m (3 files)\n");
    assert_eq!(files(&dir.join("out/m")), clean);
    assert_eq!(build(dir, &verified), "unchanged out/m (3 files)\n");
}

#[test]
fn noncharacters_are_dropped_by_every_writer() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    edit(
        &dir.join("m/agenda.yaml"),
        "Opening of the *meeting*",
        "\"Opening\\uFFFE of\\uFFFF the\\uFDD0 *meeting*\\U0010FFFF\"",
    );
    build(dir, &["--format", "md,html,ics,atom,docx,typ"]);
    let out = files(&dir.join("out/m"));
    for (path, bytes) in out.iter().filter(|(p, _)| !p.ends_with(".docx")) {
        let text = String::from_utf8(bytes.clone()).unwrap();
        let bad = text.chars().find(|&c| agenda::diag::is_noncharacter(c));
        assert_eq!(bad, None, "{path}");
    }
    let html = String::from_utf8(out["en/draft.html"].clone()).unwrap();
    assert!(html.contains("Opening of the <em>meeting</em>"), "{html}");
}

/// Checks the mini meeting with `agenda` as its agenda.yaml; gives standard error.
fn check_agenda(agenda_text: &str) -> String {
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("m/agenda.yaml"), agenda_text).unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.stderr
}

#[test]
fn a_file_past_the_readers_limits_is_told_which_limit() {
    let mut deep = String::from("heading: {zh: 议程, en: Agenda}\nitems:\n");
    let mut indent = String::new();
    for depth in 0..100 {
        deep.push_str(&format!("{indent}  - id: i{depth}\n{indent}    title: {{zh: 标题, en: Title}}\n{indent}    items:\n"));
        indent.push_str("    ");
    }
    deep.push_str(&format!(
        "{indent}  - {{id: last, title: {{zh: 标题, en: Title}}}}\n"
    ));
    let said = check_agenda(&deep);
    assert!(said.starts_with("error: this file nests lists and mappings more than 64 levels deep, the most that is read\n"), "{said}");
    assert!(said.contains("  = hint: agenda items nest at most 3 levels (5, 5.1, 5.1.1): check the indentation, or bring the deeper items up a level\n"), "{said}");
    let mut long = String::from("heading: {zh: 议程, en: Agenda}\nitems:\n");
    for n in 0..40_000 {
        long.push_str(&format!(
            "  - {{id: i{n}, title: {{zh: 标题, en: Title}}}}\n"
        ));
    }
    let said = check_agenda(&long);
    assert!(said.starts_with("error: this file holds more than 250,000 values (keys, texts and list entries), the most that is read\n"), "{said}");
    assert!(said.contains("  = hint: a meeting's source is far smaller: check that nothing was pasted in many times, or publish so long a meeting as several meetings\n"), "{said}");
}

#[test]
fn a_meeting_cannot_take_the_name_of_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&mini(), &tmp.path().join("index.html"));
    let run = agenda(tmp.path(), &["check", "index.html"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: the meeting folder name `index.html` cannot be used as a meeting id: the output folder's index has that name\n"), "{}", run.stderr);
    // Nor that of the index in another language.
    crate::common::copy_dir(&mini(), &tmp.path().join("index.zh.md"));
    let run = agenda(tmp.path(), &["check", "index.zh.md"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: the meeting folder name `index.zh.md` cannot be used as a meeting id: the output folder's index has that name\n"), "{}", run.stderr);
    // A name like it in no language of the tool's is a meeting's.
    crate::common::copy_dir(&mini(), &tmp.path().join("index.xx.md"));
    assert_eq!(agenda(tmp.path(), &["check", "index.xx.md"]).code, 0);
}

#[test]
fn agenda_new_writes_nothing_beside_a_link_to_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("m");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", dir.join("agenda.yaml")).unwrap();
    let run = agenda(
        tmp.path(),
        &[
            "new",
            "m",
            "--title",
            "T",
            "--first-day",
            "2026-01-05",
            "--last-day",
            "2026-01-06",
        ],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: m/agenda.yaml is there already: agenda new never writes over a file (choose another folder)\n"
        )
    );
    assert_eq!(crate::common::entries(&dir), ["agenda.yaml"]);
}

#[test]
fn a_meeting_is_held_in_a_year_calendars_can_say() {
    let tmp = copy_meeting(&mini());
    let meeting = tmp.path().join("m/meeting.yaml");
    edit(&meeting, "first_day: 2025-09-12", "first_day: 9999-12-30");
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    let said = "error: 9999 is not a year a meeting can be held in
 --> m/meeting.yaml:5:12
  |
5 | first_day: 9999-12-30
  |            ^^^^^^^^^^
  = hint: a meeting's days are between 1900 and 2999: check the year
";
    assert!(run.stderr.starts_with(said), "{}", run.stderr);
    let run = agenda(
        tmp.path(),
        &[
            "new",
            "n",
            "--title",
            "T",
            "--first-day",
            "9999-12-30",
            "--last-day",
            "9999-12-31",
        ],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: --first-day: 9999-12-30 is not in a year a meeting can be held in (1900 to 2999)\n"
        )
    );
}

#[test]
fn a_text_longer_than_any_title_or_note_is_refused_at_its_line() {
    let tmp = copy_meeting(&mini());
    let long = "x".repeat(20_001);
    edit(
        &tmp.path().join("m/agenda.yaml"),
        "Opening of the *meeting*",
        &long,
    );
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: this text is 20001 characters long; a text holds at most 20000\n --> m/agenda.yaml:4:"), "{}", &run.stderr[..300.min(run.stderr.len())]);
    assert!(run.stderr.contains("  = hint: shorten it: a long explanation belongs in a document of its own, linked from a note\n"));
}

/// An item naming an unknown session is said in the same run as the time plan's own
/// problems (a known name, the cell's `date/slot`, is not).
#[test]
fn unknown_sessions_are_said_beside_the_time_plans_problems() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    edit(
        &dir.join("m/timeplan.yaml"),
        "weekday: Friday",
        "weekday: Monday",
    );
    edit(
        &dir.join("m/agenda.yaml"),
        "  - id: opening\n",
        "  - id: opening\n    sessions: [2025-09-12/morning, plenry]\n",
    );
    let run = agenda(dir, &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: unknown session `plenry` in the time plan\n --> m/agenda.yaml:4:36\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: 2025-09-12 is a Friday, not a Monday\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("\n2 problems found\n"),
        "{}",
        run.stderr
    );
}

/// What a lock may lack without having lost lines: a draft added after the meeting was
/// published (its stream has no revisions yet), and a publication withdrawn whole (file and
/// line gone, as a revert leaves them); and a lock naming an absurd revision number costs
/// one line of report, not one per number.
#[test]
fn a_lock_is_refused_only_for_lines_it_lost() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    let plan = std::fs::read(dir.join("m/timeplan.yaml")).unwrap();
    std::fs::remove_file(dir.join("m/timeplan.yaml")).unwrap();
    assert_eq!(agenda(dir, &["publish", "m"]).code, 0);
    std::fs::write(dir.join("m/timeplan.yaml"), plan).unwrap();
    let run = agenda(dir, &["check", "m"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The sample built, then its last agenda revision withdrawn with its line.
    let tmp = built_sample();
    let (dir, args) = (tmp.path(), SAMPLE_EN_MD);
    let meeting = dir.join("sg12-2025-09");
    std::fs::remove_file(meeting.join("revisions/agenda/1.yaml")).unwrap();
    let kept = drop_lock_lines(&meeting, "revisions/agenda/1.yaml");
    let lock = meeting.join("revisions.lock");
    let run = agenda(dir, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A line naming revision 4,000,000,000.
    let far = format!(
        "{kept}{}  revisions/agenda/4000000000.yaml\n",
        "0".repeat(64)
    );
    std::fs::write(&lock, far).unwrap();
    let run = agenda(dir, &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.matches("does not record").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("does not record revisions/agenda/1.yaml, though it records a later revision (revisions/agenda/4000000000.yaml)"), "{}", run.stderr);
}

/// A revision made or removed while a build runs, after the sources were read: the next
/// build builds again, as a clean build would.
#[test]
fn a_revision_made_or_removed_during_a_build_is_built_again() {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path();
    std::fs::rename(dir.join("sg12-2025-09"), dir.join("m")).unwrap();
    std::fs::remove_file(dir.join("m/revisions.lock")).unwrap();
    let (first, second) = (dir.join("m/revisions/agenda/1.yaml"), dir.join("kept.yaml"));
    build(dir, &["--format", "md"]);
    edit(&dir.join("m/agenda.yaml"), "会议开幕", "会议的开幕");
    build_pausing_at(dir, "loaded", || std::fs::rename(&first, &second).unwrap());
    assert!(dir.join("out/m/en/td210-rev1.md").exists());
    assert_as_clean_with(dir, &["--format", "md"], "wrote out/m (127 files)\n");
    assert!(!dir.join("out/m/en/td210-rev1.md").exists());
    edit(&dir.join("m/agenda.yaml"), "会议的开幕", "会议开幕");
    build_pausing_at(dir, "loaded", || std::fs::rename(&second, &first).unwrap());
    assert!(!dir.join("out/m/en/td210-rev1.md").exists());
    assert_as_clean_with(dir, &["--format", "md"], "wrote out/m (139 files)\n");
    assert!(dir.join("out/m/en/td210-rev1.md").exists());
}
