//! The committed `models/` crate is what `graph-entity-codegen models` writes today from the
//! schemas in `tests/data/v1.0/`: after changing the generator or the schemas, regenerate it
//! with `cargo run -p graph-entity-codegen -- models` (from the workspace root), or with
//! `GRAPH_ENTITY_CODEGEN_BLESS=1 cargo test -p graph-entity-codegen --test models`, and review
//! the diff.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::Path;

use graph_entity_codegen::models::{Schemas, WORKLOADS};

#[test]
fn the_models_crate_is_what_the_generator_writes() {
    let codegen = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schemas = Schemas::read(&codegen.join("tests/data/v1.0")).expect("the schemas read");
    let models = schemas.generate().expect("the models crate generates");
    let crate_dir = codegen
        .parent()
        .expect("codegen/ sits in the workspace")
        .join("models");
    if std::env::var_os("GRAPH_ENTITY_CODEGEN_BLESS").is_some() {
        models
            .write(&crate_dir)
            .expect("the models crate is written");
    }
    let differences = models.differences(&crate_dir);
    assert!(
        differences.is_empty(),
        "models/ is not what the generator writes today:\n  {}\nregenerate it with\n  cargo run -p graph-entity-codegen -- models\nand review the diff",
        differences.join("\n  ")
    );

    // Every workload has roots, and the small ones stay small.
    assert_eq!(models.closures.len(), WORKLOADS.len());
    for closure in &models.closures {
        assert!(!closure.roots.is_empty(), "{} has no root", closure.feature);
    }
    let users = &models.closures[0];
    assert_eq!(users.feature, "users");
    assert!(users.roots.iter().any(|root| root == "User"));
    assert!(users.items < 400, "users compiles {} items", users.items);
    let mail = models
        .closures
        .iter()
        .find(|closure| closure.feature == "mail")
        .expect("a mail workload");
    assert!(mail.roots.iter().any(|root| root == "Message"));
    assert!(mail.roots.iter().any(|root| root == "Attachment"));

    // A part left by an earlier generation is reported, and a new write removes it.
    let scratch = std::env::temp_dir().join(format!("graph-entity-models-{}", std::process::id()));
    models.write(&scratch).expect("the models crate is written");
    let stale = scratch.join("parts/part9/src");
    std::fs::create_dir_all(&stale).expect("a folder");
    std::fs::write(scratch.join("parts/part9/Cargo.toml"), "").expect("a file");
    std::fs::write(stale.join("lib.rs"), "").expect("a file");
    assert_eq!(
        models.differences(&scratch),
        [
            "parts/part9/Cargo.toml is not generated any more",
            "parts/part9/src/lib.rs is not generated any more"
        ]
    );
    models
        .write(&scratch)
        .expect("the models crate is written again");
    assert!(models.differences(&scratch).is_empty());
    assert!(!scratch.join("parts/part9").exists());
    std::fs::remove_dir_all(&scratch).expect("the scratch folder is removed");

    // The types are compiled in three crates of about equal size, each by its own rustc.
    let sizes: Vec<usize> = (1..=3)
        .map(|part| {
            let folder = format!("parts/part{part}/src/");
            models
                .files
                .iter()
                .filter(|file| file.path.starts_with(&folder))
                .map(|file| file.text.len())
                .sum()
        })
        .collect();
    let whole: usize = sizes.iter().sum();
    for size in &sizes {
        assert!(
            *size * 4 > whole && *size * 2 < whole,
            "parts of {sizes:?} bytes"
        );
    }
}
