//! The agenda in Word: a paragraph per item, its number (the tool's, never Word's own
//! numbering, which would renumber on its own) then a tab, in a style per depth with a
//! hanging indent; an item added or removed is a paragraph inserted or deleted whole,
//! and where an item moved from is a comment on it.

use super::front::keep;
use super::{Out, Para, xml};
use crate::render::view::{AgendaView, ItemView};

pub(super) fn agenda(a: &AgendaView, out: &mut Out) {
    out.para("Heading2", &xml(&a.heading), &keep());
    for item in &a.items {
        self::item(item, out);
    }
    for note in &a.notes {
        out.para("Note", &xml(note), &Para::default());
    }
}

fn item(it: &ItemView, out: &mut Out) {
    let style = format!("AgendaItem{}", it.depth.min(2) + 1);
    let text = format!(
        "{}<tab/>{}{}",
        xml(&it.number),
        xml(&it.title),
        xml(&it.when)
    );
    let text = match it.status {
        "added" | "moved" => format!("<ins>{text}</ins>"),
        "removed" => format!("<del>{text}</del>"),
        _ => text,
    };
    let p = Para {
        comment: (!it.remark.is_empty()).then(|| vec![super::plain(&it.remark)]),
        ..Para::default()
    };
    out.para(&style, &text, &p);
    for sub in &it.items {
        item(sub, out);
    }
}
