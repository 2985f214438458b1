//! Types compiled with any of: `groups`, `identity`, `identity-governance`, `directory`. Generated
//! by `graph-entity-codegen models`: regenerate it rather than edit it.

use crate::{
    AgentIdentity, AgentIdentityBlueprint, AgentIdentityBlueprintPrincipal, AgentUser,
    AnyServiceProvisioningError, AppRoleAssignment, Application, AssignedLabel, AssignedLicense,
    AssignedPlan, Endpoint, ExtensionProperty, Mailbox, OnPremisesExtensionAttributes,
    OnPremisesProvisioningError, Phone, ProvisionedPlan, ResourceSpecificPermissionGrant,
    ScopedRoleMembership, ServicePrincipal, User,
};
use graph_entity::{
    Binary, DateTimeOffset, Duration, Extra, Flags, GraphComplex, GraphEntity, GraphEnum,
    GraphPolymorphic, Guid,
};

/// The schema has no description of the `activityBasedTimeoutPolicy` entity type.
///
/// Graph type `microsoft.graph.activityBasedTimeoutPolicy`, derived from
/// `microsoft.graph.stsPolicy`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/activityBasedTimeoutPolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct ActivityBasedTimeoutPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `administrativeUnit` entity type.
///
/// Graph type `microsoft.graph.administrativeUnit`, derived from `microsoft.graph.directoryObject`;
/// open: payloads may carry other properties, and they are kept.
///
/// Navigation properties whose targets are not generated here, accepted in payloads (deep insert,
/// `name@odata.bind`) and kept in `extra`: `extensions`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directory/administrativeUnits",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    ),
    navigation(extensions)
)]
pub struct AdministrativeUnit {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `isMemberManagementRestricted`; the schema has no description of it.
    pub is_member_management_restricted: Option<bool>,
    /// Property `membershipRule`; the schema has no description of it.
    pub membership_rule: Option<String>,
    /// Property `membershipRuleProcessingState`; the schema has no description of it.
    pub membership_rule_processing_state: Option<String>,
    /// Property `membershipType`; the schema has no description of it.
    pub membership_type: Option<String>,
    /// Property `visibility`; the schema has no description of it.
    pub visibility: Option<String>,
    /// Navigation property `members`; the schema has no description of it.
    #[graph(navigation)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `scopedRoleMembers`; the schema has no description of it.
    #[graph(navigation)]
    pub scoped_role_members: Option<Vec<ScopedRoleMembership>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `appManagementPolicy` entity type.
///
/// Graph type `microsoft.graph.appManagementPolicy`, derived from `microsoft.graph.policyBase`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/appManagementPolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct AppManagementPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `isEnabled`; the schema has no description of it.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Property `restrictions`; the schema has no description of it.
    pub restrictions: Option<CustomAppManagementConfiguration>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `authorizationPolicy` entity type.
///
/// Graph type `microsoft.graph.authorizationPolicy`, derived from `microsoft.graph.policyBase`;
/// open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct AuthorizationPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `allowedToSignUpEmailBasedSubscriptions`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allowed_to_sign_up_email_based_subscriptions: Option<bool>,
    /// Property `allowedToUseSSPR`; the schema has no description of it.
    #[graph(non_nullable, rename = "allowedToUseSSPR")]
    pub allowed_to_use_sspr: Option<bool>,
    /// Property `allowEmailVerifiedUsersToJoinOrganization`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allow_email_verified_users_to_join_organization: Option<bool>,
    /// Property `allowInvitesFrom`; the schema has no description of it.
    pub allow_invites_from: Option<AllowInvitesFrom>,
    /// Property `allowUserConsentForRiskyApps`; the schema has no description of it.
    pub allow_user_consent_for_risky_apps: Option<bool>,
    /// Property `blockMsolPowerShell`; the schema has no description of it.
    pub block_msol_power_shell: Option<bool>,
    /// Property `defaultUserRolePermissions`; the schema has no description of it.
    #[graph(non_nullable)]
    pub default_user_role_permissions: Option<DefaultUserRolePermissions>,
    /// Property `guestUserRoleId`; the schema has no description of it.
    pub guest_user_role_id: Option<Guid>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `certificateAuthorityDetail` entity type.
///
/// Graph type `microsoft.graph.certificateAuthorityDetail`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directory/publicKeyInfrastructure/certificateBasedAuthConfigurations/{certificateBasedAuthPkiId}/certificateAuthorities",
    path = "/directoryObjects/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/directory/deletedItems/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/groups/{groupId}/acceptedSenders/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/groups/{groupId}/rejectedSenders/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors/{directoryObjectId}/microsoft.graph.certificateBasedAuthPki/certificateAuthorities",
    open,
    clouds(global, us_gov_l4, us_gov_l5_dod, china, us_nat, us_sec)
)]
pub struct CertificateAuthorityDetail {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `certificate`; the schema has no description of it.
    #[graph(non_nullable)]
    pub certificate: Option<Binary>,
    /// Property `certificateAuthorityType`; the schema has no description of it.
    pub certificate_authority_type: Option<CertificateAuthorityType>,
    /// Property `certificateRevocationListUrl`; the schema has no description of it.
    pub certificate_revocation_list_url: Option<String>,
    /// Property `createdDateTime`; the schema has no description of it.
    pub created_date_time: Option<DateTimeOffset>,
    /// Property `deltaCertificateRevocationListUrl`; the schema has no description of it.
    pub delta_certificate_revocation_list_url: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `expirationDateTime`; the schema has no description of it.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<DateTimeOffset>,
    /// Property `isIssuerHintEnabled`; the schema has no description of it.
    pub is_issuer_hint_enabled: Option<bool>,
    /// Property `issuer`; the schema has no description of it.
    pub issuer: Option<String>,
    /// Property `issuerSubjectKeyIdentifier`; the schema has no description of it.
    pub issuer_subject_key_identifier: Option<String>,
    /// Property `thumbprint`; the schema has no description of it.
    #[graph(non_nullable)]
    pub thumbprint: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `certificateBasedAuthPki` entity type.
///
/// Graph type `microsoft.graph.certificateBasedAuthPki`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directory/publicKeyInfrastructure/certificateBasedAuthConfigurations",
    open,
    clouds(global, us_gov_l4, us_gov_l5_dod, china, us_nat, us_sec)
)]
pub struct CertificateBasedAuthPki {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `lastModifiedDateTime`; the schema has no description of it.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    /// Property `status`; the schema has no description of it.
    pub status: Option<String>,
    /// Property `statusDetails`; the schema has no description of it.
    pub status_details: Option<String>,
    /// Navigation property `certificateAuthorities`; the schema has no description of it.
    #[graph(navigation)]
    pub certificate_authorities: Option<Vec<CertificateAuthorityDetail>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `claimsMappingPolicy` entity type.
///
/// Graph type `microsoft.graph.claimsMappingPolicy`, derived from `microsoft.graph.stsPolicy`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/claimsMappingPolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct ClaimsMappingPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `contract` entity type.
///
/// Graph type `microsoft.graph.contract`, derived from `microsoft.graph.directoryObject`; open:
/// payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/contracts",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct Contract {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `contractType`; the schema has no description of it.
    pub contract_type: Option<String>,
    /// Property `customerId`; the schema has no description of it.
    pub customer_id: Option<Guid>,
    /// Property `defaultDomainName`; the schema has no description of it.
    pub default_domain_name: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicy` entity type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicy`, derived from `microsoft.graph.policyBase`;
/// open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct CrossTenantAccessPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `allowedCloudEndpoints`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allowed_cloud_endpoints: Option<Vec<String>>,
    /// Navigation property `default`; the schema has no description of it.
    #[graph(navigation)]
    pub default: Option<CrossTenantAccessPolicyConfigurationDefault>,
    /// Navigation property `partners`; the schema has no description of it.
    #[graph(navigation)]
    pub partners: Option<Vec<CrossTenantAccessPolicyConfigurationPartner>>,
    /// Navigation property `templates`; the schema has no description of it.
    #[graph(navigation)]
    pub templates: Option<PolicyTemplate>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyConfigurationDefault` entity type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyConfigurationDefault`, derived from
/// `microsoft.graph.entity`.
///
/// Graph serves it as a single entity (`/policies/crossTenantAccessPolicy/default`), not in a
/// collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct CrossTenantAccessPolicyConfigurationDefault {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `appServiceConnectInbound`; the schema has no description of it.
    pub app_service_connect_inbound: Option<CrossTenantAccessPolicyAppServiceConnectSetting>,
    /// Property `automaticUserConsentSettings`; the schema has no description of it.
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    /// Property `b2bCollaborationInbound`; the schema has no description of it.
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bCollaborationOutbound`; the schema has no description of it.
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectInbound`; the schema has no description of it.
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectOutbound`; the schema has no description of it.
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `inboundTrust`; the schema has no description of it.
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    /// Property `invitationRedemptionIdentityProviderConfiguration`; the schema has no description
    /// of it.
    pub invitation_redemption_identity_provider_configuration:
        Option<DefaultInvitationRedemptionIdentityProviderConfiguration>,
    /// Property `isServiceDefault`; the schema has no description of it.
    pub is_service_default: Option<bool>,
    /// Property `m365CollaborationInbound`; the schema has no description of it.
    pub m365_collaboration_inbound: Option<CrossTenantAccessPolicyM365CollaborationInboundSetting>,
    /// Property `m365CollaborationOutbound`; the schema has no description of it.
    pub m365_collaboration_outbound:
        Option<CrossTenantAccessPolicyM365CollaborationOutboundSetting>,
    /// Property `tenantRestrictions`; the schema has no description of it.
    pub tenant_restrictions: Option<CrossTenantAccessPolicyTenantRestrictions>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyConfigurationPartner` entity type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyConfigurationPartner`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/crossTenantAccessPolicy/partners",
    path = "/directoryObjects/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/directory/deletedItems/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/groups/{groupId}/acceptedSenders/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/groups/{groupId}/rejectedSenders/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors/{directoryObjectId}/microsoft.graph.crossTenantAccessPolicy/partners",
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct CrossTenantAccessPolicyConfigurationPartner {
    /// Property `appServiceConnectInbound`; the schema has no description of it.
    pub app_service_connect_inbound: Option<CrossTenantAccessPolicyAppServiceConnectSetting>,
    /// Property `automaticUserConsentSettings`; the schema has no description of it.
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    /// Property `b2bCollaborationInbound`; the schema has no description of it.
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bCollaborationOutbound`; the schema has no description of it.
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectInbound`; the schema has no description of it.
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectOutbound`; the schema has no description of it.
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `inboundTrust`; the schema has no description of it.
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    /// Property `isInMultiTenantOrganization`; the schema has no description of it.
    pub is_in_multi_tenant_organization: Option<bool>,
    /// Property `isServiceProvider`; the schema has no description of it.
    pub is_service_provider: Option<bool>,
    /// Property `m365CollaborationInbound`; the schema has no description of it.
    pub m365_collaboration_inbound: Option<CrossTenantAccessPolicyM365CollaborationInboundSetting>,
    /// Property `m365CollaborationOutbound`; the schema has no description of it.
    pub m365_collaboration_outbound:
        Option<CrossTenantAccessPolicyM365CollaborationOutboundSetting>,
    /// Property `tenantId`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub tenant_id: Option<String>,
    /// Property `tenantRestrictions`; the schema has no description of it.
    pub tenant_restrictions: Option<CrossTenantAccessPolicyTenantRestrictions>,
    /// Navigation property `identitySynchronization`; the schema has no description of it.
    #[graph(navigation)]
    pub identity_synchronization: Option<CrossTenantIdentitySyncPolicyPartner>,
    /// Navigation property `serviceProviderConstraints`; the schema has no description of it.
    #[graph(navigation)]
    pub service_provider_constraints: Option<AnyServiceProviderConstraints>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantIdentitySyncPolicyPartner` entity type.
///
/// Graph type `microsoft.graph.crossTenantIdentitySyncPolicyPartner`.
///
/// Graph serves it as a single entity
/// (`/policies/crossTenantAccessPolicy/partners/{crossTenantAccessPolicyConfigurationPartnerId}/identitySynchronization`),
/// not in a collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct CrossTenantIdentitySyncPolicyPartner {
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `tenantId`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub tenant_id: Option<String>,
    /// Property `userSyncInbound`; the schema has no description of it.
    pub user_sync_inbound: Option<CrossTenantUserSyncInbound>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `delegatedAdminServiceProviderConstraints` entity type.
///
/// Graph type `microsoft.graph.delegatedAdminServiceProviderConstraints`, derived from
/// `microsoft.graph.serviceProviderConstraints`.
///
/// Graph serves it as a single entity
/// (`/policies/crossTenantAccessPolicy/partners/{crossTenantAccessPolicyConfigurationPartnerId}/serviceProviderConstraints`),
/// not in a collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct DelegatedAdminServiceProviderConstraints {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `allowedRoleTemplateIds`; the schema has no description of it.
    pub allowed_role_template_ids: Option<Vec<String>>,
    /// Property `createdDateTime`; the schema has no description of it.
    #[graph(non_nullable)]
    pub created_date_time: Option<DateTimeOffset>,
    /// Property `lastModifiedDateTime`; the schema has no description of it.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `device` entity type.
///
/// Graph type `microsoft.graph.device`, derived from `microsoft.graph.directoryObject`; open:
/// payloads may carry other properties, and they are kept.
///
/// Navigation properties whose targets are not generated here, accepted in payloads (deep insert,
/// `name@odata.bind`) and kept in `extra`: `extensions`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/devices",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    ),
    navigation(extensions)
)]
pub struct Device {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `accountEnabled`; the schema has no description of it.
    pub account_enabled: Option<bool>,
    /// Property `alternativeSecurityIds`; the schema has no description of it.
    #[graph(non_nullable)]
    pub alternative_security_ids: Option<Vec<AlternativeSecurityId>>,
    /// Property `approximateLastSignInDateTime`; the schema has no description of it.
    pub approximate_last_sign_in_date_time: Option<DateTimeOffset>,
    /// Property `complianceExpirationDateTime`; the schema has no description of it.
    pub compliance_expiration_date_time: Option<DateTimeOffset>,
    /// Property `deviceCategory`; the schema has no description of it.
    pub device_category: Option<String>,
    /// Property `deviceId`; the schema has no description of it.
    pub device_id: Option<String>,
    /// Property `deviceMetadata`; the schema has no description of it.
    pub device_metadata: Option<String>,
    /// Property `deviceOwnership`; the schema has no description of it.
    pub device_ownership: Option<String>,
    /// Property `deviceVersion`; the schema has no description of it.
    pub device_version: Option<i32>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `enrollmentProfileName`; the schema has no description of it.
    pub enrollment_profile_name: Option<String>,
    /// Property `enrollmentType`; the schema has no description of it.
    pub enrollment_type: Option<String>,
    /// Property `isCompliant`; the schema has no description of it.
    pub is_compliant: Option<bool>,
    /// Property `isManaged`; the schema has no description of it.
    pub is_managed: Option<bool>,
    /// Property `isManagementRestricted`; the schema has no description of it.
    pub is_management_restricted: Option<bool>,
    /// Property `isRooted`; the schema has no description of it.
    pub is_rooted: Option<bool>,
    /// Property `managementType`; the schema has no description of it.
    pub management_type: Option<String>,
    /// Property `manufacturer`; the schema has no description of it.
    pub manufacturer: Option<String>,
    /// Property `mdmAppId`; the schema has no description of it.
    pub mdm_app_id: Option<String>,
    /// Property `model`; the schema has no description of it.
    pub model: Option<String>,
    /// Property `onPremisesLastSyncDateTime`; the schema has no description of it.
    pub on_premises_last_sync_date_time: Option<DateTimeOffset>,
    /// Property `onPremisesSecurityIdentifier`; the schema has no description of it.
    pub on_premises_security_identifier: Option<String>,
    /// Property `onPremisesSyncEnabled`; the schema has no description of it.
    pub on_premises_sync_enabled: Option<bool>,
    /// Property `operatingSystem`; the schema has no description of it.
    pub operating_system: Option<String>,
    /// Property `operatingSystemVersion`; the schema has no description of it.
    pub operating_system_version: Option<String>,
    /// Property `physicalIds`; the schema has no description of it.
    #[graph(non_nullable)]
    pub physical_ids: Option<Vec<String>>,
    /// Property `profileType`; the schema has no description of it.
    pub profile_type: Option<String>,
    /// Property `registrationDateTime`; the schema has no description of it.
    pub registration_date_time: Option<DateTimeOffset>,
    /// Property `systemLabels`; the schema has no description of it.
    #[graph(non_nullable)]
    pub system_labels: Option<Vec<String>>,
    /// Property `trustType`; the schema has no description of it.
    pub trust_type: Option<String>,
    /// Navigation property `memberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `registeredOwners`; the schema has no description of it.
    #[graph(navigation)]
    pub registered_owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `registeredUsers`; the schema has no description of it.
    #[graph(navigation)]
    pub registered_users: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `transitiveMemberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `directoryObject` entity type.
///
/// Graph type `microsoft.graph.directoryObject`, derived from `microsoft.graph.entity`; open:
/// payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct DirectoryObject {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `directoryObjectPartnerReference` entity type.
///
/// Graph type `microsoft.graph.directoryObjectPartnerReference`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct DirectoryObjectPartnerReference {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `externalPartnerTenantId`; the schema has no description of it.
    pub external_partner_tenant_id: Option<Guid>,
    /// Property `objectType`; the schema has no description of it.
    pub object_type: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `directoryRole` entity type.
///
/// Graph type `microsoft.graph.directoryRole`, derived from `microsoft.graph.directoryObject`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryRoles",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct DirectoryRole {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `roleTemplateId`; the schema has no description of it.
    pub role_template_id: Option<String>,
    /// Navigation property `members`; the schema has no description of it.
    #[graph(navigation)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `scopedMembers`; the schema has no description of it.
    #[graph(navigation)]
    pub scoped_members: Option<Vec<ScopedRoleMembership>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `directoryRoleTemplate` entity type.
///
/// Graph type `microsoft.graph.directoryRoleTemplate`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryRoleTemplates",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct DirectoryRoleTemplate {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `federatedTokenValidationPolicy` entity type.
///
/// Graph type `microsoft.graph.federatedTokenValidationPolicy`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct FederatedTokenValidationPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `validatingDomains`; the schema has no description of it.
    #[graph(non_nullable)]
    pub validating_domains: Option<AnyValidatingDomains>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `group` entity type.
///
/// Graph type `microsoft.graph.group`, derived from `microsoft.graph.directoryObject`; open:
/// payloads may carry other properties, and they are kept.
///
/// Navigation properties whose targets are not generated here, accepted in payloads (deep insert,
/// `name@odata.bind`) and kept in `extra`: `calendar`, `calendarView`, `conversations`, `drive`,
/// `drives`, `events`, `extensions`, `groupLifecyclePolicies`, `onenote`, `onPremisesSyncBehavior`,
/// `photo`, `photos`, `planner`, `settings`, `sites`, `team`, `threads`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/groups",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups",
    path = "/identityGovernance/catalogs/{accessPackageCatalogId}/accessPackages/{accessPackageId}/incompatibleGroups",
    path = "/identityGovernance/entitlementManagement/catalogs/{accessPackageCatalogId}/accessPackages/{accessPackageId}/incompatibleGroups",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    ),
    navigation(
        calendar,
        calendarView,
        conversations,
        drive,
        drives,
        events,
        extensions,
        groupLifecyclePolicies,
        onenote,
        onPremisesSyncBehavior,
        photo,
        photos,
        planner,
        settings,
        sites,
        team,
        threads
    )
)]
pub struct Group {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `accessType`; the schema has no description of it.
    pub access_type: Option<GroupAccessType>,
    /// Property `allowExternalSenders`; the schema has no description of it.
    pub allow_external_senders: Option<bool>,
    /// Property `assignedLabels`; the schema has no description of it.
    pub assigned_labels: Option<Vec<AssignedLabel>>,
    /// Property `assignedLicenses`; the schema has no description of it.
    pub assigned_licenses: Option<Vec<AssignedLicense>>,
    /// Property `autoSubscribeNewMembers`; the schema has no description of it.
    pub auto_subscribe_new_members: Option<bool>,
    /// Property `classification`; the schema has no description of it.
    pub classification: Option<String>,
    /// Property `createdDateTime`; the schema has no description of it.
    pub created_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `expirationDateTime`; the schema has no description of it.
    pub expiration_date_time: Option<DateTimeOffset>,
    /// Property `groupTypes`; the schema has no description of it.
    #[graph(non_nullable)]
    pub group_types: Option<Vec<String>>,
    /// Property `hasMembersWithLicenseErrors`; the schema has no description of it.
    pub has_members_with_license_errors: Option<bool>,
    /// Property `hideFromAddressLists`; the schema has no description of it.
    pub hide_from_address_lists: Option<bool>,
    /// Property `hideFromOutlookClients`; the schema has no description of it.
    pub hide_from_outlook_clients: Option<bool>,
    /// Property `infoCatalogs`; the schema has no description of it.
    #[graph(non_nullable)]
    pub info_catalogs: Option<Vec<String>>,
    /// Property `isArchived`; the schema has no description of it.
    pub is_archived: Option<bool>,
    /// Property `isAssignableToRole`; the schema has no description of it.
    pub is_assignable_to_role: Option<bool>,
    /// Property `isFavorite`; the schema has no description of it.
    pub is_favorite: Option<bool>,
    /// Property `isManagementRestricted`; the schema has no description of it.
    pub is_management_restricted: Option<bool>,
    /// Property `isSubscribedByMail`; the schema has no description of it.
    pub is_subscribed_by_mail: Option<bool>,
    /// Property `licenseProcessingState`; the schema has no description of it.
    pub license_processing_state: Option<LicenseProcessingState>,
    /// Property `mail`; the schema has no description of it.
    pub mail: Option<String>,
    /// Property `mailEnabled`; the schema has no description of it.
    pub mail_enabled: Option<bool>,
    /// Property `mailNickname`; the schema has no description of it.
    pub mail_nickname: Option<String>,
    /// Property `membershipRule`; the schema has no description of it.
    pub membership_rule: Option<String>,
    /// Property `membershipRuleProcessingState`; the schema has no description of it.
    pub membership_rule_processing_state: Option<String>,
    /// Property `onPremisesDomainName`; the schema has no description of it.
    pub on_premises_domain_name: Option<String>,
    /// Property `onPremisesExtensionAttributes`; the schema has no description of it.
    pub on_premises_extension_attributes: Option<OnPremisesExtensionAttributes>,
    /// Property `onPremisesLastSyncDateTime`; the schema has no description of it.
    pub on_premises_last_sync_date_time: Option<DateTimeOffset>,
    /// Property `onPremisesNetBiosName`; the schema has no description of it.
    pub on_premises_net_bios_name: Option<String>,
    /// Property `onPremisesProvisioningErrors`; the schema has no description of it.
    pub on_premises_provisioning_errors: Option<Vec<OnPremisesProvisioningError>>,
    /// Property `onPremisesSamAccountName`; the schema has no description of it.
    pub on_premises_sam_account_name: Option<String>,
    /// Property `onPremisesSecurityIdentifier`; the schema has no description of it.
    pub on_premises_security_identifier: Option<String>,
    /// Property `onPremisesSyncEnabled`; the schema has no description of it.
    pub on_premises_sync_enabled: Option<bool>,
    /// Property `organizationId`; the schema has no description of it.
    pub organization_id: Option<String>,
    /// Property `preferredDataLocation`; the schema has no description of it.
    pub preferred_data_location: Option<String>,
    /// Property `preferredLanguage`; the schema has no description of it.
    pub preferred_language: Option<String>,
    /// Property `proxyAddresses`; the schema has no description of it.
    #[graph(non_nullable)]
    pub proxy_addresses: Option<Vec<String>>,
    /// Property `renewedDateTime`; the schema has no description of it.
    pub renewed_date_time: Option<DateTimeOffset>,
    /// Property `resourceBehaviorOptions`; the schema has no description of it.
    #[graph(non_nullable)]
    pub resource_behavior_options: Option<Vec<String>>,
    /// Property `resourceProvisioningOptions`; the schema has no description of it.
    #[graph(non_nullable)]
    pub resource_provisioning_options: Option<Vec<String>>,
    /// Property `securityEnabled`; the schema has no description of it.
    pub security_enabled: Option<bool>,
    /// Property `securityIdentifier`; the schema has no description of it.
    pub security_identifier: Option<String>,
    /// Property `serviceProvisioningErrors`; the schema has no description of it.
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    /// Property `theme`; the schema has no description of it.
    pub theme: Option<String>,
    /// Property `uniqueName`; the schema has no description of it.
    pub unique_name: Option<String>,
    /// Property `unseenConversationsCount`; the schema has no description of it.
    pub unseen_conversations_count: Option<i32>,
    /// Property `unseenCount`; the schema has no description of it.
    pub unseen_count: Option<i32>,
    /// Property `unseenMessagesCount`; the schema has no description of it.
    pub unseen_messages_count: Option<i32>,
    /// Property `visibility`; the schema has no description of it.
    pub visibility: Option<String>,
    /// Property `welcomeMessageEnabled`; the schema has no description of it.
    pub welcome_message_enabled: Option<bool>,
    /// Navigation property `acceptedSenders`; the schema has no description of it.
    #[graph(navigation)]
    pub accepted_senders: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `appRoleAssignments`; the schema has no description of it.
    #[graph(navigation)]
    pub app_role_assignments: Option<Vec<AppRoleAssignment>>,
    /// Navigation property `createdOnBehalfOf`; the schema has no description of it.
    #[graph(navigation)]
    pub created_on_behalf_of: Option<Box<AnyDirectoryObject>>,
    /// Navigation property `memberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `members`; the schema has no description of it.
    #[graph(navigation)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `membersWithLicenseErrors`; the schema has no description of it.
    #[graph(navigation)]
    pub members_with_license_errors: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `owners`; the schema has no description of it.
    #[graph(navigation)]
    pub owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `permissionGrants`; the schema has no description of it.
    #[graph(navigation)]
    pub permission_grants: Option<Vec<ResourceSpecificPermissionGrant>>,
    /// Navigation property `rejectedSenders`; the schema has no description of it.
    #[graph(navigation)]
    pub rejected_senders: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `transitiveMemberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `transitiveMembers`; the schema has no description of it.
    #[graph(navigation)]
    pub transitive_members: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `groupSettingTemplate` entity type.
///
/// Graph type `microsoft.graph.groupSettingTemplate`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/groupSettingTemplates",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct GroupSettingTemplate {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `values`; the schema has no description of it.
    #[graph(non_nullable)]
    pub values: Option<Vec<SettingTemplateValue>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `homeRealmDiscoveryPolicy` entity type.
///
/// Graph type `microsoft.graph.homeRealmDiscoveryPolicy`, derived from `microsoft.graph.stsPolicy`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/homeRealmDiscoveryPolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct HomeRealmDiscoveryPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `identitySecurityDefaultsEnforcementPolicy` entity type.
///
/// Graph type `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, derived from
/// `microsoft.graph.policyBase`; open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(global, us_gov_l4, us_gov_l5_dod, china, us_nat, us_sec, bleu, delos)
)]
pub struct IdentitySecurityDefaultsEnforcementPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `isEnabled`; the schema has no description of it.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `multiTenantOrganizationIdentitySyncPolicyTemplate` entity
/// type.
///
/// Graph type `microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate`, derived from
/// `microsoft.graph.entity`.
///
/// Graph serves it as a single entity
/// (`/policies/crossTenantAccessPolicy/templates/multiTenantOrganizationIdentitySynchronization`),
/// not in a collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct MultiTenantOrganizationIdentitySyncPolicyTemplate {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `templateApplicationLevel`; the schema has no description of it.
    #[graph(non_nullable)]
    pub template_application_level: Option<Flags<TemplateApplicationLevel>>,
    /// Property `userSyncInbound`; the schema has no description of it.
    pub user_sync_inbound: Option<CrossTenantUserSyncInbound>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `multiTenantOrganizationMember` entity type.
