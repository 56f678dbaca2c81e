//! The office's forecast: expected arrivals per day and queue with an 80%
//! interval, a congestion level and counter advice.

use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::forecasting::{AnswerKind, OfficeDay, Target, office_days};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The most days of one forecast answer with `hourly=true`: two months
/// (a 62-day hourly answer is about 250 KB; at 550 days it was 2.2 MB).
pub const MAX_HOURLY_DAYS: u32 = 62;
/// The most days of one daily forecast answer: a year and a month, enough
/// for a year-ahead view from any day of a month.
pub const MAX_DAILY_DAYS: u32 = 400;

#[derive(Debug, Deserialize, IntoParams)]
pub struct ForecastQuery {
    /// First day, YYYY-MM-DD (default: today in Tokyo).
    pub from: Option<String>,
    /// How many days (default 30): 1 to 400, or 1 to 62 with `hourly=true`;
    /// more is 400 `days_too_many`.
    pub days: Option<u32>,
    /// Add per-hour arrivals and counters to every queue.
    pub hourly: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ForecastView {
    pub office: String,
    pub from: String,
    /// Levels 1..5 are relative to the office's normal (its median open
    /// day): below 0.88×, to 0.97×, to 1.15×, to 1.45×, above.
    pub days: Vec<OfficeDay>,
}

/// Parses the forecast's query, answering 400 for what cannot be a forecast
/// (`days_too_many` past `max_days`).
pub fn parse_range(app: &AppState, q: &ForecastQuery, max_days: u32) -> ApiResult<(Date, u32)> {
    let from = match q.from.as_deref() {
        None | Some("") => app.engine.today(),
        Some(s) => s.parse::<Date>().ok().filter(|_| s.len() == 10).ok_or_else(|| ApiError::bad_request(format!("from {s:?} is not a date YYYY-MM-DD")))?,
    };
    if from.year() < 2000 || from.year() > 2098 {
        return Err(ApiError::bad_request("from must be between 2000 and 2098"));
    }
    let days = q.days.unwrap_or(30);
    if days == 0 {
        return Err(ApiError::bad_request(format!("days must be 1 to {max_days}")));
    }
    if days > max_days {
        let what = if q.hourly.unwrap_or(false) { " with hourly=true" } else { "" };
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "days_too_many", format!("days must be at most {max_days}{what}; ask for the rest from a later from")));
    }
    Ok((from, days))
}

/// Daily forecast per queue: `arrivals` with `p10`/`p90`, the counters to
/// open at the busiest hour (at most 500), the day's level and its quietest
/// hours. Answers carry an ETag and `Cache-Control: public, max-age=300`;
/// `If-None-Match` with the current ETag is answered 304. The ETag changes
/// when history is imported and when the business day changes.
#[utoipa::path(get, path = "/api/v1/offices/{office}/forecast", tag = "forecast", params(("office" = String, Path), ForecastQuery),
    responses((status = 200, body = ForecastView, headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 304, description = "Not modified: the ETag in If-None-Match is current"),
        (status = 400, body = crate::error::ErrorBody, description = "bad_request, or days_too_many past 400 days (62 with hourly=true)"),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn forecast(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<ForecastQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let o = app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?.clone();
    let hourly = q.hourly.unwrap_or(false);
    let (from, days) = parse_range(&app, &q, if hourly { MAX_HOURLY_DAYS } else { MAX_DAILY_DAYS })?;
    let models = app.forecasts.models(app.engine.readers.clone(), &office, app.engine.today()).await?;
    let key = format!("forecast/{office}/{from}/{days}/{hourly}");
    let kind = AnswerKind { content_type: "application/json", disposition: None };
    let (cal, m) = (app.forecasts.calendar.clone(), models.clone());
    app.forecasts
        .answer(&models, key, &headers, kind, || async move {
            tokio::task::spawn_blocking(move || {
                let days = office_days(&m, &cal, &o, from, days, Target::default(), hourly);
                serde_json::to_vec(&ForecastView { office, from: from.to_string(), days })
            })
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)
        })
        .await
}
