//! The seed operations over real HTTP: requests built by the crate, sent with a real client
//! (`ureq`) to a Graph stand-in on 127.0.0.1 (`tiny_http`), checked byte for byte as they
//! arrived, and the answers read back: 201 with a server id, 200, 204, two pages, a 400 and
//! a 401 Graph error, a 404 Graph error, and a status that is not Graph's.

mod common;
#[path = "../examples/support/graph_stand_in.rs"]
mod stand_in;

use common::*;
use graph_entity::models::{
    ActionState, OperationStatus, RemoteAction, RemoteActionAudit, SecurityAction,
};
use graph_entity::{
    Cloud, DateTimeOffset, EntityHttp, Extra, GraphEntity, Operation, Payload, RequestError,
    RequestOptions, ResponseError,
};
use http::StatusCode;
use serde_json::{json, Value};
use stand_in::{Client, Recorded, StandIn};

const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.e30.stand-in";

/// A stand-in and a client for it.
struct Wire {
    stand_in: StandIn,
    client: Client,
}

/// What came back.
struct Answer {
    status: StatusCode,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

impl Wire {
    fn start() -> Wire {
        let stand_in = StandIn::start().unwrap();
        let client = Client::new(stand_in.url());
        Wire { stand_in, client }
    }

    /// Sends `request`, asserts it arrived exactly as built (method, path and query,
    /// every header, body bytes), and returns what arrived and what came back.
    fn exchange(&self, request: http::Request<Vec<u8>>) -> (Recorded, Answer) {
        let method = request.method().clone();
        let target = request.uri().path_and_query().unwrap().as_str().to_owned();
        let headers = request.headers().clone();
        let body = request.body().clone();
        let response = self.client.send(request).unwrap();
        let mut received = self.stand_in.take_received();
        assert_eq!(received.len(), 1, "one request arrives per exchange");
        let arrived = received.remove(0);
        assert_eq!(arrived.method, method.as_str());
        assert_eq!(arrived.target, target);
        for (name, value) in &headers {
            let sent: Vec<&str> = arrived
                .headers
                .iter()
                .filter(|(field, _)| field.eq_ignore_ascii_case(name.as_str()))
                .map(|(_, value)| value.as_str())
                .collect();
            assert_eq!(sent, [value.to_str().unwrap()], "header {name}");
        }
        assert_eq!(arrived.body, body, "body bytes");
        let (parts, body) = response.into_parts();
        (
            arrived,
            Answer {
                status: parts.status,
                headers: parts.headers,
                body,
            },
        )
    }
}

fn options() -> RequestOptions {
    RequestOptions::new(Cloud::Global)
        .bearer_token(TOKEN)
        .unwrap()
}

/// Seed 003's create request with its placeholders filled in as a user would.
fn seed_003_filled() -> Vec<u8> {
    let mut body = seed_examples(SEED_003)[0].value();
    body["completedDateTime"] = json!("2025-01-01T10:00:00Z");
    body["lastActionDateTime"] = json!("2025-01-01T10:05:00Z");
    body["parameters"][0]["name"] = json!("url");
    body["parameters"][0]["value"] = json!("http://malware.example");
    body["status"] = json!("NotStarted");
    body["vendorInformation"]["vendor"] = json!("Microsoft");
    body.to_string().into_bytes()
}

fn header<'a>(arrived: &'a Recorded, name: &str) -> Option<&'a str> {
    arrived.header(name)
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

