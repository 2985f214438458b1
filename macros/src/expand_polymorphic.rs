//! Code for a checked enum of derived types: `GraphPolymorphic` (the types and the dispatch),
//! `GraphValue` (checks per element, by its own type), `Serialize`, `Deserialize`, and
//! `From` each derived type. Everything sits in `const _: () = { … };` and names the
//! runtime through `{crate}::__private` only.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::Polymorphic;
use crate::expand_value::{graph_value, private, ValueImpl};

pub fn expand(model: &Polymorphic) -> TokenStream {
    let ident = model.ident;
    let p = private(&model.krate);
    let base = &model.base;
    let Some((other, other_ty)) = model.other() else {
        return TokenStream::new();
    };
    let variants: Vec<_> = model.variants.iter().map(|variant| variant.ident).collect();
    let types: Vec<_> = model.variants.iter().map(|variant| variant.ty).collect();
    let indexes: Vec<_> = (0..variants.len()).collect();
    // Each derived type's name is reached through `<Type as __DerivedType>`, spanned on the
    // type: a type that is not a Graph object then gets one error, at the variant.
    let odata_types = types
        .iter()
        .map(|ty| quote_spanned!(ty.span()=> <#ty as __DerivedType>::ODATA_TYPE));
    // Known types are written with `@odata.type` (the base type's own variant as read),
    // through `__DerivedType` for the same reason.
    let serialize_variants = types.iter().zip(&indexes).map(|(ty, index)| {
        quote_spanned!(ty.span()=> <#ty as __DerivedType>::serialize_typed(
            value,
            serializer,
            #p::core::option::Option::Some(#index) != <Self as #p::GraphPolymorphic>::DEFAULT,
        ))
    });
    let default = match model.default() {
        Some(index) => quote!(#p::core::option::Option::Some(#index)),
        None => quote!(#p::core::option::Option::None),
    };
    // The catch-all's type is reached only through `<Type as __OtherField>`: a type other than
    // `Extra` gets one error, at the variant.
    let other_field = quote!(<#other_ty as __OtherField>);
    let graph_value = graph_value(
        ident,
        &p,
        ValueImpl {
            // Builders take a derived value only as its own builder made it.
            builder_made: true,
            expected: quote!(#p::expected_polymorphic::<Self>()),
            schema: quote! {
                #p::SchemaType::Polymorphic {
                    base: <Self as #p::GraphPolymorphic>::BASE,
                    derived: &[#( <#types as #p::GraphValue>::schema ),*],
                }
            },
            check_json: quote!(#p::check_polymorphic_json::<Self>(value, mode, path, problems)),
            check_value: quote! {
                match self {
                    #( #ident::#variants(value) => <#types as #p::GraphValue>::check_value(value, mode, path, problems), )*
                    #ident::#other(extra) => #p::check_polymorphic_other::<Self>(#other_field::get(extra), mode, path, problems),
                }
            },
        },
    );

    quote! {
        #[allow(
            deprecated,
            non_local_definitions,
            unused_qualifications,
            unknown_or_malformed_diagnostic_attributes,
            clippy::all
        )]
        const _: () = {
            #[diagnostic::on_unimplemented(
                message = "the `#[graph(other)]` variant must hold a `graph_entity::Extra`, not `{Self}`",
                label = "not `graph_entity::Extra`",
                note = "write `#[graph(other)] Other(graph_entity::Extra),`; it keeps the JSON of a type the enum does not know",
            )]
            trait __OtherField {
                fn get(&self) -> &#p::Extra;
                fn from_extra(extra: #p::Extra) -> Self;
            }

            #[diagnostic::on_unimplemented(
                message = "a `GraphPolymorphic` variant holds a derived Graph type, not `{Self}`",
                label = "not a `GraphEntity` or `GraphComplex` type",
                note = "each variant holds one type with `#[derive(GraphEntity)]` or `#[derive(GraphComplex)]`, such as `Boolean(DeviceHealthScriptBooleanParameter)`",
            )]
            trait __DerivedType {
                const ODATA_TYPE: &'static str;
                fn serialize_typed<__S: #p::serde::Serializer>(
                    &self,
                    serializer: __S,
                    always_type: bool,
                ) -> #p::core::result::Result<__S::Ok, __S::Error>;
            }

            #[diagnostic::do_not_recommend]
            #[automatically_derived]
            impl<T: #p::GraphObject> __DerivedType for T {
                const ODATA_TYPE: &'static str = <T as #p::GraphObject>::ODATA_TYPE;
                fn serialize_typed<__S: #p::serde::Serializer>(
                    &self,
                    serializer: __S,
                    always_type: bool,
                ) -> #p::core::result::Result<__S::Ok, __S::Error> {
                    <T as #p::GraphObject>::__serialize(self, serializer, always_type)
                }
            }

            #[diagnostic::do_not_recommend]
            #[automatically_derived]
            impl __OtherField for #p::Extra {
                #[inline]
                fn get(&self) -> &#p::Extra {
                    self
                }
                #[inline]
                fn from_extra(extra: #p::Extra) -> Self {
                    extra
                }
            }

            #[diagnostic::do_not_recommend]
            #[automatically_derived]
            impl #p::NavigationTarget for #ident {}

            #[automatically_derived]
            impl #p::GraphPolymorphic for #ident {
                const BASE: &'static str = #base;
                const TYPES: &'static [&'static str] = &[#(#odata_types),*];
                const DEFAULT: #p::core::option::Option<usize> = #default;

                #[inline]
                fn type_index(&self) -> #p::core::option::Option<usize> {
                    match self {
                        #( #ident::#variants(_) => #p::core::option::Option::Some(#indexes), )*
                        #ident::#other(_) => #p::core::option::Option::None,
                    }
                }

                #[inline]
                fn other(&self) -> #p::core::option::Option<&#p::Extra> {
                    match self {
                        #ident::#other(extra) => #p::core::option::Option::Some(#other_field::get(extra)),
                        _ => #p::core::option::Option::None,
                    }
                }

                fn __read_variant<'de, __D>(
                    index: usize,
                    deserializer: __D,
                ) -> #p::core::result::Result<#p::core::option::Option<Self>, __D::Error>
                where
                    __D: #p::serde::Deserializer<'de>,
                {
                    match index {
                        #(
                            #indexes => #p::core::result::Result::Ok(#p::core::option::Option::Some(
                                #ident::#variants(<#types as #p::serde::Deserialize<'de>>::deserialize(deserializer)?),
                            )),
                        )*
                        _ => #p::core::result::Result::Ok(#p::core::option::Option::None),
                    }
                }

                #[inline]
                fn __from_other(extra: #p::Extra) -> Self {
                    #ident::#other(#other_field::from_extra(extra))
                }

                #[inline]
                fn __check_variant_json(
                    index: usize,
                    value: &#p::serde_json::Value,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    match index {
                        #( #indexes => <#types as #p::GraphValue>::check_json(value, mode, path, problems), )*
                        _ => {}
                    }
                }
            }

            #graph_value

            #[automatically_derived]
            impl #p::serde::Serialize for #ident {
                fn serialize<__S>(&self, serializer: __S) -> #p::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #p::serde::Serializer,
                {
                    match self {
                        #( #ident::#variants(value) => #serialize_variants, )*
                        #ident::#other(extra) => <#p::Extra as #p::serde::Serialize>::serialize(#other_field::get(extra), serializer),
                    }
                }
            }

            #[automatically_derived]
            impl<'de> #p::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(deserializer: __D) -> #p::core::result::Result<Self, __D::Error>
                where
                    __D: #p::serde::Deserializer<'de>,
                {
                    #p::deserialize_polymorphic::<Self, __D>(deserializer)
                }
            }

            #(
                #[automatically_derived]
                impl #p::core::convert::From<#types> for #ident {
                    #[inline]
                    fn from(value: #types) -> Self {
                        #ident::#variants(value)
                    }
                }
            )*
        };
    }
}
