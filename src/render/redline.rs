//! Marking changes in each markup: insertions and deletions (HTML `<ins>`/`<del>`, Typst
//! coloured underline and strike-through, Markdown CriticMarkup `{++…++}`/`{--…--}`), and
//! the summary of changes in the reader's language.

use chrono::NaiveDate;

use super::escape;
use super::inline::Markup;
use super::locale::Locale;
use crate::diff::words::{Op, Piece};
use crate::diff::{AgendaChange, NoteChange, NoteDelta, TimeplanChange};
use crate::validate::Timeplan;

/// Plain text escaped for `markup`.
pub fn escaped(t: &str, markup: Markup) -> String {
    text(t, markup)
}

fn text(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => escape::html_string(t),
        Markup::Typst => escape::typst_part(t),
        Markup::Markdown => escape::markdown_string(t),
    }
}

/// `inner` (already markup) marked as inserted.
pub fn ins(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<ins>{inner}</ins>"),
        Markup::Typst => format!("ins({inner}), "),
        Markup::Markdown => format!("{{++{inner}++}}"),
    }
}

/// `inner` (already markup) marked as deleted.
pub fn del(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<del>{inner}</del>"),
        Markup::Typst => format!("del({inner}), "),
        Markup::Markdown => format!("{{--{inner}--}}"),
    }
}

/// Plain text marked as inserted or deleted.
pub fn ins_text(t: &str, markup: Markup) -> String {
    ins(&text(t, markup), markup)
}

pub fn del_text(t: &str, markup: Markup) -> String {
    del(&text(t, markup), markup)
}

/// A text's word changes, marked.
pub fn pieces(pieces: &[Piece], markup: Markup) -> String {
    pieces
        .iter()
        .map(|p| match p.op {
            Op::Same => text(&p.text, markup),
            Op::Insert => ins_text(&p.text, markup),
            Op::Delete => del_text(&p.text, markup),
        })
        .collect()
}

/// One line of the summary of changes, in the locale's language.
pub fn agenda_line(c: &AgendaChange, loc: &Locale) -> Option<String> {
    let zh = loc.lang == "zh";
    Some(match c {
        AgendaChange::Added { number, .. } if zh => format!("新增第{number}项"),
        AgendaChange::Added { number, .. } => format!("Item {number} added"),
        AgendaChange::Removed { number, .. } if zh => format!("删除第{number}项"),
        AgendaChange::Removed { number, .. } => format!("Item {number} deleted"),
        AgendaChange::Moved { from, to, .. } if zh => format!("第{from}项移至第{to}项"),
        AgendaChange::Moved { from, to, .. } => format!("Item {from} moved to {to}"),
        AgendaChange::Renumbered { from, to, .. } if zh => format!("第{from}项改为第{to}项"),
        AgendaChange::Renumbered { ids, from, to } if ids.len() == 1 => {
            format!("Item {from} renumbered {to}")
        }
        AgendaChange::Renumbered { from, to, .. } => format!("Items {from} renumbered {to}"),
        AgendaChange::Retitled {
            from, to, texts, ..
        } if texts.contains_key(loc.lang) => match (zh, from == to) {
            (true, true) => format!("第{to}项标题修改"),
            (true, false) => format!("第{from}项（现第{to}项）标题修改"),
            (false, true) => format!("Item {to} retitled"),
            (false, false) => format!("Item {from} (now {to}) retitled"),
        },
        AgendaChange::Retitled { .. } => return None,
        AgendaChange::HeadingChanged { .. } => (if zh {
            "标题修改"
        } else {
            "Heading changed"
        })
        .to_string(),
        AgendaChange::Note(n) => note_line(n, loc)?,
    })
}

fn note_line(n: &NoteChange, loc: &Locale) -> Option<String> {
    let zh = loc.lang == "zh";
    let i = n.index;
    Some(match &n.change {
        NoteDelta::Added if zh => format!("新增注{i}"),
        NoteDelta::Added => format!("Note {i} added"),
        NoteDelta::Removed if zh => format!("删除注{i}"),
        NoteDelta::Removed => format!("Note {i} deleted"),
        NoteDelta::Changed(texts) if !texts.contains_key(loc.lang) => return None,
        NoteDelta::Changed(_) if zh => format!("注{i}修改"),
        NoteDelta::Changed(_) => format!("Note {i} changed"),
    })
}

