//! CSDL XML → [`Schema`]: whole documents, or fragments wrapped in a synthetic `<Schema>`.

use std::collections::{HashMap, HashSet};

use graph_entity_core::naming::{is_identifier, is_qualified_name};
use roxmltree::{Document, Node, ParsingOptions};

use super::{
    ContainerItem, CsdlError, EnumMember, EnumType, NavigationProperty, Property, Restrictions,
    Schema, StructuredKind, StructuredType, TypeDefinition, TypeRef,
};

const CORE: &str = "Org.OData.Core.V1";
const CAPABILITIES: &str = "Org.OData.Capabilities.V1";

/// Reads `text`; fragments get `namespace` and `alias`.
pub(super) fn parse(text: &str, namespace: &str, alias: &str) -> Result<Schema, CsdlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let valid = |name: &str| is_identifier(name) || is_qualified_name(name);
    if !valid(namespace) || !valid(alias) {
        return Err(CsdlError::new(
            format!("namespace {namespace:?} and alias {alias:?} must be dotted identifiers, such as \"microsoft.graph\" and \"graph\""),
            None,
        ));
    }
    match first_element_name(text) {
        None => Err(CsdlError::new(
            "no XML element found: expected a $metadata document or <EntityType>, <ComplexType> and <EnumType> elements",
            None,
        )),
        Some("Edmx" | "Schema") => {
            let document = read_xml(text, 0).map_err(|error| match error {
                XmlError::Csdl(error) => error,
                XmlError::Unclosed(tag) => CsdlError::new(format!("<{tag}> is not closed"), None),
            })?;
            Reader::new(&document, 0).document()
        }
        Some(_) => {
            let prefix = format!("<Schema Namespace=\"{namespace}\" Alias=\"{alias}\">");
            // The wrapper starts on line 1, so lines keep their numbers; only line 1's
            // columns move, by the prefix.
            let body = without_elisions(text);
            let wrapped = format!("{prefix}{body}\n</Schema>");
            let shift = u32::try_from(prefix.chars().count()).unwrap_or(0);
            let document = read_xml(&wrapped, shift).map_err(|error| match error {
                XmlError::Csdl(error) => error,
                // The synthetic </Schema> met an open element: the text ends inside it.
                XmlError::Unclosed(tag) => {
                    let line = body.split('\n').count();
                    let column = body.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
                    CsdlError::new(
                        format!("not well-formed XML: the text ends inside <{tag}>: close it with </{tag}>"),
                        Some((
                            u32::try_from(line).unwrap_or(u32::MAX),
                            u32::try_from(column).unwrap_or(u32::MAX),
                        )),
                    )
                }
            })?;
            let schema = Reader::new(&document, shift).document()?;
            if schema.types.is_empty() && schema.container.is_empty() {
                return Err(CsdlError::new(
                    "the text holds no <EntityType>, <ComplexType> or <EnumType>: nothing to read",
                    None,
                ));
            }
            Ok(schema)
        }
    }
}

/// The local name of the first element, skipping the XML declaration, comments and a DTD.
fn first_element_name(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        let start = rest.find('<')?;
        rest = rest.get(start..)?;
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.get(after.find("-->")? + 3..)?;
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            rest = rest.get(rest.find('>')? + 1..)?;
        } else {
            let name = rest.get(1..)?;
            let end = name
                .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .unwrap_or(name.len());
            let qualified = name.get(..end)?;
            return Some(qualified.rsplit(':').next().unwrap_or(qualified));
        }
    }
}

/// Fragments with elision lines (`...`) and XML declarations blanked, keeping every line.
fn without_elisions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let trimmed = line.trim();
        if trimmed == "..." || trimmed == "…" {
            continue;
        }
        if trimmed.starts_with("<?xml") {
            // Keep what follows the declaration on its line, if anything.
            if let Some(end) = line.find("?>") {
                out.push_str(line.get(end + 2..).unwrap_or_default());
            }
            continue;
        }
        out.push_str(line);
    }
    out
}

/// Why XML did not read.
enum XmlError {
    Csdl(CsdlError),
    /// Fragments only: the synthetic `</Schema>` closed this still open element.
    Unclosed(String),
}

/// Parses XML; with `shift` (fragments in a synthetic `<Schema>`), line 1's columns are
/// moved back by it.
fn read_xml(text: &str, shift: u32) -> Result<Document<'_>, XmlError> {
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).map_err(|error| {
        let position = error.pos();
        let position = Some(shifted(position.row, position.col, shift));
        // Fragments sit in a synthetic <Schema>: a message naming it would puzzle.
        if let roxmltree::Error::UnexpectedCloseTag(expected, actual, _) = &error {
            if shift > 0 && expected == "Schema" {
                return XmlError::Csdl(CsdlError::new(
                    format!("not well-formed XML: </{actual}> closes an element the text never opened; a fragment must hold whole elements"),
                    position,
                ));
            }
            if shift > 0 && actual == "Schema" {
                return XmlError::Unclosed(expected.clone());
            }
        }
        let mut message = error.to_string();
        // roxmltree ends its message with " at LINE:COLUMN"; ours says it first.
        if let Some((head, tail)) = message.rsplit_once(" at ") {
            if tail.split(':').all(|part| part.parse::<u32>().is_ok()) {
                message = head.to_owned();
            }
        }
        XmlError::Csdl(CsdlError::new(format!("not well-formed XML: {message}"), position))
    })
}

