//! How each time-plan change is said: a session is named by its groups in the reader's
//! language ("Question 5/12: moved from Tuesday 16 September, morning, to Wednesday 17
//! September, afternoon"), a cell of no group by its place. The words are the messages of
//! the translation files.

use chrono::NaiveDate;

use super::note_line;
use crate::diff::timeplan::{At, Codes, SessionRef};
use crate::diff::{NoteChange, NoteDelta, TimeplanChange};
use crate::lang::{Arg, Locale};
use crate::model::rich::Rich;
use crate::model::{For, GroupKind, Hours, Naming, Status, Taken, Timeplan, Tr, When};

/// "Wednesday 17 September, afternoon" / "9月17日星期三下午".
pub fn session_when(date: NaiveDate, slot: &str, plan: &Timeplan, loc: &Locale) -> String {
    let index = plan.slots.iter().position(|s| s.id == slot).unwrap_or(0);
    let label = plan.slots.get(index).and_then(|s| s.label.as_ref());
    slot_when(date, (index, label), loc)
}

/// A day and a slot (its index, and its label if it has one), said as in
/// [`session_when`]; the label in lower case, as inside a sentence.
pub fn slot_when(date: NaiveDate, (index, label): (usize, Option<&Tr>), loc: &Locale) -> String {
    let label = match label {
        Some(l) => l.get(loc.lang).to_string(),
        None => loc.say("slot-numbered", &[("index", Arg::Count(index + 1))]),
    };
    let (weekday, date) = (loc.weekday(date), loc.day_month(date));
    let slot = label.to_lowercase();
    loc.text(
        "day-slot",
        &[("weekday", &weekday), ("date", &date), ("slot", &slot)],
    )
}

/// When an agenda item is taken, after its title: "(Tuesday 9 September, morning)" /
/// "（9月9日星期二上午）"; empty for an item that names no session.
pub fn taken_text(taken: &[Taken], loc: &Locale) -> String {
    if taken.is_empty() {
        return String::new();
    }
    let mut each: Vec<String> = Vec::new();
    for t in taken {
        let when = slot_when(t.date, (t.slot, t.slot_label.as_ref()), loc);
        // Sessions at the same time (working parties in sequence) are said once.
        if !each.contains(&when) {
            each.push(when);
        }
    }
    let list = each.join(&loc.text("list-sep", &[]));
    loc.text("when", &[("list", &list)])
}

/// A day at the head of a column: "Tuesday 9 September" / "9月9日星期二" / "Mardi 9 septembre".
pub fn day(date: NaiveDate, loc: &Locale) -> String {
    let (weekday, date) = (loc.weekday_heading(date), loc.day_month(date));
    loc.text("day", &[("weekday", &weekday), ("date", &date)])
}

/// The names of groups, by id, as `plan` (else `other`) has them: "Question 1/12 +
/// Question 3/12" / "第1/12号课题、第3/12号课题".
fn names(ids: &[String], plan: &Timeplan, other: &Timeplan, loc: &Locale) -> String {
    let name = |id: &String| {
        plan.group(id)
            .or_else(|| other.group(id))
            .map_or_else(|| id.clone(), |g| g.name.get(loc.lang).to_string())
    };
    let names: Vec<String> = ids.iter().map(name).collect();
    names.join(&loc.text("joint-sep", &[]))
}

/// Who says a change: the language, and the plans whose names and places it uses (the
/// newer plan's first).
struct Speaker<'a> {
    old: &'a Timeplan,
    new: &'a Timeplan,
    loc: &'a Locale,
}

