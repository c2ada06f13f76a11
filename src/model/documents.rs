//! The meeting's documents, checked: the register (every contribution and temporary
//! document, sorted by number) and what an agenda allocates of it. A document is known
//! by its number, matched whatever its spacing and case ("TD 45/GEN" is "td45/gen"); a
//! revision ("C 12 Rev.1") replaces the document of the same number without it, or with
//! the revision before.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

/// A document of the register.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its number as the register writes it, its spaces made single ("C 12 Rev.1").
    pub number: String,
    pub title: String,
    pub source: String,
    pub date: Option<NaiveDate>,
    pub link: Option<String>,
    /// The ids of the groups it is for.
    pub groups: Vec<String>,
    pub withdrawn: Option<Withdrawn>,
    /// Where its texts were written (none for a document known by its number alone).
    pub written: Option<Written>,
    /// Its number read once: what it is matched by, and what it revises.
    pub identity: Identity,
}

/// A document's number read: its key, and the key of the number it revises with its
/// revision ("C 12 Rev.2" → "C12REV.2", "C12", 2). Read once, where the document is
/// made: the diff, the allocation table and every calendar event ask for it.
#[derive(Debug, Clone)]
pub struct Identity {
    key: String,
    base: String,
    revision: u32,
}

impl Identity {
    /// The identity of `number`.
    pub fn of(number: &str) -> Identity {
        let (base, revision) = split_revision(number);
        Identity {
            key: key(number),
            base: key(&base),
            revision,
        }
    }
}

/// Where a document's texts were written: for the checks that point at them (the glyph
/// check).
#[derive(Debug, Clone)]
pub struct Written {
    pub file: Arc<crate::diag::SourceFile>,
    pub title: crate::diag::Pos,
    pub source: crate::diag::Pos,
}

/// When a document was withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawn {
    /// On this day: issues of the agenda from then on may not allocate it.
    On(NaiveDate),
    /// For every issue (the register does not say when).
    Always,
}

impl Document {
    /// A document known by its number alone (in an agenda read without its register).
    pub fn named(number: &str) -> Document {
        let number = normalised(number);
        Document {
            identity: Identity::of(&number),
            number,
            title: String::new(),
            source: String::new(),
            date: None,
            link: None,
            groups: Vec::new(),
            withdrawn: None,
            written: None,
        }
    }

    /// Whether it is withdrawn as of an issue dated `day`.
    pub fn withdrawn_by(&self, day: NaiveDate) -> bool {
        match self.withdrawn {
            Some(Withdrawn::On(d)) => d <= day,
            Some(Withdrawn::Always) => true,
            None => false,
        }
    }

    /// Its key: the number it is matched by.
    pub fn key(&self) -> String {
        self.identity.key.clone()
    }

    /// The key of the document it revises, and its revision ("C 12 Rev.2" → "C12", 2;
    /// "C 12" → "C12", 0).
    pub fn revises(&self) -> (String, u32) {
        (self.identity.base.clone(), self.identity.revision)
    }
}

