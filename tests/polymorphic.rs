//! Polymorphic reads: `#[derive(GraphPolymorphic)]` on an enum of the types derived from one
//! base type, dispatched on `@odata.type`, with a catch-all that keeps an unknown type's JSON.
//!
//! The hierarchy is Graph's device health script parameters: the abstract
//! `deviceHealthScriptParameter` and its three derived types (boolean, integer and string
//! parameters), held by a `deviceHealthScript`'s `detectionScriptParameters` collection.

mod common;

use common::{odata_type_not_first, problem_lines, with_canonical_odata_types};
use graph_entity::{
    from_json, validate_json, Checked, DateTimeOffset, Extra, GraphComplex, GraphEntity,
    GraphObject, GraphPolymorphic, GraphValue, Mode, Payload,
};
use serde_json::{json, Value};

/// A boolean parameter (`microsoft.graph.deviceHealthScriptBooleanParameter`).
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DeviceHealthScriptBooleanParameter {
    #[graph(required)]
    pub name: Option<String>,
    pub description: Option<String>,
    pub is_required: Option<bool>,
    pub apply_default_value_when_not_assigned: Option<bool>,
    pub default_value: Option<bool>,
    #[graph(extra)]
    pub extra: Extra,
}

/// An integer parameter (`microsoft.graph.deviceHealthScriptIntegerParameter`).
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DeviceHealthScriptIntegerParameter {
    #[graph(required)]
    pub name: Option<String>,
    pub description: Option<String>,
    pub is_required: Option<bool>,
    pub apply_default_value_when_not_assigned: Option<bool>,
    pub default_value: Option<i32>,
    #[graph(extra)]
    pub extra: Extra,
}

/// A string parameter (`microsoft.graph.deviceHealthScriptStringParameter`).
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DeviceHealthScriptStringParameter {
    #[graph(required)]
    pub name: Option<String>,
    pub description: Option<String>,
    pub is_required: Option<bool>,
    pub apply_default_value_when_not_assigned: Option<bool>,
    pub default_value: Option<String>,
    pub is_file_name: Option<bool>,
    #[graph(extra)]
    pub extra: Extra,
}

/// The abstract `deviceHealthScriptParameter`: every value is one of the derived types.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.deviceHealthScriptParameter")]
pub enum DeviceHealthScriptParameter {
    Boolean(DeviceHealthScriptBooleanParameter),
    Integer(DeviceHealthScriptIntegerParameter),
    String(DeviceHealthScriptStringParameter),
    #[graph(other)]
    Other(Extra),
}

/// A device health script, whose parameters mix the derived types.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceManagement/deviceHealthScripts", version = "beta")]
pub struct DeviceHealthScript {
    #[graph(read_only)]
    pub id: Option<String>,
    #[graph(required)]
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub publisher: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    pub detection_script_parameters: Option<Vec<DeviceHealthScriptParameter>>,
    pub remediation_script_parameters: Option<Vec<DeviceHealthScriptParameter>>,
    #[graph(extra)]
    pub extra: Extra,
}

const BOOLEAN: &str = "#microsoft.graph.deviceHealthScriptBooleanParameter";
const INTEGER: &str = "#microsoft.graph.deviceHealthScriptIntegerParameter";
const STRING: &str = "#microsoft.graph.deviceHealthScriptStringParameter";
/// A type the enum does not know (Graph may add one).
const DATE: &str = "#microsoft.graph.deviceHealthScriptDateParameter";

/// A mixed collection as Graph sends it (the members' order matters: `json!` would sort it).
const MIXED: &str = r##"[
    {"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "name": "Force", "isRequired": true, "defaultValue": false},
    {"@odata.type": "#microsoft.graph.deviceHealthScriptIntegerParameter", "name": "Retries", "defaultValue": 3, "description": "How often"},
    {"name": "LogPath", "defaultValue": "C:\\logs", "@odata.type": "#microsoft.graph.deviceHealthScriptStringParameter", "isFileName": true},
    {"@odata.type": "#microsoft.graph.deviceHealthScriptDateParameter", "name": "Since", "defaultValue": "2024-01-01", "@odata.etag": "W/\"1\""}
]"##;

