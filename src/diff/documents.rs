//! What changed in the allocation of documents between two issues of an agenda, matched
//! by document number, never by position: a document under other items than before
//! moved; a revision allocated where the document it revises was replaces it ("TD215/GEN
//! Rev.1 replaces TD215/GEN"); one no longer allocated was withdrawn (as of the newer
//! issue, the register says so) or removed; one allocated for the first time was added.
//! Items are compared by id (a renumbered item keeps its documents), and said by their
//! numbers in each issue. The changes are in the order of the documents' numbers.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::model::documents::{Document, by_number};
use crate::model::{Agenda, AgendaItem};

/// An agenda item a document is allocated under: its id, and its number in the issue
/// (the older one for `from`, the newer for `to`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Under {
    pub id: String,
    pub number: String,
}

/// A change in the allocation of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum DocumentChange {
    Added {
        number: String,
        title: String,
        to: Vec<Under>,
    },
    Moved {
        number: String,
        title: String,
        from: Vec<Under>,
        to: Vec<Under>,
    },
    /// A revision allocated in place of the document it revises.
    Replaced {
        number: String,
        title: String,
        replaces: String,
        from: Vec<Under>,
        to: Vec<Under>,
    },
    Withdrawn {
        number: String,
        title: String,
        from: Vec<Under>,
    },
    Removed {
        number: String,
        title: String,
        from: Vec<Under>,
    },
}

impl DocumentChange {
    /// The title of the document it is about.
    pub fn title(&self) -> &str {
        match self {
            DocumentChange::Added { title, .. }
            | DocumentChange::Moved { title, .. }
            | DocumentChange::Replaced { title, .. }
            | DocumentChange::Withdrawn { title, .. }
            | DocumentChange::Removed { title, .. } => title,
        }
    }

    /// The number of the document it is about (the newer one, for a replacement).
    pub fn number(&self) -> &str {
        match self {
            DocumentChange::Added { number, .. }
            | DocumentChange::Moved { number, .. }
            | DocumentChange::Replaced { number, .. }
            | DocumentChange::Withdrawn { number, .. }
            | DocumentChange::Removed { number, .. } => number,
        }
    }
}

/// Where a document is allocated in one issue: the document, and the items it is
/// under, in the agenda's order.
struct Placed {
    doc: Arc<Document>,
    items: Vec<Under>,
}

impl Placed {
    fn ids(&self) -> Vec<&str> {
        self.items.iter().map(|u| u.id.as_str()).collect()
    }

    fn numbers(&self) -> Vec<Under> {
        self.items.clone()
    }
}

/// Every allocated document of an agenda, by key.
fn placed(agenda: &Agenda) -> HashMap<String, Placed> {
    fn walk(items: &[AgendaItem], out: &mut HashMap<String, Placed>) {
        for item in items {
            for doc in &item.documents {
                let entry = out.entry(doc.key()).or_insert_with(|| Placed {
                    doc: Arc::clone(doc),
                    items: Vec::new(),
                });
                entry.items.push(Under {
                    id: item.id.clone(),
                    number: item.number.clone(),
                });
            }
            walk(&item.items, out);
        }
    }
    let mut out = HashMap::new();
    walk(&agenda.items, &mut out);
    out
}

