//! Derive macros of [graph-entity](https://docs.rs/graph-entity). Depend on `graph-entity`,
//! which re-exports them and holds what the generated code uses; this crate is its
//! implementation detail.
//!
//! The four derives share one pipeline, `derive`: read the attributes into a model
//! (`attr`, `ast`: per-attribute and per-field rules), apply the rules that span several
//! fields or variants (`check`), and only then generate code (`expand_object` and
//! `expand_builder`, `expand_enum`, `expand_polymorphic`). Every mistake is collected
//! (`ctxt`) and reported in one compile; on errors, `fallback` emits the errors and
//! placeholder impls, so the mistakes are not buried under follow-on errors.
//!
//! Generated code sits in `const _: () = { … };`, marks every impl
//! `#[automatically_derived]`, and reaches the runtime only through
//! `{crate}::__private`.
#![forbid(unsafe_code)]

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand_builder;
mod expand_enum;
mod expand_object;
mod expand_polymorphic;
mod expand_value;
mod fallback;
#[cfg(test)]
mod no_panic;
mod template;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, DeriveInput};

use ast::Model;
use attr::Derive;
use ctxt::Errors;

/// Derives a Graph entity type from a struct with named fields.
///
/// ```text
/// #[derive(GraphEntity)]
/// #[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
/// pub struct RemoteActionAudit {
///     #[graph(read_only)]
///     pub id: Option<String>,
///     #[graph(required)]
///     pub action: Option<RemoteAction>,
///     #[graph(rename = "deviceIMEI")]
///     pub device_imei: Option<String>,
///     #[graph(extra)]
///     pub extra: graph_entity::Extra,
/// }
/// ```
///
/// Container options, `#[graph_entity(…)]`:
/// - `path = "/collection/path"` (required, unless `no_path`): the collection, which may hold
///   parent parameters (`/users/{userId}/events`, or as Graph spells them
///   `{delegatedAdminRelationship-id}`); no trailing `/`. Repeat it for an entity Graph offers
///   at several places: `path = "/users/{userId}/events", path = "/groups/{groupId}/events",
///   path = "/me/events"`; the first is the default (`RESOURCE.collection_path()`), and the
///   same path twice is an error.
/// - `no_path`: an entity type Graph offers no path for, reached only inside other entities:
///   it reads, validates and builds values (its builder's `build()` gives a `Checked` value,
///   like a complex type's), but is not a `GraphEntity` and has no requests. Not with `path`,
///   nor with the keys that describe requests (`key`, `version`, `operations`, `clouds`,
///   `permissions`).
/// - `odata_type = "microsoft.graph.x"`: default `microsoft.graph.` + the struct name in
///   lowerCamelCase.
/// - `version = "beta"` or `"v1.0"` (default `v1.0`).
/// - `key = "…"`: the item path's parameter, default the type name in lowerCamelCase + `Id`.
/// - `operations(create, update, get, list, delete)`: default all five.
/// - `clouds(global, us_gov_l4, us_gov_l5_dod, china, us_nat, us_sec, bleu, delos, gov_sg)`:
///   the clouds the entity's operations exist in (every cloud Graph publishes a schema for);
///   requests for another cloud are refused. Default: not declared, no cloud refused.
/// - `permissions(create(delegated = "A, B", personal = "not supported", application = "A, B"), …)`:
///   the permission table of each operation (`create`, `update`, `get`, `list`, `delete`, or
///   the groups `read` for get and list, `write` for create, update and delete), each row the
///   permissions from least to most privileged or "not supported". Default: none declared.
/// - `navigation(catalog, linkedResources)`: the JSON names of navigation properties the
///   struct does not type; payloads may carry them (kept in `extra`, not checked). Also on
///   `GraphComplex`.
/// - `open`: the type is open (`OpenType="true"`); payloads may carry any property.
/// - `crate = "path"`: where graph-entity is, if renamed.
///
/// Requests go to typed locations: for each `path`, an associated function named `at_` and
/// the path's fixed segments in snake case, taking its parameters by name in snake case
/// (`Event::at_users_events(user_id: &str)`, `Event::at_me_events()`), returning a
/// `graph_entity::Location<Event>`; an entity with one path and no parameters also has
/// `location()`. Create and list go to the location, get, update and delete to
/// `location.item(id)`. A missing or extra argument does not compile.
///
/// ```text
/// #[derive(GraphEntity)]
/// #[graph_entity(path = "/users/{userId}/events", path = "/me/events")]
/// pub struct Event { /* … */ }
///
/// let list = Event::list_request(&options, &Event::at_users_events("adele@contoso.com"))?;
/// let patch = payload.request(Cloud::Global, &Event::at_me_events().item(&id))?;
/// ```
///
/// Field options, `#[graph(…)]`: `rename = "jsonName"` (default lowerCamelCase of the field),
/// `read_only`, `required` (on create; implies `non_nullable`), `non_nullable` (never sent as
/// `null`), `immutable` (set on create, refused on update, as Graph's `Core.Immutable`; the
/// update builder has no setter for it; not with `read_only`), `navigation` (a navigation
/// property: its type is a `GraphEntity`, `GraphComplex` or `GraphPolymorphic` type, or an
/// `Option` or `Vec` of one; payloads may carry it, a deep insert checked with its type's
/// rules in the payload's mode, and `name@odata.bind` is kept), and `extra` on the one
/// [`Extra`](https://docs.rs/graph-entity/latest/graph_entity/struct.Extra.html)
/// field that keeps every other member.
///
/// Property types: `String`, `bool`, `i32`, `i64`, `f64`, `DateTimeOffset`, `Guid`, `Date`,
/// `TimeOfDay`, `Duration`, `Binary`, `Flags<E>`, the derived types, and `Option`, `Vec` or
/// `Box` of them. A type Graph has no counterpart for (`u128`, `f32`, `HashMap<…>`, a tuple)
/// is one error at that type, saying what to write instead.
///
/// Builders: when every property is written `Option<T>`, the derive also generates
/// `{Type}Required` (a struct of the required properties), `Type::create(…)` →
/// `{Type}Create` and, for entities, `Type::update()` → `{Type}Update`, with one setter per
/// property (`fn display_name(self, value: impl IntoInput<String>)`, `fn is_enabled(self,
/// value: bool)`, documented with the Graph name and rules) and `clear_*` for nullable
/// properties in updates. Both are `{Type}Builder<O, S>`, `O` being `ForCreate` or
/// `ForUpdate`: a setter both payloads have is declared once. A struct that
/// uses `required`, `read_only`, `non_nullable` or `immutable`, which the builders enforce,
/// with a field not written `Option<T>` is an error at that field. Setting a read-only
/// property, setting an immutable one in an update, or clearing a non-nullable one is one
/// compile error at the call, naming the Graph property and the rule.
///
/// `build()` never gives a value validation would refuse: the builders' type parameter is
/// `Valid` while every value set is valid by its type, and `build()` gives the `Payload` (or
/// `Checked` value); once an enum or flags value is set it is `Unverified`, since the value
/// may be the catch-all variant or `unknownFutureValue`, and `build()` checks and gives a
/// `Result<_, Problems>` naming each refused property.
#[proc_macro_derive(GraphEntity, attributes(graph_entity, graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, Derive::Entity).into()
}

