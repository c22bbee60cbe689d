use crate::state::IntegrationState;

/// One bad field of a command, with a message meant for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The input field's name as the client sent it (`name`, `config`, …).
    pub field: &'static str,
    pub message: String,
}

/// Why the domain refused a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("Cannot transition from {from} to {to}")]
    InvalidTransition {
        from: IntegrationState,
        to: IntegrationState,
    },
    #[error("{}", describe(.0))]
    InvalidInput(Vec<FieldError>),
    #[error("integration not found")]
    NotFound,
    #[error("integration already exists")]
    AlreadyExists,
    #[error("an integration in state {state} cannot be edited; only DRAFT and FAILED ones can")]
    NotEditable { state: IntegrationState },
    #[error("an integration in state {state} cannot be deleted; cancel or deprecate it first")]
    NotDeletable { state: IntegrationState },
    #[error("attempt {attempt} of the {step} step is not the one running")]
    StepNotRunning { step: &'static str, attempt: u32 },
    #[error("no undo of this integration failed; there is nothing to retry or resolve")]
    NoFailedCompensation,
    #[error(
        "undoing the {step} step failed and waits for an administrator: retry the undo or resolve it first"
    )]
    CompensationUnresolved { step: &'static str },
    #[error("the pipeline is still undoing the {step} step; try again when it is done")]
    CleanupPending { step: &'static str },
}

impl DomainError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidInput(vec![FieldError {
            field,
            message: message.into(),
        }])
    }
}

fn describe(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}
