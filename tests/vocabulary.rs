//! The derive's vocabulary for Graph's whole schema: several paths per entity with typed
//! path arguments, Graph's `{x-id}` parameter spelling, `no_path` entities, `immutable`
//! properties, and navigation properties (deep insert, `navigation(…)`, `@odata.bind`).

use graph_entity::{
    from_json, validate, validate_json, Cloud, EntityHttp, Extra, GraphComplex, GraphEntity,
    GraphObject, Mode, Operation, Payload, RequestOptions,
};
use serde_json::json;

/// An entity Graph offers at three places.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(
    path = "/users/{userId}/events",
    path = "/groups/{groupId}/events",
    path = "/me/events"
)]
struct Event {
    #[graph(read_only)]
    id: Option<String>,
    subject: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

/// Graph's own parameter spelling, `{x-id}`, for the parent and the key.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(
    path = "/tenantRelationships/delegatedAdminRelationships/{delegatedAdminRelationship-id}/requests",
    key = "delegatedAdminRelationshipRequest-id",
    operations(create, get, list)
)]
struct DelegatedAdminRelationshipRequest {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(required)]
    action: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

fn uri(request: &http::Request<Vec<u8>>) -> String {
    request.uri().to_string()
}

#[test]
fn each_path_has_its_location_function_taking_its_parameters_by_name() {
    let options = RequestOptions::new(Cloud::Global);
    let root = "https://graph.microsoft.com/v1.0";
    assert_eq!(
        uri(&Event::list_request(&options, &Event::at_users_events("adele@contoso.com")).unwrap()),
        format!("{root}/users/adele%40contoso%2Ecom/events")
    );
    assert_eq!(
        uri(&Event::get_request(&options, &Event::at_groups_events("g/1").item("e?1")).unwrap()),
        format!("{root}/groups/g%2F1/events/e%3F1")
    );
    assert_eq!(
        uri(&Event::delete_request(&options, &Event::at_me_events().item("e1")).unwrap()),
        format!("{root}/me/events/e1")
    );
    let create = Payload::create(Event {
        subject: Some("Review".into()),
        ..Event::default()
    })
    .unwrap();
    let post = create
        .request(Cloud::China, &Event::at_me_events())
        .unwrap();
    assert_eq!(post.method(), "POST");
    assert_eq!(
        uri(&post),
        "https://microsoftgraph.chinacloudapi.cn/v1.0/me/events"
    );
    let update = Payload::update(Event {
        subject: Some("Moved".into()),
        ..Event::default()
    })
    .unwrap();
    let patch = update
        .request(Cloud::Global, &Event::at_users_events("u1").item("e1"))
        .unwrap();
    assert_eq!(patch.method(), "PATCH");
    assert_eq!(uri(&patch), format!("{root}/users/u1/events/e1"));

    // The first path is the default; each location knows its own templates.
    let paths = Event::RESOURCE.paths();
    assert_eq!(paths.len(), 3);
    assert_eq!(Event::RESOURCE.collection_path(), "/users/{userId}/events");
    assert_eq!(paths[1].item(), "/groups/{groupId}/events/{eventId}");
    assert_eq!(paths[1].parameters(), ["groupId"]);
    let at_me = Event::at_me_events();
    assert_eq!(at_me.resource_path().collection(), "/me/events");
    assert_eq!(
        at_me.endpoint(Operation::Update).unwrap().path_template(),
        "/me/events/{eventId}"
    );
    assert_eq!(at_me.path().unwrap(), "/me/events");
    assert_eq!(
        at_me
            .item("e1")
            .endpoint(Operation::Get)
            .unwrap()
            .parameters(),
        ["eventId"]
    );
}

#[test]
fn graphs_parameter_spelling_is_accepted_and_named_in_snake_case() {
    let options = RequestOptions::new(Cloud::Global);
    let location =
        DelegatedAdminRelationshipRequest::at_tenant_relationships_delegated_admin_relationships_requests(
            "r 1",
        );
    let get =
        DelegatedAdminRelationshipRequest::get_request(&options, &location.item("q1")).unwrap();
    assert_eq!(
        uri(&get),
        "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/r%201/requests/q1"
    );
    let endpoint = location.item("q1").endpoint(Operation::Get).unwrap();
    assert_eq!(
        endpoint.path_template(),
        "/tenantRelationships/delegatedAdminRelationships/{delegatedAdminRelationship-id}/requests/{delegatedAdminRelationshipRequest-id}"
    );
    assert_eq!(
        endpoint.parameters(),
        [
            "delegatedAdminRelationship-id",
            "delegatedAdminRelationshipRequest-id"
        ]
    );
    // An empty argument is refused, named as the template writes it.
    let error = DelegatedAdminRelationshipRequest::list_request(
        &options,
        &DelegatedAdminRelationshipRequest::at_tenant_relationships_delegated_admin_relationships_requests(""),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "delegatedAdminRelationship-id must not be empty"
    );
    assert!(DelegatedAdminRelationshipRequest::get_request(&options, &location.item("")).is_err());
}

