//! Who the caller is, the history managers compare forecasts with, and
//! the audit trail of staff actions.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    /// admin, staff, kiosk, display, moderator or member
    pub role: String,
    /// The office the token acts at; null for every office.
    pub office: Option<String>,
    pub name: Option<String>,
    /// The organisation a member acts for.
    pub organisation: Option<String>,
    /// The section a staff member works in.
    pub section: Option<String>,
    /// The citizen-centre district a member's organisation serves.
    pub district: Option<String>,
}

/// The role, office and name of the presented token (a device page checks
/// its provisioned token with this before showing itself).
#[utoipa::path(get, path = "/api/v1/session", tag = "session", security(("bearer" = [])),
    responses((status = 200, body = SessionView), (status = 401, body = crate::error::ErrorBody)))]
pub async fn whoami(principal: Principal) -> Json<SessionView> {
    Json(SessionView {
        role: principal.role.as_str().to_owned(),
        office: principal.office,
        name: principal.name,
        organisation: principal.organisation,
        section: principal.section,
        district: principal.district,
    })
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct HistoryQuery {
    /// First day, YYYY-MM-DD (default: 56 days ago).
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD (default: yesterday).
    pub to: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryDay {
    pub date: String,
    /// Queue → arrivals that day.
    pub queues: BTreeMap<String, f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryView {
    pub office: String,
    pub days: Vec<HistoryDay>,
}

/// Daily arrivals per queue as recorded (imported history, overridden by
/// the server's own counts), for the managers' forecast-versus-actual view.
#[utoipa::path(get, path = "/api/v1/offices/{office}/history", tag = "forecast", params(("office" = String, Path), HistoryQuery),
    security(("bearer" = [])),
    responses((status = 200, body = HistoryView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn history(State(app): State<AppState>, principal: Principal, Path(office): Path<String>, Query(q): Query<HistoryQuery>) -> ApiResult<Json<HistoryView>> {
    app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Staff], Some(&office))?;
    let today = app.engine.today();
    let parse = |name: &str, v: &Option<String>, default: Date| -> ApiResult<Date> {
        match v.as_deref() {
            None | Some("") => Ok(default),
            Some(s) => s.parse::<Date>().ok().filter(|_| s.len() == 10).ok_or_else(|| ApiError::bad_request(format!("{name} {s:?} is not a date YYYY-MM-DD"))),
        }
    };
    let from = parse("from", &q.from, today.saturating_sub(jiff::Span::new().days(56)))?;
    let to = parse("to", &q.to, today.yesterday().unwrap_or(today))?;
    if from > to || (to - from).get_days() > 1100 {
        return Err(ApiError::bad_request("from must be before to, at most three years apart"));
    }
    let readers = app.engine.readers.clone();
    let o = office.clone();
    let histories = tokio::task::spawn_blocking(move || readers.with(|c| crate::forecasting::histories(c, &o, today)))
        .await
        .map_err(ApiError::internal)??;
    let mut by_day: BTreeMap<Date, BTreeMap<String, f64>> = BTreeMap::new();
    for (queue, days) in histories {
        for (date, n) in days.into_iter().filter(|(d, _)| (from..=to).contains(d)) {
            by_day.entry(date).or_default().insert(queue.to_string(), n);
        }
    }
    Ok(Json(HistoryView { office, days: by_day.into_iter().map(|(d, queues)| HistoryDay { date: d.to_string(), queues }).collect() }))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AuditQuery {
    /// The business day, YYYY-MM-DD (default: today, in Tokyo).
    pub date: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub seq: u64,
    pub at: String,
    /// The change, named as on the websocket feed (`ticket.called`, …).
    #[serde(rename = "type")]
    pub kind: String,
    pub ticket: Option<String>,
    /// The ticket's number, `A-001`.
    pub number: Option<String>,
    pub queue: Option<String>,
    pub from_queue: Option<String>,
    pub counter: Option<String>,
    /// Who did it: the role, the token's or staff member's name, and the token id.
    pub actor: Option<String>,
    /// A printer's trouble, for `printer.attention`.
    pub note: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub office: String,
    pub date: String,
    pub entries: Vec<AuditEntry>,
    /// True when the day had more than the 10,000 entries returned.
    pub truncated: bool,
}

/// The audit trail of one office and day: every change (issued, called,
/// transferred, cancelled, …), when, and who made it. Admins only.
#[utoipa::path(get, path = "/api/v1/offices/{office}/audit", tag = "session", params(("office" = String, Path), AuditQuery),
    security(("bearer" = [])),
    responses((status = 200, body = AuditView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn audit(State(app): State<AppState>, principal: Principal, Path(office): Path<String>, Query(q): Query<AuditQuery>) -> ApiResult<Json<AuditView>> {
    const LIMIT: usize = 10_000;
    app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[], Some(&office))?;
    let date = match q.date.as_deref() {
        None | Some("") => app.engine.today(),
        Some(s) => s.parse::<Date>().ok().filter(|_| s.len() == 10).ok_or_else(|| ApiError::bad_request(format!("date {s:?} is not a date YYYY-MM-DD")))?,
    };
    let bounds = |d: Date| d.to_zoned(queue_core::clock::tokyo()).map(|z| z.timestamp().as_microsecond());
    let (Ok(from), Ok(to)) = (bounds(date), bounds(date.tomorrow().unwrap_or(date))) else {
        return Err(ApiError::bad_request("date out of range"));
    };
    let readers = app.engine.readers.clone();
    let o = office.clone();
    let rows = tokio::task::spawn_blocking(move || readers.with(|c| store::events::audit(c, &o, from, to, LIMIT + 1)))
        .await
        .map_err(ApiError::internal)??;
    let truncated = rows.len() > LIMIT;
    let entries = rows
        .into_iter()
        .take(LIMIT)
        .map(|r| AuditEntry {
            seq: r.seq,
            at: jiff::Timestamp::from_microsecond(r.at_micros).map(|t| t.to_string()).unwrap_or_default(),
            kind: r.event_type,
            ticket: r.ticket,
            number: r.number,
            queue: r.queue,
            from_queue: r.from_queue,
            counter: r.counter,
            actor: r.actor,
            note: r.note,
        })
        .collect();
    Ok(Json(AuditView { office, date: date.to_string(), entries, truncated }))
}
