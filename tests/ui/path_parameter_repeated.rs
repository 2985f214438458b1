// The same path parameter twice.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/users/{userId}/calendars/{userId}/events")]
pub struct Event {
    pub subject: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
