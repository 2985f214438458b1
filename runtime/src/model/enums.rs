//! [`GraphEnum`]: Graph enumerations, whose unknown members are kept as read.

use std::borrow::Cow;

use serde_json::Value;

use crate::model::value::{describe_json, quoted, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;
use graph_entity_core::suggest::closest;

/// A Graph enumeration (`remoteAction`, `operationStatus`): a string in JSON.
///
/// Members are read in any letter case, as Graph reads them (`"Required"` is `required`),
/// and written back as the schema spells them.
///
/// Implemented by `#[derive(GraphEnum)]`. Members Graph adds later (after
/// `unknownFutureValue`) read into the catch-all variant and are written back unchanged;
/// create and update payloads must use known members.
pub trait GraphEnum: GraphValue + Sized {
    /// The enumeration's name in the schema (`remoteAction`).
    const NAME: &'static str;
    /// The JSON names of the known members, in declaration order.
    const MEMBERS: &'static [&'static str];

    /// The JSON name of this value (for the catch-all variant: the name as read).
    fn as_str(&self) -> &str;

    /// The known member named `name`, if any.
    fn from_member(name: &str) -> Option<Self>;

    /// Whether this is a known member (not the catch-all).
    #[inline]
    fn is_known(&self) -> bool {
        Self::from_member(self.as_str()).is_some()
    }
}

/// The known member of `E` named `name` in another letter case (`"Required"` for
/// `required`), as Graph reads it; `None` when there is none. Called by the generated
/// `from_member` after an exact match failed.
pub fn member_ignoring_case<E: GraphEnum>(name: &str) -> Option<E> {
    E::MEMBERS
        .iter()
        .find(|member| member.eq_ignore_ascii_case(name) && **member != name)
        .and_then(|member| E::from_member(member))
}

/// What a JSON value of enum `E` looks like.
pub fn expected_enum<E: GraphEnum>() -> Cow<'static, str> {
    Cow::Owned(format!("a member of {} (a string)", E::NAME))
}

/// Checks a JSON value against enum `E`.
pub fn check_enum_json<E: GraphEnum>(
    value: &Value,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    match value.as_str() {
        Some(name) => {
            if mode.is_write() && E::from_member(name).is_none() {
                problems.push(path, unknown_member::<E>(name));
            }
        }
        None => problems.push(
            path,
            format!(
                "expected {}, found {}",
                expected_enum::<E>(),
                describe_json(value)
            ),
        ),
    }
}

/// Checks a typed enum value: create and update payloads send known members only.
#[inline]
pub fn check_enum_value<E: GraphEnum>(
    value: &E,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    if mode.is_write() && !value.is_known() {
        problems.push(path, unknown_member::<E>(value.as_str()));
    }
}

fn unknown_member<E: GraphEnum>(name: &str) -> String {
    let hint = match closest(name, E::MEMBERS.iter().copied()) {
        Some(member) => format!("did you mean \"{member}\"? "),
        None => String::new(),
    };
    format!(
        "{} is not a known {} member: {hint}expected one of: {}",
        quoted(name),
        E::NAME,
        E::MEMBERS.join(", ")
    )
}