/// "Wednesday 17 September, afternoon" / "9月17日星期三下午".
fn session_place(date: NaiveDate, slot: &str, plan: &Timeplan, loc: &Locale) -> String {
    let index = plan.slots.iter().position(|s| s.id == slot).unwrap_or(0);
    let label = match plan.slots.get(index).and_then(|s| s.label.as_ref()) {
        Some(l) => l.get(loc.lang).to_string(),
        None if loc.lang == "zh" => format!("第{}时段", index + 1),
        None => format!("session {}", index + 1),
    };

    match loc.lang {
        "zh" => format!("{}{}{label}", loc.day_month(date), loc.weekday(date)),
        _ => format!(
            "{} {}, {}",
            loc.weekday(date),
            loc.day_month(date),
            label.to_lowercase()
        ),
    }
}

fn day(date: NaiveDate, loc: &Locale) -> String {
    match loc.lang {
        "zh" => format!("{}{}", loc.day_month(date), loc.weekday(date)),
        _ => format!("{} {}", loc.weekday(date), loc.day_month(date)),
    }
}

pub fn timeplan_line(
    c: &TimeplanChange,
    old: &Timeplan,
    new: &Timeplan,
    loc: &Locale,
) -> Option<String> {
    let zh = loc.lang == "zh";
    let at_new = |at: &crate::diff::timeplan::At| session_place(at.date, &at.slot, new, loc);
    let at_old = |at: &crate::diff::timeplan::At| session_place(at.date, &at.slot, old, loc);
    Some(match c {
        TimeplanChange::HeadingChanged { texts } if !texts.contains_key(loc.lang) => return None,
        TimeplanChange::HeadingChanged { .. } if zh => "标题修改".to_string(),
        TimeplanChange::HeadingChanged { .. } => "Heading changed".to_string(),
        TimeplanChange::SlotAdded { slot } if zh => format!("新增时段{slot}"),
        TimeplanChange::SlotAdded { slot } => format!("Slot {slot} added"),
        TimeplanChange::SlotRemoved { slot } if zh => format!("删除时段{slot}"),
        TimeplanChange::SlotRemoved { slot } => format!("Slot {slot} deleted"),
        TimeplanChange::DayAdded { date } if zh => format!("新增{}", day(*date, loc)),
        TimeplanChange::DayAdded { date } => format!("{} added", day(*date, loc)),
        TimeplanChange::DayRemoved { date } if zh => format!("删除{}", day(*date, loc)),
        TimeplanChange::DayRemoved { date } => format!("{} deleted", day(*date, loc)),
        TimeplanChange::SessionAdded { at } if zh => format!("{}：新增会议", at_new(at)),
        TimeplanChange::SessionAdded { at } => format!("{}: session added", at_new(at)),
        TimeplanChange::SessionRemoved { at } if zh => format!("{}：删除会议", at_old(at)),
        TimeplanChange::SessionRemoved { at } => format!("{}: session deleted", at_old(at)),
        TimeplanChange::SessionMoved { from, to } if zh => {
            format!("{}：会议移至{}", at_old(from), at_new(to))
        }
        TimeplanChange::SessionMoved { from, to } => {
            format!("{}: session moved to {}", at_old(from), at_new(to))
        }
        TimeplanChange::TextChanged { texts, .. } if !texts.contains_key(loc.lang) => return None,
        TimeplanChange::TextChanged { at, .. } if zh => format!("{}：内容修改", at_new(at)),
        TimeplanChange::TextChanged { at, .. } => format!("{}: text changed", at_new(at)),
        TimeplanChange::SpanChanged { at, to, .. } if zh => {
            format!("{}：改为{to}个时段", at_new(at))
        }
        TimeplanChange::SpanChanged { at, to, .. } => {
            format!("{}: now spans {to} slots", at_new(at))
        }
        TimeplanChange::WholeRowChanged { texts, .. } if !texts.contains_key(loc.lang) => {
            return None;
        }
        TimeplanChange::WholeRowChanged { date, .. } if zh => {
            format!("{}：内容修改", day(*date, loc))
        }
        TimeplanChange::WholeRowChanged { date, .. } => {
            format!("{}: text changed", day(*date, loc))
        }
        TimeplanChange::Note(n) => note_line(n, loc)?,
    })
}

/// One part of a summary of changes: the drafts (no heading), or one revision.
pub struct Section<'a> {
    /// "TD210 Rev.1"; none for the drafts.
    pub heading: Option<String>,
    pub body: SectionBody<'a>,
}

pub enum SectionBody<'a> {
    /// The changes, and the time plans they were computed from (whose slots name places).
    Changes {
        diff: &'a crate::diff::Diff,
        timeplans: (&'a Timeplan, &'a Timeplan),
    },
    /// A revision only the newer version has.
    Added,
    /// A revision only the older version has.
    Removed,
}

