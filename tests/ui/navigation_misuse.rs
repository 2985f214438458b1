// `navigation(…)` lists the navigation properties the struct does not type: not a typed one,
// not one twice, and not none.
use graph_entity::{Extra, GraphComplex, GraphEntity};

#[derive(GraphComplex)]
pub struct AccessPackageCatalog {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity)]
#[graph_entity(
    path = "/identityGovernance/entitlementManagement/accessPackages",
    navigation(catalog, resourceRoleScopes, resourceRoleScopes)
)]
pub struct AccessPackage {
    #[graph(navigation)]
    pub catalog: Option<AccessPackageCatalog>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity)]
#[graph_entity(path = "/identityGovernance/entitlementManagement/catalogs", navigation())]
pub struct Catalog {
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
