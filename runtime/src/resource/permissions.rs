//! Permissions per operation, as Graph's reference pages table them, and the check of an
//! access token's permissions against them.
//!
//! Each Graph operation page has a table with one row per permission type (delegated work or
//! school account, delegated personal Microsoft account, application) listing the
//! permissions that allow the operation, least privileged first, or "Not supported."
//! `#[graph_entity(permissions(…))]` declares those tables; [`Permissions`] is one of them,
//! and [`Permissions::check`] answers "does this token allow the operation?" from the
//! permissions the token carries ([`Granted`]: its `scp` or `roles` claim).

use std::fmt;

/// Who a permission is granted to, as the rows of Graph's permission tables name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PermissionType {
    /// "Delegated (work or school account)": the app acts for a signed-in Microsoft Entra
    /// ID user; the token lists its permissions in the `scp` claim.
    Delegated,
    /// "Delegated (personal Microsoft account)": the app acts for a signed-in personal
    /// account (Outlook.com, Xbox); the token lists its permissions in the `scp` claim.
    DelegatedPersonal,
    /// "Application": the app acts as itself, without a signed-in user; the token lists its
    /// permissions (app roles) in the `roles` claim.
    Application,
}

impl PermissionType {
    /// The three permission types, in the order Graph's tables list them.
    pub const ALL: [PermissionType; 3] = [
        PermissionType::Delegated,
        PermissionType::DelegatedPersonal,
        PermissionType::Application,
    ];

    /// The key that declares this row in `#[graph_entity(permissions(…))]`: `delegated`,
    /// `personal` or `application`.
    pub fn key(self) -> &'static str {
        match self {
            PermissionType::Delegated => "delegated",
            PermissionType::DelegatedPersonal => "personal",
            PermissionType::Application => "application",
        }
    }

    /// The row's name as Graph's tables write it: `Delegated (work or school account)`.
    pub fn title(self) -> &'static str {
        match self {
            PermissionType::Delegated => "Delegated (work or school account)",
            PermissionType::DelegatedPersonal => "Delegated (personal Microsoft account)",
            PermissionType::Application => "Application",
        }
    }
}

/// The row's name as Graph's tables write it.
impl fmt::Display for PermissionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// One row of a permission table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scopes {
    /// "Not supported.": no permission of this type allows the operation.
    NotSupported,
    /// Any one of these permissions allows the operation; least privileged first, so the
    /// first is the one to ask for.
    AnyOf(&'static [&'static str]),
}

impl Scopes {
    /// The permission to ask for: the least privileged one, or `None` when not supported.
    pub fn least_privileged(&self) -> Option<&'static str> {
        match self {
            Scopes::NotSupported => None,
            Scopes::AnyOf(names) => names.first().copied(),
        }
    }

    /// The permissions, least privileged first; empty when not supported.
    pub fn names(&self) -> &'static [&'static str] {
        match self {
            Scopes::NotSupported => &[],
            Scopes::AnyOf(names) => names,
        }
    }
}

/// `not supported`, or the permissions joined with `, ` as Graph's tables write them.
impl fmt::Display for Scopes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scopes::NotSupported => f.write_str("not supported"),
            Scopes::AnyOf(names) => f.write_str(&names.join(", ")),
        }
    }
}

/// The permission table of one operation: for each [`PermissionType`], the permissions that
/// allow it ([`Scopes`]), or `None` where the entity does not declare that row.
///
/// Read it with [`GraphEntity::permissions`](crate::GraphEntity::permissions) or
/// [`Endpoint::permissions`](crate::Endpoint::permissions), check a token against it with
/// [`check`](Self::check).
///
/// ```
/// use graph_entity::models::RemoteActionAudit;
/// use graph_entity::{GraphEntity, Operation, Scopes};
///
/// let create = RemoteActionAudit::permissions(Operation::Create).unwrap();
/// assert_eq!(
///     create.application(),
///     Some(Scopes::AnyOf(&[
///         "DeviceManagementConfiguration.ReadWrite.All",
///         "DeviceManagementManagedDevices.ReadWrite.All",
///     ]))
/// );
/// assert_eq!(create.delegated_personal(), Some(Scopes::NotSupported));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Permissions {
    delegated: Option<Scopes>,
    delegated_personal: Option<Scopes>,
    application: Option<Scopes>,
}

