//! Sans-IO requests: [`RequestOptions`] (cloud, bearer token, `Prefer`), the requests of
//! every operation as [`http::Request<Vec<u8>>`], and the reading of their responses
//! ([`EntityHttp`]). Nothing here touches the network: send the requests with any client.

use std::fmt;

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderValue, StatusCode};

use crate::http::error::RequestError;
use crate::http::response::{self, Page, ResponseError};
use crate::model::entity::GraphEntity;
use crate::model::schema::any_enum;
use crate::resource::endpoint::{Cloud, Operation};
use crate::resource::location::{Address, ItemLocation, Location, Target};

/// The `Prefer` header's name (`prefer`), as the requests carry it.
pub const PREFER: http::HeaderName = http::header::HeaderName::from_static("prefer");

/// The `Prefer` value that asks Graph for the enum members listed after
/// `unknownFutureValue`, which it otherwise replaces with `unknownFutureValue`.
pub const INCLUDE_UNKNOWN_ENUM_MEMBERS: &str = "include-unknown-enum-members";

/// The sentinel of Graph's evolvable enumerations.
const SENTINEL: &str = "unknownFutureValue";

/// What every request is built with: the cloud, an optional bearer token, and whether to ask
/// for enum members added after `unknownFutureValue`.
///
/// ```
/// use graph_entity::models::RemoteActionAudit;
/// use graph_entity::{Cloud, EntityHttp, RequestOptions};
///
/// let options = RequestOptions::new(Cloud::UsGovL4).bearer_token("eyJ0eXAi.e30.c2ln")?;
/// let request = RemoteActionAudit::get_request(&options, &RemoteActionAudit::location().item("a1"))?;
/// assert_eq!(
///     request.uri(),
///     "https://graph.microsoft.us/beta/deviceManagement/remoteActionAudits/a1"
/// );
/// assert_eq!(request.headers()["authorization"], "Bearer eyJ0eXAi.e30.c2ln");
/// // The token never shows in Debug output.
/// assert!(!format!("{options:?} {request:?}").contains("eyJ0eXAi"));
/// # Ok::<(), graph_entity::RequestError>(())
/// ```
///
/// # The `Prefer: include-unknown-enum-members` header
///
/// Graph sends enum members listed after `unknownFutureValue` only to requests carrying
/// `Prefer: include-unknown-enum-members`, and refuses (400) a body that uses one without it.
/// By default a request carries it when its entity uses such an enumeration, as
/// [`prefers_unknown_enum_members`] tells; [`include_unknown_enum_members`](Self::include_unknown_enum_members)
/// overrides that choice for every entity.
#[derive(Clone, Default)]
pub struct RequestOptions {
    cloud: Cloud,
    authorization: Option<HeaderValue>,
    include_unknown_enum_members: Option<bool>,
}

impl RequestOptions {
    /// Options for `cloud`, without a token, sending `Prefer` as each entity needs it.
    pub fn new(cloud: Cloud) -> Self {
        RequestOptions {
            cloud,
            ..RequestOptions::default()
        }
    }

    /// The same options for another cloud.
    #[must_use]
    pub fn with_cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = cloud;
        self
    }

    /// The cloud requests are built for.
    pub fn cloud(&self) -> Cloud {
        self.cloud
    }

    /// Sends `Authorization: Bearer {token}` with every request.
    ///
    /// The token is an opaque access token (a JWT from Microsoft Entra ID), without the
    /// `Bearer ` prefix. It is kept as a sensitive header value: it never appears in `Debug`
    /// output, nor in any error.
    pub fn bearer_token(mut self, token: &str) -> Result<Self, RequestError> {
        self.authorization = Some(bearer_header(token)?);
        Ok(self)
    }

    /// Whether a bearer token is set.
    pub fn has_bearer_token(&self) -> bool {
        self.authorization.is_some()
    }

    /// Sends `Prefer: include-unknown-enum-members` with every request (`true`) or with none
    /// (`false`), whatever the entity, instead of as [`prefers_unknown_enum_members`] says.
    #[must_use]
    pub fn include_unknown_enum_members(mut self, include: bool) -> Self {
        self.include_unknown_enum_members = Some(include);
        self
    }

    /// Whether requests for `E` carry `Prefer: include-unknown-enum-members`.
    pub fn sends_prefer_for<E: GraphEntity>(&self) -> bool {
        self.include_unknown_enum_members
            .unwrap_or_else(prefers_unknown_enum_members::<E>)
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("cloud", &self.cloud)
            .field(
                "bearer_token",
                &self.authorization.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "include_unknown_enum_members",
                &self.include_unknown_enum_members,
            )
            .finish()
    }
}

