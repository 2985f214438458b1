//! Graph's schema (CSDL): read it, and check models against it. Needs the `csdl` feature.
//!
//! Microsoft Graph publishes its whole schema as CSDL XML: `$metadata`, and the
//! `microsoftgraph/msgraph-metadata` repository's copies. [`Schema::parse`] reads a whole
//! document or element fragments pasted from one; [`Schema::check`] compares a model with
//! it and reports every difference: properties missing on either side, JSON names that differ
//! by case, types, nullability against `required`/`non_nullable`, read-only keys, enum
//! members, `@odata.type`, base types and open types. Run it from a test, so the model stays
//! true to the schema:
//!
//! ```
//! use graph_entity::csdl::Schema;
//! use graph_entity::{Extra, GraphEntity};
//!
//! #[derive(GraphEntity)]
//! #[graph_entity(path = "/deviceManagement/deviceCategories", version = "beta")]
//! pub struct DeviceCategory {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     pub display_name: Option<String>,
//!     pub descripton: Option<String>,
//!     #[graph(extra)]
//!     pub extra: Extra,
//! }
//!
//! let schema = Schema::parse(
//!     r#"
//!     <EntityType Name="entity" Abstract="true">
//!       <Key><PropertyRef Name="id" /></Key>
//!       <Property Name="id" Type="Edm.String" Nullable="false" />
//!     </EntityType>
//!     <EntityType Name="deviceCategory" BaseType="graph.entity">
//!       <Property Name="description" Type="Edm.String" />
//!       <Property Name="displayName" Type="Edm.String" Nullable="false" />
//!     </EntityType>
//!     "#,
//! )
//! .unwrap();
//! let differences = schema.check::<DeviceCategory>();
//! assert_eq!(
//!     differences.to_string(),
//!     "microsoft.graph.deviceCategory.description: the schema has this property and the model does not: add `pub description: Option<String>`\n\
//!      microsoft.graph.deviceCategory.displayName: the schema says Nullable=\"false\" but the model lets it be sent as null: mark field `display_name` #[graph(non_nullable)] (never sent as null; Nullable=\"false\" does not make it required on create)\n\
//!      microsoft.graph.deviceCategory.descripton: the model has this property (field `descripton`) and the schema does not; did you mean `description`? fix the name (or its `rename`), or remove the field\n"
//! );
//! ```
//!
//! A model may be stricter than the schema: `required` or `non_nullable` on a nullable
//! property, and `read_only` on any property, are not differences.

mod check;
mod naming;
mod parse;
mod paths;
mod validate;

use std::collections::{HashMap, HashSet};
use std::fmt;

pub use check::{Difference, DifferenceKind, Differences};
pub use paths::PathIndex;
pub use validate::Validator;

use crate::model::value::GraphValue;

/// Why a CSDL text could not be read: what, where (line and column, from 1), and how to fix
/// it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsdlError {
    message: String,
    position: Option<(u32, u32)>,
}

impl CsdlError {
    pub(crate) fn new(message: impl Into<String>, position: Option<(u32, u32)>) -> Self {
        CsdlError {
            message: message.into(),
            position,
        }
    }

    /// What is wrong, and how to fix it.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The line (from 1) where it is, if known.
    pub fn line(&self) -> Option<u32> {
        self.position.map(|(line, _)| line)
    }

    /// The column (from 1) where it is, if known.
    pub fn column(&self) -> Option<u32> {
        self.position.map(|(_, column)| column)
    }
}

impl fmt::Display for CsdlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "CSDL line {line}, column {column}: {}", self.message)
            }
            None => write!(f, "CSDL: {}", self.message),
        }
    }
}

impl std::error::Error for CsdlError {}

/// A reference to a type, as a property declares it: `Edm.String`,
/// `Collection(microsoft.graph.keyValuePair)`. Aliases are resolved: `graph.x` reads as
/// `microsoft.graph.x`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TypeRef {
    /// Whether it is `Collection(…)`.
    pub collection: bool,
    /// The (element) type's qualified name: `Edm.String`, `microsoft.graph.keyValuePair`.
    pub name: String,
}

