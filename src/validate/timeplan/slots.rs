//! The slots of a day (morning, afternoon…): ids declared once, and their hours, with
//! other hours on some weekdays or dates, for a kind of group or one group. Hours end
//! after they start and a slot ends before the next one starts.

use chrono::{NaiveDate, Weekday};

use crate::load::model::{self, SlotHours};
use crate::load::spanned::Sp;
use crate::model::{For, Group, GroupKind, Hours, Override, SlotDef, When, Whose};
use crate::validate::Cx;

/// The slots; `groups` are the plan's (none where they did not check), which other hours
/// may be for.
pub(super) fn slots(
    src: &Sp<model::List<model::Slot>>,
    groups: Option<&[Group]>,
    cx: &mut Cx,
) -> Option<Vec<SlotDef>> {
    if src.value.0.is_empty() {
        cx.error(
            src.pos,
            "no slots declared",
            "declare the sessions of a day, e.g. `- id: morning` and `- id: afternoon`",
        );
        return None;
    }
    let mut out = Some(Vec::new());
    let mut ids: Vec<&str> = Vec::new();
    for slot in &src.value.0 {
        let id = slot.id.value.as_str();
        let ok = super::groups::valid_id(&slot.id, ("slot", &super::groups::SLOT_IDS), &ids, cx);
        ids.push(id);
        let label = slot.label.as_ref().map(|l| cx.tr(l));
        let hours = hours_of(slot, cx);
        let overrides: Vec<_> = (slot.hours.0.iter())
            .map(|h| other_hours(h, groups, cx))
            .collect();
        let overrides: Option<Vec<_>> = overrides.into_iter().collect();
        let label = match label {
            Some(None) => None,
            Some(Some(l)) => Some(Some(l)),
            None => Some(None),
        };
        match (&mut out, label, hours, overrides, ok) {
            (Some(list), Some(label), Some(hours), Some(overrides), true) => list.push(SlotDef {
                id: id.to_string(),
                label,
                hours,
                overrides,
            }),
            _ => out = None,
        }
    }
    let list = out?;
    in_sequence(&list, (&src.value.0, groups), cx).then_some(list)
}

/// A slot's usual hours: both `start` and `end`, or neither.
fn hours_of(slot: &model::Slot, cx: &mut Cx) -> Option<Option<Hours>> {
    match (&slot.start, &slot.end) {
        (None, None) => Some(None),
        (Some(s), Some(e)) => span_of(s, e, cx).map(Some),
        (Some(s), None) | (None, Some(s)) => {
            cx.error(
                s.pos,
                "a slot's hours need both `start` and `end`",
                "write both, e.g. `start: \"09:30\"` and `end: \"12:30\"`",
            );
            None
        }
    }
}

/// Hours from `start` to `end`, which must come after it.
pub(super) fn span_of(start: &Sp<String>, end: &Sp<String>, cx: &mut Cx) -> Option<Hours> {
    let (s, e) = (cx.time(start), cx.time(end));
    let (s, e) = (s?, e?);
    if e <= s {
        cx.error(
            end.pos.with_len(end.value.chars().count() + 2),
            format!(
                "the hours end ({}) before they start ({})",
                e.format("%H:%M"),
                s.format("%H:%M")
            ),
            "swap `start` and `end`, or fix the time",
        );
        return None;
    }
    Some(Hours {
        start: s,
        end: Some(e),
    })
}

/// Other hours of a slot: on a weekday or a date, for a kind of group or a group, or both.
fn other_hours(h: &SlotHours, groups: Option<&[Group]>, cx: &mut Cx) -> Option<Override> {
    let when = match (&h.weekday, &h.date) {
        (Some(w), None) => Some(When::Weekday(weekday(w, cx)?)),
        (None, Some(d)) => Some(When::Date(cx.date(d)?)),
        (None, None) => None,
        (Some(_), Some(d)) => return two(d, "`weekday` or a `date`", cx),
    };
    let who = match (&h.kind, &h.group) {
        (Some(k), None) => Some(For::Kind(kind(k, cx)?)),
        (None, Some(g)) => Some(For::Group(group(g, groups, cx)?)),
        (None, None) => None,
        (Some(_), Some(g)) => return two(g, "`kind` of group or a `group`", cx),
    };
    if when.is_none() && who.is_none() {
        cx.error(
            h.start.pos,
            "other hours apply on some days, or for some groups",
            "give a `weekday:` or a `date:`, or a `kind:` of group or a `group:`, or both",
        );
        return None;
    }
    let hours = span_of(&h.start, &h.end, cx)?;
    Some(Override { when, who, hours })
}

