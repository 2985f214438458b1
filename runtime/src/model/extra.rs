//! [`Extra`]: what a model keeps of a JSON object besides its typed properties.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// The members of a Graph object that its struct has no typed value for, in the order they
/// were read: unknown properties (Graph adds properties over time, and open types allow any),
/// annotations such as `@odata.etag` or `action@odata.type`, and explicit `null`s of typed
/// properties. They are written back after the typed properties, so reading and writing a
/// payload loses nothing.
///
/// Every [`GraphEntity`](crate::GraphEntity) and [`GraphComplex`](crate::GraphComplex) struct
/// has one field of this type, marked `#[graph(extra)]`.
///
/// When a typed property has a value, a member of the same name here is not written: the
/// typed value wins.
///
/// On its own it serializes as a JSON object of its members.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extra {
    members: Vec<(String, Value)>,
}

impl Extra {
    /// No members.
    pub const fn new() -> Self {
        Extra {
            members: Vec::new(),
        }
    }

    /// The value of member `name`, if any (the last one, if it was given twice).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.members
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Sets member `name`, replacing any value it had.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        let name = name.into();
        let value = value.into();
        match self.members.iter_mut().find(|(key, _)| *key == name) {
            Some(slot) => slot.1 = value,
            None => self.members.push((name, value)),
        }
    }

    /// Removes member `name` and returns its value, if it had one.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let position = self.members.iter().position(|(key, _)| key == name)?;
        Some(self.members.remove(position).1)
    }

    /// Whether member `name` is present.
    pub fn contains(&self, name: &str) -> bool {
        self.members.iter().any(|(key, _)| key == name)
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members
            .iter()
            .map(|(key, value)| (key.as_str(), value))
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Appends a member as read, keeping duplicates (generated code only).
    pub(crate) fn push_read(&mut self, name: String, value: Value) {
        self.members.push((name, value));
    }
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
        for (name, value) in &self.members {
            map.serialize_entry(name, value)?;
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
                while let Some((name, value)) = map.next_entry::<String, Value>()? {
                    extra.push_read(name, value);
                }
                Ok(extra)
            }
        }

        deserializer.deserialize_map(MembersVisitor)
    }
}
