//! Page breaks as a delegate printing the PDFs sees them: every Typst source the build
//! writes is laid out in-process (as `agenda build` does before it writes the PDF), and each
//! page is read as lines of text, each line knowing whether it belongs to a heading, a
//! table's caption or what ends the document (the plan's notes, the chair, the opening).
//! No page ends with a heading or a caption; no page but the first holds only what ends
//! the document; a page that neither is the last nor ends a section that begins a page of
//! its own (an annex, a landscape part of the plan) holds at least [`LEAST_LINES`] lines and
//! is filled at least to [`LEAST_FILL`] of its height.

use std::path::Path;

use typst::foundations::{Label, NativeElement};
use typst::introspection::{Location, Tag};
use typst::layout::{Abs, Frame, FrameItem, Transform};
use typst::model::{FigureCaption, HeadingElem};
use typst::utils::PicoStr;

use crate::common::*;

/// The fewest lines a page other than the last (and a section's last) may hold.
const LEAST_LINES: usize = 8;
/// How far down its body a page other than the last (and a section's last) must be filled.
const LEAST_FILL: f64 = 0.6;

/// What a line of a page belongs to.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Role {
    Body,
    Heading,
    Caption,
    Ending,
}

/// A line of a page: its baseline, what it belongs to, its text (its text items in the
/// order they were laid out), and each item with where it starts across the page.
struct Line {
    y: Abs,
    role: Role,
    text: String,
    items: Vec<(Abs, String)>,
}

/// A page: its lines from the top (the page number aside), its height, and whether it
/// begins a section (its first element is labelled `section` in the layout).
struct Page {
    lines: Vec<Line>,
    height: Abs,
    begins_section: bool,
}

/// The text items of `frame`, placed by `ts`, each with the role of the innermost element
/// it is in (`open`: the elements open at this point, by location).
fn walk(frame: &Frame, ts: Transform, open: &mut Vec<(Location, Role)>, page: &mut Page) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(g) => {
                let inner = ts.pre_concat(Transform::translate(pos.x, pos.y));
                walk(&g.frame, inner.pre_concat(g.transform), open, page);
            }
            FrameItem::Text(t) => {
                let at = pos.transform(ts);
                let y = at.y;
                let role = open.last().map_or(Role::Body, |(_, r)| *r);
                let text: String = t.text.to_string();
                match page
                    .lines
                    .iter_mut()
                    .find(|l| (l.y - y).abs() < Abs::pt(1.5))
                {
                    Some(line) => {
                        line.text.push(' ');
                        line.text.push_str(&text);
                        line.items.push((at.x, text));
                        if role != Role::Body {
                            line.role = role;
                        }
                    }
                    None => page.lines.push(Line {
                        y,
                        role,
                        items: vec![(at.x, text.clone())],
                        text,
                    }),
                }
            }
            FrameItem::Tag(Tag::Start(content, _)) => {
                let label = |name: &str| {
                    content.label() == Some(Label::new(PicoStr::intern(name)).unwrap())
                };
                if label("section") && page.lines.is_empty() {
                    page.begins_section = true;
                }
                let role = if content.elem() == HeadingElem::ELEM {
                    Some(Role::Heading)
                } else if content.elem() == FigureCaption::ELEM {
                    Some(Role::Caption)
                } else if label("ending") {
                    Some(Role::Ending)
                } else {
                    None
                };
                if let (Some(role), Some(loc)) = (role, content.location()) {
                    open.push((loc, role));
                }
            }
            FrameItem::Tag(Tag::End(loc, ..)) => open.retain(|(l, _)| l != loc),
            _ => {}
        }
    }
}

/// The pages of the Typst source `typ`, laid out with the built-in layout.
fn pages(typ: &Path) -> Vec<Page> {
    let engine = agenda::render::Engine::new(None).unwrap();
    let layout = agenda::pdf::Layout::new(engine.layout(), engine.layout_name());
    let source = std::fs::read_to_string(typ).unwrap();
    // Where the file is in its language's folder: a group's page imports `../layout.typ`.
    let name = typ.file_name().unwrap().to_string_lossy();
    let in_groups = typ.parent().and_then(Path::file_name) == Some("groups".as_ref());
    let at = if in_groups {
        format!("groups/{name}")
    } else {
        name.to_string()
    };
    let doc = agenda::pdf::lay_out(source, &at, &layout, "test")
        .unwrap_or_else(|e| panic!("{}: {e}", typ.display()));
    let mut open = Vec::new();
    let mut read = Vec::new();
    for p in doc.pages() {
        let height = p.frame.height();
        let mut page = Page {
            lines: Vec::new(),
            height,
            begins_section: false,
        };
        walk(&p.frame, Transform::identity(), &mut open, &mut page);
        // The page number, in the bottom margin (2.2 cm upright, 1.6 cm landscape).
        page.lines.retain(|l| l.y < height - Abs::cm(1.5));
        page.lines
            .sort_by(|a, b| a.y.to_pt().total_cmp(&b.y.to_pt()));
        read.push(page);
    }
    read
}

