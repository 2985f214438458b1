//! Types compiled with any of: `users`, `groups`, `files`, `sites`, `teams`, `communications`,
//! `notes`, `planner`, `identity`, `identity-governance`, `directory`, `security`, `reports`,
//! `education`, `virtual-events`, `backup-restore`, `admin`, `print`, `copilot`, `other`. Generated
//! by `graph-entity-codegen models`: regenerate it rather than edit it.

use graph_entity::{Extra, GraphComplex};

/// The schema has no description of the `userIdentity` complex type.
///
/// Graph type `microsoft.graph.userIdentity`, derived from `microsoft.graph.identity`; open:
/// payloads may carry other properties, and they are kept.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
#[graph_complex(open)]
pub struct UserIdentity {
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `id`; the schema has no description of it.
    pub id: Option<String>,
    /// Property `ipAddress`; the schema has no description of it.
    pub ip_address: Option<String>,
    /// Property `userPrincipalName`; the schema has no description of it.
    pub user_principal_name: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}
