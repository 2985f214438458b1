//! `graph_entity::csdl`: reading Graph's CSDL (whole documents and the verbatim fragments of
//! `tests/data/graph/`), and checking models against it. The seed models are true to the
//! published schema but for what is documented; each kind of slip a hand-typed model can have
//! is reported, with where and how to fix it; no input makes the reader panic.

use graph_entity::csdl::{self, CsdlError, DifferenceKind, Differences, Schema, StructuredKind};
use graph_entity::models::{
    ActionState, KeyValuePair, OperationStatus, RemoteAction, RemoteActionAudit, ResultInfo,
    SecurityAction, SecurityActionState, SecurityVendorInformation,
};
use graph_entity::{DateTimeOffset, Extra, Flags, GraphComplex, GraphEntity, GraphEnum};

fn data(path: &str) -> String {
    let file = format!("{}/tests/data/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{file}: {error}"))
}

/// The schema fragments of the seed types: every file of `tests/data/graph/` but the
/// `deviceManagement` excerpt, which starts inside an element (see
/// `an_excerpt_that_starts_inside_an_element_is_refused_with_its_line`), and the
/// `remoteAction` enumeration those files lack.
const SEED_FRAGMENTS: &[&str] = &[
    "graph/entity.xml",
    "graph/remoteActionAudit.xml",
    "graph/actionState.xml",
    "graph/deviceActionCategory.xml",
    "graph/securityAction.xml",
    "graph/resultInfo.xml",
    "graph/keyValuePair.xml",
    "graph/securityActionState.xml",
    "graph/operationStatus.xml",
    "graph/securityVendorInformation.xml",
    "graph/security-navigation.xml",
    "csdl/remoteAction.xml",
];

/// The fragments, one after another, as a user pastes them.
fn seed_schema() -> Schema {
    let text: String = SEED_FRAGMENTS.iter().map(|path| data(path)).collect();
    Schema::parse(&text).expect("the fragments read")
}

/// `(kind, type, member)` of each difference, for exact comparisons.
fn summary(differences: &Differences) -> Vec<(DifferenceKind, String, Option<String>)> {
    differences
        .iter()
        .map(|d| (d.kind, d.type_name.clone(), d.member.clone()))
        .collect()
}

fn about(
    kind: DifferenceKind,
    type_name: &str,
    member: Option<&str>,
) -> (DifferenceKind, String, Option<String>) {
    (kind, type_name.to_owned(), member.map(str::to_owned))
}

#[test]
fn security_action_is_true_to_the_published_schema() {
    let schema = seed_schema();
    let differences = schema.check::<SecurityAction>();
    assert!(differences.is_empty(), "{differences}");
    // Each type it reaches checks on its own too.
    assert!(schema.check::<ResultInfo>().is_empty());
    assert!(schema.check::<KeyValuePair>().is_empty());
    assert!(schema.check::<SecurityActionState>().is_empty());
    assert!(schema.check::<SecurityVendorInformation>().is_empty());
    assert!(schema.check::<OperationStatus>().is_empty());
}

#[test]
fn remote_action_audit_differs_by_its_documented_property_only() {
    let differences = seed_schema().check::<RemoteActionAudit>();
    assert_eq!(
        summary(&differences),
        [
            // Documented by the update page (seed 002), absent from the schema: kept on purpose.
            about(
                DifferenceKind::ExtraProperty,
                "microsoft.graph.remoteActionAudit",
                Some("deviceActionDetails")
            ),
        ],
        "{differences}"
    );
    assert_eq!(
        differences.to_string(),
        "microsoft.graph.remoteActionAudit.deviceActionDetails: the model has this property (field `device_action_details`) and the schema does not: fix the name (or its `rename`), or remove the field\n"
    );
    // A documented deviation is set aside by name.
    assert!(differences
        .ignoring("remoteActionAudit", Some("deviceActionDetails"))
        .is_empty());
    // The schema's remoteAction has two members after the 41 its property description lists;
    // the model has all 43 (the check found them missing when it had 41).
    assert!(seed_schema().check::<RemoteAction>().is_empty());
    assert!(seed_schema().check::<ActionState>().is_empty());
}

