//! Reading and checking payloads that come from outside (files, users, Graph), reporting
//! every problem at once with its JSON path.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize as _;
use serde_json::{Map, Value};

use crate::model::object::{
    check_odata_type_json, missing_required, null_not_allowed, refusal, untyped_member_problem,
    GraphObject, PropertyInfo,
};
use crate::model::schema::SchemaType;
use crate::model::value::{GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;

/// Checks a typed value for `mode`: required properties present (create), read-only ones
/// absent, explicit `null`s only where allowed, known enum members only (create, update).
///
/// Allocates nothing when the value is valid.
pub fn validate<T: GraphValue>(value: &T, mode: Mode) -> Result<(), Problems> {
    let mut problems = Problems::new();
    value.check_value(mode, &Path::ROOT, &mut problems);
    problems.into_result()
}

/// Checks a JSON value against `T` for `mode`, reporting type errors and the rules of
/// [`validate`] together.
pub fn validate_json<T: GraphValue>(value: &Value, mode: Mode) -> Result<(), Problems> {
    let mut problems = Problems::new();
    T::check_json(value, mode, &Path::ROOT, &mut problems);
    problems.into_result()
}

/// Reads a `T` from JSON bytes (a response body) and on failure reports every problem, each
/// with its JSON path: `states[1].updatedDateTime: invalid DateTimeOffset "String (timestamp)", …`.
///
/// A valid body is read in one pass, at the speed of `serde_json::from_slice`.
pub fn from_json<T: GraphObject>(bytes: &[u8]) -> Result<T, Problems> {
    read_checked(bytes, Mode::Read)
}

/// Reads a `T` from JSON bytes and checks it for `mode`, reporting every problem at once:
/// syntax, types, and the rules of `mode`.
///
/// Memory: the typed value, plus the largest single member (or collection element) of the
/// document while problems are looked for; the document is never held as a whole
/// `serde_json::Value` (which costs up to 30 times its text).
pub(crate) fn read_checked<T: GraphObject>(bytes: &[u8], mode: Mode) -> Result<T, Problems> {
    let error = match serde_json::from_slice::<T>(bytes) {
        Ok(value) if mode == Mode::Read => return Ok(value),
        Ok(value) => {
            let mut problems = Problems::new();
            value.check_value(mode, &Path::ROOT, &mut problems);
            if problems.is_empty() {
                return Ok(value);
            }
            // The JSON check reports in the order of the document's members; the typed
            // check finds what it cannot (rules of values kept in `Extra`).
            let mut in_document = Problems::new();
            return match check_document::<T>(bytes, mode, &mut in_document) {
                Ok(()) if !in_document.is_empty() => Err(in_document),
                _ => Err(problems),
            };
        }
        // Only the message is kept: the partly read value is gone before the check runs.
        Err(error) => error,
    };
    let mut problems = Problems::new();
    if let Err(syntax) = check_document::<T>(bytes, mode, &mut problems) {
        let mut problems = Problems::new();
        problems.push(&Path::ROOT, format!("invalid JSON: {syntax}"));
        return Err(problems);
    }
    // What only serde sees is a property given twice: find every repeat, to report them
    // with the other problems.
    report_duplicates::<T>(bytes, &mut problems);
    if problems.is_empty() {
        let message = match error.classify() {
            serde_json::error::Category::Data => error.to_string(),
            _ => format!("invalid JSON: {error}"),
        };
        problems.push(&Path::ROOT, message);
    }
    Err(problems)
}

/// Checks the JSON document `bytes` against `T` for `mode`, recording what
/// `T::check_json` records on the document's `Value`, in the same order, without building
/// that `Value`: each member is read and checked on its own, a collection one element at a
/// time, and members without a typed property are skipped unread.
fn check_document<T: GraphObject>(
    bytes: &[u8],
    mode: Mode,
    problems: &mut Problems,
) -> Result<(), serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    Document::<T> {
        mode,
        problems,
        object: PhantomData,
    }
    .deserialize(&mut deserializer)?;
    deserializer.end()
}

