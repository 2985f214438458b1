//! Hostile schemas: schema text is data. Nothing a name or a description holds becomes code
//! in the generated module, invalid names are refused with their line, and the work grows
//! linearly with names, annotations and base-type depth.

// A test reports failure by panicking, helpers included.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use graph_entity::csdl::Schema;
use graph_entity_codegen::{generate, Options};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ sits in the workspace")
        .to_path_buf()
}

/// The target directory this test was built in: `CARGO_TARGET_DIR`, else the one holding
/// the test binary (`target/debug/deps/…`), else the workspace's `target/`.
fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| root().join("target"))
}

fn options(entity: &str) -> Options {
    Options {
        entities: vec![entity.to_owned()],
        path: Some("/hostile/items".to_owned()),
        ..Options::default()
    }
}

/// Descriptions and names that tried to become code, and names Rust reserves.
const HOSTILE: &str = r##"
<EntityType Name="entity" Abstract="true">
  <Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="hostile" BaseType="graph.entity">
  <Annotation Term="Org.OData.Core.V1.Description" String="Ends a comment */ and opens one /* here. ```rust&#10;std::fs::write(&quot;PWNED_FENCE&quot;, &quot;x&quot;).unwrap();&#10;```&#10;~~~&#10;std::fs::write(&quot;PWNED_TILDE&quot;, &quot;x&quot;).unwrap();&#10;~~~" />
  <Property Name="type" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="Bidi: &#x202E;evil&#x202C; &#x2066;isolate&#x2069; &#x200F;mark, a bare&#13;CR, a tab&#9;here, a line&#x2028;separator." />
  </Property>
  <Property Name="self" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="    std::fs::write(&quot;PWNED_INDENT&quot;, &quot;x&quot;).unwrap();" />
  </Property>
  <Property Name="Self" Type="Edm.String" />
  <Property Name="super" Type="Edm.String" />
  <Property Name="crate" Type="Edm.String" />
  <Property Name="_" Type="Edm.String" />
  <Property Name="fn" Type="Edm.String" />
  <Property Name="async" Type="Edm.String" />
  <Property Name="build" Type="Edm.String" />
  <Property Name="clearType" Type="Edm.String" />
  <Property Name="extra" Type="Edm.String" />
  <Property Name="notes" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="[deprecated] Use &quot;x&quot; \ instead; ```&#10;fn pwned() {}&#10;``` &#x202E;rtl */" />
  </Property>
  <Property Name="markdown" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="# heading&#10;* list&#10;| table |&#10;&lt;pre&gt;code&lt;/pre&gt; `span` \`x\` ``` [link](https://evil) https://aka.ms/x``` ~~~" />
  </Property>
  <Property Name="kind" Type="graph.selfKind" />
  <Property Name="option" Type="graph.Option" />
  <Property Name="myself" Type="graph.self" />
</EntityType>
<EnumType Name="selfKind">
  <Member Name="self" Value="0" />
  <Member Name="Self" Value="1">
    <Annotation Term="Org.OData.Core.V1.Description" String="```&#10;std::fs::write(&quot;PWNED_MEMBER&quot;, &quot;x&quot;).unwrap();&#10;```" />
  </Member>
  <Member Name="super" Value="2" />
  <Member Name="crate" Value="3" />
  <Member Name="_" Value="4" />
  <Member Name="type" Value="5" />
  <Member Name="other" Value="6" />
  <Member Name="Other" Value="7" />
  <Member Name="unknownFutureValue" Value="8" />
</EnumType>
<ComplexType Name="Option">
  <Property Name="some" Type="Edm.String" />
</ComplexType>
<ComplexType Name="self">
  <Property Name="value" Type="Edm.String" />
</ComplexType>
<Annotations Target="microsoft.graph.selfKind/super">
  <Annotation Term="Org.OData.Core.V1.Description" String="~~~&#10;std::fs::write(&quot;PWNED_OUT_OF_LINE&quot;, &quot;x&quot;).unwrap();&#10;~~~" />
</Annotations>
"##;

fn hostile_module() -> String {
    let schema = Schema::parse(HOSTILE).expect("legal CSDL");
    generate(&schema, &options("hostile"))
        .expect("the hostile schema generates")
        .code
}

