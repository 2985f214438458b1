// A misspelled operation in `permissions(…)` gets a suggestion.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/deviceManagement/deviceCategories",
    permissions(creat(delegated = "DeviceManagementConfiguration.ReadWrite.All"))
)]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
