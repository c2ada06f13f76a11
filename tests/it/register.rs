//! The document register: the same register read from YAML, CSV and an Excel workbook
//! gives the same files, byte for byte; its mistakes, and those of the allocations, are
//! said where they are written (a workbook's at its row and column, naming the cell).

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{agenda, copy_meeting, edit, files, quiet, root, sample};

/// A copy of the sample whose register is `register` (a file of
/// `tests/fixtures/register/`, in place of its own `documents.yaml`), where given.
fn sample_with(register: Option<&str>) -> tempfile::TempDir {
    let tmp = copy_meeting(&sample());
    let dir = tmp.path().join("sg12-2025-09");
    if let Some(name) = register {
        std::fs::remove_file(dir.join("documents.yaml")).unwrap();
        let from = root().join("tests/fixtures/register").join(name);
        std::fs::copy(from, dir.join(Path::new(name).file_name().unwrap())).unwrap();
    }
    tmp
}

/// The files of the sample built (in English: Markdown, HTML, Typst, Word, calendars)
/// with `register` (a file of `tests/fixtures/register/`, or the sample's own YAML) as
/// its register; the manifest aside (it records the sources' names and hashes).
fn built_with(register: Option<&str>) -> BTreeMap<String, Vec<u8>> {
    let tmp = sample_with(register);
    let args = [
        "build",
        "sg12-2025-09",
        "-o",
        "out",
        "--lang",
        "en",
        "--format",
        "md,html,typ,docx,ics",
    ];
    let run = agenda(tmp.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut out = files(&tmp.path().join("out/sg12-2025-09"));
    out.remove("manifest.json");
    out
}

#[test]
fn a_register_read_from_csv_or_a_workbook_gives_the_same_files_as_from_yaml() {
    let yaml = built_with(None);
    let td210 = String::from_utf8(yaml["en/td210-rev1-changes.md"].clone()).unwrap();
    assert!(td210.contains("- C 88 withdrawn: "), "{td210}");
    for name in ["documents.csv", "documents.xlsx"] {
        let other = built_with(Some(name));
        assert_eq!(
            other.keys().collect::<Vec<_>>(),
            yaml.keys().collect::<Vec<_>>(),
            "{name}"
        );
        for (file, bytes) in &yaml {
            assert!(other[file] == *bytes, "{name}: {file} differs");
        }
    }
}

/// `agenda check` of the sample with its register replaced by `name` (a fixture) or
/// edited by `change`: its standard error, the sample's usual warning aside.
fn checked(register: Option<&str>, change: impl Fn(&Path)) -> String {
    let tmp = sample_with(register);
    change(&tmp.path().join("sg12-2025-09"));
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    quiet(&run.stderr)
}

#[test]
fn a_bad_cell_of_a_workbook_is_said_at_its_row_and_column() {
    let said = checked(Some("spoilt/documents.xlsx"), |_| {});
    assert_eq!(
        said,
        "error: `2025-02-30` is no such date (cell D3)\n --> sg12-2025-09/documents.xlsx:3:4\n  = hint: write dates as YYYY-MM-DD, e.g. 2025-09-09\n\nerror: cell F4 holds a spreadsheet error (#REF!)\n --> sg12-2025-09/documents.xlsx:4:6\n  = hint: correct the formula in the spreadsheet, or type the value itself\n\n2 problems found\n"
    );
}

#[test]
fn a_bad_cell_of_a_csv_file_is_said_at_its_line_and_column() {
    let said = checked(Some("documents.csv"), |dir| {
        edit(&dir.join("documents.csv"), ",2025-07-16,", ",16/07/2025,");
        edit(
            &dir.join("documents.csv"),
            "Q2/12; Q5/12,",
            "Q2/12; Q55/12,",
        );
    });
    let caret = |at: usize, len: usize| format!("{}{}", " ".repeat(at), "^".repeat(len));
    let expected = format!(
        "error: unknown group `Q55/12` in the time plan\n --> sg12-2025-09/documents.csv:6:201\n  |\n6 | C 65,\"Proposed definitions for in-vehicle communication quality, and their use in handset and hands-free test methods\",Lumenor Automotive,2025-08-04,6,https://www.itu.int/md/T25-SG12-C-0065/en,Q2/12; Q55/12,submitted,\n  | {}\n  = hint: did you mean `Q5/12`? (expected one of `sg12`, `q1`, `q2`, `wp1`, `q5`, `q7`, `wp2`, `q9`, `q14`, `wp3`, `q12`, `q13`, `mt`, `SG12`, `Q1/12`, `Q2/12`, `WP1/12`, `Q5/12`, `Q7/12`, `WP2/12`, `Q9/12`, `Q14/12`, `WP3/12`, `Q12/12`, `Q13/12`)\n\nerror: `16/07/2025` is not a date\n --> sg12-2025-09/documents.csv:7:121\n  |\n7 | C 66,Proposed test method for the acoustic echo control of wideband headsets in noisy environments,Brightmere Acoustics,16/07/2025,11,https://www.itu.int/md/T25-SG12-C-0066/en,Q5/12,submitted,\n  | {}\n  = hint: write dates as YYYY-MM-DD, e.g. 2025-09-09\n\n2 problems found\n",
        caret(200, 6),
        caret(120, 10)
    );
    assert_eq!(said, expected);
}

#[test]
fn allocations_are_checked_against_the_register() {
    let said = checked(None, |dir| {
        let rev1 = dir.join("revisions/agenda/1.yaml");
        edit(
            &rev1,
            "documents: [TD210, TD211]",
            "documents: [TD210, TD211, TD210, C 88, C 6]",
        );
    });
    assert_eq!(
        said,
        "error: revisions/agenda/1.yaml was published and has been edited since (its hash in revisions.lock differs)\n --> sg12-2025-09/revisions/agenda/1.yaml\n  = hint: undo the edit and start the next revision with `agenda revise`; to re-publish this file as it is now, run `agenda publish --republish`\n\nerror: document TD210 is allocated twice under item 2 (first at 39:17)\n  --> sg12-2025-09/revisions/agenda/1.yaml:39:31\n   |\n39 |     documents: [TD210, TD211, TD210, C 88, C 6]\n   |                               ^^^^^\n   = hint: allocate it once, under the item (or sub-item) where it is taken\n\nerror: document C 88 was withdrawn on 2025-09-10; this issue (2025-09-11) still allocates it under item 2\n  --> sg12-2025-09/revisions/agenda/1.yaml:39:38\n   |\n39 |     documents: [TD210, TD211, TD210, C 88, C 6]\n   |                                      ^^^^\n   = hint: remove C 88 from item 2 (the changes document then says it was withdrawn)\n\nerror: unknown document `C 6` in the register\n  --> sg12-2025-09/revisions/agenda/1.yaml:39:44\n   |\n39 |     documents: [TD210, TD211, TD210, C 88, C 6]\n   |                                            ^^^\n   = hint: did you mean `C 86`? Otherwise add it to the register\n\n4 problems found\n"
    );
}

/// An issue that allocates documents ends with the allocation table: every document
/// registered by its date, by number, and where it is taken (withdrawn, replaced by a
/// revision, or not yet); HTML sorts it by number or by item; a changes document marks
/// its rows and cells. The letter's draft, which allocates nothing, has none.
#[test]
fn an_issue_ends_with_its_allocation_table() {
    let files = built_with(None);
    let text = |name: &str| String::from_utf8(files[name].clone()).unwrap();
    let rev1 = text("en/td210-rev1.md");
    let table = &rev1[rev1.find("## Allocation of documents").expect("a table")..];
    for row in [
        "| Document | Title | Source | Agenda item |",
        "| [C 65](<https://www.itu.int/md/T25-SG12-C-0065/en>) | Proposed definitions for in-vehicle communication quality, and their use in handset and hands-free test methods | Lumenor Automotive | 13 |",
        "| [C 72](<https://www.itu.int/md/T25-SG12-C-0072/en>) | Proposed test plan for the subjective assessment of high-frame-rate video on mobile devices | Halcyon Media Research | replaced by C 72 Rev.1 |",
        "| [C 88](<https://www.itu.int/md/T25-SG12-C-0088/en>) | Proposed IP packet transfer performance parameters for access networks, measured from the customer premises | Norvale Networks | withdrawn |",
        "| [TD241/WP2](<https://www.itu.int/md/T25-SG12-250909-TD-WP2-0241/en>) | Draft LS/o on speech quality measurements in VoLTE and VoNR interoperability testing \\[to ITU-T SG11\\] | Rapporteur Q9/12 | 14.3 |",
    ] {
        assert!(
            table.lines().any(|l| l == row),
            "no row {row:?} in\n{table}"
        );
    }
    let changes = text("en/td210-rev1-changes.md");
    assert!(
        changes.contains("| Lumenor Automotive | {--12--}{++13++} |"),
        "{changes}"
    );
    assert!(
        changes.contains("| Norvale Networks | {--13--}{++withdrawn++} |"),
        "{changes}"
    );
    let html = text("en/td210-rev1.html");
    assert!(html.contains("<button type=\"button\" data-sort=\"number\" title=\"Sort by this column\">Document</button>"), "{html}");
    assert!(
        html.contains("<tr data-number=\"C0000000072REV.0000000001\" data-item=\"0000000013\">"),
        "{html}"
    );
    assert!(!text("en/draft.md").contains("Allocation of documents"));
}

/// A session of the time plan may list its documents (TD211 Rev.1's joint session of
/// Questions 9/12 and 14/12 does): its group pages show them, the diff says what the
/// issue added, and each is checked against the register as of the plan's date.
#[test]
fn a_session_lists_its_own_documents() {
    let files = built_with(None);
    let q9 = String::from_utf8(files["en/groups/q9.md"].clone()).unwrap();
    let friday = q9
        .find("### Friday 12 September · 14:30–17:30\n\n- [TD217/GEN](")
        .expect("the joint session's documents");
    let listed: Vec<&str> = q9[friday..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("- "))
        .collect();
    assert_eq!(listed.len(), 3, "{q9}");
    assert!(listed[1].starts_with("- [C 72 Rev.1]("), "{q9}");
    let changes = String::from_utf8(files["en/td211-rev1-changes.md"].clone()).unwrap();
    let line = "- Question 9/12 + Question 14/12, Friday 12 September, afternoon: documents added: TD217/GEN, C 72 Rev.1, C 78";
    assert!(changes.lines().any(|l| l == line), "{changes}");
    let said = checked(None, |dir| {
        let rev1 = dir.join("revisions/timeplan/1.yaml");
        edit(
            &rev1,
            "documents: [TD217/GEN, C 72 Rev.1, C 78]",
            "documents: [TD217/GEN, C 88, C 78, TD217/GEN]",
        );
    });
    assert!(said.contains("error: document C 88 was withdrawn on 2025-09-10; this issue (2025-09-12) still allocates it for session q9-q14\n"), "{said}");
    assert!(
        said.contains("error: document TD217/GEN is listed twice for session q9-q14\n"),
        "{said}"
    );
}

/// An issue that allocates a document the register dates after it is warned of: one of
/// the two dates is wrong.
#[test]
fn a_document_registered_after_the_issue_that_allocates_it_is_a_warning() {
    let said = checked(None, |dir| {
        let td210 = dir.join("revisions/agenda/0.yaml");
        edit(
            &td210,
            "documents: [TD210, TD211]",
            "documents: [TD210, TD211, TD221/GEN]",
        );
    });
    let warning = "warning: document TD221/GEN is registered on 2025-09-10, after this issue (2025-09-09) that allocates it under item 2\n  --> sg12-2025-09/revisions/agenda/0.yaml:38:31\n";
    assert!(said.contains(warning), "{said}");
}
