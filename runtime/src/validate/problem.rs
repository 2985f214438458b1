//! Problems found in a payload, each with the JSON path it was found at.

use std::fmt;

use crate::validate::path::Path;

/// How many characters of a value or a name messages quote.
const QUOTED_CHARS: usize = 60;

/// `text` as a JSON string for a message, cut after 60 characters with an ellipsis and its
/// length (`"xxxx…"… (1048576 characters)`): a megabyte value or property name would bury
/// the message. Values, property names and the keys of JSON paths are quoted with it.
pub(crate) fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => format!(
            "{}… ({} characters)",
            serde_json::Value::from(text.get(..end).unwrap_or(text)),
            text.chars().count()
        ),
        None => serde_json::Value::from(text).to_string(),
    }
}

/// Whether [`quoted`] cuts `text`.
pub(crate) fn is_long(text: &str) -> bool {
    text.char_indices().nth(QUOTED_CHARS).is_some()
}

/// One thing wrong with a payload: where (a JSON path such as `states[2].updatedDateTime`)
/// and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    path: String,
    message: String,
}

impl Problem {
    /// A problem at `path`, described by `message`.
    pub fn new(path: &Path<'_>, message: impl Into<String>) -> Self {
        Problem {
            path: path.to_string(),
            message: message.into(),
        }
    }

    /// The JSON path of the offending value (`$` for the document itself).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong and what was expected.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in one payload, in document order.
///
/// Displayed as one `path: message` line per problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// No problems yet.
    pub const fn new() -> Self {
        Problems { list: Vec::new() }
    }

    /// Records a problem at `path`.
    pub fn push(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.list.push(Problem::new(path, message));
    }

    /// Appends every problem of `other`, in order.
    pub(crate) fn extend(&mut self, other: Problems) {
        self.list.extend(other.list);
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.list.iter()
    }

    /// `Ok(())` when no problem was found, else `Err(self)`.
    pub fn into_result(self) -> Result<(), Problems> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, problem) in self.list.iter().enumerate() {
            if position > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}