/// A line and column in the wrapped text, as a line and column of the caller's text.
fn shifted(row: u32, column: u32, shift: u32) -> (u32, u32) {
    if row == 1 {
        (row, column.saturating_sub(shift).max(1))
    } else {
        (row, column)
    }
}

/// An out-of-line `<Annotations Target="…">`'s findings, applied once all types are read.
struct Targeted {
    type_name: String,
    member: Option<String>,
    annotations: Annotations,
}

/// What the annotations on one element say.
#[derive(Default)]
struct Annotations {
    description: Option<String>,
    computed: bool,
    immutable: bool,
    deprecated: Option<String>,
    restrictions: Restrictions,
}

impl Annotations {
    fn fill(&mut self, other: Annotations) {
        if self.description.is_none() {
            self.description = other.description;
        }
        self.computed |= other.computed;
        self.immutable |= other.immutable;
        self.restrictions.fill(other.restrictions);
        if self.deprecated.is_none() {
            self.deprecated = other.deprecated;
        }
    }
}

struct Reader<'a, 'input> {
    document: &'a Document<'input>,
    shift: u32,
    /// Alias → namespace, for type names and annotation terms.
    aliases: Vec<(String, String)>,
}

impl<'a, 'input> Reader<'a, 'input> {
    fn new(document: &'a Document<'input>, shift: u32) -> Self {
        let mut aliases = vec![
            ("Core".to_owned(), CORE.to_owned()),
            ("Capabilities".to_owned(), CAPABILITIES.to_owned()),
        ];
        for node in document.descendants().filter(Node::is_element) {
            let name = node.tag_name().name();
            if name == "Schema" || name == "Include" {
                if let (Some(namespace), Some(alias)) =
                    (node.attribute("Namespace"), node.attribute("Alias"))
                {
                    aliases.retain(|(known, _)| known != alias);
                    aliases.push((alias.to_owned(), namespace.to_owned()));
                }
            }
        }
        Reader {
            document,
            shift,
            aliases,
        }
    }

    fn position(&self, node: Node<'_, '_>) -> (u32, u32) {
        let position = self.document.text_pos_at(node.range().start);
        shifted(position.row, position.col, self.shift)
    }

    fn error(&self, node: Node<'_, '_>, message: String) -> CsdlError {
        CsdlError::new(message, Some(self.position(node)))
    }

    /// `name` with its alias replaced by the namespace: `graph.x` → `microsoft.graph.x`.
    fn qualify(&self, name: &str) -> String {
        let name = name.trim();
        if let Some((prefix, bare)) = name.rsplit_once('.') {
            if let Some((_, namespace)) = self.aliases.iter().find(|(alias, _)| alias == prefix) {
                return format!("{namespace}.{bare}");
            }
        }
        name.to_owned()
    }

