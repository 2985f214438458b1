// `GraphEnum` on a struct.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub struct ActionState {
    pub name: String,
}

fn main() {}
