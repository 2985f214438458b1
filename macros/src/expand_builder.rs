//! Compile-time checked payload builders for a checked entity or complex type.
//!
//! - `{Type}Required`: a plain struct of the required properties. Leaving one out of its
//!   literal does not compile, and costs no more to compile than any struct.
//! - `Type::create(required)` → `{Type}Create`: optional properties set by name, in any order
//!   (setting one again replaces it); read-only properties have no setter. `build()` gives a
//!   `Payload` for entities and a `Checked` value for complex types.
//! - `Type::update()` → `{Type}Update` (entities): only what is set is sent; `clear_*` sends
//!   `null` and exists only for nullable properties; read-only properties have no setter.
//!
//! Generated only when every property is written `Option<T>`, so untouched ones stay out.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Object, Property};
use crate::attr::Derive;
use crate::expand_object::private;

pub fn expand(object: &Object) -> TokenStream {
    if object
        .properties
        .iter()
        .any(|property| !property.written_as_option)
    {
        return TokenStream::new();
    }
    let Some(extra) = object.extra.and_then(|field| field.ident.as_ref()) else {
        return TokenStream::new();
    };
    let ident = object.ident;
    let vis = object.vis;
    let p = private(&object.krate);
    // An entity with a path builds payloads; a `no_path` one, like a complex type, values
    // for the properties of others.
    let is_entity = object.derive == Derive::Entity && object.resource.is_some();

    let required: Vec<&Property> = object
        .properties
        .iter()
        .filter(|property| property.flags.required.is_some())
        .collect();
    let required_ident = format_ident!("{}Required", ident);
    let create_ident = format_ident!("{}Create", ident);
    let update_ident = format_ident!("{}Update", ident);

    // `create` starts from the required properties; every other one starts absent.
    let initial_fields = object.properties.iter().map(|property| {
        let member = property.member;
        let from_checked = from_checked(property, &p);
        if property.flags.required.is_some() {
            quote! {
                #member: #from_checked(required.#member)
            }
        } else {
            quote!(#member: #p::core::option::Option::None)
        }
    });
    let initial_fields = quote! {
        #(#initial_fields,)*
        #extra: #p::core::default::Default::default(),
    };
    let empty_fields = object.properties.iter().map(|property| {
        let member = property.member;
        quote!(#member: #p::core::option::Option::None)
    });
    let empty_fields = quote! {
        #(#empty_fields,)*
        #extra: #p::core::default::Default::default(),
    };

    let (required_struct, create_signature) = if required.is_empty() {
        (TokenStream::new(), quote!(create() -> #create_ident))
    } else {
        let struct_doc = format!(
            "The required properties of a create payload for [`{ident}`]: a struct literal that leaves one out does not compile."
        );
        let fields = required.iter().map(|property| {
            let member = property.member;
            let settable = settable(property, &p);
            let deprecated = &property.deprecated;
            let doc = format!("Graph property `{}`.", property.json_name);
            quote! {
                #[doc = #doc]
                #(#deprecated)*
                pub #member: #settable,
            }
        });
        (
            quote! {
                #[doc = #struct_doc]
                #vis struct #required_ident {
                    #(#fields)*
                }
            },
            quote!(create(required: #required_ident) -> #create_ident),
        )
    };

    let create_setters = object
        .properties
        .iter()
        .filter(|property| property.flags.required.is_none() && property.flags.read_only.is_none())
        .map(|property| setter(property, &p, false));
    let (build_output, build_body, build_doc) = if is_entity {
        (
            quote!(#p::Payload<#ident>),
            quote!(#p::payload_from_builder(#p::Operation::Create, self.value)),
            "The create payload, ready for `request`: its required properties are present and no read-only one is set.",
        )
    } else {
        (
            quote!(#p::Checked<#ident>),
            quote!(#p::checked_from_builder(self.value)),
            "The value, for the setters of the entities and complex types that hold one.",
        )
    };
    // An entity with a path can also be created inside another one's payload (deep insert
    // through a navigation property).
    let build_nested = is_entity.then(|| {
        quote! {
            /// The value, for a navigation property of another payload (deep insert): its
            /// required properties are present and no read-only one is set.
            pub fn build_nested(self) -> #p::Checked<#ident> {
                #p::checked_from_builder(self.value)
            }
        }
    });
    let create_doc = format!(
        "A create payload for [`{ident}`] being built: set optional properties by name, in any order (setting one again replaces its value), then call `build`."
    );
    let start_create_doc = format!(
        "Starts a create payload for `{}`{}.",
        object.odata_type,
        if required.is_empty() {
            ""
        } else {
            " from its required properties"
        }
    );

    // The update builder (entities): the struct is declared beside the model, its impls
    // inside the `const _` block.
    let (update_struct, update_impls) = if is_entity {
        let update_doc = format!(
            "An update (PATCH) payload for [`{ident}`] being built: only the properties set are sent; `clear_*` sends `null` and exists only for nullable properties."
        );
        let setters = object
            .properties
            .iter()
            .filter(|property| updatable(property))
            .map(|property| setter(property, &p, true));
        let clears = object
            .properties
            .iter()
            .filter(|property| updatable(property) && property.nullable())
            .map(|property| clear(property, &p));
        let start_doc = format!(
            "Starts an update payload for `{}`: nothing is sent until set.",
            object.odata_type
        );
        (
            quote! {
                #[doc = #update_doc]
                #[must_use = "an update payload does nothing until `build` and `request`"]
                #vis struct #update_ident {
                    value: #ident,
                }
            },
            quote! {
                impl #ident {
                    #[doc = #start_doc]
                    #vis fn update() -> #update_ident {
                        #update_ident {
                            value: #ident { #empty_fields },
                        }
                    }
                }

                impl #update_ident {
                    #(#setters)*
                    #(#clears)*

                    /// The update payload, ready for `request`: only the properties set, and
                    /// no read-only one.
                    pub fn build(self) -> #p::Payload<#ident> {
                        #p::payload_from_builder(#p::Operation::Update, self.value)
                    }
                }
            },
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };

    quote! {
        #required_struct

        #[doc = #create_doc]
        #[must_use = "a create payload does nothing until `build`"]
        #vis struct #create_ident {
            value: #ident,
        }

        #update_struct

        // Setters are named after their fields, so an `is_*` field's setter takes `self`.
        #[allow(deprecated, clippy::wrong_self_convention)]
        const _: () = {
            impl #ident {
                #[doc = #start_create_doc]
                #vis fn #create_signature {
                    #create_ident {
                        value: #ident { #initial_fields },
                    }
                }
            }

            impl #create_ident {
                #(#create_setters)*

                #[doc = #build_doc]
                pub fn build(self) -> #build_output {
                    #build_body
                }

                #build_nested
            }

            #update_impls
        };
    }
}

