//! [`GraphObject`]: what entities and complex types have in common (a property table,
//! `@odata.type`, kept extra members), and the checks that run over it.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::model::extra::Extra;
use crate::model::schema::SchemaType;
use crate::model::value::{describe_json, quoted, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;
use graph_entity_core::suggest::closest;

/// A property of a Graph object, as declared by its struct.
///
/// The derives describe each property as `PropertyInfo::new(json_name, rust_name, …)`
/// followed by one named flag per option written on the field:
/// `.read_only()`, `.required()`, `.non_nullable()`, `.immutable()`, `.navigation()`.
#[derive(Clone, Copy, Debug)]
pub struct PropertyInfo {
    json_name: &'static str,
    rust_name: &'static str,
    flags: PropertyFlags,
    expected: fn() -> Cow<'static, str>,
    check_json: for<'p> fn(&Value, Mode, &Path<'p>, &mut Problems),
    schema: fn() -> SchemaType,
}

/// The options of a property, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct PropertyFlags(u8);

impl PropertyFlags {
    const REQUIRED: u8 = 1;
    const READ_ONLY: u8 = 1 << 1;
    const NON_NULLABLE: u8 = 1 << 2;
    const IMMUTABLE: u8 = 1 << 3;
    const NAVIGATION: u8 = 1 << 4;

    #[inline]
    const fn with(self, flag: u8) -> Self {
        PropertyFlags(self.0 | flag)
    }

    #[inline]
    const fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

impl PropertyInfo {
    /// Describes a property without options: optional, nullable, writable; used by the
    /// derives, which add the options written on the field with the methods below.
    #[doc(hidden)]
    pub const fn new(
        json_name: &'static str,
        rust_name: &'static str,
        expected: fn() -> Cow<'static, str>,
        check_json: for<'p> fn(&Value, Mode, &Path<'p>, &mut Problems),
        schema: fn() -> SchemaType,
    ) -> Self {
        PropertyInfo {
            json_name,
            rust_name,
            flags: PropertyFlags(0),
            expected,
            check_json,
            schema,
        }
    }

    const fn with(mut self, flag: u8) -> Self {
        self.flags = self.flags.with(flag);
        self
    }

    /// The same property, required on create (`#[graph(required)]`); a required property
    /// is never sent as `null` either.
    #[doc(hidden)]
    #[must_use]
    pub const fn required(self) -> Self {
        self.with(PropertyFlags::REQUIRED)
    }

    /// The same property, set by Graph and refused in payloads (`#[graph(read_only)]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn read_only(self) -> Self {
        self.with(PropertyFlags::READ_ONLY)
    }

    /// The same property, never sent as `null` (`#[graph(non_nullable)]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn non_nullable(self) -> Self {
        self.with(PropertyFlags::NON_NULLABLE)
    }

    /// The same property, set on create only and refused on update (`#[graph(immutable)]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn immutable(self) -> Self {
        self.with(PropertyFlags::IMMUTABLE)
    }

    /// The same property, a navigation property (`#[graph(navigation)]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn navigation(self) -> Self {
        self.with(PropertyFlags::NAVIGATION)
    }

    /// The property's name in JSON (`deviceIMEI`).
    #[inline]
    pub fn json_name(&self) -> &'static str {
        self.json_name
    }

    /// The struct field that holds it (`device_imei`).
    pub fn rust_name(&self) -> &'static str {
        self.rust_name
    }

    /// Whether a create payload must carry it (`#[graph(required)]`).
    #[inline]
    pub fn is_required(&self) -> bool {
        self.flags.has(PropertyFlags::REQUIRED)
    }

    /// Whether Graph sets it and payloads must leave it out (`#[graph(read_only)]`).
    #[inline]
    pub fn is_read_only(&self) -> bool {
        self.flags.has(PropertyFlags::READ_ONLY)
    }

    /// Whether it may be sent as `null` (not `#[graph(non_nullable)]` nor required).
    #[inline]
    pub fn is_nullable(&self) -> bool {
        !self
            .flags
            .has(PropertyFlags::REQUIRED | PropertyFlags::NON_NULLABLE)
    }

    /// Whether it is set on create only: update payloads must leave it out
    /// (`#[graph(immutable)]`, Graph's `Core.Immutable`).
    #[inline]
    pub fn is_immutable(&self) -> bool {
        self.flags.has(PropertyFlags::IMMUTABLE)
    }

    /// Whether it is a navigation property, a relationship to other entities
    /// (`#[graph(navigation)]`): payloads may carry it for a deep insert.
    #[inline]
    pub fn is_navigation(&self) -> bool {
        self.flags.has(PropertyFlags::NAVIGATION)
    }

    /// What a JSON value of the property looks like (`a String`).
    pub fn expected(&self) -> Cow<'static, str> {
        (self.expected)()
    }

    /// The property type's schema shape.
    pub fn schema(&self) -> SchemaType {
        (self.schema)()
    }

    /// Checks a JSON value of the property against its type, recording every problem.
    pub(crate) fn check(
        &self,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        (self.check_json)(value, mode, path, problems);
    }
}

