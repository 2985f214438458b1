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
/// create and update payloads must use known members, and not `unknownFutureValue` itself,
/// Graph's marker for the members added later.
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

    /// Whether a create or update payload may send this value: a known member other than
    /// `unknownFutureValue`, Graph's marker for the members added later.
    #[inline]
    fn is_sendable(&self) -> bool {
        self.is_known() && !self.as_str().eq_ignore_ascii_case(SENTINEL)
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
            if mode.is_write() {
                if let Some(problem) = unsendable::<E>(name, E::from_member(name).is_some()) {
                    problems.push(path, problem);
                }
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
    if mode.is_write() && !value.is_sendable() {
        refuse(value, path, problems);
    }
}

#[cold]
#[inline(never)]
fn refuse<E: GraphEnum>(value: &E, path: &Path<'_>, problems: &mut Problems) {
    if let Some(problem) = unsendable::<E>(value.as_str(), value.is_known()) {
        problems.push(path, problem);
    }
}

/// Graph's marker member after which later members are added: a schema lists it, no
/// payload may send it.
pub(crate) const SENTINEL: &str = "unknownFutureValue";

/// Why member `name` of `E` cannot be sent, if it cannot: it is not a known member (the
/// catch-all holds a name Graph did not publish), or it is the `unknownFutureValue` marker.
pub(crate) fn unsendable<E: GraphEnum>(name: &str, known: bool) -> Option<String> {
    if !known {
        return Some(unknown_member::<E>(name));
    }
    name.eq_ignore_ascii_case(SENTINEL).then(|| {
        format!(
            "{} is Graph's marker for members added later, not a value a payload may send: choose a member of {}",
            quoted(name),
            E::NAME
        )
    })
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
