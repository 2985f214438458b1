//! Property tests of the seed models:
//! - any value of each model, and any valid create or update payload, writes to JSON and
//!   reads back equal, to the byte;
//! - any JSON object with unknown properties, annotations, `null`s and unknown enum members
//!   reads and writes back with nothing lost;
//! - validating a valid payload allocates nothing.
//!
//! "Any value" is any value JSON can give back: an enum's catch-all holds an unknown name
//! (`Other("factoryReset")` writes as, and so reads back as, `FactoryReset`), and `Extra`
//! holds no member that a typed field owns, but for the `null` of an absent one.
//!
//! Case counts are proptest's default (256 per property), or `PROPTEST_CASES`.

use std::fmt::Debug;
use std::str::FromStr;

use graph_entity::models::{
    ActionState, DeviceActionCategory, KeyValuePair, KeyValuePair2OfStringString, OperationStatus,
    RemoteAction, RemoteActionAudit, ResultInfo, SecurityAction, SecurityActionState,
    SecurityVendorInformation,
};
use graph_entity::{
    from_json, validate, DateTimeOffset, GraphEntity, GraphEnum, GraphObject, Mode, Payload,
};
use proptest::collection::vec;
use proptest::option::of as maybe;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value};

/// No regression files in the source tree: a failure prints its minimal case.
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---- Leaf values ----

/// Any text: mostly plain, sometimes any characters, escapes and astral ones included.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ]{0,12}",
        2 => "(?s).{0,8}",
        1 => Just("\"\\/\u{0}\u{1f}\u{7f}\u{2028}é😀".to_owned()),
    ]
    .boxed()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Any RFC 3339 timestamp as this crate writes it: 0 to 9 fractional digits, `Z` or an
/// offset (`-00:00`, which reads as `+00:00`, left out).
fn date_text() -> BoxedStrategy<String> {
    let day = (0..=9999_i32, 1..=12_u32)
        .prop_flat_map(|(year, month)| (Just(year), Just(month), 1..=days_in_month(year, month)));
    let time = (0..=23_u32, 0..=59_u32, 0..=59_u32);
    let fraction = prop_oneof![Just(String::new()), "\\.[0-9]{1,9}"];
    let offset = prop_oneof![
        Just("Z".to_owned()),
        (any::<bool>(), 0..=23_u32, 0..=59_u32).prop_map(|(negative, hours, minutes)| {
            let sign = if negative && hours + minutes > 0 {
                '-'
            } else {
                '+'
            };
            format!("{sign}{hours:02}:{minutes:02}")
        }),
    ];
    (day, time, fraction, offset)
        .prop_map(|((year, month, day), (hour, minute, second), fraction, offset)| {
            format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{fraction}{offset}")
        })
        .boxed()
}

fn date() -> BoxedStrategy<DateTimeOffset> {
    date_text()
        .prop_map(|text| DateTimeOffset::parse(&text).expect("generated dates are valid"))
        .boxed()
}

/// A member of `E`: a known one, or with `unknown`, sometimes a name `E` does not know.
fn member<E>(unknown: bool) -> BoxedStrategy<E>
where
    E: GraphEnum + FromStr + Debug + Clone + 'static,
    E::Err: Debug,
{
    let known = select(E::MEMBERS)
        .prop_map(|name| E::from_member(name).expect("a member"))
        .boxed();
    if !unknown {
        return known;
    }
    let other = text()
        .prop_filter("an unknown name", |name| E::from_member(name).is_none())
        .prop_map(|name| E::from_str(&name).expect("any name parses"));
    prop_oneof![3 => known, 1 => other].boxed()
}

/// Any JSON value whose numbers survive `serde_json`'s default float parsing exactly.
fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1_000_000_i32..1_000_000).prop_map(|n| Value::from(f64::from(n) / 64.0)),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            vec((text(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
    .boxed()
}

/// Names of members no model has a field for: plain, annotations, and anything.
fn unknown_name() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-z][a-zA-Z]{0,10}",
        "[a-z]{1,8}@odata\\.[a-z]{1,8}",
        "@[a-z]{1,5}\\.[a-z]{1,8}",
        text(),
    ]
    .boxed()
}

// ---- Typed values ----

/// What a generated value must pass: anything JSON can hold, or a valid update payload
/// (known enum members, no read-only values, `null`s only where allowed, unknown properties
/// only on open types or as annotations, complex values complete as on create).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Any,
    Update,
}

