//! What only the whole plan shows: a group or a room in two sessions at the same time (a
//! joint session is one session of each of its groups; a cancelled session takes no
//! time), a footnote mark with no footnote, and a footnote no session uses.

use super::Placed;
use crate::load::model::TimeplanFile;
use crate::load::spanned::Sp;
use crate::model::{Session, Status};
use crate::validate::Cx;

pub(super) fn check(placed: &[Placed], src: &TimeplanFile, cx: &mut Cx) {
    for (j, later) in placed.iter().enumerate() {
        for earlier in &placed[..j] {
            if at_same_time(&earlier.session, &later.session) {
                twice(earlier, later, cx);
            }
        }
    }
    marks(src, cx);
}

/// Whether two sessions take place at the same time: on the same day, at hours that
/// overlap (where both have hours of their own), else in slots that overlap.
fn at_same_time(a: &Session, b: &Session) -> bool {
    if a.date != b.date || a.status == Status::Cancelled || b.status == Status::Cancelled {
        return false;
    }
    if let (Some(x), Some(y)) = (a.hours, b.hours) {
        let end = |h: crate::model::Hours| h.end.unwrap_or(h.start);
        return x.start <= end(y) && y.start <= end(x) && !(end(x) == y.start || end(y) == x.start);
    }
    a.slot < b.slot + b.span && b.slot < a.slot + a.span
}

/// Reports each group, and the room, that `later` shares with `earlier`.
fn twice(earlier: &Placed, later: &Placed, cx: &mut Cx) {
    let (l, c) = (earlier.pos.line, earlier.pos.col);
    let other = &earlier.session.id;
    for g in &later.refs.groups {
        if earlier.session.groups.contains(&g.value) {
            cx.error(
                g.pos.with_len(g.value.chars().count()),
                format!("group `{}` is in two sessions at the same time: this one and `{other}` (line {l}:{c})", g.value),
                "move one of the sessions, or make them one joint session (`groups: [a, b]`)",
            );
        }
    }
    if let (Some(r), Some(was)) = (&later.refs.room, &earlier.session.room)
        && r.value == *was
    {
        cx.error(
            r.pos.with_len(r.value.chars().count()),
            format!("room `{was}` is booked twice at the same time: for this session and `{other}` (line {l}:{c})"),
            "give one of the sessions another room or another time",
        );
    }
}

/// Every mark used has a footnote, and every footnote is used (read from the sources, so
/// that a session with other mistakes still has its marks checked).
fn marks(src: &TimeplanFile, cx: &mut Cx) {
    let used: Vec<&Sp<String>> = src.sessions.0.iter().flat_map(|s| &s.marks.0).collect();
    let defined: Vec<&str> = src
        .footnotes
        .0
        .iter()
        .map(|f| f.mark.value.trim())
        .collect();
    for m in &used {
        let mark = m.value.trim();
        if !defined.contains(&mark) {
            cx.error(
                m.pos.with_len(m.value.chars().count()),
                format!("footnote `{mark}` is not defined"),
                format!("add it under `footnotes:` (`- mark: \"{mark}\"` with its `text:`), or remove the mark"),
            );
        }
    }
    for f in &src.footnotes.0 {
        let mark = f.mark.value.trim();
        if !mark.is_empty() && !used.iter().any(|m| m.value.trim() == mark) {
            cx.error(
                f.mark.pos.with_len(f.mark.value.chars().count()),
                format!("footnote `{mark}` is never used"),
                format!("mark the sessions it is about (`marks: [\"{mark}\"]`), or remove it"),
            );
        }
    }
}
