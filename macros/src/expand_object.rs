//! Code for a checked entity or complex type: property table, `@odata.type`, checks,
//! `Serialize` and `Deserialize`, and for entities the resource. Everything sits in
//! `const _: () = { … };` and names the runtime through `{crate}::__private` only.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Object, Resource};
use crate::attr::{Derive, Version};
use crate::expand_value::{graph_value, private, ValueImpl};

pub fn expand(object: &Object) -> TokenStream {
    let ident = object.ident;
    let p = private(&object.krate);
    let odata_type = &object.odata_type;
    let odata_type_tag = format!("#{odata_type}");
    let open = object.open;
    let Some((extra, extra_ty)) = object
        .extra()
        .and_then(|field| Some((field.ident.as_ref()?, &field.ty)))
    else {
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
    // `.read_only().required()`: one call per flag written on the field, named as its key.
    let flags: Vec<TokenStream> = object
        .properties
        .iter()
        .map(|property| {
            let calls = property
                .flags
                .set()
                .into_iter()
                .map(|(key, _)| quote::format_ident!("{}", key));
            quote!(#(.#calls())*)
        })
        .collect();
    let indexes: Vec<_> = (0..members.len()).collect();
    // A field written `Option<T>` is `None` when absent: no error to return, so no `?`
    // (one per property would cost each model type a match).
    let finishes: Vec<TokenStream> = object
        .properties
        .iter()
        .enumerate()
        .map(|(index, property)| {
            let slot = quote::format_ident!("__property{}", index);
            let ty = property.ty;
            let json_name = property.json_name.as_str();
            if property.written_as_option {
                quote!(#p::core::option::Option::flatten(#slot))
            } else {
                quote!(#p::finish_property::<#ty, _>(#slot, #json_name)?)
            }
        })
        .collect();
    let slots: Vec<_> = (0..members.len())
        .map(|index| quote::format_ident!("__property{}", index))
        .collect();

    // Complex values are replaced whole by Graph, so they follow create rules inside updates.
    let mode = match object.derive {
        Derive::Complex => quote!(mode.for_whole_value()),
        _ => quote!(mode),
    };
    let expecting = format!("a {odata_type} object");
    // `check_properties` names each property type first as `<Type as GraphValue>`, spanned
    // on the type: a type that is not a property type then gets one error, at the field
    // (`tests/ui/not_a_property_type.rs`). The other bodies' uses are spanned there too and
    // add no error; naming the types in each body cost 2% of a model crate's build memory.
    let assert_property_types = quote! {
        #( let _ = <#types as #p::GraphValue>::expected; )*
    };
    // Likewise, the extra field is reached only through `<ExtraType as ExtraField>`: a type
    // other than `Extra` gets one error, at the field, instead of a mismatch at every use.
    let extra_field = quote!(<#extra_ty as #p::ExtraField>);

    let kind_impl = match (&object.derive, &object.resource) {
        (Derive::Entity, Some(resource)) => {
            let locations = expand_locations(object, resource, &p);
            let resource = expand_resource(resource, &p);
            quote! {
                #[automatically_derived]
                impl #p::GraphEntity for #ident {
                    const RESOURCE: #p::Resource = #resource;
                }

                #locations
            }
        }
        // `no_path`: an entity type without requests of its own.
        (Derive::Entity, None) => TokenStream::new(),
        _ => quote! {
            #[automatically_derived]
            impl #p::GraphComplex for #ident {}
        },
    };
    let navigation = object.navigation.iter().map(|(name, _)| name);
    let graph_value = graph_value(
        ident,
        &p,
        ValueImpl {
            // Builders take complex values only as their own builders made them.
            builder_made: true,
            expected: quote!(#p::expected_object::<Self>()),
            schema: quote! {
                #p::SchemaType::Object {
                    odata_type: <Self as #p::GraphObject>::ODATA_TYPE,
                    open: <Self as #p::GraphObject>::OPEN,
                    properties: <Self as #p::GraphObject>::PROPERTIES,
                }
            },
            check_json: quote!(#p::check_object_json::<Self>(value, #mode, path, problems)),
            check_value: quote!(#p::check_object_value::<Self>(self, #mode, path, problems)),
        },
    );
    // A `#[graph(navigation)]` field's type must be an entity or complex type, reported at
    // the field's type.
    let assert_navigation = object
        .properties
        .iter()
        .filter(|property| property.flags.navigation.is_some())
        .map(|property| {
            let ty = property.ty;
            let span = syn::spanned::Spanned::span(ty);
            quote::quote_spanned!(span=> #p::assert_navigation::<#ty>();)
        });

    quote! {
        // `do_not_recommend` (`NavigationTarget`) is an unknown diagnostic attribute before
        // Rust 1.85, which is allowed.
        #[allow(
            deprecated,
            non_local_definitions,
            unused_qualifications,
            unknown_or_malformed_diagnostic_attributes,
            clippy::all
        )]
        const _: () = {
            #graph_value

            #[automatically_derived]
            impl #p::GraphObject for #ident {
                const ODATA_TYPE: &'static str = #odata_type;
                const ODATA_TYPE_TAG: &'static str = #odata_type_tag;
                const OPEN: bool = #open;
                const NAVIGATION: &'static [&'static str] = &[#(#navigation),*];
                const PROPERTIES: &'static [#p::PropertyInfo] = &[
                    #(
                        #p::PropertyInfo::new(
                            #json_names,
                            #rust_names,
                            <#types as #p::GraphValue>::expected,
                            <#types as #p::GraphValue>::check_json,
                            <#types as #p::GraphValue>::schema,
                        )#flags,
                    )*
                ];

                #[inline]
                fn property_index(json_name: &str) -> #p::core::option::Option<usize> {
                    match json_name {
                        #( #json_names => #p::core::option::Option::Some(#indexes), )*
                        _ => #p::core::option::Option::None,
                    }
                }

                #[inline]
                fn extra(&self) -> &#p::Extra {
                    #extra_field::get(&self.#extra)
                }

                #[inline]
                fn extra_mut(&mut self) -> &mut #p::Extra {
                    #extra_field::get_mut(&mut self.#extra)
                }

                #[inline]
                fn check_properties(
                    &self,
                    mode: #p::Mode,
                    path: &#p::Path<'_>,
                    problems: &mut #p::Problems,
                ) {
                    #assert_property_types
                    #(#assert_navigation)*
                    let mut checker = #p::PropertyChecker::<Self>::new(self, mode, path, problems);
                    #( checker.property(#indexes, &self.#members); )*
                }

                fn __serialize<__S>(
                    &self,
                    serializer: __S,
                    always_type: bool,
                ) -> #p::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #p::serde::Serializer,
                {
                    let mut writer = #p::object_writer::<Self, __S>(
                        serializer,
                        #p::GraphObject::extra(self),
                        always_type,
                    )?;
                    #( writer.property::<#types>(#indexes, #json_names, &self.#members); )*
                    writer.end()
                }
            }

            #kind_impl

            #[diagnostic::do_not_recommend]
            #[automatically_derived]
            impl #p::NavigationTarget for #ident {}

            #[automatically_derived]
            impl #p::serde::Serialize for #ident {
                fn serialize<__S>(&self, serializer: __S) -> #p::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #p::serde::Serializer,
                {
                    <Self as #p::GraphObject>::__serialize(self, serializer, false)
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

                        fn visit_map<__A>(self, map: __A) -> #p::core::result::Result<#ident, __A::Error>
                        where
                            __A: #p::serde::de::MapAccess<'de>,
                        {
                            let mut reader = #p::ObjectReader::<#ident, __A>::new(map);
                            #( let mut #slots: #p::core::option::Option<#types> = #p::core::option::Option::None; )*
                            while let #p::core::option::Option::Some(key) = reader.next_key()? {
                                match key {
                                    #p::FieldKey::Property(index) => match index {
                                        #( #indexes => reader.property(&mut #slots, #json_names), )*
                                        _ => reader.skip(),
                                    },
                                    other => reader.other(other),
                                }
                            }
                            #p::core::result::Result::Ok(#ident {
                                #( #members: #finishes, )*
                                #extra: #extra_field::from_extra(reader.finish()),
                            })
                        }
                    }

                    #p::serde::Deserializer::deserialize_map(deserializer, __Visitor)
                }
            }
        };
    }
}

