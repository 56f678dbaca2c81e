//! The office's forecast: expected arrivals per day and queue with an 80%
//! interval, a congestion level and counter advice.

use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::forecasting::{OfficeDay, Target, office_days};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
pub struct ForecastQuery {
    /// First day, YYYY-MM-DD (default: today in Tokyo).
    pub from: Option<String>,
    /// How many days, 1 to 550 (default 30).
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

/// Parses the forecast's query, answering 400 for what cannot be a forecast.
pub fn parse_range(app: &AppState, q: &ForecastQuery, max_days: u32) -> ApiResult<(Date, u32)> {
    let from = match q.from.as_deref() {
        None | Some("") => app.engine.today(),
        Some(s) => s.parse::<Date>().ok().filter(|_| s.len() == 10).ok_or_else(|| ApiError::bad_request(format!("from {s:?} is not a date YYYY-MM-DD")))?,
    };
    if from.year() < 2000 || from.year() > 2098 {
        return Err(ApiError::bad_request("from must be between 2000 and 2098"));
    }
    let days = q.days.unwrap_or(30);
    if days == 0 || days > max_days {
        return Err(ApiError::bad_request(format!("days must be 1 to {max_days}")));
    }
    Ok((from, days))
}

/// Daily forecast per queue: `arrivals` with `p10`/`p90`, the counters to
/// open at the busiest hour, the day's level and its quietest hours.
#[utoipa::path(get, path = "/api/v1/offices/{office}/forecast", tag = "forecast", params(("office" = String, Path), ForecastQuery),
    responses((status = 200, body = ForecastView), (status = 400, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn forecast(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<ForecastQuery>) -> ApiResult<Json<ForecastView>> {
    let o = app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?.clone();
    let (from, days) = parse_range(&app, &q, queue_core::forecast::MAX_HORIZON_DAYS)?;
    let models = app.forecasts.models(app.engine.readers.clone(), &office, app.engine.today()).await?;
    let cal = app.forecasts.calendar.clone();
    let hourly = q.hourly.unwrap_or(false);
    let days = tokio::task::spawn_blocking(move || office_days(&models, &cal, &o, from, days, Target::default(), hourly))
        .await
        .map_err(ApiError::internal)?;
    Ok(Json(ForecastView { office, from: from.to_string(), days }))
}