#[test]
fn each_file_read_alone_and_merged_is_the_same_schema_as_the_concatenation() {
    let mut merged = Schema::default();
    for path in SEED_FRAGMENTS {
        merged.extend(Schema::parse(&data(path)).expect(path));
    }
    let whole = seed_schema();
    let names = |schema: &Schema| {
        schema
            .types()
            .map(|t| t.qualified_name())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&merged), names(&whole));
    assert_eq!(
        merged.check::<SecurityAction>(),
        whole.check::<SecurityAction>()
    );
    assert_eq!(
        merged.check::<RemoteActionAudit>(),
        whole.check::<RemoteActionAudit>()
    );
}

#[test]
fn fragments_read_as_graph_publishes_them() {
    let schema = seed_schema();
    let audit = schema.structured_type("graph.remoteActionAudit").unwrap();
    assert_eq!(audit.kind, StructuredKind::Entity);
    assert_eq!(audit.base_type.as_deref(), Some("microsoft.graph.entity"));
    assert_eq!(schema.key(audit), ["id"]);
    let all: Vec<&str> = schema
        .all_properties(audit)
        .iter()
        .map(|(_, p)| p.name.as_str())
        .collect();
    assert_eq!(all.first(), Some(&"id"), "inherited properties come first");
    assert_eq!(all.len(), 12);
    let action = &audit.properties[0];
    assert_eq!(action.type_ref.to_string(), "microsoft.graph.remoteAction");
    assert!(!action.nullable);
    let user_name = audit
        .properties
        .iter()
        .find(|p| p.name == "userName")
        .unwrap();
    assert_eq!(
        user_name.deprecated.as_deref(),
        Some("Please use InitiatedByUserPrincipalName instead.")
    );

    let security = schema
        .structured_type("microsoft.graph.securityAction")
        .unwrap();
    assert!(schema.is_open(security));
    let parameters = security
        .properties
        .iter()
        .find(|p| p.name == "parameters")
        .unwrap();
    assert_eq!(
        parameters.type_ref.to_string(),
        "Collection(microsoft.graph.keyValuePair)"
    );
    assert!(parameters
        .description
        .as_deref()
        .unwrap()
        .ends_with("Required."));
    assert_eq!(schema.enum_type("remoteAction").unwrap().members.len(), 43);
    assert_eq!(
        schema.enum_type("operationStatus").unwrap().members[0].name,
        "NotStarted"
    );

    // The `...` lines of the security excerpt are skipped; its containment navigation
    // property gives the collection path.
    let paths = schema.collection_paths(security);
    assert_eq!(paths.len(), 1);
    assert_eq!(paths[0].path, "/security/securityActions");
    assert!(schema.collection_paths(audit).is_empty());
}

#[test]
fn an_excerpt_that_starts_inside_an_element_is_refused_with_its_line() {
    let error = Schema::parse(&data("graph/deviceManagement-navigation.xml")).unwrap_err();
    assert_eq!((error.line(), error.column()), (Some(13), Some(7)));
    assert_eq!(
        error.to_string(),
        "CSDL line 13, column 7: not well-formed XML: </EntityType> closes an element the text never opened; a fragment must hold whole elements"
    );
}

#[test]
fn a_whole_document_reads_with_namespaces_aliases_and_out_of_line_descriptions() {
    let schema = Schema::parse(&data("csdl/deviceInventory.xml")).unwrap();
    let record = schema.structured_type("deviceInventoryRecord").unwrap();
    assert_eq!(
        record.description.as_deref(),
        Some("A device in the organization's inventory: its hardware facts, who has it and where it is.")
    );
    let base_names: Vec<String> = schema
        .base_types(record)
        .iter()
        .map(|b| b.qualified_name())
        .collect();
    assert_eq!(
        base_names,
        ["microsoft.graph.inventoryItem", "microsoft.graph.entity"]
    );
    let app = schema.structured_type("inventory.installedApp").unwrap();
    assert_eq!(
        app.qualified_name(),
        "microsoft.graph.inventory.installedApp"
    );
    let version = app.properties.iter().find(|p| p.name == "version").unwrap();
    assert_eq!(
        version.type_ref.name,
        "microsoft.graph.inventory.appVersion"
    );
    let created = schema
        .all_properties(record)
        .into_iter()
        .find(|(_, p)| p.name == "createdDateTime")
        .unwrap();
    assert!(created.1.computed, "Core.Computed through the Core alias");
    assert_eq!(created.0.name, "inventoryItem");
    let owner = record
        .properties
        .iter()
        .find(|p| p.name == "ownerName")
        .unwrap();
    assert_eq!(
        owner.deprecated.as_deref(),
        Some("Use the owner relationship instead.")
    );
    assert!(schema.enum_type("deviceCapabilities").unwrap().is_flags);
    assert_eq!(schema.container_items()[0].name, "inventory");
    assert_eq!(
        schema.collection_paths(record)[0].path,
        "/inventory/deviceRecords"
    );
}

