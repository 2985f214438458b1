//! Reads `#[graph_entity(…)]`, `#[graph_complex(…)]`, `#[graph_enum(…)]`,
//! `#[graph_polymorphic(…)]` and `#[graph(…)]` into plain values. Every key is read even
//! after an error, and each mistake is reported on the offending token.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Ident, Lit, LitStr, Token};

use crate::ctxt::Errors;
use graph_entity_core::clouds::{cloud_for_alias, CloudInfo, CLOUDS, CLOUD_NAMES};
use graph_entity_core::operations::{
    operation_for_http_method, OperationInfo, OPERATIONS, OPERATION_NAMES,
};
use graph_entity_core::suggest::closest;

/// Which derive is reading its container attribute.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Derive {
    Entity,
    Complex,
    Enum,
    Polymorphic,
}

impl Derive {
    /// The container attribute's name.
    pub fn attribute(self) -> &'static str {
        match self {
            Derive::Entity => "graph_entity",
            Derive::Complex => "graph_complex",
            Derive::Enum => "graph_enum",
            Derive::Polymorphic => "graph_polymorphic",
        }
    }

    /// The derive's name.
    pub fn name(self) -> &'static str {
        match self {
            Derive::Entity => "GraphEntity",
            Derive::Complex => "GraphComplex",
            Derive::Enum => "GraphEnum",
            Derive::Polymorphic => "GraphPolymorphic",
        }
    }

    fn container_keys(self) -> &'static [&'static str] {
        match self {
            Derive::Entity => &[
                "path",
                "no_path",
                "odata_type",
                "version",
                "key",
                "operations",
                "clouds",
                "permissions",
                "navigation",
                "open",
                "crate",
            ],
            Derive::Complex => &["odata_type", "navigation", "open", "crate"],
            Derive::Enum => &["name", "rename_all", "crate"],
            Derive::Polymorphic => &["base", "crate"],
        }
    }

    fn member_keys(self) -> Vec<&'static str> {
        match self {
            Derive::Entity | Derive::Complex => {
                [vec!["rename"], FieldFlags::keys(), vec!["extra"]].concat()
            }
            Derive::Enum => vec!["rename", "other"],
            Derive::Polymorphic => vec!["default", "other"],
        }
    }

    /// Where member options are written, for messages: "a field's `#[graph(…)]`".
    fn member_attribute(self) -> &'static str {
        match self {
            Derive::Entity | Derive::Complex => "a field's `#[graph(…)]`",
            Derive::Enum | Derive::Polymorphic => "a variant's `#[graph(…)]`",
        }
    }

    fn member_kind(self) -> &'static str {
        match self {
            Derive::Entity | Derive::Complex => "field",
            Derive::Enum | Derive::Polymorphic => "variant",
        }
    }
}

/// The API versions `version = "…"` accepts.
#[derive(Clone, Copy)]
pub enum Version {
    V1,
    Beta,
}

/// The operations `operations(…)` accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Create,
    Update,
    Get,
    List,
    Delete,
}

impl Operation {
    pub const ALL: [Operation; 5] = [
        Operation::Create,
        Operation::Update,
        Operation::Get,
        Operation::List,
        Operation::Delete,
    ];

    /// The operation's entry in the shared table.
    fn info(self) -> &'static OperationInfo {
        let [create, update, get, list, delete] = &OPERATIONS;
        match self {
            Operation::Create => create,
            Operation::Update => update,
            Operation::Get => get,
            Operation::List => list,
            Operation::Delete => delete,
        }
    }

    /// The operation's name in `operations(…)`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    fn from_name(name: &str) -> Option<Operation> {
        Self::ALL
            .into_iter()
            .find(|operation| operation.name() == name)
    }

    /// The runtime's `Operation` variant.
    pub fn variant_name(self) -> &'static str {
        self.info().variant
    }
}

/// A national cloud `clouds(…)` accepts: an entry of the shared table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Cloud(&'static CloudInfo);

