//! A synthetic but realistic history of daily arrivals, for tests, the
//! backtest table in `docs/forecasting.md` and demonstrations.
//!
//! Deterministic for a seed (its own xoshiro256** generator, no `rand`).
//! For each open day of each queue of each office, the expected arrivals are
//! the product of:
//!
//! - a **base level** per queue (main office: certificates B 130 a day,
//!   moving A 70, national health insurance K 60, My Number M 45, children F
//!   28, family register C 18, elderly L 20, health H 10, other G 8, public
//!   assistance S 5; branch offices A 28 and B 50, scaled 1.0 / 0.8 / 0.65
//!   in configuration order); unknown queues get 240 / service minutes;
//! - **weekday**: Monday 1.30, Tuesday 1.00, Wednesday 0.93, Thursday 0.95,
//!   Friday 1.08;
//! - the **moving season**: a plateau from 27 March to 3 April with Gaussian
//!   shoulders (sd 9 days before, 6 after), peaking at ×3.3 for moving
//!   notifications (A), ×1.9 for K, ×1.8 for certificates, ×1.7 for F, less
//!   for the rest; its strength varies from year to year (log-sd 0.08);
//! - **closures**: the first open day after a closure of n ≥ 3 days
//!   ×(1.25 + 0.06·(min(n, 9) − 3)), the second day after one of ≥5 days ×1.15,
//!   the day after a mid-week holiday ×1.12, the last open day before a
//!   closure of ≥3 days ×1.08 (≥5 days: ×1.25);
//! - **month**: first business day ×1.15, second ×1.06, last ×1.18; a mild
//!   month-of-year pattern (December 0.93, August 0.94, January 1.04, …), and
//!   for K April ×1.15 and June ×1.2 (premium notices); Obon (13–16 August)
//!   ×0.85;
//! - **windows** the queue names: a hump over the window, ×strength^(0.6 +
//!   0.4·sin(π·position)), strength 1.9 for `nhi-renewal`, 2.2 for
//!   `child-rearing-allowance-renewal`, 1.35 for `tax-certificates`, 1.2 for
//!   `tax-return`, 1.4 for others;
//! - **trend** per year from 2025-01-01: B −3% (convenience-store
//!   certificates), M −6%, K −2%, F −2%, A and C −1%, L +2%, S +1%;
//! - **shorter days** (special openings) in proportion to their hours;
//! - **shocks**: an office-wide day factor (log-sd 0.05), storms that halve an
//!   office's day (0.2% of days), and surges ×1.6 for one queue (0.3%).
//!
//! Arrivals are then drawn from a negative binomial around that mean, with
//! dispersion α 0.01 for the large queues and 0.02 for the others.

use crate::calendar::{WardCalendar, day_number, weekday_index};
use crate::config::{OfficeKind, Queue, WardConfig};
use crate::ids::{OfficeId, QueueId};
use jiff::civil::{Date, Time};

/// One day's arrivals at one queue.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthDay {
    pub date: Date,
    pub office: OfficeId,
    pub queue: QueueId,
    pub arrivals: u32,
    /// The mean the calendar explains (before the day's shocks and noise):
    /// what a perfect forecast would say, for the "oracle" in the docs.
    pub expected: f64,
}