/// An entity type Graph offers no path for: reached only inside other entities.
#[derive(GraphEntity, Debug, Default, Clone, PartialEq)]
#[graph_entity(no_path)]
struct AccessPackageResourceRole {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(required)]
    display_name: Option<String>,
    #[graph(immutable)]
    origin_id: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

#[derive(GraphComplex, Debug, Default, Clone, PartialEq)]
struct AccessPackageLocalizedText {
    #[graph(required)]
    text: Option<String>,
    #[graph(extra)]
    extra: Extra,
}

/// An entity with navigation properties: typed ones (an entity, a collection of `no_path`
/// entities) and one listed by name.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(
    path = "/identityGovernance/entitlementManagement/accessPackages",
    odata_type = "microsoft.graph.accessPackage",
    navigation(catalog, incompatibleGroups)
)]
struct AccessPackage {
    #[graph(read_only)]
    id: Option<String>,
    #[graph(required)]
    display_name: Option<String>,
    #[graph(immutable)]
    created_by: Option<String>,
    #[graph(navigation)]
    resource_roles: Option<Vec<AccessPackageResourceRole>>,
    #[graph(navigation)]
    default_text: Option<AccessPackageLocalizedText>,
    #[graph(extra)]
    extra: Extra,
}

fn problems(result: Result<impl Sized, graph_entity::Problems>) -> Vec<String> {
    match result {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_entity_without_a_path_reads_validates_and_builds_values() {
    let role: AccessPackageResourceRole = from_json(
        br##"{"@odata.type":"#microsoft.graph.accessPackageResourceRole","id":"r1","displayName":"Member","@odata.etag":"W/1"}"##,
    )
    .unwrap();
    assert_eq!(role.display_name.as_deref(), Some("Member"));
    assert_eq!(role.extra.get("@odata.etag"), Some(json!("W/1")));
    assert_eq!(
        problems(validate(&role, Mode::Create)),
        ["id: read-only property: Graph sets it, so leave it out of create and update payloads"]
    );
    // Its builder makes a value for the properties of other entities.
    let built = AccessPackageResourceRole::create(AccessPackageResourceRoleRequired {
        display_name: "Member".into(),
    })
    .origin_id("Member_abc")
    .build();
    assert!(validate(built.get(), Mode::Create).is_ok());
    assert_eq!(
        AccessPackageResourceRole::ODATA_TYPE,
        "microsoft.graph.accessPackageResourceRole"
    );
}

#[test]
fn immutable_properties_are_set_on_create_and_refused_on_update() {
    let package = AccessPackage {
        display_name: Some("Sales".into()),
        created_by: Some("admin@contoso.com".into()),
        ..AccessPackage::default()
    };
    assert!(Payload::create(package).is_ok());
    let change = AccessPackage {
        created_by: Some("someone@contoso.com".into()),
        ..AccessPackage::default()
    };
    let immutable =
        "createdBy: immutable property: set it on create only; Graph refuses it on update";
    assert_eq!(problems(Payload::update(change)), [immutable]);
    assert_eq!(
        problems(Payload::<AccessPackage>::update_from_json(
            br#"{"createdBy":"someone@contoso.com"}"#
        )),
        [immutable]
    );
    assert_eq!(
        problems(Payload::<AccessPackage>::update_from_json(
            br#"{"createdBy":null}"#
        )),
        [immutable]
    );
    assert!(Payload::<AccessPackage>::create_from_json(
        br#"{"displayName":"Sales","createdBy":"admin@contoso.com"}"#
    )
    .is_ok());
    // The create builder sets it; the update builder has no setter for it
    // (tests/ui/builder_update_immutable.rs).
    let create = AccessPackage::create(AccessPackageRequired {
        display_name: "Sales".into(),
    })
    .created_by("admin@contoso.com")
    .build();
    assert_eq!(
        create.entity().created_by.as_deref(),
        Some("admin@contoso.com")
    );
    let info = &AccessPackage::PROPERTIES[2];
    assert!(info.is_immutable() && !info.is_read_only() && info.is_nullable());
}

#[test]
fn typed_navigation_properties_are_deep_inserted_with_their_types_rules() {
    let body = json!({
        "displayName": "Sales",
        "resourceRoles": [
            {"displayName": "Member", "originId": "Member_1"},
            {"id": "r2", "originId": "Owner_1"}
        ],
        "defaultText": {"text": "Sales team"}
    });
    let bytes = serde_json::to_vec(&body).unwrap();
    assert_eq!(
        problems(Payload::<AccessPackage>::create_from_json(&bytes)),
        [
            "resourceRoles[1].id: read-only property: Graph sets it, so leave it out of create and update payloads",
            "resourceRoles[1].displayName: missing required property: creating a microsoft.graph.accessPackageResourceRole needs it (field `display_name`), expected a String",
        ]
    );
    // In an update, an entity inside follows the update rules: its immutable property is
    // refused there too.
    let update = json!({"resourceRoles": [{"originId": "Member_2"}]});
    assert_eq!(
        problems(validate_json::<AccessPackage>(&update, Mode::Update)),
        ["resourceRoles[0].originId: immutable property: set it on create only; Graph refuses it on update"]
    );
    let info = AccessPackage::PROPERTIES
        .iter()
        .find(|info| info.json_name() == "resourceRoles")
        .unwrap();
    assert!(info.is_navigation());

    // Builders take the nested values their own builders made.
    let role = AccessPackageResourceRole::create(AccessPackageResourceRoleRequired {
        display_name: "Member".into(),
    })
    .build();
    let payload = AccessPackage::create(AccessPackageRequired {
        display_name: "Sales".into(),
    })
    .resource_roles(vec![role])
    .build();
    let request = payload
        .request(Cloud::Global, &AccessPackage::location())
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(request.body()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.accessPackage",
            "displayName": "Sales",
            "resourceRoles": [
                {"@odata.type": "#microsoft.graph.accessPackageResourceRole", "displayName": "Member"}
            ]
        })
    );
}

