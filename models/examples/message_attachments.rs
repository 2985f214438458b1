//! Reads a message with its attachments with the `mail` feature: `attachments` is a
//! navigation property typed as `Vec<AnyAttachment>`, so each attachment reads as the derived
//! type its `@odata.type` names (fileAttachment, itemAttachment, referenceAttachment), and
//! one of a type this crate does not know would read into the catch-all. Then the same from
//! the attachments collection, a page that mixes the derived types. Against a local Graph
//! v1.0 stand-in.
//!
//! ```text
//! cargo run -p graph-entity-models --features mail --example message_attachments
//! ```

#[path = "support/v1_stand_in.rs"]
mod v1_stand_in;

use std::error::Error;
use std::process::ExitCode;

use graph_entity::{Cloud, EntityHttp, Page, RequestOptions};
use graph_entity_models::{AnyAttachment, Attachment, Message};
use v1_stand_in::{Client, StandIn};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

fn main() -> ExitCode {
    match run() {
        Ok(kinds) => {
            println!("attachments: {}", kinds.join(", "));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One line per attachment: its derived type and what that type alone has.
fn describe(attachment: &AnyAttachment) -> String {
    match attachment {
        AnyAttachment::FileAttachment(file) => format!(
            "file {:?} ({} bytes of content)",
            file.name.as_deref().unwrap_or_default(),
            file.content_bytes
                .as_ref()
                .map_or(0, |bytes| bytes.as_bytes().len())
        ),
        AnyAttachment::ItemAttachment(item) => {
            format!("item {:?}", item.name.as_deref().unwrap_or_default())
        }
        AnyAttachment::ReferenceAttachment(reference) => {
            format!(
                "reference {:?}",
                reference.name.as_deref().unwrap_or_default()
            )
        }
        AnyAttachment::Other(json) => format!("a type this crate does not know: {json:?}"),
    }
}

/// Reads the message and its attachments; a line per attachment.
pub fn run() -> Result<Vec<String>> {
    let stand_in = StandIn::start()?;
    let client = Client::new(stand_in.url());
    let options = RequestOptions::new(Cloud::Global).bearer_token("stand-in-token")?;

    // GET /users/{userId}/messages/{messageId}?$expand=attachments
    let messages = Message::at_users_messages("adele@contoso.com");
    let mut request = Message::get_request(&options, &messages.item("message-1"))?;
    *request.uri_mut() = format!("{}?$expand=attachments", request.uri()).parse()?;
    println!("> {} {}", request.method(), request.uri());
    let response = client.send(request)?;
    let message = Message::read_get_response(response.status(), response.body())?;
    println!(
        "< {} {:?}",
        response.status(),
        message.subject.as_deref().unwrap_or_default()
    );
    let attachments = message.attachments.unwrap_or_default();
    let kinds: Vec<String> = attachments.iter().map(describe).collect();
    for kind in &kinds {
        println!("  {kind}");
    }

    // GET /users/{userId}/messages/{messageId}/attachments: a page mixing derived types.
    let location = Attachment::at_users_messages_attachments("adele@contoso.com", "message-1");
    let request = Attachment::list_request(&options, &location)?;
    println!("> {} {}", request.method(), request.uri());
    let response = client.send(request)?;
    let page = Page::<AnyAttachment>::read_mixed(response.status(), response.body())?;
    println!(
        "< {} {} attachment(s)",
        response.status(),
        page.value().len()
    );
    let listed: Vec<String> = page.value().iter().map(describe).collect();
    if listed != kinds {
        return Err("the collection and the expanded message differ".into());
    }
    Ok(kinds)
}