impl Cloud {
    fn from_name(name: &str) -> Option<Cloud> {
        CLOUDS.iter().find(|cloud| cloud.name == name).map(Cloud)
    }

    /// The runtime's `Cloud` variant.
    pub fn variant_name(self) -> &'static str {
        self.0.variant
    }
}

/// The permission types a permission table has rows for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PermissionType {
    Delegated,
    Personal,
    Application,
}

impl PermissionType {
    const ALL: [PermissionType; 3] = [
        PermissionType::Delegated,
        PermissionType::Personal,
        PermissionType::Application,
    ];
    const NAMES: [&'static str; 3] = ["delegated", "personal", "application"];

    fn from_name(name: &str) -> Option<PermissionType> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    fn name(self) -> &'static str {
        match self {
            PermissionType::Delegated => "delegated",
            PermissionType::Personal => "personal",
            PermissionType::Application => "application",
        }
    }
}

/// One row of a permission table, as written.
#[derive(Clone)]
pub enum Scopes {
    NotSupported,
    AnyOf(Vec<String>),
}

/// The rows of one permission table.
#[derive(Clone, Default)]
pub struct PermissionRows {
    pub delegated: Option<Scopes>,
    pub personal: Option<Scopes>,
    pub application: Option<Scopes>,
}

impl PermissionRows {
    fn slot(&mut self, kind: PermissionType) -> &mut Option<Scopes> {
        match kind {
            PermissionType::Delegated => &mut self.delegated,
            PermissionType::Personal => &mut self.personal,
            PermissionType::Application => &mut self.application,
        }
    }
}

/// One entry of `permissions(…)`: an operation, or a group of them, and its table.
pub struct PermissionGroup {
    /// The key as written: an operation, `read` or `write`.
    pub key: Ident,
    /// The operations the key stands for.
    pub operations: &'static [Operation],
    pub rows: PermissionRows,
}

/// The keys `permissions(…)` accepts: each operation, and two groups.
const PERMISSION_KEYS: [&str; 7] = ["create", "update", "get", "list", "delete", "read", "write"];

fn permission_key(name: &str) -> Option<&'static [Operation]> {
    Some(match name {
        "create" => &[Operation::Create],
        "update" => &[Operation::Update],
        "get" => &[Operation::Get],
        "list" => &[Operation::List],
        "delete" => &[Operation::Delete],
        "read" => &[Operation::Get, Operation::List],
        "write" => &[Operation::Create, Operation::Update, Operation::Delete],
        _ => return None,
    })
}

/// The letter cases `rename_all = "…"` accepts.
#[derive(Clone, Copy)]
pub enum RenameAll {
    LowerCamel,
    Pascal,
}

/// Container options, as written.
#[derive(Default)]
pub struct ContainerAttrs {
    /// Every `path = "…"`, in order: the first is the default.
    pub paths: Vec<LitStr>,
    /// `no_path`: an entity type Graph offers no path for.
    pub no_path: Option<Span>,
    /// `navigation(name, …)`: the navigation properties the struct does not type.
    pub navigation: Option<Vec<Ident>>,
    pub odata_type: Option<LitStr>,
    pub version: Option<Version>,
    pub key: Option<LitStr>,
    pub operations: Option<Vec<Operation>>,
    pub clouds: Option<Vec<Cloud>>,
    pub permissions: Option<Vec<PermissionGroup>>,
    pub open: bool,
    pub krate: Option<syn::Path>,
    pub name: Option<LitStr>,
    pub base: Option<LitStr>,
    pub rename_all: Option<RenameAll>,
    /// Every known key written, with the span of its name, in order.
    pub written: Vec<(&'static str, Span)>,
    /// Known keys that were written but not read, because of a mistake already reported (a
    /// misspelling, a bad value, a misplaced attribute): their absence is not reported again.
    pub attempted: Vec<&'static str>,
}

impl ContainerAttrs {
    /// Every container key of every derive.
    fn keys(&self) -> Vec<&'static str> {
        [
            Derive::Entity,
            Derive::Complex,
            Derive::Enum,
            Derive::Polymorphic,
        ]
        .iter()
        .flat_map(|derive| derive.container_keys().iter().copied())
        .collect()
    }

