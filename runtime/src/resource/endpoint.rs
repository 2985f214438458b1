//! Endpoint metadata: which operations an entity supports, at which path, with which method
//! and success status, in which national clouds, with which permissions, and the URL of each
//! for a national cloud.

use std::fmt;

use graph_entity_core::clouds::{CloudInfo, CLOUDS};
use graph_entity_core::operations::OPERATIONS;
use http::{Method, StatusCode};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::resource::permissions::Permissions;

/// An operation on an entity collection or item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    /// `POST {collection}` → `201 Created`.
    Create,
    /// `PATCH {collection}/{key}` → `200 OK`.
    Update,
    /// `GET {collection}/{key}` → `200 OK`.
    Get,
    /// `GET {collection}` → `200 OK`.
    List,
    /// `DELETE {collection}/{key}` → `204 No Content`.
    Delete,
}

impl Operation {
    /// Every operation, in the order above.
    pub const ALL: [Operation; 5] = [
        Operation::Create,
        Operation::Update,
        Operation::Get,
        Operation::List,
        Operation::Delete,
    ];

    /// The HTTP method.
    pub fn method(self) -> Method {
        match self {
            Operation::Create => Method::POST,
            Operation::Update => Method::PATCH,
            Operation::Get | Operation::List => Method::GET,
            Operation::Delete => Method::DELETE,
        }
    }

    /// The status Graph answers on success.
    pub fn success_status(self) -> StatusCode {
        match self {
            Operation::Create => StatusCode::CREATED,
            Operation::Update | Operation::Get | Operation::List => StatusCode::OK,
            Operation::Delete => StatusCode::NO_CONTENT,
        }
    }

    /// Whether the operation addresses one item (`{collection}/{key}`) rather than the
    /// collection.
    pub fn targets_item(self) -> bool {
        matches!(self, Operation::Update | Operation::Get | Operation::Delete)
    }

    /// The operation's name as written in `#[graph_entity(operations(…))]` (from the table in
    /// `graph_entity_core::operations`, which the derive and the generator read too).
    pub fn name(self) -> &'static str {
        let [create, update, get, list, delete] = &OPERATIONS;
        match self {
            Operation::Create => create.name,
            Operation::Update => update.name,
            Operation::Get => get.name,
            Operation::List => list.name,
            Operation::Delete => delete.name,
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A Microsoft Graph API version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    /// `v1.0`, the generally available API.
    V1,
    /// `beta`, the preview API.
    Beta,
}

impl ApiVersion {
    /// The version as it appears in URLs (`v1.0`, `beta`).
    pub fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Microsoft Graph deployment: the global service or a national cloud, each with its own
/// service root. Every cloud Graph publishes a schema for is here; the table they come from,
/// with the source of each service root, is `graph_entity_core::clouds`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// The global service, `https://graph.microsoft.com`.
    #[default]
    Global,
    /// US Government L4 (GCC High), `https://graph.microsoft.us`.
    UsGovL4,
    /// US Government L5 (DoD), `https://dod-graph.microsoft.us`.
    UsGovL5Dod,
    /// China operated by 21Vianet, `https://microsoftgraph.chinacloudapi.cn`.
    China,
    /// US Government Secret, `https://graph.eaglex.ic.gov`.
    UsNat,
    /// US Government Top Secret, `https://graph.microsoft.scloud`.
    UsSec,
    /// Bleu (France), `https://graph.svc.sovcloud.fr`.
    Bleu,
    /// Delos (Germany), `https://graph.svc.sovcloud.de`.
    Delos,
    /// Singapore Government, `https://graph.svc.sovcloud.sg`.
    GovSg,
}

impl Cloud {
    /// Every cloud, the global service first, in the order of `graph_entity_core::clouds`.
    pub const ALL: [Cloud; 9] = [
        Cloud::Global,
        Cloud::UsGovL4,
        Cloud::UsGovL5Dod,
        Cloud::China,
        Cloud::UsNat,
        Cloud::UsSec,
        Cloud::Bleu,
        Cloud::Delos,
        Cloud::GovSg,
    ];

