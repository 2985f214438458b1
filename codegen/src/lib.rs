//! Generates [graph-entity](https://docs.rs/graph-entity) models from Microsoft Graph's CSDL
//! schema: entity types (one, several, or all of them), and every complex type, enumeration
//! and derived type they reach, as one annotated Rust module (or one file per type) that
//! compiles as is and is laid out as rustfmt lays it out. Each complex type and enumeration
//! is written once, however many entity types reach it.
//!
//! The command line (`graph-entity-codegen --csdl FILE --entity NAME`) wraps [`generate`] and
//! [`generate_for_clouds`]. What the schema says becomes the model's rules, from evidence
//! only:
//!
//! - `read_only`: a description with a sentence that is just "Read-only." (Graph's wording);
//! - `immutable`: `Core.Immutable`, the key (set on create, never changed: Graph's documented
//!   creates send client-chosen ids, and deep inserts name an existing entity by its id), and
//!   `Core.Computed` or `Core.Permissions` of `Read` only: Graph sets those, and an update that
//!   sends one is refused, but its documented creates send some (a Bookings appointment's
//!   `filledAttendeesCount`, an education assignment's `status`) and it accepts them;
//! - `non_nullable`: `Nullable="false"`, which says the value is never `null`, not that a
//!   create must carry it: the schema never says what a create needs, so nothing is
//!   `required`;
//! - the operations: all five, less create for an abstract type, and less create, update or
//!   delete where `Capabilities.InsertRestrictions`/`UpdateRestrictions`/`DeleteRestrictions`
//!   refuse it on every path of the entity;
//! - the paths: every collection the entity container leads to through containment
//!   navigation properties (see [`Schema::path_index`]);
//! - derived types: a property, collection or navigation property declared with a type that
//!   has derived types holds an `Any{Base}` enum (`#[derive(GraphPolymorphic)]`) of the base
//!   and every type derived from it;
//! - navigation properties: a typed `#[graph(navigation)]` field when the target is
//!   generated too, else listed in `navigation(…)` and kept in `extra`;
//! - doc comments from the schema's descriptions.

mod emit;
pub mod models;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

use graph_entity::csdl::{
    CollectionPath, EnumType, PathIndex, Restrictions, Schema, StructuredKind, StructuredType,
    TypeDefinition,
};
use graph_entity_core::naming::{
    default_json_name, default_schema_name, edm_rust_type, field_name, type_name, variant_name,
};
use graph_entity_core::operations::OPERATION_NAMES;
use graph_entity_core::suggest::closest;

/// The national clouds `clouds(…)` names, in the derive's order.
pub use graph_entity_core::clouds::CLOUD_NAMES as CLOUDS;

/// The operations an entity can offer, in the order the derive lists them.
const OPERATIONS: [&str; 5] = OPERATION_NAMES;

/// How many collection paths an entity gets at most.
const MAX_PATHS: usize = 8;

/// How deep (containment navigation properties below the entity container) a path may be,
/// unless the entity has no shallower one.
const MAX_DEPTH: usize = 4;

/// Names the module imports or the prelude has: a generated type must not shadow them.
const RESERVED: &[&str] = &[
    "Binary",
    "Box",
    "Clone",
    "Date",
    "DateTimeOffset",
    "Debug",
    "Default",
    "Duration",
    "Eq",
    "Err",
    "Extra",
    "Flags",
    "GraphComplex",
    "GraphEntity",
    "GraphEnum",
    "GraphPolymorphic",
    "Guid",
    "Hash",
    "None",
    "Ok",
    "Option",
    "PartialEq",
    "Result",
    "Self",
    "Some",
    "String",
    "TimeOfDay",
    "Vec",
];

/// What to generate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The entity types: `remoteActionAudit`, `graph.remoteActionAudit` or
    /// `microsoft.graph.remoteActionAudit`.
    pub entities: Vec<String>,
    /// Every entity type of the schema, with `entities`.
    pub all: bool,
    /// The collection path (`/deviceManagement/remoteActionAudits`) of the one entity type
    /// asked for; found in the schema's entity container when not given.
    pub path: Option<String>,
    /// The API version of the schema: `beta` or `v1.0` (the derive's default).
    pub version: Option<String>,
    /// The operations Graph offers on the one entity type asked for (`create`, `update`,
    /// `get`, `list`, `delete`); from the schema when not given.
    pub operations: Option<Vec<String>>,
    /// The navigation properties to type, as `(owner, target)` qualified type names; the
    /// others are listed in `navigation(…)` and kept in `extra`. `None` types every one whose
    /// target is generated.
    pub typed_navigation: Option<BTreeSet<(String, String)>>,
}

/// A national cloud's schema, for `clouds(…)`: the cloud's name as the derive spells it
/// (one of [`CLOUDS`]) and the schema that cloud serves.
#[derive(Clone, Copy, Debug)]
pub struct CloudSchema<'a> {
    /// `us_gov_l4`, `china`, …
    pub name: &'a str,
    /// That cloud's schema.
    pub schema: &'a Schema,
}

/// A generated module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The module's Rust source, every item in one file.
    pub code: String,
    /// The same items one by one, each with what it uses, for a file per item.
    pub items: Vec<Item>,
    /// What the reader should know: where the paths came from, what has no field.
    pub notes: Vec<String>,
    /// Counts over the entity types generated.
    pub report: Report,
}

/// What kind of Rust item an [`Item`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A `#[derive(GraphEntity)]` struct.
    Entity,
    /// A `#[derive(GraphComplex)]` struct.
    Complex,
    /// A `#[derive(GraphEnum)]` enum.
    Enum,
    /// A `#[derive(GraphPolymorphic)]` enum of a base type and its derived types.
    Polymorphic,
}

/// One item of the module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Its Rust name.
    pub name: String,
    /// The schema type it stands for (the base type, for a polymorphic enum).
    pub qualified_name: String,
    /// What it is.
    pub kind: ItemKind,
    /// Its code, doc comment and derives included.
    pub code: String,
    /// The other items it names, by Rust name.
    pub dependencies: Vec<String>,
    /// What it uses from `graph_entity`.
    pub imports: Vec<&'static str>,
}

/// Where the entity types generated live, counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Entity types generated.
    pub entities: usize,
    /// Structs and enums generated, entity types included.
    pub types: usize,
    /// Entity types with collection paths of their own.
    pub own_paths: usize,
    /// Derived entity types with their base type's paths.
    pub base_paths: usize,
    /// Entity types Graph serves as single entities only (a singleton, a single-valued
    /// containment navigation property), with that path: no collection, so no `path`.
    pub single_only: Vec<(String, String)>,
    /// Entity types without any path, with the reason.
    pub without_path: Vec<(String, String)>,
}

/// Why nothing was generated: what is wrong, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    fn new(message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// A type of the module.
#[derive(Clone, Copy)]
enum Node<'s> {
    Struct(&'s StructuredType),
    Enum(&'s EnumType),
}

impl Node<'_> {
    fn qualified_name(&self) -> String {
        match self {
            Node::Struct(structured) => structured.qualified_name(),
            Node::Enum(enumeration) => enumeration.qualified_name(),
        }
    }
}

/// Generates the module for `options` from `schema`.
pub fn generate(schema: &Schema, options: &Options) -> Result<Generated, Error> {
    generate_for_clouds(schema, options, &[])
}

