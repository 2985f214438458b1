//! Compile-time checked payload builders for a checked entity or complex type.
//!
//! - `{Type}Required`: a plain struct of the required properties. Leaving one out of its
//!   literal does not compile, and costs no more to compile than any struct.
//! - `{Type}Builder<O, S>`: one struct for both payloads, `O` the operation. The setters a
//!   create and an update share are declared once, for any `O`: a model crate compiles each
//!   setter once, not twice.
//! - `Type::create(required)` → `{Type}Create<S>` (`{Type}Builder<ForCreate, S>`): optional
//!   properties set by name, in any order (setting one again replaces it). `build()` gives a
//!   `Payload` for entities and a `Checked` value for complex types.
//! - `Type::update()` → `{Type}Update<S>` (`{Type}Builder<ForUpdate, S>`, entities): only what
//!   is set is sent; `clear_*` sends `null` for nullable properties.
//!
//! `S` is the builder's state (`Valid`, `Unverified`): setting a value whose type may hold a
//! member no payload may send (an enum's catch-all, `unknownFutureValue`) makes it
//! `Unverified`, whose `build()` validates and gives a `Result`. Setters of other types keep
//! the state and return `Self`.
//!
//! Setting a read-only property, an immutable one in an update, or clearing a non-nullable
//! one calls a hidden method of that name whose bound is never met: one error at the call,
//! saying which rule and naming the Graph property (the bound is checked only there, so it
//! costs nothing otherwise).
//!
//! Generated only when every property is written `Option<T>`, so untouched ones stay out;
//! `check` makes a field of another type an error when the struct asks for a rule only
//! builders enforce.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{GenericArgument, PathArguments, Type};

use crate::ast::{Object, Property};
use crate::attr::Derive;
use crate::expand_value::{private, respan};

