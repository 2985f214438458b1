// A field type that is not a Graph property type gets one error, at the type: a map inside a
// collection, and an integer width Graph does not have.
use std::collections::HashMap;

use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    pub labels: Option<Vec<HashMap<String, String>>>,
    pub size: Option<u128>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
