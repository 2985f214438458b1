//! The payload checker: validates a JSON payload for a seed entity and prints the request
//! that would be sent, or every problem found.
//!
//! ```text
//! cargo run -q --example payload -- <remoteActionAudit|securityAction> <create|update|read> [--id ID] [--cloud CLOUD] [--permissions] [FILE]
//! ```
//!
//! Reads FILE, or standard input without one. `create` and `update` validate the payload and
//! print the request exactly as `Payload::request` builds it for the cloud (`--cloud global`,
//! `us_gov_l4`, `us_gov_l5_dod` or `china`; default `global`): the request line with the full
//! URL, the headers (with `prefer: include-unknown-enum-members` for remoteActionAudit, whose
//! `remoteAction` has members after `unknownFutureValue`), an empty line, and the JSON body as
//! sent; `update` needs `--id`, which goes into the path as one percent-encoded segment. `read`
//! parses a response body and prints it written back.
//!
//! `--permissions` also prints, on standard error after a success, the permissions the
//! operation needs (`read`: get and list), least privileged first:
//!
//! ```text
//! permissions for create microsoft.graph.remoteActionAudit, least privileged first:
//!   Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All
//!   Delegated (personal Microsoft account): not supported
//!   Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All
//! ```
//!
//! Standard output stays the request alone, so it can be saved or piped.
//!
//! Exit status 0 on success; on any problem, one `JSON.path: message` line per problem on
//! standard error and exit status 1 (a cloud the operation does not exist in is one:
//! `--cloud: …`; so is an argument that is not UTF-8: `--id: not valid UTF-8 …`). A file
//! name is opened as given, whatever its bytes.

use std::ffi::{OsStr, OsString};
use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{
    from_json, Cloud, GraphEntity, Location, Operation, Payload, PermissionType, Problems,
    RequestError,
};

const USAGE: &str = "usage: payload <remoteActionAudit|securityAction> <create|update|read> [--id ID] [--cloud global|us_gov_l4|us_gov_l5_dod|china] [--permissions] [FILE]";

/// What the command line asks for.
struct Command {
    entity: String,
    operation: String,
    id: Option<String>,
    cloud: Cloud,
    permissions: bool,
    /// A path may be any bytes the system allows: it is opened as given.
    file: Option<PathBuf>,
}

/// What a successful run prints: the output on standard output, the notes on standard error.
struct Output {
    stdout: String,
    notes: Vec<String>,
}

