//! The one error type of the HTTP API.
//!
//! Policy: every failure a client can cause is a 4xx with a stable
//! `snake_case` code and a human message, in the body
//! `{"error": {"code": ..., "message": ...}}`. Storage that cannot take a
//! write (disk full, I/O error) is a 503 `storage_unavailable`. Anything
//! unexpected is logged with its cause and answered 500 `internal` without
//! details. Handlers return [`ApiResult`] and build errors with the helper
//! constructors below.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use queue_core::office::DomainError;
use serde::Serialize;

pub type ApiResult<T> = Result<T, ApiError>;

#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable: `bad_request`, `unauthorized`, `forbidden`,
    /// `not_found`, `unknown_office`, `unknown_queue`, `unknown_service`,
    /// `unknown_counter`, `ticket_not_found`, `illegal_transition`,
    /// `day_closed`, `method_not_allowed`, `payload_too_large`,
    /// `storage_unavailable`, `internal`.
    pub code: String,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn unknown_office(office: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "unknown_office", format!("no office {office:?}"))
    }

    pub fn ticket_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "ticket_not_found", "no such ticket")
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "storage_unavailable", message)
    }

    /// An unexpected failure: logged in full, answered without details.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "internal error")
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        let message = e.to_string();
        match e {
            DomainError::UnknownQueue { .. } => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_queue", message),
            DomainError::UnknownService { .. } => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_service", message),
            DomainError::UnknownCounter { .. } => Self::new(StatusCode::NOT_FOUND, "unknown_counter", message),
            DomainError::TicketNotFound(_) => Self::ticket_not_found(),
            DomainError::Transition(_) => Self::new(StatusCode::CONFLICT, "illegal_transition", message),
            DomainError::EmptyJourney => Self::bad_request(message),
            DomainError::NotOnJourney => Self::new(StatusCode::CONFLICT, "not_on_journey", message),
            DomainError::UnknownStep(_) => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_step", message),
            DomainError::StepNotPending(_) => Self::new(StatusCode::CONFLICT, "step_not_pending", message),
            DomainError::StepChanged(_) => Self::new(StatusCode::CONFLICT, "step_changed", message),
            DomainError::JourneyTooLong { .. } => Self::new(StatusCode::CONFLICT, "journey_too_long", message),
            DomainError::CounterNotOpen { .. } => Self::new(StatusCode::CONFLICT, "counter_not_open", message),
            DomainError::ReceptionClosed { .. } => Self::new(StatusCode::CONFLICT, "reception_closed", message),
        }
    }
}

impl From<store::StoreError> for ApiError {
    fn from(e: store::StoreError) -> Self {
        if e.is_unavailable() {
            tracing::warn!(error = %e, "storage unavailable");
            Self::unavailable(format!("the ticket store cannot take writes right now: {e}"))
        } else {
            Self::internal(e)
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: ErrorDetail { code: self.code.to_owned(), message: self.message } };
        (self.status, axum::Json(body)).into_response()
    }
}
