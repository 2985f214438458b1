//! The checked model of a derive's input: everything expansion needs, read from the
//! attributes with defaults applied. Building it reports every mistake; expansion only runs
//! on a model without errors.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::{
    Attribute, Data, DeriveInput, Field, Fields, GenericArgument, Ident, LitStr, PathArguments,
    Type, Visibility,
};

use crate::attr::{
    self, Cloud, ContainerAttrs, Derive, FieldFlags, Operation, PermissionGroup, PermissionRows,
    RenameAll, Version,
};
use crate::ctxt::Errors;
use crate::template::{self, Template};
use graph_entity_core::naming::{
    default_json_name, default_schema_name, field_name, is_identifier, is_qualified_name,
};

/// An entity or complex type.
pub struct Object<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub derive: Derive,
    pub odata_type: String,
    pub open: bool,
    pub krate: TokenStream,
    /// Entities only, and not for `no_path` ones.
    pub resource: Option<Resource>,
    /// The JSON names of `navigation(…)`: navigation properties the struct does not type.
    pub navigation: Vec<String>,
    pub properties: Vec<Property<'a>>,
    /// The `#[graph(extra)]` field.
    pub extra: Option<&'a Field>,
}

/// A typed property of an object.
pub struct Property<'a> {
    pub member: &'a Ident,
    pub ty: &'a Type,
    pub json_name: String,
    /// Where the JSON name comes from: the `rename` literal or the field name.
    pub name_span: Span,
    /// `read_only`, `required`, `non_nullable`, `immutable`, `navigation`.
    pub flags: FieldFlags,
    /// Whether the field is written `Option<T>`: the builders need every field to be, so
    /// that untouched properties stay out of a payload.
    pub written_as_option: bool,
    /// The field's `#[deprecated]`, passed on to its builder methods.
    pub deprecated: Vec<&'a Attribute>,
}

impl Property<'_> {
    /// Required properties cannot be cleared either.
    pub fn nullable(&self) -> bool {
        self.flags.nullable()
    }
}

/// Where an entity lives.
pub struct Resource {
    /// Every `path`, the default first.
    pub paths: Vec<EntityPath>,
    /// The key parameter's name.
    pub key: String,
    pub version: Version,
    pub operations: Vec<Operation>,
    /// `None` when `clouds(…)` is not written: no restriction.
    pub clouds: Option<Vec<Cloud>>,
    /// The declared permission table of each operation, in declaration order.
    pub permissions: Vec<(Operation, PermissionRows)>,
}

/// One `path` of an entity.
pub struct EntityPath {
    pub collection: String,
    pub item: String,
    /// The collection's parameters: their names in the template and as Rust arguments.
    pub parameters: Vec<(String, Ident)>,
    /// The function making a location at this path (`at_users_events`).
    pub function: Ident,
    /// The `path` literal.
    pub span: Span,
}

/// An enumeration.
pub struct Enum<'a> {
    pub ident: &'a Ident,
    pub name: String,
    pub krate: TokenStream,
    pub members: Vec<Member<'a>>,
    pub other: Option<&'a Ident>,
}

/// A known member of an enumeration.
pub struct Member<'a> {
    pub ident: &'a Ident,
    pub json_name: String,
    pub name_span: Span,
}

fn krate(container: &ContainerAttrs) -> TokenStream {
    match &container.krate {
        Some(path) => path.to_token_stream(),
        None => quote!(::graph_entity),
    }
}

/// Refuses generic parameters: a Graph type has one shape.
fn no_generics(input: &DeriveInput, derive: Derive, errors: &Errors) {
    if !input.generics.params.is_empty() {
        errors.spanned(
            &input.generics,
            format_args!(
                "`{}` does not support generic parameters: a Graph type has one fixed shape; declare a concrete struct per type",
                derive.name()
            ),
        );
    }
}

