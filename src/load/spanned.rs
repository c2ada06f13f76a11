//! `Sp<T>`: a value of the model together with the position it was read from. A value
//! that cannot be read is reported (by `de`) and replaced by its default, so that one run
//! reports the mistakes of every key, not only the first.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};

use crate::diag::Pos;

/// The newtype-struct name by which [`super::de`] recognises a request for a position.
pub(crate) const SPAN_MARKER: &str = "$agenda::Sp";

/// A value and where it stands in its YAML file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sp<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Sp<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Self { value, pos }
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<'de, T: Deserialize<'de> + Default> Deserialize<'de> for Sp<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(SPAN_MARKER, SpVisitor(PhantomData))
    }
}

struct SpVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for SpVisitor<T> {
    type Value = Sp<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value with its position")
    }

    /// Deserializers that know no positions hand over the value alone.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Sp<T>, D::Error> {
        Ok(Sp::new(T::deserialize(d)?, Pos::default()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Sp<T>, A::Error> {
        let missing = || de::Error::custom("position missing");
        let (line, col, len): (u32, u32, u32) = seq.next_element()?.ok_or_else(missing)?;
        // A value that cannot be read has been reported where it stands (see `de`): the
        // default takes its place so the other keys of the mapping are still read.
        let value = seq.next_element().ok().flatten().unwrap_or_default();
        Ok(Sp::new(value, Pos { line, col, len }))
    }
}

/// In the schema, a value with its position is the value.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