pub fn expand(object: &Object) -> TokenStream {
    if object
        .properties
        .iter()
        .any(|property| !property.written_as_option)
    {
        return TokenStream::new();
    }
    let Some(extra) = object.extra().and_then(|field| field.ident.as_ref()) else {
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
    let builder_ident = format_ident!("{}Builder", ident);

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

    // The builders' state starts from the required properties' types: `Valid`, unless one
    // may hold an invalid member (an enum), which `build()` then checks.
    let initial_state =
        required.iter().fold(quote!(#p::Valid), |state, property| {
            match build_state(property.ty, &p) {
                Some(build) => quote!(<#state as #p::BuilderState>::And<#build>),
                None => state,
            }
        });
    let (required_struct, create_signature) = if required.is_empty() {
        (TokenStream::new(), quote!(create() -> #create_ident))
    } else {
        let struct_doc = format!(
            "The required properties of a create payload for [`{ident}`]: a struct literal that leaves one out does not compile (the error names the field; each field's doc gives its Graph property)."
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
            quote!(create(required: #required_ident) -> #create_ident<#initial_state>),
        )
    };

    // Setters a create and an update share are declared once, for any operation `O`; those
    // of one operation only, in its own impl (the same name may sit in both: the impls do
    // not overlap).
    let creatable = |property: &&Property| {
        property.flags.required.is_none() && property.flags.read_only.is_none()
    };
    let shared_setters = object
        .properties
        .iter()
        .filter(|property| creatable(property) && (!is_entity || updatable(property)))
        .map(|property| setter(property, &p, &builder_ident, SetterFor::Both, is_entity));
    let create_only_setters = object
        .properties
        .iter()
        .filter(|property| is_entity && creatable(property) && !updatable(property))
        .map(|property| setter(property, &p, &builder_ident, SetterFor::Create, false));
    let read_only_refusals: Vec<(TokenStream, TokenStream)> = object
        .properties
        .iter()
        .filter_map(|property| refusal(property, Refusal::ReadOnly, &p))
        .collect();
    let read_only_methods = read_only_refusals.iter().map(|(_, method)| method);
    let read_only_rules = read_only_refusals.iter().map(|(rule, _)| rule);
    let for_create = quote!(#p::ForCreate);
    let for_update = quote!(#p::ForUpdate);
    let create_builds = if is_entity {
        let valid = build_pair(
            (&builder_ident, &for_create),
            &p,
            quote!(#p::Payload<#ident>),
            quote!(#p::payload_from_builder(#p::Operation::Create, self.value)),
            quote!(#p::payload_from_unverified_builder(#p::Operation::Create, self.value)),
            "The create payload, ready for `request`: its required properties are present and no read-only one is set.",
            quote!(build),
        );
        // An entity with a path can also be created inside another one's payload (deep
        // insert through a navigation property).
        let nested = build_pair(
            (&builder_ident, &for_create),
            &p,
            quote!(#p::Checked<#ident>),
            quote!(#p::checked_from_builder(self.value)),
            quote!(#p::checked_from_unverified_builder(self.value)),
            "The value, for a navigation property of another payload (deep insert): its required properties are present and no read-only one is set.",
            quote!(build_nested),
        );
        quote!(#valid #nested)
    } else {
        build_pair(
            (&builder_ident, &for_create),
            &p,
            quote!(#p::Checked<#ident>),
            quote!(#p::checked_from_builder(self.value)),
            quote!(#p::checked_from_unverified_builder(self.value)),
            "The value, for the setters of the entities and complex types that hold one.",
            quote!(build),
        )
    };
    // What both kinds of builder share in their doc: how to set, what enum and complex
    // properties take, and the state.
    let how = "Set properties by name, in any order (setting one again replaces its value), then call `build`. An enum property takes the enum; a complex one the `Checked` value its builder makes (`Type::create(…).build()`). `S` is `graph_entity::Valid` while every value set is valid by its type, and `build()` gives the result; once an enum value is set it is `graph_entity::Unverified`, and `build()` checks it and gives a `Result`.";
    let builder_doc = if is_entity {
        format!(
            "A payload for [`{ident}`] being built: a create ([`{create_ident}`], from `{ident}::create`) or an update ([`{update_ident}`], from `{ident}::update`), which sends only the properties set (`clear_*` sends `null`, and exists only for nullable properties). {how}"
        )
    } else {
        format!(
            "A [`{ident}`] value being built ([`{create_ident}`], from `{ident}::create`). {how}"
        )
    };
    let create_doc =
        format!("A create payload for [`{ident}`] being built: see [`{builder_ident}`].");
    let start_create_doc = format!(
        "Starts a create payload for `{}`{}.",
        object.odata_type,
        if required.is_empty() {
            ""
        } else {
            " from its required properties"
        }
    );

    // What an update adds (entities): its alias, `update()`, the setters of required
    // properties, `clear_*`, the refusals of immutable properties and of clearing
    // non-nullable ones, and `build`.
    let (update_alias, update_impls) = if is_entity {
        let update_doc = format!(
            "An update (PATCH) payload for [`{ident}`] being built: see [`{builder_ident}`]."
        );
        let update_only_setters = object
            .properties
            .iter()
            .filter(|property| property.flags.required.is_some() && updatable(property))
            .map(|property| setter(property, &p, &builder_ident, SetterFor::Update, true));
        let clears = object
            .properties
            .iter()
            .filter(|property| updatable(property) && property.nullable())
            .map(|property| clear(property, &p));
        let refusals: Vec<(TokenStream, TokenStream)> = object
            .properties
            .iter()
            .flat_map(|property| {
                [Refusal::Immutable, Refusal::NotNullable]
                    .into_iter()
                    .filter_map(|rule| refusal(property, rule, &p))
            })
            .collect();
        let refusal_methods = refusals.iter().map(|(_, method)| method);
        let update_rules = refusals.iter().map(|(rule, _)| rule);
        let start_doc = format!(
            "Starts an update payload for `{}`: nothing is sent until set.",
            object.odata_type
        );
        let builds = build_pair(
            (&builder_ident, &for_update),
            &p,
            quote!(#p::Payload<#ident>),
            quote!(#p::payload_from_builder(#p::Operation::Update, self.value)),
            quote!(#p::payload_from_unverified_builder(#p::Operation::Update, self.value)),
            "The update payload, ready for `request`: only the properties set, and no read-only one.",
            quote!(build),
        );
        (
            quote! {
                #[doc = #update_doc]
                #vis type #update_ident<S = #p::Valid> = #builder_ident<#for_update, S>;
            },
            quote! {
                #[automatically_derived]
                impl #ident {
                    #[doc = #start_doc]
                    #[inline]
                    #vis fn update() -> #update_ident {
                        #builder_ident {
                            value: #ident { #empty_fields },
                            state: #p::core::marker::PhantomData,
                        }
                    }
                }

                #(#update_rules)*

                #[automatically_derived]
                impl<S: #p::BuilderState> #builder_ident<#for_update, S> {
                    #(#update_only_setters)*
                    #(#clears)*
                    #(#refusal_methods)*
                }

                #builds
            },
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };

    quote! {
        #required_struct

        #[doc = #builder_doc]
        #[must_use = "a payload does nothing until `build`"]
        #vis struct #builder_ident<O, S = #p::Valid> {
            value: #ident,
            state: #p::core::marker::PhantomData<(O, S)>,
        }

        #[doc = #create_doc]
        #vis type #create_ident<S = #p::Valid> = #builder_ident<#for_create, S>;

        #update_alias

        // Setters are named after their fields, so an `is_*` field's setter takes `self` and a
        // `sub` or `add` field's setter shares a name with an operator trait's method; the
        // rules of refused operations are named after the property; a program uses the
        // setters it needs.
        #[allow(
            dead_code,
            deprecated,
            non_camel_case_types,
            unknown_or_malformed_diagnostic_attributes,
            clippy::should_implement_trait,
            clippy::wrong_self_convention,
            clippy::type_complexity
        )]
        const _: () = {
            #[automatically_derived]
            impl #ident {
                #[doc = #start_create_doc]
                #[inline]
                #vis fn #create_signature {
                    #builder_ident {
                        value: #ident { #initial_fields },
                        state: #p::core::marker::PhantomData,
                    }
                }
            }

            #(#read_only_rules)*

            #[automatically_derived]
            impl<O: #p::BuilderOperation, S: #p::BuilderState> #builder_ident<O, S> {
                #(#shared_setters)*
                #(#read_only_methods)*
            }

            #[automatically_derived]
            impl<S: #p::BuilderState> #builder_ident<#for_create, S> {
                #(#create_only_setters)*
            }

            #create_builds

            #update_impls
        };
    }
}

/// `build`-like method `name` of `builder` for `operation` in both states: in `Valid`, `output`
/// itself; in `Unverified`, checked, a `Result` of it.
fn build_pair(
    (builder, operation): (&syn::Ident, &TokenStream),
    p: &TokenStream,
    output: TokenStream,
    valid_body: TokenStream,
    unverified_body: TokenStream,
    doc: &str,
    name: TokenStream,
) -> TokenStream {
    let unverified_doc = format!(
        "{} Checked first, since an enum value set may be the catch-all variant or `unknownFutureValue`, which no payload may send: the error names each such property.",
        doc
    );
    quote! {
        #[automatically_derived]
        impl #builder<#operation, #p::Valid> {
            #[doc = #doc]
            pub fn #name(self) -> #output {
                #valid_body
            }
        }

        // `inline`: codegen only where called, so a program that does not build this
        // payload does not compile its validation.
        #[automatically_derived]
        impl #builder<#operation, #p::Unverified> {
            #[doc = #unverified_doc]
            #[inline]
            pub fn #name(self) -> #p::core::result::Result<#output, #p::Problems> {
                #unverified_body
            }
        }
    }
}

/// `<T as GraphValue>::Build` for a property written `Option<T>`: the builder state a value
/// of it brings; `None` when the type is known to be valid by itself (`String`).
fn build_state(ty: &Type, p: &TokenStream) -> Option<TokenStream> {
    if checked_type(ty).is_some() && !mentions_flags(ty) {
        return None;
    }
    let inner = option_inner(ty).unwrap_or(ty);
    let p = respan(p, inner.span());
    Some(quote_spanned!(inner.span()=> <#inner as #p::GraphValue>::Build))
}

/// Whether `ty` holds `Flags<E>`, whose members builders check.
fn mentions_flags(ty: &Type) -> bool {
    ty.to_token_stream()
        .into_iter()
        .any(|token| matches!(&token, proc_macro2::TokenTree::Ident(ident) if ident == "Flags"))
}

/// Whether a setter of a property of type `ty` takes more than its type: `String` also takes
/// `&str` and `&String`, `DateTimeOffset` a `time::OffsetDateTime` ([`IntoInput`]'s impls),
/// and enums and complex types go through `IntoInput` for its error message. Other types
/// (`bool`, `Guid`, `Vec<String>`) take only themselves.
///
/// [`IntoInput`]: https://docs.rs/graph-entity/latest/graph_entity/trait.IntoInput.html
fn takes_conversions(ty: &Type) -> bool {
    if checked_type(ty).is_none() {
        return true;
    }
    let ty = option_inner(ty).unwrap_or(ty);
    let Type::Path(path) = ty else {
        return true;
    };
    path.path
        .segments
        .last()
        .is_none_or(|last| last.ident == "String" || last.ident == "DateTimeOffset")
}

/// `T` of `Option<T>`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(inner) if arguments.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// Whether an update may send the property: neither read-only nor immutable.
fn updatable(property: &Property) -> bool {
    property.flags.read_only.is_none() && property.flags.immutable.is_none()
}

/// The builder operation a setter is declared for: `O` (both), `ForCreate` or `ForUpdate`.
#[derive(Clone, Copy)]
enum SetterFor {
    /// Any operation: the setter sits in `impl<O, S> {Type}Builder<O, S>`.
    Both,
    /// Create payloads (and complex values) only.
    Create,
    /// Update payloads only.
    Update,
}

/// `fn member(self, value) -> Self`, which sets the property (and, where an update may have
/// it, drops a `null` set before by `clear_*`).
fn setter(
    property: &Property,
    p: &TokenStream,
    builder: &syn::Ident,
    setter_for: SetterFor,
    may_update: bool,
) -> TokenStream {
    let member = property.member;
    let ty = property.ty;
    // The whole method is spanned on the field's type: a type that is not a property type is
    // then reported once, at the field, rather than also at the derive.
    let span = ty.span();
    let p = respan(p, span);
    let deprecated = &property.deprecated;
    let json_name = &property.json_name;
    let input = settable(property, &p);
    // `impl IntoInput<T>` where `T` takes other types too (`&str` for `String`); `T` itself
    // elsewhere, which is the same to a caller and a third cheaper to compile.
    let (parameter, argument) = if takes_conversions(ty) {
        (
            quote_spanned!(span=> impl #p::IntoInput<#input>),
            quote_spanned!(span=> #p::IntoInput::into_input(value)),
        )
    } else {
        (input.clone(), quote!(value))
    };
    let mut doc =
        format!("Sets Graph property `{json_name}`; setting it again replaces the value.");
    let rules = rules(property);
    if !rules.is_empty() {
        doc.push_str(&format!(" It is {}.", rules.join(", ")));
    }
    if checked_type(ty).is_none() {
        doc.push_str(
            " An enum property takes the enum; a complex one the `Checked` value its builder makes (`Type::create(…).build()`).",
        );
    }
    let drop_null = may_update.then(|| {
        quote_spanned! {span=>
            #p::GraphObject::extra_mut(&mut self.value).remove(#json_name);
        }
    });
    // A value valid by its type keeps the builder's state; another (an enum) may make
    // `build()` check.
    let (output, finish) = match build_state(ty, &p) {
        None => (quote!(Self), quote!(self)),
        Some(build) => {
            doc.push_str(" Once set, `build()` checks the member and gives a `Result`.");
            (
                {
                    let operation = match setter_for {
                        SetterFor::Both => quote_spanned!(span=> O),
                        SetterFor::Create => quote_spanned!(span=> #p::ForCreate),
                        SetterFor::Update => quote_spanned!(span=> #p::ForUpdate),
                    };
                    quote_spanned!(span=> #builder<#operation, <S as #p::BuilderState>::And<#build>>)
                },
                quote_spanned!(span=> #builder {
                    value: self.value,
                    state: #p::core::marker::PhantomData,
                }),
            )
        }
    };
    quote_spanned! {span=>
        #[doc = #doc]
        #(#deprecated)*
        pub fn #member(mut self, value: #parameter) -> #output {
            self.value.#member = <#ty as #p::GraphValue>::from_checked(#argument);
            #drop_null
            #finish
        }
    }
}

/// The rules of a property, for its setter's doc: "required on create", "not nullable".
fn rules(property: &Property) -> Vec<&'static str> {
    let flags = &property.flags;
    let mut rules = Vec::new();
    if flags.required.is_some() {
        rules.push("required on create");
    }
    if !property.nullable() {
        rules.push("not nullable (an update cannot clear it)");
    }
    if flags.immutable.is_some() {
        rules.push("immutable (set on create only)");
    }
    rules
}

/// `fn clear_member(self) -> Self`, which sends the nullable property as `null`.
fn clear(property: &Property, p: &TokenStream) -> TokenStream {
    let member = property.member;
    let clear_ident = clear_ident(property);
    let deprecated = &property.deprecated;
    let json_name = &property.json_name;
    let doc = format!("Sends Graph property `{json_name}` as `null`, clearing it.");
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

/// `clear_member`.
fn clear_ident(property: &Property) -> syn::Ident {
    let name = property.member.to_string();
    format_ident!(
        "clear_{}",
        name.trim_start_matches("r#"),
        span = property.member.span()
    )
}

/// A builder operation a property's rules refuse.
#[derive(Clone, Copy)]
enum Refusal {
    /// Setting a read-only property (create and update).
    ReadOnly,
    /// Setting an immutable property in an update.
    Immutable,
    /// Clearing a non-nullable property in an update.
    NotNullable,
}

/// For a property whose rules refuse `rule`: a hidden method of the name a user would call
/// (`id`, `clear_run_as_account`), bounded on a rule no type meets, so the call is one error
/// saying why, at the call. The bound points back at the attribute that set the rule.
fn refusal(
    property: &Property,
    rule: Refusal,
    p: &TokenStream,
) -> Option<(TokenStream, TokenStream)> {
    let flags = &property.flags;
    let json_name = &property.json_name;
    let member = property.member;
    let plain = member.to_string();
    let plain = plain.trim_start_matches("r#");
    let (span, method, message, label, note) = match rule {
        Refusal::ReadOnly => (
            flags.read_only?,
            member.clone(),
            format!("`{json_name}` is read-only: Graph sets it, so no payload carries it"),
            "read-only property",
            format!("`{plain}` is `#[graph(read_only)]`; remove this call"),
        ),
        Refusal::Immutable if flags.read_only.is_none() => (
            flags.immutable?,
            member.clone(),
            format!(
                "`{json_name}` is immutable: it is set on create, and an update cannot change it"
            ),
            "immutable property",
            format!("`{plain}` is `#[graph(immutable)]`; set it in the create payload"),
        ),
        Refusal::NotNullable if updatable(property) && !property.nullable() => (
            flags.required.or(flags.non_nullable)?,
            clear_ident(property),
            format!("`{json_name}` is not nullable: an update cannot clear it (send `null`)"),
            "not nullable",
            format!("send another value with `.{plain}(…)`, or leave it out of the update"),
        ),
        Refusal::Immutable | Refusal::NotNullable => return None,
    };
    // Spanned on the attribute's key: "required by this bound" then points at the rule.
    let rule_ident = format_ident!(
        "__{}_{}",
        match rule {
            Refusal::ReadOnly => "read_only",
            Refusal::Immutable => "immutable",
            Refusal::NotNullable => "not_nullable",
        },
        plain,
        span = span
    );
    let argument = match rule {
        Refusal::NotNullable => TokenStream::new(),
        Refusal::ReadOnly | Refusal::Immutable => quote!(, _value: impl #p::core::marker::Sized),
    };
    let doc = format!("Refused: {message}.");
    // No implementation: for a local type rustc then adds "consider adding one" after our
    // message, which one placeholder impl per rule would remove, at a compile cost the
    // target does not allow.
    let rule_trait = quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        #[doc(hidden)]
        pub trait #rule_ident {}
    };
    let method = quote! {
        #[doc = #doc]
        #[doc(hidden)]
        pub fn #method(self #argument) -> Self
        where
            for<'a> #p::Refused<'a>: #rule_ident,
        {
            self
        }
    };
    Some((rule_trait, method))
}

/// The concrete type a setter of a property of type `ty` takes, where it can be told from the
/// type as written (`Option<String>` takes `String`, `Option<Vec<Guid>>` `Vec<Guid>`), for
/// readable docs; `None` for enums, complex and derived types, which the derive cannot tell
/// apart.
fn checked_type(ty: &Type) -> Option<TokenStream> {
    const TAKEN_AS_IS: &[&str] = &[
        "String",
        "bool",
        "i32",
        "i64",
        "f64",
        "DateTimeOffset",
        "Guid",
        "Date",
        "TimeOfDay",
        "Duration",
        "Binary",
        "Flags",
    ];
    let Type::Path(path) = ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let name = last.ident.to_string();
    if TAKEN_AS_IS.contains(&name.as_str()) {
        return Some(ty.to_token_stream());
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    let [GenericArgument::Type(inner)] = arguments.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let inner_checked = checked_type(inner)?;
    match name.as_str() {
        "Option" => Some(inner_checked),
        "Vec" | "Box" => {
            let colon = &path.path.leading_colon;
            let idents = path.path.segments.iter().map(|segment| &segment.ident);
            Some(quote!(#colon #(#idents)::* <#inner_checked>))
        }
        _ => None,
    }
}

/// What a setter or `{Type}Required` field takes: the concrete type where it can be told
/// (`String`), else `<Type as GraphValue>::Checked`, spanned on the field's type so that a
/// type that is not a property type is reported once, at the field.
fn settable(property: &Property, p: &TokenStream) -> TokenStream {
    let ty = property.ty;
    if let Some(checked) = checked_type(ty) {
        return checked;
    }
    // `Option<T>` takes what `T` takes: named so, it reads shorter.
    let ty = option_inner(ty).unwrap_or(ty);
    let p = respan(p, ty.span());
    quote_spanned!(ty.span()=> <#ty as #p::GraphValue>::Checked)
}

/// `<Type as GraphValue>::from_checked`, spanned like [`settable`].
fn from_checked(property: &Property, p: &TokenStream) -> TokenStream {
    let ty = property.ty;
    let p = respan(p, ty.span());
    quote_spanned!(ty.span()=> <#ty as #p::GraphValue>::from_checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(source: &str) -> Option<String> {
        let ty: Type = syn::parse_str(source).expect("a type");
        checked_type(&ty).map(|tokens| tokens.to_string())
    }

    #[test]
    fn setters_take_concrete_types_where_the_type_tells() {
        assert_eq!(checked("Option<String>").as_deref(), Some("String"));
        assert_eq!(
            checked("Option<Vec<Guid>>").as_deref(),
            Some("Vec < Guid >")
        );
        assert_eq!(
            checked("Option<std::vec::Vec<i64>>").as_deref(),
            Some("std :: vec :: Vec < i64 >")
        );
        // An enum or a complex type: the derive cannot tell them apart.
        assert_eq!(checked("Option<RemoteAction>"), None);
        assert_eq!(checked("Option<Vec<KeyValuePair>>"), None);
    }
}
