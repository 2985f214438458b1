//! Bad input never panics, and every error says where: each `Problem` has a JSON path (`$`
//! for the document itself). A corpus of known-bad bodies (truncated, wrong types at every
//! property, `null` where not allowed, wrong `@odata.type`, duplicate keys, 1 MB strings,
//! nesting 10,000 deep, invalid UTF-8, impossible dates, numbers for enums), each checked
//! for the path it must name; then mutated seed payloads, thousands a run, each read
//! through every entry point.
//!
//! The randomized run has 4,096 cases, or `PROPTEST_CASES`.

mod common;

use std::time::{Duration, Instant};

use common::{seed_examples, SEED_000, SEED_001, SEED_002, SEED_003};
use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{from_json, validate_json, GraphEntity, Mode, Payload, Problems};
use proptest::prelude::*;
use serde_json::{json, Value};

/// How a body is read.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Read {
    Response,
    Create,
    Update,
}

const READS: [Read; 3] = [Read::Response, Read::Create, Read::Update];

/// Reads `bytes` as an `E` the way `read` does, checks that an error has problems each
/// with a path and a message, and that a value read writes and reads back.
fn read<E: GraphEntity>(bytes: &[u8], read: Read) -> Result<(), Problems> {
    let result = match read {
        Read::Response => from_json::<E>(bytes).map(|entity| {
            let written = serde_json::to_vec(&entity).expect("a value read writes");
            assert!(
                from_json::<E>(&written).is_ok(),
                "written back, it reads again: {}",
                String::from_utf8_lossy(&written)
            );
        }),
        Read::Create => Payload::<E>::create_from_json(bytes).map(|payload| {
            payload.to_json().expect("a payload writes");
        }),
        Read::Update => Payload::<E>::update_from_json(bytes).map(|payload| {
            payload.to_json().expect("a payload writes");
        }),
    };
    if let Err(problems) = &result {
        assert!(!problems.is_empty(), "an error with no problem");
        for problem in problems {
            assert!(!problem.path().is_empty(), "no path: {problem:?}");
            assert!(!problem.message().is_empty(), "no message: {problem:?}");
        }
    }
    result
}

/// Every entry point, for both seed entities: each is Ok, or an error with paths; raw serde
/// and the JSON checker must not panic either.
fn read_everywhere(bytes: &[u8]) {
    for how in READS {
        let _ = read::<RemoteActionAudit>(bytes, how);
        let _ = read::<SecurityAction>(bytes, how);
    }
    let _ = serde_json::from_slice::<RemoteActionAudit>(bytes);
    let _ = serde_json::from_slice::<SecurityAction>(bytes);
    if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
        for mode in [Mode::Read, Mode::Create, Mode::Update] {
            for result in [
                validate_json::<RemoteActionAudit>(&value, mode),
                validate_json::<SecurityAction>(&value, mode),
            ] {
                if let Err(problems) = result {
                    assert!(problems.iter().all(|problem| !problem.path().is_empty()));
                }
            }
        }
    }
}

/// The problems of a read that must fail.
fn failure<E: GraphEntity>(bytes: &[u8], how: Read) -> Problems {
    match read::<E>(bytes, how) {
        Ok(()) => panic!(
            "{how:?} of {} accepted {}",
            E::ODATA_TYPE,
            String::from_utf8_lossy(&bytes[..bytes.len().min(300)])
        ),
        Err(problems) => problems,
    }
}

/// Asserts the read fails with a problem at `path` whose message contains `words`.
fn assert_problem_at<E: GraphEntity>(bytes: &[u8], how: Read, path: &str, words: &str) {
    let problems = failure::<E>(bytes, how);
    assert!(
        problems
            .iter()
            .any(|problem| problem.path() == path && problem.message().contains(words)),
        "{how:?} of {}: expected a problem at {path} saying {words:?}, got:\n{problems}",
        E::ODATA_TYPE
    );
}

fn body(value: &Value) -> Vec<u8> {
    serde_json::to_vec(value).expect("writes")
}

