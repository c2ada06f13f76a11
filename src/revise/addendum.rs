//! `agenda revise MEETING letter`: the letter's next addendum started, as a `revision:`
//! head and, commented out, the facts an addendum may change (it gives only those that
//! do). The letter must be there; the addenda must run from 1 without a gap.

use chrono::NaiveDate;

use super::start::{Asked, Started, next_number, write_new};
use crate::diag;
use crate::error::Error;
use crate::load;

/// Starts the letter's next addendum in `a.dir`, dated `date`.
pub(super) fn start(a: &Asked, date: NaiveDate) -> Result<Started, Error> {
    let letter = a.dir.join(load::LETTER_FILE);
    if std::fs::symlink_metadata(&letter).is_err() {
        return Err(Error::usage(format!(
            "{} has no {}, so no addenda: add the letter first",
            diag::display_path(a.dir),
            load::LETTER_FILE
        )));
    }
    let folder = a.dir.join(load::LETTER_REVISIONS);
    let next = next_number(&folder, 1)?;
    let file = folder.join(format!("{next}.yaml"));
    let text = addendum_text(&letter, date, a.summary);
    write_new(&file, &text)?;
    Ok(Started {
        file,
        copy_of: None,
        date_concern: None,
    })
}

/// The addendum's text: its schema line where the letter names its own, the `revision:`
/// head, and the facts it may change, commented out.
fn addendum_text(letter: &std::path::Path, date: NaiveDate, summary: Option<&str>) -> String {
    let first = std::fs::read_to_string(letter).unwrap_or_default();
    let schema = (first.lines().next())
        .and_then(|l| l.strip_prefix("# yaml-language-server: $schema="))
        .and_then(|s| s.strip_suffix("letter.schema.json"))
        .map(|prefix| {
            format!("# yaml-language-server: $schema=../../{prefix}letter-addendum.schema.json\n")
        });
    format!(
        "{}revision:\n  date: {date}\n  summary: {}\n\
         # Give only what changes; the deadlines follow a changed first day.\n\
         # first_day: YYYY-MM-DD\n\
         # last_day: YYYY-MM-DD\n\
         # first_day_start: \"HH:MM\"\n\
         # venue: {{en: …}}\n\
         # premises: {{en: …}}\n\
         # registration: {{from: \"HH:MM\", at: {{en: …}}}}\n\
         # contacts: {{travel: …}}\n",
        schema.unwrap_or_default(),
        super::yaml_string(summary.unwrap_or_default())
    )
}
