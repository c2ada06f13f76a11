//! How each time-plan change is said: a session is named by its groups in the reader's
//! language ("Question 5/12: moved from Tuesday 16 September, morning, to Wednesday 17
//! September, afternoon"), a cell of no group by its place.

use chrono::NaiveDate;

use super::note_line;
use crate::diff::timeplan::{At, SessionRef};
use crate::diff::{NoteChange, NoteDelta, TimeplanChange};
use crate::lang::Locale;
use crate::validate::{Hours, Status, Taken, Timeplan, Tr, When};

/// "Wednesday 17 September, afternoon" / "9月17日星期三下午".
pub fn session_when(date: NaiveDate, slot: &str, plan: &Timeplan, loc: &Locale) -> String {
    let index = plan.slots.iter().position(|s| s.id == slot).unwrap_or(0);
    let label = plan.slots.get(index).and_then(|s| s.label.as_ref());
    slot_when(date, (index, label), loc)
}

/// A day and a slot (its index, and its label if it has one), said as in
/// [`session_when`].
pub fn slot_when(date: NaiveDate, (index, label): (usize, Option<&Tr>), loc: &Locale) -> String {
    let label = match label {
        Some(l) => l.get(loc.lang).to_string(),
        None if loc.lang == "zh" => format!("第{}时段", index + 1),
        None => format!("session {}", index + 1),
    };
    match loc.lang {
        "zh" => format!("{}{}{label}", loc.day_month(date), loc.weekday(date)),
        _ => format!(
            "{} {}, {}",
            loc.weekday(date),
            loc.day_month(date),
            label.to_lowercase()
        ),
    }
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
    match loc.lang {
        "zh" => format!("（{}）", each.join("；")),
        _ => format!("({})", each.join("; ")),
    }
}

/// "Tuesday 9 September" / "9月9日星期二".
pub fn day(date: NaiveDate, loc: &Locale) -> String {
    match loc.lang {
        "zh" => format!("{}{}", loc.day_month(date), loc.weekday(date)),
        _ => format!("{} {}", loc.weekday(date), loc.day_month(date)),
    }
}

/// The names of groups, by id, as `plan` (else `other`) has them: "Question 1/12 +
/// Question 3/12" / "第1/12号课题、第3/12号课题".
fn names(ids: &[String], plan: &Timeplan, other: &Timeplan, loc: &Locale) -> String {
    let name = |id: &String| {
        plan.group(id)
            .or_else(|| other.group(id))
            .map_or_else(|| id.clone(), |g| g.name.get(loc.lang).to_string())
    };
    let sep = if loc.lang == "zh" { "、" } else { " + " };
    ids.iter().map(name).collect::<Vec<_>>().join(sep)
}

/// The plans a change is read against: names and places of the newer plan first.
struct Plans<'a> {
    old: &'a Timeplan,
    new: &'a Timeplan,
    loc: &'a Locale,
}

impl Plans<'_> {
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
        match (s.groups.is_empty(), self.loc.lang == "zh") {
            (true, _) => when,
            (false, true) => format!("{}，{when}", self.groups(&s.groups)),
            (false, false) => format!("{}, {when}", self.groups(&s.groups)),
        }
    }

    fn hours(&self, h: Option<Hours>) -> String {
        match (h, self.loc.lang == "zh") {
            (Some(h), _) => hours_text(h),
            (None, true) => "时段通常时间".to_string(),
            (None, false) => "the slot's usual hours".to_string(),
        }
    }

    fn room(&self, id: Option<&String>) -> String {
        let name = id.map(|r| {
            self.new.room(r).or_else(|| self.old.room(r)).map_or_else(
                || r.clone(),
                |room| room.name.get(self.loc.lang).to_string(),
            )
        });
        match (name, self.loc.lang == "zh") {
            (Some(n), _) => n,
            (None, true) => "未指定".to_string(),
            (None, false) => "none".to_string(),
        }
    }
}

/// "09:30–12:30", or "12:30" for a point in time.
pub fn hours_text(h: Hours) -> String {
    match h.end {
        Some(end) => format!("{}–{}", h.start.format("%H:%M"), end.format("%H:%M")),
        None => h.start.format("%H:%M").to_string(),
    }
}

/// How a time-plan change is said; places are named by the slots of the plan they are in
/// (`old` for where a session was, `new` for where it is).
pub fn timeplan_line(c: &TimeplanChange, old: &Timeplan, new: &Timeplan, loc: &Locale) -> String {
    let p = Plans { old, new, loc };
    session_line(c, &p)
        .or_else(|| plan_line(c, &p))
        .unwrap_or_default()
}

/// A change of a session: where it is, else what it is.
fn session_line(c: &TimeplanChange, p: &Plans) -> Option<String> {
    place_line(c, p).or_else(|| detail_line(c, p))
}

