//! The YAML sources as written: one struct per kind of mapping, every value with its
//! position. Nothing is checked here beyond shape; meaning is checked in `validate`.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};

use super::de::Recover;
use super::spanned::Sp;

/// Text shown to readers: either one string for every language (names, numbers) or a
/// mapping from language code to text.
pub type Text = Sp<LangText>;

#[derive(Debug, Clone, PartialEq)]
pub enum LangText {
    /// The same text in every language.
    All(String),
    /// Text per language, in the order written.
    Per(Vec<(String, Sp<String>)>),
}

impl Default for LangText {
    fn default() -> Self {
        LangText::All(String::new())
    }
}

/// A list whose elements are read one by one: an element with mistakes is reported and
/// left out, and the rest are still read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

/// `meeting.yaml`: what the meeting is.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MeetingFile {
    /// The organisation, at the head of every document ("International Telecommunication
    /// Union").
    pub organisation: Text,
    /// The body that meets ("ITU-T Study Group 12").
    pub body: Text,
    /// The meeting's title ("Meeting of ITU-T Study Group 12").
    pub title: Text,
    /// Where it meets ("Geneva").
    pub venue: Text,
    /// The first day, YYYY-MM-DD.
    #[schemars(extend("format" = "date"))]
    pub first_day: Sp<String>,
    /// The last day, YYYY-MM-DD.
    #[schemars(extend("format" = "date"))]
    pub last_day: Sp<String>,
    /// A name of the IANA time-zone database ("Europe/Zurich").
    #[schemars(schema_with = "crate::schema::zone")]
    pub time_zone: Sp<String>,
    /// When the first day opens, HH:MM (optional).
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub first_day_start: Option<Sp<String>>,
    /// The chair ("Ms Tania Villa Trápala (Mexico)"; optional).
    pub chair: Option<Text>,
    /// The chair's grammatical gender, `female` or `male`, for a language whose title for
    /// the chair agrees with it (Arabic: الرئيسة, الرئيس; optional, default: the
    /// language's general form).
    #[schemars(extend("enum" = ["female", "male"]))]
    pub chair_gender: Option<Sp<String>>,
    /// The draft's own document number, when the draft is issued as the first issue of a
    /// TD ("TD163/GEN"; optional). Its updates are that TD's revisions: the agenda's, or
    /// the time plan's in a meeting without an agenda (their files start at 1.yaml, Rev.1).
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub draft_number: Option<Sp<String>>,
    /// The date the draft is issued, YYYY-MM-DD (optional; needed with `draft_number`).
    #[schemars(extend("format" = "date"))]
    pub draft_date: Option<Sp<String>>,
    /// The document number of the agenda's updates ("TD210"; needed once the agenda has
    /// revisions, unless they continue the numbered draft).
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub agenda_update: Option<Sp<String>>,
    /// The document number of the time plan's updates ("TD211"; needed once the time plan
    /// has revisions).
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub timeplan_update: Option<Sp<String>>,
    /// The languages the meeting publishes in: codes of ar, zh, en, fr, ru, es.
    #[schemars(schema_with = "crate::schema::languages")]
    pub languages: Sp<List<Sp<String>>>,
    /// The languages of the updates (the agenda and time-plan TDs and their revisions),
    /// when they are fewer than the draft's: texts of a revision are required in these.
    pub update_languages: Option<Sp<List<Sp<String>>>>,
    /// A label above the draft's heading ("Annex B"; optional).
    pub annex: Option<Text>,
    /// Who a Word file's revision marks are by ("TSB"; default: the body).
    pub secretariat: Option<Text>,
    /// Whether texts may use inline Markdown (default: no, every text is literal).
    pub markdown: Option<Sp<bool>>,
    /// The letter's key deadlines, each by rule before the first day or by date.
    #[serde(default)]
    pub deadlines: List<Deadline>,
    /// Whether the draft shows the deadlines as the letter's table (default: yes).
    pub show_deadlines: Option<Sp<bool>>,
}

/// A deadline of the invitation letter: `before` the first day ("2 months", "6 weeks",
/// "13 days"), or on `date` (which wins over the rule), and what is due then.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Deadline {
    #[schemars(regex(pattern = r"^\s*[0-9]+\s+(days?|weeks?|months?)\s*$"))]
    pub before: Option<Sp<String>>,
    #[schemars(extend("format" = "date"))]
    pub date: Option<Sp<String>>,
    pub actions: Sp<List<Text>>,
}