impl Speaker<'_> {
    fn when_new(&self, at: &At) -> String {
        session_when(at.date, &at.slot, self.new, self.loc)
    }

    fn when_old(&self, at: &At) -> String {
        session_when(at.date, &at.slot, self.old, self.loc)
    }

    fn groups(&self, ids: &[String]) -> String {
        names(ids, self.new, self.old, self.loc)
    }

    /// What a change of a session is said about: its groups and when it meets, or for a
    /// session of no group, when.
    fn subject(&self, s: &SessionRef, when: String) -> String {
        if s.groups.is_empty() {
            return when;
        }
        let sep = self.loc.text("subject-sep", &[]);
        format!("{}{sep}{when}", self.groups(&s.groups))
    }

    fn hours(&self, h: Option<Hours>) -> String {
        h.map_or_else(
            || self.loc.text("hours-usual", &[]),
            |h| hours_text(h, self.loc),
        )
    }

    fn room(&self, id: Option<&String>) -> String {
        let name = id.map(|r| {
            self.new.room(r).or_else(|| self.old.room(r)).map_or_else(
                || r.clone(),
                |room| room.name.get(self.loc.lang).to_string(),
            )
        });
        name.unwrap_or_else(|| self.loc.text("room-none", &[]))
    }

    /// Message `id` with text arguments, as a line says it (its values isolated in a
    /// right-to-left language: [`Locale::rich`]).
    fn say(&self, id: &str, args: &[(&str, &str)]) -> Rich {
        self.loc.rich(id, args)
    }

    /// Message `id` with text arguments, as a value within a line.
    fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.loc.text(id, args)
    }
}

/// "09:30–12:30", or "12:30" for a point in time. In a right-to-left language the range
/// starts with a left-to-right mark, so that it reads from left to right as a whole (as
/// "09:30-12:30" with a hyphen would) instead of being laid out start-on-the-right around
/// its dash, and reads the same in every format and in the changes lines.
pub fn hours_text(h: Hours, loc: &Locale) -> String {
    let text = match h.end {
        Some(end) => format!("{}–{}", h.start.format("%H:%M"), end.format("%H:%M")),
        None => h.start.format("%H:%M").to_string(),
    };
    match loc.dir {
        "rtl" => format!("\u{200e}{text}"),
        _ => text,
    }
}

/// How a time-plan change is said; places are named by the slots of the plan they are in
/// (`old` for where a session was, `new` for where it is).
pub fn timeplan_line(c: &TimeplanChange, old: &Timeplan, new: &Timeplan, loc: &Locale) -> Rich {
    let p = Speaker { old, new, loc };
    session_line(c, &p)
        .or_else(|| plan_line(c, &p))
        .unwrap_or_default()
}

/// A change of a session: where it is, else what it is.
fn session_line(c: &TimeplanChange, p: &Speaker) -> Option<Rich> {
    place_line(c, p).or_else(|| detail_line(c, p))
}

/// A session added, removed or moved: named by its groups, else by its place.
fn place_line(c: &TimeplanChange, p: &Speaker) -> Option<Rich> {
    use TimeplanChange::*;
    let s = c.session()?;
    let groups = p.groups(&s.groups);
    let named = !s.groups.is_empty();
    let (id, place) = match c {
        SessionAdded { .. } => (
            if named {
                "session-added-group"
            } else {
                "session-added"
            },
            p.when_new(&s.at),
        ),
        SessionRemoved { .. } => (
            if named {
                "session-deleted-group"
            } else {
                "session-deleted"
            },
            p.when_old(&s.at),
        ),
        SessionMoved { from, to, .. } => {
            let (from, to) = (p.when_old(from), p.when_new(to));
            let id = if named {
                "session-moved-group"
            } else {
                "session-moved"
            };
            return Some(p.say(id, &[("groups", &groups), ("from", &from), ("to", &to)]));
        }
        _ => return None,
    };
    Some(p.say(id, &[("groups", &groups), ("place", &place)]))
}