    /// Where key `key` was first written, if it was.
    pub fn span_of(&self, key: &str) -> Option<Span> {
        self.written
            .iter()
            .find(|(written, _)| *written == key)
            .map(|(_, span)| *span)
    }
}

/// The options of a field that are flags of its property, each with the span of its key.
///
/// One list for all of them: a flag's key in `#[graph(…)]` is also the name of the
/// `PropertyInfo` method the generated property table calls (`.read_only()`), so a new flag
/// is a field here, a line in [`slots`](Self::slots), and a method of `PropertyInfo`.
#[derive(Clone, Copy, Default)]
pub struct FieldFlags {
    /// Graph sets it: payloads leave it out, builders have no setter.
    pub read_only: Option<Span>,
    /// A create must carry it.
    pub required: Option<Span>,
    /// Never sent as `null`.
    pub non_nullable: Option<Span>,
    /// Set on create only: update payloads leave it out, the update builder has no setter.
    pub immutable: Option<Span>,
    /// A navigation property: its type is an entity or complex type, payloads may carry it.
    pub navigation: Option<Span>,
}

impl FieldFlags {
    /// Each flag's key and slot, in the order messages list them: the one list of flags.
    fn slots(&mut self) -> Vec<(&'static str, &mut Option<Span>)> {
        vec![
            ("read_only", &mut self.read_only),
            ("required", &mut self.required),
            ("non_nullable", &mut self.non_nullable),
            ("immutable", &mut self.immutable),
            ("navigation", &mut self.navigation),
        ]
    }

    /// The keys, in the order of [`slots`](Self::slots).
    pub fn keys() -> Vec<&'static str> {
        FieldFlags::default()
            .slots()
            .into_iter()
            .map(|(key, _)| key)
            .collect()
    }

    /// The slot of flag `key`, if it is one.
    fn slot(&mut self, key: &str) -> Option<&mut Option<Span>> {
        self.slots()
            .into_iter()
            .find(|(name, _)| *name == key)
            .map(|(_, slot)| slot)
    }

    /// The flags set, with their key and span, in the order of [`slots`](Self::slots).
    pub fn set(&self) -> Vec<(&'static str, Span)> {
        let mut copy = *self;
        copy.slots()
            .into_iter()
            .filter_map(|(name, slot)| slot.map(|span| (name, span)))
            .collect()
    }

    /// Whether the property may be sent as `null`: neither required nor non-nullable.
    pub fn nullable(&self) -> bool {
        self.required.is_none() && self.non_nullable.is_none()
    }
}

/// Field or variant options, as written; flags keep the span of their key.
#[derive(Default)]
pub struct MemberAttrs {
    pub rename: Option<LitStr>,
    /// The flags of a field's property.
    pub flags: FieldFlags,
    pub extra: Option<Span>,
    pub other: Option<Span>,
    pub default: Option<Span>,
    /// As [`ContainerAttrs::attempted`].
    pub attempted: Vec<&'static str>,
}

impl MemberAttrs {
    /// The first flag set besides `extra`, for "`extra` cannot be combined with …".
    pub fn flag_besides_extra(&self) -> Option<(&'static str, Span)> {
        let rename = self.rename.as_ref().map(|lit| ("rename", lit.span()));
        rename.or_else(|| self.flags.set().first().copied())
    }
}

/// Reads the container attribute of `derive` from `attrs`; misplaced `#[graph(…)]` is reported.
pub fn container(attrs: &[Attribute], derive: Derive, errors: &Errors) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("graph") {
            errors.spanned(
                attr,
                format_args!(
                    "`#[graph(…)]` goes on {}s; put container options in `#[{}(…)]`",
                    derive.member_kind(),
                    derive.attribute()
                ),
            );
            out.attempted
                .extend(keys_named(attr, derive.container_keys()));
            continue;
        }
        if !attr.path().is_ident(derive.attribute()) {
            continue;
        }
        let what = format!("`#[{}(…)]`", derive.attribute());
        let attempted = each_key(attr, &what, derive.container_keys(), errors, |key, meta| {
            let cx = KeyCx {
                key,
                attribute: derive.attribute(),
                meta,
                errors,
            };
            container_key(&mut out, &cx)
        });
        out.attempted.extend(attempted);
    }
    out
}