    fn type_ref(&self, node: Node<'_, '_>, owner: &str, raw: &str) -> Result<TypeRef, CsdlError> {
        let raw = raw.trim();
        let (collection, inner) = match raw
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            Some(inner) => (true, inner.trim()),
            None => (false, raw),
        };
        if !is_qualified_name(inner) {
            return Err(self.error(
                node,
                format!("{owner} has Type={raw:?}, which is not a type name: expected a qualified name such as \"Edm.String\", \"graph.keyValuePair\" or \"Collection(graph.keyValuePair)\""),
            ));
        }
        Ok(TypeRef {
            collection,
            name: self.qualify(inner),
        })
    }

    fn required<'n>(
        &self,
        node: Node<'n, '_>,
        attribute: &str,
        what: &str,
    ) -> Result<&'n str, CsdlError> {
        node.attribute(attribute).ok_or_else(|| {
            self.error(
                node,
                format!("{what} has no {attribute} attribute: add {attribute}=\"…\""),
            )
        })
    }

    /// Attribute `attribute` of `node`, which must be an OData simple identifier: it becomes
    /// a Rust name and doc text.
    fn name<'n>(
        &self,
        node: Node<'n, '_>,
        attribute: &str,
        what: &str,
    ) -> Result<&'n str, CsdlError> {
        let name = self.required(node, attribute, what)?;
        if is_identifier(name) {
            Ok(name)
        } else {
            Err(self.error(
                node,
                format!(
                    "{what} has {attribute}={}, which is not an OData identifier: {IDENTIFIER_RULE}; fix the name in the CSDL",
                    shown(name)
                ),
            ))
        }
    }

    /// `value`, given as attribute `attribute` of `node`, which must be a qualified name
    /// (identifiers joined by dots), or a simple identifier when `simple` allows one.
    fn qualified_name<'v>(
        &self,
        node: Node<'_, '_>,
        attribute: &str,
        value: &'v str,
        what: &str,
        simple: bool,
    ) -> Result<&'v str, CsdlError> {
        let trimmed = value.trim();
        if is_qualified_name(trimmed) || (simple && is_identifier(trimmed)) {
            Ok(trimmed)
        } else {
            Err(self.error(
                node,
                format!(
                    "{what} has {attribute}={}, which is not a qualified name: write identifiers joined by dots, such as \"microsoft.graph.entity\" ({IDENTIFIER_RULE})",
                    shown(value)
                ),
            ))
        }
    }

    fn document(&self) -> Result<Schema, CsdlError> {
        let mut schema = Schema {
            aliases: self.aliases.clone(),
            ..Schema::default()
        };
        let mut targeted = Vec::new();
        let mut positions: Vec<Positions> = Vec::new();
        let schemas = self
            .document
            .descendants()
            .filter(|node| node.is_element() && node.tag_name().name() == "Schema");
        let mut found = false;
        for node in schemas {
            found = true;
            let namespace = self.required(node, "Namespace", "<Schema>")?;
            let namespace = self.qualified_name(node, "Namespace", namespace, "<Schema>", true)?;
            if node.attribute("Alias").is_some() {
                self.name(
                    node,
                    "Alias",
                    &format!("<Schema Namespace=\"{namespace}\">"),
                )?;
            }
            for child in node.children().filter(Node::is_element) {
                let (definition, properties) = match child.tag_name().name() {
                    "EntityType" => self.structured(child, namespace, StructuredKind::Entity)?,
                    "ComplexType" => self.structured(child, namespace, StructuredKind::Complex)?,
                    "EnumType" => (self.enumeration(child, namespace)?, Vec::new()),
                    "EntityContainer" => {
                        if let Some(name) = child.attribute("Name") {
                            schema.container_name = Some(format!("{namespace}.{name}"));
                        }
                        self.container(child, &mut schema.container)?;
                        continue;
                    }
                    "Annotations" => {
                        targeted.push(self.out_of_line(child)?);
                        continue;
                    }
                    _ => continue,
                };
                self.add(&mut schema, child, definition)?;
                positions.push(Positions {
                    element: child.range().start,
                    properties,
                });
            }
        }
        if !found {
            return Err(CsdlError::new(
                "the document has no <Schema> element: expected <edmx:Edmx><edmx:DataServices><Schema Namespace=\"microsoft.graph\" …>",
                None,
            ));
        }
        check_inheritance(&schema, &positions).map_err(|(message, at)| {
            let position = self.document.text_pos_at(at);
            CsdlError::new(
                message,
                Some(shifted(position.row, position.col, self.shift)),
            )
        })?;
        apply_all(&mut schema, targeted);
        Ok(schema)
    }

    fn add(
        &self,
        schema: &mut Schema,
        node: Node<'_, '_>,
        definition: TypeDefinition,
    ) -> Result<(), CsdlError> {
        let name = definition.qualified_name();
        if schema.insert(definition) {
            Ok(())
        } else {
            Err(self.error(
                node,
                format!("type `{name}` is defined a second time: keep one definition"),
            ))
        }
    }

    fn structured(
        &self,
        node: Node<'_, '_>,
        namespace: &str,
        kind: StructuredKind,
    ) -> Result<(TypeDefinition, Vec<usize>), CsdlError> {
        let element = match kind {
            StructuredKind::Entity => "<EntityType>",
            StructuredKind::Complex => "<ComplexType>",
        };
        let name = self.name(node, "Name", element)?;
        let base_type = match node.attribute("BaseType") {
            Some(base) => Some(self.qualify(self.qualified_name(
                node,
                "BaseType",
                base,
                &format!("{element} `{name}`"),
                false,
            )?)),
            None => None,
        };
        // Properties and navigation properties share one name space.
        let mut declared: HashSet<&str> = HashSet::new();
        let mut positions = Vec::new();
        let mut structured = StructuredType {
            namespace: namespace.to_owned(),
            name: name.to_owned(),
            kind,
            base_type,
            is_abstract: node.attribute("Abstract") == Some("true"),
            open_type: node.attribute("OpenType") == Some("true"),
            key: Vec::new(),
            properties: Vec::new(),
            navigation_properties: Vec::new(),
            restrictions: Restrictions::default(),
            description: None,
            deprecated: None,
        };
        let mut annotations = Annotations::default();
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "Key" => {
                    for reference in child
                        .children()
                        .filter(|node| node.is_element() && node.tag_name().name() == "PropertyRef")
                    {
                        let key = self.required(reference, "Name", "<PropertyRef>")?;
                        if !key.split('/').all(is_identifier) {
                            return Err(self.error(
                                reference,
                                format!(
                                    "<PropertyRef> of `{name}` has Name={}, which is not a property name or path: {IDENTIFIER_RULE}",
                                    shown(key)
                                ),
                            ));
                        }
                        structured.key.push(key.to_owned());
                    }
                }
                "Property" => {
                    let name = self.name(child, "Name", &format!("a <Property> of `{name}`"))?;
                    self.declare(child, &mut declared, name, &structured.name)?;
                    // Where it starts; its line is worked out only for an error.
                    positions.push(child.range().start);
                    let owner = format!("property `{name}` of `{}`", structured.name);
                    let type_ref =
                        self.type_ref(child, &owner, self.required(child, "Type", &owner)?)?;
                    let found = self.annotations(child);
                    structured.properties.push(Property {
                        name: name.to_owned(),
                        type_ref,
                        nullable: child.attribute("Nullable") != Some("false"),
                        computed: found.computed,
                        immutable: found.immutable,
                        deprecated: deprecation(&found),
                        description: found.description,
                    });
                }
                "NavigationProperty" => {
                    let name = self.name(
                        child,
                        "Name",
                        &format!("a <NavigationProperty> of `{name}`"),
                    )?;
                    self.declare(child, &mut declared, name, &structured.name)?;
                    let owner = format!("navigation property `{name}` of `{}`", structured.name);
                    let type_ref =
                        self.type_ref(child, &owner, self.required(child, "Type", &owner)?)?;
                    let found = self.annotations(child);
                    structured.navigation_properties.push(NavigationProperty {
                        name: name.to_owned(),
                        type_ref,
                        contains_target: child.attribute("ContainsTarget") == Some("true"),
                        description: found.description,
                        restrictions: found.restrictions,
                    });
                }
                "Annotation" => annotations.fill(self.annotation(child)),
                _ => {}
            }
        }
        structured.deprecated = deprecation(&annotations);
        structured.restrictions = annotations.restrictions;
        structured.description = annotations.description;
        Ok((TypeDefinition::Structured(structured), positions))
    }

    /// Records property `name` of type `owner`; an error if the type already has one of
    /// that name.
    fn declare<'n>(
        &self,
        node: Node<'_, '_>,
        declared: &mut HashSet<&'n str>,
        name: &'n str,
        owner: &str,
    ) -> Result<(), CsdlError> {
        if declared.insert(name) {
            Ok(())
        } else {
            Err(self.error(
                node,
                format!("`{owner}` declares a property named `{name}` a second time (properties and navigation properties share names): keep one, or rename the other"),
            ))
        }
    }

    fn enumeration(
        &self,
        node: Node<'_, '_>,
        namespace: &str,
    ) -> Result<TypeDefinition, CsdlError> {
        let name = self.name(node, "Name", "<EnumType>")?;
        let mut members = Vec::new();
        let mut declared: HashSet<&str> = HashSet::new();
        for child in node
            .children()
            .filter(|node| node.is_element() && node.tag_name().name() == "Member")
        {
            let member = self.name(child, "Name", &format!("a <Member> of `{name}`"))?;
            if !declared.insert(member) {
                return Err(self.error(
                    child,
                    format!("`{name}` has a member named `{member}` a second time: keep one"),
                ));
            }
            let value = match child.attribute("Value") {
                None => None,
                Some(value) => Some(value.trim().parse::<i64>().map_err(|_| {
                    self.error(
                        child,
                        format!("member `{member}` of `{name}` has Value={value:?}: expected a whole number"),
                    )
                })?),
            };
            let found = self.annotations(child);
            members.push(EnumMember {
                name: member.to_owned(),
                value,
                deprecated: deprecation(&found),
                description: found.description,
            });
        }
        Ok(TypeDefinition::Enum(EnumType {
            namespace: namespace.to_owned(),
            name: name.to_owned(),
            is_flags: node.attribute("IsFlags") == Some("true"),
            members,
            description: self.annotations(node).description,
        }))
    }

    fn container(
        &self,
        node: Node<'_, '_>,
        items: &mut Vec<ContainerItem>,
    ) -> Result<(), CsdlError> {
        for child in node.children().filter(Node::is_element) {
            let (attribute, is_entity_set) = match child.tag_name().name() {
                "EntitySet" => ("EntityType", true),
                "Singleton" => ("Type", false),
                _ => continue,
            };
            let what = format!("<{}>", child.tag_name().name());
            let name = self.name(child, "Name", &what)?;
            let what = format!("{what} `{name}`");
            let type_name = self.required(child, attribute, &what)?;
            let type_name = self.qualified_name(child, attribute, type_name, &what, false)?;
            items.push(ContainerItem {
                name: name.to_owned(),
                type_name: self.qualify(type_name),
                is_entity_set,
            });
        }
        Ok(())
    }

    /// `<Annotations Target="ns.type/member">`: descriptions Graph keeps out of line.
    fn out_of_line(&self, node: Node<'_, '_>) -> Result<Targeted, CsdlError> {
        let target = self.required(node, "Target", "<Annotations>")?;
        // Operation targets (`ns.f(…)`) and container paths find no type and are skipped.
        let (type_name, member) = match target.split_once('/') {
            Some((type_name, member)) => (type_name, Some(member.to_owned())),
            None => (target, None),
        };
        Ok(Targeted {
            type_name: self.qualify(type_name),
            member,
            annotations: self.annotations(node),
        })
    }

    /// The annotations directly inside `node`.
    fn annotations(&self, node: Node<'_, '_>) -> Annotations {
        let mut found = Annotations::default();
        for child in node
            .children()
            .filter(|node| node.is_element() && node.tag_name().name() == "Annotation")
        {
            found.fill(self.annotation(child));
        }
        found
    }

    fn annotation(&self, node: Node<'_, '_>) -> Annotations {
        let mut found = Annotations::default();
        let term = self.qualify(node.attribute("Term").unwrap_or_default());
        if let Some(capability) = term
            .strip_prefix(CAPABILITIES)
            .and_then(|rest| rest.strip_prefix('.'))
        {
            let flag = |property: &str| record_bool(node, property);
            match capability {
                "InsertRestrictions" => found.restrictions.insertable = flag("Insertable"),
                "UpdateRestrictions" => found.restrictions.updatable = flag("Updatable"),
                "DeleteRestrictions" => found.restrictions.deletable = flag("Deletable"),
                _ => {}
            }
            return found;
        }
        let Some(term) = term
            .strip_prefix(CORE)
            .and_then(|rest| rest.strip_prefix('.'))
        else {
            return found;
        };
        match term {
            "Description" => found.description = text_value(node, "String").map(collapse),
            "Computed" => {
                found.computed =
                    text_value(node, "Bool").is_none_or(|value| value.trim() == "true");
            }
            "Immutable" => {
                found.immutable =
                    text_value(node, "Bool").is_none_or(|value| value.trim() == "true");
            }
            "Permissions" => {
                let value = text_value(node, "EnumMember").unwrap_or_default();
                let permissions: Vec<&str> = value
                    .split_whitespace()
                    .filter_map(|member| member.rsplit('/').next())
                    .collect();
                found.computed = permissions == ["Read"];
            }
            "Revisions" => {
                for record in node
                    .descendants()
                    .filter(|node| node.is_element() && node.tag_name().name() == "Record")
                {
                    let value_of = |property: &str, kind: &str| {
                        record
                            .children()
                            .filter(|node| {
                                node.is_element() && node.tag_name().name() == "PropertyValue"
                            })
                            .find(|node| node.attribute("Property") == Some(property))
                            .and_then(|node| text_value(node, kind))
                    };
                    let kind = value_of("Kind", "EnumMember").unwrap_or_default();
                    if kind.trim().ends_with("/Deprecated") {
                        found.deprecated = Some(
                            value_of("Description", "String")
                                .map(collapse)
                                .unwrap_or_default(),
                        );
                    }
                }
            }
            _ => {}
        }
        found
    }
}

