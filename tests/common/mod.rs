//! Helpers shared by the integration tests: the seed pages' JSON examples, and JSON checks.
#![allow(dead_code)]

use std::fmt;
use std::path::PathBuf;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// One JSON example of a seed page, with the HTTP line above it.
pub struct Example {
    /// `POST https://…`, `PATCH https://…` or `HTTP/1.1 201 Created`.
    pub http_line: String,
    /// The JSON text, as the page prints it.
    pub json: String,
}

impl Example {
    pub fn is_request(&self) -> bool {
        !self.http_line.starts_with("HTTP/")
    }

    pub fn value(&self) -> Value {
        serde_json::from_str(&self.json).expect("seed examples are valid JSON")
    }
}

/// The JSON examples of seed page `name` (`tests/data/seeds/{name}.txt`), in page order:
/// each `{` … `}` block at the start of a line, with the last request or status line before it.
pub fn seed_examples(name: &str) -> Vec<Example> {
    let path = format!("{}/tests/data/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("seed page is readable");
    let mut examples = Vec::new();
    let mut http_line = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("POST ") || line.starts_with("PATCH ") || line.starts_with("HTTP/1.1 ")
        {
            http_line = line.to_owned();
        }
        if line == "{" {
            let mut json = String::from("{\n");
            for inner in lines.by_ref() {
                json.push_str(inner);
                json.push('\n');
                if inner == "}" {
                    break;
                }
            }
            examples.push(Example {
                http_line: http_line.clone(),
                json,
            });
        }
    }
    examples
}

pub const SEED_000: &str = "000_823de28e2182d9d2";
pub const SEED_001: &str = "001_bfc490aa50af9fc3";
pub const SEED_002: &str = "002_82d7caa246563ef5";
pub const SEED_003: &str = "003_8ce9e4c8efac390d";

/// `value` with every `@odata.type` written as the crate writes it: with a leading `#`.
pub fn with_canonical_odata_types(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(key, member)| {
                    let member = match (key.as_str(), member) {
                        ("@odata.type", Value::String(name)) if !name.starts_with('#') => {
                            Value::String(format!("#{name}"))
                        }
                        _ => with_canonical_odata_types(member),
                    };
                    (key.clone(), member)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(with_canonical_odata_types).collect()),
        other => other.clone(),
    }
}

/// Checks that in every object of `json` that has `@odata.type`, it is the first member.
/// Returns the JSON paths of the objects where it is not.
pub fn odata_type_not_first(json: &str) -> Vec<String> {
    let mut misplaced = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(json);
    FirstKey {
        path: "$".to_owned(),
        misplaced: &mut misplaced,
    }
    .deserialize(&mut deserializer)
    .expect("valid JSON");
    misplaced
}

struct FirstKey<'a> {
    path: String,
    misplaced: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for FirstKey<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for FirstKey<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut position = 0;
        while let Some(key) = map.next_key::<String>()? {
            if key == "@odata.type" && position > 0 {
                self.misplaced.push(self.path.clone());
            }
            map.next_value_seed(FirstKey {
                path: format!("{}.{key}", self.path),
                misplaced: self.misplaced,
            })?;
            position += 1;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(FirstKey {
                path: format!("{}[{index}]", self.path),
                misplaced: self.misplaced,
            })?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// The problems of a failed result, as `path: message` lines.
pub fn problem_lines<T: fmt::Debug>(result: Result<T, graph_entity::Problems>) -> Vec<String> {
    match result {
        Ok(value) => panic!("expected problems, got {value:?}"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// An example's binary, which `cargo test` builds next to the test binaries.
pub fn example_binary(name: &str) -> PathBuf {
    let test_binary = std::env::current_exe().unwrap();
    let profile_dir = test_binary.parent().unwrap().parent().unwrap();
    let binary = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "build the example first: cargo build --example {name}"
    );
    binary
}