impl Permissions {
    /// The table of an operation whose permissions are not declared: every row `None`.
    pub const UNDECLARED: Permissions = Permissions::new(None, None, None);

    /// A table; used by the derive, which checks the permission names.
    #[doc(hidden)]
    pub const fn new(
        delegated: Option<Scopes>,
        delegated_personal: Option<Scopes>,
        application: Option<Scopes>,
    ) -> Self {
        Permissions {
            delegated,
            delegated_personal,
            application,
        }
    }

    /// The row of `kind`, if declared.
    pub fn get(&self, kind: PermissionType) -> Option<Scopes> {
        match kind {
            PermissionType::Delegated => self.delegated,
            PermissionType::DelegatedPersonal => self.delegated_personal,
            PermissionType::Application => self.application,
        }
    }

    /// "Delegated (work or school account)", if declared.
    pub fn delegated(&self) -> Option<Scopes> {
        self.delegated
    }

    /// "Delegated (personal Microsoft account)", if declared.
    pub fn delegated_personal(&self) -> Option<Scopes> {
        self.delegated_personal
    }

    /// "Application", if declared.
    pub fn application(&self) -> Option<Scopes> {
        self.application
    }

    /// Whether any row is declared.
    pub fn is_declared(&self) -> bool {
        *self != Permissions::UNDECLARED
    }

    /// Whether the permissions `granted` allow the operation: the row of the token's
    /// permission type decides.
    ///
    /// ```
    /// use graph_entity::models::RemoteActionAudit;
    /// use graph_entity::{Access, GraphEntity, Granted, Operation};
    ///
    /// let update = RemoteActionAudit::permissions(Operation::Update).unwrap();
    /// // An app-only token's `roles` claim.
    /// let roles = ["DeviceManagementManagedDevices.ReadWrite.All"];
    /// assert_eq!(
    ///     update.check(&Granted::application(roles)),
    ///     Access::Allowed("DeviceManagementManagedDevices.ReadWrite.All")
    /// );
    /// // A signed-in user's `scp` claim: reading is not enough to update.
    /// let access = update.check(&Granted::delegated("User.Read DeviceManagementManagedDevices.Read.All"));
    /// assert!(!access.is_allowed());
    /// assert_eq!(
    ///     access.to_string(),
    ///     "needs one of DeviceManagementConfiguration.ReadWrite.All, DeviceManagementManagedDevices.ReadWrite.All (least privileged first)"
    /// );
    /// ```
    pub fn check(&self, granted: &Granted<'_>) -> Access {
        match self.get(granted.kind()) {
            None => Access::Undeclared,
            Some(Scopes::NotSupported) => Access::NotSupported,
            Some(Scopes::AnyOf(names)) => names
                .iter()
                .find(|name| granted.has(name))
                .map_or(Access::Missing(names), |name| Access::Allowed(name)),
        }
    }
}

/// One `Type: scopes` line per declared row, in table order; `undeclared` without any.
impl fmt::Display for Permissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for kind in PermissionType::ALL {
            if let Some(scopes) = self.get(kind) {
                if !first {
                    f.write_str("\n")?;
                }
                write!(f, "{kind}: {scopes}")?;
                first = false;
            }
        }
        if first {
            f.write_str("undeclared")?;
        }
        Ok(())
    }
}

/// The permissions an access token grants: its type and the permission names of its `scp`
/// claim (delegated tokens) or `roles` claim (app-only tokens).
///
/// Names are compared ignoring ASCII case, as Microsoft Entra ID treats them. Reading the
/// claims out of the token (and checking its signature) is the identity library's job; this
/// only compares names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Granted<'a> {
    kind: PermissionType,
    names: Vec<&'a str>,
}

