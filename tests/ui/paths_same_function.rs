// Two paths that differ only in a parameter's name would make the same `at_…` function.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/users/{userId}/events", path = "/users/{id}/events")]
pub struct Event {
    pub subject: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
