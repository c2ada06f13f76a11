//! `agenda build` on the sample and the mini fixture: the files and manifest it writes,
//! snapshots of the text outputs, the PDF's text, determinism, escaping, template overrides.

use std::path::Path;

use crate::common::{agenda, copy_meeting, files, mini, root, sample};

/// Builds the meeting folder `dir` (its parent is the working folder) into `<tmp>/out`.
fn build(dir: &Path, extra: &[&str]) -> (tempfile::TempDir, crate::common::Run) {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("out");
    let mut args = vec![
        "build",
        dir.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = agenda(&root(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (out, run)
}

fn text(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// The documents of the sample: the draft, then each revision and its changes.
pub const SAMPLE_DOCUMENTS: &[&str] = &[
    "draft",
    "td210",
    "td210-changes",
    "td210-rev1",
    "td210-rev1-changes",
    "td211",
    "td211-changes",
    "td211-rev1",
    "td211-rev1-changes",
];

#[test]
fn sample_builds_every_document_language_and_format_with_a_manifest() {
    let (tmp, run) = build(&sample(), &[]);
    let meeting = tmp.path().join("out/sg12-2025-09");
    assert_eq!(
        run.stdout,
        format!("wrote {} (565 files)\n", meeting.display())
    );
    let all = files(&meeting);
    let mut expected = vec!["manifest.json".to_string()];
    // Every document in the meeting's six languages, and the calendars: the meeting's
    // and its 13 groups'.
    let groups = [
        "mt", "q1", "q12", "q13", "q14", "q2", "q5", "q7", "q9", "sg12", "wp1", "wp2", "wp3",
    ];
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        expected.push(format!("{lang}/sg12-2025-09.ics"));
        expected.push(format!("{lang}/revisions.atom"));
        for ext in ["html", "ics", "md", "pdf"] {
            expected.extend(groups.iter().map(|g| format!("{lang}/groups/{g}.{ext}")));
        }
        for doc in SAMPLE_DOCUMENTS {
            for ext in ["docx", "html", "md", "pdf"] {
                expected.push(format!("{lang}/{doc}.{ext}"));
            }
        }
        // The whole letter.
        for ext in ["docx", "html", "md", "pdf"] {
            expected.push(format!("{lang}/letter.{ext}"));
        }
    }
    expected.sort();
    assert_eq!(all.keys().cloned().collect::<Vec<_>>(), expected);
    let manifest: serde_json::Value = serde_json::from_slice(&all["manifest.json"]).unwrap();
    assert_eq!(manifest["meeting"], "sg12-2025-09");
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len(), 564);
    for entry in listed {
        let path = entry["path"].as_str().unwrap();
        let (lang, name) = path.split_once('/').unwrap();
        let (stem, ext) = name.rsplit_once('.').unwrap();
        assert_eq!(entry["lang"], lang);
        assert_eq!(entry["format"], ext);
        let group = stem.strip_prefix("groups/");
        if ext == "atom" {
            assert_eq!(entry["document"], "feed", "{path}");
            continue;
        }
        if ext == "ics" || group.is_some() {
            let document = if ext == "ics" { "calendar" } else { "group" };
            assert_eq!(entry["document"], document, "{path}");
            assert_eq!(entry["group"].as_str(), group, "{path}");
            continue;
        }
        assert_eq!(entry["changes"], stem.ends_with("-changes"), "{path}");
        let (document, revision) = match stem.trim_end_matches("-changes") {
            "draft" => ("draft", serde_json::Value::Null),
            "letter" => ("letter", serde_json::Value::Null),
            "td210" => ("TD210", 0.into()),
            "td210-rev1" => ("TD210", 1.into()),
            "td211" => ("TD211", 0.into()),
            "td211-rev1" => ("TD211", 1.into()),
            other => panic!("unexpected document {other}"),
        };
        assert_eq!(
            (&entry["document"], &entry["revision"]),
            (&document.into(), &revision),
            "{path}"
        );
        assert_eq!(
            entry["sha256"],
            agenda::files::sha256_hex(&all[path]),
            "{path}"
        );
    }
}

#[test]
fn text_outputs_match_snapshots() {
    let (tmp, _) = build(&sample(), &["--format", "md,html,typ"]);
    let out = tmp.path().join("out/sg12-2025-09");
    for lang in ["zh", "en"] {
        for ext in ["md", "html", "typ"] {
            insta::assert_snapshot!(
                format!("sample_{lang}_{ext}"),
                text(&out, &format!("{lang}/draft.{ext}"))
            );
            // Every changes document: what reviewers read.
            for doc in SAMPLE_DOCUMENTS.iter().filter(|d| d.ends_with("-changes")) {
                insta::assert_snapshot!(
                    format!("sample_{lang}_{doc}_{ext}"),
                    text(&out, &format!("{lang}/{doc}.{ext}"))
                );
            }
        }
    }
    // The whole letter, in Chinese and English.
    for lang in ["zh", "en"] {
        for ext in ["md", "html", "typ"] {
            insta::assert_snapshot!(
                format!("sample_{lang}_letter_{ext}"),
                text(&out, &format!("{lang}/letter.{ext}"))
            );
        }
    }
    // The draft in the four other languages.
    for lang in ["ar", "fr", "ru", "es"] {
        for ext in ["md", "html"] {
            insta::assert_snapshot!(
                format!("sample_{lang}_{ext}"),
                text(&out, &format!("{lang}/draft.{ext}"))
            );
        }
    }
    let (tmp, _) = build(&mini(), &["--format", "md,html,typ", "--lang", "en"]);
    let out = tmp.path().join("out/m");
    for ext in ["md", "html", "typ"] {
        insta::assert_snapshot!(
            format!("mini_en_{ext}"),
            text(&out, &format!("en/draft.{ext}"))
        );
    }
}

/// Every text of the meeting in `lang`, as a reader sees it, without white space.
pub fn meeting_texts(dir: &Path, lang: &str) -> Vec<String> {
    let mut diags = Vec::new();
    let loaded = agenda::load::load_meeting(dir, &mut diags);
    let meeting = agenda::validate::validate(&loaded, &mut diags).expect("a valid meeting");
    meeting
        .draft_texts()
        .iter()
        .map(|t| {
            squeeze(&agenda::model::reading::seen(
                t.get(lang),
                meeting.meta.syntax,
            ))
        })
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn pdf_text_holds_every_title_cell_and_note_in_an_embedded_cjk_font() {
    let (tmp, _) = build(&sample(), &["--format", "pdf"]);
    for lang in ["zh", "en"] {
        let pdf = std::fs::read(
            tmp.path()
                .join(format!("out/sg12-2025-09/{lang}/draft.pdf")),
        )
        .unwrap();
        let extracted = squeeze(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
        for expected in meeting_texts(&sample(), lang) {
            assert!(
                extracted.contains(&expected),
                "{lang} PDF lacks {expected:?}"
            );
        }
        for weekday in ["星期二", "星期四", "9月18日"]
            .iter()
            .filter(|_| lang == "zh")
        {
            assert!(extracted.contains(weekday), "{weekday}");
        }
        let embeds_cjk = pdf.windows(17).any(|w| w == b"NotoSerifCJKsc-Re");
        assert_eq!(
            embeds_cjk,
            lang == "zh",
            "{lang}: CJK font embedded only where used"
        );
    }
}

#[test]
fn two_builds_give_identical_bytes() {
    let (a, _) = build(&sample(), &[]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (b, _) = build(&sample(), &[]);
    assert_eq!(files(&a.path().join("out")), files(&b.path().join("out")));
}

/// Typst's cache serves every document of a build (each thread has its own part of it)
/// and is evicted every few PDFs: a PDF is the same whatever else the build laid out
/// before or beside it, on whichever thread.
/// The Arabic PDFs of the whole build (six languages, two threads, the Chinese first)
/// against those of a build of Arabic alone, on one thread.
#[test]
fn a_pdf_does_not_depend_on_what_else_the_build_compiled() {
    let (all, _) = build(&sample(), &["--format", "pdf"]);
    let (alone, _) = build(&sample(), &["--format", "pdf", "--lang", "ar", "-j", "1"]);
    let ar = |tmp: &tempfile::TempDir| {
        let mut pdfs = files(&tmp.path().join("out/sg12-2025-09/ar"));
        pdfs.retain(|path, _| path.ends_with(".pdf"));
        pdfs
    };
    let (all, alone) = (ar(&all), ar(&alone));
    assert_eq!(alone.len(), 23, "{:?}", alone.keys());
    assert!(all == alone, "the Arabic PDFs differ");
}

#[test]
fn hostile_text_comes_out_literally() {
    let (tmp, _) = build(&mini(), &["--lang", "en", "--format", "md,html,pdf"]);
    let out = tmp.path().join("out/m/en");
    let html = text(&out, "draft.html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1. not a list"));
    assert!(!html.contains("<script"));
    assert!(
        html.contains("[x](javascript:alert(1))"),
        "unsafe link shown as written"
    );
    assert!(!html.contains("href=\"javascript"));
    let pdf = std::fs::read(out.join("draft.pdf")).unwrap();
    let pdf_text = squeeze(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
    for literal in [
        "$x$#read(\"/etc/passwd\")",
        "<script>alert(1)</script>&1.notalist",
        "#Closing",
        "-ofthemeeting",
        "Plenary|allday",
    ] {
        assert!(pdf_text.contains(literal), "PDF lacks {literal:?}");
    }
    let md = text(&out, "draft.md");
    let parsed = markdown_text(&md);
    for literal in [
        "$x$ #read(\"/etc/passwd\")",
        "<script>alert(1)</script> & 1. not a list",
        "# Closing",
        "- of the meeting",
        "Plenary | all day",
        "[x](javascript:alert(1))",
    ] {
        assert!(
            parsed.contains(literal),
            "Markdown lacks {literal:?} in {parsed}"
        );
    }
}

/// Texts are literal unless the meeting opts into Markdown: this title in the sample comes
/// out as written in every language and format.
#[test]
fn the_sample_shows_code_and_markup_in_a_title_as_written() {
    let title = r#"#read("/etc/passwd") <script>alert(1)</script> | *x*"#;
    let tmp = crate::common::copy_meeting(&sample());
    let quoted = serde_json::to_string(title).unwrap();
    crate::common::edit(
        &tmp.path().join("sg12-2025-09/agenda.yaml"),
        "zh: \"会议开幕\"\n      en: \"Opening of the meeting\"",
        &format!("zh: {quoted}\n      en: {quoted}"),
    );
    let publish = agenda(tmp.path(), &["publish", "sg12-2025-09", "--republish"]);
    assert_eq!(publish.code, 0, "{}", publish.stderr);
    let (out, _) = build(&tmp.path().join("sg12-2025-09"), &[]);
    for lang in ["zh", "en"] {
        let dir = out.path().join("out/sg12-2025-09").join(lang);
        let html = text(&dir, "draft.html");
        assert!(
            html.contains(r#"<span class="title">#read(&quot;/etc/passwd&quot;) &lt;script&gt;alert(1)&lt;/script&gt; | *x*"#),
            "{lang} HTML"
        );
        assert!(!html.contains("<script"), "{lang} HTML");
        let md = markdown_text(&text(&dir, "draft.md"));
        assert!(md.contains(title), "{lang} Markdown: {md}");
        let pdf = std::fs::read(dir.join("draft.pdf")).unwrap();
        let pdf_text = squeeze(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
        assert!(pdf_text.contains(&squeeze(title)), "{lang} PDF: {pdf_text}");
    }
}

/// The text a Markdown reader shows (GFM tables on), with `<br>` as a line break.
fn markdown_text(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let mut out = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::InlineHtml(h) if h.as_ref() == "<br>" => out.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in Markdown output"),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// A copy of the mini fixture with a `templates/` folder beside it holding `name`.
fn mini_with_template(name: &str, text: &str) -> tempfile::TempDir {
    let tmp = copy_meeting(&mini());
    std::fs::create_dir(tmp.path().join("templates")).unwrap();
    std::fs::write(tmp.path().join("templates").join(name), text).unwrap();
    tmp
}

#[test]
fn templates_folder_beside_the_sources_overrides_the_builtin_ones() {
    let tmp = mini_with_template(
        "document.md",
        "{{ meta.title }} / {% for item in agenda.items %}{{ item.number | rich }} {% endfor %}\n",
    );
    let run = agenda(
        tmp.path(),
        &[
            "build", "m", "-o", "out", "--format", "md,html", "--lang", "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        text(tmp.path(), "out/m/en/draft.md"),
        "Meeting of ITU-T Study Group 12 / 1 2 3 \n"
    );
    assert!(
        text(tmp.path(), "out/m/en/draft.html").starts_with("<!DOCTYPE html>"),
        "others stay built in"
    );
}

/// Each language's `.typ` files import `layout.typ`, which is written beside them.
#[test]
fn typst_sources_come_with_their_layout() {
    let (tmp, run) = build(&mini(), &["--format", "typ", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = tmp.path().join("out/m");
    let all = files(&out);
    let layout = include_str!("../../templates/layout.typ");
    assert_eq!(all["en/layout.typ"], layout.as_bytes());
    for (path, bytes) in &all {
        if path.ends_with(".typ") && path != "en/layout.typ" {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                text.contains(
                    "\n#import \"layout.typ\": render, em, bold, url, code, br, ins, del, iso\n"
                ),
                "{path}"
            );
        }
    }
    let manifest: serde_json::Value = serde_json::from_slice(&all["manifest.json"]).unwrap();
    let entry = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["path"] == "en/layout.typ")
        .unwrap();
    assert_eq!(
        (&entry["format"], &entry["lang"], &entry["document"]),
        (&"typ".into(), &"en".into(), &"layout".into())
    );
}

/// A `layout.typ` in a `templates/` folder lays out the PDFs, and its errors name it.
#[test]
fn a_layout_override_is_used_and_its_errors_name_it() {
    // What `document.typ` imports: `render`, and the functions that make rich text.
    let parts = "#let (em, bold, ins, del, iso) = ((..p) => p.pos().join(),) * 5\n\
                 #let url(u, ..p) = p.pos().join()\n\
                 #let code(t) = t\n\
                 #let br() = [ ]\n";
    // Every PDF is PDF/UA-1, which needs the document's title.
    let layout = format!("#let render(d) = [#set document(title: d.subject)\n#d.subject]\n{parts}");
    let tmp = mini_with_template("layout.typ", &layout);
    let run = agenda(
        tmp.path(),
        &[
            "build", "m", "-o", "out", "--format", "pdf,typ", "--lang", "en",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(text(tmp.path(), "out/m/en/layout.typ"), layout);
    let pdf = std::fs::read(tmp.path().join("out/m/en/draft.pdf")).unwrap();
    assert_eq!(
        squeeze(&pdf_extract::extract_text_from_mem(&pdf).unwrap()),
        squeeze("Meeting of ITU-T Study Group 12; Geneva, 12-15 September 2025")
    );
    let untitled = format!("#let render(d) = [#d.subject]\n{parts}");
    std::fs::write(tmp.path().join("templates/layout.typ"), untitled).unwrap();
    std::fs::remove_dir_all(tmp.path().join("out")).unwrap();
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "pdf", "--lang", "en"],
    );
    assert_failed_writing_nothing(&run, tmp.path(), "");
    assert_eq!(
        run.stderr,
        "error: PDF/UA-1 error: missing document title\n --> m/en/draft.typ:1:1\n  = hint: set the title with `set document(title: [...])`; Typst reports this while making m/en/draft.pdf, in the data that document.typ renders (`agenda build --format typ` writes it as m/en/draft.typ)\n\n"
    );
    let broken = format!("#let render(d) = [#d.subject #d.nothing]\n{parts}");
    std::fs::write(tmp.path().join("templates/layout.typ"), broken).unwrap();
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--format", "pdf"]);
    assert_failed_writing_nothing(&run, tmp.path(), "");
    assert_eq!(
        run.stderr,
        "error: dictionary does not contain key \"nothing\"\n --> templates/layout.typ:1:33\n  |\n1 | #let render(d) = [#d.subject #d.nothing]\n  |                                 ^^^^^^^\n  = hint: Typst reports this while making m/zh/draft.pdf\n\n"
    );
}

#[test]
fn a_broken_template_is_reported_with_its_file() {
    let tmp = mini_with_template("document.md", "{{ meta.nothing }}\n");
    let run = agenda(tmp.path(), &["build", "m", "-o", "out"]);
    assert_failed_writing_nothing(&run, tmp.path(), "");
    assert_eq!(
        run.stderr,
        "error: Field `nothing` is not defined. Available fields: agenda_update, annex, body, chair, chair_label, dates, opening, organisation, subject, timeplan_update, title, venue\n --> templates/document.md:1:9\n  |\n1 | {{ meta.nothing }}\n  |         ^^^^^^^\n  = hint: fix the template (its syntax: https://keats.github.io/tera/docs/)\n"
    );
}

/// The build failed with exit 1, saying `message`, and wrote no output folder.
/// Meetings are built in parallel and published one by one: a meeting whose template
/// fails is reported and left unwritten, and the others are still published.
#[test]
fn a_failing_meeting_does_not_stop_the_others() {
    let tmp = copy_meeting(&mini());
    crate::common::copy_dir(&tmp.path().join("m"), &tmp.path().join("n"));
    std::fs::create_dir(tmp.path().join("n/templates")).unwrap();
    std::fs::write(
        tmp.path().join("n/templates/document.html"),
        "{{ meta.nothing }}\n",
    )
    .unwrap();
    for jobs in ["1", "3"] {
        let out = format!("out{jobs}");
        let run = agenda(tmp.path(), &["build", "m", "n", "-o", &out, "-j", jobs]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        // zh and en: the draft in md, html and pdf, the calendar, the feed; and the
        // manifest.
        assert_eq!(run.stdout, format!("wrote {out}/m (13 files)\n"));
        assert!(
            run.stderr
                .starts_with("error: Field `nothing` is not defined.")
                && run
                    .stderr
                    .contains("\n --> n/templates/document.html:1:9\n"),
            "{}",
            run.stderr
        );
        assert!(tmp.path().join(&out).join("m/manifest.json").is_file());
        assert!(!tmp.path().join(&out).join("n").exists());
    }
}

fn assert_failed_writing_nothing(run: &crate::common::Run, dir: &Path, message: &str) {
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(message), "{}", run.stderr);
    assert!(!dir.join("out").exists());
}

#[test]
fn a_partial_build_replaces_only_its_files_and_keeps_the_others() {
    let tmp = copy_meeting(&mini());
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "md,html"],
    );
    assert_eq!(run.code, 0);
    let before = files(&tmp.path().join("out/m"));
    crate::common::edit(&tmp.path().join("m/meeting.yaml"), "en: Geneva", "en: Genf");
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "md", "--lang", "en"],
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "wrote out/m (5 files)\n")
    );
    let after = files(&tmp.path().join("out/m"));
    let names: Vec<&str> = after.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "en/draft.html",
            "en/draft.md",
            "manifest.json",
            "zh/draft.html",
            "zh/draft.md"
        ]
    );
    for kept in ["en/draft.html", "zh/draft.html", "zh/draft.md"] {
        assert_eq!(after[kept], before[kept], "{kept} kept as it was");
    }
    assert_ne!(
        after["en/draft.md"], before["en/draft.md"],
        "en/draft.md rebuilt"
    );
    assert_matches_manifest(&tmp.path().join("out/m"));
    // A build of every language and format replaces the folder as a whole.
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "md,md"],
    );
    assert_eq!(run.code, 0);
    let run = agenda(
        tmp.path(),
        &[
            "build", "m", "-o", "out", "--lang", "zh,zh", "--format", "md",
        ],
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "wrote out/m (5 files)\n"),
        "each asked once"
    );
    assert_matches_manifest(&tmp.path().join("out/m"));
}

