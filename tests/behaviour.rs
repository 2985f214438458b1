//! What the derives generate, seen from a user: `@odata.type`, lossless round trips,
//! enums, validation rules with their JSON paths, and endpoints with parent parameters.

mod common;

use common::problem_lines;
use graph_entity::models::{
    ActionState, DeviceActionCategory, KeyValuePair, OperationStatus, RemoteAction,
    RemoteActionAudit, SecurityAction, SecurityActionState, SecurityVendorInformation,
};
use graph_entity::{
    from_json, validate, ApiVersion, Cloud, DateTimeOffset, Extra, GraphEntity, GraphEnum,
    GraphObject, Mode, Operation, Payload, UrlError,
};
use serde_json::{json, Value};

fn audit(json: Value) -> Result<RemoteActionAudit, graph_entity::Problems> {
    from_json(json.to_string().as_bytes())
}

fn valid_audit() -> RemoteActionAudit {
    RemoteActionAudit {
        action: Some(RemoteAction::FactoryReset),
        action_state: Some(ActionState::Pending),
        request_date_time: Some(
            DateTimeOffset::parse("2017-01-01T00:03:07.1589002-08:00").unwrap(),
        ),
        ..RemoteActionAudit::default()
    }
}

#[test]
fn odata_type_is_optional_on_read_with_or_without_hash() {
    // Read and written back as read: absent stays absent, a spelling stays that spelling.
    for text in [
        r##"{"deviceDisplayName":"d"}"##,
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","deviceDisplayName":"d"}"##,
        r##"{"@odata.type":"microsoft.graph.remoteActionAudit","deviceDisplayName":"d"}"##,
        r##"{"@odata.type":"#Microsoft.Graph.remoteActionAudit","deviceDisplayName":"d"}"##,
    ] {
        let read: RemoteActionAudit = from_json(text.as_bytes()).unwrap();
        assert_eq!(read.device_display_name.as_deref(), Some("d"));
        assert_eq!(serde_json::to_string(&read).unwrap(), text);
        // A create or update payload names its type first, whatever was read.
        let sent = Payload::update(read).unwrap().to_json().unwrap();
        assert!(
            sent.starts_with(br##"{"@odata.type":""##),
            "{}",
            String::from_utf8_lossy(&sent)
        );
    }
    // Built in Rust: written.
    let built = RemoteActionAudit {
        device_display_name: Some("d".into()),
        ..RemoteActionAudit::default()
    };
    assert_eq!(
        serde_json::to_string(&built).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","deviceDisplayName":"d"}"##
    );
}

#[test]
fn a_different_odata_type_is_refused_naming_both() {
    let expected = [
        "[\"@odata.type\"]: @odata.type is \"#microsoft.graph.managedDevice\", expected \"#microsoft.graph.remoteActionAudit\" (a different type cannot be read as microsoft.graph.remoteActionAudit)",
    ];
    assert_eq!(
        problem_lines(audit(
            json!({"@odata.type": "#microsoft.graph.managedDevice"})
        )),
        expected
    );
    let serde_error = serde_json::from_str::<RemoteActionAudit>(
        r##"{"@odata.type": "#microsoft.graph.managedDevice"}"##,
    )
    .unwrap_err()
    .to_string();
    assert!(
        serde_error.contains("#microsoft.graph.managedDevice"),
        "{serde_error}"
    );
    assert!(
        serde_error.contains("#microsoft.graph.remoteActionAudit"),
        "{serde_error}"
    );

    let nested = json!({"vendorInformation": {"@odata.type": "microsoft.graph.keyValuePair", "vendor": "v"}});
    let lines = problem_lines(from_json::<SecurityAction>(nested.to_string().as_bytes()));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with(
            "vendorInformation[\"@odata.type\"]: @odata.type is \"microsoft.graph.keyValuePair\""
        ),
        "{lines:?}"
    );
}

#[test]
fn unknown_properties_annotations_and_nulls_are_kept_and_written_back() {
    let input = json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#remoteActionAudits/$entity",
        "@odata.etag": "W/\"1\"",
        "action@odata.type": "#microsoft.graph.remoteAction",
        "action": "remoteLock",
        "futureProperty": {"nested": [1, 2, 3]},
        "userName": null,
        "deviceIMEI": null
    });
    let read = audit(input.clone()).unwrap();
    assert_eq!(read.action, Some(RemoteAction::RemoteLock));
    assert_eq!(read.device_imei, None);
    assert_eq!(
        read.extra.get("futureProperty"),
        Some(json!({"nested": [1, 2, 3]}))
    );
    assert_eq!(read.extra.get("deviceIMEI"), Some(Value::Null));
    assert_eq!(serde_json::to_value(&read).unwrap(), input);
}

