// The same `path` given twice in `#[graph_entity(…)]`: the second is the error. Several
// different paths are fine (the first is the default).
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(
    path = "/users/{userId}/events",
    path = "/me/events",
    path = "/users/{userId}/events"
)]
pub struct Event {
    pub subject: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
