// `odata_type` written with the leading `#` of the `@odata.type` value.
use graph_entity::{Extra, GraphComplex};

#[derive(GraphComplex)]
#[graph_complex(odata_type = "#microsoft.graph.keyValuePair")]
pub struct KeyValuePair {
    pub name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
