//! [`GraphPolymorphic`]: an enum of the types derived from one base type, read by the
//! `@odata.type` of each value, with a catch-all that keeps the JSON of types it does not
//! know.
//!
//! Graph collections and properties typed with a base type (`BaseType` in the schema) mix
//! its derived types: `deviceHealthScriptParameter` values are boolean, integer or string
//! parameters, told apart by `@odata.type`. Reading dispatches on it without buffering when
//! it comes first (as Graph writes it), and buffers only the members before it otherwise.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::model::builder::Checked;
use crate::model::extra::{Extra, Member, RAW_TOKEN};
use crate::model::object::names_type;
use crate::model::value::{describe_json, quoted, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;

const ODATA_TYPE: &str = "@odata.type";

/// An enum whose variants are the types derived from one base type, plus a catch-all: each
/// value is read as the variant its `@odata.type` names, a type the enum does not know into
/// the catch-all with its JSON kept whole, and written back as it was read.
///
/// As a property type (`Vec<DeviceHealthScriptParameter>`), each value is checked against its
/// own type, and create and update payloads must name a known type. Its schema shape lists
/// the derived types, so the default `Prefer: include-unknown-enum-members` choice
/// ([`prefers_unknown_enum_members`](crate::prefers_unknown_enum_members)) and
/// [`Payload::update_from_diff`](crate::Payload::update_from_diff) see inside them.
///
/// Implemented by `#[derive(GraphPolymorphic)]`:
///
/// ```
/// use graph_entity::{Extra, GraphComplex, GraphPolymorphic};
///
/// #[derive(GraphComplex, Debug, PartialEq)]
/// pub struct DeviceHealthScriptBooleanParameter {
///     pub name: Option<String>,
///     pub default_value: Option<bool>,
///     #[graph(extra)]
///     pub extra: Extra,
/// }
///
/// #[derive(GraphComplex, Debug, PartialEq)]
/// pub struct DeviceHealthScriptStringParameter {
///     pub name: Option<String>,
///     pub default_value: Option<String>,
///     #[graph(extra)]
///     pub extra: Extra,
/// }
///
/// #[derive(GraphPolymorphic, Debug, PartialEq)]
/// pub enum DeviceHealthScriptParameter {
///     Boolean(DeviceHealthScriptBooleanParameter),
///     String(DeviceHealthScriptStringParameter),
///     #[graph(other)]
///     Other(Extra),
/// }
///
/// let read: Vec<DeviceHealthScriptParameter> = serde_json::from_str(r##"[
///     {"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "name": "a", "defaultValue": true},
///     {"name": "b", "@odata.type": "#microsoft.graph.deviceHealthScriptStringParameter", "defaultValue": "x"},
///     {"@odata.type": "#microsoft.graph.deviceHealthScriptDateParameter", "name": "c"}
/// ]"##).unwrap();
/// assert!(matches!(&read[0], DeviceHealthScriptParameter::Boolean(p) if p.default_value == Some(true)));
/// assert!(matches!(&read[1], DeviceHealthScriptParameter::String(p) if p.name.as_deref() == Some("b")));
/// assert_eq!(read[2].odata_type().as_deref(), Some("#microsoft.graph.deviceHealthScriptDateParameter"));
/// // Written back as read: the unknown type's members unchanged.
/// assert_eq!(
///     serde_json::to_string(&read[2]).unwrap(),
///     r##"{"@odata.type":"#microsoft.graph.deviceHealthScriptDateParameter","name":"c"}"##
/// );
/// ```
pub trait GraphPolymorphic: GraphValue + Serialize + DeserializeOwned {
    /// The base type's qualified name (`microsoft.graph.deviceHealthScriptParameter`).
    const BASE: &'static str;
    /// The qualified names of the derived types, one per variant (the catch-all aside), in
    /// declaration order.
    const TYPES: &'static [&'static str];
    /// The position in [`TYPES`](Self::TYPES) of the type that values without `@odata.type`
    /// are read as (the `#[graph(default)]` variant, for a base type that is not abstract),
    /// if any. Without one, such values read into the catch-all.
    const DEFAULT: Option<usize>;

    /// The position in [`TYPES`](Self::TYPES) of this value's type; `None` for the catch-all.
    fn type_index(&self) -> Option<usize>;

    /// The members of a value of a type the enum does not know (the catch-all variant).
    fn other(&self) -> Option<&Extra>;

    /// Reads the variant of `TYPES[index]` (generated code only).
    #[doc(hidden)]
    fn __read_variant<'de, D: Deserializer<'de>>(
        index: usize,
        deserializer: D,
    ) -> Result<Option<Self>, D::Error>;

    /// The catch-all variant (generated code only).
    #[doc(hidden)]
    fn __from_other(extra: Extra) -> Self;

    /// Checks `value` as the type `TYPES[index]` (generated code only).
    #[doc(hidden)]
    fn __check_variant_json(
        index: usize,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    );

    /// The value's `@odata.type` as written: `#` and the variant's qualified name, or for the
    /// catch-all the one it was read with, if it had one.
    fn odata_type(&self) -> Option<Cow<'_, str>> {
        match self.type_index() {
            Some(index) => Self::TYPES
                .get(index)
                .map(|name| Cow::Owned(format!("#{name}"))),
            None => match self.other().and_then(|extra| extra.get(ODATA_TYPE)) {
                Some(Value::String(name)) => Some(Cow::Owned(name)),
                _ => None,
            },
        }
    }

    /// The position in [`TYPES`](Self::TYPES) of the type named `name`, written with or
    /// without the leading `#`, the namespace in any case (as Graph reads it).
    fn type_named(name: &str) -> Option<usize> {
        Self::TYPES.iter().position(|known| names_type(name, known))
    }
}

