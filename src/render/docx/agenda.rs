//! The agenda in Word: a paragraph per item, its number (the tool's, never Word's own
//! numbering, which would renumber on its own) then a tab, in a style per depth with a
//! hanging indent; an item added or removed is a paragraph inserted or deleted whole,
//! and where an item moved from is a comment on it.

use super::front::keep;
use super::marks;
use super::{Out, Para, xml};
use crate::model::rich::{Inline, Rich, Version};
use crate::render::view::{AgendaView, DocumentMark, ItemStatus, ItemView, MovedAway};

pub(super) fn agenda(a: &AgendaView, out: &mut Out) {
    out.para("Heading2", &xml(&a.heading), &keep());
    list(&a.items, &a.moved_away, false, out);
    for note in &a.notes {
        out.para("Note", &xml(note), &Para::default());
    }
    if let Some(table) = &a.allocation {
        super::allocation::allocation(table, out);
    }
}

/// A list of items, with the items that moved away from it deleted where they stood.
/// Inside a moved item (`within_moved`), inserted whole where it is now, what was under it
/// before is left out: it is deleted with the item where it was.
fn list(items: &[ItemView], moved_away: &[MovedAway], within_moved: bool, out: &mut Out) {
    let stood_after = |after: Option<&str>, out: &mut Out| {
        let here = moved_away.iter().filter(|m| m.after.as_deref() == after);
        here.filter(|_| !within_moved)
            .for_each(|gone| item(&gone.item, false, out));
    };
    stood_after(None, out);
    for it in items {
        if within_moved && it.status == ItemStatus::Removed {
            continue;
        }
        item(it, within_moved, out);
        stood_after(Some(&it.id), out);
    }
}

fn item(it: &ItemView, within_moved: bool, out: &mut Out) {
    let style = format!("AgendaItem{}", it.depth.min(2) + 1);
    let inserted_whole = within_moved || it.status == ItemStatus::Moved;
    let tab = || Rich::text("\t");
    let text: Rich = match inserted_whole {
        // Where a moved item is now: inserted whole, as it reads now.
        true => [
            xml(&marks::newer(&it.number, false).inserted()),
            tab(),
            xml(&it.title.version(Version::Newer).inserted()),
            xml(&marks::newer(&it.when, true).inserted()),
        ]
        .into_iter()
        .collect(),
        false => [
            xml(&marks::each_version(&it.number, false)),
            tab(),
            xml(&it.title),
            xml(&marks::each_version(&it.when, true)),
        ]
        .into_iter()
        .collect(),
    };
    let text: Rich = [text, documents(it, inserted_whole)].into_iter().collect();
    let text = match it.status {
        _ if inserted_whole => text.inserted(),
        ItemStatus::Added => text.inserted(),
        ItemStatus::Removed | ItemStatus::Left => text.deleted(),
        _ => text,
    };
    let p = Para {
        comment: (!within_moved && !it.remark.is_empty()).then(|| vec![super::plain(&it.remark)]),
        ..Para::default()
    };
    out.para(&style, &text, &p);
    list(&it.items, &it.moved_away, inserted_whole, out);
}

/// The documents taken under an item, a line each in the item's paragraph (under its
/// title, where the hanging indent puts it), inserted or deleted with the line break
/// before it as marked: runs, never paragraphs, so that LibreOffice's "reject all" does
/// not join the item to the next one where it takes back a run of inserted paragraphs.
/// Under a moved item inserted whole where it is now, those it allocates now.
fn documents(it: &ItemView, inserted_whole: bool) -> Rich {
    let mut out = Vec::new();
    for d in &it.documents {
        let line = match inserted_whole {
            true if d.mark == DocumentMark::Deleted => continue,
            true => d.line.version(Version::Newer),
            false => d.line.version(match d.mark {
                DocumentMark::Deleted => Version::Older,
                _ => Version::Newer,
            }),
        };
        let line: Rich = [Rich(vec![Inline::LineBreak]), xml(&line)]
            .into_iter()
            .collect();
        out.push(match (inserted_whole, d.mark) {
            (true, _) | (_, DocumentMark::Inserted) => line.inserted(),
            (_, DocumentMark::Deleted) => line.deleted(),
            (_, DocumentMark::Kept) => line,
        });
    }
    out.into_iter().collect()
}