/// One key being read: its name, its attribute, and where to report.
struct KeyCx<'a, 'm> {
    key: &'a str,
    attribute: &'static str,
    meta: &'a ParseNestedMeta<'m>,
    errors: &'a Errors,
}

impl KeyCx<'_, '_> {
    /// Stores `value` unless the key was given before, which is reported on the second key.
    fn set_once<T>(&self, slot: &mut Option<T>, value: Option<T>) {
        if slot.is_some() {
            self.duplicate();
        } else if value.is_some() {
            *slot = value;
        }
    }

    fn duplicate(&self) {
        self.errors.spanned(
            &self.meta.path,
            format_args!(
                "duplicate `{}` in `#[{}(…)]`; give it once",
                self.key, self.attribute
            ),
        );
    }

    fn string(&self) -> syn::Result<Option<LitStr>> {
        string(self.meta, self.key, self.errors)
    }

    /// A string naming one of `choices`, mapped by `pick`.
    fn choice<T>(&self, choices: &str, pick: impl Fn(&str) -> Option<T>) -> syn::Result<Option<T>> {
        Ok(self.string()?.and_then(|lit| {
            let picked = pick(&lit.value());
            if picked.is_none() {
                self.errors.spanned(
                    &lit,
                    format_args!("unknown {} `{}`; expected {choices}", self.key, lit.value()),
                );
            }
            picked
        }))
    }
}

fn container_key(out: &mut ContainerAttrs, cx: &KeyCx) -> syn::Result<()> {
    if let Some(key) = out.keys().iter().find(|known| **known == cx.key) {
        out.written.push((key, cx.meta.path.span()));
    }
    match cx.key {
        "path" => {
            if let Some(lit) = cx.string()? {
                let value = lit.value();
                if out.paths.iter().any(|earlier| earlier.value() == value) {
                    cx.errors.spanned(
                        &lit,
                        format_args!(
                            "path {value:?} is given twice in `#[{}(…)]`: give each path once",
                            cx.attribute
                        ),
                    );
                } else {
                    out.paths.push(lit);
                }
            }
        }
        "no_path" => {
            flag(cx.meta, cx.key, cx.errors)?;
            let span = Some(cx.meta.path.span());
            cx.set_once(&mut out.no_path, span);
        }
        "navigation" => {
            let names = navigation(cx.meta, cx.errors)?;
            cx.set_once(&mut out.navigation, names);
        }
        "odata_type" => cx.set_once(&mut out.odata_type, cx.string()?),
        "key" => cx.set_once(&mut out.key, cx.string()?),
        "name" => cx.set_once(&mut out.name, cx.string()?),
        "base" => cx.set_once(&mut out.base, cx.string()?),
        "version" => {
            let version = cx.choice("`beta` or `v1.0`", |text| match text {
                "beta" => Some(Version::Beta),
                "v1.0" => Some(Version::V1),
                _ => None,
            })?;
            cx.set_once(&mut out.version, version);
        }
        "rename_all" => {
            let case = cx.choice("`lowerCamelCase` or `PascalCase`", |text| match text {
                "lowerCamelCase" => Some(RenameAll::LowerCamel),
                "PascalCase" => Some(RenameAll::Pascal),
                _ => None,
            })?;
            cx.set_once(&mut out.rename_all, case);
        }
        "operations" => {
            let operations = operations(cx.meta, cx.errors)?;
            cx.set_once(&mut out.operations, operations);
        }
        "clouds" => {
            let clouds = clouds(cx.meta, cx.errors)?;
            cx.set_once(&mut out.clouds, clouds);
        }
        "permissions" => {
            let permissions = permissions(cx.meta, cx.errors)?;
            cx.set_once(&mut out.permissions, permissions);
        }
        "open" => {
            flag(cx.meta, cx.key, cx.errors)?;
            if out.open {
                cx.duplicate();
            }
            out.open = true;
        }
        "crate" => {
            let path = cx.string()?.and_then(|lit| match lit.parse::<syn::Path>() {
                Ok(path) => Some(path),
                Err(_) => {
                    cx.errors
                        .spanned(&lit, "`crate` must be a path such as \"::graph_entity\"");
                    None
                }
            });
            cx.set_once(&mut out.krate, path);
        }
        _ => {}
    }
    Ok(())
}

