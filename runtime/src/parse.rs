//! Reading and checking payloads that come from outside (files, users, Graph), reporting
//! every problem at once with its JSON path.

use serde_json::Value;

use crate::object::GraphObject;
use crate::path::Path;
use crate::problem::Problems;
use crate::value::{GraphValue, Mode};

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
            // The checker and serde agree on types; what only serde sees (a duplicate
            // property, for one) is reported as serde words it, with its position.
            if problems.is_empty() {
                problems.push(&Path::ROOT, error.to_string());
            }
            Err(problems)
        }
    }
}
