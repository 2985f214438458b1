//! The HTTP side, sans I/O: create and update payloads ([`payload`]), requests ([`request`]),
//! responses and pages ([`response`]), patch by diff ([`diff`]) and the request errors
//! ([`error`]).

pub(crate) mod diff;
pub(crate) mod error;
pub(crate) mod payload;
pub(crate) mod request;
pub(crate) mod response;
