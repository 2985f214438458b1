//! [`Payload`]: a checked create or update body, and the HTTP request that sends it.

use std::fmt;

use crate::endpoint::{Cloud, Operation, UrlError};
use crate::entity::GraphEntity;
use crate::parse::{read_checked, validate};
use crate::permissions::Permissions;
use crate::problem::Problems;
use crate::request::{self, RequestOptions};
use crate::value::Mode;

/// A create or update body for entity `E` that passed validation, ready to be sent.
///
/// Built from a typed value ([`Payload::create`], [`Payload::update`]) or from JSON that
/// comes from outside ([`Payload::create_from_json`], [`Payload::update_from_json`]); either
/// way every problem is reported at once, with its JSON path.
#[derive(Clone, Debug, PartialEq)]
pub struct Payload<E> {
    operation: Operation,
    entity: E,
}

impl<E: GraphEntity> Payload<E> {
    /// A payload made by a generated builder, whose types already guarantee what validation
    /// checks (generated code only).
    #[doc(hidden)]
    pub fn __from_builder(operation: Operation, entity: E) -> Self {
        Payload { operation, entity }
    }

    /// A create (POST) body: required properties present, read-only ones absent.
    pub fn create(entity: E) -> Result<Self, Problems> {
        validate(&entity, Mode::Create)?;
        Ok(Payload {
            operation: Operation::Create,
            entity,
        })
    }

    /// An update (PATCH) body: only the properties `entity` has are sent; read-only ones
    /// are refused, and so are explicit `null`s (kept in its `extra`) of non-nullable ones.
    pub fn update(entity: E) -> Result<Self, Problems> {
        validate(&entity, Mode::Update)?;
        Ok(Payload {
            operation: Operation::Update,
            entity,
        })
    }

    /// Reads and checks a create body from JSON bytes.
    pub fn create_from_json(bytes: &[u8]) -> Result<Self, Problems> {
        Ok(Payload {
            operation: Operation::Create,
            entity: read_checked(bytes, Mode::Create)?,
        })
    }

    /// Reads and checks an update body from JSON bytes; explicit `null`s are kept and sent.
    pub fn update_from_json(bytes: &[u8]) -> Result<Self, Problems> {
        Ok(Payload {
            operation: Operation::Update,
            entity: read_checked(bytes, Mode::Update)?,
        })
    }

    /// The operation the body is for.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The checked value.
    pub fn entity(&self) -> &E {
        &self.entity
    }

    /// The checked value, taken back.
    pub fn into_entity(self) -> E {
        self.entity
    }

    /// The permissions sending the payload needs: the permission table of its operation
    /// (`None` when the entity does not offer it).
    pub fn permissions(&self) -> Option<Permissions> {
        E::permissions(self.operation)
    }

    /// The body as sent: compact JSON, `@odata.type` first.
    pub fn to_json(&self) -> Result<Vec<u8>, RequestError> {
        serde_json::to_vec(&self.entity).map_err(|error| RequestError::Body(error.to_string()))
    }

    /// The HTTP request for `cloud`, with `arguments` for the path parameters in order
    /// (parents first; for an update, the entity's id last), each percent-encoded as one
    /// path segment.
    ///
    /// The same as [`request_with`](Self::request_with) with [`RequestOptions::new`]`(cloud)`:
    /// no token, and `Prefer: include-unknown-enum-members` when the entity needs it.
    pub fn request(
        &self,
        cloud: Cloud,
        arguments: &[&str],
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        self.request_with(&RequestOptions::new(cloud), arguments)
    }

    /// The HTTP request as `options` say (cloud, bearer token, `Prefer`), with `arguments` as
    /// for [`request`](Self::request): method and full URL, `Content-Type` and `Accept`
    /// `application/json`, then `Prefer` and `Authorization` if sent, and the JSON body.
    pub fn request_with(
        &self,
        options: &RequestOptions,
        arguments: &[&str],
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        request::build::<E>(self.operation, options, arguments, Some(self.to_json()?))
    }
}

/// Why a request could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestError {
    /// The entity does not declare the operation.
    Unsupported {
        /// The entity's type.
        entity: &'static str,
        /// The operation asked for.
        operation: Operation,
    },
    /// The operation does not exist in the national cloud the request is for
    /// (`#[graph_entity(clouds(…))]`): Graph would answer 404.
    UnavailableInCloud {
        /// The entity's type.
        entity: &'static str,
        /// The operation asked for.
        operation: Operation,
        /// The cloud asked for.
        cloud: Cloud,
        /// The clouds the operation exists in.
        available: &'static [Cloud],
    },
    /// The path arguments do not fit the template.
    Url(UrlError),
    /// The body could not be written.
    Body(String),
    /// The `http` crate refused the request.
    Http(String),
    /// The bearer token cannot be sent; the reason never quotes it.
    InvalidToken {
        /// What is wrong with it, and how to fix it.
        reason: String,
    },
    /// A collection's `@odata.nextLink` was not followed.
    NextLink {
        /// The link.
        link: String,
        /// The service root the link must start with: the options' cloud.
        expected_root: &'static str,
        /// Why it was refused.
        reason: &'static str,
    },
}

impl From<UrlError> for RequestError {
    fn from(error: UrlError) -> Self {
        RequestError::Url(error)
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::Unsupported { entity, operation } => write!(
                f,
                "{entity} does not support {operation}: add it to #[graph_entity(operations(…))] if Graph offers it"
            ),
            RequestError::UnavailableInCloud {
                entity,
                operation,
                cloud,
                available,
            } => {
                let titles: Vec<&str> = available.iter().map(|cloud| cloud.title()).collect();
                let names: Vec<&str> = available.iter().map(|cloud| cloud.name()).collect();
                write!(
                    f,
                    "{entity} {operation} does not exist in the {cloud} cloud ({}): Graph offers it in: {}; build the request for one of those (RequestOptions::new(Cloud::…)), or, if Graph now offers it there, add `{}` to #[graph_entity(clouds({}))]",
                    cloud.base_url(),
                    titles.join(", "),
                    cloud.name(),
                    names.join(", ")
                )
            }
            RequestError::Url(error) => write!(f, "{error}"),
            RequestError::Body(error) => write!(f, "the body could not be written: {error}"),
            RequestError::Http(error) => write!(f, "invalid request: {error}"),
            RequestError::InvalidToken { reason } => f.write_str(reason),
            RequestError::NextLink {
                link,
                expected_root,
                reason,
            } => write!(
                f,
                "@odata.nextLink {link:?} was not followed: {reason}; only links under {expected_root}/ are, so the bearer token goes nowhere else (build the options for the cloud that sent the page)"
            ),
        }
    }
}

impl std::error::Error for RequestError {}