/// Reads an entity (`derive == Entity`) or complex type.
pub fn object<'a>(input: &'a DeriveInput, derive: Derive, errors: &Errors) -> Option<Object<'a>> {
    let container = attr::container(&input.attrs, derive, errors);
    no_generics(input, derive, errors);
    let fields = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => Some(fields),
            Fields::Unnamed(fields) => {
                errors.spanned(fields, needs_named_fields(input, derive));
                None
            }
            Fields::Unit => {
                errors.spanned(&input.ident, needs_named_fields(input, derive));
                None
            }
        },
        Data::Enum(data) => {
            errors.at(
                data.enum_token.span,
                format_args!(
                    "`{}` needs a struct with named fields; for a Graph enumeration use `#[derive(GraphEnum)]`",
                    derive.name()
                ),
            );
            None
        }
        Data::Union(data) => {
            errors.at(
                data.union_token.span,
                format_args!(
                    "`{}` needs a struct with named fields, not a union",
                    derive.name()
                ),
            );
            None
        }
    };

    let odata_type = odata_type(&container, &input.ident, errors);
    let resource = match derive {
        Derive::Entity => resource(&container, &input.ident, errors),
        _ => None,
    };

    let mut properties = Vec::new();
    let mut extra: Option<&Field> = None;
    // An `extra` misspelled or misplaced is reported as such, not as missing too.
    let mut extra_attempted = false;
    for field in fields.iter().flat_map(|fields| &fields.named) {
        let Some(member) = field.ident.as_ref() else {
            continue;
        };
        let attrs = attr::member(&field.attrs, derive, errors);
        if attrs.extra.is_none() && attrs.attempted.contains(&"extra") {
            extra_attempted = true;
            continue;
        }
        if let Some(span) = attrs.extra {
            if let Some((flag, flag_span)) = attrs.flag_besides_extra() {
                errors.at(
                    flag_span,
                    format_args!(
                        "`{flag}` cannot be combined with `extra`: the extra field holds every member without a typed field"
                    ),
                );
            }
            match extra {
                Some(first) => errors.at(
                    span,
                    format_args!(
                        "only one field can be `#[graph(extra)]`: `{}` already holds every member without a typed field; remove this one",
                        first.ident.as_ref().unwrap_or(member)
                    ),
                ),
                None => extra = Some(field),
            }
            continue;
        }
        let (json_name, name_span) = match &attrs.rename {
            Some(lit) => (renamed(lit, errors), lit.span()),
            None => (default_json_name(&member.to_string()), member.span()),
        };
        properties.push(Property {
            member,
            ty: &field.ty,
            json_name,
            name_span,
            flags: attrs.flags,
            written_as_option: written_as_option(&field.ty),
            deprecated: field
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("deprecated"))
                .collect(),
        });
    }
    if fields.is_some() && extra.is_none() && !extra_attempted {
        errors.spanned(
            &input.ident,
            format_args!(
                "`{}` needs a `#[graph(extra)]` field to keep the members without a typed field, so nothing read is lost: add `#[graph(extra)] pub extra: graph_entity::Extra,`",
                derive.name()
            ),
        );
    }

    let navigation = navigation(&container, &properties, errors);
    Some(Object {
        ident: &input.ident,
        vis: &input.vis,
        derive,
        odata_type,
        open: container.open,
        krate: krate(&container),
        resource,
        navigation,
        properties,
        extra,
    })
}

fn needs_named_fields(input: &DeriveInput, derive: Derive) -> String {
    format!(
        "`{}` needs a struct with named fields, one per Graph property: `struct {} {{ … }}`",
        derive.name(),
        input.ident
    )
}

/// The JSON name given by `rename = "…"`, if it is a valid property name.
fn renamed(lit: &LitStr, errors: &Errors) -> String {
    let name = lit.value();
    if !is_identifier(&name) {
        errors.spanned(
            lit,
            format_args!(
                "`rename = {:?}` is not a valid Graph property name: use letters, digits and `_`, not starting with a digit, such as \"deviceIMEI\"",
                name
            ),
        );
    }
    name
}