/// A Graph entity or complex type: a JSON object tagged with `@odata.type`, with typed
/// properties and the [`Extra`] members it keeps besides.
///
/// Implemented by `#[derive(GraphEntity)]` and `#[derive(GraphComplex)]`.
pub trait GraphObject: GraphValue + Serialize + DeserializeOwned {
    /// The qualified type name (`microsoft.graph.remoteActionAudit`).
    const ODATA_TYPE: &'static str;
    /// The `@odata.type` value written: `#` and the qualified name.
    const ODATA_TYPE_TAG: &'static str;
    /// Whether the type is open (`OpenType="true"`): payloads may carry any other property.
    const OPEN: bool;
    /// The typed properties, in declaration order.
    #[doc(hidden)]
    const PROPERTIES: &'static [PropertyInfo];
    /// The JSON names of the navigation properties the struct does not type
    /// (`#[graph_entity(navigation(…))]`): payloads may carry them; they are kept in
    /// [`extra`](Self::extra) and not checked.
    const NAVIGATION: &'static [&'static str] = &[];

    /// The position in [`PROPERTIES`](Self::PROPERTIES) of the property named `json_name`.
    #[doc(hidden)]
    fn property_index(json_name: &str) -> Option<usize>;

    /// The members kept besides the typed properties.
    fn extra(&self) -> &Extra;

    /// The members kept besides the typed properties, to change them.
    fn extra_mut(&mut self) -> &mut Extra;

    /// Checks each typed property's value (generated code: use [`validate`](crate::validate)).
    #[doc(hidden)]
    fn check_properties(&self, mode: Mode, path: &Path<'_>, problems: &mut Problems);

    /// Writes the object, with `@odata.type` even when it was read without one if
    /// `always_type` (generated code: use `Serialize`).
    #[doc(hidden)]
    fn __serialize<S: serde::Serializer>(
        &self,
        serializer: S,
        always_type: bool,
    ) -> Result<S::Ok, S::Error> {
        let _ = always_type;
        self.serialize(serializer)
    }
}

/// A type a navigation property (`#[graph(navigation)]`) can have: an entity, complex or
/// polymorphic type, or an `Option`, `Vec` or `Box` of one.
///
/// Implemented by `#[derive(GraphEntity)]`, `#[derive(GraphComplex)]` and
/// `#[derive(GraphPolymorphic)]`.
#[diagnostic::on_unimplemented(
    message = "`#[graph(navigation)]` needs an entity or complex type, not `{Self}`",
    label = "not an entity, complex or polymorphic type",
    note = "a navigation property holds related entities: give the field a type with #[derive(GraphEntity)], #[derive(GraphComplex)] or #[derive(GraphPolymorphic)], or an Option or Vec of one; or remove `navigation`"
)]
pub trait NavigationTarget {}

impl<T: NavigationTarget> NavigationTarget for Option<T> {}
impl<T: NavigationTarget> NavigationTarget for Vec<T> {}
impl<T: NavigationTarget> NavigationTarget for Box<T> {}

/// A complex type: a Graph object without an identity of its own, such as `resultInfo`.
///
/// Implemented by `#[derive(GraphComplex)]`.
pub trait GraphComplex: GraphObject {}

const READ_ONLY: &str =
    "read-only property: Graph sets it, so leave it out of create and update payloads";

const IMMUTABLE: &str = "immutable property: set it on create only; Graph refuses it on update";

