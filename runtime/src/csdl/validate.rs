//! Checking a JSON body against the schema itself, for any entity or complex type it defines:
//! [`Schema::validate_json`], and [`Validator`] to check many bodies with one schema.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::{
    EnumType, NavigationProperty, Property, Schema, StructuredKind, StructuredType, TypeDefinition,
    TypeRef,
};
use crate::edm::datetime::DateTimeOffset;
use crate::edm::primitives::{Binary, Date, Duration, Guid, TimeOfDay};
use crate::model::object::slip_of_declared_name;
use crate::model::value::{describe_json, quoted, GraphValue, Mode};
use crate::validate::path::Path;
use crate::validate::problem::Problems;
use graph_entity_core::suggest::closest;

const ODATA_TYPE: &str = "@odata.type";
const ODATA_TYPE_SUFFIX: &str = "@odata.type";

/// How many names a message lists before it says how many there are in all.
const LISTED: usize = 20;

impl Schema {
    /// Checks the JSON body `json` as a value of the entity or complex type `type_name`
    /// (named as for [`Schema::find`]: `user`, `microsoft.graph.user`, `graph.user`) for
    /// `mode`, and reports every problem, each with its JSON path (within an object, in the
    /// order of the members' names). A name the schema does not define as an entity or
    /// complex type is one problem, at `$`.
    ///
    /// To check many bodies against one schema, make a [`Validator`] once
    /// ([`Schema::validator`]): it keeps what it learns of each type. See [`Validator`] for
    /// the rules.
    pub fn validate_json(&self, type_name: &str, mode: Mode, json: &[u8]) -> Result<(), Problems> {
        self.validator().validate_json(type_name, mode, json)
    }

    /// A [`Validator`] of JSON bodies against this schema.
    pub fn validator(&self) -> Validator<'_> {
        Validator::new(self)
    }
}

/// Checks JSON bodies against a [`Schema`], for any entity or complex type it defines.
///
/// It indexes each type the first time a body reaches it (properties by name, enumeration
/// members), so checking is linear in the body, and keeps the index for the next bodies.
///
/// The rules are those of the typed validation ([`crate::validate_json`]), read from the
/// schema instead of a model, with the leniency Graph's own documented bodies show:
///
/// - **Types**: every Edm primitive with the same parsers and messages as the typed side
///   (`Edm.Double` and `Edm.Single` also take `"INF"`, `"-INF"` and `"NaN"`, as OData JSON
///   writes them; `Edm.Stream`, `Edm.Untyped` and the geography and geometry types take any
///   value); enumerations, members matched without regard to case (flags: members separated
///   by commas); complex types at any depth; collections.
/// - **Derived types**: a value whose `@odata.type` names the declared type or a type derived
///   from it (namespace in any letter case, with or without `#`) is checked as that type, and
///   so is a property whose `name@odata.type` annotation names one (`#Collection(…)` for
///   collections). A type the schema does not define is a problem in create and update
///   bodies and read as the declared type otherwise; a defined type that is neither is always
///   a problem. A create body cannot be of an abstract type: it names a concrete derived one.
/// - **Read-only**: an update body cannot carry the key, a `Core.Computed` property (or one
///   with `Core.Permissions` of `Read`) or a `Core.Immutable` one. A create body may carry
///   them: Graph documents create bodies with client-chosen ids (a Teams shift's `id`) and
///   with values for computed properties (a Bookings appointment's `filledAttendeesCount`,
///   an Education assignment's `status`).
/// - **Nullability**: `null` is refused in create and update bodies for a property the schema
///   says `Nullable="false"`; such a property is not required. Nothing is required: the
///   schema never says so.
/// - **Unknown properties**: in create and update bodies, a property of a closed type that
///   the schema does not declare is refused when it is a slip of a declared name (another
///   letter case, or a letter or so away: "did you mean"). Other undeclared names pass: Graph
///   documents create bodies carrying properties its schema lacks (`postOfficeBox` and `type`
///   on a Bookings `physicalAddress`). Open types, read bodies and members with
///   `@` (annotations, `name@odata.bind`, `@microsoft.graph.conflictBehavior`) take anything.
/// - **Navigation properties**: a nested entity, or array of them, is checked as its own type
///   in the same mode (deep insert, `$expand`); it may carry its key (a reference to an
///   existing entity).
/// - Complex values inside an update body are whole values: checked as for create.
///
/// ```
/// use graph_entity::csdl::Schema;
/// use graph_entity::Mode;
///
/// let schema = Schema::parse(
///     r#"
///     <EntityType Name="entity" Abstract="true">
///       <Key><PropertyRef Name="id" /></Key>
///       <Property Name="id" Type="Edm.String" Nullable="false" />
///     </EntityType>
///     <EntityType Name="todoTask" BaseType="graph.entity">
///       <Property Name="title" Type="Edm.String" />
///       <Property Name="importance" Type="graph.importance" Nullable="false" />
///       <Property Name="createdDateTime" Type="Edm.DateTimeOffset" Nullable="false">
///         <Annotation Term="Org.OData.Core.V1.Computed" Bool="true" />
///       </Property>
///     </EntityType>
///     <EnumType Name="importance">
///       <Member Name="low" Value="0" /><Member Name="normal" Value="1" /><Member Name="high" Value="2" />
///     </EnumType>
///     "#,
/// )
/// .unwrap();
/// assert!(schema
///     .validate_json("todoTask", Mode::Create, br#"{"title": "Buy milk", "importance": "High"}"#)
///     .is_ok());
/// let problems = schema
///     .validate_json("todoTask", Mode::Update, br#"{"Title": "x", "importance": null, "createdDateTime": "2024-01-01T00:00:00Z"}"#)
///     .unwrap_err();
/// assert_eq!(
///     problems.to_string(),
///     "Title: unknown property of microsoft.graph.todoTask: did you mean \"title\"?\n\
///      createdDateTime: read-only property (Core.Computed): Graph sets it, so leave it out of update payloads\n\
///      importance: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected a member of importance (a string))"
/// );
/// ```
#[derive(Debug)]
pub struct Validator<'s> {
    schema: &'s Schema,
    /// Lower-case namespace → the namespace as the schema spells it.
    namespaces: HashMap<String, &'s str>,
    /// By position in the schema's types: the type's index, made when first needed.
    indexes: Vec<OnceLock<TypeIndex<'s>>>,
    /// By position in the schema's types: the types that name it as their base type.
    children: OnceLock<Vec<Vec<usize>>>,
    /// By position in the schema's types: the concrete types derived from it, for messages.
    concrete: Vec<OnceLock<Vec<&'s StructuredType>>>,
}

/// What a check needs of one type, found once.
#[derive(Debug)]
enum TypeIndex<'s> {
    Structured(Members<'s>),
    /// The members of an enumeration, in lower case.
    Enum(HashSet<String>),
    /// Nothing to index.
    None,
}