// ---------------------------------------------------------------------------------------
// Each kind of slip, in models hand-typed from the pages.

mod slips {
    use super::*;

    /// Read-only key forgotten, `action` typed as a string, `deviceIMEI`'s acronym lost,
    /// `requestDateTime` left clearable, `deviceActionCategory` a collection, a stale
    /// `actionState`, and most properties not typed yet.
    #[derive(GraphEntity, Debug)]
    #[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
    pub struct RemoteActionAudit {
        pub id: Option<String>,
        #[graph(required)]
        pub action: Option<String>,
        #[graph(required)]
        pub action_state: Option<ActionState>,
        pub device_imei: Option<String>,
        pub request_date_time: Option<DateTimeOffset>,
        #[graph(non_nullable)]
        pub device_action_category: Option<Vec<super::DeviceActionCategory>>,
        #[graph(extra)]
        pub extra: Extra,
    }

    /// `pending` misspelled, `notSupported` written in the wrong case, `paused` invented,
    /// `failed` missing.
    #[derive(GraphEnum, Debug)]
    pub enum ActionState {
        None,
        #[graph(rename = "pendng")]
        Pending,
        Canceled,
        Active,
        Done,
        #[graph(rename = "NotSupported")]
        NotSupported,
        Paused,
        #[graph(other)]
        Other(String),
    }
}

#[derive(GraphEnum, Debug)]
pub enum DeviceActionCategory {
    Single,
    Bulk,
    #[graph(other)]
    Other(String),
}

#[test]
fn every_slip_is_reported_with_where_and_how_to_fix_it() {
    let differences = seed_schema().check::<slips::RemoteActionAudit>();
    let audit = "microsoft.graph.remoteActionAudit";
    let state = "microsoft.graph.actionState";
    assert_eq!(
        summary(&differences),
        [
            about(DifferenceKind::ReadOnly, audit, Some("id")),
            about(DifferenceKind::TypeMismatch, audit, Some("action")),
            about(
                DifferenceKind::MissingProperty,
                audit,
                Some("bulkDeviceActionId")
            ),
            about(
                DifferenceKind::TypeMismatch,
                audit,
                Some("deviceActionCategory")
            ),
            about(
                DifferenceKind::MissingProperty,
                audit,
                Some("deviceDisplayName")
            ),
            about(DifferenceKind::NameCase, audit, Some("deviceIMEI")),
            about(
                DifferenceKind::MissingProperty,
                audit,
                Some("deviceOwnerUserPrincipalName")
            ),
            about(
                DifferenceKind::MissingProperty,
                audit,
                Some("initiatedByUserPrincipalName")
            ),
            about(
                DifferenceKind::MissingProperty,
                audit,
                Some("managedDeviceId")
            ),
            about(DifferenceKind::Nullability, audit, Some("requestDateTime")),
            about(DifferenceKind::MissingProperty, audit, Some("userName")),
            about(DifferenceKind::MissingMember, state, Some("pending")),
            about(DifferenceKind::MissingMember, state, Some("failed")),
            about(DifferenceKind::MemberCase, state, Some("notSupported")),
            about(DifferenceKind::ExtraMember, state, Some("pendng")),
            about(DifferenceKind::ExtraMember, state, Some("paused")),
        ],
        "{differences}"
    );
    let lines: Vec<String> = differences.iter().map(ToString::to_string).collect();
    let expected = [
        "microsoft.graph.remoteActionAudit.id: it is the schema's key, which never changes, but the model lets updates send it: mark field `id` #[graph(immutable)] (a create may name it, as a deep insert naming an existing entity does), or #[graph(read_only)]",
        "microsoft.graph.remoteActionAudit.action: the schema's type is `microsoft.graph.remoteAction` but field `action` holds `Edm.String`: make it `Option<RemoteAction>`",
        "microsoft.graph.remoteActionAudit.bulkDeviceActionId: the schema has this property and the model does not: add `pub bulk_device_action_id: Option<String>`",
        "microsoft.graph.remoteActionAudit.deviceActionCategory: the schema's type is `microsoft.graph.deviceActionCategory` but field `device_action_category` holds a collection of enumeration `deviceActionCategory`: make it `Option<DeviceActionCategory>`",
        "microsoft.graph.remoteActionAudit.deviceIMEI: the model's JSON name is `deviceImei`, which differs in letter case, and Graph's names are case-sensitive: add #[graph(rename = \"deviceIMEI\")] to field `device_imei`",
        "microsoft.graph.remoteActionAudit.requestDateTime: the schema says Nullable=\"false\" but the model lets it be sent as null: mark field `request_date_time` #[graph(non_nullable)] (never sent as null; Nullable=\"false\" does not make it required on create)",
        "microsoft.graph.actionState.notSupported: the model writes it `NotSupported`, which differs in letter case, and Graph's members are case-sensitive: add #[graph(rename = \"notSupported\")] to its variant",
        "microsoft.graph.actionState.pendng: the model has this member and the schema does not; did you mean `pending`? Graph refuses it in payloads, so fix the variant's name (or its `rename`), or remove it",
    ];
    for line in expected {
        assert!(
            lines.iter().any(|found| found == line),
            "missing:\n{line}\nin:\n{differences}"
        );
    }
    // The hint for a missing inherited, renamed or required property is the field to add.
    let missing_user = lines.iter().find(|l| l.contains(".userName:")).unwrap();
    assert!(
        missing_user.ends_with("add `pub user_name: Option<String>`"),
        "{missing_user}"
    );
}

