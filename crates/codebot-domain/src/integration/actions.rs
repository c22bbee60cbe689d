//! The actions a person may take on an integration, decided from what the aggregate
//! knows, so that clients show only what `handle` would accept.

use crate::state::IntegrationState;

use super::{Integration, NextAction, PipelineStep};

/// Something a person (rather than the pipeline) may ask of an integration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Change its request (`Command::Update`).
    Update,
    /// Approve its pull request (`Command::Approve`).
    Approve,
    /// Send it back to the generator with a comment (`Command::RequestChanges`).
    RequestChanges,
    /// Reject its pull request (`Command::Reject`).
    Reject,
    /// Stop its pipeline (`Command::Cancel`).
    Cancel,
    /// Run its pipeline again (`Command::Retry`).
    Retry,
    /// Take it out of service (`Command::Deprecate`).
    Deprecate,
    /// Remove it from every listing (`Command::Delete`).
    Delete,
    /// Try again an undo the saga gave up on (`Command::RetryCompensation`).
    RetryCompensation,
    /// Record that an undo the saga gave up on was done by hand
    /// (`Command::ResolveCompensation`).
    ResolveCompensation,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::Update,
        Action::Approve,
        Action::RequestChanges,
        Action::Reject,
        Action::Cancel,
        Action::Retry,
        Action::Deprecate,
        Action::Delete,
        Action::RetryCompensation,
        Action::ResolveCompensation,
    ];
}

/// What the actions an integration allows depend on, small enough for a read model to
/// keep beside the integration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub state: IntegrationState,
    /// Whether the saga still has a pull request to close or a deployment to roll
    /// back or remove.
    pub cleaning_up: bool,
    /// Whether an undo failed for good and waits for an administrator.
    pub compensation_failed: bool,
}

impl Standing {
    /// Whether `handle` accepts `action` (given valid input) in this standing.
    pub fn allows(self, action: Action) -> bool {
        use IntegrationState::*;
        let state = self.state;
        match action {
            Action::Update => matches!(state, Draft | Failed),
            Action::Approve | Action::RequestChanges | Action::Reject => state == Reviewing,
            Action::Cancel => state.is_in_flight() || state == Draft,
            Action::Retry => state == Failed && !self.cleaning_up && !self.compensation_failed,
            Action::Deprecate => state.can_transition_to(Deprecated),
            Action::Delete => {
                !state.is_in_flight()
                    && state != Active
                    && !self.cleaning_up
                    && !self.compensation_failed
            }
            Action::RetryCompensation | Action::ResolveCompensation => self.compensation_failed,
        }
    }

    /// Every action `handle` accepts in this standing, in [`Action::ALL`]'s order.
    pub fn allowed_actions(self) -> Vec<Action> {
        Action::ALL
            .into_iter()
            .filter(|action| self.allows(*action))
            .collect()
    }
}

impl Integration {
    /// Whether the saga still has something outside to undo: a pull request to close
    /// or a deployment to roll back (after a failure), or a deployment to remove
    /// (after a deprecation). The other undos only forget.
    pub fn cleaning_up(&self) -> bool {
        matches!(
            self.next_action(),
            NextAction::Compensate(PipelineStep::Deploy | PipelineStep::PullRequest)
                | NextAction::Undeploy
        )
    }

    /// What the actions it allows depend on.
    pub fn standing(&self) -> Standing {
        Standing {
            state: self.state,
            cleaning_up: self.cleaning_up(),
            compensation_failed: self.pipeline.compensation_failure.is_some(),
        }
    }

    /// The actions a person may take on it now: exactly those `handle` accepts (with
    /// valid input). None once it is deleted or before it exists.
    pub fn allowed_actions(&self) -> Vec<Action> {
        if self.exists() {
            self.standing().allowed_actions()
        } else {
            Vec::new()
        }
    }
}
