//! The Edm primitive types a property can hold besides `String`, `bool` and numbers:
//! [`DateTimeOffset`](datetime::DateTimeOffset), the other primitives ([`primitives`]:
//! `Guid`, `Date`, `TimeOfDay`, `Duration`, `Binary`) and flags enumerations
//! ([`Flags`](flags::Flags)).

pub(crate) mod datetime;
pub(crate) mod flags;
pub(crate) mod primitives;
