// `GraphEntity` on a tuple struct.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory(Option<String>, Extra);

fn main() {}
