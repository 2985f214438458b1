//! The check: a model's [`SchemaType`] against a [`Schema`], every type it reaches.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;

use graph_entity_core::naming::{default_json_name, field_name, type_name, variant_name};

use super::naming::{model_primitive, rust_type};
use super::{
    EnumType, NavigationProperty, Property, Schema, StructuredType, TypeDefinition, TypeRef,
};
use crate::model::object::PropertyInfo;
use crate::model::schema::SchemaType;
use graph_entity_core::suggest::closest;

/// What kind of difference a [`Difference`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DifferenceKind {
    /// The model's type is not in the schema: a wrong `@odata.type`, or a wrong enumeration
    /// name.
    TypeName,
    /// The model lacks every property of a base type (`id` of `microsoft.graph.entity`).
    BaseType,
    /// One is open (`OpenType="true"`) and the other is not.
    OpenType,
    /// The schema has a property the model lacks.
    MissingProperty,
    /// The model has a property the schema lacks.
    ExtraProperty,
    /// A property's JSON name differs from the schema's only by letter case.
    NameCase,
    /// A property's type differs: Edm type, enumeration or not, collection or not, flags or
    /// not, or another object type.
    TypeMismatch,
    /// The schema says `Nullable="false"` and the model lets the property be sent as `null`.
    Nullability,
    /// The key, a computed property or an immutable one (`Core.Immutable`) is neither
    /// `read_only` nor `immutable` in the model, so an update may send it.
    ReadOnly,
    /// The schema has an enumeration member the model lacks.
    MissingMember,
    /// The model has an enumeration member the schema lacks (misspelled, or stale).
    ExtraMember,
    /// An enumeration member differs from the schema's only by letter case.
    MemberCase,
    /// The CSDL text lacks a type the model reaches, so that part could not be checked.
    SchemaIncomplete,
    /// The model holds a plain struct where the schema's type has derived types: reading would
    /// refuse a value of a derived type, which Graph sends there.
    DerivedTypes,
}

/// One difference between a model and the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Difference {
    /// What kind of difference.
    pub kind: DifferenceKind,
    /// The qualified schema type it is in (`microsoft.graph.remoteActionAudit`).
    pub type_name: String,
    /// The property's JSON name or the member's name, if it is about one.
    pub member: Option<String>,
    /// What differs, and how to fix the model.
    pub message: String,
}

impl Difference {
    fn new(kind: DifferenceKind, type_name: &str, member: Option<&str>, message: String) -> Self {
        Difference {
            kind,
            type_name: type_name.to_owned(),
            member: member.map(str::to_owned),
            message,
        }
    }

    /// Whether it is about `member` (a property or enum member; `None` for the type itself)
    /// of the type `type_name`, qualified (`microsoft.graph.remoteActionAudit`) or not.
    pub fn is_about(&self, type_name: &str, member: Option<&str>) -> bool {
        let bare = self.type_name.rsplit('.').next().unwrap_or(&self.type_name);
        (self.type_name == type_name || bare == type_name) && self.member.as_deref() == member
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.member {
            Some(member) => write!(f, "{}.{member}: {}", self.type_name, self.message),
            None => write!(f, "{}: {}", self.type_name, self.message),
        }
    }
}

/// Every difference between a model and the schema, in the order found: the model's own
/// type first, then the types it reaches. Displayed one per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Differences(Vec<Difference>);

/// The differences, as a slice: `is_empty()` when the model is true to the schema.
impl std::ops::Deref for Differences {
    type Target = [Difference];

    fn deref(&self) -> &[Difference] {
        &self.0
    }
}

impl Differences {
    /// Without the differences about `member` of `type_name` (see [`Difference::is_about`]):
    /// for a deliberate, documented deviation, such as a property Graph's pages document and
    /// its schema lacks.
    pub fn ignoring(mut self, type_name: &str, member: Option<&str>) -> Self {
        self.0
            .retain(|difference| !difference.is_about(type_name, member));
        self
    }
}

impl fmt::Display for Differences {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for difference in &self.0 {
            writeln!(f, "{difference}")?;
        }
        Ok(())
    }
}