/// Whether `serde_json::Map` iterates in key order (its default) rather than insertion
/// order (its `preserve_order` feature): `check_json` reports members in that order.
fn map_sorts_keys() -> bool {
    let mut map = Map::new();
    map.insert("b".to_owned(), Value::Null);
    map.insert("a".to_owned(), Value::Null);
    map.keys().next().is_some_and(|key| key == "a")
}

/// The document, a `T` object, read member by member.
struct Document<'a, T> {
    mode: Mode,
    problems: &'a mut Problems,
    object: PhantomData<T>,
}

impl<'de, T: GraphObject> DeserializeSeed<'de> for Document<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<T: GraphObject> Document<'_, T> {
    /// A document that is not an object, checked as `check_json` checks it.
    fn check(self, value: &Value) {
        T::check_json(value, self.mode, &Path::ROOT, self.problems);
    }
}

impl<'de, T: GraphObject> Visitor<'de> for Document<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::ODATA_TYPE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mode = self.mode;
        let mut present = vec![false; T::PROPERTIES.len()];
        // Each member's problems, to be reported in the order `check_json` meets them.
        let mut members: Vec<(String, Problems)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let mut found = Problems::new();
            let path = Path::ROOT.key(&key);
            let property =
                T::property_index(&key).and_then(|index| Some((index, T::PROPERTIES.get(index)?)));
            match property {
                _ if key == "@odata.type" => {
                    let value = map.next_value::<Value>()?;
                    check_odata_type_json::<T>(&value, &path, &mut found);
                }
                None => {
                    if let Some(problem) = untyped_member_problem::<T>(&key, mode) {
                        found.push(&path, problem);
                    }
                    map.next_value_seed(Skip)?;
                }
                Some((index, info)) => {
                    if let Some(slot) = present.get_mut(index) {
                        *slot = true;
                    }
                    if let Some(refusal) = refusal(info, mode) {
                        found.push(&path, refusal);
                        map.next_value_seed(Skip)?;
                    } else {
                        map.next_value_seed(Member {
                            info,
                            mode,
                            path: &path,
                            problems: &mut found,
                        })?;
                    }
                }
            }
            if !found.is_empty() {
                members.push((key, found));
            }
        }
        if map_sorts_keys() {
            members.sort_by(|(a, _), (b, _)| a.cmp(b));
        }
        for (_, found) in members {
            self.problems.extend(found);
        }
        if mode == Mode::Create {
            for (info, present) in T::PROPERTIES.iter().zip(present) {
                if info.is_required() && !present {
                    let path = Path::ROOT.key(info.json_name());
                    self.problems.push(&path, missing_required::<T>(info));
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        let value = Value::deserialize(SeqAccessDeserializer::new(seq))?;
        self.check(&value);
        Ok(())
    }

    check_each_scalar!();

    fn visit_unit<E>(self) -> Result<(), E> {
        self.check(&Value::Null);
        Ok(())
    }
}

/// A value read to the end without being kept: every string, number and nesting level is
/// parsed as for a `Value` (so invalid UTF-8, `1e400` or nesting past serde_json's limit
/// are the same errors), and nothing is allocated but escaped strings, one at a time.
struct Skip;

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Skip)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }

    accept_any_scalar!();
}

/// The value of a typed property of the document, checked with the property's own check;
/// a collection one element at a time.
struct Member<'a, 'p> {
    info: &'a PropertyInfo,
    mode: Mode,
    path: &'a Path<'p>,
    problems: &'a mut Problems,
}

impl Member<'_, '_> {
    fn check(self, value: &Value) {
        self.info.check(value, self.mode, self.path, self.problems);
    }
}

