//! The hours under a time plan, a line per slot that has them ("Morning: 09:30–12:30
//! (Fridays: 09:00–12:00)"); in a changes document, each line whose slot is new, gone or
//! whose hours or label changed marked as the diff says: inserted, deleted where the slot
//! stood, or the older line deleted before the newer.

use super::Viewing;
use super::timeplan::Plans;
use crate::diff::marks::SlotMark;
use crate::model::rich::Rich;
use crate::model::{SlotDef, Timeplan};
use crate::render::wording;

/// The lines of hours of the plan shown; with the older plan and the diff's marks,
/// redlined.
pub(super) fn hours(p: &Plans, cx: &Viewing) -> Vec<Rich> {
    let Some((old, marks)) = p.old else {
        return p
            .new
            .slots
            .iter()
            .filter_map(|s| line(s, p.new, cx))
            .map(Rich::text)
            .collect();
    };
    let older = |id: &str| old.slots.iter().find(|o| o.id == id);
    let was = |s: &SlotDef| {
        Rich::text(
            older(&s.id)
                .and_then(|o| line(o, old, cx))
                .unwrap_or_default(),
        )
    };
    let mut out = Vec::new();
    let mut gone = removed_before(p, cx);
    for s in &p.new.slots {
        out.extend(gone.remove(&s.id).unwrap_or_default());
        let now = Rich::text(line(s, p.new, cx).unwrap_or_default());
        let marked = match marks.slots.get(&s.id) {
            Some(SlotMark::Added) => now.inserted(),
            Some(SlotMark::HoursChanged) => {
                [was(s).deleted(), now.inserted()].into_iter().collect()
            }
            _ if marks.labels.contains_key(&s.id) => {
                [was(s).deleted(), now.inserted()].into_iter().collect()
            }
            _ => now,
        };
        out.extend((!marked.is_empty()).then_some(marked));
    }
    out.extend(gone.remove("").unwrap_or_default());
    out
}

/// The lines of the slots gone from the plan, deleted, by the slot of the newer plan they
/// stood before in the older ("" for those after the last).
fn removed_before(p: &Plans, cx: &Viewing) -> std::collections::HashMap<String, Vec<Rich>> {
    let mut out: std::collections::HashMap<String, Vec<Rich>> = Default::default();
    let Some((old, marks)) = p.old else {
        return out;
    };
    for (i, o) in old.slots.iter().enumerate() {
        if marks.slots.get(&o.id) != Some(&SlotMark::Removed) {
            continue;
        }
        let Some(text) = line(o, old, cx) else {
            continue;
        };
        let kept = |s: &&SlotDef| marks.slots.get(&s.id) != Some(&SlotMark::Removed);
        let before = old.slots[i + 1..].iter().find(kept).map(|s| s.id.clone());
        (out.entry(before.unwrap_or_default()).or_default()).push(Rich::text(text).deleted());
    }
    out
}

/// The line of a slot of plan `t` that has hours: its label, its usual hours, and the
/// days and groups whose differ ("Questions, Fridays: 08:30–12:00").
fn line(s: &SlotDef, t: &Timeplan, cx: &Viewing) -> Option<String> {
    let say = |id: &str| cx.loc.text(id, &[]);
    let (colon, sep) = (say("detail-sep"), say("list-sep"));
    let (open, close) = (say("hours-open"), say("hours-close"));
    let usual = s.hours?;
    let label = (s.label.as_ref()).map_or(s.id.clone(), |l| l.get(cx.lang).to_string());
    let others: Vec<String> = (s.overrides.iter())
        .map(|o| {
            let when = o.when.map(|w| wording::when_text(w, &cx.loc));
            let who = (o.who.as_ref()).map(|f| wording::for_text(f, t, &cx.loc));
            let applies = match (who, when) {
                (Some(who), Some(when)) => {
                    cx.loc.text("for-when", &[("who", &who), ("when", &when)])
                }
                (who, when) => who.or(when).unwrap_or_default(),
            };
            format!("{applies}{colon}{}", wording::hours_text(o.hours, &cx.loc))
        })
        .collect();
    let mut line = format!("{label}{colon}{}", wording::hours_text(usual, &cx.loc));
    if !others.is_empty() {
        line = format!("{line}{open}{}{close}", others.join(&sep));
    }
    Some(line)
}
