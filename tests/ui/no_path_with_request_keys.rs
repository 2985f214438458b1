// A `no_path` entity has no requests, so the keys that describe them do not apply.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(no_path, version = "beta", operations(create, get))]
pub struct AccessPackageResourceRole {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
