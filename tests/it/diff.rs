//! `agenda diff` between two versions of a meeting.

use crate::common::{agenda, copy_dir, edit, sample};

/// Two copies of the sample, `old` and `new`, in a temporary folder.
fn two_copies() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&sample(), &tmp.path().join("old"));
    copy_dir(&sample(), &tmp.path().join("new"));
    tmp
}

#[test]
fn one_item_inserted_before_item_6_is_one_insertion_and_one_renumbering() {
    let tmp = two_copies();
    let new_item = "  - id: new-item\n    title:\n      zh: \"工作计划\"\n      en: New item\n      ar: بند جديد\n      fr: Nouveau point\n      ru: Новый пункт\n      es: Nuevo punto\n  - id: tsag-results";
    edit(
        &tmp.path().join("new/agenda.yaml"),
        "  - id: tsag-results",
        new_item,
    );
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "Agenda:\n  Item 6 added: New item\n  Items 6–18 renumbered 7–19\n"
    );
}

#[test]
fn identical_versions_have_no_changes_and_exit_0() {
    let tmp = two_copies();
    let run = agenda(tmp.path(), &["diff", "old", "new"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "无修改。\n"),
        "in the first language"
    );
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "No changes.\n"));
}

#[test]
fn json_lists_changes_as_data() {
    let tmp = two_copies();
    edit(
        &tmp.path().join("new/timeplan.yaml"),
        "en: \"Management team meeting\"",
        "en: \"Management team meeting (room C)\"",
    );
    edit(
        &tmp.path().join("new/meeting.yaml"),
        "en: Geneva",
        "en: Geneva, ITU headquarters",
    );
    let run = agenda(tmp.path(), &["diff", "old", "new", "--format", "json"]);
    assert_eq!(run.code, 0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["meta"][0]["field"], "venue");
    assert_eq!(json["agenda"], serde_json::json!([]));
    let change = &json["timeplan"][0];
    assert_eq!(change["kind"], "text_changed");
    assert_eq!(
        change["session"],
        serde_json::json!({
            "id": "2025-09-17/afternoon",
            "groups": [],
            "at": {"date": "2025-09-17", "slot": "afternoon"}
        })
    );
    assert_eq!(
        change["texts"]["en"][1],
        serde_json::json!({"op": "insert", "text": " (room C)"})
    );
    let text = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]).stdout;
    assert_eq!(
        text,
        "Meeting:\n  venue: Geneva{+, ITU headquarters+}\nTime plan:\n  Wednesday 17 September, afternoon: text changed: Management team meeting{+ (room C)+}\n"
    );
}

#[test]
fn revision_files_are_compared_stream_by_stream() {
    let dir = "agendas/sg12-2025-09";
    let run = agenda(
        &crate::common::root(),
        &[
            "diff",
            &format!("{dir}/revisions/agenda/0.yaml"),
            &format!("{dir}/revisions/agenda/1.yaml"),
            "--lang",
            "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        concat!(
            "Agenda:\n",
            "  Item 10 (now 9) retitled: [-Work-]{+Review of the work+} plan\n",
            "  Item 9 moved to 11: Schedule of ad hoc meetings\n",
            "  Item 12.1 added: Question 1/12 ad hoc meeting\n",
            "  Items 10–11 renumbered 9–10\n",
            "  C 65 moved from item 12 to item 13: Proposed definitions for in-vehicle communication quality, and their use in handset and hands-free test methods\n",
            "  C 72 Rev.1 replaces C 72: Proposed test plan for the subjective assessment of high-frame-rate video on mobile devices\n",
            "  C 88 withdrawn: Proposed IP packet transfer performance parameters for access networks, measured from the customer premises\n",
            "  TD215/GEN Rev.1 replaces TD215/GEN: Allocation of contributions and temporary documents to agenda items and Questions\n",
            "  TD218/GEN moved from item 14.3 to item 6: LS/i on the review of study group mandates and the coordination of work on artificial intelligence [from TSAG]\n",
            "  TD221/GEN added under item 12.1: Draft terms of reference of the Question 1/12 ad hoc group on QoS/QoE coordination for AI-based services\n",
            "  TD241/WP2 added under item 14.3: Draft LS/o on speech quality measurements in VoLTE and VoNR interoperability testing [to ITU-T SG11]\n",
        )
    );
    let md = agenda(
        &crate::common::root(),
        &[
            "diff",
            &format!("{dir}/revisions/timeplan/0.yaml"),
            &format!("{dir}/revisions/timeplan/1.yaml"),
            "--format",
            "md",
        ],
    );
    assert_eq!(
        md.stdout,
        "- 第1/12号课题：从9月9日星期二下午移至9月12日星期五晚间\n\
         - 第9/12号课题、第14/12号课题，9月12日星期五下午：新增文件TD217/GEN、C 72 Rev.1、C 78\n\
         - 第13/12号课题，9月15日星期一下午：取消\n\
         - 第5/12号课题：从9月16日星期二上午移至9月17日星期三下午\n\
         - 第14/12号课题，9月16日星期二上午：会议室改为H2（原为C1）\n\
         - 第12研究组全体会议：删除9月18日星期四晚间会议\n\
         - 管理班子：新增9月18日星期四晚间会议\n"
    );
    let html = agenda(
        &crate::common::root(),
        &[
            "diff",
            &format!("{dir}/agenda.yaml"),
            &format!("{dir}/revisions/agenda/0.yaml"),
            "--format",
            "html",
            "--lang",
            "en",
        ],
    );
    assert!(
        html.stdout.contains(
            "<li>Heading changed: <del>Draft agenda and time plan</del><ins>Agenda</ins></li>"
        ),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout.contains("<title>Changes</title>"),
        "{}",
        html.stdout
    );
}

