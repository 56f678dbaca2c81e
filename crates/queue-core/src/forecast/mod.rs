//! Daily arrivals per office and queue: a calendar-aware count model, its
//! intervals, the congestion level, the hour-of-day split and staffing advice.
//!
//! The model is a negative-binomial regression with a log link on calendar
//! features (see `design.rs` for the full list and the priors): weekday, the
//! spring moving season (a smooth curve learned per queue), the first open
//! day after a closure of three days or more and the last day before one, the
//! first, second and last business days of the month, お盆, the seasonal
//! windows the queue names in the configuration, month of year (shrunk
//! towards zero and towards its neighbours) and a linear trend. It is fitted
//! by penalised IRLS on open days only; the dispersion α is estimated by
//! moments (separately for the moving season), and p10/p90 come from the
//! negative binomial with α widened by the uncertainty of the coefficients
//! (so intervals grow with the horizon).
//!
//! [`fit_office`] fits all queues of an office, shrinking each queue's
//! weekday, month and closure effects towards those of the office's other
//! queues (partial pooling); [`fit`] fits one queue alone.
//!
//! Closed days are forecast as exactly 0 with `open: false`.
//!
//! `docs/forecasting.md` has the measurements: the rolling-origin
//! [`backtest`] against the seasonal-naive baseline on data from the
//! [`synth`] generator, and the benchmark.

mod design;
mod glm;
mod nb;

pub mod backtest;
pub mod hourly;
pub mod synth;

pub use backtest::{OriginReport, Report, backtest, backtest_office, default_origins};
pub use hourly::{HourCount, HourSlot, HourlyProfile, ProfileKey, Season};

use crate::calendar::{WardCalendar, day_number};
use crate::config::{MonthDay, Office, Queue};
use crate::ids::QueueId;
use crate::staffing::{MAX_ADVISED_COUNTERS, StaffingError, fewest_counters_up_to};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;

/// The longest horizon [`QueueModel::forecast`] gives: about 18 months.
pub const MAX_HORIZON_DAYS: u32 = 550;
/// The fewest open days of history a model is fitted on.
pub const MIN_OPEN_DAYS: usize = 10;
/// A history of at least this many days (from first to last date) lets the
/// model estimate a trend; shorter ones are assumed flat.
pub const TREND_AFTER_DAYS: i32 = 365;

/// Why a model could not be fitted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ForecastError {
    #[error("only {found} open days of history; at least {needed} are needed")]
    TooLittleHistory { found: usize, needed: usize },
    #[error("arrivals on {date} must be a finite number at least 0, found {value}")]
    InvalidCount { date: Date, value: f64 },
    #[error("the history has {0} more than once")]
    DuplicateDate(Date),
    #[error("the queue names window {0:?}, which the ward does not configure")]
    UnknownWindow(String),
}

/// One day of a forecast. Closed days have `open: false` and exact zeros.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DayForecast {
    pub date: Date,
    pub open: bool,
    /// Expected arrivals.
    pub mean: f64,
    /// 10% and 90% quantiles: 8 days in 10 should fall between them.
    pub p10: f64,
    pub p90: f64,
}

/// A fitted model for one queue at one office.
#[derive(Debug, Clone)]
pub struct QueueModel {
    design: design::Design,
    beta: Vec<f64>,
    /// Dispersion per regime (ordinary days, moving season).
    alphas: Vec<f64>,
    cov: Vec<f64>,
    /// Effective number of parameters (less than the columns: the priors
    /// hold some back).
    pub effective_parameters: f64,
    /// Open days the model was fitted on.
    pub open_days: usize,
    /// Days in the history that the calendar says were closed (ignored).
    pub closed_days_ignored: usize,
    pub first_day: Date,
    pub last_day: Date,
}

/// Fits a model on one queue's daily arrivals at an office, on its own.
///
/// `history` holds (date, arrivals); missing days are simply unknown, days
/// the calendar says were closed are ignored. The queue's `windows` must be
/// configured in the calendar. Prefer [`fit_office`] when the office's other
/// queues are known: small queues forecast better with their help.
pub fn fit(cal: &WardCalendar, office: &str, queue: &Queue, history: &[(Date, f64)]) -> Result<QueueModel, ForecastError> {
    let prepared = prepare(cal, office, queue, history)?;
    Ok(fit_prepared(cal, office, &prepared, None))
}

