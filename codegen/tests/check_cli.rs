//! `graph-entity-codegen check`, run as a user runs it: Graph's documented v1.0 request and
//! response bodies (the workspace's `tests/data/documented/`) against Graph's whole v1.0
//! schema (`tests/data/v1.0/Prod.csdl.gz` here), each accepted or refused as documented;
//! problems as `JSON.path: message` lines with exit status 1; wrong command lines with 2.

// A test reports failure by panicking, helpers included.
#![allow(clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ sits in the workspace")
        .to_path_buf()
}

/// Graph's v1.0 schema, unpacked once into the test's scratch folder.
fn prod_csdl() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let packed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1.0/Prod.csdl.gz");
        let file = std::fs::File::open(&packed).expect("the packed v1.0 schema is there");
        let mut text = String::new();
        flate2::read::GzDecoder::new(file)
            .read_to_string(&mut text)
            .expect("the packed v1.0 schema unpacks");
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("v1.0-Prod.csdl");
        let partial = path.with_extension("csdl.partial");
        std::fs::write(&partial, text).expect("the scratch folder is writable");
        std::fs::rename(&partial, &path).expect("the scratch folder is writable");
        path
    })
}

/// Runs the binary with `args` from the workspace root, `stdin` as standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_graph-entity-codegen"))
        .current_dir(root())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // A binary that stops before reading its input (a wrong command line) closes the pipe.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary ends")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// One body to check: the file it comes from, the entity, the mode, the JSON.
struct Case {
    file: String,
    entity: String,
    mode: &'static str,
    expect_refused: bool,
    body: Vec<u8>,
}

/// Every documented body: create and update bodies in their mode, a get body as read, and
/// each element of a list body's `value` as read.
fn documented() -> Vec<Case> {
    let folder = root().join("tests/data/documented");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("tests/data/documented is there")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let file = path
            .file_name()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read(&path).expect("a readable file");
        let document: Value = serde_json::from_slice(&text).expect("a JSON file");
        let entity = document["entity"].as_str().expect("entity").to_owned();
        let expect_refused = match document["expect"].as_str() {
            Some("accepted") => false,
            Some("refused") => true,
            other => panic!("{file}: expect is {other:?}"),
        };
        let body = &document["body"];
        let (mode, bodies): (&str, Vec<&Value>) = match document["mode"].as_str() {
            Some("create") => ("create", vec![body]),
            Some("update") => ("update", vec![body]),
            Some("get") => ("read", vec![body]),
            Some("list") => (
                "read",
                body["value"]
                    .as_array()
                    .expect("a list body has value")
                    .iter()
                    .collect(),
            ),
            other => panic!("{file}: mode is {other:?}"),
        };
        for body in bodies {
            cases.push(Case {
                file: file.clone(),
                entity: entity.clone(),
                mode,
                expect_refused,
                body: serde_json::to_vec(body).expect("JSON writes"),
            });
        }
    }
    cases
}

#[test]
fn documented_bodies_are_accepted_or_refused_as_documented() {
    let csdl = prod_csdl().to_str().expect("a UTF-8 path").to_owned();
    let cases = documented();
    assert!(cases.len() >= 82, "only {} documented bodies", cases.len());
    // file → (expect refused, each run's exit status and standard error)
    let results: Mutex<Vec<(usize, Output)>> = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = {
                    let mut next = next.lock().expect("no worker panicked");
                    let index = *next;
                    *next += 1;
                    index
                };
                let Some(case) = cases.get(index) else {
                    return;
                };
                let output = run(
                    &[
                        "check",
                        "--csdl",
                        &csdl,
                        "--entity",
                        &case.entity,
                        "--mode",
                        case.mode,
                    ],
                    &case.body,
                );
                results
                    .lock()
                    .expect("no worker panicked")
                    .push((index, output));
            });
        }
    });
    let mut results = results.into_inner().expect("no worker panicked");
    results.sort_by_key(|(index, _)| *index);
    // A file is refused when any of its bodies is.
    let mut by_file: Vec<(String, bool, bool, String)> = Vec::new();
    for (index, output) in results {
        let case = &cases[index];
        let code = output.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "{}: exit status {code:?}: {}",
            case.file,
            stderr(&output)
        );
        let refused = code == Some(1);
        if refused {
            for line in stderr(&output).lines() {
                assert!(
                    line.split_once(": ")
                        .is_some_and(|(path, _)| !path.is_empty()),
                    "{}: not a `JSON.path: message` line: {line}",
                    case.file
                );
            }
        }
        match by_file.last_mut() {
            Some((file, _, any_refused, problems)) if *file == case.file => {
                *any_refused |= refused;
                problems.push_str(&stderr(&output));
            }
            _ => by_file.push((
                case.file.clone(),
                case.expect_refused,
                refused,
                stderr(&output),
            )),
        }
    }
    let wrong: Vec<String> = by_file
        .iter()
        .filter(|(_, expect_refused, refused, _)| expect_refused != refused)
        .map(|(file, expect_refused, _, problems)| {
            let expected = if *expect_refused {
                "refused"
            } else {
                "accepted"
            };
            format!("{file} should be {expected}:\n{problems}")
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        by_file.len() >= 82,
        "only {} documented files",
        by_file.len()
    );
}