    fn info(self) -> &'static CloudInfo {
        let [global, l4, l5, china, us_nat, us_sec, bleu, delos, gov_sg] = &CLOUDS;
        match self {
            Cloud::Global => global,
            Cloud::UsGovL4 => l4,
            Cloud::UsGovL5Dod => l5,
            Cloud::China => china,
            Cloud::UsNat => us_nat,
            Cloud::UsSec => us_sec,
            Cloud::Bleu => bleu,
            Cloud::Delos => delos,
            Cloud::GovSg => gov_sg,
        }
    }

    /// The service root, without a trailing slash.
    pub fn base_url(self) -> &'static str {
        self.info().base_url
    }

    /// The cloud's name as written in `#[graph_entity(clouds(…))]`: `global`, `us_gov_l4`,
    /// `us_gov_l5_dod`, `china`, `us_nat`, `us_sec`, `bleu`, `delos` or `gov_sg`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The cloud's name as Graph's pages write it ("US Government L5 (DOD)").
    pub fn title(self) -> &'static str {
        self.info().title
    }

    /// The cloud named `name` in `clouds(…)` spelling.
    pub fn named(name: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|cloud| cloud.name() == name)
    }
}

/// The cloud's title, as Graph's reference pages write it: `US Government L4`.
impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// One of the places an entity lives: a collection path template, which may hold parent
/// parameters (`/users/{userId}/events`), and the item path under it
/// (`/users/{userId}/events/{eventId}`).
///
/// The parameters are read from the template itself, so every argument fills a placeholder
/// that is there: none can be dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResourcePath {
    collection: &'static str,
    item: &'static str,
}

impl ResourcePath {
    /// Describes a path; used by the derive, which checks both templates and derives the item
    /// path from the collection path and the key.
    #[doc(hidden)]
    pub const fn new(collection: &'static str, item: &'static str) -> Self {
        ResourcePath { collection, item }
    }

    /// The collection's path template (`/users/{userId}/events`).
    pub fn collection(&self) -> &'static str {
        self.collection
    }

    /// An item's path template (`/users/{userId}/events/{eventId}`).
    pub fn item(&self) -> &'static str {
        self.item
    }

    /// The collection template's parameters, in order (`userId`): what
    /// [`Location`](crate::Location) takes.
    pub fn parameters(&self) -> Vec<&'static str> {
        parameters(self.collection)
    }
}

