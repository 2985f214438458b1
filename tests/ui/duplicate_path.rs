// `path` given twice in `#[graph_entity(…)]`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/deviceManagement/deviceCategories",
    path = "/deviceCategories"
)]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
