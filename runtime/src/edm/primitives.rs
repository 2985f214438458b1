//! The Edm primitives that have no Rust standard type: [`Guid`], [`Date`], [`TimeOfDay`],
//! [`Duration`] and [`Binary`]. Each parses strictly and is written back exactly as it was
//! read, so a value from Graph survives a round trip byte for byte.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::model::schema::SchemaType;
use crate::model::value::{describe_json, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;

/// Why a text is not a value of an Edm type, such as `invalid Guid "42", expected …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdmError {
    type_name: &'static str,
    text: String,
    reason: Option<&'static str>,
    expected: &'static str,
}

impl EdmError {
    fn new(type_name: &'static str, expected: &'static str, text: &str) -> Self {
        EdmError {
            type_name,
            text: text.to_owned(),
            reason: None,
            expected,
        }
    }

    fn because(mut self, reason: &'static str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// The Edm type's name without `Edm.` (`Guid`).
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for EdmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} {}", self.type_name, short_quoted(&self.text))?;
        if let Some(reason) = self.reason {
            write!(f, " ({reason})")?;
        }
        write!(f, ", expected {}", self.expected)
    }
}

impl std::error::Error for EdmError {}

pub(crate) use crate::validate::problem::quoted as short_quoted;

/// ASCII text of at most `N` bytes, kept inline so the types holding it are `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Inline<const N: usize> {
    bytes: [u8; N],
    len: u8,
}

impl<const N: usize> Inline<N> {
    /// `None` unless `text` is ASCII and fits.
    fn new(text: &str) -> Option<Self> {
        let mut bytes = [0; N];
        let slots = bytes.get_mut(..text.len())?;
        if !text.is_ascii() {
            return None;
        }
        slots.copy_from_slice(text.as_bytes());
        Some(Inline {
            bytes,
            len: u8::try_from(text.len()).ok()?,
        })
    }

    fn as_str(&self) -> &str {
        // Only ASCII is stored, so this never falls back.
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

/// Reads `digits` (ASCII digits only, at least one) as a number; too many saturate at
/// `u64::MAX`, for the caller to refuse as too large.
fn number(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0u64, |total, &digit| {
        total
            .saturating_mul(10)
            .saturating_add(u64::from(digit - b'0'))
    }))
}

/// The nanoseconds of a fraction's digits (`"5"` → 500 000 000); digits past the ninth
/// are below a nanosecond.
fn fraction_nanos(digits: &[u8]) -> u32 {
    let mut nanos = 0;
    for position in 0..9 {
        let digit = digits.get(position).map_or(0, |digit| digit - b'0');
        nanos = nanos * 10 + u32::from(digit);
    }
    nanos
}

/// `nanos` as the fraction digits it needs, without trailing zeros (`500_000_000` → `"5"`).
fn fraction_text(nanos: u32) -> String {
    let digits = format!("{nanos:09}");
    digits.trim_end_matches('0').to_owned()
}

// ---------------------------------------------------------------------------------------
// Guid

/// An `Edm.Guid`, such as `8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde`.
///
/// Written back as read, letter case included; two values are equal when they are written
/// the same way (compare [`Guid::to_u128`] to ignore case).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid {
    text: Inline<36>,
}

impl Guid {
    const EXPECTED: &'static str =
        "32 hexadecimal digits grouped 8-4-4-4-12, such as \"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\"";

    /// Parses `8-4-4-4-12` hexadecimal digits, in either letter case.
    pub fn parse(text: &str) -> Result<Self, EdmError> {
        let error = || EdmError::new("Guid", Self::EXPECTED, text);
        let well_formed = text.len() == 36
            && text.bytes().enumerate().all(|(index, byte)| match index {
                8 | 13 | 18 | 23 => byte == b'-',
                _ => byte.is_ascii_hexdigit(),
            });
        if !well_formed {
            return Err(error());
        }
        Inline::new(text)
            .map(|text| Guid { text })
            .ok_or_else(error)
    }