impl TypeRef {
    /// Whether the (element) type is an Edm primitive (`Edm.…`).
    pub fn is_primitive(&self) -> bool {
        self.name.starts_with("Edm.")
    }
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.collection {
            write!(f, "Collection({})", self.name)
        } else {
            f.write_str(&self.name)
        }
    }
}

/// A structural property of an entity or complex type.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Property {
    /// Its JSON name (`deviceIMEI`).
    pub name: String,
    /// Its type.
    pub type_ref: TypeRef,
    /// `Nullable`: `true` unless the schema says `Nullable="false"`.
    pub nullable: bool,
    /// Graph sets it: `Core.Computed`, or `Core.Permissions` of `Read` only.
    pub computed: bool,
    /// `Core.Immutable`: settable when the entity is created, never changed afterwards.
    pub immutable: bool,
    /// Its `Core.Description`, whitespace collapsed.
    pub description: Option<String>,
    /// Why it is deprecated: a `Core.Revisions` entry of kind `Deprecated` (its description,
    /// maybe empty), or a description starting `[deprecated]`.
    pub deprecated: Option<String>,
}

/// A navigation property: a relationship to other entities, reached through its own path
/// rather than sent in payloads.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NavigationProperty {
    /// Its name (`remoteActionAudits`).
    pub name: String,
    /// The entity type it leads to.
    pub type_ref: TypeRef,
    /// `ContainsTarget="true"`: the targets live under this entity's path.
    pub contains_target: bool,
    /// Its `Core.Description`.
    pub description: Option<String>,
    /// What its inline `Capabilities` annotations allow (out-of-line ones:
    /// [`Schema::restrictions`]).
    pub restrictions: Restrictions,
}

/// What the schema's `Capabilities.InsertRestrictions`, `UpdateRestrictions` and
/// `DeleteRestrictions` say about a collection (an entity set, a navigation property) or an
/// entity type: `None` where the schema says nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Restrictions {
    /// `InsertRestrictions/Insertable`: whether entities can be created there.
    pub insertable: Option<bool>,
    /// `UpdateRestrictions/Updatable`: whether they can be updated.
    pub updatable: Option<bool>,
    /// `DeleteRestrictions/Deletable`: whether they can be deleted.
    pub deletable: Option<bool>,
}

impl Restrictions {
    /// Takes what `other` says where this says nothing.
    pub fn fill(&mut self, other: Restrictions) {
        self.insertable = self.insertable.or(other.insertable);
        self.updatable = self.updatable.or(other.updatable);
        self.deletable = self.deletable.or(other.deletable);
    }

    /// This, with what `other` says where this says nothing.
    pub fn or(mut self, other: Restrictions) -> Restrictions {
        self.fill(other);
        self
    }
}

/// Whether a structured type is an entity type or a complex type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StructuredKind {
    /// `<EntityType>`: has an identity (a key), lives in a collection.
    Entity,
    /// `<ComplexType>`: a value without identity.
    Complex,
}

/// An entity type or complex type.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct StructuredType {
    /// The schema namespace (`microsoft.graph`).
    pub namespace: String,
    /// The type's name (`remoteActionAudit`).
    pub name: String,
    /// Entity or complex.
    pub kind: StructuredKind,
    /// The qualified name of its `BaseType`, if any.
    pub base_type: Option<String>,
    /// `Abstract="true"`.
    pub is_abstract: bool,
    /// `OpenType="true"` on this type itself (see [`Schema::is_open`] for inherited openness).
    pub open_type: bool,
    /// The key's property names, if this type declares a key.
    pub key: Vec<String>,
    /// The structural properties it declares (see [`Schema::all_properties`] for inherited
    /// ones).
    pub properties: Vec<Property>,
    /// The navigation properties it declares.
    pub navigation_properties: Vec<NavigationProperty>,
    /// What its inline `Capabilities` annotations allow.
    pub restrictions: Restrictions,
    /// Its `Core.Description`.
    pub description: Option<String>,
    /// Why it is deprecated, as for [`Property::deprecated`].
    pub deprecated: Option<String>,
}