/// Reads the `#[graph(…)]` attributes of a field or variant.
pub fn member(attrs: &[Attribute], derive: Derive, errors: &Errors) -> MemberAttrs {
    let mut out = MemberAttrs::default();
    for attr in attrs {
        for misplaced in [
            "graph_entity",
            "graph_complex",
            "graph_enum",
            "graph_polymorphic",
        ] {
            if attr.path().is_ident(misplaced) {
                errors.spanned(
                    attr,
                    format_args!(
                        "`#[{misplaced}(…)]` goes on the type; use `#[graph(…)]` on a {}",
                        derive.member_kind()
                    ),
                );
                out.attempted
                    .extend(keys_named(attr, &derive.member_keys()));
            }
        }
        if !attr.path().is_ident("graph") {
            continue;
        }
        let what = derive.member_attribute();
        let attempted = each_key(attr, what, &derive.member_keys(), errors, |key, meta| {
            let cx = KeyCx {
                key,
                attribute: "graph",
                meta,
                errors,
            };
            member_key(&mut out, &cx)
        });
        out.attempted.extend(attempted);
    }
    out
}

fn member_key(out: &mut MemberAttrs, cx: &KeyCx) -> syn::Result<()> {
    if cx.key == "rename" {
        cx.set_once(&mut out.rename, cx.string()?);
        return Ok(());
    }
    flag(cx.meta, cx.key, cx.errors)?;
    let slot = match cx.key {
        "extra" => &mut out.extra,
        "other" => &mut out.other,
        "default" => &mut out.default,
        key => match out.flags.slot(key) {
            Some(slot) => slot,
            None => return Ok(()),
        },
    };
    cx.set_once(slot, Some(cx.meta.path.span()));
    Ok(())
}

/// Calls `on_key` for every known key of `attr`; unknown keys are reported with a suggestion
/// and skipped, so the keys after them are still read. Returns the keys attempted: each known
/// key that could not be read, and the suggestion for each unknown one.
fn each_key(
    attr: &Attribute,
    what: &str,
    known: &[&'static str],
    errors: &Errors,
    mut on_key: impl FnMut(&str, &ParseNestedMeta) -> syn::Result<()>,
) -> Vec<&'static str> {
    let mut attempted = Vec::new();
    if let syn::Meta::Path(_) = attr.meta {
        errors.spanned(
            attr,
            format_args!(
                "expected options in parentheses, such as `#[{}({} = …)]`",
                attr.path()
                    .get_ident()
                    .map(Ident::to_string)
                    .unwrap_or_default(),
                known.first().copied().unwrap_or_default()
            ),
        );
        return attempted;
    }
    let result = attr.parse_nested_meta(|meta| {
        let key = if meta.path.is_ident("crate") {
            "crate".to_owned()
        } else {
            path_text(&meta.path)
        };
        if let Some(&known_key) = known.iter().find(|known| **known == key) {
            let before = errors.count();
            let result = on_key(&key, &meta);
            if result.is_err() || errors.count() > before {
                attempted.push(known_key);
            }
            result
        } else {
            let candidate = closest(&key, known.iter().copied());
            let hint = match candidate {
                Some(candidate) => format!("did you mean `{candidate}`? "),
                None => String::new(),
            };
            attempted.extend(candidate);
            errors.spanned(
                &meta.path,
                format_args!(
                    "unknown key `{key}` in {what}; {hint}expected one of: {}",
                    known.join(", ")
                ),
            );
            skip_value(&meta)
        }
    });
    if let Err(error) = result {
        errors.add(error);
    }
    attempted
}