    /// The Guid of a 128-bit number, written in lowercase.
    pub fn from_u128(value: u128) -> Self {
        let hex = format!("{value:032x}");
        let grouped = format!(
            "{}-{}-{}-{}-{}",
            hex.get(0..8).unwrap_or_default(),
            hex.get(8..12).unwrap_or_default(),
            hex.get(12..16).unwrap_or_default(),
            hex.get(16..20).unwrap_or_default(),
            hex.get(20..32).unwrap_or_default()
        );
        Guid {
            text: Inline::new(&grouped).unwrap_or(Inline {
                bytes: [b'0'; 36],
                len: 36,
            }),
        }
    }

    /// The Guid as a 128-bit number, its first hexadecimal digit the most significant.
    pub fn to_u128(self) -> u128 {
        self.as_str()
            .bytes()
            .filter_map(|byte| char::from(byte).to_digit(16))
            .fold(0, |total, digit| (total << 4) | u128::from(digit))
    }

    /// The Guid as written.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Guid").field(&self.as_str()).finish()
    }
}

// ---------------------------------------------------------------------------------------
// Date

/// An `Edm.Date`: a calendar date without a time, such as `2024-02-29`.
///
/// Parsed by the [`time`] crate (real calendar dates) from years 0000 to 9999 (and
/// -9999 to -0001); the written form is unique, so a value is written back as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(time::Date);

impl Date {
    const EXPECTED: &'static str = "YYYY-MM-DD such as \"2024-02-29\"";

    /// Parses `YYYY-MM-DD`, with a leading `-` for years before 0000.
    pub fn parse(text: &str) -> Result<Self, EdmError> {
        let error = || EdmError::new("Date", Self::EXPECTED, text);
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let bytes = rest.as_bytes();
        let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes else {
            return Err(
                if bytes.len() > 10 && bytes.get(4).is_some_and(u8::is_ascii_digit) {
                    error().because("years after 9999 are not supported")
                } else {
                    error()
                },
            );
        };
        let (Some(year), Some(month), Some(day)) = (
            number(&[y1, y2, y3, y4]),
            number(&[m1, m2]),
            number(&[d1, d2]),
        ) else {
            return Err(error());
        };
        if negative && year == 0 {
            return Err(error().because("year zero is written 0000"));
        }
        let year = i32::try_from(year).map_err(|_| error())?;
        let year = if negative { -year } else { year };
        let month = u8::try_from(month)
            .ok()
            .and_then(|month| time::Month::try_from(month).ok())
            .ok_or_else(|| error().because("no such month"))?;
        let day = u8::try_from(day).map_err(|_| error())?;
        time::Date::from_calendar_date(year, month, day)
            .map(Date)
            .map_err(|_| error().because("no such day in that month"))
    }

    /// The date, as a [`time::Date`].
    pub fn to_date(self) -> time::Date {
        self.0
    }
}

impl From<time::Date> for Date {
    fn from(date: time::Date) -> Self {
        Date(date)
    }
}

impl From<Date> for time::Date {
    fn from(date: Date) -> Self {
        date.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.0.year();
        let sign = if year < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{:04}-{:02}-{:02}",
            year.unsigned_abs(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }
}

// ---------------------------------------------------------------------------------------
// TimeOfDay

/// An `Edm.TimeOfDay`: a time without a date, such as `14:30:00` or `08:00:00.0000000`.
///
/// Seconds and up to 12 fractional digits are optional, as OData allows; the text is kept,
/// so a value is written back as read. [`TimeOfDay::to_time`] keeps nine fractional digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    text: Inline<21>,
    value: time::Time,
}

impl TimeOfDay {
    const EXPECTED: &'static str = "hh:mm, hh:mm:ss or hh:mm:ss.fffffff such as \"14:30:00\"";

