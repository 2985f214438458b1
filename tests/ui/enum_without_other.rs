// A `GraphEnum` without the `#[graph(other)] Other(String)` catch-all.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub enum ActionState {
    None,
    Pending,
    Done,
}

fn main() {}
