//! The command line, run as a user runs it: the modules committed under the workspace's
//! `tests/generated/` (compiled and tested by `tests/codegen.rs`) are exactly what it writes
//! today, its output is rustfmt-clean even for long names, and every mistake gets a message
//! and an exit status.
//!
//! After changing the generator, rewrite the committed modules with
//! `GRAPH_ENTITY_CODEGEN_BLESS=1 cargo test -p graph-entity-codegen --test cli`.

// A test reports failure by panicking, helpers included.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ sits in the workspace")
        .to_path_buf()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_graph-entity-codegen"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// Each committed module and the command line that writes it.
const MODULES: &[(&str, &[&str])] = &[
    (
        "tests/generated/remote_action_audit.rs",
        &[
            "--csdl",
            "tests/data/graph/entity.xml",
            "--csdl",
            "tests/data/graph/remoteActionAudit.xml",
            "--csdl",
            "tests/data/csdl/remoteAction.xml",
            "--csdl",
            "tests/data/graph/actionState.xml",
            "--csdl",
            "tests/data/graph/deviceActionCategory.xml",
            "--entity",
            "remoteActionAudit",
            "--path",
            "/deviceManagement/remoteActionAudits",
            "--version",
            "beta",
        ],
    ),
    (
        "tests/generated/security_action.rs",
        &[
            "--csdl",
            "tests/data/graph/entity.xml",
            "--csdl",
            "tests/data/graph/securityAction.xml",
            "--csdl",
            "tests/data/graph/resultInfo.xml",
            "--csdl",
            "tests/data/graph/keyValuePair.xml",
            "--csdl",
            "tests/data/graph/securityActionState.xml",
            "--csdl",
            "tests/data/graph/operationStatus.xml",
            "--csdl",
            "tests/data/graph/securityVendorInformation.xml",
            "--csdl",
            "tests/data/graph/security-navigation.xml",
            "--entity",
            "securityAction",
            "--version",
            "beta",
            "--operations",
            "create,update,get,list",
        ],
    ),
    (
        "tests/generated/device_inventory_record.rs",
        &[
            "--csdl",
            "tests/data/csdl/deviceInventory.xml",
            "--entity",
            "microsoft.graph.deviceInventoryRecord",
            "--version",
            "beta",
        ],
    ),
];

#[test]
fn committed_modules_are_what_the_generator_writes() {
    let bless = std::env::var_os("GRAPH_ENTITY_CODEGEN_BLESS").is_some();
    for (file, args) in MODULES {
        let output = run(args);
        assert!(output.status.success(), "{file}: {}", stderr(&output));
        let generated = stdout(&output);
        let path = root().join(file);
        if bless {
            std::fs::write(&path, &generated).expect("the module is writable");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{file} is not what the generator writes today: rewrite it with\n  GRAPH_ENTITY_CODEGEN_BLESS=1 cargo test -p graph-entity-codegen --test cli\nand review the diff"
        );
    }
}

