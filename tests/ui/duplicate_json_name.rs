// Two fields with the same JSON name, one of them through `rename`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits")]
pub struct RemoteActionAudit {
    pub device_imei: Option<String>,
    #[graph(rename = "deviceImei")]
    pub imei: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