/// Why a member of a `T` payload without a typed property is refused in `mode`, if it is.
///
/// Only a slip of a declared name is refused ("did you mean"), in create and update payloads
/// of a closed type. Any other name passes: a struct may declare part of Graph's properties,
/// and Graph documents create bodies with properties its schema lacks (`postOfficeBox` on a
/// Bookings `physicalAddress`). Annotations (`name@odata.bind`, `@odata.etag`) and the
/// navigation properties listed in [`GraphObject::NAVIGATION`] always pass.
pub(crate) fn untyped_member_problem<T: GraphObject>(key: &str, mode: Mode) -> Option<String> {
    if !mode.is_write() || T::OPEN || key.contains('@') || T::NAVIGATION.contains(&key) {
        return None;
    }
    let names = T::PROPERTIES
        .iter()
        .map(|info| info.json_name)
        .chain(T::NAVIGATION.iter().copied());
    slip_of_declared_name(T::ODATA_TYPE, key, names)
}

/// The problem with undeclared member `key` of type `owner` when it is a slip of one of
/// `names` (another letter case, or a letter or so away), the one rule of the typed models
/// and of the schema check ([`crate::csdl::Schema::validate_json`]).
pub(crate) fn slip_of_declared_name<'a>(
    owner: &str,
    key: &str,
    names: impl Iterator<Item = &'a str>,
) -> Option<String> {
    closest(key, names).map(|name| format!("unknown property of {owner}: did you mean \"{name}\"?"))
}

/// Why property `info` is refused in a payload of `mode` whatever its value: read-only in
/// create and update, immutable in update.
pub(crate) fn refusal(info: &PropertyInfo, mode: Mode) -> Option<&'static str> {
    if mode.is_write() && info.is_read_only() {
        Some(READ_ONLY)
    } else if mode == Mode::Update && info.is_immutable() {
        Some(IMMUTABLE)
    } else {
        None
    }
}

/// Checks a JSON object against `T`, recording every problem.
pub fn check_object_json<T: GraphObject>(
    value: &Value,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    let Some(object) = value.as_object() else {
        problems.push(
            path,
            format!(
                "expected a {} object, found {}",
                T::ODATA_TYPE,
                describe_json(value)
            ),
        );
        return;
    };
    for (key, member) in object {
        let member_path = path.key(key);
        if key == "@odata.type" {
            check_odata_type_json::<T>(member, &member_path, problems);
            continue;
        }
        let Some(info) = T::property_index(key).and_then(|index| T::PROPERTIES.get(index)) else {
            if let Some(problem) = untyped_member_problem::<T>(key, mode) {
                problems.push(&member_path, problem);
            }
            continue;
        };
        if let Some(refusal) = refusal(info, mode) {
            problems.push(&member_path, refusal);
        } else if mode.is_write() && member.is_null() && !info.is_nullable() {
            problems.push(&member_path, null_not_allowed(info));
        } else {
            (info.check_json)(member, mode, &member_path, problems);
        }
    }
    if mode == Mode::Create {
        for info in T::PROPERTIES.iter().filter(|info| info.is_required()) {
            if !object.contains_key(info.json_name) {
                problems.push(&path.key(info.json_name), missing_required::<T>(info));
            }
        }
    }
}

/// Checks the `@odata.type` member of a JSON object that should be a `T`.
pub(crate) fn check_odata_type_json<T: GraphObject>(
    value: &Value,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    match value.as_str() {
        Some(found) => {
            if let Err(message) = check_odata_type::<T>(found) {
                problems.push(path, message);
            }
        }
        None => problems.push(
            path,
            format!(
                "expected the string \"{}\", found {}",
                T::ODATA_TYPE_TAG,
                describe_json(value)
            ),
        ),
    }
}

/// Whether `@odata.type` value `found` names the type qualified `name`: with or without the
/// leading `#`, and the namespace in any case, as Graph reads it (`#Microsoft.Graph.channel`
/// is `microsoft.graph.channel`). The type's own name is compared exactly: Graph refuses
/// `#microsoft.graph.Channel`.
pub(crate) fn names_type(found: &str, name: &str) -> bool {
    let found = found.strip_prefix('#').unwrap_or(found);
    if found == name {
        return true;
    }
    match (found.rsplit_once('.'), name.rsplit_once('.')) {
        (Some((found_space, found_name)), Some((space, name))) => {
            found_name == name && found_space.eq_ignore_ascii_case(space)
        }
        _ => false,
    }
}

/// Accepts `#microsoft.graph.x` and `microsoft.graph.x` for `T`, the namespace in any case;
/// any other type is refused with both names.
pub(crate) fn check_odata_type<T: GraphObject>(found: &str) -> Result<(), String> {
    if names_type(found, T::ODATA_TYPE) {
        Ok(())
    } else {
        Err(format!(
            "@odata.type is {}, expected \"{}\" (a different type cannot be read as {})",
            quoted(found),
            T::ODATA_TYPE_TAG,
            T::ODATA_TYPE
        ))
    }
}