/// remoteActionAudit with every property (seed 002's response, its key-value pair filled).
fn full_audit() -> Value {
    let mut value = seed_examples(SEED_002)[1].value();
    value["deviceActionDetails"][0]["key"] = json!("k");
    value["deviceActionDetails"][0]["value"] = json!("v");
    value
}

/// securityAction with its placeholders filled in, 2 states and 2 parameters.
fn full_action() -> Value {
    let mut value = seed_examples(SEED_003)[1].value();
    for key in ["completedDateTime", "createdDateTime", "lastActionDateTime"] {
        value[key] = json!("2018-01-01T00:00:00Z");
    }
    value["status"] = json!("Completed");
    value["errorInfo"] = json!({"@odata.type": "#microsoft.graph.resultInfo", "code": 1, "message": "m", "subcode": 2});
    value["parameters"] = json!([
        {"@odata.type": "#microsoft.graph.keyValuePair", "name": "a", "value": "1"},
        {"@odata.type": "#microsoft.graph.keyValuePair", "name": "b", "value": "2"}
    ]);
    value["states"] = json!([
        {"@odata.type": "#microsoft.graph.securityActionState", "appId": "x", "status": "Running",
         "updatedDateTime": "2018-01-01T00:00:00Z", "user": "u"},
        {"@odata.type": "#microsoft.graph.securityActionState", "appId": "y", "status": "Failed",
         "updatedDateTime": "2018-01-02T00:00:00Z", "user": "v"}
    ]);
    value["vendorInformation"] = json!({"@odata.type": "#microsoft.graph.securityVendorInformation",
        "provider": "p", "providerVersion": "1", "subProvider": "s", "vendor": "Microsoft"});
    value
}

/// A create body: the full one without its read-only properties.
fn create_body(mut full: Value, read_only: &[&str]) -> Value {
    for key in read_only {
        full.as_object_mut().expect("an object").remove(*key);
    }
    full
}

#[test]
fn the_corpus_bases_are_valid() {
    let audit = full_audit();
    let action = full_action();
    assert!(read::<RemoteActionAudit>(&body(&audit), Read::Response).is_ok());
    assert!(read::<SecurityAction>(&body(&action), Read::Response).is_ok());
    let audit = body(&create_body(audit, &["id"]));
    let action = body(&create_body(action, &["id", "createdDateTime"]));
    for how in [Read::Create, Read::Update] {
        assert_eq!(read::<RemoteActionAudit>(&audit, how), Ok(()));
        assert_eq!(read::<SecurityAction>(&action, how), Ok(()));
    }
}

#[test]
fn truncated_json_is_reported_at_the_root() {
    let mut count = 0;
    for text in [
        body(&full_audit()),
        body(&full_action()),
        seed_examples(SEED_001)[0].json.clone().into_bytes(),
        seed_examples(SEED_003)[0].json.clone().into_bytes(),
    ] {
        // Every prefix of the compact bodies, every 7th of the printed ones.
        let step = if text.contains(&b'\n') { 7 } else { 1 };
        for end in (0..text.len()).step_by(step) {
            let prefix = &text[..end];
            for how in READS {
                let problems = failure::<RemoteActionAudit>(prefix, how);
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                assert_eq!(lines.len(), 1, "{lines:?}");
                assert!(lines[0].starts_with("$: invalid JSON: "), "{lines:?}");
                assert!(lines[0].contains("line 1") || step > 1, "{lines:?}");
                count += 1;
            }
            read_everywhere(prefix);
        }
    }
    assert!(count > 3000, "{count} truncations");
}

/// The JSON paths and pointers of every typed property in `value`, whose members are all
/// typed (the corpus bases are).
fn properties(value: &Value, path: &str, pointer: &str, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                if key == "@odata.type" {
                    continue;
                }
                let member_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let member_pointer = format!("{pointer}/{key}");
                found.push((member_path.clone(), member_pointer.clone()));
                properties(member, &member_path, &member_pointer, found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                properties(
                    item,
                    &format!("{path}[{index}]"),
                    &format!("{pointer}/{index}"),
                    found,
                );
            }
        }
        _ => {}
    }
}

