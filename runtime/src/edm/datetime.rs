//! `Edm.DateTimeOffset`: an RFC 3339 timestamp that is written back exactly as it was read.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::model::builder::IntoInput;
use crate::model::schema::SchemaType;
use crate::model::value::{describe_json, quoted, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;

/// An `Edm.DateTimeOffset`: a point in time with its UTC offset, such as
/// `2017-01-01T00:03:07.1589002-08:00`.
///
/// Parsed and checked by the [`time`] crate (real calendar dates, offsets within ±23:59,
/// years `0000` to `9999` as RFC 3339 has them). Besides the instant it remembers how many
/// fractional digits were written, whether UTC was written `Z` or `-00:00` (RFC 3339's "local
/// offset unknown"), and a leap second (`23:59:60`, kept where RFC 3339 allows one: the last
/// second of a month in UTC), so a value read from Graph is written back byte for byte
/// (lowercase `t` and `z` are written uppercase, and digits past the ninth are dropped). As an
/// instant, a leap second is the second before it: `23:59:60.5Z` is `23:59:59.5Z`.
///
/// Two values are equal when they were written the same way; compare
/// [`DateTimeOffset::to_offset_date_time`] to compare instants.
///
/// ```
/// use graph_entity::DateTimeOffset;
///
/// for text in ["2016-12-31T23:59:60Z", "2024-05-01T10:00:00-00:00"] {
///     assert_eq!(DateTimeOffset::parse(text)?.to_string(), text);
/// }
/// # Ok::<(), graph_entity::DateTimeOffsetError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTimeOffset {
    value: OffsetDateTime,
    fraction_digits: u8,
    utc_as_z: bool,
    utc_as_unknown: bool,
    leap_second: bool,
}

/// Why a text is not a `DateTimeOffset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTimeOffsetError {
    text: String,
}

impl DateTimeOffsetError {
    /// Whether the text starts with a year RFC 3339 does not have: signed, or more than
    /// four digits.
    fn year_out_of_range(&self) -> bool {
        let bytes = self.text.as_bytes();
        matches!(bytes.first(), Some(b'-' | b'+'))
            || bytes.iter().take(5).filter(|b| b.is_ascii_digit()).count() == 5
    }
}

impl fmt::Display for DateTimeOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid DateTimeOffset {}", quoted(&self.text))?;
        if self.year_out_of_range() {
            f.write_str(": the year must be four digits, 0000 to 9999")?;
        }
        f.write_str(", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"")
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
            utc_as_unknown: false,
            leap_second: false,
        }
    }

    /// Parses an RFC 3339 timestamp, remembering how it was written.
    pub fn parse(text: &str) -> Result<Self, DateTimeOffsetError> {
        let error = || DateTimeOffsetError {
            text: text.to_owned(),
        };
        let mut value = OffsetDateTime::parse(text, &Rfc3339).map_err(|_| error())?;
        let bytes = text.as_bytes();
        // `time` reads a leap second as `:59.999999999`; read as `:59` to keep its fraction.
        let leap_second = bytes.get(17..19) == Some(b"60");
        if leap_second {
            let mut second_before = bytes.to_vec();
            if let Some(digit) = second_before.get_mut(17..19) {
                digit.copy_from_slice(b"59");
            }
            value = std::str::from_utf8(&second_before)
                .ok()
                .and_then(|text| OffsetDateTime::parse(text, &Rfc3339).ok())
                .ok_or_else(error)?;
        }
        // `YYYY-MM-DDTHH:MM:SS` is 19 bytes; a fraction, if any, follows it.
        let fraction = match bytes.get(19..) {
            Some([b'.', digits @ ..]) => digits.iter().take_while(|b| b.is_ascii_digit()).count(),
            _ => 0,
        };
        let utc_as_z = matches!(bytes.last(), Some(b'Z' | b'z'));
        Ok(DateTimeOffset {
            value,
            fraction_digits: fraction.min(9) as u8,
            utc_as_z,
            utc_as_unknown: text.ends_with("-00:00"),
            leap_second,
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
        f.write_str(Text::of(self).as_str())
    }
}

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Text::of(self).as_str())
    }
}

