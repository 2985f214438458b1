//! Where an entity lives and who may reach it: operations, paths, API versions, national
//! clouds ([`endpoint`]), the typed locations requests go to ([`location`]) and the permission tables of its operations ([`permissions`]).

pub(crate) mod endpoint;
pub(crate) mod location;
pub(crate) mod permissions;