#[test]
fn listed_navigation_properties_and_odata_bind_are_accepted_and_kept() {
    let body = json!({
        "displayName": "Sales",
        "catalog": {"id": "c1"},
        "incompatibleGroups@odata.bind": ["https://graph.microsoft.com/v1.0/groups/g1"],
        "resourceRoles@odata.bind": ["https://graph.microsoft.com/v1.0/roles/r1"],
        "catalog@odata.bind": "https://graph.microsoft.com/v1.0/catalogs/c1"
    });
    let bytes = serde_json::to_vec(&body).unwrap();
    let payload = Payload::<AccessPackage>::create_from_json(&bytes).unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&payload.to_json().unwrap()).unwrap();
    let mut expected = body.clone();
    expected["@odata.type"] = json!("#microsoft.graph.accessPackage");
    assert_eq!(sent, expected);
    assert_eq!(AccessPackage::NAVIGATION, ["catalog", "incompatibleGroups"]);

    // A name that is neither a property nor a listed navigation property is still refused.
    assert_eq!(
        problems(Payload::<AccessPackage>::update_from_json(br#"{"catalogue":{}}"#)),
        ["catalogue: unknown property of microsoft.graph.accessPackage: did you mean \"catalog\"?"]
    );
    let mut typed = AccessPackage::default();
    typed.extra.insert("incompatibleGroups", json!([]));
    assert!(Payload::update(typed).is_ok());
}

/// An entity whose navigation property holds another entity with paths of its own.
#[derive(GraphEntity, Debug, Default)]
#[graph_entity(path = "/me/calendars")]
struct Calendar {
    #[graph(read_only)]
    id: Option<String>,
    name: Option<String>,
    #[graph(navigation)]
    events: Option<Vec<Event>>,
    #[graph(extra)]
    extra: Extra,
}

#[test]
fn an_entity_with_a_path_is_deep_inserted_with_build_nested() {
    let event = Event::create().subject("Kickoff").build_nested();
    let payload = Calendar::create().name("Team").events(vec![event]).build();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&payload.to_json().unwrap()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.calendar",
            "name": "Team",
            "events": [{"@odata.type": "#microsoft.graph.event", "subject": "Kickoff"}]
        })
    );
    // Checked in the payload's mode: a read-only id inside is refused.
    assert_eq!(
        problems(Payload::<Calendar>::create_from_json(
            br#"{"events": [{"id": "e1", "subject": "Kickoff"}]}"#
        )),
        ["events[0].id: read-only property: Graph sets it, so leave it out of create and update payloads"]
    );
}
