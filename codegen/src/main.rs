//! `graph-entity-codegen`: Graph's CSDL in, an annotated graph-entity module out; and with
//! `check` first, a JSON body checked against the schema of any entity type.

use std::io::{Read as _, Write};
use std::process::ExitCode;

use graph_entity::csdl::{Schema, StructuredKind, TypeDefinition};
use graph_entity::Mode;
use graph_entity_codegen::{generate, Options};
use graph_entity_core::suggest::closest;

const USAGE: &str = "\
usage: graph-entity-codegen --csdl FILE [--csdl FILE…] --entity NAME [options]
       graph-entity-codegen check --csdl FILE [--csdl FILE…] --entity NAME --mode MODE [FILE]

Generates a Rust module for a Microsoft Graph entity type and every complex type and
enumeration it reaches, from Graph's CSDL: a whole $metadata document, or files of
<EntityType>, <ComplexType> and <EnumType> fragments.

  --csdl FILE         CSDL to read; repeat it to read several files
  --entity NAME       the entity type: remoteActionAudit, or microsoft.graph.remoteActionAudit
  --path PATH         its collection path, such as /deviceManagement/remoteActionAudits
                      (default: from the CSDL's entity sets and singletons)
  --version VERSION   the API version of the CSDL: beta or v1.0 (default v1.0)
  --operations LIST   what Graph offers on it, from create,update,get,list,delete (default all)
  --out FILE          write the module to FILE (default: standard output)
  -h, --help          show this help

Exit status: 0 when the module is written, 1 when the CSDL or the entity is wrong, 2 for a
wrong command line. Notes, such as where the path came from, go to standard error.

`check` checks a JSON body instead: see `graph-entity-codegen check --help`.";

const CHECK_USAGE: &str = "\
usage: graph-entity-codegen check --csdl FILE [--csdl FILE…] --entity NAME --mode MODE [FILE]

Checks a JSON body (FILE, or standard input without one or with -) against the schema of an
entity type in Graph's CSDL, and prints every problem, one `JSON.path: message` line each.

  --csdl FILE         CSDL to read; repeat it to read several files
  --entity NAME       the entity (or complex) type: user, or microsoft.graph.user
  --mode MODE         what the body is for:
                        create  a POST body: types, enum members, no read-only properties,
                                no null for a non-nullable one, a concrete @odata.type
                        update  a PATCH body: as create, and no key or immutable properties
                        read    a response body: types only
  -h, --help          show this help

Exit status: 0 when the body is valid; 1 when it is not (the problems go to standard error)
or when the CSDL, the entity or FILE is wrong; 2 for a wrong command line.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("check") {
        return check_main(args.get(1..).unwrap_or_default());
    }
    let command = match Command::parse(&args) {
        Ok(Some(command)) => command,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

struct Command {
    csdl: Vec<String>,
    out: Option<String>,
    options: Options,
}

impl Command {
    /// The command of `args`; `None` for `--help`.
    fn parse(args: &[String]) -> Result<Option<Command>, String> {
        let mut csdl = Vec::new();
        let mut out = None;
        let mut options = Options::default();
        let mut entity = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == "-h" || arg == "--help" {
                return Ok(None);
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let known = [
                "--csdl",
                "--entity",
                "--path",
                "--version",
                "--operations",
                "--out",
            ];
            if !known.contains(&flag) {
                return Err(format!("unknown argument {arg:?}"));
            }
            let value = match inline.or_else(|| rest.next().cloned()) {
                Some(value) if !value.is_empty() => value,
                _ => return Err(format!("{flag} needs a value")),
            };
            let once = |slot: &Option<String>| match slot {
                Some(_) => Err(format!("{flag} is given twice; give it once")),
                None => Ok(()),
            };
            match flag {
                "--csdl" => csdl.push(value),
                "--entity" => {
                    once(&entity)?;
                    entity = Some(value);
                }
                "--path" => {
                    once(&options.path)?;
                    options.path = Some(value);
                }
                "--version" => {
                    once(&options.version)?;
                    options.version = Some(value);
                }
                "--operations" => {
                    if options.operations.is_some() {
                        return Err(format!("{flag} is given twice; give it once"));
                    }
                    options.operations = Some(
                        value
                            .split(',')
                            .map(|operation| operation.trim().to_owned())
                            .collect(),
                    );
                }
                _ => {
                    once(&out)?;
                    out = Some(value);
                }
            }
        }
        if csdl.is_empty() {
            return Err(
                "no --csdl FILE given: pass Graph's CSDL ($metadata, or fragments of it)"
                    .to_owned(),
            );
        }
        options.entity =
            entity.ok_or("no --entity NAME given: name the entity type to generate")?;
        Ok(Some(Command { csdl, out, options }))
    }

    fn run(&self) -> Result<(), String> {
        let schema = read_schema(&self.csdl)?;
        let generated = generate(&schema, &self.options).map_err(|error| error.to_string())?;
        for note in &generated.notes {
            eprintln!("note: {note}");
        }
        match &self.out {
            Some(file) => std::fs::write(file, &generated.code)
                .map_err(|error| format!("cannot write {file}: {error}")),
            None => std::io::stdout()
                .write_all(generated.code.as_bytes())
                .map_err(|error| format!("cannot write the module: {error}")),
        }
    }
}

/// `graph-entity-codegen check …`.
fn check_main(args: &[String]) -> ExitCode {
    let command = match Check::parse(args) {
        Ok(Some(command)) => command,
        Ok(None) => {
            println!("{CHECK_USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{CHECK_USAGE}");
            return ExitCode::from(2);
        }
    };
    match command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::from(1)
        }
    }
}