/// Every file of the published folder `dir` is in its manifest with its hash, and every
/// file the manifest lists is there.
fn assert_matches_manifest(dir: &Path) {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let mut on_disk = files(dir);
    on_disk.remove("manifest.json");
    let listed: std::collections::BTreeMap<String, String> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["sha256"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let hashed: std::collections::BTreeMap<String, String> = on_disk
        .iter()
        .map(|(path, bytes)| (path.clone(), agenda::files::sha256_hex(bytes)))
        .collect();
    assert_eq!(hashed, listed, "{} matches its manifest", dir.display());
}

/// Two builds into one output folder at once (a person and a watcher): one waits for the
/// other, both succeed, and the folder always matches its manifest.
#[test]
fn parallel_builds_into_one_output_always_match_their_manifest() {
    let tmp = copy_meeting(&mini());
    for round in 0..50 {
        let spawn = || {
            std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
                .args(["build", "m", "-o", "out", "--format", "md,html"])
                .current_dir(tmp.path())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "round {round}: {stderr}");
            // The build that comes second finds the first's publication made from the
            // same inputs, and leaves it.
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(
                ["wrote out/m (5 files)\n", "unchanged out/m (5 files)\n"].contains(&&*said),
                "round {round}: {said}"
            );
        }
        assert_matches_manifest(&tmp.path().join("out/m"));
        let left = crate::common::entries(&tmp.path().join("out"));
        assert_eq!(
            left,
            [
                "index.html",
                "index.md",
                "index.zh.html",
                "index.zh.md",
                "m"
            ],
            "round {round}: no staging folder left"
        );
    }
}