/// `line` without its string literals' contents: what the compiler reads as code.
fn code_of(line: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                out.push('"');
            }
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
    }
    out
}

/// Unicode's bidirectional controls, and other characters that must never reach the module.
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}')
}

/// Class 1, read from the text: every line is a doc comment that opens no code block, or code
/// that holds no schema text (outside string literals) and no comment delimiter.
#[test]
fn schema_text_never_becomes_code_or_a_code_block() {
    let code = hostile_module();
    assert!(!code.chars().any(is_hidden), "a hidden character: {code}");
    for (number, line) in code.lines().enumerate() {
        let trimmed = line.trim_start();
        let doc = trimmed
            .strip_prefix("///")
            .or_else(|| trimmed.strip_prefix("//!"));
        if let Some(doc) = doc {
            // `/// text`: one space, then text; four spaces would be an indented code block.
            assert!(
                doc.is_empty() || (doc.starts_with(' ') && !doc.starts_with("  ")),
                "line {}: doc text must follow one space: {line}",
                number + 1
            );
            let text = doc.trim_start();
            assert!(
                !text.starts_with("```") && !text.starts_with("~~~"),
                "line {}: a doc line opens a code block: {line}",
                number + 1
            );
            assert!(
                !text.contains("```") && !text.contains("~~~"),
                "line {}: an unescaped fence: {line}",
                number + 1
            );
            continue;
        }
        let code = code_of(line);
        for needle in [
            "PWNED", "std::fs", "pwned", "evil", "/*", "*/", "//", "heading",
        ] {
            assert!(
                !code.contains(needle),
                "line {}: schema text {needle:?} outside a doc comment or string: {line}",
                number + 1
            );
        }
    }
    // The text is there, as text.
    assert!(code.contains("PWNED_FENCE"), "{code}");
    assert!(code.contains("/// The `hostile` entity") || code.contains("Ends a comment"));
}

