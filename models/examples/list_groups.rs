//! Lists groups with the `groups` feature, page after page: each page's `@odata.nextLink`
//! becomes the next request, until the last page. Against a local Graph v1.0 stand-in that
//! answers in pages of two.
//!
//! ```text
//! cargo run -p graph-entity-models --features groups --example list_groups
//! ```

#[path = "support/v1_stand_in.rs"]
mod v1_stand_in;

use std::error::Error;
use std::process::ExitCode;

use graph_entity::{Cloud, EntityHttp, RequestOptions};
use graph_entity_models::Group;
use v1_stand_in::{Client, StandIn};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

fn main() -> ExitCode {
    match run() {
        Ok(names) => {
            println!("{} groups: {}", names.len(), names.join(", "));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Lists every group; the display names, in order.
pub fn run() -> Result<Vec<String>> {
    let stand_in = StandIn::start()?;
    let client = Client::new(stand_in.url());
    let options = RequestOptions::new(Cloud::Global).bearer_token("stand-in-token")?;

    let mut names = Vec::new();
    let mut next = Some(Group::list_request(&options, &Group::at_groups())?);
    while let Some(request) = next.take() {
        println!("> {} {}", request.method(), request.uri());
        let response = client.send(request)?;
        let page = Group::read_list_response(response.status(), response.body())?;
        for group in page.value() {
            names.push(group.display_name.clone().unwrap_or_default());
        }
        println!(
            "< {} {} group(s), next link: {:?}",
            response.status(),
            page.value().len(),
            page.next_link()
        );
        // The next link is followed only on the options' cloud, over https.
        next = page.next_request(&options)?;
    }
    Ok(names)
}