mod wrong_type {
    use super::*;

    /// A typo in the struct's name gives a wrong `@odata.type`; the rest is still compared
    /// with the type it was meant to be.
    #[derive(GraphComplex, Debug)]
    pub struct KeyValuePiar {
        pub name: Option<String>,
        pub value: Option<String>,
        #[graph(extra)]
        pub extra: Extra,
    }

    /// Misnamed enumeration.
    #[derive(GraphEnum, Debug)]
    pub enum OperationState {
        NotStarted,
        #[graph(other)]
        Other(String),
    }
}

#[test]
fn a_wrong_odata_type_is_reported_and_the_likely_type_still_checked() {
    let schema = seed_schema();
    let differences = schema.check::<wrong_type::KeyValuePiar>();
    assert_eq!(
        differences.to_string(),
        "microsoft.graph.keyValuePiar: the model's @odata.type is not a type of the schema; did you mean `microsoft.graph.keyValuePair`? fix the struct's name, or its `odata_type = \"…\"`\n\
         microsoft.graph.keyValuePair.name: the schema says Nullable=\"false\" but the model lets it be sent as null: mark field `name` #[graph(non_nullable)] (never sent as null; Nullable=\"false\" does not make it required on create)\n"
    );
    let differences = schema.check::<wrong_type::OperationState>();
    assert_eq!(differences[0].kind, DifferenceKind::TypeName);
    assert!(
        differences[0]
            .message
            .contains("did you mean `operationStatus`?"),
        "{differences}"
    );
}

mod flat {
    use super::*;

    /// No `id`: the base type `entity` is forgotten. Closed though the schema is open.
    #[derive(GraphEntity, Debug)]
    #[graph_entity(path = "/security/securityActions", version = "beta")]
    pub struct SecurityAction {
        pub name: Option<String>,
        #[graph(extra)]
        pub extra: Extra,
    }
}

#[test]
fn a_forgotten_base_type_and_openness_are_reported() {
    let differences = seed_schema().check::<flat::SecurityAction>();
    let kinds: Vec<DifferenceKind> = differences.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds[..2],
        [DifferenceKind::OpenType, DifferenceKind::BaseType],
        "{differences}"
    );
    assert_eq!(
        differences[1].to_string(),
        "microsoft.graph.securityAction: the schema derives it from `microsoft.graph.entity`, whose properties the model lacks: a model is flat, so declare them too: `#[graph(immutable)] pub id: Option<String>`"
    );
    assert!(differences[0].message.contains("add `open`"));
    // `id` is not reported a second time as a missing property.
    assert!(!differences
        .iter()
        .any(|d| d.is_about("securityAction", Some("id"))
            && d.kind == DifferenceKind::MissingProperty));
}

