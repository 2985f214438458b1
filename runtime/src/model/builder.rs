//! What the generated create and update builders take: for each property type `T`, its
//! [`GraphValue::Checked`](crate::GraphValue::Checked) form, which is `T` itself for
//! primitives and enums, and for complex types a [`Checked`] value made by the complex type's
//! own builder, so a nested required property cannot be left out either.

// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#![allow(unknown_or_malformed_diagnostic_attributes)]

/// A complex value made by its type's create builder (`KeyValuePair::create(…).build()`), so
/// its required properties are known to be present.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked<T>(T);

impl<T> Checked<T> {
    /// Wraps a value a builder made (reached by generated code through `__private`).
    pub(crate) fn from_builder(value: T) -> Self {
        Checked(value)
    }

    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }

    /// The value, borrowed.
    pub fn get(&self) -> &T {
        &self.0
    }
}

/// What a setter accepts for a property that takes `T`: `T` itself, and for a `String`
/// property also `&str`, for a `DateTimeOffset` also a `time::OffsetDateTime`.
///
/// Deliberately narrow: an enum property takes only the enum and a complex property only the
/// [`Checked`] value its builder made, so a string cannot slip in where a member is expected.
#[diagnostic::on_unimplemented(
    message = "this property takes `{T}`, not `{Self}`",
    label = "expected `{T}`",
    note = "enum properties take the enum's variants; complex properties take the value their builder makes: `Type::create(…).build()`; DateTimeOffset properties take `DateTimeOffset::parse(…)?`"
)]
pub trait IntoInput<T> {
    /// The converted value.
    fn into_input(self) -> T;
}

impl<T> IntoInput<T> for T {
    fn into_input(self) -> T {
        self
    }
}

// Kept out of "other types implement" lists in errors, which would only distract.
#[diagnostic::do_not_recommend]
impl IntoInput<String> for &str {
    fn into_input(self) -> String {
        self.to_owned()
    }
}

// Kept out of "other types implement" lists in errors, which would only distract.
#[diagnostic::do_not_recommend]
impl IntoInput<String> for &String {
    fn into_input(self) -> String {
        self.clone()
    }
}
