// `GraphEntity` on an enum.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub enum DeviceCategory {
    Kiosk,
    Desk,
}

fn main() {}
