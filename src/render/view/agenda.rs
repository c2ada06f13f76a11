//! The agenda as the templates read it: items with their derived numbers, and in a
//! changes document, items added, removed, moved and renumbered, redlined.
//!
//! For Word, whose "accept all" and "reject all" must give the two versions exactly, a
//! moved item is deleted where it was and inserted where it is, and the marks carry the
//! spaces between the parts they mark.

use serde::Serialize;

use super::Viewing;
use super::notes;
use crate::diff::marks::{AgendaMarks, ItemMark, find};
use crate::model::rich::Rich;
use crate::model::{Agenda, AgendaItem};
use crate::render::wording;

#[derive(Debug, Serialize)]
pub struct AgendaView {
    pub heading: Rich,
    pub items: Vec<ItemView>,
    pub notes: Vec<Rich>,
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: String,
    /// The displayed number (in a changes document, redlined where it changed).
    pub number: Rich,
    /// In a changes document: the number before, where it changed.
    pub old_number: String,
    /// "", "added", "removed", "moved" or "renumbered".
    pub status: &'static str,
    /// "(moved from item 9)", where it moved.
    pub remark: String,
    /// When the item is taken: "(Tuesday 9 September, morning)"; in a changes document,
    /// the time before struck through where it changed.
    pub when: Rich,
    pub depth: usize,
    /// Redlined in a changes document.
    pub title: Rich,
    pub items: Vec<ItemView>,
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
    let old_notes = old.map(|(o, m)| (o.notes.as_slice(), &m.notes));
    AgendaView {
        heading,
        items,
        notes: notes(&a.notes, old_notes, cx),
    }
}

/// Puts the items of `old` that the diff says are gone back where they stood (at `depth`),
/// marked as deleted: each right after the item that came before it in `old` (for Word,
/// a moved item too, so that "reject all" reads the older order).
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
        if marks.removed.contains(&o.id) || moved && cx.word {
            let at = after.map_or(0, |a| a + 1).min(items.len());
            items.insert(at, removed(o, depth, cx));
            after = Some(at);
        } else if let Some(at) = (items.iter()).position(|v| v.id == o.id && v.status != "removed")
        {
            insert_removed(&mut items[at].items, &o.items, (depth + 1, marks), cx);
            if !moved {
                after = Some(at);
            }
        }
    }
}

fn removed(o: &AgendaItem, depth: usize, cx: &Viewing) -> ItemView {
    let when = wording::taken_text(&o.taken, &cx.loc);
    ItemView {
        id: o.id.clone(),
        number: Rich::text(o.number.clone()).deleted(),
        old_number: o.number.clone(),
        status: "removed",
        remark: String::new(),
        when: match cx.word {
            true if when.is_empty() => Rich::default(),
            true => Rich::text(format!(" {when}")).deleted(),
            false => Rich::text(when).deleted(),
        },
        depth,
        title: cx.gone(&o.title),
        items: o.items.iter().map(|c| removed(c, depth + 1, cx)).collect(),
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
    if let (Some(ItemMark::Moved { from }), true) = (mark, cx.word) {
        return inserted(it, depth, wording::moved_from(from, &cx.loc), cx);
    }
    let (status, old_number, remark) = match mark {
        None => ("", String::new(), String::new()),
        Some(ItemMark::Added) => ("added", String::new(), String::new()),
        Some(ItemMark::Moved { from }) => {
            ("moved", from.clone(), wording::moved_from(from, &cx.loc))
        }
        Some(ItemMark::Renumbered { from }) => ("renumbered", from.clone(), String::new()),
    };
    let title = match status {
        "added" => cx.rich(&it.title).inserted(),
        _ => {
            let before = old.and_then(|o| find(&o.items, &it.id)).map(|o| &o.title);
            cx.revised(marks.and_then(|m| m.titles.get(&it.id)), &it.title, before)
                .0
        }
    };
    ItemView {
        id: it.id.clone(),
        number: number(status, &old_number, &it.number, cx.word),
        old_number,
        status,
        remark,
        when: when(it, status, marks, cx),
        depth,
        title,
        items: it
            .items
            .iter()
            .map(|c| item(c, depth + 1, marks, old, cx))
            .collect(),
    }
}

/// An item and its sub-items inserted whole (for Word, a moved item where it is now).
fn inserted(it: &AgendaItem, depth: usize, remark: String, cx: &Viewing) -> ItemView {
    let when = wording::taken_text(&it.taken, &cx.loc);
    ItemView {
        id: it.id.clone(),
        number: Rich::text(it.number.clone()).inserted(),
        old_number: String::new(),
        status: if remark.is_empty() { "added" } else { "moved" },
        remark,
        when: match when.is_empty() {
            true => Rich::default(),
            false => Rich::text(format!(" {when}")).inserted(),
        },
        depth,
        title: cx.rich(&it.title).inserted(),
        items: (it.items.iter())
            .map(|c| inserted(c, depth + 1, String::new(), cx))
            .collect(),
    }
}

/// When an item is taken; struck through before the new time where it changed, inserted
/// if the item is new.
fn when(it: &AgendaItem, status: &str, marks: Option<&AgendaMarks>, cx: &Viewing) -> Rich {
    let now = wording::taken_text(&it.taken, &cx.loc);
    let before = marks.and_then(|m| m.rescheduled.get(&it.id));
    if cx.word {
        return when_for_word(
            &now,
            status,
            before.map(|b| wording::taken_text(b, &cx.loc)),
        );
    }
    match (status, before) {
        ("added", _) if !now.is_empty() => Rich::text(now).inserted(),
        (_, Some(before)) => {
            let was = wording::taken_text(before, &cx.loc);
            let both = [Rich::text(was).deleted(), Rich::text(now).inserted()];
            crate::render::redline::joined(both, Rich::text(" "))
        }
        _ => Rich::text(now),
    }
}

/// When an item is taken, for Word: the space before it inside the marks, so that each
/// version reads "title (when)".
fn when_for_word(now: &str, status: &str, was: Option<String>) -> Rich {
    let spaced = |t: &str| {
        Rich::text(if t.is_empty() {
            String::new()
        } else {
            format!(" {t}")
        })
    };
    let now = spaced(now);
    match (status, was) {
        ("added", _) => now.inserted(),
        (_, Some(was)) => [spaced(&was).deleted(), now.inserted()]
            .into_iter()
            .collect(),
        _ => now,
    }
}

/// An item's number as shown: inserted if the item is new, the old one struck through
/// before the new one if it moved or was renumbered.
fn number(status: &str, old: &str, new: &str, word: bool) -> Rich {
    let (old, new) = (Rich::text(old), Rich::text(new));
    match status {
        "added" => new.inserted(),
        // Word's marks need no space between: each version reads one number.
        "moved" | "renumbered" if word => [old.deleted(), new.inserted()].into_iter().collect(),
        "moved" | "renumbered" => [old.deleted(), Rich::text(" "), new.inserted()]
            .into_iter()
            .collect(),
        _ => new,
    }
}
