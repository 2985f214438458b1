//! Graph's whole v1.0 schema, global and national clouds (`tests/data/v1.0/*.csdl.gz`, from
//! the public msgraph-metadata repository): every entity type generates in one run, the paths,
//! derived types, rules and clouds are what the schema says, and the sample module compiled by
//! the workspace's `tests/codegen_v1_0.rs` is what the generator writes today.
//!
//! After changing the generator, rewrite the sample with
//! `GRAPH_ENTITY_CODEGEN_BLESS=1 cargo test -p graph-entity-codegen --test v1_0`.

// A test reports failure by panicking, helpers included.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use graph_entity::csdl::Schema;
use graph_entity_codegen::{
    generate, generate_for_clouds, CloudSchema, Generated, ItemKind, Options,
};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ sits in the workspace")
        .to_path_buf()
}

/// The schema file `name` (`Prod`, `Fairfax`, …), read.
fn read(name: &str) -> Schema {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/v1.0/{name}.csdl.gz"));
    let file = std::fs::File::open(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("the schema is gzip-compressed UTF-8");
    Schema::parse(&text).unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn prod() -> &'static Schema {
    static PROD: OnceLock<Schema> = OnceLock::new();
    PROD.get_or_init(|| read("Prod"))
}

/// The national clouds' schemas, by the names `clouds(…)` takes.
fn clouds() -> &'static [(&'static str, Schema)] {
    static CLOUDS: OnceLock<Vec<(&'static str, Schema)>> = OnceLock::new();
    CLOUDS.get_or_init(|| {
        let fairfax = read("Fairfax");
        vec![
            ("us_gov_l4", fairfax.clone()),
            ("us_gov_l5_dod", fairfax),
            ("china", read("Mooncake")),
            ("us_nat", read("USNat")),
            ("us_sec", read("USSec")),
            ("bleu", read("Bleu")),
            ("delos", read("Delos")),
            ("gov_sg", read("GovSG")),
        ]
    })
}

fn generate_all() -> &'static Generated {
    static ALL: OnceLock<Generated> = OnceLock::new();
    ALL.get_or_init(|| {
        let options = Options {
            all: true,
            ..Options::default()
        };
        let clouds: Vec<CloudSchema<'_>> = clouds()
            .iter()
            .map(|(name, schema)| CloudSchema { name, schema })
            .collect();
        generate_for_clouds(prod(), &options, &clouds).expect("all of v1.0 generates")
    })
}

/// The code of the polymorphic enum of base type `qualified` in `generated`.
fn any_of<'a>(generated: &'a Generated, qualified: &str) -> (&'a str, &'a str) {
    generated
        .items
        .iter()
        .find(|item| item.qualified_name == qualified && item.kind == ItemKind::Polymorphic)
        .map(|item| (item.name.as_str(), item.code.as_str()))
        .unwrap_or_else(|| panic!("no enum of `{qualified}`"))
}

/// The code of item `name` in `generated`.
fn item<'a>(generated: &'a Generated, name: &str) -> &'a str {
    generated
        .items
        .iter()
        .find(|item| item.name == name)
        .map(|item| item.code.as_str())
        .unwrap_or_else(|| panic!("no item `{name}`"))
}

#[test]
fn every_v1_0_entity_type_generates_in_one_run() {
    let all = generate_all();
    let report = &all.report;
    assert_eq!(report.entities, 1182);
    let located =
        report.own_paths + report.base_paths + report.single_only.len() + report.without_path.len();
    assert_eq!(located, 1182, "{report:?}");
    // Most live in collections; those Graph serves as single entities (`/admin`,
    // `/policies/authorizationPolicy`) have that path in their docs.
    assert!(report.own_paths + report.base_paths >= 870, "{report:?}");
    // The rest: abstract bases whose collections hold derived types, and types only functions
    // or non-containment navigation properties return. Each says why.
    assert!(
        report.without_path.len() <= 90,
        "{:#?}",
        report.without_path
    );
    for (name, reason) in &report.without_path {
        assert!(!reason.is_empty(), "{name}");
    }
    // The counts README gives.
    assert_eq!(
        (
            report.own_paths,
            report.base_paths,
            report.single_only.len(),
            report.without_path.len()
        ),
        (641, 238, 215, 88),
        "update README's \"Add a new Graph entity\" with the new counts"
    );
    // Each complex type and enumeration is written once.
    let mut names: Vec<&str> = all.items.iter().map(|item| item.name.as_str()).collect();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "an item is written twice");
    assert!(all.code.contains("pub struct ItemBody {"));
    assert_eq!(all.code.matches("pub struct ItemBody {").count(), 1);
}

