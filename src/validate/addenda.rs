//! The letter's addenda (`revisions/letter/N.yaml`), checked: numbered from 1 without
//! gaps, each with its `revision:` head, each giving facts that replace those in effect
//! (the meeting's days, its opening, its venue and premises, registration, contacts). A
//! changed first day moves every deadline given by a rule, as the letter's own would.

use std::sync::Arc;

use super::Cx;
use crate::load::Loaded;
use crate::load::letter::AddendumFile;
use crate::load::model::MeetingFile;
use crate::model::{Addendum, Letter, Meta};

/// The addenda of `loaded`, each on the facts the one before leaves (`meta`, `letter`);
/// `None` if one is wrong (each problem reported).
pub(super) fn addenda(
    loaded: &Loaded,
    (meta, letter): (&Meta, Option<&Letter>),
    cx: &mut Cx,
) -> Option<Vec<Addendum>> {
    let (mut out, mut ok) = (Vec::new(), true);
    let mut facts = (meta.clone(), letter.cloned());
    for (i, (number, source)) in loaded.addenda.iter().enumerate() {
        let file = std::mem::replace(&mut cx.file, Arc::clone(&source.file));
        let Some(base) = facts.1.clone() else {
            cx.error(
                crate::diag::Pos::FILE,
                "an addendum to a letter the meeting does not have",
                "add letter.yaml (the letter the addendum changes) beside meeting.yaml",
            );
            cx.file = file;
            return None;
        };
        let numbered = super::numbered(*number, 1, i, cx);
        let read = (source.model.as_ref())
            .and_then(|a| addendum(*number, a, (&facts.0, &base), loaded, cx));
        cx.file = file;
        match read.filter(|_| numbered) {
            Some(a) => {
                facts = (a.meta.clone(), Some(a.letter.clone()));
                out.push(a);
            }
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// Addendum `number`, read on the facts in effect before it.
fn addendum(
    number: u32,
    a: &AddendumFile,
    (meta, letter): (&Meta, &Letter),
    loaded: &Loaded,
    cx: &mut Cx,
) -> Option<Addendum> {
    let date = cx.date(&a.revision.value.date);
    let summary = cx.tr(&a.revision.value.summary);
    let mut new_meta = meta.clone();
    let mut new_letter = letter.clone();
    let mut ok = true;
    let mut day = |s: &Option<crate::load::spanned::Sp<String>>,
                   old: chrono::NaiveDate,
                   cx: &mut Cx| {
        match s.as_ref().map(|s| cx.date(s)) {
            Some(Some(d)) => d,
            Some(None) => {
                ok = false;
                old
            }
            None => old,
        }
    };
    new_meta.first_day = day(&a.first_day, meta.first_day, cx);
    new_meta.last_day = day(&a.last_day, meta.last_day, cx);
    if let Some(t) = &a.first_day_start {
        new_meta.first_day_start = cx.time(t).or_else(|| {
            ok = false;
            None
        });
    }
    if new_meta.last_day < new_meta.first_day {
        let at = a
            .last_day
            .as_ref()
            .or(a.first_day.as_ref())
            .map_or(crate::diag::Pos::FILE, |s| s.pos);
        cx.error(
            at,
            "the meeting would end before it starts",
            "give a last day on or after the first day",
        );
        ok = false;
    }
    ok &= texts(a, &mut new_meta, &mut new_letter, cx);
    // A changed first day moves the deadlines given by rules; a date given here wins.
    if new_meta.first_day != meta.first_day {
        ok &= moved(loaded, &mut new_meta, cx);
        weekends(a, &new_meta.deadlines, cx);
    }
    ok &= redated(a, &mut new_meta, cx);
    Some(Addendum {
        number,
        date: date?,
        summary: summary?,
        meta: new_meta,
        letter: new_letter,
    })
    .filter(|_| ok)
}

/// The texts an addendum replaces: venue, premises, registration, contacts.
fn texts(a: &AddendumFile, meta: &mut Meta, letter: &mut Letter, cx: &mut Cx) -> bool {
    let mut ok = true;
    let mut put =
        |text: &Option<crate::load::model::Text>, to: &mut crate::model::Tr, cx: &mut Cx| {
            if let Some(t) = text {
                match cx.tr(t) {
                    Some(t) => *to = t,
                    None => ok = false,
                }
            }
        };
    put(&a.venue, &mut meta.venue, cx);
    put(&a.premises, &mut letter.premises, cx);
    if let Some(r) = &a.registration {
        put(&Some(r.value.at.clone()), &mut letter.registration_at, cx);
        match cx.time(&r.value.from) {
            Some(t) => letter.registration = t,
            None => ok = false,
        }
    }
    for (name, value) in &a.contacts.0 {
        let value = value.value.trim().to_string();
        match letter.contacts.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value,
            None => letter.contacts.push((name.clone(), value)),
        }
    }
    ok
}

/// The deadlines on the changed first day: every one given by a rule moves with it.
fn moved(loaded: &Loaded, meta: &mut Meta, cx: &mut Cx) -> bool {
    let Some(m) = loaded.meeting.model.as_ref() else {
        return false;
    };
    let file = std::mem::replace(&mut cx.file, Arc::clone(&loaded.meeting.file));
    let deadlines = recomputed(m, meta.first_day, cx);
    cx.file = file;
    match deadlines {
        Some(d) => {
            meta.deadlines = d;
            true
        }
        None => false,
    }
}

/// The deadlines the addendum gives a new date, each named by its rule.
fn redated(a: &AddendumFile, meta: &mut Meta, cx: &mut Cx) -> bool {
    let mut ok = true;
    for (rule, date) in &a.deadlines.0 {
        let found = (meta.deadlines.iter()).position(|d| {
            d.rule
                .as_deref()
                .is_some_and(|r| r.split_whitespace().eq(rule.split_whitespace()))
        });
        let Some(i) = found else {
            let rules: Vec<&str> = meta
                .deadlines
                .iter()
                .filter_map(|d| d.rule.as_deref())
                .collect();
            cx.error(
                date.pos,
                format!("no deadline of meeting.yaml falls `{rule}` before the meeting"),
                format!("name a deadline by its `before:` ({})", rules.join(", ")),
            );
            ok = false;
            continue;
        };
        match cx.date(date) {
            Some(d) => meta.deadlines[i].date = d,
            None => ok = false,
        }
    }
    ok
}

/// The deadlines of `meeting.yaml` computed on `first_day`. Their warnings there (a
/// deadline on a weekend) are not `meeting.yaml`'s to say: they are left out, and the
/// addendum says which of its deadlines fall on a weekend, at its first day.
fn recomputed(
    m: &MeetingFile,
    first_day: chrono::NaiveDate,
    cx: &mut Cx,
) -> Option<Vec<crate::model::Deadline>> {
    let before = cx.diags.len();
    let out = super::deadlines::deadlines(&m.deadlines.0, Some(first_day), cx);
    let mut i = before;
    while i < cx.diags.len() {
        if cx.diags[i].is_error() {
            i += 1;
        } else {
            cx.diags.remove(i);
        }
    }
    out
}

/// A warning at the addendum's first day for each deadline it moves onto a weekend.
fn weekends(a: &AddendumFile, deadlines: &[crate::model::Deadline], cx: &mut Cx) {
    use chrono::Datelike;
    let Some(at) = &a.first_day else {
        return;
    };
    for d in deadlines {
        if matches!(
            d.date.weekday(),
            chrono::Weekday::Sat | chrono::Weekday::Sun
        ) {
            let rule = d.rule.as_deref().unwrap_or_default();
            cx.diags.push(
                crate::diag::Diagnostic::warning(
                    &cx.file,
                    at.pos.with_len(at.value.chars().count()),
                    format!(
                        "with this first day, the deadline {rule} before it ({}) is a {}",
                        d.date,
                        d.date.format("%A")
                    ),
                )
                .hint(
                    "deadlines given by a rule move with the first day: check that the day suits",
                ),
            );
        }
    }
}