/// Between two meeting folders every stream is compared: the drafts and each revision,
/// each under the document it belongs to.
#[test]
fn folders_are_compared_revision_by_revision() {
    let tmp = two_copies();
    edit(
        &tmp.path().join("new/revisions/agenda/1.yaml"),
        "en: \"Review of the work plan\"",
        "en: \"Review of the work programme\"",
    );
    std::fs::remove_file(tmp.path().join("new/revisions/timeplan/1.yaml")).unwrap();
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "TD210 Rev.1:\n  Agenda:\n    Item 9 retitled: Review of the work [-plan-]{+programme+}\nTD211 Rev.1: Deleted\n"
    );
    let md = agenda(
        tmp.path(),
        &["diff", "old", "new", "--format", "md", "--lang", "en"],
    );
    assert_eq!(
        md.stdout,
        "## TD210 Rev.1\n\n- Item 9 retitled: Review of the work {--plan--}{++programme++}\n\n## TD211 Rev.1\n\n- Deleted\n"
    );
    let json = agenda(tmp.path(), &["diff", "old", "new", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["revisions"][0]["document"], "TD210 Rev.1");
    assert_eq!(json["revisions"][1]["change"], "removed");
}

/// A language added or removed is one change; what is not translated is compared once.
#[test]
fn a_language_removed_is_one_change() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate::common::mini(), &tmp.path().join("old"));
    copy_dir(&crate::common::mini(), &tmp.path().join("new"));
    edit(
        &tmp.path().join("new/meeting.yaml"),
        "languages: [zh, en]",
        "languages: [en]",
    );
    let strip_zh = |file: &str| {
        let path = tmp.path().join("new").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: Vec<String> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("zh:"))
            .map(without_zh)
            .collect();
        std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    };
    for file in ["meeting.yaml", "agenda.yaml", "timeplan.yaml"] {
        strip_zh(file);
    }
    let run = agenda(tmp.path(), &["diff", "old", "new"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{}", run.stdout);
    assert_eq!(run.stdout, "Meeting:\n  languages: [-zh, -]en\n");
}

/// `{zh: 甲, en: A}` → `{en: A}`: the Chinese text of a flow mapping taken out.
fn without_zh(line: &str) -> String {
    let Some(start) = line.find("{zh: ") else {
        return line.to_string();
    };
    let rest = &line[start + 5..];
    let end = rest.find(", en:").map_or(0, |e| e + 2);
    format!("{}{{{}", &line[..start], &rest[end..])
}

#[test]
fn an_agenda_is_not_compared_with_a_time_plan() {
    let dir = "agendas/sg12-2025-09";
    let run = agenda(
        &crate::common::root(),
        &[
            "diff",
            &format!("{dir}/agenda.yaml"),
            &format!("{dir}/timeplan.yaml"),
        ],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: agendas/sg12-2025-09/agenda.yaml is an agenda and agendas/sg12-2025-09/timeplan.yaml is a time plan: compare like with like (two meeting folders, two agendas or two time plans)\n"
    );
    // The meeting's details are no version of a stream, whatever their text.
    let run = agenda(
        &crate::common::root().join(dir),
        &["diff", "meeting.yaml", "agenda.yaml"],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: meeting.yaml is not a version of the agenda or the time plan (those are agenda.yaml, timeplan.yaml and revisions/<agenda|timeplan>/N.yaml)\n  = hint: give two versions of one stream, or two meeting folders\n"
        )
    );
}