/// The summary of changes as a Markdown list or an HTML page, in `lang`, with each
/// changed text's words marked (for `agenda diff --format md|html`), section by section.
pub fn summary(sections: &[Section], lang: &str, markup: Markup) -> String {
    let loc = super::locale::locale(lang);
    let zh = lang == "zh";
    let mut parts: Vec<(Option<String>, Vec<String>)> = Vec::new();
    for s in sections {
        let lines = match &s.body {
            SectionBody::Changes { diff, timeplans } => lines(diff, *timeplans, &loc, markup),
            SectionBody::Added => vec![text(if zh { "新增" } else { "Added" }, markup)],
            SectionBody::Removed => vec![text(if zh { "删除" } else { "Deleted" }, markup)],
        };
        if !lines.is_empty() {
            parts.push((s.heading.as_ref().map(|h| text(h, markup)), lines));
        }
    }
    let none = if zh { "无修改。" } else { "No changes." };
    if parts.is_empty() {
        parts.push((None, Vec::new()));
    }
    match markup {
        Markup::Html => html_summary(&parts, none, lang),
        _ => markdown_summary(&parts, none),
    }
}

/// The lines of one diff's summary: the meeting's details, the agenda, the time plan.
fn lines(
    diff: &crate::diff::Diff,
    (old, new): (&Timeplan, &Timeplan),
    loc: &Locale,
    markup: Markup,
) -> Vec<String> {
    let words = |texts: &std::collections::BTreeMap<String, Vec<Piece>>| {
        texts.get(loc.lang).map(|p| pieces(p, markup))
    };
    let mut lines: Vec<String> = Vec::new();
    for m in &diff.meta {
        let field = text(&m.field.replace('_', " "), markup);
        lines.push(with_detail(&field, words(&m.texts), loc));
    }
    for c in &diff.agenda {
        if let Some(line) = agenda_line(c, loc) {
            let detail = agenda_texts(c).and_then(words);
            lines.push(with_detail(&text(&line, markup), detail, loc));
        }
    }
    for c in &diff.timeplan {
        if let Some(line) = timeplan_line(c, old, new, loc) {
            let detail = timeplan_texts(c).and_then(words);
            lines.push(with_detail(&text(&line, markup), detail, loc));
        }
    }
    lines
}

type Texts = std::collections::BTreeMap<String, Vec<Piece>>;

/// The changed words an agenda change carries, if any.
fn agenda_texts(c: &AgendaChange) -> Option<&Texts> {
    match c {
        AgendaChange::Retitled { texts, .. } | AgendaChange::HeadingChanged { texts } => {
            Some(texts)
        }
        AgendaChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => Some(texts),
        _ => None,
    }
}

/// The changed words a time-plan change carries, if any.
fn timeplan_texts(c: &TimeplanChange) -> Option<&Texts> {
    match c {
        TimeplanChange::TextChanged { texts, .. }
        | TimeplanChange::WholeRowChanged { texts, .. }
        | TimeplanChange::HeadingChanged { texts } => Some(texts),
        TimeplanChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => Some(texts),
        _ => None,
    }
}

/// The summary as a Markdown list, a heading before each revision's part.
fn markdown_summary(parts: &[(Option<String>, Vec<String>)], none: &str) -> String {
    let mut out = String::new();
    for (heading, lines) in parts {
        if let Some(h) = heading {
            out.push_str(&format!(
                "{}## {h}\n\n",
                if out.is_empty() { "" } else { "\n" }
            ));
        }
        if lines.is_empty() && heading.is_none() {
            out.push_str(&format!("{none}\n"));
        }
        out.extend(lines.iter().map(|l| format!("- {l}\n")));
    }
    out
}

/// The summary as an HTML page, a heading before each revision's part.
fn html_summary(parts: &[(Option<String>, Vec<String>)], none: &str, lang: &str) -> String {
    let mut body = String::new();
    for (heading, lines) in parts {
        if let Some(h) = heading {
            body.push_str(&format!("<h2>{h}</h2>\n"));
        }
        if lines.is_empty() && heading.is_none() {
            body.push_str(&format!("<p>{none}</p>\n"));
        } else if !lines.is_empty() {
            let items: String = lines.iter().map(|l| format!("<li>{l}</li>\n")).collect();
            body.push_str(&format!("<ul>\n{items}</ul>\n"));
        }
    }
    let title = if lang == "zh" { "修改" } else { "Changes" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>ins {{ color: #1a7f37; }} del {{ color: #cf222e; }}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

fn with_detail(line: &str, detail: Option<String>, loc: &Locale) -> String {
    let sep = if loc.lang == "zh" { "：" } else { ": " };
    match detail {
        Some(d) if line.ends_with('：') => format!("{line}{d}"),
        Some(d) => format!("{line}{sep}{d}"),
        None => line.to_string(),
    }
}