/// Generates the module for `options` from `schema`, the global cloud's, and writes
/// `clouds(…)` on each entity type: `global` and each of `clouds` whose schema declares the
/// entity type and its first path. Without `clouds`, no `clouds(…)` is written.
pub fn generate_for_clouds(
    schema: &Schema,
    options: &Options,
    clouds: &[CloudSchema<'_>],
) -> Result<Generated, Error> {
    let version = check_version(options.version.as_deref())?;
    let operations = check_operations(options.operations.as_deref())?;
    for cloud in clouds {
        if !CLOUDS.contains(&cloud.name) || cloud.name == "global" {
            let hint = closest(cloud.name, CLOUDS.iter().copied())
                .map(|name| format!("did you mean `{name}`? "))
                .unwrap_or_default();
            return Err(Error::new(format!(
                "unknown national cloud {:?}: {hint}expected one of: {} (the global cloud's schema is the one given with --csdl)",
                cloud.name,
                CLOUDS.get(1..).unwrap_or_default().join(", ")
            )));
        }
    }
    let mut roots: Vec<&StructuredType> = Vec::new();
    if options.all {
        roots.extend(schema.types().filter_map(|definition| match definition {
            TypeDefinition::Structured(structured) if structured.kind == StructuredKind::Entity => {
                Some(structured)
            }
            _ => None,
        }));
    }
    for name in &options.entities {
        let entity = find_entity(schema, name)?;
        if !roots.iter().any(|root| std::ptr::eq(*root, entity)) {
            roots.push(entity);
        }
    }
    if roots.is_empty() {
        return Err(Error::new(
            "no entity type to generate: name one with --entity, or pass --all",
        ));
    }
    if roots.len() > 1 && (options.path.is_some() || operations.is_some()) {
        return Err(Error::new(
            "--path and --operations describe one entity type: give them with a single --entity",
        ));
    }
    if let Some(path) = &options.path {
        check_path(path)?;
    }

    let nodes = reach(schema, &roots)?;
    let in_set: HashSet<String> = nodes.iter().map(Node::qualified_name).collect();
    let mut generator = Generator {
        schema,
        in_set,
        names: HashMap::new(),
        polymorphic: Vec::new(),
        plans: HashMap::new(),
        boxed: HashSet::new(),
        notes: Vec::new(),
        report: Report::default(),
        typed_navigation: options.typed_navigation.clone(),
    };
    generator.plan(&nodes, &roots);
    let paths = schema.path_index();
    if let ([entity], false, None) = (roots.as_slice(), options.all, &options.path) {
        let found = std::iter::once(*entity)
            .chain(schema.base_types(entity))
            .any(|ty| {
                let name = ty.qualified_name();
                !collections(schema, &paths, ty).is_empty() || !paths.single_paths(&name).is_empty()
            });
        if !found {
            return Err(Error::new(format!(
                "the CSDL does not say where collections of `{}` live ({}): pass --path with the path Graph documents, such as /deviceManagement/remoteActionAudits",
                entity.qualified_name(),
                generator.no_path_reason(entity, &paths)
            )));
        }
    }
    let cloud_paths: Vec<(&str, &Schema, PathIndex)> = clouds
        .iter()
        .map(|cloud| (cloud.name, cloud.schema, cloud.schema.path_index()))
        .collect();
    let say_each = roots.len() <= 8;
    let mut items = Vec::new();
    for node in &nodes {
        items.push(match node {
            Node::Struct(structured) if structured.kind == StructuredKind::Entity => {
                let entity = generator.entity_container(
                    structured,
                    &paths,
                    &cloud_paths,
                    options.path.as_deref(),
                    operations.as_deref(),
                    say_each,
                );
                generator.structure(structured, Some(entity), version)?
            }
            Node::Struct(structured) => generator.structure(structured, None, version)?,
            Node::Enum(enumeration) => generator.enumeration(enumeration),
        });
    }
    for base in generator.polymorphic.clone() {
        items.push(generator.polymorphic_enum(base));
    }
    generator.report.types = nodes.len();
    if !say_each {
        let report = &generator.report;
        generator.notes.push(format!(
            "{} entity types: {} with collection paths of their own, {} with their base type's, {} served as single entities only, {} without a path",
            report.entities,
            report.own_paths,
            report.base_paths,
            report.single_only.len(),
            report.without_path.len()
        ));
    }

    let mut code = String::new();
    let names: Vec<String> = roots
        .iter()
        .take(6)
        .map(|root| format!("`{}`", root.qualified_name()))
        .collect();
    let what = if options.all {
        format!("Microsoft Graph's {} entity types", roots.len())
    } else if roots.len() > 6 {
        format!(
            "Microsoft Graph's {}, and {} more entity types",
            names.join(", "),
            roots.len() - 6
        )
    } else {
        format!("Microsoft Graph's {}", names.join(", "))
    };
    let mut header = format!(
        "{what} and the types they reach, generated by graph-entity-codegen from Graph's CSDL (API version {}).",
        version.unwrap_or("v1.0")
    );
    header.push_str("\n\nRegenerate it rather than edit it; `graph_entity::csdl::Schema::check` proves it stays true to the schema.");
    emit::doc(&mut code, 0, &header, true);
    code.push('\n');
    let mut imports: BTreeSet<&str> = BTreeSet::new();
    for item in &items {
        imports.extend(item.imports.iter().copied());
    }
    let imports: Vec<&str> = imports.into_iter().collect();
    emit::use_list(&mut code, "graph_entity", &imports);
    for item in &items {
        code.push('\n');
        code.push_str(&item.code);
    }
    Ok(Generated {
        code,
        items,
        notes: generator
            .notes
            .iter()
            .map(|note| emit::plain(note))
            .collect(),
        report: generator.report,
    })
}

/// The module (file) name of item `name`: snake_case, `r#` before a keyword.
pub fn module_name(name: &str) -> String {
    field_name(name)
}

/// `use path::{A, B};`, laid out as rustfmt lays it out.
pub fn use_line(path: &str, items: &[&str]) -> String {
    let mut out = String::new();
    emit::use_list(&mut out, path, items);
    out
}

/// Whether a description says the property is read-only, in Graph's words: a sentence that
/// is just "Read-only." ("Read only.", "This property is read-only."). Sentences that say
/// more ("read-only after creation") are not taken: a read-only rule that refuses a
/// documented create body is worse than none.
fn says_read_only(description: Option<&str>) -> bool {
    let Some(description) = description else {
        return false;
    };
    description
        .split(['.', ';'])
        .map(|sentence| sentence.trim().to_ascii_lowercase())
        .any(|sentence| {
            matches!(
                sentence.as_str(),
                "read-only" | "read only" | "this property is read-only"
            )
        })
}

/// How a field holds its value.
#[derive(Clone, Debug)]
enum Target {
    /// An Edm primitive with a Rust type.
    Primitive(&'static str),
    /// An enumeration (flags or not).
    Enum(String, bool),
    /// A struct of the module.
    Struct(String),
    /// The polymorphic enum of a base type of the module.
    Any(String),
}

/// A field of a struct, before it is written.
struct FieldPlan<'s> {
    json: &'s str,
    navigation: bool,
    collection: bool,
    target: Target,
}

fn check_version(version: Option<&str>) -> Result<Option<&str>, Error> {
    match version {
        None | Some("beta" | "v1.0") => Ok(version),
        Some(other) => Err(Error::new(format!(
            "unknown API version {other:?}: expected \"beta\" or \"v1.0\", the version of the CSDL's $metadata"
        ))),
    }
}

fn check_operations(operations: Option<&[String]>) -> Result<Option<Vec<String>>, Error> {
    let Some(operations) = operations else {
        return Ok(None);
    };
    let mut seen: Vec<String> = Vec::new();
    for operation in operations {
        if !OPERATION_NAMES.contains(&operation.as_str()) {
            let hint = closest(operation, OPERATION_NAMES.iter().copied())
                .map(|name| format!("did you mean `{name}`? "))
                .unwrap_or_default();
            return Err(Error::new(format!(
                "unknown operation {operation:?}: {hint}expected some of: {}",
                OPERATION_NAMES.join(", ")
            )));
        }
        if seen.contains(operation) {
            return Err(Error::new(format!(
                "operation {operation:?} is given twice: give each once"
            )));
        }
        seen.push(operation.clone());
    }
    if seen.is_empty() {
        return Err(Error::new(format!(
            "no operations given: list those Graph offers, from: {}",
            OPERATION_NAMES.join(", ")
        )));
    }
    Ok(Some(seen))
}

fn check_path(path: &str) -> Result<&str, Error> {
    let segments_ok = path
        .strip_prefix('/')
        .is_some_and(|rest| rest.split('/').all(|segment| !segment.is_empty()));
    if segments_ok && !path.contains(char::is_whitespace) && !path.contains('"') {
        Ok(path)
    } else {
        Err(Error::new(format!(
            "path {path:?} is not a collection path: write it as Graph documents it, starting with `/`, without a trailing `/`, such as \"/deviceManagement/remoteActionAudits\""
        )))
    }
}

fn find_entity<'s>(schema: &'s Schema, name: &str) -> Result<&'s StructuredType, Error> {
    // `security.alert` names `microsoft.graph.security.alert`, as Graph's pages write it.
    let found = schema.find(name).or_else(|| {
        name.contains('.')
            .then(|| schema.find(&format!("microsoft.graph.{name}")))
            .flatten()
    });
    match found {
        Some(TypeDefinition::Structured(structured)) if structured.kind == StructuredKind::Entity => {
            match schema.undefined_base_type(structured) {
                Some(base) => Err(Error::new(format!(
                    "`{}` derives from `{base}`, which the CSDL does not define: pass the CSDL that defines it too (another --csdl), so the inherited properties are generated",
                    structured.qualified_name()
                ))),
                None => Ok(structured),
            }
        }
        Some(TypeDefinition::Structured(structured)) => Err(Error::new(format!(
            "`{}` is a complex type: --entity takes an entity type (<EntityType>); its complex types are generated with it",
            structured.qualified_name()
        ))),
        Some(other) => Err(Error::new(format!(
            "`{}` is an enumeration: --entity takes an entity type (<EntityType>)",
            other.qualified_name()
        ))),
        None => {
            let entities: Vec<String> = schema
                .types()
                .filter_map(|definition| match definition {
                    TypeDefinition::Structured(structured) if structured.kind == StructuredKind::Entity => {
                        Some(structured.name.clone())
                    }
                    _ => None,
                })
                .collect();
            let bare = name.rsplit('.').next().unwrap_or(name);
            let hint = closest(bare, entities.iter().map(String::as_str))
                .map(|found| format!("; did you mean `{found}`?"))
                .unwrap_or_default();
            Err(Error::new(format!(
                "no entity type `{name}` in the CSDL{hint} (names are case-sensitive; the CSDL defines {} entity types)",
                entities.len()
            )))
        }
    }
}

