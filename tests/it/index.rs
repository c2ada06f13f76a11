//! The index of the output folder: every published file is linked from it, every link in
//! the output (HTML, Markdown, Atom) resolves to a file of the output, and meetings built
//! at different times are all listed.

use std::path::Path;

use crate::common::{agenda, copy_meeting, mini, root};

/// The links of an HTML or Atom page: the values of its `href` and `src` attributes.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for part in text.split(attr).skip(1) {
            out.extend(part.split('"').next().map(|l| l.replace("&amp;", "&")));
        }
    }
    out
}

/// The targets of a Markdown page's links.
fn md_links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // A Markdown link, not an escaped bracket shown as text (`\](`).
    for (i, _) in text.match_indices("](") {
        if !text[..i].ends_with('\\') {
            let target = text[i + 2..].split(')').next().unwrap_or_default();
            out.push(
                target
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string(),
            );
        }
    }
    out
}

/// Every link of every page under `out` that points into the output, with the page.
fn check_links(out: &Path) -> usize {
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !["html", "md", "atom"].contains(&ext) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let found = if ext == "md" {
            md_links(&text)
        } else {
            links(&text)
        };
        for link in found {
            let external = ["http://", "https://", "mailto:", "#"]
                .iter()
                .any(|p| link.starts_with(p));
            if external || link.is_empty() {
                continue;
            }
            let target = path.parent().unwrap().join(link.split('#').next().unwrap());
            assert!(
                target.is_file(),
                "{} links to {link}, which is not in the output",
                path.display()
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn the_index_links_every_published_file_and_every_link_resolves() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = agenda(&root(), &["build", "-o", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let linked = links(&index);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("sg12-2025-09/manifest.json")).unwrap())
            .unwrap();
    for entry in manifest["files"].as_array().unwrap() {
        let path = format!("sg12-2025-09/{}", entry["path"].as_str().unwrap());
        assert!(linked.contains(&path), "the index does not link {path}");
    }
    assert_eq!(
        manifest["titles"]["zh"],
        "第12研究组会议；2025年9月9-18日，日内瓦"
    );
    assert_eq!(manifest["groups"][1]["names"]["en"], "Question 1/12");
    // The latest issue first, each followed by its changes document; the letter by its
    // date; the draft last.
    let rows: Vec<&str> = index
        .split("<tr><th scope=\"row\">")
        .skip(1)
        .map(|r| r.split('<').next().unwrap_or_default().trim_end())
        .take(10)
        .collect();
    assert_eq!(
        rows,
        [
            "TD211 Rev.1",
            "TD211 Rev.1: changes",
            "TD210 Rev.1",
            "TD210 Rev.1: changes",
            "TD210",
            "TD210: changes",
            "TD211",
            "TD211: changes",
            "Invitation letter",
            "Draft"
        ]
    );
    // The current issue of each document that has several is marked, with its date; the
    // page's content is its main landmark.
    let current = "<tr><th scope=\"row\">TD210 Rev.1 <strong class=\"current\">(current)</strong></th><td>11 September 2025</td>";
    assert!(index.contains(current), "{index}");
    assert!(
        index.contains("<tr><th scope=\"row\">TD210</th><td>9 September 2025</td>"),
        "{index}"
    );
    assert!(
        index.contains("<main>\n") && index.contains("</main>\n"),
        "{index}"
    );
    let checked = check_links(&out);
    assert!(checked > 1000, "only {checked} links checked");
}

#[test]
fn meetings_built_apart_are_all_in_the_index() {
    let tmp = copy_meeting(&mini());
    let run = agenda(tmp.path(), &["build", "m", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sample = root().join("agendas/sg12-2025-09");
    let out = tmp.path().join("out");
    let run = agenda(
        &root(),
        &[
            "build",
            sample.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--lang",
            "en",
            "--format",
            "html",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = std::fs::read_to_string(out.join("index.md")).unwrap();
    assert!(
        index.contains("## Meeting of ITU-T Study Group 12; Geneva, 12-15 September 2025\n"),
        "{index}"
    );
    assert!(
        index.contains("## Meeting of ITU-T Study Group 12; Geneva, 9-18 September 2025\n"),
        "{index}"
    );
    assert!(
        index.contains("[HTML](m/en/draft.html)")
            && index.contains("[HTML](sg12-2025-09/en/td211.html)")
    );
    check_links(&out);
}

/// The index speaks the reader's language: `index.html` in English, and a page in each
/// other language the meetings publish in (the mini meeting: Chinese), its chrome and the
/// meeting's title in that language, each page linking the others; a page in a language
/// no meeting publishes in any more is removed.
#[test]
fn the_index_is_in_each_language_the_meetings_publish_in() {
    let tmp = copy_meeting(&mini());
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("index.fr.html"), "an index of an earlier build").unwrap();
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", "out", "--format", "html,md"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let zh = std::fs::read_to_string(out.join("index.zh.html")).unwrap();
    assert!(zh.contains("<html lang=\"zh\" dir=\"ltr\">"), "{zh}");
    assert!(zh.contains("<h1>已发布的会议</h1>"), "{zh}");
    assert!(zh.contains("<caption>文件</caption>"), "{zh}");
    assert!(zh.contains("<a href=\"index.html\" lang=\"en\" hreflang=\"en\">English</a>"));
    let en = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        en.contains("<h1>Published meetings</h1>") && en.contains("<caption>Documents</caption>")
    );
    assert!(en.contains("<a href=\"index.zh.html\" lang=\"zh\" hreflang=\"zh\">中文</a>"));
    let zh_md = std::fs::read_to_string(out.join("index.zh.md")).unwrap();
    assert!(
        zh_md.starts_with("# 已发布的会议\n\n其他语文： [English](index.md)\n"),
        "{zh_md}"
    );
    assert!(!out.join("index.fr.html").exists());
    check_links(&out);
}
