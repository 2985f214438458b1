//! The seed models: Graph entities shipped ready to use, declared with the derives
//! themselves, property for property as Graph's published beta schema (CSDL) has them.
//!
//! Each rule (required, read-only, non-nullable) names its source: the schema
//! (`Nullable="false"`, descriptions) or the Graph reference pages the project started from.

mod remote_action_audit;
mod security_action;

pub use remote_action_audit::{
    ActionState, DeviceActionCategory, KeyValuePair2OfStringString,
    KeyValuePair2OfStringStringCreate, RemoteAction, RemoteActionAudit, RemoteActionAuditCreate,
    RemoteActionAuditRequired, RemoteActionAuditUpdate,
};
pub use security_action::{
    KeyValuePair, KeyValuePairCreate, KeyValuePairRequired, OperationStatus, ResultInfo,
    ResultInfoCreate, SecurityAction, SecurityActionCreate, SecurityActionRequired,
    SecurityActionState, SecurityActionStateCreate, SecurityActionUpdate,
    SecurityVendorInformation, SecurityVendorInformationCreate, SecurityVendorInformationRequired,
};
