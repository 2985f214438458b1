//! Sends requests built by graph-entity over real HTTP, with no Graph tenant: a Graph
//! stand-in starts on 127.0.0.1, and create, update, get, list (two pages) and delete go to
//! it for both seed entities, then a 400, a 401 and a 404. Each exchange is printed: the
//! request as sent (the token hidden), then the status and what was read from the body.
//!
//! ```text
//! cargo run --example send
//! ```
//!
//! The requests are built for the global cloud, exactly as for Graph; the client only
//! points them at the stand-in. To talk to Graph, send the same requests with any client,
//! with a real token.

#[path = "support/graph_stand_in.rs"]
mod stand_in;

use std::error::Error;
use std::fmt::Debug;
use std::process::ExitCode;

use graph_entity::models::{
    ActionState, KeyValuePair, KeyValuePairRequired, OperationStatus, RemoteAction,
    RemoteActionAudit, RemoteActionAuditRequired, SecurityAction, SecurityActionRequired,
    SecurityVendorInformation, SecurityVendorInformationRequired,
};
use graph_entity::{Cloud, DateTimeOffset, EntityHttp, Payload, RequestOptions, ResponseError};
use serde::Serialize;
use stand_in::{Client, StandIn};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let stand_in = StandIn::start()?;
    println!("Graph stand-in listening on {}\n", stand_in.url());
    let client = Client::new(stand_in.url());
    let options = RequestOptions::new(Cloud::Global).bearer_token("stand-in-token")?;

    // remoteActionAudit: create, update, get.
    let audit = RemoteActionAudit::create(RemoteActionAuditRequired {
        action: RemoteAction::RemoteLock,
        action_state: ActionState::Pending,
        request_date_time: DateTimeOffset::parse("2025-01-01T10:00:00Z")?,
    })
    .device_display_name("Kiosk 7")
    .build();
    let answer = send(
        &client,
        audit.request_with(&options, &RemoteActionAudit::location())?,
    )?;
    let created = show(RemoteActionAudit::read_create_response(answer.0, &answer.1))?;
    let id = created.id.unwrap_or_default();

    let update = RemoteActionAudit::update()
        .action_state(ActionState::Done)
        .build();
    let answer = send(
        &client,
        update.request_with(&options, &RemoteActionAudit::location().item(&id))?,
    )?;
    show(RemoteActionAudit::read_update_response(answer.0, &answer.1))?;

    let answer = send(
        &client,
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(&id))?,
    )?;
    show(RemoteActionAudit::read_get_response(answer.0, &answer.1))?;

    // securityAction: create, update (204), get.
    let action = SecurityAction::create(SecurityActionRequired {
        name: "blockUrl".into(),
        parameters: vec![
            KeyValuePair::create(KeyValuePairRequired { name: "url".into() })
                .value("http://malware.example")
                .build(),
        ],
        vendor_information: SecurityVendorInformation::create(SecurityVendorInformationRequired {
            vendor: "Microsoft".into(),
        })
        .provider("Windows Defender ATP")
        .build(),
    })
    .build();
    let answer = send(
        &client,
        action.request_with(&options, &SecurityAction::location())?,
    )?;
    let created = show(SecurityAction::read_create_response(answer.0, &answer.1))?;
    let action_id = created.id.unwrap_or_default();

    let update = SecurityAction::update()
        .status(OperationStatus::Running)
        .build();
    let answer = send(
        &client,
        update.request_with(&options, &SecurityAction::location().item(&action_id))?,
    )?;
    show(SecurityAction::read_update_response(answer.0, &answer.1))?;

    let answer = send(
        &client,
        SecurityAction::get_request(&options, &SecurityAction::location().item(&action_id))?,
    )?;
    show(SecurityAction::read_get_response(answer.0, &answer.1))?;

    // Two more audits, then a list: two pages, the second from @odata.nextLink.
    for device in ["Kiosk 8", "Kiosk 9"] {
        let more = Payload::create(RemoteActionAudit {
            device_display_name: Some(device.into()),
            ..created_like()?
        })?;
        let answer = send(
            &client,
            more.request_with(&options, &RemoteActionAudit::location())?,
        )?;
        show(RemoteActionAudit::read_create_response(answer.0, &answer.1))?;
    }
    let mut request = Some(RemoteActionAudit::list_request(
        &options,
        &RemoteActionAudit::location(),
    )?);
    while let Some(next) = request.take() {
        let answer = send(&client, next)?;
        let page = RemoteActionAudit::read_list_response(answer.0, &answer.1)?;
        let ids: Vec<&str> = page
            .value()
            .iter()
            .filter_map(|audit| audit.id.as_deref())
            .collect();
        println!(
            "< read: a page of {} ({}), @odata.nextLink {:?}\n",
            ids.len(),
            ids.join(", "),
            page.next_link()
        );
        request = page.next_request(&options)?;
    }

    // Delete, then get it: Graph's 404, typed.
    let answer = send(
        &client,
        RemoteActionAudit::delete_request(&options, &RemoteActionAudit::location().item(&id))?,
    )?;
    show(RemoteActionAudit::read_delete_response(answer.0, &answer.1))?;
    let answer = send(
        &client,
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(&id))?,
    )?;
    expect_error(RemoteActionAudit::read_get_response(answer.0, &answer.1))?;

    // A member after unknownFutureValue without `Prefer`: Graph's 400.
    let without_prefer = options.clone().include_unknown_enum_members(false);
    let helped = Payload::create(RemoteActionAudit {
        action: Some(RemoteAction::LaunchRemoteHelp),
        ..created_like()?
    })?;
    let answer = send(
        &client,
        helped.request_with(&without_prefer, &RemoteActionAudit::location())?,
    )?;
    expect_error(RemoteActionAudit::read_create_response(answer.0, &answer.1))?;

    // No token: Graph's 401.
    let anonymous = RequestOptions::new(Cloud::Global);
    let answer = send(
        &client,
        SecurityAction::list_request(&anonymous, &SecurityAction::location())?,
    )?;
    expect_error(SecurityAction::read_list_response(answer.0, &answer.1))?;
    Ok(())
}

