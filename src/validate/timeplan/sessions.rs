//! The `sessions` list: sessions with ids of their own, each of known groups in a known
//! room, on a day of the plan (or before or after the meeting, when marked so), in a slot
//! (or a span of slots) or at hours of its own.

use chrono::NaiveDate;

use super::{Days, Placed, Refs};
use crate::diag::Pos;
use crate::hints::choice_hint;
use crate::load::model::{self, TimeplanFile};
use crate::load::spanned::Sp;
use crate::model::{Hours, Session, SlotDef, Status};
use crate::validate::Cx;

/// What the sessions are checked against.
pub(super) struct Known<'a> {
    pub src: &'a TimeplanFile,
    pub slots: Option<&'a [SlotDef]>,
    pub meta: &'a Days,
}

/// How many slots a cell or session covers from slot index `start` of `ids` (1 unless
/// `span` says more; never past the last slot).
pub(super) fn span(
    span: Option<&Sp<u32>>,
    (start, ids): (usize, &[&str]),
    pos: Pos,
    cx: &mut Cx,
) -> Option<usize> {
    let n = span.map_or(1, |s| s.value as usize);
    let span_pos = span.map_or(pos, |s| s.pos);
    if n == 0 {
        cx.error(
            span_pos,
            "a cell spans at least one slot",
            "write `span: 1` or more, or leave `span` out",
        );
        return None;
    }
    if start + n > ids.len() {
        let (name, last) = (ids[start], ids[ids.len() - 1]);
        cx.error(
            span_pos,
            format!("span {n} from slot `{name}` runs past the last slot `{last}`"),
            format!("at most span {} from `{name}`", ids.len() - start),
        );
        return None;
    }
    Some(n)
}

/// Checks every listed session and adds it to `placed`; `None` if one is wrong.
pub(super) fn sessions(
    src: &model::List<model::Session>,
    known: &Known,
    placed: &mut Vec<Placed>,
    cx: &mut Cx,
) -> Option<()> {
    let mut ok = true;
    for s in &src.0 {
        let ids: Vec<&str> = placed.iter().map(|p| p.session.id.as_str()).collect();
        let id_ok = super::groups::valid_id(&s.id, ("session", &super::groups::IDS), &ids, cx);
        match session(s, known, cx) {
            Some(session) if id_ok => placed.push(session),
            _ => ok = false,
        }
    }
    ok.then_some(())
}

fn session(s: &model::Session, known: &Known, cx: &mut Cx) -> Option<Placed> {
    let pos = s.id.pos.with_len(s.id.value.chars().count());
    let date = cx.date(&s.date);
    let day_ok = date.is_some_and(|d| on_a_day(s, d, known, cx));
    let refs_ok = references(s, known, cx);
    let status = status(s.status.as_ref(), cx);
    let text = s.text.as_ref().map(|t| cx.tr(t));
    let code_ok = s
        .code
        .as_ref()
        .is_none_or(|c| cx.code(c, "a session code", "PL-1, WP1-1"));
    // Every mark is checked (and reported), not only up to the first bad one.
    let bad_marks = (s.marks.0.iter())
        .filter(|m| !cx.code(m, "a footnote mark", "a, b, *, †"))
        .count();
    let marks_ok = bad_marks == 0;
    if s.groups.0.is_empty() && s.text.is_none() {
        cx.error(
            pos,
            "a session needs `groups` or `text`",
            "name the groups that meet, e.g. `groups: [q1]`, or say what happens in `text`",
        );
        return None;
    }
    let date = date.filter(|_| code_ok && marks_ok)?;
    let (slot, span, hours) = place(s, date, known.slots?, cx)?;
    let text = match text {
        Some(t) => Some(t?),
        None => None,
    };
    let session = Session {
        id: s.id.value.clone(),
        derived_id: false,
        groups: s.groups.0.iter().map(|g| g.value.clone()).collect(),
        date,
        slot,
        span,
        hours,
        room: s.room.as_ref().map(|r| r.value.clone()),
        code: s.code.as_ref().map(|c| c.value.trim().to_string()),
        marks: s
            .marks
            .0
            .iter()
            .map(|m| m.value.trim().to_string())
            .collect(),
        status: status?,
        text,
        documents: Vec::new(),
    };
    let refs = Refs {
        groups: s.groups.0.clone(),
        room: s.room.clone(),
    };
    (day_ok && refs_ok).then_some(Placed { session, pos, refs })
}

