//! The diff as marks on the newer version of a document, for the displays that show a
//! whole document redlined (the changes documents): how each item, cell, whole row,
//! heading and note reads against the version before. Marks are read off the change
//! list, never made by comparing texts again, so a changes document shows exactly what
//! `agenda diff` reports.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::words::Texts;
use super::{AgendaChange, NoteDelta};
use crate::model::{Agenda, AgendaItem, Taken};

mod documents;
mod tables;
mod timeplan;

pub use documents::{AllocationMarks, Deleted, DocumentMarks, ItemDocuments, RowMark};
pub use tables::{TableMark, TableMarks};
pub use timeplan::{Fields, SessionMark, SlotMark, TimeplanMarks, WholeMark, timeplan};

/// Notes by 1-based index: added, removed, or their word changes.
pub type NoteMarks = BTreeMap<usize, NoteDelta>;

/// How an item of the newer agenda stands against the older one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemMark {
    Added,
    /// Moved from number `from`.
    Moved {
        from: String,
    },
    /// Numbered `from` before, by what happened around it.
    Renumbered {
        from: String,
    },
}

/// An agenda's marks.
#[derive(Debug, Default)]
pub struct AgendaMarks {
    pub heading: Option<Texts>,
    /// The items of the newer agenda that are not where they were, by id.
    pub items: HashMap<String, ItemMark>,
    /// The word changes of retitled items, by id.
    pub titles: HashMap<String, Texts>,
    /// The ids of the items the newer agenda no longer has.
    pub removed: HashSet<String>,
    /// Items taken at other sessions or times: when they were taken before, by id.
    pub rescheduled: HashMap<String, Vec<Taken>>,
    pub notes: NoteMarks,
    /// The documents allocated anew, and no longer, under each item, by id.
    pub documents: DocumentMarks,
    /// The rows of the allocation table that are new, or changed, or gone.
    pub allocation: AllocationMarks,
}

/// The marks of agenda `new` against `old`, from `changes` (their diff).
pub fn agenda(old: &Agenda, new: &Agenda, changes: &[AgendaChange]) -> AgendaMarks {
    let mut marks = AgendaMarks::default();
    for c in changes {
        match c {
            AgendaChange::Added { id, .. } => _ = marks.items.insert(id.clone(), ItemMark::Added),
            AgendaChange::Moved { id, from, .. } => {
                let from = from.clone();
                marks.items.insert(id.clone(), ItemMark::Moved { from });
            }
            // Each of two swapped items is marked where it came from.
            AgendaChange::Swapped { ids, numbers } => {
                for (id, from) in ids.iter().zip(numbers) {
                    let from = from.clone();
                    marks.items.insert(id.clone(), ItemMark::Moved { from });
                }
            }
            AgendaChange::Removed { id, .. } => _ = marks.removed.insert(id.clone()),
            AgendaChange::Retitled { id, texts, .. } => {
                marks.titles.insert(id.clone(), texts.clone());
            }
            AgendaChange::HeadingChanged { texts } => marks.heading = Some(texts.clone()),
            AgendaChange::Rescheduled { id, .. } => {
                let before = find(&old.items, id).map(|i| i.taken.clone());
                marks
                    .rescheduled
                    .insert(id.clone(), before.unwrap_or_default());
            }
            AgendaChange::Note(n) => _ = marks.notes.insert(n.index, n.change.clone()),
            AgendaChange::Document(d) => documents::mark(d, old, &mut marks.documents),
            // Every renumbered item is marked below, those implied by their parent too.
            AgendaChange::Renumbered { .. } => {}
        }
    }
    documents::in_older_order(&mut marks.documents);
    marks.allocation = documents::allocation(old, new);
    let was = numbers(&old.items);
    let mut stack: Vec<&AgendaItem> = new.items.iter().collect();
    while let Some(item) = stack.pop() {
        stack.extend(item.items.iter());
        let renumbered = was
            .get(item.id.as_str())
            .filter(|from| **from != item.number.as_str());
        if let (Some(from), false) = (renumbered, marks.items.contains_key(&item.id)) {
            let from = from.to_string();
            marks
                .items
                .insert(item.id.clone(), ItemMark::Renumbered { from });
        }
    }
    marks
}

/// The item with id `id`, at any depth.
pub fn find<'a>(items: &'a [AgendaItem], id: &str) -> Option<&'a AgendaItem> {
    items.iter().find_map(|i| {
        if i.id == id {
            Some(i)
        } else {
            find(&i.items, id)
        }
    })
}

/// Every item's number, by id.
fn numbers(items: &[AgendaItem]) -> HashMap<&str, &str> {
    let mut out = HashMap::new();
    let mut stack: Vec<&AgendaItem> = items.iter().collect();
    while let Some(item) = stack.pop() {
        out.insert(item.id.as_str(), item.number.as_str());
        stack.extend(item.items.iter());
    }
    out
}