/// What is wrong with the pages of `name`, one line each.
fn faults_of(name: &str, pages: &[Page]) -> Vec<String> {
    let mut faults = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let at = format!("{name} page {} of {}", i + 1, pages.len());
        let Some(last) = page.lines.last() else {
            faults.push(format!("{at}: blank"));
            continue;
        };
        if matches!(last.role, Role::Heading | Role::Caption) {
            faults.push(format!("{at} ends with a {:?}: {}", last.role, last.text));
        }
        if i > 0 && page.lines.iter().all(|l| l.role == Role::Ending) {
            faults.push(format!(
                "{at} holds only what ends the document: {}",
                last.text
            ));
        }
        let ends_part = pages.get(i + 1).is_none_or(|next| next.begins_section);
        if ends_part {
            continue;
        }
        let fill = (last.y / page.height - 0.07) / 0.83;
        if page.lines.len() < LEAST_LINES || fill < LEAST_FILL {
            faults.push(format!(
                "{at} holds {} lines, filled to {:.0}%",
                page.lines.len(),
                fill * 100.0
            ));
        }
    }
    faults
}

/// The faults of every Typst source under `dir` (laid out on two threads), and how many
/// sources there were.
fn all_faults(dir: &Path) -> (usize, Vec<String>) {
    let sources: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "typ") && !p.ends_with("layout.typ"))
        .collect();
    let halves = sources.split_at(sources.len() / 2);
    let faults = std::thread::scope(|scope| {
        let read = |half: &[std::path::PathBuf]| {
            let mut faults = Vec::new();
            for path in half {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                faults.extend(faults_of(&name, &pages(path)));
            }
            faults
        };
        let first = scope.spawn(move || read(halves.0));
        let mut faults = read(halves.1);
        faults.extend(first.join().unwrap());
        faults
    });
    (sources.len(), faults)
}

#[test]
fn the_sample_breaks_its_pages_well_in_every_language() {
    let out = build_sample(&["--format", "typ"]);
    let (count, faults) = all_faults(out.path());
    assert_eq!(count, 138, "documents and group pages laid out");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// A long plan: 25 groups over ten days, by day (over several pages) and by group.
#[test]
fn a_long_plan_breaks_its_pages_well() {
    let out = tempfile::tempdir().unwrap();
    let grid = root().join("tests/fixtures/grid/sg12-2026-03");
    let args = [
        "build",
        grid.to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--format",
        "typ",
    ];
    let run = agenda(&root(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (count, faults) = all_faults(out.path());
    assert!(count >= 2, "{count} sources");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// A plan of 65 working days (by day only, over several pages), as `agenda new` makes it.
#[test]
fn a_plan_over_many_pages_breaks_them_well() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let new = [
        "new",
        "m/m",
        "--title",
        "Meeting",
        "--first-day",
        "2026-01-05",
        "--last-day",
        "2026-04-04",
    ];
    let run = agenda(dir, &new);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = agenda(dir, &["build", "m", "-o", "out", "--format", "typ"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (count, faults) = all_faults(&dir.join("out"));
    assert!(count >= 2, "{count} sources");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The Arabic group page's plan line, as a reader sees it from right to left: "وفقاً
/// للوثيقة", then "TD211 Rev.1", then the date, its day beside its month. Without the
/// isolation of the number and the date, the day was laid out beside "للوثيقة".
#[test]
fn an_arabic_sentence_keeps_a_document_number_and_a_date_in_their_places() {
    let out = build_sample(&["--format", "typ,html", "--lang", "ar"]);
    let group = out.path().join("sg12-2025-09/ar/groups/q12");
    let html = std::fs::read_to_string(group.with_extension("html")).unwrap();
    assert!(
        html.contains("وفقاً للوثيقة <bdi>TD211 Rev.1</bdi>، <bdi>12 سبتمبر 2025</bdi>"),
        "{html}"
    );
    let pages = pages(&group.with_extension("typ"));
    let line = pages[0]
        .lines
        .iter()
        .find(|l| l.text.contains("TD211"))
        .unwrap();
    let mut items = line.items.clone();
    // From right to left, as the line reads.
    items.sort_by(|a, b| b.0.to_pt().total_cmp(&a.0.to_pt()));
    let words: Vec<String> = items
        .iter()
        .flat_map(|(_, t)| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let at = |w: &str| {
        words
            .iter()
            .position(|x| x.contains(w))
            .unwrap_or_else(|| panic!("{w} in {words:?}"))
    };
    let (document, number, day, month) = (at("للوثيقة"), at("TD211"), at("12"), at("سبتمبر"));
    assert!(document < number && number < day, "{words:?}");
    assert!(
        day.abs_diff(month) == 1,
        "the day beside its month: {words:?}"
    );
}

/// The changes lines follow the same rule: in the Arabic changes document, the document
/// numbers and the English title a line ends with are isolated.
#[test]
fn arabic_changes_lines_isolate_document_numbers_and_titles() {
    let out = build_sample(&["--format", "html", "--lang", "ar"]);
    let html = std::fs::read_to_string(out.path().join("sg12-2025-09/ar/td210-rev1-changes.html"))
        .unwrap();
    let line = "<li>الوثيقة <bdi>C 72 Rev.1</bdi> تحل محل الوثيقة <bdi>C 72</bdi>: \
                <bdi>Proposed test plan for the subjective assessment of high-frame-rate video \
                on mobile devices</bdi></li>";
    assert!(html.contains(line), "{html}");
    // The Atom feed's entries say the same, and their titles isolate the label.
    let out = build_sample(&["--format", "atom", "--lang", "ar"]);
    let feed = std::fs::read_to_string(out.path().join("sg12-2025-09/ar/revisions.atom")).unwrap();
    assert!(feed.contains(line), "{feed}");
    assert!(feed.contains("<title>\u{2068}TD210 Rev.1\u{2069} – تحديث جدول الأعمال</title>"));
}
