//! Patch by diff: `Payload::update_from_diff(&before, &after)` sends exactly what changed,
//! never a read-only property, `null` for a removed nullable property, and refuses to clear a
//! non-nullable one, for both seed models.

mod common;

use common::*;
use graph_entity::models::{
    ActionState, DeviceActionCategory, KeyValuePair2OfStringString, OperationStatus, RemoteAction,
    RemoteActionAudit, SecurityAction,
};
use graph_entity::{from_json, Cloud, DateTimeOffset, Extra, GraphComplex, GraphEntity, Payload};
use serde_json::{json, Value};

fn body<E: GraphEntity>(payload: &Payload<E>) -> Value {
    serde_json::from_slice(&payload.to_json().unwrap()).unwrap()
}

/// The entity as Graph answered a GET: seed 002's response.
fn audit_as_read() -> RemoteActionAudit {
    from_json(seed_examples(SEED_002)[1].json.as_bytes()).unwrap()
}

#[test]
fn get_change_two_fields_patch_sends_two_fields() {
    let before = audit_as_read();
    let mut after = before.clone();
    after.action_state = Some(ActionState::Done);
    after.device_display_name = Some("Kiosk 7".into());

    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        body(&patch),
        json!({
            "@odata.type": "#microsoft.graph.remoteActionAudit",
            "deviceDisplayName": "Kiosk 7",
            "actionState": "done"
        })
    );
    let request = patch
        .request(
            Cloud::Global,
            &RemoteActionAudit::location().item(before.id.as_deref().unwrap()),
        )
        .unwrap();
    assert_eq!(request.method(), "PATCH");
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits/477f8d24-8d24-477f-248d-7f47248d7f47"
    );
}

#[test]
fn unchanged_entities_give_an_empty_patch_and_read_only_changes_are_never_sent() {
    let before = audit_as_read();
    let patch = Payload::update_from_diff(&before, &before.clone()).unwrap();
    assert_eq!(
        body(&patch),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit"})
    );
    let mut after = before.clone();
    after.id = Some("other".into());
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        body(&patch),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit"})
    );
}

#[test]
fn a_removed_nullable_property_is_sent_as_null() {
    let before = audit_as_read();
    let mut after = before.clone();
    after.bulk_device_action_id = None;
    after.managed_device_id = None;
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        patch.to_json().unwrap(),
        br##"{"@odata.type":"#microsoft.graph.remoteActionAudit","managedDeviceId":null,"bulkDeviceActionId":null}"##
    );
    // Kept as the `clear_*` builders keep it: a `null` member of `extra`.
    assert_eq!(
        patch.entity().extra.get("bulkDeviceActionId"),
        Some(Value::Null)
    );
    // The same as the builder's.
    let built = RemoteActionAudit::update()
        .clear_managed_device_id()
        .clear_bulk_device_action_id()
        .build();
    assert_eq!(patch.to_json().unwrap(), built.to_json().unwrap());
}

#[test]
fn removing_a_non_nullable_or_required_property_is_a_problem_at_its_path() {
    let before = audit_as_read();
    let mut after = before.clone();
    after.device_action_category = None;
    after.action = None;
    after.device_display_name = Some("still reported with the rest".into());
    assert_eq!(
        problem_lines(Payload::update_from_diff(&before, &after)),
        [
            "action: removed from the changed entity, but the property is required: Graph cannot clear it; keep its value or set another (field `action`, expected a member of remoteAction (a string))",
            "deviceActionCategory: removed from the changed entity, but the property is non-nullable: Graph cannot clear it; keep its value or set another (field `device_action_category`, expected a member of deviceActionCategory (a string))",
        ]
    );
    // Changing it is fine.
    after.device_action_category = Some(DeviceActionCategory::Single);
    after.action = before.action.clone();
    assert!(Payload::update_from_diff(&before, &after).is_ok());
}

#[test]
fn absent_and_explicit_null_are_the_same() {
    let before: RemoteActionAudit =
        from_json(br#"{"id": "a1", "managedDeviceId": null, "deviceIMEI": "1"}"#).unwrap();
    let mut after = before.clone();
    after.extra = Extra::new(); // drops the `null` read for managedDeviceId
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        body(&patch),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit"})
    );
    // From null to a value is a change.
    after.managed_device_id = Some("m2".into());
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(body(&patch)["managedDeviceId"], "m2");
}

#[test]
fn collections_are_sent_whole() {
    let before = audit_as_read();
    let mut after = before.clone();
    let mut details = after.device_action_details.clone().unwrap_or_default();
    details.push(KeyValuePair2OfStringString {
        key: Some("reason".into()),
        value: Some("lost".into()),
        ..Default::default()
    });
    after.device_action_details = Some(details);
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        body(&patch),
        json!({
            "@odata.type": "#microsoft.graph.remoteActionAudit",
            // The value read is sent as read (its `@odata.type` spelled without `#`); the
            // one built in Rust names its type.
            "deviceActionDetails": [
                {"@odata.type": "microsoft.graph.keyValuePair_2OfString_String"},
                {"@odata.type": "#microsoft.graph.keyValuePair_2OfString_String", "key": "reason", "value": "lost"}
            ]
        })
    );
}

