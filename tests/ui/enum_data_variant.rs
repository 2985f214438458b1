// A `GraphEnum` variant that carries data but is not marked `#[graph(other)]`.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub enum ActionState {
    Pending,
    Failed(String),
    #[graph(other)]
    Other(String),
}

fn main() {}