/// The number a document is matched by: without spaces, in capitals.
pub fn key(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// A number with its spaces made single and trimmed.
pub fn normalised(number: &str) -> String {
    number.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number split into the number it revises and its revision: "C 12 Rev.1" → ("C 12",
/// 1); "TD 45/GEN (Rev.2)" → ("TD 45/GEN", 2); "TD 12 Rev.1 (PLEN/12)" → ("TD 12
/// (PLEN/12)", 1); "C 12" → ("C 12", 0).
pub fn split_revision(number: &str) -> (String, u32) {
    let number = number.trim();
    let whole = (number.to_string(), 0);
    // ASCII lower case keeps every byte where it is: the indices hold in `number`.
    let lower = number.to_ascii_lowercase();
    let Some(at) = lower.rfind("rev") else {
        return whole;
    };
    let after = lower[at + 3..].trim_start_matches('.').trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let rest = after[digits.len()..].trim();
    // What may follow the revision: nothing, the parenthesis it opened, or a group's.
    let opened = lower[..at].trim_end().ends_with('(');
    let suffix = match rest {
        "" => "",
        ")" if opened => "",
        r if r.starts_with('(') && r.ends_with(')') && !opened => &number[number.len() - r.len()..],
        _ => return whole,
    };
    let Ok(n) = digits.parse::<u32>() else {
        return whole;
    };
    let base = number[..at].trim_end().trim_end_matches('(').trim_end();
    match suffix.is_empty() {
        true => (base.to_string(), n),
        false => (format!("{base} {}", suffix.trim()), n),
    }
}

/// Document numbers in the order a reader expects: by their letters, then by the
/// value of their numbers ("C 2" before "C 12"), then the rest.
pub fn by_number(a: &str, b: &str) -> Ordering {
    let (ca, cb) = (chunks(a), chunks(b));
    ca.cmp(&cb).then_with(|| a.cmp(b))
}

/// A number as runs of letters (in capitals) and of digits (as values).
fn chunks(number: &str) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    for c in number.chars().filter(|c| !c.is_whitespace()) {
        match (c.to_digit(10), out.last_mut()) {
            (Some(d), Some(Chunk::Number(n))) => {
                *n = n.saturating_mul(10).saturating_add(u64::from(d))
            }
            (Some(d), _) => out.push(Chunk::Number(u64::from(d))),
            (None, Some(Chunk::Text(t))) => t.extend(c.to_uppercase()),
            (None, _) => out.push(Chunk::Text(c.to_uppercase().collect())),
        }
    }
    out
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Chunk {
    Text(String),
    Number(u64),
}

/// The register: every document, sorted by number.
#[derive(Debug, Default)]
pub struct Register {
    pub documents: Vec<Arc<Document>>,
    by_key: HashMap<String, usize>,
}

impl Register {
    /// The register of `documents` (whose keys are distinct), sorted by number.
    pub fn new(mut documents: Vec<Arc<Document>>) -> Register {
        documents.sort_by(|a, b| by_number(&a.number, &b.number));
        let by_key = (documents.iter().enumerate())
            .map(|(i, d)| (d.key(), i))
            .collect();
        Register { documents, by_key }
    }

    /// The document numbered `number` (whatever its spacing and case).
    pub fn get(&self, number: &str) -> Option<&Arc<Document>> {
        self.by_key.get(&key(number)).map(|i| &self.documents[*i])
    }

    /// The documents registered by `day` (those without a date always are).
    pub fn as_of(&self, day: NaiveDate) -> impl Iterator<Item = &Arc<Document>> {
        (self.documents.iter()).filter(move |d| d.date.is_none_or(|date| date <= day))
    }

    /// The documents current on `day`: registered by then, not withdrawn by then, and
    /// not replaced by a later revision registered by then; by number.
    pub fn current(&self, day: NaiveDate) -> Vec<&Arc<Document>> {
        let registered: Vec<&Arc<Document>> = self.as_of(day).collect();
        let latest = latest_revisions(&registered, day);
        let is_latest = |d: &&Arc<Document>| {
            let (base, revision) = d.revises();
            latest.get(&base).is_none_or(|(r, _)| *r == revision)
        };
        (registered.iter().copied())
            .filter(|d| !d.withdrawn_by(day))
            .filter(is_latest)
            .collect()
    }
}

/// The documents a session takes: those the time plan lists for it; else, as `agenda`
/// (the issue in effect) has them, those of the items (and their sub-items) taken at it,
/// in agenda order; else, for a session of groups, the documents of `register` for any
/// of its groups that are current on its day (registered by then, neither withdrawn nor
/// replaced by a revision registered by then).
pub fn for_session(
    (agenda, register): (&crate::model::Agenda, Option<&Register>),
    session: &crate::model::Session,
) -> Vec<Arc<Document>> {
    fn taken(
        items: &[crate::model::AgendaItem],
        id: &str,
        within: bool,
        out: &mut Vec<Arc<Document>>,
    ) {
        for item in items {
            let own = item.taken.iter().any(|t| t.session == id);
            // A sub-item taken at sessions of its own is not taken at its item's.
            let here = own || within && item.taken.is_empty();
            if here {
                for d in &item.documents {
                    if !out.iter().any(|o| Arc::ptr_eq(o, d)) {
                        out.push(Arc::clone(d));
                    }
                }
            }
            taken(&item.items, id, here, out);
        }
    }
    if !session.documents.is_empty() {
        return session.documents.clone();
    }
    let mut out = Vec::new();
    taken(&agenda.items, &session.id, false, &mut out);
    if !out.is_empty() || session.groups.is_empty() {
        return out;
    }
    let Some(register) = register else {
        return out;
    };
    let current = register.current(session.date);
    let for_groups = |d: &&Arc<Document>| d.groups.iter().any(|g| session.groups.contains(g));
    current.into_iter().filter(for_groups).cloned().collect()
}

/// Where a document of the register stands in an issue of the agenda: a row of its
/// allocation table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Allocation {
    /// Allocated under these items (their numbers, in agenda order).
    Under(Vec<String>),
    /// Not allocated: withdrawn by the date.
    Withdrawn,
    /// Not allocated: replaced by this later revision, registered by the date.
    Replaced(String),
    /// Not allocated (yet).
    Unallocated,
}

/// The allocation table of an issue: every document registered by its date (and any it
/// allocates), by number, with where it stands.
pub fn allocation(agenda: &crate::model::Agenda) -> Vec<(Arc<Document>, Allocation)> {
    fn walk(items: &[crate::model::AgendaItem], out: &mut HashMap<String, Vec<String>>) {
        for item in items {
            for d in &item.documents {
                out.entry(d.key()).or_default().push(item.number.clone());
            }
            walk(&item.items, out);
        }
    }
    let Some(issued) = &agenda.register else {
        return Vec::new();
    };
    let mut under = HashMap::new();
    walk(&agenda.items, &mut under);
    // Those registered by its date, and any it allocates that were registered later.
    let listed = |d: &&Arc<Document>| {
        d.date.is_none_or(|day| day <= issued.date) || under.contains_key(&d.key())
    };
    let registered: Vec<&Arc<Document>> = issued.register.documents.iter().filter(listed).collect();
    let latest = latest_revisions(&registered, issued.date);
    let row = |d: &Arc<Document>| {
        let (base, revision) = d.revises();
        let state = match under.remove(&d.key()) {
            Some(items) => Allocation::Under(items),
            None if d.withdrawn_by(issued.date) => Allocation::Withdrawn,
            None => match latest.get(&base) {
                Some((r, number)) if *r > revision => Allocation::Replaced(number.clone()),
                _ => Allocation::Unallocated,
            },
        };
        (Arc::clone(d), state)
    };
    registered.into_iter().map(row).collect()
}

/// The latest revision of each document among `docs` that is not withdrawn by `day`,
/// and its number, by the key of the number it revises.
fn latest_revisions(docs: &[&Arc<Document>], day: NaiveDate) -> HashMap<String, (u32, String)> {
    let mut latest: HashMap<String, (u32, String)> = HashMap::new();
    for d in docs.iter().filter(|d| !d.withdrawn_by(day)) {
        let (base, revision) = d.revises();
        let at = latest.entry(base).or_insert((revision, d.number.clone()));
        if revision > at.0 {
            *at = (revision, d.number.clone());
        }
    }
    latest
}

/// The register as an issue of the agenda sees it: the register, and the date.
#[derive(Debug, Clone)]
pub struct Issued {
    pub register: Arc<Register>,
    pub date: NaiveDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_read_off_the_number() {
        let split = |n: &str| {
            let (base, revision) = split_revision(n);
            (base, revision)
        };
        assert_eq!(split("C 12 Rev.1"), ("C 12".into(), 1));
        assert_eq!(split("TD 45/GEN (Rev.2)"), ("TD 45/GEN".into(), 2));
        assert_eq!(
            split("TD 12 Rev.1 (PLEN/12)"),
            ("TD 12 (PLEN/12)".into(), 1)
        );
        assert_eq!(split("C 12 Rev 1"), ("C 12".into(), 1));
        assert_eq!(split("TD45R1"), ("TD45R1".into(), 0));
        assert_eq!(split("C 12 Add.1 rev.3"), ("C 12 Add.1".into(), 3));
        assert_eq!(split("C 12"), ("C 12".into(), 0));
        assert_eq!(split("Review 5"), ("Review 5".into(), 0));
        assert_eq!(split("C 12 Rev.1x"), ("C 12 Rev.1x".into(), 0));
    }

    #[test]
    fn numbers_sort_by_value() {
        let mut n = vec![
            "TD 3/GEN",
            "C 12",
            "C 2",
            "C 12 Rev.1",
            "C 100",
            "TD 10/GEN",
        ];
        n.sort_by(|a, b| by_number(a, b));
        assert_eq!(
            n,
            [
                "C 2",
                "C 12",
                "C 12 Rev.1",
                "C 100",
                "TD 3/GEN",
                "TD 10/GEN"
            ]
        );
        assert_eq!(key("td 45/gen"), key("TD45/GEN"));
    }
}
