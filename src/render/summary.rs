//! The summary of a diff, as `agenda diff` shows it: a Markdown list, an HTML page, or
//! text for a terminal, in the reader's language, part by part (the drafts, then each
//! revision that changed). Each line is worded as in the changes documents
//! ([`super::wording`]), followed by what it is about: an item's title, or the changed
//! words, marked.

use super::inline::Markup;
use super::redline;
use super::wording::{self, Detail, Part};
use crate::diff::Diff;
use crate::diff::words::Piece;
use crate::lang::{self, Locale};
use crate::model::Timeplan;
use crate::model::rich::Rich;

/// One part of a summary of changes: the drafts (no heading), or one revision.
pub struct Section<'a> {
    /// "TD210 Rev.1"; none for the drafts.
    pub heading: Option<String>,
    pub body: SectionBody<'a>,
}

pub enum SectionBody<'a> {
    /// The changes, and the time plans they were computed from (whose slots name places).
    Changes {
        diff: &'a Diff,
        timeplans: (&'a Timeplan, &'a Timeplan),
    },
    /// A revision only the newer version has.
    Added,
    /// A revision only the older version has.
    Removed,
}

/// How a summary writes: in a document's markup, or for a terminal.
#[derive(Debug, Clone, Copy)]
pub enum Style {
    Document(Markup),
    Terminal,
}

impl Style {
    fn text(self, t: &str) -> String {
        self.rich(&Rich::text(t))
    }

    /// A line of the tool's own, its parts isolated where the language needs it.
    fn rich(self, r: &Rich) -> String {
        match self {
            Style::Document(m) => super::inline::write(r, m),
            // Control and bidirectional characters from the sources never reach the terminal.
            Style::Terminal => crate::diag::visible(&r.plain().replace('\n', " ")),
        }
    }

    fn words(self, pieces: &[Piece]) -> String {
        match self {
            Style::Document(m) => super::inline::write(&redline::pieces(pieces), m),
            Style::Terminal => crate::diag::visible(&redline::wdiff(pieces)),
        }
    }
}

/// One line of a summary, and the part it belongs to.
type Line = (Part, String);

/// The summary of `sections` in `lang`, written in `style`.
pub fn summary(sections: &[Section], lang: &str, style: Style) -> String {
    let loc = lang::locale(lang);
    let mut parts: Vec<(Option<String>, Vec<Line>)> = Vec::new();
    for s in sections {
        let mut lines = match &s.body {
            SectionBody::Changes { diff, timeplans } => lines(diff, *timeplans, &loc, style),
            SectionBody::Added => {
                vec![(Part::Revision, style.text(&wording::revision_added(&loc)))]
            }
            SectionBody::Removed => {
                vec![(Part::Revision, style.text(&wording::revision_removed(&loc)))]
            }
        };
        if s.heading.is_some() {
            // In a revision's part, the details changed are the revision's own (date, summary).
            for (part, _) in &mut lines {
                if *part == Part::Meeting {
                    *part = Part::Revision;
                }
            }
        }
        if !lines.is_empty() {
            parts.push((s.heading.as_ref().map(|h| style.text(h)), lines));
        }
    }
    let none = style.text(&wording::no_changes(&loc));
    match style {
        Style::Document(Markup::Html) => html(&parts, &none, &loc),
        Style::Document(_) => markdown(&parts, &none),
        Style::Terminal => terminal(&parts, &none, &loc),
    }
}

/// The lines of one diff: the meeting's details, the agenda, the time plan.
fn lines(diff: &Diff, (old, new): (&Timeplan, &Timeplan), loc: &Locale, style: Style) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for m in &diff.meta {
        let field = style.text(&m.field.replace('_', " "));
        let detail = Detail::words(&m.texts, loc.lang)
            .map(|d| d.said(|t| style.text(t), |p| style.words(p)));
        out.push((Part::Meeting, wording::with_detail(&field, detail, loc)));
    }
    for c in &diff.letter {
        out.push((Part::Meeting, style.text(&wording::letter_line(c, loc))));
    }
    for c in &diff.agenda {
        let detail =
            Detail::agenda(c, loc.lang).map(|d| d.said(|t| style.text(t), |p| style.words(p)));
        let line = style.rich(&wording::agenda_line(c, loc));
        out.push((Part::Agenda, wording::with_detail(&line, detail, loc)));
    }
    for c in &diff.timeplan {
        let detail =
            Detail::timeplan(c, loc.lang).map(|d| d.said(|t| style.text(t), |p| style.words(p)));
        let line = style.rich(&wording::timeplan_line(c, old, new, loc));
        out.push((Part::Timeplan, wording::with_detail(&line, detail, loc)));
    }
    out
}

/// The summary as a Markdown list, a heading before each revision's part.
fn markdown(parts: &[(Option<String>, Vec<Line>)], none: &str) -> String {
    let mut out = String::new();
    for (heading, lines) in parts {
        if let Some(h) = heading {
            out.push_str(&format!(
                "{}## {h}\n\n",
                if out.is_empty() { "" } else { "\n" }
            ));
        }
        out.extend(lines.iter().map(|(_, l)| format!("- {l}\n")));
    }
    if parts.is_empty() {
        out = format!("{none}\n");
    }
    out
}

/// The summary as an HTML page, a heading before each revision's part.
fn html(parts: &[(Option<String>, Vec<Line>)], none: &str, loc: &Locale) -> String {
    let mut body = String::new();
    for (heading, lines) in parts {
        if let Some(h) = heading {
            body.push_str(&format!("<h2>{h}</h2>\n"));
        }
        let items: String = lines
            .iter()
            .map(|(_, l)| format!("<li>{l}</li>\n"))
            .collect();
        body.push_str(&format!("<ul>\n{items}</ul>\n"));
    }
    if parts.is_empty() {
        body = format!("<p>{none}</p>\n");
    }
    let (title, lang) = (loc.text("summary-title", &[]), loc.lang);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>ins {{ color: #1a7f37; }} del {{ color: #cf222e; }}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

/// The summary for a terminal: each revision under its heading, and in each the lines
/// under the part they are about ("Agenda:"), indented.
fn terminal(parts: &[(Option<String>, Vec<Line>)], none: &str, loc: &Locale) -> String {
    let mut out = String::new();
    for (heading, lines) in parts {
        let indent = match (heading, lines.as_slice()) {
            (Some(h), [(Part::Revision, line)]) => {
                // A revision added or removed, or only its date changed: one line.
                out.push_str(&format!(
                    "{}\n",
                    wording::with_detail(h, Some(line.clone()), loc)
                ));
                continue;
            }
            (Some(h), _) => {
                out.push_str(&format!("{}\n", wording::heading_line(h, loc)));
                "  "
            }
            (None, _) => "",
        };
        let mut part = None;
        for (p, line) in lines {
            if part != Some(*p) {
                out.push_str(&format!(
                    "{indent}{}\n",
                    wording::heading_line(&wording::part_heading(*p, loc), loc)
                ));
                part = Some(*p);
            }
            out.push_str(&format!("{indent}  {line}\n"));
        }
    }
    if parts.is_empty() {
        out = format!("{none}\n");
    }
    out
}
