//! Changes between two versions of a time plan. Sessions are matched by id; a cell of a
//! day row (whose id is its place) that left its place and appears, with the same groups
//! and text, at another is a move. Groups, rooms, slots and footnotes are matched by id
//! or mark, so renaming a group is one change, not one per session.

mod sessions;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::NoteDelta;
use super::agenda::{text_changes, written};
use super::words::{self, Texts};
use crate::model::reading::seen;
use crate::model::{Hours, Located, Row, Status, Syntax, Timeplan, Tr};

/// A place in the time plan: a day and the id of the slot a session starts at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct At {
    pub date: NaiveDate,
    pub slot: String,
}

/// A session as a change names it: its id, its groups, and where it is (in the newer
/// plan; for a session removed, where it was).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionRef {
    pub id: String,
    pub groups: Vec<String>,
    pub at: At,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimeplanChange {
    HeadingChanged {
        texts: Texts,
    },
    /// The sentence under the heading added, removed (all its words inserted or deleted)
    /// or changed.
    BannerChanged {
        texts: Texts,
    },
    SlotAdded {
        slot: String,
    },
    SlotRemoved {
        slot: String,
    },
    /// A slot's usual hours, or its hours on some days, changed.
    SlotHoursChanged {
        slot: String,
    },
    /// A slot's label changed (given, changed or taken away).
    SlotRenamed {
        slot: String,
        texts: Texts,
    },
    DayAdded {
        date: NaiveDate,
    },
    DayRemoved {
        date: NaiveDate,
    },
    WholeRowChanged {
        date: NaiveDate,
        texts: Texts,
    },
    GroupAdded {
        group: String,
    },
    GroupRemoved {
        group: String,
    },
    GroupRenamed {
        group: String,
        texts: Texts,
    },
    GroupCodeChanged {
        group: String,
        from: Option<Codes>,
        to: Option<Codes>,
    },
    GroupReparented {
        group: String,
        from: Option<String>,
        to: Option<String>,
    },
    RoomRenamed {
        room: String,
        texts: Texts,
    },
    SessionAdded {
        session: SessionRef,
    },
    SessionRemoved {
        session: SessionRef,
    },
    SessionMoved {
        session: SessionRef,
        from: At,
        to: At,
    },
    SpanChanged {
        session: SessionRef,
        from: usize,
        to: usize,
    },
    HoursChanged {
        session: SessionRef,
        from: Option<Hours>,
        to: Option<Hours>,
    },
    RoomChanged {
        session: SessionRef,
        from: Option<String>,
        to: Option<String>,
    },
    /// Joined (groups added) or split (groups removed).
    GroupsChanged {
        session: SessionRef,
        from: Vec<String>,
        to: Vec<String>,
    },
    StatusChanged {
        session: SessionRef,
        from: Status,
        to: Status,
    },
    /// Its code ("PL-3", "WP1-2") given, changed or taken away.
    CodeChanged {
        session: SessionRef,
        from: Option<String>,
        to: Option<String>,
    },
    MarksChanged {
        session: SessionRef,
        from: Vec<String>,
        to: Vec<String>,
    },
    TextChanged {
        session: SessionRef,
        texts: Texts,
    },
    /// The documents the time plan lists for the session: those it lists anew, and those
    /// it no longer does (by number).
    DocumentsChanged {
        session: SessionRef,
        added: Vec<String>,
        removed: Vec<String>,
    },
    Footnote {
        mark: String,
        change: NoteDelta,
    },
    Note(super::NoteChange),
}

impl TimeplanChange {
    /// The session a change is about, if it is about one.
    pub fn session(&self) -> Option<&SessionRef> {
        use TimeplanChange::*;
        match self {
            SessionAdded { session }
            | SessionRemoved { session }
            | SessionMoved { session, .. }
            | SpanChanged { session, .. }
            | HoursChanged { session, .. }
            | RoomChanged { session, .. }
            | GroupsChanged { session, .. }
            | StatusChanged { session, .. }
            | CodeChanged { session, .. }
            | MarksChanged { session, .. }
            | TextChanged { session, .. }
            | DocumentsChanged { session, .. } => Some(session),
            _ => None,
        }
    }

