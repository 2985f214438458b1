//! The generated create and update builders: what they send, and that whatever they build
//! passes run-time validation, for both seed models.

use graph_entity::models::{
    ActionState, DeviceActionCategory, KeyValuePair, KeyValuePair2OfStringString,
    KeyValuePair2OfStringStringCreate, KeyValuePairRequired, OperationStatus, RemoteAction,
    RemoteActionAudit, RemoteActionAuditRequired, ResultInfo, SecurityAction,
    SecurityActionRequired, SecurityActionState, SecurityVendorInformation,
    SecurityVendorInformationRequired,
};
use graph_entity::{validate, Cloud, DateTimeOffset, GraphEntity, Mode, Payload};

fn date(text: &str) -> DateTimeOffset {
    DateTimeOffset::parse(text).unwrap()
}

fn body<E: GraphEntity>(payload: &Payload<E>) -> String {
    String::from_utf8(payload.to_json().unwrap()).unwrap()
}

/// What a builder made passes the run-time checks too: typed, and as JSON from outside.
fn assert_passes_validation<E: GraphEntity + std::fmt::Debug>(payload: &Payload<E>) {
    let mode = match payload.operation() {
        graph_entity::Operation::Create => Mode::Create,
        _ => Mode::Update,
    };
    assert_eq!(validate(payload.entity(), mode), Ok(()));
    let json = payload.to_json().unwrap();
    let reread = match mode {
        Mode::Create => Payload::<E>::create_from_json(&json),
        _ => Payload::<E>::update_from_json(&json),
    };
    assert_eq!(reread.map(|payload| body(&payload)), Ok(body(payload)));
}

fn audit_required() -> RemoteActionAuditRequired {
    RemoteActionAuditRequired {
        action: RemoteAction::FactoryReset,
        action_state: ActionState::Pending,
        request_date_time: date("2017-01-01T00:03:07.1589002-08:00"),
    }
}

#[test]
fn create_takes_the_required_properties_then_optional_ones_by_name() {
    let payload = RemoteActionAudit::create(audit_required())
        .managed_device_id("Managed Device Id value")
        .device_imei("first")
        .device_imei("Device IMEI value")
        .build()
        .unwrap();
    assert_eq!(
        body(&payload),
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","action":"factoryReset","requestDateTime":"2017-01-01T00:03:07.1589002-08:00","deviceIMEI":"Device IMEI value","actionState":"pending","managedDeviceId":"Managed Device Id value"}"##
    );
    let request = payload
        .request(Cloud::Global, &RemoteActionAudit::location())
        .unwrap();
    assert_eq!(request.method(), "POST");
    assert_passes_validation(&payload);
}

#[test]
#[allow(deprecated)]
fn every_settable_property_of_remote_action_audit_builds_a_valid_create() {
    let payload = RemoteActionAudit::create(audit_required())
        .device_display_name("Device Display Name value")
        .user_name("User Name value")
        .initiated_by_user_principal_name("Initiated By User Principal Name value")
        .device_owner_user_principal_name("Device Owner User Principal Name value")
        .device_imei("Device IMEI value")
        .managed_device_id("Managed Device Id value")
        .device_action_details(vec![KeyValuePair2OfStringString::create()
            .key("k")
            .value("v")
            .build()])
        .device_action_category(DeviceActionCategory::Bulk)
        .bulk_device_action_id("Bulk Device Action Id value")
        .build()
        .unwrap();
    assert_passes_validation(&payload);
    let _: fn() -> KeyValuePair2OfStringStringCreate = KeyValuePair2OfStringString::create;
}

fn security_action_create() -> Payload<SecurityAction> {
    SecurityAction::create(SecurityActionRequired {
        name: "BlockIp".into(),
        parameters: vec![
            KeyValuePair::create(KeyValuePairRequired { name: "IP".into() })
                .value("1.2.3.4")
                .build(),
        ],
        vendor_information: SecurityVendorInformation::create(SecurityVendorInformationRequired {
            vendor: "Microsoft".into(),
        })
        .provider("Windows Defender ATP")
        .build(),
    })
    .action_reason("Suspicious traffic")
    .client_context("ctx")
    .completed_date_time(date("2018-01-01T00:00:00Z"))
    .error_info(
        ResultInfo::create()
            .code(0)
            .subcode(0)
            .message("ok")
            .build(),
    )
    .states(vec![SecurityActionState::create()
        .status(OperationStatus::Completed)
        .updated_date_time(date("2018-01-01T00:00:00Z"))
        .build()
        .unwrap()])
    .status(OperationStatus::Running)
    .build()
    .unwrap()
}

