//! The security API's `securityAction` (beta): an action taken by a security provider.

use crate::{DateTimeOffset, Extra, GraphComplex, GraphEntity, GraphEnum};

/// An action, such as blocking a file hash, taken through a security provider
/// (`microsoft.graph.securityAction`).
///
/// Endpoints: `POST /security/securityActions` (201), get and list, and
/// `PATCH /security/securityActions/{securityActionId}` (200), on the beta API, in the
/// global service only (Graph's published "Create securityAction" page marks US Government
/// L4, L5 (DOD) and China unavailable; seed 003 has no national cloud line).
///
/// Permissions: seed 003 leaves its table "TODO". Graph's published pages fill it: security
/// actions take application permissions only ("Not supported." for both delegated rows, and
/// the resource page's note "security actions only support application permissions"), with
/// SecurityActions.ReadWrite.All to write (create; update, which has no page, needs the same
/// write permission) and SecurityActions.Read.All, then SecurityActions.ReadWrite.All, to
/// read (get and list), as the permissions reference describes them.
///
/// Rules, with their sources:
/// - Open type (`OpenType="true"` in the schema): payloads may carry other properties, and
///   they are kept.
/// - `id` and `createdDateTime` are read-only: `entity.id` is "Read-only" in the schema, and
///   Graph's create example (seed 003) sends neither while its response has both.
/// - `name`, `parameters` and `vendorInformation` are required on create: the schema calls
///   `parameters` "Required", and an action needs a name and a provider to run at; Graph's
///   create example sends all three.
/// - `appId`, `azureTenantId` and `user` "should be extracted from the auth token" (schema):
///   they may be sent, but Graph fills them.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/security/securityActions",
    version = "beta",
    open,
    operations(create, update, get, list),
    clouds(global),
    permissions(
        write(
            delegated = "not supported",
            personal = "not supported",
            application = "SecurityActions.ReadWrite.All",
        ),
        read(
            delegated = "not supported",
            personal = "not supported",
            application = "SecurityActions.Read.All, SecurityActions.ReadWrite.All",
        ),
    )
)]
pub struct SecurityAction {
    /// The action's id. Read-only.
    #[graph(read_only)]
    pub id: Option<String>,
    /// Reason for invoking this action.
    pub action_reason: Option<String>,
    /// The Application ID of the calling application that submitted (POST) the action.
    pub app_id: Option<String>,
    /// Azure tenant ID of the entity, to determine which tenant it belongs to.
    pub azure_tenant_id: Option<String>,
    /// Unique client context string, at most 256 characters.
    pub client_context: Option<String>,
    /// When the action was completed.
    pub completed_date_time: Option<DateTimeOffset>,
    /// When the action was created. Read-only.
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    /// Error info when the action fails.
    pub error_info: Option<ResultInfo>,
    /// When this action was last updated.
    pub last_action_date_time: Option<DateTimeOffset>,
    /// Action name. Required on create.
    #[graph(required)]
    pub name: Option<String>,
    /// Parameters (key-value pairs) needed to invoke the action, such as the URL or file
    /// hash to block. Required on create.
    #[graph(required)]
    pub parameters: Option<Vec<KeyValuePair>>,
    /// The history of the action's states.
    pub states: Option<Vec<SecurityActionState>>,
    /// Status of the action.
    pub status: Option<OperationStatus>,
    /// The user principal name of the signed-in user that submitted (POST) the action.
    pub user: Option<String>,
    /// The security product or service vendor, provider and sub-provider. Required on create.
    #[graph(required)]
    pub vendor_information: Option<SecurityVendorInformation>,
    /// Other properties of this open type, annotations, and explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The result of an operation (`microsoft.graph.resultInfo`).
///
/// `code` and `subcode` are `Nullable="false"` in the schema: never sent as `null`, but not
/// required (Graph's create example sends an empty `errorInfo`).
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct ResultInfo {
    /// The result code.
    #[graph(non_nullable)]
    pub code: Option<i32>,
    /// The message.
    pub message: Option<String>,
    /// The result sub-code.
    #[graph(non_nullable)]
    pub subcode: Option<i32>,
    /// Members without a typed field.
    #[graph(extra)]
    pub extra: Extra,
}

/// A name-value pair (`microsoft.graph.keyValuePair`).
///
/// `name` is required: `Nullable="false"` in the schema.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct KeyValuePair {
    /// Name for this key-value pair. Required.
    #[graph(required)]
    pub name: Option<String>,
    /// Value for this key-value pair.
    pub value: Option<String>,
    /// Members without a typed field.
    #[graph(extra)]
    pub extra: Extra,
}

/// One state in a security action's history (`microsoft.graph.securityActionState`); every
/// property is nullable in the schema.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct SecurityActionState {
    /// The Application ID of the calling application that submitted an update (PATCH).
    pub app_id: Option<String>,
    /// Status of the action in this update.
    pub status: Option<OperationStatus>,
    /// When the state was updated.
    pub updated_date_time: Option<DateTimeOffset>,
    /// The user principal name of the signed-in user that submitted the update.
    pub user: Option<String>,
    /// Members without a typed field.
    #[graph(extra)]
    pub extra: Extra,
}

/// The security product or service behind an alert or action
/// (`microsoft.graph.securityVendorInformation`).
///
/// `vendor` is required: the schema's description says "Required". The description calls
/// `providerVersion` required too, but Graph's own create example (seed 003) leaves it out,
/// so it is optional here.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct SecurityVendorInformation {
    /// Specific provider (product or service, not vendor company), such as WindowsDefenderATP.
    pub provider: Option<String>,
    /// Version of the provider or sub-provider that generated the alert.
    pub provider_version: Option<String>,
    /// Specific sub-provider, such as WindowsDefenderATP.SmartScreen.
    pub sub_provider: Option<String>,
    /// Name of the vendor, such as Microsoft, Dell or FireEye. Required.
    #[graph(required)]
    pub vendor: Option<String>,
    /// Members without a typed field.
    #[graph(extra)]
    pub extra: Extra,
}

/// The status of an operation (`microsoft.graph.operationStatus`); its members are
/// PascalCase in the schema, unlike most Graph enumerations.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(rename_all = "PascalCase")]
pub enum OperationStatus {
    /// Not started.
    NotStarted,
    /// Running.
    Running,
    /// Completed.
    Completed,
    /// Failed.
    Failed,
    /// A member this model does not know, as read.
    #[graph(other)]
    Other(String),
}
