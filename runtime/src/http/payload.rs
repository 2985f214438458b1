//! [`Payload`]: a checked create or update body, and the HTTP request that sends it.

use crate::http::error::RequestError;
use crate::http::request::{self, RequestOptions};
use crate::model::entity::GraphEntity;
use crate::model::parse::{read_checked, validate};
use crate::model::value::Mode;
use crate::resource::endpoint::{Cloud, Operation};
use crate::resource::location::Address;
use crate::resource::permissions::Permissions;
use crate::validate::problem::Problems;

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
    /// checks (reached by generated code through `__private`).
    pub(crate) fn from_builder(operation: Operation, entity: E) -> Self {
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

    /// The body as sent: compact JSON, `@odata.type` first (even when the entity was read
    /// without one; nested values carry it where they were read with it).
    pub fn to_json(&self) -> Result<Vec<u8>, RequestError> {
        let mut body = Vec::with_capacity(128);
        self.entity
            .__serialize(&mut serde_json::Serializer::new(&mut body), true)
            .map_err(|error| RequestError::Body(error.to_string()))?;
        Ok(body)
    }

    /// The HTTP request for `cloud`, sent to `address`: for a create the collection, a
    /// [`Location`](crate::Location) (`Event::at_users_events(user_id)`,
    /// `RemoteActionAudit::location()`); for an update one item of it, an
    /// [`ItemLocation`](crate::ItemLocation) (`location.item(id)`). Every argument is
    /// percent-encoded as one path segment; the other address kind is
    /// [`RequestError::Address`]. An empty argument, or `.` or `..` in any spelling a URL
    /// parser decodes to them (`%2e`, `.%2E`, …), is refused
    /// ([`UrlError::DotSegment`](crate::UrlError::DotSegment)): URL parsers would drop such a
    /// segment, or the one before it, and the request would go to another path.
    ///
    /// The same as [`request_with`](Self::request_with) with [`RequestOptions::new`]`(cloud)`:
    /// no token, and `Prefer: include-unknown-enum-members` when the entity needs it.
    pub fn request(
        &self,
        cloud: Cloud,
        address: &impl Address<E>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        self.request_with(&RequestOptions::new(cloud), address)
    }

    /// The HTTP request as `options` say (cloud, bearer token, `Prefer`), sent to `address`
    /// as for [`request`](Self::request): method and full URL, `Content-Type` and `Accept`
    /// `application/json`, then `Prefer` and `Authorization` if sent, and the JSON body.
    pub fn request_with(
        &self,
        options: &RequestOptions,
        address: &impl Address<E>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        request::build::<E>(
            self.operation,
            options,
            address.__target(),
            Some(self.to_json()?),
        )
    }
}
