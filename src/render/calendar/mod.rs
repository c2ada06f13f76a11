//! Calendars (iCalendar, RFC 5545) that follow the time plan's revisions: every session of
//! the latest plan as an event whose UID comes from the meeting's and the session's ids,
//! so that a subscribed calendar moves a moved session instead of adding another, with a
//! `SEQUENCE` counting the revisions that changed anything a subscriber sees of it (its
//! time, place, status, name, text or footnotes, its slot's hours, its groups' and room's
//! names), and its description naming the issue that last did. A session cancelled, or
//! dropped by a revision, stays in the feed as cancelled (a cell of the letter's coarse
//! plan, replaced by a detailed plan, too: a calendar imported in turn must lose it). The
//! meeting's calendar also has the letter's deadlines, as all-day events; a group's has its
//! sessions, its parents' and the plenaries.
//!
//! [`feed`] works out the events once per meeting, from the diffs the documents hold;
//! [`ics::calendar`] writes them in one language.

pub mod ics;
mod zone;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::documents::Document;
use crate::diff::TimeplanChange;
use crate::diff::marks::TimeplanMarks;
use crate::model::{Deadline, GroupKind, Meeting, Session, Timeplan};

/// The events of a meeting's calendars, in every language.
pub struct Feed<'a> {
    /// The plan in effect: the latest revision's, else the draft's.
    pub plan: &'a Timeplan,
    /// "TD211 Rev.1" (none for the draft).
    pub label: Option<String>,
    /// When the plan in effect was issued (the draft: the first day), for `DTSTAMP`.
    pub issued: NaiveDate,
    pub events: Vec<Event<'a>>,
    /// The letter's deadlines in effect (the last addendum's, else the meeting's), each
    /// with how many addenda moved it.
    pub deadlines: Vec<(&'a Deadline, u32)>,
}

/// A session as the calendar shows it.
pub struct Event<'a> {
    pub session: &'a Session,
    /// The plan that places it: the plan in effect, or for a session a revision dropped,
    /// the last plan that had it.
    pub plan: &'a Timeplan,
    /// How many revisions changed it since it first appeared.
    pub sequence: u32,
    /// When it last changed (or first appeared), for `LAST-MODIFIED`.
    pub modified: NaiveDate,
    /// The issue that last changed it (or brought it): "TD211 Rev.1"; none for the draft.
    pub label: Option<String>,
    /// Whether a revision dropped it: it is shown cancelled.
    pub dropped: bool,
    /// The documents it takes, as the agenda in effect has them (see
    /// [`crate::model::documents::for_session`]).
    pub documents: Vec<std::sync::Arc<crate::model::documents::Document>>,
}

/// What is known of a session's past: how many revisions changed it, and the issue of the
/// last (or of its first appearance).
#[derive(Clone)]
struct Past {
    sequence: u32,
    issue: Issue,
}

/// An issue of the time plan: its date, its place in the stream (0 for the draft) and its
/// label ("TD211 Rev.1"; none for the draft, unless it is numbered).
#[derive(Clone)]
struct Issue {
    date: NaiveDate,
    revision: usize,
    label: Option<String>,
}

/// The plans in turn: each with its date and label ("TD211 Rev.1"; none for the draft,
/// unless it is numbered).
type Version<'a> = (&'a Timeplan, NaiveDate, Option<String>);

/// The events of `meeting`, from the time plan's documents among `docs`.
pub fn feed<'a>(meeting: &'a Meeting, docs: &[Document<'a>]) -> Feed<'a> {
    let meta = &meeting.meta;
    let draft: Version = (
        &meeting.timeplan,
        meta.draft_issued(),
        meta.draft_number.clone(),
    );
    let mut versions = vec![draft.clone()];
    let mut history = History::default();
    let first = Issue {
        date: draft.1,
        revision: 0,
        label: draft.2.clone(),
    };
    for s in &meeting.timeplan.sessions {
        let past = Past {
            sequence: 0,
            issue: first.clone(),
        };
        history.past.insert(&s.id, past);
    }
    for doc in docs.iter().filter(|d| d.timeplan.is_some()) {
        let (Some(plan), Some(c), Some((label, date))) = (doc.timeplan, &doc.changes, &doc.stamp)
        else {
            continue;
        };
        let old = versions.last().map_or(plan, |v| v.0);
        let issue = Issue {
            date: *date,
            revision: versions.len(),
            label: Some(label.clone()),
        };
        for change in &c.timeplan {
            history.record(change, (old, plan), &issue);
        }
        history.affected(&c.timeplan_marks, plan, &issue);
        versions.push((plan, *date, Some(label.clone())));
    }
    let (plan, issued, label) = versions.pop().unwrap_or(draft);
    let mut events = history.events(plan, issued);
    let agenda = meeting
        .agenda_revisions
        .last()
        .map_or(&meeting.agenda, |r| &r.doc);
    for e in events.iter_mut().filter(|e| !e.dropped) {
        let register = meeting.register.as_deref();
        e.documents = crate::model::documents::for_session((agenda, register), e.session);
    }
    Feed {
        plan,
        label,
        issued,
        events,
        deadlines: deadlines(meeting, docs),
    }
}

/// The deadlines in effect, each with how many addenda moved it (as their changes
/// documents' diffs say).
fn deadlines<'a>(meeting: &'a Meeting, docs: &[Document<'a>]) -> Vec<(&'a Deadline, u32)> {
    let in_effect = meeting.addenda.last().map_or(&meeting.meta, |a| &a.meta);
    let moves: Vec<usize> = (docs.iter())
        .filter_map(|d| d.changes.as_ref()?.letter.as_ref())
        .flat_map(|l| l.changes.iter())
        .filter_map(|c| match c {
            crate::diff::letter::LetterChange::Deadline { index, .. } => Some(*index),
            _ => None,
        })
        .collect();
    (in_effect.deadlines.iter().enumerate())
        .map(|(i, d)| (d, moves.iter().filter(|m| **m == i).count() as u32))
        .collect()
}

/// The sessions' pasts, and the sessions revisions dropped, as they last were.
#[derive(Default)]
struct History<'a> {
    past: BTreeMap<&'a str, Past>,
    dropped: BTreeMap<&'a str, (&'a Timeplan, &'a Session, Issue)>,
}