    /// Whether the change is about group `id`: one of its sessions (before or after a
    /// change of groups), or the group itself.
    pub fn concerns_group(&self, id: &str) -> bool {
        use TimeplanChange::*;
        let named = |g: &String| g == id;
        match self {
            GroupsChanged { session, from, .. } => {
                session.groups.iter().any(named) || from.iter().any(named)
            }
            GroupAdded { group }
            | GroupRemoved { group }
            | GroupRenamed { group, .. }
            | GroupCodeChanged { group, .. }
            | GroupReparented { group, .. } => group == id,
            other => other.session().is_some_and(|s| s.groups.iter().any(named)),
        }
    }
}

pub fn diff(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let mut out = Vec::new();
    if let Some(texts) = text_changes(&old.heading, &new.heading, syntax) {
        out.push(TimeplanChange::HeadingChanged { texts });
    }
    out.extend(banner(old, new, syntax));
    out.extend(slots(old, new, syntax));
    out.extend(days(old, new, syntax));
    out.extend(groups(old, new));
    out.extend(rooms(old, new));
    out.extend(sessions::diff(old, new, syntax));
    out.extend(footnotes(old, new, syntax));
    out.extend(
        super::notes(&old.notes, &new.notes, syntax)
            .into_iter()
            .map(TimeplanChange::Note),
    );
    out
}

fn slots(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let mut out = Vec::new();
    for s in &new.slots {
        let Some(o) = old.slots.iter().find(|o| o.id == s.id) else {
            out.push(TimeplanChange::SlotAdded { slot: s.id.clone() });
            continue;
        };
        if o.hours != s.hours || o.overrides != s.overrides {
            out.push(TimeplanChange::SlotHoursChanged { slot: s.id.clone() });
        }
        if let Some(texts) = label_changes(o.label.as_ref(), s.label.as_ref(), syntax) {
            let slot = s.id.clone();
            out.push(TimeplanChange::SlotRenamed { slot, texts });
        }
    }
    let gone = old
        .slots
        .iter()
        .filter(|o| !new.slots.iter().any(|s| s.id == o.id));
    out.extend(gone.map(|s| TimeplanChange::SlotRemoved { slot: s.id.clone() }));
    out
}

/// The word changes of a slot's label: of its text, or all of it where only one version
/// has a label.
fn label_changes(old: Option<&Tr>, new: Option<&Tr>, syntax: Syntax) -> Option<Texts> {
    let (a, b) = match (old, new) {
        (Some(a), Some(b)) => return text_changes(a, b, syntax),
        (None, None) => return None,
        (a, b) => (a, b),
    };
    let langs = a.or(b).map(|t| t.0.keys().cloned().collect::<Vec<_>>());
    let said = |t: Option<&Tr>, lang: &str| t.map_or(String::new(), |t| seen(t.get(lang), syntax));
    let texts: Texts = (langs.unwrap_or_default().into_iter())
        .map(|l| {
            let pieces = words::diff(&said(a, &l), &said(b, &l));
            (l, pieces)
        })
        .collect();
    Some(texts)
}

fn day_rows(t: &Timeplan) -> BTreeMap<NaiveDate, Option<&Tr>> {
    let mut out = BTreeMap::new();
    for row in &t.rows {
        match row {
            Row::Day { date, .. } => {
                out.insert(*date, None);
            }
            Row::Whole { from, to, text } => {
                for d in from.iter_days().take_while(|d| d <= to) {
                    out.insert(d, Some(text));
                }
            }
        }
    }
    out
}

/// Days added and removed, and whole-row entries changed: one change for an entry over
/// several days (the weekend), on its first day.
fn days(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let (old_days, new_days) = (day_rows(old), day_rows(new));
    let mut out = Vec::new();
    let mut previous: Option<(&Tr, &Tr)> = None;
    for (date, whole) in &new_days {
        match (old_days.get(date), whole) {
            (None, _) => out.push(TimeplanChange::DayAdded { date: *date }),
            (Some(Some(was)), Some(now)) => {
                let same_row =
                    previous.is_some_and(|(a, b)| std::ptr::eq(a, *was) && std::ptr::eq(b, *now));
                previous = Some((was, now));
                if same_row {
                    continue;
                }
                if let Some(texts) = text_changes(was, now, syntax) {
                    out.push(TimeplanChange::WholeRowChanged { date: *date, texts });
                }
            }
            _ => previous = None,
        }
    }
    out.extend(
        old_days
            .keys()
            .filter(|d| !new_days.contains_key(d))
            .map(|d| TimeplanChange::DayRemoved { date: *d }),
    );
    out
}

