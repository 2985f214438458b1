// Permissions for an operation the entity does not offer, and an operation's permissions
// declared twice (by `read` and by `get`).
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/security/securityActions",
    operations(create, get, list),
    permissions(
        read(application = "SecurityActions.Read.All"),
        get(application = "SecurityActions.Read.All"),
        delete(application = "SecurityActions.ReadWrite.All"),
    )
)]
pub struct SecurityAction {
    pub name: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