impl<T> Checked<T> {
    /// The checked value as the variant of polymorphic type `P` that holds it, for the
    /// builders of properties typed with the base type:
    /// `Checked::into_variant(BooleanParameter::create().name("a").build())`.
    pub fn into_variant<P: GraphPolymorphic + From<T>>(self) -> Checked<P> {
        Checked::from_builder(P::from(self.into_inner()))
    }
}

/// What a value of `T` looks like, for messages.
pub fn expected_polymorphic<T: GraphPolymorphic>() -> Cow<'static, str> {
    Cow::Owned(format!(
        "a {} object whose @odata.type is one of: {}",
        T::BASE,
        tags::<T>()
    ))
}

/// The derived types as `@odata.type` values: `#a, #b`.
fn tags<T: GraphPolymorphic>() -> String {
    let tags: Vec<String> = T::TYPES.iter().map(|name| format!("#{name}")).collect();
    tags.join(", ")
}

fn unknown_type<T: GraphPolymorphic>(found: &str) -> String {
    let bare = found.strip_prefix('#').unwrap_or(found);
    // Qualified names are long and alike: only a slip of a letter or two is a typo.
    let hint = match T::TYPES.iter().find(|name| is_slip(bare, name)) {
        Some(name) => format!("did you mean \"#{name}\"? "),
        None => String::new(),
    };
    format!(
        "@odata.type {} is not a known type derived from {}: {hint}expected one of: {}",
        quoted(found),
        T::BASE,
        tags::<T>()
    )
}

/// Whether `found` is `name` with at most two letters added, dropped or changed, or with
/// another letter case.
fn is_slip(found: &str, name: &str) -> bool {
    const LIMIT: usize = 2;
    if found.eq_ignore_ascii_case(name) {
        return true;
    }
    let (a, b) = (found.as_bytes(), name.as_bytes());
    if a.len().abs_diff(b.len()) > LIMIT {
        return false;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = Vec::with_capacity(previous.len());
    for (i, ca) in a.iter().enumerate() {
        current.clear();
        current.push(i + 1);
        for ((cb, diagonal), above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            let left = current.last().copied().unwrap_or(usize::MAX);
            let substitution = diagonal + usize::from(ca != cb);
            current.push(substitution.min(above + 1).min(left.saturating_add(1)));
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().is_some_and(|distance| *distance <= LIMIT)
}

fn missing_type<T: GraphPolymorphic>() -> String {
    format!(
        "missing @odata.type: a {} value names its derived type, one of: {}",
        T::BASE,
        tags::<T>()
    )
}

/// Checks a JSON value against `T`: the type its `@odata.type` names, or in create and update
/// payloads a problem when it names none the enum knows.
pub fn check_polymorphic_json<T: GraphPolymorphic>(
    value: &Value,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    let Some(object) = value.as_object() else {
        problems.push(
            path,
            format!(
                "expected a {} object, found {}",
                T::BASE,
                describe_json(value)
            ),
        );
        return;
    };
    let index = match object.get(ODATA_TYPE) {
        Some(Value::String(name)) => match T::type_named(name) {
            Some(index) => Some(index),
            None => {
                if mode.is_write() {
                    problems.push(&path.key(ODATA_TYPE), unknown_type::<T>(name));
                }
                None
            }
        },
        Some(other) => {
            problems.push(
                &path.key(ODATA_TYPE),
                format!(
                    "expected the name of a type derived from {} (a string), found {}",
                    T::BASE,
                    describe_json(other)
                ),
            );
            None
        }
        None => {
            if T::DEFAULT.is_none() && mode.is_write() {
                problems.push(path, missing_type::<T>());
            }
            T::DEFAULT
        }
    };
    if let Some(index) = index {
        T::__check_variant_json(index, value, mode, path, problems);
    }
}

/// Checks the catch-all variant: create and update payloads send known types only.
pub fn check_polymorphic_other<T: GraphPolymorphic>(
    extra: &Extra,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    if !mode.is_write() {
        return;
    }
    match extra.get(ODATA_TYPE) {
        Some(Value::String(name)) => {
            problems.push(&path.key(ODATA_TYPE), unknown_type::<T>(&name));
        }
        _ => problems.push(path, missing_type::<T>()),
    }
}

/// Reads a `T`: the variant its `@odata.type` names, a value of another type into the
/// catch-all.
pub fn deserialize_polymorphic<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: GraphPolymorphic,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(PolymorphicVisitor::<T>(PhantomData))
}

struct PolymorphicVisitor<T>(PhantomData<T>);

impl<'de, T: GraphPolymorphic> Visitor<'de> for PolymorphicVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::BASE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // The members before `@odata.type`: none when it comes first, as Graph writes it.
        let mut before: Vec<(String, Member)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key != ODATA_TYPE {
                let member = map.next_value::<Member>()?;
                before.push((key, member));
                continue;
            }
            let name = map.next_value::<String>().map_err(|_| {
                de::Error::custom(format_args!(
                    "@odata.type must be a string naming a type derived from {}",
                    T::BASE
                ))
            })?;
            let Some(index) = T::type_named(&name) else {
                // A type the enum does not know: every member kept, in order, as read.
                let mut extra = Extra::new();
                for (key, member) in before {
                    extra.push_read(key, member);
                }
                extra.push_read(key, Member::Value(Value::String(name)));
                while let Some(key) = map.next_key::<String>()? {
                    if key == ODATA_TYPE {
                        return Err(de::Error::custom(
                            "duplicate property `@odata.type`: give each property once",
                        ));
                    }
                    let member = map.next_value::<Member>()?;
                    extra.push_read(key, member);
                }
                return Ok(T::__from_other(extra));
            };
            before.push((key, Member::Value(Value::String(name))));
            return read_variant::<T, A>(index, before, &mut map, false);
        }
        match T::DEFAULT {
            Some(index) => read_variant::<T, A>(index, before, &mut map, true),
            None => {
                let mut extra = Extra::new();
                for (key, member) in before {
                    extra.push_read(key, member);
                }
                Ok(T::__from_other(extra))
            }
        }
    }
}

