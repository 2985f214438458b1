//! Collection path templates such as `/users/{userId}/events`.

use syn::LitStr;

use crate::ctxt::Errors;
use graph_entity_core::naming::is_identifier;

/// Reads the parameters of path template `lit`, reporting every rule it breaks:
/// starts with `/`, no trailing `/`, no empty segment, no query or fragment, and each
/// `{parameter}` a whole segment with a unique identifier for a name.
pub fn parameters(lit: &LitStr, errors: &Errors) -> Vec<String> {
    let path = lit.value();
    let mut parameters = Vec::new();
    if !path.starts_with('/') {
        errors.spanned(
            lit,
            format_args!("`path` must start with `/`: write \"/{path}\""),
        );
        return parameters;
    }
    if path.len() > 1 && path.ends_with('/') {
        errors.spanned(
            lit,
            format_args!(
                "`path` must not end with `/`: write \"{}\" (the item path `…/{{key}}` is derived from it)",
                path.trim_end_matches('/')
            ),
        );
        return parameters;
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
            if !is_identifier(name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "path parameter `{{{name}}}` is not a valid name: use letters, digits and `_`, not starting with a digit"
                    ),
                );
            } else if parameters.iter().any(|known| known == name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "path parameter `{{{name}}}` appears twice: give each parameter its own name"
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
    }
    parameters
}
