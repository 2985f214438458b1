//! [`Extra`]: what a model keeps of a JSON object besides its typed properties.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The member name of a type annotation.
pub(crate) const ODATA_TYPE: &str = "@odata.type";

/// From this many members on, [`Extra::insert`] finds names through an index, so building an
/// `Extra` of `n` members stays linear.
const INDEX_FROM: usize = 16;

// `Extra::flags` bits.
/// Some member's name starts with `@`: an annotation of the object itself.
const OBJECT_ANNOTATIONS: u8 = 1;
/// Some member's name has `@` after its first character: an annotation of a property.
const PROPERTY_ANNOTATIONS: u8 = 2;
/// A member named `@odata.type` is kept: it is written where it sits, as it was spelled.
const TYPE_MEMBER: u8 = 4;
/// The object was read without `@odata.type`: it is written without one.
const TYPE_ABSENT: u8 = 8;
/// The object being read had its `@odata.type` already: a second one is refused.
const TYPE_SEEN: u8 = 16;
/// The object was read with `@odata.type` first and without `#` (`microsoft.graph.x`, as
/// Graph's documented bodies often write nested values): written so, without keeping text.
const TYPE_BARE: u8 = 32;

/// The members of a Graph object that its struct has no typed value for, in the order they
/// were read: unknown properties (Graph adds properties over time, and open types allow any),
/// annotations such as `@odata.etag` or `action@odata.type`, and explicit `null`s of typed
/// properties. Reading and writing a payload loses nothing and adds nothing:
///
/// - A member read from JSON keeps its text: numbers beyond 64 bits (`18446744073709551616`),
///   decimals beyond `f64` (`12345678901234567.89`), `-0`, and the member order of nested
///   objects are written back as read. [`get`](Self::get) parses a member into a
///   [`serde_json::Value`] on demand; [`get_json`](Self::get_json) gives its text.
/// - Annotations of the object (`@odata.etag`) are written before the typed properties, and
///   the annotations of a typed property (`action@odata.type`) just before it.
/// - `@odata.type` is written where it was read, as it was spelled; an object read without
///   one is written without one; an object built in Rust writes `#namespace.type` first.
///
/// Every [`GraphEntity`](crate::GraphEntity) and [`GraphComplex`](crate::GraphComplex) struct
/// has one field of this type, marked `#[graph(extra)]`. When a typed property has a value, a
/// member of the same name here is not written: the typed value wins.
///
/// On its own it serializes as a JSON object of its members. Two `Extra`s are equal when
/// they have the same members with equal JSON values, in any order; how `@odata.type` is
/// written does not count.
///
/// ```
/// use graph_entity::Extra;
/// use serde_json::json;
///
/// let extra: Extra = serde_json::from_str(r#"{"big": 18446744073709551616, "nested": {"z": 1, "a": 2}}"#)?;
/// assert_eq!(serde_json::to_string(&extra)?, r#"{"big":18446744073709551616,"nested":{"z": 1, "a": 2}}"#);
/// assert_eq!(extra.get("nested"), Some(json!({"a": 2, "z": 1})));
/// assert_eq!(extra.get_json("big").as_deref(), Some("18446744073709551616"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct Extra {
    members: Vec<(String, Member)>,
    flags: u8,
    /// Name → position of its last member, once there are [`INDEX_FROM`] members and a name
    /// was looked up to change it.
    // Boxed: most objects never have one, and every object has an `Extra`.
    #[allow(clippy::box_collection)]
    index: Option<Box<HashMap<String, usize>>>,
}

/// One kept member's value: the JSON text as read, or a value set in Rust.
#[derive(Clone)]
pub(crate) enum Member {
    /// As read: written back byte for byte.
    Raw(Box<RawValue>),
    /// Set in Rust (or read through a deserializer other than `serde_json`'s).
    Value(Value),
}

impl Member {
    /// The member as a `Value` (numbers beyond `f64` as the nearest `f64`).
    fn to_value(&self) -> Value {
        match self {
            Member::Raw(raw) => serde_json::from_str(raw.get()).unwrap_or(Value::Null),
            Member::Value(value) => value.clone(),
        }
    }

    /// The member's JSON text.
    fn json(&self) -> Cow<'_, str> {
        match self {
            Member::Raw(raw) => Cow::Borrowed(raw.get()),
            Member::Value(value) => Cow::Owned(value.to_string()),
        }
    }

    fn is_null(&self) -> bool {
        match self {
            Member::Raw(raw) => raw.get() == "null",
            Member::Value(value) => value.is_null(),
        }
    }
}

