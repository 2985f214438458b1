//! JSON names derived from Rust names, and the shape of valid names.

/// `device_imei` → `deviceImei`; a raw identifier's `r#` is dropped.
pub fn snake_to_lower_camel(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::with_capacity(name.len());
    for (position, part) in name.split('_').filter(|part| !part.is_empty()).enumerate() {
        if position == 0 {
            out.push_str(part);
        } else {
            out.push_str(&upper_first(part));
        }
    }
    out
}

/// `RemoteActionAudit` → `remoteActionAudit`.
pub fn lower_first(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(part: &str) -> String {
    let mut chars = part.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An OData simple identifier: a letter or `_`, then letters, digits or `_`.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A namespace-qualified name: identifiers joined by dots, at least two of them.
pub fn is_qualified_name(name: &str) -> bool {
    name.contains('.') && name.split('.').all(is_identifier)
}
