//! The PDFs as a screen reader reads them: PDF/UA-1, with headings, the agenda as a list,
//! the time plan's days and groups as row headers, each table with its caption, and the
//! document's own title shown in the window.

use pdf_extract::{Document, Object};

/// The structure tree of a PDF, one line per element in document order: its type, with
/// its depth as indentation and a header cell's scope ("TH Row").
fn structure(pdf: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(pdf).expect("a PDF");
    let catalog = doc.catalog().expect("a catalog");
    let tree = catalog.get(b"StructTreeRoot").expect("a tagged PDF");
    let mut lines = Vec::new();
    walk(&doc, tree, 0, &mut lines);
    lines
}

fn walk(doc: &Document, object: &Object, depth: usize, lines: &mut Vec<String>) {
    let Ok((_, object)) = doc.dereference(object) else {
        return;
    };
    let Ok(dict) = object.as_dict() else {
        if let Ok(kids) = object.as_array() {
            kids.iter().for_each(|k| walk(doc, k, depth, lines));
        }
        return;
    };
    let kind = dict.get(b"S").and_then(Object::as_name).ok();
    let depth = match kind {
        Some(kind) => {
            let scope = dict
                .get(b"A")
                .ok()
                .map(|a| scope(doc, a))
                .unwrap_or_default();
            let kind = String::from_utf8_lossy(kind);
            lines.push(format!("{}{kind}{scope}", "  ".repeat(depth)));
            depth + 1
        }
        None => depth,
    };
    if let Ok(kids) = dict.get(b"K") {
        walk(doc, kids, depth, lines);
    }
}

/// " Row" for a header cell's attributes (a dictionary, or an array of them) that give
/// it a scope.
fn scope(doc: &Document, attributes: &Object) -> String {
    let Ok((_, attributes)) = doc.dereference(attributes) else {
        return String::new();
    };
    let one = |a: &Object| {
        let a = doc.dereference(a).ok()?.1.as_dict().ok()?;
        let name = a.get(b"Scope").and_then(Object::as_name).ok()?;
        Some(format!(" {}", String::from_utf8_lossy(name)))
    };
    match attributes.as_array() {
        Ok(list) => list.iter().find_map(one),
        Err(_) => one(attributes),
    }
    .unwrap_or_default()
}

fn count(lines: &[String], line: &str) -> usize {
    lines.iter().filter(|l| *l == line).count()
}

fn build_sample(lang: &str) -> tempfile::TempDir {
    crate::common::build_sample(&["--format", "pdf", "--lang", lang])
}

#[test]
fn the_draft_is_tagged_with_headings_a_list_row_headers_and_a_caption() {
    for lang in ["en", "ar"] {
        let out = build_sample(lang);
        let pdf = std::fs::read(out.path().join(format!("sg12-2025-09/{lang}/draft.pdf"))).unwrap();
        let tags = structure(&pdf);
        let mut top: Vec<&str> = tags
            .iter()
            .map(|l| l.trim())
            .filter(|l| ["H1", "H2", "L", "Caption", "Table"].contains(l))
            .collect();
        // A table continued on the next page is a table of its own, with its header row.
        top.dedup_by(|a, b| *a == "Table" && *b == "Table");
        // The meeting line; the letter's key deadlines (a list of what is due by each of
        // the four dates); the agenda's heading, the agenda, its sub-lists (items 5 and
        // 14); then the time plan: its heading as its table's caption.
        assert_eq!(
            top,
            [
                "H1", "H2", "L", "L", "L", "L", "H2", "L", "L", "L", "Caption", "Table"
            ],
            "{lang}: {tags:#?}"
        );
        assert_eq!(count(&tags, "    LI"), 18, "{lang}: the agenda's 18 items");
        assert_eq!(
            count(&tags, "      LI"),
            9,
            "{lang}: the sub-items 5.1-14.6"
        );
        // Eight days, each a row header (the weekend goes across the row); the slots
        // are column headers, with the corner, in each table the plan is on.
        let rows = tags.iter().filter(|l| l.trim() == "TH Row").count();
        let columns = tags.iter().filter(|l| l.trim() == "TH Column").count();
        let tables = tags.iter().filter(|l| l.trim() == "Table").count();
        assert_eq!((rows, columns), (8, 4 * tables), "{lang}");
        let catalog = Document::load_mem(&pdf).unwrap();
        let prefs = catalog
            .catalog()
            .unwrap()
            .get(b"ViewerPreferences")
            .and_then(Object::as_dict)
            .unwrap();
        assert!(matches!(
            prefs.get(b"DisplayDocTitle"),
            Ok(Object::Boolean(true))
        ));
    }
}

/// A plan shown by day and by group: its heading, then each table with the caption of
/// its view, and each group a row header.
#[test]
fn the_time_plan_by_group_is_tagged_with_a_caption_per_part() {
    let out = build_sample("en");
    let pdf = std::fs::read(out.path().join("sg12-2025-09/en/td211.pdf")).unwrap();
    let tags = structure(&pdf);
    let mut shown: Vec<&str> = tags
        .iter()
        .map(|l| l.trim())
        .filter(|l| ["H1", "H2", "Caption", "Table"].contains(l))
        .collect();
    // The plan by day runs over to a second page: there, a table of its own.
    shown.dedup_by(|a, b| *a == "Table" && *b == "Table");
    assert_eq!(
        shown,
        [
            "H1", "H2", "Caption", "Table", "Caption", "Table", "Caption", "Table"
        ]
    );
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("By day"), "{text}");
    assert!(
        text.contains("By group, 8 September - 14 September"),
        "{text}"
    );
    assert!(
        text.contains("By group, 15 September - 18 September"),
        "{text}"
    );
    // 13 groups in each of the two parts, 9 days by day.
    let rows = tags.iter().filter(|l| l.trim() == "TH Row").count();
    assert_eq!(rows, 13 * 2 + 9);
}
