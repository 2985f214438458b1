//! Collection path templates such as `/users/{userId}/events`.

use syn::LitStr;

use crate::ctxt::Errors;
use graph_entity_core::naming::field_name;

/// A collection path template, read and checked.
pub struct Template {
    /// Its `{parameter}` names as written (`userId`, `delegatedAdminRelationship-id`).
    pub parameters: Vec<String>,
    /// Its fixed segments (`users`, `events`).
    pub fixed: Vec<String>,
}

impl Template {
    /// The name of the function that makes a location at this path: `at_` and the fixed
    /// segments in snake case (`/users/{userId}/events` → `at_users_events`).
    pub fn function_name(&self) -> String {
        let words: Vec<String> = self.fixed.iter().map(|segment| word(segment)).collect();
        if words.is_empty() {
            "at_root".to_owned()
        } else {
            format!("at_{}", words.join("_"))
        }
    }
}

/// A fixed segment as a word of a function name: snake case, without the `r#` or `_` a
/// keyword would take (`deviceManagement` → `device_management`, `type` → `type`).
fn word(segment: &str) -> String {
    let name = field_name(segment);
    let name = name.strip_prefix("r#").unwrap_or(&name);
    name.trim_end_matches('_').to_owned()
}

/// A path parameter's name as Graph writes it: a letter or `_`, then letters, digits, `_`
/// or `-` (`userId`, `delegatedAdminRelationship-id`), not ending with `-`.
pub fn is_parameter_name(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 128
        && matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !name.ends_with('-')
}

/// Reads path template `lit`, reporting every rule it breaks: starts with `/`, no trailing
/// `/`, no empty segment, no query or fragment, and each `{parameter}` a whole segment with a
/// unique name (letters, digits, `_` and `-`, as Graph writes `{delegatedAdminRelationship-id}`)
/// that stays unique as a Rust argument name.
pub fn read(lit: &LitStr, errors: &Errors) -> Template {
    let path = lit.value();
    let mut parameters: Vec<String> = Vec::new();
    let mut fixed = Vec::new();
    if !path.starts_with('/') {
        errors.spanned(
            lit,
            format_args!("`path` must start with `/`: write \"/{path}\""),
        );
        return Template { parameters, fixed };
    }
    if path.len() > 1 && path.ends_with('/') {
        errors.spanned(
            lit,
            format_args!(
                "`path` must not end with `/`: write \"{}\" (the item path `…/{{key}}` is derived from it)",
                path.trim_end_matches('/')
            ),
        );
        return Template { parameters, fixed };
    }
    for segment in path.split('/').skip(1) {
        if segment.is_empty() {
            errors.spanned(
                lit,
                "`path` has an empty segment: remove the extra `/` (the path is the collection, such as \"/deviceManagement/remoteActionAudits\")",
            );
            continue;
        }
        if let Some(name) = segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        {
            let rust_name = field_name(name);
            if !is_parameter_name(name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "path parameter `{{{name}}}` is not a valid name: use letters, digits, `_` and `-`, starting with a letter, such as `{{userId}}` or `{{delegatedAdminRelationship-id}}`"
                    ),
                );
            } else if parameters.iter().any(|known| known == name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "path parameter `{{{name}}}` appears twice: give each parameter its own name"
                    ),
                );
            } else if let Some(known) = parameters
                .iter()
                .find(|known| field_name(known) == rust_name)
            {
                errors.spanned(
                    lit,
                    format_args!(
                        "path parameters `{{{known}}}` and `{{{name}}}` both become the argument `{rust_name}`: give each parameter its own name"
                    ),
                );
            } else {
                parameters.push(name.to_owned());
            }
            continue;
        }
        if let Some(bad) = segment
            .chars()
            .find(|c| matches!(c, '{' | '}' | '?' | '#' | '%') || c.is_whitespace())
        {
            errors.spanned(
                lit,
                format_args!(
                    "path segment `{segment}` contains `{bad}`: segments are plain names or a whole `{{parameter}}`, with no query or fragment"
                ),
            );
        }
        fixed.push(segment.to_owned());
    }
    Template { parameters, fixed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_parameter_spellings_are_names() {
        assert!(is_parameter_name("delegatedAdminRelationship-id"));
        assert!(is_parameter_name("userId"));
        assert!(!is_parameter_name("1user"));
        assert!(!is_parameter_name("-id"));
        assert!(!is_parameter_name("id-"));
        assert!(!is_parameter_name("user id"));
        assert_eq!(
            field_name("delegatedAdminRelationship-id"),
            "delegated_admin_relationship_id"
        );
        assert_eq!(word("deviceManagement"), "device_management");
        assert_eq!(
            word("microsoft.graph.getByIds"),
            "microsoft_graph_get_by_ids"
        );
        assert_eq!(word("self"), "self");
    }
}
