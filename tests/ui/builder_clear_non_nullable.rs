// A non-nullable property (`deviceActionCategory`) cannot be cleared with `null` in an update.
use graph_entity::models::RemoteActionAudit;

fn main() {
    let _payload = RemoteActionAudit::update().clear_device_action_category().build();
}
