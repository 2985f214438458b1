//! A user's lifecycle with the `users` feature: create, get, update and list, each a typed,
//! validated request, sent to a local Graph v1.0 stand-in (no tenant needed).
//!
//! ```text
//! cargo run -p graph-entity-models --features users --example create_user
//! ```

#[path = "support/v1_stand_in.rs"]
mod v1_stand_in;

use std::error::Error;
use std::process::ExitCode;

use graph_entity::{Cloud, EntityHttp, RequestOptions};
use graph_entity_models::{PasswordProfile, User};
use v1_stand_in::{Client, StandIn};

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

/// Runs the example; an unexpected answer is an error.
pub fn run() -> Result<()> {
    let stand_in = StandIn::start()?;
    let client = Client::new(stand_in.url());
    let options = RequestOptions::new(Cloud::Global).bearer_token("stand-in-token")?;

    // Create: the builder has a setter per writable property, none for read-only ones.
    let create = User::create()
        .account_enabled(true)
        .display_name("Adele Vance")
        .mail_nickname("AdeleV")
        .user_principal_name("AdeleV@contoso.com")
        .password_profile(
            PasswordProfile::create()
                .password("xWwvJ]6NMw+bWH-d")
                .force_change_password_next_sign_in(true)
                .build(),
        )
        .build();
    let request = create.request_with(&options, &User::location())?;
    println!("> {} {}", request.method(), request.uri());
    println!("  {}", String::from_utf8_lossy(request.body()));
    let response = client.send(request)?;
    let created = User::read_create_response(response.status(), response.body())?;
    let id = created.id.clone().ok_or("the created user has no id")?;
    println!("< {} created {id}", response.status());

    // Update: only what is set is sent.
    let update = User::update().job_title("Retail Manager").build();
    let request = update.request_with(&options, &User::location().item(&id))?;
    println!("> {} {}", request.method(), request.uri());
    println!("  {}", String::from_utf8_lossy(request.body()));
    let response = client.send(request)?;
    User::read_update_response(response.status(), response.body())?;
    println!("< {}", response.status());

    // Get: the typed user, the update applied.
    let request = User::get_request(&options, &User::location().item(&id))?;
    println!("> {} {}", request.method(), request.uri());
    let response = client.send(request)?;
    let user = User::read_get_response(response.status(), response.body())?;
    println!(
        "< {} {:?}, {:?}",
        response.status(),
        user.display_name.as_deref().unwrap_or_default(),
        user.job_title.as_deref().unwrap_or_default()
    );
    if user.job_title.as_deref() != Some("Retail Manager") {
        return Err("the update did not reach the user".into());
    }

    // List.
    let request = User::list_request(&options, &User::location())?;
    println!("> {} {}", request.method(), request.uri());
    let response = client.send(request)?;
    let page = User::read_list_response(response.status(), response.body())?;
    println!("< {} {} user(s)", response.status(), page.value().len());
    if page.value().len() != 1 {
        return Err("the list does not hold the created user".into());
    }

    // A payload from outside is validated before anything is sent, every problem at once:
    // `displayName` is a String, `accountEnabled` a Boolean.
    let refused = graph_entity::Payload::<User>::create_from_json(
        br#"{"displayName":7,"accountEnabled":"yes"}"#,
    );
    match refused {
        Err(problems) => println!("refused before sending:\n{problems}"),
        Ok(_) => return Err("a payload with mistakes was accepted".into()),
    }
    Ok(())
}
