//! [`GraphValue`]: what every property type of a Graph model can do, and its implementations
//! for the Edm primitives, `Option` and collections.

use std::borrow::Cow;

use serde_json::Value;

use crate::model::schema::SchemaType;
use crate::validate::path::Path;
use crate::validate::problem::Problems;

/// What a payload is checked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A response body: only types are checked; unknown properties and enum members are fine.
    Read,
    /// A create (POST) body: required properties present, read-only ones absent, known
    /// properties only (unless the type is open), known enum members only.
    Create,
    /// An update (PATCH) body: as create, but nothing is required, and a non-nullable
    /// property cannot be sent as `null`. Complex values inside it are whole values, checked
    /// as for create.
    Update,
}

impl Mode {
    /// Whether the payload is written to Graph (create or update).
    pub fn is_write(self) -> bool {
        self != Mode::Read
    }

    /// The mode for a complex value inside a payload of this mode: Graph replaces complex
    /// values whole, so inside an update they follow the create rules.
    pub fn for_whole_value(self) -> Mode {
        match self {
            Mode::Read => Mode::Read,
            Mode::Create | Mode::Update => Mode::Create,
        }
    }
}

/// A type a property of a Graph model can have: the bound the derives put on every field.
///
/// Its items are what the derives' generated code calls (hidden from these docs); you
/// implement it only through the derives. Implemented for `String`, `bool`, `i32`, `i64`, `f64`, [`DateTimeOffset`](crate::DateTimeOffset),
/// `Option<T>`, `Vec<T>`, `Box<T>`, and by the derives for complex types and enums.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a Graph property type",
    label = "not a Graph property type",
    note = "use String, bool, i32, i64, f64, DateTimeOffset, Guid, Date, TimeOfDay, Duration, Binary, Flags<E>, Option<T> or Vec<T>, or a type with #[derive(GraphComplex)], #[derive(GraphEnum)] or #[derive(GraphPolymorphic)]"
)]
pub trait GraphValue: Sized {
    /// What the generated builders take for a property of this type: the type itself for
    /// primitives and enums, a [`Checked`](crate::Checked) value for complex types.
    type Checked;

    /// The property value for what a builder setter was given.
    #[doc(hidden)]
    fn from_checked(checked: Self::Checked) -> Self;

    /// What a JSON value of this type looks like, for messages (`a String`).
    #[doc(hidden)]
    fn expected() -> Cow<'static, str>;

    /// The type's schema (CSDL) shape.
    #[doc(hidden)]
    fn schema() -> SchemaType;

    /// Checks a JSON value against this type, recording every problem at its path.
    #[doc(hidden)]
    fn check_json(value: &Value, mode: Mode, path: &Path<'_>, problems: &mut Problems);

    /// Checks the rules that types cannot express (required and read-only properties of
    /// complex values inside), recording every problem at its path.
    #[doc(hidden)]
    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        let _ = (mode, path, problems);
    }

    /// The value of a property that is absent from the JSON, if absence is allowed.
    #[doc(hidden)]
    fn missing() -> Option<Self> {
        None
    }

    /// Whether this value stands for "absent" and is left out when written.
    #[doc(hidden)]
    fn is_absent(&self) -> bool {
        false
    }
}

/// Describes a JSON value briefly, for "found …" in messages.
pub fn describe_json(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {}", quoted(s)),
        Value::Array(items) => format!("an array of {} elements", items.len()),
        Value::Object(_) => "an object".to_owned(),
    }
}

pub(crate) use crate::validate::problem::quoted;

/// Records "expected X, found Y".
pub(crate) fn type_mismatch<T: GraphValue>(
    value: &Value,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    problems.push(
        path,
        format!("expected {}, found {}", T::expected(), describe_json(value)),
    );
}

impl GraphValue for String {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.String")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("a String")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if !value.is_string() {
            type_mismatch::<Self>(value, path, problems);
        }
    }
}

impl GraphValue for bool {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.Boolean")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("a Boolean (true or false)")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if !value.is_boolean() {
            type_mismatch::<Self>(value, path, problems);
        }
    }
}

impl GraphValue for i32 {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.Int32")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("an Int32 (a whole number from -2147483648 to 2147483647)")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        let fits = value.as_i64().is_some_and(|n| i32::try_from(n).is_ok());
        if !fits {
            type_mismatch::<Self>(value, path, problems);
        }
    }
}

impl GraphValue for i64 {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.Int64")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("an Int64 (a whole number)")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if value.as_i64().is_none() {
            type_mismatch::<Self>(value, path, problems);
        }
    }
}

