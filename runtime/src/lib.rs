//! Typed, checked Microsoft Graph payloads.
//!
//! Annotate a plain struct with `#[derive(GraphEntity)]` and get, from that one declaration:
//! `@odata.type` written and checked, create and update endpoint metadata, run-time
//! validation that reports every problem with its JSON path, and a lossless JSON round trip.
//!
//! ```
//! use graph_entity::{DateTimeOffset, Extra, GraphEntity, GraphEnum, Payload};
//!
//! #[derive(GraphEntity, Debug)]
//! #[graph_entity(path = "/deviceManagement/deviceCategories", version = "beta")]
//! pub struct DeviceCategory {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     #[graph(required)]
//!     pub display_name: Option<String>,
//!     pub description: Option<String>,
//!     #[graph(extra)]
//!     pub extra: Extra,
//! }
//!
//! let category = DeviceCategory {
//!     id: None,
//!     display_name: Some("Kiosks".into()),
//!     description: None,
//!     extra: Extra::new(),
//! };
//! let payload = Payload::create(category).unwrap();
//! let request = payload.request(graph_entity::Cloud::Global, &[]).unwrap();
//! assert_eq!(request.uri(), "https://graph.microsoft.com/beta/deviceManagement/deviceCategories");
//! assert_eq!(
//!     request.body(),
//!     br##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Kiosks"}"##
//! );
//! ```
//!
//! The derives are [`GraphEntity`](macro@GraphEntity) for entity types,
//! [`GraphComplex`](macro@GraphComplex) for complex types, [`GraphEnum`](macro@GraphEnum)
//! for enumerations and [`GraphPolymorphic`](macro@GraphPolymorphic) for the derived types of
//! a base type, told apart by `@odata.type`. The seed models live in [`models`].
#![forbid(unsafe_code)]

// The derives name this crate `::graph_entity`; this lets the shipped models use them too.
extern crate self as graph_entity;

mod edm;
mod http;
mod model;
mod resource;
mod validate;

pub mod models;

#[cfg(feature = "csdl")]
pub mod csdl;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use edm::datetime::{DateTimeOffset, DateTimeOffsetError};
pub use edm::flags::Flags;
pub use edm::primitives::{Binary, Date, Duration, EdmError, Guid, TimeOfDay};
pub use http::error::RequestError;
pub use http::payload::Payload;
pub use http::request::{
    members_after_unknown_future_value, prefers_unknown_enum_members, EntityHttp, RequestOptions,
    INCLUDE_UNKNOWN_ENUM_MEMBERS, PREFER,
};
pub use http::response::{GraphError, Page, ResponseError};
pub use model::builder::{Checked, IntoInput};
pub use model::entity::GraphEntity;
pub use model::enums::GraphEnum;
pub use model::extra::Extra;
pub use model::object::{GraphComplex, GraphObject, PropertyInfo};
pub use model::parse::{from_json, validate, validate_json};
pub use model::polymorphic::GraphPolymorphic;
pub use model::schema::SchemaType;
pub use model::value::{describe_json, GraphValue, Mode};
pub use resource::endpoint::{ApiVersion, Cloud, Endpoint, Operation, Resource, UrlError};
pub use resource::permissions::{Access, Granted, PermissionType, Permissions, Scopes};
pub use validate::path::{Path, Segment};
pub use validate::problem::{Problem, Problems};

pub use graph_entity_macros::{GraphComplex, GraphEntity, GraphEnum, GraphPolymorphic};
