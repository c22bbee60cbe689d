//! `Integration.allowedActions`: what the domain says the integration's standing allows,
//! narrowed to what the caller may do: the mutation's requirement in `policy.toml` and,
//! as the command handlers check, ownership for anyone but an administrator.

use async_graphql::Enum;

use crate::graphql::policy::Policy;
use codebot_domain::Action;
use codebot_domain::identity::Principal;
use codebot_domain::integration::Standing;

/// Something a person may ask of an integration, each one a mutation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "codebot_domain::Action")]
pub enum IntegrationAction {
    /// Change its request (`updateIntegration`).
    Update,
    /// Approve its pull request (`approveIntegration`).
    Approve,
    /// Send it back to the generator with a comment (`requestChanges`).
    RequestChanges,
    /// Reject its pull request (`rejectIntegration`).
    Reject,
    /// Stop its pipeline (`cancelIntegration`).
    Cancel,
    /// Run its pipeline again (`retryIntegration`).
    Retry,
    /// Take it out of service (`deprecateIntegration`).
    Deprecate,
    /// Remove it from every listing (`deleteIntegration`).
    Delete,
    /// Try again an undo the saga gave up on (`retryCompensation`).
    RetryCompensation,
    /// Record that an undo the saga gave up on was done by hand (`resolveCompensation`).
    ResolveCompensation,
}

/// The mutation that performs `action`.
fn mutation(action: Action) -> &'static str {
    match action {
        Action::Update => "updateIntegration",
        Action::Approve => "approveIntegration",
        Action::RequestChanges => "requestChanges",
        Action::Reject => "rejectIntegration",
        Action::Cancel => "cancelIntegration",
        Action::Retry => "retryIntegration",
        Action::Deprecate => "deprecateIntegration",
        Action::Delete => "deleteIntegration",
        Action::RetryCompensation => "retryCompensation",
        Action::ResolveCompensation => "resolveCompensation",
    }
}

/// The actions `principal` may take on an integration owned by `owner` in `standing`:
/// those the domain allows, whose mutation the principal's role may call, and only on
/// its own integrations unless it is an administrator.
pub fn allowed_actions(
    policy: &Policy,
    principal: &Principal,
    owner: &str,
    standing: Standing,
) -> Vec<IntegrationAction> {
    if !principal.may_change(owner) {
        return Vec::new();
    }
    standing
        .allowed_actions()
        .into_iter()
        .filter(|action| {
            policy
                .requirement("Mutation", mutation(*action))
                .is_some_and(|requirement| requirement.allows(Some(principal)))
        })
        .map(IntegrationAction::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use codebot_domain::IntegrationState;
    use codebot_domain::identity::{Credential, Role};

    fn policy() -> Policy {
        Policy::load(&crate::graphql::sdl()).expect("the policy covers the schema")
    }

    fn as_role(role: Role) -> Principal {
        Principal {
            user_id: "me".into(),
            role,
            credential: Credential::AccessToken,
            expires_at: None,
        }
    }

    #[test]
    fn every_action_names_a_mutation_of_the_schema() {
        let policy = policy();
        for action in Action::ALL {
            assert!(
                policy.requirement("Mutation", mutation(action)).is_some(),
                "{action:?}"
            );
        }
    }

    #[test]
    fn the_caller_gets_what_its_role_and_ownership_allow_of_what_the_state_allows() {
        use IntegrationAction::*;
        let policy = policy();
        let stuck = Standing {
            state: IntegrationState::Failed,
            cleaning_up: false,
            compensation_failed: true,
        };
        let allowed = |role, owner| allowed_actions(&policy, &as_role(role), owner, stuck);
        assert_eq!(allowed(Role::Viewer, "me"), []);
        assert_eq!(allowed(Role::Developer, "someone else"), []);
        assert_eq!(allowed(Role::Developer, "me"), [Update]);
        assert_eq!(
            allowed(Role::Admin, "someone else"),
            [Update, RetryCompensation, ResolveCompensation]
        );
    }
}