/// Reads variant `index` from the members read so far, then the rest of `map`.
fn read_variant<'de, T: GraphPolymorphic, A: MapAccess<'de>>(
    index: usize,
    before: Vec<(String, Member)>,
    map: &mut A,
    map_done: bool,
) -> Result<T, A::Error> {
    let replay = Replay {
        before: before.into_iter(),
        pending: None,
        map,
        map_done,
    };
    T::__read_variant(index, replay)?.ok_or_else(|| {
        de::Error::custom(format_args!(
            "no variant for type {index} of {}: the derive and the trait disagree",
            T::BASE
        ))
    })
}

/// The members read before the dispatch, then the rest of the live map: a deserializer of
/// the whole object for the variant's type.
struct Replay<'m, A> {
    before: std::vec::IntoIter<(String, Member)>,
    pending: Option<Member>,
    map: &'m mut A,
    map_done: bool,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Replay<'_, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.before.next() {
            self.pending = Some(value);
            return seed.deserialize(Text::<A::Error>::new(key)).map(Some);
        }
        if self.map_done {
            return Ok(None);
        }
        let key = self.map.next_key_seed(seed)?;
        self.map_done = key.is_none();
        Ok(key)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            // Strings (`@odata.type` first of all) without a detour through `Value`'s errors.
            Some(Member::Value(Value::String(text))) => {
                seed.deserialize(Text::<A::Error>::new(text))
            }
            Some(Member::Value(value)) => seed.deserialize(value).map_err(de::Error::custom),
            Some(Member::Raw(raw)) => seed.deserialize(RawText(raw)).map_err(de::Error::custom),
            None => self.map.next_value_seed(seed),
        }
    }
}

/// A string member name or value read before the dispatch, replayed with the live map's
/// error type. Unlike serde's `StringDeserializer`, it is also a present `Option`.
struct Text<E> {
    text: String,
    error: PhantomData<E>,
}

impl<E> Text<E> {
    fn new(text: String) -> Self {
        Text {
            text,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for Text<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_string(self.text)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// A member's text read before the dispatch, replayed: whole to a kept member (so its text
/// survives), through a `Value` to anything else.
struct RawText(Box<RawValue>);

impl RawText {
    fn value(&self) -> Result<Value, serde_json::Error> {
        serde_json::from_str(self.0.get())
    }
}

impl<'de> Deserializer<'de> for RawText {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.value()?.deserialize_any(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.value()?.deserialize_option(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if name == RAW_TOKEN {
            let text = String::from(self.0.get());
            return visitor.visit_map(de::value::MapDeserializer::new(std::iter::once((
                RAW_TOKEN, text,
            ))));
        }
        self.value()?.deserialize_newtype_struct(name, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::is_slip;

    #[test]
    fn slips_are_a_letter_or_two() {
        let name = "microsoft.graph.deviceHealthScriptBooleanParameter";
        assert!(is_slip(
            "microsoft.graph.deviceHealthScriptBooleanParamter",
            name
        ));
        assert!(is_slip(
            "microsoft.graph.devicehealthscriptbooleanparameter",
            name
        ));
        assert!(!is_slip(
            "microsoft.graph.deviceHealthScriptDateParameter",
            name
        ));
        assert!(!is_slip(&"x".repeat(1 << 20), name));
    }
}