    /// Parses `hh:mm`, `hh:mm:ss` or `hh:mm:ss.f` with 1 to 12 fractional digits.
    pub fn parse(text: &str) -> Result<Self, EdmError> {
        let error = || EdmError::new("TimeOfDay", Self::EXPECTED, text);
        let bytes = text.as_bytes();
        let (hour, minute, second, fraction) = match bytes {
            [h1, h2, b':', m1, m2] => (number(&[*h1, *h2]), number(&[*m1, *m2]), Some(0), &[][..]),
            [h1, h2, b':', m1, m2, b':', s1, s2, rest @ ..] => {
                let fraction = match rest {
                    [] => &[][..],
                    [b'.', digits @ ..] if (1..=12).contains(&digits.len()) => digits,
                    _ => return Err(error()),
                };
                if !fraction.iter().all(u8::is_ascii_digit) {
                    return Err(error());
                }
                (
                    number(&[*h1, *h2]),
                    number(&[*m1, *m2]),
                    number(&[*s1, *s2]),
                    fraction,
                )
            }
            _ => return Err(error()),
        };
        let (Some(hour), Some(minute), Some(second)) = (hour, minute, second) else {
            return Err(error());
        };
        let in_range = |value: u64, limit: u64| u8::try_from(value).ok().filter(|_| value < limit);
        let (Some(hour), Some(minute), Some(second)) = (
            in_range(hour, 24),
            in_range(minute, 60),
            in_range(second, 60),
        ) else {
            return Err(error().because("hours run to 23, minutes and seconds to 59"));
        };
        let value = time::Time::from_hms_nano(hour, minute, second, fraction_nanos(fraction))
            .map_err(|_| error())?;
        let text = Inline::new(text).ok_or_else(error)?;
        Ok(TimeOfDay { text, value })
    }

    /// The time, as a [`time::Time`] (digits past the ninth dropped).
    pub fn to_time(self) -> time::Time {
        self.value
    }

    /// The time as written.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl From<time::Time> for TimeOfDay {
    /// Written `hh:mm:ss`, with as many fractional digits as the time needs.
    fn from(value: time::Time) -> Self {
        let (hour, minute, second, nanos) = value.as_hms_nano();
        let mut text = format!("{hour:02}:{minute:02}:{second:02}");
        if nanos > 0 {
            text.push('.');
            text.push_str(&fraction_text(nanos));
        }
        // At most 18 ASCII bytes, so it always fits.
        let text = Inline::new(&text).unwrap_or(Inline {
            bytes: [b'0'; 21],
            len: 0,
        });
        TimeOfDay { text, value }
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TimeOfDay").field(&self.as_str()).finish()
    }
}

// ---------------------------------------------------------------------------------------
// Duration

/// An `Edm.Duration`: a signed length of time in ISO 8601 form, such as `P1DT2H30M` or
/// `-PT0.5S`.
///
/// Days, hours, minutes and seconds (with any number of fractional digits), as OData has
/// them; years and months have no fixed length and are refused. The text is kept, so a
/// value is written back as read; [`Duration::to_duration`] gives its length.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Duration {
    text: Box<str>,
    value: time::Duration,
}

impl Duration {
    const EXPECTED: &'static str =
        "ISO 8601 days, hours, minutes and seconds such as \"P1DT2H30M\" or \"PT0.5S\"";