/// Values of other JSON types than `value`'s.
fn wrong_types(value: &Value) -> Vec<Value> {
    let mut wrong = vec![
        json!(7),
        json!("text"),
        json!(true),
        json!([1]),
        json!({"a": 1}),
    ];
    wrong.retain(|candidate| std::mem::discriminant(candidate) != std::mem::discriminant(value));
    if value.is_i64() {
        // Not an Int32.
        wrong.extend([
            json!(1.5),
            json!(2_147_483_648_i64),
            json!(-2_147_483_649_i64),
        ]);
    }
    wrong
}

fn assert_wrong_types_are_named<E: GraphEntity>(base: &Value) -> usize {
    let mut found = Vec::new();
    properties(base, "", "", &mut found);
    let mut count = 0;
    for (path, pointer) in found {
        let current = base.pointer(&pointer).expect("found there");
        for wrong in wrong_types(current) {
            let mut mutated = base.clone();
            *mutated.pointer_mut(&pointer).expect("found there") = wrong.clone();
            for how in READS {
                assert_problem_at::<E>(&body(&mutated), how, &path, "expected");
            }
            count += 1;
        }
    }
    count
}

#[test]
fn a_wrong_type_at_any_property_is_reported_at_that_property() {
    let audit = create_body(full_audit(), &["id"]);
    let action = create_body(full_action(), &["id", "createdDateTime"]);
    let count = assert_wrong_types_are_named::<RemoteActionAudit>(&audit)
        + assert_wrong_types_are_named::<SecurityAction>(&action);
    assert!(count > 150, "{count} wrong types");
}

#[test]
fn null_where_not_allowed_is_reported_at_the_property() {
    fn top_level<E: GraphEntity>(base: &Value) -> usize {
        let mut count = 0;
        for info in E::PROPERTIES {
            if info.is_nullable() || info.is_read_only() {
                continue;
            }
            let mut mutated = base.clone();
            mutated[info.json_name()] = Value::Null;
            for how in [Read::Create, Read::Update] {
                assert_problem_at::<E>(
                    &body(&mutated),
                    how,
                    info.json_name(),
                    "null is not allowed",
                );
            }
            // A response may carry `null` anywhere.
            assert_eq!(read::<E>(&body(&mutated), Read::Response), Ok(()));
            count += 1;
        }
        count
    }
    let audit = create_body(full_audit(), &["id"]);
    let action = create_body(full_action(), &["id", "createdDateTime"]);
    assert_eq!(top_level::<RemoteActionAudit>(&audit), 4);
    assert_eq!(top_level::<SecurityAction>(&action), 3);

    // Inside complex values, which payloads send whole.
    for (pointer, path) in [
        ("/parameters/1/name", "parameters[1].name"),
        ("/vendorInformation/vendor", "vendorInformation.vendor"),
        ("/errorInfo/code", "errorInfo.code"),
        ("/errorInfo/subcode", "errorInfo.subcode"),
    ] {
        let mut mutated = action.clone();
        *mutated.pointer_mut(pointer).expect("in the base") = Value::Null;
        for how in [Read::Create, Read::Update] {
            assert_problem_at::<SecurityAction>(&body(&mutated), how, path, "null is not allowed");
        }
    }
    // Elements of collections are never optional.
    let mut mutated = action.clone();
    mutated["states"][1] = Value::Null;
    for how in READS {
        assert_problem_at::<SecurityAction>(&body(&mutated), how, "states[1]", "found null");
    }
}

