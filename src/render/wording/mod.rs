//! How the tool says each change, in each language: the messages of the translation
//! files (`src/lang/*.ftl`) put together, which every display reads (the changes
//! documents, and `agenda diff` in every format). Dates and slot labels come from the
//! locale and the time plans.

mod detail;
mod documents;
mod letter;
mod timeplan;

pub use detail::{Detail, rich_line};
pub use documents::document_line;
pub use letter::letter_line;

pub use timeplan::{
    day, for_text, groups_label, hours_text, other_label, session_when, status_note, taken_text,
    timeplan_change_in, timeplan_line, when_text,
};

use crate::diff::{AgendaChange, NoteChange, NoteDelta};
use crate::lang::{Arg, Locale};
use crate::model::Meta;
use crate::model::rich::Rich;

/// The meeting line in `loc`'s language: "Meeting of …; Geneva, 9-18 September 2025".
pub fn meeting_line(m: &Meta, loc: &Locale) -> String {
    let dates = loc.date_range(m.first_day, m.last_day);
    loc.subject(m.title.get(loc.lang), &dates, m.venue.get(loc.lang))
}

/// How an agenda change is said, in the locale's language (its numbers isolated in a
/// right-to-left one: [`Locale::rich`]).
pub fn agenda_line(c: &AgendaChange, loc: &Locale) -> Rich {
    match c {
        AgendaChange::Added { number, .. } => loc.rich("item-added", &[("number", number)]),
        AgendaChange::Removed { number, .. } => loc.rich("item-deleted", &[("number", number)]),
        AgendaChange::Moved { from, to, .. } => {
            loc.rich("item-moved", &[("from", from), ("to", to)])
        }
        AgendaChange::Swapped { numbers, .. } => loc.rich(
            "items-swapped",
            &[("first", &numbers[0]), ("second", &numbers[1])],
        ),
        AgendaChange::Renumbered { ids, from, to } => loc.rich_say(
            "items-renumbered",
            &[
                ("count", Arg::Count(ids.len())),
                ("from", Arg::Text(from)),
                ("to", Arg::Text(to)),
            ],
        ),
        AgendaChange::Retitled { from, to, .. } if from == to => {
            loc.rich("item-retitled", &[("number", to)])
        }
        AgendaChange::Retitled { from, to, .. } => {
            loc.rich("item-retitled-moved", &[("from", from), ("to", to)])
        }
        AgendaChange::HeadingChanged { .. } => loc.rich("heading-changed", &[]),
        AgendaChange::Rescheduled {
            number, from, to, ..
        } => {
            let id = match (from.is_empty(), to.is_empty()) {
                (true, _) => "item-time-given",
                (_, true) => "item-time-removed",
                _ => "item-time-changed",
            };
            loc.rich(id, &[("number", number)])
        }
        AgendaChange::Note(n) => Rich::text(note_line(n, loc)),
        AgendaChange::Document(d) => document_line(d, loc),
    }
}

/// How a change of a note is said.
pub fn note_line(n: &NoteChange, loc: &Locale) -> String {
    let id = match &n.change {
        NoteDelta::Added(_) => "note-added",
        NoteDelta::Removed(_) => "note-deleted",
        NoteDelta::Changed(_) => "note-changed",
    };
    loc.text(id, &[("index", &n.index.to_string())])
}

/// Whether an agenda change concerns `lang`: a change of words that left its text in
/// `lang` as it was does not (a changes document in that language leaves it out).
pub fn agenda_change_in(c: &AgendaChange, lang: &str) -> bool {
    match c {
        AgendaChange::Retitled { texts, .. } | AgendaChange::HeadingChanged { texts } => {
            texts.contains_key(lang)
        }
        AgendaChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => texts.contains_key(lang),
        _ => true,
    }
}

/// `line`, then `detail` after the language's colon (none after a line that ends with
/// one already).
pub fn with_detail(line: &str, detail: Option<String>, loc: &Locale) -> String {
    let sep = loc.text("detail-sep", &[]);
    match detail {
        Some(d) if !sep.trim().is_empty() && line.ends_with(sep.trim()) => format!("{line}{d}"),
        Some(d) => format!("{line}{sep}{d}"),
        None => line.to_string(),
    }
}

/// A heading with the lines under it indented: "Agenda:" / "议程：".
pub fn heading_line(heading: &str, loc: &Locale) -> String {
    format!("{heading}{}", loc.text("heading-colon", &[]))
}

/// "Changes from TD210" / "与TD210相比的修改" (`against` none: the draft).
pub fn changes_heading(against: Option<&str>, loc: &Locale) -> String {
    match against {
        Some(n) => loc.text("changes-heading", &[("against", n)]),
        None => loc.text("changes-heading-draft", &[]),
    }
}

pub fn no_changes(loc: &Locale) -> String {
    loc.text("no-changes", &[])
}

/// A revision that only the newer version has.
pub fn revision_added(loc: &Locale) -> String {
    loc.text("revision-added", &[])
}

/// A revision that only the older version has.
pub fn revision_removed(loc: &Locale) -> String {
    loc.text("revision-removed", &[])
}

/// What a summary line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Meeting,
    /// A revision's own details (its date, its summary), or the revision as a whole.
    Revision,
    Agenda,
    Timeplan,
}

/// The heading of a part of a summary, for a terminal.
pub fn part_heading(part: Part, loc: &Locale) -> String {
    let id = match part {
        Part::Meeting => "part-meeting",
        Part::Revision => "part-revision",
        Part::Agenda => "part-agenda",
        Part::Timeplan => "part-timeplan",
    };
    loc.text(id, &[])
}

/// The remark after a moved item's title: "(moved from item 9)" / "（原第9项）".
pub fn moved_from(from: &str, loc: &Locale) -> String {
    loc.text("moved-from", &[("from", from)])
}
