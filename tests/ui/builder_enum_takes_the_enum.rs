// An enum property takes the enum, not its JSON name as a string.
use graph_entity::models::OperationStatus;
use graph_entity::models::SecurityAction;

fn main() {
    let _ = OperationStatus::Running;
    let _payload = SecurityAction::update().status("Running").build();
}
