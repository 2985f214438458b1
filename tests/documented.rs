//! Graph's own documented request and response bodies (`tests/data/documented/*.json`, copied
//! from the v1.0 API reference) against the models the generator writes from Graph's v1.0
//! schema (`tests/generated/v1_0_sample.rs`): every documented `get` and `list` body reads,
//! with the polymorphic enum where the declared type has derived types, and writes back equal
//! as a JSON value; every documented create and update body is accepted by validation in its
//! mode; every body the collection marks `refused` (placeholders where a value is needed) is
//! refused.

#[allow(dead_code)] // the tests use part of the module
#[path = "generated/v1_0_sample.rs"]
mod sample;

use graph_entity::{validate_json, GraphValue, Mode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// One documented body.
struct Documented {
    file: String,
    entity: String,
    mode: String,
    expect: String,
    body: Value,
}

fn documented() -> Vec<Documented> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/documented");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut json: Value = serde_json::from_str(&text).unwrap();
            let field =
                |json: &Value, name: &str| json[name].as_str().unwrap_or_default().to_owned();
            Documented {
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                entity: field(&json, "entity"),
                mode: field(&json, "mode"),
                expect: field(&json, "expect"),
                body: json["body"].take(),
            }
        })
        .collect()
}

/// Reads `value` as a `T` and writes it back.
fn round_trip<T: Serialize + DeserializeOwned>(value: &Value) -> Result<Value, String> {
    let typed: T =
        serde_json::from_value(value.clone()).map_err(|error| format!("does not read: {error}"))?;
    serde_json::to_value(&typed).map_err(|error| format!("does not write: {error}"))
}

/// What is wrong with `doc` read or checked as a `T`, if anything.
fn check<T: GraphValue + Serialize + DeserializeOwned>(doc: &Documented) -> Result<(), String> {
    let outcome = match doc.mode.as_str() {
        "get" => round_trip::<T>(&doc.body).and_then(|written| {
            if written == doc.body {
                Ok(())
            } else {
                Err(format!(
                    "written back differently:\n  read    {}\n  written {written}",
                    doc.body
                ))
            }
        }),
        "list" => {
            let items = doc.body["value"].as_array().cloned().unwrap_or_default();
            items
                .iter()
                .enumerate()
                .try_for_each(|(index, item)| {
                    let written = round_trip::<T>(item).map_err(|error| format!("value[{index}] {error}"))?;
                    if written == *item {
                        Ok(())
                    } else {
                        Err(format!("value[{index}] written back differently:\n  read    {item}\n  written {written}"))
                    }
                })
        }
        "create" => {
            validate_json::<T>(&doc.body, Mode::Create).map_err(|problems| problems.to_string())
        }
        "update" => {
            validate_json::<T>(&doc.body, Mode::Update).map_err(|problems| problems.to_string())
        }
        other => Err(format!("unknown mode {other:?}")),
    };
    match (doc.expect.as_str(), outcome) {
        ("accepted", Ok(())) => Ok(()),
        ("accepted", Err(error)) => Err(error),
        ("refused", Err(_)) => Ok(()),
        ("refused", Ok(())) => Err("accepted, but the collection says Graph refuses it".to_owned()),
        (other, _) => Err(format!("unknown expectation {other:?}")),
    }
}

/// `doc` checked with the model of its entity type: the polymorphic enum where the type has
/// derived types.
fn dispatch(doc: &Documented) -> Result<(), String> {
    match doc.entity.as_str() {
        "microsoft.graph.accessPackage" => check::<sample::AccessPackage>(doc),
        "microsoft.graph.accessPackageAssignmentPolicy" => {
            check::<sample::AccessPackageAssignmentPolicy>(doc)
        }
        "microsoft.graph.administrativeUnit" => check::<sample::AdministrativeUnit>(doc),
        "microsoft.graph.application" => check::<sample::AnyApplication>(doc),
        "microsoft.graph.attachment" => check::<sample::AnyAttachment>(doc),
        "microsoft.graph.authenticationMethod" => check::<sample::AnyAuthenticationMethod>(doc),
        "microsoft.graph.bookingAppointment" => check::<sample::BookingAppointment>(doc),
        "microsoft.graph.bookingBusiness" => check::<sample::BookingBusiness>(doc),
        "microsoft.graph.calendar" => check::<sample::Calendar>(doc),
        "microsoft.graph.channel" => check::<sample::Channel>(doc),
        "microsoft.graph.chatMessage" => check::<sample::AnyChatMessage>(doc),
        "microsoft.graph.conditionalAccessPolicy" => {
            check::<sample::AnyConditionalAccessPolicy>(doc)
        }
        "microsoft.graph.contact" => check::<sample::Contact>(doc),
        "microsoft.graph.deviceCompliancePolicy" => check::<sample::AnyDeviceCompliancePolicy>(doc),
        "microsoft.graph.deviceConfiguration" => check::<sample::AnyDeviceConfiguration>(doc),
        "microsoft.graph.directoryObject" => check::<sample::AnyDirectoryObject>(doc),
        "microsoft.graph.driveItem" => check::<sample::DriveItem>(doc),
        "microsoft.graph.educationAssignment" => check::<sample::EducationAssignment>(doc),
        "microsoft.graph.educationClass" => check::<sample::EducationClass>(doc),
        "microsoft.graph.event" => check::<sample::Event>(doc),
        "microsoft.graph.group" => check::<sample::Group>(doc),
        "microsoft.graph.invitation" => check::<sample::Invitation>(doc),
        "microsoft.graph.managedDevice" => check::<sample::ManagedDevice>(doc),
        "microsoft.graph.message" => check::<sample::AnyMessage>(doc),
        "microsoft.graph.mobileApp" => check::<sample::AnyMobileApp>(doc),
        "microsoft.graph.namedLocation" => check::<sample::AnyNamedLocation>(doc),
        "microsoft.graph.onlineMeeting" => check::<sample::OnlineMeeting>(doc),
        "microsoft.graph.plannerTask" => check::<sample::PlannerTask>(doc),
        "microsoft.graph.security.alert" => check::<sample::Alert>(doc),
        "microsoft.graph.servicePrincipal" => check::<sample::AnyServicePrincipal>(doc),
        "microsoft.graph.shift" => check::<sample::Shift>(doc),
        "microsoft.graph.subscription" => check::<sample::Subscription>(doc),
        "microsoft.graph.team" => check::<sample::Team>(doc),
        "microsoft.graph.timeOff" => check::<sample::TimeOff>(doc),
        "microsoft.graph.todoTask" => check::<sample::TodoTask>(doc),
        "microsoft.graph.todoTaskList" => check::<sample::TodoTaskList>(doc),
        "microsoft.graph.user" => check::<sample::AnyUser>(doc),
        other => Err(format!(
            "no model for `{other}`: add it to the sample (codegen/tests/v1_0.rs)"
        )),
    }
}

#[test]
fn documented_bodies_are_read_accepted_and_refused_as_graph_does() {
    let all = documented();
    assert!(all.len() >= 80, "{} documented bodies", all.len());
    let failures: Vec<String> = all
        .iter()
        .filter_map(|doc| {
            dispatch(doc)
                .err()
                .map(|error| format!("{} ({} {}): {error}", doc.file, doc.mode, doc.expect))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} documented bodies:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
