//! [`Flags`]: a value of a flags enumeration (`IsFlags="true"`), any combination of its
//! members, written comma-separated (`"camera,nfc"`).

use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::edm::primitives::short_quoted;
use crate::model::enums::GraphEnum;
use crate::model::schema::SchemaType;
use crate::model::value::{describe_json, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;
use graph_entity_core::suggest::closest;

/// A value of a flags enumeration: a combination of members of the [`GraphEnum`] `E`,
/// written in JSON as one string with the members separated by commas (`"camera,nfc"`).
///
/// Members are kept in the order read, unknown ones included (in `E`'s catch-all
/// variant), so a value is written back as read. Create and update payloads must use known
/// members only, as for a plain enum property.
///
/// ```
/// use graph_entity::{Flags, GraphEnum};
///
/// #[derive(GraphEnum, Clone, Debug, PartialEq)]
/// enum DeviceCapabilities {
///     Camera,
///     Nfc,
///     #[graph(other)]
///     Other(String),
/// }
///
/// let flags: Flags<DeviceCapabilities> = "camera,nfc".parse().unwrap();
/// assert!(flags.contains(&DeviceCapabilities::Nfc));
/// assert_eq!(flags.to_string(), "camera,nfc");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Flags<E>(Vec<E>);

impl<E> Flags<E> {
    /// No member set.
    pub fn new() -> Self {
        Flags(Vec::new())
    }

    /// The members, in order.
    pub fn as_slice(&self) -> &[E] {
        &self.0
    }

    /// The members, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.0.iter()
    }

    /// How many members are set.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no member is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<E: PartialEq> Flags<E> {
    /// Whether `member` is set.
    pub fn contains(&self, member: &E) -> bool {
        self.0.contains(member)
    }

    /// Sets `member`, at the end, unless it is set already.
    pub fn insert(&mut self, member: E) {
        if !self.contains(&member) {
            self.0.push(member);
        }
    }

    /// Unsets `member`; whether it was set.
    pub fn remove(&mut self, member: &E) -> bool {
        let before = self.0.len();
        self.0.retain(|set| set != member);
        self.0.len() != before
    }
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags::new()
    }
}

impl<E> From<Vec<E>> for Flags<E> {
    fn from(members: Vec<E>) -> Self {
        Flags(members)
    }
}

impl<E, const N: usize> From<[E; N]> for Flags<E> {
    fn from(members: [E; N]) -> Self {
        Flags(members.into())
    }
}

impl<E> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        Flags(members.into_iter().collect())
    }
}

impl<E> IntoIterator for Flags<E> {
    type Item = E;
    type IntoIter = std::vec::IntoIter<E>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a Flags<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<E: GraphEnum> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, member) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            f.write_str(member.as_str())?;
        }
        Ok(())
    }
}

impl<E: GraphEnum + fmt::Debug> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Flags").field(&self.0).finish()
    }
}

impl<E: GraphEnum + FromStr<Err = Infallible>> FromStr for Flags<E> {
    type Err = Infallible;

    /// Any text parses: members are split at commas, unknown ones kept in the catch-all;
    /// the empty string is no member.
    fn from_str(text: &str) -> Result<Self, Infallible> {
        if text.is_empty() {
            return Ok(Flags::new());
        }
        text.split(',').map(str::parse).collect()
    }
}

impl<E: GraphEnum> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, E: GraphEnum + FromStr<Err = Infallible>> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<E>(std::marker::PhantomData<E>);

        impl<E: GraphEnum + FromStr<Err = Infallible>> Visitor<'_> for TextVisitor<E> {
            type Value = Flags<E>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "comma-separated {} members", E::NAME)
            }

            fn visit_str<Error: de::Error>(self, text: &str) -> Result<Flags<E>, Error> {
                let Ok(flags) = text.parse();
                Ok(flags)
            }
        }

        deserializer.deserialize_str(TextVisitor(std::marker::PhantomData))
    }
}

