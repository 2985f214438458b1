#![doc = include_str!("../README.md")]
//!
//! ## Entities under others, deep insert and binding
//!
//! An entity Graph offers at several places has one `path` each, and a typed
//! [`Location`] per path whose parameters the compiler counts; `no_path` entities,
//! `immutable` and `navigation` properties describe the rest of Graph's schema:
//!
//! ```
//! use graph_entity::{Cloud, EntityHttp, Extra, GraphEntity, Payload, RequestOptions};
//!
//! #[derive(GraphEntity, Debug, Default)]
//! #[graph_entity(no_path)] // only ever inside an accessPackage
//! pub struct AccessPackageResourceRole {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     #[graph(required)]
//!     pub display_name: Option<String>,
//!     #[graph(extra)]
//!     pub extra: Extra,
//! }
//!
//! #[derive(GraphEntity, Debug, Default)]
//! #[graph_entity(
//!     path = "/identityGovernance/entitlementManagement/accessPackages",
//!     path = "/identityGovernance/entitlementManagement/catalogs/{accessPackageCatalog-id}/accessPackages",
//!     navigation(catalog)
//! )]
//! pub struct AccessPackage {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     #[graph(required)]
//!     pub display_name: Option<String>,
//!     #[graph(immutable)] // set on create, refused on update
//!     pub created_by: Option<String>,
//!     #[graph(navigation)] // deep insert
//!     pub resource_roles: Option<Vec<AccessPackageResourceRole>>,
//!     #[graph(extra)]
//!     pub extra: Extra,
//! }
//!
//! let role = AccessPackageResourceRole::create(AccessPackageResourceRoleRequired {
//!     display_name: "Member".into(),
//! })
//! .build();
//! let create = AccessPackage::create(AccessPackageRequired { display_name: "Sales".into() })
//!     .created_by("admin@contoso.com")
//!     .resource_roles(vec![role])
//!     .build();
//! let in_catalog =
//!     AccessPackage::at_identity_governance_entitlement_management_catalogs_access_packages("c1");
//! let request = create.request(Cloud::Global, &in_catalog)?;
//! assert_eq!(
//!     request.uri(),
//!     "https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/catalogs/c1/accessPackages"
//! );
//! let options = RequestOptions::new(Cloud::Global);
//! let everywhere =
//!     AccessPackage::at_identity_governance_entitlement_management_access_packages();
//! let get = AccessPackage::get_request(&options, &everywhere.item("p1"))?;
//! assert_eq!(get.uri().path(), "/v1.0/identityGovernance/entitlementManagement/accessPackages/p1");
//!
//! // `createdBy` cannot change, and `catalog@odata.bind` is kept.
//! let problems = Payload::<AccessPackage>::update_from_json(br#"{"createdBy": "x"}"#).unwrap_err();
//! assert_eq!(
//!     problems.to_string(),
//!     "createdBy: immutable property: set it on create only; Graph refuses it on update"
//! );
//! let bind = br#"{"displayName": "Sales", "catalog@odata.bind": "https://graph.microsoft.com/v1.0/catalogs/c1"}"#;
//! assert!(Payload::<AccessPackage>::create_from_json(bind).is_ok());
//! # Ok::<(), graph_entity::RequestError>(())
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
mod stubs;
mod validate;

pub mod models;
pub mod prelude;

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
    prefers_unknown_enum_members, EntityHttp, RequestOptions, INCLUDE_UNKNOWN_ENUM_MEMBERS,
};
pub use http::response::{GraphError, Page, ResponseError};
pub use model::builder::{
    BuilderOperation, BuilderState, Checked, ForCreate, ForUpdate, IntoInput, Unverified, Valid,
};
pub use model::entity::GraphEntity;
pub use model::enums::GraphEnum;
pub use model::extra::Extra;
pub use model::object::{GraphComplex, GraphObject, NavigationTarget};
pub use model::parse::{from_json, validate, validate_json};
pub use model::polymorphic::GraphPolymorphic;
pub use model::value::{GraphValue, Mode};
pub use resource::endpoint::{
    ApiVersion, Cloud, Endpoint, Operation, Resource, ResourcePath, UrlError,
};
pub use resource::location::{Address, ItemLocation, Location};
pub use resource::permissions::{Access, Granted, PermissionType, Permissions, Scopes};
pub use validate::problem::{Problem, Problems};

pub use graph_entity_macros::{GraphComplex, GraphEntity, GraphEnum, GraphPolymorphic};

/// The guide's Rust blocks, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/GUIDE.md")]
pub struct GuideDoctests;
