// A create payload that leaves out a required property (`actionState`) does not compile.
use graph_entity::models::{RemoteAction, RemoteActionAudit, RemoteActionAuditRequired};
use graph_entity::DateTimeOffset;

fn main() {
    let _payload = RemoteActionAudit::create(RemoteActionAuditRequired {
        action: RemoteAction::FactoryReset,
        request_date_time: DateTimeOffset::parse("2017-01-01T00:03:07Z").unwrap(),
    })
    .build();
}
