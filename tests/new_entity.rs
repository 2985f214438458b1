//! Adding an entity the project has never seen, as README's "Add a new Graph entity" shows:
//! Intune's `deviceCategory`, declared by a user, created, updated and read.

mod common;

use common::{example_binary, problem_lines};
use graph_entity::{from_json, Cloud, Extra, GraphEntity, Operation, Payload};

/// A device category (Intune beta), as a user declares it.
#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceManagement/deviceCategories", version = "beta")]
pub struct DeviceCategory {
    /// Set by Graph.
    #[graph(read_only)]
    pub id: Option<String>,
    /// Display name for the device category.
    #[graph(required)]
    pub display_name: Option<String>,
    /// Optional description for the device category.
    pub description: Option<String>,
    /// Scope tags for this entity instance.
    pub role_scope_tag_ids: Option<Vec<String>>,
    /// Everything else Graph sends.
    #[graph(extra)]
    pub extra: Extra,
}

#[test]
fn a_new_entity_gets_endpoints_requests_and_checks_from_the_derive() {
    let update = DeviceCategory::endpoint(Operation::Update).unwrap();
    assert_eq!(
        update.path_template(),
        "/deviceManagement/deviceCategories/{deviceCategoryId}"
    );

    let category = DeviceCategory {
        display_name: Some("Kiosks".into()),
        role_scope_tag_ids: Some(vec!["0".into()]),
        ..DeviceCategory::default()
    };
    let request = Payload::create(category)
        .unwrap()
        .request(Cloud::Global, &DeviceCategory::location())
        .unwrap();
    assert_eq!(request.method(), "POST");
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/deviceCategories"
    );
    assert_eq!(
        request.body(),
        br##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Kiosks","roleScopeTagIds":["0"]}"##
    );

    assert_eq!(
        problem_lines(Payload::create(DeviceCategory::default())),
        ["displayName: missing required property: creating a microsoft.graph.deviceCategory needs it (field `display_name`), expected a String"]
    );

    let patch = Payload::update(DeviceCategory {
        description: Some("Shared devices".into()),
        ..DeviceCategory::default()
    })
    .unwrap()
    .request(Cloud::China, &DeviceCategory::location().item("c1"))
    .unwrap();
    assert_eq!(patch.method(), "PATCH");
    assert_eq!(
        patch.uri(),
        "https://microsoftgraph.chinacloudapi.cn/beta/deviceManagement/deviceCategories/c1"
    );

    let response = br##"{"@odata.type": "#microsoft.graph.deviceCategory", "id": "c1", "displayName": "Kiosks", "description": null, "roleScopeTagIds": []}"##;
    let read: DeviceCategory = from_json(response).unwrap();
    assert_eq!(read.id.as_deref(), Some("c1"));
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        serde_json::from_slice::<serde_json::Value>(response).unwrap()
    );
}

#[test]
fn the_quickstart_example_prints_its_problems_and_the_request() {
    let output = std::process::Command::new(example_binary("quickstart"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("  id: read-only property"), "{stdout}");
    assert!(
        stdout.contains("  actionState: missing required property"),
        "{stdout}"
    );
    assert!(stdout.contains(
        "POST https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits\ncontent-type: application/json\naccept: application/json\n\n{\"@odata.type\":\"#microsoft.graph.remoteActionAudit\",\"action\":\"factoryReset\""
    ), "{stdout}");
}