/// The written form of a [`DateTimeOffset`], built on the stack: `write!` with padded
/// fields cost as much as the rest of an entity's serialization.
struct Text {
    bytes: [u8; Text::CAPACITY],
    len: usize,
}

impl Text {
    /// `-9999-12-31T23:59:59.999999999+23:59` is 36 bytes.
    const CAPACITY: usize = 40;

    fn of(value: &DateTimeOffset) -> Text {
        let mut text = Text {
            bytes: [0; Text::CAPACITY],
            len: 0,
        };
        let v = value.value;
        let (year, month, day) = v.to_calendar_date();
        let (hour, minute, second, nanosecond) = v.to_hms_nano();
        match u32::try_from(year) {
            Ok(year @ 0..=9999) => text.extend(&digits::<4>(year)),
            // Only built in Rust: before year 0 (ISO 8601's expanded years, `-0001`), or with
            // `time`'s large-dates feature. Reading refuses them; validation too.
            _ => {
                if year < 0 {
                    text.push(b'-');
                }
                let year = year.unsigned_abs();
                if year < 10_000 {
                    text.extend(&digits::<4>(year));
                } else {
                    text.push_number(year);
                }
            }
        }
        // The fixed-width fields in one copy.
        let [mo0, mo1] = digits::<2>(u32::from(u8::from(month)));
        let [d0, d1] = digits::<2>(u32::from(day));
        let [h0, h1] = digits::<2>(u32::from(hour));
        let [mi0, mi1] = digits::<2>(u32::from(minute));
        let [s0, s1] = digits::<2>(u32::from(second) + u32::from(value.leap_second));
        text.extend(&[
            b'-', mo0, mo1, b'-', d0, d1, b'T', h0, h1, b':', mi0, mi1, b':', s0, s1,
        ]);
        if value.fraction_digits > 0 {
            // The first digits of the nine: the fraction truncated, as it was read.
            let [f0, f1, f2, f3, f4, f5, f6, f7, f8] = digits::<9>(nanosecond);
            let fraction = [b'.', f0, f1, f2, f3, f4, f5, f6, f7, f8];
            let end = 1 + usize::from(value.fraction_digits.min(9));
            text.extend(fraction.get(..end).unwrap_or(&fraction));
        }
        let offset = v.offset();
        if offset.is_utc() && value.utc_as_z {
            text.push(b'Z');
        } else if offset.is_utc() && value.utc_as_unknown {
            text.extend(b"-00:00");
        } else {
            let sign = if offset.is_negative() { b'-' } else { b'+' };
            let [h0, h1] = digits::<2>(u32::from(offset.whole_hours().unsigned_abs()));
            let [m0, m1] = digits::<2>(u32::from(offset.minutes_past_hour().unsigned_abs()));
            text.extend(&[sign, h0, h1, b':', m0, m1]);
        }
        text
    }

    fn push(&mut self, byte: u8) {
        self.extend(&[byte]);
    }

    fn extend(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if let Some(slots) = self.bytes.get_mut(self.len..end) {
            slots.copy_from_slice(bytes);
            self.len = end;
        }
    }

    /// `value` in decimal, as many digits as it needs.
    fn push_number(&mut self, value: u32) {
        let all = digits::<10>(value);
        let leading_zeros = all.iter().take_while(|&&digit| digit == b'0').count();
        self.extend(all.get(leading_zeros.min(9)..).unwrap_or(&all));
    }