/// The properties of a structured type, inherited ones included, by JSON name.
#[derive(Debug)]
struct Members<'s> {
    by_name: HashMap<&'s str, Member<'s>>,
    /// The names in declaration order, base types' first: candidates for "did you mean".
    names: Vec<&'s str>,
    /// `OpenType="true"` on the type or a base type.
    open: bool,
}

#[derive(Clone, Copy, Debug)]
enum Member<'s> {
    Property { property: &'s Property, key: bool },
    Navigation(&'s NavigationProperty),
}

/// Where an object sits in the body, for the rules that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// The body itself.
    Root,
    /// An entity inside the body: a deep insert, a reference, an expanded navigation.
    Nested,
}

/// What an object's `@odata.type` said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// Nothing: the object is of its declared type.
    Absent,
    /// The declared type or a type derived from it.
    Named,
    /// Something already reported, or an unknown type in a read body.
    Other,
}

/// What a `name@odata.type` annotation, or an `@odata.type` member, names.
enum Named {
    /// A type derived from the declared one (or the declared one itself), by position.
    Type(usize),
    /// A type the schema defines that is not the declared one nor derived from it.
    Unrelated,
    /// A name the schema does not define.
    Unknown,
}

impl<'s> Validator<'s> {
    /// A validator of bodies against `schema`.
    pub fn new(schema: &'s Schema) -> Self {
        let mut namespaces = HashMap::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for definition in &schema.types {
            let namespace = definition.namespace();
            if seen.insert(namespace) {
                namespaces
                    .entry(namespace.to_ascii_lowercase())
                    .or_insert(namespace);
            }
        }
        Validator {
            schema,
            namespaces,
            indexes: schema.types.iter().map(|_| OnceLock::new()).collect(),
            children: OnceLock::new(),
            concrete: schema.types.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// Checks the JSON body `json` as a `type_name` for `mode`: see
    /// [`Schema::validate_json`].
    pub fn validate_json(&self, type_name: &str, mode: Mode, json: &[u8]) -> Result<(), Problems> {
        match serde_json::from_slice::<Value>(json) {
            Ok(value) => self.validate_value(type_name, mode, &value),
            Err(error) => {
                let mut problems = Problems::new();
                problems.push(&Path::ROOT, format!("invalid JSON: {error}"));
                Err(problems)
            }
        }
    }

    /// Checks a parsed JSON body as a `type_name` for `mode`: see [`Schema::validate_json`].
    pub fn validate_value(
        &self,
        type_name: &str,
        mode: Mode,
        value: &Value,
    ) -> Result<(), Problems> {
        let mut problems = Problems::new();
        let found = self.schema.find(type_name).and_then(|definition| {
            let name = definition.qualified_name();
            let index = self.position(&name)?;
            match definition {
                TypeDefinition::Structured(_) => Some(index),
                TypeDefinition::Enum(_) => None,
            }
        });
        match found {
            Some(index) => self.check_object_as(
                index,
                None,
                value,
                mode,
                Place::Root,
                &Path::ROOT,
                &mut problems,
            ),
            None => problems.push(&Path::ROOT, self.unknown_root(type_name)),
        }
        problems.into_result()
    }

    fn unknown_root(&self, type_name: &str) -> String {
        let bare = type_name.rsplit('.').next().unwrap_or(type_name);
        let names = self
            .schema
            .types
            .iter()
            .filter_map(|definition| match definition {
                TypeDefinition::Structured(structured) => Some(structured.name.as_str()),
                TypeDefinition::Enum(_) => None,
            });
        match closest(bare, names) {
            Some(name) => format!(
                "no entity or complex type {} in the schema: did you mean {}?",
                quoted(type_name),
                quoted(name)
            ),
            None => format!(
                "no entity or complex type {} in the schema: name one it defines, such as \"user\" or \"microsoft.graph.user\"",
                quoted(type_name)
            ),
        }
    }

    // -----------------------------------------------------------------------------------
    // The schema, by position.

    fn position(&self, qualified: &str) -> Option<usize> {
        self.schema.by_name.get(qualified).copied()
    }

    fn definition(&self, index: usize) -> Option<&'s TypeDefinition> {
        self.schema.types.get(index)
    }

    fn structured(&self, index: usize) -> Option<&'s StructuredType> {
        match self.definition(index)? {
            TypeDefinition::Structured(structured) => Some(structured),
            TypeDefinition::Enum(_) => None,
        }
    }

    fn base(&self, index: usize) -> Option<usize> {
        let base = self.structured(index)?.base_type.as_deref()?;
        self.position(base)
    }

    /// `index` and its base types, nearest first, as far as the schema defines them; a
    /// cycle stops the walk.
    fn chain(&self, index: usize) -> Vec<usize> {
        let mut chain = vec![index];
        let mut seen = HashSet::from([index]);
        let mut current = index;
        while let Some(base) = self.base(current) {
            if !seen.insert(base) {
                break;
            }
            chain.push(base);
            current = base;
        }
        chain
    }

    /// Whether `index` is `ancestor` or derives from it.
    fn derives_from(&self, index: usize, ancestor: usize) -> bool {
        index == ancestor || self.chain(index).contains(&ancestor)
    }

    /// The type an `@odata.type` value names: `#microsoft.graph.user`, `microsoft.graph.user`,
    /// `#Microsoft.Graph.user`.
    fn resolve(&self, text: &str) -> Option<usize> {
        let name = text.strip_prefix('#').unwrap_or(text);
        if let Some(index) = self.position(name) {
            return Some(index);
        }
        let (namespace, bare) = name.rsplit_once('.')?;
        let namespace = self.namespaces.get(&namespace.to_ascii_lowercase())?;
        self.position(&format!("{namespace}.{bare}"))
    }

    /// What `text` names, against the declared type `declared`.
    fn named(&self, text: &str, declared: usize) -> Named {
        match self.resolve(text) {
            Some(index) if self.derives_from(index, declared) => Named::Type(index),
            Some(_) => Named::Unrelated,
            None => Named::Unknown,
        }
    }

