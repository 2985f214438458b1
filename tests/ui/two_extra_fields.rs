// Two fields marked `#[graph(extra)]`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
    #[graph(extra)]
    pub more: Extra,
}

fn main() {}
