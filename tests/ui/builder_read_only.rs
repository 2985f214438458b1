// A read-only property (`id`) cannot be set, on create or on update: the call says why.
use graph_entity::models::SecurityAction;

fn main() {
    let _payload = SecurityAction::update().id("c9613460").build();
}