/// The `{parameter}` names of a path template, in order.
fn parameters(template: &'static str) -> Vec<&'static str> {
    template
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .collect()
}

/// `template` with each `{parameter}` replaced by the next of `arguments`, percent-encoded
/// as one segment. The parameters are the template's own, so an argument more or fewer is an
/// error, never a placeholder left in the path nor an argument dropped.
pub(crate) fn fill(template: &'static str, arguments: &[&str]) -> Result<String, UrlError> {
    let wrong_count = || UrlError::WrongArgumentCount {
        template,
        parameters: parameters(template),
        given: arguments.len(),
    };
    let mut path = String::with_capacity(template.len() + 40);
    let mut arguments = arguments.iter();
    for segment in template.split('/').skip(1) {
        path.push('/');
        match segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        {
            Some(parameter) => {
                let argument = arguments.next().ok_or_else(wrong_count)?;
                push_segment(&mut path, parameter, argument)?;
            }
            None => path.push_str(segment),
        }
    }
    if arguments.next().is_some() {
        return Err(wrong_count());
    }
    Ok(path)
}

/// Appends `argument`, the value of `parameter`, percent-encoded as one segment.
pub(crate) fn push_segment(
    path: &mut String,
    parameter: &'static str,
    argument: &str,
) -> Result<(), UrlError> {
    if argument.is_empty() {
        return Err(UrlError::EmptyArgument { parameter });
    }
    if dot_segment(argument).is_some() {
        return Err(UrlError::DotSegment {
            parameter,
            argument: argument.to_owned(),
        });
    }
    path.extend(utf8_percent_encode(argument, SEGMENT));
    Ok(())
}

/// Where an entity lives: its paths (the first is the default), its key, the operations
/// Graph offers on it, the national clouds it exists in, and the permissions each operation
/// needs.
///
/// Generated by `#[derive(GraphEntity)]` from `#[graph_entity(path = …, key = …, version = …,
/// operations(…), clouds(…), permissions(…))]`.
#[derive(Clone, Copy, Debug)]
pub struct Resource {
    paths: &'static [ResourcePath],
    key: &'static str,
    version: ApiVersion,
    operations: &'static [Operation],
    clouds: Option<&'static [Cloud]>,
    permissions: &'static [(Operation, Permissions)],
}

impl Resource {
    /// Describes a resource; used by the derive, which checks the paths. It is available in
    /// every cloud and declares no permissions until [`with_clouds`](Self::with_clouds) and
    /// [`with_permissions`](Self::with_permissions) say otherwise.
    #[doc(hidden)]
    pub const fn new(
        paths: &'static [ResourcePath],
        key: &'static str,
        version: ApiVersion,
        operations: &'static [Operation],
    ) -> Self {
        Resource {
            paths,
            key,
            version,
            operations,
            clouds: None,
            permissions: &[],
        }
    }

    /// The same resource, available only in `clouds` (`#[graph_entity(clouds(…))]`).
    #[doc(hidden)]
    pub const fn with_clouds(mut self, clouds: &'static [Cloud]) -> Self {
        self.clouds = Some(clouds);
        self
    }

    /// The same resource, with the permission tables of its operations
    /// (`#[graph_entity(permissions(…))]`).
    #[doc(hidden)]
    pub const fn with_permissions(
        mut self,
        permissions: &'static [(Operation, Permissions)],
    ) -> Self {
        self.permissions = permissions;
        self
    }

    /// Every path the entity lives at, in declaration order: the first is the default.
    pub fn paths(&self) -> &'static [ResourcePath] {
        self.paths
    }

    /// The default path (the first `path = …`).
    fn default_path(&self) -> Option<&'static ResourcePath> {
        self.paths.first()
    }

    /// The default collection's path template (`/deviceManagement/remoteActionAudits`).
    pub fn collection_path(&self) -> &'static str {
        self.default_path()
            .map(ResourcePath::collection)
            .unwrap_or_default()
    }

    /// The default item path template
    /// (`/deviceManagement/remoteActionAudits/{remoteActionAuditId}`).
    pub fn item_path(&self) -> &'static str {
        self.default_path()
            .map(ResourcePath::item)
            .unwrap_or_default()
    }

    /// The key parameter's name (`remoteActionAuditId`).
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The API version the entity is declared for.
    pub fn version(&self) -> ApiVersion {
        self.version
    }

    /// The operations the entity supports.
    pub fn operations(&self) -> &'static [Operation] {
        self.operations
    }

    /// The national clouds the entity's operations exist in, as declared with
    /// `#[graph_entity(clouds(…))]`; `None` when the entity does not declare them, in which
    /// case requests are built for any cloud.
    pub fn clouds(&self) -> Option<&'static [Cloud]> {
        self.clouds
    }

    /// Whether the entity's operations exist in `cloud`: declared there, or no clouds declared.
    pub fn is_available_in(&self, cloud: Cloud) -> bool {
        self.clouds.is_none_or(|clouds| clouds.contains(&cloud))
    }

    /// The permission table of `operation`: `None` when the entity does not offer it, and a
    /// table of undeclared rows ([`Permissions::UNDECLARED`]) when the entity offers it but
    /// declares no permissions for it.
    pub fn permissions(&self, operation: Operation) -> Option<Permissions> {
        if !self.operations.contains(&operation) {
            return None;
        }
        let declared = self
            .permissions
            .iter()
            .find(|(declared, _)| *declared == operation)
            .map(|(_, permissions)| *permissions);
        Some(declared.unwrap_or(Permissions::UNDECLARED))
    }

    /// The endpoint of `operation` at the default path, if the entity supports it.
    pub fn endpoint(&self, operation: Operation) -> Option<Endpoint> {
        self.endpoint_at(operation, self.default_path()?)
    }

    /// The endpoint of `operation` at `path`, one of [`paths`](Self::paths), if the entity
    /// supports it.
    pub fn endpoint_at(&self, operation: Operation, path: &ResourcePath) -> Option<Endpoint> {
        let permissions = self.permissions(operation)?;
        let path_template = if operation.targets_item() {
            path.item
        } else {
            path.collection
        };
        Some(Endpoint {
            operation,
            path_template,
            version: self.version,
            clouds: self.clouds,
            permissions,
        })
    }
}

