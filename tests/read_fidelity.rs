//! Read fidelity: a body read and written back is the body read. `@odata.type` where it was
//! read and as spelled, annotations before their property, numbers and nested member order
//! as read; reads linear in the input, duplicated annotations refused; the leniency Graph
//! has (enum members and the type namespace in any case); derived types at any depth.

mod common;

use std::time::{Duration, Instant};

use common::problem_lines;
use graph_entity::models::{
    KeyValuePair, KeyValuePairRequired, OperationStatus, RemoteAction, RemoteActionAudit,
    SecurityAction, SecurityVendorInformation, SecurityVendorInformationRequired,
};
use graph_entity::{
    from_json, validate_json, EntityHttp, Extra, Flags, GraphComplex, GraphEntity, GraphEnum,
    GraphPolymorphic, Mode, Page, Payload,
};
use http::StatusCode;
use serde_json::json;

fn round_trip<T: graph_entity::GraphObject>(text: &str) -> String {
    let read: T = from_json(text.as_bytes()).unwrap_or_else(|problems| panic!("{problems}"));
    serde_json::to_string(&read).unwrap()
}

// 1. `@odata.type` where it was read.

#[test]
fn a_body_read_without_odata_type_is_written_without_it_at_every_depth() {
    let text = r#"{"name":"BlockIp","parameters":[{"name":"IP","value":"1.2.3.4"}],"status":"Running","vendorInformation":{"provider":"p","vendor":"Microsoft"}}"#;
    assert_eq!(round_trip::<SecurityAction>(text), text);
}

#[test]
fn odata_type_is_written_where_and_as_it_was_read() {
    let text = concat!(
        r##"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#security/securityActions/$entity","##,
        r##""@odata.type":"microsoft.graph.securityAction","name":"BlockIp","##,
        r##""parameters":[{"@odata.type":"#Microsoft.Graph.keyValuePair","name":"IP"},{"name":"x"}],"##,
        r##""vendorInformation":{"@odata.type":"#microsoft.graph.securityVendorInformation","vendor":"Microsoft"}}"##
    );
    assert_eq!(round_trip::<SecurityAction>(text), text);
}

