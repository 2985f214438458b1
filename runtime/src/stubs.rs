//! The placeholder impls a derive emits beside its errors, so that one mistake in a derive
//! does not also cause "trait not implemented" errors wherever the type is used.
//!
//! One template for the four derives, kept here beside the traits it implements: it is
//! compiled for placeholder types below, so a trait that changes without its stub breaks
//! this crate's build. The placeholder bodies never run: a crate holding them does not
//! compile, because the derive's errors come with them.

/// The placeholder impls of a derive (`entity`, `complex`, `enum`, `polymorphic`) for a type;
/// emitted by the derives through `__private::stubs!` when they report errors.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_entity_stubs {
    (entity $target:ty) => {
        $crate::__graph_entity_stubs!(@object $target);
        #[automatically_derived]
        impl $crate::__private::GraphEntity for $target {
            const RESOURCE: $crate::__private::Resource = $crate::__private::Resource::new(
                &[],
                "",
                $crate::__private::ApiVersion::V1,
                &[],
            );
        }
    };
    (complex $target:ty) => {
        $crate::__graph_entity_stubs!(@object $target);
        #[automatically_derived]
        impl $crate::__private::GraphComplex for $target {}
    };
    (enum $target:ty) => {
        $crate::__graph_entity_stubs!(@value $target);
        #[automatically_derived]
        impl $crate::__private::GraphEnum for $target {
            const NAME: &'static str = "";
            const MEMBERS: &'static [&'static str] = &[];
            fn as_str(&self) -> &str {
                $crate::__private::never()
            }
            fn from_member(_: &str) -> $crate::__private::core::option::Option<Self> {
                $crate::__private::never()
            }
        }
    };
    (polymorphic $target:ty) => {
        $crate::__graph_entity_stubs!(@value $target);
        #[automatically_derived]
        impl $crate::__private::NavigationTarget for $target {}
        #[automatically_derived]
        impl $crate::__private::GraphPolymorphic for $target {
            const BASE: &'static str = "";
            const TYPES: &'static [&'static str] = &[];
            const DEFAULT: $crate::__private::core::option::Option<usize> =
                $crate::__private::core::option::Option::None;
            fn type_index(&self) -> $crate::__private::core::option::Option<usize> {
                $crate::__private::never()
            }
            fn other(&self) -> $crate::__private::core::option::Option<&$crate::__private::Extra> {
                $crate::__private::never()
            }
            fn __read_variant<'de, D: $crate::__private::serde::Deserializer<'de>>(
                _: usize,
                _: D,
            ) -> $crate::__private::core::result::Result<
                $crate::__private::core::option::Option<Self>,
                D::Error,
            > {
                $crate::__private::never()
            }
            fn __from_other(_: $crate::__private::Extra) -> Self {
                $crate::__private::never()
            }
            fn __check_variant_json(
                _: usize,
                _: &$crate::__private::serde_json::Value,
                _: $crate::__private::Mode,
                _: &$crate::__private::Path<'_>,
                _: &mut $crate::__private::Problems,
            ) {
            }
        }
    };
    (@object $target:ty) => {
        $crate::__graph_entity_stubs!(@value $target);
        #[automatically_derived]
        impl $crate::__private::NavigationTarget for $target {}
        #[automatically_derived]
        impl $crate::__private::GraphObject for $target {
            const ODATA_TYPE: &'static str = "";
            const ODATA_TYPE_TAG: &'static str = "";
            const OPEN: bool = false;
            const PROPERTIES: &'static [$crate::__private::PropertyInfo] = &[];
            fn property_index(_: &str) -> $crate::__private::core::option::Option<usize> {
                $crate::__private::never()
            }
            fn extra(&self) -> &$crate::__private::Extra {
                $crate::__private::never()
            }
            fn extra_mut(&mut self) -> &mut $crate::__private::Extra {
                $crate::__private::never()
            }
            fn check_properties(
                &self,
                _: $crate::__private::Mode,
                _: &$crate::__private::Path<'_>,
                _: &mut $crate::__private::Problems,
            ) {
            }
        }
    };
    (@value $target:ty) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $target {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                _: S,
            ) -> $crate::__private::core::result::Result<S::Ok, S::Error> {
                $crate::__private::never()
            }
        }
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $target {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                _: D,
            ) -> $crate::__private::core::result::Result<Self, D::Error> {
                $crate::__private::never()
            }
        }
        #[automatically_derived]
        impl $crate::__private::GraphValue for $target {
            type Checked = Self;
            type Build = $crate::__private::Valid;
            fn from_checked(checked: Self) -> Self {
                checked
            }
            fn expected() -> $crate::__private::StdCow<'static, str> {
                $crate::__private::never()
            }
            fn schema() -> $crate::__private::SchemaType {
                $crate::__private::never()
            }
            fn check_json(
                _: &$crate::__private::serde_json::Value,
                _: $crate::__private::Mode,
                _: &$crate::__private::Path<'_>,
                _: &mut $crate::__private::Problems,
            ) {
            }
        }
    };
}

// Every stub compiled against the traits it stands in for.
#[allow(dead_code)]
mod compiled {
    struct Entity;
    struct Complex;
    enum Enum {}
    enum Polymorphic {}

    crate::__graph_entity_stubs!(entity Entity);
    crate::__graph_entity_stubs!(complex Complex);
    crate::__graph_entity_stubs!(enum Enum);
    crate::__graph_entity_stubs!(polymorphic Polymorphic);
}
