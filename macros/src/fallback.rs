//! When a derive has errors, its errors plus placeholder impls of the traits it would have
//! implemented, so one mistake does not also cause "trait not implemented" errors wherever
//! the type is used. The placeholders never run: the crate does not compile.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr::Derive;
use crate::expand_object::private;

pub fn expand(
    input: &DeriveInput,
    derive: Derive,
    krate: &TokenStream,
    errors: syn::Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    if !input.generics.params.is_empty() {
        return errors;
    }
    let ident = &input.ident;
    let p = private(krate);
    let stubs = match derive {
        Derive::Entity | Derive::Complex => object_stubs(derive, &p),
        Derive::Enum => enum_stubs(&p),
        Derive::Polymorphic => polymorphic_stubs(&p),
    };
    quote! {
        #errors
        #[allow(deprecated, unused_qualifications, unreachable_code, clippy::all)]
        const _: () = {
            type __Target = #ident;
            #stubs
            impl #p::serde::Serialize for __Target {
                fn serialize<__S: #p::serde::Serializer>(&self, _: __S) -> #p::core::result::Result<__S::Ok, __S::Error> {
                    #p::core::unreachable!()
                }
            }
            impl<'de> #p::serde::Deserialize<'de> for __Target {
                fn deserialize<__D: #p::serde::Deserializer<'de>>(_: __D) -> #p::core::result::Result<Self, __D::Error> {
                    #p::core::unreachable!()
                }
            }
            impl #p::GraphValue for __Target {
                type Checked = Self;
                fn from_checked(checked: Self) -> Self {
                    checked
                }
                fn expected() -> #p::StdCow<'static, str> {
                    #p::core::unreachable!()
                }
                fn schema() -> #p::SchemaType {
                    #p::core::unreachable!()
                }
                fn check_json(_: &#p::serde_json::Value, _: #p::Mode, _: &#p::Path<'_>, _: &mut #p::Problems) {}
            }
        };
    }
}

fn object_stubs(derive: Derive, p: &TokenStream) -> TokenStream {
    let kind = match derive {
        Derive::Entity => quote! {
            impl #p::GraphEntity for __Target {
                const RESOURCE: #p::Resource =
                    #p::Resource::new(&[], "", #p::ApiVersion::V1, &[]);
            }
        },
        _ => quote!(impl #p::GraphComplex for __Target {}),
    };
    quote! {
        impl #p::GraphObject for __Target {
            const ODATA_TYPE: &'static str = "";
            const ODATA_TYPE_TAG: &'static str = "";
            const OPEN: bool = false;
            const PROPERTIES: &'static [#p::PropertyInfo] = &[];
            fn property_index(_: &str) -> #p::core::option::Option<usize> {
                #p::core::option::Option::None
            }
            fn extra(&self) -> &#p::Extra {
                #p::core::unreachable!()
            }
            fn extra_mut(&mut self) -> &mut #p::Extra {
                #p::core::unreachable!()
            }
            fn check_properties(&self, _: #p::Mode, _: &#p::Path<'_>, _: &mut #p::Problems) {}
        }
        impl #p::NavigationTarget for __Target {}
        #kind
    }
}

fn enum_stubs(p: &TokenStream) -> TokenStream {
    quote! {
        impl #p::GraphEnum for __Target {
            const NAME: &'static str = "";
            const MEMBERS: &'static [&'static str] = &[];
            fn as_str(&self) -> &str {
                #p::core::unreachable!()
            }
            fn from_member(_: &str) -> #p::core::option::Option<Self> {
                #p::core::option::Option::None
            }
        }
    }
}

fn polymorphic_stubs(p: &TokenStream) -> TokenStream {
    quote! {
        impl #p::NavigationTarget for __Target {}
        impl #p::GraphPolymorphic for __Target {
            const BASE: &'static str = "";
            const TYPES: &'static [&'static str] = &[];
            const DEFAULT: #p::core::option::Option<usize> = #p::core::option::Option::None;
            fn type_index(&self) -> #p::core::option::Option<usize> {
                #p::core::unreachable!()
            }
            fn other(&self) -> #p::core::option::Option<&#p::Extra> {
                #p::core::unreachable!()
            }
            fn __read_variant<'de, __D: #p::serde::Deserializer<'de>>(
                _: usize,
                _: __D,
            ) -> #p::core::result::Result<#p::core::option::Option<Self>, __D::Error> {
                #p::core::unreachable!()
            }
            fn __from_other(_: #p::Extra) -> Self {
                #p::core::unreachable!()
            }
            fn __check_variant_json(_: usize, _: &#p::serde_json::Value, _: #p::Mode, _: &#p::Path<'_>, _: &mut #p::Problems) {}
        }
    }
}
