// `immutable` (set on create only) and `read_only` (never sent) contradict each other.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    #[graph(read_only, immutable)]
    pub id: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
