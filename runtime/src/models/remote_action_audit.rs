//! Intune's `remoteActionAudit` (beta): the audit record of a remote action on a device.

use crate::{DateTimeOffset, Extra, GraphComplex, GraphEntity, GraphEnum};

/// A report of a remote action taken on a managed device (`microsoft.graph.remoteActionAudit`).
///
/// Endpoints: `POST /deviceManagement/remoteActionAudits` (201) and
/// `PATCH /deviceManagement/remoteActionAudits/{remoteActionAuditId}` (200), plus get, list
/// and delete, on the beta API, in all four national clouds (seed 001 lists them; seed 002
/// includes Graph's "all clouds" note).
///
/// Permissions, least privileged first:
///
/// | operation | delegated (work or school) | delegated (personal) | application |
/// | --- | --- | --- | --- |
/// | create (seed 001), update (seed 002) | DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All | not supported | DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All |
/// | get, list, delete | undeclared | undeclared | undeclared |
///
/// Seed 000, an older create page, has a narrower table: DeviceManagementManagedDevices.ReadWrite.All
/// only, and application "Not supported". The model ships the table of seeds 001 and 002:
/// they are the current pages (001 lists the national clouds and the newer `remoteAction`
/// members, 002 is dated 2024), they agree with each other, and a token that seed 000 allows
/// (delegated DeviceManagementManagedDevices.ReadWrite.All) is allowed by it too. Get, list
/// and delete have no seed page, and the published pages at hand are of seed 000's
/// generation: rather than declare tables the seeds have since widened, they are left
/// undeclared, so [`check_access`](crate::GraphEntity::check_access) answers
/// [`Access::Undeclared`](crate::Access::Undeclared) for them.
///
/// Rules, with their sources:
/// - `id` is read-only: the schema's `entity.id` ("Read-only"), and no create example sends it.
/// - `action`, `actionState` and `requestDateTime` are required on create: `Nullable="false"`
///   in the schema, and every create example (seeds 000 and 001) sends them.
/// - `deviceActionCategory` is non-nullable in the schema, but Graph's own create example
///   (seed 001) leaves it out: optional on create, never sent as `null`.
/// - `deviceActionDetails` is documented by the update page (seed 002) but absent from the
///   current schema: kept, optional, as the page documents it.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/deviceManagement/remoteActionAudits",
    version = "beta",
    clouds(global, us_gov_l4, us_gov_l5_dod, china),
    permissions(
        create(
            delegated = "DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All",
            personal = "not supported",
            application = "DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All",
        ),
        update(
            delegated = "DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All",
            personal = "not supported",
            application = "DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All",
        ),
    )
)]
pub struct RemoteActionAudit {
    /// Report Id. Read-only.
    #[graph(read_only)]
    pub id: Option<String>,
    /// Intune device name.
    pub device_display_name: Option<String>,
    /// \[deprecated\] Please use InitiatedByUserPrincipalName instead.
    #[deprecated(note = "Graph: please use `initiated_by_user_principal_name` instead")]
    pub user_name: Option<String>,
    /// User who initiated the device action, format is UPN.
    pub initiated_by_user_principal_name: Option<String>,
    /// The action name. Required on create.
    #[graph(required)]
    pub action: Option<RemoteAction>,
    /// Time when the action was issued, given in UTC. Required on create.
    #[graph(required)]
    pub request_date_time: Option<DateTimeOffset>,
    /// Upn of the device owner.
    pub device_owner_user_principal_name: Option<String>,
    /// IMEI of the device.
    #[graph(rename = "deviceIMEI")]
    pub device_imei: Option<String>,
    /// Action state. Required on create.
    #[graph(required)]
    pub action_state: Option<ActionState>,
    /// Action target.
    pub managed_device_id: Option<String>,
    /// DeviceAction details (seed 002; not in the current schema).
    pub device_action_details: Option<Vec<KeyValuePair2OfStringString>>,
    /// DeviceAction category. Non-nullable; optional on create.
    #[graph(non_nullable)]
    pub device_action_category: Option<DeviceActionCategory>,
    /// BulkAction ID.
    pub bulk_device_action_id: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// A remote action on a device (`microsoft.graph.remoteAction`): the 39 members of the
/// create page (seed 001) and the four the schema's `EnumType` adds after them
/// (`tests/data/csdl/remoteAction.xml`; the property's description lists only two of them).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RemoteAction {
    /// Unknown.
    Unknown,
    /// Factory reset.
    FactoryReset,
    /// Remove company data.
    RemoveCompanyData,
    /// Reset passcode.
    ResetPasscode,
    /// Remote lock.
    RemoteLock,
    /// Enable lost mode.
    EnableLostMode,
    /// Disable lost mode.
    DisableLostMode,
    /// Locate device.
    LocateDevice,
    /// Reboot now.
    RebootNow,
    /// Recover passcode.
    RecoverPasscode,
    /// Clean Windows device.
    CleanWindowsDevice,
    /// Log out the shared Apple device's active user.
    LogoutSharedAppleDeviceActiveUser,
    /// Quick scan.
    QuickScan,
    /// Full scan.
    FullScan,
    /// Update Windows Defender signatures.
    WindowsDefenderUpdateSignatures,
    /// Factory reset, keeping enrollment data.
    FactoryResetKeepEnrollmentData,
    /// Update device account.
    UpdateDeviceAccount,
    /// Automatic redeployment.
    AutomaticRedeployment,
    /// Shut down.
    ShutDown,
    /// Rotate BitLocker keys.
    RotateBitLockerKeys,
    /// Rotate FileVault key.
    RotateFileVaultKey,
    /// Get FileVault key.
    GetFileVaultKey,
    /// Set device name.
    SetDeviceName,
    /// Activate device eSIM.
    ActivateDeviceEsim,
    /// Deprovision.
    Deprovision,
    /// Disable.
    Disable,
    /// Re-enable.
    Reenable,
    /// Move device to organizational unit.
    MoveDeviceToOrganizationalUnit,
    /// Initiate mobile device management key recovery.
    InitiateMobileDeviceManagementKeyRecovery,
    /// Initiate on-demand proactive remediation.
    InitiateOnDemandProactiveRemediation,
    /// Rotate local admin password.
    RotateLocalAdminPassword,
    /// Evolvable enumeration sentinel: members after it are sent only to clients that ask.
    UnknownFutureValue,
    /// Launch Remote Help.
    LaunchRemoteHelp,
    /// Revoke Apple VPP licenses.
    RevokeAppleVppLicenses,
    /// Remove device firmware configuration interface management.
    RemoveDeviceFirmwareConfigurationInterfaceManagement,
    /// Pause configuration refresh.
    PauseConfigurationRefresh,
    /// Initiate device attestation.
    InitiateDeviceAttestation,
    /// Change assignments.
    ChangeAssignments,
    /// Delete.
    Delete,
    /// Suspend managed home screen (schema only).
    SuspendManagedHomeScreen,
    /// Restore managed home screen (schema only).
    RestoreManagedHomeScreen,
    /// Trigger enhanced log collection (schema only).
    TriggerEnhancedLogCollection,
    /// Cancel enhanced log collection (schema only).
    CancelEnhancedLogCollection,
    /// A member this model does not know, as read.
    #[graph(other)]
    Other(String),
}

/// The state of a remote action (`microsoft.graph.actionState`).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActionState {
    /// None.
    None,
    /// Pending.
    Pending,
    /// Canceled.
    Canceled,
    /// Active.
    Active,
    /// Done.
    Done,
    /// Failed.
    Failed,
    /// Not supported.
    NotSupported,
    /// A member this model does not know, as read.
    #[graph(other)]
    Other(String),
}

/// Whether a device action targets one device or many (`microsoft.graph.deviceActionCategory`).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DeviceActionCategory {
    /// One device.
    Single,
    /// A bulk action.
    Bulk,
    /// A member this model does not know, as read.
    #[graph(other)]
    Other(String),
}

/// A string key-value pair (`microsoft.graph.keyValuePair_2OfString_String`), as the update
/// page (seed 002) documents it.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
#[graph_complex(odata_type = "microsoft.graph.keyValuePair_2OfString_String")]
pub struct KeyValuePair2OfStringString {
    /// The key.
    pub key: Option<String>,
    /// The value.
    pub value: Option<String>,
    /// Members without a typed field.
    #[graph(extra)]
    pub extra: Extra,
}
