//! Reading responses, sans-IO: the entity for the operation's success status, Graph's error
//! body typed with every field kept, and anything else as an error that keeps the status and
//! the raw body. No input panics.

mod common;

use common::*;
use graph_entity::models::{RemoteAction, RemoteActionAudit, SecurityAction};
use graph_entity::{EntityHttp, GraphError, Operation, ResponseError};
use http::StatusCode;
use serde_json::json;

const BAD_REQUEST: &str = r#"{
  "error": {
    "code": "BadRequest",
    "message": "Invalid value for property 'action'.",
    "target": "action",
    "details": [{"code": "InvalidEnumValue", "message": "launchQuantumScan", "target": "action"}],
    "innerError": {
      "date": "2024-05-01T10:00:00",
      "request-id": "94fb3b52-452a-4535-a601-69e0a90e3aa2",
      "client-request-id": "5f8c9a0e-7b1d-4c3e-8f2a-1d6b9e0c4a7b",
      "innerError": {"code": "deeper"}
    },
    "futureField": [1, 2]
  }
}"#;

#[test]
fn seed_responses_read_for_their_operations() {
    for seed in [SEED_000, SEED_001] {
        let response = &seed_examples(seed)[1];
        assert_eq!(response.http_line, "HTTP/1.1 201 Created");
        let created =
            RemoteActionAudit::read_create_response(StatusCode::CREATED, response.json.as_bytes())
                .unwrap();
        assert!(created.id.is_some());
        assert_eq!(created.action, Some(RemoteAction::FactoryReset));
        assert_eq!(
            serde_json::to_value(&created).unwrap(),
            with_canonical_odata_types(&response.value())
        );
    }
    let response = &seed_examples(SEED_002)[1];
    assert_eq!(response.http_line, "HTTP/1.1 200 OK");
    let updated = RemoteActionAudit::read_update_response(StatusCode::OK, response.json.as_bytes())
        .unwrap()
        .unwrap();
    assert!(updated.device_action_details.is_some());
    assert_eq!(
        RemoteActionAudit::read_update_response(StatusCode::NO_CONTENT, b"").unwrap(),
        None
    );
    let got =
        RemoteActionAudit::read_get_response(StatusCode::OK, response.json.as_bytes()).unwrap();
    assert_eq!(got, updated);
    RemoteActionAudit::read_delete_response(StatusCode::NO_CONTENT, b"").unwrap();
}

#[test]
fn a_graph_error_is_typed_and_keeps_every_field() {
    let error =
        RemoteActionAudit::read_create_response(StatusCode::BAD_REQUEST, BAD_REQUEST.as_bytes())
            .unwrap_err();
    assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error.body(), BAD_REQUEST.as_bytes());
    let graph = error.graph_error().unwrap();
    assert_eq!(graph.code(), "BadRequest");
    assert_eq!(graph.message(), "Invalid value for property 'action'.");
    assert_eq!(graph.target(), Some("action"));
    assert_eq!(graph.details()[0]["code"], "InvalidEnumValue");
    assert_eq!(
        graph.request_id(),
        Some("94fb3b52-452a-4535-a601-69e0a90e3aa2")
    );
    assert_eq!(
        graph.client_request_id(),
        Some("5f8c9a0e-7b1d-4c3e-8f2a-1d6b9e0c4a7b")
    );
    assert_eq!(graph.date(), Some("2024-05-01T10:00:00"));
    assert_eq!(
        graph.inner_error().unwrap()["innerError"],
        json!({"code": "deeper"})
    );
    let sent: serde_json::Value = serde_json::from_str(BAD_REQUEST).unwrap();
    assert_eq!(
        &serde_json::Value::Object(graph.error().clone()),
        &sent["error"]
    );
    assert_eq!(
        error.to_string(),
        "Graph answered 400 Bad Request: BadRequest: Invalid value for property 'action'. \
         (request-id 94fb3b52-452a-4535-a601-69e0a90e3aa2, date 2024-05-01T10:00:00); \
         check the request body and its enum members against the schema"
    );

    // Any operation, any failing status; the lowercase `innererror` of some services too.
    let throttled = br#"{"error": {"code": "TooManyRequests", "message": "Slow down",
        "innererror": {"request-id": "r", "date": "d"}}}"#;
    for error in [
        SecurityAction::read_list_response(StatusCode::TOO_MANY_REQUESTS, throttled).unwrap_err(),
        SecurityAction::read_get_response(StatusCode::TOO_MANY_REQUESTS, throttled).unwrap_err(),
        RemoteActionAudit::read_delete_response(StatusCode::TOO_MANY_REQUESTS, throttled)
            .unwrap_err(),
        RemoteActionAudit::read_update_response(StatusCode::TOO_MANY_REQUESTS, throttled)
            .unwrap_err(),
    ] {
        let graph = error.graph_error().unwrap();
        assert_eq!(graph.request_id(), Some("r"));
        assert!(error
            .to_string()
            .ends_with("throttled: wait as the Retry-After header says, then retry"));
    }
    assert_eq!(
        GraphError::from_response(StatusCode::BAD_REQUEST, BAD_REQUEST.as_bytes())
            .map(|graph| graph.status()),
        Some(StatusCode::BAD_REQUEST)
    );
}