/// Other hours that say two things only one of which they may say (`what`).
fn two<T>(second: &Sp<String>, what: &str, cx: &mut Cx) -> Option<T> {
    cx.error(
        second.pos.with_len(second.value.chars().count()),
        format!("other hours are for a {what}, not both"),
        "write two entries under `hours:`, one for each",
    );
    None
}

/// A kind of group, as other hours name it.
fn kind(k: &Sp<String>, cx: &mut Cx) -> Option<GroupKind> {
    let parsed = GroupKind::parse(k.value.trim());
    if parsed.is_none() {
        let hint = crate::hints::choice_hint(k.value.trim(), &GroupKind::NAMES);
        cx.error(
            k.pos.with_len(k.value.chars().count()),
            format!("`{}` is not a kind of group", k.value),
            hint,
        );
    }
    parsed
}

/// A group of the plan, as other hours name it (unchecked where the groups are not).
fn group(g: &Sp<String>, groups: Option<&[Group]>, cx: &mut Cx) -> Option<String> {
    let id = g.value.trim();
    let Some(groups) = groups else {
        return Some(id.to_string());
    };
    if groups.iter().any(|x| x.id == id) {
        return Some(id.to_string());
    }
    let ids: Vec<&str> = groups.iter().map(|x| x.id.as_str()).collect();
    cx.error(
        g.pos.with_len(g.value.chars().count()),
        format!("unknown group `{id}`"),
        crate::hints::choice_hint(id, &ids),
    );
    None
}

pub(super) fn weekday(w: &Sp<String>, cx: &mut Cx) -> Option<Weekday> {
    let parsed = w.value.trim().parse::<Weekday>().ok();
    if parsed.is_none() {
        cx.error(
            w.pos.with_len(w.value.chars().count()),
            format!("`{}` is not a weekday", w.value),
            "write the English name, e.g. Friday",
        );
    }
    parsed
}

/// Each slot ends before the next one starts: on a usual day, on every day with other
/// hours, and for every kind of group or group with hours of its own.
fn in_sequence(
    slots: &[SlotDef],
    (src, groups): (&[model::Slot], Option<&[Group]>),
    cx: &mut Cx,
) -> bool {
    let mut cases: Vec<Case> = vec![Case::default()];
    cases.extend((slots.iter().flat_map(|s| &s.overrides)).map(|o| Case::of(o, groups)));
    for case in &cases {
        for i in 1..slots.len() {
            let at = |s: &SlotDef| s.hours_for(case.day, case.whose());
            let (Some(a), Some(b)) = (at(&slots[i - 1]), at(&slots[i])) else {
                continue;
            };
            if a.end.is_some_and(|end| end > b.start) {
                cx.error(
                    src[i].id.pos.with_len(slots[i].id.chars().count()),
                    format!(
                        "slot `{}` starts at {}{}, before slot `{}` ends",
                        slots[i].id,
                        b.start.format("%H:%M"),
                        case.said,
                        slots[i - 1].id
                    ),
                    "make each slot start after the one before it ends",
                );
                return false;
            }
        }
    }
    true
}

/// A day and a group the slots' sequence is checked for, and how an error says it
/// (" on Fridays for Questions").
#[derive(Default)]
struct Case {
    day: Option<NaiveDate>,
    who: Option<(String, GroupKind)>,
    said: String,
}

impl Case {
    /// The case of other hours `o`: a weekday's are checked on one such day (of a week of
    /// 2025); a group's with its kind, where the groups are known.
    fn of(o: &Override, groups: Option<&[Group]>) -> Case {
        let (day, mut said) = match o.when {
            None => (None, String::new()),
            Some(When::Date(d)) => (Some(d), format!(" on {d}")),
            Some(When::Weekday(w)) => {
                let day = NaiveDate::from_isoywd_opt(2025, 10, w);
                let name = day.map_or_else(String::new, |d| d.format("%A").to_string());
                (day, format!(" on {name}s"))
            }
        };
        let who = match &o.who {
            None => None,
            Some(For::Kind(k)) => Some((String::new(), *k)),
            Some(For::Group(g)) => {
                let group = groups.and_then(|gs| gs.iter().find(|x| x.id == *g));
                Some((g.clone(), group.map_or(GroupKind::Other, |x| x.kind)))
            }
        };
        match &o.who {
            Some(For::Kind(k)) => said.push_str(&format!(" for {}", k.name())),
            Some(For::Group(g)) => said.push_str(&format!(" for group `{g}`")),
            None => {}
        }
        Case { day, who, said }
    }

    fn whose(&self) -> Option<Whose<'_>> {
        (self.who.as_ref()).map(|(id, kind)| Whose { id, kind: *kind })
    }
}
