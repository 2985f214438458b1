// A variant must hold a Graph entity or complex type, and the catch-all an `Extra`.
use graph_entity::{Extra, GraphComplex, GraphPolymorphic};

#[derive(GraphComplex)]
pub struct DeviceHealthScriptBooleanParameter {
    pub default_value: Option<bool>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic)]
pub enum DeviceHealthScriptParameter {
    Boolean(DeviceHealthScriptBooleanParameter),
    Text(String),
    #[graph(other)]
    Other(serde_json::Value),
}

fn main() {}
