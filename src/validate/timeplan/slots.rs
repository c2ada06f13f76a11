//! The slots of a day (morning, afternoon…): ids declared once, and their hours, with
//! other hours on some weekdays or dates. Hours end after they start and a slot ends
//! before the next one starts.

use chrono::{NaiveDate, Weekday};

use crate::load::model::{self, SlotHours};
use crate::load::spanned::Sp;
use crate::model::{Hours, SlotDef, When};
use crate::validate::Cx;

pub(super) fn slots(src: &Sp<model::List<model::Slot>>, cx: &mut Cx) -> Option<Vec<SlotDef>> {
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
        let overrides: Vec<_> = slot.hours.0.iter().map(|h| other_hours(h, cx)).collect();
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
    in_sequence(&list, &src.value.0, cx).then_some(list)
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

fn other_hours(h: &SlotHours, cx: &mut Cx) -> Option<(When, Hours)> {
    let when = match (&h.weekday, &h.date) {
        (Some(w), None) => When::Weekday(weekday(w, cx)?),
        (None, Some(d)) => When::Date(cx.date(d)?),
        _ => {
            cx.error(
                h.start.pos,
                "other hours apply on a `weekday` or on a `date`",
                "give exactly one of `weekday: Friday` or `date: 2025-09-12`",
            );
            return None;
        }
    };
    Some((when, span_of(&h.start, &h.end, cx)?))
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

/// Each slot ends before the next one starts: on a usual day and on every day with
/// other hours.
fn in_sequence(slots: &[SlotDef], src: &[model::Slot], cx: &mut Cx) -> bool {
    // A weekday's hours are checked on one such day (of a week of 2025).
    let mut days: Vec<(Option<NaiveDate>, String)> = vec![(None, String::new())];
    for (when, _) in slots.iter().flat_map(|s| &s.overrides) {
        days.push(match when {
            When::Date(d) => (Some(*d), format!(" on {d}")),
            When::Weekday(w) => {
                let day = NaiveDate::from_isoywd_opt(2025, 10, *w);
                let name = day.map_or_else(String::new, |d| d.format("%A").to_string());
                (day, format!(" on {name}s"))
            }
        });
    }
    for (day, on) in days {
        for i in 1..slots.len() {
            let at = |s: &SlotDef| day.map_or(s.hours, |d| s.hours_on(d));
            let (Some(a), Some(b)) = (at(&slots[i - 1]), at(&slots[i])) else {
                continue;
            };
            if a.end.is_some_and(|end| end > b.start) {
                cx.error(
                    src[i].id.pos.with_len(slots[i].id.chars().count()),
                    format!(
                        "slot `{}` starts at {}{on}, before slot `{}` ends",
                        slots[i].id,
                        b.start.format("%H:%M"),
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
