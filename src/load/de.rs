//! Reads the typed model out of a [`Node`] tree with serde, collecting problems.
//!
//! serde stops at the first error it sees. This deserializer keeps going where it can:
//! every error is recorded in a [`Sink`] the moment its position is known; unknown keys
//! are recorded (with a "did you mean" hint) and skipped; and a [`Recover`] value (used for
//! the elements of lists) swallows its error, already recorded, so reading goes on with
//! the next element. One run thus reports every mistake in a file.

use std::cell::RefCell;
use std::fmt::{self, Display};

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use super::node::{Key, Node, Value};
use super::spanned::SPAN_MARKER;
use crate::diag::Pos;
use crate::hints::{choice_hint, closest};

/// One problem found while reading the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
    /// An unknown key: skipped, the model read is still exact. Other problems leave
    /// defaults in the model, which is then not fit to be checked further.
    pub skipped_key: bool,
}

/// Problems recorded while reading, in the order met.
#[derive(Default)]
pub struct Sink(RefCell<Vec<Problem>>);

impl Sink {
    pub fn into_problems(self) -> Vec<Problem> {
        self.0.into_inner()
    }

    fn push(&self, pos: Pos, err: &Error) {
        self.0.borrow_mut().push(Problem {
            pos,
            message: err.message.clone(),
            hint: err.hint.clone(),
            skipped_key: err.skipped_key,
        });
    }

    /// Gives `err` the position `pos` unless it has one already, and records it then:
    /// an error is recorded exactly once, where it is first located.
    fn locate(&self, mut err: Error, pos: Pos) -> Error {
        if err.pos.is_none() {
            self.push(pos, &err);
            err.pos = Some(pos);
        }
        err
    }
}

/// Reads a `T` from `node`. `None` when it could not be read; the problems are in `sink`.
pub fn read<'de, T: de::Deserialize<'de>>(node: &Node, sink: &Sink) -> Option<T> {
    T::deserialize(NodeDe { node, sink })
        .map_err(|e| sink.locate(e, node.pos))
        .ok()
}

/// A value that, if it cannot be read, is `None`, its problems having been recorded.
#[derive(Debug)]
pub struct Recover<T>(pub Option<T>);

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Recover<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Recover(T::deserialize(d).ok()))
    }
}

#[derive(Debug)]
pub struct Error {
    pos: Option<Pos>,
    message: String,
    hint: Option<String>,
    /// For a missing key: its name (a misspelt key may already account for it).
    missing: Option<&'static str>,
    /// An unknown key, reported and skipped.
    skipped_key: bool,
}

impl Error {
    fn new(message: impl Into<String>, hint: Option<String>) -> Self {
        Self {
            pos: None,
            message: message.into(),
            hint,
            missing: None,
            skipped_key: false,
        }
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Self::new(msg.to_string(), None)
    }

    fn missing_field(field: &'static str) -> Self {
        let mut err = Self::new(
            format!("missing key `{field}`"),
            Some(format!("add `{field}:` to this mapping")),
        );
        err.missing = Some(field);
        err
    }

    /// A value of the right kind but out of range (`span: -1`), said in the words of
    /// YAML rather than of Rust's types.
    fn invalid_value(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        let negative = matches!(found, de::Unexpected::Signed(i) if i < 0);
        let shown = match found {
            de::Unexpected::Signed(i) => i.to_string(),
            de::Unexpected::Unsigned(u) => u.to_string(),
            de::Unexpected::Float(x) => x.to_string(),
            de::Unexpected::Str(s) => format!("`{s}`"),
            other => other.to_string(),
        };
        let max = match expected.to_string().as_str() {
            "u8" => Some(u64::from(u8::MAX)),
            "u16" => Some(u64::from(u16::MAX)),
            "u32" => Some(u64::from(u32::MAX)),
            "u64" | "usize" => Some(u64::MAX),
            _ => None,
        };
        let (expected, hint) = match max {
            Some(_) if negative => (
                "a whole number, 0 or more".to_string(),
                Some("write a whole number without a sign, such as 1".to_string()),
            ),
            Some(max) => (format!("a whole number up to {max}"), None),
            None => (expected.to_string(), None),
        };
        Self::new(format!("expected {expected}, found {shown}"), hint)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::new(
            format!("unknown value `{variant}`"),
            Some(choice_hint(variant, expected)),
        )
    }
}

/// The serde deserializer over one node.
#[derive(Clone, Copy)]
struct NodeDe<'a> {
    node: &'a Node,
    sink: &'a Sink,
}

impl<'a> NodeDe<'a> {
    fn wrong(&self, expected: &str) -> Error {
        let hint = match (&self.node.value, expected) {
            (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Null, "text") => {
                Some("put the value in quotes to make it text".to_string())
            }
            _ => None,
        };
        let err = Error::new(
            format!("expected {expected}, found {}", self.node.value.kind()),
            hint,
        );
        self.sink.locate(err, self.node.pos)
    }

    fn locate(&self, err: Error) -> Error {
        self.sink.locate(err, self.node.pos)
    }
}

macro_rules! forward_ints {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            match self.node.value {
                Value::Int(i) => match i64::try_from(i) {
                    Ok(i) => v.visit_i64(i),
                    Err(_) => v.visit_i128(i),
                }
                .map_err(|e| self.locate(e)),
                _ => Err(self.wrong("a whole number")),
            }
        }
    )*};
}

