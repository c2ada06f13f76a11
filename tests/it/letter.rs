//! The whole invitation letter: the sample's Chinese letter holds the seed's text (TSB
//! Collective letter 3/12), paragraph by paragraph, verbatim; the letter's facts come
//! from `letter.yaml` and the meeting, and a located error says what is wrong in it.

use crate::common::{agenda, build_sample, copy_meeting, edit, root, sample};

/// The seed, as the secretariat published it (converted to text: tabs and line breaks
/// where its tables and paragraphs were, and `[bookmark: …]` artefacts of the conversion).
const SEED: &str = include_str!("../fixtures/seed/tsb-collective-letter-3-12.zh.txt");

/// An HTML page's text: the text of its elements, each block's on lines of its own, its
/// head left out, entities read.
fn page_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        out.push('\n');
        rest = &rest[gt..];
    }
    out.push_str(rest);
    let entities = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&amp;", "&"),
    ];
    entities.iter().fold(out, |t, (e, c)| t.replace(e, c))
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The seed's paragraphs: its lines, without the conversion's bookmarks, list dashes and
/// rules, whitespace aside.
fn seed_paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    for line in SEED.lines() {
        let mut line = line.to_string();
        while let Some(at) = line.find("[bookmark: ") {
            let end = line[at..].find(']').map_or(line.len(), |e| at + e + 1);
            line.replace_range(at..end, "");
        }
        let text = squeezed(&line);
        let text = text.strip_prefix('-').unwrap_or(&text).to_string();
        if !text.is_empty() && !text.chars().all(|c| c == '_') {
            out.push(text);
        }
    }
    out
}

#[test]
fn the_chinese_letter_holds_the_seed_verbatim_in_html_pdf_and_word() {
    let out = build_sample(&["--format", "html,pdf,docx", "--lang", "zh"]);
    let docx = crate::docx::text_of(&out.path().join("sg12-2025-09/zh/letter.docx"));
    // The reading marks its links (⟨link …⟩ … ⟨/link⟩) and its table cells (`|`): they
    // are not text (the seed has no `|`).
    let mut words = String::new();
    for piece in docx.split('⟨') {
        words.push_str(piece.split_once('⟩').map_or(piece, |(_, rest)| rest));
    }
    holds_the_seed(&squeezed(&words.replace('|', "")), "Word");
    let html = std::fs::read_to_string(out.path().join("sg12-2025-09/zh/letter.html")).unwrap();
    holds_the_seed(&squeezed(&page_text(&html)), "HTML");
    let pdf = std::fs::read(out.path().join("sg12-2025-09/zh/letter.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    // The page numbers ("– 1 –") are the PDF's own.
    let pages: String = (text.lines())
        .filter(|l| !(l.trim().starts_with('–') && l.trim().ends_with('–')))
        .collect();
    holds_the_seed(&squeezed(&pages), "PDF");
}

/// Whether `letter` (a letter's text, whitespace aside) holds the seed's paragraphs, in
/// order, with nothing between them but what the seed's text lost.
fn holds_the_seed(letter: &str, format: &str) {
    // What the letter has that the seed's text lost: the organisation above the letterhead
    // and the signature's name and title (an image in the seed); and the PDF's list
    // markers (the seed's dashes are left out of its paragraphs).
    let extras = ["国际电联", "尾上诚藏", "电信标准化局主任", "–", "•"];
    let mut at = 0;
    for (n, para) in seed_paragraphs().iter().enumerate() {
        while !letter[at..].starts_with(para.as_str()) {
            let extra = extras.iter().find(|e| letter[at..].starts_with(**e));
            let here: String = letter[at..].chars().take(60).collect();
            let extra = extra.unwrap_or_else(|| {
                panic!(
                    "{format}: seed paragraph {}: {para}\nthe letter has instead: {here}",
                    n + 1
                )
            });
            at += extra.len();
        }
        at += para.len();
    }
    assert_eq!(
        &letter[at..],
        "",
        "{format}: the letter goes on after the seed's end"
    );
}

#[test]
fn the_letter_is_written_in_every_language_as_markdown_and_html() {
    let out = build_sample(&["--format", "md,html"]);
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for ext in ["md", "html"] {
            let path = out.path().join(format!("sg12-2025-09/{lang}/letter.{ext}"));
            let text = std::fs::read_to_string(&path).unwrap();
            // Every placeholder filled; every standard paragraph said.
            assert!(
                !text.contains("fact.invalid") && !text.contains("{ $"),
                "{lang}/letter.{ext}"
            );
            assert!(
                !text.contains("annex-a-") && !text.contains("body-"),
                "{lang}/letter.{ext}"
            );
        }
    }
    let en = std::fs::read_to_string(out.path().join("sg12-2025-09/en/letter.md")).unwrap();
    for said in [
        "Geneva, 4 June 2025",
        "from 9 to 18 September 2025, inclusive",
        "registration will begin at 08:30 at the Montbrillant building entrance",
        "**29 July 2025**",
        "no later than 29 July 2025, by e-mail to [fellowships@itu.int](<mailto:fellowships@itu.int>) or by fax to +41 22 730 57 78",
        "at least six weeks before the start of the meeting",
        "at least one month before the start of the meeting",
        "at least seven weeks before the start of the meeting",
        "# Annex A",
        "# Annex B",
    ] {
        assert!(
            en.contains(said),
            "the English letter does not say {said:?}:\n{en}"
        );
    }
}

#[test]
fn a_letter_deadline_that_the_meeting_lacks_is_an_error_at_its_line() {
    let dir = copy_meeting(&sample());
    let letter = dir.path().join("sg12-2025-09/letter.yaml");
    edit(&letter, "  visa: 1 month", "  visa: 5 weeks");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: no deadline of meeting.yaml falls 5 weeks before the meeting\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("= hint: name one of its deadlines by its `before:` (2 months, 6 weeks, 1 month, 13 days), or add the deadline to meeting.yaml"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_fact_a_paragraph_says_and_the_letter_lacks_is_an_error_naming_where_to_give_it() {
    let dir = copy_meeting(&sample());
    let letter = dir.path().join("sg12-2025-09/letter.yaml");
    edit(&letter, "  travel: travel@itu.int\n", "");
    edit(&letter, "date: 2025-06-04", "date: 2025-06-31");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let at = format!("{}/sg12-2025-09/letter.yaml", dir.path().display());
    assert!(
        run.stderr.contains(&format!(
            "error: `2025-06-31` is no such date\n --> {at}:4:7\n  |\n4 | date: 2025-06-31\n  |       ^^^^^^^^^^\n  = hint: write dates as YYYY-MM-DD, e.g. 2025-09-09\n"
        )),
        "{}",
        run.stderr
    );
    edit(&letter, "date: 2025-06-31", "date: 2025-06-04");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    assert!(
        run.stderr.contains(&format!(
            "error: the letter's paragraph `annex-a-visa-help` says `$contact_travel`, which letter.yaml does not give\n --> {at}\n  = hint: give it under `contacts:` (`travel: …`)\n"
        )),
        "{}",
        run.stderr
    );
}