/// One operation of an entity at one of its paths: method, path template with its
/// parameters, success status, API version, the national clouds it exists in and the
/// permissions it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    operation: Operation,
    path_template: &'static str,
    version: ApiVersion,
    clouds: Option<&'static [Cloud]>,
    permissions: Permissions,
}

impl Endpoint {
    /// The operation.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        self.operation.method()
    }

    /// The status Graph answers on success.
    pub fn success_status(&self) -> StatusCode {
        self.operation.success_status()
    }

    /// The path template (`/deviceManagement/remoteActionAudits/{remoteActionAuditId}`).
    pub fn path_template(&self) -> &'static str {
        self.path_template
    }

    /// The template's parameters, in order (parents first, the key last), read from the
    /// template.
    pub fn parameters(&self) -> Vec<&'static str> {
        parameters(self.path_template)
    }

    /// The API version.
    pub fn version(&self) -> ApiVersion {
        self.version
    }

    /// The national clouds the operation exists in; `None` when the entity does not declare
    /// them. See [`Resource::clouds`].
    pub fn clouds(&self) -> Option<&'static [Cloud]> {
        self.clouds
    }

    /// Whether the operation exists in `cloud`: declared there, or no clouds declared.
    pub fn is_available_in(&self, cloud: Cloud) -> bool {
        self.clouds.is_none_or(|clouds| clouds.contains(&cloud))
    }

    /// The permissions the operation needs, per permission type.
    pub fn permissions(&self) -> Permissions {
        self.permissions
    }

    /// The path with `arguments` (one per [`parameters`](Self::parameters), in order) each
    /// percent-encoded as one segment, so no id can change the path or add a query.
    ///
    /// An empty argument is refused ([`UrlError::EmptyArgument`]), and so is one a WHATWG URL
    /// parser reads as a dot segment, `.` or `..` in any spelling (`%2e`, `.%2E`, …;
    /// [`UrlError::DotSegment`]): the `url` crate under reqwest, browsers and Node would
    /// remove it with the segment before it, and the request would go to another path.
    ///
    /// The untyped form, counted at run time: requests take a typed
    /// [`Location`](crate::Location), whose arguments the compiler counts.
    pub fn path(&self, arguments: &[&str]) -> Result<String, UrlError> {
        fill(self.path_template, arguments)
    }

    /// The full URL for `cloud`: service root, version, then [`path`](Self::path) (whose
    /// arguments may not be empty nor `.` or `..` in any spelling).
    pub fn url(&self, cloud: Cloud, arguments: &[&str]) -> Result<String, UrlError> {
        Ok(format!(
            "{}/{}{}",
            cloud.base_url(),
            self.version,
            self.path(arguments)?
        ))
    }
}