#[test]
fn security_action_creates_nest_checked_complex_values() {
    let payload = security_action_create();
    assert_eq!(
        body(&payload),
        r##"{"@odata.type":"#microsoft.graph.securityAction","actionReason":"Suspicious traffic","clientContext":"ctx","completedDateTime":"2018-01-01T00:00:00Z","errorInfo":{"@odata.type":"#microsoft.graph.resultInfo","code":0,"message":"ok","subcode":0},"name":"BlockIp","parameters":[{"@odata.type":"#microsoft.graph.keyValuePair","name":"IP","value":"1.2.3.4"}],"states":[{"@odata.type":"#microsoft.graph.securityActionState","status":"Completed","updatedDateTime":"2018-01-01T00:00:00Z"}],"status":"Running","vendorInformation":{"@odata.type":"#microsoft.graph.securityVendorInformation","provider":"Windows Defender ATP","vendor":"Microsoft"}}"##
    );
    assert_passes_validation(&payload);
}

#[test]
fn update_sends_only_what_was_touched_and_clears_with_null() {
    let payload = RemoteActionAudit::update()
        .clear_device_display_name()
        .action_state(ActionState::Done)
        .clear_bulk_device_action_id()
        .bulk_device_action_id("b-2")
        .clear_managed_device_id()
        .build()
        .unwrap();
    assert_eq!(
        body(&payload),
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit","actionState":"done","bulkDeviceActionId":"b-2","deviceDisplayName":null,"managedDeviceId":null}"##
    );
    let request = payload
        .request(Cloud::Global, &RemoteActionAudit::location().item("a1"))
        .unwrap();
    assert_eq!(request.method(), "PATCH");
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits/a1"
    );
    assert_passes_validation(&payload);
    assert_eq!(
        body(&RemoteActionAudit::update().build()),
        r##"{"@odata.type":"#microsoft.graph.remoteActionAudit"}"##
    );
}

#[test]
fn security_action_updates_pass_validation() {
    let payload = SecurityAction::update()
        .status(OperationStatus::Completed)
        .clear_error_info()
        .vendor_information(
            SecurityVendorInformation::create(SecurityVendorInformationRequired {
                vendor: "Microsoft".into(),
            })
            .build(),
        )
        .build()
        .unwrap();
    assert_eq!(
        body(&payload),
        r##"{"@odata.type":"#microsoft.graph.securityAction","status":"Completed","vendorInformation":{"@odata.type":"#microsoft.graph.securityVendorInformation","vendor":"Microsoft"},"errorInfo":null}"##
    );
    assert_passes_validation(&payload);
}

#[test]
fn builders_without_enum_values_build_without_a_check() {
    // Only text, numbers and builder-made values: `build()` gives the value itself.
    let _: graph_entity::Checked<KeyValuePair> =
        KeyValuePair::create(KeyValuePairRequired { name: "IP".into() })
            .value("1.2.3.4")
            .build();
    let _: Payload<RemoteActionAudit> = RemoteActionAudit::update()
        .device_imei("353535353535353")
        .clear_bulk_device_action_id()
        .build();
}

#[test]
fn builders_refuse_the_catch_all_and_unknown_future_value() {
    // An enum value may be a member Graph did not publish, or its marker for later members:
    // `build()` checks, and no `Payload` or `Checked` holds either.
    let problems = RemoteActionAudit::update()
        .action_state(ActionState::Other("admin".into()))
        .build()
        .unwrap_err();
    assert!(
        problems
            .to_string()
            .contains("\"admin\" is not a known actionState member"),
        "{problems}"
    );
    let problems = RemoteActionAudit::create(RemoteActionAuditRequired {
        action: RemoteAction::UnknownFutureValue,
        ..audit_required()
    })
    .build()
    .unwrap_err();
    assert!(
        problems
            .to_string()
            .contains("\"unknownFutureValue\" is Graph's marker for members added later"),
        "{problems}"
    );
    let problems = SecurityActionState::create()
        .status(OperationStatus::Other("Paused".into()))
        .build()
        .unwrap_err();
    assert!(problems.to_string().contains("\"Paused\""), "{problems}");
    // Validation, which the builders use, refuses them too.
    let audit: RemoteActionAudit =
        serde_json::from_str(r#"{"action":"unknownFutureValue"}"#).unwrap();
    assert!(Payload::update(audit).is_err());
}

/// Graph names properties after operators' trait methods (`sub`, a token's subject; `add`,
/// `not`): their setters compile lint-free and set what they name.
#[derive(graph_entity::GraphComplex, Debug)]
pub struct Claims {
    pub sub: Option<String>,
    pub add: Option<bool>,
    pub not: Option<bool>,
    #[graph(extra)]
    pub extra: graph_entity::Extra,
}

#[test]
fn setters_named_after_operator_methods_set_their_property() {
    let claims = Claims::create().sub("subject").add(true).not(false).build();
    assert_eq!(
        serde_json::to_string(claims.get()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.claims","sub":"subject","add":true,"not":false}"##
    );
}
