//! Memory: reading and checking a payload holds at most 4 times its size, in every mode,
//! whether it is valid or not: the checks never hold the document as a `serde_json::Value`
//! (which costs up to 30 times its text). Peak allocated bytes are measured with
//! `allocation-counter` around each call, on payloads of about 10 MB.

use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{from_json, GraphEntity, Payload};

/// The most a read or a check may hold at once, as a multiple of the input's size.
const MAX_RATIO: f64 = 4.0;

/// About `size` bytes of a remoteActionAudit create body: its `deviceActionDetails` are the
/// bulk. With `problems`, one element in a thousand has a number for its key, and the body
/// has a read-only `id` and an unknown property.
fn audit(size: usize, problems: bool) -> Vec<u8> {
    let mut text = String::with_capacity(size + 200);
    text.push_str(r#"{"action":"remoteLock","actionState":"pending","requestDateTime":"2017-01-01T00:03:07.1589002-08:00","deviceIMEI":"35-209900-176148-1","deviceActionDetails":["#);
    let mut index = 0;
    while text.len() < size {
        if index > 0 {
            text.push(',');
        }
        if problems && index % 1000 == 7 {
            text.push_str(r#"{"key":7,"value":"seven"}"#);
        } else {
            text.push_str(&format!(
                r#"{{"key":"detail{index}","value":"value of detail {index}"}}"#
            ));
        }
        index += 1;
    }
    text.push(']');
    if problems {
        text.push_str(r#","id":"a1","deviceImei":"x""#);
    }
    text.push('}');
    text.into_bytes()
}

/// About `size` bytes of a securityAction create body: its `parameters` are the bulk, each
/// a file hash to block (`tiny`: an IP address, as seed 003 has it).
fn action(size: usize, tiny: bool) -> Vec<u8> {
    let mut text = String::with_capacity(size + 200);
    text.push_str(r#"{"name":"BlockIp","vendorInformation":{"vendor":"Microsoft","provider":"Windows Defender ATP"},"parameters":["#);
    let mut index = 0;
    while text.len() < size {
        if index > 0 {
            text.push(',');
        }
        if tiny {
            text.push_str(&format!(
                r#"{{"name":"IP","value":"10.0.{}.{}"}}"#,
                index / 256 % 256,
                index % 256
            ));
        } else {
            text.push_str(&format!(
                r#"{{"name":"FileSha256","value":"{index:064x}"}}"#
            ));
        }
        index += 1;
    }
    text.push_str("]}");
    text.into_bytes()
}

/// The peak of bytes allocated while `run` reads `input`, as a multiple of its size.
fn peak_ratio(input: &[u8], run: impl FnOnce(&[u8])) -> f64 {
    let info = allocation_counter::measure(|| run(input));
    info.bytes_max as f64 / input.len() as f64
}

/// A way to read a payload: whether it was accepted.
type Reader = fn(&[u8]) -> bool;

/// Reads `input` as an `E` in every mode, checking the outcome, and returns each mode's
/// peak as a multiple of the input's size.
fn peaks<E: GraphEntity>(what: &str, input: &[u8], valid: bool) -> [f64; 3] {
    let modes: [(&str, Reader); 3] = [
        ("read", |bytes| from_json::<E>(bytes).is_ok()),
        ("create", |bytes| {
            Payload::<E>::create_from_json(bytes).is_ok()
        }),
        ("update", |bytes| {
            Payload::<E>::update_from_json(bytes).is_ok()
        }),
    ];
    modes.map(|(mode, read)| {
        let mut ok = false;
        let ratio = peak_ratio(input, |bytes| ok = read(bytes));
        eprintln!("{what}, {mode}: {} bytes, peak {ratio:.2}x", input.len());
        if mode != "read" {
            assert_eq!(ok, valid, "{what}, {mode}");
        }
        ratio
    })
}

/// Every mode's peak is at most [`MAX_RATIO`] times the input.
fn assert_within_bound<E: GraphEntity>(what: &str, input: &[u8], valid: bool) {
    for (mode, ratio) in ["read", "create", "update"]
        .iter()
        .zip(peaks::<E>(what, input, valid))
    {
        assert!(
            ratio <= MAX_RATIO,
            "{what}, {mode}: peak {ratio:.2}x the input, more than {MAX_RATIO}x"
        );
    }
}

#[test]
fn valid_payloads_are_read_and_checked_within_four_times_their_size() {
    assert_within_bound::<RemoteActionAudit>("remoteActionAudit", &audit(10 << 20, false), true);
    assert_within_bound::<SecurityAction>("securityAction", &action(10 << 20, false), true);
}

/// Where the typed value itself is larger than 4 times its text (elements of 35 bytes read
/// into 72-byte structs, in a `Vec` that doubles as it grows), checking adds nothing to
/// reading: create and update hold what read holds.
#[test]
fn checking_holds_no_more_than_reading() {
    let input = action(10 << 20, true);
    let [read, create, update] =
        peaks::<SecurityAction>("securityAction, small elements", &input, true);
    for (mode, ratio) in [("create", create), ("update", update)] {
        assert!(
            ratio <= read + 0.05,
            "{mode}: peak {ratio:.2}x the input, reading alone {read:.2}x"
        );
    }
}

#[test]
fn payloads_with_problems_are_checked_within_four_times_their_size() {
    let input = audit(10 << 20, true);
    assert_within_bound::<RemoteActionAudit>("remoteActionAudit with problems", &input, false);
    // Every problem is found: one in a thousand elements, the id and the unknown property.
    let problems = Payload::<RemoteActionAudit>::create_from_json(&input).unwrap_err();
    let elements = input.windows(9).filter(|w| w == br#"{"key":7,"#).count();
    assert_eq!(problems.len(), elements + 2);

    // Problems only a typed value shows (a read-only id and an unknown property, at the
    // end): the typed value is read whole, then the document is checked again.
    let mut late = audit(10 << 20, false);
    late.pop();
    late.extend_from_slice(br#","id":"a1","deviceImei":"x"}"#);
    assert_within_bound::<RemoteActionAudit>("remoteActionAudit with late problems", &late, false);
    let problems = Payload::<RemoteActionAudit>::update_from_json(&late).unwrap_err();
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "deviceImei: unknown property of microsoft.graph.remoteActionAudit: did you mean \"deviceIMEI\"?",
            "id: read-only property: Graph sets it, so leave it out of create and update payloads",
        ]
    );
}
