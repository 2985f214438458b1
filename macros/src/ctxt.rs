//! Collects every error of one derive, so a user sees all mistakes in one compile.

use std::cell::RefCell;
use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;

/// The errors found so far. Shared by reference while attributes are parsed.
#[derive(Default)]
pub struct Errors {
    list: RefCell<Vec<syn::Error>>,
}

impl Errors {
    /// Records `message` at the tokens' span.
    pub fn spanned<T: ToTokens>(&self, tokens: T, message: impl Display) {
        self.add(syn::Error::new_spanned(tokens, message));
    }

    /// Records `message` at `span`.
    pub fn at(&self, span: Span, message: impl Display) {
        self.add(syn::Error::new(span, message));
    }

    /// Records a parse error.
    pub fn add(&self, error: syn::Error) {
        self.list.borrow_mut().push(error);
    }

    /// How many errors were recorded so far.
    pub fn count(&self) -> usize {
        self.list.borrow().len()
    }

    /// `Ok` when nothing was recorded, else every error combined into one.
    pub fn finish(self) -> Result<(), syn::Error> {
        let mut errors = self.list.into_inner().into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}