#[test]
fn other_statuses_keep_the_status_and_raw_body() {
    let html = b"<html><body>502 Bad Gateway</body></html>";
    let error = RemoteActionAudit::read_get_response(StatusCode::BAD_GATEWAY, html).unwrap_err();
    assert_eq!(
        error,
        ResponseError::UnexpectedStatus {
            operation: Operation::Get,
            status: StatusCode::BAD_GATEWAY,
            body: html.to_vec()
        }
    );
    assert_eq!(
        error.to_string(),
        "get expected 200 OK, got 502 Bad Gateway with the body \"<html><body>502 Bad Gateway</body></html>\" (not a Graph error); a fault at Graph: retry later, quoting the request-id"
    );
    assert!(format!("{error:?}").contains("502 Bad Gateway</body>"));

    // A success status other than the operation's is not taken for it.
    let body = seed_examples(SEED_001)[1].json.clone();
    let error =
        RemoteActionAudit::read_create_response(StatusCode::OK, body.as_bytes()).unwrap_err();
    assert!(matches!(
        error,
        ResponseError::UnexpectedStatus {
            status: StatusCode::OK,
            ..
        }
    ));
    assert!(error
        .to_string()
        .starts_with("create expected 201 Created, got 200 OK with the body \"{"));
    let error = RemoteActionAudit::read_update_response(StatusCode::CREATED, b"").unwrap_err();
    assert_eq!(
        error.to_string(),
        "update expected 200 OK or 204 No Content, got 201 Created with an empty body (not a Graph error); see the code and message"
    );
    assert!(RemoteActionAudit::read_delete_response(StatusCode::OK, b"{}").is_err());
    assert!(RemoteActionAudit::read_list_response(StatusCode::NO_CONTENT, b"").is_err());

    // Long bodies are quoted in part in messages, and kept whole.
    let long = "x".repeat(10_000);
    let error =
        RemoteActionAudit::read_get_response(StatusCode::IM_A_TEAPOT, long.as_bytes()).unwrap_err();
    assert!(error.to_string().len() < 600);
    assert_eq!(error.body(), long.as_bytes());
}

#[test]
fn a_success_status_with_a_bad_body_names_every_problem_and_keeps_the_body() {
    // Seed 003's response is a template: its placeholders are not values.
    let template = seed_examples(SEED_003)[1].json.clone();
    let error =
        SecurityAction::read_create_response(StatusCode::CREATED, template.as_bytes()).unwrap_err();
    let ResponseError::InvalidBody {
        operation,
        status,
        expected,
        problems,
        body,
    } = &error
    else {
        panic!("expected an invalid body, got {error:?}");
    };
    assert_eq!(
        (*operation, *status),
        (Operation::Create, StatusCode::CREATED)
    );
    assert_eq!(*expected, "microsoft.graph.securityAction");
    assert_eq!(body, template.as_bytes());
    let paths: Vec<&str> = problems.iter().map(|problem| problem.path()).collect();
    // `status: "String"` reads: an unknown member is kept, as Graph adds members over time.
    assert_eq!(
        paths,
        ["completedDateTime", "createdDateTime", "lastActionDateTime"]
    );
    assert!(error
        .to_string()
        .starts_with("create got 201 Created, but it is not a valid body for microsoft.graph.securityAction:\n  completedDateTime: invalid DateTimeOffset"));

    let error = RemoteActionAudit::read_get_response(StatusCode::OK, b"").unwrap_err();
    assert!(error.to_string().contains("$: invalid JSON"), "{error}");
    let error =
        RemoteActionAudit::read_list_response(StatusCode::OK, br#"{"value": [{"action": 1}]}"#)
            .unwrap_err();
    assert_eq!(
        error.to_string(),
        "list got 200 OK, but it is not a valid page of microsoft.graph.remoteActionAudit:\n  value[0].action: expected a member of remoteAction (a string), found the number 1"
    );
}

#[test]
fn no_status_and_body_panics() {
    let bodies: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\xff\xfe\x00".to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
        b"{}".to_vec(),
        b"{\"error\": null}".to_vec(),
        b"{\"error\": {\"code\": \"c\", \"message\": \"m\", \"innerError\": 5}}".to_vec(),
        b"{\"value\": {}}".to_vec(),
        b"{\"value\": [null, 1, \"x\"], \"@odata.nextLink\": []}".to_vec(),
        "[".repeat(100_000).into_bytes(),
        format!("{{\"value\": [{}]}}", "{},".repeat(1000) + "{}").into_bytes(),
        BAD_REQUEST.as_bytes().to_vec(),
    ];
    for status in [100, 200, 201, 204, 301, 400, 401, 404, 429, 500, 599] {
        let status = StatusCode::from_u16(status).unwrap();
        for body in &bodies {
            let results = [
                RemoteActionAudit::read_create_response(status, body).err(),
                RemoteActionAudit::read_update_response(status, body).err(),
                RemoteActionAudit::read_get_response(status, body).err(),
                RemoteActionAudit::read_list_response(status, body).err(),
                RemoteActionAudit::read_delete_response(status, body).err(),
            ];
            for error in results.into_iter().flatten() {
                assert_eq!(error.status(), status);
                assert_eq!(error.body(), body.as_slice());
                assert!(!error.to_string().is_empty());
            }
        }
    }
}
