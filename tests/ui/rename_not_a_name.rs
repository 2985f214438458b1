// A `rename` value that is not a Graph property name: it holds a space.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits")]
pub struct RemoteActionAudit {
    #[graph(rename = "device IMEI")]
    pub device_imei: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
