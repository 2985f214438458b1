//! The rules that graph-entity's derives (`graph-entity-macros`), its runtime (`graph-entity`)
//! and its generator (`graph-entity-codegen`) must agree on, each defined once:
//!
//! - [`naming`]: the JSON and schema names the derives give Rust names by default, the Rust
//!   names the generator gives schema names, and what a valid name is;
//! - [`suggest`]: "did you mean …?" for a misspelled name;
//! - [`operations`] and [`clouds`]: the operations an entity can offer and the national
//!   clouds Graph runs in, with the spellings the attributes take.
//!
//! A leaf crate without dependencies, so the proc-macro crate can use it too. Not an API of
//! its own: depend on `graph-entity`.
#![forbid(unsafe_code)]

pub mod clouds;
pub mod naming;
pub mod operations;
pub mod suggest;