/// Fits every queue of an office. Each queue's weekday, month and closure
/// effects are shrunk towards those of the sum of the office's other queues
/// (partial pooling), its own moving-season curve, windows, level and trend
/// are its own. The result is in the office's queue order; a queue without
/// history gets [`ForecastError::TooLittleHistory`].
pub fn fit_office(cal: &WardCalendar, office: &Office, histories: &BTreeMap<QueueId, Vec<(Date, f64)>>) -> Vec<(QueueId, Result<QueueModel, ForecastError>)> {
    let oid = office.id.as_str();
    let prepared: Vec<Result<Prepared, ForecastError>> =
        office.queues.iter().map(|q| prepare(cal, oid, q, histories.get(&q.id).map(Vec::as_slice).unwrap_or(&[]))).collect();
    let mut out = Vec::with_capacity(office.queues.len());
    for (i, q) in office.queues.iter().enumerate() {
        let result = match &prepared[i] {
            Err(e) => Err(e.clone()),
            Ok(own) => {
                let others: Vec<&Prepared> = prepared.iter().enumerate().filter(|(j, _)| *j != i).filter_map(|(_, p)| p.as_ref().ok()).collect();
                let pooled = pooled_coefficients(cal, oid, &others);
                Ok(fit_prepared(cal, oid, own, pooled.as_deref()))
            }
        };
        out.push((q.id.clone(), result));
    }
    out
}

/// A queue's history, checked and reduced to open days.
#[derive(Debug, Clone)]
struct Prepared {
    days: Vec<(Date, f64)>,
    closed_days_ignored: usize,
    windows: Vec<(String, MonthDay, MonthDay)>,
}

fn prepare(cal: &WardCalendar, office: &str, queue: &Queue, history: &[(Date, f64)]) -> Result<Prepared, ForecastError> {
    let mut days = history.to_vec();
    days.sort_by_key(|(d, _)| *d);
    for pair in days.windows(2) {
        if pair[0].0 == pair[1].0 {
            return Err(ForecastError::DuplicateDate(pair[0].0));
        }
    }
    if let Some(&(date, value)) = days.iter().find(|(_, v)| !(v.is_finite() && *v >= 0.0)) {
        return Err(ForecastError::InvalidCount { date, value });
    }
    let mut windows = Vec::new();
    for id in &queue.windows {
        let w = cal.window(id.get_ref()).ok_or_else(|| ForecastError::UnknownWindow(id.get_ref().clone()))?;
        windows.push((w.id.clone(), w.from, w.to));
    }
    let before = days.len();
    days.retain(|(d, _)| cal.is_open(office, *d));
    let closed_days_ignored = before - days.len();
    if days.len() < MIN_OPEN_DAYS {
        return Err(ForecastError::TooLittleHistory { found: days.len(), needed: MIN_OPEN_DAYS });
    }
    Ok(Prepared { days, closed_days_ignored, windows })
}

/// The shared coefficients of a model fitted, alone, to the daily sum of
/// `others` (on the days all of them know), with the union of their windows.
fn pooled_coefficients(cal: &WardCalendar, office: &str, others: &[&Prepared]) -> Option<Vec<f64>> {
    if others.is_empty() {
        return None;
    }
    let mut sums: BTreeMap<Date, (f64, usize)> = BTreeMap::new();
    for p in others {
        for (d, v) in &p.days {
            let e = sums.entry(*d).or_insert((0.0, 0));
            e.0 += v;
            e.1 += 1;
        }
    }
    let days: Vec<(Date, f64)> = sums.into_iter().filter(|(_, (_, n))| *n == others.len()).map(|(d, (v, _))| (d, v)).collect();
    if days.len() < MIN_OPEN_DAYS {
        return None;
    }
    let mut windows: Vec<(String, MonthDay, MonthDay)> = Vec::new();
    for w in others.iter().flat_map(|p| &p.windows) {
        if !windows.iter().any(|x| x.0 == w.0) {
            windows.push(w.clone());
        }
    }
    let total = Prepared { days, closed_days_ignored: 0, windows };
    Some(fit_prepared(cal, office, &total, None).beta)
}

fn fit_prepared(cal: &WardCalendar, office: &str, prepared: &Prepared, pooled: Option<&[f64]>) -> QueueModel {
    let days = &prepared.days;
    let (first_day, last_day) = (days[0].0, days[days.len() - 1].0);
    let centre = (days.iter().map(|(d, _)| i64::from(day_number(*d))).sum::<i64>() / days.len() as i64) as i32;
    let trend_on = day_number(last_day) - day_number(first_day) >= TREND_AFTER_DAYS;
    let design = design::Design::new(cal, office, prepared.windows.clone(), centre, trend_on);
    let mut rows = glm::Rows::default();
    let mut y = Vec::with_capacity(days.len());
    let mut row = design::Row::default();
    for (date, value) in days {
        if design.row(cal, *date, &mut row) {
            rows.push(&row);
            y.push(*value);
        }
    }
    let fitted = glm::fit(&rows, &y, &design.prior(pooled), design::REGIMES);
    QueueModel {
        design,
        beta: fitted.beta,
        alphas: fitted.regime_alpha,
        cov: fitted.cov,
        effective_parameters: fitted.edf,
        open_days: y.len(),
        closed_days_ignored: prepared.closed_days_ignored,
        first_day,
        last_day,
    }
}

