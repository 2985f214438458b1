//! Sans-IO requests: URL per cloud and version, headers per operation, the bearer token kept
//! out of `Debug` and errors, ids as one percent-encoded segment, `Prefer` for evolvable
//! enums, and `@odata.nextLink` only on the cloud the options name.

use graph_entity::models::{RemoteActionAudit, SecurityAction};
use graph_entity::{
    ApiVersion, Cloud, EntityHttp, Extra, GraphEntity, Operation, Payload, RequestError,
    RequestOptions, UrlError,
};

const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl";

/// An entity under a parent, on v1.0, with every operation.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(
    path = "/users/{userId}/events",
    version = "v1.0",
    operations(create, update, get, list, delete)
)]
struct Event {
    #[graph(read_only)]
    id: Option<String>,
    subject: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

/// A user's own `remoteActionAudit`, whose enum stops before `unknownFutureValue`.
mod mine {
    use graph_entity::{Extra, GraphEntity, GraphEnum};

    #[derive(GraphEntity, Debug, Default)]
    #[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
    pub struct RemoteActionAudit {
        #[graph(read_only)]
        pub id: Option<String>,
        pub action: Option<RemoteAction>,
        #[graph(extra)]
        pub extra: Extra,
    }

    #[derive(GraphEnum, Debug)]
    pub enum RemoteAction {
        RemoteLock,
        #[graph(other)]
        Other(String),
    }
}

fn headers(request: &http::Request<Vec<u8>>) -> Vec<(String, String)> {
    request
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

#[test]
fn every_cloud_and_version_gives_the_full_url() {
    for (cloud, root) in [
        (Cloud::Global, "https://graph.microsoft.com"),
        (Cloud::UsGovL4, "https://graph.microsoft.us"),
        (Cloud::UsGovL5Dod, "https://dod-graph.microsoft.us"),
        (Cloud::China, "https://microsoftgraph.chinacloudapi.cn"),
    ] {
        let options = RequestOptions::new(cloud);
        assert_eq!(options.cloud(), cloud);
        let get =
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item("a1"))
                .unwrap();
        assert_eq!(
            get.uri().to_string(),
            format!("{root}/beta/deviceManagement/remoteActionAudits/a1")
        );
        let list = Event::list_request(&options, &Event::at_users_events("u1")).unwrap();
        assert_eq!(
            list.uri().to_string(),
            format!("{root}/v1.0/users/u1/events")
        );
        let delete =
            Event::delete_request(&options, &Event::at_users_events("u1").item("e1")).unwrap();
        assert_eq!(
            delete.uri().to_string(),
            format!("{root}/v1.0/users/u1/events/e1")
        );
    }
    assert_eq!(Event::RESOURCE.version(), ApiVersion::V1);
    let moved = RequestOptions::new(Cloud::Global).with_cloud(Cloud::China);
    assert_eq!(moved.cloud(), Cloud::China);
}

#[test]
fn each_operation_has_its_method_and_headers() {
    let options = RequestOptions::new(Cloud::Global)
        .bearer_token(TOKEN)
        .unwrap();
    let bearer = format!("Bearer {TOKEN}");
    let body_headers = pairs(&[
        ("content-type", "application/json"),
        ("accept", "application/json"),
        ("prefer", "include-unknown-enum-members"),
        ("authorization", &bearer),
    ]);
    let no_body_headers = body_headers[1..].to_vec();

    let audit = RemoteActionAudit {
        device_display_name: Some("d".into()),
        ..RemoteActionAudit::default()
    };
    let update = Payload::update(audit).unwrap();
    let patch = update
        .request_with(&options, &RemoteActionAudit::location().item("a1"))
        .unwrap();
    assert_eq!(patch.method(), "PATCH");
    assert_eq!(headers(&patch), body_headers);
    assert_eq!(patch.body(), &update.to_json().unwrap());

    for (request, method) in [
        (
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item("a1")),
            "GET",
        ),
        (
            RemoteActionAudit::list_request(&options, &RemoteActionAudit::location()),
            "GET",
        ),
        (
            RemoteActionAudit::delete_request(&options, &RemoteActionAudit::location().item("a1")),
            "DELETE",
        ),
    ] {
        let request = request.unwrap();
        assert_eq!(request.method(), method);
        assert_eq!(headers(&request), no_body_headers);
        assert!(request.body().is_empty());
    }

    // securityAction's enums have no member after unknownFutureValue: no `Prefer`.
    let get =
        SecurityAction::get_request(&options, &SecurityAction::location().item("s1")).unwrap();
    assert_eq!(
        headers(&get),
        pairs(&[("accept", "application/json"), ("authorization", &bearer)])
    );
    // Without a token, no Authorization.
    let anonymous =
        SecurityAction::list_request(&RequestOptions::default(), &SecurityAction::location())
            .unwrap();
    assert_eq!(
        headers(&anonymous),
        pairs(&[("accept", "application/json")])
    );
}

