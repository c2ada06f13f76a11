//! The index of everything published in an output folder, `index.html` and `index.md`:
//! each meeting (read back from its `manifest.json`, so meetings built earlier are listed
//! too) with its documents per issue and language (each issue's latest revision first,
//! with its changes document), its calendars and feeds, and its group pages. Written after
//! the build's meetings are published, under the output's lock, each file replacing the
//! previous one whole (written beside it, then renamed).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::{About, Listed, OutputError, Published, fail};
use crate::render::escape::{html_string, markdown_string};

/// One row of a meeting's tables: its label, and per language the files (format, path).
struct Row {
    label: String,
    cells: BTreeMap<String, Vec<(String, String)>>,
}

/// A meeting's part of the index: its title, languages (in order) and three tables.
struct Entry {
    id: String,
    title: String,
    langs: Vec<String>,
    documents: Vec<Row>,
    feeds: Vec<Row>,
    groups: Vec<Row>,
}

/// Writes `<out>/index.html` and `<out>/index.md` for every meeting published in `out`.
pub fn write(out: &Path) -> Result<(), OutputError> {
    let entries: Vec<Entry> = listed(out).into_iter().map(entry).collect();
    replace(&out.join("index.html"), &html(&entries))?;
    replace(&out.join("index.md"), &markdown(&entries))
}

/// The meetings of `out`, by folder name; a folder without a readable manifest of this
/// tool is not one.
fn listed(out: &Path) -> Vec<Published> {
    let Ok(dir) = fs::read_dir(out) else {
        return Vec::new();
    };
    let mut names: Vec<String> = dir
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|n| Published::read(&out.join(n)).ok().flatten())
        .collect()
}

fn entry(m: Published) -> Entry {
    let known = crate::lang::known();
    let mut langs: Vec<String> = known
        .iter()
        .map(|l| l.to_string())
        .filter(|l| m.files.iter().any(|f| &f.lang == l))
        .collect();
    langs.dedup();
    let title = ["en"]
        .iter()
        .chain(known.iter())
        .find_map(|l| m.about.titles.get(*l))
        .cloned()
        .unwrap_or_else(|| m.about.meeting.clone());
    let prefix = |f: &Listed| (f.clone(), format!("{}/{}", m.about.meeting, f.path));
    let files: Vec<(Listed, String)> = m
        .files
        .iter()
        .filter(|f| f.format != "typ")
        .map(prefix)
        .collect();
    Entry {
        id: m.about.meeting.clone(),
        title,
        langs,
        documents: documents(&files),
        feeds: feeds(&files),
        groups: groups(&files, &m.about),
    }
}

/// How the index orders documents: the latest date first (the draft, which has none,
/// last), then the document number, the latest revision first, the full document before
/// its changes.
type Issue = (
    std::cmp::Reverse<Option<String>>,
    String,
    std::cmp::Reverse<Option<u32>>,
    bool,
);

/// The documents: the issues of the updates, the latest first (by date, then number),
/// each followed by its changes document, then the draft (which has no date).
fn documents(files: &[(Listed, String)]) -> Vec<Row> {
    use std::cmp::Reverse;
    let docs = files.iter().filter(|(f, _)| {
        f.group.is_none() && !matches!(f.document.as_str(), "calendar" | "feed" | "layout")
    });
    let mut keys: Vec<Issue> = docs
        .clone()
        .map(|(f, _)| {
            let when = Reverse(f.issued.clone());
            (when, f.document.clone(), Reverse(f.revision), f.changes)
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|(_, document, Reverse(revision), changes)| {
            let label = label(&document, revision, changes);
            let mine = |f: &Listed| {
                f.document == document && f.revision == revision && f.changes == changes
            };
            row(label, docs.clone().filter(|(f, _)| mine(f)))
        })
        .collect()
}

/// "TD210 Rev.1", "TD210 Rev.1: changes", "Draft".
fn label(document: &str, revision: Option<u32>, changes: bool) -> String {
    let name = match revision {
        None => "Draft".to_string(),
        Some(n) => crate::model::document_label(document, n),
    };
    if changes {
        format!("{name}: changes")
    } else {
        name
    }
}

/// The meeting's calendar and its feed of revisions.
fn feeds(files: &[(Listed, String)]) -> Vec<Row> {
    let mut rows = Vec::new();
    for (document, label) in [("calendar", "Calendar"), ("feed", "Revisions (Atom)")] {
        let mine = files
            .iter()
            .filter(|(f, _)| f.document == document && f.group.is_none());
        let row = row(label.to_string(), mine);
        if !row.cells.is_empty() {
            rows.push(row);
        }
    }
    rows
}

/// Each group's page and calendar, in the plan's order of groups, named in English (or
/// the first language that names it).
fn groups(files: &[(Listed, String)], about: &About) -> Vec<Row> {
    about
        .groups
        .iter()
        .map(|g| {
            let name = g
                .names
                .get("en")
                .or_else(|| g.names.values().next())
                .cloned()
                .unwrap_or_else(|| g.id.clone());
            row(
                name,
                files
                    .iter()
                    .filter(|(f, _)| f.group.as_deref() == Some(g.id.as_str())),
            )
        })
        .filter(|r| !r.cells.is_empty())
        .collect()
}

fn row<'a>(label: String, files: impl Iterator<Item = &'a (Listed, String)>) -> Row {
    let mut cells: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (f, path) in files {
        cells
            .entry(f.lang.clone())
            .or_default()
            .push((f.format.to_uppercase(), path.clone()));
    }
    for links in cells.values_mut() {
        links.sort_by_key(|(format, _)| {
            ["HTML", "PDF", "DOCX", "MD", "ICS", "ATOM"]
                .iter()
                .position(|f| f == format)
        });
    }
    Row { label, cells }
}