impl IntoIterator for Differences {
    type Item = Difference;
    type IntoIter = std::vec::IntoIter<Difference>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Differences {
    type Item = &'a Difference;
    type IntoIter = std::slice::Iter<'a, Difference>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A model object type, from its [`SchemaType::Object`].
#[derive(Clone, Copy)]
struct ModelObject {
    odata_type: &'static str,
    open: bool,
    properties: &'static [PropertyInfo],
}

/// A model enumeration, from its [`SchemaType::Enum`] or [`SchemaType::Flags`].
#[derive(Clone, Copy)]
struct ModelEnum {
    name: &'static str,
    members: &'static [&'static str],
}

enum Pending<'s> {
    Object(&'s StructuredType, ModelObject),
    Enum(&'s EnumType, ModelEnum),
}

/// What a property check is about, for messages.
struct Site<'a> {
    type_name: &'a str,
    property: &'a str,
    field: &'a str,
}

pub(super) fn check(schema: &Schema, shape: SchemaType) -> Differences {
    let mut checker = Checker {
        schema,
        found: Vec::new(),
        objects: HashSet::new(),
        enums: HashSet::new(),
        incomplete: HashSet::new(),
        pending: VecDeque::new(),
    };
    checker.root(shape);
    while let Some(next) = checker.pending.pop_front() {
        match next {
            Pending::Object(definition, model) => checker.object(definition, model),
            Pending::Enum(definition, model) => checker.enumeration(definition, model),
        }
    }
    Differences(checker.found)
}

struct Checker<'s> {
    schema: &'s Schema,
    found: Vec<Difference>,
    /// Model object types queued, by `@odata.type`.
    objects: HashSet<&'static str>,
    /// Schema enumerations queued, by qualified name.
    enums: HashSet<String>,
    /// Types reported missing from the CSDL, by qualified name.
    incomplete: HashSet<String>,
    pending: VecDeque<Pending<'s>>,
}

impl<'s> Checker<'s> {
    fn push(
        &mut self,
        kind: DifferenceKind,
        type_name: &str,
        member: Option<&str>,
        message: String,
    ) {
        self.found
            .push(Difference::new(kind, type_name, member, message));
    }

    fn queue_object(&mut self, definition: &'s StructuredType, model: ModelObject) {
        if self.objects.insert(model.odata_type) {
            self.pending.push_back(Pending::Object(definition, model));
        }
    }

    fn queue_enum(&mut self, definition: &'s EnumType, model: ModelEnum) {
        if self.enums.insert(definition.qualified_name()) {
            self.pending.push_back(Pending::Enum(definition, model));
        }
    }

    /// The model's own type: it must be in the schema.
    fn root(&mut self, shape: SchemaType) {
        match element(shape) {
            SchemaType::Object {
                odata_type,
                open,
                properties,
            } => {
                let model = ModelObject {
                    odata_type,
                    open,
                    properties,
                };
                let exact = self
                    .schema
                    .structured_type(odata_type)
                    .filter(|definition| definition.qualified_name() == odata_type);
                if let Some(definition) = exact {
                    self.queue_object(definition, model);
                    return;
                }
                let names: Vec<String> = self
                    .schema
                    .types()
                    .filter(|definition| matches!(definition, TypeDefinition::Structured(_)))
                    .map(TypeDefinition::qualified_name)
                    .collect();
                let suggestion = closest(odata_type, names.iter().map(String::as_str));
                let hint = suggestion.map_or_else(
                    || ": ".to_owned(),
                    |name| format!("; did you mean `{name}`? "),
                );
                self.push(
                    DifferenceKind::TypeName,
                    odata_type,
                    None,
                    format!("the model's @odata.type is not a type of the schema{hint}fix the struct's name, or its `odata_type = \"…\"`"),
                );
                // Go on against the likely type, so one slip does not hide the rest.
                if let Some(definition) =
                    suggestion.and_then(|name| self.schema.structured_type(name))
                {
                    self.queue_object(definition, model);
                }
            }
            SchemaType::Enum { name, members } | SchemaType::Flags { name, members } => {
                let model = ModelEnum { name, members };
                let flags = matches!(element(shape), SchemaType::Flags { .. });
                let definition = self.schema.enum_type(name).or_else(|| {
                    let names: Vec<&str> = self
                        .schema
                        .types()
                        .filter_map(|definition| match definition {
                            TypeDefinition::Enum(enumeration) => Some(enumeration.name.as_str()),
                            TypeDefinition::Structured(_) => None,
                        })
                        .collect();
                    let suggestion = closest(name, names.into_iter());
                    let hint = suggestion
                        .map_or_else(|| ": ".to_owned(), |name| format!("; did you mean `{name}`? "));
                    self.push(
                        DifferenceKind::TypeName,
                        name,
                        None,
                        format!("the model's enumeration is not in the schema{hint}fix the enum's name, or its `#[graph_enum(name = \"…\")]`"),
                    );
                    suggestion.and_then(|name| self.schema.enum_type(name))
                });
                if let Some(definition) = definition {
                    if definition.is_flags != flags {
                        let message = flags_message(definition);
                        self.push(
                            DifferenceKind::TypeMismatch,
                            &definition.qualified_name(),
                            None,
                            message,
                        );
                    }
                    self.queue_enum(definition, model);
                }
            }
            // Each derived type must be in the schema, as a model of its own.
            SchemaType::Polymorphic { derived, .. } => {
                for shape in derived {
                    self.root(shape());
                }
            }
            SchemaType::Primitive(_) | SchemaType::Collection(_) => {}
        }
    }

