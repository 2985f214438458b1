// A read-only property (`id`) has no setter, on create or on update.
use graph_entity::models::SecurityAction;

fn main() {
    let _payload = SecurityAction::update().id("c9613460").build();
}
