// Two `GraphEnum` variants with the same JSON name, one of them through `rename`.
use graph_entity::GraphEnum;

#[derive(GraphEnum)]
pub enum ActionState {
    Pending,
    #[graph(rename = "pending")]
    Waiting,
    #[graph(other)]
    Other(String),
}

fn main() {}