/// Whether an update may send the property: neither read-only nor immutable.
fn updatable(property: &Property) -> bool {
    property.flags.read_only.is_none() && property.flags.immutable.is_none()
}

/// `fn member(self, value) -> Self`, which sets the property (and, in an update, drops a
/// `null` set before by `clear_*`).
fn setter(property: &Property, p: &TokenStream, in_update: bool) -> TokenStream {
    let member = property.member;
    let ty = property.ty;
    // The whole method is spanned on the field's type: a type that is not a property type is
    // then reported once, at the field, rather than also at the derive.
    let span = ty.span();
    let p = respan(p, span);
    let deprecated = &property.deprecated;
    let json_name = &property.json_name;
    let doc = if in_update {
        format!("Sends `{json_name}` with this value.")
    } else {
        format!("Sets `{json_name}`; setting it again replaces the value.")
    };
    let drop_null = in_update.then(|| {
        quote_spanned! {span=>
            #p::GraphObject::extra_mut(&mut self.value).remove(#json_name);
        }
    });
    quote_spanned! {span=>
        #[doc = #doc]
        #(#deprecated)*
        pub fn #member(mut self, value: impl #p::IntoInput<<#ty as #p::GraphValue>::Checked>) -> Self {
            self.value.#member =
                <#ty as #p::GraphValue>::from_checked(#p::IntoInput::into_input(value));
            #drop_null
            self
        }
    }
}

/// `fn clear_member(self) -> Self`, which sends the nullable property as `null`.
fn clear(property: &Property, p: &TokenStream) -> TokenStream {
    let member = property.member;
    let name = member.to_string();
    let clear_ident = format_ident!("clear_{}", name.trim_start_matches("r#"));
    let deprecated = &property.deprecated;
    let json_name = &property.json_name;
    let doc = format!("Sends `{json_name}` as `null`, clearing it.");
    quote! {
        #[doc = #doc]
        #(#deprecated)*
        pub fn #clear_ident(mut self) -> Self {
            self.value.#member = #p::core::option::Option::None;
            #p::GraphObject::extra_mut(&mut self.value)
                .insert(#json_name, #p::serde_json::Value::Null);
            self
        }
    }
}

/// `<Type as GraphValue>::Checked`, spanned on the field's type so that a type that is not a property type
/// is reported once, at the field.
fn settable(property: &Property, p: &TokenStream) -> TokenStream {
    let ty = property.ty;
    let p = respan(p, ty.span());
    quote_spanned!(ty.span()=> <#ty as #p::GraphValue>::Checked)
}

/// `<Type as GraphValue>::from_checked`, spanned like [`settable`].
fn from_checked(property: &Property, p: &TokenStream) -> TokenStream {
    let ty = property.ty;
    let p = respan(p, ty.span());
    quote_spanned!(ty.span()=> <#ty as #p::GraphValue>::from_checked)
}

/// `tokens` with every span set to `span` (interpolated tokens keep their own spans).
fn respan(tokens: &TokenStream, span: Span) -> TokenStream {
    tokens
        .clone()
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), respan(&group.stream(), span));
                inner.set_span(span);
                tree = TokenTree::Group(inner);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}
