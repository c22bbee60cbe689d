//! Application errors as GraphQL errors: a stable `extensions.code` and a message meant
//! for the client; causes of internal errors go to the log only.

use async_graphql::{Error, ErrorExtensions};

use codebot_application::error::AppError;
use codebot_domain::DomainError;

pub fn to_graphql(error: AppError) -> Error {
    match error {
        AppError::Domain(DomainError::InvalidTransition { from, to }) => {
            Error::new(format!("Cannot transition from {from} to {to}")).extend_with(|_, e| {
                e.set("code", "INVALID_TRANSITION");
                e.set("from", from.as_str());
                e.set("to", to.as_str());
            })
        }
        AppError::Domain(DomainError::InvalidInput(fields)) => {
            let message = DomainError::InvalidInput(fields.clone()).to_string();
            Error::new(message).extend_with(|_, e| {
                e.set("code", "BAD_USER_INPUT");
                if let Some(first) = fields.first() {
                    e.set("field", first.field);
                }
                let list: Vec<async_graphql::Value> = fields
                    .iter()
                    .map(|f| {
                        let mut map = async_graphql::indexmap::IndexMap::new();
                        map.insert(async_graphql::Name::new("field"), f.field.into());
                        map.insert(async_graphql::Name::new("message"), f.message.clone().into());
                        async_graphql::Value::Object(map)
                    })
                    .collect();
                e.set("fields", list);
            })
        }
        AppError::Domain(DomainError::NotFound) | AppError::NotFound => {
            Error::new("integration not found").extend_with(|_, e| e.set("code", "NOT_FOUND"))
        }
        AppError::Domain(DomainError::AlreadyExists) => Error::new("integration already exists")
            .extend_with(|_, e| e.set("code", "CONFLICT")),
        AppError::Domain(
            other @ (DomainError::NotEditable { .. }
            | DomainError::NotDeletable { .. }
            | DomainError::StepNotRunning { .. }
            | DomainError::NoFailedCompensation
            | DomainError::CompensationUnresolved { .. }
            | DomainError::CleanupPending { .. }),
        ) => {
            Error::new(other.to_string()).extend_with(|_, e| e.set("code", "FAILED_PRECONDITION"))
        }
        AppError::Conflict { expected, actual } => Error::new(format!(
            "version conflict: the integration is at version {actual}, not {expected}; reload it and try again"
        ))
        .extend_with(|_, e| {
            e.set("code", "CONFLICT");
            e.set("expectedVersion", expected);
            e.set("actualVersion", actual);
        }),
        AppError::NotFoundNamed(what) => {
            Error::new(format!("{what} not found")).extend_with(|_, e| e.set("code", "NOT_FOUND"))
        }
        AppError::Forbidden => forbidden(),
        AppError::Upstream(cause) => {
            tracing::error!(error = %cause, "upstream service failed");
            Error::new("an upstream service failed; try again later")
                .extend_with(|_, e| e.set("code", "SERVICE_UNAVAILABLE"))
        }
        AppError::Unavailable(cause) => {
            tracing::error!(error = %cause, "the database is unavailable");
            metrics::counter!("codebot_database_unavailable_total").increment(1);
            Error::new("the database is unavailable; try again shortly")
                .extend_with(|_, e| e.set("code", "SERVICE_UNAVAILABLE"))
        }
        AppError::Internal(cause) => {
            tracing::error!(error = %cause, "internal error");
            Error::new("internal error").extend_with(|_, e| e.set("code", "INTERNAL_SERVER_ERROR"))
        }
    }
}

/// A client's argument that cannot be used (a bad id, a bad cursor).
pub fn bad_input(field: &str, message: impl Into<String>) -> Error {
    let message = message.into();
    let field = field.to_owned();
    Error::new(format!("{field}: {message}")).extend_with(move |_, e| {
        e.set("code", "BAD_USER_INPUT");
        e.set("field", field.as_str());
    })
}

/// The caller may not do or read this (MISSION.md's "Insufficient permissions").
pub fn forbidden() -> Error {
    Error::new("Insufficient permissions").extend_with(|_, e| e.set("code", "FORBIDDEN"))
}

/// The request carries no valid credentials (the seed's "Invalid token").
pub fn unauthenticated() -> Error {
    Error::new("Invalid token").extend_with(|_, e| e.set("code", "UNAUTHENTICATED"))
}