impl PartialEq for Member {
    fn eq(&self, other: &Member) -> bool {
        match (self, other) {
            (Member::Raw(a), Member::Raw(b)) if a.get() == b.get() => true,
            (Member::Value(a), Member::Value(b)) => a == b,
            _ => self.to_value() == other.to_value(),
        }
    }
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.json())
    }
}

impl Serialize for Member {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Member::Raw(raw) => raw.serialize(serializer),
            Member::Value(value) => value.serialize(serializer),
        }
    }
}

/// The name `serde_json` asks a raw value's text under (`serde_json::value::RawValue`).
pub(crate) const RAW_TOKEN: &str = "$serde_json::private::RawValue";

impl<'de> Deserialize<'de> for Member {
    /// From `serde_json` (bytes, text or a `Value`): the member's text, kept whole. From any
    /// other deserializer: a `Value`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_TOKEN, MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Member, A::Error> {
        match map.next_key_seed(FirstKey)? {
            // `serde_json` hands a raw value over as a map of one member under its token.
            Some(FirstKeyIs::RawToken) => {
                let raw = Box::<RawValue>::deserialize(RawReplay { map })?;
                // `serde_json` only skims a raw value: hold it to what a `Value` accepts
                // (escapes that are characters, numbers within `f64`, nesting within 128),
                // without building one.
                let mut text = serde_json::Deserializer::from_str(raw.get());
                Validate.deserialize(&mut text).map_err(de::Error::custom)?;
                Ok(Member::Raw(raw))
            }
            Some(FirstKeyIs::Name(name)) => {
                let mut object = Map::new();
                let value = map.next_value::<Value>()?;
                object.insert(name, value);
                while let Some((name, value)) = map.next_entry::<String, Value>()? {
                    object.insert(name, value);
                }
                Ok(Member::Value(Value::Object(object)))
            }
            None => Ok(Member::Value(Value::Object(Map::new()))),
        }
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Member, D::Error> {
        Value::deserialize(d).map(Member::Value)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Member, D::Error> {
        Value::deserialize(d).map(Member::Value)
    }

    fn visit_none<E>(self) -> Result<Member, E> {
        Ok(Member::Value(Value::Null))
    }

    fn visit_unit<E>(self) -> Result<Member, E> {
        Ok(Member::Value(Value::Null))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Member, E> {
        Ok(Member::Value(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Member, E> {
        Ok(Member::Value(Value::from(v)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Member, E> {
        Ok(Member::Value(Value::from(v)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Member, E> {
        Ok(Member::Value(Value::from(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Member, E> {
        Ok(Member::Value(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Member, E> {
        Ok(Member::Value(Value::String(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Member, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Ok(Member::Value(Value::Array(items)))
    }
}

/// Reads any JSON value and keeps nothing: the checks of reading a `Value`, without one.
#[derive(Clone, Copy)]
struct Validate;

impl<'de> DeserializeSeed<'de> for Validate {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Validate {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    accept_any_scalar!();

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }
}

/// The first key of a map handed to [`MemberVisitor`].
enum FirstKeyIs {
    RawToken,
    Name(String),
}

struct FirstKey;

impl<'de> DeserializeSeed<'de> for FirstKey {
    type Value = FirstKeyIs;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<FirstKeyIs, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FirstKey {
    type Value = FirstKeyIs;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E>(self, name: &str) -> Result<FirstKeyIs, E> {
        Ok(if name == RAW_TOKEN {
            FirstKeyIs::RawToken
        } else {
            FirstKeyIs::Name(name.to_owned())
        })
    }

    fn visit_string<E>(self, name: String) -> Result<FirstKeyIs, E> {
        Ok(if name == RAW_TOKEN {
            FirstKeyIs::RawToken
        } else {
            FirstKeyIs::Name(name)
        })
    }
}

/// `serde_json`'s raw-value map with its token (already read) given again, so that
/// `Box<RawValue>` takes the text as is, without parsing it a second time.
struct RawReplay<A> {
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for RawReplay<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(RawReplayMap {
            map: self.map,
            token_given: false,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct RawReplayMap<A> {
    map: A,
    token_given: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for RawReplayMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if self.token_given {
            return Ok(None);
        }
        self.token_given = true;
        seed.deserialize(de::value::BorrowedStrDeserializer::new(RAW_TOKEN))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

impl Extra {
    /// No members.
    pub const fn new() -> Self {
        Extra {
            members: Vec::new(),
            flags: 0,
            index: None,
        }
    }

    /// The value of member `name`, if any (the last one, if it was given twice), parsed from
    /// its text: numbers that `f64` cannot hold exactly come as the nearest `f64`, while the
    /// member itself is still written back as read.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.member(name).map(Member::to_value)
    }

    /// The JSON text of member `name`, if any: as read, or as a value set in Rust is written.
    pub fn get_json(&self, name: &str) -> Option<Cow<'_, str>> {
        self.member(name).map(Member::json)
    }

    /// Whether member `name` is present and `null`.
    pub fn is_null(&self, name: &str) -> bool {
        self.member(name).is_some_and(Member::is_null)
    }

    /// Sets member `name`, replacing any value it had (its last value, if it was read twice).
    /// Amortized constant time: building an `Extra` member by member is linear.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        let name = name.into();
        let member = Member::Value(value.into());
        if self.index.is_none() && self.members.len() >= INDEX_FROM {
            self.build_index();
        }
        let position = match &self.index {
            Some(index) => index.get(&name).copied(),
            None => self.position(&name),
        };
        match position.and_then(|at| self.members.get_mut(at)) {
            Some(slot) => slot.1 = member,
            None => self.push(name, member),
        }
    }

    /// Removes member `name` and returns its value, if it had one (the last one, if it was
    /// read twice).
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let position = self.position(name)?;
        let (_, member) = self.members.remove(position);
        self.index = None;
        let tag_flags = self.flags & (TYPE_ABSENT | TYPE_SEEN);
        self.flags = tag_flags;
        for at in 0..self.members.len() {
            if let Some((name, _)) = self.members.get(at) {
                self.flags |= name_flags(name);
            }
        }
        Some(member.to_value())
    }

    /// Whether member `name` is present.
    pub fn contains(&self, name: &str) -> bool {
        self.member(name).is_some()
    }

    /// The members' names, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|(name, _)| name.as_str())
    }

    /// The members, in order, each parsed into a `Value` as [`get`](Self::get) does.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Value)> {
        self.members
            .iter()
            .map(|(name, member)| (name.as_str(), member.to_value()))
    }

    /// The members, in order, each as its JSON text as [`get_json`](Self::get_json) gives it.
    pub fn iter_json(&self) -> impl Iterator<Item = (&str, Cow<'_, str>)> {
        self.members
            .iter()
            .map(|(name, member)| (name.as_str(), member.json()))
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// An `Extra` for an object about to be read: written without `@odata.type` unless the
    /// object has one (`ObjectReader` only).
    pub(crate) const fn reading() -> Self {
        Extra {
            members: Vec::new(),
            flags: TYPE_ABSENT,
            index: None,
        }
    }

    fn member(&self, name: &str) -> Option<&Member> {
        let position = match &self.index {
            Some(index) => index.get(name).copied(),
            None => self.position(name),
        };
        position
            .and_then(|at| self.members.get(at))
            .map(|(_, member)| member)
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.members.iter().rposition(|(key, _)| key == name)
    }

    fn build_index(&mut self) {
        let index = self
            .members
            .iter()
            .enumerate()
            .map(|(at, (name, _))| (name.clone(), at))
            .collect();
        self.index = Some(Box::new(index));
    }

    /// Appends a member, keeping duplicates.
    fn push(&mut self, name: String, member: Member) {
        self.flags |= name_flags(&name);
        if let Some(index) = &mut self.index {
            index.insert(name.clone(), self.members.len());
        }
        self.members.push((name, member));
    }

    /// Appends a member as read, keeping duplicates.
    pub(crate) fn push_read(&mut self, name: String, member: Member) {
        self.push(name, member);
    }

    /// Appends an explicit `null` read for a typed property.
    pub(crate) fn push_null(&mut self, name: &str) {
        self.push(name.to_owned(), Member::Value(Value::Null));
    }

    /// The members as kept.
    pub(crate) fn members(&self) -> impl Iterator<Item = (&str, &Member)> {
        self.members
            .iter()
            .map(|(name, member)| (name.as_str(), member))
    }

    /// Notes the `@odata.type` `found` of the object being read, whose own is `tag`
    /// (`#namespace.type`). Kept as a member, where it was read and as it was spelled, unless
    /// it comes first and is `tag` with or without its `#`. `Err` when the object had one
    /// already.
    pub(crate) fn read_odata_type(&mut self, found: &str, tag: &str) -> Result<(), ()> {
        if self.flags & TYPE_SEEN != 0 {
            return Err(());
        }
        self.flags = (self.flags | TYPE_SEEN) & !TYPE_ABSENT;
        if self.members.is_empty() {
            if found == tag {
                return Ok(());
            }
            if tag.strip_prefix('#') == Some(found) {
                self.flags |= TYPE_BARE;
                return Ok(());
            }
        }
        self.push(
            ODATA_TYPE.to_owned(),
            Member::Value(Value::String(found.to_owned())),
        );
        Ok(())
    }

    /// The `@odata.type` to write first, for an object whose own is `tag`: `tag` for one
    /// built in Rust or read with it first (without its `#` if so read), or when `always`
    /// (create and update payloads, derived types) unless it keeps an `@odata.type` member of
    /// its own, written where it was read.
    #[inline]
    pub(crate) fn type_to_write<'t>(&self, tag: &'t str, always: bool) -> Option<&'t str> {
        if self.flags & TYPE_MEMBER != 0 || !(always || self.flags & TYPE_ABSENT == 0) {
            return None;
        }
        if self.flags & TYPE_BARE != 0 {
            return tag.strip_prefix('#').or(Some(tag));
        }
        Some(tag)
    }

    /// Whether some member is an annotation of the object (`@odata.etag`).
    #[inline]
    pub(crate) fn has_object_annotations(&self) -> bool {
        self.flags & OBJECT_ANNOTATIONS != 0
    }

    /// Whether some member is an annotation of a property (`action@odata.type`).
    #[inline]
    pub(crate) fn has_property_annotations(&self) -> bool {
        self.flags & PROPERTY_ANNOTATIONS != 0
    }
}

/// The flags a member named `name` sets.
fn name_flags(name: &str) -> u8 {
    let mut flags = 0;
    if name == ODATA_TYPE {
        flags |= TYPE_MEMBER;
    }
    match name.find('@') {
        Some(0) => flags |= OBJECT_ANNOTATIONS,
        Some(_) => flags |= PROPERTY_ANNOTATIONS,
        None => {}
    }
    flags
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.members.iter().map(|(name, member)| (name, member)))
            .finish()
    }
}

impl PartialEq for Extra {
    /// The same members with equal values, in any order (JSON objects are unordered, and
    /// annotations are written before the properties they annotate).
    fn eq(&self, other: &Extra) -> bool {
        if self.members == other.members {
            return true;
        }
        if self.members.len() != other.members.len() {
            return false;
        }
        sorted(self) == sorted(other)
    }
}

/// The members sorted by name, stably.
fn sorted(extra: &Extra) -> Vec<&(String, Member)> {
    let mut members: Vec<&(String, Member)> = extra.members.iter().collect();
    members.sort_by(|a, b| a.0.cmp(&b.0));
    members
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for Extra {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut extra = Extra::new();
        for (name, value) in iter {
            extra.insert(name, value);
        }
        extra
    }
}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.members.len()))?;
        for (name, member) in &self.members {
            map.serialize_entry(name, member)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;

        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Extra;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extra, A::Error> {
                let mut extra = Extra::new();
                while let Some((name, member)) = map.next_entry::<String, Member>()? {
                    extra.push_read(name, member);
                }
                Ok(extra)
            }
        }

        deserializer.deserialize_map(MembersVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn members_keep_their_text() {
        let text = r#"{"big":18446744073709551616,"decimal":12345678901234567.89,"zero":-0,"nested":{"z":1,"a":[1.0,2]}}"#;
        let extra: Extra = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&extra).unwrap(), text);
        assert_eq!(extra.get("nested"), Some(json!({"a": [1.0, 2], "z": 1})));
        assert_eq!(extra.get_json("zero").as_deref(), Some("-0"));
    }

    #[test]
    fn other_deserializers_give_values() {
        let extra: Extra = serde_json::from_value(json!({"a": {"b": 1}, "c": [true]})).unwrap();
        assert_eq!(extra.get("a"), Some(json!({"b": 1})));
        assert_eq!(extra.get("c"), Some(json!([true])));
        let members = serde::de::value::MapDeserializer::<_, serde_json::Error>::new(
            vec![("x".to_owned(), json!(2))].into_iter(),
        );
        let extra = Extra::deserialize(members).unwrap();
        assert_eq!(extra.get("x"), Some(json!(2)));
    }

    #[test]
    fn inserting_many_members_is_linear_and_replaces() {
        let mut extra = Extra::new();
        for n in 0..100_000 {
            extra.insert(format!("m{n}"), n);
        }
        extra.insert("m5", "five");
        extra.insert("m99999", "last");
        assert_eq!(extra.len(), 100_000);
        assert_eq!(extra.get("m5"), Some(json!("five")));
        assert_eq!(extra.get("m99999"), Some(json!("last")));
        assert_eq!(extra.remove("m5"), Some(json!("five")));
        assert!(!extra.contains("m5"));
        extra.insert("m6", 6);
        assert_eq!(extra.len(), 99_999);
    }

    #[test]
    fn equality_is_by_json_value() {
        let read: Extra = serde_json::from_str(r#"{"a": {"x": 1, "y": 2}}"#).unwrap();
        let built: Extra = [("a", json!({"y": 2, "x": 1}))].into_iter().collect();
        assert_eq!(read, built);
        assert!(!read.has_object_annotations());
    }
}
