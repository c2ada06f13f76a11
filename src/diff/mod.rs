//! Stage 6, diff: what changed between two versions of a meeting, computed once into
//! plain data ([`Diff`]) that every display (text, JSON, and later the redlined
//! documents) reads. Items are matched by id and cells by day and slot, never by position.

pub mod agenda;
pub mod text;
pub mod timeplan;
pub mod words;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::validate::{Meeting, Syntax, Tr};
pub use agenda::AgendaChange;
pub use timeplan::TimeplanChange;
use words::Piece;

/// Every change from one version of a meeting to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    pub meta: Vec<MetaChange>,
    pub agenda: Vec<AgendaChange>,
    pub timeplan: Vec<TimeplanChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty() && self.agenda.is_empty() && self.timeplan.is_empty()
    }
}

/// A changed field of the meeting's metadata, word by word per language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetaChange {
    pub field: &'static str,
    pub texts: BTreeMap<String, Vec<Piece>>,
}

pub fn diff(old: &Meeting, new: &Meeting) -> Diff {
    Diff {
        meta: meta(old, new),
        agenda: agenda::diff(&old.agenda, &new.agenda),
        timeplan: timeplan::diff(&old.timeplan, &new.timeplan),
    }
}

/// Every field of `meeting.yaml` that changed: the texts, and the values that name or
/// shape the published documents (dates, document numbers, languages, zone, syntax).
fn meta(old: &Meeting, new: &Meeting) -> Vec<MetaChange> {
    let texts = |meeting: &Meeting| -> Vec<(&'static str, Tr)> {
        let m = &meeting.meta;
        let plain = |s: String| {
            Tr(m.title
                .0
                .iter()
                .map(|(l, loc)| {
                    (
                        l.clone(),
                        crate::validate::Located {
                            text: s.clone(),
                            ..loc.clone()
                        },
                    )
                })
                .collect())
        };
        vec![
            ("organisation", m.organisation.clone()),
            ("body", m.body.clone()),
            ("title", m.title.clone()),
            ("venue", m.venue.clone()),
            ("chair", m.chair.clone()),
            (
                "annex",
                m.annex.clone().unwrap_or_else(|| plain(String::new())),
            ),
            ("first_day", plain(m.first_day.to_string())),
            ("last_day", plain(m.last_day.to_string())),
            (
                "first_day_start",
                plain(
                    m.first_day_start
                        .map_or(String::new(), |t| t.format("%H:%M").to_string()),
                ),
            ),
            ("time_zone", plain(m.time_zone.clone())),
            ("agenda_update", plain(m.agenda_update.clone())),
            ("timeplan_update", plain(m.timeplan_update.clone())),
            ("languages", plain(meeting.languages.join(", "))),
            (
                "markdown",
                plain((m.syntax == Syntax::Markdown).to_string()),
            ),
        ]
    };
    texts(old)
        .into_iter()
        .zip(texts(new))
        .filter_map(|((field, a), (_, b))| {
            agenda::text_changes(&a, &b).map(|texts| MetaChange { field, texts })
        })
        .collect()
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
    Added,
    Removed,
    Changed(BTreeMap<String, Vec<Piece>>),
}

pub(crate) fn notes(old: &[Tr], new: &[Tr]) -> Vec<NoteChange> {
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        let delta = match (old.get(i), new.get(i)) {
            (Some(a), Some(b)) => agenda::text_changes(a, b).map(NoteDelta::Changed),
            (None, Some(_)) => Some(NoteDelta::Added),
            (Some(_), None) => Some(NoteDelta::Removed),
            (None, None) => None,
        };
        out.extend(delta.map(|change| NoteChange {
            index: i + 1,
            change,
        }));
    }
    out
}
