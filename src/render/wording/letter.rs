//! How an addendum's changes to the letter are said, in each language: each change's
//! message, with the value before and after ("Dates changed from 9-18 September 2025 to
//! 16-25 September 2025").

use crate::diff::letter::LetterChange;
use crate::lang::Locale;

/// How letter change `c` is said in `loc`'s language.
pub fn letter_line(c: &LetterChange, loc: &Locale) -> String {
    let lang = loc.lang;
    let text = |t: &crate::diff::letter::Texts| t.get(lang).cloned().unwrap_or_default();
    let said = |id: &str, old: &str, new: &str| loc.text(id, &[("old", old), ("new", new)]);
    match c {
        LetterChange::Dates { old, new } => said(
            "letter-dates-changed",
            &loc.date_range(old.0, old.1),
            &loc.date_range(new.0, new.1),
        ),
        LetterChange::Opening { old, new } => {
            let at =
                |t: &Option<chrono::NaiveTime>| t.map(|t| loc.time_of_day(t)).unwrap_or_default();
            said("letter-opening-changed", &at(old), &at(new))
        }
        LetterChange::Venue { old, new } => said("letter-venue-changed", &text(old), &text(new)),
        LetterChange::Premises { old, new } => {
            said("letter-premises-changed", &text(old), &text(new))
        }
        LetterChange::Registration { old, new } => {
            let at = |r: &(chrono::NaiveTime, crate::diff::letter::Texts)| {
                loc.text(
                    "letter-registration",
                    &[("time", &loc.time_of_day(r.0)), ("place", &text(&r.1))],
                )
            };
            said("letter-registration-changed", &at(old), &at(new))
        }
        LetterChange::Contact { name, old, new } => match old {
            Some(old) => loc.text(
                "letter-contact-changed",
                &[("name", name), ("old", old), ("new", new)],
            ),
            None => loc.text("letter-contact-added", &[("name", name), ("new", new)]),
        },
        LetterChange::Deadline { old, new, .. } => said(
            "letter-deadline-moved",
            &loc.long_date(*old),
            &loc.long_date(*new),
        ),
    }
}