#[test]
fn a_wrong_odata_type_is_reported_where_it_is() {
    let action = create_body(full_action(), &["id", "createdDateTime"]);
    for (pointer, path) in [
        ("/@odata.type", "[\"@odata.type\"]"),
        (
            "/vendorInformation/@odata.type",
            "vendorInformation[\"@odata.type\"]",
        ),
        ("/states/1/@odata.type", "states[1][\"@odata.type\"]"),
        ("/errorInfo/@odata.type", "errorInfo[\"@odata.type\"]"),
    ] {
        for wrong in [
            json!("#microsoft.graph.managedDevice"),
            json!(""),
            json!(5),
            json!(null),
        ] {
            let mut mutated = action.clone();
            *mutated.pointer_mut(pointer).expect("in the base") = wrong;
            for how in READS {
                assert_problem_at::<SecurityAction>(&body(&mutated), how, path, "expected");
            }
        }
    }
    // A payload of one entity sent as the other.
    let audit = body(&create_body(full_audit(), &["id"]));
    for how in READS {
        assert_problem_at::<SecurityAction>(&audit, how, "[\"@odata.type\"]", "remoteActionAudit");
    }
}

#[test]
fn duplicate_keys_are_refused_at_their_path() {
    let create = create_body(full_audit(), &["id"]);
    // Reported at the object that has the property twice.
    let mut cases = Vec::new();
    for (path, name, repeat) in [
        ("$", "deviceDisplayName", r#""deviceDisplayName":"again","#),
        ("$", "action", r#""action":"rebootNow","#),
        ("deviceActionDetails[0]", "key", r#""key":"again","#),
    ] {
        // The repeat goes right after the first occurrence.
        let text = String::from_utf8(body(&create)).expect("UTF-8");
        let at = text.find(&format!("\"{name}\":")).expect("in the base");
        let after = at + text[at..].find(',').expect("a member follows") + 1;
        let text = format!("{}{repeat}{}", &text[..after], &text[after..]);
        cases.push((path, format!("duplicate property `{name}`"), text));
    }
    for (path, words, text) in &cases {
        for how in READS {
            assert_problem_at::<RemoteActionAudit>(text.as_bytes(), how, path, words);
        }
    }
    // Reported along with every other problem, not instead of them.
    let text = r#"{"deviceDisplayName": "a", "deviceDisplayName": "b", "id": "x"}"#;
    let lines: Vec<String> = failure::<RemoteActionAudit>(text.as_bytes(), Read::Create)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("id: read-only property")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("actionState: missing required")),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"$: duplicate property `deviceDisplayName`: give each property once".to_owned()
        ),
        "{lines:?}"
    );
    // Unknown members are kept as read, repeats too.
    let audit: RemoteActionAudit = from_json(br#"{"x": 1, "x": 2}"#).expect("reads");
    assert_eq!(
        serde_json::to_string(&audit.extra).expect("writes"),
        r#"{"x":1,"x":2}"#
    );
}

#[test]
fn every_duplicated_property_is_reported_not_only_the_first() {
    let text = r#"{"action": "remoteLock", "deviceDisplayName": "a", "action": "rebootNow",
        "deviceDisplayName": "b", "deviceDisplayName": "c",
        "deviceActionDetails": [{"key": "k", "value": "v", "key": "again", "value": "w"},
                                {"key": "k"}, {"value": "v", "value": "w"}]}"#;
    let expected = [
        "$: duplicate property `action`: give each property once",
        "$: duplicate property `deviceDisplayName`: give each property once",
        "$: duplicate property `deviceDisplayName`: give each property once",
        "deviceActionDetails[0]: duplicate property `key`: give each property once",
        "deviceActionDetails[0]: duplicate property `value`: give each property once",
        "deviceActionDetails[2]: duplicate property `value`: give each property once",
    ];
    for how in READS {
        let lines: Vec<String> = failure::<RemoteActionAudit>(text.as_bytes(), how)
            .iter()
            .map(ToString::to_string)
            .filter(|line| line.contains("duplicate"))
            .collect();
        assert_eq!(lines, expected, "{how:?}");
    }
    // Repeated unknown members are kept, not refused, so never reported.
    let text = r#"{"x": 1, "x": 2, "deviceDisplayName": "a", "deviceDisplayName": "b"}"#;
    let problems = failure::<RemoteActionAudit>(text.as_bytes(), Read::Response);
    assert_eq!(
        problems.to_string(),
        "$: duplicate property `deviceDisplayName`: give each property once"
    );
}