#[test]
fn request_is_request_with_default_options_for_the_cloud() {
    let payload = Payload::update(RemoteActionAudit::default()).unwrap();
    let short = payload
        .request(Cloud::UsGovL4, &RemoteActionAudit::location().item("a1"))
        .unwrap();
    let long = payload
        .request_with(
            &RequestOptions::new(Cloud::UsGovL4),
            &RemoteActionAudit::location().item("a1"),
        )
        .unwrap();
    assert_eq!(short.method(), long.method());
    assert_eq!(short.uri(), long.uri());
    assert_eq!(short.headers(), long.headers());
    assert_eq!(short.body(), long.body());
}

#[test]
fn the_prefer_header_is_the_entitys_default_or_the_users_choice() {
    assert!(graph_entity::prefers_unknown_enum_members::<
        RemoteActionAudit,
    >());
    assert!(!graph_entity::prefers_unknown_enum_members::<SecurityAction>());
    assert!(!graph_entity::prefers_unknown_enum_members::<Event>());
    // The default follows the Rust type's enums, not the Graph type's name.
    assert_eq!(
        <mine::RemoteActionAudit as graph_entity::GraphObject>::ODATA_TYPE,
        "microsoft.graph.remoteActionAudit"
    );
    assert!(!graph_entity::prefers_unknown_enum_members::<
        mine::RemoteActionAudit,
    >());

    let prefer = |options: &RequestOptions, audit: bool| {
        let request = if audit {
            RemoteActionAudit::list_request(options, &RemoteActionAudit::location())
        } else {
            Event::list_request(options, &Event::at_users_events("u"))
        };
        request.unwrap().headers().get("prefer").cloned()
    };
    let default = RequestOptions::default();
    assert_eq!(
        prefer(&default, true).unwrap(),
        graph_entity::INCLUDE_UNKNOWN_ENUM_MEMBERS
    );
    assert_eq!(prefer(&default, false), None);
    let always = RequestOptions::default().include_unknown_enum_members(true);
    assert!(prefer(&always, false).is_some());
    assert!(always.sends_prefer_for::<Event>());
    let never = RequestOptions::default().include_unknown_enum_members(false);
    assert_eq!(prefer(&never, true), None);
    assert!(!never.sends_prefer_for::<RemoteActionAudit>());
}

#[test]
fn the_token_never_shows_in_debug_output_or_errors() {
    let options = RequestOptions::new(Cloud::Global)
        .bearer_token(TOKEN)
        .unwrap();
    let request =
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item("a1"))
            .unwrap();
    assert!(request.headers()["authorization"].is_sensitive());
    for text in [format!("{options:?}"), format!("{request:?}")] {
        assert!(!text.contains("c2lnbmF0dXJl"), "{text}");
        assert!(!text.contains("eyJ0eXAi"), "{text}");
    }
    // Errors raised while the options carry a token do not quote it either.
    let errors = [
        RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(""))
            .unwrap_err(),
        SecurityAction::delete_request(&options, &SecurityAction::location().item("x"))
            .unwrap_err(),
        RemoteActionAudit::next_page_request(&options, "https://evil.example/steal").unwrap_err(),
    ];
    for error in errors {
        for text in [error.to_string(), format!("{error:?}")] {
            assert!(!text.contains("c2lnbmF0dXJl"), "{text}");
        }
    }
    // A malformed token is refused without being quoted.
    let secret = "s3cr3t with a space";
    let error = RequestOptions::default().bearer_token(secret).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the bearer token has a space, control or non-ASCII character at position 6: access tokens are base64url text; check it was copied whole"
    );
    assert!(!format!("{error:?}").contains("s3cr3t"));
    assert_eq!(
        RequestOptions::default()
            .bearer_token(&format!("Bearer {TOKEN}"))
            .unwrap_err()
            .to_string(),
        "the bearer token starts with `Bearer `: pass the token alone, the prefix is added"
    );
}