/// Class 1, for real: the hostile module compiles in a crate of its own, and `cargo test
/// --doc` there runs zero doc tests (and so writes none of the marker files).
#[test]
fn hostile_module_compiles_and_runs_no_doc_test() {
    let code = hostile_module();
    let dir = target_dir().join("hostile-scratch");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let runtime = root().join("runtime");
    let manifest = format!(
        "[package]\nname = \"hostile-scratch\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\ngraph-entity = {{ path = {:?} }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("manifest");
    std::fs::write(
        dir.join("lib.rs"),
        "//! Generated from a hostile schema.\n\n#![deny(warnings)]\n\npub mod hostile;\n",
    )
    .expect("lib.rs");
    std::fs::write(dir.join("hostile.rs"), &code).expect("module");
    // The workspace's lock file: the same dependency versions, read offline.
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    for marker in [
        "PWNED_FENCE",
        "PWNED_TILDE",
        "PWNED_INDENT",
        "PWNED_MEMBER",
        "PWNED_OUT_OF_LINE",
    ] {
        let _ = std::fs::remove_file(dir.join(marker));
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .args(["test", "--doc", "--offline", "--quiet"])
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the hostile module does not build:\n{stderr}\n{stdout}"
    );
    assert!(
        stdout.contains("running 0 tests"),
        "doc tests ran:\n{stdout}"
    );
    for marker in [
        "PWNED_FENCE",
        "PWNED_TILDE",
        "PWNED_INDENT",
        "PWNED_MEMBER",
        "PWNED_OUT_OF_LINE",
    ] {
        assert!(!dir.join(marker).exists(), "{marker} was written");
    }
}

/// Class 1 and 2: names that would be code, or cannot be Rust, are refused by the CSDL reader
/// with the element and its line and column.
#[test]
fn invalid_names_are_refused_with_their_line() {
    let cases: &[(&str, &str)] = &[
        (
            "<EntityType Name=\"a\" BaseType=\"graph.entity&#10;fn pwned() {}\">\n</EntityType>",
            "BaseType",
        ),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"\" Type=\"Edm.String\" />\n</ComplexType>", "Name=\"\""),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"1st\" Type=\"Edm.String\" />\n</ComplexType>", "1st"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"a-b\" Type=\"Edm.String\" />\n</ComplexType>", "a-b"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"é\" Type=\"Edm.String\" />\n</ComplexType>", "\\u{e9}"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"r#type\" Type=\"Edm.String\" />\n</ComplexType>", "r#type"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"a b\" Type=\"Edm.String\" />\n</ComplexType>", "a b"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"a&#10;b\" Type=\"Edm.String\" />\n</ComplexType>", "\\u{a}"),
        ("<EnumType Name=\"e\">\n  <Member Name=\"a-b\" />\n</EnumType>", "<Member>"),
        ("<EnumType Name=\"e\">\n  <Member Name=\"x\" />\n  <Member Name=\"x\" />\n</EnumType>", "second time"),
        ("<ComplexType Name=\"a\">\n  <Property Name=\"x\" Type=\"Edm.String\" />\n  <Property Name=\"x\" Type=\"Edm.Int32\" />\n</ComplexType>", "second time"),
        ("<ComplexType Name=\"b\">\n  <Property Name=\"x\" Type=\"Edm.String\" />\n</ComplexType>\n<ComplexType Name=\"a\" BaseType=\"graph.b\">\n  <Property Name=\"x\" Type=\"Edm.String\" />\n</ComplexType>", "already inherits"),
        ("<ComplexType Name=\"b\">\n</ComplexType>\n<ComplexType Name=\"b\">\n</ComplexType>", "second time"),
        ("<ComplexType Name=\"b\" BaseType=\"graph.a\">\n</ComplexType>\n<ComplexType Name=\"a\" BaseType=\"graph.b\">\n</ComplexType>", "derives from itself"),
    ];
    for (csdl, needle) in cases {
        let error = Schema::parse(csdl).expect_err(csdl);
        let line = error.line().unwrap_or_else(|| panic!("no line: {error}"));
        assert!(error.column().is_some(), "{error}");
        assert!((1..=5).contains(&line), "{csdl}: {error}");
        assert!(error.message().contains(needle), "{csdl}: {error}");
        assert!(!error.to_string().contains('\n'), "{error}");
    }
    let error = Schema::parse_fragments("<ComplexType Name=\"a\" />", "", "x").expect_err("empty");
    assert!(error.message().contains("namespace"), "{error}");
    let document = "<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\" Version=\"4.0\"><edmx:DataServices>\n<Schema Namespace=\"\">\n</Schema></edmx:DataServices></edmx:Edmx>";
    let error = Schema::parse(document).expect_err("empty namespace");
    assert_eq!(error.line(), Some(2), "{error}");
}

/// Names that collapse to one Rust name, all distinct: `ab_cd`, `abCd`, `ab_Cd`, `AbCd`…
fn collapsing(count: usize) -> Vec<String> {
    let parts = ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op", "qr", "st"];
    (0..count)
        .map(|mut index| {
            let mut name = String::new();
            let upper_first = index % 2 == 1;
            index /= 2;
            for (position, part) in parts.iter().enumerate() {
                let (first, rest) = part.split_at(1);
                if position == 0 {
                    name.push_str(&if upper_first {
                        first.to_uppercase()
                    } else {
                        first.to_owned()
                    });
                } else {
                    let choice = index % 3;
                    index /= 3;
                    match choice {
                        0 => name.push_str(&format!("_{first}")),
                        1 => name.push_str(&first.to_uppercase()),
                        _ => name.push_str(&format!("_{}", first.to_uppercase())),
                    }
                }
                name.push_str(rest);
            }
            name
        })
        .collect()
}

