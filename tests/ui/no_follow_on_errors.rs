// A type whose derive failed is still usable elsewhere: only the derive's own error is shown.
use graph_entity::{Extra, GraphComplex, GraphEntity, GraphEnum, Payload};

#[derive(GraphEnum)]
pub enum ActionState {
    Pending,
    Done,
}

#[derive(GraphComplex)]
pub struct Detail {
    pub state: Option<ActionState>,
    #[graph(extra)]
    pub extra: Extra,
}

#[derive(GraphEntity)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
pub struct RemoteActionAudit {
    pub details: Option<Vec<Detail>>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {
    let audit = RemoteActionAudit {
        details: None,
        extra: Extra::new(),
    };
    let _ = Payload::create(audit);
}
