// A read-only property has no setter on create either: the call names the rule.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    #[graph(read_only)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {
    let _payload = DeviceCategory::create().id("c9613460").build();
}