/// A session added, removed or moved: named by its groups, else by its place.
fn place_line(c: &TimeplanChange, p: &Plans) -> Option<String> {
    use TimeplanChange::*;
    let zh = p.loc.lang == "zh";
    let s = c.session()?;
    let named = !s.groups.is_empty();
    Some(match c {
        SessionAdded { .. } if named && zh => {
            format!("{}：新增{}会议", p.groups(&s.groups), p.when_new(&s.at))
        }
        SessionAdded { .. } if named => format!(
            "{}: session added on {}",
            p.groups(&s.groups),
            p.when_new(&s.at)
        ),
        SessionAdded { .. } if zh => format!("{}：新增会议", p.when_new(&s.at)),
        SessionAdded { .. } => format!("{}: session added", p.when_new(&s.at)),
        SessionRemoved { .. } if named && zh => {
            format!("{}：删除{}会议", p.groups(&s.groups), p.when_old(&s.at))
        }
        SessionRemoved { .. } if named => format!(
            "{}: session of {} deleted",
            p.groups(&s.groups),
            p.when_old(&s.at)
        ),
        SessionRemoved { .. } if zh => format!("{}：删除会议", p.when_old(&s.at)),
        SessionRemoved { .. } => format!("{}: session deleted", p.when_old(&s.at)),
        SessionMoved { from, to, .. } if named && zh => format!(
            "{}：从{}移至{}",
            p.groups(&s.groups),
            p.when_old(from),
            p.when_new(to)
        ),
        SessionMoved { from, to, .. } if named => format!(
            "{}: moved from {}, to {}",
            p.groups(&s.groups),
            p.when_old(from),
            p.when_new(to)
        ),
        SessionMoved { from, to, .. } if zh => {
            format!("{}：会议移至{}", p.when_old(from), p.when_new(to))
        }
        SessionMoved { from, to, .. } => {
            format!("{}: session moved to {}", p.when_old(from), p.when_new(to))
        }
        _ => return None,
    })
}

/// A session changed where it is: named by its groups and place.
fn detail_line(c: &TimeplanChange, p: &Plans) -> Option<String> {
    use TimeplanChange::*;
    let zh = p.loc.lang == "zh";
    let s = c.session()?;
    let here = || p.subject(s, p.when_new(&s.at));
    Some(match c {
        SpanChanged { to, .. } if zh => format!("{}：改为{to}个时段", here()),
        SpanChanged { to, .. } => format!("{}: now spans {to} slots", here()),
        HoursChanged { to, .. } if zh => format!("{}：时间改为{}", here(), p.hours(*to)),
        HoursChanged { to, .. } => format!("{}: hours now {}", here(), p.hours(*to)),
        RoomChanged { to, .. } if zh => format!("{}：会议室改为{}", here(), p.room(to.as_ref())),
        RoomChanged { to, .. } => format!("{}: room now {}", here(), p.room(to.as_ref())),
        GroupsChanged { from, to, .. } if zh => format!(
            "{}：参加的组改为{}（原为{}）",
            p.when_new(&s.at),
            p.groups(to),
            p.groups(from)
        ),
        GroupsChanged { from, to, .. } => format!(
            "{}: groups now {} (were {})",
            p.when_new(&s.at),
            p.groups(to),
            p.groups(from)
        ),
        StatusChanged { to, .. } => format!("{}{}", here(), status_said(*to, zh)),
        MarksChanged { to, .. } if zh => format!("{}：脚注改为{}", here(), marks(to, zh)),
        MarksChanged { to, .. } => format!("{}: footnotes now {}", here(), marks(to, zh)),
        TextChanged { .. } if zh => format!("{}：内容修改", here()),
        TextChanged { .. } => format!("{}: text changed", here()),
        _ => return None,
    })
}

/// What a cell says of a session's status: "(if needed)" / "（如需要）"; nothing for a
/// planned session.
pub fn status_note(s: Status, loc: &Locale) -> Option<&'static str> {
    match (s, loc.lang == "zh") {
        (Status::Planned, _) => None,
        (Status::IfNeeded, true) => Some("（如需要）"),
        (Status::IfNeeded, false) => Some("(if needed)"),
        (Status::Cancelled, true) => Some("（取消）"),
        (Status::Cancelled, false) => Some("(cancelled)"),
    }
}

/// The heading of the groups' column of the plan by group.
pub fn groups_label(loc: &Locale) -> &'static str {
    if loc.lang == "zh" { "组" } else { "Group" }
}

/// The row of the sessions of no group in the plan by group.
pub fn other_label(loc: &Locale) -> &'static str {
    if loc.lang == "zh" { "其他" } else { "Other" }
}

/// The days other hours apply on: "Fridays" / "星期五", or a date.
pub fn when_text(w: When, loc: &Locale) -> String {
    match (w, loc.lang == "zh") {
        (When::Date(d), _) => day(d, loc),
        (When::Weekday(w), true) => {
            let d = NaiveDate::from_isoywd_opt(2025, 10, w).unwrap_or_default();
            format!("每{}", loc.weekday(d))
        }
        (When::Weekday(w), false) => {
            let d = NaiveDate::from_isoywd_opt(2025, 10, w).unwrap_or_default();
            format!("{}s", loc.weekday(d))
        }
    }
}

