//! Checks the draft agenda: ids unique and well formed, nesting not too deep, texts
//! translated, links to sessions of the time plan that exist; derives each item's
//! displayed number from its position, and when it is taken from its sessions.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::Cx;
use crate::diag::Pos;
use crate::hints::choice_hint;
use crate::load::model::{AgendaFile, Item};
use crate::load::spanned::Sp;
use crate::model::documents::{Issued, Register};
use crate::model::{Agenda, AgendaItem, Taken, Timeplan};

/// How deep sub-items may nest (1, 1.1, 1.1.1).
pub const MAX_DEPTH: usize = 3;

/// What an agenda's items may name as their sessions.
#[derive(Clone, Copy)]
pub(super) enum Sessions<'a> {
    /// The sessions of the time plan in effect.
    Plan(&'a Timeplan),
    /// The time plan has problems of its own: the session ids its files give (explicit,
    /// or a cell's `date/slot`), so that a wrong name is said in the same run.
    Named(&'a [String]),
    /// No time plan could be read: names are not checked.
    Unchecked,
}

impl<'a> Sessions<'a> {
    /// The sessions of `plan`, or the names a plan's files give where it has problems.
    pub(super) fn of(plan: Option<&'a Timeplan>, named: Option<&'a [String]>) -> Sessions<'a> {
        match (plan, named) {
            (Some(plan), _) => Sessions::Plan(plan),
            (None, Some(names)) => Sessions::Named(names),
            (None, None) => Sessions::Unchecked,
        }
    }
}

/// What an agenda's items may allocate: the meeting's register, as of the date.
#[derive(Clone, Copy)]
pub(super) struct Documents<'a> {
    /// The register, where the meeting has one without problems.
    pub register: Option<&'a Arc<Register>>,
    /// Whether the meeting has a register (one with problems is not checked against).
    pub present: bool,
    /// The date of the issue.
    pub date: Option<NaiveDate>,
    /// Documents are known by their numbers alone (an agenda read outside its meeting
    /// folder, which has no register).
    pub named_only: bool,
}

/// What the items are checked against while they are read.
pub(super) struct Walk<'a> {
    /// Item ids seen so far, where first written.
    seen: HashMap<String, Pos>,
    /// The sessions the items may name.
    plan: Sessions<'a>,
    pub documents: Documents<'a>,
    /// The documents allocated so far, by key: under which item, where.
    pub allocated: HashMap<String, Vec<(String, Pos)>>,
}

/// `plan`: the sessions the items of this agenda may name; `documents`, what they may
/// allocate.
pub(super) fn agenda(
    src: &AgendaFile,
    plan: Sessions,
    documents: Documents,
    cx: &mut Cx,
) -> Option<Agenda> {
    let heading = cx.tr(&src.heading);
    if src.items.value.0.is_empty() {
        cx.error(
            src.items.pos,
            "the agenda has no items",
            "add items under `items:`",
        );
    }
    let mut walk = Walk {
        seen: HashMap::new(),
        plan,
        documents,
        allocated: HashMap::new(),
    };
    let items = items(&src.items.value.0, "", 1, &mut walk, cx);
    let notes: Vec<_> = src.notes.0.iter().map(|n| cx.tr(n)).collect();
    Some(Agenda {
        heading: heading?,
        items: items?,
        notes: notes.into_iter().collect::<Option<_>>()?,
        register: (documents.register.zip(documents.date)).map(|(r, date)| Issued {
            register: Arc::clone(r),
            date,
        }),
    })
}

fn items(
    src: &[Item],
    prefix: &str,
    depth: usize,
    walk: &mut Walk,
    cx: &mut Cx,
) -> Option<Vec<AgendaItem>> {
    let mut out = Some(Vec::with_capacity(src.len()));
    for (i, item) in src.iter().enumerate() {
        let number = format!("{prefix}{}", i + 1);
        let checked = one(item, &number, depth, walk, cx);
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
    walk: &mut Walk,
    cx: &mut Cx,
) -> Option<AgendaItem> {
    let id_ok = check_id(&item.id, &mut walk.seen, cx);
    let taken = taken(&item.sessions.0, walk.plan, cx);
    let documents = super::allocation::allocated(&item.documents.0, number, walk, cx);
    let title = cx.tr(&item.title);
    if depth >= MAX_DEPTH && !item.items.0.is_empty() {
        cx.error(
            item.id.pos,
            format!("item {number} has sub-items nested deeper than {MAX_DEPTH} levels"),
            "move these sub-items up a level or fold them into the item's text",
        );
        return None;
    }
    let children = items(&item.items.0, &format!("{number}."), depth + 1, walk, cx);
    id_ok.then_some(())?;
    Some(AgendaItem {
        id: item.id.value.clone(),
        number: number.to_string(),
        title: title?,
        taken: taken?,
        documents: documents?,
        items: children?,
    })
}

/// When an item is taken: the sessions it names, each of which must be in the plan.
fn taken(ids: &[Sp<String>], plan: Sessions, cx: &mut Cx) -> Option<Vec<Taken>> {
    let plan = match plan {
        Sessions::Plan(plan) => plan,
        Sessions::Named(names) => return named(ids, names, cx),
        Sessions::Unchecked => return Some(Vec::new()),
    };
    let mut out = Some(Vec::new());
    for id in ids {
        let found = plan.session(&id.value);
        match (found, &mut out) {
            (Some(s), Some(list)) => list.push(Taken {
                session: s.id.clone(),
                date: s.date,
                slot: s.slot,
                slot_id: plan
                    .slots
                    .get(s.slot)
                    .map_or_else(String::new, |d| d.id.clone()),
                slot_label: plan.slots.get(s.slot).and_then(|d| d.label.clone()),
            }),
            (Some(_), None) => {}
            (None, _) => {
                let known: Vec<&str> = plan.sessions.iter().map(|s| s.id.as_str()).collect();
                unknown(id, &known, cx);
                out = None;
            }
        }
    }
    out
}

/// Checks `ids` against the session names of a time plan that has problems of its own:
/// an unknown one is said; what they take is not known (the meeting fails anyway).
fn named(ids: &[Sp<String>], names: &[String], cx: &mut Cx) -> Option<Vec<Taken>> {
    let known: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut all_known = true;
    for id in ids.iter().filter(|id| !known.contains(&id.value.as_str())) {
        unknown(id, &known, cx);
        all_known = false;
    }
    all_known.then(Vec::new)
}

/// Says that the session `id` is not among `known`.
fn unknown(id: &Sp<String>, known: &[&str], cx: &mut Cx) {
    let hint = if known.is_empty() {
        "the time plan has no sessions: remove `sessions:` or add the session to the plan"
            .to_string()
    } else {
        choice_hint(&id.value, known)
    };
    let pos = id.pos.with_len(id.value.chars().count());
    cx.error(
        pos,
        format!("unknown session `{}` in the time plan", id.value),
        hint,
    );
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
