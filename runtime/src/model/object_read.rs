//! Reading an object's members with serde, for generated `Deserialize` impls: typed
//! properties into their fields, `@odata.type` checked against the type, and every other
//! member kept in the object's [`Extra`].

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use crate::model::extra::{Extra, Member, ODATA_TYPE};
use crate::model::object::{check_odata_type, GraphObject};
use crate::model::value::GraphValue;

/// A member name of an object being read.
pub enum FieldKey<'de> {
    /// `@odata.type`.
    OdataType,
    /// A typed property, by its position in the property table.
    Property(usize),
    /// Anything else, kept in [`Extra`].
    Other(Cow<'de, str>),
}

/// Reads the members of object `T` from `map`: typed properties through generated code, one
/// call per property, and the others (`@odata.type`, unknown members, annotations) here.
///
/// A read that fails keeps its error, which the next [`next_key`](Self::next_key) returns:
/// generated code calls [`property`](Self::property) once per property with no `?` after
/// it, since a branch per property made each object's `deserialize` a large function to
/// compile.
pub struct ObjectReader<'de, T, A: MapAccess<'de>> {
    map: A,
    extra: Extra,
    /// The first error, which ends the reading: [`next_key`](Self::next_key) returns it.
    error: Option<A::Error>,
    object: PhantomData<T>,
}

impl<'de, T: GraphObject, A: MapAccess<'de>> ObjectReader<'de, T, A> {
    /// A reader of the members of `map`.
    #[inline]
    pub fn new(map: A) -> Self {
        ObjectReader {
            map,
            extra: Extra::reading(),
            error: None,
            object: PhantomData,
        }
    }

    /// The name of the next member, `None` at the end: a typed property's is its index in
    /// `T`'s table, whose value [`property`](Self::property) reads; [`other`](Self::other)
    /// reads any other member's.
    #[inline]
    pub fn next_key(&mut self) -> Result<Option<FieldKey<'de>>, A::Error> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        self.map.next_key_seed(KeySeed::<T>::new())
    }

    /// Keeps the error of a read, for [`next_key`](Self::next_key) to return.
    #[inline]
    fn keep(&mut self, read: Result<(), A::Error>) {
        if let Err(error) = read {
            self.error = Some(error);
        }
    }

    /// Reads the value of a member that is not a typed property: `@odata.type`, checked
    /// against `T`, or a member kept in [`Extra`].
    #[inline]
    pub fn other(&mut self, key: FieldKey<'de>) {
        let read = match key {
            FieldKey::OdataType => read_odata_type::<T, A>(&mut self.map, &mut self.extra),
            FieldKey::Other(name) => read_extra(&mut self.map, &mut self.extra, name),
            FieldKey::Property(_) => return self.skip(),
        };
        self.keep(read);
    }

    /// Reads the value of typed property `name` into `slot`.
    #[inline]
    pub fn property<V>(&mut self, slot: &mut Option<V>, name: &'static str)
    where
        V: GraphValue + de::Deserialize<'de>,
    {
        let read = read_property(&mut self.map, slot, &mut self.extra, name);
        self.keep(read);
    }

    /// Skips the value of a property index `T` does not have.
    #[inline]
    pub fn skip(&mut self) {
        let read = self.map.next_value::<de::IgnoredAny>().map(|_| ());
        self.keep(read);
    }

    /// The members kept in [`Extra`], once every member is read.
    #[inline]
    pub fn finish(self) -> Extra {
        self.extra
    }
}

/// Reads a member name of a `T`, matching typed properties without allocating.
struct KeySeed<T>(PhantomData<T>);

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
fn read_odata_type<'de, T: GraphObject, A: MapAccess<'de>>(
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
#[inline]
fn read_property<'de, A, V>(
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
fn read_extra<'de, A: MapAccess<'de>>(
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