/// The known keys a misplaced attribute names, read without reporting: the attribute is
/// reported once, as misplaced.
fn keys_named(attr: &Attribute, known: &[&'static str]) -> Vec<&'static str> {
    let mut keys = Vec::new();
    let _ = attr.parse_nested_meta(|meta| {
        let key = path_text(&meta.path);
        keys.extend(known.iter().find(|known| **known == key));
        skip_value(&meta)
    });
    keys
}

fn path_text(path: &syn::Path) -> String {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// Reads `= "text"`; another literal is reported and skipped.
fn string(meta: &ParseNestedMeta, key: &str, errors: &Errors) -> syn::Result<Option<LitStr>> {
    if !meta.input.peek(Token![=]) {
        errors.spanned(
            &meta.path,
            format_args!("`{key}` needs a value: write `{key} = \"…\"`"),
        );
        return skip_value(meta).map(|()| None);
    }
    let value = meta.value()?;
    if !value.peek(Lit) {
        errors.at(
            value.span(),
            format_args!("`{key}` takes a string literal: write `{key} = \"…\"`"),
        );
        skip_rest(meta)?;
        return Ok(None);
    }
    match value.parse::<Lit>()? {
        Lit::Str(lit) => Ok(Some(lit)),
        other => {
            errors.spanned(
                &other,
                format_args!("`{key}` takes a string literal: write `{key} = \"…\"`"),
            );
            Ok(None)
        }
    }
}

/// A flag takes no value; `flag = …` is reported and skipped.
fn flag(meta: &ParseNestedMeta, key: &str, errors: &Errors) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        return Ok(());
    }
    errors.spanned(
        &meta.path,
        format_args!("`{key}` takes no value: write just `{key}`"),
    );
    skip_value(meta)
}

/// Reads `operations(create, update, …)`.
fn operations(meta: &ParseNestedMeta, errors: &Errors) -> syn::Result<Option<Vec<Operation>>> {
    if !meta.input.peek(syn::token::Paren) {
        errors.spanned(
            &meta.path,
            "write the operations in parentheses: `operations(create, update, get, list, delete)`",
        );
        return skip_value(meta).map(|()| None);
    }
    let mut list = Vec::new();
    meta.parse_nested_meta(|inner| {
        let name = inner
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
        match Operation::from_name(&name) {
            Some(operation) if list.contains(&operation) => errors.spanned(
                &inner.path,
                format_args!("operation `{name}` is listed twice"),
            ),
            Some(operation) => list.push(operation),
            None => {
                let candidate = closest(&name, OPERATION_NAMES.into_iter())
                    .or_else(|| operation_for_http_method(&name));
                let hint = match candidate {
                    Some(candidate) => format!("did you mean `{candidate}`? "),
                    None => String::new(),
                };
                errors.spanned(
                    &inner.path,
                    format_args!(
                        "unknown operation `{name}`; {hint}expected one of: {}",
                        OPERATION_NAMES.join(", ")
                    ),
                );
            }
        }
        skip_value(&inner)
    })?;
    Ok(Some(list))
}

/// Reads `navigation(catalog, linkedResources)`: JSON names of navigation properties.
fn navigation(meta: &ParseNestedMeta, errors: &Errors) -> syn::Result<Option<Vec<Ident>>> {
    const EXAMPLE: &str = "such as `navigation(catalog, linkedResources)`";
    if !meta.input.peek(syn::token::Paren) || is_empty_list(meta) {
        errors.spanned(
            &meta.path,
            format_args!(
                "write the JSON names of the navigation properties the struct does not type in parentheses, {EXAMPLE}; a typed one takes `#[graph(navigation)]` on its field"
            ),
        );
        return skip_value(meta).map(|()| None);
    }
    let mut names: Vec<Ident> = Vec::new();
    meta.parse_nested_meta(|inner| {
        match inner.path.get_ident() {
            Some(name) if names.iter().any(|known| known == name) => errors.spanned(
                name,
                format_args!("navigation property `{name}` is listed twice: list each once"),
            ),
            Some(name) => names.push(name.clone()),
            None => errors.spanned(
                &inner.path,
                format_args!("`navigation(…)` lists JSON property names, {EXAMPLE}, not paths"),
            ),
        }
        skip_value(&inner)
    })?;
    Ok(Some(names))
}

/// Reads `clouds(global, us_gov_l4, us_gov_l5_dod, china)`.
fn clouds(meta: &ParseNestedMeta, errors: &Errors) -> syn::Result<Option<Vec<Cloud>>> {
    let expected = format!("expected one of: {}", CLOUD_NAMES.join(", "));
    if !meta.input.peek(syn::token::Paren) {
        errors.spanned(
            &meta.path,
            format_args!(
                "write the national clouds in parentheses, such as `clouds(global, us_gov_l4, us_gov_l5_dod, china)`; {expected}"
            ),
        );
        return skip_value(meta).map(|()| None);
    }
    if is_empty_list(meta) {
        errors.spanned(
            &meta.path,
            "`clouds()` lists no cloud: list the national clouds Graph offers the entity in, as its reference pages say, such as `clouds(global)`; leave `clouds` out if they are not known",
        );
        return skip_value(meta).map(|()| None);
    }
    let mut list = Vec::new();
    meta.parse_nested_meta(|inner| {
        let name = inner
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
        match Cloud::from_name(&name) {
            Some(cloud) if list.contains(&cloud) => errors.spanned(
                &inner.path,
                format_args!("cloud `{name}` is listed twice: list each once"),
            ),
            Some(cloud) => list.push(cloud),
            None => {
                let candidate =
                    closest(&name, CLOUD_NAMES.into_iter()).or_else(|| cloud_for_alias(&name));
                let hint = match candidate {
                    Some(candidate) => format!("did you mean `{candidate}`? "),
                    None => String::new(),
                };
                errors.spanned(
                    &inner.path,
                    format_args!("unknown national cloud `{name}`; {hint}{expected}"),
                );
            }
        }
        skip_value(&inner)
    })?;
    Ok(Some(list))
}

/// Reads `permissions(create(delegated = "…", personal = "…", application = "…"), …)`.
fn permissions(
    meta: &ParseNestedMeta,
    errors: &Errors,
) -> syn::Result<Option<Vec<PermissionGroup>>> {
    const EXAMPLE: &str = "`permissions(create(delegated = \"…\", personal = \"not supported\", application = \"…\"), read(…))`";
    if !meta.input.peek(syn::token::Paren) {
        errors.spanned(
            &meta.path,
            format_args!(
                "write the permission tables in parentheses, one per operation: {EXAMPLE}"
            ),
        );
        return skip_value(meta).map(|()| None);
    }
    let mut groups = Vec::new();
    meta.parse_nested_meta(|inner| {
        let name = inner.path.get_ident().map(Ident::to_string).unwrap_or_default();
        let Some(operations) = permission_key(&name) else {
            let hint = match closest(&name, PERMISSION_KEYS.into_iter())
                .or_else(|| operation_for_http_method(&name))
            {
                Some(candidate) => format!("did you mean `{candidate}`? "),
                None => String::new(),
            };
            errors.spanned(
                &inner.path,
                format_args!(
                    "unknown operation `{name}` in `permissions(…)`; {hint}expected one of: create, update, get, list, delete, read (get and list), write (create, update and delete)"
                ),
            );
            return skip_value(&inner);
        };
        if !inner.input.peek(syn::token::Paren) {
            errors.spanned(
                &inner.path,
                format_args!(
                    "`{name}` takes its permission table in parentheses: `{name}(delegated = \"…\", personal = \"…\", application = \"…\")`"
                ),
            );
            return skip_value(&inner);
        }
        if is_empty_list(&inner) {
            errors.spanned(
                &inner.path,
                format_args!(
                    "`{name}()` declares no permission type: write at least one of `delegated = \"…\"`, `personal = \"…\"`, `application = \"…\"`"
                ),
            );
            return skip_value(&inner);
        }
        let mut rows = PermissionRows::default();
        inner.parse_nested_meta(|row| {
            let key = row.path.get_ident().map(Ident::to_string).unwrap_or_default();
            let Some(kind) = PermissionType::from_name(&key) else {
                let hint = match closest(&key, PermissionType::NAMES.into_iter()) {
                    Some(candidate) => format!("did you mean `{candidate}`? "),
                    None => String::new(),
                };
                errors.spanned(
                    &row.path,
                    format_args!(
                        "unknown permission type `{key}` in `{name}(…)`; {hint}expected one of: delegated (work or school account), personal (personal Microsoft account), application"
                    ),
                );
                return skip_value(&row);
            };
            let value = string(&row, &key, errors)?.and_then(|lit| scopes(&lit, kind, errors));
            let slot = rows.slot(kind);
            if slot.is_some() {
                errors.spanned(
                    &row.path,
                    format_args!("`{key}` is given twice in `{name}(…)`; give it once"),
                );
            } else {
                *slot = value;
            }
            Ok(())
        })?;
        if let Some(key) = inner.path.get_ident() {
            groups.push(PermissionGroup {
                key: key.clone(),
                operations,
                rows,
            });
        }
        Ok(())
    })?;
    Ok(Some(groups))
}

/// Reads one row's value: permission names from least to most privileged, separated by
/// commas, or "not supported" (Graph's "Not supported." is accepted as written).
fn scopes(lit: &LitStr, kind: PermissionType, errors: &Errors) -> Option<Scopes> {
    let key = kind.name();
    let text = lit.value();
    let trimmed = text.trim();
    if trimmed
        .trim_end_matches('.')
        .eq_ignore_ascii_case("not supported")
    {
        return Some(Scopes::NotSupported);
    }
    if trimmed.is_empty() {
        errors.spanned(
            lit,
            format_args!(
                "`{key} = \"\"` lists no permission: write the permissions from least to most privileged, separated by commas, such as \"DeviceManagementManagedDevices.Read.All, DeviceManagementManagedDevices.ReadWrite.All\", or \"not supported\""
            ),
        );
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    for part in trimmed.split(',') {
        let name = part.trim();
        if name.is_empty() {
            errors.spanned(
                lit,
                format_args!(
                    "`{key}` has an empty permission name: separate the names with single commas, such as \"User.Read.All, User.ReadWrite.All\""
                ),
            );
            return None;
        }
        if !is_permission_name(name) {
            errors.spanned(
                lit,
                format_args!(
                    "`{name}` in `{key}` is not a permission name: write names such as \"User.Read.All\" (letters, digits, `.`, `_` and `-`) separated by commas, or \"not supported\""
                ),
            );
            return None;
        }
        if names.iter().any(|known| known == name) {
            errors.spanned(
                lit,
                format_args!(
                    "permission `{name}` is listed twice in `{key}`: list each once, least privileged first"
                ),
            );
            return None;
        }
        names.push(name.to_owned());
    }
    Some(Scopes::AnyOf(names))
}

/// Whether the key is followed by `()`, an empty list (which `parse_nested_meta` refuses with
/// a message that names no key).
fn is_empty_list(meta: &ParseNestedMeta) -> bool {
    let fork = meta.input.fork();
    matches!(fork.parse::<proc_macro2::Group>(), Ok(group) if group.stream().is_empty())
}

/// A permission name such as `DeviceManagementManagedDevices.ReadWrite.All`.
fn is_permission_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Skips what follows a key (`= value` or `(…)`) up to the next comma.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?;
    }
    skip_rest(meta)
}

fn skip_rest(meta: &ParseNestedMeta) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}
