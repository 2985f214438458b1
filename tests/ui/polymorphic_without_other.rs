// A `GraphPolymorphic` without the catch-all, and a variant that holds no type.
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
    Integer,
}

fn main() {}