    fn as_str(&self) -> &str {
        // Only ASCII is ever pushed, so this never falls back.
        self.bytes
            .get(..self.len)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

/// The last `N` decimal digits of `value`, zero-padded, two at a time.
fn digits<const N: usize>(value: u32) -> [u8; N] {
    let mut digits = [b'0'; N];
    let mut rest = value;
    let mut pairs = digits.rchunks_exact_mut(2);
    for pair in pairs.by_ref() {
        pair.copy_from_slice(&two_digits(rest % 100));
        rest /= 100;
    }
    if let [digit] = pairs.into_remainder() {
        *digit = two_digits(rest % 10)[1];
    }
    digits
}

/// `value` (below 100) as two digits.
fn two_digits(value: u32) -> [u8; 2] {
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899\
    ";
    let at = (value % 100) as usize * 2;
    match PAIRS.get(at..at + 2) {
        Some(&[tens, ones]) => [tens, ones],
        _ => *b"00",
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

    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if mode.is_write() && !(0..=9999).contains(&self.value.year()) {
            problems.push(
                path,
                format!(
                    "year {} is out of range: Graph reads years 0000 to 9999 (RFC 3339), expected a DateTimeOffset such as \"2014-01-01T00:00:00Z\"",
                    self.value.year()
                ),
            );
        }
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

// A builder takes a `time::OffsetDateTime` where it takes a date. Kept out of "other types implement" lists in errors, which would only distract.
#[diagnostic::do_not_recommend]
impl IntoInput<DateTimeOffset> for OffsetDateTime {
    fn into_input(self) -> DateTimeOffset {
        DateTimeOffset::new(self)
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
    fn leap_seconds_and_unknown_offsets_are_kept_as_read() {
        for text in [
            "2016-12-31T23:59:60Z",
            "2016-12-31T23:59:60.5Z",
            "2016-12-31T15:59:60.123-08:00",
            "2024-05-01T10:00:00-00:00",
            "2024-05-01T10:00:00.25-00:00",
        ] {
            assert_eq!(round_trip(text), text);
        }
        let leap = DateTimeOffset::parse("2016-12-31T23:59:60.5Z").unwrap();
        assert_eq!(
            leap.to_offset_date_time(),
            DateTimeOffset::parse("2016-12-31T23:59:59.5Z")
                .unwrap()
                .to_offset_date_time()
        );
        assert_ne!(
            leap,
            DateTimeOffset::parse("2016-12-31T23:59:59.5Z").unwrap()
        );
        // Not the last second of a month in UTC: no leap second there.
        assert!(DateTimeOffset::parse("2016-12-30T23:59:60Z").is_err());
        assert_ne!(
            DateTimeOffset::parse("2024-05-01T10:00:00-00:00").unwrap(),
            DateTimeOffset::parse("2024-05-01T10:00:00+00:00").unwrap()
        );
    }

    #[test]
    fn years_outside_rfc_3339_are_refused_with_the_range() {
        for text in [
            "-0001-01-01T00:00:00Z",
            "+2024-01-01T00:00:00Z",
            "10000-01-01T00:00:00Z",
            "-10000-01-01T00:00:00Z",
        ] {
            let message = DateTimeOffset::parse(text).unwrap_err().to_string();
            assert!(
                message.contains("the year must be four digits, 0000 to 9999, expected RFC 3339"),
                "{message}"
            );
        }
        assert_eq!(round_trip("0000-01-01T00:00:00Z"), "0000-01-01T00:00:00Z");
        assert_eq!(round_trip("9999-12-31T23:59:59Z"), "9999-12-31T23:59:59Z");
        // Built in Rust before year 0: written as ISO 8601's expanded year, refused by checks.
        let date = time::Date::from_calendar_date(-1, time::Month::January, 1).unwrap();
        let value = DateTimeOffset::new(date.midnight().assume_utc());
        assert_eq!(value.to_string(), "-0001-01-01T00:00:00Z");
        let mut problems = Problems::new();
        value.check_value(Mode::Create, &Path::ROOT.key("at"), &mut problems);
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["at: year -1 is out of range: Graph reads years 0000 to 9999 (RFC 3339), expected a DateTimeOffset such as \"2014-01-01T00:00:00Z\""]
        );
        let mut problems = Problems::new();
        value.check_value(Mode::Read, &Path::ROOT, &mut problems);
        assert!(problems.is_empty());
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