/// A session changed where it is: named by its groups and place.
fn detail_line(c: &TimeplanChange, p: &Speaker) -> Option<Rich> {
    use TimeplanChange::*;
    let s = c.session()?;
    let subject = p.subject(s, p.when_new(&s.at));
    let about =
        |id: &str, name: &str, value: &str| p.say(id, &[("subject", &subject), (name, value)]);
    // A value and the one it replaces ("room now H2 (was C1)").
    let replaced = |id: &str, name: &str, [value, was]: [&str; 2]| {
        p.say(id, &[("subject", &subject), (name, value), ("was", was)])
    };
    let code = |c: &Option<String>| c.clone().unwrap_or_else(|| p.text("code-none", &[]));
    Some(match c {
        SpanChanged { to, .. } => about("span-changed", "count", &to.to_string()),
        HoursChanged { from, to, .. } => {
            replaced("hours-changed", "hours", [&p.hours(*to), &p.hours(*from)])
        }
        RoomChanged { from, to, .. } => {
            let rooms = [p.room(to.as_ref()), p.room(from.as_ref())];
            replaced("room-changed", "room", [&rooms[0], &rooms[1]])
        }
        CodeChanged { from, to, .. } => replaced("code-changed", "code", [&code(to), &code(from)]),
        GroupsChanged { from, to, .. } => {
            let (place, from, to) = (p.when_new(&s.at), p.groups(from), p.groups(to));
            p.say(
                "groups-changed",
                &[("place", &place), ("from", &from), ("to", &to)],
            )
        }
        StatusChanged { to, .. } => about(status_said(*to), "", ""),
        MarksChanged { to, .. } => {
            let marks = if to.is_empty() {
                p.text("footnotes-none", &[])
            } else {
                to.join(", ")
            };
            about("marks-changed", "marks", &marks)
        }
        TextChanged { .. } => about("text-changed", "", ""),
        DocumentsChanged { added, removed, .. } => {
            let id = match (added.is_empty(), removed.is_empty()) {
                (false, true) => "documents-listed",
                (true, false) => "documents-unlisted",
                _ => "documents-relisted",
            };
            let sep = p.text("numbers-sep", &[]);
            let (added, removed) = (added.join(&sep), removed.join(&sep));
            p.say(
                id,
                &[
                    ("subject", &subject),
                    ("added", &added),
                    ("removed", &removed),
                ],
            )
        }
        _ => return None,
    })
}

/// What a cell says of a session's status: "(if needed)" / "（如需要）"; nothing for a
/// planned session.
pub fn status_note(s: Status, loc: &Locale) -> Option<String> {
    match s {
        Status::Planned => None,
        Status::IfNeeded => Some(loc.text("status-if-needed", &[])),
        Status::Cancelled => Some(loc.text("status-cancelled", &[])),
    }
}

/// The heading of the groups' column of the plan by group.
pub fn groups_label(loc: &Locale) -> String {
    loc.text("groups-column", &[])
}

/// The row of the sessions of no group in the plan by group.
pub fn other_label(loc: &Locale) -> String {
    loc.text("other-row", &[])
}

/// The days other hours apply on: "Fridays" / "每星期五", or a date.
pub fn when_text(w: When, loc: &Locale) -> String {
    match w {
        When::Date(d) => day(d, loc),
        When::Weekday(w) => {
            let d = NaiveDate::from_isoywd_opt(2025, 10, w).unwrap_or_default();
            let (name, day) = (loc.weekday(d), w.number_from_monday() as usize);
            // The day's number, for a language that says "on Fridays" in a form of its
            // own ("по пятницам", "los viernes").
            loc.say(
                "on-weekday",
                &[("weekday", Arg::Text(&name)), ("day", Arg::Count(day))],
            )
        }
    }
}

/// Whom other hours of a slot are for, as the hours under the plan say it: a kind of
/// group ("Questions"), or a group by its short form, else its name.
pub fn for_text(f: &For, t: &Timeplan, loc: &Locale) -> String {
    match f {
        For::Kind(k) => loc.text(kinds_said(*k), &[]),
        For::Group(g) => match t.group(g) {
            Some(g) => g.label(Naming::Code, loc.lang).to_string(),
            None => g.clone(),
        },
    }
}

/// The message naming the groups of a kind, in the plural.
fn kinds_said(k: GroupKind) -> &'static str {
    match k {
        GroupKind::Plenary => "kinds-plenary",
        GroupKind::WorkingParty => "kinds-working-party",
        GroupKind::Question => "kinds-question",
        GroupKind::JointActivity => "kinds-joint-activity",
        GroupKind::Management => "kinds-management",
        GroupKind::AdHoc => "kinds-ad-hoc",
        GroupKind::Other => "kinds-other",
    }
}

fn status_said(to: Status) -> &'static str {
    match to {
        Status::Cancelled => "status-now-cancelled",
        Status::IfNeeded => "status-now-if-needed",
        Status::Planned => "status-now-planned",
    }
}

