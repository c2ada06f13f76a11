//! Word files: every document of the sample as `.docx`, deterministic, well formed, with
//! every title and cell; the changes documents' revision marks give, accepted, the newer
//! document's text and, rejected, the older one's; a reference document of one's own
//! changes every file built.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::common::build_sample;

/// The parts of a `.docx`, by name, in the zip's order.
pub fn parts(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().unwrap().into_owned(), data)
        })
        .collect()
}

pub fn part(path: &Path, name: &str) -> String {
    let all: BTreeMap<String, Vec<u8>> = parts(path).into_iter().collect();
    String::from_utf8(all[name].clone()).unwrap()
}

/// Which revision marks a reading applies: none, "accept all", or "reject all".
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    AsIs,
    Accept,
    Reject,
}

/// What a paragraph or a table row reads: (style or "row", text).
type Line = (String, String);

/// The text of `document.xml` as Word shows it after `reading`: each paragraph (a
/// paragraph whose mark is removed joined to the next, as Word joins them), each table
/// row as its cells' texts; empty paragraphs (page and section breaks) left out. Direct
/// formatting shows as `⟨i⟩…⟨/i⟩` and `⟨b⟩…⟨/b⟩` where it starts and ends, whatever
/// the runs, and a link as `⟨link "address"⟩…⟨/link⟩`.
fn read(xml: &str, reading: Reading) -> Vec<Line> {
    walk(xml, reading, true)
}

/// [`read`], its formatting and links shown (`formatting`) or not.
fn walk(xml: &str, reading: Reading, formatting: bool) -> Vec<Line> {
    let drop = match reading {
        Reading::AsIs => "",
        Reading::Accept => "w:del",
        Reading::Reject => "w:ins",
    };
    let mut r = Reader::from_str(xml);
    let mut st = Walk {
        formatting,
        ..Walk::default()
    };
    let mut skip = 0usize;
    loop {
        let e = r.read_event().unwrap();
        if skip > 0 {
            match e {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                _ => {}
            }
            continue;
        }
        match e {
            Event::Eof => break,
            Event::Start(s) if s.name().as_ref() == drop && !st.in_ppr && !st.in_trpr => skip = 1,
            Event::Start(s) => st.start(s.name().as_ref()),
            Event::Empty(s) => st.empty(&s, drop),
            Event::Text(_) if st.in_instr && !st.formatting => {}
            Event::Text(t) if st.in_instr => st.text.push_str(&format!(
                "⟨link {}⟩",
                t.xml10_content().trim().trim_start_matches("HYPERLINK ")
            )),
            Event::Text(t) if st.in_text => st.push(&t.xml10_content()),
            Event::GeneralRef(g) if st.in_text => {
                st.push(quick_xml::escape::resolve_predefined_entity(&g).unwrap_or(""));
            }
            Event::End(e) => st.end(e.name().as_ref()),
            _ => {}
        }
    }
    st.out
}

/// Where [`read`] is in the document.
#[derive(Default)]
struct Walk {
    out: Vec<Line>,
    in_ppr: bool,
    in_trpr: bool,
    in_text: bool,
    in_cell: bool,
    text: String,
    /// The text of paragraphs joined to the next.
    carry: String,
    style: String,
    joined: bool,
    row: Vec<String>,
    row_dropped: bool,
    in_rpr: bool,
    in_instr: bool,
    /// In the properties a paragraph had before they changed (`w:pPrChange`): rejected,
    /// they are its properties again.
    in_props_before: bool,
    /// The formatting of the run being read, and of the text so far: (italic, bold).
    run: (bool, bool),
    shown: (bool, bool),
    /// Whether formatting and links are shown.
    formatting: bool,
}

impl Walk {
    /// Text of the run being read, after markers where its formatting differs from the
    /// text before it.
    fn push(&mut self, t: &str) {
        if !self.formatting {
            self.text.push_str(t);
            return;
        }
        let marks = [
            (self.shown.0, self.run.0, "i"),
            (self.shown.1, self.run.1, "b"),
        ];
        for (was, is, tag) in marks {
            match (was, is) {
                (true, false) => self.text.push_str(&format!("⟨/{tag}⟩")),
                (false, true) => self.text.push_str(&format!("⟨{tag}⟩")),
                _ => {}
            }
        }
        self.shown = self.run;
        self.text.push_str(t);
    }

