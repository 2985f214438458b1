//! Permissions per operation and national cloud availability: the seed models carry the
//! seed pages' permission tables and cloud lines, `check_access` answers "does this token
//! allow the operation?" for every seed operation, and requests for a cloud the entity does
//! not exist in are refused before they are sent.

mod common;

use common::*;
use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{
    Access, Cloud, EntityHttp, Extra, Granted, GraphEntity, Operation, Payload, PermissionType,
    Permissions, RequestError, RequestOptions, Scopes,
};

const CONFIGURATION_RW: &str = "DeviceManagementConfiguration.ReadWrite.All";
const DEVICES_RW: &str = "DeviceManagementManagedDevices.ReadWrite.All";
const AUDIT_WRITE: &[&str] = &[CONFIGURATION_RW, DEVICES_RW];

/// A row of a seed page's permission table, as written: "Not supported." or the names.
#[derive(Debug, PartialEq)]
enum Row {
    NotSupported,
    Names(Vec<String>),
    Other(String),
}

/// The permission table of seed page `name`, one row per permission type, read from the page
/// (markdown `|Type|Permissions|` rows or plain `Type Permissions` lines alike).
fn seed_table(name: &str) -> Vec<(PermissionType, Row)> {
    let path = format!("{}/tests/data/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    PermissionType::ALL
        .into_iter()
        .map(|kind| {
            let line = text
                .lines()
                .map(|line| line.trim().trim_start_matches('|'))
                .find(|line| line.starts_with(kind.title()))
                .unwrap_or_else(|| panic!("{name} has no {kind} row"));
            let cell = line[kind.title().len()..].trim().trim_matches('|').trim();
            let row = if cell == "Not supported." {
                Row::NotSupported
            } else if cell.contains("TODO") {
                Row::Other(cell.to_owned())
            } else {
                Row::Names(cell.split(',').map(|name| name.trim().to_owned()).collect())
            };
            (kind, row)
        })
        .collect()
}

/// The model's table in the seed pages' terms.
fn model_table(permissions: Permissions) -> Vec<(PermissionType, Row)> {
    PermissionType::ALL
        .into_iter()
        .map(|kind| {
            let row = match permissions.get(kind) {
                Some(Scopes::NotSupported) => Row::NotSupported,
                Some(Scopes::AnyOf(names)) => {
                    Row::Names(names.iter().map(|name| name.to_string()).collect())
                }
                None => Row::Other("undeclared".to_owned()),
            };
            (kind, row)
        })
        .collect()
}

fn audit(operation: Operation) -> Permissions {
    RemoteActionAudit::permissions(operation).unwrap()
}

#[test]
fn remote_action_audit_carries_the_tables_of_seeds_001_and_002() {
    assert_eq!(
        model_table(audit(Operation::Create)),
        seed_table(SEED_001),
        "create: seed 001"
    );
    assert_eq!(
        model_table(audit(Operation::Update)),
        seed_table(SEED_002),
        "update: seed 002"
    );
    // No seed page documents get, list or delete: their tables are undeclared.
    for operation in [Operation::Get, Operation::List, Operation::Delete] {
        assert_eq!(audit(operation), Permissions::UNDECLARED, "{operation}");
        assert!(!audit(operation).is_declared());
    }
}

#[test]
fn seed_000_has_the_older_narrower_table_which_the_shipped_one_extends() {
    let older = seed_table(SEED_000);
    assert_eq!(
        older,
        [
            (
                PermissionType::Delegated,
                Row::Names(vec![DEVICES_RW.to_owned()])
            ),
            (PermissionType::DelegatedPersonal, Row::NotSupported),
            (PermissionType::Application, Row::NotSupported),
        ]
    );
    let shipped = audit(Operation::Create);
    assert_ne!(model_table(shipped), older);
    // What seed 000 allows, the shipped table allows too.
    assert_eq!(
        shipped.check(&Granted::delegated(DEVICES_RW)),
        Access::Allowed(DEVICES_RW)
    );
    // Where they differ, the current pages (001, 002) win: app-only tokens are supported.
    assert_eq!(
        shipped.check(&Granted::application([DEVICES_RW])),
        Access::Allowed(DEVICES_RW)
    );
}

#[test]
fn seed_003_leaves_the_security_action_table_todo_and_graphs_pages_fill_it() {
    for (kind, row) in seed_table(SEED_003) {
        assert!(
            matches!(&row, Row::Other(text) if text.contains("TODO")),
            "{kind}: {row:?}"
        );
    }
    for operation in [Operation::Create, Operation::Update] {
        let table = SecurityAction::permissions(operation).unwrap();
        assert_eq!(table.delegated(), Some(Scopes::NotSupported));
        assert_eq!(table.delegated_personal(), Some(Scopes::NotSupported));
        assert_eq!(
            table.application(),
            Some(Scopes::AnyOf(&["SecurityActions.ReadWrite.All"]))
        );
    }
    for operation in [Operation::Get, Operation::List] {
        let table = SecurityAction::permissions(operation).unwrap();
        assert_eq!(table.delegated(), Some(Scopes::NotSupported));
        assert_eq!(
            table.application(),
            Some(Scopes::AnyOf(&[
                "SecurityActions.Read.All",
                "SecurityActions.ReadWrite.All"
            ]))
        );
        assert_eq!(
            table.application().unwrap().least_privileged(),
            Some("SecurityActions.Read.All")
        );
    }
    // Not offered: no table.
    assert_eq!(SecurityAction::permissions(Operation::Delete), None);
}

#[test]
fn seed_000_create_token_check() {
    // The token seed 000's table asks for, as a signed-in user's `scp` claim.
    let user = Granted::delegated("openid profile DeviceManagementManagedDevices.ReadWrite.All");
    assert_eq!(
        RemoteActionAudit::check_access(Operation::Create, &user),
        Access::Allowed(DEVICES_RW)
    );
    // Names compare ignoring case, as Entra ID treats them.
    let lower = Granted::delegated("devicemanagementmanageddevices.readwrite.all");
    assert!(RemoteActionAudit::check_access(Operation::Create, &lower).is_allowed());
}

#[test]
fn seed_001_create_token_check() {
    let cases = [
        (
            Granted::delegated(CONFIGURATION_RW),
            Access::Allowed(CONFIGURATION_RW),
        ),
        // Both held: the least privileged decides.
        (
            Granted::delegated("DeviceManagementManagedDevices.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All"),
            Access::Allowed(CONFIGURATION_RW),
        ),
        (
            Granted::delegated("User.Read DeviceManagementManagedDevices.Read.All"),
            Access::Missing(AUDIT_WRITE),
        ),
        (Granted::delegated(""), Access::Missing(AUDIT_WRITE)),
        (
            Granted::delegated_personal(DEVICES_RW),
            Access::NotSupported,
        ),
        (
            Granted::application([DEVICES_RW]),
            Access::Allowed(DEVICES_RW),
        ),
        (
            Granted::application(["DeviceManagementConfiguration.Read.All"]),
            Access::Missing(AUDIT_WRITE),
        ),
    ];
    for (granted, expected) in cases {
        assert_eq!(
            RemoteActionAudit::check_access(Operation::Create, &granted),
            expected,
            "{granted:?}"
        );
    }
}

#[test]
fn seed_002_update_token_check() {
    // The `roles` claim as a JSON library hands it over: owned strings.
    let roles: Vec<String> = ["Directory.Read.All", CONFIGURATION_RW]
        .iter()
        .map(|role| role.to_string())
        .collect();
    let app = Granted::application(roles.iter().map(String::as_str));
    assert_eq!(
        RemoteActionAudit::check_access(Operation::Update, &app),
        Access::Allowed(CONFIGURATION_RW)
    );
    let reader = Granted::delegated("DeviceManagementManagedDevices.Read.All");
    let access = RemoteActionAudit::check_access(Operation::Update, &reader);
    assert_eq!(access, Access::Missing(AUDIT_WRITE));
    assert_eq!(
        access.to_string(),
        "needs one of DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All (least privileged first)"
    );
    // Operations without a declared table cannot be answered.
    assert_eq!(
        RemoteActionAudit::check_access(Operation::Get, &reader),
        Access::Undeclared
    );
}

#[test]
fn seed_003_security_action_token_check() {
    let writer = Granted::application(["SecurityActions.ReadWrite.All"]);
    let reader = Granted::application(["SecurityActions.Read.All"]);
    let user = Granted::delegated("SecurityActions.ReadWrite.All SecurityActions.Read.All");
    let cases = [
        (
            Operation::Create,
            &writer,
            Access::Allowed("SecurityActions.ReadWrite.All"),
        ),
        (
            Operation::Create,
            &reader,
            Access::Missing(&["SecurityActions.ReadWrite.All"]),
        ),
        (Operation::Create, &user, Access::NotSupported),
        (
            Operation::Update,
            &writer,
            Access::Allowed("SecurityActions.ReadWrite.All"),
        ),
        (
            Operation::Get,
            &reader,
            Access::Allowed("SecurityActions.Read.All"),
        ),
        (
            Operation::List,
            &writer,
            Access::Allowed("SecurityActions.ReadWrite.All"),
        ),
        (Operation::List, &user, Access::NotSupported),
        (Operation::Delete, &writer, Access::NotOffered),
    ];
    for (operation, granted, expected) in cases {
        assert_eq!(
            SecurityAction::check_access(operation, granted),
            expected,
            "{operation} {granted:?}"
        );
    }
}

#[test]
fn payloads_and_endpoints_know_their_permissions() {
    let payload = Payload::update(RemoteActionAudit::default()).unwrap();
    assert_eq!(payload.permissions(), Some(audit(Operation::Update)));
    let endpoint = SecurityAction::endpoint(Operation::Get).unwrap();
    assert_eq!(
        endpoint.permissions().to_string(),
        "Delegated (work or school account): not supported\n\
         Delegated (personal Microsoft account): not supported\n\
         Application: SecurityActions.Read.All, SecurityActions.ReadWrite.All"
    );
    assert_eq!(endpoint.clouds(), Some(&[Cloud::Global][..]));
    assert!(!endpoint.is_available_in(Cloud::China));
}

/// The clouds Graph's reference pages name in their "all clouds" note (`all-clouds.md`): the
/// pages predate the other national clouds, whose availability comes from their schemas.
const PAGE_CLOUDS: [Cloud; 4] = [
    Cloud::Global,
    Cloud::UsGovL4,
    Cloud::UsGovL5Dod,
    Cloud::China,
];

/// The national clouds a seed page lists, or the four of the "all clouds" note when it
/// includes it; `None` when it says nothing.
fn seed_clouds(name: &str) -> Option<Vec<Cloud>> {
    let path = format!("{}/tests/data/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    if text.contains("includes/all-clouds.md") {
        return Some(PAGE_CLOUDS.to_vec());
    }
    let (_, after) = text.split_once("available in the following national cloud deployments")?;
    // The clouds are on the first non-empty line after the sentence.
    let (_, after) = after.split_once('\n')?;
    let line = after.lines().map(str::trim).find(|line| !line.is_empty())?;
    Some(
        Cloud::ALL
            .into_iter()
            .filter(|cloud| line.contains(cloud.title()))
            .collect(),
    )
}

#[test]
fn clouds_are_those_the_seed_pages_list() {
    assert_eq!(seed_clouds(SEED_001), Some(PAGE_CLOUDS.to_vec()));
    assert_eq!(seed_clouds(SEED_002), Some(PAGE_CLOUDS.to_vec()));
    assert_eq!(
        RemoteActionAudit::RESOURCE.clouds(),
        seed_clouds(SEED_001).as_deref()
    );
    // Seed 003 says nothing; Graph's published page marks the global service only.
    assert_eq!(seed_clouds(SEED_003), None);
    assert_eq!(
        SecurityAction::RESOURCE.clouds(),
        Some(&[Cloud::Global][..])
    );
    for cloud in Cloud::ALL {
        assert_eq!(
            RemoteActionAudit::is_available_in(cloud),
            PAGE_CLOUDS.contains(&cloud),
            "{cloud}"
        );
        assert_eq!(
            SecurityAction::is_available_in(cloud),
            cloud == Cloud::Global
        );
    }
}

#[test]
fn requests_for_a_cloud_the_operation_does_not_exist_in_are_refused() {
    let create = Payload::<SecurityAction>::create_from_json(
        br#"{"name": "BlockIp", "parameters": [{"name": "IP", "value": "1.2.3.4"}],
             "vendorInformation": {"vendor": "Microsoft"}}"#,
    )
    .unwrap();
    assert!(create
        .request(Cloud::Global, &SecurityAction::location())
        .is_ok());
    let refused = create
        .request(Cloud::China, &SecurityAction::location())
        .unwrap_err();
    assert_eq!(
        refused,
        RequestError::UnavailableInCloud {
            entity: "microsoft.graph.securityAction",
            operation: Operation::Create,
            cloud: Cloud::China,
            available: &[Cloud::Global],
        }
    );
    assert_eq!(
        refused.to_string(),
        "microsoft.graph.securityAction create does not exist in the China operated by 21Vianet cloud (https://microsoftgraph.chinacloudapi.cn): Graph offers it in: Global service; build the request for one of those (RequestOptions::new(Cloud::…)), or, if Graph now offers it there, add `china` to #[graph_entity(clouds(global))]"
    );
    // Every operation, every other cloud: tests/requests.rs.
}

