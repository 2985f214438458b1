//! The model: the traits the derives implement ([`value::GraphValue`], [`object::GraphObject`],
//! [`entity::GraphEntity`], [`enums::GraphEnum`], [`polymorphic::GraphPolymorphic`]), the
//! schema shapes they describe, the [`extra::Extra`] members they keep, the builders' checked
//! values, and reading and validating JSON against them ([`parse`]).

/// The scalar `visit_*` methods of a serde visitor whose value is `()`: they accept any JSON
/// scalar and keep nothing of it, for the walks that look only at a document's structure.
// Defined before the modules below, so they see them without an import.
macro_rules! accept_any_scalar {
    () => {
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }

        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }

        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }

        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }

        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }

        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    };
}

/// The scalar `visit_*` methods (but `visit_unit`) of a serde visitor whose value is `()` and
/// that has a `check(&self, &Value)`: each scalar is checked as the JSON value it is.
macro_rules! check_each_scalar {
    () => {
        fn visit_bool<E>(self, value: bool) -> Result<(), E> {
            self.check(&Value::from(value));
            Ok(())
        }

        fn visit_i64<E>(self, value: i64) -> Result<(), E> {
            self.check(&Value::from(value));
            Ok(())
        }

        fn visit_u64<E>(self, value: u64) -> Result<(), E> {
            self.check(&Value::from(value));
            Ok(())
        }

        fn visit_f64<E>(self, value: f64) -> Result<(), E> {
            self.check(&Value::from(value));
            Ok(())
        }

        fn visit_str<E>(self, value: &str) -> Result<(), E> {
            self.check(&Value::from(value));
            Ok(())
        }
    };
}

pub(crate) mod builder;
pub(crate) mod entity;
pub(crate) mod enums;
pub(crate) mod extra;
pub(crate) mod object;
pub(crate) mod object_read;
pub(crate) mod object_write;
pub(crate) mod parse;
pub(crate) mod polymorphic;
pub(crate) mod schema;
pub(crate) mod value;