/// A small schema, written to the scratch folder.
fn fragments() -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-cli-fragments.xml");
    std::fs::write(
        &path,
        r#"
        <EntityType Name="entity" Abstract="true">
          <Key><PropertyRef Name="id" /></Key>
          <Property Name="id" Type="Edm.String" Nullable="false" />
        </EntityType>
        <EntityType Name="todoTask" BaseType="graph.entity">
          <Property Name="title" Type="Edm.String" />
          <Property Name="importance" Type="graph.importance" Nullable="false" />
          <Property Name="dueDateTime" Type="Edm.DateTimeOffset" />
        </EntityType>
        <EnumType Name="importance">
          <Member Name="low" Value="0" /><Member Name="normal" Value="1" /><Member Name="high" Value="2" />
        </EnumType>
        "#,
    )
    .expect("the scratch folder is writable");
    path
}

#[test]
fn problems_are_json_path_lines_with_exit_status_1() {
    let csdl = fragments();
    let csdl = csdl.to_str().expect("a UTF-8 path");
    let body = br#"{"title": "Buy milk", "importance": "urgent", "dueDateTime": "tomorrow"}"#;
    let output = run(
        &[
            "check", "--csdl", csdl, "--entity", "todoTask", "--mode", "create",
        ],
        body,
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "dueDateTime: invalid DateTimeOffset \"tomorrow\", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"\n\
         importance: \"urgent\" is not a known importance member: expected one of: low, normal, high\n"
    );
    assert!(output.stdout.is_empty());

    // The same body from a FILE, as a read: enum members Graph adds later are fine there.
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-cli-body.json");
    std::fs::write(&file, body).expect("the scratch folder is writable");
    let output = run(
        &[
            "check",
            "--csdl",
            csdl,
            "--entity=microsoft.graph.todoTask",
            "--mode=read",
            file.to_str().expect("a UTF-8 path"),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "dueDateTime: invalid DateTimeOffset \"tomorrow\", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"\n"
    );

    let output = run(
        &[
            "check", "--csdl", csdl, "--entity", "todoTask", "--mode", "update", "-",
        ],
        br#"{"importance": "HIGH"}"#,
    );
    assert_eq!(
        (output.status.code(), stderr(&output).as_str()),
        (Some(0), "")
    );
    assert!(output.stdout.is_empty());

    let output = run(
        &[
            "check", "--csdl", csdl, "--entity", "todoTask", "--mode", "update",
        ],
        b"{\"title\": ",
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("$: invalid JSON: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_wrong_schema_entity_or_file_is_an_error_with_exit_status_1() {
    let csdl = fragments();
    let csdl = csdl.to_str().expect("a UTF-8 path");
    for (args, expected) in [
        (
            vec!["--entity", "todoTsk", "--mode", "create"],
            "error: no entity type `todoTsk` in the CSDL; did you mean `todoTask`? (names are case-sensitive; the CSDL defines 2 entity types)\n",
        ),
        (
            vec!["--entity", "importance", "--mode", "create"],
            "error: `microsoft.graph.importance` is an enumeration: --entity takes an entity type (<EntityType>), or a complex type\n",
        ),
        (
            vec!["--entity", "todoTask", "--mode", "create", "no-such-body.json"],
            "error: cannot read no-such-body.json: ",
        ),
    ] {
        let mut all = vec!["check", "--csdl", csdl];
        all.extend(args);
        let output = run(&all, b"{}");
        assert_eq!(output.status.code(), Some(1), "{all:?}");
        assert!(stderr(&output).starts_with(expected), "{all:?}: {}", stderr(&output));
    }
    let output = run(
        &[
            "check",
            "--csdl",
            "no-such.xml",
            "--entity",
            "todoTask",
            "--mode",
            "read",
        ],
        b"{}",
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("error: cannot read no-such.xml: "));
}

#[test]
fn wrong_command_lines_exit_with_status_2_and_the_usage() {
    let csdl = fragments();
    let csdl = csdl.to_str().expect("a UTF-8 path");
    for (args, message) in [
        (vec!["--entity", "todoTask"], "error: no --mode given"),
        (
            vec!["--entity", "todoTask", "--mode", "patch"],
            "error: --mode \"patch\" is not a mode: expected create, update or read",
        ),
        (vec!["--mode", "read"], "error: no --entity NAME given"),
        (
            vec!["--entity", "todoTask", "--mode", "read", "--out", "x"],
            "error: unknown argument \"--out\"",
        ),
        (
            vec!["--entity", "todoTask", "--mode", "read", "a.json", "b.json"],
            "error: \"b.json\": one body at a time",
        ),
        (
            vec!["--entity", "todoTask", "--mode", "read", "--mode", "create"],
            "error: --mode is given twice",
        ),
        (vec!["--entity"], "error: --entity needs a value"),
    ] {
        let mut all = vec!["check", "--csdl", csdl];
        all.extend(args);
        let output = run(&all, b"{}");
        assert_eq!(output.status.code(), Some(2), "{all:?}");
        let text = stderr(&output);
        assert!(text.starts_with(message), "{all:?}: {text}");
        assert!(
            text.contains("usage: graph-entity-codegen check"),
            "{all:?}: {text}"
        );
    }
    let output = run(&["check", "--entity", "todoTask", "--mode", "read"], b"{}");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("error: no --csdl FILE given"));

    let help = run(&["check", "--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).starts_with("usage: graph-entity-codegen check"));
    let help = run(&["--help"], b"");
    assert!(String::from_utf8_lossy(&help.stdout).contains("graph-entity-codegen check --csdl"));
}
