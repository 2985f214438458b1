//! Where and what is wrong: JSON paths ([`Path`](path::Path)), the problems found at them,
//! and "did you mean" suggestions. The leaf every other part reports through.

pub(crate) mod path;
pub(crate) mod problem;
pub(crate) mod suggest;