/// `agenda.yaml`: the draft agenda; also each revision of it (`revisions/agenda/N.yaml`).
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AgendaFile {
    /// Required in a revision file: when it was issued and what it changes.
    pub revision: Option<Sp<RevisionHeader>>,
    pub heading: Text,
    pub items: Sp<List<Item>>,
    #[serde(default)]
    pub notes: List<Text>,
}

/// The head of a revision file.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RevisionHeader {
    #[schemars(extend("format" = "date"))]
    pub date: Sp<String>,
    /// One line on what this revision changes.
    pub summary: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Item {
    #[schemars(regex(pattern = r"^[a-z0-9_-]+$"))]
    pub id: Sp<String>,
    pub title: Text,
    /// The time-plan sessions where the item is taken, by session id.
    #[serde(default)]
    #[schemars(inner(regex(pattern = r"^[a-z0-9._/-]+$")))]
    pub sessions: List<Sp<String>>,
    /// The documents taken under the item, by their numbers in the register ("C 12",
    /// "TD 45/GEN Rev.1").
    #[serde(default)]
    pub documents: List<Sp<String>>,
    #[serde(default)]
    pub items: List<Item>,
}

/// `timeplan.yaml`: the half-day time plan; also each revision of it.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TimeplanFile {
    pub revision: Option<Sp<RevisionHeader>>,
    pub heading: Text,
    /// A sentence under the heading ("This time plan is tentative and may change during
    /// the meeting").
    pub banner: Option<Text>,
    /// Which views the document shows: `by_day` (the default), `by_group`, or both.
    pub views: Option<Sp<List<Sp<String>>>>,
    /// How each view names the groups: `code` (their short form, else their name) or
    /// `name`. By default the plan by day's cells give codes, the plan by group's rows names.
    pub group_labels: Option<Sp<GroupLabels>>,
    /// The groups that meet, parents before their children's rows are shown.
    #[serde(default)]
    pub groups: List<Group>,
    #[serde(default)]
    pub rooms: List<Room>,
    pub slots: Sp<List<Slot>>,
    pub days: Sp<List<Day>>,
    /// Sessions with an id of their own (besides the cells of `days`).
    #[serde(default)]
    pub sessions: List<Session>,
    #[serde(default)]
    pub footnotes: List<Footnote>,
    #[serde(default)]
    pub notes: List<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Group {
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub id: Sp<String>,
    pub name: Text,
    /// A short form for the plan's cells ("WP1", "Q1/12"; "GT1" in French), translated
    /// like a name or one for every language.
    pub code: Option<Text>,
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub parent: Option<Sp<String>>,
    #[schemars(extend("enum" = ["plenary", "working_party", "question", "joint_activity", "management", "ad_hoc", "other"]))]
    pub kind: Sp<String>,
}

