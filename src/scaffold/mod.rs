//! `agenda new`: the sources of a new meeting, as a starting point a chair edits. Every
//! day of the meeting is a row of the time plan (a weekend between its days a row of its
//! own), the agenda has the items every meeting has (opening, adoption of the agenda,
//! documents, any other business, closing), and every text is in each of the meeting's
//! languages, from the translation files. What it writes passes `agenda check`.

mod create;

pub use create::{Asked, create};

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::lang::{self, Locale};

/// What the new meeting is, as given on the command line.
pub struct Spec<'a> {
    pub title: &'a str,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub languages: &'a [String],
}

/// The usual items, by message: the item's id is the message's, less `new-item-`.
const ITEMS: &[&str] = &[
    "new-item-opening",
    "new-item-agenda-adoption",
    "new-item-documents",
    "new-item-other-business",
    "new-item-closing",
];

/// The three files of the meeting: `meeting.yaml`, `agenda.yaml`, `timeplan.yaml`.
pub fn sources(spec: &Spec) -> [String; 3] {
    [meeting(spec), agenda(spec), timeplan(spec)]
}

/// A text in each language: message `id` of each language's file, as a YAML mapping
/// indented by `indent`.
fn translated(spec: &Spec, id: &str, indent: &str) -> String {
    let mut out = String::new();
    for l in spec.languages {
        let loc: Locale = lang::locale(l);
        out.push_str(&format!("\n{indent}{l}: {}", quoted(&loc.text(id, &[]))));
    }
    out
}

/// A YAML double-quoted string (JSON's escapes are YAML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn meeting(spec: &Spec) -> String {
    let title = quoted(spec.title);
    let languages = spec.languages.join(", ");
    format!(
        "# A new meeting, made by `agenda new`: complete every text, then `agenda check`.\n\
         organisation:{org}\n\
         body: {title}\n\
         title: {title}\n\
         venue:{venue}\n\
         first_day: {first}\n\
         last_day: {last}\n\
         time_zone: Europe/Zurich\n\
         chair:{chair}\n\
         # draft_number: TD1/GEN   # where the draft is itself a TD's first issue; then also\n\
         # draft_date: YYYY-MM-DD  # the day it is issued (see the README)\n\
         agenda_update: TD1\n\
         timeplan_update: TD2\n\
         languages: [{languages}]\n",
        org = translated(spec, "new-organisation", "  "),
        venue = translated(spec, "new-venue", "  "),
        chair = translated(spec, "new-chair", "  "),
        first = spec.first_day,
        last = spec.last_day,
    )
}

fn agenda(spec: &Spec) -> String {
    let mut out = format!(
        "# The draft agenda: items are numbered by their order; give each a new id.\nheading:{}\nitems:\n",
        translated(spec, "new-agenda-heading", "  ")
    );
    for message in ITEMS {
        let id = message.trim_start_matches("new-item-");
        out.push_str(&format!(
            "  - id: {id}\n    title:{}\n",
            translated(spec, message, "      ")
        ));
    }
    out
}

fn timeplan(spec: &Spec) -> String {
    let mut out = format!(
        "# The draft time plan: one row per day; give a slot's cell with `cells:`.\nheading:{}\n# banner: a sentence under the heading (\"This time plan is tentative…\"), translated like it\nslots:\n  - id: morning\n    label:{}\n    start: \"09:30\"\n    end: \"12:30\"\n  - id: afternoon\n    label:{}\n    start: \"14:30\"\n    end: \"17:30\"\ndays:\n",
        translated(spec, "new-timeplan-heading", "  "),
        translated(spec, "new-morning", "      "),
        translated(spec, "new-afternoon", "      "),
    );
    let mut day = spec.first_day;
    while day <= spec.last_day {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        if !weekend {
            out.push_str(&format!("  - date: {day}\n"));
            day = day.checked_add_days(Days::new(1)).unwrap_or(NaiveDate::MAX);
            continue;
        }
        // A Saturday and the Sunday after it (within the meeting) are one row.
        let sunday = day
            .checked_add_days(Days::new(1))
            .filter(|s| s.weekday() == Weekday::Sun && *s <= spec.last_day);
        out.push_str(&format!("  - date: {day}\n"));
        if let Some(s) = sunday {
            out.push_str(&format!("    until: {s}\n"));
        }
        out.push_str(&format!(
            "    whole:{}\n",
            translated(spec, "new-weekend", "      ")
        ));
        day = sunday
            .unwrap_or(day)
            .checked_add_days(Days::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    out
}
