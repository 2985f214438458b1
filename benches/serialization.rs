//! Serialization cost of the derive, against the floor (hand-written `#[derive(Serialize,
//! Deserialize)]` structs of the same shape) and against `serde_json::Value`.
//!
//! ```text
//! cargo bench --bench serialization
//! ```
//!
//! Runs every case, then prints a table of medians and ratios from this run only. With
//! `GRAPH_ENTITY_INSTRUCTIONS=<case>` set, it instead runs that one case in a loop inside
//! `measure_instructions` and exits, for `valgrind --tool=callgrind` (see
//! `benches/instructions.sh`).
//!
//! Payloads: remoteActionAudit with all 13 properties (seed 002's response, its key-value
//! pair filled in), and securityAction with 3 states, 3 parameters, `errorInfo` and
//! `vendorInformation` (seed 003's response, its placeholders filled in); alone and as a
//! JSON array of 10,000 of them.
//!
//! Implementations: `derive` (the seed models), `serde+map` (hand-written serde structs of
//! the same shape: same renames, `@odata.type` as a `String`, unknown members kept in a
//! `#[serde(flatten)]` map), `serde` (the same without the map), `serde-strings` (the same
//! with dates and enums as unchecked `String`s) and `Value` (`serde_json::Value`).

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use criterion::{Criterion, Throughput};
use graph_entity::models::{ActionState, DeviceActionCategory, RemoteActionAudit, SecurityAction};
use graph_entity::{from_json, validate, GraphObject, Mode, Payload};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Hand-written serde models of the same shape as the seed models: same JSON names, every
/// absent `Option` skipped, `@odata.type` as a `String` field.
macro_rules! serde_models {
    (
        $module:ident: date = $date:ty, remote_action = $remote_action:ty,
        action_state = $action_state:ty, category = $category:ty, status = $status:ty,
        extra = [$($extra:tt)*]
    ) => {
        pub mod $module {
            #![allow(dead_code)]

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct Audit {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub device_display_name: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub user_name: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub initiated_by_user_principal_name: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub action: Option<$remote_action>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub request_date_time: Option<$date>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub device_owner_user_principal_name: Option<String>,
                #[serde(rename = "deviceIMEI", skip_serializing_if = "Option::is_none")]
                pub device_imei: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub action_state: Option<$action_state>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub managed_device_id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub device_action_details: Option<Vec<KeyValuePair2>>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub device_action_category: Option<$category>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub bulk_device_action_id: Option<String>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct KeyValuePair2 {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub key: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub value: Option<String>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct Action {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub action_reason: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub app_id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub azure_tenant_id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub client_context: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub completed_date_time: Option<$date>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub created_date_time: Option<$date>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub error_info: Option<ResultInfo>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub last_action_date_time: Option<$date>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub name: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub parameters: Option<Vec<KeyValuePair>>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub states: Option<Vec<ActionStateEntry>>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub status: Option<$status>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub user: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub vendor_information: Option<VendorInformation>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct ResultInfo {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub code: Option<i32>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub message: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub subcode: Option<i32>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct KeyValuePair {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub name: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub value: Option<String>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct ActionStateEntry {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub app_id: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub status: Option<$status>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub updated_date_time: Option<$date>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub user: Option<String>,
                $($extra)*
            }

            #[derive(serde::Serialize, serde::Deserialize, Default)]
            #[serde(rename_all = "camelCase")]
            pub struct VendorInformation {
                #[serde(rename = "@odata.type")]
                pub odata_type: String,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub provider: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub provider_version: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub sub_provider: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub vendor: Option<String>,
                $($extra)*
            }
        }
    };
}

/// Plain serde enums with the seed enums' members (the catch-all keeps no name).
mod serde_enums {
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum RemoteAction {
        Unknown,
        FactoryReset,
        RemoveCompanyData,
        ResetPasscode,
        RemoteLock,
        EnableLostMode,
        DisableLostMode,
        LocateDevice,
        RebootNow,
        RecoverPasscode,
        CleanWindowsDevice,
        LogoutSharedAppleDeviceActiveUser,
        QuickScan,
        FullScan,
        WindowsDefenderUpdateSignatures,
        FactoryResetKeepEnrollmentData,
        UpdateDeviceAccount,
        AutomaticRedeployment,
        ShutDown,
        RotateBitLockerKeys,
        RotateFileVaultKey,
        GetFileVaultKey,
        SetDeviceName,
        ActivateDeviceEsim,
        Deprovision,
        Disable,
        Reenable,
        MoveDeviceToOrganizationalUnit,
        InitiateMobileDeviceManagementKeyRecovery,
        InitiateOnDemandProactiveRemediation,
        RotateLocalAdminPassword,
        UnknownFutureValue,
        LaunchRemoteHelp,
        RevokeAppleVppLicenses,
        RemoveDeviceFirmwareConfigurationInterfaceManagement,
        PauseConfigurationRefresh,
        InitiateDeviceAttestation,
        ChangeAssignments,
        Delete,
        SuspendManagedHomeScreen,
        RestoreManagedHomeScreen,
        #[serde(other)]
        Other,
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum ActionState {
        None,
        Pending,
        Canceled,
        Active,
        Done,
        Failed,
        NotSupported,
        #[serde(other)]
        Other,
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum DeviceActionCategory {
        Single,
        Bulk,
        #[serde(other)]
        Other,
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum OperationStatus {
        NotStarted,
        Running,
        Completed,
        Failed,
        #[serde(other)]
        Other,
    }
}

// The floor the target is set against: same leaf types, unknown properties kept.
serde_models!(serde_map: date = graph_entity::DateTimeOffset,
    remote_action = crate::serde_enums::RemoteAction, action_state = crate::serde_enums::ActionState,
    category = crate::serde_enums::DeviceActionCategory, status = crate::serde_enums::OperationStatus,
    extra = [#[serde(flatten)] pub extra: serde_json::Map<String, serde_json::Value>,]);
// The same without the map: unknown properties dropped.
serde_models!(serde_plain: date = graph_entity::DateTimeOffset,
    remote_action = crate::serde_enums::RemoteAction, action_state = crate::serde_enums::ActionState,
    category = crate::serde_enums::DeviceActionCategory, status = crate::serde_enums::OperationStatus,
    extra = []);
// For orientation: dates and enums as unchecked `String`s.
serde_models!(serde_strings: date = String, remote_action = String, action_state = String,
    category = String, status = String, extra = []);

/// The remoteActionAudit body: seed 002's response, which has every property.
fn audit_body() -> Value {
    let mut body = common::seed_examples(common::SEED_002)[1].value();
    body["deviceActionDetails"][0]["key"] = json!("Key value");
    body["deviceActionDetails"][0]["value"] = json!("Value value");
    body
}

/// The securityAction body: seed 003's response with its placeholders filled in, 3 states
/// and 3 parameters.
fn action_body() -> Value {
    let mut body = common::seed_examples(common::SEED_003)[1].value();
    body["completedDateTime"] = json!("2018-01-01T00:03:07.1589002-08:00");
    body["createdDateTime"] = json!("2018-01-01T00:00:00Z");
    body["lastActionDateTime"] = json!("2018-01-01T00:03:07.123Z");
    body["status"] = json!("Completed");
    body["errorInfo"]["code"] = json!(0);
    body["errorInfo"]["message"] = json!("String");
    body["errorInfo"]["subcode"] = json!(0);
    let parameter = body["parameters"][0].clone();
    body["parameters"] = ["fileHash", "url", "comment"]
        .iter()
        .map(|name| {
            let mut parameter = parameter.clone();
            parameter["name"] = json!(name);
            parameter["value"] = json!("String");
            parameter
        })
        .collect();
    let state = body["states"][0].clone();
    body["states"] = ["NotStarted", "Running", "Completed"]
        .iter()
        .map(|status| {
            let mut state = state.clone();
            state["appId"] = json!("String");
            state["status"] = json!(status);
            state["updatedDateTime"] = json!("2018-01-01T00:03:07.1589002-08:00");
            state["user"] = json!("String");
            state
        })
        .collect();
    for key in ["provider", "providerVersion", "subProvider", "vendor"] {
        body["vendorInformation"][key] = json!("String");
    }
    body
}

/// A case: one operation, run by criterion or by callgrind.
struct Case {
    id: String,
    bytes: usize,
    run: Box<dyn FnMut()>,
}

impl Case {
    fn new(id: String, bytes: usize, run: impl FnMut() + 'static) -> Self {
        Case {
            id,
            bytes,
            run: Box::new(run),
        }
    }
}

/// The four implementations, as they appear in case ids.
const DERIVE: &str = "derive";
const SERDE_MAP: &str = "serde+map";
const SERDE_PLAIN: &str = "serde";
const SERDE_STRINGS: &str = "serde-strings";
const VALUE: &str = "Value";

/// Parses `bytes` as `T`, checking that `T` writes the same JSON value back, so every
/// implementation provably reads and writes the same data.
fn parse_same<T: Serialize + DeserializeOwned>(bytes: &[u8], expected: &Value) -> T {
    let parsed: T = serde_json::from_slice(bytes).expect("the bench body parses");
    let written = serde_json::to_value(&parsed).expect("writes");
    assert_eq!(&written, expected, "{}", std::any::type_name::<T>());
    parsed
}

fn deserialize_case<T: DeserializeOwned + 'static>(
    group: &str,
    implementation: &str,
    bytes: &[u8],
) -> Case {
    let bytes = bytes.to_vec();
    Case::new(
        format!("{group}/deserialize/{implementation}"),
        bytes.len(),
        move || {
            let value: T = serde_json::from_slice(black_box(&bytes)).expect("parses");
            black_box(value);
        },
    )
}

fn serialize_case<T: Serialize + 'static>(id: String, value: T, bytes: usize) -> Case {
    let mut buffer = Vec::with_capacity(bytes * 2);
    Case::new(id, bytes, move || {
        buffer.clear();
        serde_json::to_writer(&mut buffer, black_box(&value)).expect("writes");
        black_box(&buffer);
    })
}

/// Read and write cases for one payload type `E`, with its hand-written twins.
fn payload_cases<E, M, P, S>(group: &str, body: &Value, cases: &mut Vec<Case>)
where
    E: GraphObject + 'static,
    M: Serialize + DeserializeOwned + 'static,
    P: Serialize + DeserializeOwned + 'static,
    S: Serialize + DeserializeOwned + 'static,
{
    let bytes = serde_json::to_vec(
        &from_json::<E>(&serde_json::to_vec(body).expect("writes")).expect("the bench body reads"),
    )
    .expect("writes");
    let expected: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    let len = bytes.len();

    // Single payload through the public entry point; collections through serde_json.
    let derive_bytes = bytes.clone();
    cases.push(Case::new(
        format!("{group}/deserialize/{DERIVE}"),
        len,
        move || {
            let value: E = from_json(black_box(&derive_bytes)).expect("reads");
            black_box(value);
        },
    ));
    cases.push(deserialize_case::<M>(group, SERDE_MAP, &bytes));
    cases.push(deserialize_case::<P>(group, SERDE_PLAIN, &bytes));
    cases.push(deserialize_case::<S>(group, SERDE_STRINGS, &bytes));
    cases.push(deserialize_case::<Value>(group, VALUE, &bytes));

    cases.push(serialize_case(
        format!("{group}/serialize/{DERIVE}"),
        parse_same::<E>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_MAP}"),
        parse_same::<M>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_PLAIN}"),
        parse_same::<P>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_STRINGS}"),
        parse_same::<S>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{VALUE}"),
        expected.clone(),
        len,
    ));
}

/// The same, on a JSON array of 10,000 payloads.
fn collection_cases<E, M, P, S>(group: &str, body: &Value, cases: &mut Vec<Case>)
where
    E: GraphObject + 'static,
    M: Serialize + DeserializeOwned + 'static,
    P: Serialize + DeserializeOwned + 'static,
    S: Serialize + DeserializeOwned + 'static,
{
    let one = serde_json::to_vec(
        &from_json::<E>(&serde_json::to_vec(body).expect("writes")).expect("the bench body reads"),
    )
    .expect("writes");
    let mut bytes = b"[".to_vec();
    for index in 0..COLLECTION {
        if index > 0 {
            bytes.push(b',');
        }
        bytes.extend_from_slice(&one);
    }
    bytes.push(b']');
    let expected: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    let len = bytes.len();

    cases.push(deserialize_case::<Vec<E>>(group, DERIVE, &bytes));
    cases.push(deserialize_case::<Vec<M>>(group, SERDE_MAP, &bytes));
    cases.push(deserialize_case::<Vec<P>>(group, SERDE_PLAIN, &bytes));
    cases.push(deserialize_case::<Vec<S>>(group, SERDE_STRINGS, &bytes));
    cases.push(deserialize_case::<Value>(group, VALUE, &bytes));

    cases.push(serialize_case(
        format!("{group}/serialize/{DERIVE}"),
        parse_same::<Vec<E>>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_MAP}"),
        parse_same::<Vec<M>>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_PLAIN}"),
        parse_same::<Vec<P>>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{SERDE_STRINGS}"),
        parse_same::<Vec<S>>(&bytes, &expected),
        len,
    ));
    cases.push(serialize_case(
        format!("{group}/serialize/{VALUE}"),
        expected,
        len,
    ));
}

const COLLECTION: usize = 10_000;

/// Validation of a valid create body, and writing the same body, to compare the two.
fn validation_cases<E: GraphObject + Clone + 'static>(
    group: &str,
    body: &Value,
    read_only: &[&str],
    cases: &mut Vec<Case>,
) {
    let mut create = body.clone();
    for key in read_only {
        create.as_object_mut().expect("an object").remove(*key);
    }
    let entity: E = from_json(&serde_json::to_vec(&create).expect("writes")).expect("reads");
    assert_eq!(
        validate(&entity, Mode::Create),
        Ok(()),
        "{group}: a valid create body"
    );
    let len = serde_json::to_vec(&entity).expect("writes").len();
    let validated = entity.clone();
    cases.push(Case::new(
        format!("{group}/validate/{DERIVE}"),
        len,
        move || {
            black_box(validate(black_box(&validated), Mode::Create)).expect("valid");
        },
    ));
    cases.push(serialize_case(
        format!("{group}/validate/serialize"),
        entity,
        len,
    ));
}

/// The update body of 3 touched properties, built and written: through `Payload::update`
/// (validated), a hand-written struct, and `json!`.
fn update_cases(cases: &mut Vec<Case>) {
    const BULK_ID: &str = "Bulk Device Action Id value";
    let derive = || {
        let entity = RemoteActionAudit {
            action_state: Some(ActionState::Done),
            device_action_category: Some(DeviceActionCategory::Bulk),
            bulk_device_action_id: Some(BULK_ID.to_owned()),
            ..RemoteActionAudit::default()
        };
        Payload::update(entity)
            .expect("a valid update")
            .to_json()
            .expect("writes")
    };
    let plain = || {
        let entity = serde_plain::Audit {
            odata_type: "#microsoft.graph.remoteActionAudit".to_owned(),
            action_state: Some(serde_enums::ActionState::Done),
            device_action_category: Some(serde_enums::DeviceActionCategory::Bulk),
            bulk_device_action_id: Some(BULK_ID.to_owned()),
            ..serde_plain::Audit::default()
        };
        serde_json::to_vec(&entity).expect("writes")
    };
    let value = || {
        let entity = json!({
            "@odata.type": "#microsoft.graph.remoteActionAudit",
            "actionState": "done",
            "deviceActionCategory": "bulk",
            "bulkDeviceActionId": BULK_ID,
        });
        serde_json::to_vec(&entity).expect("writes")
    };
    let body = derive();
    let as_value = |bytes: &[u8]| serde_json::from_slice::<Value>(bytes).expect("JSON");
    assert_eq!(as_value(&body), as_value(&plain()));
    assert_eq!(as_value(&body), as_value(&value()));
    let len = body.len();
    cases.push(Case::new(format!("update/{DERIVE}"), len, move || {
        black_box(derive());
    }));
    cases.push(Case::new(format!("update/{SERDE_PLAIN}"), len, move || {
        black_box(plain());
    }));
    cases.push(Case::new(format!("update/{VALUE}"), len, move || {
        black_box(value());
    }));
}

/// Every case, or with `only`, just those of its group (building the collections is slow
/// under valgrind).
fn all_cases(only: Option<&str>) -> Vec<Case> {
    let wanted = |group: &str| only.is_none_or(|id| id.starts_with(&format!("{group}/")));
    let audit = audit_body();
    let action = action_body();
    let mut cases = Vec::new();
    if wanted("audit") {
        payload_cases::<
            RemoteActionAudit,
            serde_map::Audit,
            serde_plain::Audit,
            serde_strings::Audit,
        >("audit", &audit, &mut cases);
        validation_cases::<RemoteActionAudit>("audit", &audit, &["id"], &mut cases);
    }
    if wanted("action") {
        payload_cases::<
            SecurityAction,
            serde_map::Action,
            serde_plain::Action,
            serde_strings::Action,
        >("action", &action, &mut cases);
        validation_cases::<SecurityAction>(
            "action",
            &action,
            &["id", "createdDateTime"],
            &mut cases,
        );
    }
    if wanted("update") {
        update_cases(&mut cases);
    }
    if wanted("audit_x10000") {
        collection_cases::<
            RemoteActionAudit,
            serde_map::Audit,
            serde_plain::Audit,
            serde_strings::Audit,
        >("audit_x10000", &audit, &mut cases);
    }
    if wanted("action_x10000") {
        collection_cases::<
            SecurityAction,
            serde_map::Action,
            serde_plain::Action,
            serde_strings::Action,
        >("action_x10000", &action, &mut cases);
    }
    cases
}

/// Runs `case` `iterations` times; callgrind collects inside this function only.
#[inline(never)]
fn measure_instructions(case: &mut Case, iterations: usize) {
    for _ in 0..iterations {
        (case.run)();
    }
}

fn main() {
    let only = std::env::var("GRAPH_ENTITY_INSTRUCTIONS").ok();
    let mut cases = all_cases(only.as_deref());
    if let Some(id) = only {
        let Some(case) = cases.iter_mut().find(|case| case.id == id) else {
            let ids: Vec<&str> = cases.iter().map(|case| case.id.as_str()).collect();
            panic!("no case {id}; cases: {}", ids.join(" "));
        };
        let iterations = std::env::var("GRAPH_ENTITY_ITERATIONS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(if case.id.contains("x10000") { 1 } else { 1000 });
        (case.run)(); // warm-up, outside the collected function
        measure_instructions(case, iterations);
        println!("{id}: {iterations} iterations");
        return;
    }

    let started = SystemTime::now();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    for case in &mut cases {
        let (group, name) = case.id.rsplit_once('/').expect("ids have a group");
        let mut group = criterion.benchmark_group(group);
        if case.id.contains("x10000") {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(3));
        }
        group.throughput(Throughput::Bytes(case.bytes as u64));
        group.bench_function(name, |b| b.iter(&mut case.run));
        group.finish();
    }
    criterion.final_summary();
    summary(&cases, started);
}

/// Where criterion keeps its results: as criterion finds it.
fn criterion_home() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return Some(PathBuf::from(home));
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Some(PathBuf::from(target).join("criterion"));
    }
    // The bench binary is <target>/<profile>/deps/<name>.
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.parent()?.parent()?.join("criterion"))
}

