//! The page of one group of the time plan, for its delegates: its sessions (day, hours,
//! room, joint with whom), the agenda items taken at them, and what each revision of the
//! time plan changed for it, in the words of the changes documents.

use serde::Serialize;

use super::documents::{self, DocumentMark, DocumentView};
use super::{MetaView, Viewing, meta};
use crate::model::rich::{Inline, Rich};
use crate::model::{AgendaItem, Meeting, Status};
use crate::render::calendar::{Event, Feed};
use crate::render::documents::Document;
use crate::render::wording;

#[derive(Debug, Serialize)]
pub struct GroupView {
    /// The group's id.
    pub id: String,
    pub lang: String,
    pub dir: &'static str,
    pub meta: MetaView,
    /// "Question 1/12 – Meeting of …": the HTML `<title>` and the PDF's.
    pub title: String,
    /// "Question 1/12"; its short form and the group above it, where it has them.
    pub name: String,
    pub code: Option<String>,
    pub parent: Option<String>,
    /// "As in TD211 Rev.1, 12 September 2025": the plan the page shows (its number and
    /// date isolated in a right-to-left language).
    pub plan: Rich,
    pub labels: Labels,
    pub sessions: Vec<SessionLine>,
    /// Whether any session takes documents.
    pub any_documents: bool,
    pub items: Vec<ItemLine>,
    pub changes: Vec<RevisionChanges>,
}

/// The page's headings, in its language.
#[derive(Debug, Serialize)]
pub struct Labels {
    pub sessions: String,
    pub day: String,
    pub hours: String,
    pub room: String,
    pub notes: String,
    pub items: String,
    pub documents: String,
    pub changes: String,
    pub no_changes: String,
}

#[derive(Debug, Serialize)]
pub struct SessionLine {
    /// "Tuesday 9 September".
    pub day: String,
    pub hours: String,
    pub room: String,
    /// Joint with whom, its code, its status, its text and footnotes.
    pub notes: String,
    /// Cancelled, or dropped by a revision: shown struck through.
    pub cancelled: bool,
    /// The documents it takes (each linked where the register has a link); none where
    /// they are those of the session before, which `same_documents` then names.
    pub documents: Vec<DocumentView>,
    /// "The documents of Wednesday 10 September, 09:30–12:30": where the session takes the
    /// same documents as the one before it that takes any.
    pub same_documents: String,
}

#[derive(Debug, Serialize)]
pub struct ItemLine {
    pub number: String,
    pub title: String,
}

/// What one issue of the time plan changed for the group.
#[derive(Debug, Serialize)]
pub struct RevisionChanges {
    /// "TD211 Rev.1".
    pub document: String,
    pub date: String,
    pub lines: Vec<Rich>,
}

/// The page of group `id` of `meeting`, from its calendar's `feed` and the documents.
pub(super) fn group(
    (meeting, feed, docs): (&Meeting, &Feed, &[Document]),
    id: &str,
    cx: &Viewing,
) -> GroupView {
    let plan = feed.plan;
    let name = |g: &str| plan.group_name(g, cx.lang).to_string();
    let g = plan.group(id);
    let meta = meta(meeting, cx.lang, &cx.loc);
    let title = format!("{} – {}", name(id), meta.subject);
    let events: Vec<&Event> = feed
        .events
        .iter()
        .filter(|e| e.session.groups.iter().any(|x| x == id))
        .collect();
    let ids: Vec<&str> = events.iter().map(|e| e.session.id.as_str()).collect();
    GroupView {
        id: id.to_string(),
        lang: cx.lang.to_string(),
        dir: cx.loc.dir,
        title,
        name: name(id),
        code: g
            .and_then(|g| g.code.as_ref())
            .map(|c| c.get(cx.lang).to_string()),
        parent: g.and_then(|g| g.parent.as_deref()).map(name),
        plan: plan_line(meeting, feed, cx),
        labels: labels(cx),
        any_documents: events.iter().any(|e| !e.documents.is_empty()),
        sessions: sessions(&events, id, cx),
        items: items(agenda_in_effect(meeting), &ids, cx),
        changes: changes(docs, id, cx),
        meta,
    }
}

fn labels(cx: &Viewing) -> Labels {
    let say = |m: &str| cx.loc.text(m, &[]);
    Labels {
        sessions: say("group-sessions"),
        day: say("group-day"),
        hours: say("group-hours"),
        room: say("group-room"),
        notes: say("group-notes"),
        items: say("group-items"),
        documents: say("group-documents"),
        changes: say("group-changes"),
        no_changes: say("group-no-changes"),
    }
}

/// "As in TD211 Rev.1, 12 September 2025", or the draft's heading.
fn plan_line(meeting: &Meeting, feed: &Feed, cx: &Viewing) -> Rich {
    match &feed.label {
        Some(label) => {
            let date = cx.loc.long_date(feed.issued);
            cx.loc
                .rich("group-plan", &[("document", label), ("date", &date)])
        }
        None => Rich(vec![Inline::Text(cx.seen(&meeting.timeplan.heading))]),
    }
}