///
/// Graph type `microsoft.graph.multiTenantOrganizationMember`, derived from
/// `microsoft.graph.directoryObject`; open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/tenantRelationships/multiTenantOrganization/tenants",
    open,
    clouds(global)
)]
pub struct MultiTenantOrganizationMember {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `addedByTenantId`; the schema has no description of it.
    pub added_by_tenant_id: Option<Guid>,
    /// Property `addedDateTime`; the schema has no description of it.
    pub added_date_time: Option<DateTimeOffset>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `joinedDateTime`; the schema has no description of it.
    pub joined_date_time: Option<DateTimeOffset>,
    /// Property `role`; the schema has no description of it.
    pub role: Option<MultiTenantOrganizationMemberRole>,
    /// Property `state`; the schema has no description of it.
    pub state: Option<MultiTenantOrganizationMemberState>,
    /// Property `tenantId`; the schema has no description of it.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Property `transitionDetails`; the schema has no description of it.
    pub transition_details: Option<MultiTenantOrganizationMemberTransitionDetails>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `multiTenantOrganizationPartnerConfigurationTemplate`
/// entity type.
///
/// Graph type `microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate`, derived from
/// `microsoft.graph.entity`.
///
/// Graph serves it as a single entity
/// (`/policies/crossTenantAccessPolicy/templates/multiTenantOrganizationPartnerConfiguration`), not
/// in a collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct MultiTenantOrganizationPartnerConfigurationTemplate {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `automaticUserConsentSettings`; the schema has no description of it.
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    /// Property `b2bCollaborationInbound`; the schema has no description of it.
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bCollaborationOutbound`; the schema has no description of it.
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectInbound`; the schema has no description of it.
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `b2bDirectConnectOutbound`; the schema has no description of it.
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    /// Property `inboundTrust`; the schema has no description of it.
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    /// Property `templateApplicationLevel`; the schema has no description of it.
    #[graph(non_nullable)]
    pub template_application_level: Option<Flags<TemplateApplicationLevel>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `organization` entity type.
///
/// Graph type `microsoft.graph.organization`, derived from `microsoft.graph.directoryObject`; open:
/// payloads may carry other properties, and they are kept.
///
/// Navigation properties whose targets are not generated here, accepted in payloads (deep insert,
/// `name@odata.bind`) and kept in `extra`: `branding`, `certificateBasedAuthConfiguration`,
/// `extensions`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/organization",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    ),
    navigation(branding, certificateBasedAuthConfiguration, extensions)
)]
pub struct Organization {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `assignedPlans`; the schema has no description of it.
    #[graph(non_nullable)]
    pub assigned_plans: Option<Vec<AssignedPlan>>,
    /// Property `businessPhones`; the schema has no description of it.
    #[graph(non_nullable)]
    pub business_phones: Option<Vec<String>>,
    /// Property `city`; the schema has no description of it.
    pub city: Option<String>,
    /// Property `country`; the schema has no description of it.
    pub country: Option<String>,
    /// Property `countryLetterCode`; the schema has no description of it.
    pub country_letter_code: Option<String>,
    /// Property `createdDateTime`; the schema has no description of it.
    pub created_date_time: Option<DateTimeOffset>,
    /// Property `defaultUsageLocation`; the schema has no description of it.
    pub default_usage_location: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `marketingNotificationEmails`; the schema has no description of it.
    #[graph(non_nullable)]
    pub marketing_notification_emails: Option<Vec<String>>,
    /// Mobile device management authority.
    #[graph(non_nullable)]
    pub mobile_device_management_authority: Option<MdmAuthority>,
    /// Property `onPremisesLastSyncDateTime`; the schema has no description of it.
    pub on_premises_last_sync_date_time: Option<DateTimeOffset>,
    /// Property `onPremisesSyncEnabled`; the schema has no description of it.
    pub on_premises_sync_enabled: Option<bool>,
    /// Property `partnerTenantType`; the schema has no description of it.
    pub partner_tenant_type: Option<PartnerTenantType>,
    /// Property `postalCode`; the schema has no description of it.
    pub postal_code: Option<String>,
    /// Property `preferredLanguage`; the schema has no description of it.
    pub preferred_language: Option<String>,
    /// Property `privacyProfile`; the schema has no description of it.
    pub privacy_profile: Option<PrivacyProfile>,
    /// Property `provisionedPlans`; the schema has no description of it.
    #[graph(non_nullable)]
    pub provisioned_plans: Option<Vec<ProvisionedPlan>>,
    /// Property `securityComplianceNotificationMails`; the schema has no description of it.
    #[graph(non_nullable)]
    pub security_compliance_notification_mails: Option<Vec<String>>,
    /// Property `securityComplianceNotificationPhones`; the schema has no description of it.
    #[graph(non_nullable)]
    pub security_compliance_notification_phones: Option<Vec<String>>,
    /// Property `state`; the schema has no description of it.
    pub state: Option<String>,
    /// Property `street`; the schema has no description of it.
    pub street: Option<String>,
    /// Property `technicalNotificationMails`; the schema has no description of it.
    #[graph(non_nullable)]
    pub technical_notification_mails: Option<Vec<String>>,
    /// Property `tenantType`; the schema has no description of it.
    pub tenant_type: Option<String>,
    /// Property `verifiedDomains`; the schema has no description of it.
    #[graph(non_nullable)]
    pub verified_domains: Option<Vec<VerifiedDomain>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `orgContact` entity type.
///
/// Graph type `microsoft.graph.orgContact`, derived from `microsoft.graph.directoryObject`; open:
/// payloads may carry other properties, and they are kept.
///
/// Navigation properties whose targets are not generated here, accepted in payloads (deep insert,
/// `name@odata.bind`) and kept in `extra`: `onPremisesSyncBehavior`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/contacts",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    ),
    navigation(onPremisesSyncBehavior)
)]
pub struct OrgContact {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `addresses`; the schema has no description of it.
    pub addresses: Option<Vec<PhysicalOfficeAddress>>,
    /// Property `companyName`; the schema has no description of it.
    pub company_name: Option<String>,
    /// Property `department`; the schema has no description of it.
    pub department: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `givenName`; the schema has no description of it.
    pub given_name: Option<String>,
    /// Property `jobTitle`; the schema has no description of it.
    pub job_title: Option<String>,
    /// Property `mail`; the schema has no description of it.
    pub mail: Option<String>,
    /// Property `mailNickname`; the schema has no description of it.
    pub mail_nickname: Option<String>,
    /// Property `onPremisesLastSyncDateTime`; the schema has no description of it.
    pub on_premises_last_sync_date_time: Option<DateTimeOffset>,
    /// Property `onPremisesProvisioningErrors`; the schema has no description of it.
    pub on_premises_provisioning_errors: Option<Vec<OnPremisesProvisioningError>>,
    /// Property `onPremisesSyncEnabled`; the schema has no description of it.
    pub on_premises_sync_enabled: Option<bool>,
    /// Property `phones`; the schema has no description of it.
    pub phones: Option<Vec<Phone>>,
    /// Property `proxyAddresses`; the schema has no description of it.
    #[graph(non_nullable)]
    pub proxy_addresses: Option<Vec<String>>,
    /// Property `serviceProvisioningErrors`; the schema has no description of it.
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    /// Property `surname`; the schema has no description of it.
    pub surname: Option<String>,
    /// Navigation property `directReports`; the schema has no description of it.
    #[graph(navigation)]
    pub direct_reports: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `manager`; the schema has no description of it.
    #[graph(navigation)]
    pub manager: Option<Box<AnyDirectoryObject>>,
    /// Navigation property `memberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property `transitiveMemberOf`; the schema has no description of it.
    #[graph(navigation)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `permissionGrantConditionSet` entity type.
///
/// Graph type `microsoft.graph.permissionGrantConditionSet`, derived from `microsoft.graph.entity`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/permissionGrantPolicies/{permissionGrantPolicyId}/excludes",
    path = "/policies/permissionGrantPolicies/{permissionGrantPolicyId}/includes",
    path = "/directoryObjects/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/excludes",
    path = "/directoryObjects/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/includes",
    path = "/directory/deletedItems/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/excludes",
    path = "/directory/deletedItems/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/includes",
    path = "/groups/{groupId}/acceptedSenders/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/excludes",
    path = "/groups/{groupId}/acceptedSenders/{directoryObjectId}/microsoft.graph.permissionGrantPolicy/includes",
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct PermissionGrantConditionSet {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `clientApplicationIds`; the schema has no description of it.
    pub client_application_ids: Option<Vec<String>>,
    /// Property `clientApplicationPublisherIds`; the schema has no description of it.
    pub client_application_publisher_ids: Option<Vec<String>>,
    /// Property `clientApplicationsFromVerifiedPublisherOnly`; the schema has no description of it.
    pub client_applications_from_verified_publisher_only: Option<bool>,
    /// Property `clientApplicationTenantIds`; the schema has no description of it.
    pub client_application_tenant_ids: Option<Vec<String>>,
    /// Property `permissionClassification`; the schema has no description of it.
    pub permission_classification: Option<String>,
    /// Property `permissions`; the schema has no description of it.
    pub permissions: Option<Vec<String>>,
    /// Property `permissionType`; the schema has no description of it.
    pub permission_type: Option<PermissionType>,
    /// Property `resourceApplication`; the schema has no description of it.
    pub resource_application: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `permissionGrantPolicy` entity type.
///
/// Graph type `microsoft.graph.permissionGrantPolicy`, derived from `microsoft.graph.policyBase`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/permissionGrantPolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct PermissionGrantPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Navigation property `excludes`; the schema has no description of it.
    #[graph(navigation)]
    pub excludes: Option<Vec<PermissionGrantConditionSet>>,
    /// Navigation property `includes`; the schema has no description of it.
    #[graph(navigation)]
    pub includes: Option<Vec<PermissionGrantConditionSet>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `policyBase` entity type.
///
/// Graph type `microsoft.graph.policyBase`, derived from `microsoft.graph.directoryObject`;
/// abstract: Graph sends values of its derived types; open: payloads may carry other properties,
/// and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    operations(update, get, list, delete),
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct PolicyBase {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `policyTemplate` entity type.
///
/// Graph type `microsoft.graph.policyTemplate`, derived from `microsoft.graph.entity`.
///
/// Graph serves it as a single entity (`/policies/crossTenantAccessPolicy/templates`), not in a
/// collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct PolicyTemplate {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Navigation property `multiTenantOrganizationIdentitySynchronization`; the schema has no
    /// description of it.
    #[graph(navigation)]
    pub multi_tenant_organization_identity_synchronization:
        Option<MultiTenantOrganizationIdentitySyncPolicyTemplate>,
    /// Navigation property `multiTenantOrganizationPartnerConfiguration`; the schema has no
    /// description of it.
    #[graph(navigation)]
    pub multi_tenant_organization_partner_configuration:
        Option<MultiTenantOrganizationPartnerConfigurationTemplate>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `remoteTenantGroup` entity type.
///
/// Graph type `microsoft.graph.remoteTenantGroup`, derived from `microsoft.graph.directoryObject`;
/// open: payloads may carry other properties, and they are kept.
///
/// Deprecated in the schema.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(path = "/directory/remoteTenantGroups", open, clouds(global))]
pub struct RemoteTenantGroup {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `remoteGroupDisplayName`; the schema has no description of it.
    pub remote_group_display_name: Option<String>,
    /// Property `remoteGroupId`; the schema has no description of it.
    pub remote_group_id: Option<Guid>,
    /// Property `remoteTenantDisplayName`; the schema has no description of it.
    pub remote_tenant_display_name: Option<String>,
    /// Property `remoteTenantId`; the schema has no description of it.
    pub remote_tenant_id: Option<Guid>,
    /// Property `remoteTenantPrimaryDomain`; the schema has no description of it.
    pub remote_tenant_primary_domain: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `serviceProviderConstraints` entity type.
///
/// Graph type `microsoft.graph.serviceProviderConstraints`, derived from `microsoft.graph.entity`.
///
/// Graph serves it as a single entity
/// (`/policies/crossTenantAccessPolicy/partners/{crossTenantAccessPolicyConfigurationPartnerId}/serviceProviderConstraints`),
/// not in a collection, so it has no collection path.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(no_path)]
pub struct ServiceProviderConstraints {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `stsPolicy` entity type.
///
/// Graph type `microsoft.graph.stsPolicy`, derived from `microsoft.graph.policyBase`; abstract:
/// Graph sends values of its derived types; open: payloads may carry other properties, and they are
/// kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    operations(update, get, list, delete),
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct StsPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `tenantAppManagementPolicy` entity type.
///
/// Graph type `microsoft.graph.tenantAppManagementPolicy`, derived from
/// `microsoft.graph.policyBase`; open: payloads may carry other properties, and they are kept.
///
/// Graph serves it in the collections of its base type `microsoft.graph.directoryObject`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/directoryObjects",
    path = "/directory/deletedItems",
    path = "/groups/{groupId}/acceptedSenders",
    path = "/groups/{groupId}/rejectedSenders",
    path = "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/externalSponsors",
    path = "/identityGovernance/entitlementManagement/connectedOrganizations/{connectedOrganizationId}/internalSponsors",
    path = "/identityGovernance/entitlementManagement/accessPackages/{accessPackageId}/incompatibleGroups/{groupId}/acceptedSenders",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct TenantAppManagementPolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `applicationRestrictions`; the schema has no description of it.
    pub application_restrictions: Option<AppManagementApplicationConfiguration>,
    /// Property `isEnabled`; the schema has no description of it.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Property `servicePrincipalRestrictions`; the schema has no description of it.
    pub service_principal_restrictions: Option<AppManagementServicePrincipalConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `tokenIssuancePolicy` entity type.
///
/// Graph type `microsoft.graph.tokenIssuancePolicy`, derived from `microsoft.graph.stsPolicy`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/tokenIssuancePolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct TokenIssuancePolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `tokenLifetimePolicy` entity type.
///
/// Graph type `microsoft.graph.tokenLifetimePolicy`, derived from `microsoft.graph.stsPolicy`;
/// open: payloads may carry other properties, and they are kept.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph_entity(
    path = "/policies/tokenLifetimePolicies",
    open,
    clouds(
        global,
        us_gov_l4,
        us_gov_l5_dod,
        china,
        us_nat,
        us_sec,
        bleu,
        delos,
        gov_sg
    )
)]
pub struct TokenLifetimePolicy {
    /// Property `id`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub id: Option<String>,
    /// Property `deletedDateTime`; the schema has no description of it.
    pub deleted_date_time: Option<DateTimeOffset>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `displayName`; the schema has no description of it.
    pub display_name: Option<String>,
    /// Property `definition`; the schema has no description of it.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    /// Property `isOrganizationDefault`; the schema has no description of it.
    pub is_organization_default: Option<bool>,
    /// Navigation property `appliesTo`; the schema has no description of it.
    #[graph(navigation)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `customAppManagementConfiguration` complex type.
///
/// Graph type `microsoft.graph.customAppManagementConfiguration`, derived from
/// `microsoft.graph.appManagementConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CustomAppManagementConfiguration {
    /// Property `keyCredentials`; the schema has no description of it.
    pub key_credentials: Option<Vec<KeyCredentialConfiguration>>,
    /// Property `passwordCredentials`; the schema has no description of it.
    pub password_credentials: Option<Vec<PasswordCredentialConfiguration>>,
    /// Property `applicationRestrictions`; the schema has no description of it.
    pub application_restrictions: Option<CustomAppManagementApplicationConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `allowInvitesFrom` enumeration.
///
/// Graph type `microsoft.graph.allowInvitesFrom`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AllowInvitesFrom {
    /// Member `none`; the schema has no description of it.
    None,
    /// Member `adminsAndGuestInviters`; the schema has no description of it.
    AdminsAndGuestInviters,
    /// Member `adminsGuestInvitersAndAllMembers`; the schema has no description of it.
    AdminsGuestInvitersAndAllMembers,
    /// Member `everyone`; the schema has no description of it.
    Everyone,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `defaultUserRolePermissions` complex type.
///
/// Graph type `microsoft.graph.defaultUserRolePermissions`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DefaultUserRolePermissions {
    /// Property `allowedToCreateApps`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allowed_to_create_apps: Option<bool>,
    /// Property `allowedToCreateSecurityGroups`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allowed_to_create_security_groups: Option<bool>,
    /// Property `allowedToCreateTenants`; the schema has no description of it.
    pub allowed_to_create_tenants: Option<bool>,
    /// Property `allowedToReadBitlockerKeysForOwnedDevice`; the schema has no description of it.
    pub allowed_to_read_bitlocker_keys_for_owned_device: Option<bool>,
    /// Property `allowedToReadOtherUsers`; the schema has no description of it.
    #[graph(non_nullable)]
    pub allowed_to_read_other_users: Option<bool>,
    /// Property `permissionGrantPoliciesAssigned`; the schema has no description of it.
    pub permission_grant_policies_assigned: Option<Vec<String>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `certificateAuthorityType` enumeration.
///
/// Graph type `microsoft.graph.certificateAuthorityType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CertificateAuthorityType {
    /// Member `root`; the schema has no description of it.
    Root,
    /// Member `intermediate`; the schema has no description of it.
    Intermediate,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `crossTenantAccessPolicyAppServiceConnectSetting` complex
/// type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyAppServiceConnectSetting {
    /// Property `applications`; the schema has no description of it.
    pub applications: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `inboundOutboundPolicyConfiguration` complex type.
///
/// Graph type `microsoft.graph.inboundOutboundPolicyConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct InboundOutboundPolicyConfiguration {
    /// Property `inboundAllowed`; the schema has no description of it.
    pub inbound_allowed: Option<bool>,
    /// Property `outboundAllowed`; the schema has no description of it.
    pub outbound_allowed: Option<bool>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyB2BSetting` complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyB2BSetting`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyB2BSetting {
    /// Property `applications`; the schema has no description of it.
    pub applications: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Property `usersAndGroups`; the schema has no description of it.
    pub users_and_groups: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyInboundTrust` complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyInboundTrust`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyInboundTrust {
    /// Property `isCompliantDeviceAccepted`; the schema has no description of it.
    pub is_compliant_device_accepted: Option<bool>,
    /// Property `isHybridAzureADJoinedDeviceAccepted`; the schema has no description of it.
    #[graph(rename = "isHybridAzureADJoinedDeviceAccepted")]
    pub is_hybrid_azure_ad_joined_device_accepted: Option<bool>,
    /// Property `isMfaAccepted`; the schema has no description of it.
    pub is_mfa_accepted: Option<bool>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `defaultInvitationRedemptionIdentityProviderConfiguration`
/// complex type.
///
/// Graph type `microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration`, derived
/// from `microsoft.graph.invitationRedemptionIdentityProviderConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DefaultInvitationRedemptionIdentityProviderConfiguration {
    /// Property `fallbackIdentityProvider`; the schema has no description of it.
    pub fallback_identity_provider: Option<B2bIdentityProvidersType>,
    /// Property `primaryIdentityProviderPrecedenceOrder`; the schema has no description of it.
    pub primary_identity_provider_precedence_order: Option<Vec<B2bIdentityProvidersType>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyM365CollaborationInboundSetting`
/// complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyM365CollaborationInboundSetting {
    /// Property `users`; the schema has no description of it.
    pub users: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyM365CollaborationOutboundSetting`
/// complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    /// Property `usersAndGroups`; the schema has no description of it.
    pub users_and_groups: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyTenantRestrictions` complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`, derived from
/// `microsoft.graph.crossTenantAccessPolicyB2BSetting`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyTenantRestrictions {
    /// Property `applications`; the schema has no description of it.
    pub applications: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Property `usersAndGroups`; the schema has no description of it.
    pub users_and_groups: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Property `devices`; the schema has no description of it.
    pub devices: Option<DevicesFilter>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantUserSyncInbound` complex type.
///
/// Graph type `microsoft.graph.crossTenantUserSyncInbound`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantUserSyncInbound {
    /// Property `isSyncAllowed`; the schema has no description of it.
    pub is_sync_allowed: Option<bool>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `alternativeSecurityId` complex type.
///
/// Graph type `microsoft.graph.alternativeSecurityId`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct AlternativeSecurityId {
    /// Property `identityProvider`; the schema has no description of it.
    pub identity_provider: Option<String>,
    /// Property `key`; the schema has no description of it.
    pub key: Option<Binary>,
    /// Property `type`; the schema has no description of it.
    pub r#type: Option<i32>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `validatingDomains` complex type.
///
/// Graph type `microsoft.graph.validatingDomains`; abstract: Graph sends values of its derived
/// types.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct ValidatingDomains {
    /// Property `rootDomains`; the schema has no description of it.
    #[graph(non_nullable)]
    pub root_domains: Option<RootDomains>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `groupAccessType` enumeration.
///
/// Graph type `microsoft.graph.groupAccessType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum GroupAccessType {
    /// Member `none`; the schema has no description of it.
    None,
    /// Member `private`; the schema has no description of it.
    Private,
    /// Member `secret`; the schema has no description of it.
    Secret,
    /// Member `public`; the schema has no description of it.
    Public,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `licenseProcessingState` complex type.
///
/// Graph type `microsoft.graph.licenseProcessingState`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct LicenseProcessingState {
    /// Property `state`; the schema has no description of it.
    pub state: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `settingTemplateValue` complex type.
///
/// Graph type `microsoft.graph.settingTemplateValue`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct SettingTemplateValue {
    /// Property `defaultValue`; the schema has no description of it.
    pub default_value: Option<String>,
    /// Property `description`; the schema has no description of it.
    pub description: Option<String>,
    /// Property `name`; the schema has no description of it.
    pub name: Option<String>,
    /// Property `type`; the schema has no description of it.
    pub r#type: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `templateApplicationLevel` enumeration.
///
/// Graph type `microsoft.graph.templateApplicationLevel`; a flags enumeration: properties hold
/// `Flags<TemplateApplicationLevel>`, any combination of members.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum TemplateApplicationLevel {
    /// Member `none`; the schema has no description of it.
    None,
    /// Member `newPartners`; the schema has no description of it.
    NewPartners,
    /// Member `existingPartners`; the schema has no description of it.
    ExistingPartners,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `multiTenantOrganizationMemberState` enumeration.
///
/// Graph type `microsoft.graph.multiTenantOrganizationMemberState`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MultiTenantOrganizationMemberState {
    /// Member `pending`; the schema has no description of it.
    Pending,
    /// Member `active`; the schema has no description of it.
    Active,
    /// Member `removed`; the schema has no description of it.
    Removed,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `multiTenantOrganizationMemberRole` enumeration.
///
/// Graph type `microsoft.graph.multiTenantOrganizationMemberRole`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MultiTenantOrganizationMemberRole {
    /// Member `owner`; the schema has no description of it.
    Owner,
    /// Member `member`; the schema has no description of it.
    Member,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `multiTenantOrganizationMemberTransitionDetails` complex
/// type.
///
/// Graph type `microsoft.graph.multiTenantOrganizationMemberTransitionDetails`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct MultiTenantOrganizationMemberTransitionDetails {
    /// Property `desiredRole`; the schema has no description of it.
    pub desired_role: Option<MultiTenantOrganizationMemberRole>,
    /// Property `desiredState`; the schema has no description of it.
    pub desired_state: Option<MultiTenantOrganizationMemberState>,
    /// Property `details`; the schema has no description of it.
    pub details: Option<String>,
    /// Property `status`; the schema has no description of it.
    pub status: Option<MultiTenantOrganizationMemberProcessingStatus>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// Mobile device management authority.
///
/// Graph type `microsoft.graph.mdmAuthority`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MdmAuthority {
    /// Unknown
    Unknown,
    /// Intune
    Intune,
    /// SCCM
    Sccm,
    /// Office365
    Office365,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `partnerTenantType` enumeration.
///
/// Graph type `microsoft.graph.partnerTenantType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PartnerTenantType {
    /// Member `microsoftSupport`; the schema has no description of it.
    MicrosoftSupport,
    /// Member `syndicatePartner`; the schema has no description of it.
    SyndicatePartner,
    /// Member `breadthPartner`; the schema has no description of it.
    BreadthPartner,
    /// Member `breadthPartnerDelegatedAdmin`; the schema has no description of it.
    BreadthPartnerDelegatedAdmin,
    /// Member `resellerPartnerDelegatedAdmin`; the schema has no description of it.
    ResellerPartnerDelegatedAdmin,
    /// Member `valueAddedResellerPartnerDelegatedAdmin`; the schema has no description of it.
    ValueAddedResellerPartnerDelegatedAdmin,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `privacyProfile` complex type.
///
/// Graph type `microsoft.graph.privacyProfile`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct PrivacyProfile {
    /// Property `contactEmail`; the schema has no description of it.
    pub contact_email: Option<String>,
    /// Property `statementUrl`; the schema has no description of it.
    pub statement_url: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `verifiedDomain` complex type.
///
/// Graph type `microsoft.graph.verifiedDomain`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct VerifiedDomain {
    /// Property `capabilities`; the schema has no description of it.
    pub capabilities: Option<String>,
    /// Property `isDefault`; the schema has no description of it.
    pub is_default: Option<bool>,
    /// Property `isInitial`; the schema has no description of it.
    pub is_initial: Option<bool>,
    /// Property `name`; the schema has no description of it.
    pub name: Option<String>,
    /// Property `type`; the schema has no description of it.
    pub r#type: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `physicalOfficeAddress` complex type.
///
/// Graph type `microsoft.graph.physicalOfficeAddress`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct PhysicalOfficeAddress {
    /// Property `city`; the schema has no description of it.
    pub city: Option<String>,
    /// Property `countryOrRegion`; the schema has no description of it.
    pub country_or_region: Option<String>,
    /// Property `officeLocation`; the schema has no description of it.
    pub office_location: Option<String>,
    /// Property `postalCode`; the schema has no description of it.
    pub postal_code: Option<String>,
    /// Property `state`; the schema has no description of it.
    pub state: Option<String>,
    /// Property `street`; the schema has no description of it.
    pub street: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `permissionType` enumeration.
///
/// Graph type `microsoft.graph.permissionType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PermissionType {
    /// Member `delegatedUserConsentable`; the schema has no description of it.
    DelegatedUserConsentable,
    /// Member `delegated`; the schema has no description of it.
    Delegated,
    /// Member `application`; the schema has no description of it.
    Application,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `appManagementApplicationConfiguration` complex type.
///
/// Graph type `microsoft.graph.appManagementApplicationConfiguration`, derived from
/// `microsoft.graph.appManagementConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct AppManagementApplicationConfiguration {
    /// Property `keyCredentials`; the schema has no description of it.
    pub key_credentials: Option<Vec<KeyCredentialConfiguration>>,
    /// Property `passwordCredentials`; the schema has no description of it.
    pub password_credentials: Option<Vec<PasswordCredentialConfiguration>>,
    /// Property `identifierUris`; the schema has no description of it.
    pub identifier_uris: Option<IdentifierUriConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `appManagementServicePrincipalConfiguration` complex type.
///
/// Graph type `microsoft.graph.appManagementServicePrincipalConfiguration`, derived from
/// `microsoft.graph.appManagementConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct AppManagementServicePrincipalConfiguration {
    /// Property `keyCredentials`; the schema has no description of it.
    pub key_credentials: Option<Vec<KeyCredentialConfiguration>>,
    /// Property `passwordCredentials`; the schema has no description of it.
    pub password_credentials: Option<Vec<PasswordCredentialConfiguration>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `keyCredentialConfiguration` complex type.
///
/// Graph type `microsoft.graph.keyCredentialConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct KeyCredentialConfiguration {
    /// Property `excludeActors`; the schema has no description of it.
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    /// Property `maxLifetime`; the schema has no description of it.
    pub max_lifetime: Option<Duration>,
    /// Property `restrictForAppsCreatedAfterDateTime`; the schema has no description of it.
    pub restrict_for_apps_created_after_date_time: Option<DateTimeOffset>,
    /// Property `restrictionType`; the schema has no description of it.
    pub restriction_type: Option<AppKeyCredentialRestrictionType>,
    /// Property `state`; the schema has no description of it.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `passwordCredentialConfiguration` complex type.
///
/// Graph type `microsoft.graph.passwordCredentialConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct PasswordCredentialConfiguration {
    /// Property `excludeActors`; the schema has no description of it.
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    /// Property `maxLifetime`; the schema has no description of it.
    pub max_lifetime: Option<Duration>,
    /// Property `restrictForAppsCreatedAfterDateTime`; the schema has no description of it.
    pub restrict_for_apps_created_after_date_time: Option<DateTimeOffset>,
    /// Property `restrictionType`; the schema has no description of it.
    pub restriction_type: Option<AppCredentialRestrictionType>,
    /// Property `state`; the schema has no description of it.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `customAppManagementApplicationConfiguration` complex type.
///
/// Graph type `microsoft.graph.customAppManagementApplicationConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CustomAppManagementApplicationConfiguration {
    /// Property `identifierUris`; the schema has no description of it.
    pub identifier_uris: Option<IdentifierUriConfiguration>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyTargetConfiguration` complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyTargetConfiguration {
    /// Property `accessType`; the schema has no description of it.
    pub access_type: Option<CrossTenantAccessPolicyTargetConfigurationAccessType>,
    /// Property `targets`; the schema has no description of it.
    pub targets: Option<Vec<CrossTenantAccessPolicyTarget>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `b2bIdentityProvidersType` enumeration.
///
/// Graph type `microsoft.graph.b2bIdentityProvidersType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum B2bIdentityProvidersType {
    /// Member `azureActiveDirectory`; the schema has no description of it.
    AzureActiveDirectory,
    /// Member `externalFederation`; the schema has no description of it.
    ExternalFederation,
    /// Member `socialIdentityProviders`; the schema has no description of it.
    SocialIdentityProviders,
    /// Member `emailOneTimePasscode`; the schema has no description of it.
    EmailOneTimePasscode,
    /// Member `microsoftAccount`; the schema has no description of it.
    MicrosoftAccount,
    /// Member `defaultConfiguredIdp`; the schema has no description of it.
    DefaultConfiguredIdp,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `devicesFilter` complex type.
///
/// Graph type `microsoft.graph.devicesFilter`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct DevicesFilter {
    /// Property `mode`; the schema has no description of it.
    pub mode: Option<CrossTenantAccessPolicyTargetConfigurationAccessType>,
    /// Property `rule`; the schema has no description of it.
    pub rule: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `allDomains` complex type.
///
/// Graph type `microsoft.graph.allDomains`, derived from `microsoft.graph.validatingDomains`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct AllDomains {
    /// Property `rootDomains`; the schema has no description of it.
    #[graph(non_nullable)]
    pub root_domains: Option<RootDomains>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `enumeratedDomains` complex type.
///
/// Graph type `microsoft.graph.enumeratedDomains`, derived from
/// `microsoft.graph.validatingDomains`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct EnumeratedDomains {
    /// Property `rootDomains`; the schema has no description of it.
    #[graph(non_nullable)]
    pub root_domains: Option<RootDomains>,
    /// Property `domainNames`; the schema has no description of it.
    #[graph(non_nullable)]
    pub domain_names: Option<Vec<String>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `rootDomains` enumeration.
///
/// Graph type `microsoft.graph.rootDomains`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RootDomains {
    /// Member `none`; the schema has no description of it.
    None,
    /// Member `all`; the schema has no description of it.
    All,
    /// Member `allFederated`; the schema has no description of it.
    AllFederated,
    /// Member `allManaged`; the schema has no description of it.
    AllManaged,
    /// Member `enumerated`; the schema has no description of it.
    Enumerated,
    /// Member `allManagedAndEnumeratedFederated`; the schema has no description of it.
    AllManagedAndEnumeratedFederated,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `multiTenantOrganizationMemberProcessingStatus`
/// enumeration.
///
/// Graph type `microsoft.graph.multiTenantOrganizationMemberProcessingStatus`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MultiTenantOrganizationMemberProcessingStatus {
    /// Member `notStarted`; the schema has no description of it.
    NotStarted,
    /// Member `running`; the schema has no description of it.
    Running,
    /// Member `succeeded`; the schema has no description of it.
    Succeeded,
    /// Member `failed`; the schema has no description of it.
    Failed,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `identifierUriConfiguration` complex type.
///
/// Graph type `microsoft.graph.identifierUriConfiguration`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct IdentifierUriConfiguration {
    /// Property `nonDefaultUriAddition`; the schema has no description of it.
    pub non_default_uri_addition: Option<IdentifierUriRestriction>,
    /// Property `uriAdditionWithoutUniqueTenantIdentifier`; the schema has no description of it.
    pub uri_addition_without_unique_tenant_identifier: Option<IdentifierUriRestriction>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `appManagementPolicyActorExemptions` complex type.
///
/// Graph type `microsoft.graph.appManagementPolicyActorExemptions`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct AppManagementPolicyActorExemptions {
    /// Property `customSecurityAttributes`; the schema has no description of it.
    pub custom_security_attributes: Option<Vec<AnyCustomSecurityAttributeExemption>>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `appKeyCredentialRestrictionType` enumeration.
///
/// Graph type `microsoft.graph.appKeyCredentialRestrictionType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AppKeyCredentialRestrictionType {
    /// Member `asymmetricKeyLifetime`; the schema has no description of it.
    AsymmetricKeyLifetime,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `appManagementRestrictionState` enumeration.
///
/// Graph type `microsoft.graph.appManagementRestrictionState`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AppManagementRestrictionState {
    /// Member `enabled`; the schema has no description of it.
    Enabled,
    /// Member `disabled`; the schema has no description of it.
    Disabled,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `appCredentialRestrictionType` enumeration.
///
/// Graph type `microsoft.graph.appCredentialRestrictionType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AppCredentialRestrictionType {
    /// Member `passwordAddition`; the schema has no description of it.
    PasswordAddition,
    /// Member `passwordLifetime`; the schema has no description of it.
    PasswordLifetime,
    /// Member `symmetricKeyAddition`; the schema has no description of it.
    SymmetricKeyAddition,
    /// Member `symmetricKeyLifetime`; the schema has no description of it.
    SymmetricKeyLifetime,
    /// Member `customPasswordAddition`; the schema has no description of it.
    CustomPasswordAddition,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `crossTenantAccessPolicyTargetConfigurationAccessType`
/// enumeration.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CrossTenantAccessPolicyTargetConfigurationAccessType {
    /// Member `allowed`; the schema has no description of it.
    Allowed,
    /// Member `blocked`; the schema has no description of it.
    Blocked,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `crossTenantAccessPolicyTarget` complex type.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyTarget`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CrossTenantAccessPolicyTarget {
    /// Property `target`; the schema has no description of it.
    pub target: Option<String>,
    /// Property `targetType`; the schema has no description of it.
    pub target_type: Option<CrossTenantAccessPolicyTargetType>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `identifierUriRestriction` complex type.
///
/// Graph type `microsoft.graph.identifierUriRestriction`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct IdentifierUriRestriction {
    /// Property `excludeActors`; the schema has no description of it.
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    /// Property `excludeAppsReceivingV2Tokens`; the schema has no description of it.
    pub exclude_apps_receiving_v2_tokens: Option<bool>,
    /// Property `excludeSaml`; the schema has no description of it.
    pub exclude_saml: Option<bool>,
    /// Property `isStateSetByMicrosoft`; the schema has no description of it.
    #[graph(immutable, non_nullable)]
    pub is_state_set_by_microsoft: Option<bool>,
    /// Property `restrictForAppsCreatedAfterDateTime`; the schema has no description of it.
    pub restrict_for_apps_created_after_date_time: Option<DateTimeOffset>,
    /// Property `state`; the schema has no description of it.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `customSecurityAttributeExemption` complex type.
///
/// Graph type `microsoft.graph.customSecurityAttributeExemption`; abstract: Graph sends values of
/// its derived types.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CustomSecurityAttributeExemption {
    /// Property `id`; the schema has no description of it.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Property `operator`; the schema has no description of it.
    #[graph(non_nullable)]
    pub operator: Option<CustomSecurityAttributeComparisonOperator>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `crossTenantAccessPolicyTargetType` enumeration.
///
/// Graph type `microsoft.graph.crossTenantAccessPolicyTargetType`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CrossTenantAccessPolicyTargetType {
    /// Member `user`; the schema has no description of it.
    User,
    /// Member `group`; the schema has no description of it.
    Group,
    /// Member `application`; the schema has no description of it.
    Application,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// The schema has no description of the `customSecurityAttributeStringValueExemption` complex type.
///
/// Graph type `microsoft.graph.customSecurityAttributeStringValueExemption`, derived from
/// `microsoft.graph.customSecurityAttributeExemption`.
#[derive(GraphComplex, Clone, Debug, Default, PartialEq)]
pub struct CustomSecurityAttributeStringValueExemption {
    /// Property `id`; the schema has no description of it.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Property `operator`; the schema has no description of it.
    #[graph(non_nullable)]
    pub operator: Option<CustomSecurityAttributeComparisonOperator>,
    /// Property `value`; the schema has no description of it.
    pub value: Option<String>,
    /// Members without a typed field: unknown properties, annotations, explicit `null`s.
    #[graph(extra)]
    pub extra: Extra,
}

/// The schema has no description of the `customSecurityAttributeComparisonOperator` enumeration.
///
/// Graph type `microsoft.graph.customSecurityAttributeComparisonOperator`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CustomSecurityAttributeComparisonOperator {
    /// Member `equals`; the schema has no description of it.
    Equals,
    /// Evolvable enumeration sentinel: Graph sends the members after it only to requests that ask
    /// (`Prefer: include-unknown-enum-members`).
    UnknownFutureValue,
    /// A member this model does not know, as read; create and update payloads refuse it.
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.directoryObject` or a type derived from it, told apart by `@odata.type`: Graph
/// sends any of them where the schema declares `directoryObject`. A value without `@odata.type`
/// reads as the base type; one of a type this module does not know reads into the catch-all.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.directoryObject")]
#[allow(clippy::large_enum_variant)]
pub enum AnyDirectoryObject {
    /// A `microsoft.graph.directoryObject` itself.
    #[graph(default)]
    DirectoryObject(DirectoryObject),
    /// A `microsoft.graph.administrativeUnit`.
    AdministrativeUnit(AdministrativeUnit),
    /// A `microsoft.graph.application`.
    Application(Application),
    /// A `microsoft.graph.appRoleAssignment`.
    AppRoleAssignment(AppRoleAssignment),
    /// A `microsoft.graph.certificateAuthorityDetail`.
    CertificateAuthorityDetail(CertificateAuthorityDetail),
    /// A `microsoft.graph.certificateBasedAuthPki`.
    CertificateBasedAuthPki(CertificateBasedAuthPki),
    /// A `microsoft.graph.contract`.
    Contract(Contract),
    /// A `microsoft.graph.device`.
    Device(Device),
    /// A `microsoft.graph.directoryObjectPartnerReference`.
    DirectoryObjectPartnerReference(DirectoryObjectPartnerReference),
    /// A `microsoft.graph.directoryRole`.
    DirectoryRole(DirectoryRole),
    /// A `microsoft.graph.directoryRoleTemplate`.
    DirectoryRoleTemplate(DirectoryRoleTemplate),
    /// A `microsoft.graph.endpoint`.
    Endpoint(Endpoint),
    /// A `microsoft.graph.extensionProperty`.
    ExtensionProperty(ExtensionProperty),
    /// A `microsoft.graph.federatedTokenValidationPolicy`.
    FederatedTokenValidationPolicy(FederatedTokenValidationPolicy),
    /// A `microsoft.graph.group`.
    Group(Group),
    /// A `microsoft.graph.groupSettingTemplate`.
    GroupSettingTemplate(GroupSettingTemplate),
    /// A `microsoft.graph.mailbox`.
    Mailbox(Mailbox),
    /// A `microsoft.graph.multiTenantOrganizationMember`.
    MultiTenantOrganizationMember(MultiTenantOrganizationMember),
    /// A `microsoft.graph.organization`.
    Organization(Organization),
    /// A `microsoft.graph.orgContact`.
    OrgContact(OrgContact),
    /// A `microsoft.graph.policyBase`.
    PolicyBase(PolicyBase),
    /// A `microsoft.graph.remoteTenantGroup`.
    RemoteTenantGroup(RemoteTenantGroup),
    /// A `microsoft.graph.resourceSpecificPermissionGrant`.
    ResourceSpecificPermissionGrant(ResourceSpecificPermissionGrant),
    /// A `microsoft.graph.servicePrincipal`.
    ServicePrincipal(ServicePrincipal),
    /// A `microsoft.graph.user`.
    User(User),
    /// A `microsoft.graph.agentIdentityBlueprint`.
    AgentIdentityBlueprint(AgentIdentityBlueprint),
    /// A `microsoft.graph.appManagementPolicy`.
    AppManagementPolicy(AppManagementPolicy),
    /// A `microsoft.graph.authorizationPolicy`.
    AuthorizationPolicy(AuthorizationPolicy),
    /// A `microsoft.graph.crossTenantAccessPolicy`.
    CrossTenantAccessPolicy(CrossTenantAccessPolicy),
    /// A `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`.
    IdentitySecurityDefaultsEnforcementPolicy(IdentitySecurityDefaultsEnforcementPolicy),
    /// A `microsoft.graph.permissionGrantPolicy`.
    PermissionGrantPolicy(PermissionGrantPolicy),
    /// A `microsoft.graph.stsPolicy`.
    StsPolicy(StsPolicy),
    /// A `microsoft.graph.tenantAppManagementPolicy`.
    TenantAppManagementPolicy(TenantAppManagementPolicy),
    /// A `microsoft.graph.agentIdentity`.
    AgentIdentity(AgentIdentity),
    /// A `microsoft.graph.agentIdentityBlueprintPrincipal`.
    AgentIdentityBlueprintPrincipal(AgentIdentityBlueprintPrincipal),
    /// A `microsoft.graph.agentUser`.
    AgentUser(AgentUser),
    /// A `microsoft.graph.activityBasedTimeoutPolicy`.
    ActivityBasedTimeoutPolicy(ActivityBasedTimeoutPolicy),
    /// A `microsoft.graph.claimsMappingPolicy`.
    ClaimsMappingPolicy(ClaimsMappingPolicy),
    /// A `microsoft.graph.homeRealmDiscoveryPolicy`.
    HomeRealmDiscoveryPolicy(HomeRealmDiscoveryPolicy),
    /// A `microsoft.graph.tokenIssuancePolicy`.
    TokenIssuancePolicy(TokenIssuancePolicy),
    /// A `microsoft.graph.tokenLifetimePolicy`.
    TokenLifetimePolicy(TokenLifetimePolicy),
    /// A type this module does not know, its JSON kept whole.
    #[graph(other)]
    Other(Extra),
}

/// `microsoft.graph.serviceProviderConstraints` or a type derived from it, told apart by
/// `@odata.type`: Graph sends any of them where the schema declares `serviceProviderConstraints`. A
/// value without `@odata.type` reads as the base type; one of a type this module does not know
/// reads into the catch-all.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.serviceProviderConstraints")]
#[allow(clippy::large_enum_variant)]
pub enum AnyServiceProviderConstraints {
    /// A `microsoft.graph.serviceProviderConstraints` itself.
    #[graph(default)]
    ServiceProviderConstraints(ServiceProviderConstraints),
    /// A `microsoft.graph.delegatedAdminServiceProviderConstraints`.
    DelegatedAdminServiceProviderConstraints(DelegatedAdminServiceProviderConstraints),
    /// A type this module does not know, its JSON kept whole.
    #[graph(other)]
    Other(Extra),
}

/// `microsoft.graph.crossTenantAccessPolicyB2BSetting` or a type derived from it, told apart by
/// `@odata.type`: Graph sends any of them where the schema declares
/// `crossTenantAccessPolicyB2BSetting`. A value without `@odata.type` reads as the base type; one
/// of a type this module does not know reads into the catch-all.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.crossTenantAccessPolicyB2BSetting")]
#[allow(clippy::large_enum_variant)]
pub enum AnyCrossTenantAccessPolicyB2BSetting {
    /// A `microsoft.graph.crossTenantAccessPolicyB2BSetting` itself.
    #[graph(default)]
    CrossTenantAccessPolicyB2BSetting(CrossTenantAccessPolicyB2BSetting),
    /// A `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`.
    CrossTenantAccessPolicyTenantRestrictions(CrossTenantAccessPolicyTenantRestrictions),
    /// A type this module does not know, its JSON kept whole.
    #[graph(other)]
    Other(Extra),
}

/// `microsoft.graph.validatingDomains` or a type derived from it, told apart by `@odata.type`:
/// Graph sends any of them where the schema declares `validatingDomains`. The base type is
/// abstract, so every value is of a derived type; one without `@odata.type`, or of a type this
/// module does not know, reads into the catch-all.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.validatingDomains")]
#[allow(clippy::large_enum_variant)]
pub enum AnyValidatingDomains {
    /// A `microsoft.graph.allDomains`.
    AllDomains(AllDomains),
    /// A `microsoft.graph.enumeratedDomains`.
    EnumeratedDomains(EnumeratedDomains),
    /// A type this module does not know, its JSON kept whole.
    #[graph(other)]
    Other(Extra),
}

/// `microsoft.graph.customSecurityAttributeExemption` or a type derived from it, told apart by
/// `@odata.type`: Graph sends any of them where the schema declares
/// `customSecurityAttributeExemption`. The base type is abstract, so every value is of a derived
/// type; one without `@odata.type`, or of a type this module does not know, reads into the
/// catch-all.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
#[graph_polymorphic(base = "microsoft.graph.customSecurityAttributeExemption")]
#[allow(clippy::large_enum_variant)]
pub enum AnyCustomSecurityAttributeExemption {
    /// A `microsoft.graph.customSecurityAttributeStringValueExemption`.
    CustomSecurityAttributeStringValueExemption(CustomSecurityAttributeStringValueExemption),
    /// A type this module does not know, its JSON kept whole.
    #[graph(other)]
    Other(Extra),
}