#[test]
fn members_without_a_typed_property_follow_the_type_rules() {
    let before: RemoteActionAudit = from_json(
        br#"{"id": "a1", "@odata.etag": "W/\"1\"", "newGraphProperty": 1, "deviceIMEI": "1"}"#,
    )
    .unwrap();
    // Unchanged ones (an etag, a property the model does not know) are not sent.
    let mut after = before.clone();
    after.device_imei = Some("2".into());
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit", "deviceIMEI": "2"})
    );
    // Removed ones are not cleared: set them to null to clear them.
    after.extra = Extra::new();
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit", "deviceIMEI": "2"})
    );
    // A changed one is sent: a model need not declare every property Graph has.
    after.extra.insert("newGraphProperty", 2);
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({"@odata.type": "#microsoft.graph.remoteActionAudit", "deviceIMEI": "2", "newGraphProperty": 2})
    );
    // One that is a slip of a declared name follows the type's rules: refused.
    after.extra.insert("deviceImei", "3");
    let lines = problem_lines(Payload::update_from_diff(&before, &after));
    assert_eq!(
        lines,
        ["deviceImei: unknown property of microsoft.graph.remoteActionAudit: did you mean \"deviceIMEI\"?"]
    );
}

#[test]
fn the_result_is_checked_like_any_update() {
    let before = audit_as_read();
    let mut after = before.clone();
    after.action = Some(RemoteAction::Other("selfDestruct".into()));
    let lines = problem_lines(Payload::update_from_diff(&before, &after));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("action: \"selfDestruct\" is not a known remoteAction member"),
        "{lines:?}"
    );
}

/// A securityAction as Graph's create page answers it.
fn security_action_as_read() -> SecurityAction {
    from_json(
        br##"{
            "@odata.type": "#microsoft.graph.securityAction",
            "id": "1234567890",
            "status": "NotStarted",
            "createdDateTime": "2019-01-10T12:23:23.333Z",
            "lastActionDateTime": "2019-01-10T12:23:23.333Z",
            "name": "blockIp",
            "actionReason": "Test",
            "errorInfo": null,
            "vendorInformation": {"provider": "Windows Defender ATP", "providerVersion": null, "subProvider": null, "vendor": "Microsoft"},
            "parameters": [{"name": "IP", "value": "1.2.3.4"}],
            "customerTicket": "T-1"
        }"##,
    )
    .unwrap()
}

#[test]
fn security_action_get_change_two_fields_patch() {
    let before = security_action_as_read();
    let mut after = before.clone();
    after.status = Some(OperationStatus::Running);
    after.vendor_information.as_mut().unwrap().provider = Some("Microsoft Defender".into());
    // Read-only, never sent.
    after.created_date_time = Some(DateTimeOffset::parse("2020-01-01T00:00:00Z").unwrap());

    let patch = Payload::update_from_diff(&before, &after).unwrap();
    // The complex value is sent whole, as Graph replaces it whole.
    assert_eq!(
        body(&patch),
        json!({
            "@odata.type": "#microsoft.graph.securityAction",
            "status": "Running",
            // Read without `@odata.type`: sent without one.
            "vendorInformation": {
                "provider": "Microsoft Defender",
                "vendor": "Microsoft",
                "providerVersion": null,
                "subProvider": null
            }
        })
    );
    assert!(patch
        .request(
            Cloud::Global,
            &SecurityAction::location().item("1234567890")
        )
        .is_ok());
}

#[test]
fn security_action_is_open_so_its_other_properties_are_sent_and_cleared_by_null() {
    let before = security_action_as_read();
    let mut after = before.clone();
    after.extra.insert("customerTicket", "T-2");
    after.extra.insert("severity", "high");
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({"@odata.type": "#microsoft.graph.securityAction", "customerTicket": "T-2", "severity": "high"})
    );
    let mut after = before.clone();
    after.extra.insert("customerTicket", Value::Null);
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({"@odata.type": "#microsoft.graph.securityAction", "customerTicket": null})
    );
}

#[test]
fn security_action_required_properties_cannot_be_removed() {
    let before = security_action_as_read();
    let mut after = before.clone();
    after.name = None;
    after.parameters = None;
    after.action_reason = None;
    assert_eq!(
        problem_lines(Payload::update_from_diff(&before, &after)),
        [
            "name: removed from the changed entity, but the property is required: Graph cannot clear it; keep its value or set another (field `name`, expected a String)",
            "parameters: removed from the changed entity, but the property is required: Graph cannot clear it; keep its value or set another (field `parameters`, expected a JSON array (a collection), each element a microsoft.graph.keyValuePair object)",
        ]
    );
}

/// A complex type with a member Graph sets.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct Assignment {
    pub target: Option<String>,
    #[graph(read_only)]
    pub assigned_date_time: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceManagement/scripts", version = "beta")]
pub struct Script {
    #[graph(read_only)]
    pub id: Option<String>,
    pub assignments: Option<Vec<Assignment>>,
    pub primary: Option<Assignment>,
    #[graph(extra)]
    pub extra: Extra,
}

#[test]
fn whole_complex_values_are_sent_without_their_read_only_members() {
    let before: Script = from_json(
        br#"{"id": "s", "assignments": [{"target": "a", "assignedDateTime": "then"}],
             "primary": {"target": "a", "assignedDateTime": "then"}}"#,
    )
    .unwrap();
    let mut after = before.clone();
    after.assignments.as_mut().unwrap().push(Assignment {
        target: Some("b".into()),
        ..Default::default()
    });
    after.primary.as_mut().unwrap().target = Some("b".into());
    assert_eq!(
        body(&Payload::update_from_diff(&before, &after).unwrap()),
        json!({
            "@odata.type": "#microsoft.graph.script",
            // Values read without `@odata.type` are sent without; the one built names its type.
            "assignments": [
                {"target": "a"},
                {"@odata.type": "#microsoft.graph.assignment", "target": "b"}
            ],
            "primary": {"target": "b"}
        })
    );
}