/// Times `run`, which must stay fast on megabyte input.
fn quickly(what: &str, run: impl FnOnce()) {
    let started = Instant::now();
    run();
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(5), "{what} took {elapsed:?}");
}

#[test]
fn megabyte_strings_are_read_or_refused_quickly_with_short_messages() {
    let huge = "x".repeat(1 << 20);
    let base = create_body(full_audit(), &["id"]);
    let mut cases = Vec::new();
    for key in [
        "deviceDisplayName",
        "action",
        "requestDateTime",
        "@odata.type",
        "deviceActionCategory",
    ] {
        let mut mutated = base.clone();
        mutated[key] = Value::from(huge.as_str());
        cases.push((key.to_owned(), mutated));
    }
    let mut mutated = base.clone();
    mutated[huge.as_str()] = json!(1);
    cases.push(("a 1 MB key".to_owned(), mutated));
    for (what, value) in cases {
        let bytes = body(&value);
        quickly(&what, || {
            for how in READS {
                if let Err(problems) = read::<RemoteActionAudit>(&bytes, how) {
                    for problem in &problems {
                        assert!(problem.message().len() < 2_000, "{what}: a long message");
                    }
                }
            }
        });
    }
    // Where the value is wrong, the problem says where.
    let mut date = base.clone();
    date["requestDateTime"] = Value::from(huge.as_str());
    assert_problem_at::<RemoteActionAudit>(
        &body(&date),
        Read::Response,
        "requestDateTime",
        "invalid DateTimeOffset",
    );
    let mut action = base.clone();
    action["action"] = Value::from(huge.as_str());
    assert_problem_at::<RemoteActionAudit>(
        &body(&action),
        Read::Create,
        "action",
        "not a known remoteAction member",
    );
    assert!(
        read::<RemoteActionAudit>(&body(&action), Read::Response).is_ok(),
        "an unknown member reads"
    );
    // A 1 MB key is no slip of a declared name: it passes, as other undeclared names do, and
    // paths cut such keys (`Path`'s own tests).
    let mut key = base;
    key[huge.as_str()] = json!(1);
    assert!(read::<RemoteActionAudit>(&body(&key), Read::Create).is_ok());
}

