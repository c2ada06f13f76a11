//! The groups that meet (the plenary, working parties, Questions…) and the rooms: ids
//! declared once, parents that exist and make no cycle, a Question under a working
//! party. Groups are put in hierarchy order: each followed by its children.

use crate::load::model;
use crate::load::spanned::Sp;
use crate::model::{Group, GroupKind, Room};
use crate::validate::Cx;

/// What an id may be made of, with the hint that says so.
pub(super) struct Alphabet {
    /// Allowed besides lowercase letters and digits.
    marks: &'static str,
    hint: &'static str,
}

/// Slot ids go into the ids of the cells on them (`2025-09-09/morning`): no `.` or `/`.
pub(super) const SLOT_IDS: Alphabet = Alphabet {
    marks: "-_",
    hint: "use lowercase letters, digits, `-` and `_`, e.g. morning",
};

/// Ids of groups, rooms and sessions may also hold `.` and `/` ("q1/12").
pub(super) const IDS: Alphabet = Alphabet {
    marks: "-_./",
    hint: "use lowercase letters, digits, `-`, `_`, `.` and `/`, e.g. q1-12",
};

/// Whether `id` is a valid id not among `seen`; reports it otherwise. `what` names the
/// kind of thing ("slot", "group").
pub(super) fn valid_id(
    id: &Sp<String>,
    (what, alphabet): (&str, &Alphabet),
    seen: &[&str],
    cx: &mut Cx,
) -> bool {
    let v = id.value.as_str();
    let pos = id.pos.with_len(v.chars().count());
    let allowed =
        |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || alphabet.marks.contains(c);
    if v.is_empty() || !v.chars().all(allowed) {
        let message = format!("`{}` is not a valid {what} id", v.escape_debug());
        cx.error(pos, message, alphabet.hint);
        return false;
    }
    if seen.contains(&v) {
        cx.error(
            pos,
            format!("{what} `{v}` is declared twice"),
            format!("declare each {what} once"),
        );
        return false;
    }
    true
}

pub(super) fn rooms(src: &model::List<model::Room>, cx: &mut Cx) -> Option<Vec<Room>> {
    let mut out = Some(Vec::new());
    let mut ids = Vec::new();
    for r in &src.0 {
        let ok = valid_id(&r.id, ("room", &IDS), &ids, cx);
        ids.push(r.id.value.as_str());
        match (&mut out, cx.tr(&r.name), ok) {
            (Some(list), Some(name), true) => list.push(Room {
                id: r.id.value.clone(),
                name,
            }),
            _ => out = None,
        }
    }
    out
}

pub(super) fn groups(src: &model::List<model::Group>, cx: &mut Cx) -> Option<Vec<Group>> {
    let mut out = Some(Vec::new());
    let mut ids = Vec::new();
    for g in &src.0 {
        let ok = valid_id(&g.id, ("group", &IDS), &ids, cx);
        ids.push(g.id.value.as_str());
        let kind = GroupKind::parse(g.kind.value.trim());
        if kind.is_none() {
            let hint = crate::hints::choice_hint(g.kind.value.trim(), &GroupKind::NAMES);
            cx.error(
                g.kind.pos,
                format!("unknown group kind `{}`", g.kind.value),
                hint,
            );
        }
        let code = g.code.as_ref().map(|c| cx.tr(c));
        let code_ok = !matches!(code, Some(None));
        match (&mut out, cx.tr(&g.name), kind, ok && code_ok) {
            (Some(list), Some(name), Some(kind), true) => list.push(Group {
                id: g.id.value.clone(),
                name,
                code: code.flatten(),
                kind,
                parent: g.parent.as_ref().map(|p| p.value.clone()),
                depth: 0,
            }),
            _ => out = None,
        }
    }
    let parents_ok = parents(src, &ids, cx);
    let list = out?;
    parents_ok.then(|| in_hierarchy(list))
}

/// Every parent is a declared group, a Question's parent is a working party, and no group
/// is its own ancestor.
fn parents(src: &model::List<model::Group>, ids: &[&str], cx: &mut Cx) -> bool {
    let mut ok = true;
    let parent_of = |id: &str| {
        src.0
            .iter()
            .find(|g| g.id.value == id)
            .and_then(|g| g.parent.as_ref())
    };
    for g in &src.0 {
        let Some(p) = &g.parent else { continue };
        let pos = p.pos.with_len(p.value.chars().count());
        let Some(parent) = src.0.iter().find(|o| o.id.value == p.value) else {
            let hint = crate::hints::choice_hint(&p.value, ids);
            cx.error(pos, format!("unknown group `{}`", p.value), hint);
            ok = false;
            continue;
        };
        if g.kind.value.trim() == "question" && parent.kind.value.trim() != "working_party" {
            cx.error(
                pos,
                format!(
                    "Question `{}` has `{}` as parent, which is not a working party",
                    g.id.value, p.value
                ),
                "make the parent the working party the Question belongs to",
            );
            ok = false;
        }
        // Walk up: a cycle comes back to `g` within as many steps as there are groups.
        let mut at = Some(p);
        for _ in 0..src.0.len() {
            let Some(now) = at else { break };
            if now.value == g.id.value {
                cx.error(
                    pos,
                    format!("group `{}` is its own ancestor", g.id.value),
                    "give one of the groups in this cycle another parent, or none",
                );
                ok = false;
                break;
            }
            at = parent_of(&now.value);
        }
    }
    ok
}

/// The groups in hierarchy order: each group without parent in the order written, each
/// followed by its children in the order written, with their depth.
fn in_hierarchy(list: Vec<Group>) -> Vec<Group> {
    fn place(parent: Option<&str>, depth: usize, from: &[Group], out: &mut Vec<Group>) {
        for g in from.iter().filter(|g| g.parent.as_deref() == parent) {
            out.push(Group { depth, ..g.clone() });
            place(Some(&g.id), depth + 1, from, out);
        }
    }
    let mut out = Vec::with_capacity(list.len());
    place(None, 0, &list, &mut out);
    out
}
