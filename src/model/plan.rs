//! The time plan, checked: groups, rooms, slots with their hours, the rows of days, and
//! every session. A cell written in a day row is a session too (of the group it names,
//! or of none), so both ways of writing a plan are one model.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::Tr;

#[derive(Debug, Clone, Default)]
pub struct Timeplan {
    pub heading: Tr,
    /// The sentence under the heading, if any.
    pub banner: Option<Tr>,
    pub views: Views,
    /// In hierarchy order: each group followed by its children.
    pub groups: Vec<Group>,
    pub rooms: Vec<Room>,
    pub slots: Vec<SlotDef>,
    /// The rows of the plan by day: the days written, and any day outside the meeting
    /// that has a session, in date order.
    pub rows: Vec<Row>,
    /// Every session: the cells of the day rows first, then the `sessions` list.
    pub sessions: Vec<Session>,
    pub footnotes: Vec<Footnote>,
    pub notes: Vec<Tr>,
    /// The meeting's first and last days, where the plan is a meeting's (a day outside
    /// them that has sessions is before or after the meeting).
    pub meeting_days: Option<MeetingDays>,
}

/// A meeting's first and last days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingDays {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Where a day outside the meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    Before,
    After,
}

/// Which views of the plan a document shows, and how each names the groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Views {
    pub by_day: bool,
    pub by_group: bool,
    /// How the plan by day's cells name groups.
    pub by_day_labels: Naming,
    /// How the plan by group's rows name groups.
    pub by_group_labels: Naming,
}

impl Default for Views {
    fn default() -> Self {
        Views {
            by_day: true,
            by_group: false,
            by_day_labels: Naming::Code,
            by_group_labels: Naming::Name,
        }
    }
}

/// How a view names a group: by its short form (its name where it has none), or by its
/// name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    Code,
    Name,
}

impl Naming {
    pub const NAMES: [&'static str; 2] = ["code", "name"];

    pub fn parse(s: &str) -> Option<Naming> {
        match s {
            "code" => Some(Naming::Code),
            "name" => Some(Naming::Name),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Plenary,
    WorkingParty,
    Question,
    JointActivity,
    Management,
    AdHoc,
    Other,
}

impl GroupKind {
    pub const NAMES: [&str; 7] = [
        "plenary",
        "working_party",
        "question",
        "joint_activity",
        "management",
        "ad_hoc",
        "other",
    ];

    /// The kind as the sources write it: `working_party`.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    pub fn parse(s: &str) -> Option<GroupKind> {
        use GroupKind::*;
        let all = [
            Plenary,
            WorkingParty,
            Question,
            JointActivity,
            Management,
            AdHoc,
            Other,
        ];
        Self::NAMES.iter().position(|n| *n == s).map(|i| all[i])
    }
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub name: Tr,
    /// The short form shown in cells ("WP1", "Q1/12"; "GT1" in French); the name where
    /// there is none.
    pub code: Option<Tr>,
    pub kind: GroupKind,
    pub parent: Option<String>,
    /// 0 for a group without parent, 1 for its children…
    pub depth: usize,
}

impl Group {
    /// The group as a view naming groups so shows it in `lang`: its short form (else its
    /// name), or its name.
    pub fn label(&self, naming: Naming, lang: &str) -> &str {
        match (naming, &self.code) {
            (Naming::Code, Some(code)) => code.get(lang),
            _ => self.name.get(lang),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Room {
    pub id: String,
    pub name: Tr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Hours {
    #[serde(serialize_with = "hh_mm")]
    pub start: NaiveTime,
    /// None for a point in time ("12:30 reception").
    #[serde(serialize_with = "hh_mm_or_none")]
    pub end: Option<NaiveTime>,
}

/// Times as written in the sources: "09:30".
fn hh_mm<S: serde::Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&t.format("%H:%M"))
}

fn hh_mm_or_none<S: serde::Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => hh_mm(t, s),
        None => s.serialize_none(),
    }
}

/// The days an override of a slot's hours applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Weekday(Weekday),
    Date(NaiveDate),
}

#[derive(Debug, Clone)]
pub struct SlotDef {
    pub id: String,
    pub label: Option<Tr>,
    pub hours: Option<Hours>,
    /// Other hours: on some days, for a kind of group or one group, or both.
    pub overrides: Vec<Override>,
}

/// Other hours of a slot, where they apply: on a weekday or a date (none: every day), for
/// a kind of group or one group (none: every group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub when: Option<When>,
    pub who: Option<For>,
    pub hours: Hours,
}

/// Whom other hours of a slot are for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum For {
    Kind(GroupKind),
    /// A group, by id.
    Group(String),
}

/// A group as the hours of a slot ask for it: its id and kind.
#[derive(Debug, Clone, Copy)]
pub struct Whose<'a> {
    pub id: &'a str,
    pub kind: GroupKind,
}

impl SlotDef {
    /// The slot's hours on `date`, for no group in particular.
    pub fn hours_on(&self, date: NaiveDate) -> Option<Hours> {
        self.hours_for(Some(date), None)
    }

