//! Reading responses: the entity (or page) of the operation's success status; Graph's error
//! body as a [`GraphError`] that keeps every field; anything else as a [`ResponseError`]
//! that keeps the status and the raw body.

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

use http::StatusCode;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::http::error::RequestError;
use crate::http::request::{next_page, RequestOptions};
use crate::model::entity::GraphEntity;
use crate::model::extra::{Extra, Member};
use crate::model::object::GraphObject;
use crate::model::parse::from_json;
use crate::model::polymorphic::GraphPolymorphic;
use crate::model::value::{describe_json, GraphValue, Mode};
use crate::resource::endpoint::Operation;
use crate::validate::path::Path;
use crate::validate::problem::Problems;

/// How much of a raw body error messages quote.
const QUOTED_CHARS: usize = 300;

/// An error Graph answered with: the status and the body's `error` object,
/// `{"error": {"code", "message", "innerError": {"request-id", "date", …}, …}}`, every field
/// of it kept.
#[derive(Clone, PartialEq)]
pub struct GraphError {
    status: StatusCode,
    error: Map<String, Value>,
    body: Vec<u8>,
}

impl GraphError {
    /// Reads Graph's error body; `None` when `body` is not one (a JSON object whose `error`
    /// member is an object with a string `code` and a string `message`).
    pub fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        let Ok(Value::Object(mut document)) = serde_json::from_slice::<Value>(body) else {
            return None;
        };
        let Some(Value::Object(error)) = document.remove("error") else {
            return None;
        };
        let is_text = |name: &str| error.get(name).is_some_and(Value::is_string);
        if !(is_text("code") && is_text("message")) {
            return None;
        }
        Some(GraphError {
            status,
            error,
            body: body.to_vec(),
        })
    }

    /// The HTTP status (`404 Not Found`).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// `error.code` (`ResourceNotFound`, `BadRequest`).
    pub fn code(&self) -> &str {
        self.text("code").unwrap_or_default()
    }

    /// `error.message`.
    pub fn message(&self) -> &str {
        self.text("message").unwrap_or_default()
    }

    /// `error.target`, if any.
    pub fn target(&self) -> Option<&str> {
        self.text("target")
    }

    /// `error.details`: an array of `{code, message, target}` objects, empty if absent.
    pub fn details(&self) -> &[Value] {
        match self.error.get("details") {
            Some(Value::Array(details)) => details,
            _ => &[],
        }
    }

    /// `error.innerError` (or `innererror`, as some services spell it), if any.
    pub fn inner_error(&self) -> Option<&Map<String, Value>> {
        ["innerError", "innererror"]
            .iter()
            .find_map(|name| self.error.get(*name).and_then(Value::as_object))
    }

    /// `innerError["request-id"]`: what Microsoft support asks for.
    pub fn request_id(&self) -> Option<&str> {
        self.inner_text("request-id")
    }

    /// `innerError["client-request-id"]`.
    pub fn client_request_id(&self) -> Option<&str> {
        self.inner_text("client-request-id")
    }

    /// `innerError.date`, as Graph wrote it.
    pub fn date(&self) -> Option<&str> {
        self.inner_text("date")
    }

    /// The whole `error` object, every member as Graph sent it.
    pub fn error(&self) -> &Map<String, Value> {
        &self.error
    }

    /// The raw response body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    fn text(&self, name: &str) -> Option<&str> {
        self.error.get(name).and_then(Value::as_str)
    }

    fn inner_text(&self, name: &str) -> Option<&str> {
        self.inner_error()?.get(name).and_then(Value::as_str)
    }
}

/// What a status usually means for the caller, and what to do.
fn hint(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "check the request body and its enum members against the schema",
        401 => "the bearer token is missing, expired or for another resource: get a new one",
        403 => "the token lacks a permission this operation needs: grant it to the application",
        404 => "nothing at this path: check the id, the cloud and the API version",
        409 | 412 => "the entity changed or already exists: read it again, then retry",
        429 => "throttled: wait as the Retry-After header says, then retry",
        500..=599 => "a fault at Graph: retry later, quoting the request-id",
        _ => "see the code and message",
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Graph answered {}: {}: {}",
            self.status,
            self.code(),
            self.message()
        )?;
        match (self.request_id(), self.date()) {
            (Some(id), Some(date)) => write!(f, " (request-id {id}, date {date})")?,
            (Some(id), None) => write!(f, " (request-id {id})")?,
            _ => {}
        }
        write!(f, "; {}", hint(self.status))
    }
}