/// Files named from inside their meeting folder are read in that meeting.
#[test]
fn versions_named_from_inside_the_meeting_folder_are_compared() {
    let dir = crate::common::sample();
    let run = agenda(
        &dir,
        &[
            "diff",
            "timeplan.yaml",
            "revisions/timeplan/0.yaml",
            "--lang",
            "en",
        ],
    );
    let whole = agenda(
        &crate::common::root(),
        &[
            "diff",
            "agendas/sg12-2025-09/timeplan.yaml",
            "agendas/sg12-2025-09/revisions/timeplan/0.yaml",
            "--lang",
            "en",
        ],
    );
    assert_eq!((run.code, whole.code), (0, 0), "{}", run.stderr);
    assert_eq!(run.stdout, whole.stdout);
    assert!(run.stdout.len() > 100, "{}", run.stdout);
    // A copy kept beside the sources is read on its own, as what it holds.
    let tmp = crate::common::copy_meeting(&dir);
    let meeting = tmp.path().join("sg12-2025-09");
    std::fs::copy(meeting.join("agenda.yaml"), meeting.join("agenda-old.yaml")).unwrap();
    crate::common::edit(&meeting.join("agenda.yaml"), "会议开幕", "会议的开幕");
    let run = agenda(
        &meeting,
        &["diff", "agenda-old.yaml", "agenda.yaml", "--lang", "zh"],
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "议程：\n  第1项标题修改：会议{+的+}开幕\n")
    );
}

/// The revisions issue's "done when": two copies of a revision file, on their own, the
/// second with one item inserted before item 6.
#[test]
fn two_copies_of_a_revision_file_with_one_item_inserted() {
    let tmp = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string(crate::common::sample().join("revisions/agenda/1.yaml")).unwrap();
    std::fs::write(tmp.path().join("a.yaml"), &original).unwrap();
    let inserted = "  - id: new-item\n    title: {zh: 工作计划, en: New item, ar: بند جديد, fr: Nouveau point, ru: Новый пункт, es: Nuevo punto}\n  - id: tsag-results";
    std::fs::write(
        tmp.path().join("b.yaml"),
        original.replacen("  - id: tsag-results", inserted, 1),
    )
    .unwrap();
    let run = agenda(tmp.path(), &["diff", "a.yaml", "b.yaml", "--lang", "en"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "Agenda:\n  Item 6 added: New item\n  Items 6–18 renumbered 7–19\n"
    );
    let json = agenda(
        tmp.path(),
        &["diff", "a.yaml", "b.yaml", "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        value["agenda"].as_array().unwrap().len(),
        2,
        "one insertion and one renumbering, nothing else"
    );
}

/// Every field of meeting.yaml is compared: a document number or a zone is no less a
/// change than a title.
#[test]
fn every_meeting_field_is_compared() {
    let tmp = two_copies();
    let new = tmp.path().join("new/meeting.yaml");
    edit(&new, "agenda_update: TD210", "agenda_update: TD310");
    edit(&new, "time_zone: Europe/Zurich", "time_zone: Europe/Paris");
    edit(&new, "  en: Annex B", "  en: Annex C");
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in [
        "annex: Annex [-B-]{+C+}",
        "time zone: Europe/[-Zurich-]{+Paris+}",
        "agenda update: [-TD210-]{+TD310+}",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.stdout);
    }
}

/// `agenda diff … | head -1`: the reader goes away; the run ends quietly with 0.
#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    let tmp = two_copies();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["diff", "old", "new", "--format", "json"])
        .current_dir(tmp.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        crate::common::quiet(&String::from_utf8_lossy(&out.stderr)),
        ""
    );
}