#[test]
fn a_typed_value_wins_over_a_kept_null_of_the_same_property() {
    let mut read = audit(json!({"deviceIMEI": null})).unwrap();
    read.device_imei = Some("35-209900-176148-1".into());
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r##"{"deviceIMEI":"35-209900-176148-1"}"##
    );
}

#[test]
fn unknown_enum_members_read_and_write_back_unchanged_but_are_not_sent() {
    let read = audit(json!({"action": "launchQuantumScan", "actionState": "pending"})).unwrap();
    assert_eq!(
        read.action,
        Some(RemoteAction::Other("launchQuantumScan".into()))
    );
    assert_eq!(read.action.as_ref().map(GraphEnum::is_known), Some(false));
    assert_eq!(
        serde_json::to_value(&read).unwrap()["action"],
        "launchQuantumScan"
    );

    let mut payload = valid_audit();
    payload.action = Some(RemoteAction::Other("factoryRest".into()));
    let lines = problem_lines(Payload::create(payload));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("action: \"factoryRest\" is not a known remoteAction member: did you mean \"factoryReset\"? expected one of: unknown, factoryReset,"),
        "{lines:?}"
    );
}

#[test]
fn enum_members_use_lower_camel_case_or_the_declared_case() {
    assert_eq!(
        RemoteAction::LogoutSharedAppleDeviceActiveUser.as_str(),
        "logoutSharedAppleDeviceActiveUser"
    );
    assert_eq!(
        RemoteAction::UnknownFutureValue.to_string(),
        "unknownFutureValue"
    );
    assert_eq!(RemoteAction::MEMBERS.len(), 43);
    assert_eq!(RemoteAction::NAME, "remoteAction");
    assert_eq!(OperationStatus::NotStarted.as_str(), "NotStarted");
    assert_eq!(
        "Running".parse::<OperationStatus>(),
        Ok(OperationStatus::Running)
    );
    // Graph reads members in any case; they are written as the schema spells them.
    assert_eq!(
        "running".parse::<OperationStatus>(),
        Ok(OperationStatus::Running)
    );
    assert_eq!(
        "runnin".parse::<OperationStatus>(),
        Ok(OperationStatus::Other("runnin".into()))
    );
    assert_eq!(
        DeviceActionCategory::from_member("bulk"),
        Some(DeviceActionCategory::Bulk)
    );
    assert_eq!(
        ActionState::MEMBERS,
        [
            "none",
            "pending",
            "canceled",
            "active",
            "done",
            "failed",
            "notSupported"
        ]
    );
}

#[test]
fn date_time_offsets_round_trip_byte_for_byte_inside_entities() {
    let text = r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","requestDateTime":"2017-01-01T00:03:07.1589002-08:00"}"##;
    let read: RemoteActionAudit = from_json(text.as_bytes()).unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), text);
}

#[test]
fn create_requires_required_properties_and_refuses_read_only_ones() {
    let mut payload = RemoteActionAudit {
        id: Some("477f8d24".into()),
        ..RemoteActionAudit::default()
    };
    payload.device_display_name = Some("d".into());
    assert_eq!(
        problem_lines(Payload::create(payload)),
        [
            "id: read-only property: Graph sets it, so leave it out of create and update payloads",
            "action: missing required property: creating a microsoft.graph.remoteActionAudit needs it (field `action`), expected a member of remoteAction (a string)",
            "requestDateTime: missing required property: creating a microsoft.graph.remoteActionAudit needs it (field `request_date_time`), expected a DateTimeOffset (RFC 3339, such as \"2014-01-01T00:00:00Z\")",
            "actionState: missing required property: creating a microsoft.graph.remoteActionAudit needs it (field `action_state`), expected a member of actionState (a string)",
        ]
    );
    assert!(Payload::create(valid_audit()).is_ok());
}

#[test]
fn nested_complex_values_are_checked_with_their_paths() {
    let action = SecurityAction {
        name: Some("block".into()),
        parameters: Some(vec![
            KeyValuePair {
                name: Some("url".into()),
                ..KeyValuePair::default()
            },
            KeyValuePair {
                value: Some("x".into()),
                ..KeyValuePair::default()
            },
        ]),
        vendor_information: Some(SecurityVendorInformation::default()),
        states: Some(vec![SecurityActionState {
            status: Some(OperationStatus::Other("Paused".into())),
            ..SecurityActionState::default()
        }]),
        ..SecurityAction::default()
    };
    let lines = problem_lines(Payload::create(action));
    let paths: Vec<&str> = lines
        .iter()
        .map(|line| line.split(':').next().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "parameters[1].name",
            "states[0].status",
            "vendorInformation.vendor"
        ]
    );
}