fn main() -> ExitCode {
    match run() {
        Ok(output) => {
            println!("{}", output.stdout);
            for note in output.notes {
                eprintln!("{note}");
            }
            ExitCode::SUCCESS
        }
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<Output, Vec<String>> {
    let command = parse_arguments(std::env::args_os().skip(1))
        .map_err(|error| vec![error, USAGE.to_owned()])?;
    let input = read_input(command.file.as_deref()).map_err(|error| vec![error])?;
    match command.entity.as_str() {
        "remoteActionAudit" => handle(&command, &input, &RemoteActionAudit::location()),
        "securityAction" => handle(&command, &input, &SecurityAction::location()),
        other => Err(vec![
            format!("unknown entity `{other}`: expected remoteActionAudit or securityAction"),
            USAGE.to_owned(),
        ]),
    }
}

/// `argument` as text; `what` names it in the problem line when it is not UTF-8.
fn text(argument: OsString, what: &str) -> Result<String, String> {
    argument.into_string().map_err(|raw| {
        format!(
            "{what}: not valid UTF-8 ({}, with each invalid byte shown as U+FFFD): expected text",
            quoted(&raw)
        )
    })
}

/// An argument for a message: lossily decoded, cut after 60 characters.
fn quoted(argument: &OsStr) -> String {
    const MAX_CHARS: usize = 60;
    let lossy = argument.to_string_lossy();
    let mut chars = lossy.chars();
    let shown: String = chars.by_ref().take(MAX_CHARS).collect();
    if chars.next().is_some() {
        format!("`{shown}…` ({} characters)", lossy.chars().count())
    } else {
        format!("`{shown}`")
    }
}

fn parse_arguments(mut arguments: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut positional = Vec::new();
    let mut id = None;
    let mut cloud = Cloud::Global;
    let mut permissions = false;
    while let Some(argument) = arguments.next() {
        // Options are ASCII: an argument that is not UTF-8 is a positional one.
        match argument.to_str().unwrap_or_default() {
            "--id" => match arguments.next() {
                Some(value) => id = Some(text(value, "--id")?),
                None => return Err("--id needs a value".to_owned()),
            },
            "--cloud" => {
                let names = Cloud::ALL.map(Cloud::name).join(", ");
                let Some(name) = arguments.next() else {
                    return Err(format!("--cloud needs a value, one of: {names}"));
                };
                let name = text(name, "--cloud")?;
                cloud = Cloud::named(&name).ok_or_else(|| {
                    format!("--cloud: unknown cloud `{name}`: expected one of: {names}")
                })?;
            }
            "--permissions" => permissions = true,
            "-h" | "--help" => return Err("payload checks a Graph payload".to_owned()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            _ => positional.push(argument),
        }
    }
    let mut positional = positional.into_iter();
    let (Some(entity), Some(operation)) = (positional.next(), positional.next()) else {
        return Err("missing entity and operation".to_owned());
    };
    let entity = text(entity, "entity")?;
    let operation = text(operation, "operation")?;
    let file = positional.next().map(PathBuf::from);
    if let Some(extra) = positional.next() {
        return Err(format!("unexpected argument {}", quoted(&extra)));
    }
    Ok(Command {
        entity,
        operation,
        id,
        cloud,
        permissions,
        file,
    })
}

fn read_input(file: Option<&std::path::Path>) -> Result<Vec<u8>, String> {
    match file {
        Some(path) if path.as_os_str() != "-" => std::fs::read(path)
            .map_err(|error| format!("{}: cannot read: {error}", path.to_string_lossy())),
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|error| format!("stdin: cannot read: {error}"))?;
            Ok(bytes)
        }
    }
}

fn handle<E: GraphEntity + 'static>(
    command: &Command,
    input: &[u8],
    location: &Location<E>,
) -> Result<Output, Vec<String>> {
    let payload = match (command.operation.as_str(), &command.id) {
        ("read", _) => {
            let entity = from_json::<E>(input).map_err(lines)?;
            let stdout = serde_json::to_string_pretty(&entity)
                .map_err(|error| vec![format!("$: {error}")])?;
            return Ok(Output {
                stdout,
                notes: notes::<E>(command, &[Operation::Get, Operation::List]),
            });
        }
        ("create", _) => Payload::<E>::create_from_json(input).map_err(lines)?,
        ("update", Some(_)) => Payload::<E>::update_from_json(input).map_err(lines)?,
        ("update", None) => {
            return Err(vec![
                "--id: update needs the id of the entity to update: --id ID".to_owned(),
                USAGE.to_owned(),
            ])
        }
        (other, _) => {
            return Err(vec![
                format!("unknown operation `{other}`: expected create, update or read"),
                USAGE.to_owned(),
            ])
        }
    };
    let request = match (payload.operation(), &command.id) {
        (Operation::Create, Some(_)) => {
            return Err(vec![
                "--id: create takes no id: it posts to the collection".to_owned()
            ])
        }
        (_, Some(id)) => payload.request(command.cloud, &location.item(id)),
        (_, None) => payload.request(command.cloud, location),
    };
    let request = request.map_err(|error| match error {
        RequestError::UnavailableInCloud { .. } => vec![format!("--cloud: {error}")],
        other => vec![format!("--id: {other}")],
    })?;
    Ok(Output {
        stdout: render(&request),
        notes: notes::<E>(command, &[payload.operation()]),
    })
}

/// With `--permissions`, the permission table of each operation, as informational lines.
fn notes<E: GraphEntity>(command: &Command, operations: &[Operation]) -> Vec<String> {
    if !command.permissions {
        return Vec::new();
    }
    let mut notes = Vec::new();
    for operation in operations {
        let Some(permissions) = E::permissions(*operation) else {
            continue;
        };
        notes.push(format!(
            "permissions for {operation} {}, least privileged first:",
            E::ODATA_TYPE
        ));
        for kind in PermissionType::ALL {
            let row = permissions
                .get(kind)
                .map_or_else(|| "undeclared".to_owned(), |scopes| scopes.to_string());
            notes.push(format!("  {kind}: {row}"));
        }
    }
    notes
}

fn lines(problems: Problems) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// The request as text: request line, headers, an empty line, the body.
fn render(request: &http::Request<Vec<u8>>) -> String {
    let mut text = format!("{} {}\n", request.method(), request.uri());
    for (name, value) in request.headers() {
        text.push_str(&format!(
            "{}: {}\n",
            name,
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    text.push('\n');
    text.push_str(&String::from_utf8_lossy(request.body()));
    text
}
