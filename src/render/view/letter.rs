//! The invitation letter (a collective letter), as its document shows it before its
//! Annex B: the letterhead, the body with the key deadlines, the closing and signature,
//! and Annex A. Its paragraphs are the organisation's standard texts ([`lang::letter`]),
//! each read as inline Markdown with the meeting's facts put in as data: a fact is never
//! read as markup, whatever it holds.

use serde::Serialize;

use super::Viewing;
use crate::lang::letter::Paragraphs;
use crate::model::rich::{Inline, Rich};
use chrono::NaiveDate;

use crate::diff::letter::LetterMarks;
use crate::model::{Letter, Meta, Period, Syntax};
use crate::render::documents::{LetterChanges, LetterFacts};

#[derive(Debug, Serialize)]
pub struct LetterView {
    /// "2025年6月4日，日内瓦" / "Geneva, 4 June 2025".
    pub date_place: String,
    /// An addendum's own line: "Addendum 1 to TSB Collective letter 3/12".
    pub stamp: Option<String>,
    pub reference_label: String,
    pub reference: Vec<String>,
    pub addressees_label: String,
    pub addressees: Vec<String>,
    /// The letterhead's contact lines: telephone, fax, e-mail, web (those given).
    pub contacts: Vec<ContactView>,
    pub subject_label: String,
    /// The meeting line (marked where an addendum changed it).
    pub subject: Rich,
    /// The paragraphs before the key deadlines.
    pub body: Vec<Rich>,
    pub deadlines_label: String,
    pub deadlines: Vec<LetterDeadline>,
    /// The paragraphs after them: wishes, regards.
    pub closing: Vec<Rich>,
    pub signature: Option<SignatureView>,
    pub information: Option<ContactView>,
    /// "Annexes: 2".
    pub annexes: String,
    pub annex_a: AnnexView,
}

/// A labelled line: "Tel:" and its value (marked where an addendum changed it), linked
/// where it is an address.
#[derive(Debug, Serialize)]
pub struct ContactView {
    pub label: String,
    pub value: Rich,
    pub href: Option<String>,
}