#[test]
fn update_refuses_read_only_properties_and_null_on_non_nullable_ones() {
    let body = json!({
        "id": "x",
        "deviceActionCategory": null,
        "action": null,
        "bulkDeviceActionId": null
    });
    assert_eq!(
        problem_lines(Payload::<RemoteActionAudit>::update_from_json(body.to_string().as_bytes())),
        [
            "action: null is not allowed: the property is required, expected a member of remoteAction (a string)",
            "deviceActionCategory: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected a member of deviceActionCategory (a string))",
            "id: read-only property: Graph sets it, so leave it out of create and update payloads",
        ]
    );

    // A nullable property is cleared with an explicit null, and the null is sent.
    let clear = json!({"bulkDeviceActionId": null, "managedDeviceId": "m"});
    let payload =
        Payload::<RemoteActionAudit>::update_from_json(clear.to_string().as_bytes()).unwrap();
    let request = payload
        .request(Cloud::Global, &RemoteActionAudit::location().item("a1"))
        .unwrap();
    assert_eq!(
        String::from_utf8(request.body().clone()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","managedDeviceId":"m","bulkDeviceActionId":null}"##
    );

    // The same rules hold for a typed value carrying a null read from Graph.
    let mut read = audit(json!({"deviceActionCategory": null})).unwrap();
    assert_eq!(
        problem_lines(Payload::update(read.clone())),
        ["deviceActionCategory: null is not allowed: the property is non-nullable, so leave it out to keep its value (expected a member of deviceActionCategory (a string))"]
    );
    read.extra.remove("deviceActionCategory");
    assert!(Payload::update(read).is_ok());
}

#[test]
fn misspelled_properties_are_refused_with_a_suggestion_and_other_names_kept() {
    let body = json!({"deviceImei": "35", "colour": "red"});
    assert_eq!(
        problem_lines(Payload::<RemoteActionAudit>::update_from_json(body.to_string().as_bytes())),
        ["deviceImei: unknown property of microsoft.graph.remoteActionAudit: did you mean \"deviceIMEI\"?"]
    );
    // A name that is no slip of a declared one passes and is kept: a struct may declare part
    // of Graph's properties, and Graph documents bodies with properties its schema lacks.
    let body = json!({"colour": "red"});
    let payload =
        Payload::<RemoteActionAudit>::update_from_json(body.to_string().as_bytes()).unwrap();
    assert_eq!(payload.entity().extra.get("colour"), Some(json!("red")));
    // securityAction is open: any other property is legitimate and kept.
    let open = json!({"customerTicket": "T-1"});
    let payload = Payload::<SecurityAction>::update_from_json(open.to_string().as_bytes()).unwrap();
    assert_eq!(
        payload.entity().extra.get("customerTicket"),
        Some(json!("T-1"))
    );
    // Reading is lenient: Graph adds properties over time.
    assert!(audit(json!({"colour": "red"})).is_ok());
}

#[test]
fn type_errors_carry_json_paths_and_come_all_at_once() {
    let body = json!({
        "states": [
            {"updatedDateTime": "2018-01-01T00:00:00Z"},
            {"updatedDateTime": "String (timestamp)", "status": 3}
        ],
        "errorInfo": {"code": "E1", "subcode": 2147483648_i64},
        "parameters": {"name": "not an array"}
    });
    let lines = problem_lines(from_json::<SecurityAction>(body.to_string().as_bytes()));
    assert_eq!(
        lines,
        [
            "errorInfo.code: expected an Int32 (a whole number from -2147483648 to 2147483647), found the string \"E1\"",
            "errorInfo.subcode: expected an Int32 (a whole number from -2147483648 to 2147483647), found the number 2147483648",
            "parameters: expected a JSON array (a collection), each element a microsoft.graph.keyValuePair object, found an object",
            "states[1].status: expected a member of operationStatus (a string), found the number 3",
            "states[1].updatedDateTime: invalid DateTimeOffset \"String (timestamp)\", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"",
        ]
    );
}

#[test]
fn malformed_input_is_reported_at_the_root_without_panicking() {
    for (bytes, start) in [
        (
            &b"{\"action\": "[..],
            "$: invalid JSON: EOF while parsing a value",
        ),
        (
            &b"[1, 2]"[..],
            "$: expected a microsoft.graph.remoteActionAudit object, found an array of 2 elements",
        ),
        (&b"\xff\xfe"[..], "$: invalid JSON"),
        (
            &br#"{"action": "remoteLock", "action": "rebootNow"}"#[..],
            "$: duplicate property `action`",
        ),
    ] {
        let lines = problem_lines(from_json::<RemoteActionAudit>(bytes));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].starts_with(start), "{lines:?}");
    }
}