#[test]
fn payloads_and_builders_still_name_their_types() {
    // A create body read without any @odata.type: the top names its type, nested values as read.
    let body = br#"{"name":"BlockIp","vendorInformation":{"vendor":"Microsoft"},"parameters":[{"name":"IP"}]}"#;
    let payload = Payload::<SecurityAction>::create_from_json(body).unwrap();
    assert_eq!(
        String::from_utf8(payload.to_json().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.securityAction","name":"BlockIp","parameters":[{"name":"IP"}],"vendorInformation":{"vendor":"Microsoft"}}"##
    );
    // Built: every object names its type.
    let built = SecurityAction::create(graph_entity::models::SecurityActionRequired {
        name: "BlockIp".into(),
        parameters: vec![KeyValuePair::create(KeyValuePairRequired { name: "IP".into() }).build()],
        vendor_information: SecurityVendorInformation::create(SecurityVendorInformationRequired {
            vendor: "Microsoft".into(),
        })
        .build(),
    })
    .build();
    assert_eq!(
        String::from_utf8(built.to_json().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.securityAction","name":"BlockIp","parameters":[{"@odata.type":"#microsoft.graph.keyValuePair","name":"IP"}],"vendorInformation":{"@odata.type":"#microsoft.graph.securityVendorInformation","vendor":"Microsoft"}}"##
    );
}

#[test]
fn a_diff_sends_nested_values_as_read_and_names_the_entity() {
    let before: SecurityAction =
        from_json(br#"{"name":"a","vendorInformation":{"vendor":"Microsoft"}}"#).unwrap();
    let mut after = before.clone();
    after.vendor_information.as_mut().unwrap().provider = Some("p".into());
    let patch = Payload::update_from_diff(&before, &after).unwrap();
    assert_eq!(
        String::from_utf8(patch.to_json().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.securityAction","vendorInformation":{"provider":"p","vendor":"Microsoft"}}"##
    );
}

#[test]
fn a_second_odata_type_in_one_object_is_refused_at_its_object() {
    let lines = problem_lines(from_json::<SecurityAction>(
        br##"{"vendorInformation":{"@odata.type":"#microsoft.graph.securityVendorInformation","vendor":"v","@odata.type":"#microsoft.graph.securityVendorInformation"}}"##,
    ));
    assert_eq!(
        lines,
        ["vendorInformation: duplicate property `@odata.type`: give each property once"]
    );
}

// 2. Annotations before their property; 3. numbers and nested members as read.

#[test]
fn annotations_stay_before_their_property() {
    let text = r##"{"@odata.etag":"W/\"1\"","deviceDisplayName@odata.nextLink":"x","deviceDisplayName":"d","action@odata.type":"#microsoft.graph.remoteAction","action":"remoteLock","future@odata.type":"#Int64","future":1}"##;
    assert_eq!(round_trip::<RemoteActionAudit>(text), text);
}

#[test]
fn unknown_members_keep_numbers_and_member_order_as_read() {
    let text = r#"{"id":"1","big":18446744073709551616,"decimal":12345678901234567.89,"negativeZero":-0,"exponent":1E+2,"nested":{"zebra":1,"apple":{"z":[1.50,{"b":2,"a":1}]}}}"#;
    assert_eq!(round_trip::<RemoteActionAudit>(text), text);
    let read: RemoteActionAudit = from_json(text.as_bytes()).unwrap();
    assert_eq!(
        read.extra.get_json("big").as_deref(),
        Some("18446744073709551616")
    );
    assert_eq!(read.extra.get("negativeZero"), Some(json!(-0.0)));
}

#[test]
fn a_typed_value_set_after_a_null_was_read_replaces_the_null() {
    let text = r#"{"deviceDisplayName":null,"future":1}"#;
    assert_eq!(round_trip::<RemoteActionAudit>(text), text);
    let mut read: RemoteActionAudit = from_json(text.as_bytes()).unwrap();
    read.device_display_name = Some("d".into());
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"deviceDisplayName":"d","future":1}"#
    );
}

// 4. Linear reads; duplicated page annotations refused.

fn page_body(members: usize) -> String {
    let mut body = String::from(r#"{"value":[{"id":"1"}]"#);
    for n in 0..members {
        body.push_str(&format!(r#","m{n}":{n}"#));
    }
    body.push('}');
    body
}

#[test]
fn a_page_with_a_hundred_thousand_members_reads_in_linear_time() {
    let body = page_body(100_000);
    let started = Instant::now();
    let page = RemoteActionAudit::read_list_response(StatusCode::OK, body.as_bytes()).unwrap();
    // Quadratic, this took 16 s in release; linear, it is a fraction of a second in debug.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(page.extra().len(), 100_000);
    assert_eq!(page.extra().get("m99999"), Some(json!(99_999)));
    let mut extra = Extra::new();
    let started = Instant::now();
    for n in 0..100_000 {
        extra.insert(format!("m{n}"), n);
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn duplicated_page_annotations_are_refused() {
    for (body, name) in [
        (
            r#"{"value":[],"@odata.nextLink":"https://graph.microsoft.com/beta/a","@odata.nextLink":"https://evil.example/b"}"#,
            "@odata.nextLink",
        ),
        (
            r#"{"@odata.count":1,"value":[],"@odata.count":2}"#,
            "@odata.count",
        ),
        (
            r#"{"value":[],"@odata.deltaLink":"a","@odata.deltaLink":"b"}"#,
            "@odata.deltaLink",
        ),
    ] {
        let error = RemoteActionAudit::read_list_response(StatusCode::OK, body.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("duplicate") && error.contains(name),
            "{error}"
        );
    }
    // Other members are kept, repeated or not.
    let page = RemoteActionAudit::read_list_response(
        StatusCode::OK,
        br#"{"value":[],"x":1,"x":2,"@odata.count":0}"#,
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(page.extra()).unwrap(),
        r#"{"x":1,"x":2,"@odata.count":0}"#
    );
}

// 5. Dates.

#[test]
fn leap_seconds_and_unknown_offsets_round_trip_and_bad_years_are_refused_at_their_path() {
    let text = r#"{"requestDateTime":"2016-12-31T23:59:60.5Z","id":"x"}"#;
    let read: RemoteActionAudit = from_json(text.as_bytes()).unwrap();
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"id":"x","requestDateTime":"2016-12-31T23:59:60.5Z"}"#
    );
    let text = r#"{"requestDateTime":"2024-05-01T10:00:00-00:00"}"#;
    assert_eq!(round_trip::<RemoteActionAudit>(text), text);
    for year in ["-0001", "10000", "+2024"] {
        let body = format!(r#"{{"requestDateTime":"{year}-01-01T00:00:00Z"}}"#);
        let lines = problem_lines(from_json::<RemoteActionAudit>(body.as_bytes()));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].starts_with(&format!("requestDateTime: invalid DateTimeOffset \"{year}-01-01T00:00:00Z\": the year must be four digits, 0000 to 9999, expected RFC 3339")),
            "{lines:?}"
        );
    }
}

// 6. Leniency Graph has.

#[derive(GraphEnum, Clone, Debug, PartialEq)]
pub enum DeviceCapability {
    Camera,
    Nfc,
    #[graph(other)]
    Other(String),
}

#[derive(GraphEnum, Clone, Debug, PartialEq)]
pub enum BodyType {
    Text,
    Html,
    #[graph(other)]
    Other(String),
}

#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct ItemBody {
    pub content_type: Option<BodyType>,
    pub capabilities: Option<Flags<DeviceCapability>>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/teams/{teamId}/channels")]
pub struct Channel {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub body: Option<ItemBody>,
    #[graph(extra)]
    pub extra: Extra,
}

#[test]
fn enum_members_read_in_any_case_and_are_written_as_the_schema_spells_them() {
    let body =
        br#"{"displayName":"General","body":{"contentType":"HTML","capabilities":"camera,NFC"}}"#;
    let read: Channel = from_json(body).unwrap();
    let inner = read.body.as_ref().unwrap();
    assert_eq!(inner.content_type, Some(BodyType::Html));
    assert_eq!(
        inner.capabilities.as_ref().unwrap().as_slice(),
        [DeviceCapability::Camera, DeviceCapability::Nfc]
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"displayName":"General","body":{"contentType":"html","capabilities":"camera,nfc"}}"#
    );
    // Create and update payloads, from JSON and typed, accept them too.
    let payload = Payload::<Channel>::create_from_json(body).unwrap();
    assert!(Payload::create(payload.into_entity()).is_ok());
    assert!(validate_json::<Channel>(&serde_json::from_slice(body).unwrap(), Mode::Update).is_ok());
    assert_eq!(
        "Running".parse::<OperationStatus>(),
        Ok(OperationStatus::Running)
    );
    assert_eq!(
        "RUNNING".parse::<OperationStatus>(),
        Ok(OperationStatus::Running)
    );
    assert_eq!(
        RemoteAction::from_member("FactoryReset"),
        Some(RemoteAction::FactoryReset)
    );
    // A member in no case at all is still unknown.
    let lines = problem_lines(Payload::<Channel>::create_from_json(
        br#"{"body":{"contentType":"markdown"}}"#,
    ));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("body.contentType: \"markdown\" is not a known bodyType member"),
        "{lines:?}"
    );
}

#[test]
fn the_type_namespace_reads_in_any_case_but_the_type_name_does_not() {
    let body = br##"{"@odata.type":"#Microsoft.Graph.channel","displayName":"General"}"##;
    let read: Channel = from_json(body).unwrap();
    assert_eq!(serde_json::to_vec(&read).unwrap(), body);
    assert!(Payload::<Channel>::create_from_json(body).is_ok());
    assert!(validate_json::<Channel>(&serde_json::from_slice(body).unwrap(), Mode::Create).is_ok());
    // Graph's documented bodies vary the namespace's case only; the type name is exact.
    let lines = problem_lines(from_json::<Channel>(
        br##"{"@odata.type":"#microsoft.graph.Channel"}"##,
    ));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("expected \"#microsoft.graph.channel\""),
        "{lines:?}"
    );
}

// 7. Derived types at any depth.

#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct BooleanParameter {
    pub name: Option<String>,
    pub default_value: Option<bool>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct StringParameter {
    pub name: Option<String>,
    pub default_value: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.parameter")]
pub enum Parameter {
    Boolean(BooleanParameter),
    String(StringParameter),
    #[graph(other)]
    Other(Extra),
}

#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct Section {
    pub main: Option<Parameter>,
    pub all: Option<Vec<Parameter>>,
    pub inner: Option<Box<Section>>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/scripts")]
pub struct Script {
    #[graph(read_only)]
    pub id: Option<String>,
    pub parameter: Option<Parameter>,
    pub section: Option<Section>,
    #[graph(extra)]
    pub extra: Extra,
}

const BOOLEAN: &str =
    r##"{"@odata.type":"#microsoft.graph.booleanParameter","name":"b","defaultValue":true}"##;
const STRING: &str = r##"{"@odata.type":"#Microsoft.Graph.stringParameter","name":"s"}"##;
const FUTURE: &str = r##"{"@odata.type":"#microsoft.graph.dateParameter","name":"d","big":18446744073709551616,"min":{"z":1,"a":2}}"##;

#[test]
fn derived_types_read_at_any_depth_and_write_back_as_read() {
    let text = format!(
        r#"{{"parameter":{BOOLEAN},"section":{{"main":{STRING},"all":[{BOOLEAN},{FUTURE},{STRING}],"inner":{{"inner":{{"all":[{FUTURE},{BOOLEAN}]}}}}}}}}"#
    );
    let read: Script = from_json(text.as_bytes()).unwrap();
    assert!(matches!(read.parameter, Some(Parameter::Boolean(_))));
    let section = read.section.as_ref().unwrap();
    assert!(matches!(section.main, Some(Parameter::String(_))));
    let deepest = section.inner.as_ref().unwrap().inner.as_ref().unwrap();
    let all = deepest.all.as_ref().unwrap();
    assert_eq!(all[0].type_index(), None);
    assert_eq!(
        all[0].odata_type().as_deref(),
        Some("#microsoft.graph.dateParameter")
    );
    assert!(matches!(all[1], Parameter::Boolean(_)));
    assert_eq!(serde_json::to_string(&read).unwrap(), text);

    let page = format!(r#"{{"value":[{BOOLEAN},{FUTURE},{STRING}],"@odata.count":3}}"#);
    let read = Page::<Parameter>::read_mixed(StatusCode::OK, page.as_bytes()).unwrap();
    assert_eq!(
        read.value()
            .iter()
            .map(GraphPolymorphic::type_index)
            .collect::<Vec<_>>(),
        [Some(0), None, Some(1)]
    );
    let written: Vec<String> = read
        .value()
        .iter()
        .map(|p| serde_json::to_string(p).unwrap())
        .collect();
    assert_eq!(written, [BOOLEAN, FUTURE, STRING]);
}

#[test]
fn a_derived_value_always_names_its_type() {
    // Read on its own, without @odata.type, then put where the base type is declared.
    let alone: BooleanParameter = from_json(br#"{"name":"b"}"#).unwrap();
    assert_eq!(serde_json::to_string(&alone).unwrap(), r#"{"name":"b"}"#);
    let as_base = Parameter::from(alone);
    assert_eq!(
        serde_json::to_string(&as_base).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.booleanParameter","name":"b"}"##
    );
}

#[test]
fn a_second_odata_type_in_a_derived_value_is_refused() {
    for value in [
        r##"{"@odata.type":"#microsoft.graph.booleanParameter","@odata.type":"#microsoft.graph.booleanParameter"}"##,
        r##"{"@odata.type":"#microsoft.graph.dateParameter","x":1,"@odata.type":"#microsoft.graph.dateParameter"}"##,
    ] {
        let error = serde_json::from_str::<Parameter>(value)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("duplicate property `@odata.type`"),
            "{error}"
        );
    }
}