/// A key deadline: its date (marked where it moved) and what is due by then.
#[derive(Debug, Serialize)]
pub struct LetterDeadline {
    pub date: Rich,
    pub actions: Vec<Rich>,
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

/// The letter (or an addendum: `facts.addendum`) in the viewing's language, dated
/// `date`; with `changes`, its changed facts marked against the letter before.
pub(super) fn letter(
    facts: LetterFacts,
    date: NaiveDate,
    changes: Option<&LetterChanges>,
    cx: &Viewing,
) -> LetterView {
    let texts = facts.letter.paragraphs.get(cx.lang);
    let marked = changes.map(|c| (&c.marks, values(c.old, cx)));
    let values = marked_values(values(facts, cx), marked.as_ref());
    let say = |id: &str| texts.say(id, &[], &[]);
    let filled = |ids: Vec<&str>| ids.iter().map(|id| fill(texts, id, &values)).collect();
    let letter = facts.letter;
    LetterView {
        date_place: texts.say(
            "date-place",
            &[
                ("date", &cx.loc.long_date(date)),
                ("place", letter.place.get(cx.lang)),
            ],
            &[],
        ),
        stamp: facts.addendum.map(|n| addendum_label(n, letter, cx)),
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
        contacts: contacts(texts, &values),
        subject_label: say("subject-label"),
        subject: subject(
            facts.meta,
            changes.filter(|c| c.marks.subject).map(|c| c.old.meta),
            cx,
        ),
        body: filled(texts.starting("body-")),
        deadlines_label: say("deadlines-label"),
        deadlines: deadlines(facts.meta, changes.map(|c| (c.old.meta, &c.marks)), cx),
        closing: filled(texts.starting("closing-")),
        signature: letter.signature.as_ref().map(|s| SignatureView {
            name: s.name.get(cx.lang).to_string(),
            title: s.title.get(cx.lang).to_string(),
        }),
        information: (letter.information.as_ref())
            .map(|i| contact_view("web", say("information-label"), plain(i), i)),
        annexes: texts.say("annexes", &[("count", "2")], &[]),
        annex_a: annex_a(texts, &values),
    }
}

/// "Addendum 1 to TSB Collective letter 3/12": the addendum and the letter's first
/// reference line.
fn addendum_label(n: u32, letter: &Letter, cx: &Viewing) -> String {
    let reference = letter.reference.first().map_or("", |r| r.get(cx.lang));
    let n = n.to_string();
    cx.loc
        .text("letter-addendum", &[("n", &n), ("reference", reference)])
}

/// The meeting line, as the letter's subject; where its dates or venue changed, the older
/// one deleted and the newer inserted.
fn subject(meta: &Meta, before: Option<&Meta>, cx: &Viewing) -> Rich {
    let line = |m: &Meta| crate::render::wording::meeting_line(m, &cx.loc);
    match before {
        Some(old) => Rich::replaced(Rich::text(line(old)), Rich::text(line(meta))),
        None => Rich::text(line(meta)),
    }
}

/// The letterhead's contact lines, a changed one marked.
fn contacts(texts: &Paragraphs, values: &[Fact]) -> Vec<ContactView> {
    let fact = |key: &str| values.iter().find(|f| f.name == format!("contact_{key}"));
    (LETTERHEAD.iter())
        .filter_map(|(key, label)| {
            let f = fact(key)?;
            Some(contact_view(
                key,
                texts.say(label, &[], &[]),
                f.rich(),
                &f.value,
            ))
        })
        .collect()
}

fn contact_view(key: &str, label: String, value: Rich, address: &str) -> ContactView {
    let href = match key {
        "email" => Some(format!("mailto:{address}")),
        "web" => Some(address.to_string()),
        _ => None,
    };
    ContactView { label, value, href }
}

fn plain(t: &str) -> Rich {
    Rich::text(t)
}

/// The key deadlines, a moved one's date marked (the older deleted, the newer inserted).
fn deadlines(
    meta: &Meta,
    before: Option<(&Meta, &LetterMarks)>,
    cx: &Viewing,
) -> Vec<LetterDeadline> {
    (meta.deadlines.iter().enumerate())
        .map(|(i, d)| {
            let date = Rich::text(cx.loc.long_date(d.date));
            let old = before
                .filter(|(_, marks)| marks.deadlines.contains(&i))
                .and_then(|(m, _)| m.deadlines.get(i));
            LetterDeadline {
                date: match old {
                    Some(o) => Rich::replaced(Rich::text(cx.loc.long_date(o.date)), date),
                    None => date,
                },
                actions: d.actions.iter().map(|a| cx.rich(a)).collect(),
            }
        })
        .collect()
}

/// Annex A's sections: a `annex-a-heading-*` message starts one.
fn annex_a(texts: &Paragraphs, facts: &[Fact]) -> AnnexView {
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

/// A fact the paragraphs may say: its name, its value, and, where an addendum changed
/// it, the value before.
#[derive(Debug, Clone)]
struct Fact {
    name: String,
    value: String,
    old: Option<String>,
}

impl Fact {
    /// The value as a reader sees it: a changed one as the older deleted, the newer
    /// inserted.
    fn rich(&self) -> Rich {
        match &self.old {
            Some(old) => Rich::replaced(Rich::text(old.clone()), Rich::text(self.value.clone())),
            None => Rich::text(self.value.clone()),
        }
    }
}

/// `values`, each fact the marks say changed given its value before.
fn marked_values(
    values: Vec<(String, String)>,
    marked: Option<&(&LetterMarks, Vec<(String, String)>)>,
) -> Vec<Fact> {
    (values.into_iter())
        .map(|(name, value)| {
            let old = marked
                .filter(|(marks, _)| marks.facts.contains(&name))
                .and_then(|(_, old)| old.iter().find(|(n, _)| *n == name))
                .map(|(_, v)| v.clone());
            Fact { name, value, old }
        })
        .collect()
}

/// The values the paragraphs may name, by name ([`Letter::fact_names`]).
fn values(facts: LetterFacts, cx: &Viewing) -> Vec<(String, String)> {
    let (m, letter, lang) = (facts.meta, facts.letter, cx.lang);
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
        "chair_gender" => m.chair_gender.as_deref().unwrap_or("other").to_string(),
        _ => m.chair.get(lang).to_string(),
    };
    let mut out: Vec<(String, String)> = (Letter::FACTS.iter())
        .map(|f| (f.to_string(), fixed(f)))
        .collect();
    out.extend((letter.contacts.iter()).map(|(k, v)| (format!("contact_{k}"), v.clone())));
    let texts = letter.paragraphs.get(lang);
    for (name, rule) in &letter.deadlines {
        let falls = m.deadlines.iter().find(|d| d.before == Some(*rule));
        let date = falls.map(|d| cx.loc.long_date(d.date)).unwrap_or_default();
        out.push((format!("date_{name}"), date));
        out.push((format!("period_{name}"), period(texts, *rule)));
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

/// Paragraph `id`, read as inline Markdown with each fact put in as text (a changed one
/// marked). The chair's gender is given as itself: paragraphs choose on it, never show it.
fn fill(texts: &Paragraphs, id: &str, facts: &[Fact]) -> Rich {
    let stand_ins: Vec<String> = (facts.iter().enumerate())
        .map(|(i, f)| match f.name.as_str() {
            "chair_gender" => f.value.clone(),
            _ => format!("{STAND_IN}{i}#"),
        })
        .collect();
    let args: Vec<(&str, &str)> = (facts.iter().zip(&stand_ins))
        .map(|(f, s)| (f.name.as_str(), s.as_str()))
        .collect();
    let read = Rich::read(&texts.say(id, &args, &[]), Syntax::Markdown);
    Rich(put(read.0, facts))
}

/// `parts` with the stand-ins replaced by their facts: in a text, the fact as a reader
/// sees it (marked where it changed); in a link's address, its value.
fn put(parts: Vec<Inline>, facts: &[Fact]) -> Vec<Inline> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            Inline::Text(t) => out.extend(pieces(&t, facts)),
            Inline::Emphasis(p) => out.push(Inline::Emphasis(put(p, facts))),
            Inline::Strong(p) => out.push(Inline::Strong(put(p, facts))),
            Inline::Link { href, body } => out.push(Inline::Link {
                href: (pieces(&href, facts)
                    .iter()
                    .map(|p| Rich(vec![p.clone()]).plain()))
                .collect::<String>(),
                body: put(body, facts),
            }),
            Inline::Superscript(p) => out.push(Inline::Superscript(put(p, facts))),
            other => out.push(other),
        }
    }
    out
}

/// `text` cut at its stand-ins, each replaced by its fact.
fn pieces(text: &str, facts: &[Fact]) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain = String::new();
    while let Some(at) = rest.find(STAND_IN) {
        plain.push_str(&rest[..at]);
        let after = &rest[at + STAND_IN.len()..];
        let fact = (after.split_once('#'))
            .and_then(|(n, tail)| Some((facts.get(n.parse::<usize>().ok()?)?, tail)));
        match fact {
            Some((f, tail)) if f.old.is_some() => {
                out.extend((!plain.is_empty()).then(|| Inline::Text(std::mem::take(&mut plain))));
                out.extend(f.rich().0);
                rest = tail;
            }
            Some((f, tail)) => {
                plain.push_str(&f.value);
                rest = tail;
            }
            None => {
                plain.push_str(STAND_IN);
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    out.extend((!plain.is_empty()).then_some(Inline::Text(plain)));
    out
}