/// Unknown members and a mask of absent typed properties to send as `null`.
type Extras = (Vec<(String, Value)>, u32);

fn extras() -> impl Strategy<Value = Extras> {
    (vec((unknown_name(), json_value()), 0..3), any::<u32>())
}

/// `object` with the unknown members and explicit `null`s of `extras` that `kind` allows.
fn with_extras<T: GraphObject>(mut object: T, (members, nulls): Extras, kind: Kind) -> T {
    let written = serde_json::to_value(&object).expect("writes");
    let extra = object.extra_mut();
    for (name, value) in members {
        let allowed = kind == Kind::Any || T::OPEN || name.contains('@');
        if allowed && name != "@odata.type" && T::property_index(&name).is_none() {
            extra.insert(name, value);
        }
    }
    for (bit, info) in T::PROPERTIES.iter().enumerate() {
        let allowed = kind == Kind::Any || (info.is_nullable() && !info.is_read_only());
        let absent = written.get(info.json_name()).is_none();
        if allowed && absent && nulls & (1 << bit) != 0 {
            extra.insert(info.json_name(), Value::Null);
        }
    }
    object
}

/// A read-only property: any value, or none in payloads.
fn read_only<T: Debug + Clone + 'static>(
    kind: Kind,
    value: BoxedStrategy<T>,
) -> BoxedStrategy<Option<T>> {
    match kind {
        Kind::Any => maybe(value).boxed(),
        Kind::Update => Just(None).boxed(),
    }
}

/// A property required on create: in complex values of payloads, always there.
fn required<T: Debug + 'static>(kind: Kind, value: BoxedStrategy<T>) -> BoxedStrategy<Option<T>> {
    match kind {
        Kind::Any => maybe(value).boxed(),
        Kind::Update => value.prop_map(Some).boxed(),
    }
}

fn key_value_2(kind: Kind) -> BoxedStrategy<KeyValuePair2OfStringString> {
    (maybe(text()), maybe(text()), extras())
        .prop_map(move |(key, value, extras)| {
            let pair = KeyValuePair2OfStringString {
                key,
                value,
                ..Default::default()
            };
            with_extras(pair, extras, kind)
        })
        .boxed()
}

fn audit(kind: Kind) -> BoxedStrategy<RemoteActionAudit> {
    let unknown = kind == Kind::Any;
    let first = (
        read_only(kind, text()),
        maybe(text()),
        maybe(text()),
        maybe(text()),
        maybe(member::<RemoteAction>(unknown)),
        maybe(date()),
        maybe(text()),
    );
    let second = (
        maybe(text()),
        maybe(member::<ActionState>(unknown)),
        maybe(text()),
        maybe(vec(key_value_2(kind), 0..3)),
        maybe(member::<DeviceActionCategory>(unknown)),
        maybe(text()),
    );
    (first, second, extras())
        .prop_map(move |(first, second, extras)| {
            #[allow(deprecated)] // `user_name` is deprecated by Graph, but still a property.
            let audit = RemoteActionAudit {
                id: first.0,
                device_display_name: first.1,
                user_name: first.2,
                initiated_by_user_principal_name: first.3,
                action: first.4,
                request_date_time: first.5,
                device_owner_user_principal_name: first.6,
                device_imei: second.0,
                action_state: second.1,
                managed_device_id: second.2,
                device_action_details: second.3,
                device_action_category: second.4,
                bulk_device_action_id: second.5,
                ..Default::default()
            };
            with_extras(audit, extras, kind)
        })
        .boxed()
}

fn result_info(kind: Kind) -> BoxedStrategy<ResultInfo> {
    (
        maybe(any::<i32>()),
        maybe(text()),
        maybe(any::<i32>()),
        extras(),
    )
        .prop_map(move |(code, message, subcode, extras)| {
            let info = ResultInfo {
                code,
                message,
                subcode,
                ..Default::default()
            };
            with_extras(info, extras, kind)
        })
        .boxed()
}

fn key_value(kind: Kind) -> BoxedStrategy<KeyValuePair> {
    (required(kind, text()), maybe(text()), extras())
        .prop_map(move |(name, value, extras)| {
            let pair = KeyValuePair {
                name,
                value,
                ..Default::default()
            };
            with_extras(pair, extras, kind)
        })
        .boxed()
}