#[test]
fn an_output_folder_of_sources_is_refused_and_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&sample(), &tmp.path().join("agendas/sg12-2025-09"));
    let before = files(tmp.path());
    let hint = "\n  = hint: choose an output folder outside the sources with -o, e.g. -o output\n";
    let cases: [(&str, &[&str], String); 4] = [
        (".", &["build", "-o", "agendas"], "the output folder agendas is the sources folder agendas".into()),
        ("agendas", &["build", ".", "-o", "."], "the output folder . is the sources folder .".into()),
        (".", &["build", "-o", "."], "the output folder . holds the sources folder agendas/sg12-2025-09".into()),
        (
            ".",
            &["build", "-o", "agendas/sg12-2025-09/out"],
            "the output folder agendas/sg12-2025-09/out is inside the sources folder agendas/sg12-2025-09".into(),
        ),
    ];
    for (cwd, args, message) in cases {
        let run = agenda(&tmp.path().join(cwd), args);
        let expected = format!(
            "error: {message}: a build replaces what it publishes there, so sources and output must be apart{hint}"
        );
        assert_eq!((run.code, run.stderr), (2, expected), "{args:?}");
        assert_eq!(files(tmp.path()), before, "{args:?} changed nothing");
    }
}

#[test]
fn two_meetings_with_one_id_are_refused_naming_both() {
    let tmp = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&mini(), &tmp.path().join("t/a/m"));
    crate::common::copy_dir(&mini(), &tmp.path().join("t/b/m"));
    let run = agenda(tmp.path(), &["build", "t", "-o", "out", "--format", "md"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: two meetings have the id `m`: t/a/m and t/b/m (a meeting's id is its folder's name, and names its output folder)\n  = hint: rename one of the folders, or build them one at a time into different output folders (-o)\n"
    );
    assert!(!tmp.path().join("out").exists());
}