fn html(entries: &[Entry]) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Published meetings</title>\n<style>\n  body { font-family: \"Times New Roman\", \"Libertinus Serif\", \"Noto Serif CJK SC\", \"Noto Naskh Arabic\", serif; max-width: 70em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }\n  table { border-collapse: collapse; margin: .5em 0 1.5em; }\n  caption { text-align: start; font-style: italic; padding-bottom: .3em; }\n  th, td { border: 1px solid #999; padding: .25em .6em; text-align: start; vertical-align: top; }\n  tbody th { font-weight: normal; white-space: nowrap; }\n  td a { margin-inline-end: .5em; }\n</style>\n</head>\n<body>\n<h1>Published meetings</h1>\n",
    );
    if entries.is_empty() {
        out.push_str("<p>Nothing is published here yet.</p>\n");
    }
    for e in entries {
        out.push_str(&format!(
            "<section id=\"{}\">\n<h2>{}</h2>\n",
            html_string(&e.id),
            html_string(&e.title)
        ));
        for (caption, rows) in [
            ("Documents", &e.documents),
            ("Calendars and feeds", &e.feeds),
            ("Group pages and calendars", &e.groups),
        ] {
            if !rows.is_empty() {
                out.push_str(&html_table(caption, &e.langs, rows));
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn html_table(caption: &str, langs: &[String], rows: &[Row]) -> String {
    let mut out = format!("<table>\n<caption>{caption}</caption>\n<thead><tr><td></td>");
    for l in langs {
        let name = crate::lang::locale(l).native_name();
        out.push_str(&format!(
            "<th scope=\"col\" lang=\"{l}\">{}</th>",
            html_string(&name)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            html_string(&r.label)
        ));
        for l in langs {
            let links = r.cells.get(l).map(Vec::as_slice).unwrap_or_default();
            let links: Vec<String> = links
                .iter()
                .map(|(format, path)| format!("<a href=\"{}\">{format}</a>", html_string(path)))
                .collect();
            out.push_str(&format!("<td>{}</td>", links.join(" ")));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn markdown(entries: &[Entry]) -> String {
    let mut out = String::from("# Published meetings\n\n");
    for e in entries {
        out.push_str(&format!("## {}\n\n", markdown_string(&e.title)));
        for (caption, rows) in [
            ("Documents", &e.documents),
            ("Calendars and feeds", &e.feeds),
            ("Group pages and calendars", &e.groups),
        ] {
            if rows.is_empty() {
                continue;
            }
            let names: Vec<String> = e
                .langs
                .iter()
                .map(|l| markdown_string(&crate::lang::locale(l).native_name()))
                .collect();
            out.push_str(&format!(
                "*{caption}*\n\n| | {} |\n|---|{}\n",
                names.join(" | "),
                "---|".repeat(names.len())
            ));
            for r in rows {
                let cells: Vec<String> = e
                    .langs
                    .iter()
                    .map(|l| {
                        let links = r.cells.get(l).map(Vec::as_slice).unwrap_or_default();
                        links
                            .iter()
                            .map(|(format, path)| format!("[{format}]({path})"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                out.push_str(&format!(
                    "| {} | {} |\n",
                    markdown_string(&r.label),
                    cells.join(" | ")
                ));
            }
            out.push('\n');
        }
    }
    out
}

/// Writes `text` to `path` whole (see [`super::replace_file`]).
fn replace(path: &Path, text: &str) -> Result<(), OutputError> {
    crate::files::replace_file(path, text.as_bytes(), "index-written").map_err(fail(path))
}
