//! Stage 3, diff: what changed between two versions of a meeting, computed once into
//! plain data ([`Diff`]) that every display (text, JSON, and later the redlined
//! documents) reads. Items are matched by id and cells by day and slot, never by position.

pub mod agenda;
pub mod documents;
pub mod letter;
pub mod marks;
pub mod order;
pub mod revisions;
pub mod timeplan;
pub mod words;

use serde::Serialize;

use crate::model::{Meeting, Syntax, Tr};
pub use agenda::AgendaChange;
pub use timeplan::TimeplanChange;
use words::Texts;

/// Every change from one version of a meeting to another: its details, its drafts, and
/// (between meeting folders) each revision of each stream.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    pub meta: Vec<MetaChange>,
    /// What changed in the invitation letter in effect (the last addendum's, else the
    /// letter), where both versions have one.
    pub letter: Vec<letter::LetterChange>,
    pub agenda: Vec<AgendaChange>,
    pub timeplan: Vec<TimeplanChange>,
    pub revisions: Vec<revisions::RevisionDiff>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
            && self.letter.is_empty()
            && self.agenda.is_empty()
            && self.timeplan.is_empty()
            && self.revisions.is_empty()
    }
}

/// A changed field of the meeting's metadata, word by word per language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetaChange {
    pub field: &'static str,
    pub texts: Texts,
}

/// What changed from meeting folder `old` to `new`: everything.
pub fn diff(old: &Meeting, new: &Meeting) -> Diff {
    let meta = meta(old, new);
    Diff {
        letter: letter_changes(old, new, &meta),
        meta,
        agenda: agenda::diff(&old.agenda, &new.agenda, new.meta.syntax),
        timeplan: timeplan::diff(&old.timeplan, &new.timeplan, new.meta.syntax),
        revisions: revisions::diff(old, new),
    }
}

/// What changed in the letters in effect, less what the meeting's details already say
/// (their days, opening and venue, as `meta` lists them).
fn letter_changes(old: &Meeting, new: &Meeting, meta: &[MetaChange]) -> Vec<letter::LetterChange> {
    let (Some(a), Some(b)) = (letter_in_effect(old), letter_in_effect(new)) else {
        return Vec::new();
    };
    let said = |fields: &[&str]| meta.iter().any(|m| fields.contains(&m.field));
    (letter::diff(a, b).into_iter())
        .filter(|c| match c {
            letter::LetterChange::Dates { .. } => !said(&["first_day", "last_day"]),
            letter::LetterChange::Opening { .. } => !said(&["first_day_start"]),
            letter::LetterChange::Venue { .. } => !said(&["venue"]),
            _ => true,
        })
        .collect()
}

/// The letter of `meeting` as its last addendum leaves it, with the meeting's details.
fn letter_in_effect(meeting: &Meeting) -> Option<(&crate::model::Meta, &crate::model::Letter)> {
    match meeting.addenda.last() {
        Some(a) => Some((&a.meta, &a.letter)),
        None => Some((&meeting.meta, meeting.letter.as_ref()?)),
    }
}

/// `text` as a text in every language that `like` has (for values that are not translated,
/// such as dates, compared as texts).
pub(crate) fn in_every_language(like: &Tr, text: &str) -> Tr {
    Tr(like
        .0
        .iter()
        .map(|(lang, located)| {
            let located = crate::model::Located {
                text: text.to_string(),
                ..located.clone()
            };
            (lang.clone(), located)
        })
        .collect())
}

/// Every field of `meeting.yaml` that changed: the texts, and the values that name or
/// shape the published documents (dates, document numbers, languages, zone, syntax).
/// A value that is not translated is compared once, not once per language.
fn meta(old: &Meeting, new: &Meeting) -> Vec<MetaChange> {
    let mut out: Vec<MetaChange> = translated(old)
        .into_iter()
        .zip(translated(new))
        .filter_map(|((field, a), (_, b))| {
            // The meeting's details are shown as written, never as Markdown.
            agenda::text_changes(&a, &b, Syntax::Literal).map(|texts| MetaChange { field, texts })
        })
        .collect();
    for ((field, a), (_, b)) in untranslated(old).into_iter().zip(untranslated(new)) {
        if a != b {
            let pieces = words::diff(&a, &b);
            let texts = new.languages.iter().map(|l| (l.clone(), pieces.clone()));
            out.push(MetaChange {
                field,
                texts: texts.collect(),
            });
        }
    }
    out
}

/// The translated fields of `meeting.yaml`.
fn translated(meeting: &Meeting) -> [(&'static str, Tr); 6] {
    let m = &meeting.meta;
    let annex = m.annex.clone();
    [
        ("organisation", m.organisation.clone()),
        ("body", m.body.clone()),
        ("title", m.title.clone()),
        ("venue", m.venue.clone()),
        ("chair", m.chair.clone()),
        (
            "annex",
            annex.unwrap_or_else(|| in_every_language(&m.title, "")),
        ),
    ]
}

/// The fields of `meeting.yaml` that are the same in every language, as written.
fn untranslated(meeting: &Meeting) -> [(&'static str, String); 10] {
    let m = &meeting.meta;
    let start = m.first_day_start.map(|t| t.format("%H:%M").to_string());
    [
        ("first_day", m.first_day.to_string()),
        ("last_day", m.last_day.to_string()),
        ("first_day_start", start.unwrap_or_default()),
        ("time_zone", m.time_zone.clone()),
        ("chair_gender", m.chair_gender.clone().unwrap_or_default()),
        ("agenda_update", m.agenda_update.clone()),
        ("timeplan_update", m.timeplan_update.clone()),
        ("languages", meeting.languages.join(", ")),
        // Said only where the updates have fewer languages than the draft.
        ("update_languages", {
            let fewer = meeting.update_languages != meeting.languages;
            if fewer {
                meeting.update_languages.join(", ")
            } else {
                String::new()
            }
        }),
        ("markdown", (m.syntax == Syntax::Markdown).to_string()),
    ]
}

/// A note added, removed or changed, by its 1-based index (notes have no ids).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteChange {
    pub index: usize,
    pub change: NoteDelta,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteDelta {
    /// Added, or removed: its text in each language (as written), so that every display
    /// can say it.
    Added(agenda::Titles),
    Removed(agenda::Titles),
    Changed(Texts),
}

pub(crate) fn notes(old: &[Tr], new: &[Tr], syntax: Syntax) -> Vec<NoteChange> {
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        let delta = match (old.get(i), new.get(i)) {
            (Some(a), Some(b)) => agenda::text_changes(a, b, syntax).map(NoteDelta::Changed),
            (None, Some(n)) => Some(NoteDelta::Added(agenda::written(n))),
            (Some(o), None) => Some(NoteDelta::Removed(agenda::written(o))),
            (None, None) => None,
        };
        out.extend(delta.map(|change| NoteChange {
            index: i + 1,
            change,
        }));
    }
    out
}
