//! Code for a checked enumeration: member names, `Serialize`, `Deserialize`, checks,
//! `Display` and `FromStr`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Enum;
use crate::expand_value::{graph_value, private, ValueImpl};

pub fn expand(enumeration: &Enum) -> TokenStream {
    let ident = enumeration.ident;
    let p = private(&enumeration.krate);
    let name = &enumeration.name;
    let Some(other) = enumeration.other() else {
        return TokenStream::new();
    };
    let variants: Vec<_> = enumeration
        .members
        .iter()
        .map(|member| member.ident)
        .collect();
    let json_names: Vec<_> = enumeration
        .members
        .iter()
        .map(|member| member.json_name.as_str())
        .collect();
    let expecting = format!("a {name} member");
    // Graph's marker for the members added later: read, never sent.
    let sentinels = enumeration
        .members
        .iter()
        .filter(|member| member.json_name.eq_ignore_ascii_case("unknownFutureValue"))
        .map(|member| member.ident);
    let graph_value = graph_value(
        ident,
        &p,
        ValueImpl {
            builder_made: false,
            expected: quote!(#p::expected_enum::<Self>()),
            schema: quote! {
                #p::SchemaType::Enum {
                    name: <Self as #p::GraphEnum>::NAME,
                    members: <Self as #p::GraphEnum>::MEMBERS,
                }
            },
            check_json: quote!(#p::check_enum_json::<Self>(value, mode, path, problems)),
            check_value: quote!(#p::check_enum_value::<Self>(self, mode, path, problems)),
        },
    );

    quote! {
        #[allow(
            deprecated,
            non_local_definitions,
            unreachable_patterns,
            unused_qualifications,
            clippy::all
        )]
        const _: () = {
            #[automatically_derived]
            impl #p::GraphEnum for #ident {
                const NAME: &'static str = #name;
                const MEMBERS: &'static [&'static str] = &[#(#json_names),*];

                #[inline]
                fn as_str(&self) -> &str {
                    match self {
                        #( #ident::#variants => #json_names, )*
                        #ident::#other(name) => name,
                    }
                }

                #[inline]
                fn from_member(name: &str) -> #p::core::option::Option<Self> {
                    match name {
                        #( #json_names => #p::core::option::Option::Some(#ident::#variants), )*
                        // Graph reads members in any case (`"Required"` for `required`).
                        _ => #p::member_ignoring_case::<Self>(name),
                    }
                }

                // Validation asks this of every enum value: only the catch-all needs a lookup.
                #[inline]
                fn is_known(&self) -> bool {
                    match self {
                        #ident::#other(name) => <Self as #p::GraphEnum>::from_member(name).is_some(),
                        _ => true,
                    }
                }

                // Likewise: payloads send neither the catch-all nor `unknownFutureValue`.
                #[inline]
                fn is_sendable(&self) -> bool {
                    match self {
                        #ident::#other(name) => <Self as #p::GraphEnum>::from_member(name)
                            .is_some_and(|member| #p::GraphEnum::is_sendable(&member)),
                        #( #ident::#sentinels => false, )*
                        _ => true,
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
                    serializer.serialize_str(#p::GraphEnum::as_str(self))
                }
            }

            #[automatically_derived]
            impl<'de> #p::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(deserializer: __D) -> #p::core::result::Result<Self, __D::Error>
                where
                    __D: #p::serde::Deserializer<'de>,
                {
                    struct __Visitor;

                    #[automatically_derived]
                    impl<'de> #p::serde::de::Visitor<'de> for __Visitor {
                        type Value = #ident;

                        #[inline]
                        fn expecting(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                            f.write_str(#expecting)
                        }

                        fn visit_str<__E>(self, name: &str) -> #p::core::result::Result<#ident, __E>
                        where
                            __E: #p::serde::de::Error,
                        {
                            #p::core::result::Result::Ok(
                                <#ident as #p::GraphEnum>::from_member(name)
                                    .unwrap_or_else(|| #ident::#other(#p::String::from(name))),
                            )
                        }
                    }

                    #p::serde::Deserializer::deserialize_str(deserializer, __Visitor)
                }
            }

            #[automatically_derived]
            impl #p::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                    f.write_str(#p::GraphEnum::as_str(self))
                }
            }

            #[automatically_derived]
            impl #p::core::str::FromStr for #ident {
                type Err = #p::core::convert::Infallible;

                /// Any name parses: an unknown one into the catch-all variant.
                #[inline]
                fn from_str(name: &str) -> #p::core::result::Result<Self, Self::Err> {
                    #p::core::result::Result::Ok(
                        <#ident as #p::GraphEnum>::from_member(name)
                            .unwrap_or_else(|| #ident::#other(#p::String::from(name))),
                    )
                }
            }
        };
    }
}
