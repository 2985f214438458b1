// A struct that asks for builder rules (`required`) needs every property written
// `Option<T>`; a plain `String` field is an error at that field, not builders that silently
// go missing (and a create that would send `"displayName":""`).
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity, Default)]
#[graph_entity(path = "/deviceManagement/deviceCategories")]
pub struct DeviceCategory {
    #[graph(required)]
    pub display_name: String,
    pub description: Option<String>,
    pub rank: i32,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