/// An entity that declares neither permissions nor clouds.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(path = "/deviceManagement/deviceCategories", version = "beta")]
struct DeviceCategory {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn without_declarations_nothing_is_refused_and_nothing_is_known() {
    assert_eq!(DeviceCategory::RESOURCE.clouds(), None);
    for cloud in Cloud::ALL {
        assert!(DeviceCategory::is_available_in(cloud));
        assert!(DeviceCategory::get_request(
            &RequestOptions::new(cloud),
            &DeviceCategory::location().item("c")
        )
        .is_ok());
    }
    for operation in Operation::ALL {
        assert_eq!(
            DeviceCategory::permissions(operation),
            Some(Permissions::UNDECLARED)
        );
        assert_eq!(
            DeviceCategory::check_access(operation, &Granted::delegated("User.Read")),
            Access::Undeclared
        );
    }
}

/// An entity declaring tables with groups, Graph's own "Not supported." spelling, and some
/// rows left out.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(
    path = "/users/{userId}/events",
    operations(create, update, get, list, delete),
    clouds(global, us_gov_l4),
    permissions(
        read(
            delegated = "Calendars.ReadBasic, Calendars.Read",
            personal = "Calendars.Read",
            application = "Calendars.Read"
        ),
        write(delegated = "Calendars.ReadWrite", personal = "Not supported."),
    )
)]
struct Event {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn groups_cover_their_operations_and_rows_left_out_are_undeclared() {
    for operation in [Operation::Get, Operation::List] {
        let table = Event::permissions(operation).unwrap();
        assert_eq!(
            table.delegated(),
            Some(Scopes::AnyOf(&["Calendars.ReadBasic", "Calendars.Read"]))
        );
        assert_eq!(
            table.delegated_personal(),
            Some(Scopes::AnyOf(&["Calendars.Read"]))
        );
    }
    // `write` covers create, update and delete.
    for operation in [Operation::Create, Operation::Update, Operation::Delete] {
        let table = Event::permissions(operation).unwrap();
        assert_eq!(
            table.delegated(),
            Some(Scopes::AnyOf(&["Calendars.ReadWrite"]))
        );
        assert_eq!(table.delegated_personal(), Some(Scopes::NotSupported));
        assert_eq!(table.application(), None);
        assert_eq!(
            Event::check_access(operation, &Granted::application(["Calendars.ReadWrite"])),
            Access::Undeclared
        );
    }
    assert_eq!(
        Event::RESOURCE.clouds(),
        Some(&[Cloud::Global, Cloud::UsGovL4][..])
    );
    assert!(Event::list_request(
        &RequestOptions::new(Cloud::UsGovL4),
        &Event::at_users_events("u")
    )
    .is_ok());
    assert!(Event::list_request(
        &RequestOptions::new(Cloud::UsGovL5Dod),
        &Event::at_users_events("u")
    )
    .is_err());
}
