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

/// The letter's key deadlines as ITU-T sets them: each rule, and what is due by then, by
/// message (the `new-deadline-` message of each).
const DEADLINES: &[(&str, &[&str])] = &[
    (
        "2 months",
        &["new-deadline-captioning", "new-deadline-translation"],
    ),
    (
        "6 weeks",
        &["new-deadline-fellowships", "new-deadline-interpretation"],
    ),
    (
        "1 month",
        &["new-deadline-registration", "new-deadline-visa"],
    ),
    ("13 days", &["new-deadline-contributions"]),
];

/// The four files of the meeting: `meeting.yaml`, `agenda.yaml`, `timeplan.yaml`,
/// `letter.yaml`.
pub fn sources(spec: &Spec) -> [String; 4] {
    [meeting(spec), agenda(spec), timeplan(spec), letter(spec)]
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
         languages: [{languages}]\n\
         # The letter's key deadlines, each by its rule before the first day.\n\
         deadlines:\n{deadlines}",
        deadlines = deadlines(spec),
        org = translated(spec, "new-organisation", "  "),
        venue = translated(spec, "new-venue", "  "),
        chair = translated(spec, "new-chair", "  "),
        first = spec.first_day,
        last = spec.last_day,
    )
}

fn deadlines(spec: &Spec) -> String {
    let mut out = String::new();
    for (rule, messages) in DEADLINES {
        out.push_str(&format!("  - before: {rule}\n    actions:\n"));
        for message in *messages {
            let text = translated(spec, message, "        ");
            out.push_str(&format!("      -{}\n", text.replacen("\n        ", " ", 1)));
        }
    }
    out
}

/// `letter.yaml`: the letter dated three months before the meeting, its texts to be
/// confirmed, ITU's contacts for what the built-in paragraphs say, the deadlines they
/// name.
fn letter(spec: &Spec) -> String {
    let tbc = |indent: &str| translated(spec, "new-chair", indent);
    let date =
        (spec.first_day.checked_sub_months(chrono::Months::new(3))).unwrap_or(spec.first_day);
    format!(
        "# The invitation letter's own facts, made by `agenda new`: complete every text, then `agenda check`.\n\
         date: {date}\n\
         place:{place}\n\
         reference:\n  -{reference}\n\
         addressees:\n  -{addressee}\n\
         # telephone, fax, email and web head the letter; the others are what its paragraphs say.\n\
         contacts:\n\
         \x20 service_desk: servicedesk@itu.int\n\
         \x20 new_delegates: ITU-Tmembership@itu.int\n\
         \x20 fellowships: fellowships@itu.int\n\
         \x20 fellowships_fax: \"+41 22 730 57 78\"\n\
         \x20 travel: travel@itu.int\n\
         group: {title}\n\
         premises:{place}\n\
         about:{about}\n\
         registration:\n  from: \"08:30\"\n  at:{at}\n\
         rooms_link: https://www.itu.int/\n\
         # signature: {{name: …, title: …}}\n\
         # information: https://…   # the latest meeting information (a link and its QR code)\n\
         deadlines:\n  interpretation: 6 weeks\n  fellowships: 6 weeks\n  registration: 1 month\n  visa: 1 month\n\
         periods:\n  fellowship_registration: 7 weeks\n",
        place = translated(spec, "new-venue", "  "),
        reference = tbc("    ").replacen("\n    ", " ", 1),
        addressee = tbc("    ").replacen("\n    ", " ", 1),
        title = quoted(spec.title),
        about = tbc("  "),
        at = tbc("    "),
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