#[test]
fn validation_of_a_valid_typed_payload_finds_nothing() {
    assert_eq!(validate(&valid_audit(), Mode::Create), Ok(()));
    assert_eq!(validate(&valid_audit(), Mode::Update), Ok(()));
    assert_eq!(validate(&RemoteActionAudit::default(), Mode::Read), Ok(()));
}

#[test]
fn seed_models_declare_their_endpoints() {
    let resource = RemoteActionAudit::RESOURCE;
    assert_eq!(
        resource.collection_path(),
        "/deviceManagement/remoteActionAudits"
    );
    assert_eq!(
        resource.item_path(),
        "/deviceManagement/remoteActionAudits/{remoteActionAuditId}"
    );
    assert_eq!(resource.key(), "remoteActionAuditId");
    assert_eq!(resource.version(), ApiVersion::Beta);
    assert_eq!(resource.operations(), Operation::ALL);

    let security = SecurityAction::RESOURCE;
    assert_eq!(
        security.item_path(),
        "/security/securityActions/{securityActionId}"
    );
    assert!(SecurityAction::endpoint(Operation::Delete).is_none());
    assert_eq!(
        [
            <SecurityAction as GraphObject>::OPEN,
            <RemoteActionAudit as GraphObject>::OPEN
        ],
        [true, false]
    );

    let read_only: Vec<&str> = SecurityAction::PROPERTIES
        .iter()
        .filter(|property| property.is_read_only())
        .map(|property| property.json_name())
        .collect();
    assert_eq!(read_only, ["id", "createdDateTime"]);
    let required: Vec<&str> = SecurityAction::PROPERTIES
        .iter()
        .filter(|property| property.is_required())
        .map(|property| property.json_name())
        .collect();
    assert_eq!(required, ["name", "parameters", "vendorInformation"]);
}

/// An entity under a parent, as many Graph collections are.
#[derive(graph_entity::GraphEntity, Debug, Default)]
#[graph_entity(path = "/users/{userId}/events", operations(create, get, list))]
struct Event {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(required)]
    subject: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn parent_parameters_are_each_encoded_as_one_segment() {
    let get = Event::endpoint(Operation::Get).unwrap();
    assert_eq!(get.parameters(), ["userId", "eventId"]);
    assert_eq!(
        get.url(Cloud::UsGovL5Dod, &["a@b.com", "../../me?x=1#f"]).unwrap(),
        "https://dod-graph.microsoft.us/v1.0/users/a%40b%2Ecom/events/%2E%2E%2F%2E%2E%2Fme%3Fx%3D1%23f"
    );
    assert_eq!(
        get.url(Cloud::Global, &["", "e"]),
        Err(UrlError::EmptyArgument {
            parameter: "userId"
        })
    );

    let payload = Payload::create(Event {
        subject: Some("s".into()),
        ..Event::default()
    })
    .unwrap();
    let request = payload
        .request(Cloud::UsGovL4, &Event::at_users_events("u 1"))
        .unwrap();
    assert_eq!(request.method(), "POST");
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.us/v1.0/users/u%201/events"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.headers()["accept"], "application/json");
    assert!(Payload::update(Event::default())
        .unwrap()
        .request(Cloud::Global, &Event::at_users_events("u"))
        .is_err());
}