/// A `Term`'s value given as attribute `kind` (`String="…"`) or as child element `<kind>`.
fn text_value<'n>(node: Node<'n, '_>, kind: &str) -> Option<&'n str> {
    node.attribute(kind).or_else(|| {
        node.children()
            .find(|child| child.is_element() && child.tag_name().name() == kind)
            .map(|child| child.text().unwrap_or_default())
    })
}

/// The `Bool` value of `<PropertyValue Property="…">` in the annotation's `<Record>`.
fn record_bool(node: Node<'_, '_>, property: &str) -> Option<bool> {
    let value = node
        .children()
        .filter(|child| child.is_element() && child.tag_name().name() == "Record")
        .flat_map(|record| record.children())
        .filter(|child| child.is_element() && child.tag_name().name() == "PropertyValue")
        .find(|child| child.attribute("Property") == Some(property))
        .and_then(|child| text_value(child, "Bool"))?;
    match value.trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// The deprecation a `Core.Revisions` entry or an Intune-style `[deprecated]` description
/// gives.
fn deprecation(found: &Annotations) -> Option<String> {
    if found.deprecated.is_some() {
        return found.deprecated.clone();
    }
    let description = found.description.as_deref()?;
    let marker = "[deprecated]";
    let head = description.get(..marker.len())?;
    head.eq_ignore_ascii_case(marker).then(|| {
        description
            .get(marker.len()..)
            .unwrap_or_default()
            .trim()
            .to_owned()
    })
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where (byte offsets in the text) a type's element and its properties start, for errors
/// found once all types are read. A line and column costs a scan of the text, so only an
/// error pays for one.
struct Positions {
    element: usize,
    /// Of each `<Property>`, in order.
    properties: Vec<usize>,
}

/// Refuses base-type cycles and properties a type redeclares from a base type, in time
/// linear in types and properties: each type's chain is walked once, and inherited names are
/// kept in one map along a depth-first walk of the inheritance tree. An error is its message
/// and the byte offset of the element at fault.
fn check_inheritance(schema: &Schema, positions: &[Positions]) -> Result<(), (String, usize)> {
    let count = schema.types.len();
    let parent: Vec<Option<usize>> = schema
        .types
        .iter()
        .map(|definition| match definition {
            TypeDefinition::Structured(structured) => {
                let index = *schema.by_name.get(structured.base_type.as_deref()?)?;
                matches!(schema.types.get(index), Some(TypeDefinition::Structured(_)))
                    .then_some(index)
            }
            TypeDefinition::Enum(_) => None,
        })
        .collect();
    let name_of = |index: usize| {
        schema
            .types
            .get(index)
            .map(TypeDefinition::qualified_name)
            .unwrap_or_default()
    };
    let position_of = |index: usize| positions.get(index).map(|found| found.element);

    // 0: not seen, 1: on the current walk, 2: done.
    let mut state = vec![0u8; count];
    for start in 0..count {
        let mut walk = Vec::new();
        let mut current = Some(start);
        while let Some(index) = current {
            match state.get(index).copied() {
                Some(0) => {}
                Some(1) => {
                    let cycle_start = walk.iter().position(|&seen| seen == index).unwrap_or(0);
                    let cycle: Vec<String> = walk
                        .get(cycle_start..)
                        .unwrap_or_default()
                        .iter()
                        .take(5)
                        .map(|&seen| format!("`{}`", name_of(seen)))
                        .collect();
                    return Err((
                        format!(
                            "type `{}` derives from itself through its BaseType chain ({}{}): a base type chain must end; fix the BaseType attributes",
                            name_of(index),
                            cycle.join(" → "),
                            if walk.len() - cycle_start > 5 { " → …" } else { "" }
                        ),
                        position_of(index).unwrap_or_default(),
                    ));
                }
                _ => break,
            }
            if let Some(slot) = state.get_mut(index) {
                *slot = 1;
            }
            walk.push(index);
            current = parent.get(index).copied().flatten();
        }
        for index in walk {
            if let Some(slot) = state.get_mut(index) {
                *slot = 2;
            }
        }
    }

    // No cycles: the types form a forest. Walk it depth first with the names in scope.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut roots = Vec::new();
    for (index, base) in parent.iter().enumerate() {
        match base.and_then(|base| children.get_mut(base)) {
            Some(list) => list.push(index),
            None => roots.push(index),
        }
    }
    let own = |index: usize| match schema.types.get(index) {
        Some(TypeDefinition::Structured(structured)) => Some(structured),
        _ => None,
    };
    let mut in_scope: HashMap<&str, usize> = HashMap::new();
    // (type, whether its names are in scope and must leave on the way back)
    let mut stack: Vec<(usize, bool)> = roots.into_iter().rev().map(|root| (root, false)).collect();
    while let Some((index, leaving)) = stack.pop() {
        let Some(structured) = own(index) else {
            continue;
        };
        let names = structured
            .properties
            .iter()
            .map(|property| property.name.as_str())
            .chain(
                structured
                    .navigation_properties
                    .iter()
                    .map(|nav| nav.name.as_str()),
            );
        if leaving {
            for name in names {
                in_scope.remove(name);
            }
            continue;
        }
        for (position, name) in names.enumerate() {
            if let Some(&declaring) = in_scope.get(name) {
                let at = positions
                    .get(index)
                    .and_then(|found| found.properties.get(position).copied())
                    .or_else(|| position_of(index))
                    .unwrap_or_default();
                return Err((
                    format!(
                        "`{}` declares property `{name}`, which it already inherits from its base type `{}`: a derived type cannot redeclare an inherited property; remove it, or rename it",
                        structured.qualified_name(),
                        name_of(declaring)
                    ),
                    at,
                ));
            }
            in_scope.insert(name, index);
        }
        stack.push((index, true));
        if let Some(list) = children.get(index) {
            stack.extend(list.iter().rev().map(|&child| (child, false)));
        }
    }
    Ok(())
}

/// Applies out-of-line annotations, each to the type or member it targets, in time linear in
/// annotations and members: each targeted type's members are indexed by name once.
fn apply_all(schema: &mut Schema, targeted: Vec<Targeted>) {
    let mut by_type: HashMap<usize, Vec<Targeted>> = HashMap::new();
    let mut order = Vec::new();
    for target in targeted {
        // Capabilities restrictions are kept by target, whatever it names: a type, a
        // navigation property, an entity set (`ns.Container/set`).
        if target.annotations.restrictions != Restrictions::default() {
            let key = match &target.member {
                Some(member) => format!("{}/{member}", target.type_name),
                None => target.type_name.clone(),
            };
            schema
                .restrictions
                .entry(key)
                .or_default()
                .fill(target.annotations.restrictions);
        }
        let Some(&index) = schema.by_name.get(&target.type_name) else {
            continue;
        };
        by_type
            .entry(index)
            .or_insert_with(|| {
                order.push(index);
                Vec::new()
            })
            .push(target);
    }
    for index in order {
        let (Some(definition), Some(targets)) =
            (schema.types.get_mut(index), by_type.remove(&index))
        else {
            continue;
        };
        apply(definition, targets);
    }
}

/// Applies out-of-line annotations to the type they all target, or its members; inline ones
/// win, and among out-of-line ones the first.
fn apply(definition: &mut TypeDefinition, targets: Vec<Targeted>) {
    match definition {
        TypeDefinition::Structured(structured) => {
            let properties: HashMap<String, usize> = structured
                .properties
                .iter()
                .enumerate()
                .map(|(index, property)| (property.name.clone(), index))
                .collect();
            let navigation: HashMap<String, usize> = structured
                .navigation_properties
                .iter()
                .enumerate()
                .map(|(index, nav)| (nav.name.clone(), index))
                .collect();
            for target in targets {
                let found = target.annotations;
                let deprecated = deprecation(&found);
                let Some(member) = target.member else {
                    structured.description = structured.description.take().or(found.description);
                    structured.deprecated = structured.deprecated.take().or(deprecated);
                    continue;
                };
                if let Some(property) = properties
                    .get(&member)
                    .and_then(|&index| structured.properties.get_mut(index))
                {
                    property.description = property.description.take().or(found.description);
                    property.computed |= found.computed;
                    property.immutable |= found.immutable;
                    property.deprecated = property.deprecated.take().or(deprecated);
                } else if let Some(nav) = navigation
                    .get(&member)
                    .and_then(|&index| structured.navigation_properties.get_mut(index))
                {
                    nav.description = nav.description.take().or(found.description);
                }
            }
        }
        TypeDefinition::Enum(enumeration) => {
            let members: HashMap<String, usize> = enumeration
                .members
                .iter()
                .enumerate()
                .map(|(index, member)| (member.name.clone(), index))
                .collect();
            for target in targets {
                let found = target.annotations;
                let deprecated = deprecation(&found);
                let Some(member) = target.member else {
                    enumeration.description = enumeration.description.take().or(found.description);
                    continue;
                };
                if let Some(value) = members
                    .get(&member)
                    .and_then(|&index| enumeration.members.get_mut(index))
                {
                    value.description = value.description.take().or(found.description);
                    value.deprecated = value.deprecated.take().or(deprecated);
                }
            }
        }
    }
}

/// `name` as an error message shows it: control, format and non-ASCII characters as
/// `\u{…}`, and a long one cut, so a hostile name cannot garble a terminal.
fn shown(name: &str) -> String {
    const SHOWN_MAX: usize = 60;
    let mut out = String::from("\"");
    for (index, c) in name.chars().enumerate() {
        if index == SHOWN_MAX {
            out.push_str("\"…");
            return out;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' ' => out.push(c),
            c if c.is_ascii_graphic() => out.push(c),
            c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// What an OData identifier is, for error messages.
const IDENTIFIER_RULE: &str = "an OData identifier starts with an ASCII letter or `_`, goes on with ASCII letters, digits or `_`, and has at most 128 characters";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_element_decides_document_or_fragments() {
        assert_eq!(
            first_element_name("<?xml version=\"1.0\"?>\n<!-- c --><edmx:Edmx Version=\"4.0\">"),
            Some("Edmx")
        );
        assert_eq!(
            first_element_name("<!-- <Schema> -->\n  <EnumType Name=\"a\">"),
            Some("EnumType")
        );
        assert_eq!(first_element_name("no xml"), None);
        assert_eq!(first_element_name("<!-- unterminated"), None);
    }

    #[test]
    fn elisions_are_blanked_and_lines_kept() {
        assert_eq!(without_elisions("<a>\n  ...\n</a>\n…"), "<a>\n\n</a>\n");
        assert_eq!(without_elisions("<?xml version=\"1.0\"?><a/>"), "<a/>");
    }

    fn refused(text: &str) -> CsdlError {
        match parse(text, "microsoft.graph", "graph") {
            Ok(_) => CsdlError::new(format!("accepted: {text}"), None),
            Err(error) => error,
        }
    }

    #[test]
    fn names_that_are_not_identifiers_are_refused_with_their_line() {
        let long = "a".repeat(129);
        for name in [
            "",
            "1st",
            "a-b",
            "é",
            "r#type",
            "a b",
            "a&#10;b",
            long.as_str(),
        ] {
            let property = format!(
                "<ComplexType Name=\"t\">\n  <Property Name=\"{name}\" Type=\"Edm.String\" />\n</ComplexType>"
            );
            let error = refused(&property);
            assert_eq!(error.line(), Some(2), "{name}: {error}");
            assert_eq!(error.column(), Some(3), "{name}: {error}");
            assert!(
                error.message().contains("not an OData identifier"),
                "{error}"
            );
            let member =
                format!("<EnumType Name=\"e\">\n\n  <Member Name=\"{name}\" />\n</EnumType>");
            assert_eq!(refused(&member).line(), Some(3), "{name}");
            let type_name = format!("\n<EntityType Name=\"{name}\" />");
            assert_eq!(refused(&type_name).line(), Some(2), "{name}");
        }
        let base = refused("<ComplexType Name=\"t\" BaseType=\"graph.a&#10;fn pwned() {}\" />");
        assert!(base.message().contains("BaseType"), "{base}");
        assert!(!base.to_string().contains('\n'), "{base}");
        assert_eq!(base.line(), Some(1));
        let namespace = refused("<Schema Namespace=\"\">\n</Schema>");
        assert!(namespace.message().contains("Namespace"), "{namespace}");
        assert!(is_identifier(&"a".repeat(128)));
    }

    #[test]
    fn duplicates_redeclarations_and_cycles_are_refused() {
        let twice = refused("<ComplexType Name=\"t\">\n<Property Name=\"x\" Type=\"Edm.String\" />\n<NavigationProperty Name=\"x\" Type=\"graph.t\" />\n</ComplexType>");
        assert_eq!(twice.line(), Some(3), "{twice}");
        let inherited = refused("<ComplexType Name=\"b\"><Property Name=\"x\" Type=\"Edm.String\" /></ComplexType>\n<ComplexType Name=\"a\" BaseType=\"graph.b\">\n\n  <Property Name=\"x\" Type=\"Edm.Int32\" />\n</ComplexType>");
        assert_eq!(inherited.line(), Some(4), "{inherited}");
        assert!(
            inherited.message().contains("`microsoft.graph.b`"),
            "{inherited}"
        );
        let cycle = refused("<ComplexType Name=\"a\" BaseType=\"graph.b\" />\n<ComplexType Name=\"b\" BaseType=\"graph.a\" />");
        assert!(cycle.message().contains("derives from itself"), "{cycle}");
        assert!(cycle.line().is_some(), "{cycle}");
        let own = refused("<ComplexType Name=\"a\" BaseType=\"graph.a\" />");
        assert!(own.message().contains("derives from itself"), "{own}");
        // Siblings may each declare a name; only an ancestor's counts.
        let siblings = "<ComplexType Name=\"b\" />\n<ComplexType Name=\"x\" BaseType=\"graph.b\"><Property Name=\"p\" Type=\"Edm.String\" /></ComplexType>\n<ComplexType Name=\"y\" BaseType=\"graph.b\"><Property Name=\"p\" Type=\"Edm.String\" /></ComplexType>";
        assert!(parse(siblings, "microsoft.graph", "graph").is_ok());
    }

    /// The fastest of five runs: a busy machine slows some runs, never speeds one up.
    fn fastest(mut run: impl FnMut()) -> std::time::Duration {
        (0..5)
            .map(|_| {
                let start = std::time::Instant::now();
                run();
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    }

    /// 10x the out-of-line annotations on one type of 10x the properties: about 10x the
    /// time, not 100x.
    #[test]
    #[ignore = "a complexity guard that times 1k against 10k: CI runs it alone (`-- --ignored --test-threads=1`) on a quiet machine"]
    fn out_of_line_annotations_scale_linearly() {
        let text = |count: usize| {
            let mut csdl = String::from("<ComplexType Name=\"t\">\n");
            for index in 0..count {
                csdl.push_str(&format!(
                    "<Property Name=\"p{index}\" Type=\"Edm.String\" />\n"
                ));
            }
            csdl.push_str("</ComplexType>\n");
            for index in (0..count).rev() {
                csdl.push_str(&format!("<Annotations Target=\"graph.t/p{index}\"><Annotation Term=\"Core.Description\" String=\"d{index}\" /></Annotations>\n"));
            }
            csdl
        };
        let time = |count: usize| {
            let csdl = text(count);
            fastest(|| {
                let schema = parse(&csdl, "microsoft.graph", "graph");
                assert!(schema.is_ok());
            })
        };
        let small = time(1_000);
        let large = time(10_000);
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
        // Linear is about 10x; quadratic would be about 100x.
        assert!(ratio < 40.0, "annotations: 1k {small:?}, 10k {large:?}");
    }

    /// 10x the base-type depth: about 10x the time to read the chain and walk it.
    #[test]
    #[ignore = "a complexity guard that times 1k against 10k: CI runs it alone (`-- --ignored --test-threads=1`) on a quiet machine"]
    fn base_type_chains_scale_linearly() {
        let time = |depth: usize| {
            let mut csdl = String::from("<ComplexType Name=\"l0\"><Property Name=\"p0\" Type=\"Edm.String\" /></ComplexType>\n");
            for level in 1..depth {
                csdl.push_str(&format!("<ComplexType Name=\"l{level}\" BaseType=\"graph.l{}\"><Property Name=\"p{level}\" Type=\"Edm.String\" /></ComplexType>\n", level - 1));
            }
            fastest(|| {
                let Ok(schema) = parse(&csdl, "microsoft.graph", "graph") else {
                    return;
                };
                let leaf = schema.structured_type(&format!("l{}", depth - 1));
                let count = leaf.map(|leaf| schema.all_properties(leaf).len());
                assert_eq!(count, Some(depth));
            })
        };
        let small = time(1_000);
        let large = time(10_000);
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
        // Linear is 10x, quadratic 100x: 30x leaves room for a busy machine.
        assert!(ratio < 40.0, "depth: 1k {small:?}, 10k {large:?}");
    }

    #[test]
    fn deprecations_come_from_revisions_or_the_description_marker() {
        let marked = Annotations {
            description: Some("[deprecated] Please use X instead.".into()),
            ..Annotations::default()
        };
        assert_eq!(
            deprecation(&marked).as_deref(),
            Some("Please use X instead.")
        );
        let plain = Annotations {
            description: Some("[dep".into()),
            ..Annotations::default()
        };
        assert_eq!(deprecation(&plain), None);
    }
}
