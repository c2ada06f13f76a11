//! Every kind of problem `agenda check` reports, on copies of the mini fixture with one
//! mistake each: the exact message, position, source line and hint, and exit status 1.

use crate::common::{agenda, copy_dir, copy_meeting, edit, mini};

/// Checks a copy of the mini fixture with `from` replaced by `to` in `file`.
fn check_with(file: &str, from: &str, to: &str) -> crate::common::Run {
    let tmp = copy_meeting(&mini());
    edit(&tmp.path().join("m").join(file), from, to);
    agenda(tmp.path(), &["check", "m"])
}

fn assert_reports(run: crate::common::Run, expected: &str) {
    assert_eq!(run.stderr, expected);
    assert_eq!(run.code, 1, "exit status for invalid input");
    assert_eq!(run.stdout, "");
}

#[test]
fn wrong_type() {
    let run = check_with("timeplan.yaml", "span: 2", "span: two");
    assert_reports(
        run,
        r##"error: expected a whole number, found text
  --> m/timeplan.yaml:13:15
   |
13 |         span: two
   |               ^

1 problem found
"##,
    );
}

#[test]
fn day_outside_meeting() {
    let run = check_with("timeplan.yaml", "date: 2025-09-15", "date: 2025-09-16");
    assert_reports(
        run,
        r##"error: 2025-09-16 is outside the meeting (2025-09-12 to 2025-09-15)
  --> m/timeplan.yaml:18:11
   |
18 |   - date: 2025-09-16
   |           ^^^^^^^^^^
   = hint: fix the date, or `first_day`/`last_day` in meeting.yaml

1 problem found
"##,
    );
}

#[test]
fn duplicated_day() {
    let run = check_with("timeplan.yaml", "until: 2025-09-14", "until: 2025-09-15");
    assert_reports(
        run,
        r##"error: 2025-09-15 has a row already (line 15:11)
  --> m/timeplan.yaml:18:11
   |
18 |   - date: 2025-09-15
   |           ^^^^^^^^^^
   = hint: give each day one row; remove or merge the duplicate

1 problem found
"##,
    );
}

#[test]
fn missing_day() {
    let run = check_with("timeplan.yaml", "until: 2025-09-14", "until: 2025-09-13");
    assert_reports(
        run,
        r##"error: no row for Sunday 2025-09-14
  --> m/timeplan.yaml:18:11
   |
18 |   - date: 2025-09-15
   |           ^^^^^^^^^^
   = hint: add a row `- date: 2025-09-14` (or cover it with a `whole:` row and `until:`)

1 problem found
"##,
    );
}

#[test]
fn weekday_disagrees() {
    let run = check_with("timeplan.yaml", "weekday: Friday", "weekday: Thursday");
    assert_reports(
        run,
        r##"error: 2025-09-12 is a Friday, not a Thursday
  --> m/timeplan.yaml:10:14
   |
10 |     weekday: Thursday
   |              ^^^^^^^^
   = hint: fix the date or the weekday (or leave `weekday` out: it is derived from the date)

1 problem found
"##,
    );
}

#[test]
fn duplicate_item_id() {
    let run = check_with("agenda.yaml", "id: closing", "id: opening");
    assert_reports(
        run,
        r##"error: duplicate item id `opening` (first used at line 3:9)
  --> m/agenda.yaml:15:9
   |
15 |   - id: opening
   |         ^^^^^^^
   = hint: give each item its own id; ids never change when items are renumbered

1 problem found
"##,
    );
}

#[test]
fn span_past_last_slot() {
    let run = check_with("timeplan.yaml", "span: 2", "span: 4");
    assert_reports(
        run,
        r##"error: span 4 from slot `morning` runs past the last slot `evening`
  --> m/timeplan.yaml:13:15
   |
13 |         span: 4
   |               ^
   = hint: at most span 3 from `morning`

1 problem found
"##,
    );
}

