//! When a derive has errors: its errors, plus placeholder impls of the traits it would have
//! implemented, so one mistake does not also cause "trait not implemented" errors wherever
//! the type is used. The placeholders come from one template, the runtime's `stubs!`, kept
//! and compiled beside the traits; they never run, since the crate does not compile.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr::Derive;
use crate::expand_value::private;

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
    let kind = match derive {
        Derive::Entity => quote!(entity),
        Derive::Complex => quote!(complex),
        Derive::Enum => quote!(enum),
        Derive::Polymorphic => quote!(polymorphic),
    };
    quote! {
        #errors
        #[allow(deprecated, unused_qualifications, unreachable_code, clippy::all)]
        const _: () = {
            #p::stubs!(#kind #ident);
        };
    }
}