    fn object(&mut self, definition: &'s StructuredType, model: ModelObject) {
        let schema = self.schema;
        let type_name = definition.qualified_name();
        if let Some(base) = schema.undefined_base_type(definition) {
            let base = base.to_owned();
            if self.incomplete.insert(base.clone()) {
                self.push(
                    DifferenceKind::SchemaIncomplete,
                    &type_name,
                    None,
                    format!("its base type `{base}` is not in the CSDL text, so the properties it inherits are not checked: include the base type's definition"),
                );
            }
        }
        let open = schema.is_open(definition);
        if open != model.open {
            let message = if open {
                "the schema says OpenType=\"true\" (payloads may carry any other property) but the model is closed and refuses them: add `open` to its container attribute"
            } else {
                "the model is open but the schema's type is closed, so Graph refuses properties the model lets through: remove `open` from its container attribute"
            };
            self.push(
                DifferenceKind::OpenType,
                &type_name,
                None,
                message.to_owned(),
            );
        }

        // The model's properties by JSON name, exact and lowercased: lookups stay linear in
        // properties however many there are.
        let mut exact_names: HashMap<&str, usize> = HashMap::new();
        let mut folded_names: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, info) in model.properties.iter().enumerate() {
            exact_names.entry(info.json_name()).or_insert(index);
            folded_names
                .entry(info.json_name().to_ascii_lowercase())
                .or_default()
                .push(index);
        }
        let has = |name: &str| folded_names.contains_key(&name.to_ascii_lowercase());
        let chain = schema.base_types(definition);
        // Each base's key (its own, or the nearest further base's), farthest first: one walk.
        let mut keys: Vec<&[String]> = Vec::with_capacity(chain.len());
        let mut inherited_key: &[String] = &[];
        for base in chain.iter().rev() {
            if !base.key.is_empty() {
                inherited_key = &base.key;
            }
            keys.push(inherited_key);
        }
        keys.reverse();
        let mut bases_absent: HashSet<String> = HashSet::new();
        for (base, key) in chain.iter().zip(keys) {
            if base.properties.is_empty() || base.properties.iter().any(|p| has(&p.name)) {
                continue;
            }
            let base_name = base.qualified_name();
            let fields: Vec<String> = base
                .properties
                .iter()
                .filter_map(|property| field_hint(schema, property, key.contains(&property.name)))
                .collect();
            self.push(
                DifferenceKind::BaseType,
                &type_name,
                None,
                format!(
                    "the schema derives it from `{base_name}`, whose properties the model lacks: a model is flat, so declare them too: {}",
                    fields.join(", ")
                ),
            );
            bases_absent.insert(base_name);
        }