#[cfg(unix)]
#[test]
fn links_are_followed_into_meetings_and_kept_in_the_output() {
    use std::os::unix::fs::symlink;
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("agendas")).unwrap();
    symlink("../m", dir.join("agendas/m")).unwrap();
    symlink("..", dir.join("agendas/loop")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::create_dir_all(dir.join("www/m-site")).unwrap();
    symlink("../www/m-site", dir.join("out/m")).unwrap();
    for done in ["wrote", "unchanged"] {
        let run = agenda(dir, &["build", "agendas", "-o", "out", "--format", "md"]);
        assert_eq!(
            (run.code, run.stdout.as_str()),
            (0, &*format!("{done} out/m (3 files)\n")),
            "{}",
            run.stderr
        );
        assert!(
            std::fs::symlink_metadata(dir.join("out/m"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_matches_manifest(&dir.join("www/m-site"));
    }
    let left = crate::common::entries(&dir.join("www"));
    assert_eq!(left, ["m-site"]);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_an_io_error_not_a_panic() {
    let tmp = copy_meeting(&mini());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["build", "m", "-o", "out", "--format", "md"])
        .current_dir(tmp.path())
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: cannot write to standard output (no space left on device)\n"
    );
}

/// A build killed part-way leaves the previous publication byte-identical (or, once the
/// new one is in place, the new one whole), and the next build tidies up after it. The
/// build is stopped exactly at each point by `AGENDA_KILL_AT` (read by debug builds only).
#[test]
fn a_build_killed_midway_leaves_a_whole_publication() {
    let tmp = copy_meeting(&sample());
    let build = |kill_at: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
            .args(["build", "sg12-2025-09", "-o", "out", "--format", "md"])
            .env("AGENDA_KILL_AT", kill_at)
            .current_dir(tmp.path())
            .output()
            .unwrap()
    };
    let published = tmp.path().join("out/sg12-2025-09");
    // The meeting's details are frozen once published: this copy is made unpublished.
    std::fs::remove_file(tmp.path().join("sg12-2025-09/revisions.lock")).unwrap();
    assert!(build("").status.success());
    for (round, point) in ["staged", "swapped", "staged"].iter().enumerate() {
        let before = files(&published);
        let venue = format!("en: Geneva (round {round})");
        let from = if round == 0 {
            "en: Geneva".to_string()
        } else {
            format!("en: Geneva (round {})", round - 1)
        };
        crate::common::edit(&tmp.path().join("sg12-2025-09/meeting.yaml"), &from, &venue);
        let killed = build(point);
        assert!(!killed.status.success(), "the build stopped at {point}");
        let after = files(&published);
        match *point {
            "staged" => assert_eq!(after, before, "killed at {point}: the old publication"),
            _ => assert_ne!(after, before, "killed at {point}: the new publication"),
        }
        assert_matches_manifest(&published);
        // The meeting, what the killed build left, and the index (two files in each of
        // the six languages).
        assert_eq!(
            crate::common::entries(&tmp.path().join("out")).len(),
            14,
            "a leftover"
        );
        let next = build("");
        assert!(
            next.status.success(),
            "{}",
            String::from_utf8_lossy(&next.stderr)
        );
        let index = ["ar", "es", "fr", "ru", "zh"]
            .iter()
            .flat_map(|l| [format!("index.{l}.html"), format!("index.{l}.md")]);
        let mut expected: Vec<String> = ["index.html", "index.md", "sg12-2025-09"]
            .iter()
            .map(|s| s.to_string())
            .chain(index)
            .collect();
        expected.sort();
        assert_eq!(
            crate::common::entries(&tmp.path().join("out")),
            expected,
            "tidied"
        );
        assert_matches_manifest(&published);
    }
}

/// Templates see only the templates; the Typst world serves no file of the machine.
#[test]
fn templates_and_typst_cannot_read_files() {
    let tmp = mini_with_template("document.md", "{% include \"/etc/passwd\" %}\n");
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--format", "md"]);
    assert_failed_writing_nothing(
        &run,
        tmp.path(),
        "error: template templates/document.md failed",
    );
    assert!(run.stderr.starts_with("error: template"), "{}", run.stderr);
    assert!(!run.stderr.contains("root:"), "{}", run.stderr);
    std::fs::remove_file(tmp.path().join("templates/document.md")).unwrap();
    std::fs::write(
        tmp.path().join("templates/document.typ"),
        "#read(\"/etc/passwd\")\n",
    )
    .unwrap();
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--format", "pdf"]);
    assert_failed_writing_nothing(&run, tmp.path(), "");
    assert_eq!(
        run.stderr.split("\n\n").next().unwrap(),
        "error: file not found (searched at /etc/passwd)\n --> m/zh/draft.typ:1:7\n  |\n1 | #read(\"/etc/passwd\")\n  |       ^^^^^^^^^^^^^\n  = hint: Typst reports this while making m/zh/draft.pdf, in the data that document.typ renders (`agenda build --format typ` writes it as m/zh/draft.typ)"
    );
}

#[test]
fn an_output_folder_that_cannot_be_made_is_an_io_error() {
    let tmp = copy_meeting(&mini());
    std::fs::write(tmp.path().join("blocker"), "a file").unwrap();
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "blocker/out", "--format", "md"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: cannot write blocker/out ("),
        "{}",
        run.stderr
    );
}

/// On Linux the new publication and the old one trade places in one step: a reader
/// (a web server) polling the folder never finds it missing.
#[cfg(target_os = "linux")]
#[test]
fn the_published_folder_is_never_missing_while_it_is_replaced() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let tmp = copy_meeting(&mini());
    let build = || agenda(tmp.path(), &["build", "m", "-o", "out", "--format", "md"]);
    assert_eq!(build().code, 0);
    let manifest = tmp.path().join("out/m/manifest.json");
    let done = AtomicBool::new(false);
    let (missing, looks) = std::thread::scope(|s| {
        let watcher = s.spawn(|| {
            let (mut missing, mut looks) = (0, 0);
            while !done.load(Ordering::Relaxed) {
                looks += 1;
                if !manifest.exists() {
                    missing += 1;
                }
            }
            (missing, looks)
        });
        for _ in 0..20 {
            assert_eq!(build().code, 0);
        }
        done.store(true, Ordering::Relaxed);
        watcher.join().unwrap()
    });
    assert!(looks > 1000, "the watcher looked {looks} times");
    assert_eq!(missing, 0, "missing {missing} times in {looks} looks");
}