/// Characters left as they are in a path segment: RFC 3986's unreserved set minus `.`.
/// Encoding `.` does not make `.` and `..` safe (WHATWG parsers read `%2E` as `.`): those are
/// refused by [`dot_segment`].
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// The dot segment (`.` or `..`) a WHATWG URL parser reads a path argument as, whether it is
/// sent as given or percent-encoded: the WHATWG URL Standard (section 4.1, "URL miscellaneous") defines
/// a single-dot URL path segment as `.` or an ASCII case-insensitive match for `%2e`, and a
/// double-dot URL path segment as `..` or an ASCII case-insensitive match for `.%2e`, `%2e.`
/// or `%2e%2e`; its path parser drops the first and pops the previous segment for the second
/// (<https://url.spec.whatwg.org/#single-dot-path-segment>). [`SEGMENT`] encodes `.` as `%2E`,
/// which is itself one of those spellings, so such arguments are refused, not encoded.
fn dot_segment(argument: &str) -> Option<&'static str> {
    const SPELLINGS: [(&str, &str); 6] = [
        (".", "."),
        ("%2e", "."),
        ("..", ".."),
        (".%2e", ".."),
        ("%2e.", ".."),
        ("%2e%2e", ".."),
    ];
    SPELLINGS
        .iter()
        .find(|(spelling, _)| argument.eq_ignore_ascii_case(spelling))
        .map(|(_, segment)| *segment)
}

/// Why a URL could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// The number of arguments differs from the template's parameters.
    WrongArgumentCount {
        /// The path template.
        template: &'static str,
        /// Its parameters.
        parameters: Vec<&'static str>,
        /// How many arguments were given.
        given: usize,
    },
    /// An argument is empty: an empty id would address the collection instead of an item.
    EmptyArgument {
        /// The parameter given the empty value.
        parameter: &'static str,
    },
    /// The entity has no path of that number (generated code only asks for its own).
    NoSuchPath {
        /// The entity's type.
        entity: &'static str,
        /// The path's position.
        index: usize,
    },
    /// An argument is `.` or `..`, or a spelling of them a WHATWG URL parser decodes
    /// (`%2e`, `.%2E`, …): the parser would drop the segment, or the one before it, and send
    /// the request to another path.
    DotSegment {
        /// The parameter given the value.
        parameter: &'static str,
        /// The value given.
        argument: String,
    },
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::WrongArgumentCount {
                template,
                parameters,
                given,
            } => write!(
                f,
                "{template} takes {} argument(s) ({}), {given} given",
                parameters.len(),
                parameters.join(", ")
            ),
            UrlError::EmptyArgument { parameter } => {
                write!(f, "{parameter} must not be empty")
            }
            UrlError::NoSuchPath { entity, index } => {
                write!(f, "{entity} has no path number {index}")
            }
            UrlError::DotSegment {
                parameter,
                argument,
            } => write!(
                f,
                "{parameter} must not be `{argument}`: URL parsers (WHATWG: the `url` crate, \
                 browsers, Node) read it as the relative segment `{}`, which would send the \
                 request to another path; give the entity's id",
                dot_segment(argument).unwrap_or("..")
            ),
        }
    }
}

