//! The moderation queue of every module (see `platform::moderation`), and
//! the platform's audit trail.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::{OptionalJson, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use platform::moderation::{self, DecideError, Decision, Item, Status};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
pub struct QueueQuery {
    /// pending (default), approved, hidden, rejected, or all.
    pub status: Option<String>,
    /// Only this module's items.
    pub module: Option<String>,
    /// 1 to 500, default 100.
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

fn page(limit: Option<u32>, offset: Option<u32>) -> ApiResult<(u32, u32)> {
    let limit = limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1 to 500"));
    }
    Ok((limit, offset.unwrap_or(0)))
}

/// The queue, oldest first (moderators and admins).
#[utoipa::path(get, path = "/api/v1/moderation", tag = "moderation", params(QueueQuery), security(("bearer" = [])),
    responses((status = 200, body = [Item]), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody)))]
pub async fn queue(State(app): State<AppState>, who: Principal, Query(q): Query<QueueQuery>) -> ApiResult<axum::Json<Vec<Item>>> {
    who.require(&[Role::Moderator], None)?;
    let status = match q.status.as_deref() {
        None => Some(Status::Pending),
        Some("all") => None,
        Some(s) => Some(Status::parse(s).ok_or_else(|| ApiError::bad_request("status must be pending, approved, hidden, rejected or all"))?),
    };
    let (limit, offset) = page(q.limit, q.offset)?;
    let module = q.module;
    Ok(axum::Json(app.platform.storage.read(move |c| moderation::list(c, status, module.as_deref(), limit, offset)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// Required to hide or reject (the submitter is told it); 1 to 500 characters.
    pub reason: Option<String>,
}

/// Approves, hides or rejects an item (moderators and admins). Hiding and
/// rejecting need a reason; every decision is audited.
#[utoipa::path(post, path = "/api/v1/moderation/{id}/{decision}", tag = "moderation",
    params(("id" = String, Path), ("decision" = String, Path, description = "approve, hide or reject")),
    request_body(content = DecisionBody, description = "the reason (required to hide or reject)"), security(("bearer" = [])),
    responses((status = 200, body = Item), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody)))]
pub async fn decide(
    State(app): State<AppState>,
    who: Principal,
    Path((id, decision)): Path<(String, String)>,
    OptionalJson(body): OptionalJson<DecisionBody>,
) -> ApiResult<axum::Json<Item>> {
    who.require(&[Role::Moderator], None)?;
    let decision = Decision::parse(&decision).ok_or_else(|| ApiError::not_found("the decisions are approve, hide and reject"))?;
    let reason = moderation::parse_reason(body.as_ref().and_then(|b| b.reason.as_deref()), decision).map_err(decide_error)?;
    let actor = who.actor();
    let now = app.platform.now().as_microsecond();
    let decided = app.platform.storage.write(move |tx| moderation::decide(tx, &id, decision, reason.as_deref(), &actor, now)).await?;
    let item = decided.map_err(decide_error)?;
    tracing::info!(item = %item.id, module = %item.module, status = item.status.as_str(), by = %who.actor(), "moderation decision");
    Ok(axum::Json(item))
}

fn decide_error(e: DecideError) -> ApiError {
    let message = e.to_string();
    match e {
        DecideError::NotFound => ApiError::new(StatusCode::NOT_FOUND, "unknown_item", message),
        DecideError::ReasonRequired => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "reason_required", message),
        DecideError::BadReason => ApiError::bad_request(message),
        DecideError::NoChange(_) => ApiError::new(StatusCode::CONFLICT, "no_change", message),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct PageQuery {
    /// 1 to 500, default 100.
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// What the caller submitted (a member: what their organisation submitted),
/// with each item's status and the moderator's reason; newest first.
#[utoipa::path(get, path = "/api/v1/moderation/mine", tag = "moderation", params(PageQuery), security(("bearer" = [])),
    responses((status = 200, body = [Item]), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody)))]
pub async fn mine(State(app): State<AppState>, who: Principal, Query(q): Query<PageQuery>) -> ApiResult<axum::Json<Vec<Item>>> {
    let (limit, offset) = page(q.limit, q.offset)?;
    Ok(axum::Json(app.platform.storage.read(move |c| moderation::mine(c, &who, limit, offset)).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AuditQuery {
    /// From this day on (YYYY-MM-DD, Tokyo); default: the last 7 days.
    pub from: Option<String>,
    /// 1 to 500, default 100.
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// The platform's audit trail: moderation decisions, invitations (admins).
#[utoipa::path(get, path = "/api/v1/audit", tag = "moderation", params(AuditQuery), security(("bearer" = [])),
    responses((status = 200, body = [platform::audit::Recorded]), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody)))]
pub async fn audit(State(app): State<AppState>, who: Principal, Query(q): Query<AuditQuery>) -> ApiResult<axum::Json<Vec<platform::audit::Recorded>>> {
    who.require(&[], None)?;
    let (limit, offset) = page(q.limit, q.offset)?;
    let tz = queue_core::clock::tokyo();
    let from = match q.from.as_deref() {
        Some(d) => d.parse::<jiff::civil::Date>().map_err(|_| ApiError::bad_request("from must be a date, YYYY-MM-DD"))?,
        None => app.platform.now().to_zoned(tz.clone()).date() - jiff::Span::new().days(7),
    };
    let since = from.to_zoned(tz).map_err(|_| ApiError::bad_request("from is out of range"))?.timestamp().as_microsecond();
    Ok(axum::Json(app.platform.storage.read(move |c| platform::audit::list(c, since, limit, offset)).await?))
}
