//! The letter's key deadlines: computed from their rules (calendar months keep the day of
//! the month), a date given winning over the rule, shown in the draft in every language,
//! and a deadline on a weekend worth a warning in `agenda check`.

use crate::common::{agenda, agenda_raw, copy_meeting, edit, mini, root, sample};

#[test]
fn the_samples_four_deadlines_are_computed_from_their_rules() {
    let source = std::fs::read_to_string(sample().join("meeting.yaml")).unwrap();
    assert!(!source.contains("2025-07") && !source.contains("2025-08"));
    let out = crate::common::build_sample(&["--format", "md", "--lang", "en,zh"]);
    let md = |lang: &str| {
        std::fs::read_to_string(out.path().join(format!("sg12-2025-09/{lang}/draft.md"))).unwrap()
    };
    let dates = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("**") && l.ends_with("**"))
            .map(|l| l.trim_matches('*').to_string())
            .collect()
    };
    assert_eq!(
        dates(&md("en"))[1..],
        [
            "9 July 2025",
            "29 July 2025",
            "9 August 2025",
            "27 August 2025"
        ]
    );
    assert_eq!(
        dates(&md("zh"))[1..],
        [
            "2025年7月9日",
            "2025年7月29日",
            "2025年8月9日",
            "2025年8月27日"
        ]
    );
    // The letter's words, copied from it.
    assert!(
        md("zh")
            .contains("## 重要截止日期\n\n**2025年7月9日**\n\n- 提交实时字幕和/或手语翻译请求\n")
    );
    assert!(md("zh").contains("- 提交与会补贴申请（通过研究组主页上的表格进行；详情见附件A）\n"));
    // The updates do not repeat them.
    let td210 = std::fs::read_to_string(out.path().join("sg12-2025-09/en/td210.md")).unwrap();
    assert!(!td210.contains("Key deadlines"));
}

#[test]
fn a_deadline_on_a_weekend_is_a_warning() {
    let run = agenda_raw(&root(), &["check", "agendas/sg12-2025-09"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "ok: 1 meeting checked\n");
    assert_eq!(
        run.stderr,
        "warning: the deadline 2025-08-09 is a Saturday\n  --> agendas/sg12-2025-09/meeting.yaml:84:13\n   |\n84 |   - before: 1 month\n   |             ^^^^^^^\n   = hint: if the letter gives another day, write it: `date: 2025-08-08` (the Friday before)\n\n"
    );
}

/// The mini meeting (first day Friday 12 September 2025) with `deadlines` added.
fn mini_with(deadlines: &str) -> (tempfile::TempDir, crate::common::Run) {
    let tmp = copy_meeting(&mini());
    let file = tmp.path().join("m/meeting.yaml");
    edit(
        &file,
        "languages: [zh, en]\n",
        &format!("languages: [zh, en]\n{deadlines}\n"),
    );
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "md", "--lang", "en"],
    );
    (tmp, run)
}

#[test]
fn a_date_wins_over_the_rule_and_months_keep_the_day() {
    let (tmp, run) = mini_with(
        "deadlines:\n  - {before: 1 month, date: 2025-08-11, actions: [Register]}\n  - {before: 2 months, actions: [Translate]}\n  - {before: 12 days, actions: [Contribute]}\nshow_deadlines: true",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(
        md.contains("**11 August 2025**\n\n- Register\n\n**12 July 2025**\n\n- Translate\n\n**31 August 2025**\n\n- Contribute\n"),
        "{md}"
    );
    // 12 July 2025 is a Saturday and 31 August a Sunday; 11 August, a Monday, is given.
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect();
    assert_eq!(
        warnings,
        [
            "warning: the deadline 2025-07-12 is a Saturday",
            "warning: the deadline 2025-08-31 is a Sunday"
        ]
    );
    let (tmp, run) =
        mini_with("deadlines:\n  - {before: 1 month, actions: [Register]}\nshow_deadlines: false");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(!md.contains("Register"));
}

#[test]
fn a_rule_that_is_not_a_time_before_the_meeting_is_an_error() {
    let (_tmp, run) = mini_with(
        "deadlines:\n  - before: 2 fortnights\n    actions: [Register]\n  - actions: [Translate]",
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: `2 fortnights` is not a time before the meeting\n  --> m/meeting.yaml:13:13\n   |\n13 |   - before: 2 fortnights\n   |             ^^^^^^^^^^^^\n   = hint: write a number and days, weeks or months: `13 days`, `6 weeks`, `2 months`\n\nerror: a deadline with neither `before:` nor `date:`\n  --> m/meeting.yaml:15:14\n   |\n15 |   - actions: [Translate]\n   |              ^\n   = hint: give how long before the first day it falls (`before: 2 months`) or its date (`date: YYYY-MM-DD`)\n\n2 problems found\n"
    );
}

/// Found by the fuzz target: a character no font draws in a deadline's action (shown in
/// the draft and the letter) passed `check` and failed the PDF. `check` now says it.
#[test]
fn a_character_no_font_has_in_a_deadline_is_an_error_of_check() {
    let tmp = copy_meeting(&sample());
    let meeting = tmp.path().join("sg12-2025-09");
    std::fs::remove_file(meeting.join("revisions.lock")).unwrap();
    edit(
        &meeting.join("meeting.yaml"),
        "      - zh: \"提交口译服务申请",
        "      - zh: \"提\u{cea4}口译服务申请",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: no font can draw `\u{cea4}` (U+CEA4) in the `zh` PDF\n  --> sg12-2025-09/meeting.yaml:78:15\n"),
        "{}",
        run.stderr
    );
}
