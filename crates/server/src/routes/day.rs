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

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct StatsQuery {
    /// First day (Tokyo), inclusive; default 30 days before `to`.
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<jiff::civil::Date>,
    /// Last day (Tokyo), inclusive; default today.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<jiff::civil::Date>,
    /// `day` (default), `week`, `month`, `hour` (of the day), `queue`,
    /// `service`, `section` or `counter`.
    pub by: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatsBucket {
    pub key: String,
    pub arrivals: u64,
    pub served: u64,
    pub no_show: u64,
    pub cancelled: u64,
    pub transferred: u64,
    /// Still open when the day ended (closed with it).
    pub unserved: u64,
    pub wait_p50_seconds: Option<u64>,
    pub wait_p90_seconds: Option<u64>,
    pub service_p50_seconds: Option<u64>,
    pub service_p90_seconds: Option<u64>,
    /// Of those called, the share called within `target_wait_minutes`.
    pub within_target_share: Option<f64>,
    pub paused_seconds: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatsAnswer {
    pub office: String,
    pub from: String,
    pub to: String,
    pub by: String,
    pub target_wait_minutes: u32,
    pub buckets: Vec<StatsBucket>,
}

const STATS_COLUMNS: [&str; 14] = [
    "key", "arrivals", "served", "no_show", "cancelled", "transferred", "unserved", "wait_p50_seconds", "wait_p90_seconds", "service_p50_seconds",
    "service_p90_seconds", "within_target_share", "paused_seconds", "by",
];

async fn compute_stats(app: &AppState, who: &Principal, office: &str, q: StatsQuery) -> ApiResult<StatsAnswer> {
    let engine = &app.engine;
    engine.config.office(office).ok_or_else(|| ApiError::unknown_office(office))?;
    who.require(&[Role::Staff], Some(office))?;
    let by_name = q.by.unwrap_or_else(|| "day".into());
    let by = queue_core::report::By::parse(&by_name)
        .ok_or_else(|| ApiError::bad_request("by is one of day, week, month, hour, queue, service, section, counter"))?;
    let to = q.to.unwrap_or_else(|| engine.today());
    let from = q.from.unwrap_or_else(|| to.saturating_sub(jiff::Span::new().days(29)));
    if from > to || (to - from).get_days() > 3660 {
        return Err(ApiError::bad_request("from must be on or before to, at most ten years apart"));
    }
    let start = |d: jiff::civil::Date| d.to_zoned(queue_core::clock::tokyo()).map(|z| z.timestamp()).map_err(|e| ApiError::bad_request(e.to_string()));
    let (begin, end) = (start(from)?, start(to.tomorrow().map_err(|e| ApiError::bad_request(e.to_string()))?)?);
    let config = engine.config.clone();
    let target = config.reports.target_wait_minutes;
    let office_id = office.to_owned();
    let until = engine.clock.now().min(end);
    let buckets = app
        .platform
        .storage
        .read(move |conn| {
            let o = config.office(&office_id);
            let section_of = |queue: &str| o.and_then(|o| o.queue(queue)).map(|q| q.section.get_ref().to_string());
            let mut report = queue_core::report::Report::new(by, u64::from(target) * 60, &section_of);
            store::events::for_report(conn, &office_id, begin.as_microsecond(), end.as_microsecond(), |r| report.add(&r))?;
            Ok(report.finish_all(until))
        })
        .await?;
    Ok(StatsAnswer {
        office: office.to_owned(),
        from: from.to_string(),
        to: to.to_string(),
        by: by_name,
        target_wait_minutes: target,
        buckets: buckets
            .into_iter()
            .map(|b| StatsBucket {
                key: b.key,
                arrivals: b.arrivals,
                served: b.served,
                no_show: b.no_show,
                cancelled: b.cancelled,
                transferred: b.transferred,
                unserved: b.unserved,
                wait_p50_seconds: b.wait_p50_seconds,
                wait_p90_seconds: b.wait_p90_seconds,
                service_p50_seconds: b.service_p50_seconds,
                service_p90_seconds: b.service_p90_seconds,
                within_target_share: b.within_target_share,
                paused_seconds: b.paused_seconds,
            })
            .collect(),
    })
}

fn stats_csv(a: &StatsAnswer) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    let rows = a.buckets.iter().map(|b| {
        vec![
            b.key.clone(),
            b.arrivals.to_string(),
            b.served.to_string(),
            b.no_show.to_string(),
            b.cancelled.to_string(),
            b.transferred.to_string(),
            b.unserved.to_string(),
            opt(b.wait_p50_seconds),
            opt(b.wait_p90_seconds),
            opt(b.service_p50_seconds),
            opt(b.service_p90_seconds),
            b.within_target_share.map(|s| s.to_string()).unwrap_or_default(),
            b.paused_seconds.to_string(),
            a.by.clone(),
        ]
    });
    let bytes = platform::export::csv(&STATS_COLUMNS, rows).map_err(ApiError::internal)?;
    let name = format!("attachment; filename=\"stats-{}-{}-{}-{}.csv\"", a.office, a.by, a.from, a.to);
    Ok((
        [(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (axum::http::header::CONTENT_DISPOSITION, name)],
        bytes,
    )
        .into_response())
}

/// The office's figures over Tokyo days `from`..`to`, grouped `by`:
/// arrivals, served, no-shows, cancellations, transfers, waits and service
/// times (p50, p90), the share called within the target wait, pauses.
/// Counted from the event log; nothing of a person. `Accept: text/csv` (or
/// `/stats.csv`) answers CSV for Excel.
#[utoipa::path(get, path = "/api/v1/offices/{office}/stats", tag = "operations", params(("office" = String, Path), StatsQuery), security(("bearer" = [])),
    responses((status = 200, body = StatsAnswer), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn stats(
    State(app): State<AppState>,
    who: Principal,
    Path(office): Path<String>,
    crate::extract::Query(q): crate::extract::Query<StatsQuery>,
    headers: axum::http::HeaderMap,
) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let answer = compute_stats(&app, &who, &office, q).await?;
    let wants_csv = headers.get(axum::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/csv"));
    if wants_csv { stats_csv(&answer) } else { Ok(axum::Json(answer).into_response()) }
}

/// The same as CSV for Excel (UTF-8 with a BOM).
#[utoipa::path(get, path = "/api/v1/offices/{office}/stats.csv", tag = "operations", params(("office" = String, Path), StatsQuery), security(("bearer" = [])),
    responses((status = 200, description = "CSV", content_type = "text/csv"), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn stats_csv_route(
    State(app): State<AppState>,
    who: Principal,
    Path(office): Path<String>,
    crate::extract::Query(q): crate::extract::Query<StatsQuery>,
) -> ApiResult<axum::response::Response> {
    let answer = compute_stats(&app, &who, &office, q).await?;
    stats_csv(&answer)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpsQueue {
    pub id: String,
    pub name: String,
    pub waiting: usize,
    pub longest_wait_seconds: u64,
    pub estimated_wait_seconds: u64,
    pub served_this_hour: u64,
    /// `green`, `amber` or `red` (thresholds: `[status]` medium and high minutes).
    pub light: String,
    pub reception: ReceptionView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpsCounter {
    pub id: String,
    pub name: String,
    /// `serving`, `idle`, `paused` or `closed`.
    pub state: String,
    pub reason: String,
    pub for_seconds: Option<u64>,
    pub number: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpsAlert {
    /// `wait_high` (a wait past the red threshold), `counter_idle` (open,
    /// nobody at it, people waiting), `past_closing` (the line runs past
    /// the end of reception: close it early?).
    pub kind: String,
    pub queue: Option<String>,
    pub counter: Option<String>,
    pub seconds: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpsAnswer {
    pub office: String,
    pub at: String,
    pub queues: Vec<OpsQueue>,
    pub counters: Vec<OpsCounter>,
    pub alerts: Vec<OpsAlert>,
}

/// What a manager watches now (staff of the office, admins): each queue's
/// line, longest wait, estimate, served this hour and traffic light; each
/// counter's state and for how long; and the alerts to act on.
#[utoipa::path(get, path = "/api/v1/offices/{office}/operations", tag = "operations", params(("office" = String, Path), crate::routes::LangQuery),
    security(("bearer" = [])),
    responses((status = 200, body = OpsAnswer), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn operations(
    State(app): State<AppState>,
    who: Principal,
    Path(office): Path<String>,
    crate::extract::Query(q): crate::extract::Query<crate::routes::LangQuery>,
) -> ApiResult<axum::Json<OpsAnswer>> {
    let engine = &app.engine;
    let cfg = engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    who.require(&[Role::Staff], Some(&office))?;
    let lang = engine.lang(q.lang.as_deref());
    let now = engine.clock.now();
    let thresholds = queue_core::operations::Thresholds {
        amber_seconds: u64::from(engine.config.status.medium_minutes) * 60,
        red_seconds: u64::from(engine.config.status.high_minutes) * 60,
        idle_seconds: u64::from(engine.config.operations.idle_alert_minutes) * 60,
    };
    let ward = engine.ward();
    let state = ward.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let reception = |queue: &str| -> Option<queue_core::reception::Reception> {
        let q = cfg.queue(queue)?;
        Some(queue_core::reception::of_queue(&engine.config, &engine.calendar, state, q, None, now))
    };
    let ends = |queue: &str| match reception(queue) {
        Some(queue_core::reception::Reception::Open { until }) => Some(until),
        _ => None,
    };
    let (queues, counters, alerts) = queue_core::operations::of(state, now, thresholds, &ends);
    Ok(axum::Json(OpsAnswer {
        office: office.clone(),
        at: now.to_zoned(queue_core::clock::tokyo()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        queues: queues
            .into_iter()
            .map(|q| OpsQueue {
                name: cfg.queue(&q.id).map(|c| c.name.get(&lang).to_owned()).unwrap_or_default(),
                reception: reception(&q.id).map(Into::into).unwrap_or(ReceptionView { open: false, until: None, why: None, reason: None, opens: None }),
                id: q.id,
                waiting: q.waiting,
                longest_wait_seconds: q.longest_wait_seconds,
                estimated_wait_seconds: q.estimated_wait_seconds,
                served_this_hour: q.served_this_hour,
                light: q.light.to_owned(),
            })
            .collect(),
        counters: counters
            .into_iter()
            .map(|c| OpsCounter {
                name: cfg.counter(&c.id).map(|x| x.name.get(&lang).to_owned()).unwrap_or_default(),
                id: c.id,
                state: c.state.to_owned(),
                reason: c.reason,
                for_seconds: c.for_seconds,
                number: c.number,
            })
            .collect(),
        alerts: alerts.into_iter().map(|a| OpsAlert { kind: a.kind.to_owned(), queue: a.queue, counter: a.counter, seconds: a.seconds }).collect(),
    }))
}