    fn index(&self, index: usize) -> Option<&TypeIndex<'s>> {
        Some(self.indexes.get(index)?.get_or_init(|| self.build(index)))
    }

    fn members(&self, index: usize) -> Option<&Members<'s>> {
        match self.index(index)? {
            TypeIndex::Structured(members) => Some(members),
            _ => None,
        }
    }

    fn build(&self, index: usize) -> TypeIndex<'s> {
        match self.definition(index) {
            Some(TypeDefinition::Structured(_)) => {
                let chain: Vec<&'s StructuredType> = self
                    .chain(index)
                    .into_iter()
                    .filter_map(|index| self.structured(index))
                    .collect();
                let key: HashSet<&str> = chain
                    .iter()
                    .map(|declaring| declaring.key.as_slice())
                    .find(|key| !key.is_empty())
                    .unwrap_or_default()
                    .iter()
                    .map(String::as_str)
                    .collect();
                let mut members = Members {
                    by_name: HashMap::new(),
                    names: Vec::new(),
                    open: chain.iter().any(|declaring| declaring.open_type),
                };
                for declaring in chain.iter().rev() {
                    for nav in &declaring.navigation_properties {
                        members.insert(&nav.name, Member::Navigation(nav));
                    }
                    for property in &declaring.properties {
                        let key = key.contains(property.name.as_str());
                        members.insert(&property.name, Member::Property { property, key });
                    }
                }
                TypeIndex::Structured(members)
            }
            Some(TypeDefinition::Enum(enumeration)) => TypeIndex::Enum(
                enumeration
                    .members
                    .iter()
                    .map(|member| member.name.to_ascii_lowercase())
                    .collect(),
            ),
            None => TypeIndex::None,
        }
    }

    /// The concrete types derived from `index` at any depth (itself included when it is
    /// concrete), nearest first; found once per type.
    fn concrete_types(&self, index: usize) -> &[&'s StructuredType] {
        match self.concrete.get(index) {
            Some(cell) => cell.get_or_init(|| self.find_concrete_types(index)),
            None => &[],
        }
    }

    fn find_concrete_types(&self, index: usize) -> Vec<&'s StructuredType> {
        let children = self.children.get_or_init(|| {
            let mut children = vec![Vec::new(); self.schema.types.len()];
            for position in 0..self.schema.types.len() {
                if let Some(slot) = self.base(position).and_then(|base| children.get_mut(base)) {
                    slot.push(position);
                }
            }
            children
        });
        let mut found = Vec::new();
        let mut seen = HashSet::from([index]);
        let mut queue = VecDeque::from([index]);
        while let Some(current) = queue.pop_front() {
            if let Some(structured) = self.structured(current) {
                if !structured.is_abstract {
                    found.push(structured);
                }
            }
            for &child in children.get(current).map(Vec::as_slice).unwrap_or_default() {
                if seen.insert(child) {
                    queue.push_back(child);
                }
            }
        }
        found
    }

    // -----------------------------------------------------------------------------------
    // The walk.

    /// Checks `value` as an object of the declared type `declared` (or of the type a
    /// `name@odata.type` annotation gave, `annotated`).
    #[allow(clippy::too_many_arguments)]
    fn check_object_as(
        &self,
        declared: usize,
        annotated: Option<usize>,
        value: &Value,
        mode: Mode,
        place: Place,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        let Some(declared_type) = self.structured(declared) else {
            return;
        };
        let Some(object) = value.as_object() else {
            problems.push(
                path,
                format!(
                    "expected a {} object, found {}",
                    declared_type.qualified_name(),
                    describe_json(value)
                ),
            );
            return;
        };
        let fallback = annotated.unwrap_or(declared);
        let (actual, tag) = match object.get(ODATA_TYPE) {
            None => (fallback, Tag::Absent),
            Some(Value::String(text)) => match self.named(text, declared) {
                Named::Type(index) => (index, Tag::Named),
                Named::Unrelated => {
                    problems.push(&path.key(ODATA_TYPE), unrelated(text, declared_type));
                    (fallback, Tag::Other)
                }
                Named::Unknown => {
                    if mode.is_write() {
                        problems.push(&path.key(ODATA_TYPE), self.unknown_type(text, declared));
                    }
                    (fallback, Tag::Other)
                }
            },
            Some(other) => {
                problems.push(
                    &path.key(ODATA_TYPE),
                    format!(
                        "expected the name of {} or a type derived from it (a string such as \"#{}\"), found {}",
                        declared_type.qualified_name(),
                        declared_type.qualified_name(),
                        describe_json(other)
                    ),
                );
                (fallback, Tag::Other)
            }
        };
        let Some(actual_type) = self.structured(actual) else {
            return;
        };
        if mode == Mode::Create && actual_type.is_abstract {
            match tag {
                Tag::Absent => problems.push(path, self.abstract_untagged(actual, actual_type)),
                Tag::Named => problems.push(
                    &path.key(ODATA_TYPE),
                    self.abstract_tagged(actual, actual_type),
                ),
                Tag::Other => {}
            }
        }
        if let Some(members) = self.members(actual) {
            self.check_members(object, actual_type, members, mode, place, path, problems);
        }
    }

    /// Checks each member of `object`, of type `owner`.
    #[allow(clippy::too_many_arguments)]
    fn check_members(
        &self,
        object: &Map<String, Value>,
        owner: &StructuredType,
        members: &Members<'s>,
        mode: Mode,
        place: Place,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        // `name@odata.type` annotations that give a property a derived type: rare, so
        // looked for only when some member carries one.
        let mut annotated: HashMap<&str, usize> = HashMap::new();
        for (key, value) in object {
            let Some(name) = key
                .strip_suffix(ODATA_TYPE_SUFFIX)
                .filter(|name| !name.is_empty())
            else {
                continue;
            };
            if let (Some(text), Some(declared)) =
                (value.as_str(), self.declared_index(members, name))
            {
                if let Some(index) = self.annotation_type(text, declared) {
                    annotated.insert(name, index);
                }
            }
        }
        for (key, value) in object {
            if key == ODATA_TYPE {
                continue;
            }
            let member_path = path.key(key);
            if key.contains('@') {
                if let Some(name) = key
                    .strip_suffix(ODATA_TYPE_SUFFIX)
                    .filter(|n| !n.is_empty())
                {
                    self.check_annotation(members, name, value, mode, &member_path, problems);
                }
                continue;
            }
            let annotation = annotated.get(key.as_str()).copied();
            match members.by_name.get(key.as_str()).copied() {
                Some(Member::Property { property, key }) => self.check_property(
                    owner,
                    property,
                    key,
                    annotation,
                    value,
                    mode,
                    place,
                    &member_path,
                    problems,
                ),
                Some(Member::Navigation(nav)) => {
                    self.check_navigation(nav, annotation, value, mode, &member_path, problems)
                }
                None => {
                    if mode.is_write() && !members.open {
                        if let Some(problem) = slip_of_declared_name(
                            &owner.qualified_name(),
                            key,
                            members.names.iter().copied(),
                        ) {
                            problems.push(&member_path, problem);
                        }
                    }
                }
            }
        }
    }

    /// The position of the (element) type of property or navigation property `name`.
    fn declared_index(&self, members: &Members<'s>, name: &str) -> Option<usize> {
        let type_ref = match members.by_name.get(name)? {
            Member::Property { property, .. } => &property.type_ref,
            Member::Navigation(nav) => &nav.type_ref,
        };
        self.position(&type_ref.name)
    }

    /// The structured type a `name@odata.type` annotation gives its property, when it is
    /// the declared one or derived from it.
    fn annotation_type(&self, text: &str, declared: usize) -> Option<usize> {
        self.structured(declared)?;
        match self.named(collection_element(text), declared) {
            Named::Type(index) => Some(index),
            Named::Unrelated | Named::Unknown => None,
        }
    }

    /// Checks a `name@odata.type` annotation: it names the property's declared type or a
    /// type derived from it. Annotations of primitive properties (`#Int32`) and of names
    /// the type does not declare are not checked.
    fn check_annotation(
        &self,
        members: &Members<'s>,
        name: &str,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        let Some(declared) = self.declared_index(members, name) else {
            return;
        };
        let Some(definition) = self.definition(declared) else {
            return;
        };
        let qualified = definition.qualified_name();
        let Some(text) = value.as_str() else {
            problems.push(
                path,
                format!(
                    "expected the name of {qualified} or a type derived from it (a string such as \"#{qualified}\"), found {}",
                    describe_json(value)
                ),
            );
            return;
        };
        match self.named(collection_element(text), declared) {
            Named::Type(_) => {}
            Named::Unrelated => problems.push(
                path,
                format!(
                    "@odata.type is {}, expected \"#{qualified}\" or a type derived from it (a different type cannot be read as {qualified})",
                    quoted(text)
                ),
            ),
            Named::Unknown => {
                if mode.is_write() {
                    problems.push(path, self.unknown_type(text, declared));
                }
            }
        }
    }

    /// Checks one declared property of an object of type `owner`.
    #[allow(clippy::too_many_arguments)]
    fn check_property(
        &self,
        owner: &StructuredType,
        property: &Property,
        key: bool,
        annotated: Option<usize>,
        value: &Value,
        mode: Mode,
        place: Place,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        if mode == Mode::Update {
            if key && place == Place::Root {
                problems.push(
                    path,
                    format!(
                        "the key of {}: it names the entity in the request URL and cannot be changed, so leave it out of update payloads",
                        owner.qualified_name()
                    ),
                );
                return;
            }
            if property.computed {
                problems.push(
                    path,
                    "read-only property (Core.Computed): Graph sets it, so leave it out of update payloads",
                );
                return;
            }
            if property.immutable {
                problems.push(
                    path,
                    format!(
                        "immutable property: set when the {} is created and never changed, so leave it out of update payloads",
                        owner.qualified_name()
                    ),
                );
                return;
            }
        }
        if mode.is_write() && value.is_null() && !property.nullable {
            problems.push(
                    path,
                    format!(
                        "null is not allowed: the property is non-nullable, so leave it out to keep its value (expected {})",
                        self.expected(&property.type_ref)
                    ),
                );
            return;
        }
        if value.is_null() {
            return;
        }
        let type_ref = &property.type_ref;
        if !type_ref.collection {
            self.check_element(&type_ref.name, annotated, value, mode, path, problems);
            return;
        }
        let Some(items) = value.as_array() else {
            problems.push(
                path,
                format!(
                    "expected {}, found {}",
                    self.expected(type_ref),
                    describe_json(value)
                ),
            );
            return;
        };
        for (position, item) in items.iter().enumerate() {
            let item_path = path.index(position);
            if item.is_null() {
                if mode.is_write() && !property.nullable {
                    problems.push(
                        &item_path,
                        format!(
                            "expected {}, found null",
                            self.expected_element(&type_ref.name)
                        ),
                    );
                }
                continue;
            }
            self.check_element(&type_ref.name, annotated, item, mode, &item_path, problems);
        }
    }

    /// Checks a navigation property's value: a nested entity, or an array of them, each
    /// checked as its own type in the same mode. Other values are not checked.
    fn check_navigation(
        &self,
        nav: &NavigationProperty,
        annotated: Option<usize>,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        let Some(target) = self.position(&nav.type_ref.name) else {
            return;
        };
        match value {
            Value::Object(_) => self.check_object_as(
                target,
                annotated,
                value,
                mode,
                Place::Nested,
                path,
                problems,
            ),
            Value::Array(items) => {
                for (position, item) in items.iter().enumerate() {
                    if item.is_object() {
                        self.check_object_as(
                            target,
                            annotated,
                            item,
                            mode,
                            Place::Nested,
                            &path.index(position),
                            problems,
                        );
                    }
                }
            }
            _ => {}
        }
    }

    /// Checks a value (not `null`) of the single type `name`.
    fn check_element(
        &self,
        name: &str,
        annotated: Option<usize>,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        if let Some(primitive) = name.strip_prefix("Edm.") {
            check_primitive(primitive, value, mode, path, problems);
            return;
        }
        // A type the schema does not define: nothing to check against.
        let Some(index) = self.position(name) else {
            return;
        };
        match self.definition(index) {
            Some(TypeDefinition::Structured(structured)) => {
                let mode = match structured.kind {
                    // Graph replaces complex values whole.
                    StructuredKind::Complex => mode.for_whole_value(),
                    StructuredKind::Entity => mode,
                };
                self.check_object_as(index, annotated, value, mode, Place::Nested, path, problems);
            }
            Some(TypeDefinition::Enum(enumeration)) => {
                self.check_enum(index, enumeration, value, mode, path, problems)
            }
            None => {}
        }
    }

    fn check_enum(
        &self,
        index: usize,
        enumeration: &EnumType,
        value: &Value,
        mode: Mode,
        path: &Path<'_>,
        problems: &mut Problems,
    ) {
        let Some(text) = value.as_str() else {
            problems.push(
                path,
                format!(
                    "expected {}, found {}",
                    expected_enum(enumeration),
                    describe_json(value)
                ),
            );
            return;
        };
        if !mode.is_write() {
            return;
        }
        let Some(TypeIndex::Enum(known)) = self.index(index) else {
            return;
        };
        let is_known = |name: &str| known.contains(&name.to_ascii_lowercase());
        if !enumeration.is_flags {
            if !is_known(text) {
                problems.push(path, unknown_member(enumeration, text));
            }
            return;
        }
        if text.trim().is_empty() {
            return;
        }
        for name in text.split(',').map(str::trim) {
            if !is_known(name) {
                problems.push(path, unknown_member(enumeration, name));
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Messages.

    /// What a JSON value of `type_ref` looks like.
    fn expected(&self, type_ref: &TypeRef) -> Cow<'static, str> {
        let element = self.expected_element(&type_ref.name);
        if type_ref.collection {
            Cow::Owned(format!(
                "a JSON array (a collection), each element {element}"
            ))
        } else {
            element
        }
    }

    fn expected_element(&self, name: &str) -> Cow<'static, str> {
        if let Some(primitive) = name.strip_prefix("Edm.") {
            return expected_primitive(primitive);
        }
        match self.position(name).and_then(|index| self.definition(index)) {
            Some(TypeDefinition::Structured(structured)) => {
                Cow::Owned(format!("a {} object", structured.qualified_name()))
            }
            Some(TypeDefinition::Enum(enumeration)) => Cow::Owned(expected_enum(enumeration)),
            None => Cow::Owned(format!("a {name}")),
        }
    }

    fn unknown_type(&self, text: &str, declared: usize) -> String {
        let qualified = self
            .definition(declared)
            .map(TypeDefinition::qualified_name)
            .unwrap_or_default();
        let bare = text.rsplit('.').next().unwrap_or(text);
        let candidates = self.concrete_types(declared);
        let hint = closest(bare, candidates.iter().map(|ty| ty.name.as_str()))
            .and_then(|name| candidates.iter().find(|ty| ty.name == name))
            .map(|ty| format!(": did you mean \"#{}\"?", ty.qualified_name()))
            .unwrap_or_default();
        format!(
            "@odata.type {} is not a type of the schema; expected \"#{qualified}\" or a type derived from it{hint}",
            quoted(text)
        )
    }

    fn abstract_untagged(&self, index: usize, ty: &StructuredType) -> String {
        format!(
            "missing @odata.type: {} is abstract, so a create payload names the concrete type to create, {}",
            ty.qualified_name(),
            self.choices(index)
        )
    }

    fn abstract_tagged(&self, index: usize, ty: &StructuredType) -> String {
        format!(
            "{} is abstract and cannot be created: name the concrete type to create, {}",
            ty.qualified_name(),
            self.choices(index)
        )
    }

    /// "one of: #a, #b", from the concrete types derived from `index`.
    fn choices(&self, index: usize) -> String {
        let concrete = self.concrete_types(index);
        if concrete.is_empty() {
            return "but the schema defines no concrete type derived from it".to_owned();
        }
        let listed: Vec<String> = concrete
            .iter()
            .take(LISTED)
            .map(|ty| format!("#{}", ty.qualified_name()))
            .collect();
        let more = if concrete.len() > LISTED {
            format!(", … ({} in all)", concrete.len())
        } else {
            String::new()
        };
        format!("one of: {}{more}", listed.join(", "))
    }
}

