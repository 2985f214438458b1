// An immutable property is set on create; the update builder has no setter for it.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/identity/b2xUserFlows")]
pub struct B2xIdentityUserFlow {
    #[graph(read_only)]
    pub id: Option<String>,
    #[graph(immutable)]
    pub user_flow_type: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {
    let _create = B2xIdentityUserFlow::create().user_flow_type("signUp").build();
    let _update = B2xIdentityUserFlow::update().user_flow_type("signIn").build();
}
