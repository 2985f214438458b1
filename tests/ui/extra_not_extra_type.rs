// The `#[graph(extra)]` field with another type than `graph_entity::Extra`.
use std::collections::HashMap;

use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: HashMap<String, String>,
}

fn main() {}