/// The qualified type name: `odata_type = "…"` or `microsoft.graph.` + lowerCamel(name).
fn odata_type(container: &ContainerAttrs, ident: &Ident, errors: &Errors) -> String {
    let Some(lit) = &container.odata_type else {
        return format!(
            "microsoft.graph.{}",
            default_schema_name(&ident.to_string())
        );
    };
    let name = lit.value();
    if let Some(bare) = name.strip_prefix('#') {
        errors.spanned(
            lit,
            format_args!(
                "write `odata_type` without the leading `#`: `odata_type = \"{bare}\"`; the `#` of `@odata.type` is added for you"
            ),
        );
    } else if !is_qualified_name(&name) {
        errors.spanned(
            lit,
            format_args!(
                "`odata_type = {name:?}` is not a qualified type name: write namespace and name, such as \"microsoft.graph.remoteActionAudit\""
            ),
        );
    }
    name
}

/// The entity's resource: paths, key, version and operations; `None` for `no_path`.
fn resource(container: &ContainerAttrs, ident: &Ident, errors: &Errors) -> Option<Resource> {
    if let Some(no_path) = container.no_path {
        if !container.paths.is_empty() {
            errors.at(
                no_path,
                "`no_path` and `path` cannot be combined: `no_path` is for an entity type Graph offers no path for; remove `no_path`, or every `path`",
            );
        }
        for key in ["key", "version", "operations", "clouds", "permissions"] {
            let Some(span) = container.span_of(key) else {
                continue;
            };
            errors.at(
                span,
                format_args!(
                    "`{key}` describes requests, and a `no_path` entity has none: remove `{key}`, or give the entity its `path`"
                ),
            );
        }
        return None;
    }
    if container.paths.is_empty() {
        if !container.attempted.contains(&"path") {
            errors.spanned(
                ident,
                "missing `path`: add `#[graph_entity(path = \"/collection/path\")]` with the entity's collection, such as \"/deviceManagement/remoteActionAudits\" (or `no_path` for an entity type Graph offers no path for)",
            );
        }
        return None;
    }
    let templates: Vec<(&LitStr, Template)> = container
        .paths
        .iter()
        .map(|lit| (lit, template::read(lit, errors)))
        .collect();
    let key = match &container.key {
        Some(lit) => {
            let key = lit.value();
            if !template::is_parameter_name(&key) {
                errors.spanned(
                    lit,
                    format_args!(
                        "key {key:?} is not a valid parameter name: use letters, digits, `_` and `-`, such as \"remoteActionAuditId\""
                    ),
                );
            } else if let Some((path, _)) = templates
                .iter()
                .find(|(_, template)| template.parameters.contains(&key))
            {
                errors.spanned(
                    lit,
                    format_args!(
                        "key `{key}` is already a parameter of the path {:?}: give the key its own name",
                        path.value()
                    ),
                );
            }
            key
        }
        None => {
            let key = format!("{}Id", default_schema_name(&ident.to_string()));
            for (path, template) in &templates {
                if template.parameters.contains(&key) {
                    errors.spanned(
                        *path,
                        format_args!(
                            "the path already has a parameter `{{{key}}}`, the default key name: set another with `key = \"…\"`"
                        ),
                    );
                }
            }
            key
        }
    };
    let mut paths: Vec<EntityPath> = Vec::new();
    for (lit, template) in &templates {
        let name = template.function_name();
        if let Some(earlier) = paths.iter().find(|earlier| earlier.function == name) {
            errors.spanned(
                *lit,
                format_args!(
                    "paths {:?} and {:?} have the same fixed segments, so both would be `{name}(…)`: keep one of them",
                    earlier.collection,
                    lit.value()
                ),
            );
            continue;
        }
        let collection = lit.value();
        let item = format!("{collection}/{{{key}}}");
        paths.push(EntityPath {
            parameters: template
                .parameters
                .iter()
                .map(|name| (name.clone(), rust_ident(&field_name(name), lit.span())))
                .collect(),
            function: Ident::new(&name, lit.span()),
            collection,
            item,
            span: lit.span(),
        });
    }
    let operations = container
        .operations
        .clone()
        .unwrap_or_else(|| Operation::ALL.to_vec());
    let permissions = permission_tables(
        container.permissions.as_deref().unwrap_or_default(),
        &operations,
        // A mistake in `operations(…)` is reported there, not again as an operation missing.
        !container.attempted.contains(&"operations"),
        errors,
    );
    Some(Resource {
        paths,
        key,
        version: container.version.unwrap_or(Version::V1),
        operations,
        clouds: container.clouds.clone(),
        permissions,
    })
}

