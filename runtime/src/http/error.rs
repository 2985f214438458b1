//! [`RequestError`]: why a request could not be built or a page not followed.

use std::fmt;

use crate::resource::endpoint::{Cloud, Operation, UrlError};

/// Why a request could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestError {
    /// The entity does not declare the operation.
    Unsupported {
        /// The entity's type.
        entity: &'static str,
        /// The operation asked for.
        operation: Operation,
    },
    /// The operation does not exist in the national cloud the request is for
    /// (`#[graph_entity(clouds(…))]`): Graph would answer 404.
    UnavailableInCloud {
        /// The entity's type.
        entity: &'static str,
        /// The operation asked for.
        operation: Operation,
        /// The cloud asked for.
        cloud: Cloud,
        /// The clouds the operation exists in.
        available: &'static [Cloud],
    },
    /// The path arguments do not fit the template.
    Url(UrlError),
    /// A payload's request was given a collection where its operation addresses one item
    /// (update), or an item where it addresses the collection (create).
    Address {
        /// The payload's operation.
        operation: Operation,
    },
    /// The body could not be written.
    Body(String),
    /// The `http` crate refused the request.
    Http(String),
    /// The bearer token cannot be sent; the reason never quotes it.
    InvalidToken {
        /// What is wrong with it, and how to fix it.
        reason: String,
    },
    /// A collection's `@odata.nextLink` was not followed.
    NextLink {
        /// The link.
        link: String,
        /// The service root the link must start with: the options' cloud.
        expected_root: &'static str,
        /// Why it was refused.
        reason: &'static str,
    },
}

impl From<UrlError> for RequestError {
    fn from(error: UrlError) -> Self {
        RequestError::Url(error)
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::Unsupported { entity, operation } => write!(
                f,
                "{entity} does not support {operation}: add it to #[graph_entity(operations(…))] if Graph offers it"
            ),
            RequestError::UnavailableInCloud {
                entity,
                operation,
                cloud,
                available,
            } => {
                let titles: Vec<&str> = available.iter().map(|cloud| cloud.title()).collect();
                let names: Vec<&str> = available.iter().map(|cloud| cloud.name()).collect();
                write!(
                    f,
                    "{entity} {operation} does not exist in the {cloud} cloud ({}): Graph offers it in: {}; build the request for one of those (RequestOptions::new(Cloud::…)), or, if Graph now offers it there, add `{}` to #[graph_entity(clouds({}))]",
                    cloud.base_url(),
                    titles.join(", "),
                    cloud.name(),
                    names.join(", ")
                )
            }
            RequestError::Url(error) => write!(f, "{error}"),
            RequestError::Address { operation } if operation.targets_item() => write!(
                f,
                "{operation} goes to one item: pass `location.item(id)`, not the collection"
            ),
            RequestError::Address { operation } => write!(
                f,
                "{operation} goes to the collection: pass the location itself, not `location.item(id)`"
            ),
            RequestError::Body(error) => write!(f, "the body could not be written: {error}"),
            RequestError::Http(error) => write!(f, "invalid request: {error}"),
            RequestError::InvalidToken { reason } => f.write_str(reason),
            RequestError::NextLink {
                link,
                expected_root,
                reason,
            } => write!(
                f,
                "@odata.nextLink {link:?} was not followed: {reason}; only links under {expected_root}/ are, so the bearer token goes nowhere else (build the options for the cloud that sent the page)"
            ),
        }
    }
}

impl std::error::Error for RequestError {}
