//! `graph-entity-codegen`: Graph's CSDL in, an annotated graph-entity module out.

use std::io::Write;
use std::process::ExitCode;

use graph_entity::csdl::Schema;
use graph_entity_codegen::{generate, Options};

const USAGE: &str = "\
usage: graph-entity-codegen --csdl FILE [--csdl FILE…] --entity NAME [options]

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
wrong command line. Notes, such as where the path came from, go to standard error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
        let mut schema = Schema::default();
        for file in &self.csdl {
            let text = std::fs::read_to_string(file)
                .map_err(|error| format!("cannot read {file}: {error}"))?;
            let part = Schema::parse(&text).map_err(|error| format!("{file}: {error}"))?;
            schema.extend(part);
        }
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