#[test]
fn overlapping_cells() {
    let run = check_with("timeplan.yaml", "slot: evening", "slot: afternoon");
    assert_reports(
        run,
        r##"error: this cell overlaps the cell at line 20:15
  --> m/timeplan.yaml:22:15
   |
22 |       - slot: afternoon
   |               ^^^^^^^^^
   = hint: move one of the cells to a free slot or shorten its span

1 problem found
"##,
    );
}

#[test]
fn missing_translation() {
    let run = check_with("agenda.yaml", ", en: Opening of the *meeting*", "");
    assert_reports(
        run,
        r##"error: missing `en` text
 --> m/agenda.yaml:4:12
  |
4 |     title: {zh: 会议开幕}
  |            ^
  = hint: add the translation to this text, as `en: …`

1 problem found
"##,
    );
}

#[test]
fn unknown_slot() {
    let run = check_with("timeplan.yaml", "slot: evening", "slot: evenin");
    assert_reports(
        run,
        r##"error: unknown slot `evenin`
  --> m/timeplan.yaml:22:15
   |
22 |       - slot: evenin
   |               ^^^^^^
   = hint: did you mean `evening`? (expected one of `morning`, `afternoon`, `evening`)

1 problem found
"##,
    );
}

#[test]
fn yaml_syntax() {
    let run = check_with("agenda.yaml", "heading: {", "heading: {{");
    assert_reports(
        run,
        r##"error: a mapping key must be a plain word, not a mapping
 --> m/agenda.yaml:1:11
  |
1 | heading: {{zh: 会议议程, en: Draft agenda}
  |           ^
  = hint: check the indentation and quoting around this place (YAML reference: yaml.org)

1 problem found
"##,
    );
}

#[test]
fn glyph_missing() {
    let run = check_with("agenda.yaml", "会议闭幕", "会议闭幕😀");
    assert_reports(
        run,
        r##"error: no font can draw `😀` (U+1F600) in the `zh` PDF
  --> m/agenda.yaml:16:21
   |
16 |     title: {zh: 会议闭幕😀, en: "# Closing\n- of the meeting"}
   |                     ^
   = hint: replace the character, or give a folder holding a font that has it: --font-path DIR (a font of the Noto Emoji family, for example)

1 problem found
"##,
    );
}

/// The glyph check sets a text once in a process (`pdf::seen`): a meeting checked after
/// another that has the same texts, or checked again, is told of each character at its
/// own places, as when it is checked alone.
#[test]
fn glyphs_found_once_are_reported_in_each_meeting_that_has_them() {
    let tmp = tempfile::tempdir().unwrap();
    for m in ["a", "b"] {
        copy_dir(&mini(), &tmp.path().join(m));
        // The same text in both, set whole (an emoji is not set in the catalogue).
        edit(
            &tmp.path().join(m).join("agenda.yaml"),
            "会议闭幕",
            "会议闭幕😀",
        );
    }
    // A character no font has, in a text of each: set in the catalogue of characters.
    edit(&tmp.path().join("a/agenda.yaml"), "会议开幕", "会议开幕𓀀");
    edit(&tmp.path().join("b/agenda.yaml"), "注 – 议程", "注 𓀀 议程");
    let found = |m: &str| -> Vec<String> {
        let mut diags = Vec::new();
        let loaded = agenda::load::load_meeting(&tmp.path().join(m), &mut diags);
        let meeting = agenda::validate::validate(&loaded, &mut diags).unwrap();
        let (text, name) = agenda::render::layout(None).unwrap();
        let layout = agenda::pdf::Layout::new(&text, &name);
        let file = |d: &agenda::diag::Diagnostic| d.file.path.file_name().unwrap().to_owned();
        (agenda::pdf::check_glyphs(&meeting, "zh", &layout).iter())
            .map(|d| {
                format!(
                    "{m}/{}:{}:{} {}",
                    file(d).display(),
                    d.pos.line,
                    d.pos.col,
                    d.message
                )
            })
            .collect()
    };
    let (a, b) = (found("a"), found("b"));
    let hieroglyph = "no font can draw `𓀀` (U+13000) in the `zh` PDF";
    let emoji = "no font can draw `😀` (U+1F600) in the `zh` PDF";
    assert_eq!(
        a,
        [
            format!("a/agenda.yaml:4:21 {hieroglyph}"),
            format!("a/agenda.yaml:16:21 {emoji}")
        ]
    );
    assert_eq!(
        b,
        [
            format!("b/agenda.yaml:18:12 {hieroglyph}"),
            format!("b/agenda.yaml:16:21 {emoji}")
        ]
    );
    assert_eq!((found("a"), found("b")), (a, b));
}

#[test]
fn unpublished_language() {
    let run = check_with("timeplan.yaml", "en: Weekend", "en: Weekend, fr: Week-end");
    assert_reports(
        run,
        r##"error: text in `fr`, which the meeting does not publish
  --> m/timeplan.yaml:17:38
   |
17 |     whole: {zh: 周末, en: Weekend, fr: Week-end}
   |                                      ^
   = hint: the meeting's languages are zh, en: fix the language code or add it to `languages` in meeting.yaml

1 problem found
"##,
    );
}

#[test]
fn impossible_date() {
    let run = check_with(
        "meeting.yaml",
        "last_day: 2025-09-15",
        "last_day: 2025-02-30",
    );
    assert_reports(
        run,
        r##"error: `2025-02-30` is no such date
 --> m/meeting.yaml:6:11
  |
6 | last_day: 2025-02-30
  |           ^^^^^^^^^^
  = hint: write dates as YYYY-MM-DD, e.g. 2025-09-09

1 problem found
"##,
    );
}

#[test]
fn unknown_key() {
    let run = check_with("meeting.yaml", "venue:", "venu:");
    assert_reports(
        run,
        r##"error: unknown key `venu`
 --> m/meeting.yaml:4:1
  |
4 | venu: {zh: 日内瓦, en: Geneva}
  | ^^^^
  = hint: did you mean `venue`? (expected one of `organisation`, `body`, `title`, `venue`, `first_day`, `last_day`, `time_zone`, `first_day_start`, `chair`, `chair_gender`, `draft_number`, `draft_date`, `agenda_update`, `timeplan_update`, `languages`, `update_languages`, `annex`, `secretariat`, `markdown`, `deadlines`, `show_deadlines`)

1 problem found
"##,
    );
}

/// The issue's "done when": a misspelt key in one place and an impossible date in another,
/// both reported in one run, in the same file or in different files.
#[test]
fn sample_with_misspelt_key_and_impossible_date_reports_both() {
    let tmp = copy_meeting(&crate::common::sample());
    let dir = tmp.path().join("sg12-2025-09");
    edit(
        &dir.join("timeplan.yaml"),
        "    label:\n      zh: \"上午\"",
        "    lable:\n      zh: \"上午\"",
    );
    edit(
        &dir.join("timeplan.yaml"),
        "date: 2025-09-12",
        "date: 2025-02-30",
    );
    edit(
        &dir.join("agenda.yaml"),
        "  - id: tsag-results\n    title:",
        "  - id: tsag-results\n    tilte:",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    let locations: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("--> "))
        .map(str::trim)
        .collect();
    assert_eq!(
        locations,
        [
            "--> sg12-2025-09/agenda.yaml",
            "--> sg12-2025-09/agenda.yaml:79:5",
            "--> sg12-2025-09/timeplan.yaml",
            "--> sg12-2025-09/timeplan.yaml:13:5",
            "--> sg12-2025-09/timeplan.yaml:85:11",
        ]
    );
    assert!(run.stderr.contains("error: unknown key `tilte`\n"));
    assert!(run.stderr.contains("error: unknown key `lable`\n"));
    assert!(run.stderr.contains("error: `2025-02-30` is no such date\n"));
    // The sample's drafts are published (revisions.lock): editing them is reported too.
    assert!(
        run.stderr
            .contains("error: agenda.yaml was published and has been edited since")
    );
    assert!(run.stderr.ends_with("5 problems found\n"));
}

#[test]
fn file_that_is_not_utf8() {
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("m/agenda.yaml"), b"heading: \xff\n").unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_reports(
        run,
        "error: this file is not valid UTF-8\n --> m/agenda.yaml:1:10\n  |\n1 | heading: \u{fffd}\n  |          ^\n  = hint: save the file as UTF-8 (every editor has this option)\n\n1 problem found\n",
    );
}

