// `GraphEntity` on a generic struct.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory<T> {
    pub display_name: Option<T>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