    fn start(&mut self, name: &str) {
        match name {
            "w:r" => self.run = (false, false),
            "w:rPr" if !self.in_ppr => self.in_rpr = true,
            "w:instrText" | "w:delInstrText" => self.in_instr = true,
            "w:pPr" => self.in_ppr = true,
            "w:pPrChange" => self.in_props_before = true,
            "w:trPr" => self.in_trpr = true,
            "w:tc" => {
                self.in_cell = true;
                self.row.push(String::new());
            }
            "w:t" | "w:delText" => self.in_text = true,
            _ => {}
        }
    }

    fn empty(&mut self, s: &quick_xml::events::BytesStart, drop: &str) {
        match s.name().as_ref() {
            n if n == drop && self.in_ppr => self.joined = true,
            n if n == drop && self.in_trpr => self.row_dropped = true,
            // The style a paragraph had before counts where its changes are rejected.
            "w:pStyle" if self.in_props_before && drop != "w:ins" => {}
            "w:pStyle" if self.in_ppr => {
                let v = s.try_get_attribute("w:val").unwrap().unwrap();
                self.style = v.value.into_owned();
            }
            "w:i" if self.in_rpr => self.run.0 = true,
            "w:b" if self.in_rpr => self.run.1 = true,
            "w:fldChar"
                if s.try_get_attribute("w:fldCharType").unwrap().unwrap().value == "end" =>
            {
                self.text.push_str("⟨/link⟩");
            }
            "w:tab" if !self.in_ppr => self.text.push('\t'),
            "w:br" => self.text.push('\n'),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "w:pPr" => self.in_ppr = false,
            "w:pPrChange" => self.in_props_before = false,
            "w:rPr" => self.in_rpr = false,
            "w:instrText" | "w:delInstrText" => self.in_instr = false,
            "w:trPr" => self.in_trpr = false,
            "w:t" | "w:delText" => self.in_text = false,
            "w:p" => self.paragraph(),
            "w:tc" => self.in_cell = false,
            "w:tr" => {
                let cells = std::mem::take(&mut self.row);
                if !std::mem::take(&mut self.row_dropped) {
                    self.out.push(("row".into(), cells.join(" | ")));
                }
            }
            _ => {}
        }
    }

    fn paragraph(&mut self) {
        self.run = (false, false);
        self.push("");
        let t = std::mem::take(&mut self.carry) + &std::mem::take(&mut self.text);
        let style = std::mem::take(&mut self.style);
        if std::mem::take(&mut self.joined) {
            self.carry = t;
        } else if self.in_cell {
            if let Some(c) = self.row.last_mut() {
                c.push_str(&t);
            }
        } else if !t.is_empty() {
            self.out.push((style, t));
        }
    }
}

fn document(dir: &Path, lang: &str, name: &str) -> String {
    part(
        &dir.join(format!("{lang}/{name}.docx")),
        "word/document.xml",
    )
}

/// The agenda's part of a document: its heading, items and notes.
fn agenda_part(lines: &[Line]) -> Vec<Line> {
    let first = lines
        .iter()
        .position(|(s, _)| s.starts_with("AgendaItem"))
        .unwrap();
    let rest = &lines[first - 1..];
    let end = (1..rest.len())
        .find(|i| !rest[*i].0.starts_with("AgendaItem") && rest[*i].0 != "Note")
        .unwrap_or(rest.len());
    rest[..end].to_vec()
}

/// The time plan's part of a document: from its heading to the chair's line.
fn plan_part(lines: &[Line]) -> Vec<Line> {
    let first = lines
        .iter()
        .position(|(s, _)| s == "row" || s == "Caption")
        .unwrap();
    let end = lines.iter().position(|(s, _)| s == "Closing").unwrap();
    lines[first - 1..end].to_vec()
}