mod flags {
    use super::*;

    #[derive(GraphEnum, Debug, Clone, PartialEq)]
    pub enum DeviceCapabilities {
        None,
        Camera,
        Nfc,
        Biometrics,
        ESim,
        #[graph(other)]
        Other(String),
    }

    /// `capabilities` as one member where the schema's enumeration is flags.
    #[derive(GraphComplex, Debug)]
    #[graph_complex(odata_type = "microsoft.graph.inventory.appVersion")]
    pub struct AppVersion {
        pub label: Option<String>,
        pub published_date_time: Option<String>,
        pub capabilities: Option<DeviceCapabilities>,
        #[graph(extra)]
        pub extra: Extra,
    }
}

#[test]
fn flags_and_edm_types_must_match() {
    let schema = Schema::parse(&data("csdl/deviceInventory.xml")).unwrap();
    let differences = schema.check::<flags::AppVersion>();
    assert_eq!(
        differences.to_string(),
        "microsoft.graph.inventory.appVersion.publishedDateTime: the schema's type is `Edm.DateTimeOffset` but field `published_date_time` holds `Edm.String`: make it `Option<DateTimeOffset>`\n\
         microsoft.graph.inventory.appVersion.capabilities: the model has this property (field `capabilities`) and the schema does not: fix the name (or its `rename`), or remove the field\n"
    );
    // A flags enumeration checked directly must be held by `Flags`.
    assert!(schema
        .check::<Flags<flags::DeviceCapabilities>>()
        .is_empty());
    let plain = schema.check::<flags::DeviceCapabilities>();
    assert_eq!(plain.len(), 1);
    assert!(
        plain[0].message.contains("use `Flags<DeviceCapabilities>`"),
        "{plain}"
    );
}

#[test]
fn a_partial_schema_says_what_it_lacks() {
    let differences =
        csdl::check::<RemoteActionAudit>(&data("graph/remoteActionAudit.xml")).unwrap();
    let incomplete: Vec<String> = differences
        .iter()
        .filter(|d| d.kind == DifferenceKind::SchemaIncomplete)
        .map(|d| d.message.split(',').next().unwrap().to_owned())
        .collect();
    assert_eq!(
        incomplete,
        [
            "its base type `microsoft.graph.entity` is not in the CSDL text",
            "its type `microsoft.graph.remoteAction` is not in the CSDL text",
            "its type `microsoft.graph.actionState` is not in the CSDL text",
            "its type `microsoft.graph.deviceActionCategory` is not in the CSDL text",
        ]
    );
}

#[test]
fn malformed_csdl_is_an_error_naming_the_place_and_the_fix() {
    let cases: &[(&str, &str)] = &[
        ("", "CSDL: no XML element found"),
        ("just text", "CSDL: no XML element found"),
        ("<!-- only a comment -->", "CSDL: no XML element found"),
        ("<EntityType Name=\"a\">\n  <Key>", "CSDL line 2, column 8: not well-formed XML: the text ends inside <Key>: close it with </Key>"),
        ("<EntityType Name=\"a\"><Property Name=\"b\" /></EntityType>", "CSDL line 1, column 22: property `b` of `a` has no Type attribute: add Type=\"…\""),
        ("<EntityType><Key /></EntityType>", "CSDL line 1, column 1: <EntityType> has no Name attribute: add Name=\"…\""),
        ("\n<EnumType Name=\"e\">\n  <Member Name=\"m\" Value=\"one\" />\n</EnumType>", "CSDL line 3, column 3: member `m` of `e` has Value=\"one\": expected a whole number"),
        ("<ComplexType Name=\"c\"><Property Name=\"p\" Type=\"Collection(\" /></ComplexType>", "CSDL line 1, column 23: property `p` of `c` has Type=\"Collection(\", which is not a type name"),
        ("<ComplexType Name=\"c\" /><ComplexType Name=\"c\" />", "CSDL line 1, column 25: type `microsoft.graph.c` is defined a second time: keep one definition"),
        ("<edmx:Edmx xmlns:edmx=\"x\"><edmx:DataServices /></edmx:Edmx>", "CSDL: the document has no <Schema> element"),
        ("<Schema><EnumType Name=\"e\" /></Schema>", "CSDL line 1, column 1: <Schema> has no Namespace attribute"),
        ("<!DOCTYPE x [<!ENTITY a \"b\">]><EnumType Name=\"e\" />", "CSDL line 1, column 1: not well-formed XML"),
        ("<Annotations Target=\"graph.nothing\" />", "CSDL: the text holds no <EntityType>, <ComplexType> or <EnumType>"),
    ];
    for (text, start) in cases {
        let error: CsdlError = Schema::parse(text).map(|_| ()).unwrap_err();
        assert!(error.to_string().starts_with(start), "{text:?}:\n{error}");
    }
    assert!(Schema::parse_fragments("<EnumType Name=\"e\" />", "bad namespace", "x").is_err());
}

