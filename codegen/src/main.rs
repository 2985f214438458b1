//! `graph-entity-codegen`: Graph's CSDL in, an annotated graph-entity module out; and with
//! `check` first, a JSON body checked against the schema of any entity type.

use std::io::{Read as _, Write};
use std::process::ExitCode;

use graph_entity::csdl::{Schema, StructuredKind, TypeDefinition};
use graph_entity::Mode;
use graph_entity_codegen::{generate_for_clouds, CloudSchema, Generated, Options, CLOUDS};
use graph_entity_core::suggest::closest;

const USAGE: &str = "\
usage: graph-entity-codegen --csdl FILE [--csdl FILE…] (--entity NAME… | --all) [options]
       graph-entity-codegen check --csdl FILE [--csdl FILE…] --entity NAME --mode MODE [FILE]
       graph-entity-codegen models [--schemas DIR] [--out DIR] [--check]

Generates a Rust module for Microsoft Graph entity types and every complex type, enumeration
and derived type they reach, each written once, from Graph's CSDL: a whole $metadata
document, or files of <EntityType>, <ComplexType> and <EnumType> fragments.

  --csdl FILE         CSDL to read; repeat it to read several files
  --entity NAME       an entity type: remoteActionAudit, or microsoft.graph.remoteActionAudit;
                      repeat it for several
  --all               every entity type of the CSDL
  --path PATH         the collection path of the one --entity, such as
                      /deviceManagement/remoteActionAudits (default: every collection the
                      CSDL's entity container leads to, writable ones first)
  --version VERSION   the API version of the CSDL: beta or v1.0 (default v1.0)
  --operations LIST   what Graph offers on the one --entity, from create,update,get,list,delete
                      (default: from the CSDL's abstract types and Capabilities restrictions)
  --cloud-csdl NAME=FILE
                      a national cloud's schema, to write clouds(…) on each entity type (the
                      --csdl schema is the global cloud's); NAME is one of us_gov_l4,
                      us_gov_l5_dod, china, us_nat, us_sec, bleu, delos, gov_sg; repeat it
  --out FILE          write the module to FILE (default: standard output)
  --out-dir DIR       write one file per type into DIR, and a mod.rs declaring them
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
    if args.first().is_some_and(|first| first == "models") {
        return models(args.get(1..).unwrap_or_default());
    }
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
    clouds: Vec<(String, String)>,
    out: Option<String>,
    out_dir: Option<String>,
    options: Options,
}

impl Command {
    /// The command of `args`; `None` for `--help`.
    fn parse(args: &[String]) -> Result<Option<Command>, String> {
        let mut csdl = Vec::new();
        let mut out = None;
        let mut out_dir = None;
        let mut clouds: Vec<(String, String)> = Vec::new();
        let mut options = Options::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == "-h" || arg == "--help" {
                return Ok(None);
            }
            if arg == "--all" {
                if options.all {
                    return Err("--all is given twice; give it once".to_owned());
                }
                options.all = true;
                continue;
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
                "--out-dir",
                "--cloud-csdl",
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
                    if options.entities.contains(&value) {
                        return Err(format!("--entity {value} is given twice; give it once"));
                    }
                    options.entities.push(value);
                }
                "--cloud-csdl" => {
                    let Some((name, file)) = value.split_once('=') else {
                        return Err(format!(
                            "--cloud-csdl takes NAME=FILE, such as china=Mooncake.csdl, not {value:?}"
                        ));
                    };
                    if !CLOUDS.contains(&name) || name == "global" {
                        return Err(format!(
                            "--cloud-csdl: unknown national cloud {name:?}: expected one of: {} (the --csdl schema is the global cloud's)",
                            CLOUDS.get(1..).unwrap_or_default().join(", ")
                        ));
                    }
                    if clouds.iter().any(|(known, _)| known == name) {
                        return Err(format!("--cloud-csdl {name} is given twice; give it once"));
                    }
                    clouds.push((name.to_owned(), file.to_owned()));
                }
                "--out-dir" => {
                    once(&out_dir)?;
                    out_dir = Some(value);
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
        if options.entities.is_empty() && !options.all {
            return Err(
                "no --entity NAME given: name the entity types to generate, or pass --all"
                    .to_owned(),
            );
        }
        if out.is_some() && out_dir.is_some() {
            return Err("--out and --out-dir are given: choose one".to_owned());
        }
        Ok(Some(Command {
            csdl,
            clouds,
            out,
            out_dir,
            options,
        }))
    }

    fn run(&self) -> Result<(), String> {
        let schema = read_schema(&self.csdl)?;
        // A file serving several clouds (Fairfax: us_gov_l4 and us_gov_l5_dod) is read once.
        let mut files: Vec<(&str, Schema)> = Vec::new();
        for (_, file) in &self.clouds {
            if files.iter().any(|(known, _)| known == file) {
                continue;
            }
            let text = std::fs::read_to_string(file)
                .map_err(|error| format!("cannot read {file}: {error}"))?;
            let cloud = Schema::parse(&text).map_err(|error| format!("{file}: {error}"))?;
            files.push((file, cloud));
        }
        let clouds: Vec<CloudSchema<'_>> = self
            .clouds
            .iter()
            .filter_map(|(name, file)| {
                let schema = files
                    .iter()
                    .find(|(known, _)| known == file)
                    .map(|(_, schema)| schema)?;
                Some(CloudSchema { name, schema })
            })
            .collect();
        let generated = generate_for_clouds(&schema, &self.options, &clouds)
            .map_err(|error| error.to_string())?;
        for note in &generated.notes {
            eprintln!("note: {note}");
        }
        if let Some(dir) = &self.out_dir {
            return write_dir(dir, &generated);
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

/// One file per item, `use`-ing what it names, and a `mod.rs` declaring and re-exporting
/// them all.
fn write_dir(dir: &str, generated: &Generated) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|error| format!("cannot create {dir}: {error}"))?;
    let mut module = String::from(
        "//! Microsoft Graph types generated by graph-entity-codegen, one file per type.\n\n",
    );
    for item in &generated.items {
        let file = graph_entity_codegen::module_name(&item.name);
        let mut code = String::new();
        let imports: Vec<&str> = item.imports.clone();
        code.push_str(&graph_entity_codegen::use_line("graph_entity", &imports));
        let dependencies: Vec<&str> = item.dependencies.iter().map(String::as_str).collect();
        if !dependencies.is_empty() {
            code.push_str(&graph_entity_codegen::use_line("super", &dependencies));
        }
        code.push('\n');
        code.push_str(&item.code);
        let bare = file.trim_start_matches("r#");
        let path = format!("{dir}/{bare}.rs");
        std::fs::write(&path, code).map_err(|error| format!("cannot write {path}: {error}"))?;
        module.push_str(&format!("mod {file};\npub use {file}::{};\n", item.name));
    }
    let path = format!("{dir}/mod.rs");
    std::fs::write(&path, module).map_err(|error| format!("cannot write {path}: {error}"))
}

const MODELS_USAGE: &str = "\
usage: graph-entity-codegen models [--schemas DIR] [--out DIR] [--check]

Writes the graph-entity-models crate (Cargo.toml, src/, and its parts in parts/) from
Graph's v1.0 schemas: every entity, complex and enumeration type, a Cargo feature per
workload. Run it from the workspace root.

  --schemas DIR   the gzip-compressed schemas, Prod.csdl.gz (global) and each national
                  cloud's (default codegen/tests/data/v1.0)
  --out DIR       the crate's folder (default models)
  --check         write nothing; exit 1 when the crate differs from what would be written
  -h, --help      show this help";

/// `graph-entity-codegen models`: the whole models crate.
fn models(args: &[String]) -> ExitCode {
    let mut schemas = "codegen/tests/data/v1.0".to_owned();
    let mut out = "models".to_owned();
    let mut check = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{MODELS_USAGE}");
                return ExitCode::SUCCESS;
            }
            "--check" => check = true,
            "--schemas" | "--out" => {
                let Some(value) = rest.next() else {
                    eprintln!("error: {arg} needs a value\n\n{MODELS_USAGE}");
                    return ExitCode::from(2);
                };
                if arg == "--out" {
                    out = value.clone();
                } else {
                    schemas = value.clone();
                }
            }
            _ => {
                eprintln!("error: unknown argument {arg:?}\n\n{MODELS_USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let generated =
        match graph_entity_codegen::models::Schemas::read(std::path::Path::new(&schemas))
            .and_then(|schemas| schemas.generate())
        {
            Ok(generated) => generated,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(1);
            }
        };
    let out = std::path::Path::new(&out);
    if check {
        let differences = generated.differences(out);
        if differences.is_empty() {
            return ExitCode::SUCCESS;
        }
        for difference in differences {
            eprintln!("{difference}");
        }
        return ExitCode::from(1);
    }
    if let Err(error) = generated.write(out) {
        eprintln!("error: {error}");
        return ExitCode::from(1);
    }
    for closure in &generated.closures {
        eprintln!(
            "{}: {} root entity types, {} entity types, {} items",
            closure.feature,
            closure.roots.len(),
            closure.entities,
            closure.items
        );
    }
    eprintln!("{} items in all", generated.items);
    ExitCode::SUCCESS
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