/// A time plan sent around on its own whose dates cannot be read: an error that says so,
/// never "0 problems found".
#[test]
fn a_standalone_time_plan_without_readable_dates_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(sample().join("timeplan.yaml")).unwrap();
    std::fs::write(tmp.path().join("a.yaml"), &text).unwrap();
    std::fs::write(
        tmp.path().join("b.yaml"),
        text.replace("2025-09-", "2025-9x-"),
    )
    .unwrap();
    let run = agenda(tmp.path(), &["diff", "a.yaml", "b.yaml"]);
    assert_eq!(run.code, 1);
    // At the first row, the line after `days:`.
    let days = text.lines().position(|l| l == "days:").unwrap() + 2;
    assert!(
        run.stderr.starts_with(&format!(
            "error: no day of this time plan has a date that can be read\n  --> b.yaml:{days}:3\n"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("\n1 problem found\n"),
        "{}",
        run.stderr
    );
}

/// Text from the sources cannot move the terminal's cursor or reorder its line.
#[test]
fn control_characters_never_reach_the_terminal() {
    let tmp = two_copies();
    edit(
        &tmp.path().join("new/agenda.yaml"),
        "en: \"Opening of the meeting\"",
        "en: \"Opening\\u001b[2J of the \\u202emeeting\"",
    );
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{202e}'),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\\u{1b}[2J"), "{}", run.stdout);
}

/// The lines `agenda diff` says (`--format md`, in `lang`) between two versions of a
/// stream of the sample, without their list marks.
fn said(old: &str, new: &str, lang: &str, format: &str) -> Vec<String> {
    said_in(&sample(), [old, new], lang, format)
}

/// The lines `agenda diff` says between two files of the meeting folder `dir`.
fn said_in(dir: &std::path::Path, [old, new]: [&str; 2], lang: &str, format: &str) -> Vec<String> {
    let run = agenda(dir, &["diff", old, new, "--format", format, "--lang", lang]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    match format {
        "md" => (run.stdout.lines())
            .filter_map(|l| l.strip_prefix("- "))
            .map(str::to_string)
            .collect(),
        _ => (run.stdout.split("<li>").skip(1))
            .filter_map(|l| l.split("</li>").next())
            .map(str::to_string)
            .collect(),
    }
}

/// A Markdown line of a summary as its newer version reads: deleted words left out,
/// marks and spaces aside.
fn newer(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("{--") {
        out.push_str(&rest[..at]);
        rest = rest[at..].split_once("--}").map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    read_in_pdf(&out)
}

/// The text of part `name` of a Word file, inserted and deleted alike, in document order
/// and without spaces.
fn word_text(docx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    let mut out = String::new();
    for piece in xml.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        let name = tag.split([' ', '/']).next().unwrap_or("");
        if name == "w:t" || name == "w:delText" {
            out.push_str(
                &text
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'"),
            );
        }
    }
    out.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What a reader of a PDF reads of a Markdown line: its text, marks and spaces aside.
fn read_in_pdf(line: &str) -> String {
    let marks = ["{++", "++}", "{--", "--}", "\\"];
    let text = marks.iter().fold(line.to_string(), |t, m| t.replace(m, ""));
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_changes_document_says_every_line_agenda_diff_says_in_every_format() {
    let out = crate::common::build_sample(&["--format", "md,html,pdf,docx", "--lang", "en,zh"]);
    let meeting = out.path().join("sg12-2025-09");
    let pairs = [
        ("agenda.yaml", "revisions/agenda/0.yaml", "td210"),
        (
            "revisions/agenda/0.yaml",
            "revisions/agenda/1.yaml",
            "td210-rev1",
        ),
        ("timeplan.yaml", "revisions/timeplan/0.yaml", "td211"),
        (
            "revisions/timeplan/0.yaml",
            "revisions/timeplan/1.yaml",
            "td211-rev1",
        ),
    ];
    for lang in ["en", "zh"] {
        for (old, new, doc) in pairs {
            let file = |ext: &str| {
                let path = meeting.join(format!("{lang}/{doc}-changes.{ext}"));
                std::fs::read(path).unwrap()
            };
            let md = String::from_utf8(file("md")).unwrap();
            let html = String::from_utf8(file("html")).unwrap();
            let pdf = pdf_extract::extract_text_from_mem(&file("pdf")).unwrap();
            let pdf: String = pdf.chars().filter(|c| !c.is_whitespace()).collect();
            let word = word_text(&file("docx"), "word/comments.xml");
            let lines = said(old, new, lang, "md");
            assert!(!lines.is_empty(), "{lang} {doc}");
            for line in &lines {
                assert!(
                    md.contains(&format!("- {line}\n")),
                    "{lang} {doc}.md: {line}"
                );
                assert!(pdf.contains(&read_in_pdf(line)), "{lang} {doc}.pdf: {line}");
                // Word's summary of changes is a comment, each line as it now reads.
                assert!(word.contains(&newer(line)), "{lang} {doc}.docx: {line}");
            }
            for line in said(old, new, lang, "html") {
                let li = format!("<li>{line}</li>");
                assert!(html.contains(&li), "{lang} {doc}.html: {line}");
            }
        }
    }
}

#[test]
fn a_changes_document_of_the_grid_fixture_says_every_line_agenda_diff_says() {
    let tmp = crate::common::copy_meeting(
        &crate::common::root().join("tests/fixtures/grid/sg12-2026-03"),
    );
    let dir = tmp.path().join("sg12-2026-03");
    let edit = |from: &str, to: &str| crate::common::edit(&dir.join("timeplan.yaml"), from, to);
    edit(
        "heading: {zh: 时间计划草案, en: Draft time plan}\n",
        "heading: {zh: 时间计划草案, en: Draft time plan}\nbanner: {zh: 本时间计划为暂定。, en: This time plan is tentative.}\n",
    );
    let run = crate::common::revise_meeting(
        tmp.path(),
        ("sg12-2026-03", "timeplan"),
        "Rooms",
        "2026-03-03",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let revision = dir.join("revisions/timeplan/0.yaml");
    let edit = |from: &str, to: &str| crate::common::edit(&revision, from, to);
    // The banner reworded, a group's short form and a session's code, room and hours
    // changed, a footnote's text changed.
    edit(
        "{zh: 本时间计划为暂定。, en: This time plan is tentative.}",
        "{zh: 本时间计划为最终版。, en: This time plan is final.}",
    );
    edit("code: \"WP1/12\"", "code: \"WP1\"");
    edit("    code: PL-1\n", "    code: PL-01\n");
    edit("    room: c2\n", "    room: h2\n");
    edit("    end: \"15:30\"\n", "    end: \"15:15\"\n");
    edit(
        "{zh: 专门用于完成报告的会议, en: Session devoted to finalizing the report}",
        "{zh: 专门用于报告的会议, en: Session devoted to the report}",
    );
    let run = agenda(
        tmp.path(),
        &[
            "build",
            "sg12-2026-03",
            "-o",
            "out",
            "--format",
            "md,html,pdf",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = ["timeplan.yaml", "revisions/timeplan/0.yaml"];
    for lang in ["en", "zh"] {
        let file = |ext: &str| {
            let path = tmp
                .path()
                .join(format!("out/sg12-2026-03/{lang}/td11-changes.{ext}"));
            std::fs::read(path).unwrap()
        };
        let md = String::from_utf8(file("md")).unwrap();
        let html = String::from_utf8(file("html")).unwrap();
        let pdf = pdf_extract::extract_text_from_mem(&file("pdf")).unwrap();
        let pdf: String = pdf.chars().filter(|c| !c.is_whitespace()).collect();
        let lines = said_in(&dir, files, lang, "md");
        assert_eq!(lines.len(), 6, "{lang}: {lines:?}");
        for line in &lines {
            assert!(md.contains(&format!("- {line}\n")), "{lang} md: {line}");
            assert!(pdf.contains(&read_in_pdf(line)), "{lang} pdf: {line}");
        }
        for line in said_in(&dir, files, lang, "html") {
            assert!(
                html.contains(&format!("<li>{line}</li>")),
                "{lang} html: {line}"
            );
        }
    }
}

/// Two neighbours exchanged, neither otherwise changed: a swap, not one of them "moved"
/// (a reviewer must not be told an untouched item moved); retitle one, and it is the one
/// that moved.
#[test]
fn two_neighbours_exchanged_are_a_swap() {
    let tmp = two_copies();
    let path = tmp.path().join("new/agenda.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let block = |id: &str| {
        let start = text.find(&format!("      - id: {id}\n")).unwrap();
        let end = text[start + 1..].find("      - id: ").unwrap() + start + 1;
        text[start..end].to_string()
    };
    let (liaison, new_work) = (block("liaison-statements"), block("new-work-items"));
    let swapped = text.replace(
        &format!("{liaison}{new_work}"),
        &format!("{new_work}{liaison}"),
    );
    assert_ne!(swapped, text);
    std::fs::write(&path, &swapped).unwrap();
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!(run.stdout, "Agenda:\n  Items 14.3 and 14.4 swapped\n");
    let json = agenda(tmp.path(), &["diff", "old", "new", "--format", "json"]).stdout;
    assert!(json.contains("\"kind\": \"swapped\""), "{json}");
    edit(
        &path,
        "en: \"Approval of new work items\"",
        "en: \"Approval of new work items, if any\"",
    );
    let run = agenda(tmp.path(), &["diff", "old", "new", "--lang", "en"]);
    assert_eq!(
        run.stdout,
        "Agenda:\n  Item 14.4 moved to 14.3: Approval of new work items, if any\n  \
         Item 14.4 (now 14.3) retitled: Approval of new work items{+, if any+}\n  \
         Item 14.3 renumbered 14.4\n"
    );
}