impl<'a> History<'a> {
    /// What one change of `issue` does to the session it names: a change counts once per
    /// issue; a session added starts afresh (or, back after an issue dropped it, counts as
    /// changed); one removed is remembered, and stays in the feed cancelled.
    fn record(
        &mut self,
        change: &TimeplanChange,
        (old, new): (&'a Timeplan, &'a Timeplan),
        issue: &Issue,
    ) {
        let Some(named) = change.session() else {
            return;
        };
        if let TimeplanChange::SessionRemoved { .. } = change {
            if let Some(s) = old.session(&named.id) {
                self.dropped.insert(&s.id, (old, s, issue.clone()));
            }
            return;
        }
        let Some(s) = new.session(&named.id) else {
            return;
        };
        let back = self.dropped.remove(s.id.as_str()).is_some();
        match (change, self.past.get(s.id.as_str()).cloned()) {
            (TimeplanChange::SessionAdded { .. }, Some(p)) if back => self.count(&s.id, p, issue),
            (TimeplanChange::SessionAdded { .. }, _) | (_, None) => {
                let fresh = Past {
                    sequence: 0,
                    issue: issue.clone(),
                };
                self.past.insert(&s.id, fresh);
            }
            (_, Some(p)) => self.count(&s.id, p, issue),
        }
    }

    /// The sessions of `plan` that `issue` changed by changing the plan around them (their
    /// slot's hours, a footnote they carry, their groups' or room's names), as its marks
    /// say, each counted once for the issue.
    fn affected(&mut self, marks: &TimeplanMarks, plan: &'a Timeplan, issue: &Issue) {
        for s in &plan.sessions {
            let touched = marks.sessions.get(&s.id);
            let touched = touched.is_some_and(|m| m.retimed || m.noted || m.renamed);
            if let (true, Some(p)) = (touched, self.past.get(s.id.as_str()).cloned()) {
                self.count(&s.id, p, issue);
            }
        }
    }

    /// Counts `issue` as changing session `id` (once: an issue already counted is not).
    fn count(&mut self, id: &'a str, p: Past, issue: &Issue) {
        if p.issue.revision == issue.revision {
            return;
        }
        let past = Past {
            sequence: p.sequence + 1,
            issue: issue.clone(),
        };
        self.past.insert(id, past);
    }

    /// The events of `plan`, then those of the sessions dropped, by time.
    fn events(self, plan: &'a Timeplan, issued: NaiveDate) -> Vec<Event<'a>> {
        let mut events: Vec<Event> = plan
            .sessions
            .iter()
            .map(|s| {
                let p = self.past.get(s.id.as_str());
                Event {
                    session: s,
                    plan,
                    sequence: p.map_or(0, |p| p.sequence),
                    modified: p.map_or(issued, |p| p.issue.date),
                    label: p.and_then(|p| p.issue.label.clone()),
                    dropped: false,
                    documents: Vec::new(),
                }
            })
            .collect();
        for (old, s, issue) in self.dropped.into_values() {
            let sequence = self.past.get(s.id.as_str()).map_or(0, |p| p.sequence) + 1;
            events.push(Event {
                session: s,
                plan: old,
                sequence,
                modified: issue.date,
                label: issue.label,
                dropped: true,
                documents: Vec::new(),
            });
        }
        events.sort_by(|a, b| {
            let key = |e: &Event| (e.session.date, e.session.slot, e.session.id.clone());
            key(a).cmp(&key(b))
        });
        events
    }
}

impl Feed<'_> {
    /// The events of group `id`'s calendar: its sessions, those of the groups above it,
    /// and the plenaries.
    pub fn of_group(&self, id: &str) -> Vec<&Event<'_>> {
        let mut line = vec![id.to_string()];
        while let Some(parent) = line
            .last()
            .and_then(|g| self.plan.group(g))
            .and_then(|g| g.parent.clone())
        {
            if line.contains(&parent) {
                break;
            }
            line.push(parent);
        }
        let plenary = |g: &String| {
            self.plan
                .group(g)
                .is_some_and(|g| g.kind == GroupKind::Plenary)
        };
        self.events
            .iter()
            .filter(|e| {
                e.session
                    .groups
                    .iter()
                    .any(|g| line.contains(g) || plenary(g))
            })
            .collect()
    }
}
