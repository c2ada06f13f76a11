//! The Atom feed (RFC 4287) of a meeting's published revisions, in one language: one entry
//! per issue of each update stream (TD210, TD210 Rev.1, TD211…), with its summary and the
//! lines of its changes document, and one for a draft issued under its own number
//! (TD163/GEN, the first issue of its TD), newest first. Ids are tag URIs made from the
//! meeting, the language and the document (`tag:agenda,2025-09-09:sg12-2025-09/en/td210-rev1`),
//! so they never change and each language's feed has its own; times come from the
//! revisions' dates, never from the clock. The feed says its language (`xml:lang`) and, if
//! right to left, its direction (`dir`, of the Atom bidi extension); each entry's content
//! its direction.

use super::documents::Document;
use super::view;
use crate::model::rich::{Inline, Rich};
use crate::model::{Meeting, reading};

/// The feed of `meeting`'s revisions in `lang`, from its documents.
pub fn atom(meeting: &Meeting, docs: &[Document], lang: &str) -> String {
    let m = &meeting.meta;
    // The meeting line as the last addendum leaves it (its ids stay the letter's).
    let in_effect = meeting.addenda.last().map_or(m, |a| &a.meta);
    let title = super::wording::meeting_line(in_effect, &crate::lang::locale(lang));
    let tag = |rest: &str| format!("tag:agenda,{}:{}/{rest}", m.first_day, meeting.id);
    // Every issue with a changes document, a draft issued under its own number (the
    // first issue of its TD, which has none), and the letter itself.
    let letter = |d: &Document| d.letter.is_some() && d.revision.is_none();
    let issued = |d: &&Document| {
        d.changes.is_some() || (d.draft && d.stamp.is_some() && d.letter.is_none()) || letter(d)
    };
    let mut issues: Vec<&Document> = docs.iter().filter(issued).collect();
    issues.sort_by(|a, b| (b.date, &b.name).cmp(&(a.date, &a.name)));
    let updated = issues.first().map_or(m.first_day, |d| d.date);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    // The direction as the Atom bidi extension (draft-snell-atompub-bidi) writes it, on
    // the feed of a right-to-left language only.
    let dir = crate::lang::locale(lang).dir;
    let dir = if dir == "rtl" { " dir=\"rtl\"" } else { "" };
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\"{dir}>\n"
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml(&tag(lang))));
    out.push_str(&format!("  <title>{}</title>\n", xml(&title)));
    out.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(m.body.get(lang))
    ));
    out.push_str("  <link rel=\"self\" href=\"revisions.atom\"/>\n");
    out.push_str("  <generator>agenda</generator>\n");
    for doc in issues {
        out.push_str(&entry(meeting, doc, lang, &tag));
    }
    out.push_str("</feed>\n");
    out
}

/// One issue: its number and summary, its date, links to it and to its changes document,
/// and what changed.
fn entry(meeting: &Meeting, doc: &Document, lang: &str, tag: &dyn Fn(&str) -> String) -> String {
    let full = doc.name.trim_end_matches("-changes");
    let loc = crate::lang::locale(lang);
    let label = match (doc.letter, doc.revision) {
        (Some(_), Some(n)) => loc.text("index-addendum", &[("n", &n.to_string())]),
        (Some(_), None) => loc.text("index-letter", &[]),
        _ => (doc.stamp.as_ref()).map_or(full.to_string(), |(l, _)| l.clone()),
    };
    let summary = doc
        .summary
        .map(|s| reading::seen(s.get(lang), meeting.meta.syntax));
    // In a right-to-left language the label is isolated ("TD211 Rev.1" keeps its order,
    // and the title's direction is the summary's).
    let mut title = loc.isolated(Rich(vec![Inline::Text(label)]));
    if let Some(s) = summary {
        title.0.push(Inline::Text(format!(" – {s}")));
    }
    let title = super::inline::plain(&title, &xml);
    let lines = view::change_lines(doc, lang);
    let mut out = String::from("  <entry>\n");
    out.push_str(&format!(
        "    <id>{}</id>\n",
        xml(&tag(&format!("{lang}/{full}")))
    ));
    out.push_str(&format!("    <title>{title}</title>\n"));
    out.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", doc.date));
    out.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{full}.html\"/>\n"
    ));
    if doc.changes.is_none() {
        // A numbered draft, or the letter: a first issue, with no changes to list.
        out.push_str("  </entry>\n");
        return out;
    }
    out.push_str(&format!(
        "    <link rel=\"related\" type=\"text/html\" href=\"{}.html\"/>\n",
        doc.name
    ));
    out.push_str(&format!(
        "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"{}\"><ul>",
        loc.dir
    ));
    for line in &lines {
        out.push_str(&format!("<li>{}</li>", xhtml(&line.0)));
    }
    out.push_str("</ul></div></content>\n  </entry>\n");
    out
}

/// A line of the summary as XHTML: its text, the words a change is about marked `<ins>` and
/// `<del>`, and an isolated run `<bdi>`, as in the HTML pages.
fn xhtml(parts: &[Inline]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Inline::Inserted(c) => out.push_str(&format!("<ins>{}</ins>", xhtml(c))),
            Inline::Deleted(c) => out.push_str(&format!("<del>{}</del>", xhtml(c))),
            Inline::Isolated(c) => out.push_str(&format!("<bdi>{}</bdi>", xhtml(c))),
            other => out.push_str(&xml(&Rich(vec![other.clone()]).plain())),
        }
    }
    out
}

/// Text for XML: the special characters escaped (the one table of every writer,
/// [`super::escape::entity`], and `'`), tabs and what no output keeps
/// ([`super::escape::dropped`]) dropped.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match (super::escape::entity(c), c) {
            (Some(e), _) => out.push_str(e),
            (None, '\'') => out.push_str("&apos;"),
            (None, '\t') => {}
            (None, c) if super::escape::dropped(c) => {}
            (None, c) => out.push(c),
        }
    }
    out
}
