//! What generated code reaches the runtime through (`::graph_entity::__private`). Not an API:
//! it changes without notice.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;

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
    check_object_json, check_object_value, check_property, GraphComplex, GraphObject,
    NavigationTarget, PropertyInfo,
};
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

use crate::model::extra::{Member, ODATA_TYPE};
use crate::model::object::check_odata_type;

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

/// A member name of an object being read.
pub enum FieldKey<'de> {
    /// `@odata.type`.
    OdataType,
    /// A typed property, by its position in the property table.
    Property(usize),
    /// Anything else, kept in [`Extra`].
    Other(Cow<'de, str>),
}

/// Reads a member name of a `T`, matching typed properties without allocating.
pub struct KeySeed<T>(PhantomData<T>);

impl<T> KeySeed<T> {
    /// A seed for the member names of `T`.
    #[inline]
    pub fn new() -> Self {
        KeySeed(PhantomData)
    }
}

impl<T> Default for KeySeed<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: GraphObject> DeserializeSeed<'de> for KeySeed<T> {
    type Value = FieldKey<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<T: GraphObject> KeySeed<T> {
    #[inline]
    fn known(name: &str) -> Option<FieldKey<'static>> {
        if name == "@odata.type" {
            return Some(FieldKey::OdataType);
        }
        T::property_index(name).map(FieldKey::Property)
    }
}

impl<'de, T: GraphObject> Visitor<'de> for KeySeed<T> {
    type Value = FieldKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        Ok(Self::known(name).unwrap_or_else(|| FieldKey::Other(Cow::Owned(name.to_owned()))))
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Self::Value, E> {
        Ok(Self::known(name).unwrap_or(FieldKey::Other(Cow::Borrowed(name))))
    }

    #[inline]
    fn visit_string<E: de::Error>(self, name: String) -> Result<Self::Value, E> {
        Ok(Self::known(&name).unwrap_or(FieldKey::Other(Cow::Owned(name))))
    }
}

/// Reads the `@odata.type` of the object being read as a `T`: refuses another type and a
/// second `@odata.type`, and notes how it was written, to write it back the same way.
pub fn read_odata_type<'de, T: GraphObject, A: MapAccess<'de>>(
    map: &mut A,
    extra: &mut Extra,
) -> Result<(), A::Error> {
    map.next_value_seed(OdataTypeSeed::<T> {
        extra,
        object: PhantomData,
    })
}

/// Reads an `@odata.type` value into an object's [`Extra`], refusing any type but `T`.
struct OdataTypeSeed<'a, T> {
    extra: &'a mut Extra,
    object: PhantomData<T>,
}

impl<'de, T: GraphObject> DeserializeSeed<'de> for OdataTypeSeed<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<T: GraphObject> Visitor<'_> for OdataTypeSeed<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the string \"{}\"", T::ODATA_TYPE_TAG)
    }

    fn visit_str<E: de::Error>(self, found: &str) -> Result<(), E> {
        check_odata_type::<T>(found).map_err(E::custom)?;
        self.extra
            .read_odata_type(found, T::ODATA_TYPE_TAG)
            .map_err(|()| duplicate_property(ODATA_TYPE))
    }
}

/// Reads the value of typed property `name` into `slot`. An explicit `null` of a property
/// whose type allows absence is kept in `extra`, so it is written back.
#[inline(always)]
pub fn read_property<'de, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    extra: &mut Extra,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: GraphValue + de::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate_property(name));
    }
    // `V` itself, not `Option<V>`: reading an `Option` twice costs a second look for `null`
    // on every property. A value that reads as absent was `null`.
    let value = map.next_value::<V>()?;
    if value.is_absent() {
        extra.push_null(name);
    }
    *slot = Some(value);
    Ok(())
}

// `parse::read_checked` finds these words, to report the repeat at its path.
#[cold]
fn duplicate_property<E: de::Error>(name: &str) -> E {
    E::custom(format_args!("duplicate property `{name}`"))
}

/// Reads a member that is not a typed property into `extra`.
pub fn read_extra<'de, A: MapAccess<'de>>(
    map: &mut A,
    extra: &mut Extra,
    name: Cow<'de, str>,
) -> Result<(), A::Error> {
    let member = map.next_value::<Member>()?;
    extra.push_read(name.into_owned(), member);
    Ok(())
}

/// The value of typed property `name` once the whole object is read.
pub fn finish_property<V: GraphValue, E: de::Error>(
    slot: Option<V>,
    name: &'static str,
) -> Result<V, E> {
    match slot.or_else(V::missing) {
        Some(value) => Ok(value),
        None => Err(E::missing_field(name)),
    }
}

/// Writes what comes before an object's typed properties: `@odata.type` where it was read
/// (`#namespace.type` first for values built in Rust, and when `always`: create and update
/// payloads, derived types), then the annotations of the object itself (`@odata.etag`).
#[inline]
pub fn write_head<M: SerializeMap>(
    map: &mut M,
    extra: &Extra,
    tag: &'static str,
    always: bool,
) -> Result<(), M::Error> {
    if let Some(tag) = extra.type_to_write(tag, always) {
        map.serialize_entry(ODATA_TYPE, tag)?;
    }
    if extra.has_object_annotations() {
        write_object_annotations(map, extra)?;
    }
    Ok(())
}

#[inline(never)]
fn write_object_annotations<M: SerializeMap>(map: &mut M, extra: &Extra) -> Result<(), M::Error> {
    for (name, member) in extra.members() {
        if name.starts_with('@') {
            map.serialize_entry(name, member)?;
        }
    }
    Ok(())
}

/// Writes the annotations kept for typed property `property` (`action@odata.type`), just
/// before the property.
#[inline]
pub fn write_annotations<M: SerializeMap>(
    map: &mut M,
    extra: &Extra,
    property: &str,
) -> Result<(), M::Error> {
    if extra.has_property_annotations() {
        write_property_annotations(map, extra, property)?;
    }
    Ok(())
}

#[inline(never)]
fn write_property_annotations<M: SerializeMap>(
    map: &mut M,
    extra: &Extra,
    property: &str,
) -> Result<(), M::Error> {
    for (name, member) in extra.members() {
        if name.split_once('@').is_some_and(|(of, _)| of == property) {
            map.serialize_entry(name, member)?;
        }
    }
    Ok(())
}

/// Writes the members of `extra` that [`write_head`] and [`write_annotations`] did not,
/// in the order read: but those whose typed property `is_set` (the typed value wins).
pub fn write_extra<M: SerializeMap>(
    map: &mut M,
    extra: &Extra,
    is_set: impl Fn(&str) -> bool,
) -> Result<(), M::Error> {
    if extra.is_empty() {
        return Ok(());
    }
    for (name, member) in extra.members() {
        let written = match name.split_once('@') {
            Some((of, _)) => of.is_empty() || is_set(of),
            None => is_set(name),
        };
        if !written {
            map.serialize_entry(name, member)?;
        }
    }
    Ok(())
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
