//! Quickstart: annotate a struct, validate a payload from outside, build a checked create
//! payload in Rust, and print the request it makes.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use graph_entity::{Cloud, DateTimeOffset, Extra, GraphEntity, GraphEnum, Payload};

/// Your own model of Intune's remote action audit: only the properties you need.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
pub struct RemoteActionAudit {
    /// Set by Graph; a payload that sends it is refused.
    #[graph(read_only)]
    pub id: Option<String>,
    /// Required on create.
    #[graph(required)]
    pub action: Option<RemoteAction>,
    /// Required on create.
    #[graph(required)]
    pub action_state: Option<ActionState>,
    /// Required on create.
    #[graph(required)]
    pub request_date_time: Option<DateTimeOffset>,
    /// JSON names are lowerCamelCase of the field; acronyms need `rename`.
    #[graph(rename = "deviceIMEI")]
    pub device_imei: Option<String>,
    /// Every other member read from Graph, kept and written back.
    #[graph(extra)]
    pub extra: Extra,
}

/// The actions this program uses; others Graph returns are kept in `Other`.
#[derive(GraphEnum, Debug)]
pub enum RemoteAction {
    /// `factoryReset`.
    FactoryReset,
    /// `remoteLock`.
    RemoteLock,
    /// Any other member, as read.
    #[graph(other)]
    Other(String),
}

/// The state of an action.
#[derive(GraphEnum, Debug)]
pub enum ActionState {
    /// `pending`.
    Pending,
    /// `done`.
    Done,
    /// Any other member, as read.
    #[graph(other)]
    Other(String),
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A payload that comes from outside (a file, a user) with mistakes: no action state nor
    // request time, and an id Graph would refuse. Every problem is reported at once.
    let from_a_file = br#"{"id": "477f8d24", "action": "remoteLock"}"#;
    println!("Validating a payload with mistakes, every problem at once:");
    if let Err(problems) = Payload::<RemoteActionAudit>::create_from_json(from_a_file) {
        for problem in &problems {
            println!("  {problem}");
        }
    }

    // Built in Rust, the same mistakes do not compile: the required properties are a struct
    // to fill, and `id` has no setter.
    let payload = RemoteActionAudit::create(RemoteActionAuditRequired {
        action: RemoteAction::FactoryReset,
        action_state: ActionState::Pending,
        request_date_time: DateTimeOffset::parse("2017-01-01T00:03:07.1589002-08:00")?,
    })
    .device_imei("35-209900-176148-1")
    .build();
    let request = payload.request(Cloud::Global, &RemoteActionAudit::location())?;
    println!("\nThe create request, ready for any HTTP client:");
    println!("{} {}", request.method(), request.uri());
    for (name, value) in request.headers() {
        println!("{name}: {}", value.to_str()?);
    }
    println!("\n{}", String::from_utf8_lossy(request.body()));
    Ok(())
}
