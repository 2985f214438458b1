// A `GraphEntity` without the `#[graph(extra)]` field.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
}

fn main() {}