impl fmt::Debug for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphError")
            .field("status", &self.status)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl std::error::Error for GraphError {}

/// Why a response did not give what the operation promises.
///
/// Every variant keeps the status and the raw body: [`status`](Self::status),
/// [`body`](Self::body).
#[derive(Clone, PartialEq)]
pub enum ResponseError {
    /// Graph answered with its error body.
    Graph(GraphError),
    /// A status the operation does not succeed with, and a body that is not Graph's error
    /// (a proxy's page, an empty body).
    UnexpectedStatus {
        /// The operation the response answers.
        operation: Operation,
        /// The status received.
        status: StatusCode,
        /// The raw body.
        body: Vec<u8>,
    },
    /// The success status, but a body that is not what the operation returns.
    InvalidBody {
        /// The operation the response answers.
        operation: Operation,
        /// The status received.
        status: StatusCode,
        /// The entity the body should have been, or a page of (`microsoft.graph.remoteActionAudit`).
        expected: &'static str,
        /// Every problem found, with its JSON path.
        problems: Problems,
        /// The raw body.
        body: Vec<u8>,
    },
}

impl ResponseError {
    /// The status received.
    pub fn status(&self) -> StatusCode {
        match self {
            ResponseError::Graph(error) => error.status,
            ResponseError::UnexpectedStatus { status, .. }
            | ResponseError::InvalidBody { status, .. } => *status,
        }
    }

    /// The raw body received.
    pub fn body(&self) -> &[u8] {
        match self {
            ResponseError::Graph(error) => &error.body,
            ResponseError::UnexpectedStatus { body, .. }
            | ResponseError::InvalidBody { body, .. } => body,
        }
    }

    /// Graph's error, if it answered with one.
    pub fn graph_error(&self) -> Option<&GraphError> {
        match self {
            ResponseError::Graph(error) => Some(error),
            _ => None,
        }
    }
}

/// The statuses `operation` succeeds with, for messages.
fn expected_statuses(operation: Operation) -> String {
    match operation {
        Operation::Update => format!("{} or {}", StatusCode::OK, StatusCode::NO_CONTENT),
        other => other.success_status().to_string(),
    }
}

/// The start of a raw body, for messages.
struct Quoted<'a>(&'a [u8]);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("an empty body");
        }
        let text = String::from_utf8_lossy(self.0);
        let mut chars = text.chars();
        let head: String = chars.by_ref().take(QUOTED_CHARS).collect();
        let more = if chars.next().is_some() { "…" } else { "" };
        write!(f, "the body {:?}{more}", head)
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Graph(error) => write!(f, "{error}"),
            ResponseError::UnexpectedStatus {
                operation,
                status,
                body,
            } => write!(
                f,
                "{operation} expected {}, got {status} with {} (not a Graph error); {}",
                expected_statuses(*operation),
                Quoted(body),
                hint(*status)
            ),
            ResponseError::InvalidBody {
                operation,
                status,
                expected,
                problems,
                ..
            } => {
                let what = if *operation == Operation::List {
                    "page of"
                } else {
                    "body for"
                };
                write!(
                    f,
                    "{operation} got {status}, but it is not a valid {what} {expected}:"
                )?;
                for problem in problems.iter() {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Graph(error) => f.debug_tuple("Graph").field(error).finish(),
            ResponseError::UnexpectedStatus {
                operation,
                status,
                body,
            } => f
                .debug_struct("UnexpectedStatus")
                .field("operation", operation)
                .field("status", status)
                .field("body", &String::from_utf8_lossy(body))
                .finish(),
            ResponseError::InvalidBody {
                operation,
                status,
                expected,
                problems,
                body,
            } => f
                .debug_struct("InvalidBody")
                .field("operation", operation)
                .field("status", status)
                .field("expected", expected)
                .field("problems", problems)
                .field("body", &String::from_utf8_lossy(body))
                .finish(),
        }
    }
}