/// A Rust identifier from `field_name`'s spelling: raw for a keyword (`r#type`).
fn rust_ident(name: &str, span: Span) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, span),
        None => Ident::new(name, span),
    }
}

/// The JSON names of `navigation(…)`; a name that is also a typed property is reported.
fn navigation(container: &ContainerAttrs, properties: &[Property], errors: &Errors) -> Vec<String> {
    let mut names = Vec::new();
    for ident in container.navigation.iter().flatten() {
        let name = ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        if let Some(property) = properties
            .iter()
            .find(|property| property.json_name == name)
        {
            errors.spanned(
                ident,
                format_args!(
                    "`{name}` is already the typed property of field `{}`: mark that field `#[graph(navigation)]` and remove `{name}` from `navigation(…)`, which lists the navigation properties the struct does not type",
                    property.member
                ),
            );
            continue;
        }
        names.push(name);
    }
    names
}

/// The permission table of each operation, from `permissions(…)`: a group (`read`, `write`)
/// covers the operations of it the entity offers; an operation covered twice, or declared
/// without being offered, is reported on its key.
fn permission_tables(
    groups: &[PermissionGroup],
    operations: &[Operation],
    report_not_offered: bool,
    errors: &Errors,
) -> Vec<(Operation, PermissionRows)> {
    let mut tables: Vec<(Operation, PermissionRows, &Ident)> = Vec::new();
    for group in groups {
        let offered: Vec<Operation> = group
            .operations
            .iter()
            .copied()
            .filter(|operation| operations.contains(operation))
            .collect();
        if offered.is_empty() {
            if report_not_offered {
                let names: Vec<&str> = group.operations.iter().map(|op| op.name()).collect();
                errors.spanned(
                    &group.key,
                    format_args!(
                        "`{}(…)` declares permissions for {}, which the entity does not offer: remove it, or add {} to `operations(…)`",
                        group.key,
                        names.join(" and "),
                        names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", "),
                    ),
                );
            }
            continue;
        }
        for operation in offered {
            if let Some((_, _, earlier)) = tables.iter().find(|(known, ..)| *known == operation) {
                errors.spanned(
                    &group.key,
                    format_args!(
                        "the permissions of `{}` are declared twice, by `{earlier}(…)` and by `{}(…)`: declare each operation's permissions once",
                        operation.name(),
                        group.key
                    ),
                );
                continue;
            }
            tables.push((operation, group.rows.clone(), &group.key));
        }
    }
    tables
        .into_iter()
        .map(|(operation, rows, _)| (operation, rows))
        .collect()
}

