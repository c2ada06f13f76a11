//! The view of one meeting in one language and one markup: plain, serialisable data the
//! templates read. Texts from the sources that may hold inline Markdown (`rich`) arrive
//! here already rendered for the markup; all other strings are escaped by the template
//! engine.

use chrono::NaiveDate;
use serde::Serialize;

use super::inline::{self, Markup};
use super::locale::{self, Locale};
use crate::validate::{AgendaItem, Meeting, Row, Tr};

#[derive(Debug, Serialize)]
pub struct View {
    pub lang: String,
    pub dir: &'static str,
    pub meeting_id: String,
    pub meta: MetaView,
    pub agenda: AgendaView,
    pub timeplan: TimeplanView,
}

#[derive(Debug, Serialize)]
pub struct MetaView {
    pub organisation: String,
    pub body: String,
    pub title: String,
    pub venue: String,
    pub dates: String,
    /// "Meeting of …; Geneva, 9-18 September 2025"
    pub subject: String,
    pub chair: String,
    pub chair_label: &'static str,
    pub annex: Option<String>,
    pub opening: Option<String>,
    pub agenda_update: String,
    pub timeplan_update: String,
}

#[derive(Debug, Serialize)]
pub struct AgendaView {
    pub heading: String,
    pub items: Vec<ItemView>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: String,
    pub number: String,
    pub depth: usize,
    /// Rich text, rendered for the markup.
    pub title: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Serialize)]
pub struct TimeplanView {
    pub heading: String,
    /// Slot labels (empty where a slot has none).
    pub slots: Vec<String>,
    pub rows: Vec<RowView>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    /// "day" or "whole".
    pub kind: &'static str,
    pub weekday: String,
    pub date: String,
    pub cells: Vec<CellView>,
    /// For whole rows: the rich text across the row.
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct CellView {
    pub span: usize,
    /// Rich text, empty for an empty cell.
    pub text: String,
    pub empty: bool,
}

/// Builds the view of `meeting` in `lang` for `markup`.
pub fn build(meeting: &Meeting, lang: &str, markup: Markup) -> View {
    let loc = locale::locale(lang);
    let rich = |t: &Tr| inline::render(t.get(lang), markup);
    View {
        lang: lang.to_string(),
        dir: loc.dir,
        meeting_id: meeting.id.clone(),
        meta: meta(meeting, lang, &loc),
        agenda: AgendaView {
            heading: rich(&meeting.agenda.heading),
            items: meeting
                .agenda
                .items
                .iter()
                .map(|i| item(i, 0, lang, markup))
                .collect(),
            notes: meeting.agenda.notes.iter().map(rich).collect(),
        },
        timeplan: TimeplanView {
            heading: rich(&meeting.timeplan.heading),
            slots: meeting
                .timeplan
                .slots
                .iter()
                .map(|s| {
                    s.label
                        .as_ref()
                        .map_or(String::new(), |l| l.get(lang).to_string())
                })
                .collect(),
            rows: meeting
                .timeplan
                .rows
                .iter()
                .map(|r| row(r, lang, &loc, markup))
                .collect(),
            notes: meeting.timeplan.notes.iter().map(rich).collect(),
        },
    }
}

fn meta(meeting: &Meeting, lang: &str, loc: &Locale) -> MetaView {
    let m = &meeting.meta;
    let dates = loc.date_range(m.first_day, m.last_day);
    MetaView {
        organisation: m.organisation.get(lang).to_string(),
        body: m.body.get(lang).to_string(),
        title: m.title.get(lang).to_string(),
        venue: m.venue.get(lang).to_string(),
        subject: loc.subject(m.title.get(lang), &dates, m.venue.get(lang)),
        dates,
        chair: m.chair.get(lang).to_string(),
        chair_label: loc.chair,
        annex: m.annex.as_ref().map(|a| a.get(lang).to_string()),
        opening: m.first_day_start.map(|t| loc.opening(t)),
        agenda_update: m.agenda_update.clone(),
        timeplan_update: m.timeplan_update.clone(),
    }
}

fn item(it: &AgendaItem, depth: usize, lang: &str, markup: Markup) -> ItemView {
    ItemView {
        id: it.id.clone(),
        number: it.number.clone(),
        depth,
        title: inline::render(it.title.get(lang), markup),
        items: it
            .items
            .iter()
            .map(|c| item(c, depth + 1, lang, markup))
            .collect(),
    }
}

fn row(r: &Row, lang: &str, loc: &Locale, markup: Markup) -> RowView {
    match r {
        Row::Day { date, cells } => RowView {
            kind: "day",
            weekday: loc.weekday(*date),
            date: loc.day_month(*date),
            cells: cells
                .iter()
                .map(|c| CellView {
                    span: c.span,
                    text: c
                        .text
                        .as_ref()
                        .map_or(String::new(), |t| inline::render(t.get(lang), markup)),
                    empty: c.text.is_none(),
                })
                .collect(),
            text: String::new(),
        },
        Row::Whole { from, to, text } => RowView {
            kind: "whole",
            weekday: loc.weekday(*from),
            date: day_span(loc, *from, *to),
            cells: Vec::new(),
            text: inline::render(text.get(lang), markup),
        },
    }
}

fn day_span(loc: &Locale, from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        loc.day_month(from)
    } else {
        format!("{} - {}", loc.day_month(from), loc.day_month(to))
    }
}
