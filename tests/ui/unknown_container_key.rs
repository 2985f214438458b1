// A misspelled container key, `pth` for `path`, gets a suggestion.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(pth = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    pub display_name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