impl<'s> Members<'s> {
    fn insert(&mut self, name: &'s str, member: Member<'s>) {
        if self.by_name.insert(name, member).is_none() {
            self.names.push(name);
        }
    }
}

/// The element type name of `#Collection(x)`, or the name itself.
fn collection_element(text: &str) -> &str {
    let name = text.strip_prefix('#').unwrap_or(text);
    name.strip_prefix("Collection(")
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or(text)
}

fn unrelated(text: &str, declared: &StructuredType) -> String {
    let qualified = declared.qualified_name();
    format!(
        "@odata.type is {}, expected \"#{qualified}\" or a type derived from it (a different type cannot be read as {qualified})",
        quoted(text)
    )
}

fn expected_enum(enumeration: &EnumType) -> String {
    if enumeration.is_flags {
        let example: Vec<&str> = enumeration
            .members
            .iter()
            .take(2)
            .map(|member| member.name.as_str())
            .collect();
        format!(
            "{} members separated by commas (a string such as \"{}\")",
            enumeration.name,
            example.join(",")
        )
    } else {
        format!("a member of {} (a string)", enumeration.name)
    }
}

fn unknown_member(enumeration: &EnumType, name: &str) -> String {
    let names = enumeration
        .members
        .iter()
        .map(|member| member.name.as_str());
    let hint = match closest(name, names.clone()) {
        Some(member) => format!("did you mean \"{member}\"? "),
        None => String::new(),
    };
    let listed: Vec<&str> = names.clone().take(LISTED).collect();
    let count = names.count();
    let more = if count > LISTED {
        format!(", … ({count} in all)")
    } else {
        String::new()
    };
    format!(
        "{} is not a known {} member: {hint}expected one of: {}{more}",
        quoted(name),
        enumeration.name,
        listed.join(", ")
    )
}

