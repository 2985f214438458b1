// A misspelled `#[graph(other)]` is reported once, not also as data on a member and a missing catch-all.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub enum ActionState {
    Pending,
    Done,
    #[graph(othr)]
    Other(String),
}

fn main() {}