#[test]
fn no_cut_of_the_fragments_panics_the_reader_or_the_check() {
    let text: String = SEED_FRAGMENTS.iter().map(|path| data(path)).collect();
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(index, _)| index)
        .step_by(7)
        .collect();
    for end in boundaries {
        if let Ok(schema) = Schema::parse(&text[..end]) {
            let _ = schema.check::<RemoteActionAudit>();
            let _ = schema.check::<SecurityAction>();
        }
    }
    // A base-type cycle in one text is refused; one made by joining texts ends the walk
    // instead of looping.
    let cycle = "<EntityType Name=\"a\" BaseType=\"graph.b\" /><EntityType Name=\"b\" BaseType=\"graph.a\" />";
    let error = Schema::parse(cycle).map(|_| ()).unwrap_err();
    assert!(error.message().contains("derives from itself"), "{error}");
    let mut schema = Schema::parse("<EntityType Name=\"a\" BaseType=\"graph.b\" />").unwrap();
    schema.extend(Schema::parse("<EntityType Name=\"b\" BaseType=\"graph.a\" />").unwrap());
    let a = schema.structured_type("a").unwrap();
    assert_eq!(schema.base_types(a).len(), 1);
    assert!(schema.undefined_base_type(a).is_none());
}

/// A ticket whose `tenantId` the schema marks `Core.Immutable`: set on create, never changed.
const IMMUTABLE_SCHEMA: &str = r#"<Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="ticket">
    <Key><PropertyRef Name="id"/></Key>
    <Property Name="id" Type="Edm.String" Nullable="false"/>
    <Property Name="tenantId" Type="Edm.String">
      <Annotation Term="Org.OData.Core.V1.Immutable" Bool="true"/>
    </Property>
    <Property Name="title" Type="Edm.String"/>
  </EntityType>
  <EntityContainer Name="GraphService">
    <EntitySet Name="tickets" EntityType="microsoft.graph.ticket"/>
  </EntityContainer>
</Schema>"#;

mod immutable {
    use super::*;

    /// `tenantId` is neither `immutable` nor `read_only`: an update may send it.
    #[derive(GraphEntity, Debug)]
    #[graph_entity(path = "/tickets")]
    pub struct Ticket {
        #[graph(immutable, non_nullable)]
        pub id: Option<String>,
        pub tenant_id: Option<String>,
        pub title: Option<String>,
        #[graph(extra)]
        pub extra: Extra,
    }

    /// The same, true to the schema.
    #[derive(GraphEntity, Debug)]
    #[graph_entity(path = "/tickets", odata_type = "microsoft.graph.ticket")]
    pub struct TrueTicket {
        #[graph(immutable, non_nullable)]
        pub id: Option<String>,
        #[graph(immutable)]
        pub tenant_id: Option<String>,
        pub title: Option<String>,
        #[graph(extra)]
        pub extra: Extra,
    }
}

#[test]
fn an_immutable_property_an_update_may_send_is_reported() {
    let schema = Schema::parse(IMMUTABLE_SCHEMA).unwrap();
    let lines: Vec<String> = schema
        .check::<immutable::Ticket>()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        lines,
        ["microsoft.graph.ticket.tenantId: the schema marks it immutable (Core.Immutable): set on create, never changed, but the model lets updates send it: mark field `tenant_id` #[graph(immutable)]"]
    );
    assert!(schema.check::<immutable::TrueTicket>().is_empty());
}
