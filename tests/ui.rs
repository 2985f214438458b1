//! Compile-fail tests of the derives: each `tests/ui/<case>.rs` misuses a derive, and
//! `tests/ui/<case>.stderr` holds the exact errors the user sees.
//!
//! After a deliberate change to a message, regenerate with
//! `TRYBUILD=overwrite cargo test --test ui` and review every changed `.stderr`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
