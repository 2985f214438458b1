// The `#[graph(other)]` catch-all variant without its `String`.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub enum ActionState {
    Pending,
    Done,
    #[graph(other)]
    Other,
}

fn main() {}
