//! The diff as plain text, one change a line, insertions and deletions marked the way
//! `wdiff` does: `{+inserted+}` and `[-deleted-]`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::timeplan::At;
use super::words::{Op, Piece};
use super::{AgendaChange, Diff, NoteChange, NoteDelta, TimeplanChange};
use crate::validate::{Agenda, AgendaItem};

/// The text of `diff` (from some version to `new`), texts shown in `lang`.
/// `old` and `new` are the agendas compared (for the titles of added, removed and moved items).
pub fn render(diff: &Diff, old: &Agenda, new: &Agenda, lang: &str) -> String {
    if diff.is_empty() {
        return "no changes\n".to_string();
    }
    let mut out = String::new();
    if !diff.meta.is_empty() {
        out.push_str("Meeting:\n");
        for m in &diff.meta {
            let _ = writeln!(
                out,
                "  {} changed: {}",
                m.field.replace('_', " "),
                pieces(&m.texts, lang)
            );
        }
    }
    if !diff.agenda.is_empty() {
        out.push_str("Agenda:\n");
        for c in &diff.agenda {
            let _ = writeln!(out, "  {}", agenda_line(c, new, old, lang));
        }
    }
    if !diff.timeplan.is_empty() {
        out.push_str("Time plan:\n");
        for c in &diff.timeplan {
            let _ = writeln!(out, "  {}", timeplan_line(c, lang));
        }
    }
    out
}

fn agenda_line(c: &AgendaChange, new: &Agenda, old: &Agenda, lang: &str) -> String {
    let title = |m: &Agenda, id: &str| {
        find(&m.items, id).map_or(String::new(), |i| i.title.get(lang).replace('\n', " "))
    };
    match c {
        AgendaChange::Added { id, number } => format!("Item {number} added: {}", title(new, id)),
        AgendaChange::Removed { id, number } => {
            format!("Item {number} removed: {}", title(old, id))
        }
        AgendaChange::Moved { id, from, to } => {
            format!("Item {from} moved to {to}: {}", title(new, id))
        }
        AgendaChange::Renumbered { ids, from, to } if ids.len() == 1 => {
            format!("Item {from} renumbered {to}")
        }
        AgendaChange::Renumbered { from, to, .. } => format!("Items {from} renumbered {to}"),
        AgendaChange::Retitled { number, texts, .. } => {
            format!("Item {number} retitled: {}", pieces(texts, lang))
        }
        AgendaChange::Note(n) => note_line(n, lang),
        AgendaChange::HeadingChanged { texts } => {
            format!("Heading changed: {}", pieces(texts, lang))
        }
    }
}

fn timeplan_line(c: &TimeplanChange, lang: &str) -> String {
    match c {
        TimeplanChange::SlotAdded { slot } => format!("Slot {slot} added"),
        TimeplanChange::SlotRemoved { slot } => format!("Slot {slot} removed"),
        TimeplanChange::DayAdded { date } => format!("{} added", day(*date)),
        TimeplanChange::DayRemoved { date } => format!("{} removed", day(*date)),
        TimeplanChange::SessionAdded { at } => format!("{}: session added", place(at)),
        TimeplanChange::SessionRemoved { at } => format!("{}: session removed", place(at)),
        TimeplanChange::SessionMoved { from, to } => {
            format!("{}: session moved to {}", place(from), place(to))
        }
        TimeplanChange::TextChanged { at, texts } => {
            format!("{}: {}", place(at), pieces(texts, lang))
        }
        TimeplanChange::SpanChanged { at, from, to } => {
            format!("{}: spans {to} slots instead of {from}", place(at))
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

fn place(at: &At) -> String {
    format!("{}, {}", day(at.date), at.slot)
}

fn find<'a>(items: &'a [AgendaItem], id: &str) -> Option<&'a AgendaItem> {
    items.iter().find_map(|i| {
        if i.id == id {
            Some(i)
        } else {
            find(&i.items, id)
        }
    })
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
