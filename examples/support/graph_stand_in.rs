//! A Microsoft Graph stand-in for the seed entities, and a plain-HTTP client that sends
//! requests built for the global cloud to it. Shared by `examples/send.rs` and
//! `tests/http_e2e.rs` (each includes this file with `#[path]`).
//!
//! The server is a real HTTP server (`tiny_http`) on 127.0.0.1, on a port the system picks.
//! It answers as Graph's beta API does for `remoteActionAudits` and `securityActions`:
//! server ids, `@odata.context`, Graph error bodies, pages of two with `@odata.nextLink`, and
//! the evolvable-enum rules (`Prefer: include-unknown-enum-members`) for `action`. It records
//! every request as it arrived on the wire. It stops by itself after
//! [`StandIn::MAX_REQUESTS`] requests or [`StandIn::LIFETIME`], and when dropped.
#![allow(dead_code)]

use std::error::Error;
use std::io::Read as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

/// The root that requests are built for and that `@odata.nextLink`s point to: the stand-in
/// plays the global cloud.
pub const GLOBAL_ROOT: &str = "https://graph.microsoft.com";

/// `remoteAction` members after `unknownFutureValue`, as Graph's beta schema lists them:
/// written here, not taken from the models, so the stand-in checks the client independently.
const EVOLVABLE_REMOTE_ACTIONS: &[&str] = &[
    "launchRemoteHelp",
    "revokeAppleVppLicenses",
    "removeDeviceFirmwareConfigurationInterfaceManagement",
    "pauseConfigurationRefresh",
    "initiateDeviceAttestation",
    "changeAssignments",
    "delete",
    "suspendManagedHomeScreen",
    "restoreManagedHomeScreen",
];

const PREFER_UNKNOWN: &str = "include-unknown-enum-members";
const PAGE_SIZE: usize = 2;
const MAX_BODY: u64 = 1 << 20;

/// One request as it arrived.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request target: path and query, exactly as sent.
    pub target: String,
    /// The headers, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of header `name` (any case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// The running stand-in.
pub struct StandIn {
    server: Arc<tiny_http::Server>,
    url: String,
    log: Arc<Mutex<Vec<Recorded>>>,
    thread: Option<JoinHandle<()>>,
}

impl StandIn {
    /// Requests served before it stops.
    pub const MAX_REQUESTS: usize = 100;
    /// How long it serves at most.
    pub const LIFETIME: Duration = Duration::from_secs(60);

    /// Starts the stand-in on 127.0.0.1, on an ephemeral port.
    pub fn start() -> Result<StandIn, Box<dyn Error + Send + Sync>> {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0")?);
        let address = server
            .server_addr()
            .to_ip()
            .ok_or("the stand-in is not listening on an IP address")?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let thread = std::thread::Builder::new()
            .name("graph-stand-in".into())
            .spawn({
                let server = Arc::clone(&server);
                let log = Arc::clone(&log);
                move || serve(&server, &log)
            })?;
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

    /// The requests received since the last call, in order.
    pub fn take_received(&self) -> Vec<Recorded> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(PoisonError::into_inner))
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

/// Serves until the request budget, the lifetime or an unblock ends it.
fn serve(server: &tiny_http::Server, log: &Mutex<Vec<Recorded>>) {
    let deadline = Instant::now() + StandIn::LIFETIME;
    let mut graph = Graph::new();
    for number in 1..=StandIn::MAX_REQUESTS {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let mut request = match server.recv_timeout(remaining) {
            Ok(Some(request)) => request,
            Ok(None) => return,
            Err(_) => continue,
        };
        let mut body = Vec::new();
        let _ = request.as_reader().take(MAX_BODY).read_to_end(&mut body);
        let recorded = Recorded {
            method: request.method().as_str().to_owned(),
            target: request.url().to_owned(),
            headers: request
                .headers()
                .iter()
                .map(|header| {
                    (
                        header.field.as_str().as_str().to_owned(),
                        header.value.as_str().to_owned(),
                    )
                })
                .collect(),
            body,
        };
        let answer = graph.answer(&recorded, number);
        log.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(recorded);
        let _ = request.respond(answer.into_response());
    }
}

/// A response to send.
struct Answer {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    fn json(status: u16, body: &Value) -> Answer {
        Answer {
            status,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            headers: Vec::new(),
        }
    }