struct Check {
    csdl: Vec<String>,
    entity: String,
    mode: Mode,
    file: Option<String>,
}

impl Check {
    /// The check command of `args` (after `check`); `None` for `--help`.
    fn parse(args: &[String]) -> Result<Option<Check>, String> {
        let mut csdl = Vec::new();
        let mut entity: Option<String> = None;
        let mut mode: Option<Mode> = None;
        let mut file: Option<String> = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == "-h" || arg == "--help" {
                return Ok(None);
            }
            if arg == "-" || !arg.starts_with('-') {
                if let Some(first) = &file {
                    return Err(format!(
                        "{arg:?}: one body at a time; {first:?} is already the FILE to check"
                    ));
                }
                file = Some(arg.clone());
                continue;
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            if !["--csdl", "--entity", "--mode"].contains(&flag) {
                return Err(format!(
                    "unknown argument {arg:?}: check takes --csdl, --entity, --mode and a FILE"
                ));
            }
            let value = match inline.or_else(|| rest.next().cloned()) {
                Some(value) if !value.is_empty() => value,
                _ => return Err(format!("{flag} needs a value")),
            };
            match flag {
                "--csdl" => csdl.push(value),
                "--entity" => {
                    if entity.is_some() {
                        return Err("--entity is given twice; give it once".to_owned());
                    }
                    entity = Some(value);
                }
                _ => {
                    if mode.is_some() {
                        return Err("--mode is given twice; give it once".to_owned());
                    }
                    mode = Some(match value.as_str() {
                        "create" => Mode::Create,
                        "update" => Mode::Update,
                        "read" => Mode::Read,
                        other => {
                            return Err(format!(
                                "--mode {other:?} is not a mode: expected create, update or read"
                            ))
                        }
                    });
                }
            }
        }
        if csdl.is_empty() {
            return Err(
                "no --csdl FILE given: pass Graph's CSDL ($metadata, or fragments of it)"
                    .to_owned(),
            );
        }
        let entity = entity.ok_or("no --entity NAME given: name the entity type of the body")?;
        let mode = mode.ok_or("no --mode given: expected --mode create, update or read")?;
        Ok(Some(Check {
            csdl,
            entity,
            mode,
            file,
        }))
    }

    /// Checks the body; on failure, the lines to print.
    fn run(&self) -> Result<(), Vec<String>> {
        let schema =
            read_schema(&self.csdl).map_err(|message| vec![format!("error: {message}")])?;
        find_type(&schema, &self.entity).map_err(|message| vec![format!("error: {message}")])?;
        let body = self
            .read_body()
            .map_err(|message| vec![format!("error: {message}")])?;
        schema
            .validate_json(&self.entity, self.mode, &body)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    }

    fn read_body(&self) -> Result<Vec<u8>, String> {
        match self.file.as_deref() {
            None | Some("-") => {
                let mut body = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut body)
                    .map_err(|error| format!("cannot read standard input: {error}"))?;
                Ok(body)
            }
            Some(file) => {
                std::fs::read(file).map_err(|error| format!("cannot read {file}: {error}"))
            }
        }
    }
}

/// Reads and joins the CSDL files.
fn read_schema(files: &[String]) -> Result<Schema, String> {
    let mut schema = Schema::default();
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|error| format!("cannot read {file}: {error}"))?;
        let part = Schema::parse(&text).map_err(|error| format!("{file}: {error}"))?;
        schema.extend(part);
    }
    Ok(schema)
}

/// Makes sure `name` is an entity or complex type of `schema`, or says what it is.
fn find_type(schema: &Schema, name: &str) -> Result<(), String> {
    match schema.find(name) {
        Some(TypeDefinition::Structured(_)) => Ok(()),
        Some(other) => Err(format!(
            "`{}` is an enumeration: --entity takes an entity type (<EntityType>), or a complex type",
            other.qualified_name()
        )),
        None => {
            let entities: Vec<&str> = schema
                .types()
                .filter_map(|definition| match definition {
                    TypeDefinition::Structured(structured)
                        if structured.kind == StructuredKind::Entity =>
                    {
                        Some(structured.name.as_str())
                    }
                    _ => None,
                })
                .collect();
            let bare = name.rsplit('.').next().unwrap_or(name);
            let hint = closest(bare, entities.iter().copied())
                .map(|found| format!("; did you mean `{found}`?"))
                .unwrap_or_default();
            Err(format!(
                "no entity type `{name}` in the CSDL{hint} (names are case-sensitive; the CSDL defines {} entity types)",
                entities.len()
            ))
        }
    }
}
