//! Where and what is wrong: JSON paths ([`Path`](path::Path)) and the problems found at them
//! ("did you mean" suggestions come from `graph_entity_core::suggest`). The leaf every other
//! part reports through.

pub(crate) mod path;
pub(crate) mod problem;
