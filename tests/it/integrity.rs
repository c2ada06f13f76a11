//! Nothing published wrong: a time plan taller than a page breaks across pages instead of
//! being drawn over itself, document numbers never share file names, and what no format
//! can keep is dropped by every writer.

use std::path::Path;

use crate::common::{agenda, copy_meeting, edit, files, mini};

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
    let cases = [
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
        let bad = text
            .chars()
            .find(|&c| agenda::render::escape::is_noncharacter(c));
        assert_eq!(bad, None, "{path}");
    }
    let html = String::from_utf8(out["en/draft.html"].clone()).unwrap();
    assert!(html.contains("Opening of the <em>meeting</em>"), "{html}");
}
