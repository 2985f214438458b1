//! What the generated create and update builders take: for each property type `T`, its
//! [`GraphValue::Checked`](crate::GraphValue::Checked) form, which is `T` itself for
//! primitives and enums, and for complex types a [`Checked`] value made by the complex type's
//! own builder, so a nested required property cannot be left out either.

// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#![allow(unknown_or_malformed_diagnostic_attributes)]

use crate::model::parse::validate;
use crate::model::value::{GraphValue, Mode};
use crate::validate::problem::Problems;

/// A complex value made by its type's create builder (`KeyValuePair::create(…).build()`), so
/// its required properties are known to be present. Like a [`Payload`](crate::Payload), it
/// never holds a value validation would refuse: a builder given an enum value checks it in
/// `build()` (see [`BuilderState`]).
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

impl<T: GraphValue> Checked<T> {
    /// Checks a value a builder made of values whose types do not rule out every invalid one
    /// (an enum's catch-all or `unknownFutureValue`), as a create would.
    pub(crate) fn validated(value: T) -> Result<Self, Problems> {
        validate(&value, Mode::Create)?;
        Ok(Checked(value))
    }
}

/// Whether what a builder holds is valid by its types alone: the type parameter of the
/// generated `{Type}Create` and `{Type}Update` builders, which decides what `build()` gives.
///
/// - [`Valid`]: every value set has a type that rules out an invalid one (text, numbers,
///   dates, complex values their own builders made), so `build()` gives the `Payload` (or
///   `Checked`) itself.
/// - [`Unverified`]: some value set is an enum or flags member, which may be the catch-all
///   variant (`RunAsAccountType::Other("admin")`) or Graph's `unknownFutureValue` marker,
///   neither of which a payload may send; `build()` then checks and gives a `Result`,
///   whose error names the property and what is wrong.
///
/// Setting a property moves the builder from `Valid` to `Unverified` when the property's
/// type may hold such a member ([`GraphValue::Build`]); nothing moves it back.
pub trait BuilderState: sealed::Sealed {
    /// The state after also setting a value whose type's state is `Next`.
    type And<Next: BuilderState>: BuilderState;
}

/// The [`BuilderState`] of a builder whose values are all valid by their types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Valid;

/// The [`BuilderState`] of a builder holding an enum or flags value, checked by `build()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unverified;

impl BuilderState for Valid {
    type And<Next: BuilderState> = Next;
}

impl BuilderState for Unverified {
    type And<Next: BuilderState> = Unverified;
}

/// What a generated `{Type}Builder<O, S>` builds: a create payload ([`ForCreate`], named
/// `{Type}Create`) or an update payload ([`ForUpdate`], named `{Type}Update`). The setters
/// both payloads share are declared once, for any `O`, which halves what a model crate
/// compiles; the methods of one kind only (`clear_*`, `build`) are declared for it alone.
pub trait BuilderOperation: sealed::Sealed {}

/// The [`BuilderOperation`] of create payloads, and of the values complex types' builders make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForCreate {}

/// The [`BuilderOperation`] of update (PATCH) payloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForUpdate {}

impl BuilderOperation for ForCreate {}
impl BuilderOperation for ForUpdate {}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::Valid {}
    impl Sealed for super::Unverified {}
    impl Sealed for super::ForCreate {}
    impl Sealed for super::ForUpdate {}
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