impl std::error::Error for ResponseError {}

/// The error for a status `operation` does not succeed with.
fn failure(operation: Operation, status: StatusCode, body: &[u8]) -> ResponseError {
    match GraphError::from_response(status, body) {
        Some(error) => ResponseError::Graph(error),
        None => ResponseError::UnexpectedStatus {
            operation,
            status,
            body: body.to_vec(),
        },
    }
}

fn invalid_body(
    operation: Operation,
    status: StatusCode,
    expected: &'static str,
    problems: Problems,
    body: &[u8],
) -> ResponseError {
    ResponseError::InvalidBody {
        operation,
        status,
        expected,
        problems,
        body: body.to_vec(),
    }
}

/// The entity of a create or get response.
pub(crate) fn entity<E: GraphObject>(
    operation: Operation,
    status: StatusCode,
    body: &[u8],
) -> Result<E, ResponseError> {
    if status != operation.success_status() {
        return Err(failure(operation, status, body));
    }
    from_json(body)
        .map_err(|problems| invalid_body(operation, status, E::ODATA_TYPE, problems, body))
}

/// The entity of an update response, if Graph sent it back.
pub(crate) fn updated<E: GraphObject>(
    status: StatusCode,
    body: &[u8],
) -> Result<Option<E>, ResponseError> {
    // A 204 has no body by definition; whatever a client hands over is not read.
    if status == StatusCode::NO_CONTENT {
        return Ok(None);
    }
    entity(Operation::Update, status, body).map(Some)
}

/// A delete response.
pub(crate) fn deleted(status: StatusCode, body: &[u8]) -> Result<(), ResponseError> {
    if status == Operation::Delete.success_status() {
        Ok(())
    } else {
        Err(failure(Operation::Delete, status, body))
    }
}

/// A page of a list response of entity `E`.
pub(crate) fn page<E: GraphObject>(
    status: StatusCode,
    body: &[u8],
) -> Result<Page<E>, ResponseError> {
    typed_page(status, body, E::ODATA_TYPE)
}

/// A page of a list response whose items are `T`, described as `expected` in errors.
fn typed_page<T: GraphValue + DeserializeOwned>(
    status: StatusCode,
    body: &[u8],
    expected: &'static str,
) -> Result<Page<T>, ResponseError> {
    if status != Operation::List.success_status() {
        return Err(failure(Operation::List, status, body));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let typed = deserializer
        .deserialize_map(PageVisitor(PhantomData))
        .and_then(|page| deserializer.end().map(|()| page));
    typed.map_err(|error| {
        invalid_body(
            Operation::List,
            status,
            expected,
            page_problems::<T>(body, &error, expected),
            body,
        )
    })
}

/// Every problem of a page that did not read, each with its JSON path (`value[2].action`).
fn page_problems<T: GraphValue>(
    body: &[u8],
    error: &serde_json::Error,
    expected: &str,
) -> Problems {
    let mut problems = Problems::new();
    let root = Path::ROOT;
    let json: Value = match serde_json::from_slice(body) {
        Ok(json) => json,
        Err(error) => {
            problems.push(&root, format!("invalid JSON: {error}"));
            return problems;
        }
    };
    let Some(object) = json.as_object() else {
        problems.push(
            &root,
            format!(
                "expected a collection (an object with a `value` array), found {}",
                describe_json(&json)
            ),
        );
        return problems;
    };
    match object.get("value") {
        Some(value) => {
            <Vec<T> as GraphValue>::check_json(value, Mode::Read, &root.key("value"), &mut problems)
        }
        None => problems.push(
            &root.key("value"),
            format!("missing: a collection carries its {expected} items in `value`"),
        ),
    }
    if let Some(link) = object.get("@odata.nextLink") {
        if !(link.is_string() || link.is_null()) {
            problems.push(
                &root.key("@odata.nextLink"),
                format!("expected a URL (a string), found {}", describe_json(link)),
            );
        }
    }
    // What only serde sees (a duplicate member) is reported as serde words it.
    if problems.is_empty() {
        problems.push(&root, error.to_string());
    }
    problems
}

/// One page of a collection: its items (`value`) and the link to the next page
/// (`@odata.nextLink`), if there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<E> {
    value: Vec<E>,
    next_link: Option<String>,
    extra: Extra,
}

