//! The time plan as groups and sessions: every check of groups, slots, sessions and
//! footnotes in one run; links from agenda items; the sample's moved session in every
//! format of `agenda diff`; the grid fixture in every format, its PDF's text and pages.

use std::path::Path;

use crate::common::{agenda, copy_meeting, edit, mini, root, sample};

/// Checks a copy of the mini fixture whose time plan is `plan`.
fn check_plan(plan: &str) -> crate::common::Run {
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("m/timeplan.yaml"), plan).unwrap();
    agenda(tmp.path(), &["check", "m"])
}

const MISTAKES: &str = r#"heading: {zh: 时间计划, en: Time plan}
groups:
  - {id: sg, kind: plenary, name: {zh: 全体会议, en: Plenary}}
  - {id: wp1, kind: working_party, name: {zh: 第1工作组, en: WP1}}
  - {id: q1, kind: question, parent: sg, name: {zh: 课题1, en: Q1}}
  - {id: a, kind: ad_hoc, parent: b, name: {zh: 甲, en: A}}
  - {id: b, kind: ad_hoc, parent: a, name: {zh: 乙, en: B}}
rooms:
  - {id: r1, name: R1}
slots:
  - {id: morning, start: "09:30", end: "12:30"}
  - {id: afternoon, start: "14:30", end: "17:30"}
days:
  - date: 2025-09-12
  - date: 2025-09-13
    until: 2025-09-14
    whole: {zh: 周末, en: Weekend}
  - date: 2025-09-15
sessions:
  - {id: s1, groups: [wp1], date: 2025-09-12, slot: morning, room: r1}
  - {id: s2, groups: [wp1], date: 2025-09-12, slot: morning, room: r1}
  - {id: s3, groups: [wq1], date: 2025-09-11, slot: evening, room: r9, marks: ["3"]}
  - {id: s4, groups: [sg], date: 2025-09-13, slot: morning}
  - {id: s5, groups: [sg, wp1], date: 2025-09-12, slot: afternoon, status: cancelled}
  - {id: s6, groups: [sg], date: 2025-09-12, slot: afternoon, room: r1}
footnotes:
  - {mark: "1", text: {zh: 注一, en: One}}
"#;

#[test]
fn every_mistake_of_groups_sessions_and_footnotes_is_reported_in_one_run() {
    let run = check_plan(MISTAKES);
    assert_eq!(run.code, 1);
    let expected = [
        (
            "5:38",
            "Question `q1` has `sg` as parent, which is not a working party",
        ),
        ("6:35", "group `a` is its own ancestor"),
        ("7:35", "group `b` is its own ancestor"),
        (
            "21:23",
            "group `wp1` is in two sessions at the same time: this one and `s1` (line 20:10)",
        ),
        (
            "21:68",
            "room `r1` is booked twice at the same time: for this session and `s1` (line 20:10)",
        ),
        ("22:23", "unknown group `wq1`"),
        (
            "22:35",
            "2025-09-11 is before the meeting (2025-09-12 to 2025-09-15)",
        ),
        ("22:53", "unknown slot `evening`"),
        ("22:68", "unknown room `r9`"),
        ("22:80", "footnote `3` is not defined"),
        ("27:12", "footnote `1` is never used"),
    ];
    let found: Vec<(String, String)> = run
        .stderr
        .split("\n\n")
        .filter_map(|block| {
            let message = block.lines().next()?.strip_prefix("error: ")?;
            let at = block.lines().nth(1)?.rsplit("timeplan.yaml:").next()?;
            Some((at.to_string(), message.to_string()))
        })
        .collect();
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, m)| (a.to_string(), m.to_string()))
        .collect();
    assert_eq!(found, expected, "{}", run.stderr);
    assert!(
        run.stderr.ends_with("11 problems found\n"),
        "{}",
        run.stderr
    );
    // A cancelled session takes no time: s5 and s6 share a group and a slot, no clash.
    assert!(!run.stderr.contains("`s5`"));
    assert!(
        run.stderr.contains(
            "   = hint: did you mean `q1`? (expected one of `sg`, `wp1`, `q1`, `a`, `b`)\n"
        )
    );
}