#[test]
fn paths_come_from_containment_at_any_depth_writable_first() {
    let all = generate_all();
    let event = item(all, "Event");
    let first_path = event
        .lines()
        .find(|line| line.trim_start().starts_with("path = "))
        .expect("event has paths");
    assert!(first_path.contains("/events\""), "{first_path}");
    assert!(
        event.contains("path = \"/users/{userId}/events\""),
        "{event}"
    );
    assert!(
        !event.contains("calendarView\""),
        "a read-only view is not a path: {event}"
    );
    let access_package = item(all, "AccessPackage");
    assert!(access_package
        .contains("path = \"/identityGovernance/entitlementManagement/accessPackages\""));
    let task = item(all, "TodoTask");
    assert!(task.contains("path = \"/users/{userId}/todo/lists/{todoTaskListId}/tasks\""));
    // A derived type takes its base type's collections.
    let win32 = item(all, "Win32LobApp");
    assert!(
        win32.contains("path = \"/deviceAppManagement/mobileApps\""),
        "{win32}"
    );
    // No path repeats the entity's own key parameter.
    let folder = item(all, "MailFolder");
    assert!(
        folder.contains("/mailFolders/{parentMailFolderId}/childFolders\""),
        "{folder}"
    );
}

#[test]
fn derived_types_are_read_wherever_their_base_type_is_declared() {
    let all = generate_all();
    // chatMessage's `from` holds an identitySet whose `user` Graph sends as a
    // teamworkUserIdentity.
    // (Two namespaces have an `identity`: this one is `GraphIdentity`.)
    let from = item(all, "ChatMessageFromIdentitySet");
    let (name, any) = any_of(all, "microsoft.graph.identity");
    assert!(
        from.contains(&format!("pub user: Option<{name}>,")),
        "{from}"
    );
    assert!(any.contains("    TeamworkUserIdentity(TeamworkUserIdentity),"));
    assert!(any.contains("    #[graph(default)]\n    GraphIdentity(GraphIdentity),"));
    assert!(any.contains("    #[graph(other)]\n    Other(Extra),"));
    // A mobileApp read may be any of its derived types; the abstract base is never created.
    let (_, apps) = any_of(all, "microsoft.graph.mobileApp");
    assert!(apps.contains("    Win32LobApp(Win32LobApp),"));
    assert!(!apps.contains("#[graph(default)]"), "mobileApp is abstract");
    let app = item(all, "MobileApp");
    assert!(
        app.contains("operations(update, get, list, delete)"),
        "{app}"
    );
    let (_, policies) = any_of(all, "microsoft.graph.deviceCompliancePolicy");
    assert!(policies.contains("    Windows10CompliancePolicy(Windows10CompliancePolicy),"));
}

#[test]
fn rules_come_from_evidence_not_from_nullable_alone() {
    let all = generate_all();
    assert!(
        !all.code.contains("    #[graph(required"),
        "the schema never says what a create needs"
    );
    let user = item(all, "User");
    assert!(user.contains("    #[graph(non_nullable)]\n    pub birthday: Option<DateTimeOffset>,"));
    let drive_item = item(all, "DriveItem");
    assert!(drive_item.contains("    #[graph(non_nullable)]\n    pub created_date_time:"));
    // Core.Immutable: set on create, refused on update.
    let appointment = item(all, "BookingAppointment");
    assert!(appointment.contains("#[graph(immutable"), "{appointment}");
    // Capabilities: calendarView refuses creates; a type whose every path refuses is not
    // created.
    let key = item(all, "BitlockerRecoveryKey");
    assert!(key.contains("operations(get, list"), "{key}");
}