/// The entity types asked for, then every complex type and enumeration their properties
/// reach and every type derived from a type reached (at any depth), in the order first
/// reached. Navigation properties are not followed: their targets are generated only when
/// asked for.
fn reach<'s>(schema: &'s Schema, roots: &[&'s StructuredType]) -> Result<Vec<Node<'s>>, Error> {
    let mut nodes: Vec<Node<'s>> = roots.iter().map(|root| Node::Struct(root)).collect();
    let mut seen: HashSet<String> = roots.iter().map(|root| root.qualified_name()).collect();
    let mut next = 0;
    while let Some(node) = nodes.get(next).copied() {
        next += 1;
        let Node::Struct(structured) = node else {
            continue;
        };
        let mut found: Vec<Node<'s>> = Vec::new();
        // Derived types of derived types are reached in turn.
        for target in schema.directly_derived_types(structured) {
            found.push(Node::Struct(target));
        }
        for (_, property) in schema.all_properties(structured) {
            if property.type_ref.is_primitive() {
                continue;
            }
            match schema.find(&property.type_ref.name) {
                None => {
                    return Err(Error::new(format!(
                        "property `{}` of `{}` has type `{}`, which the CSDL does not define: pass the CSDL that defines it too (another --csdl)",
                        property.name,
                        structured.qualified_name(),
                        property.type_ref.name
                    )))
                }
                Some(TypeDefinition::Enum(enumeration)) => found.push(Node::Enum(enumeration)),
                Some(TypeDefinition::Structured(target)) if target.kind == StructuredKind::Complex => {
                    found.push(Node::Struct(target))
                }
                Some(TypeDefinition::Structured(target)) => {
                    return Err(Error::new(format!(
                        "property `{}` of `{}` has entity type `{}`: a structural property holds complex types and enumerations; fix the CSDL",
                        property.name,
                        structured.qualified_name(),
                        target.qualified_name()
                    )))
                }
                Some(_) => {}
            }
        }
        for found in found {
            if let Node::Struct(target) = found {
                if let Some(base) = schema.undefined_base_type(target) {
                    return Err(Error::new(format!(
                        "`{}` derives from `{base}`, which the CSDL does not define: pass the CSDL that defines it too (another --csdl)",
                        target.qualified_name()
                    )));
                }
            }
            if seen.insert(found.qualified_name()) {
                nodes.push(found);
            }
        }
    }
    Ok(nodes)
}

/// What goes in an entity's container attribute besides its names.
struct EntityContainer {
    paths: Vec<String>,
    operations: Option<Vec<String>>,
    clouds: Option<Vec<&'static str>>,
    /// Sentences for the doc comment: where it lives.
    doc: Vec<String>,
}

/// The fields of a struct, planned before any is written.
struct StructPlan<'s> {
    fields: Vec<FieldPlan<'s>>,
    /// Properties without a Rust type: `name` (`Edm.Stream`).
    untyped: Vec<String>,
    /// Navigation properties whose target is not generated.
    untyped_navigation: Vec<&'s str>,
}

struct Generator<'s> {
    schema: &'s Schema,
    in_set: HashSet<String>,
    names: HashMap<String, String>,
    /// Base types with an `Any{Base}` enum, in the order first used.
    polymorphic: Vec<&'s StructuredType>,
    plans: HashMap<String, StructPlan<'s>>,
    /// `(owner, json name)` of fields that need a `Box`.
    boxed: HashSet<(String, String)>,
    notes: Vec<String>,
    report: Report,
    typed_navigation: Option<BTreeSet<(String, String)>>,
}

impl<'s> Generator<'s> {
    fn rust_name(&self, qualified: &str) -> String {
        self.names
            .get(qualified)
            .cloned()
            .unwrap_or_else(|| type_name(qualified.rsplit('.').next().unwrap_or(qualified)))
    }

    fn any_name(&self, base: &str) -> String {
        self.names
            .get(&format!("any:{base}"))
            .cloned()
            .unwrap_or_else(|| format!("Any{}", self.rust_name(base)))
    }

