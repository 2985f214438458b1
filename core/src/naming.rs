//! Names: the JSON and schema names the derives give Rust names by default, the Rust names
//! the generator gives schema names, and what a valid name is. The derives, the CSDL check's
//! hints and the generator all call these, so a generated model needs a `rename` exactly where
//! the derive's default would differ.

/// Words a field cannot be named without `r#`; the first four cannot be named at all.
pub const KEYWORDS: &[&str] = &[
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

/// An OData simple identifier as this project accepts it: an ASCII letter or `_`, then ASCII
/// letters, digits or `_`, at most 128 characters (CSDL's limit).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 128
        && matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A namespace-qualified name: identifiers joined by dots, at least two of them.
pub fn is_qualified_name(name: &str) -> bool {
    name.contains('.') && name.split('.').all(is_identifier)
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
    fn identifiers_are_ascii_and_bounded() {
        assert!(is_identifier("deviceIMEI") && is_identifier("_x1"));
        for bad in ["", "1st", "a-b", "é", "r#type", "a b", "a\nb"] {
            assert!(!is_identifier(bad), "{bad:?}");
        }
        assert!(!is_identifier(&"a".repeat(129)));
        assert!(is_qualified_name("microsoft.graph.user"));
        assert!(!is_qualified_name("user") && !is_qualified_name("microsoft..user"));
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