#[test]
fn property_schemas_describe_edm_types_enums_and_collections() {
    use graph_entity::__private::SchemaType;
    let schema_of = |name: &str| {
        RemoteActionAudit::PROPERTIES
            .iter()
            .find(|property| property.json_name() == name)
            .unwrap()
            .schema()
    };
    assert!(matches!(
        schema_of("requestDateTime"),
        SchemaType::Primitive("Edm.DateTimeOffset")
    ));
    assert!(matches!(
        schema_of("deviceIMEI"),
        SchemaType::Primitive("Edm.String")
    ));
    match schema_of("action") {
        SchemaType::Enum { name, members } => {
            assert_eq!(name, "remoteAction");
            assert_eq!(members.len(), 43);
        }
        other => panic!("{other:?}"),
    }
    match schema_of("deviceActionDetails") {
        SchemaType::Collection(element) => match element() {
            SchemaType::Object {
                odata_type,
                open,
                properties,
            } => {
                assert_eq!(odata_type, "microsoft.graph.keyValuePair_2OfString_String");
                assert!(!open);
                assert_eq!(properties.len(), 2);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

/// A recursive complex type holding, two levels down, an enum with members after
/// `unknownFutureValue`: walking its schema must find it and terminate.
#[derive(graph_entity::GraphComplex, Debug)]
struct TreeNode {
    label: Option<String>,
    children: Option<Vec<TreeNode>>,
    action: Option<RemoteAction>,
    #[graph(extra)]
    extra: Extra,
}

#[derive(graph_entity::GraphEntity, Debug)]
#[graph_entity(path = "/trees")]
struct Tree {
    root: Option<TreeNode>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn the_prefer_default_walks_nested_and_recursive_types() {
    assert!(graph_entity::prefers_unknown_enum_members::<Tree>());
    assert!(graph_entity::prefers_unknown_enum_members::<
        RemoteActionAudit,
    >());
    assert!(!graph_entity::prefers_unknown_enum_members::<SecurityAction>());
}

/// Read mode runs none of the write-only rules (read-only, required, non-nullable, unknown
/// properties, unknown members): what Graph sends is read as it is. A body with one type
/// error reports that error alone, however many write rules it breaks, at the top and in
/// the values inside.
#[test]
fn read_mode_runs_no_write_only_rule() {
    let body = json!({
        "id": "a1",
        "deviceActionCategory": null,
        "somethingNew": 1,
        "action": "aMemberGraphAddedLater",
        "deviceActionDetails": [{"key": null, "futureKey": "x"}, {"key": 5}],
        "requestDateTime": 7
    });
    assert_eq!(
        problem_lines(audit(body)),
        [
            "deviceActionDetails[1].key: expected a String, found the number 5",
            "requestDateTime: expected a DateTimeOffset (RFC 3339, such as \"2014-01-01T00:00:00Z\"), found the number 7"
        ]
    );
    // The same in a complex value of an open entity, whose nested type is closed.
    let body = json!({
        "id": "s1",
        "createdDateTime": "2017-01-01T00:00:00Z",
        "errorInfo": {"code": null, "detail": "x", "subcode": "one"},
        "vendorInformation": {"provider": "p"}
    });
    let lines = problem_lines(from_json::<SecurityAction>(body.to_string().as_bytes()));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("errorInfo.subcode: expected an Int32"),
        "{lines:?}"
    );

    // A typed value as read: every write rule broken, none reported for read.
    let mut read =
        audit(json!({"id": "a1", "deviceActionCategory": null, "somethingNew": 1})).expect("reads");
    read.action = Some(RemoteAction::Other("aMemberGraphAddedLater".into()));
    assert_eq!(validate(&read, Mode::Read), Ok(()));
    assert!(validate(&read, Mode::Create).is_err());
    assert!(validate(&read, Mode::Update).is_err());
}

/// Years outside 0000–9999: RFC 3339 (what `time` parses, and .NET's range that Graph
/// uses) has four-digit years only, so a sign or a fifth digit is refused at the property,
/// saying what is expected; year 0000 is RFC 3339 and is read and written back unchanged.
#[test]
fn years_outside_four_digits_are_refused_and_year_zero_round_trips() {
    for text in [
        "-0001-01-01T00:00:00Z",
        "+2017-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "99999-12-31T23:59:59Z",
        "-10000-01-01T00:00:00Z",
    ] {
        assert!(text.parse::<DateTimeOffset>().is_err(), "{text}");
        let lines = problem_lines(audit(json!({ "requestDateTime": text })));
        assert_eq!(
            lines,
            [format!(
                "requestDateTime: invalid DateTimeOffset \"{text}\": the year must be four digits, 0000 to 9999, expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\""
            )],
            "{text}"
        );
        let create = Payload::<RemoteActionAudit>::create_from_json(
            json!({"action": "remoteLock", "actionState": "pending", "requestDateTime": text})
                .to_string()
                .as_bytes(),
        );
        assert_eq!(
            problem_lines(create).len(),
            1,
            "{text}: refused on create too, at the property"
        );
    }
    for text in [
        "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.9999999+14:00",
    ] {
        let date: DateTimeOffset = text.parse().expect(text);
        assert_eq!(date.to_string(), text);
        let read = audit(json!({ "requestDateTime": text })).expect(text);
        let written = serde_json::to_value(&read).expect("writes");
        assert_eq!(written["requestDateTime"], text);
    }
}
