// A DateTimeOffset property takes a DateTimeOffset, not a string.
use graph_entity::models::SecurityAction;

fn main() {
    let _payload = SecurityAction::update()
        .completed_date_time("2018-01-01T00:00:00Z")
        .build();
}
