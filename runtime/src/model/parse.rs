//! Reading and checking payloads that come from outside (files, users, Graph), reporting
//! every problem at once with its JSON path.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::model::object::GraphObject;
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
pub(crate) fn read_checked<T: GraphObject>(bytes: &[u8], mode: Mode) -> Result<T, Problems> {
    let typed = match (mode, serde_json::from_slice::<T>(bytes)) {
        (Mode::Read, Ok(value)) => return Ok(value),
        (_, typed) => typed,
    };
    let mut problems = Problems::new();
    let json: Value = match serde_json::from_slice(bytes) {
        Ok(json) => json,
        Err(error) => {
            problems.push(&Path::ROOT, format!("invalid JSON: {error}"));
            return Err(problems);
        }
    };
    T::check_json(&json, mode, &Path::ROOT, &mut problems);
    match typed {
        Ok(value) if problems.is_empty() => {
            value.check_value(mode, &Path::ROOT, &mut problems);
            problems.into_result().map(|()| value)
        }
        Ok(_) => Err(problems),
        Err(error) => {
            // The checker and serde agree on types; what only serde sees is a duplicate
            // property, which the `Value` above kept once: find where, to report it with the
            // other problems.
            let message = error.to_string();
            if let Some(name) = duplicated_property(&message) {
                report_duplicates(bytes, name, &mut problems);
            }
            if problems.is_empty() {
                problems.push(&Path::ROOT, message);
            }
            Err(problems)
        }
    }
}

/// The name in the error of a property given twice (`__private::read_property`'s words).
fn duplicated_property(message: &str) -> Option<&str> {
    let (name, _) = message
        .strip_prefix("duplicate property `")?
        .split_once('`')?;
    Some(name)
}

/// Reports each repeat of member `name` within one object, at the object's path.
fn report_duplicates(bytes: &[u8], name: &str, problems: &mut Problems) {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    // The bytes already parsed as a `Value`, so this walk does not fail.
    let _ = Duplicates {
        name,
        path: &Path::ROOT,
        problems,
    }
    .deserialize(&mut deserializer);
}

/// Walks a JSON document, reporting repeated members named `name`.
struct Duplicates<'a> {
    name: &'a str,
    path: &'a Path<'a>,
    problems: &'a mut Problems,
}

impl<'de> DeserializeSeed<'de> for Duplicates<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Duplicates<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.name {
                if seen {
                    // At the object that has it twice: the member's own path is ambiguous.
                    self.problems.push(
                        self.path,
                        format!("duplicate property `{key}`: give each property once"),
                    );
                }
                seen = true;
            }
            let path = self.path.key(&key);
            map.next_value_seed(Duplicates {
                name: self.name,
                path: &path,
                problems: &mut *self.problems,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            let path = self.path.index(index);
            let item = Duplicates {
                name: self.name,
                path: &path,
                problems: &mut *self.problems,
            };
            if seq.next_element_seed(item)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}
