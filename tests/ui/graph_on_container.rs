// `#[graph(…)]` on the struct, where `#[graph_entity(…)]` belongs.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