impl QueueModel {
    /// Forecasts `days` consecutive days from `from` (at most
    /// [`MAX_HORIZON_DAYS`]).
    pub fn forecast(&self, cal: &WardCalendar, from: Date, days: u32) -> Vec<DayForecast> {
        let days = days.min(MAX_HORIZON_DAYS);
        let mut out = Vec::with_capacity(days as usize);
        let mut row = design::Row::default();
        let mut date = from;
        for _ in 0..days {
            out.push(self.day(cal, date, &mut row));
            match date.tomorrow() {
                Ok(t) => date = t,
                Err(_) => break,
            }
        }
        out
    }

    fn day(&self, cal: &WardCalendar, date: Date, row: &mut design::Row) -> DayForecast {
        if !self.design.row(cal, date, row) {
            return DayForecast { date, open: false, mean: 0.0, p10: 0.0, p90: 0.0 };
        }
        let p = self.beta.len();
        let eta = row.offset + row.cols.iter().map(|&(j, v)| self.beta[j] * v).sum::<f64>();
        // The variance of η from the coefficients' uncertainty; a log-normal
        // factor with variance v on the mean adds about v to α.
        let mut v = 0.0;
        for &(i, vi) in &row.cols {
            for &(j, vj) in &row.cols {
                v += vi * self.cov[i * p + j] * vj;
            }
        }
        let mean = eta.clamp(-30.0, 30.0).exp();
        let alpha = self.alphas.get(row.regime).copied().unwrap_or(0.0);
        let [p10, p90] = nb::quantiles(mean, alpha + v.max(0.0), [0.1, 0.9]);
        DayForecast { date, open: true, mean, p10, p90 }
    }

    /// The queue's normal: the median expected arrivals over the open days
    /// of the year from `from`. Levels are relative to it.
    pub fn normal(&self, cal: &WardCalendar, from: Date) -> f64 {
        normal_of(&self.forecast(cal, from, 365))
    }

    /// The dispersion α of the negative binomial (Var = μ + αμ²) on
    /// ordinary days and in the moving season.
    pub fn dispersion(&self) -> (f64, f64) {
        (self.alphas.first().copied().unwrap_or(0.0), self.alphas.get(1).copied().unwrap_or(0.0))
    }

    /// Each feature with its multiplier (e^β), for reports and managers.
    pub fn effects(&self) -> Vec<(String, f64)> {
        self.design.names().into_iter().zip(self.beta.iter().map(|b| b.exp())).collect()
    }

    pub fn office(&self) -> &str {
        &self.design.office
    }
}

/// The median expected arrivals of the open days of a forecast (0 if none).
pub fn normal_of(days: &[DayForecast]) -> f64 {
    let mut means: Vec<f64> = days.iter().filter(|d| d.open).map(|d| d.mean).collect();
    if means.is_empty() {
        return 0.0;
    }
    means.sort_by(f64::total_cmp);
    let n = means.len();
    if n % 2 == 1 { means[n / 2] } else { (means[n / 2 - 1] + means[n / 2]) / 2.0 }
}

/// Upper bounds of levels 1–4 as multiples of the queue's normal; level 5 is
/// anything above the last.
///
/// | level | expected arrivals vs normal | meaning |
/// | --- | --- | --- |
/// | 1 | below 0.88× | quiet (空いています) |
/// | 2 | 0.88× – 0.97× | fairly quiet (やや空いています) |
/// | 3 | 0.97× – 1.15× | usual (通常) |
/// | 4 | 1.15× – 1.45× | busy (やや混雑) |
/// | 5 | 1.45× and above | very busy (混雑) |
///
/// The normal is the median open day, so half of all days are level 1–2;
/// on the synthetic ward about one day in ten is level 1 and one in ten
/// level 5 (for the moving queues mostly in spring).
pub const LEVEL_BOUNDS: [f64; 4] = [0.88, 0.97, 1.15, 1.45];

/// The congestion level 1..=5 of a day's expected arrivals, relative to the
/// queue's own normal (see [`LEVEL_BOUNDS`]). With no normal (a queue that
/// never has arrivals) any arrival is level 5.
pub fn level(mean: f64, normal: f64) -> u8 {
    if !(normal > 0.0 && normal.is_finite()) {
        return if mean > 0.0 { 5 } else { 1 };
    }
    let ratio = mean / normal;
    let below = LEVEL_BOUNDS.iter().take_while(|b| ratio >= **b).count();
    u8::try_from(below + 1).unwrap_or(5)
}

/// The fewest counters that serve `target_share` of residents within
/// `target_wait_minutes` at a steady arrival rate (Erlang C), at most
/// [`MAX_ADVISED_COUNTERS`]: a load that needs more is answered with that
/// many (the most that can be advised), so that the work per hour of a
/// forecast stays bounded however large the forecast arrivals are.
pub fn counters_needed(arrivals_per_hour: f64, service_minutes: f64, target_wait_minutes: f64, target_share: f64) -> Result<u32, StaffingError> {
    match fewest_counters_up_to(arrivals_per_hour, service_minutes, target_wait_minutes, target_share, MAX_ADVISED_COUNTERS) {
        Ok(s) => Ok(s.counters),
        Err(StaffingError::TooMany(max)) => Ok(max),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests;
