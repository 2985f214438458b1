//! [`SchemaType`]: the schema (CSDL) shape of every property type, derived with the type, so
//! code can walk a model: which enumerations an entity reaches, what a property's Edm type is.

use crate::model::object::PropertyInfo;

/// The schema shape of a property type. More shapes may come with more of the schema, so
/// a `match` on it needs a wildcard arm.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum SchemaType {
    /// An Edm primitive, by its schema name: `Edm.String`, `Edm.Boolean`, `Edm.Int32`,
    /// `Edm.Int64`, `Edm.Double`, `Edm.DateTimeOffset`.
    Primitive(&'static str),
    /// `Collection(T)`: the element type's shape.
    Collection(fn() -> SchemaType),
    /// An entity or complex type.
    Object {
        /// The qualified type name (`microsoft.graph.resultInfo`).
        odata_type: &'static str,
        /// Whether the type is open.
        open: bool,
        /// Its typed properties.
        properties: &'static [PropertyInfo],
    },
    /// An enumeration.
    Enum {
        /// Its schema name (`remoteAction`).
        name: &'static str,
        /// Its known members, in order.
        members: &'static [&'static str],
    },
    /// The types derived from a base type, told apart by `@odata.type`
    /// ([`GraphPolymorphic`](crate::GraphPolymorphic)).
    Polymorphic {
        /// The base type's qualified name.
        base: &'static str,
        /// Each derived type's shape, in the enum's order.
        derived: &'static [fn() -> SchemaType],
    },
    /// A flags enumeration (`IsFlags="true"`) held by [`Flags`](crate::Flags): any
    /// combination of its members, written comma-separated.
    Flags {
        /// Its schema name (`deviceCapabilities`).
        name: &'static str,
        /// Its known members, in order.
        members: &'static [&'static str],
    },
}

/// Calls `visit` with the members of every enumeration that `properties` reach, at any
/// depth, each object type visited once (schemas may be recursive). Stops at the first
/// `true` and returns it.
pub fn any_enum(
    properties: &'static [PropertyInfo],
    visit: &mut dyn FnMut(&'static [&'static str]) -> bool,
) -> bool {
    let mut seen: Vec<&'static str> = Vec::new();
    let mut pending: Vec<&'static [PropertyInfo]> = vec![properties];
    while let Some(properties) = pending.pop() {
        for property in properties {
            let mut shape = property.schema();
            while let SchemaType::Collection(element) = shape {
                shape = element();
            }
            match shape {
                SchemaType::Enum { members, .. } | SchemaType::Flags { members, .. } => {
                    if visit(members) {
                        return true;
                    }
                }
                SchemaType::Object {
                    odata_type,
                    properties,
                    ..
                } => {
                    if !seen.contains(&odata_type) {
                        seen.push(odata_type);
                        pending.push(properties);
                    }
                }
                SchemaType::Polymorphic { derived, .. } => {
                    for shape in derived.iter().map(|derived| derived()) {
                        if let SchemaType::Object {
                            odata_type,
                            properties,
                            ..
                        } = shape
                        {
                            if !seen.contains(&odata_type) {
                                seen.push(odata_type);
                                pending.push(properties);
                            }
                        }
                    }
                }
                SchemaType::Primitive(_) | SchemaType::Collection(_) => {}
            }
        }
    }
    false
}
