//! Code for a checked enumeration: member names, `Serialize`, `Deserialize`, checks,
//! `Display` and `FromStr`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Enum;
use crate::expand_object::private;

pub fn expand(enumeration: &Enum) -> TokenStream {
    let ident = enumeration.ident;
    let p = private(&enumeration.krate);
    let name = &enumeration.name;
    let Some(other) = enumeration.other else {
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

    quote! {
        #[allow(deprecated, non_local_definitions, unused_qualifications, clippy::all)]
        const _: () = {
            impl #p::GraphEnum for #ident {
                const NAME: &'static str = #name;
                const MEMBERS: &'static [&'static str] = &[#(#json_names),*];

                fn as_str(&self) -> &str {
                    match self {
                        #( #ident::#variants => #json_names, )*
                        #ident::#other(name) => name,
                    }
                }

                fn from_member(name: &str) -> #p::core::option::Option<Self> {
                    match name {
                        #( #json_names => #p::core::option::Option::Some(#ident::#variants), )*
                        // Graph reads members in any case (`"Required"` for `required`).
                        _ => #p::member_ignoring_case::<Self>(name),
                    }
                }

                // Validation asks this of every enum value: only the catch-all needs a lookup.
                fn is_known(&self) -> bool {
                    match self {
                        #ident::#other(name) => <Self as #p::GraphEnum>::from_member(name).is_some(),
                        _ => true,
                    }
                }
            }

            impl #p::GraphValue for #ident {
                type Checked = Self;

                fn from_checked(checked: Self) -> Self {
                    checked
                }

                fn expected() -> #p::StdCow<'static, str> {
                    #p::expected_enum::<Self>()
                }

                fn schema() -> #p::SchemaType {
                    #p::SchemaType::Enum {
                        name: <Self as #p::GraphEnum>::NAME,
                        members: <Self as #p::GraphEnum>::MEMBERS,
                    }
                }

                fn check_json(
                    value: &#p::serde_json::Value,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #p::check_enum_json::<Self>(value, mode, path, problems)
                }

                fn check_value(
                    &self,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #p::check_enum_value::<Self>(self, mode, path, problems)
                }
            }

            impl #p::serde::Serialize for #ident {
                fn serialize<__S>(&self, serializer: __S) -> #p::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #p::serde::Serializer,
                {
                    serializer.serialize_str(#p::GraphEnum::as_str(self))
                }
            }

            impl<'de> #p::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(deserializer: __D) -> #p::core::result::Result<Self, __D::Error>
                where
                    __D: #p::serde::Deserializer<'de>,
                {
                    struct __Visitor;

                    impl<'de> #p::serde::de::Visitor<'de> for __Visitor {
                        type Value = #ident;

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

            impl #p::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                    f.write_str(#p::GraphEnum::as_str(self))
                }
            }

            impl #p::core::str::FromStr for #ident {
                type Err = #p::core::convert::Infallible;

                /// Any name parses: an unknown one into the catch-all variant.
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
