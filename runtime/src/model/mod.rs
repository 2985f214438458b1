//! The model: the traits the derives implement ([`value::GraphValue`], [`object::GraphObject`],
//! [`entity::GraphEntity`], [`enums::GraphEnum`], [`polymorphic::GraphPolymorphic`]), the
//! schema shapes they describe, the [`extra::Extra`] members they keep, the builders' checked
//! values, and reading and validating JSON against them ([`parse`]).

pub(crate) mod builder;
pub(crate) mod entity;
pub(crate) mod enums;
pub(crate) mod extra;
pub(crate) mod object;
pub(crate) mod parse;
pub(crate) mod polymorphic;
pub(crate) mod schema;
pub(crate) mod value;
