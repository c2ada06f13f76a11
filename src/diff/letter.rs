//! What an addendum changes in the letter: the meeting's days (and with them the
//! deadlines given by rules), its opening, venue and premises, registration and contacts.
//! Compared once here; the addendum's documents say the changes and mark the facts.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use std::collections::BTreeMap;

use crate::model::{Letter, Meta};

/// A text in each language.
pub type Texts = BTreeMap<String, String>;

/// One change of the letter's facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LetterChange {
    /// The meeting's days.
    Dates {
        old: (NaiveDate, NaiveDate),
        new: (NaiveDate, NaiveDate),
    },
    /// When the first day opens.
    Opening {
        old: Option<NaiveTime>,
        new: Option<NaiveTime>,
    },
    Venue {
        old: Texts,
        new: Texts,
    },
    Premises {
        old: Texts,
        new: Texts,
    },
    /// When and where registration opens.
    Registration {
        old: (NaiveTime, Texts),
        new: (NaiveTime, Texts),
    },
    /// A contact changed (or was added: `old` none).
    Contact {
        name: String,
        old: Option<String>,
        new: String,
    },
    /// The deadline at `index` (in the letter's order) moves.
    Deadline {
        index: usize,
        old: NaiveDate,
        new: NaiveDate,
    },
}

/// The changes from the letter as `old` leaves it to the letter as `new` does.
pub fn diff(old: (&Meta, &Letter), new: (&Meta, &Letter)) -> Vec<LetterChange> {
    let ((om, ol), (nm, nl)) = (old, new);
    let mut out = Vec::new();
    if (om.first_day, om.last_day) != (nm.first_day, nm.last_day) {
        out.push(LetterChange::Dates {
            old: (om.first_day, om.last_day),
            new: (nm.first_day, nm.last_day),
        });
    }
    if om.first_day_start != nm.first_day_start {
        out.push(LetterChange::Opening {
            old: om.first_day_start,
            new: nm.first_day_start,
        });
    }
    if om.venue.texts() != nm.venue.texts() {
        out.push(LetterChange::Venue {
            old: om.venue.texts(),
            new: nm.venue.texts(),
        });
    }
    if ol.premises.texts() != nl.premises.texts() {
        out.push(LetterChange::Premises {
            old: ol.premises.texts(),
            new: nl.premises.texts(),
        });
    }
    let registration = |l: &Letter| (l.registration, l.registration_at.texts());
    if registration(ol) != registration(nl) {
        out.push(LetterChange::Registration {
            old: registration(ol),
            new: registration(nl),
        });
    }
    out.extend(contacts(ol, nl));
    let moved = (om.deadlines.iter().zip(&nm.deadlines).enumerate())
        .filter(|(_, (o, n))| o.date != n.date)
        .map(|(index, (o, n))| LetterChange::Deadline {
            index,
            old: o.date,
            new: n.date,
        });
    out.extend(moved);
    out
}

fn contacts(old: &Letter, new: &Letter) -> Vec<LetterChange> {
    let before = |name: &str| old.contacts.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    (new.contacts.iter())
        .filter(|(name, value)| before(name) != Some(value))
        .map(|(name, value)| LetterChange::Contact {
            name: name.clone(),
            old: before(name).cloned(),
            new: value.clone(),
        })
        .collect()
}

/// The same changes as marks: the names of the facts the paragraphs say that changed
/// (`from_to`, `date_visa`, `contact_travel`), whether the meeting line changed (its
/// dates or venue), and which deadlines moved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LetterMarks {
    pub facts: BTreeSet<String>,
    pub subject: bool,
    pub deadlines: BTreeSet<usize>,
}

/// The marks of `changes` on the newer letter (`named`: its named deadlines' names and the
/// index of each in the meeting's list).
pub fn marks(changes: &[LetterChange], named: &[(String, usize)]) -> LetterMarks {
    let mut m = LetterMarks::default();
    let mut fact = |f: &str| m.facts.insert(f.to_string());
    for c in changes {
        match c {
            LetterChange::Dates { .. } => {
                fact("from_to");
            }
            LetterChange::Opening { .. } => {
                fact("opening");
            }
            LetterChange::Venue { .. } => {}
            LetterChange::Premises { .. } => {
                fact("premises");
            }
            LetterChange::Registration { .. } => {
                fact("registration_time");
                fact("registration_place");
            }
            LetterChange::Contact { name, .. } => {
                fact(&format!("contact_{name}"));
            }
            LetterChange::Deadline { index, .. } => {
                for (name, _) in named.iter().filter(|(_, i)| i == index) {
                    fact(&format!("date_{name}"));
                }
            }
        }
    }
    for c in changes {
        match c {
            LetterChange::Dates { .. } | LetterChange::Venue { .. } => m.subject = true,
            LetterChange::Deadline { index, .. } => {
                m.deadlines.insert(*index);
            }
            _ => {}
        }
    }
    m
}
