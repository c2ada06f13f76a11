//! The head line of a session whose details changed, as a cell of the plan by day shows
//! it in a changes document: its groups, footnote marks and status, then its code, room
//! and own hours, each detail the diff says changed shown with its older value deleted
//! before its newer, and each separator marked as the details around it need (so that
//! each version, read alone, reads as that version's line).

use super::Viewing;
use super::timeplan::group_label;
use crate::diff::marks::Fields;
use crate::model::rich::{Inline, Rich};
use crate::model::{Session, Timeplan};
use crate::render::wording;

/// A session in both plans: as the older plan had it, as the newer has it, and which of
/// its details the diff says changed.
pub(super) struct Both<'a> {
    pub old: (&'a Session, &'a Timeplan),
    pub new: (&'a Session, &'a Timeplan),
    pub fields: Fields,
}

/// A part of the line: the separator before it (where a part comes before it), its text
/// in each version (none where the version has no such part), and whether it changed.
struct Part {
    sep: String,
    old: Option<Rich>,
    new: Option<Rich>,
    changed: bool,
}

/// The head line of session `b`, its changed details marked.
pub(super) fn head(b: &Both, cx: &Viewing) -> Rich {
    let (note_sep, part_sep) = (cx.loc.text("note-sep", &[]), cx.loc.text("part-sep", &[]));
    let f = b.fields;
    let part = |sep: &str, read: &dyn Fn(&Session, &Timeplan) -> Option<Rich>, changed| {
        let (old, new) = (read(b.old.0, b.old.1), read(b.new.0, b.new.1));
        Part {
            sep: sep.to_string(),
            old: if changed { old } else { new.clone() },
            new,
            changed,
        }
    };
    let text = |t: String| (!t.is_empty()).then(|| Rich::text(t));
    let groups = |s: &Session, t: &Timeplan| text(group_label(&s.groups, t, cx.lang));
    let marks = |s: &Session, _: &Timeplan| {
        let sup = Inline::Superscript(Rich::text(s.marks.join(",")).0);
        (!s.marks.is_empty()).then(|| Rich(vec![sup]))
    };
    let status =
        |s: &Session, _: &Timeplan| wording::status_note(s.status, &cx.loc).map(Rich::text);
    let code = |s: &Session, _: &Timeplan| s.code.clone().map(Rich::text);
    let room = |s: &Session, t: &Timeplan| {
        let room = s.room.as_ref().and_then(|r| t.room(r));
        room.map(|r| Rich::text(r.name.get(cx.lang)))
    };
    let hours =
        |s: &Session, _: &Timeplan| (s.hours).map(|h| Rich::text(wording::hours_text(h, &cx.loc)));
    joined(vec![
        part("", &groups, f.groups),
        part("", &marks, f.marks),
        part(&note_sep, &status, f.status),
        part(&part_sep, &code, f.code),
        part(&part_sep, &room, f.room),
        part(&part_sep, &hours, f.hours),
    ])
}

/// The parts one after the other: a separator where the version has a part before, the
/// older value of a changed part deleted and its newer inserted.
fn joined(parts: Vec<Part>) -> Rich {
    let mut out: Vec<Rich> = Vec::new();
    let (mut seen_old, mut seen_new) = (false, false);
    for p in parts {
        let (in_old, in_new) = (p.old.is_some(), p.new.is_some());
        let sep = match p.sep.is_empty() {
            true => Rich::default(),
            false => Rich::text(&p.sep),
        };
        out.push(match (seen_old && in_old, seen_new && in_new) {
            (true, true) => sep,
            (false, true) => sep.inserted(),
            (true, false) => sep.deleted(),
            (false, false) => Rich::default(),
        });
        let (old, new) = (p.old.unwrap_or_default(), p.new.unwrap_or_default());
        out.push(match p.changed {
            true => [old.deleted(), new.inserted()].into_iter().collect(),
            false => new,
        });
        seen_old |= in_old;
        seen_new |= in_new;
    }
    out.into_iter().collect()
}