fn mixed() -> Value {
    serde_json::from_str(MIXED).unwrap()
}

fn read(value: Value) -> Vec<DeviceHealthScriptParameter> {
    serde_json::from_value(value).unwrap()
}

fn read_mixed() -> Vec<DeviceHealthScriptParameter> {
    serde_json::from_str(MIXED).unwrap()
}

#[test]
fn each_value_reads_as_the_type_its_odata_type_names() {
    let parameters = read_mixed();
    let DeviceHealthScriptParameter::Boolean(force) = &parameters[0] else {
        panic!("expected a boolean parameter: {:?}", parameters[0]);
    };
    assert_eq!(force.name.as_deref(), Some("Force"));
    assert_eq!(force.default_value, Some(false));
    let DeviceHealthScriptParameter::Integer(retries) = &parameters[1] else {
        panic!("expected an integer parameter: {:?}", parameters[1]);
    };
    assert_eq!(retries.default_value, Some(3));
    // `@odata.type` after other members: the members before it are read too.
    let DeviceHealthScriptParameter::String(path) = &parameters[2] else {
        panic!("expected a string parameter: {:?}", parameters[2]);
    };
    assert_eq!(path.name.as_deref(), Some("LogPath"));
    assert_eq!(path.default_value.as_deref(), Some("C:\\logs"));
    assert_eq!(path.is_file_name, Some(true));
    assert!(path.extra.is_empty());

    assert_eq!(
        parameters
            .iter()
            .map(|p| p.type_index())
            .collect::<Vec<_>>(),
        [Some(0), Some(1), Some(2), None]
    );
    assert_eq!(
        parameters
            .iter()
            .map(|p| p.odata_type().map(|tag| tag.into_owned()))
            .collect::<Vec<_>>(),
        [
            Some(BOOLEAN.to_owned()),
            Some(INTEGER.to_owned()),
            Some(STRING.to_owned()),
            Some(DATE.to_owned())
        ]
    );
}

#[test]
fn an_unknown_type_keeps_its_json_and_is_written_back_unchanged() {
    let parameters = read_mixed();
    let Some(other) = parameters[3].other() else {
        panic!("expected the catch-all: {:?}", parameters[3]);
    };
    let members: Vec<(&str, Value)> = other.iter().collect();
    assert_eq!(
        members,
        [
            ("@odata.type", json!(DATE)),
            ("name", json!("Since")),
            ("defaultValue", json!("2024-01-01")),
            ("@odata.etag", json!("W/\"1\"")),
        ]
    );
    assert_eq!(
        serde_json::to_string(&parameters[3]).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceHealthScriptDateParameter","name":"Since","defaultValue":"2024-01-01","@odata.etag":"W/\"1\""}"##
    );
}

#[test]
fn a_mixed_collection_reads_and_writes_back_losing_nothing() {
    let written = serde_json::to_value(read_mixed()).unwrap();
    assert_eq!(written, with_canonical_odata_types(&mixed()));
    // Read from a `Value` (members in another order) too.
    assert_eq!(
        serde_json::to_value(read(mixed())).unwrap(),
        with_canonical_odata_types(&mixed())
    );
    // Known types are written with `@odata.type` first, whatever the order read; the
    // unknown one as it was read.
    let text = serde_json::to_string(&read_mixed()).unwrap();
    assert_eq!(odata_type_not_first(&text), Vec::<String>::new());
    let reordered =
        r##"[{"name": "x", "@odata.type": "#microsoft.graph.deviceHealthScriptDateParameter"}]"##;
    let unknown: Vec<DeviceHealthScriptParameter> = serde_json::from_str(reordered).unwrap();
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r##"[{"name":"x","@odata.type":"#microsoft.graph.deviceHealthScriptDateParameter"}]"##
    );
}