// ---------------------------------------------------------------------------------------
// Edm primitives: the typed side's checks where it has the type.

const DOUBLE: &str = "a Double (a number, or \"INF\", \"-INF\" or \"NaN\")";
const SINGLE: &str = "a Single (a number, or \"INF\", \"-INF\" or \"NaN\")";
const DECIMAL: &str = "a Decimal (a number)";
const INT16: &str = "an Int16 (a whole number from -32768 to 32767)";
const BYTE: &str = "a Byte (a whole number from 0 to 255)";
const SBYTE: &str = "an SByte (a whole number from -128 to 127)";

/// What a JSON value of `Edm.<name>` looks like.
fn expected_primitive(name: &str) -> Cow<'static, str> {
    match name {
        "String" => String::expected(),
        "Boolean" => bool::expected(),
        "Int32" => i32::expected(),
        "Int64" => i64::expected(),
        "Int16" => Cow::Borrowed(INT16),
        "Byte" => Cow::Borrowed(BYTE),
        "SByte" => Cow::Borrowed(SBYTE),
        "Double" => Cow::Borrowed(DOUBLE),
        "Single" => Cow::Borrowed(SINGLE),
        "Decimal" => Cow::Borrowed(DECIMAL),
        "DateTimeOffset" => DateTimeOffset::expected(),
        "Date" => Date::expected(),
        "TimeOfDay" => TimeOfDay::expected(),
        "Duration" => Duration::expected(),
        "Guid" => Guid::expected(),
        "Binary" => Binary::expected(),
        other => Cow::Owned(format!("an Edm.{other} value")),
    }
}