impl<E> Page<E> {
    /// The items of this page.
    pub fn value(&self) -> &[E] {
        &self.value
    }

    /// The items of this page, taken.
    pub fn into_value(self) -> Vec<E> {
        self.value
    }

    /// `@odata.nextLink`: the URL of the next page, if there is one.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The page's other members, such as `@odata.context` and `@odata.count`.
    pub fn extra(&self) -> &Extra {
        &self.extra
    }
}

impl<E: GraphEntity> Page<E> {
    /// The request for the next page, or `None` on the last page. The link must be on the
    /// options' cloud: a bearer token is never sent to another host.
    pub fn next_request(
        &self,
        options: &RequestOptions,
    ) -> Result<Option<http::Request<Vec<u8>>>, RequestError> {
        self.next_request_for::<E>(options)
    }
}

impl<P: GraphPolymorphic> Page<P> {
    /// Reads a page of a collection that mixes the types derived from one base type
    /// (`/deviceAppManagement/mobileApps`): each item as the variant its `@odata.type` names,
    /// an unknown type into the catch-all, so nothing is lost. Errors are as for
    /// [`EntityHttp::read_list_response`](crate::EntityHttp::read_list_response).
    pub fn read_mixed(status: StatusCode, body: &[u8]) -> Result<Page<P>, ResponseError> {
        typed_page(status, body, P::BASE)
    }
}

impl<T> Page<T> {
    /// The request for the next page of entity `E`'s collection, or `None` on the last
    /// page: for pages whose items are not `E` itself, such as [`Page::read_mixed`]'s.
    /// Requests are built as for `E` (its clouds, its `Prefer` default), and the link must be
    /// on the options' cloud.
    pub fn next_request_for<E: GraphEntity>(
        &self,
        options: &RequestOptions,
    ) -> Result<Option<http::Request<Vec<u8>>>, RequestError> {
        self.next_link
            .as_deref()
            .map(|link| next_page::<E>(options, link))
            .transpose()
    }
}

/// Reads a page in one pass, entities typed as they come.
struct PageVisitor<E>(PhantomData<E>);