#[test]
fn a_mixed_collection_property_of_an_entity_round_trips() {
    let body = json!({
        "@odata.type": "#microsoft.graph.deviceHealthScript",
        "id": "s1",
        "displayName": "Clean temp",
        "createdDateTime": "2024-02-01T10:00:00Z",
        "detectionScriptParameters": mixed(),
        "remediationScriptParameters": [],
        "runAsAccount": "system"
    });
    let script: DeviceHealthScript = from_json(body.to_string().as_bytes()).unwrap();
    let parameters = script.detection_script_parameters.as_ref().unwrap();
    assert_eq!(parameters.len(), 4);
    assert!(matches!(
        parameters[1],
        DeviceHealthScriptParameter::Integer(_)
    ));
    assert_eq!(script.extra.get("runAsAccount"), Some(json!("system")));
    assert_eq!(serde_json::to_value(&script).unwrap(), body);
}

#[test]
fn values_without_odata_type_of_an_abstract_base_read_into_the_catch_all() {
    let parameters = read(json!([{"name": "Untyped", "defaultValue": 1}]));
    assert_eq!(parameters[0].type_index(), None);
    assert_eq!(parameters[0].odata_type(), None);
    assert_eq!(
        serde_json::to_value(&parameters[0]).unwrap(),
        json!({"name": "Untyped", "defaultValue": 1})
    );
}

#[test]
fn each_element_is_checked_against_its_own_type() {
    let value = json!([
        {"@odata.type": BOOLEAN, "name": "a", "defaultValue": 5},
        {"@odata.type": INTEGER, "name": "b", "defaultValue": "three"},
        {"@odata.type": STRING, "name": "c", "defaultValue": true},
        {"@odata.type": INTEGER, "name": "d", "defaultValue": 7}
    ]);
    assert_eq!(
        problem_lines(validate_json::<Vec<DeviceHealthScriptParameter>>(
            &value,
            Mode::Read
        )),
        [
            "[0].defaultValue: expected a Boolean (true or false), found the number 5",
            "[1].defaultValue: expected an Int32 (a whole number from -2147483648 to 2147483647), found the string \"three\"",
            "[2].defaultValue: expected a String, found true",
        ]
    );
    // The same through an entity read: each problem at its path.
    let body = json!({"detectionScriptParameters": value});
    assert_eq!(
        problem_lines(from_json::<DeviceHealthScript>(body.to_string().as_bytes())).len(),
        3
    );
}

#[test]
fn payloads_must_name_known_types() {
    let body = json!({
        "displayName": "Clean temp",
        "detectionScriptParameters": [
            {"@odata.type": BOOLEAN, "name": "ok"},
            {"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParamter", "name": "typo"},
            {"name": "untyped"},
            {"@odata.type": 7},
            "not an object",
            {"@odata.type": INTEGER}
        ]
    });
    assert_eq!(
        problem_lines(Payload::<DeviceHealthScript>::create_from_json(
            body.to_string().as_bytes()
        )),
        [
            "detectionScriptParameters[1][\"@odata.type\"]: @odata.type \"#microsoft.graph.deviceHealthScriptBooleanParamter\" is not a known type derived from microsoft.graph.deviceHealthScriptParameter: did you mean \"#microsoft.graph.deviceHealthScriptBooleanParameter\"? expected one of: #microsoft.graph.deviceHealthScriptBooleanParameter, #microsoft.graph.deviceHealthScriptIntegerParameter, #microsoft.graph.deviceHealthScriptStringParameter",
            "detectionScriptParameters[2]: missing @odata.type: a microsoft.graph.deviceHealthScriptParameter value names its derived type, one of: #microsoft.graph.deviceHealthScriptBooleanParameter, #microsoft.graph.deviceHealthScriptIntegerParameter, #microsoft.graph.deviceHealthScriptStringParameter",
            "detectionScriptParameters[3][\"@odata.type\"]: expected the name of a type derived from microsoft.graph.deviceHealthScriptParameter (a string), found the number 7",
            "detectionScriptParameters[4]: expected a microsoft.graph.deviceHealthScriptParameter object, found the string \"not an object\"",
            "detectionScriptParameters[5].name: missing required property: creating a microsoft.graph.deviceHealthScriptIntegerParameter needs it (field `name`), expected a String",
        ]
    );
}

