// A location takes its path's parameters by name: one missing or one too many does not
// compile.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/tenantRelationships/delegatedAdminRelationships/{delegatedAdminRelationship-id}/requests",
    key = "delegatedAdminRelationshipRequest-id"
)]
pub struct DelegatedAdminRelationshipRequest {
    #[graph(read_only)]
    pub id: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {
    let _missing = DelegatedAdminRelationshipRequest::at_tenant_relationships_delegated_admin_relationships_requests();
    let _extra = DelegatedAdminRelationshipRequest::at_tenant_relationships_delegated_admin_relationships_requests("r1", "q1");
}
