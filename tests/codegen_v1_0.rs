//! The v1.0 sample `graph-entity-codegen` writes (`tests/generated/v1_0_sample.rs`, 71 entity
//! types of Graph's v1.0 schema asked for in one run, every type they reach written once;
//! `codegen/tests/v1_0.rs` fails when it is not what the generator writes today): it
//! compiles, it is true to the schema it came from, and derived types read where their base
//! type is declared.

#[allow(dead_code)] // the tests use part of the module
#[path = "generated/v1_0_sample.rs"]
mod sample;

use std::io::Read;

use graph_entity::csdl::Schema;
use graph_entity::{from_json, GraphPolymorphic};
use serde_json::json;

/// Graph's v1.0 schema for the global cloud, as the generator read it.
fn prod() -> Schema {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/codegen/tests/data/v1.0/Prod.csdl.gz"
    );
    let file = std::fs::File::open(path).unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .unwrap();
    Schema::parse(&text).unwrap()
}

#[test]
fn the_sample_is_true_to_the_schema() {
    let schema = prod();
    let mut found = Vec::new();
    macro_rules! check {
        ($($entity:ty),* $(,)?) => {
            $(
                let differences = schema.check::<$entity>();
                if !differences.is_empty() {
                    found.push(differences.to_string());
                }
            )*
        };
    }
    check!(
        sample::User,
        sample::Group,
        sample::Event,
        sample::Message,
        sample::DriveItem,
        sample::TodoTask,
        sample::Team,
        sample::Channel,
        sample::ChatMessage,
        sample::AnyDirectoryObject,
        sample::AnyMobileApp,
        sample::AnyDeviceCompliancePolicy,
        sample::ManagedDevice,
        sample::AnyDeviceConfiguration,
        sample::AccessPackage,
        sample::AccessPackageAssignmentPolicy,
        sample::Application,
        sample::ServicePrincipal,
        sample::BookingAppointment,
        sample::OnlineMeeting,
        sample::ConditionalAccessPolicy,
        sample::AnyNamedLocation,
        sample::AnyAttachment,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_derived_type_reads_where_its_base_type_is_declared() {
    // chatMessage's `from.user` is declared `identity`; Graph sends a teamworkUserIdentity.
    let message: sample::ChatMessage = from_json(
        json!({
            "id": "1",
            "from": {
                "user": {
                    "@odata.type": "#microsoft.graph.teamworkUserIdentity",
                    "id": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
                    "displayName": "Robin Kline",
                    "userIdentityType": "aadUser"
                }
            }
        })
        .to_string()
        .as_bytes(),
    )
    .unwrap();
    let user = message.from.unwrap().user.unwrap();
    assert_eq!(
        user.odata_type().as_deref(),
        Some("#microsoft.graph.teamworkUserIdentity")
    );
    // A mobileApp GET returns a win32LobApp.
    let app: sample::AnyMobileApp = serde_json::from_str(
        r##"{"@odata.type":"#microsoft.graph.win32LobApp","id":"a","displayName":"App"}"##,
    )
    .unwrap();
    assert!(matches!(app, sample::AnyMobileApp::Win32LobApp(_)));
}