impl StructuredType {
    /// `namespace.name`.
    pub fn qualified_name(&self) -> String {
        format!("{}.{}", self.namespace, self.name)
    }
}

/// A member of an enumeration.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnumMember {
    /// Its name, as sent in JSON (`factoryReset`).
    pub name: String,
    /// Its `Value`, if given.
    pub value: Option<i64>,
    /// Its `Core.Description`.
    pub description: Option<String>,
    /// Why it is deprecated, as for [`Property::deprecated`].
    pub deprecated: Option<String>,
}

/// An enumeration type.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnumType {
    /// The schema namespace (`microsoft.graph`).
    pub namespace: String,
    /// The enumeration's name (`remoteAction`).
    pub name: String,
    /// `IsFlags="true"`: a value is any combination of members, comma-separated.
    pub is_flags: bool,
    /// Its members, in schema order.
    pub members: Vec<EnumMember>,
    /// Its `Core.Description`.
    pub description: Option<String>,
}

impl EnumType {
    /// `namespace.name`.
    pub fn qualified_name(&self) -> String {
        format!("{}.{}", self.namespace, self.name)
    }
}

/// A type the schema defines.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TypeDefinition {
    /// An entity or complex type.
    Structured(StructuredType),
    /// An enumeration.
    Enum(EnumType),
}

impl TypeDefinition {
    /// `namespace.name`.
    pub fn qualified_name(&self) -> String {
        match self {
            TypeDefinition::Structured(structured) => structured.qualified_name(),
            TypeDefinition::Enum(enumeration) => enumeration.qualified_name(),
        }
    }

    fn name(&self) -> &str {
        match self {
            TypeDefinition::Structured(structured) => &structured.name,
            TypeDefinition::Enum(enumeration) => &enumeration.name,
        }
    }

    fn namespace(&self) -> &str {
        match self {
            TypeDefinition::Structured(structured) => &structured.namespace,
            TypeDefinition::Enum(enumeration) => &enumeration.namespace,
        }
    }
}

/// An `<EntitySet>` or `<Singleton>` of the entity container: a path root.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ContainerItem {
    /// Its name: the first path segment (`users`, `deviceManagement`).
    pub name: String,
    /// The qualified name of its entity type.
    pub type_name: String,
    /// An entity set (a collection), not a singleton.
    pub is_entity_set: bool,
}

/// Where a collection of an entity type lives, and how that was found.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CollectionPath {
    /// The path: `/deviceManagement/remoteActionAudits`.
    pub path: String,
    /// How it was found, for the reader to judge.
    pub source: String,
    /// The parent parameters in the path, in order (`userId` in `/users/{userId}/events`).
    pub parameters: Vec<String>,
    /// How many containment navigation properties lead to it from the entity container
    /// (`/users` is 0, `/users/{userId}/events` 1).
    pub depth: usize,
    /// What the schema's `Capabilities` annotations say about this collection and the type.
    pub restrictions: Restrictions,
    /// Whether it goes through a singleton that stands for an entity of an entity set
    /// (`/me` for `/users/{userId}`): such a path works for the signed-in user only.
    pub through_alias: bool,
    /// Whether it goes through a cast segment (`…/microsoft.graph.mobileLobApp/…`) or
    /// through the same type twice (`…/items/{parentDriveItemId}/children`): ranked after
    /// the direct ones.
    pub roundabout: bool,
}

/// A Graph schema read from CSDL: entity, complex and enumeration types, and the entity
/// container's sets and singletons.
#[derive(Clone, Debug, Default)]
pub struct Schema {
    types: Vec<TypeDefinition>,
    by_name: HashMap<String, usize>,
    aliases: Vec<(String, String)>,
    container: Vec<ContainerItem>,
    /// The entity container's qualified name (`microsoft.graph.GraphService`).
    container_name: Option<String>,
    /// Out-of-line `Capabilities` restrictions, by annotation target (`ns.type`,
    /// `ns.type/navigation`, `ns.Container/set`).
    restrictions: HashMap<String, Restrictions>,
    /// Each type's directly derived types (indices into `types`), by the base type's qualified
    /// name; built once, on first use.
    children: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
}