#[test]
fn nesting_ten_thousand_deep_is_refused_without_overflowing() {
    const DEPTH: usize = 10_000;
    let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(DEPTH), "}".repeat(DEPTH));
    let unclosed = "[{\"a\":".repeat(DEPTH);
    for nested in [&arrays, &objects, &unclosed] {
        for text in [
            nested.clone(),
            format!(r#"{{"unknown": {nested}}}"#),
            format!(r#"{{"deviceActionDetails": {nested}}}"#),
            format!(r#"{{"errorInfo": {nested}, "states": {nested}}}"#),
        ] {
            quickly("deep nesting", || {
                for how in READS {
                    let problems = failure::<RemoteActionAudit>(text.as_bytes(), how);
                    assert!(
                        problems.iter().all(|problem| problem.path() == "$"),
                        "{problems}"
                    );
                    let problems = failure::<SecurityAction>(text.as_bytes(), how);
                    assert!(
                        problems.iter().all(|problem| problem.path() == "$"),
                        "{problems}"
                    );
                }
                read_everywhere(text.as_bytes());
            });
        }
    }
}

#[test]
fn invalid_utf8_is_refused_at_the_root() {
    let valid = body(&full_audit());
    let mut cases: Vec<Vec<u8>> = vec![
        b"{\"deviceDisplayName\": \"\xff\"}".to_vec(),
        b"{\"device\xc0\x80Name\": 1}".to_vec(),
        b"{\"x\": \"\xed\xa0\x80\"}".to_vec(),
        b"{\xff}".to_vec(),
        b"\xef\xbb\xbf{}".to_vec(),
        br#"{"deviceDisplayName": "\ud800"}"#.to_vec(),
        br#"{"x": "\udc00\ud800"}"#.to_vec(),
    ];
    // Each string of the full body with a stray continuation byte.
    for (index, _) in valid
        .iter()
        .enumerate()
        .filter(|(_, byte)| **byte == b'"')
        .step_by(2)
    {
        let mut mutated = valid.clone();
        mutated.insert(index + 1, 0x80);
        cases.push(mutated);
    }
    for bytes in &cases {
        for how in READS {
            let problems = failure::<RemoteActionAudit>(bytes, how);
            assert!(
                problems.iter().all(|problem| problem.path() == "$"
                    && problem.message().starts_with("invalid JSON")),
                "{problems}"
            );
        }
        read_everywhere(bytes);
    }
    assert!(cases.len() > 20);
}

#[test]
fn impossible_dates_are_reported_at_the_property() {
    let audit = create_body(full_audit(), &["id"]);
    let action = create_body(full_action(), &["id", "createdDateTime"]);
    for date in [
        "2017-13-45T99:00:00Z",
        "2017-02-30T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2017-01-01T24:00:00Z",
        "2017-01-01T00:60:00Z",
        "2017-01-01T00:00:00+24:00",
        "2017-01-01T00:00:00",
        "2017-01-01",
        "99999-01-01T00:00:00Z",
        "2017-01-01T00:00:00.Z",
        " 2017-01-01T00:00:00Z",
        "String (timestamp)",
        "",
    ] {
        let mut mutated = audit.clone();
        mutated["requestDateTime"] = Value::from(date);
        for how in READS {
            assert_problem_at::<RemoteActionAudit>(
                &body(&mutated),
                how,
                "requestDateTime",
                "invalid DateTimeOffset",
            );
        }
        let mut mutated = action.clone();
        mutated["states"][1]["updatedDateTime"] = Value::from(date);
        for how in READS {
            assert_problem_at::<SecurityAction>(
                &body(&mutated),
                how,
                "states[1].updatedDateTime",
                "invalid DateTimeOffset",
            );
        }
    }
}

#[test]
fn numbers_where_enums_are_expected_are_reported_at_the_property() {
    let audit = create_body(full_audit(), &["id"]);
    let action = create_body(full_action(), &["id", "createdDateTime"]);
    for number in [
        json!(0),
        json!(1),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!(u64::MAX),
    ] {
        for key in ["action", "actionState", "deviceActionCategory"] {
            let mut mutated = audit.clone();
            mutated[key] = number.clone();
            for how in READS {
                assert_problem_at::<RemoteActionAudit>(
                    &body(&mutated),
                    how,
                    key,
                    "found the number",
                );
            }
        }
        let mut mutated = action.clone();
        mutated["states"][0]["status"] = number.clone();
        for how in READS {
            assert_problem_at::<SecurityAction>(
                &body(&mutated),
                how,
                "states[0].status",
                "found the number",
            );
        }
    }
}

#[test]
fn other_malformed_documents_are_reported_at_the_root() {
    for text in [
        "",
        " ",
        "null",
        "true",
        "5",
        "\"text\"",
        "[]",
        "[{}]",
        "{",
        "}",
        "{}}",
        "{} x",
        "{,}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{'a': 1}",
        "{\"a\": 1e400}",
        "{\"a\": -}",
        "{\"a\": 01}",
        "{\"a\": NaN}",
        "{\"a\": tru}",
        "\u{0}",
    ] {
        for how in READS {
            let problems = failure::<RemoteActionAudit>(text.as_bytes(), how);
            assert!(
                problems.iter().all(|problem| problem.path() == "$"),
                "{text:?}: {problems}"
            );
        }
        read_everywhere(text.as_bytes());
    }
}

// ---- Mutated seed payloads ----

/// The payloads mutations start from: every example of the seed pages, and the full bodies.
fn bases() -> Vec<Value> {
    let mut bases: Vec<Value> = [SEED_000, SEED_001, SEED_002, SEED_003]
        .iter()
        .flat_map(|seed| seed_examples(seed))
        .map(|example| example.value())
        .collect();
    bases.push(full_audit());
    bases.push(full_action());
    bases.push(create_body(full_action(), &["id", "createdDateTime"]));
    bases
}

/// A change to a document, as JSON or as bytes.
#[derive(Clone, Debug)]
enum Mutation {
    /// Replaces the n-th value (in document order) by another.
    Replace(usize, Value),
    /// Removes the n-th value from its object or array.
    Remove(usize),
    /// Adds a member to the n-th object.
    Add(usize, String, Value),
    /// Keeps the first bytes.
    Truncate(usize),
    /// Removes a range of bytes.
    Delete(usize, usize),
    /// Inserts bytes.
    Insert(usize, Vec<u8>),
    /// Flips bits of a byte.
    Flip(usize, u8),
    /// Repeats a range of bytes.
    Repeat(usize, usize),
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "(?s).{0,10}".prop_map(Value::from),
        Just(json!("2017-13-45T99:00:00Z")),
        Just(json!("#microsoft.graph.managedDevice")),
        Just(json!("unknownFutureValue")),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z@.]{0,12}", inner), 0..3)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Bytes worth inserting: JSON's punctuation and keywords, and bytes that are not UTF-8.
fn token() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "null",
            "true",
            "-",
            "1e999",
            "\\u",
            "\\ud800",
            "\"@odata.type\":",
            "\"id\":",
            "\u{0}",
            "\n",
        ])
        .prop_map(|token| token.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 1..4),
        Just(vec![0xff]),
        Just(vec![0xc0, 0x80]),
    ]
}