        let key = schema.key(definition);
        let mut matched: HashSet<usize> = HashSet::new();
        let mut unmatched_schema: Vec<&str> = Vec::new();
        for (declaring, property) in schema.all_properties(definition) {
            let exact = exact_names.get(property.name.as_str()).copied();
            let found = exact.or_else(|| {
                folded_names
                    .get(&property.name.to_ascii_lowercase())?
                    .iter()
                    .copied()
                    .find(|index| !matched.contains(index))
            });
            let Some((index, info)) =
                found.and_then(|index| Some((index, model.properties.get(index)?)))
            else {
                unmatched_schema.push(&property.name);
                let is_key = key.contains(&property.name);
                let declared_here = std::ptr::eq(declaring, definition);
                if bases_absent.contains(&declaring.qualified_name()) {
                    continue;
                }
                // A type without a Rust type (Edm.Stream) is kept in `extra`: not a difference.
                let Some(field) = field_hint(schema, property, is_key) else {
                    continue;
                };
                let inherited = if declared_here {
                    String::new()
                } else {
                    format!(" (inherited from `{}`)", declaring.qualified_name())
                };
                self.push(
                    DifferenceKind::MissingProperty,
                    &type_name,
                    Some(&property.name),
                    format!("the schema has this property{inherited} and the model does not: add {field}"),
                );
                continue;
            };
            matched.insert(index);
            if exact.is_none() {
                self.push(
                    DifferenceKind::NameCase,
                    &type_name,
                    Some(&property.name),
                    format!(
                        "the model's JSON name is `{}`, which differs in letter case, and Graph's names are case-sensitive: add #[graph(rename = \"{}\")] to field `{}`",
                        info.json_name(),
                        property.name,
                        info.rust_name()
                    ),
                );
            }
            let site = Site {
                type_name: &type_name,
                property: &property.name,
                field: info.rust_name(),
            };
            self.property(&site, property, info, key.contains(&property.name));
        }