    /// Parses `[-]P[nD][T[nH][nM][n[.f]S]]` with at least one part.
    pub fn parse(text: &str) -> Result<Self, EdmError> {
        let error = || EdmError::new("Duration", Self::EXPECTED, text);
        let (negative, rest) = match text.as_bytes().first() {
            Some(b'-') => (true, text.get(1..).unwrap_or_default()),
            Some(b'+') => (false, text.get(1..).unwrap_or_default()),
            _ => (false, text),
        };
        let Some(rest) = rest.strip_prefix('P') else {
            return Err(error());
        };
        let (date_part, time_part) = match rest.split_once('T') {
            Some((_, "")) => {
                return Err(error().because("a `T` needs hours, minutes or seconds after it"));
            }
            Some((date, time)) => (date, Some(time)),
            None => (rest, None),
        };
        let mut seconds: u64 = 0;
        let mut nanos = 0;
        let mut parts = 0;
        let too_large = || error().because("too large");
        let mut add = |amount: u64, unit: u64| -> Result<(), EdmError> {
            seconds = amount
                .checked_mul(unit)
                .and_then(|part| part.checked_add(seconds))
                .ok_or_else(too_large)?;
            Ok(())
        };
        if !date_part.is_empty() {
            if date_part.ends_with('Y') || date_part.ends_with('M') || date_part.ends_with('W') {
                return Err(error()
                    .because("years, months and weeks have no fixed length: write days instead"));
            }
            let days = date_part
                .strip_suffix('D')
                .and_then(|digits| number(digits.as_bytes()))
                .ok_or_else(error)?;
            add(days, 86_400)?;
            parts += 1;
        }
        if let Some(mut time_part) = time_part {
            for (unit, length) in [('H', 3_600), ('M', 60)] {
                if let Some((digits, after)) = time_part.split_once(unit) {
                    add(number(digits.as_bytes()).ok_or_else(error)?, length)?;
                    time_part = after;
                    parts += 1;
                }
            }
            if !time_part.is_empty() {
                let digits = time_part.strip_suffix('S').ok_or_else(error)?;
                let (whole, fraction) = match digits.split_once('.') {
                    Some((whole, fraction)) => (whole, Some(fraction)),
                    None => (digits, None),
                };
                add(number(whole.as_bytes()).ok_or_else(error)?, 1)?;
                if let Some(fraction) = fraction {
                    if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(error());
                    }
                    nanos = fraction_nanos(fraction.as_bytes());
                }
                parts += 1;
            }
        }
        if parts == 0 {
            return Err(error().because("it has no days, hours, minutes or seconds"));
        }
        let seconds = i64::try_from(seconds).map_err(|_| too_large())?;
        let length = time::Duration::seconds(seconds)
            .checked_add(time::Duration::nanoseconds(i64::from(nanos)))
            .ok_or_else(too_large)?;
        Ok(Duration {
            text: text.into(),
            value: if negative { -length } else { length },
        })
    }

    /// A duration of `value`, written as Graph writes them: `P1DT2H3M4.5S`, `PT0S` for zero.
    pub fn new(value: time::Duration) -> Self {
        let sign = if value.is_negative() { "-" } else { "" };
        let total = value.whole_seconds().unsigned_abs();
        let nanos = value.subsec_nanoseconds().unsigned_abs();
        let (days, hours) = (total / 86_400, total % 86_400 / 3_600);
        let (minutes, seconds) = (total % 3_600 / 60, total % 60);
        let mut text = format!("{sign}P");
        if days > 0 {
            text.push_str(&format!("{days}D"));
        }
        if hours > 0 || minutes > 0 || seconds > 0 || nanos > 0 || days == 0 {
            text.push('T');
            if hours > 0 {
                text.push_str(&format!("{hours}H"));
            }
            if minutes > 0 {
                text.push_str(&format!("{minutes}M"));
            }
            if seconds > 0 || nanos > 0 || (days == 0 && hours == 0 && minutes == 0) {
                text.push_str(&seconds.to_string());
                if nanos > 0 {
                    text.push('.');
                    text.push_str(&fraction_text(nanos));
                }
                text.push('S');
            }
        }
        Duration {
            text: text.into(),
            value,
        }
    }

    /// The length of time (digits past the ninth fractional one dropped).
    pub fn to_duration(&self) -> time::Duration {
        self.value
    }

    /// The duration as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<time::Duration> for Duration {
    fn from(value: time::Duration) -> Self {
        Duration::new(value)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Duration").field(&self.as_str()).finish()
    }
}

// ---------------------------------------------------------------------------------------
// Binary

