// A `no_path` entity reads, validates and builds values, but has no requests of its own.
use graph_entity::{Extra, GraphEntity, Payload};

#[derive(GraphEntity, Default)]
#[graph_entity(no_path)]
pub struct AccessPackageResourceRole {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {
    let _ = Payload::create(AccessPackageResourceRole::default());
}