/// "`x` is not a known member" for one member of a flags value.
fn unknown_member<E: GraphEnum>(name: &str) -> String {
    let hint = match closest(name, E::MEMBERS.iter().copied()) {
        Some(member) => format!("did you mean \"{member}\"? "),
        None => String::new(),
    };
    format!(
        "{} is not a known {} member: {hint}a flags value is members separated by commas, no spaces, from: {}",
        short_quoted(name),
        E::NAME,
        E::MEMBERS.join(", ")
    )
}

impl<E: GraphEnum + FromStr<Err = Infallible>> GraphValue for Flags<E> {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn expected() -> Cow<'static, str> {
        Cow::Owned(format!(
            "{} members separated by commas (a string such as \"{}\")",
            E::NAME,
            E::MEMBERS
                .iter()
                .take(2)
                .copied()
                .collect::<Vec<_>>()
                .join(",")
        ))
    }

    fn schema() -> SchemaType {
        SchemaType::Flags {
            name: E::NAME,
            members: E::MEMBERS,
        }
    }

    fn check_json(value: &Value, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        let Some(text) = value.as_str() else {
            problems.push(
                path,
                format!(
                    "expected {}, found {}",
                    Self::expected(),
                    describe_json(value)
                ),
            );
            return;
        };
        if mode.is_write() && !text.is_empty() {
            for name in text.split(',') {
                if E::from_member(name).is_none() {
                    problems.push(path, unknown_member::<E>(name));
                }
            }
        }
    }

    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if mode.is_write() {
            for member in self.0.iter().filter(|member| !member.is_known()) {
                problems.push(path, unknown_member::<E>(member.as_str()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(crate::GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
    enum Capability {
        None,
        Camera,
        Nfc,
        #[graph(other)]
        Other(String),
    }

    fn problems_of(value: Value, mode: Mode) -> Vec<String> {
        let mut problems = Problems::new();
        Flags::<Capability>::check_json(&value, mode, &Path::ROOT, &mut problems);
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn flags_round_trip_with_unknown_members_and_odd_spacing() {
        for text in [
            "camera,nfc",
            "nfc",
            "",
            "camera,laser",
            "camera, nfc",
            "nfc,camera",
        ] {
            let flags: Flags<Capability> = serde_json::from_value(Value::from(text)).unwrap();
            assert_eq!(serde_json::to_value(&flags).unwrap(), Value::from(text));
        }
        let flags: Flags<Capability> = "camera,laser".parse().unwrap();
        assert_eq!(
            flags.as_slice(),
            [Capability::Camera, Capability::Other("laser".into())]
        );
    }

    #[test]
    fn sets_insert_once_and_remove() {
        let mut flags = Flags::from([Capability::Camera]);
        flags.insert(Capability::Nfc);
        flags.insert(Capability::Camera);
        assert_eq!(flags.to_string(), "camera,nfc");
        assert!(flags.remove(&Capability::Camera));
        assert!(!flags.remove(&Capability::Camera));
        assert_eq!(flags.len(), 1);
        assert!(Flags::<Capability>::new().is_empty());
    }

    #[test]
    fn payloads_must_use_known_members() {
        assert!(problems_of(Value::from("camera,laser"), Mode::Read).is_empty());
        assert_eq!(
            problems_of(Value::from("camera, nfc"), Mode::Create),
            ["$: \" nfc\" is not a known capability member: did you mean \"nfc\"? a flags value is members separated by commas, no spaces, from: none, camera, nfc"]
        );
        assert_eq!(
            problems_of(Value::from(3), Mode::Read),
            ["$: expected capability members separated by commas (a string such as \"none,camera\"), found the number 3"]
        );
        let mut problems = Problems::new();
        Flags::from([Capability::Other("laser".into())]).check_value(
            Mode::Update,
            &Path::ROOT,
            &mut problems,
        );
        assert_eq!(problems.len(), 1);
        assert!(matches!(
            Flags::<Capability>::schema(),
            SchemaType::Flags {
                name: "capability",
                members: ["none", "camera", "nfc"]
            }
        ));
    }
}