/// The fastest of five runs: a busy machine slows some runs, never speeds one up. Linear
/// work is about 10x from 1k to 10k; quadratic would be about 100x, so the bound is 40x.
fn fastest(mut run: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ratio(small: Duration, large: Duration) -> f64 {
    large.as_secs_f64() / small.as_secs_f64().max(1e-6)
}

/// A schema whose entity has `count` properties, of `count` complex types, and an
/// enumeration of `count` members, every group's names collapsing to one Rust name.
fn collapsing_schema(count: usize) -> String {
    let names = collapsing(count);
    let mut csdl = String::from("<EntityType Name=\"holder\">\n<Key><PropertyRef Name=\"id\" /></Key>\n<Property Name=\"id\" Type=\"Edm.String\" />\n<Property Name=\"choice\" Type=\"graph.choice\" />\n");
    for name in &names {
        csdl.push_str(&format!(
            "<Property Name=\"{name}\" Type=\"graph.{name}\" />\n"
        ));
    }
    csdl.push_str("</EntityType>\n<EnumType Name=\"choice\">\n");
    for name in &names {
        csdl.push_str(&format!("<Member Name=\"{name}\" />\n"));
    }
    csdl.push_str("</EnumType>\n");
    for name in &names {
        csdl.push_str(&format!(
            "<ComplexType Name=\"{name}\"><Property Name=\"v\" Type=\"Edm.String\" /></ComplexType>\n"
        ));
    }
    csdl
}

/// Class 3: names collapsing to one field, type and variant cost linear time.
#[test]
#[ignore = "a complexity guard that times 1k against 10k: CI runs it alone (`-- --ignored --test-threads=1`) on a quiet machine"]
fn collapsing_names_scale_linearly() {
    let time = |count: usize| {
        let schema = Schema::parse(&collapsing_schema(count)).expect("valid CSDL");
        fastest(|| {
            let generated = generate(&schema, &options("holder")).expect("generates");
            assert!(generated.code.len() > count);
        })
    };
    let small = time(1_000);
    let large = time(10_000);
    eprintln!("collapsing names: 1k {small:?}, 10k {large:?}");
    assert!(
        ratio(small, large) < 40.0,
        "10x the names took {:.1}x the time ({small:?} → {large:?})",
        ratio(small, large)
    );
}

/// A chain of `depth` complex types, each deriving from the previous with one property, and
/// an entity at its end.
fn chain_schema(depth: usize) -> String {
    let mut csdl = String::from(
        "<ComplexType Name=\"level0\"><Property Name=\"p0\" Type=\"Edm.String\" /></ComplexType>\n",
    );
    for level in 1..depth {
        csdl.push_str(&format!(
            "<ComplexType Name=\"level{level}\" BaseType=\"graph.level{}\"><Property Name=\"p{level}\" Type=\"Edm.String\" /></ComplexType>\n",
            level - 1
        ));
    }
    csdl.push_str(&format!(
        "<EntityType Name=\"leaf\"><Key><PropertyRef Name=\"id\" /></Key><Property Name=\"id\" Type=\"Edm.String\" /><Property Name=\"deep\" Type=\"graph.level{}\" /></EntityType>\n",
        depth - 1
    ));
    csdl
}

/// Class 3: a long base-type chain reads and generates in linear time.
#[test]
#[ignore = "a complexity guard that times 1k against 10k: CI runs it alone (`-- --ignored --test-threads=1`) on a quiet machine"]
fn base_type_chains_scale_linearly() {
    let time = |depth: usize| {
        let text = chain_schema(depth);
        fastest(|| {
            let schema = Schema::parse(&text).expect("valid CSDL");
            let generated = generate(&schema, &options("leaf")).expect("generates");
            assert!(generated.code.contains(&format!("p{}", depth - 1)));
        })
    };
    let small = time(1_000);
    let large = time(10_000);
    eprintln!("base-type depth: 1k {small:?}, 10k {large:?}");
    assert!(ratio(small, large) < 40.0, "{small:?} → {large:?}");
}

/// Class 3: "did you mean" for a huge `--entity` skips candidates of another length.
#[test]
fn a_huge_entity_name_is_answered_quickly() {
    let mut csdl = String::new();
    for index in 0..2_000 {
        csdl.push_str(&format!(
            "<EntityType Name=\"entity{index}\"><Property Name=\"id\" Type=\"Edm.String\" /></EntityType>\n"
        ));
    }
    let schema = Schema::parse(&csdl).expect("valid CSDL");
    let time = |name: String| {
        fastest(|| {
            let error = generate(&schema, &options(&name)).expect_err("no such entity");
            assert!(error.to_string().contains("no entity type"));
        })
    };
    let short = time("entityX".repeat(4));
    let huge = time("x".repeat(30_000));
    eprintln!("--entity suggestion: 28 chars {short:?}, 30 KB {huge:?}");
    assert!(huge < Duration::from_secs(5), "{huge:?}");
}
