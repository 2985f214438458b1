//! Writing an object's members with serde, for generated `Serialize` impls: `@odata.type`,
//! the annotations kept in its [`Extra`] next to what they annotate, the typed properties
//! present, then the other members in the order read.

use std::marker::PhantomData;

use serde::ser::SerializeMap;

use crate::model::extra::{Extra, ODATA_TYPE};
use crate::model::object::GraphObject;
use crate::model::value::GraphValue;

/// Writes what comes before an object's typed properties: `@odata.type` where it was read
/// (`#namespace.type` first for values built in Rust, and when `always`: create and update
/// payloads, derived types), then the annotations of the object itself (`@odata.etag`).
#[inline]
fn write_head<M: SerializeMap>(
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
fn write_annotations<M: SerializeMap>(
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

/// Writes an object's members: `@odata.type` and the object's annotations, each typed
/// property present with its annotations, then the other members of its [`Extra`].
///
/// The first error stops the writing and is returned by [`end`](Self::end): generated code
/// calls [`property`](Self::property) once per property with no `?` after it, since a
/// branch per property made each object's `serialize` a large function to compile.
pub struct ObjectWriter<'a, T, M: SerializeMap> {
    map: M,
    extra: &'a Extra,
    /// No annotation or member of `extra` to place and no error: each property is written
    /// as it is. Most objects, built in Rust or read without unknown members.
    plain: bool,
    /// The typed properties written, a bit per index, when `extra` has members: their
    /// namesakes there (an explicit `null` read or cleared) are then left out.
    written: Vec<u64>,
    error: Option<M::Error>,
    object: PhantomData<T>,
}

/// Starts writing object `T` through `serializer`: `@odata.type` where it is written, and the
/// object's own annotations.
#[inline]
pub fn object_writer<T: GraphObject, S: serde::Serializer>(
    serializer: S,
    extra: &Extra,
    always_type: bool,
) -> Result<ObjectWriter<'_, T, S::SerializeMap>, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    write_head(&mut map, extra, T::ODATA_TYPE_TAG, always_type)?;
    Ok(ObjectWriter {
        map,
        extra,
        plain: extra.is_empty(),
        written: Vec::new(),
        error: None,
        object: PhantomData,
    })
}

impl<T: GraphObject, M: SerializeMap> ObjectWriter<'_, T, M> {
    /// Writes typed property number `index`, named `name`, with its annotations, unless its
    /// value is absent or an earlier member failed.
    #[inline]
    pub fn property<V: GraphValue + serde::Serialize>(
        &mut self,
        index: usize,
        name: &'static str,
        value: &V,
    ) {
        if value.is_absent() {
            return;
        }
        if !self.plain {
            return self.property_beside_extra(index, name, value);
        }
        if let Err(error) = self.map.serialize_entry(name, value) {
            self.fail(error);
        }
    }

    /// [`property`](Self::property) once an error stopped the writing, or when `extra` has
    /// members: the property's annotations first, and its index noted.
    #[inline(never)]
    fn property_beside_extra<V: GraphValue + serde::Serialize>(
        &mut self,
        index: usize,
        name: &'static str,
        value: &V,
    ) {
        if self.error.is_some() {
            return;
        }
        if self.written.is_empty() {
            self.written = vec![0; T::PROPERTIES.len().div_ceil(64)];
        }
        if let Some(word) = self.written.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
        let written = write_annotations(&mut self.map, self.extra, name)
            .and_then(|()| self.map.serialize_entry(name, value));
        if let Err(error) = written {
            self.fail(error);
        }
    }

    /// Keeps the first error: the properties after it are not written.
    #[cold]
    fn fail(&mut self, error: M::Error) {
        self.plain = false;
        self.error = Some(error);
    }

    /// Writes the members of `extra` no typed property replaced, and ends the object; or
    /// gives the first error.
    #[inline]
    pub fn end(mut self) -> Result<M::Ok, M::Error> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let written = &self.written;
        write_extra(&mut self.map, self.extra, |name| {
            T::property_index(name)
                .and_then(|index| written.get(index / 64).map(|word| word >> (index % 64) & 1))
                == Some(1)
        })?;
        self.map.end()
    }
}

/// Writes the members of `extra` that [`write_head`] and [`write_annotations`] did not,
/// in the order read: but those whose typed property `is_set` (the typed value wins).
fn write_extra<M: SerializeMap>(
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
