//! Code for a checked entity or complex type: property table, `@odata.type`, checks,
//! `Serialize` and `Deserialize`, and for entities the resource. Everything sits in
//! `const _: () = { … };` and names the runtime through `{crate}::__private` only.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Object, Resource};
use crate::attr::{Derive, Version};

pub fn expand(object: &Object) -> TokenStream {
    let ident = object.ident;
    let p = private(&object.krate);
    let odata_type = &object.odata_type;
    let odata_type_tag = format!("#{odata_type}");
    let open = object.open;
    let Some(extra) = object.extra else {
        return TokenStream::new();
    };

    let members: Vec<_> = object
        .properties
        .iter()
        .map(|property| property.member)
        .collect();
    let types: Vec<_> = object
        .properties
        .iter()
        .map(|property| property.ty)
        .collect();
    let json_names: Vec<_> = object
        .properties
        .iter()
        .map(|property| property.json_name.as_str())
        .collect();
    let rust_names: Vec<_> = members.iter().map(|member| member.to_string()).collect();
    let required: Vec<_> = object
        .properties
        .iter()
        .map(|p| p.required.is_some())
        .collect();
    let read_only: Vec<_> = object
        .properties
        .iter()
        .map(|p| p.read_only.is_some())
        .collect();
    let nullable: Vec<_> = object.properties.iter().map(|p| p.nullable()).collect();
    let indexes: Vec<_> = (0..members.len()).collect();
    let slots: Vec<_> = (0..members.len())
        .map(|index| quote::format_ident!("__property{}", index))
        .collect();

    // Complex values are replaced whole by Graph, so they follow create rules inside updates.
    let mode = match object.derive {
        Derive::Complex => quote!(mode.for_whole_value()),
        _ => quote!(mode),
    };
    let expecting = format!("a {odata_type} object");

    let kind_impl = match (&object.derive, &object.resource) {
        (Derive::Entity, Some(resource)) => {
            let resource = expand_resource(resource, &p);
            quote! {
                impl #p::GraphEntity for #ident {
                    const RESOURCE: #p::Resource = #resource;
                }
            }
        }
        _ => quote! {
            impl #p::GraphComplex for #ident {}
        },
    };

    quote! {
        #[allow(deprecated, non_local_definitions, unused_qualifications, clippy::all)]
        const _: () = {
            impl #p::GraphValue for #ident {
                fn expected() -> #p::StdCow<'static, str> {
                    #p::expected_object::<Self>()
                }

                fn check_json(
                    value: &#p::serde_json::Value,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #p::check_object_json::<Self>(value, #mode, path, problems)
                }

                fn check_value(
                    &self,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #p::check_object_value::<Self>(self, #mode, path, problems)
                }
            }

            impl #p::GraphObject for #ident {
                const ODATA_TYPE: &'static str = #odata_type;
                const ODATA_TYPE_TAG: &'static str = #odata_type_tag;
                const OPEN: bool = #open;
                const PROPERTIES: &'static [#p::PropertyInfo] = &[
                    #(
                        #p::PropertyInfo::new(
                            #json_names,
                            #rust_names,
                            #required,
                            #read_only,
                            #nullable,
                            <#types as #p::GraphValue>::expected,
                            <#types as #p::GraphValue>::check_json,
                        ),
                    )*
                ];

                fn property_index(json_name: &str) -> #p::core::option::Option<usize> {
                    match json_name {
                        #( #json_names => #p::core::option::Option::Some(#indexes), )*
                        _ => #p::core::option::Option::None,
                    }
                }

                fn extra(&self) -> &#p::Extra {
                    &self.#extra
                }

                fn extra_mut(&mut self) -> &mut #p::Extra {
                    &mut self.#extra
                }

                fn check_properties(
                    &self,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #(
                        #p::check_property::<Self, #types>(
                            &self.#members,
                            &<Self as #p::GraphObject>::PROPERTIES[#indexes],
                            &self.#extra,
                            mode,
                            path,
                            problems,
                        );
                    )*
                }
            }

            #kind_impl

            impl #p::serde::Serialize for #ident {
                fn serialize<__S>(&self, serializer: __S) -> #p::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #p::serde::Serializer,
                {
                    use #p::serde::ser::SerializeMap as _;
                    let mut map = #p::serde::Serializer::serialize_map(serializer, #p::core::option::Option::None)?;
                    map.serialize_entry("@odata.type", #odata_type_tag)?;
                    #(
                        if !#p::GraphValue::is_absent(&self.#members) {
                            map.serialize_entry(#json_names, &self.#members)?;
                        }
                    )*
                    #p::write_extra(&mut map, &self.#extra, |name: &str| match name {
                        #( #json_names => !#p::GraphValue::is_absent(&self.#members), )*
                        _ => false,
                    })?;
                    map.end()
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

                        fn visit_map<__A>(self, mut map: __A) -> #p::core::result::Result<#ident, __A::Error>
                        where
                            __A: #p::serde::de::MapAccess<'de>,
                        {
                            let mut __extra = #p::Extra::new();
                            #( let mut #slots: #p::core::option::Option<#types> = #p::core::option::Option::None; )*
                            while let #p::core::option::Option::Some(key) = map.next_key_seed(
                                #p::KeySeed(<#ident as #p::GraphObject>::property_index),
                            )? {
                                match key {
                                    #p::FieldKey::OdataType => {
                                        map.next_value_seed(#p::OdataTypeSeed::<#ident>::new())?;
                                    }
                                    #p::FieldKey::Other(name) => {
                                        #p::read_extra(&mut map, &mut __extra, name)?;
                                    }
                                    #p::FieldKey::Property(index) => match index {
                                        #( #indexes => #p::read_property(&mut map, &mut #slots, &mut __extra, #json_names)?, )*
                                        _ => {
                                            map.next_value::<#p::serde::de::IgnoredAny>()?;
                                        }
                                    },
                                }
                            }
                            #p::core::result::Result::Ok(#ident {
                                #( #members: #p::finish_property(#slots, #json_names)?, )*
                                #extra: __extra,
                            })
                        }
                    }

                    #p::serde::Deserializer::deserialize_map(deserializer, __Visitor)
                }
            }
        };
    }
}

/// The runtime's hidden module, through the crate path (`::graph_entity` unless `crate = …`).
pub fn private(krate: &TokenStream) -> TokenStream {
    quote!(#krate::__private)
}

fn expand_resource(resource: &Resource, p: &TokenStream) -> TokenStream {
    let Resource {
        collection_path,
        item_path,
        collection_parameters,
        item_parameters,
        version,
        operations,
    } = resource;
    let version = match version {
        Version::V1 => quote!(#p::ApiVersion::V1),
        Version::Beta => quote!(#p::ApiVersion::Beta),
    };
    let operations = operations.iter().map(|operation| {
        let variant = quote::format_ident!("{}", operation.variant_name());
        quote!(#p::Operation::#variant)
    });
    quote! {
        #p::Resource::new(
            #collection_path,
            #item_path,
            &[#(#collection_parameters),*],
            &[#(#item_parameters),*],
            #version,
            &[#(#operations),*],
        )
    }
}
