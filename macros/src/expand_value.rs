//! What the expansions of the four derives share: the path to the runtime, and the
//! `impl GraphValue` block every derived type gets.

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;

/// The runtime's hidden module, through the crate path (`::graph_entity` unless `crate = …`):
/// the only way generated code reaches the runtime.
pub fn private(krate: &TokenStream) -> TokenStream {
    quote!(#krate::__private)
}

/// How a derived type is a property type: the parts of its `impl GraphValue` that differ
/// between derives.
pub struct ValueImpl {
    /// Builders take the value only as its own builder made it (`Checked<Self>`: objects and
    /// derived types), or as it is (enums).
    pub builder_made: bool,
    /// The body of `expected()`.
    pub expected: TokenStream,
    /// The body of `schema()`.
    pub schema: TokenStream,
    /// The body of `check_json`, with `value`, `mode`, `path` and `problems` in scope.
    pub check_json: TokenStream,
    /// The body of `check_value`, with `self`, `mode`, `path` and `problems` in scope.
    pub check_value: TokenStream,
}

/// `impl GraphValue for #ident`.
pub fn graph_value(ident: &Ident, p: &TokenStream, value: ValueImpl) -> TokenStream {
    let ValueImpl {
        builder_made,
        expected,
        schema,
        check_json,
        check_value,
    } = value;
    // A value a builder made was checked by it; an enum member may be the catch-all or
    // `unknownFutureValue`, so a builder holding one checks it in `build()`.
    let (checked, from_checked, build) = if builder_made {
        (
            quote!(#p::Checked<Self>),
            quote!(checked.into_inner()),
            quote!(#p::Valid),
        )
    } else {
        (quote!(Self), quote!(checked), quote!(#p::Unverified))
    };
    quote! {
        #[automatically_derived]
        impl #p::GraphValue for #ident {
            type Checked = #checked;
            type Build = #build;

            #[inline]
            fn from_checked(checked: Self::Checked) -> Self {
                #from_checked
            }

            #[inline]
            fn expected() -> #p::StdCow<'static, str> {
                #expected
            }

            #[inline]
            fn schema() -> #p::SchemaType {
                #schema
            }

            #[inline]
            fn check_json(
                value: &#p::serde_json::Value,
                mode: #p::Mode,
                path: &#p::Path<'_>,
                problems: &mut #p::Problems,
            ) {
                #check_json
            }

            #[inline]
            fn check_value(
                &self,
                mode: #p::Mode,
                path: &#p::Path<'_>,
                problems: &mut #p::Problems,
            ) {
                #check_value
            }
        }
    }
}

/// `tokens` with every span set to `span` (interpolated tokens keep their own spans).
pub fn respan(tokens: &TokenStream, span: Span) -> TokenStream {
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