/// `Bearer {token}` as a sensitive header value; errors never quote the token.
fn bearer_header(token: &str) -> Result<HeaderValue, RequestError> {
    let invalid = |reason: String| RequestError::InvalidToken { reason };
    if token.is_empty() {
        return Err(invalid(
            "the bearer token is empty: pass the access token your identity platform issued"
                .to_owned(),
        ));
    }
    if token
        .get(..7)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("bearer "))
    {
        return Err(invalid(
            "the bearer token starts with `Bearer `: pass the token alone, the prefix is added"
                .to_owned(),
        ));
    }
    if let Some(position) = token.chars().position(|c| !c.is_ascii_graphic()) {
        return Err(invalid(format!(
            "the bearer token has a space, control or non-ASCII character at position {position}: \
             access tokens are base64url text; check it was copied whole"
        )));
    }
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        invalid(
            "the bearer token is not a valid header value: access tokens are base64url text"
                .to_owned(),
        )
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// The members of an enumeration (its [`GraphEnum::MEMBERS`](crate::GraphEnum::MEMBERS)) listed after
/// `unknownFutureValue`: those Graph sends only to requests that ask for them. Empty when the
/// enumeration has none, or no sentinel.
pub(crate) fn members_after_unknown_future_value<'a>(members: &'a [&'a str]) -> &'a [&'a str] {
    match members.iter().position(|member| *member == SENTINEL) {
        Some(sentinel) => members.get(sentinel + 1..).unwrap_or_default(),
        None => &[],
    }
}

/// Whether requests for `E` carry `Prefer: include-unknown-enum-members` by default: whether
/// any enumeration `E` reaches, at any depth, has members after `unknownFutureValue`, as its
/// [`GraphEnum::MEMBERS`](crate::GraphEnum::MEMBERS) list them. The seed [`RemoteActionAudit`] does (its [`RemoteAction`]
/// has `launchRemoteHelp` and more after the sentinel); [`SecurityAction`] does not. Override
/// with [`RequestOptions::include_unknown_enum_members`]. Asking is always safe to read: every
/// `GraphEnum` keeps a member it does not know in its catch-all variant.
///
/// [`RemoteActionAudit`]: crate::models::RemoteActionAudit
/// [`RemoteAction`]: crate::models::RemoteAction
/// [`SecurityAction`]: crate::models::SecurityAction
pub fn prefers_unknown_enum_members<E: GraphEntity>() -> bool {
    any_enum(E::PROPERTIES, &mut |members| {
        !members_after_unknown_future_value(members).is_empty()
    })
}

/// Builds the request of `operation` on `E`: the full URL for the options' cloud, `Accept`,
/// `Content-Type` on a body, `Prefer` and `Authorization` as the options say. An operation
/// the entity does not offer, or a cloud it does not exist in, is refused.
pub(crate) fn build<E: GraphEntity>(
    operation: Operation,
    options: &RequestOptions,
    target: Target<'_>,
    body: Option<Vec<u8>>,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    let endpoint =
        E::RESOURCE
            .endpoint_at(operation, target.path)
            .ok_or(RequestError::Unsupported {
                entity: E::ODATA_TYPE,
                operation,
            })?;
    available_in::<E>(operation, options.cloud)?;
    if target.item != operation.targets_item() {
        return Err(RequestError::Address { operation });
    }
    let url = format!(
        "{}/{}{}",
        options.cloud.base_url(),
        endpoint.version(),
        target.encoded?
    );
    finish::<E>(
        http::Request::builder().method(endpoint.method()).uri(url),
        options,
        body,
    )
}

/// Refuses `operation` in a cloud the entity does not exist in: Graph would answer 404.
fn available_in<E: GraphEntity>(operation: Operation, cloud: Cloud) -> Result<(), RequestError> {
    match E::RESOURCE.clouds() {
        Some(available) if !available.contains(&cloud) => Err(RequestError::UnavailableInCloud {
            entity: E::ODATA_TYPE,
            operation,
            cloud,
            available,
        }),
        _ => Ok(()),
    }
}

/// Adds the headers and the body.
fn finish<E: GraphEntity>(
    mut builder: http::request::Builder,
    options: &RequestOptions,
    body: Option<Vec<u8>>,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    if body.is_some() {
        builder = builder.header(CONTENT_TYPE, "application/json");
    }
    builder = builder.header(ACCEPT, "application/json");
    if options.sends_prefer_for::<E>() {
        builder = builder.header(PREFER, INCLUDE_UNKNOWN_ENUM_MEMBERS);
    }
    if let Some(authorization) = &options.authorization {
        builder = builder.header(AUTHORIZATION, authorization.clone());
    }
    builder
        .body(body.unwrap_or_default())
        .map_err(|error| RequestError::Http(error.to_string()))
}

/// The request for the page at `next_link` (a collection's `@odata.nextLink`).
///
/// The link must be on the options' cloud (`https://graph.microsoft.com/…` for the global
/// one): the bearer token goes with it, so a link to any other host is refused.
pub(crate) fn next_page<E: GraphEntity>(
    options: &RequestOptions,
    next_link: &str,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    available_in::<E>(Operation::List, options.cloud)?;
    let root = options.cloud.base_url();
    let refuse = |reason: &'static str| RequestError::NextLink {
        link: next_link.to_owned(),
        expected_root: root,
        reason,
    };
    if !under_root(next_link, root) {
        return Err(refuse("it is not on the cloud the request was sent to"));
    }
    let uri: http::Uri = next_link
        .parse()
        .map_err(|_| refuse("it is not a valid URL"))?;
    if !on_host(&uri, root) {
        return Err(refuse("it is not on the cloud the request was sent to"));
    }
    finish::<E>(
        http::Request::builder()
            .method(Operation::List.method())
            .uri(uri),
        options,
        None,
    )
}

