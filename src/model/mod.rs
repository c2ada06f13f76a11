//! The meeting as every later stage reads it: checked and resolved by [`crate::validate`]
//! into plain data (the meeting's details, its agenda and time plan, their revisions), with
//! texts translated into every language ([`Tr`]) and read as rich text ([`rich`]).
//!
//! Displayed numbers (5.1, 14.6) and weekdays are derived, never read from the sources.

pub mod documents;
pub mod layout;
mod plan;
pub mod reading;
pub mod rich;
mod text;

use chrono::{NaiveDate, NaiveTime};

pub use plan::{
    Cell, Footnote, For, Group, GroupKind, Hours, MeetingDays, Naming, Outside, Override, Room,
    Row, Session, SlotDef, Status, Timeplan, Views, When, Whose,
};
pub use text::{Located, Syntax, Tr};

/// A meeting, checked and resolved.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: String,
    /// The languages of the draft (the invitation letter).
    pub languages: Vec<String>,
    /// The languages of the updates (TD210, TD211 and their revisions): some or all of
    /// `languages`, in their order.
    pub update_languages: Vec<String>,
    pub meta: Meta,
    /// The drafts of the invitation letter (Annex B).
    pub agenda: Agenda,
    pub timeplan: Timeplan,
    /// The update streams: the agenda TD (TD210, Rev.1, …) and the time-plan TD (TD211, …).
    pub agenda_revisions: Vec<Revision<Agenda>>,
    pub timeplan_revisions: Vec<Revision<Timeplan>>,
    /// Whether the meeting has an agenda (`agenda.yaml`) and a time plan
    /// (`timeplan.yaml`): one may be missing, and is then empty and not published.
    pub has_agenda: bool,
    pub has_timeplan: bool,
    /// The invitation letter's facts, where the meeting publishes its letter.
    pub letter: Option<Letter>,
    /// The letter's addenda, in order (Addendum 1, 2…), each with the facts in effect.
    pub addenda: Vec<Addendum>,
    /// The document register, where the meeting has one.
    pub register: Option<std::sync::Arc<documents::Register>>,
}

/// An addendum to the letter: its number, date and summary, and the meeting's details and
/// the letter's facts as it leaves them (the deadlines following a changed first day).
#[derive(Debug, Clone)]
pub struct Addendum {
    pub number: u32,
    pub date: NaiveDate,
    pub summary: Tr,
    pub meta: Meta,
    pub letter: Letter,
}