fn action_state(kind: Kind) -> BoxedStrategy<SecurityActionState> {
    let unknown = kind == Kind::Any;
    (
        maybe(text()),
        maybe(member::<OperationStatus>(unknown)),
        maybe(date()),
        maybe(text()),
        extras(),
    )
        .prop_map(move |(app_id, status, updated_date_time, user, extras)| {
            let state = SecurityActionState {
                app_id,
                status,
                updated_date_time,
                user,
                ..Default::default()
            };
            with_extras(state, extras, kind)
        })
        .boxed()
}

fn vendor(kind: Kind) -> BoxedStrategy<SecurityVendorInformation> {
    (
        maybe(text()),
        maybe(text()),
        maybe(text()),
        required(kind, text()),
        extras(),
    )
        .prop_map(
            move |(provider, provider_version, sub_provider, vendor, extras)| {
                let information = SecurityVendorInformation {
                    provider,
                    provider_version,
                    sub_provider,
                    vendor,
                    ..Default::default()
                };
                with_extras(information, extras, kind)
            },
        )
        .boxed()
}

fn action(kind: Kind) -> BoxedStrategy<SecurityAction> {
    let unknown = kind == Kind::Any;
    let first = (
        read_only(kind, text()),
        maybe(text()),
        maybe(text()),
        maybe(text()),
        maybe(text()),
        maybe(date()),
        read_only(kind, date()),
        maybe(result_info(kind)),
    );
    let second = (
        maybe(date()),
        maybe(text()),
        maybe(vec(key_value(kind), 0..4)),
        maybe(vec(action_state(kind), 0..4)),
        maybe(member::<OperationStatus>(unknown)),
        maybe(text()),
        maybe(vendor(kind)),
    );
    (first, second, extras())
        .prop_map(move |(first, second, extras)| {
            let action = SecurityAction {
                id: first.0,
                action_reason: first.1,
                app_id: first.2,
                azure_tenant_id: first.3,
                client_context: first.4,
                completed_date_time: first.5,
                created_date_time: first.6,
                error_info: first.7,
                last_action_date_time: second.0,
                name: second.1,
                parameters: second.2,
                states: second.3,
                status: second.4,
                user: second.5,
                vendor_information: second.6,
                ..Default::default()
            };
            with_extras(action, extras, kind)
        })
        .boxed()
}

// ---- Checks ----

fn fail(what: &str, problems: impl std::fmt::Display, body: &[u8]) -> TestCaseError {
    TestCaseError::fail(format!(
        "{what}:\n{problems}\nbody: {}",
        String::from_utf8_lossy(body)
    ))
}

/// `value` writes, reads back equal, and writes again to the same bytes (dates equal as
/// values may still differ in offset: the bytes tell).
fn assert_round_trip<T: GraphObject + PartialEq + Debug>(value: &T) -> Result<(), TestCaseError> {
    let written = serde_json::to_vec(value).expect("writes");
    let read: T =
        from_json(&written).map_err(|problems| fail("reading back", problems, &written))?;
    prop_assert_eq!(&read, value);
    prop_assert_eq!(serde_json::to_vec(&read).expect("writes"), written);
    Ok(())
}

