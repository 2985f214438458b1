// An unknown operation in `operations(…)`: `patch` instead of `update`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/deviceManagement/deviceCategories",
    operations(create, patch, get)
)]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