        let navigation: HashMap<&str, &NavigationProperty> = schema
            .all_navigation_properties(definition)
            .into_iter()
            .map(|nav| (nav.name.as_str(), nav))
            .collect();
        for (index, info) in model.properties.iter().enumerate() {
            if matched.contains(&index) {
                continue;
            }
            let site = Site {
                type_name: &type_name,
                property: info.json_name(),
                field: info.rust_name(),
            };
            // An expanded relationship: only its type can be compared.
            if let Some(nav) = navigation.get(info.json_name()) {
                self.compare_type(&site, &nav.type_ref, info.schema());
                continue;
            }
            let hint = closest(info.json_name(), unmatched_schema.iter().copied()).map_or_else(
                || ": ".to_owned(),
                |name| format!("; did you mean `{name}`? "),
            );
            self.push(
                DifferenceKind::ExtraProperty,
                &type_name,
                Some(info.json_name()),
                format!(
                    "the model has this property (field `{}`) and the schema does not{hint}fix the name (or its `rename`), or remove the field",
                    info.rust_name()
                ),
            );
        }
    }

    fn property(
        &mut self,
        site: &Site<'_>,
        property: &Property,
        info: &PropertyInfo,
        is_key: bool,
    ) {
        // The key is never changed: read-only, or immutable where a create may name it (a
        // client-chosen id, or a deep insert naming an existing entity by its id).
        if is_key && !property.computed && !info.is_read_only() && !info.is_immutable() {
            self.push(
                DifferenceKind::ReadOnly,
                site.type_name,
                Some(site.property),
                format!(
                    "it is the schema's key, which never changes, but the model lets updates send it: mark field `{}` #[graph(immutable)] (a create may name it, as a deep insert naming an existing entity does), or #[graph(read_only)]",
                    site.field
                ),
            );
        } else if property.computed && !info.is_read_only() && !info.is_immutable() {
            self.push(
                DifferenceKind::ReadOnly,
                site.type_name,
                Some(site.property),
                format!(
                    "the schema marks it computed: Graph sets it, but the model lets updates send it: mark field `{}` #[graph(immutable)] (Graph's documented creates send some computed properties), or #[graph(read_only)]",
                    site.field
                ),
            );
        } else if property.immutable && !info.is_read_only() && !info.is_immutable() {
            self.push(
                DifferenceKind::ReadOnly,
                site.type_name,
                Some(site.property),
                format!(
                    "the schema marks it immutable (Core.Immutable): set on create, never changed, but the model lets updates send it: mark field `{}` #[graph(immutable)]",
                    site.field
                ),
            );
        }
        // A key or computed property is read-only; nullability is beside the point then.
        let sent = !(is_key || property.computed || info.is_read_only());
        if !property.nullable && info.is_nullable() && sent {
            // Nullable="false" says the value is never null, not that a create must carry it.
            let fix = if property.type_ref.collection {
                "(a collection is never null; the attribute forbids null elements)"
            } else {
                "(never sent as null; Nullable=\"false\" does not make it required on create)"
            };
            let mark = "#[graph(non_nullable)] ";
            self.push(
                DifferenceKind::Nullability,
                site.type_name,
                Some(site.property),
                format!(
                    "the schema says Nullable=\"false\" but the model lets it be sent as null: mark field `{}` {mark}{fix}",
                    site.field
                ),
            );
        }
        self.compare_type(site, &property.type_ref, info.schema());
    }

    fn mismatch(&mut self, site: &Site<'_>, type_ref: &TypeRef, shape: SchemaType, advice: String) {
        self.push(
            DifferenceKind::TypeMismatch,
            site.type_name,
            Some(site.property),
            format!(
                "the schema's type is `{type_ref}` but field `{}` holds {}: {advice}",
                site.field,
                describe(shape)
            ),
        );
    }

    fn use_instead(&self, type_ref: &TypeRef) -> String {
        match rust_type(self.schema, type_ref) {
            Some(rust) => format!("make it `Option<{rust}>`"),
            None => "Graph's value has no Rust type here and is kept in `extra`: remove the field"
                .to_owned(),
        }
    }

    fn compare_type(&mut self, site: &Site<'_>, type_ref: &TypeRef, shape: SchemaType) {
        let model_collection = matches!(shape, SchemaType::Collection(_));
        if type_ref.collection != model_collection {
            let advice = self.use_instead(type_ref);
            self.mismatch(site, type_ref, shape, advice);
            return;
        }
        let item = match shape {
            SchemaType::Collection(element) => element(),
            other => other,
        };
        if matches!(item, SchemaType::Collection(_)) {
            let advice = self.use_instead(type_ref);
            self.mismatch(site, type_ref, shape, advice);
            return;
        }
        if type_ref.is_primitive() {
            let fits = matches!(
                (model_primitive(&type_ref.name), item),
                (Some(expected), SchemaType::Primitive(found)) if expected == found
            );
            if !fits {
                let advice = self.use_instead(type_ref);
                self.mismatch(site, type_ref, shape, advice);
            }
            return;
        }
        let schema = self.schema;
        match (schema.find(&type_ref.name), item) {
            (None, _) => {
                if self.incomplete.insert(type_ref.name.clone()) {
                    self.push(
                        DifferenceKind::SchemaIncomplete,
                        site.type_name,
                        Some(site.property),
                        format!(
                            "its type `{}` is not in the CSDL text, so field `{}` is not compared with it: include the type's definition",
                            type_ref.name, site.field
                        ),
                    );
                }
            }
            (
                Some(TypeDefinition::Enum(definition)),
                SchemaType::Enum { name, members } | SchemaType::Flags { name, members },
            ) => {
                let flags = matches!(item, SchemaType::Flags { .. });
                if definition.is_flags != flags {
                    let advice = flags_message(definition);
                    self.mismatch(site, type_ref, shape, advice);
                }
                self.queue_enum(definition, ModelEnum { name, members });
            }
            (
                Some(TypeDefinition::Structured(definition)),
                SchemaType::Object {
                    odata_type,
                    open,
                    properties,
                },
            ) => {
                if definition.qualified_name() == odata_type {
                    let model = ModelObject {
                        odata_type,
                        open,
                        properties,
                    };
                    self.queue_object(definition, model);
                    let name = definition.qualified_name();
                    let derived = schema
                        .directly_derived_types(definition)
                        .first()
                        .map(|derived| derived.qualified_name());
                    if let Some(derived) = derived {
                        self.push(
                            DifferenceKind::DerivedTypes,
                            site.type_name,
                            Some(site.property),
                            format!(
                                "field `{}` holds a plain `{}`, which would refuse a derived type the schema declares (such as `{derived}`), and Graph sends them there: hold a #[derive(GraphPolymorphic)] enum of `{name}` and its derived types",
                                site.field, definition.name
                            ),
                        );
                    }
                } else {
                    let advice = self.use_instead(type_ref);
                    self.mismatch(site, type_ref, shape, advice);
                }
            }
            // A property of a base type holding any of its derived types: each derived type is
            // compared with its own definition.
            (
                Some(TypeDefinition::Structured(definition)),
                SchemaType::Polymorphic { base, derived },
            ) if definition.qualified_name() == base => {
                for shape in derived {
                    self.root(shape());
                }
            }
            (Some(_), _) => {
                let advice = self.use_instead(type_ref);
                self.mismatch(site, type_ref, shape, advice);
            }
        }
    }

    fn enumeration(&mut self, definition: &EnumType, model: ModelEnum) {
        let type_name = definition.qualified_name();
        if model.name != definition.name {
            self.push(
                DifferenceKind::TypeName,
                &type_name,
                None,
                format!(
                    "the model's enumeration is named `{}` (its GraphEnum::NAME, used in messages): name the enum `{}`, or set #[graph_enum(name = \"{}\")]",
                    model.name,
                    graph_entity_core::naming::type_name(&definition.name),
                    definition.name
                ),
            );
        }
        let mut exact_names: HashMap<&str, usize> = HashMap::new();
        let mut folded_names: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, name) in model.members.iter().enumerate() {
            exact_names.entry(name.as_ref()).or_insert(index);
            folded_names
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(index);
        }
        let mut matched: HashSet<usize> = HashSet::new();
        let mut unmatched_schema: Vec<&str> = Vec::new();
        for member in &definition.members {
            let exact = exact_names.get(member.name.as_str()).copied();
            let found = exact.or_else(|| {
                folded_names
                    .get(&member.name.to_ascii_lowercase())?
                    .iter()
                    .copied()
                    .find(|index| !matched.contains(index))
            });
            match (
                exact,
                found.and_then(|index| Some((index, model.members.get(index)?))),
            ) {
                (Some(index), _) => {
                    matched.insert(index);
                }
                (None, Some((index, written))) => {
                    matched.insert(index);
                    self.push(
                        DifferenceKind::MemberCase,
                        &type_name,
                        Some(&member.name),
                        format!(
                            "the model writes it `{written}`, which differs in letter case, and Graph's members are case-sensitive: add #[graph(rename = \"{}\")] to its variant",
                            member.name
                        ),
                    );
                }
                (None, None) => {
                    unmatched_schema.push(&member.name);
                    self.push(
                        DifferenceKind::MissingMember,
                        &type_name,
                        Some(&member.name),
                        format!(
                            "the schema has this member and the model does not: add a variant `{}`",
                            variant_name(&member.name)
                        ),
                    );
                }
            }
        }
        for (index, name) in model.members.iter().enumerate() {
            if matched.contains(&index) {
                continue;
            }
            let hint = closest(name, unmatched_schema.iter().copied()).map_or_else(
                || ": ".to_owned(),
                |member| format!("; did you mean `{member}`? "),
            );
            self.push(
                DifferenceKind::ExtraMember,
                &type_name,
                Some(name),
                format!("the model has this member and the schema does not{hint}Graph refuses it in payloads, so fix the variant's name (or its `rename`), or remove it"),
            );
        }
    }
}

