//! The index of an output folder written out, from its view
//! ([`crate::render::view::index`]): as an HTML page and as Markdown, in the reader's
//! language and direction, each linking the index in the other languages.

use crate::render::escape::{html_string, markdown_string};
use crate::render::view::index::{IndexRow, IndexView, LangName};

/// The index's page in `lang` as `ext` names it: `index.html` for English,
/// `index.<lang>.html` for another language.
pub fn file_name(lang: &str, ext: &str) -> String {
    match lang {
        "en" => format!("index.{ext}"),
        _ => format!("index.{lang}.{ext}"),
    }
}

/// The head of the HTML page, in the reader's language and direction.
const STYLE: &str = "<style>\n  body { font-family: \"Times New Roman\", \"Libertinus Serif\", \"Noto Serif CJK SC\", \"Noto Naskh Arabic\", serif; max-width: 70em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }\n  table { border-collapse: collapse; margin: .5em 0 1.5em; }\n  caption { text-align: start; font-style: italic; padding-bottom: .3em; }\n  th, td { border: 1px solid #999; padding: .25em .6em; text-align: start; vertical-align: top; }\n  tbody th { font-weight: normal; white-space: nowrap; }\n  td a { margin-inline-end: .5em; }\n  nav a { margin-inline-start: .5em; }\n</style>\n";

/// The index as an HTML page.
pub fn html(v: &IndexView) -> String {
    let title = html_string(&v.title);
    let (lang, dir) = (&v.lang, v.dir);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{STYLE}</head>\n<body>\n<h1>{title}</h1>\n"
    );
    out.push_str(&html_languages(v));
    out.push_str("<main>\n");
    if v.meetings.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", html_string(&v.empty)));
    }
    for m in &v.meetings {
        out.push_str(&format!(
            "<section id=\"{}\">\n<h2>{}</h2>\n",
            html_string(&m.id),
            html_string(&m.title)
        ));
        for t in m.tables.iter().filter(|t| !t.rows.is_empty()) {
            out.push_str(&html_table(
                &html_string(&t.caption),
                (&m.langs, v),
                &t.rows,
            ));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn html_languages(v: &IndexView) -> String {
    if v.others.is_empty() {
        return String::new();
    }
    let label = html_string(&v.languages_label);
    let links: Vec<String> = (v.others.iter())
        .map(|LangName { code, name }| {
            format!(
                "<a href=\"{}\" lang=\"{code}\" hreflang=\"{code}\">{}</a>",
                file_name(code, "html"),
                html_string(name)
            )
        })
        .collect();
    format!("<nav>{label}{}</nav>\n", links.join(""))
}

/// A table of links; `caption` is HTML already. A table whose rows have dates (the
/// documents) has a column of them, and marks the current issues.
fn html_table(caption: &str, (langs, v): (&[LangName], &IndexView), rows: &[IndexRow]) -> String {
    let dated = rows.iter().any(|r| !r.issued.is_empty());
    let mut out = format!("<table>\n<caption>{caption}</caption>\n<thead><tr><td></td>");
    if dated {
        out.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            html_string(&v.issued_label)
        ));
    }
    for l in langs {
        out.push_str(&format!(
            "<th scope=\"col\" lang=\"{}\">{}</th>",
            l.code,
            html_string(&l.name)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        let current = match r.current {
            true => format!(
                " <strong class=\"current\">({})</strong>",
                html_string(&v.current_label)
            ),
            false => String::new(),
        };
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}{current}</th>",
            html_string(&r.label)
        ));
        if dated {
            out.push_str(&format!("<td>{}</td>", html_string(&r.issued)));
        }
        for l in langs {
            let links = r.cells.get(&l.code).map(Vec::as_slice).unwrap_or_default();
            let links: Vec<String> = (links.iter())
                .map(|k| format!("<a href=\"{}\">{}</a>", html_string(&k.href), k.format))
                .collect();
            out.push_str(&format!("<td>{}</td>", links.join(" ")));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The index as Markdown.
pub fn markdown(v: &IndexView) -> String {
    let mut out = format!("# {}\n\n", markdown_string(&v.title));
    if !v.others.is_empty() {
        let links: Vec<String> = (v.others.iter())
            .map(|l| {
                let name = markdown_string(&l.name);
                format!("[{name}]({})", file_name(&l.code, "md"))
            })
            .collect();
        let label = markdown_string(&v.languages_label);
        out.push_str(&format!("{label} {}\n\n", links.join(" · ")));
    }
    for m in &v.meetings {
        out.push_str(&format!("## {}\n\n", markdown_string(&m.title)));
        for t in m.tables.iter().filter(|t| !t.rows.is_empty()) {
            out.push_str(&markdown_table(
                &markdown_string(&t.caption),
                (&m.langs, v),
                &t.rows,
            ));
        }
    }
    out
}

fn markdown_table(
    caption: &str,
    (langs, v): (&[LangName], &IndexView),
    rows: &[IndexRow],
) -> String {
    let dated = rows.iter().any(|r| !r.issued.is_empty());
    let mut names: Vec<String> = langs.iter().map(|l| markdown_string(&l.name)).collect();
    if dated {
        names.insert(0, markdown_string(&v.issued_label));
    }
    let mut out = format!(
        "*{caption}*\n\n| | {} |\n|---|{}\n",
        names.join(" | "),
        "---|".repeat(names.len())
    );
    for r in rows {
        let mut cells: Vec<String> = (langs.iter())
            .map(|l| {
                let links = r.cells.get(&l.code).map(Vec::as_slice).unwrap_or_default();
                (links.iter())
                    .map(|k| format!("[{}]({})", k.format, k.href))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        if dated {
            cells.insert(0, markdown_string(&r.issued));
        }
        let current = match r.current {
            true => format!(" **({})**", markdown_string(&v.current_label)),
            false => String::new(),
        };
        out.push_str(&format!(
            "| {}{current} | {} |\n",
            markdown_string(&r.label),
            cells.join(" | ")
        ));
    }
    out.push('\n');
    out
}
