//! The invitation letter (a collective letter), as its document shows it before its
//! Annex B: the letterhead, the body with the key deadlines, the closing and signature,
//! and Annex A. Its paragraphs are the organisation's standard texts ([`lang::letter`]),
//! each read as inline Markdown with the meeting's facts put in as data: a fact is never
//! read as markup, whatever it holds.

use serde::Serialize;

use super::Viewing;
use super::deadlines::DeadlineView;
use crate::lang::letter::{Paragraphs, paragraphs};
use crate::model::rich::{Inline, Rich};
use crate::model::{Deadline, Letter, Meeting, Period, Syntax};

#[derive(Debug, Serialize)]
pub struct LetterView {
    /// "2025年6月4日，日内瓦" / "Geneva, 4 June 2025".
    pub date_place: String,
    pub reference_label: String,
    pub reference: Vec<String>,
    pub addressees_label: String,
    pub addressees: Vec<String>,
    /// The letterhead's contact lines: telephone, fax, e-mail, web (those given).
    pub contacts: Vec<ContactView>,
    pub subject_label: String,
    pub subject: String,
    /// The paragraphs before the key deadlines.
    pub body: Vec<Rich>,
    pub deadlines_label: String,
    pub deadlines: Vec<DeadlineView>,
    /// The paragraphs after them: wishes, regards.
    pub closing: Vec<Rich>,
    pub signature: Option<SignatureView>,
    pub information: Option<ContactView>,
    /// "Annexes: 2".
    pub annexes: String,
    pub annex_a: AnnexView,
}

/// A labelled line: "Tel:" and its value, linked where it is an address.
#[derive(Debug, Serialize)]
pub struct ContactView {
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SignatureView {
    pub name: String,
    pub title: String,
}

/// Annex A, practical information: its label, title and sections.
#[derive(Debug, Serialize)]
pub struct AnnexView {
    pub label: String,
    pub title: String,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Serialize)]
pub struct SectionView {
    pub heading: Option<String>,
    pub paragraphs: Vec<Rich>,
}

/// The letterhead's contacts, in their order, and how each is linked.
const LETTERHEAD: &[(&str, &str)] = &[
    ("telephone", "telephone-label"),
    ("fax", "fax-label"),
    ("email", "email-label"),
    ("web", "web-label"),
];

/// The letter of `meeting` in the viewing's language.
pub(super) fn letter(
    meeting: &Meeting,
    letter: &Letter,
    subject: &str,
    cx: &Viewing,
) -> LetterView {
    let texts = paragraphs(cx.lang);
    let facts = facts(meeting, letter, cx);
    let say = |id: &str| texts.say(id, &[], &[]);
    let filled = |ids: Vec<&str>| ids.iter().map(|id| fill(texts, id, &facts)).collect();
    let contact = |key: &str| {
        letter
            .contacts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    };
    LetterView {
        date_place: texts.say(
            "date-place",
            &[
                ("date", &cx.loc.long_date(letter.date)),
                ("place", letter.place.get(cx.lang)),
            ],
            &[],
        ),
        reference_label: say("reference-label"),
        reference: letter
            .reference
            .iter()
            .map(|r| r.get(cx.lang).to_string())
            .collect(),
        addressees_label: say("addressees-label"),
        addressees: letter
            .addressees
            .iter()
            .map(|a| a.get(cx.lang).to_string())
            .collect(),
        contacts: (LETTERHEAD.iter())
            .filter_map(|(key, label)| contact(key).map(|v| contact_view(key, say(label), v)))
            .collect(),
        subject_label: say("subject-label"),
        subject: subject.to_string(),
        body: filled(texts.starting("body-")),
        deadlines_label: say("deadlines-label"),
        deadlines: deadlines(&meeting.meta.deadlines, cx),
        closing: filled(texts.starting("closing-")),
        signature: letter.signature.as_ref().map(|s| SignatureView {
            name: s.name.get(cx.lang).to_string(),
            title: s.title.get(cx.lang).to_string(),
        }),
        information: (letter.information.as_ref())
            .map(|i| contact_view("web", say("information-label"), i)),
        annexes: texts.say("annexes", &[("count", "2")], &[]),
        annex_a: annex_a(texts, &facts),
    }
}

fn contact_view(key: &str, label: String, value: &str) -> ContactView {
    let href = match key {
        "email" => Some(format!("mailto:{value}")),
        "web" => Some(value.to_string()),
        _ => None,
    };
    ContactView {
        label,
        value: value.to_string(),
        href,
    }
}

fn deadlines(list: &[Deadline], cx: &Viewing) -> Vec<DeadlineView> {
    (list.iter())
        .map(|d| DeadlineView {
            date: cx.loc.long_date(d.date),
            actions: d.actions.iter().map(|a| cx.rich(a)).collect(),
        })
        .collect()
}

