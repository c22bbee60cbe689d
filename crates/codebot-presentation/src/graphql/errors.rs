//! Application errors as GraphQL errors: a stable `extensions.code` and a message meant
//! for the client; causes of internal errors go to the log only.
//!
//! Resolvers return [`Result`], whose error is a [`FieldError`], so that `?` on an
//! application error gives it its code. async-graphql turns any other `Display` error
//! into one whose message is that text and which has no code; for an [`AppError`]
//! that would show clients an upstream cause, so `FieldError` is deliberately not
//! `Display`, and `?` on an error it does not know does not compile.

use async_graphql::{Error, ErrorExtensions};

use codebot_application::error::AppError;
use codebot_application::ports::StoreError;
use codebot_domain::DomainError;

/// What a resolver fails with: an application error, given its GraphQL shape when the
/// response is built ([`ErrorExtensions::extend`]), or an error already in that shape.
#[derive(Debug)]
pub enum FieldError {
    App(AppError),
    Graphql(Error),
}

/// A resolver's result (the name the GraphQL macros recognise as a fallible field).
pub type Result<T, E = FieldError> = std::result::Result<T, E>;

impl From<AppError> for FieldError {
    fn from(error: AppError) -> Self {
        Self::App(error)
    }
}

impl From<StoreError> for FieldError {
    fn from(error: StoreError) -> Self {
        Self::App(error.into())
    }
}

impl From<DomainError> for FieldError {
    fn from(error: DomainError) -> Self {
        Self::App(error.into())
    }
}

impl From<Error> for FieldError {
    fn from(error: Error) -> Self {
        Self::Graphql(error)
    }
}

impl From<FieldError> for Error {
    fn from(error: FieldError) -> Self {
        error.extend()
    }
}

impl ErrorExtensions for FieldError {
    fn extend(&self) -> Error {
        match self {
            FieldError::App(error) => app_error(error),
            FieldError::Graphql(error) => error.clone(),
        }
    }
}

/// An application error as GraphQL shows it, where it is not returned by a resolver
/// (the items of a subscription's stream, a data loader's batch).
pub fn to_graphql(error: AppError) -> Error {
    FieldError::App(error).extend()
}

/// The code and message clients see for `error`; what they must not see goes to the log.
fn app_error(error: &AppError) -> Error {
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
            e.set("expectedVersion", *expected);
            e.set("actualVersion", *actual);
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

/// The caller may not do or read this. Clients match on this code and message, and
/// a refusal reads the same whichever check made it.
pub fn forbidden() -> Error {
    Error::new("Insufficient permissions").extend_with(|_, e| e.set("code", "FORBIDDEN"))
}

/// The request carries no valid credentials: the message of the HTTP edge's 401 too
/// (`Problem::unauthorized`), so clients get one answer wherever the check happens.
pub fn unauthenticated() -> Error {
    Error::new("Invalid token").extend_with(|_, e| e.set("code", "UNAUTHENTICATED"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `extensions.code` of `error`, if it has one.
    fn code(error: &Error) -> Option<String> {
        match error.extensions.as_ref()?.get("code")? {
            async_graphql::Value::String(code) => Some(code.clone()),
            _ => None,
        }
    }

    /// A resolver that meets `error` from a use case and passes it on with `?`.
    fn resolver(error: AppError) -> Result<()> {
        let use_case = || -> std::result::Result<(), AppError> { Err(error) };
        use_case()?;
        Ok(())
    }

    fn answered(error: AppError) -> Error {
        match resolver(error) {
            Err(error) => error.into(),
            Ok(()) => panic!("the resolver failed"),
        }
    }

    #[test]
    fn question_mark_on_an_application_error_keeps_its_code() {
        let conflict = answered(AppError::Conflict {
            expected: 2,
            actual: 3,
        });
        assert_eq!(code(&conflict).as_deref(), Some("CONFLICT"));
        let extensions = conflict.extensions.as_ref().expect("extensions");
        assert_eq!(extensions.get("actualVersion"), Some(&3.into()));
        assert_eq!(
            code(&answered(AppError::Forbidden)).as_deref(),
            Some("FORBIDDEN")
        );
        let missing = answered(AppError::NotFoundNamed("API key"));
        assert_eq!(code(&missing).as_deref(), Some("NOT_FOUND"));
        assert_eq!(missing.message, "API key not found");
        let invalid = answered(DomainError::invalid("url", "not a URL").into());
        assert_eq!(code(&invalid).as_deref(), Some("BAD_USER_INPUT"));
    }

    #[test]
    fn an_upstream_cause_never_reaches_the_client() {
        let error = answered(AppError::Upstream(
            "https://user:hunter2@models.internal answered 500".into(),
        ));
        assert_eq!(code(&error).as_deref(), Some("SERVICE_UNAVAILABLE"));
        assert_eq!(error.message, "an upstream service failed; try again later");
        assert!(error.source.is_none(), "the cause is not attached either");
    }

    #[test]
    fn a_graphql_error_passes_through_unchanged() {
        let resolver = || -> Result<()> { Err(bad_input("first", "too many"))? };
        let error: Error = resolver().expect_err("refused").into();
        assert_eq!(code(&error).as_deref(), Some("BAD_USER_INPUT"));
        assert_eq!(error.message, "first: too many");
    }
}