/// Arrivals of every queue of every office, on the open days from `from` to
/// `to` inclusive, in date, office, queue order.
pub fn generate(cal: &WardCalendar, config: &WardConfig, from: Date, to: Date, seed: u64) -> Vec<SynthDay> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let (open, close) = cal.normal_hours();
    let normal_minutes = minutes(open, close).max(1.0);
    let mut branch = 0usize;
    let scales: Vec<f64> = config
        .offices
        .iter()
        .map(|o| match o.kind {
            OfficeKind::Main => 1.0,
            OfficeKind::Branch => {
                branch += 1;
                [1.0, 0.8, 0.65].get(branch - 1).copied().unwrap_or(0.6)
            }
        })
        .collect();
    let traits: Vec<Vec<Traits>> = config.offices.iter().map(|o| o.queues.iter().map(|q| Traits::of(o.kind, q)).collect()).collect();
    // The moving season's strength per office and year.
    let mut season_strength: std::collections::HashMap<(usize, i16), f64> = std::collections::HashMap::new();
    let mut date = from;
    while date <= to {
        for (oi, office) in config.offices.iter().enumerate() {
            let id = office.id.as_str();
            let Some((o, c)) = cal.opening_hours(id, date) else { continue };
            let strength = *season_strength.entry((oi, date.year())).or_insert_with(|| (0.08 * rng.normal()).exp());
            let shock = (0.05 * rng.normal() - 0.5 * 0.05 * 0.05).exp() * if rng.uniform() < 0.002 { 0.5 } else { 1.0 };
            let calendar = CalendarEffects::of(cal, id, date);
            let hours = minutes(o, c) / normal_minutes;
            for (qi, queue) in office.queues.iter().enumerate() {
                let t = &traits[oi][qi];
                let mut mean = t.base * scales[oi] * hours;
                mean *= WEEKDAY[weekday_index(date.weekday())];
                mean *= t.moving_peak.powf(moving_shape(date) * strength);
                mean *= calendar.multiplier;
                let month = usize::from(date.month().unsigned_abs()) - 1;
                mean *= MONTH[month] * t.month[month];
                if date.month() == 8 && (13..=16).contains(&date.day()) {
                    mean *= 0.85;
                }
                for w in &queue.windows {
                    if let Some(window) = cal.window(w.get_ref())
                        && let Some(pos) = super::design::window_position(window.from, window.to, date)
                    {
                        let strength = window_strength(&window.id);
                        mean *= strength.powf(0.6 + 0.4 * (std::f64::consts::PI * pos).sin());
                    }
                }
                let years = f64::from(day_number(date) - day_number(TREND_ORIGIN)) / 365.25;
                mean *= (t.trend * years).exp();
                let expected = mean;
                mean *= shock;
                if rng.uniform() < 0.003 {
                    mean *= 1.6;
                }
                let arrivals = rng.negative_binomial(mean, t.alpha);
                out.push(SynthDay { date, office: office.id.clone(), queue: queue.id.clone(), arrivals, expected });
            }
        }
        match date.tomorrow() {
            Ok(t) => date = t,
            Err(_) => break,
        }
    }
    out
}

/// The history of one office and queue, as [`super::fit`] takes it.
pub fn history_of(days: &[SynthDay], office: &str, queue: &str) -> Vec<(Date, f64)> {
    days.iter().filter(|d| d.office.as_str() == office && d.queue.as_str() == queue).map(|d| (d.date, f64::from(d.arrivals))).collect()
}

/// The histories of every queue of one office, as [`super::fit_office`] takes them.
pub fn office_histories(days: &[SynthDay], office: &str) -> std::collections::BTreeMap<QueueId, Vec<(Date, f64)>> {
    let mut out: std::collections::BTreeMap<QueueId, Vec<(Date, f64)>> = std::collections::BTreeMap::new();
    for d in days.iter().filter(|d| d.office.as_str() == office) {
        out.entry(d.queue.clone()).or_default().push((d.date, f64::from(d.arrivals)));
    }
    out
}

/// Hourly counts of a day's arrivals (for learning hour profiles): each
/// arrival lands in an hour of the open hours, drawn from the built-in
/// profile with Mondays and the moving season busier in the morning.
pub fn split_hours(day: &SynthDay, open: Time, close: Time, rng: &mut Rng) -> Vec<(u8, u32)> {
    let key = super::hourly::ProfileKey::of(day.date);
    let mut slots = super::hourly::HourlyProfile::built_in().split(key, open, close, 1.0);
    let morning = if day.date.weekday() == jiff::civil::Weekday::Monday { 1.3 } else { 1.0 } * if key.season == super::hourly::Season::Moving { 1.2 } else { 1.0 };
    for s in &mut slots {
        if s.start.hour() < 11 {
            s.share *= morning;
        }
    }
    let total: f64 = slots.iter().map(|s| s.share).sum();
    let mut left = day.arrivals;
    let mut rest = 1.0;
    let mut out = Vec::with_capacity(slots.len());
    for s in &slots {
        let p = if rest > 0.0 { (s.share / total / rest).clamp(0.0, 1.0) } else { 1.0 };
        let k = (0..left).filter(|_| rng.uniform() < p).count() as u32;
        out.push((u8::try_from(s.start.hour()).unwrap_or(0), k));
        left -= k;
        rest -= s.share / total;
    }
    if let (Some(last), true) = (out.last_mut(), left > 0) {
        last.1 += left;
    }
    out
}

/// The trend is measured from 1 January 2025.
const TREND_ORIGIN: Date = Date::constant(2025, 1, 1);
const WEEKDAY: [f64; 7] = [1.30, 1.00, 0.93, 0.95, 1.08, 0.9, 0.9];
const MONTH: [f64; 12] = [1.04, 0.97, 1.02, 1.02, 0.97, 1.0, 1.0, 0.94, 0.97, 1.0, 0.98, 0.93];

#[derive(Debug, Clone)]
struct Traits {
    base: f64,
    moving_peak: f64,
    month: [f64; 12],
    trend: f64,
    alpha: f64,
}