/// Decodes `%XX` escapes.
fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            decoded.push(u8::from_str_radix(&segment[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).unwrap()
}

#[test]
fn no_id_can_change_the_path_or_add_a_query() {
    let mut ids: Vec<String> = [
        "a/b",
        "?",
        "#",
        "%",
        "%2F",
        "%%",
        " ",
        "...",
        "../..",
        "./x",
        "a?b=c&d=e",
        "x#frag",
        "\\",
        "\u{0}",
        "\r\n",
        "é",
        "日本",
        "🙂",
        "a+b",
        "~_-",
        "@:",
        "$skiptoken=1",
        "https://evil.example/",
        "//evil.example",
        "a\u{202e}b",
    ]
    .iter()
    .map(|id| id.to_string())
    .collect();
    // Every character up to U+2FF, one per id, and all of them in one.
    let all: String = (1..=0x2FFu32).filter_map(char::from_u32).collect();
    // (`.` alone is a dot segment, refused: see the next test.)
    ids.extend(all.chars().filter(|c| *c != '.').map(String::from));
    ids.push(all);

    let options = RequestOptions::new(Cloud::Global);
    for id in &ids {
        for (request, prefix) in [
            (
                RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(id))
                    .unwrap(),
                "/beta/deviceManagement/remoteActionAudits/",
            ),
            (
                Event::delete_request(&options, &Event::at_users_events(id).item(id)).unwrap(),
                "/v1.0/users/",
            ),
        ] {
            let uri = request.uri();
            assert_eq!(uri.host(), Some("graph.microsoft.com"), "{id:?}");
            assert_eq!(uri.query(), None, "{id:?}");
            let rest = uri.path().strip_prefix(prefix).unwrap();
            let segments: Vec<&str> = rest.split('/').collect();
            let decoded: Vec<String> = segments.iter().map(|s| percent_decode(s)).collect();
            if prefix.starts_with("/beta") {
                assert_eq!(decoded, std::slice::from_ref(id), "{id:?}");
            } else {
                assert_eq!(decoded, [id.clone(), "events".into(), id.clone()], "{id:?}");
            }
            for segment in segments {
                assert!(
                    segment
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_~%".contains(&b)),
                    "{segment}"
                );
            }
        }
    }
}

/// `.` and `..`, and every spelling a WHATWG URL parser (the `url` crate under reqwest,
/// browsers, Node) decodes to them: sent, `…/remoteActionAudits/%2E%2E` would become
/// `…/beta/deviceManagement/`.
const DOT_SEGMENTS: [&str; 12] = [
    ".", "..", "%2e", "%2E", ".%2e", ".%2E", "%2e.", "%2E.", "%2e%2e", "%2E%2e", "%2e%2E", "%2E%2E",
];

#[test]
fn dot_segment_ids_are_refused_in_every_spelling_with_the_reason() {
    let options = RequestOptions::default();
    let update = Payload::update(RemoteActionAudit::default()).unwrap();
    for dots in DOT_SEGMENTS {
        let expected = RequestError::Url(UrlError::DotSegment {
            parameter: "remoteActionAuditId",
            argument: dots.to_owned(),
        });
        for result in [
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(dots)),
            RemoteActionAudit::delete_request(&options, &RemoteActionAudit::location().item(dots)),
            update.request(Cloud::Global, &RemoteActionAudit::location().item(dots)),
            update.request_with(&options, &RemoteActionAudit::location().item(dots)),
        ] {
            assert_eq!(result.unwrap_err(), expected, "{dots}");
        }
        let message = expected.to_string();
        assert!(
            message.starts_with(&format!("remoteActionAuditId must not be `{dots}`: ")),
            "{message}"
        );
        assert!(message.contains("another path"), "{message}");
        // A parent's parameter as well as the id.
        assert_eq!(
            Event::list_request(&options, &Event::at_users_events(dots)).unwrap_err(),
            RequestError::Url(UrlError::DotSegment {
                parameter: "userId",
                argument: dots.to_owned(),
            })
        );
        assert!(Event::get_request(&options, &Event::at_users_events("u").item(dots)).is_err());
    }
    // Dots are data inside an id, or three of them.
    for id in ["...", "a.b", ".x", "x..", "%2e%2e%2e", "%2e%2f"] {
        let request =
            RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(id))
                .unwrap();
        assert!(
            request
                .uri()
                .path()
                .starts_with("/beta/deviceManagement/remoteActionAudits/"),
            "{id}"
        );
    }
}

#[test]
fn empty_ids_and_wrong_argument_counts_are_errors_that_say_so() {
    let options = RequestOptions::default();
    let error = RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item(""))
        .unwrap_err();
    assert_eq!(
        error,
        RequestError::Url(UrlError::EmptyArgument {
            parameter: "remoteActionAuditId"
        })
    );
    assert_eq!(error.to_string(), "remoteActionAuditId must not be empty");
    // A missing or extra path argument does not compile (tests/ui/location_arguments.rs);
    // what is left to run time is a payload sent to the other kind of address.
    let update = Payload::update(Event::default()).unwrap();
    let error = update
        .request(Cloud::Global, &Event::at_users_events("u"))
        .unwrap_err();
    assert_eq!(
        error,
        RequestError::Address {
            operation: Operation::Update
        }
    );
    assert_eq!(
        error.to_string(),
        "update goes to one item: pass `location.item(id)`, not the collection"
    );
    let create = Payload::create(Event::default()).unwrap();
    assert_eq!(
        create
            .request(Cloud::Global, &Event::at_users_events("u").item("e"))
            .unwrap_err()
            .to_string(),
        "create goes to the collection: pass the location itself, not `location.item(id)`"
    );
    assert_eq!(
        SecurityAction::delete_request(&options, &SecurityAction::location().item("s1")).unwrap_err().to_string(),
        "microsoft.graph.securityAction does not support delete: add it to #[graph_entity(operations(…))] if Graph offers it"
    );
}