/// A valid audit to create.
fn created_like() -> Result<RemoteActionAudit> {
    Ok(RemoteActionAudit {
        action: Some(RemoteAction::RebootNow),
        action_state: Some(ActionState::Pending),
        request_date_time: Some(DateTimeOffset::parse("2025-01-01T11:00:00Z")?),
        ..RemoteActionAudit::default()
    })
}

/// Prints the request as sent, sends it, prints the status.
fn send(client: &Client, request: http::Request<Vec<u8>>) -> Result<(http::StatusCode, Vec<u8>)> {
    println!("> {} {}", request.method(), request.uri());
    for (name, value) in request.headers() {
        // Sensitive values (the bearer token) are not printed.
        let shown = if value.is_sensitive() {
            "<hidden>".into()
        } else {
            String::from_utf8_lossy(value.as_bytes())
        };
        println!("> {name}: {shown}");
    }
    if !request.body().is_empty() {
        println!(">\n> {}", String::from_utf8_lossy(request.body()));
    }
    let response = client.send(request)?;
    println!("< {}", response.status());
    Ok((response.status(), response.into_body()))
}

/// Prints what was read, as the model writes it back.
fn show<T: Serialize>(read: std::result::Result<T, ResponseError>) -> Result<T> {
    let value = read?;
    match serde_json::to_string(&value)?.as_str() {
        "null" => println!("< read: no content\n"),
        json => println!("< read: {json}\n"),
    }
    Ok(value)
}

/// Prints the error an exchange was meant to end with.
fn expect_error<T: Debug>(read: std::result::Result<T, ResponseError>) -> Result<()> {
    match read {
        Ok(value) => Err(format!("expected an error, read {value:?}").into()),
        Err(error) => {
            println!("< error: {error}\n");
            Ok(())
        }
    }
}