    fn has_derived(&self, ty: &StructuredType) -> bool {
        !self.schema.directly_derived_types(ty).is_empty()
    }

    /// Names, polymorphic enums, every struct's fields, and which fields need a `Box`.
    fn plan(&mut self, nodes: &[Node<'s>], roots: &[&'s StructuredType]) {
        let schema = self.schema;
        self.names = assign_names(nodes);
        let mut taken: HashSet<String> = self.names.values().cloned().collect();
        taken.extend(RESERVED.iter().map(|name| (*name).to_owned()));
        let mut bases: Vec<&'s StructuredType> = Vec::new();
        let want = |base: &'s StructuredType, bases: &mut Vec<&'s StructuredType>| {
            if !bases.iter().any(|known| std::ptr::eq(*known, base)) {
                bases.push(base);
            }
        };
        for root in roots {
            if self.has_derived(root) {
                want(root, &mut bases);
            }
        }
        for node in nodes {
            let Node::Struct(structured) = node else {
                continue;
            };
            let mut plan = StructPlan {
                fields: Vec::new(),
                untyped: Vec::new(),
                untyped_navigation: Vec::new(),
            };
            for (_, property) in schema.all_properties(structured) {
                let type_ref = &property.type_ref;
                let target = if type_ref.is_primitive() {
                    edm_rust_type(&type_ref.name).map(Target::Primitive)
                } else {
                    match schema.find(&type_ref.name) {
                        Some(TypeDefinition::Enum(enumeration)) => Some(Target::Enum(
                            enumeration.qualified_name(),
                            enumeration.is_flags,
                        )),
                        Some(TypeDefinition::Structured(target)) => {
                            let name = target.qualified_name();
                            if self.has_derived(target) {
                                want(target, &mut bases);
                                Some(Target::Any(name))
                            } else {
                                Some(Target::Struct(name))
                            }
                        }
                        _ => None,
                    }
                };
                match target {
                    Some(target) => plan.fields.push(FieldPlan {
                        json: &property.name,
                        navigation: false,
                        collection: type_ref.collection,
                        target,
                    }),
                    None => plan
                        .untyped
                        .push(format!("`{}` (`{type_ref}`)", property.name)),
                }
            }
            let owner = structured.qualified_name();
            for nav in schema.all_navigation_properties(structured) {
                let target = schema
                    .structured_type(&nav.type_ref.name)
                    .filter(|target| self.in_set.contains(&target.qualified_name()))
                    .filter(|target| {
                        self.typed_navigation.as_ref().is_none_or(|typed| {
                            typed.contains(&(owner.clone(), target.qualified_name()))
                        })
                    });
                match target {
                    Some(target) => {
                        let name = target.qualified_name();
                        let target = if self.has_derived(target) {
                            want(target, &mut bases);
                            Target::Any(name)
                        } else {
                            Target::Struct(name)
                        };
                        plan.fields.push(FieldPlan {
                            json: &nav.name,
                            navigation: true,
                            collection: nav.type_ref.collection,
                            target,
                        });
                    }
                    None => plan.untyped_navigation.push(&nav.name),
                }
            }
            self.plans.insert(structured.qualified_name(), plan);
        }
        for base in &bases {
            let rust = self.rust_name(&base.qualified_name());
            let chosen = [format!("Any{rust}"), format!("{rust}Any")]
                .into_iter()
                .chain((2..).map(|number| format!("Any{rust}{number}")))
                .find(|candidate| !taken.contains(candidate))
                .unwrap_or_else(|| format!("Any{rust}"));
            taken.insert(chosen.clone());
            self.names
                .insert(format!("any:{}", base.qualified_name()), chosen);
        }
        self.polymorphic = bases;
        self.find_boxes();
    }

    /// The variants of `base`'s polymorphic enum: the base unless abstract, then every
    /// generated type derived from it.
    fn variants(&self, base: &'s StructuredType) -> Vec<&'s StructuredType> {
        let mut variants = Vec::new();
        if !base.is_abstract {
            variants.push(base);
        }
        for derived in self.schema.derived_types(base) {
            if self.in_set.contains(&derived.qualified_name()) {
                variants.push(derived);
            }
        }
        variants
    }

    /// A value holding itself needs indirection: a single-valued field whose type can hold,
    /// through single values, the struct it is in gets a `Box` (a collection has indirection
    /// already).
    fn find_boxes(&mut self) {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut id = |key: String, keys: &mut Vec<String>| -> usize {
            *ids.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                keys.len() - 1
            })
        };
        let mut edges: Vec<(usize, usize)> = Vec::new();
        for (owner, plan) in &self.plans {
            let from = id(owner.clone(), &mut keys);
            for field in plan.fields.iter().filter(|field| !field.collection) {
                let to = match &field.target {
                    Target::Struct(name) => id(name.clone(), &mut keys),
                    Target::Any(base) => id(format!("any:{base}"), &mut keys),
                    Target::Primitive(_) | Target::Enum(..) => continue,
                };
                edges.push((from, to));
            }
        }
        for base in &self.polymorphic {
            let from = id(format!("any:{}", base.qualified_name()), &mut keys);
            for variant in self.variants(base) {
                let to = id(variant.qualified_name(), &mut keys);
                edges.push((from, to));
            }
        }
        let mut adjacency: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
        for (from, to) in &edges {
            if let Some(list) = adjacency.get_mut(*from) {
                list.push(*to);
            }
        }
        let component = components(&adjacency);
        let same = |a: usize, b: usize| matches!((component.get(a), component.get(b)), (Some(x), Some(y)) if x == y);
        for (owner, plan) in &self.plans {
            let Some(&from) = ids.get(owner) else {
                continue;
            };
            for field in plan.fields.iter().filter(|field| !field.collection) {
                let key = match &field.target {
                    Target::Struct(name) => name.clone(),
                    Target::Any(base) => format!("any:{base}"),
                    Target::Primitive(_) | Target::Enum(..) => continue,
                };
                if ids.get(&key).is_some_and(|&to| same(from, to)) {
                    self.boxed.insert((owner.clone(), field.json.to_owned()));
                }
            }
        }
    }

    /// The paths, operations and clouds of entity `entity`.
    fn entity_container(
        &mut self,
        entity: &'s StructuredType,
        paths: &PathIndex,
        clouds: &[(&str, &Schema, PathIndex)],
        given_path: Option<&str>,
        given_operations: Option<&[String]>,
        say_each: bool,
    ) -> EntityContainer {
        let schema = self.schema;
        let qualified = entity.qualified_name();
        self.report.entities += 1;
        let key = format!("{}Id", entity.name);
        let select = |found: &[CollectionPath]| -> Vec<CollectionPath> {
            let usable: Vec<&CollectionPath> = found
                .iter()
                .filter(|path| !path.parameters.contains(&key))
                .collect();
            let mut chosen: Vec<CollectionPath> = usable
                .iter()
                .filter(|path| path.depth <= MAX_DEPTH)
                .take(MAX_PATHS)
                .map(|path| (*path).clone())
                .collect();
            if chosen.is_empty() {
                chosen.extend(usable.first().map(|path| (*path).clone()));
            }
            chosen
        };
        let mut doc = Vec::new();
        let mut from_base: Option<&StructuredType> = None;
        let chosen = if given_path.is_some() {
            Vec::new()
        } else {
            let own = select(&collections(schema, paths, entity));
            if own.is_empty() {
                let mut inherited = Vec::new();
                for base in schema.base_types(entity) {
                    inherited = select(&collections(schema, paths, base));
                    if !inherited.is_empty() {
                        from_base = Some(base);
                        break;
                    }
                }
                inherited
            } else {
                own
            }
        };
        let mut path_list: Vec<String> = chosen.iter().map(|path| path.path.clone()).collect();
        if let Some(given) = given_path {
            path_list.push(given.to_owned());
            self.report.own_paths += 1;
        } else if let Some(base) = from_base {
            self.report.base_paths += 1;
            doc.push(format!(
                "Graph serves it in the collections of its base type `{}`.",
                base.qualified_name()
            ));
        } else if !chosen.is_empty() {
            self.report.own_paths += 1;
        }
        if say_each {
            for path in &chosen {
                self.notes.push(format!(
                    "`{qualified}`: path {} from the {}{}",
                    path.path,
                    path.source,
                    if path.restrictions.insertable == Some(false) {
                        " (the schema says Insertable=false there: not for creates)"
                    } else {
                        ""
                    }
                ));
            }
        }
        if path_list.is_empty() {
            let singles = std::iter::once(entity)
                .chain(schema.base_types(entity))
                .find_map(|ty| paths.single_paths(&ty.qualified_name()).first());
            if let Some(single) = singles {
                doc.push(format!(
                    "Graph serves it as a single entity (`{single}`), not in a collection, so it has no collection path."
                ));
                self.report
                    .single_only
                    .push((qualified.clone(), single.clone()));
            } else {
                let reason = self.no_path_reason(entity, paths);
                doc.push(format!("It has no path: {reason}."));
                self.report.without_path.push((qualified.clone(), reason));
            }
        }

        let operations = if let Some(given) = given_operations {
            Some(given.to_vec())
        } else if path_list.is_empty() {
            None
        } else {
            let own = schema.restrictions(&qualified);
            let every = |refuses: fn(&Restrictions) -> bool| {
                refuses(&own)
                    || (!chosen.is_empty() && chosen.iter().all(|path| refuses(&path.restrictions)))
            };
            let mut operations: Vec<String> = Vec::new();
            for operation in OPERATIONS {
                let dropped = match operation {
                    "create" => {
                        entity.is_abstract
                            || every(|restrictions| restrictions.insertable == Some(false))
                    }
                    "update" => every(|restrictions| restrictions.updatable == Some(false)),
                    "delete" => every(|restrictions| restrictions.deletable == Some(false)),
                    _ => false,
                };
                if !dropped {
                    operations.push(operation.to_owned());
                }
            }
            Some(operations)
        };

        let clouds = (!clouds.is_empty()).then(|| {
            let mut found: Vec<&'static str> = vec!["global"];
            let path_owner = from_base.unwrap_or(entity).qualified_name();
            for (name, cloud, cloud_paths) in clouds {
                let has_type = matches!(
                    cloud.find(&qualified),
                    Some(TypeDefinition::Structured(ty)) if ty.qualified_name() == qualified
                );
                let has_path = path_list.first().is_none_or(|first| {
                    given_path.is_some()
                        || cloud_paths
                            .paths(&path_owner)
                            .iter()
                            .any(|path| path.path == *first)
                });
                if has_type && has_path {
                    if let Some(known) = CLOUDS.iter().find(|known| *known == name) {
                        found.push(known);
                    }
                }
            }
            found.sort_by_key(|name| CLOUDS.iter().position(|known| known == name));
            found.dedup();
            found
        });
        EntityContainer {
            paths: path_list,
            operations,
            clouds,
            doc,
        }
    }
}

