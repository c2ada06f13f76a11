//! The agenda as the templates read it: items with their derived numbers, and in a
//! changes document, items added, removed, moved and renumbered, redlined. A moved item
//! is shown where it is now, and also, marked `left`, where it was (which the
//! readers' templates skip, and Word shows deleted).

use serde::Serialize;

use super::Viewing;
use super::documents::{self, AllocationView, DocumentView};
use super::notes;
use crate::diff::marks::{AgendaMarks, ItemMark, find};
use crate::model::rich::Rich;
use crate::model::{Agenda, AgendaItem};
use crate::render::wording;

#[derive(Debug, Serialize)]
pub struct AgendaView {
    pub heading: Rich,
    pub items: Vec<ItemView>,
    /// In a changes document: where the items that moved away stood among `items`.
    pub moved_away: Vec<MovedAway>,
    pub notes: Vec<Rich>,
    /// The allocation of the register's documents to the items, where the issue sees a
    /// register with documents.
    pub allocation: Option<AllocationView>,
}

/// What a changes document shows of an item: unchanged (written ""), added, removed,
/// moved (where it is now), renumbered, or left (where a moved item stood: in a
/// [`MovedAway`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[serde(rename = "")]
    Unchanged,
    Added,
    Removed,
    Moved,
    Renumbered,
    Left,
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: String,
    /// The displayed number (in a changes document, redlined where it changed).
    pub number: Rich,
    /// In a changes document: the number before, where it changed.
    pub old_number: String,
    pub status: ItemStatus,
    /// "(moved from item 9)", where it moved.
    pub remark: String,
    /// When the item is taken: "(Tuesday 9 September, morning)"; in a changes document,
    /// the time before struck through where it changed.
    pub when: Rich,
    pub depth: usize,
    /// Redlined in a changes document.
    pub title: Rich,
    /// The documents taken under it.
    pub documents: Vec<DocumentView>,
    pub items: Vec<ItemView>,
    /// In a changes document: where the sub-items that moved away stood among `items`.
    pub moved_away: Vec<MovedAway>,
}

/// Where an item that moved stood in the older agenda, among the items of the newer one
/// (at the same depth, under the same item): after the item `after` (the first of the
/// list if none), and after any other [`MovedAway`] with the same `after` before it. The
/// item is as it was, struck through (its sub-items "removed"). The readers' documents
/// show a moved item where it is now ("moved from item 9"); Word also deletes it where it
/// was, so that "reject all" reads the older order.
#[derive(Debug, Serialize)]
pub struct MovedAway {
    pub after: Option<String>,
    pub item: ItemView,
}

/// The agenda; with `old` and the diff's marks, redlined against it.
pub(super) fn agenda(a: &Agenda, old: Option<(&Agenda, &AgendaMarks)>, cx: &Viewing) -> AgendaView {
    let marks = old.map(|(_, m)| m);
    let older = old.map(|(o, _)| o);
    let heading = (cx.revised(
        marks.and_then(|m| m.heading.as_ref()),
        &a.heading,
        older.map(|o| &o.heading),
    ))
    .0;
    let mut items: Vec<ItemView> = (a.items.iter())
        .map(|i| item(i, 0, marks, older, cx))
        .collect();
    if let Some((o, m)) = old {
        insert_removed(&mut items, &o.items, (0, m), cx);
    }
    let moved_away = take_moved_away(&mut items);
    let old_notes = old.map(|(o, m)| (o.notes.as_slice(), &m.notes));
    AgendaView {
        heading,
        items,
        moved_away,
        notes: notes(&a.notes, old_notes, cx),
        allocation: documents::allocation(a, marks.map(|m| &m.allocation), cx),
    }
}

/// Puts the items of `old` that the diff says are gone back where they stood (at `depth`),
/// marked as deleted: each right after the item that came before it in `old`; a moved
/// item too, marked `left` (so that Word's "reject all" reads the older order).
fn insert_removed(
    items: &mut Vec<ItemView>,
    old: &[AgendaItem],
    (depth, marks): (usize, &AgendaMarks),
    cx: &Viewing,
) {
    // Where the last item of `old` put back, or found in place, stands in `items`.
    let mut after: Option<usize> = None;
    for o in old {
        let moved = matches!(marks.items.get(&o.id), Some(ItemMark::Moved { .. }));
        let gone = marks.removed.contains(&o.id);
        if gone || moved {
            let at = after.map_or(0, |a| a + 1).min(items.len());
            let status = if gone {
                ItemStatus::Removed
            } else {
                ItemStatus::Left
            };
            items.insert(at, removed(o, depth, status, cx));
            after = Some(at);
        }
        let here = |v: &ItemView| {
            v.id == o.id && !matches!(v.status, ItemStatus::Removed | ItemStatus::Left)
        };
        if let Some(at) = (!gone).then(|| items.iter().position(here)).flatten() {
            insert_removed(&mut items[at].items, &o.items, (depth + 1, marks), cx);
            if !moved {
                after = Some(at);
            }
        }
    }
}