/// A link in the output folder that points at sources is refused: the sources are never
/// swapped out and deleted, wherever the link leads.
#[cfg(unix)]
#[test]
fn an_output_link_into_the_sources_is_refused() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&mini(), &tmp.path().join("agendas/m"));
    std::fs::create_dir_all(tmp.path().join("out")).unwrap();
    let before = files(&tmp.path().join("agendas"));
    for (link, to) in [("out/m", "../agendas"), ("out/m", "../agendas/m")] {
        let _ = std::fs::remove_file(tmp.path().join(link));
        symlink(to, tmp.path().join(link)).unwrap();
        let run = agenda(
            tmp.path(),
            &["build", "agendas", "-o", "out", "--format", "md"],
        );
        assert_eq!(run.code, 2, "{to}: {}", run.stderr);
        assert!(run.stderr.starts_with("error: out/m "), "{}", run.stderr);
        assert!(
            run.stderr.contains("a build never replaces sources"),
            "{}",
            run.stderr
        );
        assert_eq!(
            files(&tmp.path().join("agendas")),
            before,
            "{to}: sources untouched"
        );
    }
}

/// A linked publication moved aside by a build killed between the two renames (where
/// folders cannot be exchanged) is put back before the link is followed again.
#[cfg(unix)]
#[test]
fn a_linked_publication_moved_aside_is_put_back() {
    use std::os::unix::fs::symlink;
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::create_dir_all(dir.join("www/.m-site.old-999")).unwrap();
    let manifest = "{\"meeting\": \"m\", \"files\": []}\n";
    std::fs::write(dir.join("www/.m-site.old-999/manifest.json"), manifest).unwrap();
    symlink("../www/m-site", dir.join("out/m")).unwrap();
    let run = agenda(dir, &["build", "m", "-o", "out", "--format", "md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(dir.join("out/m"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_matches_manifest(&dir.join("www/m-site"));
    assert_eq!(crate::common::entries(&dir.join("www")), ["m-site"]);
}

#[test]
fn a_file_where_the_meetings_folder_goes_is_refused() {
    let tmp = copy_meeting(&mini());
    std::fs::create_dir_all(tmp.path().join("out")).unwrap();
    std::fs::write(tmp.path().join("out/m"), "a file").unwrap();
    let run = agenda(tmp.path(), &["build", "m", "-o", "out", "--format", "md"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: out/m is a file, not a folder\n  = hint: move the file away: a build writes a folder there\n"
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("out/m")).unwrap(),
        "a file"
    );
}

/// The title in a PDF's XMP metadata (which Typst writes uncompressed).
fn pdf_title(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let start = text
        .find("<rdf:li xml:lang=\"x-default\">")
        .expect("a title")
        + 29;
    text[start..]
        .split("</rdf:li>")
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn every_pdf_of_the_sample_has_its_own_title() {
    let (tmp, _) = build(&sample(), &["--format", "pdf"]);
    let all = files(&tmp.path().join("out/sg12-2025-09"));
    let titles: std::collections::BTreeMap<String, &String> = all
        .iter()
        .filter(|(path, _)| path.ends_with(".pdf"))
        .map(|(path, bytes)| (pdf_title(bytes), path))
        .collect();
    // 60 documents (the letter's included) and 78 group pages (13 groups in 6 languages).
    assert_eq!(titles.len(), 60 + 78, "{titles:#?}");
    assert_eq!(
        pdf_title(&all["en/letter.pdf"]),
        "TSB Collective letter 3/12 – Meeting of ITU-T Study Group 12; Geneva, 9-18 September 2025"
    );
    assert_eq!(
        pdf_title(&all["en/td210-rev1-changes.pdf"]),
        "TD210 Rev.1 – Changes from TD210 – Meeting of ITU-T Study Group 12; Geneva, 9-18 September 2025"
    );
}

/// A build's progress as a test sees it: it stops the build once `after` files are
/// rendered.
struct StopAfter {
    after: usize,
    rendered: std::sync::atomic::AtomicUsize,
}

impl agenda::build::Progress for StopAfter {
    fn planned(&self, _: usize) {}
    fn rendered(&self) {
        self.rendered
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    fn waiting(&self, _: &str) {}
    fn cancelled(&self) -> bool {
        self.rendered.load(std::sync::atomic::Ordering::Relaxed) >= self.after
    }
}

/// `agenda serve` stops a build whose sources change while it runs: the build, as the
/// library function it is, renders no more files and publishes no meeting it did not
/// finish (its last publication stands); run to its end, it publishes.
#[test]
fn a_build_stopped_midway_publishes_nothing_it_did_not_finish() {
    use agenda::build::{Options, Outcome, build};
    let tmp = copy_meeting(&mini());
    let out = tmp.path().join("out");
    let options = Options {
        jobs: 1,
        ..Options::new(&out, &[agenda::format::Format::Md])
    };
    let stop = StopAfter {
        after: 1,
        rendered: Default::default(),
    };
    let report = build(&[tmp.path().join("m")], &options, &stop).unwrap();
    assert!(report.cancelled);
    assert!(report.meetings.is_empty(), "{:?}", report.meetings);
    assert!(!out.join("m").exists());
    // One thread renders: it takes no job once told to stop.
    assert_eq!(stop.rendered.into_inner(), 1);
    let report = build(&[tmp.path().join("m")], &options, &agenda::build::Quiet).unwrap();
    assert!(!report.cancelled);
    match &report.meetings[..] {
        [Outcome::Written { dir, files: n }] => {
            assert_eq!(dir, &out.join("m"));
            // Its files, the manifest among them.
            assert_eq!(files(dir).len(), *n);
        }
        other => panic!("{other:?}"),
    }
}

/// Each language's feed says its language and direction, and has ids of its own: a reader
/// subscribed to two languages sees each issue in both (issue 28).
#[test]
fn each_language_s_feed_has_its_own_ids_and_direction() {
    let out = crate::common::build_sample(&["--format", "atom", "--lang", "ar,en"]);
    let feed = |lang: &str| {
        std::fs::read_to_string(
            out.path()
                .join(format!("sg12-2025-09/{lang}/revisions.atom")),
        )
        .unwrap()
    };
    let ids = |text: &str| -> Vec<String> {
        (text.split("<id>").skip(1))
            .filter_map(|e| e.split("</id>").next().map(str::to_string))
            .collect()
    };
    let (ar, en) = (feed("ar"), feed("en"));
    assert!(
        ar.contains("xml:lang=\"ar\"") && ar.contains("dir=\"rtl\""),
        "{ar}"
    );
    assert!(en.contains("dir=\"ltr\""), "{en}");
    assert!(
        ids(&en).contains(&"tag:agenda,2025-09-09:sg12-2025-09/en/td210-rev1".to_string()),
        "{en}"
    );
    let en_ids = ids(&en);
    let shared: Vec<String> = ids(&ar)
        .into_iter()
        .filter(|i| en_ids.contains(i))
        .collect();
    assert!(shared.is_empty(), "ids both feeds have: {shared:?}");
}
