//! Checks the draft agenda: ids unique and well formed, nesting not too deep, texts
//! translated; derives each item's displayed number from its position.

use std::collections::HashMap;

use super::{Agenda, AgendaItem, Cx};
use crate::diag::Pos;
use crate::load::model::{AgendaFile, Item};
use crate::load::spanned::Sp;

/// How deep sub-items may nest (1, 1.1, 1.1.1).
pub const MAX_DEPTH: usize = 3;

pub(super) fn agenda(src: &AgendaFile, cx: &mut Cx) -> Option<Agenda> {
    let heading = cx.tr(&src.heading);
    if src.items.value.0.is_empty() {
        cx.error(
            src.items.pos,
            "the agenda has no items",
            "add items under `items:`",
        );
    }
    let mut seen = HashMap::new();
    let items = items(&src.items.value.0, "", 1, &mut seen, cx);
    let notes: Vec<_> = src.notes.0.iter().map(|n| cx.tr(n)).collect();
    Some(Agenda {
        heading: heading?,
        items: items?,
        notes: notes.into_iter().collect::<Option<_>>()?,
    })
}

fn items(
    src: &[Item],
    prefix: &str,
    depth: usize,
    seen: &mut HashMap<String, Pos>,
    cx: &mut Cx,
) -> Option<Vec<AgendaItem>> {
    let mut out = Some(Vec::with_capacity(src.len()));
    for (i, item) in src.iter().enumerate() {
        let number = format!("{prefix}{}", i + 1);
        let checked = one(item, &number, depth, seen, cx);
        match (&mut out, checked) {
            (Some(list), Some(it)) => list.push(it),
            _ => out = None,
        }
    }
    out
}

fn one(
    item: &Item,
    number: &str,
    depth: usize,
    seen: &mut HashMap<String, Pos>,
    cx: &mut Cx,
) -> Option<AgendaItem> {
    let id_ok = check_id(&item.id, seen, cx);
    let title = cx.tr(&item.title);
    if depth >= MAX_DEPTH && !item.items.0.is_empty() {
        cx.error(
            item.id.pos,
            format!("item {number} has sub-items nested deeper than {MAX_DEPTH} levels"),
            "move these sub-items up a level or fold them into the item's text",
        );
        return None;
    }
    let children = items(&item.items.0, &format!("{number}."), depth + 1, seen, cx);
    id_ok.then_some(())?;
    Some(AgendaItem {
        id: item.id.value.clone(),
        number: number.to_string(),
        title: title?,
        items: children?,
    })
}

/// Ids are unique across the whole agenda and written in a safe alphabet.
fn check_id(id: &Sp<String>, seen: &mut HashMap<String, Pos>, cx: &mut Cx) -> bool {
    let v = &id.value;
    let pos = id.pos.with_len(v.chars().count());
    let well_formed = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !well_formed {
        cx.error(
            pos,
            format!("`{}` is not a valid item id", v.escape_debug()),
            "use lowercase letters, digits, `-` and `_`, e.g. opening or wp-reports",
        );
        return false;
    }
    if let Some(first) = seen.get(v) {
        let first = *first;
        cx.error(
            pos,
            format!(
                "duplicate item id `{v}` (first used at line {}:{})",
                first.line, first.col
            ),
            "give each item its own id; ids never change when items are renumbered",
        );
        return false;
    }
    seen.insert(v.clone(), id.pos);
    true
}