    fn no_content() -> Answer {
        Answer {
            status: 204,
            content_type: "",
            body: Vec::new(),
            headers: Vec::new(),
        }
    }

    fn into_response(self) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
        let mut response = tiny_http::Response::from_data(self.body).with_status_code(self.status);
        let content_type = (!self.content_type.is_empty())
            .then_some(("Content-Type", self.content_type.to_owned()));
        for (name, value) in content_type.into_iter().chain(self.headers) {
            if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        response
    }
}

/// One collection the stand-in serves.
struct Collection {
    /// The path under `/beta`.
    path: &'static str,
    odata_type: &'static str,
    id_prefix: &'static str,
    /// Whether PATCH answers 200 with the entity (else 204).
    update_returns_entity: bool,
    deletable: bool,
    /// Whether Graph sets `createdDateTime`.
    stamps_creation: bool,
    /// The property holding an evolvable `remoteAction`, if any.
    evolvable: Option<&'static str>,
    items: Vec<(String, Map<String, Value>)>,
    created: usize,
}

/// The stand-in's state.
struct Graph {
    collections: Vec<Collection>,
}

/// Where a request points.
enum Route {
    Collection(usize),
    Item(usize, String),
}

impl Graph {
    fn new() -> Graph {
        Graph {
            collections: vec![
                Collection {
                    path: "/deviceManagement/remoteActionAudits",
                    odata_type: "#microsoft.graph.remoteActionAudit",
                    id_prefix: "audit",
                    update_returns_entity: true,
                    deletable: true,
                    stamps_creation: false,
                    evolvable: Some("action"),
                    items: Vec::new(),
                    created: 0,
                },
                Collection {
                    path: "/security/securityActions",
                    odata_type: "#microsoft.graph.securityAction",
                    id_prefix: "action",
                    update_returns_entity: false,
                    deletable: false,
                    stamps_creation: true,
                    evolvable: None,
                    items: Vec::new(),
                    created: 0,
                },
            ],
        }
    }

    fn answer(&mut self, request: &Recorded, number: usize) -> Answer {
        let request_id = format!("00000000-0000-4000-8000-{number:012}");
        let mut answer = self.route(request, &request_id);
        answer.headers.push(("request-id", request_id));
        if prefers_unknown(request) {
            answer
                .headers
                .push(("Preference-Applied", PREFER_UNKNOWN.to_owned()));
        }
        answer
    }