/// The sentence under the heading: added, removed or changed, as its words.
fn banner(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Option<TimeplanChange> {
    // A text of no words in each language of `t`, for the version without a banner.
    let blank = |t: &Tr| {
        let texts = t.0.iter().map(|(lang, x)| {
            let text = String::new();
            (lang.clone(), Located { text, ..x.clone() })
        });
        Tr(texts.collect())
    };
    let texts = match (&old.banner, &new.banner) {
        (None, None) => return None,
        (Some(o), Some(n)) => text_changes(o, n, syntax),
        (None, Some(n)) => text_changes(&blank(n), n, syntax),
        (Some(o), None) => text_changes(o, &blank(o), syntax),
    }?;
    Some(TimeplanChange::BannerChanged { texts })
}

/// Groups added, removed, renamed, given another code or another parent: each once.
fn groups(old: &Timeplan, new: &Timeplan) -> Vec<TimeplanChange> {
    let mut out = Vec::new();
    for g in &new.groups {
        let group = g.id.clone();
        let Some(o) = old.group(&g.id) else {
            out.push(TimeplanChange::GroupAdded { group });
            continue;
        };
        // A group's name is shown as written, never as Markdown.
        if let Some(texts) = text_changes(&o.name, &g.name, Syntax::Literal) {
            out.push(TimeplanChange::GroupRenamed {
                group: group.clone(),
                texts,
            });
        }
        let (from, to) = (codes(&o.code), codes(&g.code));
        if differ(from.as_ref(), to.as_ref()) {
            out.push(TimeplanChange::GroupCodeChanged {
                group: group.clone(),
                from,
                to,
            });
        }
        if o.parent != g.parent {
            let (from, to) = (o.parent.clone(), g.parent.clone());
            out.push(TimeplanChange::GroupReparented { group, from, to });
        }
    }
    let gone = old.groups.iter().filter(|o| new.group(&o.id).is_none());
    out.extend(gone.map(|g| TimeplanChange::GroupRemoved {
        group: g.id.clone(),
    }));
    out
}

/// A group's short form in each language (a revision may be published in fewer).
pub type Codes = BTreeMap<String, String>;

fn codes(code: &Option<Tr>) -> Option<Codes> {
    let texts = code.as_ref()?.0.iter();
    Some(
        texts
            .map(|(lang, c)| (lang.clone(), c.text.clone()))
            .collect(),
    )
}

/// Whether two versions' short forms differ in a language both have, or one has none.
fn differ(old: Option<&Codes>, new: Option<&Codes>) -> bool {
    match (old, new) {
        (Some(a), Some(b)) => a
            .iter()
            .any(|(lang, c)| b.get(lang).is_some_and(|d| d != c)),
        (a, b) => a.is_some() != b.is_some(),
    }
}

fn rooms(old: &Timeplan, new: &Timeplan) -> Vec<TimeplanChange> {
    let renamed = new.rooms.iter().filter_map(|r| {
        let o = old.room(&r.id)?;
        let texts = text_changes(&o.name, &r.name, Syntax::Literal)?;
        Some(TimeplanChange::RoomRenamed {
            room: r.id.clone(),
            texts,
        })
    });
    renamed.collect()
}

/// Footnotes added, removed or changed, by mark.
fn footnotes(old: &Timeplan, new: &Timeplan, syntax: Syntax) -> Vec<TimeplanChange> {
    let mut out = Vec::new();
    for f in &new.footnotes {
        let change = match old.footnotes.iter().find(|o| o.mark == f.mark) {
            None => Some(NoteDelta::Added(written(&f.text))),
            Some(o) => text_changes(&o.text, &f.text, syntax).map(NoteDelta::Changed),
        };
        out.extend(change.map(|change| TimeplanChange::Footnote {
            mark: f.mark.clone(),
            change,
        }));
    }
    for o in &old.footnotes {
        if !new.footnotes.iter().any(|f| f.mark == o.mark) {
            let mark = o.mark.clone();
            out.push(TimeplanChange::Footnote {
                mark,
                change: NoteDelta::Removed(written(&o.text)),
            });
        }
    }
    out
}