#[test]
fn next_links_are_followed_only_on_the_options_cloud() {
    let options = RequestOptions::new(Cloud::Global)
        .bearer_token(TOKEN)
        .unwrap();
    let link =
        "https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits?$skiptoken=X%2BY";
    let next = RemoteActionAudit::next_page_request(&options, link).unwrap();
    assert_eq!(next.method(), "GET");
    assert_eq!(next.uri(), link);
    assert_eq!(next.headers()["prefer"], "include-unknown-enum-members");
    assert_eq!(
        next.headers()["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );
    assert!(next.body().is_empty());

    for foreign in [
        "https://graph.microsoft.com.evil.example/beta/x",
        "https://graph.microsoft.com@evil.example/beta/x",
        "https://graph.microsoft.com:8443/beta/x",
        "http://graph.microsoft.com/beta/x",
        "https://evil.example/?https://graph.microsoft.com/",
        "https://microsoftgraph.chinacloudapi.cn/beta/x",
        "/beta/x",
        "",
        "https://graph.microsoft.com/beta/x y",
        // The cloud's host once parsed, but not under its root as text.
        "https://graph.microsoft.com",
        "https://graph.microsoft.com?$skiptoken=2",
    ] {
        let error = RemoteActionAudit::next_page_request(&options, foreign).unwrap_err();
        assert!(
            matches!(&error, RequestError::NextLink { link, expected_root: "https://graph.microsoft.com", .. } if link == foreign),
            "{foreign}: {error:?}"
        );
        let message = error.to_string();
        assert!(
            message.contains("only links under https://graph.microsoft.com/ are"),
            "{message}"
        );
    }
    let china = RequestOptions::new(Cloud::China);
    assert!(RemoteActionAudit::next_page_request(
        &china,
        "https://microsoftgraph.chinacloudapi.cn/beta/x?$skiptoken=2"
    )
    .is_ok());
}

#[test]
fn requests_are_refused_for_operations_the_entity_lacks() {
    let options = RequestOptions::default();
    assert_eq!(
        SecurityAction::delete_request(&options, &SecurityAction::location().item("s1"))
            .unwrap_err(),
        RequestError::Unsupported {
            entity: "microsoft.graph.securityAction",
            operation: Operation::Delete
        }
    );
    assert!(SecurityAction::get_request(&options, &SecurityAction::location().item("s1")).is_ok());
    assert!(SecurityAction::list_request(&options, &SecurityAction::location()).is_ok());
}

#[test]
fn requests_are_refused_in_clouds_the_entity_does_not_exist_in() {
    // securityAction exists in the global service only; remoteActionAudit in all four.
    for cloud in [Cloud::UsGovL4, Cloud::UsGovL5Dod, Cloud::China] {
        let options = RequestOptions::new(cloud).bearer_token(TOKEN).unwrap();
        let results = [
            SecurityAction::get_request(&options, &SecurityAction::location().item("s1")),
            SecurityAction::list_request(&options, &SecurityAction::location()),
            SecurityAction::next_page_request(
                &options,
                &format!("{}/beta/security/securityActions?$skip=2", cloud.base_url()),
            ),
            Payload::<SecurityAction>::update_from_json(b"{}")
                .unwrap()
                .request_with(&options, &SecurityAction::location().item("s1")),
        ];
        for result in results {
            match result {
                Err(RequestError::UnavailableInCloud {
                    entity,
                    cloud: refused,
                    available,
                    ..
                }) => {
                    assert_eq!(entity, "microsoft.graph.securityAction");
                    assert_eq!(refused, cloud);
                    assert_eq!(available, [Cloud::Global]);
                }
                other => panic!("{cloud}: expected a refusal, got {other:?}"),
            }
        }
        assert!(RemoteActionAudit::get_request(
            &options,
            &RemoteActionAudit::location().item("a1")
        )
        .is_ok());
        assert!(RemoteActionAudit::list_request(&options, &RemoteActionAudit::location()).is_ok());
    }
    // The token never shows in the refusal.
    let refusal = SecurityAction::list_request(
        &RequestOptions::new(Cloud::China)
            .bearer_token(TOKEN)
            .unwrap(),
        &SecurityAction::location(),
    )
    .unwrap_err();
    assert!(!format!("{refusal} {refusal:?}").contains(TOKEN));
    assert!(SecurityAction::list_request(
        &RequestOptions::new(Cloud::Global),
        &SecurityAction::location()
    )
    .is_ok());
}
