// A field both `required` and `read_only`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    #[graph(required, read_only)]
    pub id: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
