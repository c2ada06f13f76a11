//! Between two versions of a meeting folder, each revision of each stream against the
//! revision of the same number: added, removed, or changed (its date, its summary, its
//! content). Revisions are numbered from 0 without gaps, so the numbers pair them.

use serde::Serialize;

use super::{Diff, MetaChange, agenda, timeplan, words};
use crate::model::{Meeting, Revision, Syntax, Tr, numbered};

/// What happened to one revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RevisionDiff {
    /// The document, as the newer version names it: "TD210 Rev.1".
    pub document: String,
    /// `agenda` or `timeplan`.
    pub stream: &'static str,
    pub number: u32,
    pub change: RevisionChange,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionChange {
    /// Only the newer version has it.
    Added,
    /// Only the older version has it.
    Removed,
    /// Both have it, and it differs: `meta` holds its `date` and `summary`, and `agenda`
    /// or `timeplan` its content.
    Changed(Box<Diff>),
}

/// What changed of an issue's header from the issue before it: its date, and the
/// languages whose summary reads otherwise (its number changes by definition).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderChange {
    pub date: bool,
    pub summary: std::collections::BTreeSet<String>,
}

/// The header of an issue (`new`: its date and summary) against the one before (`old`).
pub fn header(old: (chrono::NaiveDate, &Tr), new: (chrono::NaiveDate, &Tr)) -> HeaderChange {
    let langs = new.1.0.keys().chain(old.1.0.keys());
    HeaderChange {
        date: old.0 != new.0,
        summary: langs
            .filter(|l| old.1.get(l) != new.1.get(l))
            .cloned()
            .collect(),
    }
}

/// Every revision of either stream that differs between `old` and `new`.
pub fn diff(old: &Meeting, new: &Meeting) -> Vec<RevisionDiff> {
    let syntax = new.meta.syntax;
    let mut out = stream(
        (&old.agenda_revisions, &new.agenda_revisions),
        ("agenda", &new.meta.agenda_update),
        |a, b| Diff {
            agenda: agenda::diff(a, b, syntax),
            ..Diff::default()
        },
        syntax,
    );
    out.extend(stream(
        (&old.timeplan_revisions, &new.timeplan_revisions),
        ("timeplan", &new.meta.timeplan_update),
        |a, b| Diff {
            timeplan: timeplan::diff(a, b, syntax),
            ..Diff::default()
        },
        syntax,
    ));
    out
}

/// The revisions of one stream (`name`, published as document `number`) that differ,
/// their texts read as `syntax`.
fn stream<T>(
    (old, new): (&[Revision<T>], &[Revision<T>]),
    (name, number): (&'static str, &str),
    content: impl Fn(&T, &T) -> Diff,
    syntax: Syntax,
) -> Vec<RevisionDiff> {
    let count = old.len().max(new.len()) as u32;
    let mut out = Vec::new();
    for n in 0..count {
        let change = match (numbered(old, n), numbered(new, n)) {
            (Some(a), Some(b)) => {
                let mut diff = content(&a.doc, &b.doc);
                diff.meta = head(a, b, syntax);
                if diff.is_empty() {
                    continue;
                }
                RevisionChange::Changed(Box::new(diff))
            }
            (None, Some(_)) => RevisionChange::Added,
            (Some(_), None) => RevisionChange::Removed,
            (None, None) => continue,
        };
        out.push(RevisionDiff {
            document: crate::model::document_label(number, n),
            stream: name,
            number: n,
            change,
        });
    }
    out
}

/// The changes of a revision's head: its date and its summary.
fn head<T>(a: &Revision<T>, b: &Revision<T>, syntax: Syntax) -> Vec<MetaChange> {
    let mut out = Vec::new();
    if a.date != b.date {
        // A date is compared once, and shown the same in every language.
        let pieces = words::diff(&a.date.to_string(), &b.date.to_string());
        let langs = b.summary.0.keys();
        out.push(MetaChange {
            field: "date",
            texts: langs.map(|l| (l.clone(), pieces.clone())).collect(),
        });
    }
    if let Some(texts) = agenda::text_changes(&a.summary, &b.summary, syntax) {
        out.push(MetaChange {
            field: "summary",
            texts,
        });
    }
    out
}

#[cfg(test)]
mod header_tests {
    use super::*;

    #[test]
    fn a_header_changes_by_its_date_and_each_language_of_its_summary() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2025, 9, d).unwrap_or_default();
        let (a, b) = (Tr::en("Update"), Tr::en("Update of the agenda"));
        assert_eq!(
            header((day(10), &a), (day(10), &a)),
            HeaderChange::default()
        );
        let changed = header((day(10), &a), (day(11), &b));
        assert!(changed.date);
        assert_eq!(changed.summary.into_iter().collect::<Vec<_>>(), ["en"]);
    }
}