/// `entity` is a valid payload for `mode` (create or update): `Payload` takes it, its body
/// reads back as a payload equal to it, and validating it allocates nothing.
fn assert_payload_round_trip<E: GraphEntity + PartialEq + Debug + Clone>(
    entity: &E,
    mode: Mode,
) -> Result<(), TestCaseError> {
    let allocations = allocation_counter::measure(|| {
        assert!(validate(entity, mode).is_ok());
    });
    prop_assert_eq!(allocations.count_total, 0, "validation allocated");
    let payload = match mode {
        Mode::Create => Payload::create(entity.clone()),
        _ => Payload::update(entity.clone()),
    }
    .map_err(|problems| fail("Payload", problems, b""))?;
    let body = payload.to_json().expect("writes");
    let read = match mode {
        Mode::Create => Payload::<E>::create_from_json(&body),
        _ => Payload::<E>::update_from_json(&body),
    }
    .map_err(|problems| fail("reading the body back", problems, &body))?;
    prop_assert_eq!(read.entity(), entity);
    prop_assert_eq!(read.to_json().expect("writes"), body);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn dates_write_back_as_written(text in date_text()) {
        let date = DateTimeOffset::parse(&text).expect("valid");
        prop_assert_eq!(date.to_string(), text.clone());
        prop_assert_eq!(serde_json::to_value(date).expect("writes"), Value::from(text));
    }

    #[test]
    fn any_remote_action_audit_round_trips(value in audit(Kind::Any)) {
        assert_round_trip(&value)?;
    }

    #[test]
    fn any_security_action_round_trips(value in action(Kind::Any)) {
        assert_round_trip(&value)?;
    }

    #[test]
    fn any_complex_value_round_trips(
        pair in key_value_2(Kind::Any),
        info in result_info(Kind::Any),
        parameter in key_value(Kind::Any),
        state in action_state(Kind::Any),
        vendor in vendor(Kind::Any),
    ) {
        assert_round_trip(&pair)?;
        assert_round_trip(&info)?;
        assert_round_trip(&parameter)?;
        assert_round_trip(&state)?;
        assert_round_trip(&vendor)?;
    }

    #[test]
    fn any_update_payload_round_trips(audit in audit(Kind::Update), action in action(Kind::Update)) {
        assert_payload_round_trip(&audit, Mode::Update)?;
        assert_payload_round_trip(&action, Mode::Update)?;
    }

    #[test]
    fn any_create_payload_round_trips(
        mut audit in audit(Kind::Update),
        mut action in action(Kind::Update),
        date in date(),
        vendor in vendor(Kind::Update),
    ) {
        // An update payload plus the properties create requires.
        audit.action.get_or_insert(RemoteAction::FactoryReset);
        audit.action_state.get_or_insert(ActionState::Pending);
        audit.request_date_time.get_or_insert(date);
        action.name.get_or_insert_with(|| "block".to_owned());
        action.parameters.get_or_insert_with(Vec::new);
        action.vendor_information.get_or_insert(vendor);
        assert_payload_round_trip(&audit, Mode::Create)?;
        assert_payload_round_trip(&action, Mode::Create)?;
    }
}

// ---- JSON written by hand ----

/// A JSON value as sent, and as the crate writes it back.
type Pair = (Value, Value);

fn same(values: BoxedStrategy<Value>) -> BoxedStrategy<Pair> {
    values.prop_map(|value| (value.clone(), value)).boxed()
}

fn string_json() -> BoxedStrategy<Pair> {
    same(text().prop_map(Value::from).boxed())
}

fn int_json() -> BoxedStrategy<Pair> {
    same(any::<i32>().prop_map(Value::from).boxed())
}

fn date_json() -> BoxedStrategy<Pair> {
    same(date_text().prop_map(Value::from).boxed())
}

/// A known member, or any other name: unknown members read and write back as they are.
fn enum_json<E: GraphEnum + 'static>() -> BoxedStrategy<Pair> {
    let unknown = text().prop_filter("an unknown name", |name| E::from_member(name).is_none());
    same(
        prop_oneof![
            select(E::MEMBERS).prop_map(Value::from),
            unknown.prop_map(Value::from)
        ]
        .boxed(),
    )
}

fn array_json(items: BoxedStrategy<Pair>) -> BoxedStrategy<Pair> {
    vec(items, 0..3)
        .prop_map(|items| {
            let (sent, written) = items.into_iter().unzip();
            (Value::Array(sent), Value::Array(written))
        })
        .boxed()
}

/// A JSON object of type `T`: each typed property absent, `null` or a value, unknown
/// members of any JSON value, and `@odata.type` absent, with `#` or without. Written back,
/// it has `@odata.type` with `#`, and everything else as sent.
fn object_json<T: GraphObject + 'static>(
    properties: Vec<(&'static str, BoxedStrategy<Pair>)>,
) -> BoxedStrategy<Pair> {
    let names: Vec<&str> = properties.iter().map(|(name, _)| *name).collect();
    let declared: Vec<&str> = T::PROPERTIES.iter().map(|info| info.json_name()).collect();
    assert_eq!(
        names,
        declared,
        "{}: every property, in order",
        T::ODATA_TYPE
    );
    let typed: Vec<_> = properties
        .into_iter()
        .map(|(name, value)| {
            prop_oneof![
                2 => Just(None),
                1 => Just(Some((Value::Null, Value::Null))),
                4 => value.prop_map(Some),
            ]
            .prop_map(move |value| (name, value))
        })
        .collect();
    let tag = prop_oneof![
        Just(None),
        Just(Some(T::ODATA_TYPE_TAG)),
        Just(Some(T::ODATA_TYPE)),
    ];
    (typed, vec((unknown_name(), json_value()), 0..4), tag)
        .prop_map(|(typed, unknown, tag)| {
            let mut sent = Map::new();
            let mut written = Map::new();
            // Written back where and as it was read: absent stays absent.
            if let Some(tag) = tag {
                sent.insert("@odata.type".to_owned(), Value::from(tag));
                written.insert("@odata.type".to_owned(), Value::from(tag));
            }
            for (name, value) in typed {
                if let Some((as_sent, as_written)) = value {
                    sent.insert(name.to_owned(), as_sent);
                    written.insert(name.to_owned(), as_written);
                }
            }
            for (name, value) in unknown {
                if name != "@odata.type" && T::property_index(&name).is_none() {
                    sent.insert(name.clone(), value.clone());
                    written.insert(name, value);
                }
            }
            (Value::Object(sent), Value::Object(written))
        })
        .boxed()
}