impl<'de> DeserializeSeed<'de> for Member<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Member<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.info.expected())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !matches!(self.info.schema(), SchemaType::Collection(_)) {
            let value = Value::deserialize(SeqAccessDeserializer::new(seq))?;
            self.check(&value);
            return Ok(());
        }
        // Element `index` is checked as the only element of an array, at a path shifted to
        // its index: one element is held at a time.
        let mut index = 0;
        while let Some(element) = seq.next_element::<Value>()? {
            let one = Value::Array(vec![element]);
            let shifted = self.path.shifted(index);
            self.info.check(&one, self.mode, &shifted, self.problems);
            index += 1;
        }
        if index == 0 {
            self.check(&Value::Array(Vec::new()));
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let value = Value::deserialize(MapAccessDeserializer::new(map))?;
        self.check(&value);
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        if self.mode.is_write() && !self.info.is_nullable() {
            self.problems.push(self.path, null_not_allowed(self.info));
        } else {
            self.check(&Value::Null);
        }
        Ok(())
    }

    check_each_scalar!();

    fn visit_string<E>(self, value: String) -> Result<(), E> {
        self.check(&Value::String(value));
        Ok(())
    }
}

/// Reports each repeat of a typed property (or of `@odata.type`) within one object, at the object's path, in
/// every object whose type the schema tells (the document's, its properties' and their
/// elements'), however many properties are repeated.
fn report_duplicates<T: GraphObject>(bytes: &[u8], problems: &mut Problems) {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    // The bytes already passed `check_document`, so this walk does not fail.
    let _ = Duplicates {
        shape: Shape::Object(T::PROPERTIES),
        path: &Path::ROOT,
        problems,
    }
    .deserialize(&mut deserializer);
}

/// What the schema tells of a JSON value, to find its repeated properties.
#[derive(Clone, Copy)]
enum Shape {
    /// An object with these typed properties.
    Object(&'static [PropertyInfo]),
    /// An array of elements of this shape.
    Collection(fn() -> SchemaType),
    /// A value whose properties are not typed (a primitive, an unknown member, a value of
    /// one of several derived types).
    Untyped,
}

impl Shape {
    fn of(schema: SchemaType) -> Shape {
        match schema {
            SchemaType::Object { properties, .. } => Shape::Object(properties),
            SchemaType::Collection(element) => Shape::Collection(element),
            _ => Shape::Untyped,
        }
    }
}

/// Walks a JSON document, reporting repeated typed properties.
struct Duplicates<'a> {
    shape: Shape,
    path: &'a Path<'a>,
    problems: &'a mut Problems,
}

impl<'de> DeserializeSeed<'de> for Duplicates<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self.shape {
            Shape::Untyped => deserializer.deserialize_ignored_any(IgnoredAny).map(|_| ()),
            _ => deserializer.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Duplicates<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Shape::Object(properties) = self.shape else {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(());
        };
        let mut seen = vec![false; properties.len()];
        let mut seen_odata_type = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "@odata.type" {
                // The type decides how the object reads: a second one is as ambiguous as a
                // repeated property.
                if seen_odata_type {
                    self.problems.push(
                        self.path,
                        "duplicate property `@odata.type`: give each property once",
                    );
                }
                seen_odata_type = true;
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let property = properties
                .iter()
                .position(|info| info.json_name() == key)
                .and_then(|index| Some((seen.get_mut(index)?, properties.get(index)?)));
            let Some((seen, info)) = property else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            if *seen {
                // At the object that has it twice: the member's own path is ambiguous.
                self.problems.push(
                    self.path,
                    format!("duplicate property `{key}`: give each property once"),
                );
            }
            *seen = true;
            let path = self.path.key(&key);
            map.next_value_seed(Duplicates {
                shape: Shape::of(info.schema()),
                path: &path,
                problems: &mut *self.problems,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let element = match self.shape {
            Shape::Collection(element) => Shape::of(element()),
            _ => Shape::Untyped,
        };
        let mut index = 0;
        loop {
            let path = self.path.index(index);
            let item = Duplicates {
                shape: element,
                path: &path,
                problems: &mut *self.problems,
            };
            if seq.next_element_seed(item)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    accept_any_scalar!();
}
