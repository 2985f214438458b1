//! What most code using graph-entity needs, in one import: `use graph_entity::prelude::*;`.
//!
//! The derives and their traits (the traits bring methods such as
//! [`GraphEntity::check_access`], [`GraphObject::extra`] and
//! [`GraphPolymorphic::odata_type`] into scope), the request helpers of [`EntityHttp`], and
//! the types a model and a request are written with.
//!
//! ```
//! use graph_entity::prelude::*;
//!
//! #[derive(GraphEntity)]
//! #[graph_entity(path = "/deviceManagement/deviceCategories")]
//! pub struct DeviceCategory {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     pub display_name: Option<String>,
//!     #[graph(extra)]
//!     pub extra: Extra,
//! }
//!
//! let read: DeviceCategory = graph_entity::from_json(br#"{"id":"1","displayName":"Kiosks","x":1}"#)?;
//! assert_eq!(read.extra().names().collect::<Vec<_>>(), ["x"]);
//! assert!(DeviceCategory::is_available_in(Cloud::Global));
//! # Ok::<(), graph_entity::Problems>(())
//! ```

pub use crate::{
    Checked, Cloud, DateTimeOffset, EntityHttp, Extra, GraphComplex, GraphEntity, GraphEnum,
    GraphObject, GraphPolymorphic, GraphValue, Mode, Payload, Problems, RequestOptions,
};
