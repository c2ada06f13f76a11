//! How the tool says each change, in each language: one table of wording that every
//! display reads (the changes documents, and `agenda diff` in every format). Dates and
//! slot labels come from the locale and the time plans.

mod timeplan;

pub use timeplan::{
    day, groups_label, hours_text, other_label, session_when, status_note, taken_text,
    timeplan_change_in, timeplan_line, when_text,
};

use super::inline::Markup;
use crate::diff::{AgendaChange, NoteChange, NoteDelta};
use crate::lang::Locale;

/// How an agenda change is said, in the locale's language.
pub fn agenda_line(c: &AgendaChange, loc: &Locale) -> String {
    let zh = loc.lang == "zh";
    match c {
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
        AgendaChange::Retitled { from, to, .. } => match (zh, from == to) {
            (true, true) => format!("第{to}项标题修改"),
            (true, false) => format!("第{from}项（现第{to}项）标题修改"),
            (false, true) => format!("Item {to} retitled"),
            (false, false) => format!("Item {from} (now {to}) retitled"),
        },
        AgendaChange::HeadingChanged { .. } => (if zh {
            "标题修改"
        } else {
            "Heading changed"
        })
        .to_string(),
        AgendaChange::Rescheduled {
            number, from, to, ..
        } => match (from.is_empty(), to.is_empty(), zh) {
            (true, _, true) => format!("第{number}项：注明时间"),
            (true, _, false) => format!("Item {number}: time given"),
            (_, true, true) => format!("第{number}项：删除时间"),
            (_, true, false) => format!("Item {number}: time removed"),
            (_, _, true) => format!("第{number}项：时间修改"),
            (_, _, false) => format!("Item {number}: time changed"),
        },
        AgendaChange::Note(n) => note_line(n, loc),
    }
}

/// How a change of a note is said.
pub fn note_line(n: &NoteChange, loc: &Locale) -> String {
    let zh = loc.lang == "zh";
    let i = n.index;
    match &n.change {
        NoteDelta::Added if zh => format!("新增注{i}"),
        NoteDelta::Added => format!("Note {i} added"),
        NoteDelta::Removed if zh => format!("删除注{i}"),
        NoteDelta::Removed => format!("Note {i} deleted"),
        NoteDelta::Changed(_) if zh => format!("注{i}修改"),
        NoteDelta::Changed(_) => format!("Note {i} changed"),
    }
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

/// `line`, then `detail` after the language's colon.
pub fn with_detail(line: &str, detail: Option<String>, loc: &Locale) -> String {
    let sep = if loc.lang == "zh" { "：" } else { ": " };
    match detail {
        Some(d) if line.ends_with('：') => format!("{line}{d}"),
        Some(d) => format!("{line}{sep}{d}"),
        None => line.to_string(),
    }
}

/// A heading with the lines under it indented: "Agenda:" / "议程：".
pub fn heading_line(heading: &str, loc: &Locale) -> String {
    let colon = if loc.lang == "zh" { "：" } else { ":" };
    format!("{heading}{colon}")
}

/// "Changes from TD210" / "与TD210相比的修改" (`against` none: the draft).
pub fn changes_heading(against: Option<&str>, loc: &Locale) -> String {
    match (against, loc.lang == "zh") {
        (Some(n), true) => format!("与{n}相比的修改"),
        (Some(n), false) => format!("Changes from {n}"),
        (None, true) => "与草案相比的修改".to_string(),
        (None, false) => "Changes from the draft".to_string(),
    }
}

pub fn no_changes(loc: &Locale) -> &'static str {
    if loc.lang == "zh" {
        "无修改。"
    } else {
        "No changes."
    }
}

/// A revision that only the newer version has.
pub fn revision_added(loc: &Locale) -> &'static str {
    if loc.lang == "zh" { "新增" } else { "Added" }
}

/// A revision that only the older version has.
pub fn revision_removed(loc: &Locale) -> &'static str {
    if loc.lang == "zh" {
        "删除"
    } else {
        "Deleted"
    }
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
pub fn part_heading(part: Part, loc: &Locale) -> &'static str {
    match (part, loc.lang == "zh") {
        (Part::Meeting, true) => "会议",
        (Part::Meeting, false) => "Meeting",
        (Part::Revision, true) => "修订",
        (Part::Revision, false) => "Revision",
        (Part::Agenda, true) => "议程",
        (Part::Agenda, false) => "Agenda",
        (Part::Timeplan, true) => "时间表",
        (Part::Timeplan, false) => "Time plan",
    }
}

/// How the marks of a changes document read, in `markup`.
pub fn legend(markup: Markup, loc: &Locale) -> &'static str {
    match (markup, loc.lang == "zh") {
        (Markup::Markdown, true) => {
            "插入的文字标为 {++插入++}，删除的文字标为 {--删除--}；修改过的时间表单元格标有 ✎。"
        }
        (Markup::Markdown, false) => {
            "Inserted text is marked {++like this++}, deleted text {--like this--}; changed time-plan cells are marked ✎."
        }
        (_, true) => {
            "插入的文字以绿色下划线标出，删除的文字以红色删除线标出；修改过的时间表单元格以底色标出。"
        }
        (_, false) => {
            "Inserted text is underlined in green, deleted text struck through in red; changed time-plan cells are shaded."
        }
    }
}

/// The remark after a moved item's title: "(moved from item 9)" / "（原第9项）".
pub fn moved_from(from: &str, loc: &Locale) -> String {
    if loc.lang == "zh" {
        format!("（原第{from}项）")
    } else {
        format!("(moved from item {from})")
    }
}
