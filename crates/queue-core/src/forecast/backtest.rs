//! Rolling-origin evaluation of the model against the seasonal-naive
//! baseline.
//!
//! For each origin the models are fitted on the history strictly before it and
//! forecasts the next [`HORIZON_OPEN_DAYS`] open days (those present in the
//! history are scored).
//!
//! **Seasonal naive**, exactly: the forecast for an open day d is the
//! arrivals of the most recent day d − 7k (k = 1, 2, …, at most 10) that is
//! before the origin and in the history as an open day; if there is none, the
//! last open day before the origin. That is "the same weekday one week
//! earlier among open days", repeated over the horizon as it must be when
//! later weeks are not yet known.
//!
//! **Scale (MASE)**: the mean absolute error of the one-week seasonal naive
//! inside the training history — each open day against the most recent open
//! day with the same weekday, at most five weeks back. Errors of an origin
//! are divided by its own scale; MASE is the mean of the scaled errors over
//! all scored days (so origins weigh by days).
//!
//! **Pinball loss** at 10% and 90%: mean of max(τ(y − q), (τ − 1)(y − q)) in
//! arrivals. **Coverage**: the share of scored days with p10 ≤ y ≤ p90.

use super::{ForecastError, QueueModel, fit, fit_office};
use crate::calendar::{WardCalendar, day_number};
use crate::config::{Office, Queue};
use crate::ids::QueueId;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Open days forecast from each origin.
pub const HORIZON_OPEN_DAYS: usize = 28;
/// Origins used by [`default_origins`].
pub const DEFAULT_ORIGINS: usize = 6;

/// The result of one origin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OriginReport {
    pub origin: Date,
    /// Days scored.
    pub days: usize,
    /// In-sample seasonal-naive MAE, the MASE denominator.
    pub scale: f64,
    pub model_mae: f64,
    pub naive_mae: f64,
    pub covered: usize,
    /// Every scored day, for charts and closer looks.
    pub scored: Vec<ScoredDay>,
}

/// One scored day of a backtest.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ScoredDay {
    pub date: Date,
    pub actual: f64,
    pub mean: f64,
    pub p10: f64,
    pub p90: f64,
    pub naive: f64,
}

/// The evaluation of one queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub origins: Vec<OriginReport>,
    /// Days scored over all origins.
    pub days: usize,
    /// Mean actual arrivals on the scored days, for context.
    pub mean_actual: f64,
    pub mase: f64,
    pub naive_mase: f64,
    pub pinball_p10: f64,
    pub pinball_p90: f64,
    /// Share of days with p10 ≤ actual ≤ p90 (the target is 0.80).
    pub coverage: f64,
}

impl Report {
    /// Model MASE as a fraction of the seasonal-naive MASE (target ≤ 0.75).
    pub fn relative_mase(&self) -> f64 {
        if self.naive_mase > 0.0 { self.mase / self.naive_mase } else { f64::INFINITY }
    }

    /// The mean of both pinball losses divided by the scale: comparable
    /// across queues of different sizes.
    pub fn scaled_pinball(&self) -> f64 {
        let (mut sum, mut days) = (0.0, 0usize);
        for o in &self.origins {
            sum += o.scale * o.days as f64;
            days += o.days;
        }
        let scale = if days > 0 { sum / days as f64 } else { 0.0 };
        if scale > 0.0 { (self.pinball_p10 + self.pinball_p90) / 2.0 / scale } else { f64::NAN }
    }
}

/// `count` origins over the last year of the history: the last one leaves
/// exactly [`HORIZON_OPEN_DAYS`] open days after it, the others are spaced
/// ⌊365 / count⌋ days apart before it (moved forward to the next open day in
/// the history).
pub fn default_origins(cal: &WardCalendar, office: &str, history: &[(Date, f64)], count: usize) -> Vec<Date> {
    let mut open: Vec<Date> = history.iter().map(|(d, _)| *d).filter(|d| cal.is_open(office, *d)).collect();
    open.sort();
    open.dedup();
    if count == 0 || open.len() <= HORIZON_OPEN_DAYS {
        return Vec::new();
    }
    let last = open[open.len() - HORIZON_OPEN_DAYS];
    let spacing = 365 / i32::try_from(count).unwrap_or(i32::MAX).max(1);
    let mut origins = Vec::new();
    for k in (0..count).rev() {
        let target = day_number(last) - spacing * i32::try_from(k).unwrap_or(0);
        if let Some(d) = open.iter().find(|d| day_number(**d) >= target)
            && day_number(*d) > day_number(open[0])
            && !origins.contains(d)
        {
            origins.push(*d);
        }
    }
    origins
}

/// Runs the rolling-origin evaluation of one queue fitted alone
/// ([`super::fit`]). Origins with too little history before them, or nothing
/// to score after them, are skipped.
pub fn backtest(cal: &WardCalendar, office: &str, queue: &Queue, history: &[(Date, f64)], origins: &[Date]) -> Result<Report, ForecastError> {
    let mut acc = Accumulator::new(cal, office, history);
    for &origin in origins {
        let train = before(history, origin);
        match fit(cal, office, queue, &train) {
            Ok(model) => acc.score(cal, origin, &model, &train),
            Err(e) => acc.last_error = Some(e),
        }
    }
    acc.finish()
}

