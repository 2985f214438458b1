//! [`GraphEntity`]: a Graph object with an identity, addressed at a collection path.

use crate::endpoint::{Endpoint, Operation, Resource};
use crate::object::GraphObject;

/// A Graph entity type (`remoteActionAudit`): a [`GraphObject`] living in a collection, with
/// endpoints for the operations Graph offers on it.
///
/// Implemented by `#[derive(GraphEntity)]`.
pub trait GraphEntity: GraphObject {
    /// The collection, its key and its operations.
    const RESOURCE: Resource;

    /// The endpoint of `operation`, if the entity supports it.
    fn endpoint(operation: Operation) -> Option<Endpoint> {
        Self::RESOURCE.endpoint(operation)
    }
}