/// The base64 form a [`Binary`] was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Base64Form {
    Standard,
    StandardNoPad,
    UrlSafe,
    UrlSafeNoPad,
}

impl Base64Form {
    fn encode(self, bytes: &[u8]) -> String {
        match self {
            Base64Form::Standard => STANDARD.encode(bytes),
            Base64Form::StandardNoPad => STANDARD_NO_PAD.encode(bytes),
            Base64Form::UrlSafe => URL_SAFE.encode(bytes),
            Base64Form::UrlSafeNoPad => URL_SAFE_NO_PAD.encode(bytes),
        }
    }

    fn decode(self, text: &str) -> Result<Vec<u8>, base64::DecodeError> {
        match self {
            Base64Form::Standard => STANDARD.decode(text),
            Base64Form::StandardNoPad => STANDARD_NO_PAD.decode(text),
            Base64Form::UrlSafe => URL_SAFE.decode(text),
            Base64Form::UrlSafeNoPad => URL_SAFE_NO_PAD.decode(text),
        }
    }
}

/// An `Edm.Binary`: bytes, written in JSON as base64 (`"AQID"`).
///
/// Reads the standard alphabet (`+/`, as Graph writes it) and the URL-safe one (`-_`, as
/// OData allows), with or without `=` padding, and writes a value back in the form it was
/// read; [`Binary::new`] writes standard base64 with padding.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Binary {
    bytes: Vec<u8>,
    form: Base64Form,
}

impl Binary {
    const EXPECTED: &'static str = "base64 such as \"AQID\"";

    /// Bytes, written as standard base64 with padding.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Binary {
            bytes: bytes.into(),
            form: Base64Form::Standard,
        }
    }

    /// Decodes base64, standard or URL-safe, padded or not.
    pub fn parse(text: &str) -> Result<Self, EdmError> {
        let error = || EdmError::new("Binary", Self::EXPECTED, text);
        let url_safe = text.contains(['-', '_']);
        // Without `=` a length that is a multiple of 4 reads the same either way.
        let padded = text.ends_with('=') || text.len() % 4 == 0;
        let form = match (url_safe, padded) {
            (false, true) => Base64Form::Standard,
            (false, false) => Base64Form::StandardNoPad,
            (true, true) => Base64Form::UrlSafe,
            (true, false) => Base64Form::UrlSafeNoPad,
        };
        let bytes = form.decode(text).map_err(|decode| {
            error().because(match decode {
                base64::DecodeError::InvalidByte(..) => "a character outside the base64 alphabet",
                base64::DecodeError::InvalidLength(_) => "a length base64 cannot have",
                base64::DecodeError::InvalidLastSymbol { .. } => {
                    "its last character has unused bits set"
                }
                base64::DecodeError::InvalidPadding => "misplaced `=` padding",
            })
        })?;
        // What would not be written back the same is refused rather than changed.
        if form.encode(&bytes) != text {
            return Err(error().because("not canonical base64"));
        }
        Ok(Binary { bytes, form })
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, taken.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Binary::new(bytes)
    }
}

impl From<&[u8]> for Binary {
    fn from(bytes: &[u8]) -> Self {
        Binary::new(bytes)
    }
}

impl fmt::Display for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.form.encode(&self.bytes))
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Binary({})", short_quoted(&self.to_string()))
    }
}

// ---------------------------------------------------------------------------------------
// What the five have in common: JSON strings, checked by their parsers.

