//! What generated code reaches the runtime through (`::graph_entity::__private`). Not an API:
//! it changes without notice.

use std::borrow::Cow;
use std::marker::PhantomData;

pub use core;
pub use serde;
pub use serde_json;
pub use std::borrow::Cow as StdCow;
pub use std::string::String;

pub use crate::http::payload::Payload;
pub use crate::model::builder::{
    BuilderOperation, BuilderState, Checked, ForCreate, ForUpdate, IntoInput, Unverified, Valid,
};
pub use crate::model::entity::GraphEntity;
pub use crate::model::enums::{
    check_enum_json, check_enum_value, expected_enum, member_ignoring_case, GraphEnum,
};
pub use crate::model::extra::Extra;
pub use crate::model::object::{
    check_object_json, check_object_value, GraphComplex, GraphObject, NavigationTarget,
    PropertyChecker, PropertyInfo,
};
pub use crate::model::object_read::{finish_property, FieldKey, ObjectReader};
pub use crate::model::object_write::{object_writer, ObjectWriter};
pub use crate::model::polymorphic::{
    check_polymorphic_json, check_polymorphic_other, deserialize_polymorphic, expected_polymorphic,
    GraphPolymorphic,
};
pub use crate::model::schema::SchemaType;
pub use crate::model::value::{GraphValue, Mode};
pub use crate::resource::endpoint::{ApiVersion, Cloud, Operation, Resource, ResourcePath};
pub use crate::resource::location::Location;
pub use crate::resource::permissions::{Permissions, Scopes};
pub use crate::validate::path::Path;
pub use crate::validate::problem::Problems;

pub use crate::__graph_entity_stubs as stubs;

/// The body of a placeholder impl (`stubs!`), which never runs: a crate holding one does not
/// compile. Diverges without panicking.
pub fn never() -> ! {
    loop {
        std::thread::park();
    }
}

/// What the hidden builder methods of refused operations (setting a read-only property,
/// clearing a non-nullable one) are bounded on, as `for<'a> Refused<'a>: Rule`: the
/// compiler checks such a bound only where the method is called, and reports the rule's
/// message there.
pub struct Refused<'a>(PhantomData<&'a ()>);

/// A payload made by a generated builder, whose types already guarantee what validation
/// checks.
pub fn payload_from_builder<E: GraphEntity>(operation: Operation, entity: E) -> Payload<E> {
    Payload::from_builder(operation, entity)
}

/// A value made by a generated create builder.
pub fn checked_from_builder<T>(value: T) -> Checked<T> {
    Checked::from_builder(value)
}

/// A payload made by a generated builder holding enum or flags values: checked, since an
/// enum value may be the catch-all or `unknownFutureValue`.
pub fn payload_from_unverified_builder<E: GraphEntity>(
    operation: Operation,
    entity: E,
) -> Result<Payload<E>, Problems> {
    match operation {
        Operation::Update => Payload::update(entity),
        _ => Payload::create(entity),
    }
}

/// A value made by a generated create builder holding enum or flags values: checked, as
/// for [`payload_from_unverified_builder`].
pub fn checked_from_unverified_builder<T: GraphValue>(value: T) -> Result<Checked<T>, Problems> {
    Checked::validated(value)
}

/// The location at `E`'s path number `index`, with one argument per parameter of that path
/// (the generated `at_…` functions take them by name).
pub fn location<E: GraphEntity>(index: usize, arguments: &[&str]) -> Location<E> {
    Location::new(index, arguments)
}

/// Compiles only for the type of a `#[graph(navigation)]` field.
pub fn assert_navigation<T: NavigationTarget + ?Sized>() {}

/// What an object's JSON type looks like in messages.
pub fn expected_object<T: GraphObject>() -> Cow<'static, str> {
    Cow::Owned(format!("a {} object", T::ODATA_TYPE))
}

/// How generated code reaches a `#[graph(extra)]` field: only [`Extra`] implements it, so a
/// field of another type is one error, at the field, instead of a mismatch at every use.
/// Declared once here rather than in each expansion.
#[diagnostic::on_unimplemented(
    message = "the `#[graph(extra)]` field must be a `graph_entity::Extra`, not `{Self}`",
    label = "not `graph_entity::Extra`",
    note = "write `#[graph(extra)] pub extra: graph_entity::Extra,`; it keeps every member without a typed field"
)]
pub trait ExtraField {
    /// The field.
    fn get(&self) -> &Extra;
    /// The field, mutable.
    fn get_mut(&mut self) -> &mut Extra;
    /// The field's value from the members read.
    fn from_extra(extra: Extra) -> Self;
}

// `do_not_recommend` (stable from Rust 1.85; older compilers skip it) keeps this impl out of
// the error, which would only distract.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl ExtraField for Extra {
    #[inline]
    fn get(&self) -> &Extra {
        self
    }
    #[inline]
    fn get_mut(&mut self) -> &mut Extra {
        self
    }
    #[inline]
    fn from_extra(extra: Extra) -> Self {
        extra
    }
}