/// The namespace and alias of fragments without a `<Schema>` around them.
const GRAPH_NAMESPACE: &str = "microsoft.graph";
const GRAPH_ALIAS: &str = "graph";

impl Schema {
    /// Reads CSDL text: a whole document (`<edmx:Edmx>` or `<Schema>`), or element fragments
    /// (`<EntityType>`, `<ComplexType>`, `<EnumType>`, `<Annotations>`…, one after another)
    /// of Graph's `microsoft.graph` namespace, alias `graph`. In fragments, lines holding
    /// only `...` (an elision) are skipped.
    pub fn parse(text: &str) -> Result<Schema, CsdlError> {
        parse::parse(text, GRAPH_NAMESPACE, GRAPH_ALIAS)
    }

    /// Reads element fragments of another namespace (such as `microsoft.graph.security`,
    /// alias `security`); a whole document is read as by [`Schema::parse`].
    pub fn parse_fragments(text: &str, namespace: &str, alias: &str) -> Result<Schema, CsdlError> {
        parse::parse(text, namespace, alias)
    }

    /// Adds the types and container items of `other` (such as fragments read from another
    /// file); a type both define keeps this schema's definition.
    pub fn extend(&mut self, other: Schema) {
        for definition in other.types {
            self.insert(definition);
        }
        for alias in other.aliases {
            if !self.aliases.contains(&alias) {
                self.aliases.push(alias);
            }
        }
        self.container.extend(other.container);
        if self.container_name.is_none() {
            self.container_name = other.container_name;
        }
        for (target, restrictions) in other.restrictions {
            self.restrictions
                .entry(target)
                .or_default()
                .fill(restrictions);
        }
    }

    /// What the schema's `Capabilities` annotations say about `target`: an entity type
    /// (`microsoft.graph.bitlocker`), a navigation property (`microsoft.graph.user/calendarView`)
    /// or an entity set or singleton (`microsoft.graph.GraphService/users`, or just `users`).
    pub fn restrictions(&self, target: &str) -> Restrictions {
        let mut found = self.restrictions.get(target).copied().unwrap_or_default();
        if !target.contains(['.', '/']) {
            if let Some(container) = &self.container_name {
                if let Some(more) = self.restrictions.get(&format!("{container}/{target}")) {
                    found.fill(*more);
                }
            }
        }
        if let Some((owner, member)) = target.split_once('/') {
            if let Some(nav) = self.structured_type(owner).and_then(|owner| {
                owner
                    .navigation_properties
                    .iter()
                    .find(|n| n.name == member)
            }) {
                found.fill(nav.restrictions);
            }
        } else if let Some(structured) = self.structured_type(target) {
            found.fill(structured.restrictions);
        }
        found
    }

