//! `letter.yaml`, checked: the invitation letter's own facts ([`Letter`]). Its texts need
//! every language of the draft, as the meeting's do; names of contacts and periods are
//! what the standard paragraphs call them (`$contact_travel`, `$period_visa`).

use std::sync::Arc;

use super::Cx;
use super::deadlines::period;
use crate::lang::letter::Texts;
use crate::load::letter::{LetterFile, Named};
use crate::load::spanned::Sp;
use crate::load::{LETTER_FILE, Source};
use crate::model::{Deadline, Letter, Period, Signature, Tr};

/// The letter's facts, if the meeting has a `letter.yaml` (`Some(None)` if it has one
/// with problems, each reported).
pub(super) fn letter(
    (source, paragraphs): (Option<&Source<LetterFile>>, &Arc<Texts>),
    deadlines: Option<&[Deadline]>,
    cx: &mut Cx,
) -> Option<Option<Letter>> {
    let Some(source) = source else {
        return Some(None);
    };
    let file = std::mem::replace(&mut cx.file, Arc::clone(&source.file));
    let checked = (source.model.as_ref()).and_then(|l| checked(l, deadlines?, cx));
    let checked = checked.map(|l| Letter {
        paragraphs: Arc::clone(paragraphs),
        ..l
    });
    let checked = checked.filter(|l| says_known_facts(l, cx));
    cx.file = file;
    checked.map(Some)
}

fn checked(l: &LetterFile, deadlines: &[Deadline], cx: &mut Cx) -> Option<Letter> {
    let date = cx.date(&l.date);
    let texts = |list: &Sp<crate::load::model::List<crate::load::model::Text>>, cx: &mut Cx| {
        let out: Vec<Option<Tr>> = list.value.0.iter().map(|t| cx.tr(t)).collect();
        out.into_iter().collect::<Option<Vec<Tr>>>()
    };
    let (reference, addressees) = (texts(&l.reference, cx), texts(&l.addressees, cx));
    let [place, group, premises, about, at] = [
        &l.place,
        &l.group,
        &l.premises,
        &l.about,
        &l.registration.value.at,
    ]
    .map(|t| cx.tr(t));
    let registration = cx.time(&l.registration.value.from);
    let signature = l.signature.as_ref().map(|s| signature(&s.value, cx));
    let rooms_link = link(&l.rooms_link, cx);
    let information = l.information.as_ref().map(|i| link(i, cx));
    let contacts = contacts(&l.contacts, cx);
    let periods = periods(&l.periods, cx);
    let named = named_deadlines(&l.deadlines, deadlines, cx);
    Some(Letter {
        date: date?,
        place: place?,
        reference: reference?,
        addressees: addressees?,
        contacts: contacts?,
        group: group?,
        premises: premises?,
        about: about?,
        registration: registration?,
        registration_at: at?,
        rooms_link: rooms_link?,
        signature: signature.map_or(Some(None), |s| s.map(Some))?,
        information: information.map_or(Some(None), |i| i.map(Some))?,
        periods: periods?,
        deadlines: named?,
        paragraphs: Texts::builtin(),
    })
}

fn signature(s: &crate::load::letter::Signature, cx: &mut Cx) -> Option<Signature> {
    let (name, title) = (cx.tr(&s.name), cx.tr(&s.title));
    Some(Signature {
        name: name?,
        title: title?,
    })
}

/// A web address: `https://…` or `http://…`.
pub(super) fn link(s: &Sp<String>, cx: &mut Cx) -> Option<String> {
    let v = s.value.trim();
    let web =
        (v.starts_with("https://") || v.starts_with("http://")) && !v.contains(char::is_whitespace);
    if !web {
        cx.error(
            s.pos.with_len(s.value.chars().count()),
            format!("`{}` is not a web address", s.value.escape_debug()),
            "write the whole address, starting with https://",
        );
        return None;
    }
    Some(v.to_string())
}

