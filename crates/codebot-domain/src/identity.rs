//! Who may do what: roles, the permissions they grant, and the identity a request acts
//! with. A viewer reads, a developer reads and writes (its own integrations) and
//! manages its own API keys, an admin may do everything.
//!
//! A request acts with its credential's role, never more: an API key's role can be
//! below its owner's, and what the key may do (including managing keys) follows the
//! key's role.

use std::fmt;

use chrono::{DateTime, Utc};

/// A user's (or key's) role, from least to most trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Developer,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Developer, Role::Admin];

    /// The stored and wire name: `VIEWER`, `DEVELOPER` or `ADMIN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "VIEWER",
            Role::Developer => "DEVELOPER",
            Role::Admin => "ADMIN",
        }
    }

    /// Reads a stored or configured name (case-insensitive).
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str().eq_ignore_ascii_case(name.trim()))
    }

    pub fn permissions(self) -> &'static [Permission] {
        use Permission::*;
        match self {
            Role::Viewer => &[IntegrationRead],
            Role::Developer => &[IntegrationRead, IntegrationWrite, ApiKeyManage],
            Role::Admin => &[
                IntegrationRead,
                IntegrationWrite,
                IntegrationDelete,
                ApiKeyManage,
                UserManage,
            ],
        }
    }

    pub fn allows(self, permission: Permission) -> bool {
        self.permissions().contains(&permission)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a role may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    IntegrationRead,
    IntegrationWrite,
    IntegrationDelete,
    /// Listing, making and revoking API keys (one's own, up to one's role; everyone's
    /// with `UserManage`).
    ApiKeyManage,
    UserManage,
}

impl Permission {
    pub const ALL: [Permission; 5] = [
        Permission::IntegrationRead,
        Permission::IntegrationWrite,
        Permission::IntegrationDelete,
        Permission::ApiKeyManage,
        Permission::UserManage,
    ];

    /// The name used in the policy file and the logs (the API shows the GraphQL enum:
    /// `INTEGRATION_READ` for `integration.read`).
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::IntegrationRead => "integration.read",
            Permission::IntegrationWrite => "integration.write",
            Permission::IntegrationDelete => "integration.delete",
            Permission::ApiKeyManage => "apikey.manage",
            Permission::UserManage => "user.manage",
        }
    }

    pub fn parse(name: &str) -> Option<Permission> {
        Permission::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// How a request proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A signed access token (from a sign-in session or issued to a program).
    AccessToken,
    /// An API key, by its id.
    ApiKey(uuid::Uuid),
    /// An access token of a dashboard session signed in with an API key (by the key's
    /// id): it acts with that key's role.
    KeySession(uuid::Uuid),
}

/// The identity a request acts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: String,
    pub role: Role,
    pub credential: Credential,
    /// When the credential stops being valid (a websocket closes then).
    pub expires_at: Option<DateTime<Utc>>,
}

impl Principal {
    pub fn can(&self, permission: Permission) -> bool {
        self.role.allows(permission)
    }

    /// Whether this identity may change something owned by `owner`: its own things,
    /// or anything for an admin.
    pub fn may_change(&self, owner: &str) -> bool {
        self.role == Role::Admin || self.user_id == owner
    }

    /// Whether this identity may see and revoke an API key of `owner` with `role`: a
    /// key manager its own keys up to its own role, a user manager every key. So a
    /// developer key never touches its owner's admin key.
    pub fn may_manage_key(&self, owner: &str, role: Role) -> bool {
        self.can(Permission::UserManage)
            || (self.can(Permission::ApiKeyManage) && self.user_id == owner && role <= self.role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_grant_the_mission_permissions() {
        use Permission::*;
        assert!(Role::Viewer.allows(IntegrationRead));
        assert!(!Role::Viewer.allows(IntegrationWrite));
        assert!(Role::Developer.allows(IntegrationWrite));
        assert!(!Role::Developer.allows(IntegrationDelete));
        assert!(!Role::Developer.allows(UserManage));
        assert!(!Role::Viewer.allows(ApiKeyManage));
        assert!(Role::Developer.allows(ApiKeyManage));
        assert!(Permission::ALL.iter().all(|p| Role::Admin.allows(*p)));
        assert!(Role::Viewer < Role::Developer && Role::Developer < Role::Admin);
    }

    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(Role::parse(&role.as_str().to_lowercase()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn only_owners_and_admins_change_things() {
        let principal = |role| Principal {
            user_id: "u1".into(),
            role,
            credential: Credential::AccessToken,
            expires_at: None,
        };
        assert!(principal(Role::Developer).may_change("u1"));
        assert!(!principal(Role::Developer).may_change("u2"));
        assert!(principal(Role::Admin).may_change("u2"));
    }

    #[test]
    fn keys_are_managed_up_to_the_credentials_own_role() {
        let principal = |role| Principal {
            user_id: "u1".into(),
            role,
            credential: Credential::ApiKey(uuid::Uuid::nil()),
            expires_at: None,
        };
        assert!(!principal(Role::Viewer).may_manage_key("u1", Role::Viewer));
        assert!(principal(Role::Developer).may_manage_key("u1", Role::Developer));
        assert!(!principal(Role::Developer).may_manage_key("u1", Role::Admin));
        assert!(!principal(Role::Developer).may_manage_key("u2", Role::Viewer));
        assert!(principal(Role::Admin).may_manage_key("u2", Role::Admin));
    }
}