impl GraphValue for f64 {
    type Checked = Self;

    fn from_checked(checked: Self) -> Self {
        checked
    }

    fn schema() -> SchemaType {
        SchemaType::Primitive("Edm.Double")
    }

    fn expected() -> Cow<'static, str> {
        Cow::Borrowed("a Double (a number)")
    }

    fn check_json(value: &Value, _mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if !value.is_number() {
            type_mismatch::<Self>(value, path, problems);
        }
    }
}

impl<T: GraphValue> GraphValue for Option<T> {
    /// A builder setting an optional property takes the value itself.
    type Checked = T::Checked;

    fn from_checked(checked: Self::Checked) -> Self {
        Some(T::from_checked(checked))
    }

    /// The inner type's form: whether `null` is allowed is the property's nullability.
    fn schema() -> SchemaType {
        T::schema()
    }

    fn expected() -> Cow<'static, str> {
        T::expected()
    }

    fn check_json(value: &Value, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if !value.is_null() {
            T::check_json(value, mode, path, problems);
        }
    }

    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        if let Some(value) = self {
            value.check_value(mode, path, problems);
        }
    }

    fn missing() -> Option<Self> {
        Some(None)
    }

    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: GraphValue> GraphValue for Box<T> {
    type Checked = Box<T::Checked>;

    fn from_checked(checked: Self::Checked) -> Self {
        Box::new(T::from_checked(*checked))
    }

    fn schema() -> SchemaType {
        T::schema()
    }

    fn expected() -> Cow<'static, str> {
        T::expected()
    }

    fn check_json(value: &Value, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        T::check_json(value, mode, path, problems);
    }

    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        T::check_value(self, mode, path, problems);
    }

    fn missing() -> Option<Self> {
        T::missing().map(Box::new)
    }

    fn is_absent(&self) -> bool {
        T::is_absent(self)
    }
}

impl<T: GraphValue> GraphValue for Vec<T> {
    type Checked = Vec<T::Checked>;

    fn from_checked(checked: Self::Checked) -> Self {
        checked.into_iter().map(T::from_checked).collect()
    }

    fn schema() -> SchemaType {
        SchemaType::Collection(T::schema)
    }

    fn expected() -> Cow<'static, str> {
        Cow::Owned(format!(
            "a JSON array (a collection), each element {}",
            T::expected()
        ))
    }

    fn check_json(value: &Value, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        let Some(items) = value.as_array() else {
            type_mismatch::<Self>(value, path, problems);
            return;
        };
        for (index, item) in items.iter().enumerate() {
            T::check_json(item, mode, &path.index(index), problems);
        }
    }

    fn check_value(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
        for (index, item) in self.iter().enumerate() {
            item.check_value(mode, &path.index(index), problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems_of<T: GraphValue>(value: Value) -> Vec<String> {
        let mut problems = Problems::new();
        T::check_json(&value, Mode::Create, &Path::ROOT, &mut problems);
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn primitives_accept_their_own_json_and_name_the_rest() {
        assert!(problems_of::<String>(json!("x")).is_empty());
        assert!(problems_of::<bool>(json!(true)).is_empty());
        assert!(problems_of::<i32>(json!(-5)).is_empty());
        assert!(problems_of::<i64>(json!(1_i64 << 40)).is_empty());
        assert!(problems_of::<f64>(json!(1.5)).is_empty());
        assert_eq!(
            problems_of::<String>(json!(5)),
            ["$: expected a String, found the number 5"]
        );
        assert_eq!(
            problems_of::<i32>(json!(1_i64 << 40)),
            ["$: expected an Int32 (a whole number from -2147483648 to 2147483647), found the number 1099511627776"]
        );
        assert_eq!(
            problems_of::<bool>(json!(null)),
            ["$: expected a Boolean (true or false), found null"]
        );
    }

    #[test]
    fn collections_report_each_element_with_its_index() {
        assert_eq!(
            problems_of::<Vec<String>>(json!(["a", 1, "b", false])),
            [
                "[1]: expected a String, found the number 1",
                "[3]: expected a String, found false"
            ]
        );
        assert_eq!(
            problems_of::<Option<Vec<String>>>(json!(null)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn long_strings_are_shortened_in_messages() {
        let long = "x".repeat(1000);
        let message = problems_of::<bool>(json!(long)).join("");
        assert!(message.len() < 200, "{message}");
        assert!(message.ends_with("… (1000 characters)"), "{message}");
    }
}