#[test]
fn a_typed_value_of_an_unknown_type_is_refused_in_payloads_but_read_fine() {
    let script = DeviceHealthScript {
        display_name: Some("s".into()),
        detection_script_parameters: Some(read_mixed()),
        ..DeviceHealthScript::default()
    };
    assert!(graph_entity::validate(&script, Mode::Read).is_ok());
    assert_eq!(
        problem_lines(Payload::create(script)),
        ["detectionScriptParameters[3][\"@odata.type\"]: @odata.type \"#microsoft.graph.deviceHealthScriptDateParameter\" is not a known type derived from microsoft.graph.deviceHealthScriptParameter: expected one of: #microsoft.graph.deviceHealthScriptBooleanParameter, #microsoft.graph.deviceHealthScriptIntegerParameter, #microsoft.graph.deviceHealthScriptStringParameter"]
    );
}

#[test]
fn builders_take_derived_values_as_their_own_builders_made_them() {
    let payload = DeviceHealthScript::create(DeviceHealthScriptRequired {
        display_name: "Clean temp".into(),
    })
    .detection_script_parameters(vec![
        Checked::into_variant(
            DeviceHealthScriptBooleanParameter::create(
                DeviceHealthScriptBooleanParameterRequired {
                    name: "Force".into(),
                },
            )
            .default_value(true)
            .build(),
        ),
        Checked::into_variant(
            DeviceHealthScriptStringParameter::create(DeviceHealthScriptStringParameterRequired {
                name: "LogPath".into(),
            })
            .is_file_name(true)
            .build(),
        ),
    ])
    .build();
    assert_eq!(
        serde_json::to_value(payload.entity()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.deviceHealthScript",
            "displayName": "Clean temp",
            "detectionScriptParameters": [
                {"@odata.type": BOOLEAN, "name": "Force", "defaultValue": true},
                {"@odata.type": STRING, "name": "LogPath", "isFileName": true}
            ]
        })
    );
    // What the builders make passes validation.
    assert!(Payload::create(payload.into_entity()).is_ok());
}

#[test]
fn derived_values_convert_into_the_enum() {
    let parameter: DeviceHealthScriptParameter = DeviceHealthScriptIntegerParameter {
        name: Some("n".into()),
        ..Default::default()
    }
    .into();
    assert_eq!(parameter.type_index(), Some(1));
    assert_eq!(
        <DeviceHealthScriptParameter as GraphPolymorphic>::TYPES,
        [
            "microsoft.graph.deviceHealthScriptBooleanParameter",
            "microsoft.graph.deviceHealthScriptIntegerParameter",
            "microsoft.graph.deviceHealthScriptStringParameter"
        ]
    );
    assert_eq!(
        <DeviceHealthScriptParameter as GraphPolymorphic>::BASE,
        "microsoft.graph.deviceHealthScriptParameter"
    );
    assert!(<DeviceHealthScriptParameter as GraphValue>::expected()
        .starts_with("a microsoft.graph.deviceHealthScriptParameter object whose @odata.type is one of: #microsoft.graph.deviceHealthScriptBooleanParameter"));
    assert_eq!(
        DeviceHealthScriptParameter::type_named(
            "microsoft.graph.deviceHealthScriptStringParameter"
        ),
        Some(2)
    );
    assert_eq!(
        <DeviceHealthScriptBooleanParameter as GraphObject>::ODATA_TYPE_TAG,
        BOOLEAN
    );
}

#[test]
fn malformed_values_are_errors_not_panics() {
    for bad in [
        json!({"@odata.type": 7}),
        json!({"@odata.type": null}),
        json!("text"),
        json!([]),
        json!({"@odata.type": BOOLEAN, "defaultValue": "yes"}),
        json!({"defaultValue": "yes", "@odata.type": INTEGER}),
    ] {
        assert!(
            serde_json::from_value::<DeviceHealthScriptParameter>(bad.clone()).is_err(),
            "{bad}"
        );
    }
    // From bytes too, where the members come from the live parser.
    for bad in [
        &br##"{"@odata.type": ["#x"]}"##[..],
        br##"{"a": 1, "@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "name": 5}"##,
        br##"{"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "name": "a", "name": "b"}"##,
        br##"{"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "##,
        br##"{"@odata.type": "#microsoft.graph.deviceHealthScriptBooleanParameter", "@odata.type": "#microsoft.graph.deviceHealthScriptStringParameter"}"##,
    ] {
        assert!(serde_json::from_slice::<DeviceHealthScriptParameter>(bad).is_err());
    }
}

