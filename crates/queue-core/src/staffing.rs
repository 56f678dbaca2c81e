//! How many counters to open: the M/M/c queue and Erlang C.
//!
//! With arrivals at rate λ and mean service time S, the offered load is
//! A = λ·S Erlangs. With c counters (c > A), Erlang C gives the probability
//! that a resident has to wait at all, and waiting times are exponential:
//! P(wait > t) = C · e^{−(c−A)·t/S}. The Erlang B recursion
//! B(k) = A·B(k−1) / (k + A·B(k−1)) keeps every step between 0 and 1, so
//! nothing overflows however large c gets.

use serde::Serialize;

/// The performance of `counters` counters under a load.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Staffing {
    pub counters: u32,
    pub probability_of_waiting: f64,
    pub mean_wait_minutes: f64,
    pub share_within_target: f64,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StaffingError {
    #[error("{0} must be a finite number at least 0")]
    Negative(&'static str),
    #[error("service minutes must be above 0")]
    NoServiceTime,
    #[error("the target share must be above 0 and below 1")]
    Share,
    #[error("more than {0} counters would be needed")]
    TooMany(u32),
}

/// Erlang C: the probability of waiting with `c` servers and `a` Erlangs,
/// 1 when the queue is unstable (c ≤ a).
pub fn erlang_c(c: u32, a: f64) -> f64 {
    if a <= 0.0 {
        return 0.0;
    }
    if f64::from(c) <= a {
        return 1.0;
    }
    let mut b = 1.0;
    for k in 1..=c {
        b = a * b / (f64::from(k) + a * b);
    }
    let c = f64::from(c);
    c * b / (c - a * (1.0 - b))
}

/// The figures for `counters` counters.
pub fn evaluate(counters: u32, arrivals_per_hour: f64, service_minutes: f64, target_wait_minutes: f64) -> Staffing {
    let a = arrivals_per_hour / 60.0 * service_minutes;
    let pw = erlang_c(counters, a);
    let c = f64::from(counters);
    if a <= 0.0 {
        return Staffing { counters, probability_of_waiting: 0.0, mean_wait_minutes: 0.0, share_within_target: 1.0 };
    }
    if c <= a {
        return Staffing { counters, probability_of_waiting: 1.0, mean_wait_minutes: f64::INFINITY, share_within_target: 0.0 };
    }
    let mean = pw * service_minutes / (c - a);
    let share = 1.0 - pw * (-(c - a) * target_wait_minutes / service_minutes).exp();
    Staffing { counters, probability_of_waiting: pw, mean_wait_minutes: mean, share_within_target: share.clamp(0.0, 1.0) }
}

/// The fewest counters that serve `target_share` of residents within
/// `target_wait_minutes`.
pub fn fewest_counters(arrivals_per_hour: f64, service_minutes: f64, target_wait_minutes: f64, target_share: f64) -> Result<Staffing, StaffingError> {
    const LIMIT: u32 = 100_000;
    if !(arrivals_per_hour.is_finite() && arrivals_per_hour >= 0.0) {
        return Err(StaffingError::Negative("arrivals per hour"));
    }
    if !(service_minutes.is_finite() && service_minutes > 0.0) {
        return Err(StaffingError::NoServiceTime);
    }
    if !(target_wait_minutes.is_finite() && target_wait_minutes >= 0.0) {
        return Err(StaffingError::Negative("target wait minutes"));
    }
    if !(target_share > 0.0 && target_share < 1.0) {
        return Err(StaffingError::Share);
    }
    if arrivals_per_hour == 0.0 {
        return Ok(evaluate(0, 0.0, service_minutes, target_wait_minutes));
    }
    let a = arrivals_per_hour / 60.0 * service_minutes;
    let mut c = (a.floor() as u32).saturating_add(1).max(1);
    loop {
        let s = evaluate(c, arrivals_per_hour, service_minutes, target_wait_minutes);
        if s.share_within_target >= target_share {
            return Ok(s);
        }
        if c >= LIMIT {
            return Err(StaffingError::TooMany(LIMIT));
        }
        c += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_erlang_c_value() {
        // 48 Erlangs on 55 servers: probability of waiting ≈ 0.2387.
        let p = erlang_c(55, 48.0);
        assert!((p - 0.2387).abs() < 0.0005, "{p}");
    }

    #[test]
    fn one_server_is_the_load() {
        // M/M/1: P(wait) = ρ.
        assert!((erlang_c(1, 0.6) - 0.6).abs() < 1e-12);
    }

    #[test]
    fn huge_loads_do_not_overflow() {
        let p = erlang_c(5000, 4900.0);
        assert!(p.is_finite() && p > 0.0 && p < 1.0, "{p}");
    }

    #[test]
    fn fewest_counters_meets_the_target_and_one_fewer_does_not() {
        let s = fewest_counters(120.0, 6.0, 20.0, 0.8).expect("staffing");
        assert!(s.share_within_target >= 0.8);
        let fewer = evaluate(s.counters - 1, 120.0, 6.0, 20.0);
        assert!(fewer.share_within_target < 0.8);
        assert_eq!(s.counters, 13);
    }

    #[test]
    fn bad_inputs_are_refused() {
        assert!(fewest_counters(-1.0, 5.0, 10.0, 0.8).is_err());
        assert!(fewest_counters(10.0, 0.0, 10.0, 0.8).is_err());
        assert!(fewest_counters(10.0, 5.0, 10.0, 1.0).is_err());
        assert!(fewest_counters(f64::NAN, 5.0, 10.0, 0.8).is_err());
    }
}
