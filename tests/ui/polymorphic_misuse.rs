// `GraphPolymorphic` on a struct; on an enum, a `#` in `base`, a type held twice, two `default`
// variants and a misspelled `other`, reported once.
use graph_entity::{Extra, GraphComplex, GraphPolymorphic};

#[derive(GraphComplex)]
pub struct DeviceHealthScriptBooleanParameter {
    pub default_value: Option<bool>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphComplex)]
pub struct DeviceHealthScriptStringParameter {
    pub default_value: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphPolymorphic)]
pub struct Parameter {
    pub value: Option<String>,
}

#[derive(GraphPolymorphic)]
#[graph_polymorphic(base = "#microsoft.graph.deviceHealthScriptParameter")]
pub enum DeviceHealthScriptParameter {
    #[graph(default)]
    Boolean(DeviceHealthScriptBooleanParameter),
    Flag(DeviceHealthScriptBooleanParameter),
    #[graph(default)]
    String(DeviceHealthScriptStringParameter),
    #[graph(othr)]
    Other(Extra),
}

fn main() {}