/// The median, in nanoseconds, criterion measured for `id` in this run (written after
/// `started`), if it ran.
fn median(id: &str, started: SystemTime) -> Option<f64> {
    // Criterion's directory: the group made file-name safe, then the function.
    let (group, function) = id.rsplit_once('/')?;
    let path = criterion_home()?
        .join(group.replace('/', "_"))
        .join(function)
        .join("new/estimates.json");
    let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
    if modified < started {
        return None;
    }
    let estimates: Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    estimates["median"]["point_estimate"].as_f64()
}

fn format_ns(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1_000_000.0)
    } else if ns >= 1_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

/// Prints the medians of this run and the ratios the targets are stated in.
fn summary(cases: &[Case], started: SystemTime) {
    let medians: BTreeMap<&str, f64> = cases
        .iter()
        .filter_map(|case| Some((case.id.as_str(), median(&case.id, started)?)))
        .collect();
    if medians.is_empty() {
        println!("no results of this run found under {:?}", criterion_home());
        return;
    }
    let get = |id: String| medians.get(id.as_str()).copied();
    println!();
    println!("| payload | direction | derive | serde+map | serde | serde-strings | Value | derive/serde+map | derive/serde | Value/derive |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for group in ["audit", "action", "audit_x10000", "action_x10000"] {
        for direction in ["deserialize", "serialize"] {
            let of = |implementation: &str| get(format!("{group}/{direction}/{implementation}"));
            let Some(derive) = of(DERIVE) else { continue };
            let cell = |value: Option<f64>| value.map_or("-".to_owned(), format_ns);
            let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => format!("{:.3}", a / b),
                _ => "-".to_owned(),
            };
            println!(
                "| {group} | {direction} | {} | {} | {} | {} | {} | {} | {} | {} |",
                format_ns(derive),
                cell(of(SERDE_MAP)),
                cell(of(SERDE_PLAIN)),
                cell(of(SERDE_STRINGS)),
                cell(of(VALUE)),
                ratio(Some(derive), of(SERDE_MAP)),
                ratio(Some(derive), of(SERDE_PLAIN)),
                ratio(of(VALUE), Some(derive)),
            );
        }
    }
    println!();
    for group in ["audit", "action"] {
        if let (Some(check), Some(write)) = (
            get(format!("{group}/validate/{DERIVE}")),
            get(format!("{group}/validate/serialize")),
        ) {
            println!(
                "{group}: validate (create) {}, serialize the same body {}: validation is {:.1}% of serialization",
                format_ns(check),
                format_ns(write),
                100.0 * check / write
            );
        }
    }
    if let Some(derive) = get(format!("update/{DERIVE}")) {
        let ratio = |other: Option<f64>| {
            other.map_or("-".to_owned(), |other| {
                format!("{} ({:.2}x)", format_ns(other), derive / other)
            })
        };
        println!(
            "update (3 properties, built and written): Payload::update + to_json {}, serde {}, json! {}",
            format_ns(derive),
            ratio(get(format!("update/{SERDE_PLAIN}"))),
            ratio(get(format!("update/{VALUE}"))),
        );
    }
}