    fn route(&mut self, request: &Recorded, request_id: &str) -> Answer {
        let error = |status, code, message: &str| graph_error(status, code, message, request_id);
        let (path, query) = match request.target.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (request.target.as_str(), None),
        };
        let Some(path) = path.strip_prefix("/beta") else {
            return Answer {
                status: 404,
                content_type: "text/plain",
                body: b"The stand-in serves the beta API only.".to_vec(),
                headers: Vec::new(),
            };
        };
        let Some(route) = self.find(path) else {
            return error(
                400,
                "BadRequest",
                &format!("Resource not found for the segment '{path}'."),
            );
        };
        let authorized = request
            .header("authorization")
            .and_then(|value| value.strip_prefix("Bearer "))
            .is_some_and(|token| !token.is_empty());
        if !authorized {
            return error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        let prefer = prefers_unknown(request);
        match (request.method.as_str(), route) {
            ("POST", Route::Collection(index)) => {
                let body = match json_object(request) {
                    Ok(body) => body,
                    Err((status, code, message)) => return error(status, code, &message),
                };
                let collection = &mut self.collections[index];
                if let Err(message) = collection.check(&body, prefer, true) {
                    return error(400, "BadRequest", &message);
                }
                collection.created += 1;
                let id = format!("{}-{:04}", collection.id_prefix, collection.created);
                let mut entity = Map::new();
                entity.insert("@odata.type".into(), collection.odata_type.into());
                entity.insert("id".into(), id.clone().into());
                if collection.stamps_creation {
                    entity.insert("createdDateTime".into(), "2025-01-01T00:00:00Z".into());
                }
                entity.extend(body.into_iter().filter(|(key, _)| key != "@odata.type"));
                collection.items.push((id, entity.clone()));
                Answer::json(201, &collection.render(entity, prefer, "/$entity"))
            }
            ("GET", Route::Collection(index)) => {
                let skip = match query
                    .map(|query| query.strip_prefix("$skiptoken=").map(str::parse::<usize>))
                {
                    None => 0,
                    Some(Some(Ok(skip))) => skip,
                    Some(_) => {
                        return error(
                            400,
                            "BadRequest",
                            "Only $skiptoken=N is supported by the stand-in.",
                        )
                    }
                };
                let collection = &self.collections[index];
                let value: Vec<Value> = collection
                    .items
                    .iter()
                    .skip(skip)
                    .take(PAGE_SIZE)
                    .map(|(_, entity)| collection.render_item(entity.clone(), prefer))
                    .collect();
                let mut page = json!({
                    "@odata.context": format!("{GLOBAL_ROOT}/beta/$metadata#{}", &collection.path[1..]),
                    "value": value,
                });
                if skip + PAGE_SIZE < collection.items.len() {
                    page["@odata.nextLink"] = Value::from(format!(
                        "{GLOBAL_ROOT}/beta{}?$skiptoken={}",
                        collection.path,
                        skip + PAGE_SIZE
                    ));
                }
                Answer::json(200, &page)
            }
            (method, Route::Item(index, id)) => {
                let collection = &mut self.collections[index];
                let Some(position) = collection.items.iter().position(|(key, _)| *key == id) else {
                    return error(
                        404,
                        "ResourceNotFound",
                        &format!("No {} with id '{id}' exists.", collection.odata_type),
                    );
                };
                match method {
                    "GET" => {
                        let entity = collection.items[position].1.clone();
                        Answer::json(200, &collection.render(entity, prefer, "/$entity"))
                    }
                    "PATCH" => {
                        let body = match json_object(request) {
                            Ok(body) => body,
                            Err((status, code, message)) => return error(status, code, &message),
                        };
                        if let Err(message) = collection.check(&body, prefer, false) {
                            return error(400, "BadRequest", &message);
                        }
                        let sentinel_ignored = collection.evolvable.filter(|property| {
                            body.get(*property).and_then(Value::as_str)
                                == Some("unknownFutureValue")
                        });
                        let entity = &mut collection.items[position].1;
                        for (key, value) in body {
                            // PATCH with the sentinel leaves the value as it was (guideline).
                            if key != "@odata.type" && Some(key.as_str()) != sentinel_ignored {
                                entity.insert(key, value);
                            }
                        }
                        if collection.update_returns_entity {
                            let entity = entity.clone();
                            Answer::json(200, &collection.render(entity, prefer, "/$entity"))
                        } else {
                            Answer::no_content()
                        }
                    }
                    "DELETE" if collection.deletable => {
                        collection.items.remove(position);
                        Answer::no_content()
                    }
                    _ => error(
                        405,
                        "Request_BadRequest",
                        &format!("{method} is not allowed on this resource."),
                    ),
                }
            }
            (method, Route::Collection(_)) => error(
                405,
                "Request_BadRequest",
                &format!("{method} is not allowed on this resource."),
            ),
        }
    }

