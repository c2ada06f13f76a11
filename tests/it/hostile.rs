//! Hostile input: every title of `fixtures/hostile/titles.txt` goes through `check` and
//! every format. Each comes out as written (as a reader sees it) in the HTML's text, in
//! the Markdown read back with pulldown-cmark, in the PDF's text and in the Word file's;
//! or, where the corpus says it must be refused, gives that error at a file:line:col with
//! a hint. Nothing panics.

use std::path::Path;

use crate::common::{agenda, copy_meeting, mini};
use agenda::model::Syntax;

/// The corpus: each line a title written as a JSON string, and the error it must give
/// where it must be refused (`"title" error: MESSAGE`); comments start with `#`.
fn titles() -> Vec<(String, Option<String>)> {
    let text =
        std::fs::read_to_string(crate::common::root().join("tests/fixtures/hostile/titles.txt"))
            .unwrap();
    text.lines()
        .filter(|l| l.starts_with('"'))
        .map(|l| {
            let mut values = serde_json::Deserializer::from_str(l).into_iter::<String>();
            let title = values.next().expect(l).expect(l);
            let rest = l[values.byte_offset()..].trim();
            let error = rest.strip_prefix("error: ").map(str::to_string);
            assert!(error.is_some() || rest.is_empty(), "{l}");
            (title, error)
        })
        .collect()
}

/// What a reader should see of `title` read as `syntax`: its inline Markdown rendered
/// (if the meeting uses Markdown), control characters dropped, white space ignored.
fn visible(title: &str, syntax: Syntax) -> String {
    squeeze(&agenda::model::reading::seen(title, syntax))
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_invisible(*c))
        .collect()
}

/// Characters that PDF text extraction may drop or that have no width.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
}

/// The text of an HTML page: tags dropped, the five entities the tool writes decoded.
fn html_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text a Markdown reader shows.
fn markdown_text(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let mut out = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::InlineHtml(h) | Event::Html(h) => {
                assert_eq!(h.as_ref(), "<br>", "raw HTML in the Markdown output")
            }
            _ => {}
        }
    }
    out
}

fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    squeeze(&pdf_extract::extract_text_from_mem(&bytes).unwrap())
}

/// The two meetings each title is tried in: the mini fixture, which reads its texts as
/// inline Markdown, and a copy of it that reads them literally (the default).
const MEETINGS: [(&str, Syntax); 2] = [("m", Syntax::Markdown), ("l", Syntax::Literal)];

/// Builds both meetings with `title` as item 1 in both languages.
fn check_title(title: &str, error: Option<&str>) {
    let tmp = copy_meeting(&mini());
    crate::common::copy_dir(&tmp.path().join("m"), &tmp.path().join("l"));
    crate::common::edit(&tmp.path().join("l/meeting.yaml"), "markdown: true", "");
    let quoted = serde_json::to_string(title).unwrap();
    for (id, _) in MEETINGS {
        crate::common::edit(
            &tmp.path().join(id).join("agenda.yaml"),
            "title: {zh: 会议开幕, en: Opening of the *meeting*}",
            &format!("title: {{zh: {quoted}, en: {quoted}}}"),
        );
    }
    let run = agenda(
        tmp.path(),
        &[
            "build",
            "m",
            "l",
            "-o",
            "out",
            "--format",
            "md,html,pdf,docx",
        ],
    );
    assert!(
        !run.stderr.contains("panicked"),
        "{title:?}: {}",
        run.stderr
    );
    let Some(error) = error else {
        assert_eq!(run.code, 0, "{title:?} must be shown: {}", run.stderr);
        for (id, syntax) in MEETINGS {
            check_output(&tmp.path().join("out").join(id), title, syntax);
        }
        return;
    };
    assert_eq!(run.code, 1, "{title:?} must be refused: {}", run.stderr);
    for at in [
        "error: ",
        " --> m/agenda.yaml:",
        " --> l/agenda.yaml:",
        "= hint: ",
    ] {
        assert!(run.stderr.contains(at), "{title:?}: {}", run.stderr);
    }
    assert!(
        run.stderr.contains(&format!("error: {error}\n")),
        "{title:?} must be refused with `{error}`: {}",
        run.stderr
    );
}