impl std::error::Error for UrlError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_follow_the_shared_tables() {
        for (operation, info) in Operation::ALL.into_iter().zip(&OPERATIONS) {
            assert_eq!(format!("{operation:?}"), info.variant);
            assert_eq!(operation.name(), info.name);
        }
        for (cloud, info) in Cloud::ALL.into_iter().zip(&CLOUDS) {
            assert_eq!(format!("{cloud:?}"), info.variant);
            assert_eq!(Cloud::named(info.name), Some(cloud));
        }
        assert_eq!(
            (Operation::ALL.len(), Cloud::ALL.len()),
            (OPERATIONS.len(), CLOUDS.len())
        );
    }

    const AUDITS: Resource = Resource::new(
        &[ResourcePath::new(
            "/deviceManagement/remoteActionAudits",
            "/deviceManagement/remoteActionAudits/{remoteActionAuditId}",
        )],
        "remoteActionAuditId",
        ApiVersion::Beta,
        &[Operation::Create, Operation::Update],
    );

    const EVENTS: Resource = Resource::new(
        &[ResourcePath::new(
            "/users/{userId}/events",
            "/users/{userId}/events/{eventId}",
        )],
        "eventId",
        ApiVersion::V1,
        &Operation::ALL,
    );

    #[test]
    fn endpoints_carry_method_path_status_and_version() {
        let create = AUDITS.endpoint(Operation::Create).unwrap();
        assert_eq!(create.method(), Method::POST);
        assert_eq!(create.success_status(), StatusCode::CREATED);
        assert_eq!(
            create.url(Cloud::Global, &[]).unwrap(),
            "https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits"
        );
        let update = AUDITS.endpoint(Operation::Update).unwrap();
        assert_eq!(update.method(), Method::PATCH);
        assert_eq!(update.success_status(), StatusCode::OK);
        assert_eq!(update.parameters(), ["remoteActionAuditId"]);
        assert_eq!(
            update.url(Cloud::China, &["a1"]).unwrap(),
            "https://microsoftgraph.chinacloudapi.cn/beta/deviceManagement/remoteActionAudits/a1"
        );
        assert!(AUDITS.endpoint(Operation::Delete).is_none());
        assert_eq!(AUDITS.key(), "remoteActionAuditId");
    }

    #[test]
    fn arguments_are_one_encoded_segment_each() {
        let get = EVENTS.endpoint(Operation::Get).unwrap();
        assert_eq!(
            get.path(&["a/b?c#d", "../x %é"]).unwrap(),
            "/users/a%2Fb%3Fc%23d/events/%2E%2E%2Fx%20%25%C3%A9"
        );
        assert_eq!(
            get.path(&["u", ""]),
            Err(UrlError::EmptyArgument {
                parameter: "eventId"
            })
        );
        assert!(get.path(&["only-one"]).is_err());
        // Dots inside an id, or more than two, are plain data.
        assert_eq!(
            get.path(&["...", "a.b"]).unwrap(),
            "/users/%2E%2E%2E/events/a%2Eb"
        );
        let list = EVENTS.endpoint(Operation::List).unwrap();
        assert_eq!(list.path(&["me"]).unwrap(), "/users/me/events");
    }

    #[test]
    fn parameters_come_from_the_template_so_no_argument_is_dropped() {
        // A template that lost a placeholder: the argument meant for it is refused, not
        // dropped, and a placeholder never stays in the path.
        let broken = ResourcePath::new("/users/events", "/users/events/{eventId}");
        assert!(broken.parameters().is_empty());
        assert_eq!(
            fill(broken.collection(), &["u1"]),
            Err(UrlError::WrongArgumentCount {
                template: "/users/events",
                parameters: vec![],
                given: 1,
            })
        );
        assert!(fill(broken.item(), &[]).is_err());
        assert_eq!(fill(broken.item(), &["e1"]).unwrap(), "/users/events/e1");
        let two = "/a/{x-id}/b/{y}";
        assert_eq!(parameters(two), ["x-id", "y"]);
        assert_eq!(fill(two, &["1", "2"]).unwrap(), "/a/1/b/2");
        assert!(fill(two, &["1"]).is_err());
        assert!(fill(two, &["1", "2", "3"]).is_err());
    }

    #[test]
    fn dot_segments_in_every_whatwg_spelling_are_refused() {
        let get = EVENTS.endpoint(Operation::Get).unwrap();
        for dots in [
            ".", "..", "%2e", "%2E", ".%2e", ".%2E", "%2e.", "%2E.", "%2e%2e", "%2E%2e", "%2e%2E",
            "%2E%2E",
        ] {
            for arguments in [["u", dots], [dots, "e"]] {
                let error = get.path(&arguments).unwrap_err();
                let parameter = if arguments[0] == "u" {
                    "eventId"
                } else {
                    "userId"
                };
                assert_eq!(
                    error,
                    UrlError::DotSegment {
                        parameter,
                        argument: dots.to_owned()
                    }
                );
                let message = error.to_string();
                assert!(
                    message.starts_with(&format!("{parameter} must not be `{dots}`")),
                    "{message}"
                );
                assert!(message.contains("another path"), "{message}");
            }
        }
        for fine in ["...", "%2e%2e%2e", "%2f", ". ", "a.", "%2", "%2e%"] {
            assert!(get.path(&["u", fine]).is_ok(), "{fine}");
        }
    }
}