/// Builds the Word files of `args` (a meeting, then options) in `dir` into `dir/out`.
fn build_word(dir: &Path, args: &[&str]) {
    let mut all = vec!["build", "--format", "docx", "-o", "out"];
    all.extend_from_slice(args);
    let run = crate::common::agenda(dir, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// `<new>-changes` of `out` in `lang`, its marks all accepted, reads as `new`, and all
/// rejected as `old`.
fn assert_reads_back(out: &Path, lang: &str, (new, old): (&str, &str)) {
    let changes = document(out, lang, &format!("{new}-changes"));
    let newer = read(&document(out, lang, new), Reading::AsIs);
    assert_eq!(read(&changes, Reading::Accept), newer, "{lang} {new}");
    let older = read(&document(out, lang, old), Reading::AsIs);
    assert_eq!(read(&changes, Reading::Reject), older, "{lang} {old}");
}

#[test]
fn accepting_all_marks_gives_the_new_revision_and_rejecting_them_the_old() {
    let tmp = build_sample(&["--format", "docx"]);
    let out = tmp.path().join("sg12-2025-09");
    for lang in ["en", "zh", "ar", "fr", "ru", "es"] {
        for (new, old) in [("td210-rev1", "td210"), ("td211-rev1", "td211")] {
            let changes = document(&out, lang, &format!("{new}-changes"));
            assert!(changes.contains("<w:ins w:id="), "{lang} {new}");
            assert!(changes.contains("<w:del w:id="), "{lang} {new}");
            assert_reads_back(&out, lang, (new, old));
        }
        let draft = read(&document(&out, lang, "draft"), Reading::AsIs);
        let td210 = read(&document(&out, lang, "td210-changes"), Reading::Reject);
        assert_eq!(
            agenda_part(&td210),
            agenda_part(&draft),
            "{lang} draft agenda"
        );
        let td211 = read(&document(&out, lang, "td211-changes"), Reading::Reject);
        assert_eq!(plan_part(&td211), plan_part(&draft), "{lang} draft plan");
        assert_breaks_inserted(&document(&out, lang, "td211-changes"), lang);
        for new in ["td210", "td211"] {
            let accepted = read(
                &document(&out, lang, &format!("{new}-changes")),
                Reading::Accept,
            );
            assert_eq!(
                accepted,
                read(&document(&out, lang, new), Reading::AsIs),
                "{lang} {new}"
            );
        }
    }
}

/// The text of the Word file at `path`, a paragraph or table row a line.
/// The draft has no landscape pages, TD211 has its plan by group on two: every section
/// break and page break of TD211's changes document is inserted with its paragraph
/// (rejected, no landscape page is left).
fn assert_breaks_inserted(changes: &str, lang: &str) {
    let props = changes
        .split("<w:p><w:pPr>")
        .skip(1)
        .filter_map(|p| p.split("</w:pPr>").next());
    let breaks: Vec<&str> = props
        .filter(|p| p.contains("<w:sectPr>") || p.contains("<w:pageBreakBefore/>"))
        .collect();
    assert_eq!(breaks.len(), 3, "{lang}: {breaks:?}");
    for b in breaks {
        assert!(b.contains("<w:rPr><w:ins w:id="), "{lang}: {b}");
    }
}

pub fn text_of(path: &Path) -> String {
    let lines = walk(&part(path, "word/document.xml"), Reading::AsIs, false);
    lines
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every XML part of `path` parses, each element closed where it opened.
pub fn assert_well_formed(path: &Path) {
    for (name, bytes) in parts(path) {
        if !name.ends_with(".xml") && !name.ends_with(".rels") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        let forbidden =
            |c: char| c < ' ' && !"\t\n\r".contains(c) || c == '\u{FFFE}' || c == '\u{FFFF}';
        assert!(
            !text.contains(forbidden),
            "{} {name}: a character XML forbids",
            path.display()
        );
        let mut r = Reader::from_str(&text);
        r.config_mut().check_end_names = true;
        let mut depth = 0i64;
        loop {
            match r.read_event() {
                Ok(Event::Eof) => break,
                Ok(Event::Start(_)) => depth += 1,
                Ok(Event::End(_)) => depth -= 1,
                Ok(_) => {}
                Err(e) => panic!("{} {name}: {e}", path.display()),
            }
        }
        assert_eq!(depth, 0, "{} {name}", path.display());
    }
}

#[test]
fn every_document_is_well_formed_deterministic_and_holds_every_title_and_cell() {
    let first = build_sample(&["--format", "docx"]);
    let second = build_sample(&["--format", "docx"]);
    let out = first.path().join("sg12-2025-09");
    let mut count = 0;
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        for doc in crate::build::SAMPLE_DOCUMENTS {
            let path = out.join(format!("{lang}/{doc}.docx"));
            let again = second
                .path()
                .join(format!("sg12-2025-09/{lang}/{doc}.docx"));
            assert_eq!(
                std::fs::read(&path).unwrap(),
                std::fs::read(&again).unwrap(),
                "{lang} {doc}"
            );
            assert_well_formed(&path);
            count += 1;
        }
        let text = read(&document(&out, lang, "draft"), Reading::AsIs);
        let all: String = text
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let squeezed: String = all.chars().filter(|c| !c.is_whitespace()).collect();
        for expected in crate::build::meeting_texts(&crate::common::sample(), lang) {
            assert!(squeezed.contains(&expected), "{lang}: no {expected:?}");
        }
    }
    assert_eq!(count, 54);
}

#[test]
fn the_drafts_document_xml_matches_its_snapshots() {
    let tmp = build_sample(&["--format", "docx", "--lang", "zh,en"]);
    let out = tmp.path().join("sg12-2025-09");
    for lang in ["zh", "en"] {
        insta::assert_snapshot!(
            format!("docx_{lang}_draft_document_xml"),
            document(&out, lang, "draft")
        );
    }
}

#[test]
fn the_changes_marks_are_the_revisions_dated_and_by_the_secretariat() {
    let tmp = build_sample(&["--format", "docx", "--lang", "en"]);
    let path = tmp.path().join("sg12-2025-09/en/td210-rev1-changes.docx");
    let xml = part(&path, "word/document.xml");
    let by = "w:author=\"ITU-T Study Group 12\" w:date=\"2025-09-11T00:00:00Z\"";
    let marks = xml.matches("<w:ins w:id=").count() + xml.matches("<w:del w:id=").count();
    assert!(marks > 10, "{marks}");
    assert_eq!(xml.matches(by).count(), marks);
    // Where item 9 moved from is a comment, as is the summary of changes.
    let comments = part(&path, "word/comments.xml");
    assert!(comments.contains("(moved from item 9)"), "{comments}");
    assert!(comments.contains("• Item 12.1 added"), "{comments}");
    let core = part(&path, "docProps/core.xml");
    assert!(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-09-11T00:00:00Z"));
}

/// `reference` (the parts of a `.docx`) with `edit` applied to part `name`, as a `.docx`.
fn edited(
    reference: Vec<(String, Vec<u8>)>,
    name: &str,
    edit: impl Fn(String) -> String,
) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (n, bytes) in reference {
        let bytes = match n == name {
            true => edit(String::from_utf8(bytes).unwrap()).into_bytes(),
            false => bytes,
        };
        w.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(&bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn a_reference_document_of_ones_own_changes_every_word_file() {
    let tmp = crate::common::copy_meeting(&crate::common::sample());
    let templates = tmp.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let builtin = templates.join("builtin.docx");
    let run = crate::common::agenda(tmp.path(), &["reference-docx", "templates/builtin.docx"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "wrote templates/builtin.docx\n")
    );
    let mine = edited(parts(&builtin), "word/styles.xml", |s| {
        s.replace("Libertinus Serif", "Gentium Plus")
    });
    std::fs::write(templates.join("reference.docx"), &mine).unwrap();
    let mine = edited(
        parts(&templates.join("reference.docx")),
        "word/document.xml",
        |s| s.replace("w:left=\"1134\"", "w:left=\"2268\""),
    );
    std::fs::write(templates.join("reference.docx"), mine).unwrap();
    build_word(tmp.path(), &["sg12-2025-09"]);
    let out = tmp.path().join("out/sg12-2025-09");
    let mut count = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let styles = part(&path, "word/styles.xml");
        assert!(
            styles.contains("w:ascii=\"Gentium Plus\""),
            "{}",
            path.display()
        );
        assert!(!styles.contains("Libertinus"), "{}", path.display());
        let xml = part(&path, "word/document.xml");
        assert!(xml.contains("w:left=\"2268\""), "{}", path.display());
        assert!(!xml.contains("w:left=\"1134\""), "{}", path.display());
        count += 1;
    }
    assert_eq!(count, 60);
}

#[test]
fn a_reference_document_that_is_not_one_is_refused_with_its_path() {
    let tmp = crate::common::copy_meeting(&crate::common::mini());
    std::fs::create_dir_all(tmp.path().join("templates")).unwrap();
    std::fs::write(tmp.path().join("templates/reference.docx"), "not a zip").unwrap();
    let run = crate::common::agenda(tmp.path(), &["build", "m", "--format", "docx", "-o", "out"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: templates/reference.docx: cannot be used as the reference document: it is not a zip package, as a .docx is\n  = hint: save it from Word or LibreOffice as a .docx, or remove it to use the built-in one (`agenda reference-docx` writes that one out)\n"
    );
    // Without Word files asked for, the reference is not read.
    let run = crate::common::agenda(tmp.path(), &["build", "m", "--format", "md", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn tables_merge_cells_repeat_headers_and_read_right_to_left_in_arabic() {
    let tmp = build_sample(&["--format", "docx", "--lang", "ar,zh,en"]);
    let out = tmp.path().join("sg12-2025-09");
    let en = document(&out, "en", "td211");
    for expected in [
        "<w:gridSpan w:val=\"",
        "<w:vMerge w:val=\"restart\"/>",
        "<w:vMerge/>",
        "<w:tblHeader/>",
        // The plan by group on landscape pages, between portrait ones.
        "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>",
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        "<w:lang w:val=\"en-GB\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>",
        // Each table named for screen readers, as the PDF's captions do.
        "<w:tblCaption w:val=\"By day\"/>",
        "<w:tblCaption w:val=\"By group, 8 September - 14 September\"/>",
    ] {
        assert!(en.contains(expected), "en: no {expected}");
    }
    assert!(!en.contains("<w:rtl/>") && !en.contains("<w:bidi/>"));
    let ar = document(&out, "ar", "td211");
    for expected in [
        "<w:bidiVisual/>",
        "<w:rtl/>",
        "<w:bidi/></w:pPr>",
        "<w:bidi/></w:sectPr>",
    ] {
        assert!(ar.contains(expected), "ar: no {expected}");
    }
    let zh = document(&out, "zh", "draft");
    assert!(zh.contains("<w:rFonts w:hint=\"eastAsia\"/>"));
    // The weekend's row: one cell across the day column and the three slots.
    assert!(
        zh.contains("<w:gridSpan w:val=\"4\"/>"),
        "zh: the weekend is not merged"
    );
}

/// `text` with the block that starts at `from` (up to `to`) cut out, and that block.
fn cut(text: &mut String, from: &str, to: &str) -> String {
    let start = text.find(from).unwrap();
    let end = start + text[start..].find(to).unwrap();
    let block = text[start..end].to_string();
    text.replace_range(start..end, "");
    block
}

/// Second revisions of the sample's agenda and time plan, each making a change of every
/// kind the first ones do not: an item added first, an item with sub-items removed, an
/// item moved earlier, a sub-item moved into another item, the heading and a note
/// changed, a note added; the plan by day dropped, a slot's hours changed, the weekend's
/// text, a group renamed, a session removed and one moved to another room, a footnote
/// changed and one added.
fn second_revisions(meeting: &Path) {
    let dir = meeting.join("revisions");
    let mut a = std::fs::read_to_string(dir.join("agenda/1.yaml")).unwrap();
    for (from, to) in [
        ("date: 2025-09-11", "date: 2025-09-15"),
        (
            "en: \"Update of the agenda\"",
            "en: \"Second update of the agenda\"",
        ),
        ("  en: Agenda\n", "  en: Revised agenda\n"),
        ("en: \"Any other business\"", "en: \"Any *other* business\""),
        (
            "provided in SG12-TD210.\"",
            "provided in SG12-TD210 and its revisions.\"",
        ),
    ] {
        a = a.replacen(from, to, 1);
    }
    cut(&mut a, "  - id: interim-report", "  - id: tsag-results");
    let aob = cut(&mut a, "  - id: any-other-business", "  - id: closing");
    let at = a.find("  - id: translation-priorities").unwrap();
    a.insert_str(at, &aob);
    let at = a.find("items:\n").unwrap() + "items:\n".len();
    a.insert_str(at, "  - {id: welcome, title: {zh: 欢迎, en: Welcome, ar: ترحيب, fr: Bienvenue, ru: Приветствие, es: Bienvenida}}\n");
    let q1 = cut(
        &mut a,
        "    items:\n      - id: q1-ad-hoc",
        "  - id: wp-meetings",
    );
    let at =
        a.find("    sessions: [wp1-1, wp1-2]\n").unwrap() + "    sessions: [wp1-1, wp1-2]\n".len();
    a.insert_str(at, &q1);
    a.push_str("  - {zh: 新的注, en: A new note, ar: ملاحظة جديدة, fr: Une note, ru: Примечание, es: Una nota}\n");
    std::fs::write(dir.join("agenda/2.yaml"), a).unwrap();
    second_timeplan(&dir);
}

/// The time plan's second revision (see [`second_revisions`]).
fn second_timeplan(dir: &Path) {
    let mut t = std::fs::read_to_string(dir.join("timeplan/1.yaml")).unwrap();
    for (from, to) in [
        ("date: 2025-09-12", "date: 2025-09-16"),
        ("views: [by_group, by_day]", "views: [by_group]"),
        (
            "en: \"Update of the time plan\"",
            "en: \"Second update of the time plan\"",
        ),
        ("    end: \"19:30\"", "    end: \"20:00\""),
        ("      en: Morning\n", "      en: Morning session\n"),
        ("      en: Weekend\n", "      en: Weekend (no meetings)\n"),
        ("en: \"Management team\"", "en: \"Management team meeting\""),
        (
            "  - id: q7-3\n    groups: [q7]\n    date: 2025-09-15\n    slot: morning\n    room: c1\n",
            "  - id: q7-3\n    groups: [q7]\n    date: 2025-09-15\n    slot: morning\n    room: h2\n    marks: [\"3\"]\n",
        ),
        (
            "en: Joint session of Questions 9/12 and 14/12,",
            "en: Joint session of Questions 9/12 and 14/12 in Popov,",
        ),
        (
            "\nnotes:\n",
            "\n  - {mark: \"3\", text: {zh: 新, en: In H2, ar: جديد, fr: En H2, ru: В H2, es: En H2}}\nnotes:\n",
        ),
    ] {
        assert!(t.contains(from), "{from}");
        t = t.replacen(from, to, 1);
    }
    cut(&mut t, "  - id: q2-2\n", "  - id: q7-3\n");
    std::fs::write(dir.join("timeplan/2.yaml"), t).unwrap();
}

#[test]
fn every_kind_of_change_reads_back_exactly_in_word() {
    let tmp = crate::common::copy_meeting(&crate::common::sample());
    second_revisions(&tmp.path().join("sg12-2025-09"));
    build_word(tmp.path(), &["sg12-2025-09"]);
    let out = tmp.path().join("out/sg12-2025-09");
    for lang in ["en", "zh", "ar", "fr", "ru", "es"] {
        for (new, old) in [("td210-rev2", "td210-rev1"), ("td211-rev2", "td211-rev1")] {
            let (newer, older) = (document(&out, lang, new), document(&out, lang, old));
            assert_ne!(read(&newer, Reading::AsIs), read(&older, Reading::AsIs));
            assert_reads_back(&out, lang, (new, old));
        }
    }
}

#[test]
fn the_secretariat_signs_the_marks_and_is_escaped_like_any_text() {
    let tmp = crate::common::copy_meeting(&crate::common::sample());
    let meeting = tmp.path().join("sg12-2025-09");
    crate::common::edit(
        &meeting.join("meeting.yaml"),
        "agenda_update: TD210",
        "secretariat: \"TSB <&> \\a \\\"q\\\"\"\nagenda_update: TD210",
    );
    let run = crate::common::agenda(tmp.path(), &["publish", "sg12-2025-09", "--republish"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    build_word(tmp.path(), &["sg12-2025-09", "--lang", "en"]);
    let path = tmp
        .path()
        .join("out/sg12-2025-09/en/td210-rev1-changes.docx");
    assert_well_formed(&path);
    let by = "w:author=\"TSB &lt;&amp;&gt;  &quot;q&quot;\"";
    assert!(part(&path, "word/document.xml").contains(by));
    assert!(part(&path, "word/comments.xml").contains(by));
    assert!(
        part(&path, "docProps/core.xml")
            .contains("<dc:creator>TSB &lt;&amp;&gt;  &quot;q&quot;</dc:creator>")
    );
}

#[test]
fn formatting_and_links_read_back_exactly_in_word() {
    let tmp = crate::common::copy_meeting(&crate::common::mini());
    let m = tmp.path().join("m");
    let agenda = std::fs::read_to_string(m.join("agenda.yaml")).unwrap();
    let head = |date: &str, summary: &str| {
        format!("revision:\n  date: {date}\n  summary: {{zh: {summary}, en: {summary}}}\n")
    };
    let mut one = agenda.clone();
    for (from, to) in [
        (
            "Opening of the *meeting*",
            "Opening of the **whole** meeting",
        ),
        (
            "[the page](https://itu.int/go/tsg12)",
            "[the new page](https://itu.int/go/sg12)",
        ),
        ("Note – see TD210 | TD211", "Note – see *TD210* and TD211"),
    ] {
        assert!(one.contains(from), "{from}");
        one = one.replacen(from, to, 1);
    }
    std::fs::create_dir_all(m.join("revisions/agenda")).unwrap();
    std::fs::write(
        m.join("revisions/agenda/0.yaml"),
        head("2025-09-12", "Adopted") + &agenda,
    )
    .unwrap();
    std::fs::write(
        m.join("revisions/agenda/1.yaml"),
        head("2025-09-13", "Updated") + &one,
    )
    .unwrap();
    build_word(tmp.path(), &["m"]);
    let out = tmp.path().join("out/m");
    let new = read(&document(&out, "en", "td210-rev1"), Reading::AsIs);
    let text: String = new.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        text.contains("⟨b⟩whole⟨/b⟩")
            && text.contains("⟨link \"https://itu.int/go/sg12\"⟩the new page⟨/link⟩"),
        "{text}"
    );
    for lang in ["en", "zh"] {
        assert_reads_back(&out, lang, ("td210-rev1", "td210"));
    }
}

#[test]
fn a_plan_only_by_group_starts_its_landscape_pages_with_its_heading() {
    let tmp = crate::common::copy_meeting(
        &crate::common::root().join("tests/fixtures/grid/sg12-2026-03"),
    );
    let meeting = tmp.path().join("sg12-2026-03");
    crate::common::edit(
        &meeting.join("timeplan.yaml"),
        "views: [by_group, by_day]",
        "views: [by_group]",
    );
    build_word(tmp.path(), &["sg12-2026-03", "--lang", "en"]);
    let path = tmp.path().join("out/sg12-2026-03/en/draft.docx");
    assert_well_formed(&path);
    let xml = part(&path, "word/document.xml");
    let portrait_end = xml.find("<w:pPr><w:sectPr>").unwrap();
    let heading = xml.find(">Draft time plan<").unwrap();
    let landscape_end = xml.find("w:orient=\"landscape\"").unwrap();
    assert!(
        portrait_end < heading && heading < landscape_end,
        "{portrait_end} {heading} {landscape_end}"
    );
    assert!(!xml.contains("<w:tblCaption w:val=\"By day\"/>"));
}

#[test]
fn the_plans_notes_stay_on_its_last_landscape_page_and_the_chair_follows() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = crate::common::sample();
    let args = [sample.to_str().unwrap(), "--lang", "en"];
    build_word(tmp.path(), &args);
    let xml = document(&tmp.path().join("out/sg12-2025-09"), "en", "td211");
    let note = xml.find("Updates to the time plan").unwrap();
    let landscape = xml.rfind("w:orient=\"landscape\"").unwrap();
    let chair = xml.find("Tania Villa").unwrap();
    assert!(
        note < landscape && landscape < chair,
        "{note} {landscape} {chair}"
    );
}
