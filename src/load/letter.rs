//! `letter.yaml`: the facts of the invitation letter (a collective letter) that are not
//! the meeting's already: its date and reference, its addressees, contacts, the group's
//! paragraph, registration, signature, and the named values the organisation's standard
//! paragraphs use. Read as written, with positions; checked in `validate::letter`.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

use super::model::{List, Text};
use super::spanned::Sp;

/// `letter.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LetterFile {
    /// The date of the letter, YYYY-MM-DD.
    #[schemars(extend("format" = "date"))]
    pub date: Sp<String>,
    /// Where it is written ("Geneva").
    pub place: Text,
    /// The reference lines ("TSB Collective letter 3/12", "SG12/MA").
    pub reference: Sp<List<Text>>,
    /// Who it is addressed to, one line each ("Administrations of Member States of the
    /// Union;").
    pub addressees: Sp<List<Text>>,
    /// Named contacts: `telephone`, `fax`, `email` and `web` are the letterhead's lines;
    /// every contact is a value the standard paragraphs may name (`$contact_travel`).
    #[serde(default)]
    pub contacts: Named<Sp<String>>,
    /// The group invited, with its title ("Study Group 12 (Performance, QoS and QoE)").
    pub group: Text,
    /// Where the meeting is held, as the invitation says it ("ITU Headquarters, Geneva").
    pub premises: Text,
    /// The group's own paragraph.
    pub about: Text,
    /// When and where registration opens on the first day.
    pub registration: Sp<Registration>,
    /// The web page of the daily allocation of meeting rooms.
    pub rooms_link: Sp<String>,
    /// The signature block (optional).
    pub signature: Option<Sp<Signature>>,
    /// The web page of the latest meeting information (its link and QR code).
    pub information: Option<Sp<String>>,
    /// Named periods before the meeting the standard paragraphs say that are not a
    /// deadline's ("7 weeks"): `$period_<name>`.
    #[serde(default)]
    pub periods: Named<Sp<String>>,
    /// The meeting's deadlines the standard paragraphs name, each by its rule in
    /// `meeting.yaml` (`fellowships: 6 weeks`): `$date_fellowships`,
    /// `$period_fellowships`.
    #[serde(default)]
    pub deadlines: Named<Sp<String>>,
}

/// `revisions/letter/N.yaml`: addendum N to the letter, once it is published. It gives
/// the facts that changed, each replacing the one in effect (a contact by its name); the
/// deadlines follow a changed first day.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AddendumFile {
    /// When the addendum is issued and what it changes.
    pub revision: Sp<super::model::RevisionHeader>,
    /// The meeting's new first day, YYYY-MM-DD.
    #[schemars(extend("format" = "date"))]
    pub first_day: Option<Sp<String>>,
    /// The meeting's new last day, YYYY-MM-DD.
    #[schemars(extend("format" = "date"))]
    pub last_day: Option<Sp<String>>,
    /// When the first day now opens, HH:MM.
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub first_day_start: Option<Sp<String>>,
    /// Where the meeting is now held ("Geneva").
    pub venue: Option<Text>,
    /// Where it is held, as the invitation says it.
    pub premises: Option<Text>,
    /// When and where registration now opens.
    pub registration: Option<Sp<Registration>>,
    /// Contacts that changed or were added, by name.
    #[serde(default)]
    pub contacts: Named<Sp<String>>,
    /// Deadlines given a new date, each by its rule in `meeting.yaml`
    /// (`6 weeks: 2025-08-05`).
    #[serde(default)]
    pub deadlines: Named<Sp<String>>,
}

/// When registration opens (HH:MM) and where.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Registration {
    pub from: Sp<String>,
    pub at: Text,
}

/// Who signs: a name and a title.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Signature {
    pub name: Text,
    pub title: Text,
}

/// A mapping of names to values, in the order written, each name with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Named<T>(pub Vec<(String, T)>);

impl<T> Default for Named<T> {
    fn default() -> Self {
        Named(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Named<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NamedVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for NamedVisitor<T> {
            type Value = Named<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping from names to values")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Named<T>, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    out.push((name, map.next_value::<T>()?));
                }
                Ok(Named(out))
            }
        }

        d.deserialize_map(NamedVisitor(std::marker::PhantomData))
    }
}

impl<T: JsonSchema> JsonSchema for Named<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Named_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let value = generator.subschema_for::<T>();
        schemars::json_schema!({
            "type": "object",
            "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" },
            "additionalProperties": value
        })
    }
}
