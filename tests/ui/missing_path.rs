// A `GraphEntity` without `path`: the entity's collection is required.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(version = "beta")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