/// Takes the items marked "left" out of `items` (and out of their sub-items', at
/// every depth), each with where it stood.
fn take_moved_away(items: &mut Vec<ItemView>) -> Vec<MovedAway> {
    let mut out = Vec::new();
    let mut after: Option<String> = None;
    for mut item in std::mem::take(items) {
        if item.status == ItemStatus::Left {
            let after = after.clone();
            out.push(MovedAway { after, item });
            continue;
        }
        item.moved_away = take_moved_away(&mut item.items);
        after = Some(item.id.clone());
        items.push(item);
    }
    out
}

/// Item `o` of the older agenda, struck through, at `depth` with `status`; its sub-items
/// "removed".
fn removed(o: &AgendaItem, depth: usize, status: ItemStatus, cx: &Viewing) -> ItemView {
    let when = wording::taken_text(&o.taken, &cx.loc);
    ItemView {
        id: o.id.clone(),
        number: Rich::text(o.number.clone()).deleted(),
        old_number: o.number.clone(),
        status,
        remark: String::new(),
        when: Rich::text(when).deleted(),
        depth,
        title: cx.gone(&o.title),
        documents: documents::gone(&o.documents, cx),
        items: (o.items.iter())
            .map(|c| removed(c, depth + 1, ItemStatus::Removed, cx))
            .collect(),
        moved_away: Vec::new(),
    }
}

fn item(
    it: &AgendaItem,
    depth: usize,
    marks: Option<&AgendaMarks>,
    old: Option<&Agenda>,
    cx: &Viewing,
) -> ItemView {
    let mark = marks.and_then(|m| m.items.get(&it.id));
    let (status, old_number, remark) = match mark {
        None => (ItemStatus::Unchanged, String::new(), String::new()),
        Some(ItemMark::Added) => (ItemStatus::Added, String::new(), String::new()),
        Some(ItemMark::Moved { from }) => (
            ItemStatus::Moved,
            from.clone(),
            wording::moved_from(from, &cx.loc),
        ),
        Some(ItemMark::Renumbered { from }) => {
            (ItemStatus::Renumbered, from.clone(), String::new())
        }
    };
    let title = match status {
        ItemStatus::Added => cx.rich(&it.title).inserted(),
        _ => {
            let before = old.and_then(|o| find(&o.items, &it.id)).map(|o| &o.title);
            cx.revised(marks.and_then(|m| m.titles.get(&it.id)), &it.title, before)
                .0
        }
    };
    ItemView {
        id: it.id.clone(),
        number: number(status, &old_number, &it.number),
        old_number,
        status,
        remark,
        when: when(it, status, marks, cx),
        depth,
        title,
        documents: documents::under(
            &it.documents,
            marks.and_then(|m| m.documents.get(&it.id)),
            status == ItemStatus::Added,
            cx,
        ),
        items: it
            .items
            .iter()
            .map(|c| item(c, depth + 1, marks, old, cx))
            .collect(),
        moved_away: Vec::new(),
    }
}

/// When an item is taken; struck through before the new time where it changed, inserted
/// if the item is new.
fn when(it: &AgendaItem, status: ItemStatus, marks: Option<&AgendaMarks>, cx: &Viewing) -> Rich {
    let now = wording::taken_text(&it.taken, &cx.loc);
    let before = marks.and_then(|m| m.rescheduled.get(&it.id));
    match (status, before) {
        (ItemStatus::Added, _) if !now.is_empty() => Rich::text(now).inserted(),
        (_, Some(before)) => {
            let was = wording::taken_text(before, &cx.loc);
            let both = [Rich::text(was).deleted(), Rich::text(now).inserted()];
            crate::render::redline::joined(both, Rich::text(" "))
        }
        _ => Rich::text(now),
    }
}

/// An item's number as shown: inserted if the item is new, the old one struck through
/// before the new one if it moved or was renumbered.
fn number(status: ItemStatus, old: &str, new: &str) -> Rich {
    let (old, new) = (Rich::text(old), Rich::text(new));
    match status {
        ItemStatus::Added => new.inserted(),
        ItemStatus::Moved | ItemStatus::Renumbered => {
            [old.deleted(), Rich::text(" "), new.inserted()]
                .into_iter()
                .collect()
        }
        _ => new,
    }
}