/// Reads an enumeration.
pub fn enumeration<'a>(input: &'a DeriveInput, errors: &Errors) -> Option<Enum<'a>> {
    let container = attr::container(&input.attrs, Derive::Enum, errors);
    no_generics(input, Derive::Enum, errors);
    let variants = match &input.data {
        Data::Enum(data) => &data.variants,
        Data::Struct(data) => {
            errors.at(
                data.struct_token.span,
                "`GraphEnum` needs an enum, one variant per member; for a complex type use `#[derive(GraphComplex)]`",
            );
            return None;
        }
        Data::Union(data) => {
            errors.at(
                data.union_token.span,
                "`GraphEnum` needs an enum, not a union",
            );
            return None;
        }
    };
    let name = match &container.name {
        Some(lit) => {
            let name = lit.value();
            if !is_identifier(&name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "enum name {name:?} is not a valid Graph name, such as \"remoteAction\""
                    ),
                );
            }
            name
        }
        None => default_schema_name(&input.ident.to_string()),
    };
    let rename_all = container.rename_all.unwrap_or(RenameAll::LowerCamel);
    let mut members = Vec::new();
    let mut other = None;
    // A catch-all misspelled, misplaced or misshapen is reported as such, not as missing too.
    let mut other_attempted = false;
    for variant in variants {
        let attrs = attr::member(&variant.attrs, Derive::Enum, errors);
        if attrs.other.is_none() && attrs.attempted.contains(&"other") {
            other_attempted = true;
            continue;
        }
        if let Some(span) = attrs.other {
            if let Some(lit) = &attrs.rename {
                errors.spanned(lit, "`rename` cannot be combined with `other`: the catch-all variant holds every unknown member's name");
            }
            let holds_one =
                matches!(&variant.fields, Fields::Unnamed(fields) if fields.unnamed.len() == 1);
            if !holds_one {
                other_attempted = true;
                errors.spanned(
                    &variant.ident,
                    format_args!(
                        "the catch-all variant holds the unknown member's name: write `#[graph(other)] {}(String)`",
                        variant.ident
                    ),
                );
            } else if other.is_some() {
                errors.at(span, "only one variant can be `#[graph(other)]`");
            } else {
                other = Some(&variant.ident);
            }
            continue;
        }
        if !matches!(variant.fields, Fields::Unit) {
            errors.spanned(
                &variant.fields,
                format_args!(
                    "a Graph enum member carries no data: write `{}` alone; only the catch-all variant, marked `#[graph(other)]`, holds a `String`",
                    variant.ident
                ),
            );
        }
        let (json_name, name_span) = match &attrs.rename {
            Some(lit) => (renamed(lit, errors), lit.span()),
            None => {
                let ident = variant.ident.to_string();
                let name = match rename_all {
                    RenameAll::LowerCamel => default_schema_name(&ident),
                    RenameAll::Pascal => ident.trim_start_matches("r#").to_owned(),
                };
                (name, variant.ident.span())
            }
        };
        members.push(Member {
            ident: &variant.ident,
            json_name,
            name_span,
        });
    }
    if other.is_none() && !other_attempted {
        errors.spanned(
            &input.ident,
            "`GraphEnum` needs a catch-all variant so members Graph adds later are kept: add `#[graph(other)] Other(String),`",
        );
    }
    Some(Enum {
        ident: &input.ident,
        name,
        krate: krate(&container),
        members,
        other,
    })
}

/// An enum of the derived types of one base type, dispatched on `@odata.type`.
pub struct Polymorphic<'a> {
    pub ident: &'a Ident,
    /// The base type's qualified name.
    pub base: String,
    pub krate: TokenStream,
    /// The variants holding a derived type, in declaration order.
    pub variants: Vec<Variant<'a>>,
    /// The position in `variants` of the `#[graph(default)]` one, which takes values without
    /// `@odata.type`.
    pub default: Option<usize>,
    /// The `#[graph(other)]` variant and the type it holds.
    pub other: Option<(&'a Ident, &'a Type)>,
}

/// A variant holding one derived type.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
}

/// The one type a tuple variant holds, if it holds exactly one.
fn single_field(fields: &Fields) -> Option<&Type> {
    match fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            fields.unnamed.first().map(|field| &field.ty)
        }
        _ => None,
    }
}