fn audit_json() -> BoxedStrategy<Pair> {
    let pair = object_json::<KeyValuePair2OfStringString>(vec![
        ("key", string_json()),
        ("value", string_json()),
    ]);
    object_json::<RemoteActionAudit>(vec![
        ("id", string_json()),
        ("deviceDisplayName", string_json()),
        ("userName", string_json()),
        ("initiatedByUserPrincipalName", string_json()),
        ("action", enum_json::<RemoteAction>()),
        ("requestDateTime", date_json()),
        ("deviceOwnerUserPrincipalName", string_json()),
        ("deviceIMEI", string_json()),
        ("actionState", enum_json::<ActionState>()),
        ("managedDeviceId", string_json()),
        ("deviceActionDetails", array_json(pair)),
        ("deviceActionCategory", enum_json::<DeviceActionCategory>()),
        ("bulkDeviceActionId", string_json()),
    ])
}

fn action_json() -> BoxedStrategy<Pair> {
    let error_info = object_json::<ResultInfo>(vec![
        ("code", int_json()),
        ("message", string_json()),
        ("subcode", int_json()),
    ]);
    let parameter =
        object_json::<KeyValuePair>(vec![("name", string_json()), ("value", string_json())]);
    let state = object_json::<SecurityActionState>(vec![
        ("appId", string_json()),
        ("status", enum_json::<OperationStatus>()),
        ("updatedDateTime", date_json()),
        ("user", string_json()),
    ]);
    let vendor = object_json::<SecurityVendorInformation>(vec![
        ("provider", string_json()),
        ("providerVersion", string_json()),
        ("subProvider", string_json()),
        ("vendor", string_json()),
    ]);
    object_json::<SecurityAction>(vec![
        ("id", string_json()),
        ("actionReason", string_json()),
        ("appId", string_json()),
        ("azureTenantId", string_json()),
        ("clientContext", string_json()),
        ("completedDateTime", date_json()),
        ("createdDateTime", date_json()),
        ("errorInfo", error_info),
        ("lastActionDateTime", date_json()),
        ("name", string_json()),
        ("parameters", array_json(parameter)),
        ("states", array_json(state)),
        ("status", enum_json::<OperationStatus>()),
        ("user", string_json()),
        ("vendorInformation", vendor),
    ])
}

/// `sent` reads as a `T` that writes back `expected`, whose bytes read and write back
/// unchanged.
fn assert_nothing_lost<T: GraphObject + Debug>(
    (sent, expected): Pair,
) -> Result<(), TestCaseError> {
    let body = serde_json::to_vec(&sent).expect("writes");
    let read: T = from_json(&body).map_err(|problems| fail("reading", problems, &body))?;
    let written = serde_json::to_vec(&read).expect("writes");
    let written_value: Value = serde_json::from_slice(&written).expect("valid JSON");
    prop_assert_eq!(written_value, expected);
    let again: T =
        from_json(&written).map_err(|problems| fail("reading back", problems, &written))?;
    prop_assert_eq!(serde_json::to_vec(&again).expect("writes"), written);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn remote_action_audit_json_loses_nothing(pair in audit_json()) {
        assert_nothing_lost::<RemoteActionAudit>(pair)?;
    }

    #[test]
    fn security_action_json_loses_nothing(pair in action_json()) {
        assert_nothing_lost::<SecurityAction>(pair)?;
    }
}
