//! The index of everything published in an output folder, `index.html` and `index.md`:
//! each meeting (read back from its `manifest.json`, so meetings built earlier are listed
//! too) with its documents per issue and language (each issue's latest revision first,
//! with its changes document), its calendars and feeds, and its group pages. It speaks
//! the reader's language: `index.html` and `index.md` in English, and a pair
//! `index.<lang>.html`, `index.<lang>.md` in each other language the meetings publish in,
//! each naming the meetings and groups in its language and linking the others. Written
//! after the build's meetings are published, under the output's lock, each file replacing
//! the previous one whole (written beside it, then renamed).

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

/// Writes the index of every meeting published in `out`, in each language.
pub fn write(out: &Path) -> Result<(), OutputError> {
    let published = listed(out);
    let langs = languages(&published);
    for lang in &langs {
        let reader = Reader {
            lang,
            loc: crate::lang::locale(lang),
            others: &langs,
        };
        let entries: Vec<Entry> = published.iter().map(|m| entry(m, &reader)).collect();
        replace(&out.join(file(lang, "html")), &html(&entries, &reader))?;
        replace(&out.join(file(lang, "md")), &markdown(&entries, &reader))?;
    }
    // The index in a language no meeting publishes in any more is gone.
    for lang in crate::lang::known()
        .iter()
        .filter(|l| !langs.iter().any(|x| x == *l))
    {
        for ext in ["html", "md"] {
            let path = out.join(file(lang, ext));
            match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(fail(&path)(e)),
                _ => {}
            }
        }
    }
    Ok(())
}

/// The language an index page is in, what it says in it, and the languages of the others.
struct Reader<'a> {
    lang: &'a str,
    loc: crate::lang::Locale,
    others: &'a [String],
}

/// English, then each other language a published file is in, in the tool's order.
fn languages(published: &[Published]) -> Vec<String> {
    let used = |l: &str| {
        published
            .iter()
            .any(|m| m.files.iter().any(|f| f.lang == l))
    };
    let known = crate::lang::known();
    let others = known.iter().copied().filter(|l| *l != "en" && used(l));
    std::iter::once("en")
        .chain(others)
        .map(str::to_string)
        .collect()
}

/// `index.html` for English, `index.<lang>.html` for another language.
fn file(lang: &str, ext: &str) -> String {
    match lang {
        "en" => format!("index.{ext}"),
        _ => format!("index.{lang}.{ext}"),
    }
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

fn entry(m: &Published, reader: &Reader) -> Entry {
    let known = crate::lang::known();
    let mut langs: Vec<String> = known
        .iter()
        .map(|l| l.to_string())
        .filter(|l| m.files.iter().any(|f| &f.lang == l))
        .collect();
    langs.dedup();
    let title = [reader.lang, "en"]
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
        documents: documents(&files, reader),
        feeds: feeds(&files, reader),
        groups: groups(&files, &m.about, reader),
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
fn documents(files: &[(Listed, String)], reader: &Reader) -> Vec<Row> {
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
            let label = label((&document, revision, changes), reader);
            let mine = |f: &Listed| {
                f.document == document && f.revision == revision && f.changes == changes
            };
            row(label, docs.clone().filter(|(f, _)| mine(f)))
        })
        .collect()
}

/// "TD210 Rev.1", "TD210 Rev.1: changes", "Draft", in the reader's language.
fn label((document, revision, changes): (&str, Option<u32>, bool), reader: &Reader) -> String {
    let name = match revision {
        None => reader.loc.text("index-draft", &[]),
        Some(n) => crate::model::document_label(document, n),
    };
    if changes {
        reader.loc.text("index-changes", &[("document", &name)])
    } else {
        name
    }
}

/// The meeting's calendar and its feed of revisions.
fn feeds(files: &[(Listed, String)], reader: &Reader) -> Vec<Row> {
    let mut rows = Vec::new();
    for (document, label) in [("calendar", "index-calendar"), ("feed", "index-feed")] {
        let label = reader.loc.text(label, &[]);
        let mine = files
            .iter()
            .filter(|(f, _)| f.document == document && f.group.is_none());
        let row = row(label, mine);
        if !row.cells.is_empty() {
            rows.push(row);
        }
    }
    rows
}