/// The guard's first layer, on the text: `link` starts with the service root and a `/`.
fn under_root(link: &str, root: &str) -> bool {
    link.strip_prefix(root)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The guard's second layer, on the parsed URL: https, and exactly the root's host (no
/// user, no port), whatever the text looked like.
fn on_host(uri: &http::Uri, root: &str) -> bool {
    let expected_host = root.strip_prefix("https://").unwrap_or(root);
    uri.scheme_str() == Some("https")
        && uri.authority().map(http::uri::Authority::as_str) == Some(expected_host)
}

/// Requests and responses of an entity's operations, sans-IO: build an
/// [`http::Request<Vec<u8>>`], send it with any HTTP client, and read the status and body
/// it answered.
///
/// Implemented for every [`GraphEntity`]. Create and update requests come from a checked
/// [`Payload`](crate::Payload) ([`Payload::request_with`](crate::Payload::request_with));
/// get, list and delete have no body and are built here.
///
/// ```
/// use graph_entity::models::RemoteActionAudit;
/// use graph_entity::{Cloud, EntityHttp, RequestOptions};
/// use http::StatusCode;
///
/// let options = RequestOptions::new(Cloud::Global);
/// let list = RemoteActionAudit::list_request(&options, &RemoteActionAudit::location())?;
/// assert_eq!(list.method(), "GET");
/// assert_eq!(list.headers()["prefer"], "include-unknown-enum-members");
///
/// // … send it; then read what came back:
/// let body = br#"{"value": [{"id": "a1", "action": "remoteLock"}],
///                 "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits?$skiptoken=2"}"#;
/// let page = RemoteActionAudit::read_list_response(StatusCode::OK, body).unwrap();
/// assert_eq!(page.value()[0].id.as_deref(), Some("a1"));
/// let next = page.next_request(&options)?.expect("a next page");
/// assert_eq!(next.uri().query(), Some("$skiptoken=2"));
/// # Ok::<(), graph_entity::RequestError>(())
/// ```
pub trait EntityHttp: GraphEntity {
    /// `GET {collection}/{key}` of `item` (`Event::at_users_events(user_id).item(id)`). An
    /// empty argument, or `.` or `..` in any spelling a URL parser decodes to them (`%2e`,
    /// `.%2E`, …), is refused ([`UrlError::DotSegment`](crate::UrlError::DotSegment)): the
    /// request would go to another path.
    fn get_request(
        options: &RequestOptions,
        item: &ItemLocation<Self>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        build::<Self>(Operation::Get, options, item.__target(), None)
    }

    /// `GET {collection}` of `location` (`Event::at_users_events(user_id)`), its arguments
    /// refused as for [`get_request`](Self::get_request).
    fn list_request(
        options: &RequestOptions,
        location: &Location<Self>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        build::<Self>(Operation::List, options, location.__target(), None)
    }

    /// `DELETE {collection}/{key}` of `item`, as for [`get_request`](Self::get_request).
    fn delete_request(
        options: &RequestOptions,
        item: &ItemLocation<Self>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        build::<Self>(Operation::Delete, options, item.__target(), None)
    }

    /// `GET {next_link}`, the next page of a list. The link must be on the options' cloud
    /// (a token is never sent elsewhere). [`Page::next_request`] does this for a page read.
    fn next_page_request(
        options: &RequestOptions,
        next_link: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        next_page::<Self>(options, next_link)
    }

    /// Reads a create response: `201 Created` with the created entity.
    fn read_create_response(status: StatusCode, body: &[u8]) -> Result<Self, ResponseError> {
        response::entity(Operation::Create, status, body)
    }

    /// Reads an update response: `200 OK` with the updated entity, or `204 No Content`
    /// (`None`).
    fn read_update_response(
        status: StatusCode,
        body: &[u8],
    ) -> Result<Option<Self>, ResponseError> {
        response::updated(status, body)
    }

    /// Reads a get response: `200 OK` with the entity.
    fn read_get_response(status: StatusCode, body: &[u8]) -> Result<Self, ResponseError> {
        response::entity(Operation::Get, status, body)
    }

    /// Reads a list response: `200 OK` with a page (`value`, `@odata.nextLink`).
    fn read_list_response(status: StatusCode, body: &[u8]) -> Result<Page<Self>, ResponseError> {
        response::page(status, body)
    }

    /// Reads a delete response: `204 No Content`.
    fn read_delete_response(status: StatusCode, body: &[u8]) -> Result<(), ResponseError> {
        response::deleted(status, body)
    }
}

impl<E: GraphEntity> EntityHttp for E {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::enums::GraphEnum;
    use crate::models::{OperationStatus, RemoteAction, RemoteActionAudit, SecurityAction};

    #[test]
    fn members_after_the_sentinel_are_found_in_order() {
        let after = members_after_unknown_future_value(RemoteAction::MEMBERS);
        assert_eq!(after.len(), 11);
        assert_eq!(after.first(), Some(&"launchRemoteHelp"));
        assert_eq!(after.last(), Some(&"cancelEnhancedLogCollection"));
        assert!(members_after_unknown_future_value(&["a", "unknownFutureValue"]).is_empty());
        assert!(members_after_unknown_future_value(&["a", "b"]).is_empty());
        assert!(members_after_unknown_future_value(OperationStatus::MEMBERS).is_empty());
    }

    #[test]
    fn seed_entities_know_whether_they_prefer_unknown_members() {
        assert!(prefers_unknown_enum_members::<RemoteActionAudit>());
        assert!(!prefers_unknown_enum_members::<SecurityAction>());
    }

    #[test]
    fn tokens_are_checked_without_being_quoted() {
        for token in ["", "Bearer abc", "bearer abc", "a b", "a\nb", "é"] {
            let error = RequestOptions::default().bearer_token(token).unwrap_err();
            let message = error.to_string();
            assert!(message.starts_with("the bearer token"), "{message}");
            if token.len() > 1 {
                assert!(!message.contains(token), "{message}");
            }
        }
        let options = RequestOptions::default()
            .bearer_token("s3cr3t.t0k3n")
            .unwrap();
        assert!(options.has_bearer_token());
        assert!(!format!("{options:?}").contains("s3cr3t"));
    }

    /// Each layer of the `@odata.nextLink` guard refuses, on its own, links the other lets
    /// through: neither can be removed without a test failing.
    #[test]
    fn each_layer_of_the_next_link_guard_refuses_on_its_own() {
        let root = Cloud::Global.base_url();
        // Under the root as text, not the root's host once parsed: the second layer alone
        // refuses them (the first lets them through).
        for (link, uri) in [
            (
                "https://graph.microsoft.com/x",
                "http://graph.microsoft.com/x",
            ),
            ("https://graph.microsoft.com/x", "https://evil.example/x"),
            (
                "https://graph.microsoft.com/x",
                "https://graph.microsoft.com:8443/x",
            ),
            (
                "https://graph.microsoft.com/x",
                "https://a@graph.microsoft.com/x",
            ),
            (
                "https://graph.microsoft.com/x",
                "https://graph.microsoft.com.evil.example/x",
            ),
        ] {
            assert!(under_root(link, root));
            let uri: http::Uri = uri.parse().unwrap();
            assert!(!on_host(&uri, root), "{uri}");
        }
        // The root's host once parsed, but not under the root as text: the first layer
        // alone refuses them (a bare host, a query without a path).
        for link in [
            "https://graph.microsoft.com",
            "https://graph.microsoft.com?$skiptoken=2",
            "https://graph.microsoft.com#x",
        ] {
            let uri: http::Uri = link.parse().unwrap();
            assert!(on_host(&uri, root), "{link}");
            assert!(!under_root(link, root), "{link}");
            let options = RequestOptions::new(Cloud::Global);
            assert!(matches!(
                next_page::<RemoteActionAudit>(&options, link),
                Err(RequestError::NextLink { .. })
            ));
        }
        let good = "https://graph.microsoft.com/beta/x?$skiptoken=2";
        assert!(under_root(good, root) && on_host(&good.parse().unwrap(), root));
    }
}