macro_rules! edm_value {
    ($type:ident, $edm:literal, $expected:literal) => {
        impl GraphValue for $type {
            type Checked = Self;

            fn from_checked(checked: Self) -> Self {
                checked
            }

            fn expected() -> Cow<'static, str> {
                Cow::Borrowed($expected)
            }

            fn schema() -> SchemaType {
                SchemaType::Primitive($edm)
            }

            fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
                match value.as_str() {
                    Some(text) => {
                        if let Err(error) = $type::parse(text) {
                            problems.push(path, error.to_string());
                        }
                    }
                    None => problems.push(
                        path,
                        format!("expected {}, found {}", $expected, describe_json(value)),
                    ),
                }
            }
        }

        impl FromStr for $type {
            type Err = EdmError;

            fn from_str(text: &str) -> Result<Self, EdmError> {
                $type::parse(text)
            }
        }

        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct TextVisitor;

                impl Visitor<'_> for TextVisitor {
                    type Value = $type;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expected)
                    }

                    fn visit_str<E: de::Error>(self, text: &str) -> Result<$type, E> {
                        $type::parse(text).map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}

edm_value!(
    Guid,
    "Edm.Guid",
    "a Guid (such as \"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\")"
);
edm_value!(
    Date,
    "Edm.Date",
    "a Date (YYYY-MM-DD, such as \"2024-02-29\")"
);
edm_value!(
    TimeOfDay,
    "Edm.TimeOfDay",
    "a TimeOfDay (hh:mm:ss, such as \"14:30:00\")"
);
edm_value!(
    Duration,
    "Edm.Duration",
    "a Duration (ISO 8601, such as \"P1DT2H30M\")"
);
edm_value!(Binary, "Edm.Binary", "a Binary (base64, such as \"AQID\")");

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: FromStr<Err = EdmError> + fmt::Display>(text: &str) -> String {
        match text.parse::<T>() {
            Ok(value) => value.to_string(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn guids_round_trip_in_their_case_and_convert_to_numbers() {
        for text in [
            "8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde",
            "8E1B5AC4-5E30-4D66-B7C4-AB5F0C8D2CDE",
            "00000000-0000-0000-0000-000000000000",
        ] {
            assert_eq!(round_trip::<Guid>(text), text);
        }
        let guid = Guid::parse("8E1B5AC4-5E30-4D66-B7C4-AB5F0C8D2CDE").unwrap();
        assert_eq!(
            Guid::from_u128(guid.to_u128()).as_str(),
            "8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde"
        );
        assert_eq!(guid.to_u128(), 0x8e1b5ac4_5e30_4d66_b7c4_ab5f0c8d2cde);
    }

    #[test]
    fn malformed_guids_say_what_was_expected() {
        for text in [
            "",
            "8e1b5ac45e304d66b7c4ab5f0c8d2cde",
            "{8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde}",
            "8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cdg",
            "8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cdé",
        ] {
            let message = Guid::parse(text).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("invalid Guid {}", Value::from(text))),
                "{message}"
            );
            assert!(message.contains("8-4-4-4-12"), "{message}");
        }
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        for text in [
            "2024-02-29",
            "0001-01-01",
            "9999-12-31",
            "0000-01-01",
            "-0044-03-15",
        ] {
            assert_eq!(round_trip::<Date>(text), text);
        }
        assert_eq!(
            round_trip::<Date>("2023-02-29"),
            "invalid Date \"2023-02-29\" (no such day in that month), expected YYYY-MM-DD such as \"2024-02-29\""
        );
        assert!(round_trip::<Date>("2023-13-01").contains("(no such month)"));
        assert!(round_trip::<Date>("12345-01-01").contains("years after 9999"));
        for text in [
            "2023-1-01",
            "2023/01/01",
            "23-01-01",
            "-0000-01-01",
            "2023-01-01T00:00",
        ] {
            assert!(Date::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn times_of_day_keep_how_they_were_written() {
        for text in [
            "14:30",
            "14:30:00",
            "08:00:00.0000000",
            "23:59:59.999999999999",
        ] {
            assert_eq!(round_trip::<TimeOfDay>(text), text);
        }
        let time = TimeOfDay::parse("23:59:59.999999999999").unwrap().to_time();
        assert_eq!(time.nanosecond(), 999_999_999);
        assert_eq!(
            TimeOfDay::from(time::Time::from_hms_milli(8, 5, 0, 500).unwrap()).as_str(),
            "08:05:00.5"
        );
        assert!(round_trip::<TimeOfDay>("24:00:00").contains("hours run to 23"));
        for text in [
            "8:00",
            "08:00:00.",
            "08:00:00.1234567890123",
            "08:60",
            "08:00:00Z",
            "",
        ] {
            assert!(TimeOfDay::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn durations_keep_their_text_and_know_their_length() {
        for (text, seconds, nanos) in [
            ("P1DT2H30M", 95_400, 0),
            ("PT0.5S", 0, 500_000_000),
            ("-PT1M", -60, 0),
            ("P0D", 0, 0),
            ("PT36H", 129_600, 0),
            ("PT3M21.6869213S", 201, 686_921_300),
        ] {
            let duration = Duration::parse(text).unwrap();
            assert_eq!(duration.to_string(), text);
            assert_eq!(duration.to_duration().whole_seconds(), seconds, "{text}");
            assert_eq!(
                duration.to_duration().subsec_nanoseconds().abs(),
                nanos,
                "{text}"
            );
        }
        assert!(round_trip::<Duration>("P1Y").contains("no fixed length"));
        assert!(round_trip::<Duration>("PT").contains("after it"));
        assert!(round_trip::<Duration>("P").contains("no days, hours"));
        assert!(round_trip::<Duration>("P99999999999999999999D").contains("too large"));
        for text in [
            "1D", "PT1H1H", "PT1S1M", "PT.5S", "PT1.S", "P-1D", "pt1s", "PT1HM",
        ] {
            assert!(Duration::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn new_durations_are_written_as_graph_writes_them() {
        let cases = [
            (time::Duration::ZERO, "PT0S"),
            (time::Duration::seconds(90_061), "P1DT1H1M1S"),
            (time::Duration::days(2), "P2D"),
            (time::Duration::milliseconds(-1_500), "-PT1.5S"),
            (time::Duration::minutes(90), "PT1H30M"),
        ];
        for (value, text) in cases {
            let duration = Duration::new(value);
            assert_eq!(duration.as_str(), text);
            assert_eq!(Duration::parse(text).unwrap().to_duration(), value);
        }
    }

    #[test]
    fn binary_reads_both_alphabets_and_writes_back_the_same_form() {
        for text in ["AQID", "AQI=", "AQI", "-_8=", "-_8", "", "+/8="] {
            assert_eq!(round_trip::<Binary>(text), text);
        }
        assert_eq!(Binary::parse("AQID").unwrap().as_bytes(), [1, 2, 3]);
        assert_eq!(Binary::new(vec![0xfb, 0xff]).to_string(), "+/8=");
        assert!(round_trip::<Binary>("AQJ=").contains("unused bits"));
        for text in ["A", "AQ-/", "AQ==AQ==", "AQI*", "AQ=I"] {
            assert!(Binary::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn json_checks_name_the_type_and_the_value() {
        let mut problems = Problems::new();
        Guid::check_json(&Value::from(5), Mode::Read, &Path::ROOT, &mut problems);
        Date::check_json(
            &Value::from("2024-02-30"),
            Mode::Read,
            &Path::ROOT,
            &mut problems,
        );
        Binary::check_json(
            &Value::from("AQID"),
            Mode::Create,
            &Path::ROOT,
            &mut problems,
        );
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "$: expected a Guid (such as \"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\"), found the number 5",
                "$: invalid Date \"2024-02-30\" (no such day in that month), expected YYYY-MM-DD such as \"2024-02-29\"",
            ]
        );
        let guid: Guid = serde_json::from_str("\"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\"").unwrap();
        assert_eq!(
            serde_json::to_string(&guid).unwrap(),
            "\"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\""
        );
        let error = serde_json::from_str::<Duration>("\"P1Y\"").unwrap_err();
        assert!(error.to_string().contains("no fixed length"), "{error}");
    }
}