/// Runs the rolling-origin evaluation of every queue of an office fitted
/// together ([`super::fit_office`]), as the server forecasts them. `progress`
/// is called after each origin with (done, total).
pub fn backtest_office(
    cal: &WardCalendar,
    office: &Office,
    histories: &BTreeMap<QueueId, Vec<(Date, f64)>>,
    origins: &[Date],
    mut progress: impl FnMut(usize, usize),
) -> Vec<(QueueId, Result<Report, ForecastError>)> {
    let oid = office.id.as_str();
    let empty = Vec::new();
    let mut accs: Vec<Accumulator> = office.queues.iter().map(|q| Accumulator::new(cal, oid, histories.get(&q.id).unwrap_or(&empty))).collect();
    for (k, &origin) in origins.iter().enumerate() {
        let train: BTreeMap<QueueId, Vec<(Date, f64)>> = histories.iter().map(|(q, h)| (q.clone(), before(h, origin))).collect();
        for ((queue, model), acc) in fit_office(cal, office, &train).into_iter().zip(&mut accs) {
            match model {
                Ok(model) => acc.score(cal, origin, &model, train.get(&queue).unwrap_or(&empty)),
                Err(e) => acc.last_error = Some(e),
            }
        }
        progress(k + 1, origins.len());
    }
    office.queues.iter().map(|q| q.id.clone()).zip(accs.into_iter().map(Accumulator::finish)).collect()
}

fn before(history: &[(Date, f64)], origin: Date) -> Vec<(Date, f64)> {
    history.iter().filter(|(d, _)| *d < origin).copied().collect()
}

/// Sums of one queue's errors over origins.
struct Accumulator<'a> {
    office: &'a str,
    observed: HashMap<i32, f64>,
    origins: Vec<OriginReport>,
    scaled_model: f64,
    scaled_naive: f64,
    pin10: f64,
    pin90: f64,
    actual: f64,
    last_error: Option<ForecastError>,
}

impl<'a> Accumulator<'a> {
    fn new(cal: &WardCalendar, office: &'a str, history: &[(Date, f64)]) -> Self {
        let observed = history.iter().filter(|(d, _)| cal.is_open(office, *d)).map(|(d, v)| (day_number(*d), *v)).collect();
        Accumulator { office, observed, origins: Vec::new(), scaled_model: 0.0, scaled_naive: 0.0, pin10: 0.0, pin90: 0.0, actual: 0.0, last_error: None }
    }

    fn score(&mut self, cal: &WardCalendar, origin: Date, model: &QueueModel, train: &[(Date, f64)]) {
        let o = day_number(origin);
        let scale = naive_scale(cal, self.office, train);
        let last_open_value = train.iter().filter(|(d, _)| cal.is_open(self.office, *d)).max_by_key(|(d, _)| *d).map(|(_, v)| *v).unwrap_or(0.0);
        // Enough calendar days to hold the horizon's open days.
        let forecast = model.forecast(cal, origin, (HORIZON_OPEN_DAYS as u32) * 3 + 20);
        let mut report = OriginReport { origin, days: 0, scale, model_mae: 0.0, naive_mae: 0.0, covered: 0, scored: Vec::new() };
        for f in forecast.iter().filter(|f| f.open).take(HORIZON_OPEN_DAYS) {
            let d = day_number(f.date);
            let Some(&y) = self.observed.get(&d) else { continue };
            let naive = (1..=10).map(|k| d - 7 * k).filter(|t| *t < o).find_map(|t| self.observed.get(&t).copied()).unwrap_or(last_open_value);
            let (em, en) = ((y - f.mean).abs(), (y - naive).abs());
            report.days += 1;
            report.scored.push(ScoredDay { date: f.date, actual: y, mean: f.mean, p10: f.p10, p90: f.p90, naive });
            report.model_mae += em;
            report.naive_mae += en;
            self.scaled_model += em / scale;
            self.scaled_naive += en / scale;
            self.pin10 += pinball(0.1, y, f.p10);
            self.pin90 += pinball(0.9, y, f.p90);
            self.actual += y;
            if f.p10 <= y && y <= f.p90 {
                report.covered += 1;
            }
        }
        if report.days > 0 {
            report.model_mae /= report.days as f64;
            report.naive_mae /= report.days as f64;
            self.origins.push(report);
        }
    }

    fn finish(self) -> Result<Report, ForecastError> {
        let days: usize = self.origins.iter().map(|o| o.days).sum();
        if days == 0 {
            return Err(self.last_error.unwrap_or(ForecastError::TooLittleHistory { found: 0, needed: super::MIN_OPEN_DAYS }));
        }
        let n = days as f64;
        let covered: usize = self.origins.iter().map(|o| o.covered).sum();
        Ok(Report {
            days,
            mean_actual: self.actual / n,
            mase: self.scaled_model / n,
            naive_mase: self.scaled_naive / n,
            pinball_p10: self.pin10 / n,
            pinball_p90: self.pin90 / n,
            coverage: covered as f64 / n,
            origins: self.origins,
        })
    }
}

fn pinball(tau: f64, y: f64, q: f64) -> f64 {
    let d = y - q;
    (tau * d).max((tau - 1.0) * d)
}

/// The in-sample MAE of the one-week seasonal naive (see the module docs);
/// never 0, so MASE stays finite.
fn naive_scale(cal: &WardCalendar, office: &str, train: &[(Date, f64)]) -> f64 {
    let observed: HashMap<i32, f64> = train.iter().filter(|(d, _)| cal.is_open(office, *d)).map(|(d, v)| (day_number(*d), *v)).collect();
    let (mut sum, mut n) = (0.0, 0usize);
    for (&d, &y) in &observed {
        if let Some(prev) = (1..=5).find_map(|k| observed.get(&(d - 7 * k))) {
            sum += (y - prev).abs();
            n += 1;
        }
    }
    let scale = if n > 0 { sum / n as f64 } else { 0.0 };
    if scale > 0.0 { scale } else { 1.0 }
}