/// A base type that is not abstract: values without `@odata.type` are of the base type.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
#[graph_complex(odata_type = "microsoft.graph.deviceHealthScriptParameter")]
pub struct PlainParameter {
    pub name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.deviceHealthScriptParameter")]
pub enum ConcreteParameter {
    #[graph(default)]
    Plain(PlainParameter),
    Boolean(DeviceHealthScriptBooleanParameter),
    #[graph(other)]
    Other(Extra),
}

#[test]
fn the_default_variant_takes_values_without_odata_type() {
    let read: Vec<ConcreteParameter> = serde_json::from_value(json!([
        {"name": "untyped", "x": 1},
        {"@odata.type": "#microsoft.graph.deviceHealthScriptParameter", "name": "typed"},
        {"name": "b", "@odata.type": BOOLEAN}
    ]))
    .unwrap();
    let ConcreteParameter::Plain(untyped) = &read[0] else {
        panic!("expected the base type: {:?}", read[0]);
    };
    assert_eq!(untyped.name.as_deref(), Some("untyped"));
    assert_eq!(untyped.extra.get("x"), Some(json!(1)));
    assert!(matches!(&read[1], ConcreteParameter::Plain(p) if p.name.as_deref() == Some("typed")));
    assert!(matches!(&read[2], ConcreteParameter::Boolean(_)));
    assert!(validate_json::<ConcreteParameter>(&json!({"name": "n"}), Mode::Create).is_ok());
    assert_eq!(<ConcreteParameter as GraphPolymorphic>::DEFAULT, Some(0));
}

/// Entity types too: `mobileApps` mixes the types derived from `mobileApp`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceAppManagement/mobileApps", version = "beta")]
pub struct WebApp {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub app_url: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceAppManagement/mobileApps", version = "beta")]
pub struct IosStoreApp {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub bundle_id: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.mobileApp")]
pub enum MobileApp {
    Web(WebApp),
    IosStore(IosStoreApp),
    #[graph(other)]
    Other(Extra),
}

/// A collection response, as a caller reads one with serde.
#[derive(serde::Deserialize)]
struct Collection {
    value: Vec<MobileApp>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

#[test]
fn a_page_of_mixed_entities_reads_each_as_its_type() {
    let body = r##"{
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps",
        "value": [
            {"@odata.type": "#microsoft.graph.webApp", "id": "w1", "displayName": "Portal", "appUrl": "https://portal"},
            {"@odata.type": "#microsoft.graph.iosStoreApp", "id": "i1", "displayName": "Outlook", "bundleId": "com.microsoft.Office.Outlook"},
            {"@odata.type": "#microsoft.graph.win32LobApp", "id": "x1", "displayName": "7-Zip", "fileName": "7z.intunewin"}
        ],
        "@odata.nextLink": "https://graph.microsoft.com/beta/deviceAppManagement/mobileApps?$skiptoken=3"
    }"##;
    let page: Collection = serde_json::from_str(body).unwrap();
    assert!(page.next_link.is_some());
    assert!(
        matches!(&page.value[0], MobileApp::Web(app) if app.app_url.as_deref() == Some("https://portal"))
    );
    assert!(matches!(&page.value[1], MobileApp::IosStore(app) if app.id.as_deref() == Some("i1")));
    assert_eq!(
        page.value[2]
            .other()
            .and_then(|extra| extra.get("fileName")),
        Some(json!("7z.intunewin"))
    );
    let value: Value = serde_json::from_str::<Value>(body).unwrap()["value"].clone();
    assert_eq!(serde_json::to_value(&page.value).unwrap(), value);
    assert!(validate_json::<Vec<MobileApp>>(&value, Mode::Read).is_ok());
    assert_eq!(
        <MobileApp as GraphPolymorphic>::TYPES,
        ["microsoft.graph.webApp", "microsoft.graph.iosStoreApp"]
    );
}

/// A derived type holding an evolvable enum and a read-only property, to show that the
/// schema walk and the diff see inside derived types.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DeviceHealthScriptActionParameter {
    #[graph(required)]
    pub name: Option<String>,
    pub default_value: Option<graph_entity::models::RemoteAction>,
    #[graph(read_only)]
    pub last_used_date_time: Option<DateTimeOffset>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.deviceHealthScriptParameter")]
pub enum ActionOrString {
    Action(DeviceHealthScriptActionParameter),
    String(DeviceHealthScriptStringParameter),
    #[graph(other)]
    Other(Extra),
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/deviceManagement/actionScripts", version = "beta")]
pub struct ActionScript {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub parameters: Option<Vec<ActionOrString>>,
    #[graph(extra)]
    pub extra: Extra,
}

#[test]
fn the_schema_of_a_polymorphic_property_reaches_its_derived_types() {
    // `remoteAction` has members after `unknownFutureValue`, two levels down in a derived
    // type: requests ask for them.
    assert!(graph_entity::prefers_unknown_enum_members::<ActionScript>());
    assert!(!graph_entity::prefers_unknown_enum_members::<
        DeviceHealthScript,
    >());
    match ActionOrString::schema() {
        graph_entity::__private::SchemaType::Polymorphic { base, derived } => {
            assert_eq!(base, "microsoft.graph.deviceHealthScriptParameter");
            assert_eq!(derived.len(), 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_diff_strips_what_a_derived_type_makes_read_only() {
    let read = br##"{"id": "s1", "displayName": "d", "parameters": [
        {"@odata.type": "#microsoft.graph.deviceHealthScriptActionParameter", "name": "What", "defaultValue": "remoteLock", "lastUsedDateTime": "2024-01-01T00:00:00Z"}
    ]}"##;
    let before: ActionScript = from_json(read).unwrap();
    let mut after = before.clone();
    if let Some(ActionOrString::Action(action)) = after
        .parameters
        .as_mut()
        .and_then(|parameters| parameters.first_mut())
    {
        action.default_value = Some(graph_entity::models::RemoteAction::RebootNow);
    }
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        String::from_utf8(patch.to_json().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.actionScript","parameters":[{"@odata.type":"#microsoft.graph.deviceHealthScriptActionParameter","name":"What","defaultValue":"rebootNow"}]}"##
    );
}

#[test]
fn a_mixed_page_reads_through_page_and_follows_its_next_link() {
    use graph_entity::{Cloud, Page, RequestOptions, ResponseError};
    use http::StatusCode;

    let body = br##"{
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps",
        "value": [
            {"@odata.type": "#microsoft.graph.webApp", "id": "w1", "appUrl": "https://portal"},
            {"@odata.type": "#microsoft.graph.win32LobApp", "id": "x1", "fileName": "7z.intunewin"}
        ],
        "@odata.nextLink": "https://graph.microsoft.com/beta/deviceAppManagement/mobileApps?$skiptoken=2"
    }"##;
    let page = Page::<MobileApp>::read_mixed(StatusCode::OK, body).unwrap();
    assert!(matches!(&page.value()[0], MobileApp::Web(app) if app.id.as_deref() == Some("w1")));
    assert!(page.value()[1].other().is_some());
    assert!(page.extra().contains("@odata.context"));
    let next = page
        .next_request_for::<WebApp>(&RequestOptions::new(Cloud::Global))
        .unwrap()
        .unwrap();
    assert_eq!(
        next.uri(),
        "https://graph.microsoft.com/beta/deviceAppManagement/mobileApps?$skiptoken=2"
    );

    // A wrong element is reported at its path, naming the base type.
    let bad = br##"{"value": [{"@odata.type": "#microsoft.graph.webApp", "appUrl": 5}]}"##;
    match Page::<MobileApp>::read_mixed(StatusCode::OK, bad) {
        Err(ResponseError::InvalidBody {
            expected, problems, ..
        }) => {
            assert_eq!(expected, "microsoft.graph.mobileApp");
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            assert_eq!(
                lines,
                ["value[0].appUrl: expected a String, found the number 5"]
            );
        }
        other => panic!("{other:?}"),
    }
}