fn expand_resource(resource: &Resource, p: &TokenStream) -> TokenStream {
    let Resource {
        paths,
        key,
        version,
        operations,
        clouds,
        permissions,
    } = resource;
    let paths = paths.iter().map(|path| {
        let (collection, item) = (&path.collection, &path.item);
        quote!(#p::ResourcePath::new(#collection, #item))
    });
    let version = match version {
        Version::V1 => quote!(#p::ApiVersion::V1),
        Version::Beta => quote!(#p::ApiVersion::Beta),
    };
    let operation = |operation: &crate::attr::Operation| {
        let variant = quote::format_ident!("{}", operation.variant_name());
        quote!(#p::Operation::#variant)
    };
    let operations = operations.iter().map(operation);
    let clouds = clouds.as_ref().map(|clouds| {
        let clouds = clouds.iter().map(|cloud| {
            let variant = quote::format_ident!("{}", cloud.variant_name());
            quote!(#p::Cloud::#variant)
        });
        quote!(.with_clouds(&[#(#clouds),*]))
    });
    let permissions = (!permissions.is_empty()).then(|| {
        let tables = permissions.iter().map(|(op, rows)| {
            let op = operation(op);
            let [delegated, personal, application] =
                [&rows.delegated, &rows.personal, &rows.application].map(|row| match row {
                    None => quote!(#p::core::option::Option::None),
                    Some(crate::attr::Scopes::NotSupported) => {
                        quote!(#p::core::option::Option::Some(#p::Scopes::NotSupported))
                    }
                    Some(crate::attr::Scopes::AnyOf(names)) => {
                        quote!(#p::core::option::Option::Some(#p::Scopes::AnyOf(&[#(#names),*])))
                    }
                });
            quote!((#op, #p::Permissions::new(#delegated, #personal, #application)))
        });
        quote!(.with_permissions(&[#(#tables),*]))
    });
    quote! {
        #p::Resource::new(
            &[#(#paths),*],
            #key,
            #version,
            &[#(#operations),*],
        )
        #clouds
        #permissions
    }
}

/// One function per path, taking its parameters by name and giving a `Location`
/// (`Event::at_users_events(user_id)`), and `location()` for a single path without
/// parameters.
fn expand_locations(object: &Object, resource: &Resource, p: &TokenStream) -> TokenStream {
    let ident = object.ident;
    let vis = object.vis;
    let functions = resource.paths.iter().enumerate().map(|(index, path)| {
        let function = &path.function;
        let arguments: Vec<&syn::Ident> = path.parameters.iter().map(|(_, rust)| rust).collect();
        let template = &path.collection;
        let mut doc = format!(
            "Requests for `{}` at `{template}`: create and list go to this location, get, update and delete to `.item(id)`.",
            object.odata_type
        );
        if !path.parameters.is_empty() {
            let names: Vec<String> = path
                .parameters
                .iter()
                .map(|(name, rust)| format!("`{rust}` for `{{{name}}}`"))
                .collect();
            doc.push_str(&format!(
                " Each argument ({}) is percent-encoded as one path segment.",
                names.join(", ")
            ));
        }
        if index == 0 && resource.paths.len() > 1 {
            doc.push_str(" The default path.");
        }
        quote::quote_spanned! {path.span=>
            #[doc = #doc]
            #[inline]
            #vis fn #function(#(#arguments: &str),*) -> #p::Location<#ident> {
                #p::location::<#ident>(#index, &[#(#arguments),*])
            }
        }
    });
    let short = match resource.paths.as_slice() {
        [only] if only.parameters.is_empty() => {
            let doc = format!(
                "Requests for `{}` at `{}`, its one path: create and list go to this location, get, update and delete to `.item(id)`.",
                object.odata_type, only.collection
            );
            quote! {
                #[doc = #doc]
                #[inline]
                #vis fn location() -> #p::Location<#ident> {
                    #p::location::<#ident>(0, &[])
                }
            }
        }
        _ => TokenStream::new(),
    };
    // One function per path, plus `location()`: a program uses those it needs.
    quote! {
        #[allow(dead_code)]
        #[automatically_derived]
        impl #ident {
            #(#functions)*
            #short
        }
    }
}
