// A permission table copied while it still says TODO (seed 003) is not a list of
// permission names.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/security/securityActions",
    permissions(create(
        delegated = "**TODO: Provide applicable permissions.**",
        application = "SecurityActions.ReadWrite.All,",
    ))
)]
pub struct SecurityAction {
    pub name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
