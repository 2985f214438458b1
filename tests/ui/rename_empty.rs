// An empty `rename` value.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits")]
pub struct RemoteActionAudit {
    #[graph(rename = "")]
    pub device_imei: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
