// A misspelled permission type gets a suggestion; an empty table is refused.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/deviceManagement/deviceCategories",
    permissions(
        create(delgated = "DeviceManagementConfiguration.ReadWrite.All"),
        update(),
    )
)]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
