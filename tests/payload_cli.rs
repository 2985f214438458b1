//! The `payload` example, driven from outside as a user runs it:
//! `payload <remoteActionAudit|securityAction> <create|update|read> [--id ID] [FILE]`.

mod common;

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use common::*;
use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{Cloud, Payload};

/// Runs the example with `arguments`, `stdin` as standard input.
fn run(arguments: &[&str], stdin: &[u8]) -> Output {
    let arguments: Vec<&std::ffi::OsStr> = arguments.iter().map(std::ffi::OsStr::new).collect();
    run_os(&arguments, stdin)
}

/// Runs the example with arguments that may not be UTF-8.
fn run_os(arguments: &[&std::ffi::OsStr], stdin: &[u8]) -> Output {
    let mut child = Command::new(example_binary("payload"))
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The example may exit before reading its input (a usage mistake): that is not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn create_prints_the_request_that_would_be_sent() {
    let request = &seed_examples(SEED_001)[0];
    let output = run(&["remoteActionAudit", "create"], request.json.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let (head, body) = stdout.split_once("\n\n").unwrap();
    assert_eq!(
        head,
        "POST https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits\n\
         content-type: application/json\n\
         accept: application/json\n\
         prefer: include-unknown-enum-members"
    );
    let body: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(body, with_canonical_odata_types(&request.value()));
    assert!(output.stderr.is_empty());
}

/// The request as the example prints it: request line, headers, an empty line, the body.
fn rendered(request: &http::Request<Vec<u8>>) -> String {
    let mut text = format!("{} {}\n", request.method(), request.uri());
    for (name, value) in request.headers() {
        text.push_str(&format!("{name}: {}\n", value.to_str().unwrap()));
    }
    format!("{text}\n{}\n", String::from_utf8_lossy(request.body()))
}

#[test]
fn the_printed_request_is_exactly_the_one_the_library_sends() {
    let create = seed_examples(SEED_001)[0].json.clone();
    let update = seed_examples(SEED_002)[0].json.clone();
    let security = r#"{"status": "Running", "customerTicket": "T-1"}"#;
    let cases = [
        (
            &["remoteActionAudit", "create"][..],
            &create,
            Payload::<RemoteActionAudit>::create_from_json(create.as_bytes())
                .unwrap()
                .request(Cloud::Global, &RemoteActionAudit::location()),
        ),
        (
            &["remoteActionAudit", "update", "--id", "a 1"],
            &update,
            Payload::<RemoteActionAudit>::update_from_json(update.as_bytes())
                .unwrap()
                .request(Cloud::Global, &RemoteActionAudit::location().item("a 1")),
        ),
        (
            &["securityAction", "update", "--id", "a 1"],
            &security.to_owned(),
            Payload::<SecurityAction>::update_from_json(security.as_bytes())
                .unwrap()
                .request(Cloud::Global, &SecurityAction::location().item("a 1")),
        ),
    ];
    for (arguments, input, request) in cases {
        let output = run(arguments, input.as_bytes());
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        assert_eq!(
            text(&output.stdout),
            rendered(&request.unwrap()),
            "{arguments:?}"
        );
    }
    // securityAction's enums have no member after unknownFutureValue: no `Prefer`.
    let output = run(
        &["securityAction", "update", "--id", "a"],
        security.as_bytes(),
    );
    assert!(text(&output.stdout).contains("\naccept: application/json\n\n"));
}

#[test]
fn update_puts_the_id_in_the_path_as_one_encoded_segment() {
    let request = &seed_examples(SEED_002)[0];
    let dir = std::env::temp_dir().join(format!("graph-entity-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("update.json");
    std::fs::write(&file, &request.json).unwrap();
    let output = run(
        &[
            "remoteActionAudit",
            "update",
            "--id",
            "../x?y=1",
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with(
            "PATCH https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits/%2E%2E%2Fx%3Fy%3D1\n"
        ),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn read_prints_the_body_written_back() {
    let response = &seed_examples(SEED_002)[1];
    let output = run(&["remoteActionAudit", "read"], response.json.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(written, response.value());
}

#[test]
fn problems_are_one_line_each_on_stderr_with_exit_status_1() {
    let request = &seed_examples(SEED_003)[0];
    let output = run(&["securityAction", "create"], request.json.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    let paths: Vec<&str> = stderr
        .lines()
        .map(|line| line.split_once(": ").unwrap().0)
        .collect();
    assert_eq!(
        paths,
        [
            "completedDateTime",
            "lastActionDateTime",
            "parameters[0].name",
            "status",
            "vendorInformation.vendor"
        ]
    );
}

#[test]
fn update_without_an_id_and_usage_mistakes_exit_1() {
    let body = br#"{"managedDeviceId": "m"}"#;
    for arguments in [
        &["remoteActionAudit", "update"][..],
        &["remoteActionAudit", "update", "--id", ""],
        &["remoteActionAudit", "delete"],
        &["managedDevice", "create"],
        &["remoteActionAudit"],
        &["remoteActionAudit", "create", "--cloud"],
        &["remoteActionAudit", "create", "no-such-file.json"],
    ] {
        let output = run(arguments, body);
        assert_eq!(output.status.code(), Some(1), "{arguments:?}");
        assert!(!output.stderr.is_empty(), "{arguments:?}");
        assert!(output.stdout.is_empty(), "{arguments:?}");
    }
}

#[test]
fn bad_input_never_panics() {
    let deep = "[".repeat(10_000);
    let long = format!("{{\"deviceDisplayName\": \"{}\"}}", "x".repeat(1 << 20));
    let inputs: [&[u8]; 8] = [
        b"",
        b"\xff\xfe\x00",
        b"{\"action\": ",
        deep.as_bytes(),
        b"{\"requestDateTime\": \"2017-13-45T99:00:00Z\"}",
        b"{\"action\": 7, \"actionState\": null}",
        b"{\"@odata.type\": \"#microsoft.graph.user\"}",
        long.as_bytes(),
    ];
    for input in inputs {
        for operation in ["create", "update", "read"] {
            let output = run(&["remoteActionAudit", operation, "--id", "1"], input);
            let stderr = text(&output.stderr);
            assert!(!stderr.contains("panicked"), "{stderr}");
            assert!(matches!(output.status.code(), Some(0 | 1)), "{stderr}");
            for line in stderr.lines() {
                assert!(
                    line.contains(": "),
                    "problem lines are `path: message`: {line}"
                );
            }
        }
    }
}

#[test]
fn permissions_are_printed_on_stderr_leaving_the_request_untouched() {
    let create = seed_examples(SEED_001)[0].json.clone();
    let plain = run(&["remoteActionAudit", "create"], create.as_bytes());
    let output = run(
        &["remoteActionAudit", "create", "--permissions"],
        create.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // Standard output is the request, exactly as without the flag.
    assert_eq!(output.stdout, plain.stdout);
    assert!(plain.stderr.is_empty());
    assert_eq!(
        text(&output.stderr),
        "permissions for create microsoft.graph.remoteActionAudit, least privileged first:\n\
         \x20 Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All\n\
         \x20 Delegated (personal Microsoft account): not supported\n\
         \x20 Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All\n"
    );

    let update = br#"{"status": "Running"}"#;
    let output = run(
        &["securityAction", "update", "--id", "s1", "--permissions"],
        update,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stderr),
        "permissions for update microsoft.graph.securityAction, least privileged first:\n\
         \x20 Delegated (work or school account): not supported\n\
         \x20 Delegated (personal Microsoft account): not supported\n\
         \x20 Application: SecurityActions.ReadWrite.All\n"
    );
}

#[test]
fn read_prints_the_permissions_of_get_and_list() {
    let response = &seed_examples(SEED_002)[1];
    let output = run(
        &["remoteActionAudit", "read", "--permissions"],
        response.json.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(written, response.value());
    // No seed page documents them: undeclared, said so.
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("permissions for get microsoft.graph.remoteActionAudit, least privileged first:\n  Delegated (work or school account): undeclared\n"), "{stderr}");
    assert!(
        stderr.contains("permissions for list microsoft.graph.remoteActionAudit"),
        "{stderr}"
    );
}

#[test]
fn problems_are_printed_without_permissions() {
    let output = run(
        &["securityAction", "create", "--permissions"],
        seed_examples(SEED_003)[0].json.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(!text(&output.stderr).contains("permissions for"));
}

#[test]
fn cloud_builds_the_request_for_that_cloud_or_refuses_it() {
    let create = seed_examples(SEED_001)[0].json.clone();
    let output = run(
        &["remoteActionAudit", "create", "--cloud", "china"],
        create.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let request = Payload::<RemoteActionAudit>::create_from_json(create.as_bytes())
        .unwrap()
        .request(Cloud::China, &RemoteActionAudit::location())
        .unwrap();
    assert_eq!(text(&output.stdout), rendered(&request));

    // securityAction exists in the global service only.
    let body = br#"{"name": "BlockIp", "parameters": [{"name": "IP"}], "vendorInformation": {"vendor": "Microsoft"}}"#;
    let output = run(&["securityAction", "create", "--cloud", "us_gov_l4"], body);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        text(&output.stderr),
        "--cloud: microsoft.graph.securityAction create does not exist in the US Government L4 cloud (https://graph.microsoft.us): Graph offers it in: Global service; build the request for one of those (RequestOptions::new(Cloud::…)), or, if Graph now offers it there, add `us_gov_l4` to #[graph_entity(clouds(global))]\n"
    );
    let output = run(&["securityAction", "create", "--cloud", "mars"], body);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).starts_with("--cloud: unknown cloud `mars`"));
}

#[test]
fn dot_segment_ids_are_refused_with_the_reason() {
    let body = br#"{"actionState": "done"}"#;
    for id in ["..", ".", "%2e%2E", ".%2e"] {
        let output = run(&["remoteActionAudit", "update", "--id", id], body);
        assert_eq!(output.status.code(), Some(1), "{id}");
        assert!(output.stdout.is_empty(), "{id}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.starts_with(&format!(
                "--id: remoteActionAuditId must not be `{id}`: URL parsers"
            )),
            "{stderr}"
        );
        assert!(stderr.contains("another path"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_problem_lines_with_exit_status_1() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt as _;

    let body = br#"{"actionState": "done"}"#;
    let bad = OsStr::from_bytes(b"a\xffb");
    let cases: [(Vec<&OsStr>, &str); 5] = [
        (
            ["remoteActionAudit", "update", "--id"]
                .map(OsStr::new)
                .into_iter()
                .chain([bad])
                .collect(),
            "--id: not valid UTF-8 (`a\u{fffd}b`",
        ),
        (
            vec![bad, OsStr::new("create")],
            "entity: not valid UTF-8 (`a\u{fffd}b`",
        ),
        (
            vec![OsStr::new("remoteActionAudit"), bad],
            "operation: not valid UTF-8",
        ),
        (
            ["remoteActionAudit", "create", "--cloud"]
                .map(OsStr::new)
                .into_iter()
                .chain([bad])
                .collect(),
            "--cloud: not valid UTF-8",
        ),
        (
            vec![
                OsStr::new("remoteActionAudit"),
                OsStr::new("create"),
                OsStr::new("-"),
                bad,
            ],
            "unexpected argument `a\u{fffd}b`",
        ),
    ];
    for (arguments, first_line) in cases {
        let output = run_os(&arguments, body);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{arguments:?}: {stderr}");
        assert!(output.stdout.is_empty());
        assert!(stderr.starts_with(first_line), "{arguments:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }

    // A file name is opened as given: not UTF-8 is no problem for the system, and a missing
    // file is a problem line naming it.
    let directory = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let name = OsStr::from_bytes(b"payload-\xff.json");
    let file = directory.join(name);
    std::fs::write(&file, seed_examples(SEED_001)[0].json.as_bytes()).unwrap();
    let output = run_os(
        &[
            OsStr::new("remoteActionAudit"),
            OsStr::new("create"),
            file.as_os_str(),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    std::fs::remove_file(&file).unwrap();
    let output = run_os(
        &[
            OsStr::new("remoteActionAudit"),
            OsStr::new("create"),
            file.as_os_str(),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("payload-\u{fffd}.json: cannot read: "),
        "{stderr}"
    );
}
