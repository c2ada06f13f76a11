//! Sessions matched between two plans: by id; and a cell of a day row (whose id is its
//! place) that left its place, to a place that now holds the same groups and text, is a
//! move. Each pair is compared field by field.

use super::{At, SessionRef, TimeplanChange};
use crate::diff::agenda::text_changes;
use crate::diff::words::Texts;
use crate::model::{Session, Syntax, Timeplan, Tr};

pub(super) fn diff(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let moves = moves(old, new, syntax);
    let departed = |i: usize| moves.iter().any(|(o, _)| *o == i);
    let arrived = |j: usize| moves.iter().any(|(_, n)| *n == j);
    let mut out = Vec::new();
    for i in in_order(old) {
        let o = &old.sessions[i];
        if let Some((_, j)) = moves.iter().find(|(a, _)| *a == i) {
            out.extend(compare((o, old), (&new.sessions[*j], new), syntax));
            continue;
        }
        let partner = new
            .sessions
            .iter()
            .enumerate()
            .find(|(j, n)| n.id == o.id && !arrived(*j));
        match partner {
            Some((_, n)) => out.extend(compare((o, old), (n, new), syntax)),
            None => out.push(TimeplanChange::SessionRemoved {
                session: reference(o, old),
            }),
        }
    }
    for j in in_order(new) {
        let n = &new.sessions[j];
        let paired = arrived(j)
            || old
                .sessions
                .iter()
                .enumerate()
                .any(|(i, o)| o.id == n.id && !departed(i));
        if !paired {
            out.push(TimeplanChange::SessionAdded {
                session: reference(n, new),
            });
        }
    }
    out
}

/// The indices of a plan's sessions by day, then slot, then as written.
fn in_order(t: &Timeplan) -> Vec<usize> {
    let mut order: Vec<usize> = (0..t.sessions.len()).collect();
    order.sort_by_key(|i| (t.sessions[*i].date, t.sessions[*i].slot, *i));
    order
}

pub(super) fn at(s: &Session, t: &Timeplan) -> At {
    At {
        date: s.date,
        slot: t
            .slots
            .get(s.slot)
            .map_or_else(String::new, |d| d.id.clone()),
    }
}

fn reference(s: &Session, t: &Timeplan) -> SessionRef {
    SessionRef {
        id: s.id.clone(),
        groups: s.groups.clone(),
        at: at(s, t),
    }
}

/// Cells of day rows that moved: (index in `old`, index in `new`). A cell moved when the
/// place it left no longer holds it, and a place that was empty or held something else
/// now holds the same groups and text.
fn moves(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<(usize, usize)> {
    let same = |a: &Session, b: &Session| {
        a.groups == b.groups
            && match (&a.text, &b.text) {
                (Some(x), Some(y)) => text_changes(x, y, syntax).is_none(),
                (None, None) => true,
                _ => false,
            }
    };
    let changed_place = |s: &Session, to: &Timeplan| {
        s.derived_id && to.session(&s.id).is_none_or(|other| !same(other, s))
    };
    let mut landed: Vec<usize> = in_order(new)
        .into_iter()
        .filter(|j| changed_place(&new.sessions[*j], old))
        .collect();
    let mut out = Vec::new();
    for i in in_order(old) {
        let o = &old.sessions[i];
        if !changed_place(o, new) {
            continue;
        }
        if let Some(k) = landed.iter().position(|j| same(o, &new.sessions[*j])) {
            out.push((i, landed.remove(k)));
        }
    }
    out
}

/// Every difference between a session of the older plan and its match in the newer one:
/// where it is, then what it is.
fn compare(
    (o, old): (&Session, &Timeplan),
    (n, new): (&Session, &Timeplan),
    syntax: Syntax,
) -> Vec<TimeplanChange> {
    use TimeplanChange::*;
    let session = reference(n, new);
    let mut out = Vec::new();
    let (from, to) = (at(o, old), at(n, new));
    if from != to {
        out.push(SessionMoved {
            session: session.clone(),
            from,
            to,
        });
    }
    if o.span != n.span {
        out.push(SpanChanged {
            session: session.clone(),
            from: o.span,
            to: n.span,
        });
    }
    if o.hours != n.hours {
        out.push(HoursChanged {
            session: session.clone(),
            from: o.hours,
            to: n.hours,
        });
    }
    if o.room != n.room {
        let (from, to) = (o.room.clone(), n.room.clone());
        out.push(RoomChanged {
            session: session.clone(),
            from,
            to,
        });
    }
    out.extend(what(o, n, session, syntax));
    out
}

/// The differences of who meets and how: groups, status, code, footnote marks, words.
fn what(o: &Session, n: &Session, session: SessionRef, syntax: Syntax) -> Vec<TimeplanChange> {
    use TimeplanChange::*;
    let mut out = Vec::new();
    if o.groups != n.groups {
        let (from, to) = (o.groups.clone(), n.groups.clone());
        out.push(GroupsChanged {
            session: session.clone(),
            from,
            to,
        });
    }
    if o.status != n.status {
        out.push(StatusChanged {
            session: session.clone(),
            from: o.status,
            to: n.status,
        });
    }
    if o.code != n.code {
        let (from, to) = (o.code.clone(), n.code.clone());
        out.push(CodeChanged {
            session: session.clone(),
            from,
            to,
        });
    }
    if o.marks != n.marks {
        let (from, to) = (o.marks.clone(), n.marks.clone());
        out.push(MarksChanged {
            session: session.clone(),
            from,
            to,
        });
    }
    if let Some(texts) = texts(o.text.as_ref(), n.text.as_ref(), syntax) {
        out.push(TextChanged {
            session: session.clone(),
            texts,
        });
    }
    out.extend(documents(o, n, session));
    out
}

/// The documents the plan lists for the session anew, and no longer, by number.
fn documents(o: &Session, n: &Session, session: SessionRef) -> Option<TimeplanChange> {
    let keys = |s: &Session| s.documents.iter().map(|d| d.key()).collect::<Vec<_>>();
    let (was, now) = (keys(o), keys(n));
    let only = |a: &Session, other: &[String]| -> Vec<String> {
        (a.documents.iter())
            .filter(|d| !other.contains(&d.key()))
            .map(|d| d.number.clone())
            .collect()
    };
    let (added, removed) = (only(n, &was), only(o, &now));
    (!added.is_empty() || !removed.is_empty()).then_some(TimeplanChange::DocumentsChanged {
        session,
        added,
        removed,
    })
}

/// The words changed from one text to the other; a text added or removed is every word.
fn texts(old: Option<&Tr>, new: Option<&Tr>, syntax: Syntax) -> Option<Texts> {
    let empty = |like: &Tr| crate::diff::in_every_language(like, "");
    match (old, new) {
        (Some(a), Some(b)) => text_changes(a, b, syntax),
        (None, Some(b)) => text_changes(&empty(b), b, syntax),
        (Some(a), None) => text_changes(a, &empty(a), syntax),
        (None, None) => None,
    }
}