impl<'a> Granted<'a> {
    /// A delegated token of a work or school account: its `scp` claim, the permission names
    /// separated by spaces (`"User.Read DeviceManagementManagedDevices.ReadWrite.All"`).
    pub fn delegated(scp: &'a str) -> Self {
        Granted::new(PermissionType::Delegated, scp.split_whitespace())
    }

    /// A delegated token of a personal Microsoft account (its `tid` claim is the consumer
    /// tenant, `9188040d-6c67-4c5b-b112-36a304b66dad`): its `scp` claim, as for
    /// [`delegated`](Self::delegated).
    pub fn delegated_personal(scp: &'a str) -> Self {
        Granted::new(PermissionType::DelegatedPersonal, scp.split_whitespace())
    }

    /// An app-only token: its `roles` claim, one permission name per element.
    pub fn application(roles: impl IntoIterator<Item = &'a str>) -> Self {
        Granted::new(PermissionType::Application, roles)
    }

    /// Permissions of type `kind`, one name per element.
    pub fn new(kind: PermissionType, names: impl IntoIterator<Item = &'a str>) -> Self {
        Granted {
            kind,
            names: names.into_iter().collect(),
        }
    }

    /// The permission type of the token.
    pub fn kind(&self) -> PermissionType {
        self.kind
    }

    /// The permission names, as given.
    pub fn names(&self) -> &[&'a str] {
        &self.names
    }

    /// Whether the token holds permission `name` (ignoring ASCII case).
    pub fn has(&self, name: &str) -> bool {
        self.names
            .iter()
            .any(|granted| granted.eq_ignore_ascii_case(name))
    }
}

/// Whether a token's permissions allow an operation, and if not, what it lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// Allowed by this permission of the token: the least privileged of the table's that it
    /// holds.
    Allowed(&'static str),
    /// Not allowed: the token holds none of these permissions (least privileged first, so
    /// granting the first is enough).
    Missing(&'static [&'static str]),
    /// Not allowed: Graph does not support the token's permission type for the operation
    /// ("Not supported." in its table), whatever the permissions.
    NotSupported,
    /// Unknown: the entity declares no permissions of the token's type for the operation.
    Undeclared,
    /// The entity does not offer the operation at all.
    NotOffered,
}

impl Access {
    /// Whether the operation is allowed.
    pub fn is_allowed(&self) -> bool {
        matches!(self, Access::Allowed(_))
    }
}

/// What the check found, in words: `needs one of A, B (least privileged first)`.
impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Access::Allowed(name) => write!(f, "allowed by {name}"),
            Access::Missing(names) => write!(
                f,
                "needs one of {} (least privileged first)",
                names.join(", ")
            ),
            Access::NotSupported => {
                f.write_str("not supported for this permission type: use another kind of token")
            }
            Access::Undeclared => f.write_str(
                "no permissions declared for this permission type: see the operation's page in Graph's reference",
            ),
            Access::NotOffered => f.write_str("the entity does not offer this operation"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: Permissions = Permissions::new(
        Some(Scopes::AnyOf(&["A.Read.All", "A.ReadWrite.All"])),
        Some(Scopes::NotSupported),
        None,
    );

    #[test]
    fn the_least_privileged_permission_held_allows() {
        assert_eq!(
            TABLE.check(&Granted::delegated("x A.ReadWrite.All a.read.all")),
            Access::Allowed("A.Read.All")
        );
        assert_eq!(
            TABLE.check(&Granted::delegated("  ")),
            Access::Missing(&["A.Read.All", "A.ReadWrite.All"])
        );
        assert_eq!(
            TABLE.check(&Granted::delegated_personal("A.Read.All")),
            Access::NotSupported
        );
        assert_eq!(
            TABLE.check(&Granted::application(["A.Read.All"])),
            Access::Undeclared
        );
    }

    #[test]
    fn tables_print_as_graph_writes_them() {
        assert_eq!(
            TABLE.to_string(),
            "Delegated (work or school account): A.Read.All, A.ReadWrite.All\nDelegated (personal Microsoft account): not supported"
        );
        assert_eq!(Permissions::UNDECLARED.to_string(), "undeclared");
        assert!(!Permissions::UNDECLARED.is_declared());
        assert!(TABLE.is_declared());
    }
}