/// `group_labels`: `code` or `name` for each view.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GroupLabels {
    /// In the plan by day's cells (default `code`).
    #[schemars(extend("enum" = ["code", "name"]))]
    pub by_day: Option<Sp<String>>,
    /// In the plan by group's rows (default `name`).
    #[schemars(extend("enum" = ["code", "name"]))]
    pub by_group: Option<Sp<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Room {
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub id: Sp<String>,
    pub name: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Slot {
    #[schemars(regex(pattern = r"^[a-z0-9_-]+$"))]
    pub id: Sp<String>,
    pub label: Option<Text>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub start: Option<Sp<String>>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub end: Option<Sp<String>>,
    /// Other hours: on some days (by `weekday` or by `date`), for a `kind` of group or
    /// one `group`, or both.
    #[serde(default)]
    pub hours: List<SlotHours>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SlotHours {
    pub weekday: Option<Sp<String>>,
    #[schemars(extend("format" = "date"))]
    pub date: Option<Sp<String>>,
    /// A kind of group (`question`, `working_party`…): its sessions keep these hours.
    #[schemars(extend("enum" = ["plenary", "working_party", "question", "joint_activity", "management", "ad_hoc", "other"]))]
    pub kind: Option<Sp<String>>,
    /// One group, by id: its sessions keep these hours.
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub group: Option<Sp<String>>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub start: Sp<String>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub end: Sp<String>,
}

/// A session with an id: one or more groups (a joint session), a day, and a slot (or a
/// span of slots, or hours of its own).
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Session {
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub id: Sp<String>,
    #[serde(default)]
    #[schemars(inner(regex(pattern = r"^[a-z0-9._/-]+$")))]
    pub groups: List<Sp<String>>,
    #[schemars(extend("format" = "date"))]
    pub date: Sp<String>,
    #[schemars(regex(pattern = r"^[a-z0-9_-]+$"))]
    pub slot: Option<Sp<String>>,
    pub span: Option<Sp<u32>>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub start: Option<Sp<String>>,
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub end: Option<Sp<String>>,
    pub room: Option<Sp<String>>,
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub code: Option<Sp<String>>,
    #[serde(default)]
    #[schemars(inner(regex(pattern = r"^[ -~†‡§¶‖]*$")))]
    pub marks: List<Sp<String>>,
    #[schemars(extend("enum" = ["planned", "if_needed", "cancelled"]))]
    pub status: Option<Sp<String>>,
    pub text: Option<Text>,
    /// `before` or `after`: a session outside the meeting's days.
    #[schemars(extend("enum" = ["before", "after"]))]
    pub outside: Option<Sp<String>>,
    /// The documents the session takes, by their numbers in the register (else it takes
    /// those of the agenda items that name it).
    #[serde(default)]
    pub documents: List<Sp<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Footnote {
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub mark: Sp<String>,
    pub text: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Day {
    #[schemars(extend("format" = "date"))]
    pub date: Sp<String>,
    #[schemars(extend("format" = "date"))]
    pub until: Option<Sp<String>>,
    pub weekday: Option<Sp<String>>,
    pub cells: Option<Sp<List<Cell>>>,
    pub whole: Option<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Cell {
    #[schemars(regex(pattern = r"^[a-z0-9_-]+$"))]
    pub slot: Sp<String>,
    pub span: Option<Sp<u32>>,
    pub text: Option<Text>,
    /// The group that meets in this cell, if it is one group's session.
    #[schemars(regex(pattern = r"^[a-z0-9._/-]+$"))]
    pub group: Option<Sp<String>>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = List<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(Recover(item)) = seq.next_element::<Recover<T>>()? {
                    items.extend(item);
                }
                Ok(List(items))
            }
        }

        d.deserialize_seq(ListVisitor(std::marker::PhantomData))
    }
}

/// The error for a text that is neither text nor a mapping of texts.
fn not_text<E: serde::de::Error>(found: &str) -> E {
    E::custom(format!(
        "expected text, or a mapping from language code to text, found {found}"
    ))
}

impl<'de> Deserialize<'de> for LangText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LangText;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, or a mapping from language code to text")
            }

            fn visit_str<E>(self, v: &str) -> Result<LangText, E> {
                Ok(LangText::All(v.to_owned()))
            }

            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<LangText, E> {
                Err(not_text("a boolean"))
            }

            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<LangText, E> {
                Err(not_text("a number"))
            }

            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<LangText, E> {
                Err(not_text("a number"))
            }

            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<LangText, E> {
                Err(not_text("a number"))
            }

            fn visit_unit<E: serde::de::Error>(self) -> Result<LangText, E> {
                Err(not_text("nothing (null)"))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<LangText, A::Error> {
                Err(not_text("a list"))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LangText, A::Error> {
                let mut per = Vec::new();
                while let Some(lang) = map.next_key::<String>()? {
                    per.push((lang, map.next_value::<Sp<String>>()?));
                }
                Ok(LangText::Per(per))
            }
        }

        d.deserialize_any(TextVisitor)
    }
}

/// A list in the schema: an array of its elements' schema.
impl<T: JsonSchema> JsonSchema for List<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("List_of_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Vec::<T>::json_schema(generator)
    }
}

/// A text in the schema: one string for every language, or a mapping from language code
/// to string.
impl JsonSchema for LangText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text shown to readers: one string for every language (a name, a number), or a mapping from language code (ar, zh, en, fr, ru, es) to the text in that language.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "propertyNames": { "enum": crate::lang::known() },
                    "additionalProperties": { "type": "string" },
                    "minProperties": 1
                }
            ]
        })
    }
}
