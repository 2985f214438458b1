//! The Rust types the check's hints suggest for schema types (the names themselves follow
//! `graph_entity_core::naming`, as the generator's do).

use graph_entity_core::naming::{edm_rust_type, type_name};

use super::{Schema, TypeDefinition, TypeRef};

/// The Edm name that the Rust type for `edm` reports in its [`SchemaType`](crate::SchemaType):
/// `Edm.Int32` for `Edm.Int16`.
pub(crate) fn model_primitive(edm: &str) -> Option<&'static str> {
    Some(match edm_rust_type(edm)? {
        "String" => "Edm.String",
        "bool" => "Edm.Boolean",
        "i32" => "Edm.Int32",
        "i64" => "Edm.Int64",
        "f64" => "Edm.Double",
        "DateTimeOffset" => "Edm.DateTimeOffset",
        "Guid" => "Edm.Guid",
        "Date" => "Edm.Date",
        "TimeOfDay" => "Edm.TimeOfDay",
        "Duration" => "Edm.Duration",
        _ => "Edm.Binary",
    })
}

/// The Rust type a field of `type_ref` has (inside its `Option`), with the default names of
/// the schema's types: `Vec<KeyValuePair>`, `Flags<DeviceCapabilities>`. `None` for a type
/// without a Rust type (`Edm.Stream`).
pub(crate) fn rust_type(schema: &Schema, type_ref: &TypeRef) -> Option<String> {
    let element = if type_ref.is_primitive() {
        edm_rust_type(&type_ref.name)?.to_owned()
    } else {
        let bare = type_ref.name.rsplit('.').next().unwrap_or(&type_ref.name);
        match schema.find(&type_ref.name) {
            Some(TypeDefinition::Enum(enumeration)) if enumeration.is_flags => {
                format!("Flags<{}>", type_name(bare))
            }
            _ => type_name(bare),
        }
    };
    Some(if type_ref.collection {
        format!("Vec<{element}>")
    } else {
        element
    })
}