#[test]
fn navigation_properties_are_accepted_without_pulling_their_targets_in() {
    let one = generate(
        prod(),
        &Options {
            entities: vec!["accessPackage".to_owned()],
            ..Options::default()
        },
    )
    .expect("accessPackage generates");
    assert!(one.code.contains("catalog"), "navigation(…) lists it");
    assert!(!one.code.contains("pub struct AccessPackageCatalog {"));
    let both = generate(
        prod(),
        &Options {
            entities: vec![
                "accessPackage".to_owned(),
                "accessPackageCatalog".to_owned(),
            ],
            ..Options::default()
        },
    )
    .expect("both generate");
    assert!(
        both.code
            .contains("    #[graph(navigation)]\n    pub catalog: Option<AccessPackageCatalog>,"),
        "a generated target is a typed field"
    );
    // The counts README gives: navigation properties to types not generated are listed, not
    // followed.
    for (entity, types) in [
        ("user", 31),
        ("group", 9),
        ("event", 33),
        ("driveItem", 62),
        ("team", 9),
    ] {
        let generated = generate(
            prod(),
            &Options {
                entities: vec![entity.to_owned()],
                ..Options::default()
            },
        )
        .expect("it generates");
        assert_eq!(generated.report.types, types, "{entity}: update README");
    }
}

#[test]
fn clouds_come_from_each_clouds_schema() {
    let all = generate_all();
    let user = item(all, "User");
    assert!(
        user.contains("clouds(\n        global,\n        us_gov_l4,"),
        "{}",
        user.lines().take(40).collect::<Vec<_>>().join("\n")
    );
    // GovSG's schema has 91 entity types; a type only the global cloud serves says so.
    let gov_sg = all.code.matches(" gov_sg").count() + all.code.matches("gov_sg)").count();
    assert!(gov_sg < 200, "{gov_sg}");
}

/// The entity types of the compiled sample: every derived-type shape, deep paths, navigation
/// properties, several workloads.
pub const SAMPLE: &[&str] = &[
    "user",
    "group",
    "event",
    "message",
    "attachment",
    "driveItem",
    "todoTask",
    "todoTaskList",
    "team",
    "channel",
    "chatMessage",
    "directoryObject",
    "mobileApp",
    "deviceCompliancePolicy",
    "managedDevice",
    "deviceConfiguration",
    "security.alert",
    "accessPackage",
    "accessPackageAssignmentPolicy",
    "application",
    "servicePrincipal",
    "contact",
    "calendar",
    "plannerTask",
    "educationClass",
    "educationAssignment",
    "bookingAppointment",
    "onlineMeeting",
    "subscription",
    "invitation",
    "administrativeUnit",
    "conditionalAccessPolicy",
    "namedLocation",
    "mailFolder",
    "contactFolder",
    "drive",
    "site",
    "list",
    "listItem",
    "plannerPlan",
    "plannerBucket",
    "chat",
    "conversationMember",
    "teamsApp",
    "accessPackageCatalog",
    "accessPackageAssignment",
    "accessReviewScheduleDefinition",
    "device",
    "orgContact",
    "domain",
    "organization",
    "educationUser",
    "educationSchool",
    "bookingBusiness",
    "bookingService",
    "outlookCategory",
    "messageRule",
    "deviceEnrollmentConfiguration",
    "windowsAutopilotDeviceIdentity",
    "managedAppPolicy",
    "riskyUser",
    "signIn",
    "directoryAudit",
    "schemaExtension",
    "appRoleAssignment",
    "oAuth2PermissionGrant",
    "authenticationMethod",
    "identityProvider",
    "security.incident",
    "termStore.term",
    "callRecords.callRecord",
    "shift",
    "timeOff",
];

#[test]
fn the_compiled_sample_is_what_the_generator_writes() {
    let clouds: Vec<CloudSchema<'_>> = clouds()
        .iter()
        .map(|(name, schema)| CloudSchema { name, schema })
        .collect();
    let options = Options {
        entities: SAMPLE.iter().map(|name| (*name).to_owned()).collect(),
        ..Options::default()
    };
    let generated = generate_for_clouds(prod(), &options, &clouds).expect("the sample generates");
    assert!(generated.report.entities >= 60);
    assert!(
        generated.report.without_path.is_empty(),
        "{:?}",
        generated.report
    );
    let path = root().join("tests/generated/v1_0_sample.rs");
    if std::env::var_os("GRAPH_ENTITY_CODEGEN_BLESS").is_some() {
        std::fs::write(&path, &generated.code).expect("the sample is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated.code,
        "tests/generated/v1_0_sample.rs is not what the generator writes today: rewrite it with\n  GRAPH_ENTITY_CODEGEN_BLESS=1 cargo test -p graph-entity-codegen --test v1_0\nand review the diff"
    );
}