/// Runs `rustfmt --check` on `code`; panics with rustfmt's diff if it would change it.
fn assert_rustfmt_clean(name: &str, code: &str) {
    let child = Command::new("rustfmt")
        .args(["--edition", "2021", "--check"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => panic!(
            "cannot run rustfmt ({error}): this test checks the generated code's layout with it; install it with `rustup component add rustfmt`"
        ),
    };
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(code.as_bytes())
        .expect("rustfmt reads the code");
    let output = child.wait_with_output().expect("rustfmt finishes");
    assert!(
        output.status.success(),
        "{name}: rustfmt would reformat the generated code:\n{}{}",
        stdout(&output),
        stderr(&output)
    );
}

#[test]
fn output_is_rustfmt_clean() {
    for (file, args) in MODULES {
        assert_rustfmt_clean(file, &stdout(&run(args)));
    }
}

/// A CSDL with names and descriptions of every length around rustfmt's breaking points.
fn long_names_csdl() -> String {
    let mut properties = String::new();
    let mut members = String::new();
    for length in 40..=110 {
        let plain = format!("p{}", "a".repeat(length - 1));
        let acronym = format!("q{}IMEI", "b".repeat(length - 5));
        properties.push_str(&format!(
            "<Property Name=\"{plain}\" Type=\"Collection(graph.longEnumeration{length})\" Nullable=\"false\" />\n\
             <Property Name=\"{acronym}\" Type=\"graph.{}\" Nullable=\"false\">\n\
               <Annotation Term=\"Org.OData.Core.V1.Description\" String=\"{} see https://learn.microsoft.com/{} 1. [x] &lt;y&gt;\" />\n\
             </Property>\n",
            "c".repeat(length),
            "word ".repeat(length / 4),
            "d".repeat(length),
        ));
        members.push_str(&format!(
            "<EnumType Name=\"longEnumeration{length}\"><Member Name=\"m{}\" /><Member Name=\"nIMEI{}\" /></EnumType>\n\
             <ComplexType Name=\"{}\"><Property Name=\"value\" Type=\"Edm.String\" /></ComplexType>\n",
            "e".repeat(length),
            "f".repeat(length),
            "c".repeat(length),
        ));
    }
    format!(
        "<EntityType Name=\"longNamesHolder\">\n<Key><PropertyRef Name=\"id\" /></Key>\n<Property Name=\"id\" Type=\"Edm.String\" Nullable=\"false\" />\n{properties}</EntityType>\n{members}"
    )
}

#[test]
fn long_names_and_descriptions_stay_rustfmt_clean() {
    let dir = std::env::temp_dir().join(format!("graph-entity-codegen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let csdl = dir.join("long.xml");
    std::fs::write(&csdl, long_names_csdl()).expect("the CSDL is writable");
    let csdl = csdl.to_string_lossy().into_owned();
    let output = run(&[
        "--csdl",
        &csdl,
        "--entity",
        "longNamesHolder",
        "--path",
        "/a/very/long/collection/path/that/pushes/the/container/attribute/past/its/width",
        "--operations",
        "create,get,list",
    ]);
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "{}", stderr(&output));
    let code = stdout(&output);
    assert!(
        code.contains("#[graph(\n        non_nullable,\n        rename = "),
        "a long rename breaks"
    );
    assert_rustfmt_clean("long names", &code);
}

#[test]
fn out_writes_the_module_and_notes_go_to_stderr() {
    let dir = std::env::temp_dir().join(format!("graph-entity-codegen-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let out = dir.join("device.rs");
    let out_arg = out.to_string_lossy().into_owned();
    let output = run(&[
        "--csdl=tests/data/csdl/deviceInventory.xml",
        "--entity=deviceInventoryRecord",
        "--out",
        &out_arg,
    ]);
    let written = std::fs::read_to_string(&out).unwrap_or_default();
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    assert!(written.contains("pub struct DeviceInventoryRecord {"));
    // v1.0 is the derive's default: no `version` is written.
    assert!(
        written.contains("#[graph_entity(path = \"/inventory/deviceRecords\", navigation(owner))]")
    );
    assert_eq!(
        stderr(&output),
        "note: `microsoft.graph.deviceInventoryRecord`: path /inventory/deviceRecords from the containment navigation property `deviceRecords` of `microsoft.graph.inventoryRoot`\n\
         note: `DeviceInventoryRecord`: no field for `photo` (`Edm.Stream`): no Rust type; the values are kept in `extra`\n"
    );
}

#[test]
fn mistakes_say_what_to_do_with_their_exit_status() {
    let cases: &[(&[&str], u8, &str)] = &[
        (
            &["--csdl", "tests/data/csdl/deviceInventory.xml", "--entity", "deviceInventoryRecrod"],
            1,
            "error: no entity type `deviceInventoryRecrod` in the CSDL; did you mean `deviceInventoryRecord`?",
        ),
        (
            &["--csdl", "tests/data/csdl/deviceInventory.xml", "--entity", "postalAddress"],
            1,
            "error: `microsoft.graph.postalAddress` is a complex type: --entity takes an entity type",
        ),
        (
            &["--csdl", "tests/data/graph/remoteActionAudit.xml", "--entity", "remoteActionAudit"],
            1,
            "error: `microsoft.graph.remoteActionAudit` derives from `microsoft.graph.entity`, which the CSDL does not define: pass the CSDL that defines it too",
        ),
        (
            &[
                "--csdl", "tests/data/graph/entity.xml",
                "--csdl", "tests/data/graph/remoteActionAudit.xml",
                "--entity", "remoteActionAudit",
                "--path", "/deviceManagement/remoteActionAudits",
            ],
            1,
            "error: property `action` of `microsoft.graph.remoteActionAudit` has type `microsoft.graph.remoteAction`, which the CSDL does not define: pass the CSDL that defines it too",
        ),
        (
            &[
                "--csdl", "tests/data/graph/entity.xml",
                "--csdl", "tests/data/graph/remoteActionAudit.xml",
                "--csdl", "tests/data/csdl/remoteAction.xml",
                "--csdl", "tests/data/graph/actionState.xml",
                "--csdl", "tests/data/graph/deviceActionCategory.xml",
                "--entity", "remoteActionAudit",
            ],
            1,
            "error: the CSDL does not say where collections of `microsoft.graph.remoteActionAudit` live (no entity set, singleton or navigation property of the schema leads to it",
        ),
        (
            &["--csdl", "tests/data/graph/deviceManagement-navigation.xml", "--entity", "x"],
            1,
            "error: tests/data/graph/deviceManagement-navigation.xml: CSDL line 13, column 7: not well-formed XML: </EntityType> closes an element the text never opened; a fragment must hold whole elements",
        ),
        (
            &["--csdl", "tests/data/csdl/missing.xml", "--entity", "x"],
            1,
            "error: cannot read tests/data/csdl/missing.xml: ",
        ),
        (
            &["--csdl", "tests/data/csdl/deviceInventory.xml", "--entity", "deviceInventoryRecord", "--operations", "create,patch"],
            1,
            "error: unknown operation \"patch\": expected some of: create, update, get, list, delete",
        ),
        (
            &["--csdl", "tests/data/csdl/deviceInventory.xml", "--entity", "deviceInventoryRecord", "--version", "v2"],
            1,
            "error: unknown API version \"v2\": expected \"beta\" or \"v1.0\"",
        ),
        (
            &["--csdl", "tests/data/csdl/deviceInventory.xml", "--entity", "deviceInventoryRecord", "--path", "inventory/"],
            1,
            "error: path \"inventory/\" is not a collection path: write it as Graph documents it, starting with `/`",
        ),
        (&["--entity", "x"], 2, "error: no --csdl FILE given"),
        (&["--csdl", "a.xml"], 2, "error: no --entity NAME given"),
        (&["--csdl"], 2, "error: --csdl needs a value"),
        (&["--entity", "a", "--entity", "a", "--csdl", "a.xml"], 2, "error: --entity a is given twice"),
        (&["--csdl", "a.xml", "--cloud-csdl", "gcc=b.xml", "--all"], 2, "error: --cloud-csdl: unknown national cloud \"gcc\""),
        (&["--csdl", "a.xml", "--cloud-csdl", "b.xml", "--all"], 2, "error: --cloud-csdl takes NAME=FILE"),
        (&["--csdl", "a.xml", "--all", "--out", "a.rs", "--out-dir", "b"], 2, "error: --out and --out-dir are given: choose one"),
        (
            &[
                "--csdl", "tests/data/csdl/deviceInventory.xml",
                "--all",
                "--path", "/inventory/deviceRecords",
            ],
            1,
            "error: --path and --operations describe one entity type",
        ),
        (&["--frobnicate"], 2, "error: unknown argument \"--frobnicate\""),
    ];
    for (args, status, start) in cases {
        let output = run(args);
        let message = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(i32::from(*status)),
            "{args:?}: {message}"
        );
        assert!(message.starts_with(start), "{args:?}:\n{message}");
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn help_describes_every_option() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    for option in [
        "--csdl",
        "--entity",
        "--path",
        "--version",
        "--operations",
        "--out",
        "--all",
        "--out-dir",
        "--cloud-csdl",
    ] {
        assert!(help.contains(option), "{option}");
    }
}

#[test]
fn out_dir_writes_a_file_per_type_and_a_mod_rs() {
    let dir = std::env::temp_dir().join(format!("graph-entity-codegen-dir-{}", std::process::id()));
    let dir_arg = dir.to_string_lossy().into_owned();
    let output = run(&[
        "--csdl",
        "tests/data/csdl/deviceInventory.xml",
        "--entity",
        "deviceInventoryRecord",
        "--out-dir",
        &dir_arg,
    ]);
    let module = std::fs::read_to_string(dir.join("mod.rs")).unwrap_or_default();
    let record =
        std::fs::read_to_string(dir.join("device_inventory_record.rs")).unwrap_or_default();
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(module.contains("mod device_inventory_record;\npub use device_inventory_record::DeviceInventoryRecord;\n"), "{module}");
    assert!(record.starts_with("use graph_entity::{"), "{record}");
    // Each file names what it uses from its siblings.
    assert!(record.contains("use super::{"), "{record}");
    assert!(record.contains("pub struct DeviceInventoryRecord {"));
    assert_rustfmt_clean("device_inventory_record.rs", &record);
}