/// The session's date is a day of the plan with cells, or before or after the meeting
/// when `outside` says so.
fn on_a_day(s: &model::Session, date: NaiveDate, known: &Known, cx: &mut Cx) -> bool {
    let (first, last) = (known.meta.first_day, known.meta.last_day);
    let pos = s.date.pos.with_len(s.date.value.chars().count());
    let outside = s.outside.as_ref().map(|o| (o.value.trim(), o.pos));
    let expected = if date < first {
        Some("before")
    } else if date > last {
        Some("after")
    } else {
        None
    };
    match (expected, outside) {
        (Some(e), Some((given, _))) if e == given => true,
        (Some(e), _) => {
            cx.error(
                pos,
                format!("{date} is {e} the meeting ({first} to {last})"),
                format!("mark the session `outside: {e}` if it is held then, or fix the date"),
            );
            false
        }
        (None, Some((_, at))) => {
            cx.error(
                at,
                format!("{date} is a day of the meeting ({first} to {last})"),
                "`outside` is for a session before or after the meeting's days: remove it",
            );
            false
        }
        (None, None) => true,
    }
}

/// The groups and the room are declared, each group named once.
fn references(s: &model::Session, known: &Known, cx: &mut Cx) -> bool {
    let groups: Vec<&str> = known
        .src
        .groups
        .0
        .iter()
        .map(|g| g.id.value.as_str())
        .collect();
    let rooms: Vec<&str> = known
        .src
        .rooms
        .0
        .iter()
        .map(|r| r.id.value.as_str())
        .collect();
    let mut ok = true;
    for (i, g) in s.groups.0.iter().enumerate() {
        ok &= known_name(g, "group", &groups, cx);
        if s.groups.0[..i].iter().any(|o| o.value == g.value) {
            cx.error(
                g.pos,
                format!("group `{}` is named twice", g.value),
                "name each group once",
            );
            ok = false;
        }
    }
    if let Some(r) = &s.room {
        ok &= known_name(r, "room", &rooms, cx);
    }
    ok
}

/// Whether `name` is one of `known`; reports it otherwise, with the closest or the list.
pub(super) fn known_name(name: &Sp<String>, what: &str, known: &[&str], cx: &mut Cx) -> bool {
    if known.contains(&name.value.as_str()) {
        return true;
    }
    let pos = name.pos.with_len(name.value.chars().count());
    let hint = if known.is_empty() {
        format!("declare it in the plan's `{what}s:` list")
    } else {
        choice_hint(&name.value, known)
    };
    cx.error(pos, format!("unknown {what} `{}`", name.value), hint);
    false
}

fn status(s: Option<&Sp<String>>, cx: &mut Cx) -> Option<Status> {
    let Some(s) = s else {
        return Some(Status::Planned);
    };
    match s.value.trim() {
        "planned" => Some(Status::Planned),
        "if_needed" => Some(Status::IfNeeded),
        "cancelled" => Some(Status::Cancelled),
        other => {
            let hint = choice_hint(other, &["planned", "if_needed", "cancelled"]);
            cx.error(s.pos, format!("unknown status `{other}`"), hint);
            None
        }
    }
}

/// The session's slots and hours: its `slot` (and `span`), with hours of its own if
/// given; or, with hours alone, the slot those hours start in.
fn place(
    s: &model::Session,
    date: NaiveDate,
    slots: &[SlotDef],
    cx: &mut Cx,
) -> Option<(usize, usize, Option<Hours>)> {
    let hours = match (&s.start, &s.end) {
        (Some(a), Some(b)) => Some(super::slots::span_of(a, b, cx)?),
        (Some(a), None) => Some(Hours {
            start: cx.time(a)?,
            end: None,
        }),
        (None, Some(b)) => {
            cx.error(
                b.pos,
                "hours with an `end` need a `start`",
                "add `start: \"HH:MM\"`",
            );
            return None;
        }
        (None, None) => None,
    };
    let ids: Vec<&str> = slots.iter().map(|s| s.id.as_str()).collect();
    let pos = s.id.pos.with_len(s.id.value.chars().count());
    let start = match (&s.slot, hours) {
        (Some(slot), _) => {
            if !known_name(slot, "slot", &ids, cx) {
                return None;
            }
            ids.iter().position(|i| *i == slot.value)?
        }
        (None, Some(h)) => slot_at(h, date, slots, pos, cx)?,
        (None, None) => {
            cx.error(
                pos,
                "a session needs a `slot` or hours",
                "give `slot: morning` (and `span:` for more than one slot), or `start:` and `end:`",
            );
            return None;
        }
    };
    let span = span(s.span.as_ref(), (start, &ids), pos, cx)?;
    Some((start, span, hours))
}

/// The slot whose hours on `date` hold the start of `h`.
fn slot_at(h: Hours, date: NaiveDate, slots: &[SlotDef], pos: Pos, cx: &mut Cx) -> Option<usize> {
    let found = slots.iter().position(|s| {
        s.hours_on(date)
            .is_some_and(|sh| sh.start <= h.start && sh.end.is_none_or(|e| h.start < e))
    });
    if found.is_none() {
        cx.error(
            pos,
            format!("no slot holds {} on {date}", h.start.format("%H:%M")),
            "give the session's `slot:`, the column it is shown in",
        );
    }
    found
}
