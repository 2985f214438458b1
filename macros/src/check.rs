//! Rules that involve more than one attribute or field.

use crate::ast::{Enum, Object};
use crate::ctxt::Errors;

/// Checks an entity or complex type.
pub fn object(object: &Object, errors: &Errors) {
    for (position, property) in object.properties.iter().enumerate() {
        let flags = &property.flags;
        if let (Some(_), Some(read_only)) = (flags.required, flags.read_only) {
            errors.at(
                read_only,
                "`required` and `read_only` cannot be combined: a read-only property is never sent, so a create cannot require it; keep one",
            );
        }
        if let (Some(_), Some(immutable)) = (flags.read_only, flags.immutable) {
            errors.at(
                immutable,
                "`immutable` and `read_only` cannot be combined: a read-only property is never sent, an immutable one is sent on create only; keep `immutable` if a create may set it, else `read_only`",
            );
        }
        let earlier = object
            .properties
            .iter()
            .take(position)
            .find(|earlier| earlier.json_name == property.json_name);
        if let Some(earlier) = earlier {
            errors.at(
                property.name_span,
                format_args!(
                    "JSON name `{}` is already used by field `{}`: give each property its own name with `rename`",
                    property.json_name, earlier.member
                ),
            );
        }
    }
}

/// Checks an enumeration.
pub fn enumeration(enumeration: &Enum, errors: &Errors) {
    for (position, member) in enumeration.members.iter().enumerate() {
        let earlier = enumeration
            .members
            .iter()
            .take(position)
            .find(|earlier| earlier.json_name == member.json_name);
        if let Some(earlier) = earlier {
            errors.at(
                member.name_span,
                format_args!(
                    "member name `{}` is already used by variant `{}`: give each member its own name with `rename`",
                    member.json_name, earlier.ident
                ),
            );
        }
    }
}