/// The changes in the allocation of documents from `old` to `new`.
pub fn diff(old: &Agenda, new: &Agenda) -> Vec<DocumentChange> {
    let (was, now) = (placed(old), placed(new));
    let mut out: BTreeMap<Sorted, DocumentChange> = BTreeMap::new();
    // The documents of `old` that a revision in `new` replaces, by key.
    let mut replaced: HashMap<String, String> = HashMap::new();
    // The latest revisions first, so that a document two revisions follow is replaced by
    // the later.
    let mut newer: Vec<(&String, &Placed)> = now.iter().collect();
    newer.sort_by(|a, b| by_number(&b.1.doc.number, &a.1.doc.number));
    for (k, p) in newer {
        let change = match was.get(k) {
            Some(w) => match moved(w, p) {
                Some(change) => change,
                None => continue,
            },
            None => match revised(&p.doc, &was, (&now, &replaced)) {
                Some(w) => {
                    replaced.insert(w.doc.key(), k.clone());
                    DocumentChange::Replaced {
                        number: p.doc.number.clone(),
                        title: p.doc.title.clone(),
                        replaces: w.doc.number.clone(),
                        from: w.numbers(),
                        to: p.numbers(),
                    }
                }
                None => DocumentChange::Added {
                    number: p.doc.number.clone(),
                    title: p.doc.title.clone(),
                    to: p.numbers(),
                },
            },
        };
        out.insert(Sorted(p.doc.number.clone()), change);
    }
    let withdrawn = |d: &Document| {
        new.register
            .as_ref()
            .is_some_and(|r| d.withdrawn_by(r.date))
    };
    let gone = was
        .iter()
        .filter(|(k, _)| !now.contains_key(*k) && !replaced.contains_key(*k));
    for w in gone.map(|(_, w)| w) {
        let (number, title, from) = (w.doc.number.clone(), w.doc.title.clone(), w.numbers());
        let change = match withdrawn(&w.doc) {
            true => DocumentChange::Withdrawn {
                number,
                title,
                from,
            },
            false => DocumentChange::Removed {
                number,
                title,
                from,
            },
        };
        out.insert(Sorted(w.doc.number.clone()), change);
    }
    out.into_values().collect()
}

/// How a document both issues allocate changed items: under items it was not under
/// (moved, where it also left some; else added there), or no longer under some (removed
/// from them); none if it is under the same items (in whatever order).
fn moved(w: &Placed, p: &Placed) -> Option<DocumentChange> {
    let only = |a: &Placed, b: &Placed| -> Vec<Under> {
        let ids = b.ids();
        a.items
            .iter()
            .filter(|u| !ids.contains(&u.id.as_str()))
            .cloned()
            .collect()
    };
    let (left, came) = (only(w, p), only(p, w));
    let (number, title) = (p.doc.number.clone(), p.doc.title.clone());
    Some(match (left.is_empty(), came.is_empty()) {
        (true, true) => return None,
        (true, false) => DocumentChange::Added {
            number,
            title,
            to: came,
        },
        (false, true) => DocumentChange::Removed {
            number,
            title,
            from: left,
        },
        (false, false) => DocumentChange::Moved {
            number,
            title,
            from: left,
            to: came,
        },
    })
}

/// The document of `old` that `doc` (a revision) replaces: the latest earlier revision
/// of the same number that `old` allocates and `new` no longer does, and that no later
/// revision replaces already.
fn revised<'a>(
    doc: &Document,
    was: &'a HashMap<String, Placed>,
    (now, replaced): (&HashMap<String, Placed>, &HashMap<String, String>),
) -> Option<&'a Placed> {
    let (base, revision) = doc.revises();
    (was.iter())
        .filter(|(k, _)| !now.contains_key(*k) && !replaced.contains_key(*k))
        .map(|(_, p)| (p, p.doc.revises()))
        .filter(|(_, (b, r))| *b == base && *r < revision)
        .max_by_key(|(_, (_, r))| *r)
        .map(|(p, _)| p)
}

/// A document number, ordered as a reader expects ("C 2" before "C 12").
#[derive(Debug, PartialEq, Eq)]
struct Sorted(String);

impl Ord for Sorted {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        by_number(&self.0, &other.0)
    }
}

impl PartialOrd for Sorted {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::Tr;
    use crate::model::documents::{Issued, Register, Withdrawn};

    fn doc(number: &str) -> Arc<Document> {
        let mut d = Document::named(number);
        d.title = format!("Title of {number}");
        Arc::new(d)
    }

