//! The rules that span several fields or variants, or a field and the rest of its struct:
//! every such rule of the four derives, applied to a model `ast` has read. Rules of one
//! attribute or one field are applied while reading (`attr`, `ast`).

use crate::ast::{type_text, Enum, Model, Object, Polymorphic};
use crate::attr::Derive;
use crate::ctxt::Errors;

/// Checks the model of any derive.
pub fn model(model: &Model, errors: &Errors) {
    match model {
        Model::Object(object) => self::object(object, errors),
        Model::Enum(enumeration) => self::enumeration(enumeration, errors),
        Model::Polymorphic(polymorphic) => self::polymorphic(polymorphic, errors),
    }
}

/// Checks an entity or complex type.
fn object(object: &Object, errors: &Errors) {
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
    builders_need_options(object, errors);
    extra_field(object, errors);
    for (name, span) in &object.navigation {
        if let Some(property) = object
            .properties
            .iter()
            .find(|property| &property.json_name == name)
        {
            errors.at(
                *span,
                format_args!(
                    "`{name}` is already the typed property of field `{}`: mark that field `#[graph(navigation)]` and remove `{name}` from `navigation(…)`, which lists the navigation properties the struct does not type",
                    property.member
                ),
            );
        }
    }
}

/// The builders (`create`, `update`) exist when every property is written `Option<T>`, so
/// untouched ones stay out of a payload. A struct that asks for what only builders enforce
/// (`required`, `read_only`, `non_nullable`, `immutable`) and has a field of another type
/// would silently get no builders: each such field is an error instead.
fn builders_need_options(object: &Object, errors: &Errors) {
    let asking = object.properties.iter().find_map(|property| {
        let flags = &property.flags;
        let asked = [
            ("required", flags.required),
            ("read_only", flags.read_only),
            ("non_nullable", flags.non_nullable),
            ("immutable", flags.immutable),
        ];
        asked
            .into_iter()
            .find(|(_, span)| span.is_some())
            .map(|(key, _)| (key, property.member))
    });
    let Some((key, asker)) = asking else {
        return;
    };
    for property in object
        .properties
        .iter()
        .filter(|property| !property.written_as_option)
    {
        let written = type_text(property.ty);
        let rule = if property.member == asker {
            format!("`#[graph({key})]` is enforced by the builders")
        } else {
            format!("`#[graph({key})]` on `{asker}` is enforced by the builders")
        };
        errors.spanned(
            property.ty,
            format_args!(
                "write `Option<{written}>`: {rule} (`{}::create`, `update`), which need every property written `Option<T>` so that untouched ones stay out of a payload",
                object.ident
            ),
        );
    }
}

/// One `#[graph(extra)]` field, keeping the members without a typed field.
fn extra_field(object: &Object, errors: &Errors) {
    if let Some(((first, _), repeats)) = object.extras.split_first() {
        for (_, span) in repeats {
            errors.at(
                *span,
                format_args!(
                    "only one field can be `#[graph(extra)]`: `{}` already holds every member without a typed field; remove this one",
                    first.ident.as_ref().map(ToString::to_string).unwrap_or_default()
                ),
            );
        }
    } else if object.has_fields && !object.extra_attempted {
        errors.spanned(
            object.ident,
            format_args!(
                "`{}` needs a `#[graph(extra)]` field to keep the members without a typed field, so nothing read is lost: add `#[graph(extra)] pub extra: graph_entity::Extra,`",
                object.derive.name()
            ),
        );
    }
}

/// Checks an enumeration.
fn enumeration(enumeration: &Enum, errors: &Errors) {
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
    for (_, span) in enumeration.others.iter().skip(1) {
        errors.at(*span, "only one variant can be `#[graph(other)]`");
    }
    if enumeration.others.is_empty() && !enumeration.other_attempted {
        errors.spanned(
            enumeration.ident,
            format_args!(
                "`{}` needs a catch-all variant so members Graph adds later are kept: add `#[graph(other)] Other(String),`",
                Derive::Enum.name()
            ),
        );
    }
}

/// Checks an enum of derived types.
fn polymorphic(polymorphic: &Polymorphic, errors: &Errors) {
    let mut defaults = 0;
    for (position, variant) in polymorphic.variants.iter().enumerate() {
        let written = type_text(variant.ty);
        if let Some(earlier) = polymorphic
            .variants
            .iter()
            .take(position)
            .find(|earlier| type_text(earlier.ty) == written)
        {
            errors.spanned(
                variant.ty,
                format_args!(
                    "`{written}` is already held by variant `{}`: give each derived type one variant",
                    earlier.ident
                ),
            );
            continue;
        }
        if let Some(span) = variant.default {
            defaults += 1;
            if defaults > 1 {
                errors.at(
                    span,
                    "only one variant can be `#[graph(default)]`: values without `@odata.type` are read as one type, the base type",
                );
            }
        }
    }
    for (_, _, span) in polymorphic.others.iter().skip(1) {
        errors.at(*span, "only one variant can be `#[graph(other)]`");
    }
    if polymorphic.others.is_empty() && !polymorphic.other_attempted {
        errors.spanned(
            polymorphic.ident,
            "`GraphPolymorphic` needs a catch-all variant so values of the types it does not know keep their JSON: add `#[graph(other)] Other(graph_entity::Extra),`",
        );
    }
    // Only alone: a variant misshapen or misspelled is reported as such, not as missing too.
    if polymorphic.variants.is_empty() && polymorphic.has_variants && errors.count() == 0 {
        errors.spanned(
            polymorphic.ident,
            "`GraphPolymorphic` needs a variant per derived type besides the catch-all: add one, such as `Boolean(BooleanParameter),`",
        );
    }
}