/// Derives a Graph complex type (`resultInfo`, `keyValuePair`) from a struct with named
/// fields.
///
/// Container options, `#[graph_complex(…)]`: `odata_type`, `open` and `crate`, as for
/// `GraphEntity`. Field options are those of `GraphEntity`.
#[proc_macro_derive(GraphComplex, attributes(graph_complex, graph))]
pub fn derive_graph_complex(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, Derive::Complex).into()
}

/// Derives a Graph enumeration from an enum of unit variants plus one catch-all variant,
/// `#[graph(other)] Other(String)`, that keeps members Graph adds later.
///
/// Container options, `#[graph_enum(…)]`: `name = "remoteAction"` (the schema name, default
/// the enum name in lowerCamelCase), `rename_all = "lowerCamelCase"` (default) or
/// `"PascalCase"`, and `crate`. Variant options, `#[graph(…)]`: `rename = "member"`, `other`.
#[proc_macro_derive(GraphEnum, attributes(graph_enum, graph))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, Derive::Enum).into()
}

/// Derives a Graph polymorphic type from an enum whose variants each hold one type derived
/// from the same base type (`#[derive(GraphEntity)]` or `#[derive(GraphComplex)]`), plus a
/// catch-all, `#[graph(other)] Other(graph_entity::Extra)`, that keeps the JSON of a type the
/// enum does not know.
///
/// ```text
/// #[derive(GraphPolymorphic)]
/// #[graph_polymorphic(base = "microsoft.graph.deviceHealthScriptParameter")]
/// pub enum DeviceHealthScriptParameter {
///     Boolean(DeviceHealthScriptBooleanParameter),
///     Integer(DeviceHealthScriptIntegerParameter),
///     String(DeviceHealthScriptStringParameter),
///     #[graph(other)]
///     Other(graph_entity::Extra),
/// }
/// ```
///
/// Values are read as the variant their `@odata.type` names and written back as read.
///
/// Container options, `#[graph_polymorphic(…)]`: `base = "ns.name"` (the base type, default
/// `microsoft.graph.` + the enum name in lowerCamelCase) and `crate`. Variant options,
/// `#[graph(…)]`: `other` on the catch-all, and `default` on the variant of the base type
/// itself when it is not abstract, which then takes the values without `@odata.type`.
#[proc_macro_derive(GraphPolymorphic, attributes(graph_polymorphic, graph))]
pub fn derive_graph_polymorphic(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input, Derive::Polymorphic).into()
}

/// The one pipeline of every derive: model, cross-field checks, then code; on any error,
/// the errors and the fallback's placeholder impls instead.
fn derive(input: &DeriveInput, derive: Derive) -> proc_macro2::TokenStream {
    let errors = Errors::default();
    let model = ast::read(input, derive, &errors);
    if let Some(model) = &model {
        check::model(model, &errors);
    }
    let krate = model
        .as_ref()
        .map(|model| model.krate().clone())
        .unwrap_or_else(|| quote!(::graph_entity));
    match (errors.finish(), model) {
        (Ok(()), Some(model)) => expand(&model),
        (Err(errors), _) => fallback::expand(input, derive, &krate, errors),
        (Ok(()), None) => proc_macro2::TokenStream::new(),
    }
}

/// The code for a model without errors.
fn expand(model: &Model) -> proc_macro2::TokenStream {
    match model {
        Model::Object(object) => {
            let mut tokens = expand_object::expand(object);
            tokens.extend(expand_builder::expand(object));
            tokens
        }
        Model::Enum(enumeration) => expand_enum::expand(enumeration),
        Model::Polymorphic(polymorphic) => expand_polymorphic::expand(polymorphic),
    }
}
