// A misspelled `#[graph(extra)]` is reported once, not also as a missing extra field.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extras)]
    pub extra: Extra,
}

fn main() {}