#[test]
fn seed_creates_and_updates_go_over_http_byte_for_byte() {
    let wire = Wire::start();
    let options = options();

    // Create remoteActionAudit: seed 001's request.
    let seed = &seed_examples(SEED_001)[0];
    let payload = Payload::<RemoteActionAudit>::create_from_json(seed.json.as_bytes()).unwrap();
    let request = payload
        .request_with(&options, &RemoteActionAudit::location())
        .unwrap();
    let sent_body = request.body().clone();
    let (arrived, answer) = wire.exchange(request);
    assert_eq!(arrived.method, "POST");
    assert_eq!(arrived.target, "/beta/deviceManagement/remoteActionAudits");
    assert_eq!(header(&arrived, "content-type"), Some("application/json"));
    assert_eq!(header(&arrived, "accept"), Some("application/json"));
    assert_eq!(
        header(&arrived, "prefer"),
        Some("include-unknown-enum-members")
    );
    assert_eq!(
        header(&arrived, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(arrived.body, payload.to_json().unwrap());
    assert_eq!(
        json_of(&sent_body),
        with_canonical_odata_types(&seed.value())
    );
    assert_eq!(answer.status, StatusCode::CREATED);
    assert_eq!(
        answer.headers["preference-applied"],
        "include-unknown-enum-members"
    );
    let created = RemoteActionAudit::read_create_response(answer.status, &answer.body).unwrap();
    let id = created.id.clone().unwrap();
    assert_eq!(id, "audit-0001");
    assert_eq!(created.action, Some(RemoteAction::FactoryReset));
    assert_eq!(created.action_state, Some(ActionState::Pending));
    assert_eq!(
        created.extra.get("@odata.context"),
        Some(json!("https://graph.microsoft.com/beta/$metadata#deviceManagement/remoteActionAudits/$entity"))
    );

    // Update remoteActionAudit: seed 002's request, with the server's id in the path.
    let seed = &seed_examples(SEED_002)[0];
    let payload = Payload::<RemoteActionAudit>::update_from_json(seed.json.as_bytes()).unwrap();
    let (arrived, answer) = wire.exchange(
        payload
            .request_with(&options, &RemoteActionAudit::location().item(&id))
            .unwrap(),
    );
    assert_eq!(arrived.method, "PATCH");
    assert_eq!(
        arrived.target,
        "/beta/deviceManagement/remoteActionAudits/audit-0001"
    );
    assert_eq!(arrived.body, payload.to_json().unwrap());
    assert_eq!(answer.status, StatusCode::OK);
    let updated = RemoteActionAudit::read_update_response(answer.status, &answer.body)
        .unwrap()
        .unwrap();
    assert_eq!(updated.id.as_deref(), Some("audit-0001"));
    assert_eq!(
        updated.device_display_name,
        payload.entity().device_display_name
    );
    assert_eq!(
        updated.device_action_details,
        payload.entity().device_action_details
    );

    // Create securityAction: seed 003's request, filled in. No enum of it needs `Prefer`.
    let body = seed_003_filled();
    let payload = Payload::<SecurityAction>::create_from_json(&body).unwrap();
    let (arrived, answer) = wire.exchange(
        payload
            .request_with(&options, &SecurityAction::location())
            .unwrap(),
    );
    assert_eq!(arrived.method, "POST");
    assert_eq!(arrived.target, "/beta/security/securityActions");
    assert_eq!(header(&arrived, "prefer"), None);
    assert_eq!(header(&arrived, "content-type"), Some("application/json"));
    assert_eq!(arrived.body, payload.to_json().unwrap());
    assert_eq!(answer.status, StatusCode::CREATED);
    let action = SecurityAction::read_create_response(answer.status, &answer.body).unwrap();
    assert_eq!(action.id.as_deref(), Some("action-0001"));
    assert_eq!(
        action.created_date_time,
        Some(DateTimeOffset::parse("2025-01-01T00:00:00Z").unwrap())
    );
    assert_eq!(action.status, Some(OperationStatus::NotStarted));

    // Update securityAction: the stand-in answers 204, as many Graph PATCHes do.
    let change = SecurityAction {
        status: Some(OperationStatus::Running),
        ..SecurityAction::default()
    };
    let payload = Payload::update(change).unwrap();
    let (arrived, answer) = wire.exchange(
        payload
            .request_with(&options, &SecurityAction::location().item("action-0001"))
            .unwrap(),
    );
    assert_eq!(arrived.method, "PATCH");
    assert_eq!(arrived.target, "/beta/security/securityActions/action-0001");
    assert_eq!(
        arrived.body,
        br##"{"@odata.type":"#microsoft.graph.securityAction","status":"Running"}"##
    );
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    assert!(answer.body.is_empty());
    assert_eq!(
        SecurityAction::read_update_response(answer.status, &answer.body).unwrap(),
        None
    );

    // Get both: what the updates changed is there.
    let (arrived, answer) = wire.exchange(
        SecurityAction::get_request(&options, &SecurityAction::location().item("action-0001"))
            .unwrap(),
    );
    assert_eq!(arrived.method, "GET");
    assert!(arrived.body.is_empty());
    assert_eq!(header(&arrived, "content-type"), None);
    assert_eq!(header(&arrived, "content-length"), None);
    let action = SecurityAction::read_get_response(answer.status, &answer.body).unwrap();
    assert_eq!(action.status, Some(OperationStatus::Running));
    assert_eq!(action.name.as_deref(), Some("String"));

    let (arrived, answer) = wire.exchange(
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(&id)).unwrap(),
    );
    assert_eq!(
        arrived.target,
        "/beta/deviceManagement/remoteActionAudits/audit-0001"
    );
    assert_eq!(
        header(&arrived, "prefer"),
        Some("include-unknown-enum-members")
    );
    let audit = RemoteActionAudit::read_get_response(answer.status, &answer.body).unwrap();
    assert_eq!(audit, updated);
}

fn audit(action: RemoteAction, device: &str) -> RemoteActionAudit {
    RemoteActionAudit {
        device_display_name: Some(device.into()),
        action: Some(action),
        action_state: Some(ActionState::Done),
        request_date_time: Some(DateTimeOffset::parse("2025-01-01T00:00:00Z").unwrap()),
        ..RemoteActionAudit::default()
    }
}

fn create(wire: &Wire, options: &RequestOptions, audit: RemoteActionAudit) -> RemoteActionAudit {
    let request = Payload::create(audit)
        .unwrap()
        .request_with(options, &RemoteActionAudit::location())
        .unwrap();
    let (_, answer) = wire.exchange(request);
    RemoteActionAudit::read_create_response(answer.status, &answer.body).unwrap()
}

#[test]
fn a_list_follows_next_link_over_two_pages() {
    let wire = Wire::start();
    let options = options();
    for device in ["d1", "d2", "d3"] {
        create(&wire, &options, audit(RemoteAction::RemoteLock, device));
    }

    let (arrived, answer) = wire.exchange(
        RemoteActionAudit::list_request(&options, &RemoteActionAudit::location()).unwrap(),
    );
    assert_eq!(arrived.method, "GET");
    assert_eq!(arrived.target, "/beta/deviceManagement/remoteActionAudits");
    let first = RemoteActionAudit::read_list_response(answer.status, &answer.body).unwrap();
    assert_eq!(first.value().len(), 2);
    assert_eq!(
        first.next_link(),
        Some("https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits?$skiptoken=2")
    );

    let next = first.next_request(&options).unwrap().unwrap();
    let (arrived, answer) = wire.exchange(next);
    assert_eq!(
        arrived.target,
        "/beta/deviceManagement/remoteActionAudits?$skiptoken=2"
    );
    assert_eq!(
        header(&arrived, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        header(&arrived, "prefer"),
        Some("include-unknown-enum-members")
    );
    let second = RemoteActionAudit::read_list_response(answer.status, &answer.body).unwrap();
    assert_eq!(second.next_link(), None);
    assert!(second.next_request(&options).unwrap().is_none());

    let devices: Vec<_> = first
        .into_value()
        .into_iter()
        .chain(second.into_value())
        .map(|audit| (audit.id.unwrap(), audit.device_display_name.unwrap()))
        .collect();
    assert_eq!(
        devices,
        [
            ("audit-0001".to_owned(), "d1".to_owned()),
            ("audit-0002".to_owned(), "d2".to_owned()),
            ("audit-0003".to_owned(), "d3".to_owned())
        ]
    );

    // securityAction lists too, on one page, without `Prefer`.
    let (arrived, answer) =
        wire.exchange(SecurityAction::list_request(&options, &SecurityAction::location()).unwrap());
    assert_eq!(header(&arrived, "prefer"), None);
    let page = SecurityAction::read_list_response(answer.status, &answer.body).unwrap();
    assert!(page.value().is_empty());
    assert_eq!(page.next_link(), None);
}

#[test]
fn delete_then_get_is_a_typed_404() {
    let wire = Wire::start();
    let options = options();
    let id = create(&wire, &options, audit(RemoteAction::RebootNow, "d"))
        .id
        .unwrap();

    let (arrived, answer) = wire.exchange(
        RemoteActionAudit::delete_request(&options, &RemoteActionAudit::location().item(&id))
            .unwrap(),
    );
    assert_eq!(arrived.method, "DELETE");
    assert_eq!(
        arrived.target,
        "/beta/deviceManagement/remoteActionAudits/audit-0001"
    );
    assert!(arrived.body.is_empty());
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    RemoteActionAudit::read_delete_response(answer.status, &answer.body).unwrap();

    let (_, answer) = wire.exchange(
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(&id)).unwrap(),
    );
    let error = RemoteActionAudit::read_get_response(answer.status, &answer.body).unwrap_err();
    let graph = error.graph_error().unwrap();
    assert_eq!(graph.status(), StatusCode::NOT_FOUND);
    assert_eq!(graph.code(), "ResourceNotFound");
    assert_eq!(
        graph.message(),
        "No #microsoft.graph.remoteActionAudit with id 'audit-0001' exists."
    );
    assert_eq!(
        graph.request_id(),
        Some(answer.headers["request-id"].to_str().unwrap())
    );
    assert_eq!(graph.date(), Some("2025-01-01T00:00:00"));
    assert_eq!(error.body(), answer.body);
    assert_eq!(
        RemoteActionAudit::read_delete_response(answer.status, &answer.body)
            .unwrap_err()
            .status(),
        StatusCode::NOT_FOUND
    );

    // securityAction has no delete: nothing is built, nothing is sent.
    assert_eq!(
        SecurityAction::delete_request(&options, &SecurityAction::location().item("action-0001"))
            .unwrap_err(),
        RequestError::Unsupported {
            entity: "microsoft.graph.securityAction",
            operation: Operation::Delete
        }
    );
}

#[test]
fn evolvable_members_need_the_prefer_header_which_is_sent_by_default() {
    let wire = Wire::start();
    let without = options().include_unknown_enum_members(false);

    // Without `Prefer`, Graph refuses a member listed after unknownFutureValue: a 400.
    let payload = Payload::create(audit(RemoteAction::LaunchRemoteHelp, "d")).unwrap();
    let (arrived, answer) = wire.exchange(
        payload
            .request_with(&without, &RemoteActionAudit::location())
            .unwrap(),
    );
    assert_eq!(header(&arrived, "prefer"), None);
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let error = RemoteActionAudit::read_create_response(answer.status, &answer.body).unwrap_err();
    let ResponseError::Graph(graph) = &error else {
        panic!("expected a Graph error, got {error:?}");
    };
    assert_eq!(graph.code(), "BadRequest");
    assert_eq!(
        graph.message(),
        "The value 'launchRemoteHelp' of property 'action' needs the header 'Prefer: include-unknown-enum-members'."
    );
    assert_eq!(
        graph.error(),
        json_of(&answer.body)["error"].as_object().unwrap()
    );
    assert!(
        error.to_string().starts_with(
            "Graph answered 400 Bad Request: BadRequest: The value 'launchRemoteHelp'"
        ),
        "{error}"
    );

    // By default it is sent for remoteActionAudit, and the member goes through both ways.
    let (arrived, answer) = wire.exchange(
        payload
            .request_with(&options(), &RemoteActionAudit::location())
            .unwrap(),
    );
    assert_eq!(
        header(&arrived, "prefer"),
        Some("include-unknown-enum-members")
    );
    let created = RemoteActionAudit::read_create_response(answer.status, &answer.body).unwrap();
    assert_eq!(created.action, Some(RemoteAction::LaunchRemoteHelp));
    let id = created.id.unwrap();

    // Without it, Graph hides the member behind the sentinel when reading.
    let (_, answer) = wire.exchange(
        RemoteActionAudit::get_request(&without, &RemoteActionAudit::location().item(&id)).unwrap(),
    );
    let hidden = RemoteActionAudit::read_get_response(answer.status, &answer.body).unwrap();
    assert_eq!(hidden.action, Some(RemoteAction::UnknownFutureValue));
    let (_, answer) = wire.exchange(
        RemoteActionAudit::get_request(&options(), &RemoteActionAudit::location().item(&id))
            .unwrap(),
    );
    let shown = RemoteActionAudit::read_get_response(answer.status, &answer.body).unwrap();
    assert_eq!(shown.action, Some(RemoteAction::LaunchRemoteHelp));

    // The sentinel itself is no member to create with: Graph answers 400 whatever the header.
    let payload = Payload::create(audit(RemoteAction::UnknownFutureValue, "d")).unwrap();
    let (_, answer) = wire.exchange(
        payload
            .request_with(&options(), &RemoteActionAudit::location())
            .unwrap(),
    );
    let error = RemoteActionAudit::read_create_response(answer.status, &answer.body).unwrap_err();
    assert_eq!(
        error.graph_error().map(|graph| graph.code()),
        Some("BadRequest")
    );
}

#[test]
fn no_id_changes_the_path_or_adds_a_query_on_the_wire() {
    let wire = Wire::start();
    let options = options();
    for (id, encoded) in [
        ("a/b", "a%2Fb"),
        ("x?y=1", "x%3Fy%3D1"),
        ("f#frag", "f%23frag"),
        ("100%", "100%25"),
        ("with space", "with%20space"),
        ("...", "%2E%2E%2E"),
        ("../../users", "%2E%2E%2F%2E%2E%2Fusers"),
        ("%2F", "%252F"),
        ("Ünïcødé-✓", "%C3%9Cn%C3%AFc%C3%B8d%C3%A9-%E2%9C%93"),
    ] {
        let (arrived, answer) = wire.exchange(
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(id))
                .unwrap(),
        );
        assert_eq!(
            arrived.target,
            format!("/beta/deviceManagement/remoteActionAudits/{encoded}"),
            "{id:?}"
        );
        // The stand-in decoded one segment back into the very id: it was data, not path.
        let error = RemoteActionAudit::read_get_response(answer.status, &answer.body).unwrap_err();
        assert_eq!(
            error.graph_error().unwrap().message(),
            format!("No #microsoft.graph.remoteActionAudit with id '{id}' exists."),
        );
    }
    assert!(matches!(
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item("")),
        Err(RequestError::Url(
            graph_entity::UrlError::EmptyArgument { .. }
        ))
    ));
    // `..` sent as `%2E%2E` is read as `..` by URL parsers: it is refused, never sent.
    for dots in [".", "..", "%2e", "%2E%2e"] {
        assert!(matches!(
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(dots)),
            Err(RequestError::Url(graph_entity::UrlError::DotSegment { .. }))
        ));
    }
}

