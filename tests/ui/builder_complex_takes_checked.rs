// A complex property takes the value its builder made, so its own required properties are set.
use graph_entity::models::{SecurityAction, SecurityVendorInformation};

fn main() {
    let _payload = SecurityAction::update()
        .vendor_information(SecurityVendorInformation::default())
        .build();
}
