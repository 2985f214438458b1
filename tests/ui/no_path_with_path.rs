// `no_path` is for an entity type Graph offers no path for: it cannot also have one.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(no_path, path = "/identityGovernance/entitlementManagement/catalogs")]
pub struct AccessPackageCatalog {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
