// `#[graph(navigation)]` needs an entity or complex type: a string is not a relationship.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/identityGovernance/entitlementManagement/accessPackages")]
pub struct AccessPackage {
    pub display_name: Option<String>,
    #[graph(navigation)]
    pub catalog: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
