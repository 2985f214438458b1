// A path parameter whose name is not an identifier: `{1user}`.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/users/{1user}/events")]
pub struct Event {
    pub subject: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
