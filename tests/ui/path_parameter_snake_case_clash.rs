// Graph's `{x-id}` spelling is accepted, but two parameters that become the same Rust
// argument are not.
use graph_entity::{Extra, GraphEntity};

#[derive(GraphEntity)]
#[graph_entity(path = "/users/{user-id}/calendars/{userId}/events")]
pub struct Event {
    pub subject: Option<String>,
    #[graph(extra)]
    pub extra: Extra,
}

fn main() {}