/// Each group's page and calendar, in the plan's order of groups, named in the reader's
/// language (or English, or the first language that names it).
fn groups(files: &[(Listed, String)], about: &About, reader: &Reader) -> Vec<Row> {
    about
        .groups
        .iter()
        .map(|g| {
            let name = (g.names.get(reader.lang))
                .or_else(|| g.names.get("en"))
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

/// The head of the HTML page, in the reader's language and direction.
const STYLE: &str = "<style>\n  body { font-family: \"Times New Roman\", \"Libertinus Serif\", \"Noto Serif CJK SC\", \"Noto Naskh Arabic\", serif; max-width: 70em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }\n  table { border-collapse: collapse; margin: .5em 0 1.5em; }\n  caption { text-align: start; font-style: italic; padding-bottom: .3em; }\n  th, td { border: 1px solid #999; padding: .25em .6em; text-align: start; vertical-align: top; }\n  tbody th { font-weight: normal; white-space: nowrap; }\n  td a { margin-inline-end: .5em; }\n  nav a { margin-inline-start: .5em; }\n</style>\n";

fn html(entries: &[Entry], reader: &Reader) -> String {
    let title = html_string(&reader.loc.text("index-title", &[]));
    let (lang, dir) = (reader.lang, reader.loc.dir);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{STYLE}</head>\n<body>\n<h1>{title}</h1>\n"
    );
    out.push_str(&html_languages(reader));
    if entries.is_empty() {
        let empty = reader.loc.text("index-empty", &[]);
        out.push_str(&format!("<p>{}</p>\n", html_string(&empty)));
    }
    for e in entries {
        out.push_str(&format!(
            "<section id=\"{}\">\n<h2>{}</h2>\n",
            html_string(&e.id),
            html_string(&e.title)
        ));
        for (caption, rows) in tables(e, reader) {
            if !rows.is_empty() {
                out.push_str(&html_table(&html_string(&caption), &e.langs, rows));
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A meeting's three tables, each with its caption in the reader's language.
fn tables<'e>(e: &'e Entry, reader: &Reader) -> [(String, &'e [Row]); 3] {
    let say = |id: &str| reader.loc.text(id, &[]);
    [
        (say("index-documents"), &e.documents),
        (say("index-feeds"), &e.feeds),
        (say("index-groups"), &e.groups),
    ]
}

/// The index in each other language, each named in its own (none if there is only one).
fn others<'a>(reader: &'a Reader) -> Vec<(&'a str, String)> {
    (reader.others.iter())
        .filter(|l| l.as_str() != reader.lang)
        .map(|l| (l.as_str(), crate::lang::locale(l).native_name()))
        .collect()
}

fn html_languages(reader: &Reader) -> String {
    let others = others(reader);
    if others.is_empty() {
        return String::new();
    }
    let label = html_string(&reader.loc.text("index-languages", &[]));
    let links: Vec<String> = (others.iter())
        .map(|(l, name)| {
            format!(
                "<a href=\"{}\" lang=\"{l}\" hreflang=\"{l}\">{}</a>",
                file(l, "html"),
                html_string(name)
            )
        })
        .collect();
    format!("<nav>{label}{}</nav>\n", links.join(""))
}

/// A table of links; `caption` is HTML already.
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

fn markdown(entries: &[Entry], reader: &Reader) -> String {
    let title = markdown_string(&reader.loc.text("index-title", &[]));
    let mut out = format!("# {title}\n\n");
    let others = others(reader);
    if !others.is_empty() {
        let label = markdown_string(&reader.loc.text("index-languages", &[]));
        let links: Vec<String> = (others.iter())
            .map(|(l, name)| format!("[{}]({})", markdown_string(name), file(l, "md")))
            .collect();
        out.push_str(&format!("{label} {}\n\n", links.join(" · ")));
    }
    for e in entries {
        out.push_str(&format!("## {}\n\n", markdown_string(&e.title)));
        for (caption, rows) in tables(e, reader) {
            if !rows.is_empty() {
                out.push_str(&markdown_table(&markdown_string(&caption), &e.langs, rows));
            }
        }
    }
    out
}

fn markdown_table(caption: &str, langs: &[String], rows: &[Row]) -> String {
    let names: Vec<String> = (langs.iter())
        .map(|l| markdown_string(&crate::lang::locale(l).native_name()))
        .collect();
    let mut out = format!(
        "*{caption}*\n\n| | {} |\n|---|{}\n",
        names.join(" | "),
        "---|".repeat(names.len())
    );
    for r in rows {
        let cells: Vec<String> = (langs.iter())
            .map(|l| {
                let links = r.cells.get(l).map(Vec::as_slice).unwrap_or_default();
                (links.iter())
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
    out
}

/// Writes `text` to `path` whole (see [`super::replace_file`]).
fn replace(path: &Path, text: &str) -> Result<(), OutputError> {
    crate::files::replace_file(path, text.as_bytes(), "indexed").map_err(fail(path))
}