impl<'de, E: DeserializeOwned> Visitor<'de> for PageVisitor<E> {
    type Value = Page<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a collection: an object with a `value` array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<E>, A::Error> {
        let mut value = None;
        let mut next_link = None;
        let mut extra = Extra::new();
        // The page's annotations read so far: each is given once (`@odata.count`,
        // `@odata.deltaLink`, …); a set keeps the check linear in the members.
        let mut annotations: HashSet<String> = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "value" if value.is_some() => return Err(de::Error::duplicate_field("value")),
                "value" => value = Some(map.next_value::<Vec<E>>()?),
                "@odata.nextLink" if !annotations.insert(key.clone()) => {
                    return Err(de::Error::duplicate_field("@odata.nextLink"))
                }
                "@odata.nextLink" => next_link = map.next_value::<Option<String>>()?,
                name if name.starts_with('@') && annotations.contains(name) => {
                    return Err(de::Error::custom(format_args!(
                        "duplicate annotation `{name}`: a page gives each annotation once"
                    )));
                }
                _ => {
                    if key.starts_with('@') {
                        annotations.insert(key.clone());
                    }
                    let member = map.next_value::<Member>()?;
                    extra.push_read(key, member);
                }
            }
        }
        let value = value.ok_or_else(|| de::Error::missing_field("value"))?;
        Ok(Page {
            value,
            next_link,
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{RemoteAction, RemoteActionAudit};

    const NOT_FOUND: &str = r#"{"error": {"code": "ResourceNotFound", "message": "Resource not found", "target": "id",
        "details": [{"code": "NotFound", "message": "m"}],
        "innerError": {"request-id": "r-1", "date": "2024-05-01T10:00:00", "client-request-id": "c-1", "extra": 7}}}"#;

    #[test]
    fn graph_errors_keep_every_field() {
        let error = GraphError::from_response(StatusCode::NOT_FOUND, NOT_FOUND.as_bytes()).unwrap();
        assert_eq!(error.code(), "ResourceNotFound");
        assert_eq!(error.message(), "Resource not found");
        assert_eq!(error.target(), Some("id"));
        assert_eq!(error.details().len(), 1);
        assert_eq!(error.request_id(), Some("r-1"));
        assert_eq!(error.client_request_id(), Some("c-1"));
        assert_eq!(error.date(), Some("2024-05-01T10:00:00"));
        assert_eq!(error.inner_error().unwrap()["extra"], 7);
        assert_eq!(error.body(), NOT_FOUND.as_bytes());
        assert_eq!(
            error.to_string(),
            "Graph answered 404 Not Found: ResourceNotFound: Resource not found (request-id r-1, date 2024-05-01T10:00:00); nothing at this path: check the id, the cloud and the API version"
        );
    }

    #[test]
    fn bodies_that_are_not_graph_errors_are_not_read_as_one() {
        for body in [
            &b""[..],
            b"<html>502</html>",
            b"{\"error\": \"x\"}",
            b"{\"error\": {\"code\": 1, \"message\": \"m\"}}",
            b"{\"error\": {\"code\": \"c\"}}",
        ] {
            assert!(GraphError::from_response(StatusCode::BAD_GATEWAY, body).is_none());
        }
    }

    #[test]
    fn a_page_reads_its_items_link_and_other_members() {
        let body = br#"{"@odata.context": "ctx", "value": [{"id": "1", "action": "launchRemoteHelp"}, {"id": "2"}],
            "@odata.nextLink": "https://graph.microsoft.com/beta/x?$skiptoken=2", "@odata.count": 3}"#;
        let first = page::<RemoteActionAudit>(StatusCode::OK, body).unwrap();
        assert_eq!(first.value().len(), 2);
        assert_eq!(
            first.value()[0].action,
            Some(RemoteAction::LaunchRemoteHelp)
        );
        assert_eq!(
            first.next_link(),
            Some("https://graph.microsoft.com/beta/x?$skiptoken=2")
        );
        assert_eq!(first.extra().get("@odata.count"), Some(Value::from(3)));
        let last = page::<RemoteActionAudit>(StatusCode::OK, br#"{"value": []}"#).unwrap();
        assert_eq!(last.next_link(), None);
    }

    #[test]
    fn a_bad_page_names_every_problem_with_its_path() {
        let lines = |body: &[u8]| match page::<RemoteActionAudit>(StatusCode::OK, body) {
            Err(ResponseError::InvalidBody { problems, .. }) => {
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            }
            other => panic!("expected an invalid body, got {other:?}"),
        };
        assert_eq!(
            lines(br#"{"value": [{"id": 1}, {"requestDateTime": "soon"}], "@odata.nextLink": 5}"#),
            [
                "value[0].id: expected a String, found the number 1",
                "value[1].requestDateTime: invalid DateTimeOffset \"soon\", expected RFC 3339 such as \"2017-01-01T00:03:07.1589002-08:00\" or \"2014-01-01T00:00:00Z\"",
                "[\"@odata.nextLink\"]: expected a URL (a string), found the number 5",
            ]
        );
        assert_eq!(
            lines(br#"{"items": []}"#),
            ["value: missing: a collection carries its microsoft.graph.remoteActionAudit items in `value`"]
        );
        assert_eq!(lines(b"[]"), ["$: expected a collection (an object with a `value` array), found an array of 0 elements"]);
        assert!(
            lines(br#"{"value": [], "value": []}"#)[0].starts_with("$: duplicate field `value`")
        );
        assert!(lines(b"{\"value\": [").len() == 1);
        assert!(lines(br#"{"value": []} trailing"#)[0].starts_with("$: invalid JSON"));
    }
}
