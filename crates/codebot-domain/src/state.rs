//! The lifecycle of an integration as a state machine.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Where an integration is in its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegrationState {
    /// Created, the pipeline not started yet.
    Draft,
    /// The request is being checked against its kind's rules.
    Validating,
    /// The generator is writing the code and its tests.
    Generating,
    /// The generated tests run in the sandbox.
    Testing,
    /// A pull request waits for a human review.
    Reviewing,
    /// The reviewed code is being deployed.
    Deploying,
    /// Deployed and running.
    Active,
    /// A step failed, or it was rejected or cancelled; finished steps were undone.
    Failed,
    /// Taken out of service after being active.
    Deprecated,
}

use IntegrationState::*;

impl IntegrationState {
    pub const ALL: [IntegrationState; 9] = [
        Draft, Validating, Generating, Testing, Reviewing, Deploying, Active, Failed, Deprecated,
    ];

    /// The name used in events, the database and the API (`DRAFT`, `VALIDATING`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Draft => "DRAFT",
            Validating => "VALIDATING",
            Generating => "GENERATING",
            Testing => "TESTING",
            Reviewing => "REVIEWING",
            Deploying => "DEPLOYING",
            Active => "ACTIVE",
            Failed => "FAILED",
            Deprecated => "DEPRECATED",
        }
    }

    /// The state named `name`, as written by [`as_str`](Self::as_str).
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Whether the pipeline is working on (or waiting in) this state.
    pub fn is_in_flight(self) -> bool {
        matches!(
            self,
            Validating | Generating | Testing | Reviewing | Deploying
        )
    }

    /// The moves the lifecycle allows, and no others:
    /// the pipeline runs DRAFT → VALIDATING → GENERATING → TESTING → REVIEWING →
    /// DEPLOYING → ACTIVE; any in-flight state may fail; TESTING → GENERATING is a
    /// self-repair round after failed tests; REVIEWING → GENERATING is a reviewer asking
    /// for changes; FAILED → VALIDATING is a retry; ACTIVE → DEPRECATED retires it.
    pub fn can_transition_to(self, to: IntegrationState) -> bool {
        matches!(
            (self, to),
            (Draft, Validating | Failed)
                | (Validating, Generating | Failed)
                | (Generating, Testing | Failed)
                | (Testing, Reviewing | Generating | Failed)
                | (Reviewing, Deploying | Generating | Failed)
                | (Deploying, Active | Failed)
                | (Failed, Validating)
                | (Active, Deprecated)
        )
    }
}

impl fmt::Display for IntegrationState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every allowed move, written out once more by hand: the table is the specification.
    const ALLOWED: &[(IntegrationState, IntegrationState)] = &[
        (Draft, Validating),
        (Draft, Failed),
        (Validating, Generating),
        (Validating, Failed),
        (Generating, Testing),
        (Generating, Failed),
        (Testing, Reviewing),
        (Testing, Generating),
        (Testing, Failed),
        (Reviewing, Deploying),
        (Reviewing, Generating),
        (Reviewing, Failed),
        (Deploying, Active),
        (Deploying, Failed),
        (Failed, Validating),
        (Active, Deprecated),
    ];

    #[test]
    fn every_pair_of_states_is_allowed_exactly_when_the_table_says_so() {
        for from in IntegrationState::ALL {
            for to in IntegrationState::ALL {
                let expected = ALLOWED.contains(&(from, to));
                assert_eq!(from.can_transition_to(to), expected, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for state in IntegrationState::ALL {
            assert_eq!(IntegrationState::parse(state.as_str()), Some(state));
            let json = serde_json::to_string(&state).expect("serialize");
            assert_eq!(json, format!("\"{}\"", state.as_str()));
        }
        assert_eq!(IntegrationState::parse("draft"), None);
    }

    #[test]
    fn terminal_states_have_no_way_out_but_the_documented_ones() {
        assert!(!Deprecated.can_transition_to(Active));
        assert!(!Active.can_transition_to(Failed));
        assert!(!Failed.can_transition_to(Active));
    }
}
