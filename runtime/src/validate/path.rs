//! JSON paths such as `states[2].updatedDateTime`, built on the stack while checking and
//! rendered only when a problem is reported, so a valid payload costs no allocation.

use std::fmt::{self, Write as _};

use crate::validate::problem::{is_long, quoted};

/// One step from a JSON value to a value inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// The document itself.
    Root,
    /// A property of an object.
    Key(&'a str),
    /// An element of an array.
    Index(usize),
}

/// Where a value sits in a JSON document: a chain of segments that borrows its parent.
///
/// Rendered as `states[2].updatedDateTime`; keys that are not plain identifiers are quoted
/// (`vendorInformation["@odata.type"]`), and the document itself is `$`.
#[derive(Clone, Copy, Debug)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
    /// Added to the index of the elements below: see [`Path::shifted`].
    shift: usize,
}

impl Path<'static> {
    /// The path of the document itself.
    pub const ROOT: Path<'static> = Path {
        parent: None,
        segment: Segment::Root,
        shift: 0,
    };
}

impl<'a> Path<'a> {
    /// The path of property `key` of the object at `self`.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Key(key),
            shift: 0,
        }
    }

    /// The path of element `index` of the array at `self`.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Index(index.saturating_add(self.shift)),
            shift: 0,
        }
    }

    /// The same path, whose [`index`](Self::index) `i` is element `by + i`: a collection
    /// checked one element at a time reports element 0 of a one-element array at its index
    /// in the document.
    pub(crate) fn shifted(&self, by: usize) -> Path<'a> {
        Path { shift: by, ..*self }
    }

    /// Whether this is the path of the document itself.
    pub fn is_root(&self) -> bool {
        self.parent.is_none()
    }

    /// The segments from the document down to this value, the root excluded.
    fn segments(&self) -> Vec<Segment<'a>> {
        let mut segments = Vec::new();
        let mut current = Some(self);
        while let Some(path) = current {
            if path.segment != Segment::Root {
                segments.push(path.segment);
            }
            current = path.parent;
        }
        segments.reverse();
        segments
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let segments = self.segments();
        if segments.is_empty() {
            return f.write_char('$');
        }
        for (position, segment) in segments.iter().enumerate() {
            match segment {
                Segment::Root => {}
                Segment::Index(index) => write!(f, "[{index}]")?,
                // A long key is cut as values are: a 1 MB key would bury the message.
                Segment::Key(key) if is_long(key) => write!(f, "[{}]", quoted(key))?,
                Segment::Key(key) if is_plain_key(key) => {
                    if position > 0 {
                        f.write_char('.')?;
                    }
                    f.write_str(key)?;
                }
                Segment::Key(key) => write!(f, "[{}]", serde_json::Value::from(*key))?,
            }
        }
        Ok(())
    }
}

/// A key that can be written after a dot without ambiguity.
fn is_plain_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_keys_indexes_and_quoted_keys() {
        let root = Path::ROOT;
        assert_eq!(root.to_string(), "$");
        let states = root.key("states");
        let second = states.index(2);
        let updated = second.key("updatedDateTime");
        assert_eq!(updated.to_string(), "states[2].updatedDateTime");
        let vendor = root.key("vendorInformation");
        let tag = vendor.key("@odata.type");
        assert_eq!(tag.to_string(), "vendorInformation[\"@odata.type\"]");
        let top_tag = root.key("@odata.type");
        assert_eq!(top_tag.to_string(), "[\"@odata.type\"]");
        let element = root.index(0);
        assert_eq!(element.to_string(), "[0]");
        let shifted = states.shifted(40);
        assert_eq!(shifted.index(2).to_string(), "states[42]");
        assert_eq!(shifted.to_string(), "states");
    }

    #[test]
    fn long_keys_are_cut_with_their_length() {
        let long = "k".repeat(1 << 20);
        let root = Path::ROOT;
        let key = root.key(&long);
        let inner = key.key("x");
        let rendered = inner.to_string();
        assert_eq!(
            rendered,
            format!("[\"{}\"… (1048576 characters)].x", "k".repeat(60))
        );
        let sixty = "k".repeat(60);
        assert_eq!(root.key(&sixty).to_string(), sixty);
    }
}
