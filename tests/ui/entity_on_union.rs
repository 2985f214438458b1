// `GraphEntity` on a union.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub union DeviceCategory {
    pub count: i32,
    pub total: i64,
}

fn main() {}