/// Changes that keep the document JSON.
fn json_mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        3 => (at, json_value()).prop_map(|(n, value)| Mutation::Replace(n, value)),
        1 => at.prop_map(Mutation::Remove),
        2 => (at, "[a-zA-Z@.]{0,12}", json_value())
            .prop_map(|(n, key, value)| Mutation::Add(n, key, value)),
    ]
}

/// Changes to the bytes, which mostly break the JSON.
fn byte_mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        1 => at.prop_map(Mutation::Truncate),
        1 => (at, 1..20_usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        2 => (at, token()).prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        1 => (at, 1..=255_u8).prop_map(|(at, bits)| Mutation::Flip(at, bits)),
        1 => (at, 1..40_usize).prop_map(|(at, len)| Mutation::Repeat(at, len)),
    ]
}

/// The n-th value of `value` in document order (modulo their count), as a JSON pointer.
fn nth_pointer(value: &Value, n: usize, objects_only: bool) -> Option<String> {
    fn walk(value: &Value, pointer: String, objects_only: bool, found: &mut Vec<String>) {
        if !objects_only || value.is_object() {
            found.push(pointer.clone());
        }
        match value {
            Value::Object(members) => {
                for (key, member) in members {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    walk(member, format!("{pointer}/{key}"), objects_only, found);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{pointer}/{index}"), objects_only, found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(value, String::new(), objects_only, &mut found);
    let count = found.len();
    found.into_iter().nth(n % count.max(1))
}

fn apply_json(value: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Replace(n, replacement) => {
            if let Some(pointer) = nth_pointer(value, *n, false) {
                if let Some(slot) = value.pointer_mut(&pointer) {
                    *slot = replacement.clone();
                }
            }
        }
        Mutation::Remove(n) => {
            let Some(pointer) = nth_pointer(value, *n, false) else {
                return;
            };
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                return;
            };
            let last = last.replace("~1", "/").replace("~0", "~");
            match value.pointer_mut(parent) {
                Some(Value::Object(members)) => {
                    members.remove(&last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(index) = last.parse::<usize>() {
                        if index < items.len() {
                            items.remove(index);
                        }
                    }
                }
                _ => {}
            }
        }
        Mutation::Add(n, key, member) => {
            if let Some(pointer) = nth_pointer(value, *n, true) {
                if let Some(Value::Object(members)) = value.pointer_mut(&pointer) {
                    members.insert(key.clone(), member.clone());
                }
            }
        }
        _ => {}
    }
}

fn apply_bytes(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len().max(1);
    match mutation {
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::Delete(at, count) => {
            let start = (at % len).min(bytes.len());
            let end = (start + count).min(bytes.len());
            bytes.drain(start..end);
        }
        Mutation::Insert(at, inserted) => {
            let at = (at % len).min(bytes.len());
            bytes.splice(at..at, inserted.iter().copied());
        }
        Mutation::Flip(at, bits) => {
            if let Some(byte) = bytes.get_mut(at % len) {
                *byte ^= bits;
            }
        }
        Mutation::Repeat(at, count) => {
            let start = (at % len).min(bytes.len());
            let end = (start + count).min(bytes.len());
            let repeated = bytes[start..end].to_vec();
            bytes.splice(end..end, repeated);
        }
        _ => {}
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(4096)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_seed_payloads_are_read_or_reported_with_paths(
        base in prop::sample::select(bases()),
        json_mutations in prop::collection::vec(json_mutation(), 1..4),
        // Most cases stay JSON, to reach the checks past the parser.
        byte_mutations in prop_oneof![
            3 => Just(Vec::new()),
            1 => prop::collection::vec(byte_mutation(), 1..3),
        ],
        compact in any::<bool>(),
    ) {
        let mut value = base;
        for mutation in &json_mutations {
            apply_json(&mut value, mutation);
        }
        let mut bytes = if compact {
            serde_json::to_vec(&value).expect("writes")
        } else {
            serde_json::to_vec_pretty(&value).expect("writes")
        };
        for mutation in &byte_mutations {
            apply_bytes(&mut bytes, mutation);
        }
        read_everywhere(&bytes);
    }
}

/// Takes bytes until one write would pass `budget`, which fails; every write after it is
/// taken again, so a serializer that went on after the error would show in `taken`.
struct FailingOnce {
    taken: Vec<u8>,
    budget: usize,
    failed: bool,
}

impl std::io::Write for FailingOnce {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if !self.failed && self.taken.len() + bytes.len() > self.budget {
            self.failed = true;
            return Err(std::io::Error::other("disk full"));
        }
        self.taken.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_write_that_fails_returns_its_error_and_writes_nothing_after_it() {
    let audit: RemoteActionAudit = from_json(
        br#"{"deviceDisplayName":"d","userName":"u","initiatedByUserPrincipalName":"p"}"#,
    )
    .unwrap();
    let whole = serde_json::to_string(&audit).unwrap();
    let mut writer = FailingOnce {
        taken: Vec::new(),
        budget: whole.find("userName").unwrap() + 3,
        failed: false,
    };
    let error = serde_json::to_writer(&mut writer, &audit).unwrap_err();
    assert!(error.is_io(), "{error}");
    let taken = String::from_utf8(writer.taken).unwrap();
    assert!(whole.starts_with(&taken), "{taken}");
    assert!(!taken.contains("initiatedBy"), "{taken}");
}

#[test]
fn a_read_stops_at_the_first_bad_value_and_reports_it() {
    // A wrong type, then a body cut short: the error is the wrong type, where it is.
    let error =
        serde_json::from_str::<RemoteActionAudit>(r#"{"deviceDisplayName":5,"userName":"u","#)
            .unwrap_err();
    assert!(
        error.to_string().starts_with("invalid type: integer `5`"),
        "{error}"
    );
    assert_eq!((error.line(), error.column()), (1, 22));
    // A bad `@odata.type` or unknown member stops it too.
    let error = serde_json::from_str::<RemoteActionAudit>(
        r##"{"@odata.type":"#microsoft.graph.user","userName":"u","##,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("microsoft.graph.user"),
        "{error}"
    );
    let error =
        serde_json::from_str::<RemoteActionAudit>(r#"{"future":[1,],"userName":"u","#).unwrap_err();
    assert!(error.is_syntax() && error.column() == 14, "{error}");
}