/// Checks a value (not `null`) of `Edm.<name>`; types without a JSON form to check
/// (`Stream`, `Untyped`, geography, geometry) take anything.
fn check_primitive(
    name: &str,
    value: &Value,
    mode: Mode,
    path: &Path<'_>,
    problems: &mut Problems,
) {
    let in_range = |low: i64, high: i64| value.as_i64().is_some_and(|n| (low..=high).contains(&n));
    let fits = match name {
        "String" => return String::check_json(value, mode, path, problems),
        "Boolean" => return bool::check_json(value, mode, path, problems),
        "Int32" => return i32::check_json(value, mode, path, problems),
        "Int64" => return i64::check_json(value, mode, path, problems),
        "DateTimeOffset" => return DateTimeOffset::check_json(value, mode, path, problems),
        "Date" => return Date::check_json(value, mode, path, problems),
        "TimeOfDay" => return TimeOfDay::check_json(value, mode, path, problems),
        "Duration" => return Duration::check_json(value, mode, path, problems),
        "Guid" => return Guid::check_json(value, mode, path, problems),
        "Binary" => return Binary::check_json(value, mode, path, problems),
        "Int16" => in_range(-32_768, 32_767),
        "Byte" => in_range(0, 255),
        "SByte" => in_range(-128, 127),
        "Double" | "Single" => {
            value.is_number() || matches!(value.as_str(), Some("INF" | "-INF" | "NaN"))
        }
        "Decimal" => {
            value.is_number()
                || value
                    .as_str()
                    .is_some_and(|text| text.parse::<f64>().is_ok_and(f64::is_finite))
        }
        _ => true,
    };
    if !fits {
        problems.push(
            path,
            format!(
                "expected {}, found {}",
                expected_primitive(name),
                describe_json(value)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSDL: &str = r#"
        <EntityType Name="entity" Abstract="true">
          <Key><PropertyRef Name="id" /></Key>
          <Property Name="id" Type="Edm.String" Nullable="false" />
        </EntityType>
        <EntityType Name="shape" BaseType="graph.entity" Abstract="true">
          <Property Name="name" Type="Edm.String" />
          <Property Name="createdDateTime" Type="Edm.DateTimeOffset">
            <Annotation Term="Org.OData.Core.V1.Computed" Bool="true" />
          </Property>
          <Property Name="ownerId" Type="Edm.Guid" />
          <Property Name="color" Type="graph.color" Nullable="false" />
          <Property Name="tags" Type="Collection(Edm.String)" Nullable="false" />
          <Property Name="origin" Type="graph.point" />
          <Property Name="points" Type="Collection(graph.point)" />
          <NavigationProperty Name="owner" Type="graph.person" />
          <NavigationProperty Name="children" Type="Collection(graph.shape)" ContainsTarget="true" />
        </EntityType>
        <EntityType Name="circle" BaseType="graph.shape">
          <Property Name="radius" Type="Edm.Double" />
        </EntityType>
        <EntityType Name="square" BaseType="graph.shape">
          <Property Name="side" Type="Edm.Int32" />
        </EntityType>
        <EntityType Name="person" BaseType="graph.entity">
          <Property Name="displayName" Type="Edm.String" />
        </EntityType>
        <EntityType Name="note" BaseType="graph.entity" OpenType="true">
          <Property Name="text" Type="Edm.String" />
        </EntityType>
        <ComplexType Name="point">
          <Property Name="x" Type="Edm.Int32" Nullable="false" />
          <Property Name="y" Type="Edm.Int32" />
        </ComplexType>
        <ComplexType Name="labeledPoint" BaseType="graph.point">
          <Property Name="label" Type="Edm.String" />
        </ComplexType>
        <ComplexType Name="setting" Abstract="true">
          <Property Name="name" Type="Edm.String" />
        </ComplexType>
        <ComplexType Name="intSetting" BaseType="graph.setting">
          <Property Name="value" Type="Edm.Int32" />
        </ComplexType>
        <EnumType Name="color">
          <Member Name="red" Value="0" /><Member Name="green" Value="1" /><Member Name="blue" Value="2" />
        </EnumType>
        <EnumType Name="sides" IsFlags="true">
          <Member Name="top" Value="1" /><Member Name="left" Value="2" /><Member Name="right" Value="4" />
        </EnumType>
        <EntityType Name="sample" BaseType="graph.entity">
          <Property Name="s" Type="Edm.String" />
          <Property Name="b" Type="Edm.Boolean" />
          <Property Name="i16" Type="Edm.Int16" />
          <Property Name="i32" Type="Edm.Int32" />
          <Property Name="i64" Type="Edm.Int64" />
          <Property Name="byte" Type="Edm.Byte" />
          <Property Name="sbyte" Type="Edm.SByte" />
          <Property Name="d" Type="Edm.Double" />
          <Property Name="f" Type="Edm.Single" />
          <Property Name="m" Type="Edm.Decimal" />
          <Property Name="dto" Type="Edm.DateTimeOffset" />
          <Property Name="date" Type="Edm.Date" />
          <Property Name="tod" Type="Edm.TimeOfDay" />
          <Property Name="dur" Type="Edm.Duration" />
          <Property Name="guid" Type="Edm.Guid" />
          <Property Name="bin" Type="Edm.Binary" />
          <Property Name="stream" Type="Edm.Stream" />
          <Property Name="untyped" Type="Edm.Untyped" />
          <Property Name="geo" Type="Edm.GeographyPoint" />
          <Property Name="sides" Type="graph.sides" />
          <Property Name="settings" Type="Collection(graph.setting)" />
          <Property Name="elsewhere" Type="other.undefinedType" />
        </EntityType>
        <EntityType Name="account" BaseType="graph.entity">
          <Property Name="tenantId" Type="Edm.String">
            <Annotation Term="Org.OData.Core.V1.Immutable" Bool="true" />
          </Property>
          <Property Name="balance" Type="Edm.Int64" Nullable="false" />
        </EntityType>
    "#;

    fn schema() -> Schema {
        Schema::parse(CSDL).expect("the test schema reads")
    }

    fn problems(entity: &str, mode: Mode, json: &str) -> Vec<String> {
        match schema().validate_json(entity, mode, json.as_bytes()) {
            Ok(()) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    fn valid(entity: &str, mode: Mode, json: &str) {
        assert_eq!(problems(entity, mode, json), Vec::<String>::new(), "{json}");
    }

    #[test]
    fn every_primitive_takes_its_json_form() {
        let body = r##"{
            "s": "text", "b": true, "i16": -32768, "i32": 2147483647, "i64": 9007199254740993,
            "byte": 255, "sbyte": -128, "d": 1.5, "f": "INF", "m": 10.0,
            "dto": "2017-01-01T00:03:07.1589002-08:00", "date": "2024-02-29", "tod": "14:30:00",
            "dur": "P1DT2H30M", "guid": "8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde", "bin": "AQID",
            "stream": {"anything": [1]}, "untyped": [1, "a"], "geo": {"type": "Point"},
            "elsewhere": 42
        }"##;
        for mode in [Mode::Create, Mode::Update, Mode::Read] {
            valid("sample", mode, body);
        }
        valid(
            "sample",
            Mode::Create,
            r##"{"d": "-INF", "f": "NaN", "m": "12.50"}"##,
        );
    }

    #[test]
    fn primitives_name_the_path_and_the_expected_form() {
        assert_eq!(
            problems(
                "sample",
                Mode::Read,
                r##"{"s": 1, "b": "true", "i16": 40000, "i32": 1.5, "byte": -1, "sbyte": 128,
                    "d": "1.5", "m": "x", "dto": "String (timestamp)", "date": "2023-02-29",
                    "tod": "25:00:00", "dur": "1 day", "guid": "42", "bin": 7}"##
            ),
            [
                "b: expected a Boolean (true or false), found the string \"true\"",
                "bin: expected a Binary (base64, such as \"AQID\"), found the number 7",
                "byte: expected a Byte (a whole number from 0 to 255), found the number -1",
                "d: expected a Double (a number, or \"INF\", \"-INF\" or \"NaN\"), found the string \"1.5\"",
                "date: invalid Date \"2023-02-29\" (no such day in that month), expected YYYY-MM-DD such as \"2024-02-29\"",
                "dto: invalid DateTimeOffset \"String (timestamp)\", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"",
                "dur: invalid Duration \"1 day\", expected ISO 8601 days, hours, minutes and seconds such as \"P1DT2H30M\" or \"PT0.5S\"",
                "guid: invalid Guid \"42\", expected 32 hexadecimal digits grouped 8-4-4-4-12, such as \"8e1b5ac4-5e30-4d66-b7c4-ab5f0c8d2cde\"",
                "i16: expected an Int16 (a whole number from -32768 to 32767), found the number 40000",
                "i32: expected an Int32 (a whole number from -2147483648 to 2147483647), found the number 1.5",
                "m: expected a Decimal (a number), found the string \"x\"",
                "s: expected a String, found the number 1",
                "sbyte: expected an SByte (a whole number from -128 to 127), found the number 128",
                "tod: invalid TimeOfDay \"25:00:00\" (hours run to 23, minutes and seconds to 59), expected hh:mm, hh:mm:ss or hh:mm:ss.fffffff such as \"14:30:00\"",
            ]
        );
    }

    #[test]
    fn enum_members_match_without_regard_to_case_and_flags_take_commas() {
        valid(
            "circle",
            Mode::Create,
            r##"{"@odata.type": "#microsoft.graph.circle", "color": "Red"}"##,
        );
        valid("sample", Mode::Create, r##"{"sides": "top,Left, right"}"##);
        valid("sample", Mode::Create, r##"{"sides": ""}"##);
        assert_eq!(
            problems("circle", Mode::Create, r##"{"@odata.type": "#microsoft.graph.circle", "color": "gren"}"##),
            ["color: \"gren\" is not a known color member: did you mean \"green\"? expected one of: red, green, blue"]
        );
        assert_eq!(
            problems("sample", Mode::Update, r##"{"sides": "top,bottom"}"##),
            ["sides: \"bottom\" is not a known sides member: expected one of: top, left, right"]
        );
        // A read keeps members Graph adds later; a number is never a member.
        valid("circle", Mode::Read, r##"{"color": "ultraviolet"}"##);
        assert_eq!(
            problems("circle", Mode::Read, r##"{"color": 1, "sides": 2}"##),
            ["color: expected a member of color (a string), found the number 1"]
        );
        assert_eq!(
            problems("sample", Mode::Read, r##"{"sides": 2}"##),
            ["sides: expected sides members separated by commas (a string such as \"top,left\"), found the number 2"]
        );
    }

    #[test]
    fn complex_values_and_collections_are_checked_at_any_depth() {
        assert_eq!(
            problems(
                "circle",
                Mode::Create,
                r##"{"@odata.type": "#microsoft.graph.circle", "origin": {"x": "1"},
                    "points": [{"x": 1}, 5, {"x": 2, "y": true}], "tags": ["a", 2, null]}"##
            ),
            [
                "origin.x: expected an Int32 (a whole number from -2147483648 to 2147483647), found the string \"1\"",
                "points[1]: expected a microsoft.graph.point object, found the number 5",
                "points[2].y: expected an Int32 (a whole number from -2147483648 to 2147483647), found true",
                "tags[1]: expected a String, found the number 2",
                "tags[2]: expected a String, found null",
            ]
        );
        assert_eq!(
            problems("circle", Mode::Read, r##"{"tags": "a", "points": {"x": 1}}"##),
            [
                "points: expected a JSON array (a collection), each element a microsoft.graph.point object, found an object",
                "tags: expected a JSON array (a collection), each element a String, found the string \"a\"",
            ]
        );
        assert_eq!(
            problems("circle", Mode::Create, "[1]"),
            ["$: expected a microsoft.graph.circle object, found an array of 1 elements"]
        );
    }

    #[test]
    fn derived_types_are_checked_as_the_type_they_name() {
        // `radius` is a circle's: the value is checked as a circle, whatever the spelling.
        for tag in [
            "#microsoft.graph.circle",
            "microsoft.graph.circle",
            "#Microsoft.Graph.circle",
        ] {
            let body = format!(r##"{{"@odata.type": "{tag}", "radius": 2.5}}"##);
            valid("shape", Mode::Create, &body);
        }
        assert_eq!(
            problems("shape", Mode::Read, r##"{"@odata.type": "#microsoft.graph.square", "side": "2"}"##),
            ["side: expected an Int32 (a whole number from -2147483648 to 2147483647), found the string \"2\""]
        );
        // Complex values too, at any depth, and through `name@odata.type` annotations.
        assert_eq!(
            problems(
                "circle",
                Mode::Create,
                r##"{"origin": {"@odata.type": "#microsoft.graph.labeledPoint", "x": 1, "label": 2},
                    "points@odata.type": "#Collection(microsoft.graph.labeledPoint)",
                    "points": [{"x": 1, "label": 3}]}"##
            ),
            [
                "origin.label: expected a String, found the number 2",
                "points[0].label: expected a String, found the number 3",
            ]
        );
    }

    #[test]
    fn unknown_types_are_refused_in_writes_and_kept_in_reads() {
        assert_eq!(
            problems("shape", Mode::Create, r##"{"@odata.type": "#microsoft.graph.cirle"}"##),
            ["[\"@odata.type\"]: @odata.type \"#microsoft.graph.cirle\" is not a type of the schema; expected \"#microsoft.graph.shape\" or a type derived from it: did you mean \"#microsoft.graph.circle\"?"]
        );
        valid(
            "circle",
            Mode::Read,
            r##"{"@odata.type": "#microsoft.graph.ellipse", "radius": 1}"##,
        );
        // A type the schema defines but that is not derived from the declared one: always.
        let unrelated = "[\"@odata.type\"]: @odata.type is \"#microsoft.graph.person\", expected \"#microsoft.graph.circle\" or a type derived from it (a different type cannot be read as microsoft.graph.circle)";
        for mode in [Mode::Read, Mode::Update] {
            assert_eq!(
                problems(
                    "circle",
                    mode,
                    r##"{"@odata.type": "#microsoft.graph.person"}"##
                ),
                [unrelated]
            );
        }
        assert_eq!(
            problems("circle", Mode::Read, r##"{"@odata.type": 3}"##),
            ["[\"@odata.type\"]: expected the name of microsoft.graph.circle or a type derived from it (a string such as \"#microsoft.graph.circle\"), found the number 3"]
        );
        assert_eq!(
            problems("circle", Mode::Update, r##"{"origin@odata.type": "#microsoft.graph.person"}"##),
            ["[\"origin@odata.type\"]: @odata.type is \"#microsoft.graph.person\", expected \"#microsoft.graph.point\" or a type derived from it (a different type cannot be read as microsoft.graph.point)"]
        );
    }

    #[test]
    fn abstract_types_are_not_created() {
        assert_eq!(
            problems("shape", Mode::Create, r##"{"name": "x"}"##),
            ["$: missing @odata.type: microsoft.graph.shape is abstract, so a create payload names the concrete type to create, one of: #microsoft.graph.circle, #microsoft.graph.square"]
        );
        assert_eq!(
            problems("shape", Mode::Create, r##"{"@odata.type": "#microsoft.graph.shape"}"##),
            ["[\"@odata.type\"]: microsoft.graph.shape is abstract and cannot be created: name the concrete type to create, one of: #microsoft.graph.circle, #microsoft.graph.square"]
        );
        assert_eq!(
            problems("sample", Mode::Create, r##"{"settings": [{"name": "a"}, {"@odata.type": "#microsoft.graph.intSetting", "value": 1}]}"##),
            ["settings[0]: missing @odata.type: microsoft.graph.setting is abstract, so a create payload names the concrete type to create, one of: #microsoft.graph.intSetting"]
        );
        // An update changes an entity that exists, and a read takes what Graph has.
        valid("shape", Mode::Update, r##"{"name": "x"}"##);
        valid(
            "shape",
            Mode::Read,
            r##"{"@odata.type": "#microsoft.graph.shape"}"##,
        );
        // Complex values inside an update are whole values: created with it.
        assert_eq!(
            problems("sample", Mode::Update, r##"{"settings": [{"name": "a"}]}"##).len(),
            1
        );
    }

    #[test]
    fn unknown_properties_are_refused_when_they_are_slips_of_declared_ones() {
        assert_eq!(
            problems("person", Mode::Create, r##"{"displayname": "a", "DisplayNam": "b", "mood": "c"}"##),
            [
                "DisplayNam: unknown property of microsoft.graph.person: did you mean \"displayName\"?",
                "displayname: unknown property of microsoft.graph.person: did you mean \"displayName\"?",
            ]
        );
        // Open types, reads, annotations and instance annotations take anything.
        valid("note", Mode::Create, r##"{"text": "a", "txet": 1}"##);
        valid("person", Mode::Read, r##"{"displayname": "a"}"##);
        valid(
            "person",
            Mode::Create,
            r##"{"displayName@odata.etag": "x", "@microsoft.graph.conflictBehavior": "rename", "manager@odata.bind": "https://graph.microsoft.com/v1.0/users/1"}"##,
        );
    }

    #[test]
    fn navigation_properties_take_nested_entities_in_the_same_mode() {
        valid(
            "circle",
            Mode::Create,
            r##"{"owner": {"id": "1"}, "children": [{"@odata.type": "#microsoft.graph.square", "side": 2}, "not checked"]}"##,
        );
        assert_eq!(
            problems(
                "circle",
                Mode::Create,
                r##"{"owner": {"displayName": 5}, "children": [{"name": "no type"}]}"##
            ),
            [
                "children[0]: missing @odata.type: microsoft.graph.shape is abstract, so a create payload names the concrete type to create, one of: #microsoft.graph.circle, #microsoft.graph.square",
                "owner.displayName: expected a String, found the number 5",
            ]
        );
        // A nested entity may name its key (a reference) even in an update.
        valid("circle", Mode::Update, r##"{"owner": {"id": "1"}}"##);
    }

    #[test]
    fn read_only_properties_are_refused_in_updates_only() {
        let body = r##"{"id": "1", "createdDateTime": "2024-01-01T00:00:00Z", "tenantId": "t"}"##;
        valid("account", Mode::Create, body);
        valid("account", Mode::Read, body);
        let circle = r##"{"id": "1", "createdDateTime": "2024-01-01T00:00:00Z"}"##;
        valid("circle", Mode::Create, circle);
        assert_eq!(
            problems("circle", Mode::Update, circle),
            [
                "createdDateTime: read-only property (Core.Computed): Graph sets it, so leave it out of update payloads",
                "id: the key of microsoft.graph.circle: it names the entity in the request URL and cannot be changed, so leave it out of update payloads",
            ]
        );
        assert_eq!(
            problems("account", Mode::Update, r##"{"tenantId": "t"}"##),
            ["tenantId: immutable property: set when the microsoft.graph.account is created and never changed, so leave it out of update payloads"]
        );
    }

    #[test]
    fn non_nullable_properties_refuse_null_in_writes_and_are_not_required() {
        valid("account", Mode::Create, "{}");
        valid("account", Mode::Read, r##"{"balance": null}"##);
        for mode in [Mode::Create, Mode::Update] {
            assert_eq!(
                problems("account", mode, r##"{"balance": null}"##),
                ["balance: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected an Int64 (a whole number))"]
            );
        }
        valid(
            "circle",
            Mode::Update,
            r##"{"ownerId": null, "origin": null}"##,
        );
        assert_eq!(
            problems("circle", Mode::Update, r##"{"tags": null, "origin": {"x": null}}"##),
            [
                "origin.x: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected an Int32 (a whole number from -2147483648 to 2147483647))",
                "tags: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected a JSON array (a collection), each element a String)",
            ]
        );
    }

    #[test]
    fn bad_json_and_unknown_types_are_one_problem_at_the_root() {
        assert_eq!(
            problems("circle", Mode::Create, r##"{"radius": "##),
            ["$: invalid JSON: EOF while parsing a value at line 1 column 11"]
        );
        assert_eq!(
            problems("circl", Mode::Create, "{}"),
            ["$: no entity or complex type \"circl\" in the schema: did you mean \"circle\"?"]
        );
        assert_eq!(
            problems("color", Mode::Create, "{}"),
            ["$: no entity or complex type \"color\" in the schema: name one it defines, such as \"user\" or \"microsoft.graph.user\""]
        );
        // Complex types are roots too.
        valid("point", Mode::Create, r##"{"x": 1}"##);
    }

    #[test]
    fn large_bodies_are_checked_in_one_pass() {
        let child = r##"{"@odata.type": "#microsoft.graph.square", "side": 1, "color": "Blue", "sidee": 2}"##;
        let body = format!(r#"{{"children": [{}]}}"#, vec![child; 20_000].join(","));
        let found = problems("circle", Mode::Create, &body);
        assert_eq!(found.len(), 20_000);
        assert_eq!(
            found.last().map(String::as_str),
            Some("children[19999].sidee: unknown property of microsoft.graph.square: did you mean \"side\"?")
        );
    }

    #[test]
    fn one_validator_checks_many_bodies() {
        let schema = schema();
        let validator = schema.validator();
        for _ in 0..3 {
            assert!(validator
                .validate_json("circle", Mode::Create, br##"{"radius": 1}"##)
                .is_ok());
            assert!(validator
                .validate_json("circle", Mode::Create, br##"{"radius": true}"##)
                .is_err());
        }
    }
}
