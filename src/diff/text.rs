//! The diff as plain text, one change a line, insertions and deletions marked the way
//! `wdiff` does: `{+inserted+}` and `[-deleted-]`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::agenda::Titles;
use super::revisions::RevisionChange;
use super::timeplan::At;
use super::words::{Op, Piece};
use super::{AgendaChange, Diff, NoteChange, NoteDelta, TimeplanChange};

/// The text of `diff` (from some version to another), texts shown in `lang`.
pub fn render(diff: &Diff, lang: &str) -> String {
    if diff.is_empty() {
        return "no changes\n".to_string();
    }
    let mut out = String::new();
    sections(diff, lang, "", &mut out);
    for r in &diff.revisions {
        match &r.change {
            RevisionChange::Added => _ = writeln!(out, "{}: added", r.document),
            RevisionChange::Removed => _ = writeln!(out, "{}: removed", r.document),
            RevisionChange::Changed(d) => {
                let _ = writeln!(out, "{}:", r.document);
                sections(d, lang, "  ", &mut out);
            }
        }
    }
    out
}

/// The meeting's (or a revision's head's), the agenda's and the time plan's changes,
/// each under its heading, every line indented by `indent`.
fn sections(diff: &Diff, lang: &str, indent: &str, out: &mut String) {
    let heading = |out: &mut String, title: &str| _ = writeln!(out, "{indent}{title}:");
    if !diff.meta.is_empty() {
        heading(
            out,
            if indent.is_empty() {
                "Meeting"
            } else {
                "Revision"
            },
        );
        for m in &diff.meta {
            let field = m.field.replace('_', " ");
            let _ = writeln!(out, "{indent}  {field} changed: {}", pieces(&m.texts, lang));
        }
    }
    if !diff.agenda.is_empty() {
        heading(out, "Agenda");
        for c in &diff.agenda {
            let _ = writeln!(out, "{indent}  {}", agenda_line(c, lang));
        }
    }
    if !diff.timeplan.is_empty() {
        heading(out, "Time plan");
        for c in &diff.timeplan {
            let _ = writeln!(out, "{indent}  {}", timeplan_line(c, lang));
        }
    }
}

fn agenda_line(c: &AgendaChange, lang: &str) -> String {
    let title = |t: &Titles| {
        t.get(lang)
            .or_else(|| t.values().next())
            .map_or(String::new(), |t| t.replace('\n', " "))
    };
    match c {
        AgendaChange::Added {
            number, title: t, ..
        } => {
            format!("Item {number} added: {}", title(t))
        }
        AgendaChange::Removed {
            number, title: t, ..
        } => {
            format!("Item {number} removed: {}", title(t))
        }
        AgendaChange::Moved {
            from, to, title: t, ..
        } => {
            format!("Item {from} moved to {to}: {}", title(t))
        }
        AgendaChange::Renumbered { ids, from, to } if ids.len() == 1 => {
            format!("Item {from} renumbered {to}")
        }
        AgendaChange::Renumbered { from, to, .. } => format!("Items {from} renumbered {to}"),
        AgendaChange::Retitled {
            from, to, texts, ..
        } if from == to => {
            format!("Item {to} retitled: {}", pieces(texts, lang))
        }
        AgendaChange::Retitled {
            from, to, texts, ..
        } => {
            format!("Item {from} (now {to}) retitled: {}", pieces(texts, lang))
        }
        AgendaChange::Note(n) => note_line(n, lang),
        AgendaChange::HeadingChanged { texts } => {
            format!("Heading changed: {}", pieces(texts, lang))
        }
    }
}

fn timeplan_line(c: &TimeplanChange, lang: &str) -> String {
    match c {
        TimeplanChange::HeadingChanged { texts } => {
            format!("Heading changed: {}", pieces(texts, lang))
        }
        TimeplanChange::SlotAdded { slot } => format!("Slot {slot} added"),
        TimeplanChange::SlotRemoved { slot } => format!("Slot {slot} removed"),
        TimeplanChange::DayAdded { date } => format!("{} added", day(*date)),
        TimeplanChange::DayRemoved { date } => format!("{} removed", day(*date)),
        TimeplanChange::SessionAdded { at } => format!("{}: session added", session_place(at)),
        TimeplanChange::SessionRemoved { at } => format!("{}: session removed", session_place(at)),
        TimeplanChange::SessionMoved { from, to } => {
            format!(
                "{}: session moved to {}",
                session_place(from),
                session_place(to)
            )
        }
        TimeplanChange::TextChanged { at, texts } => {
            format!("{}: {}", session_place(at), pieces(texts, lang))
        }
        TimeplanChange::SpanChanged { at, from, to } => {
            format!("{}: spans {to} slots instead of {from}", session_place(at))
        }
        TimeplanChange::WholeRowChanged { date, texts } => {
            format!("{}: {}", day(*date), pieces(texts, lang))
        }
        TimeplanChange::Note(n) => note_line(n, lang),
    }
}

fn note_line(n: &NoteChange, lang: &str) -> String {
    match &n.change {
        NoteDelta::Added => format!("Note {} added", n.index),
        NoteDelta::Removed => format!("Note {} removed", n.index),
        NoteDelta::Changed(texts) => format!("Note {} changed: {}", n.index, pieces(texts, lang)),
    }
}

fn day(d: chrono::NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

fn session_place(at: &At) -> String {
    format!("{}, {}", day(at.date), at.slot)
}

/// The word changes in `lang` (or the first language that changed).
fn pieces(texts: &BTreeMap<String, Vec<Piece>>, lang: &str) -> String {
    let Some(list) = texts.get(lang).or_else(|| texts.values().next()) else {
        return String::new();
    };
    list.iter()
        .map(|p| match p.op {
            Op::Same => p.text.replace('\n', " "),
            Op::Insert => format!("{{+{}+}}", p.text.replace('\n', " ")),
            Op::Delete => format!("[-{}-]", p.text.replace('\n', " ")),
        })
        .collect()
}