fn status_said(to: Status, zh: bool) -> &'static str {
    match (to, zh) {
        (Status::Cancelled, true) => "：取消",
        (Status::Cancelled, false) => ": cancelled",
        (Status::IfNeeded, true) => "：改为视需要召开",
        (Status::IfNeeded, false) => ": now held only if needed",
        (Status::Planned, true) => "：改为按计划召开",
        (Status::Planned, false) => ": now planned",
    }
}

fn marks(m: &[String], zh: bool) -> String {
    match (m.is_empty(), zh) {
        (true, true) => "无".to_string(),
        (true, false) => "none".to_string(),
        (false, _) => m.join(", "),
    }
}

/// A change of the plan itself: heading, slots, days, groups, rooms, footnotes, notes.
fn plan_line(c: &TimeplanChange, p: &Plans) -> Option<String> {
    use TimeplanChange::*;
    let (zh, loc) = (p.loc.lang == "zh", p.loc);
    let one = |g: &String| p.groups(std::slice::from_ref(g));
    let was = |g: &String| names(std::slice::from_ref(g), p.old, p.new, loc);
    Some(match c {
        HeadingChanged { .. } if zh => "标题修改".to_string(),
        HeadingChanged { .. } => "Heading changed".to_string(),
        SlotAdded { slot } if zh => format!("新增时段{slot}"),
        SlotAdded { slot } => format!("Slot {slot} added"),
        SlotRemoved { slot } if zh => format!("删除时段{slot}"),
        SlotRemoved { slot } => format!("Slot {slot} deleted"),
        SlotHoursChanged { slot } if zh => format!("时段{slot}的时间修改"),
        SlotHoursChanged { slot } => format!("Hours of slot {slot} changed"),
        DayAdded { date } if zh => format!("新增{}", day(*date, loc)),
        DayAdded { date } => format!("{} added", day(*date, loc)),
        DayRemoved { date } if zh => format!("删除{}", day(*date, loc)),
        DayRemoved { date } => format!("{} deleted", day(*date, loc)),
        WholeRowChanged { date, .. } if zh => format!("{}：内容修改", day(*date, loc)),
        WholeRowChanged { date, .. } => format!("{}: text changed", day(*date, loc)),
        GroupAdded { group } if zh => format!("新增{}", one(group)),
        GroupAdded { group } => format!("{} added", one(group)),
        GroupRemoved { group } if zh => format!("删除{}", was(group)),
        GroupRemoved { group } => format!("{} deleted", was(group)),
        GroupRenamed { group, .. } if zh => format!("{}更名为{}", was(group), one(group)),
        GroupRenamed { group, .. } => format!("{} renamed {}", was(group), one(group)),
        GroupCodeChanged { group, to, .. } if zh => {
            format!("{}：简称改为{}", one(group), to.as_deref().unwrap_or("无"))
        }
        GroupCodeChanged { group, to, .. } => format!(
            "{}: short form now {}",
            one(group),
            to.as_deref().unwrap_or("none")
        ),
        GroupReparented {
            group,
            to: Some(to),
            ..
        } if zh => format!("{}：改属{}", one(group), one(to)),
        GroupReparented {
            group,
            to: Some(to),
            ..
        } => format!("{}: now under {}", one(group), one(to)),
        GroupReparented { group, .. } if zh => format!("{}：不再隶属其他组", one(group)),
        GroupReparented { group, .. } => format!("{}: no longer under another group", one(group)),
        RoomRenamed { room, .. } if zh => format!("会议室{}更名", p.room(Some(room))),
        RoomRenamed { room, .. } => format!("Room {} renamed", p.room(Some(room))),
        Footnote { mark, change } => footnote_line(mark, change, zh),
        Note(n) => note_line(n, loc),
        _ => return None,
    })
}

fn footnote_line(mark: &str, change: &NoteDelta, zh: bool) -> String {
    match (change, zh) {
        (NoteDelta::Added, true) => format!("新增脚注{mark}"),
        (NoteDelta::Added, false) => format!("Footnote {mark} added"),
        (NoteDelta::Removed, true) => format!("删除脚注{mark}"),
        (NoteDelta::Removed, false) => format!("Footnote {mark} deleted"),
        (NoteDelta::Changed(_), true) => format!("脚注{mark}修改"),
        (NoteDelta::Changed(_), false) => format!("Footnote {mark} changed"),
    }
}

/// Whether a time-plan change concerns `lang`: a change of words that left its text in
/// `lang` as it was does not (a changes document in that language leaves it out).
pub fn timeplan_change_in(c: &TimeplanChange, lang: &str) -> bool {
    match c {
        TimeplanChange::HeadingChanged { texts }
        | TimeplanChange::TextChanged { texts, .. }
        | TimeplanChange::WholeRowChanged { texts, .. }
        | TimeplanChange::GroupRenamed { texts, .. }
        | TimeplanChange::RoomRenamed { texts, .. }
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