/// A change of the plan itself: heading, slots, days, groups, rooms, footnotes, notes.
fn plan_line(c: &TimeplanChange, p: &Speaker) -> Option<Rich> {
    use TimeplanChange::*;
    let loc = p.loc;
    Some(match c {
        HeadingChanged { .. } => p.say("heading-changed", &[]),
        BannerChanged { .. } => p.say("banner-changed", &[]),
        SlotAdded { slot } => p.say("slot-added", &[("slot", slot)]),
        SlotRemoved { slot } => p.say("slot-deleted", &[("slot", slot)]),
        SlotHoursChanged { slot } => p.say("slot-hours-changed", &[("slot", slot)]),
        SlotRenamed { slot, .. } => p.say("slot-renamed", &[("slot", slot)]),
        DayAdded { date } => p.say("day-added", &[("day", &day(*date, loc))]),
        DayRemoved { date } => p.say("day-deleted", &[("day", &day(*date, loc))]),
        WholeRowChanged { date, .. } => p.say("text-changed", &[("subject", &day(*date, loc))]),
        _ => {
            return group_line(c, p).or_else(|| match c {
                RoomRenamed { room, .. } => {
                    Some(p.say("room-renamed", &[("room", &p.room(Some(room)))]))
                }
                Footnote { mark, change } => Some(Rich::text(footnote_line(mark, change, loc))),
                Note(n) => Some(Rich::text(note_line(n, loc))),
                _ => None,
            });
        }
    })
}

/// A change of a group: added, removed, renamed, given another code or parent.
fn group_line(c: &TimeplanChange, p: &Speaker) -> Option<Rich> {
    use TimeplanChange::*;
    let one = |g: &String| p.groups(std::slice::from_ref(g));
    let was = |g: &String| names(std::slice::from_ref(g), p.old, p.new, p.loc);
    Some(match c {
        GroupAdded { group } => p.say("group-added", &[("group", &one(group))]),
        GroupRemoved { group } => p.say("group-deleted", &[("group", &was(group))]),
        GroupRenamed { group, .. } => p.say(
            "group-renamed",
            &[("from", &was(group)), ("to", &one(group))],
        ),
        GroupCodeChanged { group, from, to } => {
            let code = |c: &Option<Codes>| {
                let code = c.as_ref().and_then(|c| c.get(p.loc.lang)).cloned();
                code.unwrap_or_else(|| p.text("group-code-none", &[]))
            };
            let (code, was) = (code(to), code(from));
            let args = [("group", one(group)), ("code", code), ("was", was)];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            p.say("group-code-changed", &args)
        }
        GroupReparented {
            group,
            to: Some(to),
            ..
        } => p.say(
            "group-reparented",
            &[("group", &one(group)), ("parent", &one(to))],
        ),
        GroupReparented { group, .. } => p.say("group-unparented", &[("group", &one(group))]),
        _ => return None,
    })
}

fn footnote_line(mark: &str, change: &NoteDelta, loc: &Locale) -> String {
    let id = match change {
        NoteDelta::Added(_) => "footnote-added",
        NoteDelta::Removed(_) => "footnote-deleted",
        NoteDelta::Changed(_) => "footnote-changed",
    };
    loc.text(id, &[("mark", mark)])
}

/// Whether a time-plan change concerns `lang`: a change of words that left its text in
/// `lang` as it was does not (a changes document in that language leaves it out).
pub fn timeplan_change_in(c: &TimeplanChange, lang: &str) -> bool {
    match c {
        TimeplanChange::HeadingChanged { texts }
        | TimeplanChange::BannerChanged { texts }
        | TimeplanChange::TextChanged { texts, .. }
        | TimeplanChange::WholeRowChanged { texts, .. }
        | TimeplanChange::GroupRenamed { texts, .. }
        | TimeplanChange::RoomRenamed { texts, .. }
        | TimeplanChange::SlotRenamed { texts, .. }
        | TimeplanChange::Footnote {
            change: NoteDelta::Changed(texts),
            ..
        }
        | TimeplanChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => texts.contains_key(lang),
        _ => true,
    }
}

#[cfg(test)]
mod weekday_tests {
    use super::*;

    #[test]
    fn other_hours_on_a_weekday_say_every_such_day() {
        let on_fridays = |lang: &str| {
            when_text(
                When::Weekday(chrono::Weekday::Fri),
                &crate::lang::locale(lang),
            )
        };
        assert_eq!(on_fridays("en"), "Fridays");
        assert_eq!(on_fridays("ru"), "по пятницам");
        assert_eq!(on_fridays("es"), "los viernes");
        assert_eq!(on_fridays("zh"), "每星期五");
    }
}