impl Traits {
    fn of(kind: OfficeKind, queue: &Queue) -> Traits {
        let flat = [1.0; 12];
        let (base, moving_peak, trend, alpha) = match (kind, queue.id.as_str()) {
            (OfficeKind::Main, "A") => (70.0, 3.3, -0.01, 0.01),
            (OfficeKind::Main, "B") => (130.0, 1.8, -0.03, 0.01),
            (OfficeKind::Main, "C") => (18.0, 1.15, -0.01, 0.02),
            (OfficeKind::Main, "M") => (45.0, 1.5, -0.06, 0.01),
            (OfficeKind::Main, "K") => (60.0, 1.9, -0.02, 0.01),
            (OfficeKind::Main, "F") => (28.0, 1.7, -0.02, 0.02),
            (OfficeKind::Main, "L") => (20.0, 1.1, 0.02, 0.02),
            (OfficeKind::Main, "H") => (10.0, 1.2, 0.0, 0.02),
            (OfficeKind::Main, "S") => (5.0, 1.05, 0.01, 0.02),
            (OfficeKind::Main, "G") => (8.0, 1.1, 0.0, 0.02),
            (OfficeKind::Branch, "A") => (28.0, 2.8, -0.01, 0.02),
            (OfficeKind::Branch, "B") => (50.0, 1.6, -0.03, 0.015),
            _ => ((240.0 / queue.service_minutes).max(1.0), 1.3, 0.0, 0.02),
        };
        let mut month = flat;
        if kind == OfficeKind::Main && queue.id.as_str() == "K" {
            month[3] = 1.15;
            month[5] = 1.2;
        }
        Traits { base, moving_peak, month, trend, alpha }
    }
}

fn window_strength(id: &str) -> f64 {
    match id {
        "nhi-renewal" => 1.9,
        "child-rearing-allowance-renewal" => 2.2,
        "tax-certificates" => 1.35,
        "tax-return" => 1.2,
        _ => 1.4,
    }
}

/// 0 outside the moving season, 1 on its plateau (27 March – 3 April).
fn moving_shape(date: Date) -> f64 {
    let Ok(anchor) = Date::new(date.year(), 3, 31) else { return 0.0 };
    let t = f64::from(day_number(date) - day_number(anchor));
    if t < -4.0 {
        (-0.5 * ((t + 4.0) / 9.0).powi(2)).exp()
    } else if t <= 3.0 {
        1.0
    } else {
        (-0.5 * ((t - 3.0) / 6.0).powi(2)).exp()
    }
}

struct CalendarEffects {
    multiplier: f64,
}

impl CalendarEffects {
    fn of(cal: &WardCalendar, office: &str, date: Date) -> CalendarEffects {
        let mut m = 1.0;
        let before = cal.closure_run_before(office, date);
        let after = cal.closure_run_after(office, date);
        if before >= 3 {
            m *= 1.25 + 0.06 * f64::from(before.min(9) - 3);
        } else if before == 1 {
            m *= 1.12;
        }
        let previous_open = previous_open_day(cal, office, date);
        if before == 0 && previous_open.is_some_and(|p| cal.closure_run_before(office, p) >= 5) {
            m *= 1.15;
        }
        if after >= 5 {
            m *= 1.25;
        } else if after >= 3 {
            m *= 1.08;
        }
        if cal.is_first_business_day_of_month(office, date) {
            m *= 1.15;
        } else if previous_open.is_some_and(|p| p.month() == date.month() && cal.is_first_business_day_of_month(office, p)) {
            m *= 1.06;
        }
        if cal.is_last_business_day_of_month(office, date) {
            m *= 1.18;
        }
        CalendarEffects { multiplier: m }
    }
}

fn previous_open_day(cal: &WardCalendar, office: &str, date: Date) -> Option<Date> {
    let mut d = date;
    for _ in 0..crate::calendar::LONGEST_CLOSURE {
        d = d.yesterday().ok()?;
        if cal.is_open(office, d) {
            return Some(d);
        }
    }
    None
}

fn minutes(open: Time, close: Time) -> f64 {
    let m = |t: Time| f64::from(t.hour()) * 60.0 + f64::from(t.minute());
    m(close) - m(open)
}

