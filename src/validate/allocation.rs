//! The documents an agenda item allocates: each in the register, not withdrawn as of
//! the issue, allocated once under the item, and not under both an item and one of its
//! sub-items (it is taken under the sub-item). Under two items that are not one inside
//! the other, a document is allowed, with a warning: it is rare, and more often a slip.

use std::sync::Arc;

use super::Cx;
use super::agenda::Walk;
use crate::diag::Diagnostic;
use crate::hints::closest;
use crate::load::spanned::Sp;
use crate::model::documents::{Document, key};

/// The documents allocated under item `number`, as written in `numbers`; none if one is
/// wrong (said in `cx`).
pub(super) fn allocated(
    numbers: &[Sp<String>],
    item: &str,
    walk: &mut Walk,
    cx: &mut Cx,
) -> Option<Vec<Arc<Document>>> {
    if numbers.is_empty() {
        return Some(Vec::new());
    }
    let docs = walk.documents;
    if docs.named_only {
        return Some(
            numbers
                .iter()
                .map(|n| Arc::new(Document::named(&n.value)))
                .collect(),
        );
    }
    let Some(register) = docs.register else {
        if !docs.present {
            let hint = "add the meeting's document register beside meeting.yaml: documents.yaml, documents.csv or documents.xlsx";
            let message = format!(
                "item {item} allocates documents, but the meeting has no document register"
            );
            cx.error(numbers[0].pos, message, hint);
        }
        return None;
    };
    let mut out = Some(Vec::new());
    for number in numbers {
        let pos = number.pos.with_len(number.value.chars().count());
        let Some(doc) = register.get(&number.value) else {
            let known: Vec<&str> = register
                .documents
                .iter()
                .map(|d| d.number.as_str())
                .collect();
            let hint = match closest(number.value.trim(), &known) {
                Some(near) => format!("did you mean `{near}`? Otherwise add it to the register"),
                None => "add it to the register, or check its number".to_string(),
            };
            cx.error(
                pos,
                format!("unknown document `{}` in the register", number.value.trim()),
                hint,
            );
            out = None;
            continue;
        };
        let ok = withdrawn(doc, item, number, walk, cx) && once(doc, item, number, walk, cx);
        match (&mut out, ok) {
            (Some(list), true) => list.push(Arc::clone(doc)),
            _ => out = None,
        }
    }
    out
}

/// Whether `doc` may still be allocated by this issue: not withdrawn as of its date.
fn withdrawn(doc: &Document, item: &str, at: &Sp<String>, walk: &Walk, cx: &mut Cx) -> bool {
    let Some(date) = walk.documents.date.filter(|d| doc.withdrawn_by(*d)) else {
        return true;
    };
    let number = &doc.number;
    let (message, hint) = match doc.withdrawn {
        Some(crate::model::documents::Withdrawn::On(on)) => (
            format!(
                "document {number} was withdrawn on {on}; this issue ({date}) still allocates it under item {item}"
            ),
            format!(
                "remove {number} from item {item} (the changes document then says it was withdrawn)"
            ),
        ),
        _ => (
            format!("document {number} is withdrawn; item {item} still allocates it"),
            format!(
                "remove {number} from item {item}; if earlier issues allocated it before it was withdrawn, give the day it was withdrawn in the register's `withdrawn`"
            ),
        ),
    };
    cx.error(at.pos.with_len(at.value.chars().count()), message, hint);
    false
}

/// Whether `doc` is allocated here for the first time under this item or any it is in;
/// under another item it is a warning.
fn once(doc: &Document, item: &str, at: &Sp<String>, walk: &mut Walk, cx: &mut Cx) -> bool {
    let pos = at.pos.with_len(at.value.chars().count());
    let earlier = walk.allocated.entry(key(&doc.number)).or_default();
    let inside = |outer: &str| item == outer || item.starts_with(&format!("{outer}."));
    let number = &doc.number;
    if let Some((outer, first)) = earlier.iter().find(|(o, _)| inside(o)) {
        let message = if outer == item {
            format!(
                "document {number} is allocated twice under item {item} (first at {}:{})",
                first.line, first.col
            )
        } else {
            format!("document {number} is allocated under item {outer} and its sub-item {item}")
        };
        cx.error(
            pos,
            message,
            "allocate it once, under the item (or sub-item) where it is taken",
        );
        return false;
    }
    if let Some((other, _)) = earlier.first() {
        let message = format!("document {number} is also allocated under item {other}");
        let hint =
            "a document is usually taken under one item: remove it from one, unless both take it";
        cx.diags
            .push(Diagnostic::warning(&cx.file, pos, message).hint(hint));
    }
    earlier.push((item.to_string(), at.pos));
    true
}