/// A name the standard paragraphs can use: lower-case letters, digits and `_` (reported
/// at its value, `at`).
fn name(s: &str, at: &Sp<String>, what: &str, cx: &mut Cx) -> bool {
    let mut chars = s.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        cx.error(
            at.pos,
            format!("`{}` cannot name a {what}", s.escape_debug()),
            format!("name it with lower-case letters, digits and `_`, as the letter's paragraphs do (e.g. `travel`); see {LETTER_FILE} in the README"),
        );
    }
    ok
}

fn contacts(named: &Named<Sp<String>>, cx: &mut Cx) -> Option<Vec<(String, String)>> {
    let mut out = Some(Vec::new());
    for (key, value) in &named.0 {
        let empty = value.value.trim().is_empty();
        if empty {
            cx.error(
                value.pos,
                format!("the contact `{key}` is empty"),
                "give its telephone number, e-mail or web address, or leave the line out",
            );
        }
        match (name(key, value, "contact", cx) && !empty, &mut out) {
            (true, Some(list)) => list.push((key.clone(), value.value.trim().to_string())),
            _ => out = None,
        }
    }
    out
}

fn periods(named: &Named<Sp<String>>, cx: &mut Cx) -> Option<Vec<(String, Period)>> {
    let mut out = Some(Vec::new());
    for (key, value) in &named.0 {
        let ok = name(key, value, "period", cx);
        match (period(value, cx).filter(|_| ok), &mut out) {
            (Some(p), Some(list)) => list.push((key.clone(), p)),
            _ => out = None,
        }
    }
    out
}

/// The meeting's deadlines the standard paragraphs name: each name's rule must be one of
/// the meeting's deadlines (`6 weeks` before the first day).
fn named_deadlines(
    named: &Named<Sp<String>>,
    deadlines: &[Deadline],
    cx: &mut Cx,
) -> Option<Vec<(String, Period)>> {
    let mut out = Some(Vec::new());
    for (key, value) in &named.0 {
        let ok = name(key, value, "deadline", cx);
        let found = period(value, cx).and_then(|p| {
            let found = deadlines.iter().find(|d| d.before == Some(p));
            if found.is_none() {
                let rules: Vec<&str> = deadlines.iter().filter_map(|d| d.rule.as_deref()).collect();
                cx.error(
                    value.pos.with_len(value.value.chars().count()),
                    format!("no deadline of meeting.yaml falls {} before the meeting", value.value.trim()),
                    format!("name one of its deadlines by its `before:` ({}), or add the deadline to meeting.yaml", rules.join(", ")),
                );
            }
            found
        });
        match (found.filter(|_| ok), &mut out) {
            (Some(d), Some(list)) => list.extend(d.before.map(|p| (key.clone(), p))),
            _ => out = None,
        }
    }
    out
}

/// Whether every standard paragraph, in every language of the letter, says only facts the
/// letter gives (each that it lacks reported once, with where to give it).
fn says_known_facts(letter: &Letter, cx: &mut Cx) -> bool {
    let known = letter.fact_names();
    let mut missing: Vec<(String, String)> = Vec::new();
    for lang in cx.languages.clone() {
        let texts = letter.paragraphs.get(&lang);
        let paragraphs = ["body-", "closing-", "annex-a-"]
            .map(|p| texts.starting(p))
            .concat();
        for id in paragraphs {
            let said = texts.names.get(id).into_iter().flatten();
            for name in said.filter(|n| !known.contains(n)) {
                if !missing.contains(&(id.to_string(), name.clone())) {
                    missing.push((id.to_string(), name.clone()));
                }
            }
        }
    }
    for (id, name) in &missing {
        let hint = match name.split_once('_') {
            Some(("contact", key)) => format!("give it under `contacts:` (`{key}: …`)"),
            Some(("date" | "period", key)) => format!(
                "name the meeting's deadline under `deadlines:` (`{key}: 1 month`, its `before:` in meeting.yaml), or a period under `periods:`"
            ),
            _ => format!("the letter's facts are: {}", known.join(", ")),
        };
        cx.error(
            crate::diag::Pos::FILE,
            format!(
                "the letter's paragraph `{id}` says `${name}`, which {LETTER_FILE} does not give"
            ),
            hint,
        );
    }
    missing.is_empty()
}
