// A field type that is not a Graph property type, `u8`: one error, at the type, saying what to use.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    pub priority: Option<u8>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
