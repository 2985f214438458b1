//! A Microsoft Graph v1.0 stand-in for the models examples: `/users` (create, get, update,
//! list), `/groups` (pages of two, followed by `@odata.nextLink`) and a user's message with
//! its attachments (`$expand=attachments`, and the attachments collection), answering as
//! Graph does: server ids, `@odata.context`, Graph error bodies. [`Client`] sends requests
//! built for the global cloud to it, as the workspace's `examples/support/graph_stand_in.rs`
//! does for the seed entities. It stops when dropped.
#![allow(dead_code)]

use std::error::Error;
use std::io::Read as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

/// The root requests are built for: the stand-in plays the global cloud.
const GLOBAL_ROOT: &str = "https://graph.microsoft.com";
const ROOT: &str = "https://graph.microsoft.com/v1.0";
const PAGE_SIZE: usize = 2;

/// The running stand-in.
pub struct StandIn {
    server: Arc<tiny_http::Server>,
    url: String,
    log: Arc<Mutex<Vec<String>>>,
    thread: Option<JoinHandle<()>>,
}

impl StandIn {
    /// Starts the stand-in on 127.0.0.1, on a port the system picks.
    pub fn start() -> Result<StandIn, Box<dyn Error + Send + Sync>> {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0")?);
        let address = server.server_addr().to_ip().ok_or("not listening on IP")?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let thread = std::thread::spawn({
            let server = Arc::clone(&server);
            let log = Arc::clone(&log);
            move || serve(&server, &log)
        });
        Ok(StandIn {
            server,
            url: format!("http://{address}"),
            log,
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:{port}`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// `METHOD target` of each request received so far.
    pub fn received(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(server: &tiny_http::Server, log: &Mutex<Vec<String>>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut users: Vec<Map<String, Value>> = Vec::new();
    for _ in 0..100 {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let mut request = match server.recv_timeout(remaining) {
            Ok(Some(request)) => request,
            _ => return,
        };
        let mut body = Vec::new();
        let _ = request.as_reader().take(1 << 20).read_to_end(&mut body);
        let method = request.method().as_str().to_owned();
        let target = request.url().to_owned();
        log.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(format!("{method} {target}"));
        let (status, answer) = route(&method, &target, &body, &mut users);
        let mut response = tiny_http::Response::from_data(match &answer {
            Some(answer) => answer.to_string().into_bytes(),
            None => Vec::new(),
        })
        .with_status_code(status);
        if answer.is_some() {
            if let Ok(header) = "Content-Type: application/json".parse::<tiny_http::Header>() {
                response.add_header(header);
            }
        }
        let _ = request.respond(response);
    }
}

fn error(status: u16, code: &str, message: &str) -> (u16, Option<Value>) {
    let body = json!({"error": {"code": code, "message": message}});
    (status, Some(body))
}

fn route(
    method: &str,
    target: &str,
    body: &[u8],
    users: &mut Vec<Map<String, Value>>,
) -> (u16, Option<Value>) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let Some(path) = path.strip_prefix("/v1.0/") else {
        return error(404, "NotFound", "the stand-in serves v1.0 only");
    };
    let segments: Vec<&str> = path.split('/').collect();
    let object = || -> Option<Map<String, Value>> {
        match serde_json::from_slice(body) {
            Ok(Value::Object(object)) => Some(object),
            _ => None,
        }
    };
    match (method, segments.as_slice()) {
        ("POST", ["users"]) => {
            let Some(mut user) = object() else {
                return error(400, "BadRequest", "a user object was expected");
            };
            if user.contains_key("id") {
                return error(400, "BadRequest", "'id' is read-only");
            }
            for required in ["displayName", "mailNickname", "userPrincipalName"] {
                if !user.contains_key(required) {
                    return error(400, "BadRequest", &format!("'{required}' is required"));
                }
            }
            user.insert("id".into(), format!("user-{}", users.len() + 1).into());
            users.push(user.clone());
            user.insert(
                "@odata.context".into(),
                format!("{ROOT}/$metadata#users/$entity").into(),
            );
            (201, Some(Value::Object(user)))
        }
        ("GET", ["users"]) => {
            let value: Vec<Value> = users.iter().cloned().map(Value::Object).collect();
            (
                200,
                Some(json!({"@odata.context": format!("{ROOT}/$metadata#users"), "value": value})),
            )
        }
        ("GET" | "PATCH", ["users", id]) => {
            let Some(user) = users
                .iter_mut()
                .find(|user| user.get("id").and_then(Value::as_str) == Some(*id))
            else {
                return error(
                    404,
                    "Request_ResourceNotFound",
                    &format!("Resource '{id}' does not exist."),
                );
            };
            if method == "GET" {
                return (200, Some(Value::Object(user.clone())));
            }
            let Some(changes) = object() else {
                return error(400, "BadRequest", "a user object was expected");
            };
            for (name, value) in changes {
                if name != "@odata.type" {
                    user.insert(name, value);
                }
            }
            (204, None)
        }
        ("GET", ["groups"]) => {
            let start: usize = query
                .strip_prefix("$skiptoken=")
                .and_then(|token| token.parse().ok())
                .unwrap_or(0);
            let names = ["Finance", "Marketing", "Sales", "Engineering", "Legal"];
            let value: Vec<Value> = names
                .iter()
                .enumerate()
                .skip(start)
                .take(PAGE_SIZE)
                .map(|(index, name)| {
                    json!({
                        "id": format!("group-{}", index + 1),
                        "displayName": name,
                        "mailEnabled": false,
                        "securityEnabled": true,
                        "mailNickname": name.to_lowercase(),
                        "groupTypes": [],
                    })
                })
                .collect();
            let mut page =
                json!({"@odata.context": format!("{ROOT}/$metadata#groups"), "value": value});
            if start + PAGE_SIZE < names.len() {
                if let Some(page) = page.as_object_mut() {
                    page.insert(
                        "@odata.nextLink".into(),
                        format!("{ROOT}/groups?$skiptoken={}", start + PAGE_SIZE).into(),
                    );
                }
            }
            (200, Some(page))
        }
        ("GET", ["users", _, "messages", id]) => {
            let mut message = json!({
                "@odata.context": format!("{ROOT}/$metadata#users('adele')/messages/$entity"),
                "@odata.etag": "W/\"CQAAABYAAAB\"",
                "id": id,
                "subject": "Quarterly report",
                "hasAttachments": true,
                "importance": "normal",
                "body": {"contentType": "html", "content": "<p>See attached.</p>"},
                "from": {"emailAddress": {"name": "Megan Bowen", "address": "megan@contoso.com"}},
                "receivedDateTime": "2025-03-01T09:30:00Z",
            });
            if query == "$expand=attachments" {
                if let Some(message) = message.as_object_mut() {
                    message.insert("attachments".into(), attachments());
                }
            }
            (200, Some(message))
        }
        ("GET", ["users", _, "messages", _, "attachments"]) => (
            200,
            Some(
                json!({"@odata.context": format!("{ROOT}/$metadata#attachments"), "value": attachments()}),
            ),
        ),
        _ => error(
            400,
            "BadRequest",
            &format!("Resource not found for the segment '{path}'."),
        ),
    }
}

/// A message's attachments, one of each derived type Graph sends.
fn attachments() -> Value {
    json!([
        {
            "@odata.type": "#microsoft.graph.fileAttachment",
            "id": "attachment-1",
            "name": "report.txt",
            "contentType": "text/plain",
            "size": 110,
            "isInline": false,
            "lastModifiedDateTime": "2025-03-01T09:29:00Z",
            "contentBytes": "UTEgcmVwb3J0OiBhbGwgZ29vZC4="
        },
        {
            "@odata.type": "#microsoft.graph.itemAttachment",
            "id": "attachment-2",
            "name": "Kick-off meeting",
            "contentType": null,
            "size": 3250,
            "isInline": false,
            "lastModifiedDateTime": "2025-03-01T09:29:30Z"
        },
        {
            "@odata.type": "#microsoft.graph.referenceAttachment",
            "id": "attachment-3",
            "name": "Budget.xlsx",
            "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "size": 512,
            "isInline": false,
            "lastModifiedDateTime": "2025-03-01T09:29:45Z"
        }
    ])
}

/// A plain-HTTP client that sends requests built for the global cloud to the stand-in:
/// method, path, query, headers and body unchanged; only scheme and authority change.
pub struct Client {
    agent: ureq::Agent,
    stand_in_url: String,
}

impl Client {
    /// A client for the stand-in at `stand_in_url` (`http://127.0.0.1:{port}`).
    pub fn new(stand_in_url: &str) -> Client {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        Client {
            agent,
            stand_in_url: stand_in_url.to_owned(),
        }
    }

    /// Sends `request` and returns the response with its whole body.
    pub fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Box<dyn Error + Send + Sync>> {
        let (mut parts, body) = request.into_parts();
        let target = parts.uri.to_string();
        let Some(path_and_query) = target.strip_prefix(GLOBAL_ROOT) else {
            return Err(format!("{target} is not on the global cloud the stand-in plays").into());
        };
        parts.uri = format!("{}{path_and_query}", self.stand_in_url).parse()?;
        // An empty body is no body: GET and DELETE go without one.
        let response = if body.is_empty() {
            self.agent.run(http::Request::from_parts(parts, ()))?
        } else {
            self.agent.run(http::Request::from_parts(parts, body))?
        };
        let (parts, mut body) = response.into_parts();
        let bytes = body.read_to_vec()?;
        Ok(http::Response::from_parts(parts, bytes))
    }
}