/// The collection paths of `ty`: from the path index, or for fragments without an entity
/// container, from [`Schema::collection_paths`]'s reading of their navigation properties.
fn collections(schema: &Schema, paths: &PathIndex, ty: &StructuredType) -> Vec<CollectionPath> {
    if schema.container_items().is_empty() {
        schema.collection_paths(ty)
    } else {
        paths.paths(&ty.qualified_name()).to_vec()
    }
}

impl<'s> Generator<'s> {
    /// Why no path leads to `entity`.
    fn no_path_reason(&self, entity: &StructuredType, paths: &PathIndex) -> String {
        let qualified = entity.qualified_name();
        let derived_with_paths = self
            .schema
            .derived_types(entity)
            .into_iter()
            .find(|derived| !paths.paths(&derived.qualified_name()).is_empty());
        if let Some(derived) = derived_with_paths {
            return format!(
                "the schema's collections hold its derived types (such as `{}`), each generated with its own paths",
                derived.qualified_name()
            );
        }
        for definition in self.schema.types() {
            let TypeDefinition::Structured(owner) = definition else {
                continue;
            };
            if let Some(nav) = owner
                .navigation_properties
                .iter()
                .find(|nav| !nav.contains_target && nav.type_ref.name == qualified)
            {
                return format!(
                    "only navigation properties without containment lead to it (such as `{}` of `{}`), and the schema does not say which collection holds their targets",
                    nav.name,
                    owner.qualified_name()
                );
            }
        }
        "no entity set, singleton or navigation property of the schema leads to it (Graph returns it from functions or actions only)".to_owned()
    }

    /// The field type (inside its `Option`) of `field` in `owner`, with the items it uses.
    fn field_type(
        &self,
        owner: &str,
        field: &FieldPlan<'_>,
        imports: &mut BTreeSet<&'static str>,
        dependencies: &mut BTreeSet<String>,
    ) -> String {
        let element = match &field.target {
            Target::Primitive(rust) => {
                if rust.starts_with(char::is_uppercase) && *rust != "String" {
                    imports.insert(rust);
                }
                (*rust).to_owned()
            }
            Target::Enum(name, flags) => {
                let rust = self.rust_name(name);
                dependencies.insert(rust.clone());
                if *flags {
                    imports.insert("Flags");
                    format!("Flags<{rust}>")
                } else {
                    rust
                }
            }
            Target::Struct(name) => {
                let rust = self.rust_name(name);
                dependencies.insert(rust.clone());
                rust
            }
            Target::Any(base) => {
                let rust = self.any_name(base);
                dependencies.insert(rust.clone());
                rust
            }
        };
        if field.collection {
            format!("Vec<{element}>")
        } else if self
            .boxed
            .contains(&(owner.to_owned(), field.json.to_owned()))
        {
            format!("Box<{element}>")
        } else {
            element
        }
    }