/// Annex A's sections: a `annex-a-heading-*` message starts one.
fn annex_a(texts: &Paragraphs, facts: &[(String, String)]) -> AnnexView {
    let mut sections: Vec<SectionView> = Vec::new();
    let ids = texts.starting("annex-a-");
    for id in ids
        .iter()
        .filter(|id| !matches!(**id, "annex-a-label" | "annex-a-title"))
    {
        if id.starts_with("annex-a-heading-") {
            let heading = Some(texts.say(id, &[], &[]));
            sections.push(SectionView {
                heading,
                paragraphs: Vec::new(),
            });
            continue;
        }
        if sections.is_empty() {
            sections.push(SectionView {
                heading: None,
                paragraphs: Vec::new(),
            });
        }
        if let Some(last) = sections.last_mut() {
            last.paragraphs.push(fill(texts, id, facts));
        }
    }
    AnnexView {
        label: texts.say("annex-a-label", &[], &[]),
        title: texts.say("annex-a-title", &[], &[]),
        sections,
    }
}

/// The values the paragraphs may name, by name ([`Letter::fact_names`]).
fn facts(meeting: &Meeting, letter: &Letter, cx: &Viewing) -> Vec<(String, String)> {
    let (m, lang) = (&meeting.meta, cx.lang);
    let fixed = |name: &str| match name {
        "group" => letter.group.get(lang).to_string(),
        "premises" => letter.premises.get(lang).to_string(),
        "from_to" => cx.loc.from_to(m.first_day, m.last_day),
        "about" => cx.seen(&letter.about),
        "opening" => m
            .first_day_start
            .map(|t| cx.loc.opening(t))
            .unwrap_or_default(),
        "registration_time" => cx.loc.time_of_day(letter.registration),
        "registration_place" => letter.registration_at.get(lang).to_string(),
        "rooms_link" => letter.rooms_link.clone(),
        "body" => m.body.get(lang).to_string(),
        _ => m.chair.get(lang).to_string(),
    };
    let mut out: Vec<(String, String)> = (Letter::FACTS.iter())
        .map(|f| (f.to_string(), fixed(f)))
        .collect();
    out.extend((letter.contacts.iter()).map(|(k, v)| (format!("contact_{k}"), v.clone())));
    let texts = paragraphs(lang);
    for (name, d) in &letter.deadlines {
        out.push((format!("date_{name}"), cx.loc.long_date(d.date)));
        let said = d.before.map(|p| period(texts, p)).unwrap_or_default();
        out.push((format!("period_{name}"), said));
    }
    out.extend((letter.periods.iter()).map(|(k, p)| (format!("period_{k}"), period(texts, *p))));
    out
}

/// A period as the paragraphs say it: "six weeks", "六周".
fn period(texts: &Paragraphs, p: Period) -> String {
    let (unit, n) = match p {
        Period::Days(n) => ("days", n),
        Period::Weeks(n) => ("weeks", n),
        Period::Months(n) => ("months", n),
    };
    texts.say("period", &[("unit", unit)], &[("n", n)])
}

/// What stands for a fact while a paragraph is read as Markdown: a web address (a fact
/// may be a link's address, which must read as one), which Markdown takes as text
/// elsewhere, and no standard paragraph writes.
const STAND_IN: &str = "https://fact.invalid/";

/// Paragraph `id`, read as inline Markdown with each fact put in as text.
fn fill(texts: &Paragraphs, id: &str, facts: &[(String, String)]) -> Rich {
    let stand_ins: Vec<String> = (0..facts.len())
        .map(|i| format!("{STAND_IN}{i}#"))
        .collect();
    let args: Vec<(&str, &str)> = (facts.iter().zip(&stand_ins))
        .map(|((name, _), s)| (name.as_str(), s.as_str()))
        .collect();
    let read = Rich::read(&texts.say(id, &args, &[]), Syntax::Markdown);
    Rich(read.0.into_iter().map(|i| put(i, facts)).collect())
}

/// `part` with the stand-ins replaced by their facts.
fn put(part: Inline, facts: &[(String, String)]) -> Inline {
    let all = |parts: Vec<Inline>| parts.into_iter().map(|p| put(p, facts)).collect();
    match part {
        Inline::Text(t) => Inline::Text(replaced(&t, facts)),
        Inline::Emphasis(p) => Inline::Emphasis(all(p)),
        Inline::Strong(p) => Inline::Strong(all(p)),
        Inline::Link { href, body } => Inline::Link {
            href: replaced(&href, facts),
            body: all(body),
        },
        Inline::Superscript(p) => Inline::Superscript(all(p)),
        other => other,
    }
}

fn replaced(text: &str, facts: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(STAND_IN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + STAND_IN.len()..];
        let fact = (after.split_once('#'))
            .and_then(|(n, tail)| Some((facts.get(n.parse::<usize>().ok()?)?, tail)));
        match fact {
            Some(((_, value), tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push_str(STAND_IN);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