    /// The slot's hours on `date` (none: a usual day) for group `whose` (none: any): of
    /// the other hours that apply, those for the group win over those for its kind, which
    /// win over those for everyone; then a date wins over a weekday, which wins over every
    /// day.
    pub fn hours_for(&self, date: Option<NaiveDate>, whose: Option<Whose>) -> Option<Hours> {
        let when_rank = |w: &Option<When>| match (w, date) {
            (None, _) => Some(0),
            (Some(When::Weekday(d)), Some(date)) if *d == date.weekday() => Some(1),
            (Some(When::Date(d)), Some(date)) if *d == date => Some(2),
            _ => None,
        };
        let who_rank = |f: &Option<For>| match (f, whose) {
            (None, _) => Some(0),
            (Some(For::Kind(k)), Some(w)) if *k == w.kind => Some(1),
            (Some(For::Group(g)), Some(w)) if g == w.id => Some(2),
            _ => None,
        };
        let ranked = |o: &Override| Some((who_rank(&o.who)?, when_rank(&o.when)?));
        (self.overrides.iter())
            .filter_map(|o| Some((ranked(o)?, o.hours)))
            .max_by_key(|(rank, _)| *rank)
            .map(|(_, h)| h)
            .or(self.hours)
    }
}

/// One row of the time plan by day.
#[derive(Debug, Clone)]
pub enum Row {
    /// A day: its cells cover every slot once, in order (empty ones included).
    Day { date: NaiveDate, cells: Vec<Cell> },
    /// An entry over the whole row for one or more days (the weekend).
    Whole {
        from: NaiveDate,
        to: NaiveDate,
        text: Tr,
    },
}

/// A cell of a day row: the slots it covers and the sessions held there.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Index of the first slot, and how many slots the cell covers.
    pub slot: usize,
    pub span: usize,
    /// Indices into [`Timeplan::sessions`], in the plan's order; empty for an empty cell.
    pub sessions: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    IfNeeded,
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct Session {
    /// Written, or for a cell of a day row derived from its place: "2025-09-09/morning".
    pub id: String,
    /// Whether the id was derived from the cell's place (a cell of a day row).
    pub derived_id: bool,
    /// Ids of the groups that meet (several: a joint session); none for a session of no
    /// group (a cell that is only text).
    pub groups: Vec<String>,
    pub date: NaiveDate,
    /// Index of the first slot, and how many slots the session covers.
    pub slot: usize,
    pub span: usize,
    /// Hours of its own, where the session does not keep its slot's.
    pub hours: Option<Hours>,
    pub room: Option<String>,
    pub code: Option<String>,
    pub marks: Vec<String>,
    pub status: Status,
    pub text: Option<Tr>,
    /// The documents it takes, where the time plan lists them (else it takes its items'
    /// documents: see [`crate::model::documents::for_session`]).
    pub documents: Vec<std::sync::Arc<super::documents::Document>>,
}

impl Session {
    /// A planned session with its own id on `date`, over `span` slots from slot index
    /// `slot`, and nothing else: of no group, in no room, without text.
    pub fn new(id: impl Into<String>, date: NaiveDate, (slot, span): (usize, usize)) -> Session {
        Session {
            id: id.into(),
            derived_id: false,
            groups: Vec::new(),
            date,
            slot,
            span,
            hours: None,
            room: None,
            code: None,
            marks: Vec::new(),
            status: Status::Planned,
            text: None,
            documents: Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Footnote {
    pub mark: String,
    pub text: Tr,
}

impl Timeplan {
    /// Whether `date` is before or after the meeting (none: one of its days, or a plan of
    /// no meeting).
    pub fn outside(&self, date: NaiveDate) -> Option<Outside> {
        let days = self.meeting_days?;
        match date {
            d if d < days.first => Some(Outside::Before),
            d if d > days.last => Some(Outside::After),
            _ => None,
        }
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// A group's name in `lang`, or its id for a group the plan does not have.
    pub fn group_name<'a>(&'a self, id: &'a str, lang: &str) -> &'a str {
        self.group(id).map_or(id, |g| g.name.get(lang))
    }

    pub fn footnote(&self, mark: &str) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.mark == mark)
    }

    pub fn room(&self, id: &str) -> Option<&Room> {
        self.rooms.iter().find(|r| r.id == id)
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The hours of `s`: its own, or its first slot's start to its last slot's end, on its
    /// day and for its first group (a joint session keeps its first group's hours).
    pub fn hours_of(&self, s: &Session) -> Option<Hours> {
        if s.hours.is_some() {
            return s.hours;
        }
        let whose = (s.groups.first())
            .and_then(|g| self.group(g))
            .map(|g| Whose {
                id: &g.id,
                kind: g.kind,
            });
        let at = |k: usize| self.slots.get(k)?.hours_for(Some(s.date), whose);
        let (first, last) = (at(s.slot)?, at(s.slot + s.span - 1)?);
        Some(Hours {
            start: first.start,
            end: last.end,
        })
    }
}