/// A time plan that is there but cannot be read (a folder of that name) is an error; one
/// that is not there at all makes an agenda-only meeting (see `parts`).
#[test]
fn missing_file() {
    let tmp = copy_meeting(&mini());
    std::fs::remove_file(tmp.path().join("m/timeplan.yaml")).unwrap();
    std::fs::create_dir(tmp.path().join("m/timeplan.yaml")).unwrap();
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_reports(
        run,
        "error: cannot read this file (not a regular file)\n --> m/timeplan.yaml\n  = hint: a meeting folder needs meeting.yaml, and agenda.yaml, timeplan.yaml or both, as regular files\n\n1 problem found\n",
    );
}

#[test]
fn path_that_does_not_exist_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let run = agenda(tmp.path(), &["check", "nowhere"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no such file or folder: nowhere (give the folder that holds the meetings, e.g. agendas/)\n"
    );
}

#[test]
fn folder_without_meetings_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let run = agenda(tmp.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no meeting found under . (a meeting is a folder with meeting.yaml)\n"
    );
}

#[test]
fn unknown_option_is_a_usage_error() {
    let run = agenda(&crate::common::root(), &["build", "--colour"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unexpected argument '--colour' found"),
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_input_writes_nothing() {
    let tmp = copy_meeting(&mini());
    edit(&tmp.path().join("m/timeplan.yaml"), "span: 2", "span: 9");
    let run = agenda(tmp.path(), &["build", "m", "-o", "out"]);
    assert_eq!(run.code, 1);
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn time_zone_not_in_the_database() {
    assert_reports(
        check_with("meeting.yaml", "Europe/Zurich", "Mars/Olympus"),
        "error: `Mars/Olympus` is not a time zone\n --> m/meeting.yaml:7:12\n  |\n7 | time_zone: Mars/Olympus\n  |            ^^^^^^^^^^^^\n  = hint: write a name of the IANA time-zone database, such as Europe/Zurich or America/New_York\n\n1 problem found\n",
    );
    assert_reports(
        check_with("meeting.yaml", "Europe/Zurich", "Europe/Zürich"),
        "error: `Europe/Zürich` is not a time zone\n --> m/meeting.yaml:7:12\n  |\n7 | time_zone: Europe/Zürich\n  |            ^^^^^^^^^^^^^\n  = hint: did you mean `Europe/Zurich`? (a name of the IANA time-zone database)\n\n1 problem found\n",
    );
}

#[test]
fn time_not_written_hh_mm() {
    assert_reports(
        check_with(
            "meeting.yaml",
            "time_zone: Europe/Zurich",
            "time_zone: Europe/Zurich\nfirst_day_start: \"9:5\"",
        ),
        "error: `9:5` is not a time of day\n --> m/meeting.yaml:8:18\n  |\n8 | first_day_start: \"9:5\"\n  |                  ^\n  = hint: write times as HH:MM, e.g. 11:30\n\n1 problem found\n",
    );
}

#[test]
fn a_negative_number_is_said_in_yaml_words() {
    assert_reports(
        check_with("timeplan.yaml", "span: 2", "span: -1"),
        "error: expected a whole number, 0 or more, found -1\n  --> m/timeplan.yaml:13:15\n   |\n13 |         span: -1\n   |               ^\n   = hint: write a whole number without a sign, such as 1\n\n1 problem found\n",
    );
}

#[test]
fn an_unsupported_language_is_one_error() {
    assert_reports(
        check_with("meeting.yaml", "languages: [zh, en]", "languages: [de]"),
        "error: language `de` is not supported\n  --> m/meeting.yaml:11:13\n   |\n11 | languages: [de]\n   |             ^^\n   = hint: the supported languages are ar, zh, en, fr, ru, es\n\n1 problem found\n",
    );
}

#[test]
fn a_tab_in_the_indentation_is_reported_on_its_line() {
    let run = check_with(
        "agenda.yaml",
        "    title: {zh: 会议开幕",
        "\ttitle: {zh: 会议开幕",
    );
    assert_reports(
        run,
        "error: a tab is used for indentation\n --> m/agenda.yaml:4:1\n  |\n4 | \ttitle: {zh: 会议开幕, en: Opening of the *meeting*}\n  | ^\n  = hint: indent with spaces: YAML does not allow tabs in indentation\n\n1 problem found\n",
    );
}

#[test]
fn a_key_given_twice_is_said_without_the_parsers_advice() {
    assert_reports(
        check_with("meeting.yaml", "venue:", "title: {zh: x, en: y}\nvenue:"),
        "error: the key `title` appears twice in this mapping\n --> m/meeting.yaml:4:1\n  |\n4 | title: {zh: x, en: y}\n  | ^\n  = hint: check the indentation and quoting around this place (YAML reference: yaml.org)\n\n1 problem found\n",
    );
}

/// Shell completions and the manual page come from the command line's definition: every
/// subcommand and option is in them.
#[test]
fn completions_and_the_manual_page_name_every_command() {
    let dir = crate::common::root();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = agenda(&dir, &["completions", shell]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{shell}");
        for word in [
            "build",
            "check",
            "diff",
            "revise",
            "publish",
            "font-path",
            "format",
        ] {
            assert!(run.stdout.contains(word), "{shell} completions lack {word}");
        }
    }
    let man = agenda(&dir, &["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.contains(".TH agenda 1"), "{}", man.stdout);
    for word in ["build", "check", "diff", "revise", "publish", "completions"] {
        assert!(man.stdout.contains(word), "the manual page lacks {word}");
    }
    let build = agenda(&dir, &["man", "build"]);
    assert!(
        build.stdout.contains(".TH agenda-build 1"),
        "{}",
        build.stdout
    );
    assert!(build.stdout.contains("font\\-path"), "{}", build.stdout);
    let unknown = agenda(&dir, &["man", "nosuch"]);
    assert_eq!(
        (unknown.code, unknown.stderr.as_str()),
        (
            2,
            "error: `nosuch` is not a command of agenda (see `agenda --help`)\n"
        )
    );
    let wrong = agenda(&dir, &["completions", "tcsh"]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong
            .stderr
            .starts_with("error: invalid value 'tcsh' for '<SHELL>'")
    );
}

/// A code printed as written in every language (here the updates' document number) holds
/// only what every PDF can set: the character is reported where it is.
#[test]
fn code_with_a_character_no_pdf_sets() {
    let run = check_with(
        "meeting.yaml",
        "agenda_update: TD210",
        "agenda_update: \"TD210 ✨\"",
    );
    assert_reports(
        run,
        r##"error: a document number cannot hold `✨` (U+2728)
 --> m/meeting.yaml:9:23
  |
9 | agenda_update: "TD210 ✨"
  |                       ^
  = hint: write it in Latin letters, digits and punctuation, as the organisation does: TD210

1 problem found
"##,
    );
}

/// A sparkle in a title: Typst's New Computer Modern Math claims it and has no glyph for
/// it, so only setting the text finds it; check says where, with a font family that has it.
#[test]
fn glyph_claimed_by_a_font_that_lacks_it() {
    let run = check_with("agenda.yaml", "会议闭幕", "会议✨闭幕");
    assert_reports(
        run,
        r##"error: no font can draw `✨` (U+2728) in the `zh` PDF
  --> m/agenda.yaml:16:19
   |
16 |     title: {zh: 会议✨闭幕, en: "# Closing\n- of the meeting"}
   |                   ^
   = hint: replace the character, or give a folder holding a font that has it: --font-path DIR (a font of the Noto Emoji family, for example)

1 problem found
"##,
    );
}