/// `title` as a reader should see it, in every language and format of the meeting built
/// into `out`.
fn check_output(out: &Path, title: &str, syntax: Syntax) {
    let expected = visible(title, syntax);
    for lang in ["zh", "en"] {
        let dir = out.join(lang);
        let html = squeeze(&html_text(
            &std::fs::read_to_string(dir.join("draft.html")).unwrap(),
        ));
        let what = format!("{title:?} ({syntax:?})");
        assert!(html.contains(&expected), "{what} not in the {lang} HTML");
        let md = squeeze(&markdown_text(
            &std::fs::read_to_string(dir.join("draft.md")).unwrap(),
        ));
        assert!(md.contains(&expected), "{what} not in the {lang} Markdown");
        assert!(
            pdf_text(&dir.join("draft.pdf")).contains(&expected),
            "{what} not in the {lang} PDF"
        );
        let docx = dir.join("draft.docx");
        crate::docx::assert_well_formed(&docx);
        assert!(
            squeeze(&crate::docx::text_of(&docx)).contains(&expected),
            "{what} not in the {lang} Word file"
        );
    }
}

#[test]
fn every_hostile_title_is_shown_literally_or_reported() {
    let titles = titles();
    assert!(
        titles.len() >= 100,
        "the corpus has {} titles",
        titles.len()
    );
    std::thread::scope(|s| {
        for chunk in titles.chunks(titles.len().div_ceil(2)) {
            s.spawn(move || chunk.iter().for_each(|(t, e)| check_title(t, e.as_deref())));
        }
    });
}

/// Checks a copy of the mini fixture whose `file` is replaced by `text`.
fn check_file(file: &str, text: &[u8]) -> crate::common::Run {
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("m").join(file), text).unwrap();
    agenda(tmp.path(), &["check", "m"])
}

fn assert_reported(run: &crate::common::Run, at: &str, message: &str) {
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("error: {message}\n")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(" --> {at}\n")),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_file() {
    assert_eq!(
        check_file("agenda.yaml", b"").stderr,
        "error: this file is empty\n --> m/agenda.yaml\n  = hint: write its contents (`agenda \
         new DIR` writes a meeting's sources to start from)\n\n1 problem found\n"
    );
    assert_reported(
        &check_file("agenda.yaml", b"\n  \n"),
        "m/agenda.yaml",
        "this file is empty",
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = std::fs::read(mini().join("agenda.yaml")).unwrap();
    let run = check_file("agenda.yaml", &[b"\xef\xbb\xbf".as_slice(), &text].concat());
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "ok: 1 meeting checked\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn alias_expansion_is_bounded() {
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        yaml.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let started = std::time::Instant::now();
    let run = check_file("agenda.yaml", yaml.as_bytes());
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: this file, its aliases (`*name`) expanded, holds more than 250,000 values"
        ),
        "{}",
        run.stderr
    );
    assert!(started.elapsed().as_secs() < 30, "bounded, not merely slow");
}

