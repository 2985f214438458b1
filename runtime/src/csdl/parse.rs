//! CSDL XML → [`Schema`]: whole documents, or fragments wrapped in a synthetic `<Schema>`.

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

    fn document(&self) -> Result<Schema, CsdlError> {
        let mut schema = Schema {
            aliases: self.aliases.clone(),
            ..Schema::default()
        };
        let mut targeted = Vec::new();
        let schemas = self
            .document
            .descendants()
            .filter(|node| node.is_element() && node.tag_name().name() == "Schema");
        let mut found = false;
        for node in schemas {
            found = true;
            let namespace = self.required(node, "Namespace", "<Schema>")?;
            for child in node.children().filter(Node::is_element) {
                match child.tag_name().name() {
                    "EntityType" => self.add(
                        &mut schema,
                        child,
                        self.structured(child, namespace, StructuredKind::Entity)?,
                    )?,
                    "ComplexType" => self.add(
                        &mut schema,
                        child,
                        self.structured(child, namespace, StructuredKind::Complex)?,
                    )?,
                    "EnumType" => {
                        self.add(&mut schema, child, self.enumeration(child, namespace)?)?
                    }
                    "EntityContainer" => {
                        if let Some(name) = child.attribute("Name") {
                            schema.container_name = Some(format!("{namespace}.{name}"));
                        }
                        self.container(child, &mut schema.container)?
                    }
                    "Annotations" => targeted.push(self.out_of_line(child)?),
                    _ => {}
                }
            }
        }
        if !found {
            return Err(CsdlError::new(
                "the document has no <Schema> element: expected <edmx:Edmx><edmx:DataServices><Schema Namespace=\"microsoft.graph\" …>",
                None,
            ));
        }
        for target in targeted {
            apply(&mut schema, target);
        }
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
    ) -> Result<TypeDefinition, CsdlError> {
        let element = match kind {
            StructuredKind::Entity => "<EntityType>",
            StructuredKind::Complex => "<ComplexType>",
        };
        let name = self.required(node, "Name", element)?;
        let mut structured = StructuredType {
            namespace: namespace.to_owned(),
            name: name.to_owned(),
            kind,
            base_type: node.attribute("BaseType").map(|base| self.qualify(base)),
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
                        structured.key.push(key.to_owned());
                    }
                }
                "Property" => {
                    let name =
                        self.required(child, "Name", &format!("a <Property> of `{name}`"))?;
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
                    let name = self.required(
                        child,
                        "Name",
                        &format!("a <NavigationProperty> of `{name}`"),
                    )?;
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
        Ok(TypeDefinition::Structured(structured))
    }

    fn enumeration(
        &self,
        node: Node<'_, '_>,
        namespace: &str,
    ) -> Result<TypeDefinition, CsdlError> {
        let name = self.required(node, "Name", "<EnumType>")?;
        let mut members = Vec::new();
        for child in node
            .children()
            .filter(|node| node.is_element() && node.tag_name().name() == "Member")
        {
            let member = self.required(child, "Name", &format!("a <Member> of `{name}`"))?;
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
            let name = self.required(child, "Name", &what)?;
            let type_name = self.required(child, attribute, &format!("{what} `{name}`"))?;
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

/// Applies an out-of-line annotation to the type or member it targets; inline ones win.
fn apply(schema: &mut Schema, target: Targeted) {
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
        return;
    };
    let Some(definition) = schema.types.get_mut(index) else {
        return;
    };
    let found = target.annotations;
    let deprecated = deprecation(&found);
    match (definition, target.member) {
        (TypeDefinition::Structured(structured), None) => {
            structured.description = structured.description.take().or(found.description);
            structured.deprecated = structured.deprecated.take().or(deprecated);
        }
        (TypeDefinition::Enum(enumeration), None) => {
            enumeration.description = enumeration.description.take().or(found.description);
        }
        (TypeDefinition::Structured(structured), Some(member)) => {
            if let Some(property) = structured.properties.iter_mut().find(|p| p.name == member) {
                property.description = property.description.take().or(found.description);
                property.computed |= found.computed;
                property.immutable |= found.immutable;
                property.deprecated = property.deprecated.take().or(deprecated);
            } else if let Some(nav) = structured
                .navigation_properties
                .iter_mut()
                .find(|nav| nav.name == member)
            {
                nav.description = nav.description.take().or(found.description);
            }
        }
        (TypeDefinition::Enum(enumeration), Some(member)) => {
            if let Some(value) = enumeration.members.iter_mut().find(|m| m.name == member) {
                value.description = value.description.take().or(found.description);
                value.deprecated = value.deprecated.take().or(deprecated);
            }
        }
    }
}

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
