//! Rust names for schema names, as `graph-entity-codegen` writes them and the check's hints
//! suggest them, and the JSON names the derives give Rust names by default.

use super::{Schema, TypeDefinition, TypeRef};

/// Words a field cannot be named without `r#`; the first four cannot be named at all.
const KEYWORDS: &[&str] = &[
    "self", "super", "crate", "_", "as", "async", "await", "break", "const", "continue", "dyn",
    "else", "enum", "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true",
    "try", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final",
    "macro", "override", "priv", "typeof", "unsized", "virtual", "yield",
];

/// The field for JSON property `json_name`: snake_case, acronyms as one word
/// (`deviceIMEI` → `device_imei`), `r#` before a keyword (`r#type`).
pub fn field_name(json_name: &str) -> String {
    let chars: Vec<char> = json_name.chars().collect();
    let mut out = String::with_capacity(json_name.len() + 4);
    for (index, &c) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).and_then(|i| chars.get(i)).copied();
        let next = chars.get(index + 1).copied();
        if c.is_ascii_uppercase() {
            let boundary = previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "property_");
    }
    match out.as_str() {
        "self" | "super" | "crate" | "_" => format!("{out}_"),
        keyword if KEYWORDS.contains(&keyword) => format!("r#{out}"),
        _ => out,
    }
}

/// The type for schema type `schema_name`: PascalCase, parts joined
/// (`keyValuePair_2OfString_String` → `KeyValuePair2OfStringString`).
pub fn type_name(schema_name: &str) -> String {
    pascal(schema_name, "Type")
}

/// The variant for enum member `member`: PascalCase (`factoryReset` → `FactoryReset`).
pub fn variant_name(member: &str) -> String {
    pascal(member, "Member")
}

fn pascal(name: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    // `IOS` would trip Clippy's `upper_case_acronyms`; `Ios` is the Rust spelling.
    if out.chars().filter(char::is_ascii_alphabetic).count() > 1
        && !out.chars().any(|c| c.is_ascii_lowercase())
    {
        let mut chars = out.chars();
        out = chars
            .next()
            .into_iter()
            .chain(chars.map(|c| c.to_ascii_lowercase()))
            .collect();
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) || out == "Self" {
        out.push_str(suffix);
        if out.starts_with(|c: char| c.is_ascii_digit()) {
            out.insert(0, 'N');
        }
    }
    out
}

/// The JSON name the derives give field `field` without `rename`: lowerCamelCase
/// (`device_imei` → `deviceImei`).
pub fn default_json_name(field: &str) -> String {
    let field = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::with_capacity(field.len());
    for (position, part) in field.split('_').filter(|part| !part.is_empty()).enumerate() {
        if position == 0 {
            out.push_str(part);
        } else {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.extend(chars);
            }
        }
    }
    out
}

/// The schema name the derives give type or variant `ident` by default: its first letter
/// lowercased (`RemoteActionAudit` → `remoteActionAudit`). A struct's `@odata.type` is
/// `microsoft.graph.` and this; an enum's name and, unless `rename_all = "PascalCase"`, its
/// members' are this.
pub fn default_schema_name(ident: &str) -> String {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    let mut chars = ident.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The Rust type of an Edm primitive, if this crate has one: `Edm.String` → `String`,
/// `Edm.Guid` → `Guid`. `Edm.Byte`, `Edm.SByte` and `Edm.Int16` widen to `i32`, `Edm.Single`
/// and `Edm.Decimal` to `f64`; `Edm.Stream`, `Edm.Untyped` and the geography types have none.
pub fn edm_rust_type(edm: &str) -> Option<&'static str> {
    Some(match edm {
        "Edm.String" => "String",
        "Edm.Boolean" => "bool",
        "Edm.Int32" | "Edm.Int16" | "Edm.Byte" | "Edm.SByte" => "i32",
        "Edm.Int64" => "i64",
        "Edm.Double" | "Edm.Single" | "Edm.Decimal" => "f64",
        "Edm.DateTimeOffset" => "DateTimeOffset",
        "Edm.Guid" => "Guid",
        "Edm.Date" => "Date",
        "Edm.TimeOfDay" => "TimeOfDay",
        "Edm.Duration" => "Duration",
        "Edm.Binary" => "Binary",
        _ => return None,
    })
}

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
pub fn rust_type(schema: &Schema, type_ref: &TypeRef) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_snake_case_and_keep_acronyms_whole() {
        for (json, field) in [
            ("deviceIMEI", "device_imei"),
            ("id", "id"),
            ("requestDateTime", "request_date_time"),
            ("windows10Enabled", "windows10_enabled"),
            ("IMEINumber", "imei_number"),
            ("type", "r#type"),
            ("self", "self_"),
            ("keyValuePair_2OfString", "key_value_pair_2_of_string"),
            ("@odata.etag", "odata_etag"),
            ("2fa", "property_2fa"),
        ] {
            assert_eq!(field_name(json), field, "{json}");
        }
    }

    #[test]
    fn types_and_variants_are_pascal_case() {
        assert_eq!(
            type_name("keyValuePair_2OfString_String"),
            "KeyValuePair2OfStringString"
        );
        assert_eq!(type_name("remoteActionAudit"), "RemoteActionAudit");
        assert_eq!(variant_name("NotStarted"), "NotStarted");
        assert_eq!(variant_name("iOS"), "Ios");
        assert_eq!(variant_name("IMEI"), "Imei");
        assert_eq!(variant_name("self"), "SelfMember");
        assert_eq!(variant_name("2g"), "N2gMember");
    }

    #[test]
    fn default_names_mirror_the_derives() {
        assert_eq!(default_json_name("device_imei"), "deviceImei");
        assert_eq!(default_json_name("r#type"), "type");
        assert_eq!(
            default_schema_name("RemoteActionAudit"),
            "remoteActionAudit"
        );
        assert_eq!(default_schema_name("NotStarted"), "notStarted");
    }
}