/// xoshiro256** seeded by splitmix64: small, fast and good enough for
/// simulation (not for secrets).
#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng { s: [next(), next(), next(), next()] }
    }

    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform();
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }

    /// Gamma(shape, 1) by Marsaglia and Tsang.
    pub fn gamma(&mut self, shape: f64) -> f64 {
        if !(shape > 0.0 && shape.is_finite()) {
            return 0.0;
        }
        if shape < 1.0 {
            let u = 1.0 - self.uniform();
            return self.gamma(shape + 1.0) * u.powf(1.0 / shape);
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * d).sqrt();
        loop {
            let x = self.normal();
            let v = (1.0 + c * x).powi(3);
            if v <= 0.0 {
                continue;
            }
            let u = 1.0 - self.uniform();
            if u.ln() < 0.5 * x * x + d * (1.0 - v + v.ln()) {
                return d * v;
            }
        }
    }

    /// Poisson(λ), exactly, as a sum of small Poissons (Knuth's method).
    pub fn poisson(&mut self, lambda: f64) -> u32 {
        if !(lambda > 0.0 && lambda.is_finite()) {
            return 0;
        }
        let mut left = lambda.min(1e7);
        let mut total: u32 = 0;
        while left > 0.0 {
            let part = left.min(20.0);
            left -= part;
            let limit = (-part).exp();
            let mut p = self.uniform();
            while p > limit {
                total = total.saturating_add(1);
                p *= self.uniform();
            }
        }
        total
    }

    /// Negative binomial with mean μ and Var = μ + αμ² (a gamma–Poisson mixture).
    pub fn negative_binomial(&mut self, mu: f64, alpha: f64) -> u32 {
        if alpha <= 0.0 {
            return self.poisson(mu);
        }
        let shape = 1.0 / alpha;
        let lambda = mu * self.gamma(shape) / shape;
        self.poisson(lambda)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_deterministic_and_plausible() {
        let config = WardConfig::parse(include_str!("../../../../config/yahatanishi.toml")).expect("config");
        let cal = WardCalendar::new(&config);
        let (from, to) = (jiff::civil::date(2025, 1, 1), jiff::civil::date(2025, 12, 31));
        let a = generate(&cal, &config, from, to, 7);
        assert_eq!(a, generate(&cal, &config, from, to, 7));
        assert_ne!(a, generate(&cal, &config, from, to, 8));
        assert!(a.iter().all(|d| cal.is_open(d.office.as_str(), d.date)));
        let mean = |office: &str, queue: &str, f: &dyn Fn(Date) -> bool| {
            let v: Vec<f64> = history_of(&a, office, queue).into_iter().filter(|(d, _)| f(*d)).map(|(_, v)| v).collect();
            v.iter().sum::<f64>() / v.len().max(1) as f64
        };
        let all = |_: Date| true;
        assert!(mean("yahatanishi", "B", &all) > mean("yahatanishi", "A", &all), "certificates are the busiest");
        assert!(mean("yahatanishi", "A", &all) > mean("orio", "A", &all), "the main office is busier than a branch");
        let april = mean("yahatanishi", "A", &|d| d.month() == 3 && d.day() >= 27 || d.month() == 4 && d.day() <= 3);
        let june = mean("yahatanishi", "A", &|d| d.month() == 6);
        assert!(april > 2.5 * june, "{april} vs {june}");
        let monday = mean("yahatanishi", "B", &|d| d.weekday() == jiff::civil::Weekday::Monday && d.month() != 3 && d.month() != 4);
        let wednesday = mean("yahatanishi", "B", &|d| d.weekday() == jiff::civil::Weekday::Wednesday && d.month() != 3 && d.month() != 4);
        assert!(monday > 1.2 * wednesday, "{monday} vs {wednesday}");
    }

    #[test]
    fn the_samplers_have_the_right_moments() {
        let mut rng = Rng::new(1);
        let n = 20_000;
        let draws: Vec<f64> = (0..n).map(|_| f64::from(rng.negative_binomial(50.0, 0.04))).collect();
        let mean = draws.iter().sum::<f64>() / n as f64;
        let var = draws.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64;
        assert!((mean - 50.0).abs() < 0.5, "{mean}");
        // μ + αμ² = 150.
        assert!((var - 150.0).abs() < 10.0, "{var}");
        let p: Vec<f64> = (0..n).map(|_| f64::from(rng.poisson(300.0))).collect();
        let pm = p.iter().sum::<f64>() / n as f64;
        assert!((pm - 300.0).abs() < 1.0, "{pm}");
    }

    #[test]
    fn hour_splits_add_up() {
        let day = SynthDay { date: jiff::civil::date(2025, 6, 2), office: OfficeId::parse("x").expect("id"), queue: QueueId::parse("A").expect("id"), arrivals: 137, expected: 137.0 };
        let mut rng = Rng::new(3);
        let hours = split_hours(&day, Time::constant(8, 30, 0, 0), Time::constant(17, 15, 0, 0), &mut rng);
        assert_eq!(hours.iter().map(|h| h.1).sum::<u32>(), 137);
        assert_eq!(hours.first().map(|h| h.0), Some(8));
    }
}