/// `shape` with collections unwrapped.
fn element(shape: SchemaType) -> SchemaType {
    match shape {
        SchemaType::Collection(item) => element(item()),
        other => other,
    }
}

/// What a model type is, for messages.
fn describe(shape: SchemaType) -> String {
    match shape {
        SchemaType::Primitive(edm) => format!("`{edm}`"),
        SchemaType::Collection(item) => format!("a collection of {}", describe(item())),
        SchemaType::Object { odata_type, .. } => format!("`{odata_type}`"),
        SchemaType::Enum { name, .. } => format!("enumeration `{name}`"),
        SchemaType::Flags { name, .. } => format!("flags of enumeration `{name}`"),
        SchemaType::Polymorphic { base, .. } => format!("`{base}` or a type derived from it"),
    }
}

fn flags_message(definition: &EnumType) -> String {
    let rust = type_name(&definition.name);
    if definition.is_flags {
        format!("`{}` is a flags enumeration (IsFlags=\"true\"), whose values combine members (\"a,b\"): use `Flags<{rust}>`", definition.name)
    } else {
        format!("`{}` is not a flags enumeration: a value is one member, so use `{rust}`, not `Flags<{rust}>`", definition.name)
    }
}

/// The field a schema property needs, as code: `#[graph(read_only)] pub id: Option<String>`.
/// `None` for a type without a Rust type.
fn field_hint(schema: &Schema, property: &Property, is_key: bool) -> Option<String> {
    let rust = rust_type(schema, &property.type_ref)?;
    let field = field_name(&property.name);
    let mut options: Vec<String> = Vec::new();
    if property.computed {
        options.push("read_only".to_owned());
    } else if is_key || property.immutable {
        options.push("immutable".to_owned());
    } else if !property.nullable {
        options.push("non_nullable".to_owned());
    }
    if default_json_name(&field) != property.name {
        options.push(format!("rename = \"{}\"", property.name));
    }
    let attribute = if options.is_empty() {
        String::new()
    } else {
        format!("#[graph({})] ", options.join(", "))
    };
    Some(format!("`{attribute}pub {field}: Option<{rust}>`"))
}
