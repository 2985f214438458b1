//! `Edm.DateTimeOffset`: an RFC 3339 timestamp that is written back exactly as it was read.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::path::Path;
use crate::problem::Problems;
use crate::schema::SchemaType;
use crate::value::{describe_json, GraphValue, Mode};

/// An `Edm.DateTimeOffset`: a point in time with its UTC offset, such as
/// `2017-01-01T00:03:07.1589002-08:00`.
///
/// Parsed and checked by the [`time`] crate (real calendar dates, offsets within ±23:59).
/// Besides the instant it remembers how many fractional digits were written and whether
/// UTC was written `Z`, so a value read from Graph is written back byte for byte
/// (lowercase `t` and `z` are written uppercase, and digits past the ninth are dropped).
///
/// Two values are equal when they were written the same way; compare
/// [`DateTimeOffset::to_offset_date_time`] to compare instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTimeOffset {
    value: OffsetDateTime,
    fraction_digits: u8,
    utc_as_z: bool,
}

/// Why a text is not a `DateTimeOffset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTimeOffsetError {
    text: String,
}

impl fmt::Display for DateTimeOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid DateTimeOffset {}, expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"",
            Value::from(self.text.as_str())
        )
    }
}

impl std::error::Error for DateTimeOffsetError {}

impl DateTimeOffset {
    /// Wraps an instant; it is written with as many fractional digits as it needs and
    /// UTC as `Z`.
    pub fn new(value: OffsetDateTime) -> Self {
        let nanos = value.nanosecond();
        let fraction_digits = if nanos == 0 {
            0
        } else {
            9 - trailing_decimal_zeros(nanos)
        };
        DateTimeOffset {
            value,
            fraction_digits,
            utc_as_z: true,
        }
    }

    /// Parses an RFC 3339 timestamp, remembering how it was written.
    pub fn parse(text: &str) -> Result<Self, DateTimeOffsetError> {
        let error = || DateTimeOffsetError {
            text: text.to_owned(),
        };
        let value = OffsetDateTime::parse(text, &Rfc3339).map_err(|_| error())?;
        let bytes = text.as_bytes();
        // `YYYY-MM-DDTHH:MM:SS` is 19 bytes; a fraction, if any, follows it.
        let fraction = match bytes.get(19) {
            Some(b'.') => bytes[20..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count(),
            _ => 0,
        };
        let utc_as_z = matches!(bytes.last(), Some(b'Z' | b'z'));
        Ok(DateTimeOffset {
            value,
            fraction_digits: fraction.min(9) as u8,
            utc_as_z,
        })
    }

    /// The instant, as a [`time::OffsetDateTime`].
    pub fn to_offset_date_time(self) -> OffsetDateTime {
        self.value
    }
}

/// How many of the nine fractional digits of `nanos` are trailing zeros.
fn trailing_decimal_zeros(mut nanos: u32) -> u8 {
    let mut zeros = 0;
    while zeros < 9 && nanos % 10 == 0 {
        nanos /= 10;
        zeros += 1;
    }
    zeros
}

impl From<OffsetDateTime> for DateTimeOffset {
    fn from(value: OffsetDateTime) -> Self {
        DateTimeOffset::new(value)
    }
}

impl From<DateTimeOffset> for OffsetDateTime {
    fn from(value: DateTimeOffset) -> Self {
        value.value
    }
}

impl FromStr for DateTimeOffset {
    type Err = DateTimeOffsetError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DateTimeOffset::parse(text)
    }
}

impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.value;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            v.year(),
            u8::from(v.month()),
            v.day(),
            v.hour(),
            v.minute(),
            v.second()
        )?;
        if self.fraction_digits > 0 {
            let digits = u32::from(self.fraction_digits);
            let scaled = v.nanosecond() / 10_u32.pow(9 - digits);
            write!(f, ".{:0width$}", scaled, width = digits as usize)?;
        }
        let offset = v.offset();
        if offset.is_utc() && self.utc_as_z {
            return f.write_char('Z');
        }
        let sign = if offset.is_negative() { '-' } else { '+' };
        write!(
            f,
            "{sign}{:02}:{:02}",
            offset.whole_hours().unsigned_abs(),
            offset.minutes_past_hour().unsigned_abs()
        )
    }
}

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl Visitor<'_> for TextVisitor {
            type Value = DateTimeOffset;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a DateTimeOffset string such as \"2014-01-01T00:00:00Z\"")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                DateTimeOffset::parse(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(TextVisitor)
    }
}

impl GraphValue for DateTimeOffset {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.DateTimeOffset")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("a DateTimeOffset (RFC 3339, such as \"2014-01-01T00:00:00Z\")")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        match value.as_str() {
            Some(text) => {
                if let Err(error) = DateTimeOffset::parse(text) {
                    problems.push(path, error.to_string());
                }
            }
            None => problems.push(
                path,
                format!(
                    "expected {}, found {}",
                    Self::expected(),
                    describe_json(value)
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        match DateTimeOffset::parse(text) {
            Ok(value) => value.to_string(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn graph_timestamps_round_trip_byte_for_byte() {
        for text in [
            "2017-01-01T00:03:07.1589002-08:00",
            "2014-01-01T00:00:00Z",
            "2014-01-01T00:00:00.000Z",
            "2014-01-01T00:00:00+00:00",
            "2024-02-29T23:59:59.123456789+05:45",
            "0001-01-01T00:00:00Z",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn invalid_timestamps_say_what_was_expected() {
        for text in [
            "String (timestamp)",
            "2017-13-45T99:00:00Z",
            "2023-02-29T00:00:00Z",
            "2017-01-01",
            "",
        ] {
            let error = DateTimeOffset::parse(text).map(|_| ()).unwrap_err();
            let message = error.to_string();
            assert!(
                message.starts_with(&format!("invalid DateTimeOffset {}", Value::from(text))),
                "{message}"
            );
        }
    }

    #[test]
    fn new_values_use_the_digits_they_need() {
        let instant = OffsetDateTime::UNIX_EPOCH + time::Duration::milliseconds(1500);
        assert_eq!(
            DateTimeOffset::new(instant).to_string(),
            "1970-01-01T00:00:01.5Z"
        );
    }
}