    /// The types that name `ty` as their `BaseType`, in schema order.
    pub fn directly_derived_types<'a>(&'a self, ty: &StructuredType) -> Vec<&'a StructuredType> {
        let children = self.children.get_or_init(|| {
            let mut children: HashMap<String, Vec<usize>> = HashMap::new();
            for (index, definition) in self.types.iter().enumerate() {
                if let TypeDefinition::Structured(structured) = definition {
                    if let Some(base) = &structured.base_type {
                        children.entry(base.clone()).or_default().push(index);
                    }
                }
            }
            children
        });
        children
            .get(&ty.qualified_name())
            .into_iter()
            .flatten()
            .filter_map(|&index| match self.types.get(index) {
                Some(TypeDefinition::Structured(structured)) => Some(structured),
                _ => None,
            })
            .collect()
    }

    /// The types derived from `ty`, at any depth, nearest first (a cycle stops the walk).
    pub fn derived_types<'a>(&'a self, ty: &StructuredType) -> Vec<&'a StructuredType> {
        let mut found: Vec<&StructuredType> = self.directly_derived_types(ty);
        let mut seen: std::collections::HashSet<String> = found
            .iter()
            .map(|derived| derived.qualified_name())
            .collect();
        seen.insert(ty.qualified_name());
        let mut next = 0;
        while let Some(current) = found.get(next).copied() {
            next += 1;
            for derived in self.directly_derived_types(current) {
                if seen.insert(derived.qualified_name()) {
                    found.push(derived);
                }
            }
        }
        found
    }

    /// Adds a type unless one of its name is there; whether it was added.
    pub(crate) fn insert(&mut self, definition: TypeDefinition) -> bool {
        let name = definition.qualified_name();
        if self.by_name.contains_key(&name) {
            return false;
        }
        self.by_name.insert(name, self.types.len());
        self.types.push(definition);
        self.children = std::sync::OnceLock::new();
        true
    }

    /// Every type, in the order read.
    pub fn types(&self) -> impl Iterator<Item = &TypeDefinition> {
        self.types.iter()
    }

    /// The entity sets and singletons, in the order read.
    pub fn container_items(&self) -> &[ContainerItem] {
        &self.container
    }

    /// The type called `name`: qualified (`microsoft.graph.remoteActionAudit`), through an
    /// alias (`graph.remoteActionAudit`) or bare (`remoteActionAudit`, preferring the
    /// `microsoft.graph` namespace when several have it).
    pub fn find(&self, name: &str) -> Option<&TypeDefinition> {
        let name = name.trim();
        if let Some(&index) = self.by_name.get(name) {
            return self.types.get(index);
        }
        if let Some((prefix, bare)) = name.rsplit_once('.') {
            let namespace = self
                .aliases
                .iter()
                .find(|(alias, _)| alias == prefix)
                .map(|(_, namespace)| namespace.as_str())?;
            let index = *self.by_name.get(&format!("{namespace}.{bare}"))?;
            return self.types.get(index);
        }
        let mut candidates = self
            .types
            .iter()
            .filter(|definition| definition.name() == name);
        let first = candidates.next()?;
        if first.namespace() == GRAPH_NAMESPACE {
            return Some(first);
        }
        Some(
            candidates
                .find(|definition| definition.namespace() == GRAPH_NAMESPACE)
                .unwrap_or(first),
        )
    }

    /// The entity or complex type called `name` (as for [`Schema::find`]).
    pub fn structured_type(&self, name: &str) -> Option<&StructuredType> {
        match self.find(name)? {
            TypeDefinition::Structured(structured) => Some(structured),
            TypeDefinition::Enum(_) => None,
        }
    }

    /// The enumeration called `name` (as for [`Schema::find`]).
    pub fn enum_type(&self, name: &str) -> Option<&EnumType> {
        match self.find(name)? {
            TypeDefinition::Enum(enumeration) => Some(enumeration),
            TypeDefinition::Structured(_) => None,
        }
    }

    /// The base types of `ty`, nearest first, as far as the schema defines them, in time
    /// linear in the chain's length. [`Schema::parse`] refuses cycles; one made by
    /// [`Schema::extend`] from several texts stops the walk.
    pub fn base_types<'a>(&'a self, ty: &'a StructuredType) -> Vec<&'a StructuredType> {
        let mut chain: Vec<&StructuredType> = Vec::new();
        let mut seen: HashSet<*const StructuredType> = HashSet::from([std::ptr::from_ref(ty)]);
        let mut current = ty;
        while let Some(base) = current
            .base_type
            .as_deref()
            .and_then(|name| self.structured_type(name))
        {
            if !seen.insert(std::ptr::from_ref(base)) {
                break;
            }
            chain.push(base);
            current = base;
        }
        chain
    }

    /// The first base type in `ty`'s chain that the schema does not define, if any: its
    /// inherited properties are then unknown.
    pub fn undefined_base_type<'a>(&'a self, ty: &'a StructuredType) -> Option<&'a str> {
        let last = self.base_types(ty).last().copied().unwrap_or(ty);
        last.base_type
            .as_deref()
            .filter(|name| self.structured_type(name).is_none())
    }

    /// The structural properties of `ty` with those it inherits, base types' first, each with
    /// the type that declares it.
    pub fn all_properties<'a>(
        &'a self,
        ty: &'a StructuredType,
    ) -> Vec<(&'a StructuredType, &'a Property)> {
        let mut chain = self.base_types(ty);
        chain.reverse();
        chain.push(ty);
        chain
            .into_iter()
            .flat_map(|declaring| declaring.properties.iter().map(move |p| (declaring, p)))
            .collect()
    }

    /// The navigation properties of `ty` with those it inherits, base types' first.
    pub fn all_navigation_properties<'a>(
        &'a self,
        ty: &'a StructuredType,
    ) -> Vec<&'a NavigationProperty> {
        let mut chain = self.base_types(ty);
        chain.reverse();
        chain.push(ty);
        chain
            .into_iter()
            .flat_map(|declaring| declaring.navigation_properties.iter())
            .collect()
    }

    /// The key of `ty`: its own, or the nearest base type's.
    pub fn key<'a>(&'a self, ty: &'a StructuredType) -> &'a [String] {
        std::iter::once(ty)
            .chain(self.base_types(ty))
            .map(|declaring| declaring.key.as_slice())
            .find(|key| !key.is_empty())
            .unwrap_or_default()
    }

    /// Whether `ty` is open: it or a base type says `OpenType="true"`.
    pub fn is_open(&self, ty: &StructuredType) -> bool {
        ty.open_type || self.base_types(ty).iter().any(|base| base.open_type)
    }

    /// Where collections of entity type `entity` live, best first (see [`PathIndex::paths`]
    /// for the order): entity sets of the type (`/users`), and collections reached from the
    /// entity container through containment navigation properties at any depth, with their
    /// parent parameters (`/users/{userId}/events`,
    /// `/identityGovernance/entitlementManagement/accessPackages`). Without an entity
    /// container (fragments), a containment navigation property of type `x` is taken to hang
    /// off a singleton named `x`, as Graph names its singletons (`/security/securityActions`).
    /// For every type at once, use [`Schema::path_index`].
    pub fn collection_paths(&self, entity: &StructuredType) -> Vec<CollectionPath> {
        if !self.container.is_empty() {
            return self.path_index().paths(&entity.qualified_name()).to_vec();
        }
        let target = entity.qualified_name();
        let mut paths = Vec::new();
        for definition in &self.types {
            let TypeDefinition::Structured(owner) = definition else {
                continue;
            };
            for nav in self
                .all_navigation_properties(owner)
                .into_iter()
                .filter(|nav| nav.contains_target && nav.type_ref.collection)
                .filter(|nav| nav.type_ref.name == target)
            {
                let name = &nav.name;
                paths.push(CollectionPath {
                    path: format!("/{}/{name}", owner.name),
                    source: format!(
                        "containment navigation property `{name}` of `{}`; the CSDL has no entity container, so the singleton is taken to be named `{}` like its type",
                        owner.qualified_name(),
                        owner.name
                    ),
                    parameters: Vec::new(),
                    depth: 1,
                    restrictions: self.restrictions(&format!("{}/{name}", owner.qualified_name())),
                    through_alias: false,
                    roundabout: false,
                });
            }
        }
        paths
    }

    /// The collection paths of every entity type the entity container reaches, found in one
    /// walk: see [`Schema::collection_paths`].
    pub fn path_index(&self) -> PathIndex {
        paths::index(self)
    }

    /// Compares the model `T` (an entity, complex type, enumeration or flags value) with this
    /// schema, and every type it reaches, and reports each difference. See the
    /// [module documentation](self).
    pub fn check<T: GraphValue>(&self) -> Differences {
        check::check(self, T::schema())
    }
}

/// Reads `csdl` (as [`Schema::parse`]) and checks the model `T` against it (as
/// [`Schema::check`]).
pub fn check<T: GraphValue>(csdl: &str) -> Result<Differences, CsdlError> {
    Ok(Schema::parse(csdl)?.check::<T>())
}
