//! The payload checker: validates a JSON payload for a seed entity and prints the request
//! that would be sent, or every problem found.
//!
//! ```text
//! cargo run -q --example payload -- <remoteActionAudit|securityAction> <create|update|read> [--id ID] [FILE]
//! ```
//!
//! Reads FILE, or standard input without one. `create` and `update` validate the payload and
//! print the request exactly as `Payload::request` builds it for the global cloud: the
//! request line with the full URL, the headers (with `prefer: include-unknown-enum-members`
//! for remoteActionAudit, whose `remoteAction` has members after `unknownFutureValue`), an
//! empty line, and the JSON body as sent; `update` needs `--id`, which goes into the path as
//! one percent-encoded segment. `read` parses a response body and prints it written back.
//! Exit status 0 on success; on any problem, one `JSON.path: message` line per problem on
//! standard error and exit status 1.

use std::io::Read as _;
use std::process::ExitCode;

use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{from_json, Cloud, GraphEntity, Payload, Problems};

const USAGE: &str =
    "usage: payload <remoteActionAudit|securityAction> <create|update|read> [--id ID] [FILE]";

/// What the command line asks for.
struct Command {
    entity: String,
    operation: String,
    id: Option<String>,
    file: Option<String>,
}

fn main() -> ExitCode {
    match run() {
        Ok(output) => {
            println!("{output}");
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

fn run() -> Result<String, Vec<String>> {
    let command =
        parse_arguments(std::env::args().skip(1)).map_err(|error| vec![error, USAGE.to_owned()])?;
    let input = read_input(command.file.as_deref()).map_err(|error| vec![error])?;
    match command.entity.as_str() {
        "remoteActionAudit" => handle::<RemoteActionAudit>(&command, &input),
        "securityAction" => handle::<SecurityAction>(&command, &input),
        other => Err(vec![
            format!("unknown entity `{other}`: expected remoteActionAudit or securityAction"),
            USAGE.to_owned(),
        ]),
    }
}

fn parse_arguments(mut arguments: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut positional = Vec::new();
    let mut id = None;
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--id" => match arguments.next() {
                Some(value) => id = Some(value),
                None => return Err("--id needs a value".to_owned()),
            },
            "-h" | "--help" => return Err("payload checks a Graph payload".to_owned()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            _ => positional.push(argument),
        }
    }
    let mut positional = positional.into_iter();
    let (Some(entity), Some(operation)) = (positional.next(), positional.next()) else {
        return Err("missing entity and operation".to_owned());
    };
    let file = positional.next();
    if let Some(extra) = positional.next() {
        return Err(format!("unexpected argument `{extra}`"));
    }
    Ok(Command {
        entity,
        operation,
        id,
        file,
    })
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    match file {
        Some("-") | None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|error| format!("stdin: cannot read: {error}"))?;
            Ok(bytes)
        }
        Some(path) => std::fs::read(path).map_err(|error| format!("{path}: cannot read: {error}")),
    }
}

fn handle<E: GraphEntity + 'static>(
    command: &Command,
    input: &[u8],
) -> Result<String, Vec<String>> {
    let payload = match (command.operation.as_str(), &command.id) {
        ("read", _) => {
            let entity = from_json::<E>(input).map_err(lines)?;
            return serde_json::to_string_pretty(&entity)
                .map_err(|error| vec![format!("$: {error}")]);
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
    let arguments: Vec<&str> = command.id.as_deref().into_iter().collect();
    let request = payload
        .request(Cloud::Global, &arguments)
        .map_err(|error| vec![format!("--id: {error}")])?;
    Ok(render(&request))
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