    fn structure(
        &mut self,
        structured: &'s StructuredType,
        entity: Option<EntityContainer>,
        version: Option<&str>,
    ) -> Result<Item, Error> {
        let schema = self.schema;
        let qualified = structured.qualified_name();
        let rust = self.rust_name(&qualified);
        let is_entity = entity.is_some();
        let key = schema.key(structured);
        let mut imports: BTreeSet<&'static str> = BTreeSet::from(["Extra"]);
        let mut dependencies: BTreeSet<String> = BTreeSet::new();
        let plan = self
            .plans
            .remove(&qualified)
            .ok_or_else(|| Error::new(format!("`{qualified}` was not planned")))?;
        let properties: HashMap<&str, &graph_entity::csdl::Property> = schema
            .all_properties(structured)
            .into_iter()
            .map(|(_, property)| (property.name.as_str(), property))
            .collect();
        let navigations: HashMap<&str, &graph_entity::csdl::NavigationProperty> = schema
            .all_navigation_properties(structured)
            .into_iter()
            .map(|nav| (nav.name.as_str(), nav))
            .collect();
        // Schema::parse refuses a redeclared property; texts joined with Schema::extend can
        // still hold one, and two fields of one JSON name would not compile.
        let mut json_names: HashSet<&str> = HashSet::new();
        for (declaring, property) in schema.all_properties(structured) {
            if !json_names.insert(&property.name) {
                return Err(Error::new(format!(
                    "`{}` has property `{}` twice (`{}` redeclares it): a derived type cannot redeclare an inherited property; fix the CSDL",
                    structured.qualified_name(),
                    property.name,
                    declaring.qualified_name()
                )));
            }
        }
        let idents = field_idents(plan.fields.iter().map(|field| field.json));
        let mut body = String::new();
        for (field, ident) in plan.fields.iter().zip(&idents) {
            let ty = self.field_type(&qualified, field, &mut imports, &mut dependencies);
            let mut options: Vec<String> = Vec::new();
            let description;
            let mut deprecated = None;
            if field.navigation {
                let nav = navigations.get(field.json);
                description = nav
                    .and_then(|nav| nav.description.as_deref())
                    .map(emit::escape)
                    .unwrap_or_else(|| {
                        format!(
                            "Navigation property `{}`; the schema has no description of it.",
                            field.json
                        )
                    });
                options.push("navigation".to_owned());
            } else {
                let property = properties.get(field.json);
                let text = property.and_then(|property| property.description.as_deref());
                description = text.map(emit::escape).unwrap_or_else(|| {
                    format!(
                        "Property `{}`; the schema has no description of it.",
                        field.json
                    )
                });
                if let Some(property) = property {
                    // The key never changes, but a create may name it: Graph's documented
                    // creates send client-chosen ids (`shift`) and deep inserts name an
                    // existing entity by its id (`accessPackage`'s `catalog`). Computed
                    // properties are Graph's to set, yet its documented creates send some and
                    // are accepted. Both are immutable: refused on update only.
                    let is_key = is_entity && key.contains(&property.name);
                    let read_only = !is_key && !property.computed && says_read_only(text);
                    if read_only {
                        options.push("read_only".to_owned());
                    } else {
                        if property.immutable || is_key || property.computed {
                            options.push("immutable".to_owned());
                        }
                        if !property.nullable {
                            options.push("non_nullable".to_owned());
                        }
                    }
                    deprecated = property.deprecated.clone();
                }
            }
            emit::doc(&mut body, 4, &description, false);
            if default_json_name(ident) != field.json {
                options.push(format!("rename = {}", emit::literal(field.json)));
            }
            if let Some(note) = &deprecated {
                if note.is_empty() {
                    body.push_str("    #[deprecated]\n");
                } else {
                    let note = format!("note = {}", emit::literal(note));
                    emit::attribute(&mut body, 4, "deprecated", &[note]);
                }
            }
            if !options.is_empty() {
                emit::attribute(&mut body, 4, "graph", &options);
            }
            emit::field(&mut body, 4, ident, &format!("Option<{ty}>"));
        }
        let extra = ["extra", "extra_members", "extra_values"]
            .into_iter()
            .find(|name| !idents.iter().any(|field| field == name))
            .unwrap_or("extra_");
        body.push_str("    /// Members without a typed field: unknown properties, annotations, explicit `null`s.\n");
        body.push_str("    #[graph(extra)]\n");
        emit::field(&mut body, 4, extra, "Extra");

        let open = schema.is_open(structured);
        let kind = if is_entity { "entity" } else { "complex" };
        let mut doc = structured
            .description
            .as_deref()
            .map(emit::escape)
            .unwrap_or_else(|| {
                format!(
                    "The schema has no description of the `{}` {kind} type.",
                    structured.name
                )
            });
        doc.push_str(&format!("\n\nGraph type `{qualified}`"));
        if let Some(base) = &structured.base_type {
            doc.push_str(&format!(", derived from `{base}`"));
        }
        if structured.is_abstract {
            doc.push_str("; abstract: Graph sends values of its derived types");
        }
        if open {
            doc.push_str("; open: payloads may carry other properties, and they are kept");
        }
        doc.push('.');
        if let Some(entity) = &entity {
            if !entity.doc.is_empty() {
                doc.push_str("\n\n");
                doc.push_str(&entity.doc.join(" "));
            }
        }
        if let Some(note) = &structured.deprecated {
            doc.push_str(&format!(
                "\n\nDeprecated in the schema. {}",
                emit::escape(note)
            ));
        }
        if !plan.untyped.is_empty() {
            doc.push_str(&format!(
                "\n\nNot typed here (no Rust type for theirs), kept in `{extra}` as read: {}.",
                plan.untyped.join(", ")
            ));
            self.notes.push(format!(
                "`{rust}`: no field for {}: no Rust type; the values are kept in `{extra}`",
                plan.untyped.join(", ")
            ));
        }
        if !plan.untyped_navigation.is_empty() {
            doc.push_str(&format!(
                "\n\nNavigation properties whose targets are not generated here, accepted in payloads (deep insert, `name@odata.bind`) and kept in `{extra}`: {}.",
                plan.untyped_navigation
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }

        let mut out = String::new();
        emit::doc(&mut out, 0, &doc, false);
        let default_odata_type = format!("microsoft.graph.{}", default_schema_name(&rust));
        let mut args: Vec<String> = Vec::new();
        match entity {
            Some(entity) => {
                imports.insert("GraphEntity");
                out.push_str("#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]\n");
                let no_path = entity.paths.is_empty();
                for path in &entity.paths {
                    args.push(format!("path = {}", emit::literal(path)));
                }
                if no_path {
                    // No requests: no version, key, operations or clouds either.
                    args.push("no_path".to_owned());
                }
                if default_odata_type != qualified {
                    args.push(format!("odata_type = {}", emit::literal(&qualified)));
                }
                if version == Some("beta") && !no_path {
                    args.push("version = \"beta\"".to_owned());
                }
                if !entity.paths.is_empty() && default_schema_name(&rust) != structured.name {
                    args.push(format!(
                        "key = {}",
                        emit::literal(&format!("{}Id", structured.name))
                    ));
                }
                if open {
                    args.push("open".to_owned());
                }
                if let Some(operations) = entity
                    .operations
                    .filter(|operations| operations.as_slice() != OPERATIONS)
                {
                    args.push(format!("operations({})", operations.join(", ")));
                }
                if let Some(clouds) = entity.clouds.filter(|_| !no_path) {
                    args.push(format!("clouds({})", clouds.join(", ")));
                }
                if !plan.untyped_navigation.is_empty() {
                    args.push(format!(
                        "navigation({})",
                        plan.untyped_navigation.join(", ")
                    ));
                }
                emit::attribute(&mut out, 0, "graph_entity", &args);
            }
            None => {
                imports.insert("GraphComplex");
                out.push_str("#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]\n");
                if default_odata_type != qualified {
                    args.push(format!("odata_type = {}", emit::literal(&qualified)));
                }
                if open {
                    args.push("open".to_owned());
                }
                if !plan.untyped_navigation.is_empty() {
                    args.push(format!(
                        "navigation({})",
                        plan.untyped_navigation.join(", ")
                    ));
                }
                if !args.is_empty() {
                    emit::attribute(&mut out, 0, "graph_complex", &args);
                }
            }
        }
        out.push_str(&format!("pub struct {rust} {{\n"));
        out.push_str(&body);
        out.push_str("}\n");
        dependencies.remove(&rust);
        Ok(Item {
            name: rust,
            qualified_name: qualified,
            kind: if is_entity {
                ItemKind::Entity
            } else {
                ItemKind::Complex
            },
            code: out,
            dependencies: dependencies.into_iter().collect(),
            imports: imports.into_iter().collect(),
        })
    }

    /// `Any{Base}`: the base type (unless abstract) and every generated type derived from it.
    fn polymorphic_enum(&mut self, base: &'s StructuredType) -> Item {
        let qualified = base.qualified_name();
        let rust = self.any_name(&qualified);
        let variants = self.variants(base);
        let names: Vec<String> = variants
            .iter()
            .map(|variant| self.rust_name(&variant.qualified_name()))
            .collect();
        let other = ["Other", "Unlisted", "OtherType"]
            .into_iter()
            .map(str::to_owned)
            .chain((2..).map(|number| format!("Other{number}")))
            .find(|candidate| !names.contains(candidate))
            .unwrap_or_default();
        let mut doc = format!(
            "`{qualified}` or a type derived from it, told apart by `@odata.type`: Graph sends any of them where the schema declares `{}`.",
            base.name
        );
        if base.is_abstract {
            doc.push_str(" The base type is abstract, so every value is of a derived type; one without `@odata.type`, or of a type this module does not know, reads into the catch-all.");
        } else {
            doc.push_str(" A value without `@odata.type` reads as the base type; one of a type this module does not know reads into the catch-all.");
        }
        let mut out = String::new();
        emit::doc(&mut out, 0, &doc, false);
        out.push_str("#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]\n");
        emit::attribute(
            &mut out,
            0,
            "graph_polymorphic",
            &[format!("base = {}", emit::literal(&qualified))],
        );
        let mut all: Vec<&str> = names.iter().map(String::as_str).collect();
        all.push(&other);
        let mut allows = vec!["clippy::large_enum_variant"];
        if trips_variant_names(&rust, &all) {
            allows.push("clippy::enum_variant_names");
        }
        emit::attribute(
            &mut out,
            0,
            "allow",
            &allows.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>(),
        );
        out.push_str(&format!("pub enum {rust} {{\n"));
        for (variant, name) in variants.iter().zip(&names) {
            let text = if std::ptr::eq(*variant, base) {
                format!("A `{}` itself.", variant.qualified_name())
            } else {
                format!("A `{}`.", variant.qualified_name())
            };
            emit::doc(&mut out, 4, &text, false);
            if std::ptr::eq(*variant, base) {
                out.push_str("    #[graph(default)]\n");
            }
            let line = format!("    {name}({name}),");
            if line.chars().count() <= 100 {
                out.push_str(&line);
                out.push('\n');
            } else {
                out.push_str(&format!("    {name}(\n        {name},\n    ),\n"));
            }
        }
        out.push_str("    /// A type this module does not know, its JSON kept whole.\n");
        out.push_str("    #[graph(other)]\n");
        out.push_str(&format!("    {other}(Extra),\n"));
        out.push_str("}\n");
        Item {
            name: rust,
            qualified_name: qualified,
            kind: ItemKind::Polymorphic,
            code: out,
            dependencies: names,
            imports: vec!["Extra", "GraphPolymorphic"],
        }
    }

    fn enumeration(&mut self, enumeration: &EnumType) -> Item {
        let rust = self.rust_name(&enumeration.qualified_name());
        let mut variants: Vec<String> = Vec::new();
        // Linear in members: members that collapse to one variant resume numbering.
        let mut used: HashSet<String> = HashSet::new();
        let mut next_number: HashMap<String, usize> = HashMap::new();
        for member in &enumeration.members {
            let base = variant_name(&member.name);
            let mut ident = base.clone();
            let number = next_number.entry(base.clone()).or_insert(2);
            while used.contains(&ident) {
                ident = format!("{base}{number}");
                *number += 1;
            }
            used.insert(ident.clone());
            variants.push(ident);
        }
        let pairs: Vec<(&String, &str)> = variants
            .iter()
            .zip(
                enumeration
                    .members
                    .iter()
                    .map(|member| member.name.as_str()),
            )
            .collect();
        let lower_misses = pairs
            .iter()
            .filter(|(ident, member)| default_schema_name(ident) != *member)
            .count();
        let pascal_misses = pairs
            .iter()
            .filter(|(ident, member)| ident.as_str() != *member)
            .count();
        let pascal = pascal_misses < lower_misses;
        let other = ["Other", "Unlisted", "OtherMember"]
            .into_iter()
            .map(str::to_owned)
            .chain((2..).map(|number| format!("Other{number}")))
            .find(|candidate| !used.contains(candidate))
            .unwrap_or_default();

        let mut doc = enumeration
            .description
            .as_deref()
            .map(emit::escape)
            .unwrap_or_else(|| {
                format!(
                    "The schema has no description of the `{}` enumeration.",
                    enumeration.name
                )
            });
        doc.push_str(&format!(
            "\n\nGraph type `{}`",
            enumeration.qualified_name()
        ));
        if enumeration.is_flags {
            doc.push_str(&format!(
                "; a flags enumeration: properties hold `Flags<{rust}>`, any combination of members"
            ));
        }
        doc.push('.');
        let mut out = String::new();
        emit::doc(&mut out, 0, &doc, false);
        out.push_str("#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]\n");
        let mut args: Vec<String> = Vec::new();
        if default_schema_name(&rust) != enumeration.name {
            args.push(format!("name = {}", emit::literal(&enumeration.name)));
        }
        if pascal {
            args.push("rename_all = \"PascalCase\"".to_owned());
        }
        if !args.is_empty() {
            emit::attribute(&mut out, 0, "graph_enum", &args);
        }
        let mut all: Vec<&str> = variants.iter().map(String::as_str).collect();
        all.push(&other);
        if trips_variant_names(&rust, &all) {
            out.push_str("#[allow(clippy::enum_variant_names)]\n");
        }
        out.push_str(&format!("pub enum {rust} {{\n"));
        let mut after_sentinel = false;
        for ((ident, member), value) in pairs.iter().zip(&enumeration.members) {
            let description = match &value.description {
                Some(description) => emit::escape(description),
                None if *member == "unknownFutureValue" => "Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask (`Prefer: include-unknown-enum-members`).".to_owned(),
                None if after_sentinel => format!("Member `{member}` (sent only to requests that ask); the schema has no description of it."),
                None => format!("Member `{member}`; the schema has no description of it."),
            };
            after_sentinel |= *member == "unknownFutureValue";
            emit::doc(&mut out, 4, &description, false);
            if let Some(note) = &value.deprecated {
                if note.is_empty() {
                    out.push_str("    #[deprecated]\n");
                } else {
                    let note = format!("note = {}", emit::literal(note));
                    emit::attribute(&mut out, 4, "deprecated", &[note]);
                }
            }
            let derived = if pascal {
                (*ident).clone()
            } else {
                default_schema_name(ident)
            };
            if derived != *member {
                let rename = format!("rename = {}", emit::literal(member));
                emit::attribute(&mut out, 4, "graph", &[rename]);
            }
            out.push_str(&format!("    {ident},\n"));
        }
        out.push_str("    /// A member this model does not know, as read; create and update payloads refuse it.\n");
        out.push_str("    #[graph(other)]\n");
        out.push_str(&format!("    {other}(String),\n"));
        out.push_str("}\n");
        Item {
            name: rust,
            qualified_name: enumeration.qualified_name(),
            kind: ItemKind::Enum,
            code: out,
            dependencies: Vec::new(),
            imports: vec!["GraphEnum"],
        }
    }
}

/// The strongly connected components of a graph given as adjacency lists (Tarjan's
/// algorithm, without recursion): each node's component number.
fn components(adjacency: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let count = adjacency.len();
    let mut index = vec![UNSEEN; count];
    let mut low = vec![0usize; count];
    let mut on_stack = vec![false; count];
    let mut component = vec![UNSEEN; count];
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0usize;
    let mut found = 0usize;
    let set = |values: &mut Vec<usize>, at: usize, value: usize| {
        if let Some(slot) = values.get_mut(at) {
            *slot = value;
        }
    };
    let get = |values: &[usize], at: usize| values.get(at).copied().unwrap_or(UNSEEN);
    for start in 0..count {
        if get(&index, start) != UNSEEN {
            continue;
        }
        let mut calls: Vec<(usize, usize)> = vec![(start, 0)];
        set(&mut index, start, next);
        set(&mut low, start, next);
        next += 1;
        stack.push(start);
        if let Some(slot) = on_stack.get_mut(start) {
            *slot = true;
        }
        while let Some(&(node, edge)) = calls.last() {
            let successors = adjacency.get(node).map(Vec::as_slice).unwrap_or_default();
            if let Some(&successor) = successors.get(edge) {
                if let Some(call) = calls.last_mut() {
                    call.1 += 1;
                }
                if get(&index, successor) == UNSEEN {
                    set(&mut index, successor, next);
                    set(&mut low, successor, next);
                    next += 1;
                    stack.push(successor);
                    if let Some(slot) = on_stack.get_mut(successor) {
                        *slot = true;
                    }
                    calls.push((successor, 0));
                } else if on_stack.get(successor).copied().unwrap_or(false) {
                    let lowest = get(&low, node).min(get(&index, successor));
                    set(&mut low, node, lowest);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                let lowest = get(&low, parent).min(get(&low, node));
                set(&mut low, parent, lowest);
            }
            if get(&low, node) == get(&index, node) {
                while let Some(member) = stack.pop() {
                    if let Some(slot) = on_stack.get_mut(member) {
                        *slot = false;
                    }
                    set(&mut component, member, found);
                    if member == node {
                        break;
                    }
                }
                found += 1;
            }
        }
    }
    component
}

/// A Rust name per schema type, unique, shadowing nothing the module uses, and clear of the
/// builder types the derives declare beside each struct. Linear in types: names that
/// collapse to one Rust name resume numbering where the previous one stopped.
fn assign_names(nodes: &[Node<'_>]) -> HashMap<String, String> {
    let mut taken: HashSet<String> = RESERVED.iter().map(|name| (*name).to_owned()).collect();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut names = HashMap::new();
    for node in nodes {
        let (namespace, name, is_struct) = match node {
            Node::Struct(structured) => (&structured.namespace, &structured.name, true),
            Node::Enum(enumeration) => (&enumeration.namespace, &enumeration.name, false),
        };
        let base = type_name(name);
        let qualifier = type_name(namespace.rsplit('.').next().unwrap_or(namespace));
        let builders = |candidate: &str| -> Vec<String> {
            if is_struct {
                ["Required", "Create", "Update", "Builder"]
                    .iter()
                    .map(|suffix| format!("{candidate}{suffix}"))
                    .collect()
            } else {
                Vec::new()
            }
        };
        let free = |candidate: &str, taken: &HashSet<String>| {
            !taken.contains(candidate)
                && builders(candidate).iter().all(|name| !taken.contains(name))
        };
        let candidates = [
            base.clone(),
            format!("{qualifier}{base}"),
            format!("{base}Type"),
        ];
        // A number skipped once stays taken (names are only added), so resuming is exact.
        let chosen = match candidates
            .into_iter()
            .find(|candidate| free(candidate, &taken))
        {
            Some(chosen) => chosen,
            None => {
                let number = next_number.entry(base.clone()).or_insert(2);
                loop {
                    let candidate = format!("{base}{number}");
                    *number += 1;
                    if free(&candidate, &taken) {
                        break candidate;
                    }
                }
            }
        };
        taken.extend(builders(&chosen));
        taken.insert(chosen.clone());
        names.insert(node.qualified_name(), chosen);
    }
    names
}

/// A field per JSON name: unique, and clear of the builders' methods (`build`, and
/// `clear_x` for a field `x`), which a field's setter would collide with. Linear in names:
/// names that collapse to one field resume numbering where the previous one stopped.
fn field_idents<'a>(json_names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut idents: Vec<String> = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    for name in json_names {
        let base = field_name(name);
        let mut ident = base.clone();
        let number = next_number.entry(base.clone()).or_insert(2);
        // `self_` (for `self`) numbers as `self_2`: `self__2` is not snake case.
        let stem = base.strip_suffix('_').unwrap_or(&base);
        while used.contains(&ident) {
            ident = format!("{stem}_{number}");
            *number += 1;
        }
        used.insert(ident.clone());
        idents.push(ident);
    }
    let bare = |ident: &str| ident.trim_start_matches("r#").to_owned();
    let taken: HashSet<String> = idents.iter().map(|ident| bare(ident)).collect();
    for ident in &mut idents {
        let plain = bare(ident);
        let clashes = plain == "build"
            || plain
                .strip_prefix("clear_")
                .is_some_and(|rest| taken.contains(rest));
        // A trailing `_` keeps the derive's default JSON name: `build_` is still "build".
        while clashes && taken.contains(&bare(ident)) {
            ident.push('_');
        }
    }
    idents
}

/// Whether Clippy's `enum_variant_names` would fire: a variant that starts or ends with the
/// enum's name, or (from three variants) all sharing a first or last word.
fn trips_variant_names(name: &str, variants: &[&str]) -> bool {
    if variants
        .iter()
        .any(|variant| variant.starts_with(name) || variant.ends_with(name))
    {
        return true;
    }
    if variants.len() < 3 {
        return false;
    }
    let words: Vec<Vec<String>> = variants
        .iter()
        .map(|variant| camel_words(variant))
        .collect();
    let shared = |pick: fn(&Vec<String>) -> Option<&String>| {
        let first = words.first().and_then(pick);
        first.is_some() && words.iter().all(|each| pick(each) == first)
    };
    shared(|each| each.first()) || shared(|each| each.last())
}

fn camel_words(ident: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in ident.chars() {
        match words.last_mut() {
            Some(word) if !c.is_uppercase() => word.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_avoid_the_builders_methods() {
        let names = ["name", "clearName", "build", "type", "buildNumber"];
        assert_eq!(
            field_idents(names.into_iter()),
            ["name", "clear_name_", "build_", "r#type", "build_number"]
        );
        assert_eq!(default_json_name("clear_name_"), "clearName");
    }

    #[test]
    fn variant_name_lint_is_predicted() {
        assert!(trips_variant_names("Color", &["ColorRed", "Blue", "Other"]));
        assert!(trips_variant_names(
            "Kind",
            &["FastMode", "SlowMode", "OtherMode"]
        ));
        assert!(!trips_variant_names(
            "Kind",
            &["FastMode", "SlowMode", "Other"]
        ));
        assert_eq!(camel_words("FastMode"), ["Fast", "Mode"]);
    }
}