#[test]
fn duplicate_keys() {
    let run = check_file(
        "meeting.yaml",
        std::fs::read_to_string(mini().join("meeting.yaml"))
            .unwrap()
            .replace("venue:", "title: x\nvenue:")
            .as_bytes(),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("--> m/meeting.yaml:"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the key `title` appears twice in this mapping"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("DuplicateKeyPolicy"), "{}", run.stderr);
}

#[test]
fn tab_indentation() {
    let run = check_file(
        "agenda.yaml",
        b"heading: {zh: a, en: b}\nitems:\n\t- id: x\n",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(" --> m/agenda.yaml:3:"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_types_in_every_field_are_all_reported() {
    let meeting = "organisation: [a]\nbody: 1\ntitle: true\nvenue: {zh: [x], en: y}\nfirst_day: 20250912\nlast_day: {a: b}\ntime_zone: [x]\nfirst_day_start: 1130\nchair: null\nagenda_update: [TD210]\ntimeplan_update: {x: y}\nlanguages: zh\nannex: 3\nmarkdown: yes\n";
    let run = check_file("meeting.yaml", meeting.as_bytes());
    assert_eq!(run.code, 1);
    let located = run.stderr.matches(" --> m/meeting.yaml:").count();
    assert!(
        located >= 13,
        "every field reported, {located} were:\n{}",
        run.stderr
    );
}

#[test]
fn ten_thousand_items() {
    let mut yaml = String::from("heading: {zh: 议程, en: Agenda}\nitems:\n");
    for i in 0..10_000 {
        yaml.push_str(&format!(
            "  - id: item-{i}\n    title: {{zh: 议题{i}, en: Item {i}}}\n"
        ));
    }
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("m/agenda.yaml"), yaml).unwrap();
    let run = agenda(
        tmp.path(),
        &[
            "build", "m", "-o", "out", "--format", "md,html", "--lang", "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(md.contains("10000. Item 9999\n"));
}

#[test]
fn nesting_deeper_than_three_levels_is_reported() {
    let yaml = "heading: {zh: 议程, en: Agenda}\nitems:\n  - id: a\n    title: {zh: a, en: a}\n    items:\n      - id: b\n        title: {zh: b, en: b}\n        items:\n          - id: c\n            title: {zh: c, en: c}\n            items:\n              - id: d\n                title: {zh: d, en: d}\n";
    let run = check_file("agenda.yaml", yaml.as_bytes());
    assert_reported(
        &run,
        "m/agenda.yaml:9:17",
        "item 1.1.1 has sub-items nested deeper than 3 levels",
    );
}

/// A title of a megabyte (typesetting ten of them took gigabytes) is refused at its line,
/// in every format, and nothing is written.
#[test]
fn a_one_megabyte_title_is_refused_at_its_line() {
    let title = "word ".repeat(200_000);
    let tmp = copy_meeting(&mini());
    crate::common::edit(
        &tmp.path().join("m/agenda.yaml"),
        "en: Opening of the *meeting*",
        &format!("en: \"{title}\""),
    );
    let run = agenda(
        tmp.path(),
        &[
            "build", "m", "-o", "out", "--format", "md,html", "--lang", "en",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: this text is 1000000 characters long; a text holds at most 20000\n --> m/agenda.yaml:4:"));
    assert!(!tmp.path().join("out").exists());
}

/// A run of 300 characters with no space (document numbers run together) and one of 120
/// letters in a cell are broken across lines in the PDF, instead of going off the page
/// and out of the cell: no line of the PDF's text is longer than the page allows.
#[test]
fn long_runs_without_spaces_are_broken_across_lines() {
    let tmp = copy_meeting(&mini());
    let run: Vec<String> = (100..160).map(|n| format!("TD{n}")).collect();
    let run = run.join(",");
    crate::common::edit(
        &tmp.path().join("m/agenda.yaml"),
        "en: Opening of the *meeting*}",
        &format!("en: \"Opening, documents {run}\"}}"),
    );
    let letters = "x".repeat(120);
    crate::common::edit(
        &tmp.path().join("m/timeplan.yaml"),
        "en: \"Plenary | all day\"",
        &format!("en: \"Plenary {letters}\""),
    );
    let args = ["build", "m", "-o", "out", "--lang", "en", "--format", "pdf"];
    let built = agenda(tmp.path(), &args);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let pdf = std::fs::read(tmp.path().join("out/m/en/draft.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(squeeze(&text).contains(&run), "{text}");
    assert!(squeeze(&text).contains(&letters), "{text}");
    let longest = text.lines().map(|l| squeeze(l).chars().count()).max();
    assert!(longest < Some(100), "{text}");
}