/// The lines of the sessions `events`; a session that takes the same documents as the
/// one before it that takes any names it instead of listing them again.
fn sessions(events: &[&Event], id: &str, cx: &Viewing) -> Vec<SessionLine> {
    let mut out: Vec<SessionLine> = Vec::new();
    let mut before: Option<(&Event, String)> = None;
    for e in events {
        let mut line = session_line(e, id, cx);
        if e.documents.is_empty() {
            out.push(line);
            continue;
        }
        let same = before.as_ref().is_some_and(|(b, _)| {
            let numbers = |x: &Event| {
                x.documents
                    .iter()
                    .map(|d| d.number.clone())
                    .collect::<Vec<_>>()
            };
            numbers(b) == numbers(e)
        });
        match (&before, same) {
            (Some((_, when)), true) => {
                line.documents.clear();
                line.same_documents = cx.loc.text("documents-same-as", &[("when", when)]);
            }
            _ => {
                let when = match line.hours.is_empty() {
                    true => line.day.clone(),
                    false => format!(
                        "{}{}{}",
                        line.day,
                        cx.loc.text("subject-sep", &[]),
                        line.hours
                    ),
                };
                before = Some((e, when));
            }
        }
        out.push(line);
    }
    out
}

fn session_line(e: &Event, id: &str, cx: &Viewing) -> SessionLine {
    let (s, plan) = (e.session, e.plan);
    let others: Vec<String> = s
        .groups
        .iter()
        .filter(|g| *g != id)
        .map(|g| plan.group_name(g, cx.lang).to_string())
        .collect();
    let mut notes: Vec<String> = Vec::new();
    if !others.is_empty() {
        let list = others.join(&cx.loc.text("list-sep", &[]));
        notes.push(cx.loc.text("group-joint", &[("groups", &list)]));
    }
    notes.extend(s.code.clone());
    let status = if e.dropped {
        Status::Cancelled
    } else {
        s.status
    };
    notes.extend(wording::status_note(status, &cx.loc));
    notes.extend(s.text.as_ref().map(|t| cx.seen(t)));
    for mark in &s.marks {
        let note = plan.footnote(mark);
        notes.extend(note.map(|f| cx.seen(&f.text)));
    }
    SessionLine {
        day: wording::day(s.date, &cx.loc),
        hours: plan
            .hours_of(s)
            .map(|h| wording::hours_text(h, &cx.loc))
            .unwrap_or_default(),
        room: s
            .room
            .as_ref()
            .and_then(|r| plan.room(r))
            .map(|r| r.name.get(cx.lang).to_string())
            .unwrap_or_default(),
        notes: notes.join(&cx.loc.text("part-sep", &[])),
        cancelled: status == Status::Cancelled,
        documents: (e.documents.iter())
            .map(|d| documents::view(d, DocumentMark::Kept, cx))
            .collect(),
        same_documents: String::new(),
    }
}

/// The agenda the group's delegates follow: the latest revision's, else the draft's.
fn agenda_in_effect(meeting: &Meeting) -> &[AgendaItem] {
    meeting
        .agenda_revisions
        .last()
        .map_or(&meeting.agenda.items, |r| &r.doc.items)
}

/// The items (and sub-items) taken at any of the sessions `ids`, in agenda order.
fn items(list: &[AgendaItem], ids: &[&str], cx: &Viewing) -> Vec<ItemLine> {
    let mut out = Vec::new();
    for item in list {
        if item.taken.iter().any(|t| ids.contains(&t.session.as_str())) {
            out.push(ItemLine {
                number: item.number.clone(),
                title: cx.seen(&item.title),
            });
        }
        out.extend(items(&item.items, ids, cx));
    }
    out
}

/// What each issue of the time plan changed for group `id`, in the words of its changes
/// document; issues that changed nothing for it are left out.
fn changes(docs: &[Document], id: &str, cx: &Viewing) -> Vec<RevisionChanges> {
    let mut out = Vec::new();
    for doc in docs {
        let (Some(c), Some(new), Some((label, date))) = (&doc.changes, doc.timeplan, &doc.stamp)
        else {
            continue;
        };
        let Some(old) = c.old_timeplan else { continue };
        let lines: Vec<Rich> = c
            .timeplan
            .iter()
            .filter(|ch| ch.concerns_group(id) && wording::timeplan_change_in(ch, cx.lang))
            .map(|ch| wording::timeplan_line(ch, old, new, &cx.loc))
            .collect();
        if !lines.is_empty() {
            out.push(RevisionChanges {
                document: label.clone(),
                date: cx.loc.long_date(*date),
                lines,
            });
        }
    }
    out
}
