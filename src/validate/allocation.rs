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
use chrono::NaiveDate;

use crate::model::documents::{Document, Register, key};

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
        let doc = resolve(number, (register, docs.date), &Place::item(item), cx);
        let ok = doc.is_some_and(|d| once(d, item, number, walk, cx));
        match (&mut out, doc.filter(|_| ok)) {
            (Some(list), Some(doc)) => list.push(Arc::clone(doc)),
            _ => out = None,
        }
    }
    out
}

/// The documents a session of the time plan lists (at `place`), each in the register
/// and not withdrawn by the plan's `date`, and listed once.
pub(super) fn listed(
    numbers: &[Sp<String>],
    place: &Place,
    (register, date): (&Register, Option<NaiveDate>),
    cx: &mut Cx,
) -> Option<Vec<Arc<Document>>> {
    let mut out: Option<Vec<Arc<Document>>> = Some(Vec::new());
    let mut seen: Vec<String> = Vec::new();
    for number in numbers {
        let twice = seen.contains(&key(&number.value));
        seen.push(key(&number.value));
        let doc = resolve(number, (register, date), place, cx);
        if twice {
            let pos = number.pos.with_len(number.value.chars().count());
            let message = format!(
                "document {} is listed twice {}",
                number.value.trim(),
                place.under
            );
            cx.error(pos, message, "list each document once");
        }
        match (&mut out, doc.filter(|_| !twice)) {
            (Some(list), Some(doc)) => list.push(Arc::clone(doc)),
            _ => out = None,
        }
    }
    out
}

/// Where documents are allocated, as messages say it: "item 2" (allocated "under item
/// 2"), "session q5-1" ("for session q5-1").
pub(super) struct Place {
    pub name: String,
    pub under: String,
    /// What taking a withdrawn document out then does.
    pub then: &'static str,
}

impl Place {
    fn item(number: &str) -> Place {
        Place {
            name: format!("item {number}"),
            under: format!("under item {number}"),
            then: " (the changes document then says it was withdrawn)",
        }
    }

    pub fn session(id: &str) -> Place {
        Place {
            name: format!("session {id}"),
            under: format!("for session {id}"),
            then: "",
        }
    }
}

/// The document `number` names, if the register has it and it is not withdrawn by
/// `date` (said in `cx` otherwise, at `place`).
fn resolve<'r>(
    number: &Sp<String>,
    (register, date): (&'r Register, Option<NaiveDate>),
    place: &Place,
    cx: &mut Cx,
) -> Option<&'r Arc<Document>> {
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
        return None;
    };
    if let (Some(registered), Some(issued)) = (doc.date, date)
        && registered > issued
    {
        let message = format!(
            "document {} is registered on {registered}, after this issue ({issued}) that allocates it {}",
            doc.number, place.under
        );
        let hint = "check the issue's date, or the date the register gives the document";
        cx.diags
            .push(Diagnostic::warning(&cx.file, pos, message).hint(hint));
    }
    withdrawn(doc, place, (number, date), cx).then_some(doc)
}

/// Whether `doc` may still be allocated (at `place`) by an issue dated `date`: not
/// withdrawn as of then.
fn withdrawn(
    doc: &Document,
    place: &Place,
    (at, date): (&Sp<String>, Option<NaiveDate>),
    cx: &mut Cx,
) -> bool {
    let Some(date) = date.filter(|d| doc.withdrawn_by(*d)) else {
        return true;
    };
    let number = &doc.number;
    let (message, hint) = match doc.withdrawn {
        Some(crate::model::documents::Withdrawn::On(on)) => (
            format!(
                "document {number} was withdrawn on {on}; this issue ({date}) still allocates it {}",
                place.under
            ),
            format!("remove {number} from {}{}", place.name, place.then),
        ),
        _ => (
            format!(
                "document {number} is withdrawn; {} still allocates it",
                place.name
            ),
            format!(
                "remove {number} from {}; if earlier issues allocated it before it was withdrawn, give the day it was withdrawn in the register's `withdrawn`",
                place.name
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
    let earlier = walk.allocated.entry(doc.key()).or_default();
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

/// The documents the sessions of time plan `plan` (read from `src`, issued on `date`)
/// list, checked and put in its sessions. Where the meeting has no register, a session
/// that lists documents is an error; where its register has problems, nothing is checked.
pub(super) fn sessions(
    src: &crate::load::model::TimeplanFile,
    plan: &mut crate::model::Timeplan,
    (register, present): (Option<&Register>, bool),
    date: Option<NaiveDate>,
    cx: &mut Cx,
) {
    for s in src.sessions.0.iter().filter(|s| !s.documents.0.is_empty()) {
        let Some(register) = register else {
            if !present {
                let hint = "add the meeting's document register beside meeting.yaml: documents.yaml, documents.csv or documents.xlsx";
                let message = format!(
                    "session {} lists documents, but the meeting has no document register",
                    s.id.value
                );
                cx.error(s.documents.0[0].pos, message, hint);
            }
            continue;
        };
        let place = Place::session(&s.id.value);
        let docs = listed(&s.documents.0, &place, (register, date), cx);
        let session = plan
            .sessions
            .iter_mut()
            .find(|p| p.id == s.id.value && !p.derived_id);
        if let (Some(docs), Some(session)) = (docs, session) {
            session.documents = docs;
        }
    }
}
