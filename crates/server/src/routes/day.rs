//! The counters' day as managers and desks run it: closing a queue's
//! reception early (and opening it again), and a counter's state — open,
//! paused with a reason, closed. Both are changes in the office's sequence:
//! durable, on every board and desk at once, put back after a restart.

use crate::error::{ApiError, ApiResult};
use crate::extract::Json;
use crate::state::AppState;
use crate::views::ReceptionView;
use axum::extract::{Path, State};
use platform::auth::{Principal, Role};
use queue_core::office::CounterState;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Longest reason kept (it is shown to residents on the kiosk and boards).
const MAX_REASON: usize = 200;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceptionRequest {
    /// `false` closes the queue's reception for the rest of today; `true`
    /// opens it again.
    pub open: bool,
    /// Why it closes (required then), shown on the kiosk: 「本日の受付は終了しました」 follows it.
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReceptionAnswer {
    pub office: String,
    pub queue: String,
    pub waiting: usize,
    pub reception: ReceptionView,
}

fn reason_of(reason: Option<String>, required: bool) -> ApiResult<String> {
    let reason = reason.unwrap_or_default().trim().to_owned();
    if required && reason.is_empty() {
        return Err(ApiError::bad_request("give a reason: residents read it"));
    }
    if reason.chars().count() > MAX_REASON || reason.chars().any(char::is_control) {
        return Err(ApiError::bad_request(format!("a reason is one line of at most {MAX_REASON} characters")));
    }
    Ok(reason)
}

/// Closes a queue's reception early for today, or opens it again (staff of
/// the office, admins). Those already waiting are served; new tickets are
/// 409 `reception_closed` (staff may still issue with `"override": true`).
#[utoipa::path(post, path = "/api/v1/offices/{office}/queues/{queue}/reception", tag = "operations",
    params(("office" = String, Path), ("queue" = String, Path)), request_body = ReceptionRequest, security(("bearer" = [])),
    responses((status = 200, body = ReceptionAnswer), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)))]
pub async fn reception(
    State(app): State<AppState>,
    who: Principal,
    Path((office, queue)): Path<(String, String)>,
    Json(req): Json<ReceptionRequest>,
) -> ApiResult<axum::Json<ReceptionAnswer>> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    who.require(&[Role::Staff], Some(&office))?;
    let reason = reason_of(req.reason, !req.open)?;
    let (q, open) = (queue.clone(), req.open);
    engine
        .command(&office, Some(who.actor()), move |state, now| state.set_reception(&q, (!open).then_some(reason.as_str()), now))
        .await?;
    tracing::info!(office = %office, queue = %queue, open = req.open, by = %who.actor(), "reception changed");
    let ward = engine.ward();
    let state = ward.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let q = state.config().queue(&queue).ok_or_else(|| ApiError::internal("queue vanished"))?;
    Ok(axum::Json(ReceptionAnswer {
        office: office.clone(),
        queue: q.id.to_string(),
        waiting: state.waiting_count(&q.id),
        reception: queue_core::reception::of_queue(&engine.config, &engine.calendar, state, q, None, engine.clock.now()).into(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CounterStateRequest {
    /// `open`, `paused` or `closed`.
    pub state: String,
    /// Why it pauses or closes: `break`, `phone`, `paperwork`, `other`, or
    /// a short text. Kept for the day's report.
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CounterStateAnswer {
    pub office: String,
    pub counter: String,
    pub state: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Since when (RFC 3339); absent for a counter open all day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// Opens, pauses or closes a counter (staff of the office, admins). A
/// paused or closed counter is not called to (call-next is 409
/// `counter_not_open`), does not count in wait estimates, and boards show
/// it as 休止中.
#[utoipa::path(post, path = "/api/v1/offices/{office}/counters/{counter}/state", tag = "operations",
    params(("office" = String, Path), ("counter" = String, Path)), request_body = CounterStateRequest, security(("bearer" = [])),
    responses((status = 200, body = CounterStateAnswer), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn counter_state(
    State(app): State<AppState>,
    who: Principal,
    Path((office, counter)): Path<(String, String)>,
    Json(req): Json<CounterStateRequest>,
) -> ApiResult<axum::Json<CounterStateAnswer>> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    who.require(&[Role::Staff], Some(&office))?;
    let state = CounterState::parse(&req.state).ok_or_else(|| ApiError::bad_request("state is one of open, paused, closed"))?;
    let reason = reason_of(req.reason, false)?;
    let c = counter.clone();
    engine.command(&office, Some(who.actor()), move |s, now| s.set_counter_state(&c, state, &reason, now)).await?;
    tracing::info!(office = %office, counter = %counter, state = state.as_str(), by = %who.actor(), "counter state");
    let ward = engine.ward();
    let st = ward.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let id = st.config().counter(&counter).map(|c| c.id.clone()).ok_or_else(|| ApiError::internal("counter vanished"))?;
    let now = st.counter_status(&id);
    Ok(axum::Json(CounterStateAnswer {
        office: office.clone(),
        counter: id.to_string(),
        state: now.state.as_str().to_owned(),
        reason: now.reason,
        since: (now.since != jiff::Timestamp::UNIX_EPOCH).then(|| now.since.to_zoned(queue_core::clock::tokyo()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()),
    }))
}