    /// The collection or item at `path` (under `/beta`), with the item's id decoded.
    fn find(&self, path: &str) -> Option<Route> {
        self.collections
            .iter()
            .enumerate()
            .find_map(|(index, collection)| {
                let rest = path.strip_prefix(collection.path)?;
                if rest.is_empty() {
                    return Some(Route::Collection(index));
                }
                let segment = rest.strip_prefix('/')?;
                if segment.is_empty() || segment.contains('/') {
                    return None;
                }
                Some(Route::Item(index, percent_decode(segment)?))
            })
    }
}

impl Collection {
    /// Graph's checks of a body: its `@odata.type`, and the evolvable-enum rules.
    fn check(&self, body: &Map<String, Value>, prefer: bool, create: bool) -> Result<(), String> {
        if let Some(odata_type) = body.get("@odata.type") {
            if odata_type.as_str().map(|name| name.trim_start_matches('#'))
                != Some(&self.odata_type[1..])
            {
                return Err(format!(
                    "The @odata.type {odata_type} does not match {}.",
                    self.odata_type
                ));
            }
        }
        let Some(property) = self.evolvable else {
            return Ok(());
        };
        match body.get(property).and_then(Value::as_str) {
            Some("unknownFutureValue") if create => Err(format!(
                "Invalid value 'unknownFutureValue' for property '{property}': it is a sentinel, not a member."
            )),
            Some(member) if !prefer && EVOLVABLE_REMOTE_ACTIONS.contains(&member) => Err(format!(
                "The value '{member}' of property '{property}' needs the header 'Prefer: {PREFER_UNKNOWN}'."
            )),
            _ => Ok(()),
        }
    }

    /// An entity as Graph answers it, with `@odata.context`.
    fn render(&self, entity: Map<String, Value>, prefer: bool, suffix: &str) -> Value {
        let mut answer = Map::new();
        answer.insert(
            "@odata.context".into(),
            format!("{GLOBAL_ROOT}/beta/$metadata#{}{suffix}", &self.path[1..]).into(),
        );
        if let Value::Object(entity) = self.render_item(entity, prefer) {
            answer.extend(entity);
        }
        Value::Object(answer)
    }

    /// An entity as Graph answers it: evolvable members hidden unless asked for.
    fn render_item(&self, mut entity: Map<String, Value>, prefer: bool) -> Value {
        if let Some(property) = self.evolvable {
            let hidden = entity
                .get(property)
                .and_then(Value::as_str)
                .is_some_and(|member| EVOLVABLE_REMOTE_ACTIONS.contains(&member));
            if hidden && !prefer {
                entity.insert(property.into(), "unknownFutureValue".into());
            }
        }
        Value::Object(entity)
    }
}

fn prefers_unknown(request: &Recorded) -> bool {
    request
        .header("prefer")
        .is_some_and(|value| value.split(',').any(|item| item.trim() == PREFER_UNKNOWN))
}

/// The request's JSON object body, or the Graph error for it.
fn json_object(request: &Recorded) -> Result<Map<String, Value>, (u16, &'static str, String)> {
    let json = request
        .header("content-type")
        .is_some_and(|value| value.starts_with("application/json"));
    if !json {
        return Err((
            415,
            "UnsupportedMediaType",
            "The content type must be application/json.".into(),
        ));
    }
    match serde_json::from_slice(&request.body) {
        Ok(Value::Object(body)) => Ok(body),
        _ => Err((
            400,
            "BadRequest",
            "Unable to read JSON request payload.".into(),
        )),
    }
}

fn graph_error(status: u16, code: &str, message: &str, request_id: &str) -> Answer {
    Answer::json(
        status,
        &json!({"error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": "2025-01-01T00:00:00",
                "request-id": request_id,
                "client-request-id": request_id,
            }
        }}),
    )
}

/// `%XX` decoded; `None` if that does not give UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while let Some(&byte) = bytes.get(position) {
        if byte == b'%' {
            let hex = std::str::from_utf8(bytes.get(position + 1..position + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            position += 3;
        } else {
            decoded.push(byte);
            position += 1;
        }
    }
    String::from_utf8(decoded).ok()
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
