//! The marks of the documents allocated under each item of the newer agenda, read off
//! the document changes: which it allocates anew (added, moved in, a revision replacing
//! the document it revises), and which it no longer does (moved out, replaced,
//! withdrawn, removed), with the older issue's document, so that a changes document can
//! show it struck through where it stood.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::find;
use crate::diff::documents::{DocumentChange, Under};
use crate::model::Agenda;
use crate::model::documents::{Allocation, Document, key};

/// The marks of one item's documents.
#[derive(Debug, Default)]
pub struct ItemDocuments {
    /// The keys of the documents it allocates that the older issue did not allocate under
    /// it.
    pub inserted: HashSet<String>,
    /// The documents the older issue allocated under it that the newer does not, in the
    /// older issue's order.
    pub deleted: Vec<Deleted>,
}

/// A document no longer allocated under an item, and where it stood: after the document
/// with key `after` in the older issue's list (first, if none), so that a changes
/// document shows it there (and Word's "reject all" gives the older list back).
#[derive(Debug)]
pub struct Deleted {
    pub after: Option<String>,
    pub doc: Arc<Document>,
    /// Its place in the older issue's list.
    pub index: usize,
}

/// Puts each item's documents no longer allocated in the older issue's order (the
/// changes come in the order of their numbers), so that each stands after the one
/// before it there.
pub fn in_older_order(marks: &mut DocumentMarks) {
    for item in marks.values_mut() {
        item.deleted.sort_by_key(|d| d.index);
    }
}

/// The document marks of each item, by id.
pub type DocumentMarks = HashMap<String, ItemDocuments>;

/// Marks `change` (about agenda `old`, against the newer one) into `marks`.
pub fn mark(change: &DocumentChange, old: &Agenda, marks: &mut DocumentMarks) {
    let (number, gone_from, came_to): (&str, &[Under], &[Under]) = match change {
        DocumentChange::Added { number, to, .. } => (number, &[], to),
        DocumentChange::Moved {
            number, from, to, ..
        } => (number, from, to),
        DocumentChange::Replaced {
            replaces, from, to, ..
        } => {
            let old_doc = deleted(old, from, replaces);
            for (id, doc) in old_doc {
                marks.entry(id).or_default().deleted.push(doc);
            }
            let new_key = key(change.number());
            for u in to {
                marks
                    .entry(u.id.clone())
                    .or_default()
                    .inserted
                    .insert(new_key.clone());
            }
            return;
        }
        DocumentChange::Withdrawn { number, from, .. }
        | DocumentChange::Removed { number, from, .. } => (number, from, &[]),
    };
    let to_ids: HashSet<&str> = came_to.iter().map(|u| u.id.as_str()).collect();
    let from_ids: HashSet<&str> = gone_from.iter().map(|u| u.id.as_str()).collect();
    for u in came_to.iter().filter(|u| !from_ids.contains(u.id.as_str())) {
        marks
            .entry(u.id.clone())
            .or_default()
            .inserted
            .insert(key(number));
    }
    let left: Vec<Under> = gone_from
        .iter()
        .filter(|u| !to_ids.contains(u.id.as_str()))
        .cloned()
        .collect();
    for (id, doc) in deleted(old, &left, number) {
        marks.entry(id).or_default().deleted.push(doc);
    }
}

/// The document numbered `number` as the older issue allocates it under each of `items`,
/// with where it stood.
fn deleted(old: &Agenda, items: &[Under], number: &str) -> Vec<(String, Deleted)> {
    let k = key(number);
    let found = items.iter().filter_map(|u| {
        let item = find(&old.items, &u.id)?;
        let at = item.documents.iter().position(|d| d.key() == k)?;
        let after = at.checked_sub(1).map(|i| key(&item.documents[i].number));
        let doc = Arc::clone(&item.documents[at]);
        let deleted = Deleted {
            after,
            doc,
            index: at,
        };
        Some((u.id.clone(), deleted))
    });
    found.collect()
}

/// How a row of the newer issue's allocation table stands against the older one's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowMark {
    /// The older table has no such row (the document was registered since).
    Inserted,
    /// Where the document stood in the older table, where it stands otherwise now.
    Changed(Allocation),
}

/// The marks of an allocation table: its rows', by document key, and the rows only the
/// older table has, each with the key of the row before it there (none: first).
#[derive(Debug, Default)]
pub struct AllocationMarks {
    /// Whether the older issue shows a table (it allocates documents).
    pub older_shown: bool,
    pub rows: HashMap<String, RowMark>,
    pub deleted: Vec<(Option<String>, Arc<Document>, Allocation)>,
}

/// The marks of `new`'s allocation table against `old`'s, row by row, matched by number.
pub fn allocation(old: &Agenda, new: &Agenda) -> AllocationMarks {
    let was = crate::model::documents::allocation(old);
    let now = crate::model::documents::allocation(new);
    let before: HashMap<String, &Allocation> = was.iter().map(|(d, a)| (d.key(), a)).collect();
    let keys: HashSet<String> = now.iter().map(|(d, _)| d.key()).collect();
    let mut marks = AllocationMarks {
        older_shown: was.iter().any(|(_, a)| matches!(a, Allocation::Under(_))),
        ..AllocationMarks::default()
    };
    for (d, a) in &now {
        match before.get(&d.key()) {
            None => _ = marks.rows.insert(d.key(), RowMark::Inserted),
            Some(b) if *b != a => _ = marks.rows.insert(d.key(), RowMark::Changed((*b).clone())),
            Some(_) => {}
        }
    }
    let mut after: Option<String> = None;
    for (d, a) in &was {
        if !keys.contains(&d.key()) {
            marks
                .deleted
                .push((after.clone(), Arc::clone(d), a.clone()));
        }
        after = Some(d.key());
    }
    marks
}