/// Checks the typed values of `object` and its [`Extra`] members.
pub fn check_object_value<T: GraphObject>(
    object: &T,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    object.check_properties(mode, path, problems);
    if !mode.is_write() {
        return;
    }
    for key in object.extra().names() {
        if T::property_index(key).is_some() {
            continue;
        }
        if let Some(problem) = untyped_member_problem::<T>(key, mode) {
            problems.push(&path.key(key), problem);
        }
    }
}

/// Checks an object's typed properties, one call per field from generated code: the
/// arguments every property shares are held here, so each call passes only its own.
pub struct PropertyChecker<'a, 'p, T> {
    extra: &'a Extra,
    mode: Mode,
    path: &'a Path<'p>,
    problems: &'a mut Problems,
    object: PhantomData<T>,
}

impl<'a, 'p, T: GraphObject> PropertyChecker<'a, 'p, T> {
    /// A checker of `object`'s properties.
    #[inline]
    pub fn new(object: &'a T, mode: Mode, path: &'a Path<'p>, problems: &'a mut Problems) -> Self {
        PropertyChecker {
            extra: object.extra(),
            mode,
            path,
            problems,
            object: PhantomData,
        }
    }

    /// Checks typed property number `index`, whose value is `value`.
    #[inline]
    pub fn property<V: GraphValue>(&mut self, index: usize, value: &V) {
        if let Some(info) = T::PROPERTIES.get(index) {
            check_property::<T, V>(value, info, self.extra, self.mode, self.path, self.problems);
        }
    }
}

/// Checks one typed property of an object ([`PropertyChecker::property`], for each field).
// Inlined into `check_properties`, where `info` is a constant: the checks of a valid
// property fold to a few instructions, and the rest sits in `check_absent_property`.
#[inline]
fn check_property<T: GraphObject, V: GraphValue>(
    value: &V,
    info: &PropertyInfo,
    extra: &Extra,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    if !value.is_absent() {
        if mode.is_write() && (info.is_read_only() || (info.is_immutable() && mode == Mode::Update))
        {
            refuse_present(info, mode, path, problems);
        } else {
            value.check_value(mode, &path.key(info.json_name), problems);
        }
    } else if mode.is_write() && (info.is_required() || !extra.is_empty()) {
        check_absent_property::<T>(info, extra, mode, path, problems);
    }
}

/// A read-only property in a payload, or an immutable one in an update: kept out of line so
/// that `check_property` stays small enough to inline.
#[cold]
#[inline(never)]
fn refuse_present(info: &PropertyInfo, mode: Mode, path: &Path<'_>, problems: &mut Problems) {
    if let Some(refusal) = refusal(info, mode) {
        problems.push(&path.key(info.json_name), refusal);
    }
}

/// The rules of a property without a typed value in a create or update payload.
#[inline(never)]
fn check_absent_property<T: GraphObject>(
    info: &PropertyInfo,
    extra: &Extra,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    // An explicit `null` read for a typed property is kept in `extra` and written back.
    let sent_as_null = extra.is_null(info.json_name);
    let property_path = path.key(info.json_name);
    if sent_as_null && info.is_read_only() {
        problems.push(&property_path, READ_ONLY);
    } else if sent_as_null && mode == Mode::Update && info.is_immutable() {
        problems.push(&property_path, IMMUTABLE);
    } else if sent_as_null && !info.is_nullable() {
        problems.push(&property_path, null_not_allowed(info));
    } else if !sent_as_null && mode == Mode::Create && info.is_required() && !info.is_read_only() {
        problems.push(&property_path, missing_required::<T>(info));
    }
}

pub(crate) fn null_not_allowed(info: &PropertyInfo) -> String {
    if info.is_required() {
        format!(
            "null is not allowed: the property is required, expected {}",
            info.expected()
        )
    } else {
        format!(
            "null is not allowed: the property is non-nullable, so leave it out to keep its value (expected {})",
            info.expected()
        )
    }
}

pub(crate) fn missing_required<T: GraphObject>(info: &PropertyInfo) -> String {
    format!(
        "missing required property: creating a {} needs it (field `{}`), expected {}",
        T::ODATA_TYPE,
        info.rust_name,
        info.expected()
    )
}