    /// An agenda of items `(id, documents)`, numbered 1, 2…, seeing `register`.
    fn agenda(items: &[(&str, &[&str])], register: &Arc<Register>) -> Agenda {
        let find = |n: &&str| Arc::clone(register.get(n).expect("in the register"));
        let items = (items.iter().enumerate())
            .map(|(i, (id, docs))| AgendaItem {
                id: id.to_string(),
                number: (i + 1).to_string(),
                title: Tr::en(id),
                taken: vec![],
                documents: docs.iter().map(find).collect(),
                items: vec![],
            })
            .collect();
        Agenda {
            items,
            register: Some(Issued {
                register: Arc::clone(register),
                date: NaiveDate::from_ymd_opt(2025, 9, 11).expect("a date"),
            }),
            ..Agenda::default()
        }
    }

    fn said(changes: &[DocumentChange]) -> Vec<String> {
        let n = |u: &[Under]| {
            u.iter()
                .map(|u| u.number.as_str())
                .collect::<Vec<_>>()
                .join(",")
        };
        changes
            .iter()
            .map(|c| match c {
                DocumentChange::Added { number, to, .. } => format!("{number} added {}", n(to)),
                DocumentChange::Moved {
                    number, from, to, ..
                } => {
                    format!("{number} moved {}->{}", n(from), n(to))
                }
                DocumentChange::Replaced {
                    number,
                    replaces,
                    to,
                    ..
                } => {
                    format!("{number} replaces {replaces} {}", n(to))
                }
                DocumentChange::Withdrawn { number, .. } => format!("{number} withdrawn"),
                DocumentChange::Removed { number, from, .. } => {
                    format!("{number} removed {}", n(from))
                }
            })
            .collect()
    }

    #[test]
    fn documents_are_matched_by_number() {
        let mut withdrawn = (*doc("C 99")).clone();
        withdrawn.withdrawn = Some(Withdrawn::On(
            NaiveDate::from_ymd_opt(2025, 9, 10).expect("a date"),
        ));
        let mut docs: Vec<Arc<Document>> = ["C 12", "C 2", "TD 45", "TD 45 Rev.1", "C 120", "C 7"]
            .map(doc)
            .to_vec();
        docs.push(Arc::new(withdrawn));
        let register = Arc::new(Register::new(docs));
        let old = agenda(
            &[("a", &["C 12", "C 99"]), ("b", &["TD 45", "C 2", "C 7"])],
            &register,
        );
        let new = agenda(
            &[
                ("new", &[]),
                ("a", &["C 2"]),
                ("b", &["C 12", "TD 45 Rev.1", "C 120"]),
            ],
            &register,
        );
        assert_eq!(
            said(&diff(&old, &new)),
            [
                "C 2 moved 2->2",
                "C 7 removed 2",
                "C 12 moved 1->3",
                "C 99 withdrawn",
                "C 120 added 3",
                "TD 45 Rev.1 replaces TD 45 3",
            ]
        );
    }

    #[test]
    fn items_are_compared_as_sets_and_the_latest_revision_replaces() {
        let docs = ["C 1", "C 12", "C 12 Rev.1", "C 12 Rev.2"]
            .map(doc)
            .to_vec();
        let register = Arc::new(Register::new(docs));
        let old = agenda(&[("a", &["C 1", "C 12"]), ("b", &["C 1"])], &register);
        let swapped = agenda(&[("b", &["C 1"]), ("a", &["C 1", "C 12"])], &register);
        assert!(diff(&old, &swapped).is_empty());
        let new = agenda(
            &[("a", &["C 1", "C 12 Rev.2", "C 12 Rev.1"]), ("b", &[])],
            &register,
        );
        assert_eq!(
            said(&diff(&old, &new)),
            [
                "C 1 removed 2",
                "C 12 Rev.1 added 1",
                "C 12 Rev.2 replaces C 12 1"
            ]
        );
    }

    #[test]
    fn a_renumbered_item_keeps_its_documents() {
        let register = Arc::new(Register::new(vec![doc("C 1")]));
        let old = agenda(&[("a", &["C 1"])], &register);
        let new = agenda(&[("first", &[]), ("a", &["C 1"])], &register);
        assert!(diff(&old, &new).is_empty());
    }
}