/// Reads an enum of derived types.
pub fn polymorphic<'a>(input: &'a DeriveInput, errors: &Errors) -> Option<Polymorphic<'a>> {
    let container = attr::container(&input.attrs, Derive::Polymorphic, errors);
    no_generics(input, Derive::Polymorphic, errors);
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(data) => {
            errors.at(
                data.struct_token.span,
                "`GraphPolymorphic` needs an enum with one variant per derived type, such as `enum Parameter { Boolean(BooleanParameter), String(StringParameter), #[graph(other)] Other(graph_entity::Extra) }`; for one type use `#[derive(GraphEntity)]` or `#[derive(GraphComplex)]`",
            );
            return None;
        }
        Data::Union(data) => {
            errors.at(
                data.union_token.span,
                "`GraphPolymorphic` needs an enum, not a union",
            );
            return None;
        }
    };
    let base = match &container.base {
        Some(lit) => {
            let name = lit.value();
            if let Some(bare) = name.strip_prefix('#') {
                errors.spanned(
                    lit,
                    format_args!("write `base` without the leading `#`: `base = \"{bare}\"`"),
                );
            } else if !is_qualified_name(&name) {
                errors.spanned(
                    lit,
                    format_args!(
                        "`base = {name:?}` is not a qualified type name: write namespace and name, such as \"microsoft.graph.deviceHealthScriptParameter\""
                    ),
                );
            }
            name
        }
        None => format!(
            "microsoft.graph.{}",
            default_schema_name(&input.ident.to_string())
        ),
    };
    let mut variants: Vec<Variant> = Vec::new();
    let mut default = None;
    let mut other = None;
    // A catch-all misspelled or misshapen is reported as such, not as missing too.
    let mut other_attempted = false;
    for variant in &data.variants {
        let attrs = attr::member(&variant.attrs, Derive::Polymorphic, errors);
        if attrs.other.is_none() && attrs.attempted.contains(&"other") {
            other_attempted = true;
            continue;
        }
        let ty = single_field(&variant.fields);
        if let Some(span) = attrs.other {
            if let Some(default) = attrs.default {
                errors.at(
                    default,
                    "`default` cannot be combined with `other`: the catch-all variant keeps the types the enum does not know; mark the variant of the base type `default`",
                );
            }
            match ty {
                None => {
                    other_attempted = true;
                    errors.spanned(
                        &variant.ident,
                        format_args!(
                            "the catch-all variant keeps an unknown type's JSON: write `#[graph(other)] {}(graph_entity::Extra)`",
                            variant.ident
                        ),
                    );
                }
                Some(_) if other.is_some() => {
                    errors.at(span, "only one variant can be `#[graph(other)]`");
                }
                Some(ty) => other = Some((&variant.ident, ty)),
            }
            continue;
        }
        let Some(ty) = ty else {
            errors.spanned(
                &variant.ident,
                format_args!(
                    "each variant holds the derived type it stands for: write `{}(DerivedType)`, where `DerivedType` has `#[derive(GraphEntity)]` or `#[derive(GraphComplex)]`",
                    variant.ident
                ),
            );
            continue;
        };
        let written = ty.to_token_stream().to_string();
        if let Some(earlier) = variants
            .iter()
            .find(|earlier| earlier.ty.to_token_stream().to_string() == written)
        {
            errors.spanned(
                ty,
                format_args!(
                    "`{written}` is already held by variant `{}`: give each derived type one variant",
                    earlier.ident
                ),
            );
            continue;
        }
        if let Some(span) = attrs.default {
            if default.is_some() {
                errors.at(
                    span,
                    "only one variant can be `#[graph(default)]`: values without `@odata.type` are read as one type, the base type",
                );
            } else {
                default = Some(variants.len());
            }
        }
        variants.push(Variant {
            ident: &variant.ident,
            ty,
        });
    }
    if other.is_none() && !other_attempted {
        errors.spanned(
            &input.ident,
            "`GraphPolymorphic` needs a catch-all variant so values of the types it does not know keep their JSON: add `#[graph(other)] Other(graph_entity::Extra),`",
        );
    }
    if variants.is_empty() && !data.variants.is_empty() && errors.count() == 0 {
        errors.spanned(
            &input.ident,
            "`GraphPolymorphic` needs a variant per derived type besides the catch-all: add one, such as `Boolean(BooleanParameter),`",
        );
    }
    Some(Polymorphic {
        ident: &input.ident,
        base,
        krate: krate(&container),
        variants,
        default,
        other,
    })
}

/// Whether `ty` is written `Option<T>` (or `core::option::Option<T>`, `std::option::Option<T>`).
fn written_as_option(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    let segments = &path.path.segments;
    let Some(last) = segments.last() else {
        return false;
    };
    let in_option_module = segments.len() == 1
        || segments
            .iter()
            .rev()
            .nth(1)
            .is_some_and(|module| module.ident == "option");
    path.qself.is_none()
        && last.ident == "Option"
        && in_option_module
        && matches!(&last.arguments, PathArguments::AngleBracketed(arguments)
            if arguments.args.len() == 1 && matches!(arguments.args.first(), Some(GenericArgument::Type(_))))
}