/// `remoteActionAudit` declared by a user for v1.0, which the stand-in does not serve.
#[derive(GraphEntity, Debug)]
#[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "v1.0")]
struct V1Audit {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn other_statuses_and_bodies_keep_the_status_and_raw_body() {
    let wire = Wire::start();

    // No token: Graph's 401, typed.
    let anonymous = RequestOptions::new(Cloud::Global);
    let (arrived, answer) = wire.exchange(
        RemoteActionAudit::list_request(&anonymous, &RemoteActionAudit::location()).unwrap(),
    );
    assert_eq!(header(&arrived, "authorization"), None);
    let error = RemoteActionAudit::read_list_response(answer.status, &answer.body).unwrap_err();
    assert_eq!(error.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        error.graph_error().unwrap().code(),
        "InvalidAuthenticationToken"
    );
    assert!(error.to_string().contains("get a new one"), "{error}");

    // A 404 that is not Graph's error body.
    let (arrived, answer) =
        wire.exchange(V1Audit::get_request(&options(), &V1Audit::location().item("a1")).unwrap());
    assert_eq!(
        arrived.target,
        "/v1.0/deviceManagement/remoteActionAudits/a1"
    );
    let error = V1Audit::read_get_response(answer.status, &answer.body).unwrap_err();
    assert_eq!(
        error,
        ResponseError::UnexpectedStatus {
            operation: Operation::Get,
            status: StatusCode::NOT_FOUND,
            body: b"The stand-in serves the beta API only.".to_vec(),
        }
    );
    assert_eq!(
        error.to_string(),
        "get expected 200 OK, got 404 Not Found with the body \"The stand-in serves the beta API only.\" (not a Graph error); nothing at this path: check the id, the cloud and the API version"
    );
}

#[test]
fn the_send_example_runs_the_whole_flow_without_printing_the_token() {
    let output = std::process::Command::new(example_binary("send"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for line in [
        "> POST https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits",
        "> PATCH https://graph.microsoft.com/beta/security/securityActions/action-0001",
        "> GET https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits?$skiptoken=2",
        "> DELETE https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits/audit-0001",
        "> authorization: <hidden>",
        "< 201 Created",
        "< 204 No Content",
        "< 400 Bad Request",
        "< 401 Unauthorized",
        "< 404 Not Found",
    ] {
        assert!(
            stdout.lines().any(|printed| printed == line),
            "{line}\n{stdout}"
        );
    }
    assert!(!stdout.contains("stand-in-token"), "{stdout}");
}
