// Four different mistakes in one struct, all reported in one compile.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "deviceManagement/remoteActionAudits", version = "2")]
pub struct RemoteActionAudit {
    #[graph(required, read_only)]
    pub id: Option<String>,
    #[graph(requird)]
    pub action: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
