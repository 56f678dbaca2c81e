use axum::http::StatusCode;

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "alive")))]
pub async fn healthz() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok")
}