#[test]
fn slot_hours_are_checked() {
    let plan = r#"heading: {zh: 时间计划, en: Time plan}
slots:
  - id: morning
    start: "09:30"
    end: "12:30"
    hours:
      - {weekday: Fryday, start: "09:00", end: "12:00"}
      - {date: 2025-09-15, start: "10:00", end: "09:00"}
  - id: afternoon
    start: "14:30"
days:
  - date: 2025-09-12
  - date: 2025-09-13
    until: 2025-09-14
    whole: {zh: 周末, en: Weekend}
  - date: 2025-09-15
"#;
    let run = check_plan(plan);
    assert_eq!(
        run.stderr,
        r#"error: `Fryday` is not a weekday
 --> m/timeplan.yaml:7:19
  |
7 |       - {weekday: Fryday, start: "09:00", end: "12:00"}
  |                   ^^^^^^
  = hint: write the English name, e.g. Friday

error: the hours end (09:00) before they start (10:00)
 --> m/timeplan.yaml:8:49
  |
8 |       - {date: 2025-09-15, start: "10:00", end: "09:00"}
  |                                                 ^^^^^^^
  = hint: swap `start` and `end`, or fix the time

error: a slot's hours need both `start` and `end`
  --> m/timeplan.yaml:10:12
   |
10 |     start: "14:30"
   |            ^
   = hint: write both, e.g. `start: "09:30"` and `end: "12:30"`

3 problems found
"#
    );
    let overlapping = plan
        .replace(
            "Fryday, start: \"09:00\", end: \"12:00\"",
            "Friday, start: \"09:00\", end: \"15:00\"",
        )
        .replace("end: \"09:00\"", "end: \"11:00\"")
        .replace(
            "    start: \"14:30\"\n",
            "    start: \"14:30\"\n    end: \"17:30\"\n",
        );
    let run = check_plan(&overlapping);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: slot `afternoon` starts at 14:30 on Fridays, before slot `morning` ends\n --> m/timeplan.yaml:9:9\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn other_hours_for_a_kind_of_group_or_a_group_are_checked() {
    let plan = r#"heading: {zh: 时间计划, en: Time plan}
groups:
  - {id: sg, kind: plenary, name: {zh: 全体会议, en: Plenary}}
  - {id: q1, kind: question, name: {zh: 课题1, en: Q1}}
slots:
  - id: morning
    start: "09:30"
    end: "12:30"
    hours:
      - {kind: questoin, start: "08:30", end: "12:30"}
      - {group: q2, start: "08:30", end: "12:30"}
      - {kind: question, group: q1, start: "08:30", end: "12:30"}
      - {start: "08:30", end: "12:30"}
  - id: afternoon
    start: "14:30"
    end: "17:30"
    hours:
      - {kind: question, weekday: Friday, start: "12:00", end: "18:00"}
days:
  - date: 2025-09-12
"#;
    let run = check_plan(plan);
    assert_eq!(
        run.stderr,
        r#"error: `questoin` is not a kind of group
  --> m/timeplan.yaml:10:16
   |
10 |       - {kind: questoin, start: "08:30", end: "12:30"}
   |                ^^^^^^^^
   = hint: did you mean `question`? (expected one of `plenary`, `working_party`, `question`, `joint_activity`, `management`, `ad_hoc`, `other`)

error: unknown group `q2`
  --> m/timeplan.yaml:11:17
   |
11 |       - {group: q2, start: "08:30", end: "12:30"}
   |                 ^^
   = hint: did you mean `q1`? (expected one of `sg`, `q1`)

error: other hours are for a `kind` of group or a `group`, not both
  --> m/timeplan.yaml:12:33
   |
12 |       - {kind: question, group: q1, start: "08:30", end: "12:30"}
   |                                 ^^
   = hint: write two entries under `hours:`, one for each

error: other hours apply on some days, or for some groups
  --> m/timeplan.yaml:13:17
   |
13 |       - {start: "08:30", end: "12:30"}
   |                 ^
   = hint: give a `weekday:` or a `date:`, or a `kind:` of group or a `group:`, or both

4 problems found
"#
    );
    let fixed = plan
        .replace("questoin", "question")
        .replace("group: q2", "group: q1")
        .replace("kind: question, group: q1", "group: sg")
        .replace("      - {start: \"08:30\", end: \"12:30\"}\n", "");
    let run = check_plan(&fixed);
    assert!(
        run.stderr.starts_with(
            "error: slot `afternoon` starts at 12:00 on Fridays for question, before slot `morning` ends\n"
        ),
        "{}",
        run.stderr
    );
}

/// A copy of the sample with a new time-plan revision (TD211 Rev.2): Rev.1 with
/// `sessions` added at the end of its sessions.
fn sample_with_revision(sessions: &str) -> tempfile::TempDir {
    let tmp = copy_meeting(&sample());
    let run = agenda(
        tmp.path(),
        &[
            "revise",
            "sg12-2025-09",
            "timeplan",
            "--date",
            "2025-09-15",
            "--summary",
            "Rev.2",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = tmp.path().join("sg12-2025-09/revisions/timeplan/2.yaml");
    edit(&file, "footnotes:\n", &format!("{sessions}footnotes:\n"));
    tmp
}

#[test]
fn a_question_in_two_rooms_at_once_and_an_undefined_footnote_are_both_reported() {
    let tmp = sample_with_revision(
        "  - id: q5-twice\n    groups: [q5]\n    date: 2025-09-10\n    slot: morning\n    room: h2\n    marks: [\"3\"]\n",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let text =
        std::fs::read_to_string(tmp.path().join("sg12-2025-09/revisions/timeplan/2.yaml")).unwrap();
    // The new session is the last one: its lines are the last of their kind.
    let lines: Vec<&str> = text.lines().collect();
    let line = |needle: &str| lines.iter().rposition(|l| *l == needle).unwrap() + 1;
    let (groups, marks, first) = (
        line("    groups: [q5]"),
        line("    marks: [\"3\"]"),
        line("  - id: q5-1"),
    );
    let file = "sg12-2025-09/revisions/timeplan/2.yaml";
    assert!(
        run.stderr.contains(&format!("{file}:{groups}:14\n")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("error: footnote `3` is not defined\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{file}:{marks}:13\n")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(&format!(
        "error: group `q5` is in two sessions at the same time: this one and `q5-1` (line {first}:9)\n"
    )), "{}", run.stderr);
    assert!(run.stderr.ends_with("2 problems found\n"), "{}", run.stderr);
}

/// `agenda diff` of TD211 against TD211 Rev.1 in `format`.
fn diff_td211(format: &str) -> String {
    let dir = "agendas/sg12-2025-09/revisions/timeplan";
    let run = agenda(
        &root(),
        &[
            "diff",
            &format!("{dir}/0.yaml"),
            &format!("{dir}/1.yaml"),
            "--format",
            format,
            "--lang",
            "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn a_moved_session_is_one_move_naming_its_group_and_places_in_every_format() {
    let moved = "Question 5/12: moved from Tuesday 16 September, morning, to Wednesday 17 September, afternoon";
    assert!(diff_td211("text").contains(&format!("\n  {moved}\n")));
    assert!(diff_td211("md").contains(&format!("- {moved}\n")));
    assert!(diff_td211("html").contains(&format!("<li>{moved}</li>")));
    let json: serde_json::Value = serde_json::from_str(&diff_td211("json")).unwrap();
    let changes = json["timeplan"].as_array().unwrap();
    let of_q5: Vec<_> = changes
        .iter()
        .filter(|c| c["session"]["groups"] == serde_json::json!(["q5"]))
        .collect();
    assert_eq!(
        of_q5,
        [&serde_json::json!({
            "kind": "session_moved",
            "session": {"id": "q5-5", "groups": ["q5"], "at": {"date": "2025-09-17", "slot": "afternoon"}},
            "from": {"date": "2025-09-16", "slot": "morning"},
            "to": {"date": "2025-09-17", "slot": "afternoon"}
        })],
        "one change for the move, nothing else for Question 5/12"
    );
}

#[test]
fn an_item_naming_a_session_that_does_not_exist_is_reported() {
    let tmp = copy_meeting(&mini());
    edit(
        &tmp.path().join("m/agenda.yaml"),
        "  - id: opening\n",
        "  - id: opening\n    sessions: [2025-09-12/morning, 2025-09-12/evening]\n",
    );
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: unknown session `2025-09-12/evening` in the time plan\n --> m/agenda.yaml:"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("= hint: did you mean `2025-09-15/evening`?"),
        "{}",
        run.stderr
    );
}

/// The grid fixture: 25 groups over ten days.
fn grid() -> std::path::PathBuf {
    root().join("tests/fixtures/grid/sg12-2026-03")
}

fn build_grid(formats: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let run = agenda(
        &root(),
        &[
            "build",
            grid().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
            "--format",
            formats,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    out
}

#[test]
fn the_grid_fixture_by_group_and_by_day_matches_its_snapshots() {
    let out = build_grid("md,html,typ");
    for lang in ["zh", "en"] {
        for ext in ["md", "html", "typ"] {
            let text = std::fs::read_to_string(
                out.path().join(format!("sg12-2026-03/{lang}/draft.{ext}")),
            )
            .unwrap();
            insta::assert_snapshot!(format!("grid_{lang}_{ext}"), text);
        }
    }
}

/// The page sizes of a PDF, in points, read from its page objects.
fn page_sizes(pdf: &Path) -> Vec<(u32, u32)> {
    let bytes = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/MediaBox[")
        .map(|(i, m)| {
            let nums: Vec<f64> = text[i + m.len()..]
                .split(']')
                .next()
                .unwrap()
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            (nums[2].round() as u32, nums[3].round() as u32)
        })
        .collect()
}

#[test]
fn the_grid_is_one_a4_landscape_page_per_five_days_or_fewer_with_every_group_and_footnote() {
    let out = build_grid("pdf");
    for lang in ["zh", "en"] {
        let pdf = out.path().join(format!("sg12-2026-03/{lang}/draft.pdf"));
        let sizes = page_sizes(&pdf);
        let landscape = sizes.iter().filter(|(w, h)| (*w, *h) == (842, 595)).count();
        // Sunday and the first week (six days: two parts of three, the weekend with the
        // second), then the second week (five days): three pages.
        assert_eq!(landscape, 3, "{lang}: {sizes:?}");
        let text: String = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap())
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let mut diags = Vec::new();
        let loaded = agenda::load::load_meeting(&grid(), &mut diags);
        let meeting =
            agenda::validate::validate(&loaded, &mut diags).expect("the fixture is valid");
        let plan = &meeting.timeplan;
        let names = plan.groups.iter().map(|g| &g.name);
        for t in names.chain(plan.footnotes.iter().map(|f| &f.text)) {
            let expected: String = t.get(lang).chars().filter(|c| !c.is_whitespace()).collect();
            assert!(text.contains(&expected), "{lang} PDF lacks {expected:?}");
        }
        assert_eq!(plan.groups.len(), 25);
    }
}

/// The text of each page of a PDF, without whitespace.
fn page_texts(pdf: &Path) -> Vec<String> {
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(pdf).unwrap()).unwrap();
    let squeeze = |p: String| p.chars().filter(|c| !c.is_whitespace()).collect();
    pages.into_iter().map(squeeze).collect()
}

#[test]
fn a_plan_by_group_alone_is_landscape_from_its_first_page_and_ends_on_its_last_part() {
    let tmp = copy_meeting(&grid());
    let id = "sg12-2026-03";
    edit(
        &tmp.path().join(id).join("timeplan.yaml"),
        "views: [by_group, by_day]",
        "views: [by_group]",
    );
    let run = crate::common::revise_meeting(tmp.path(), (id, "timeplan"), "Rooms", "2026-03-03");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = agenda(
        tmp.path(),
        &["build", id, "-o", "out", "--format", "pdf", "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = tmp.path().join("out").join(id).join("en/td11.pdf");
    // Three parts, three landscape pages: the first part under the document's heading, no
    // page holding the heading alone.
    assert_eq!(page_sizes(&pdf), [(842, 595); 3]);
    let pages = page_texts(&pdf);
    assert!(
        pages[0].starts_with("InternationalTelecommunicationUnion"),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains("TD11·3March2026·Rooms"), "{}", pages[0]);
    // The first part whole (its last row, hours and footnotes) on the first page.
    assert!(
        pages[0].contains("Adhocgrouponworkingmethods"),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains("Evening:18:00–19:30"), "{}", pages[0]);
    // The plan's note and the chair on the last part's page.
    assert!(
        pages[2].contains("Note–Updatestothetimeplan"),
        "{}",
        pages[2]
    );
    assert!(
        pages[2].ends_with("Chair:TaniaVillaTrápala–3–"),
        "{}",
        pages[2]
    );
}

/// A footnote mark that is a number reads as a power once raised after a code ("WP1/12¹"):
/// a warning at the mark, with what to write instead.
#[test]
fn a_footnote_mark_that_is_a_number_is_warned_of() {
    let run = check_plan(MISTAKES);
    let warning = "warning: footnote mark `1` is a number: raised after a code that ends in a digit, it reads as a power (WP1/12¹)
  --> m/timeplan.yaml:27:12
   |
27 |   - {mark: \"1\", text: {zh: 注一, en: One}}
   |            ^
   = hint: give it a letter or a symbol: `a`, `b`, `*`, `†`
";
    assert!(run.stderr.contains(warning), "{}", run.stderr);
}
