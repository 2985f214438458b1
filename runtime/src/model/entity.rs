//! [`GraphEntity`]: a Graph object with an identity, addressed at a collection path.

use crate::model::object::GraphObject;
use crate::resource::endpoint::{Cloud, Endpoint, Operation, Resource};
use crate::resource::permissions::{Access, Granted, Permissions};

/// A Graph entity type (`remoteActionAudit`): a [`GraphObject`] living in a collection, with
/// endpoints for the operations Graph offers on it, the national clouds they exist in and
/// the permissions each needs.
///
/// Implemented by `#[derive(GraphEntity)]` with a `path`; an entity declared `no_path` is a
/// [`GraphObject`] only, sent inside other entities.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no path of its own, so it has no requests",
    label = "not an entity with a path",
    note = "requests and payloads need `#[derive(GraphEntity)]` with `#[graph_entity(path = \"…\")]`; a `no_path` entity is sent only inside another entity's payload, through a navigation property"
)]
pub trait GraphEntity: GraphObject {
    /// The collection, its key, its operations, clouds and permissions.
    const RESOURCE: Resource;

    /// The endpoint of `operation`, if the entity supports it.
    fn endpoint(operation: Operation) -> Option<Endpoint> {
        Self::RESOURCE.endpoint(operation)
    }

    /// The permission table of `operation` (`#[graph_entity(permissions(…))]`): `None` when
    /// the entity does not offer it; rows the entity does not declare are `None` in it.
    fn permissions(operation: Operation) -> Option<Permissions> {
        Self::RESOURCE.permissions(operation)
    }

    /// Whether a token with the permissions `granted` (its `scp` or `roles` claim) may call
    /// `operation`, as the entity's permission table says.
    ///
    /// ```
    /// use graph_entity::models::SecurityAction;
    /// use graph_entity::{Access, GraphEntity, Granted, Operation};
    ///
    /// let app = Granted::application(["SecurityActions.Read.All"]);
    /// assert_eq!(SecurityAction::check_access(Operation::List, &app), Access::Allowed("SecurityActions.Read.All"));
    /// assert_eq!(SecurityAction::check_access(Operation::Create, &app), Access::Missing(&["SecurityActions.ReadWrite.All"]));
    /// // Security actions take application permissions only.
    /// let user = Granted::delegated("SecurityActions.ReadWrite.All");
    /// assert_eq!(SecurityAction::check_access(Operation::Create, &user), Access::NotSupported);
    /// ```
    fn check_access(operation: Operation, granted: &Granted<'_>) -> Access {
        match Self::permissions(operation) {
            Some(permissions) => permissions.check(granted),
            None => Access::NotOffered,
        }
    }

    /// Whether the entity's operations exist in `cloud` (`#[graph_entity(clouds(…))]`; an
    /// entity that declares no clouds is taken to exist in all of them).
    fn is_available_in(cloud: Cloud) -> bool {
        Self::RESOURCE.is_available_in(cloud)
    }
}