/// The file name a document number gives its files: the number in lower case, each run of
/// characters other than ASCII letters, digits, `.` and `_` one `-`, none at either end
/// ("TD163/GEN" → `td163-gen`, "TD 12 (PLEN/9)" → `td-12-plen-9`).
pub fn file_stem(number: &str) -> String {
    let mut out = String::new();
    for c in number.chars() {
        match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9' | '.' | '_') => out.push(c),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// How an issue of an update document is named: "TD210" (the first issue, 0), "TD210 Rev.1".
pub fn document_label(number: &str, revision: u32) -> String {
    if revision == 0 {
        number.to_string()
    } else {
        format!("{number} Rev.{revision}")
    }
}

/// Revision `number` of a stream, if it has one.
pub fn numbered<T>(stream: &[Revision<T>], number: u32) -> Option<&Revision<T>> {
    stream.iter().find(|r| r.number == number)
}

/// One issue of an update document: number 0 is the first issue, N its Rev.N.
#[derive(Debug, Clone)]
pub struct Revision<T> {
    pub number: u32,
    pub date: NaiveDate,
    pub summary: Tr,
    pub doc: T,
}

#[derive(Debug, Clone)]
pub struct Meta {
    pub organisation: Tr,
    pub body: Tr,
    pub title: Tr,
    pub venue: Tr,
    pub chair: Tr,
    /// The chair's grammatical gender (`female`, `male`), where given.
    pub chair_gender: Option<String>,
    pub annex: Option<Tr>,
    /// Who a Word file's revision marks are by: the secretariat, else the body.
    pub secretariat: Tr,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub time_zone: String,
    pub first_day_start: Option<NaiveTime>,
    pub agenda_update: String,
    pub timeplan_update: String,
    /// The draft's own number, where it is issued as the first issue of a TD
    /// ("TD163/GEN"): the stream with the same number goes on from it, at Rev.1.
    pub draft_number: Option<String>,
    /// The date the draft is issued, where given.
    pub draft_date: Option<NaiveDate>,
    /// How the meeting's texts are read.
    pub syntax: Syntax,
    /// The letter's key deadlines, by date.
    pub deadlines: Vec<Deadline>,
    /// Whether the draft shows them (as the letter's table).
    pub show_deadlines: bool,
}

impl Meta {
    /// The number of a stream's first revision file: 1 (Rev.1) where the stream numbered
    /// `number` goes on from the numbered draft, which is its first issue; else 0.
    pub fn first_revision(&self, number: &str) -> u32 {
        u32::from(!number.is_empty() && self.draft_number.as_deref() == Some(number))
    }

    /// The draft's date: the date it is issued, else the meeting's first day.
    pub fn draft_issued(&self) -> NaiveDate {
        self.draft_date.unwrap_or(self.first_day)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Agenda {
    pub heading: Tr,
    pub items: Vec<AgendaItem>,
    pub notes: Vec<Tr>,
    /// The document register as this issue sees it, where the meeting has one.
    pub register: Option<documents::Issued>,
}

/// An agenda item; `number` is derived from its position ("5", "5.1").
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub id: String,
    pub number: String,
    pub title: Tr,
    /// When the item is taken: the sessions of the time plan it names.
    pub taken: Vec<Taken>,
    /// The documents taken under it, in the order allocated.
    pub documents: Vec<std::sync::Arc<documents::Document>>,
    pub items: Vec<AgendaItem>,
}

/// A session where an agenda item is taken, as the time plan in effect places it.
#[derive(Debug, Clone)]
pub struct Taken {
    pub session: String,
    pub date: NaiveDate,
    /// Index, id and label of the session's first slot.
    pub slot: usize,
    pub slot_id: String,
    pub slot_label: Option<Tr>,
}

/// A deadline, with its date computed.
#[derive(Debug, Clone)]
pub struct Deadline {
    pub date: NaiveDate,
    /// The rule it was computed from, as written ("2 months"); none if given by date.
    pub rule: Option<String>,
    /// The same rule, read (none if given by date).
    pub before: Option<Period>,
    /// What is due by then, in the order written.
    pub actions: Vec<Tr>,
}

/// A time before the meeting's first day: "6 weeks".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
}

/// The invitation letter's own facts (`letter.yaml`), checked.
#[derive(Debug, Clone)]
pub struct Letter {
    pub date: NaiveDate,
    pub place: Tr,
    pub reference: Vec<Tr>,
    pub addressees: Vec<Tr>,
    /// Named contacts, in the order written (`telephone`, `fax`, `email`, `web`, and any
    /// other the standard paragraphs name).
    pub contacts: Vec<(String, String)>,
    pub group: Tr,
    pub premises: Tr,
    pub about: Tr,
    /// When registration opens on the first day, and where.
    pub registration: NaiveTime,
    pub registration_at: Tr,
    pub rooms_link: String,
    pub signature: Option<Signature>,
    pub information: Option<String>,
    /// Named periods the standard paragraphs say ("7 weeks").
    pub periods: Vec<(String, Period)>,
    /// The standard paragraphs the letter is written with, in each language (the built-in
    /// ones, or an organisation's own).
    pub paragraphs: std::sync::Arc<crate::lang::letter::Texts>,
    /// The meeting's deadlines the standard paragraphs name, each by its name and its
    /// rule (`fellowships` → 6 weeks: `$date_fellowships` is the date of the meeting's
    /// deadline of that rule, as it falls where the letter is said; `$period_fellowships`
    /// the rule said).
    pub deadlines: Vec<(String, Period)>,
}

impl Letter {
    /// The facts every letter gives its standard paragraphs, by the names they say them
    /// (`{ $group }`); [`Letter::fact_names`] adds the named ones.
    pub const FACTS: [&'static str; 11] = [
        "group",
        "premises",
        "from_to",
        "about",
        "opening",
        "registration_time",
        "registration_place",
        "rooms_link",
        "body",
        "chair",
        // `female`, `male` or `other`, for a language whose title for the chair agrees.
        "chair_gender",
    ];

    /// Every name of a fact the paragraphs may say: [`Letter::FACTS`], each contact
    /// (`contact_travel`), each named deadline's date and period (`date_visa`,
    /// `period_visa`) and each named period (`period_fellowship_registration`).
    pub fn fact_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Self::FACTS.iter().map(|f| f.to_string()).collect();
        out.extend(self.contacts.iter().map(|(k, _)| format!("contact_{k}")));
        for (name, _) in &self.deadlines {
            out.extend([format!("date_{name}"), format!("period_{name}")]);
        }
        out.extend(self.periods.iter().map(|(k, _)| format!("period_{k}")));
        out
    }
}

/// Who signs the letter.
#[derive(Debug, Clone)]
pub struct Signature {
    pub name: Tr,
    pub title: Tr,
}

impl Meeting {
    /// Every translated text of the meeting, its revisions included, for checks that look
    /// at all of them (the glyph check).
    pub fn texts(&self) -> Vec<&Tr> {
        let mut out = self.draft_texts();
        if let Some(l) = &self.letter {
            out.extend([
                &l.place,
                &l.group,
                &l.premises,
                &l.about,
                &l.registration_at,
            ]);
            out.extend(l.reference.iter().chain(&l.addressees));
            out.extend(l.signature.iter().flat_map(|s| [&s.name, &s.title]));
        }
        for r in &self.agenda_revisions {
            out.push(&r.summary);
            r.doc.texts(&mut out);
        }
        for r in &self.timeplan_revisions {
            out.push(&r.summary);
            r.doc.texts(&mut out);
        }
        out
    }
}

impl Meeting {
    /// The texts of the draft (the invitation letter's Annex B) and the meeting's details.
    pub fn draft_texts(&self) -> Vec<&Tr> {
        let m = &self.meta;
        let mut out = vec![&m.organisation, &m.body, &m.title, &m.venue, &m.chair];
        out.extend(m.annex.as_ref());
        out.extend(m.deadlines.iter().flat_map(|d| d.actions.iter()));
        self.agenda.texts(&mut out);
        self.timeplan.texts(&mut out);
        out
    }
}

impl Agenda {
    fn texts<'a>(&'a self, out: &mut Vec<&'a Tr>) {
        out.push(&self.heading);
        let mut stack: Vec<&AgendaItem> = self.items.iter().collect();
        while let Some(item) = stack.pop() {
            out.push(&item.title);
            stack.extend(item.items.iter());
        }
        out.extend(self.notes.iter());
    }
}

impl Timeplan {
    fn texts<'a>(&'a self, out: &mut Vec<&'a Tr>) {
        out.push(&self.heading);
        out.extend(self.banner.as_ref());
        out.extend(self.slots.iter().filter_map(|s| s.label.as_ref()));
        out.extend(self.groups.iter().map(|g| &g.name));
        out.extend(self.rooms.iter().map(|r| &r.name));
        for row in &self.rows {
            if let Row::Whole { text, .. } = row {
                out.push(text);
            }
        }
        out.extend(self.sessions.iter().filter_map(|s| s.text.as_ref()));
        out.extend(self.footnotes.iter().map(|f| &f.text));
        out.extend(self.notes.iter());
    }
}
