//! `/api/v1/webhooks`: admins register receivers of the offices' events,
//! read each one's delivery log and dead letters, and send a dead letter
//! again.

use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use platform::auth::Principal;
use platform::webhooks::{self as hooks, Delivery, Webhook};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// `http://…` (an https receiver through the office's TLS relay).
    pub url: String,
    /// Event types (`ticket.issued`, `ticket.called`, `ticket.finished`,
    /// `queue.reception`, `counter.state`, `alert.issued`, …) or `["*"]`.
    pub events: Vec<String>,
    /// The HMAC-SHA256 key of the `X-Madoguchi-Signature` header, 16 to
    /// 256 characters; never shown again.
    pub secret: String,
}

/// Registers a webhook (admins).
#[utoipa::path(post, path = "/api/v1/webhooks", tag = "operations", request_body = NewWebhook, security(("bearer" = [])),
    responses((status = 201, body = Webhook), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody)))]
pub async fn create(State(app): State<AppState>, who: Principal, Json(req): Json<NewWebhook>) -> ApiResult<(StatusCode, axum::Json<Webhook>)> {
    who.require(&[], None)?;
    hooks::check(&req.url, &req.events, &req.secret).map_err(|m| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "bad_webhook", m))?;
    let id = format!("w{:016x}", rand::random::<u64>());
    let (by, now) = (who.actor(), app.platform.now().as_microsecond());
    let (i, url, events, secret) = (id.clone(), req.url.clone(), req.events.clone(), req.secret);
    app.platform
        .storage
        .write(move |tx| {
            hooks::insert(tx, &i, &url, &events, &secret, &by, now)?;
            let subject = format!("{i} {url}");
            platform::audit::record(tx, &platform::audit::Entry { at: now, actor: &by, module: "platform", action: "webhook.create", subject: &subject, reason: None })
        })
        .await?;
    app.webhooks.reload().await?;
    tracing::info!(webhook = %id, url = %req.url, by = %who.actor(), "webhook registered");
    let hook = app.platform.storage.read(hooks::targets).await?.into_iter().map(|t| t.hook).find(|h| h.id == id).ok_or_else(|| ApiError::internal("webhook vanished"))?;
    Ok((StatusCode::CREATED, axum::Json(hook)))
}

/// The webhooks (admins), without their secrets.
#[utoipa::path(get, path = "/api/v1/webhooks", tag = "operations", security(("bearer" = [])),
    responses((status = 200, body = [Webhook]), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody)))]
pub async fn list(State(app): State<AppState>, who: Principal) -> ApiResult<axum::Json<Vec<Webhook>>> {
    who.require(&[], None)?;
    Ok(axum::Json(app.platform.storage.read(hooks::targets).await?.into_iter().map(|t| t.hook).collect()))
}

fn unknown() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "unknown_webhook", "no such webhook")
}

/// Deletes a webhook (admins): nothing more is sent to it; its log stays.
#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "operations", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204, description = "deleted"), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn delete(State(app): State<AppState>, who: Principal, Path(id): Path<String>) -> ApiResult<StatusCode> {
    who.require(&[], None)?;
    let (by, now, i) = (who.actor(), app.platform.now().as_microsecond(), id.clone());
    let gone = app
        .platform
        .storage
        .write(move |tx| {
            let gone = hooks::delete(tx, &i, now)?;
            if gone {
                platform::audit::record(tx, &platform::audit::Entry { at: now, actor: &by, module: "platform", action: "webhook.delete", subject: &i, reason: None })?;
            }
            Ok(gone)
        })
        .await?;
    if !gone {
        return Err(unknown());
    }
    app.webhooks.reload().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct DeliveriesQuery {
    /// `delivered` or `dead` (the dead letters); default both.
    pub status: Option<String>,
    /// At most this many, newest first (default 100, at most 1,000).
    pub limit: Option<usize>,
}

/// A webhook's delivery log, newest first (admins).
#[utoipa::path(get, path = "/api/v1/webhooks/{id}/deliveries", tag = "operations", params(("id" = String, Path), DeliveriesQuery), security(("bearer" = [])),
    responses((status = 200, body = [Delivery]), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn deliveries(State(app): State<AppState>, who: Principal, Path(id): Path<String>, Query(q): Query<DeliveriesQuery>) -> ApiResult<axum::Json<Vec<Delivery>>> {
    who.require(&[], None)?;
    if let Some(s) = q.status.as_deref()
        && s != "delivered"
        && s != "dead"
    {
        return Err(ApiError::bad_request("status is delivered or dead"));
    }
    let known = app.platform.storage.read(hooks::targets).await?.iter().any(|t| t.hook.id == id);
    if !known {
        return Err(unknown());
    }
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    Ok(axum::Json(app.platform.storage.read(move |c| hooks::deliveries(c, &id, q.status.as_deref(), limit)).await?))
}

/// Sends a dead letter again, from its first attempt (admins): 202.
#[utoipa::path(post, path = "/api/v1/webhooks/deliveries/{id}/retry", tag = "operations", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 202, description = "queued again"), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn retry(State(app): State<AppState>, who: Principal, Path(id): Path<i64>) -> ApiResult<StatusCode> {
    who.require(&[], None)?;
    if app.webhooks.retry(id).await? { Ok(StatusCode::ACCEPTED) } else { Err(ApiError::new(StatusCode::NOT_FOUND, "unknown_delivery", "no such dead letter of a webhook that still exists")) }
}