impl<'de, 'a> Deserializer<'de> for NodeDe<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let result = match &self.node.value {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Int(i) => match i64::try_from(*i) {
                Ok(i) => v.visit_i64(i),
                Err(_) => v.visit_i128(*i),
            },
            Value::Float(x) => v.visit_f64(*x),
            Value::Str(s) => v.visit_str(s),
            Value::Seq(items) => v.visit_seq(SeqDe {
                items: items.iter(),
                sink: self.sink,
            }),
            Value::Map(entries) => v.visit_map(MapDe::new(entries, None, self.sink)),
        };
        result.map_err(|e| self.locate(e))
    }

    forward_ints! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Bool(b) => v.visit_bool(b).map_err(|e| self.locate(e)),
            _ => Err(self.wrong("`true` or `false`")),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_f64(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Float(x) => v.visit_f64(x),
            Value::Int(i) => v.visit_f64(i as f64),
            _ => return Err(self.wrong("a number")),
        }
        .map_err(|e| self.locate(e))
    }

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Str(s) => v.visit_str(s).map_err(|e| self.locate(e)),
            _ => Err(self.wrong("text")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(self.wrong("bytes"))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(self.wrong("bytes"))
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => v.visit_unit(),
            _ => Err(self.wrong("nothing")),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        if name == SPAN_MARKER {
            return v.visit_seq(SpanDe { de: self, step: 0 });
        }
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Seq(items) => v
                .visit_seq(SeqDe {
                    items: items.iter(),
                    sink: self.sink,
                })
                .map_err(|e| self.locate(e)),
            _ => Err(self.wrong("a list")),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => v
                .visit_map(MapDe::new(entries, None, self.sink))
                .map_err(|e| self.locate(e)),
            _ => Err(self.wrong("a mapping")),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        let Value::Map(entries) = &self.node.value else {
            return Err(self.wrong("a mapping"));
        };
        v.visit_map(MapDe::new(entries, Some(fields), self.sink))
            .map_err(|mut e| {
                // A key reported as misspelt ("did you mean `title`?") is not reported again as missing.
                let misspelt = |f: &str| {
                    entries.iter().any(|(k, _)| {
                        !fields.contains(&k.name.as_str()) && closest(&k.name, fields) == Some(f)
                    })
                };
                if e.pos.is_none() && e.missing.is_some_and(misspelt) {
                    e.pos = Some(self.node.pos);
                }
                self.locate(e)
            })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Str(s) => v.visit_enum(UnitVariant(s)).map_err(|e| self.locate(e)),
            _ => Err(self.wrong("a word")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }
}

/// List elements.
struct SeqDe<'a> {
    items: std::slice::Iter<'a, Node>,
    sink: &'a Sink,
}

impl<'de, 'a> SeqAccess<'de> for SeqDe<'a> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        let de = NodeDe {
            node,
            sink: self.sink,
        };
        seed.deserialize(de).map(Some).map_err(|e| de.locate(e))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// Mapping entries; with `fields`, keys not among them are recorded and skipped.
struct MapDe<'a> {
    entries: std::slice::Iter<'a, (Key, Node)>,
    fields: Option<&'static [&'static str]>,
    value: Option<&'a Node>,
    sink: &'a Sink,
}

impl<'a> MapDe<'a> {
    fn new(
        entries: &'a [(Key, Node)],
        fields: Option<&'static [&'static str]>,
        sink: &'a Sink,
    ) -> Self {
        Self {
            entries: entries.iter(),
            fields,
            value: None,
            sink,
        }
    }
}

impl<'de, 'a> MapAccess<'de> for MapDe<'a> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        for (key, node) in self.entries.by_ref() {
            if let Some(fields) = self.fields
                && !fields.contains(&key.name.as_str())
            {
                let message = format!("unknown key `{}`", key.name);
                let mut err = Error::new(message, Some(choice_hint(&key.name, fields)));
                err.skipped_key = true;
                self.sink.locate(err, key.pos);
                continue;
            }
            self.value = Some(node);
            let de: de::value::StrDeserializer<'_, Error> = key.name.as_str().into_deserializer();
            return seed
                .deserialize(de)
                .map(Some)
                .map_err(|e| self.sink.locate(e, key.pos));
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let node = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("value without a key"))?;
        seed.deserialize(NodeDe {
            node,
            sink: self.sink,
        })
        .map_err(|e| self.sink.locate(e, node.pos))
    }
}

/// `Sp<T>`: yields the position, then the value.
struct SpanDe<'a> {
    de: NodeDe<'a>,
    step: u8,
}

impl<'de, 'a> SeqAccess<'de> for SpanDe<'a> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.step += 1;
        let p = self.de.node.pos;
        match self.step {
            1 => seed
                .deserialize((p.line, p.col, p.len).into_deserializer_tuple())
                .map(Some),
            2 => seed.deserialize(self.de).map(Some),
            _ => Ok(None),
        }
    }
}

/// A position as a serde tuple of three numbers.
trait PosTuple {
    fn into_deserializer_tuple(
        self,
    ) -> de::value::SeqDeserializer<std::array::IntoIter<u32, 3>, Error>;
}

impl PosTuple for (u32, u32, u32) {
    fn into_deserializer_tuple(
        self,
    ) -> de::value::SeqDeserializer<std::array::IntoIter<u32, 3>, Error> {
        de::value::SeqDeserializer::new([self.0, self.1, self.2].into_iter())
    }
}

/// An enum written as a bare word.
struct UnitVariant<'a>(&'a str);

impl<'de, 'a> EnumAccess<'de> for UnitVariant<'a> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let de: de::value::StrDeserializer<'_, Error> = self.0.into_deserializer();
        Ok((seed.deserialize(de)?, self))
    }
}

impl<'de, 'a> VariantAccess<'de> for UnitVariant<'a> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Error> {
        Err(de::Error::custom(format!("`{}` needs a value", self.0)))
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom(format!("`{}` needs a value", self.0)))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        Err(de::Error::custom(format!("`{}` needs a value", self.0)))
    }
}
