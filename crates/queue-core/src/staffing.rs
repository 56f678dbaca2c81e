//! How many counters to open: the M/M/c queue and Erlang C, and Erlang A
//! for residents who give up waiting.
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

/// The most counters [`fewest_counters`] searches: no office has more.
pub const MAX_COUNTERS: u32 = 100_000;

/// The most counters advised in a forecast: a whole ward office is a few
/// dozen counters, and a load that needs more than this is answered with it
/// (see [`fewest_counters_up_to`]) rather than searched for.
pub const MAX_ADVISED_COUNTERS: u32 = 500;

/// The fewest counters that serve `target_share` of residents within
/// `target_wait_minutes`, searching up to [`MAX_COUNTERS`].
pub fn fewest_counters(arrivals_per_hour: f64, service_minutes: f64, target_wait_minutes: f64, target_share: f64) -> Result<Staffing, StaffingError> {
    fewest_counters_up_to(arrivals_per_hour, service_minutes, target_wait_minutes, target_share, MAX_COUNTERS)
}

/// The fewest counters, at most `max`, that serve `target_share` of
/// residents within `target_wait_minutes`; [`StaffingError::TooMany`] when
/// even `max` would not.
///
/// The work is bounded by `max`, whatever the load: the limit is checked
/// before each step, a load that needs more than `max` counters just to be
/// stable (c > A) is refused without any step, and Erlang B is carried from
/// one count to the next (B(c+1) from B(c)), so the whole search costs
/// O(max) rather than O(max²).
pub fn fewest_counters_up_to(arrivals_per_hour: f64, service_minutes: f64, target_wait_minutes: f64, target_share: f64, max: u32) -> Result<Staffing, StaffingError> {
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
    // The fewest counters with a steady state; `a` may be huge or infinite,
    // so compare before converting (NaN never gets past).
    if a.is_nan() || a >= f64::from(max) {
        return Err(StaffingError::TooMany(max));
    }
    let first = (a.floor() as u32).saturating_add(1).max(1);
    // Erlang B up to `first`, then one step per further counter.
    let mut b = 1.0;
    for k in 1..=first {
        b = a * b / (f64::from(k) + a * b);
    }
    let mut c = first;
    loop {
        let s = from_erlang_b(c, b, a, service_minutes, target_wait_minutes);
        if s.share_within_target >= target_share {
            return Ok(s);
        }
        if c >= max {
            return Err(StaffingError::TooMany(max));
        }
        c += 1;
        b = a * b / (f64::from(c) + a * b);
    }
}

/// [`evaluate`] for `c > a`, given Erlang B of `c` servers.
fn from_erlang_b(counters: u32, b: f64, a: f64, service_minutes: f64, target_wait_minutes: f64) -> Staffing {
    let c = f64::from(counters);
    let pw = c * b / (c - a * (1.0 - b));
    let mean = pw * service_minutes / (c - a);
    let share = 1.0 - pw * (-(c - a) * target_wait_minutes / service_minutes).exp();
    Staffing { counters, probability_of_waiting: pw, mean_wait_minutes: mean, share_within_target: share.clamp(0.0, 1.0) }
}

/// The performance of `counters` counters when residents give up: Erlang A
/// (M/M/c+M), each waiting resident leaving after an exponential patience.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Abandonment {
    pub counters: u32,
    pub patience_minutes: f64,
    /// Share of arrivals who find every counter busy.
    pub probability_of_waiting: f64,
    /// Share of arrivals who leave before they are served.
    pub probability_of_abandoning: f64,
    /// Mean time in line over all arrivals (those who leave included).
    pub mean_wait_minutes: f64,
}

/// Erlang A from the birth–death chain of the number of residents present:
/// arrivals at λ, departures at `min(n, c)·μ` (served) plus `max(n − c, 0)·θ`
/// (giving up, θ = 1/patience). The chain is stable for any load, since the
/// line sheds residents as it grows. Its distribution is summed in logs
/// (no overflow at hundreds of counters) until the terms are negligible.
/// Arrivals see the stationary distribution (PASTA): P(wait) = P(n ≥ c);
/// the rate of giving up is θ·E[line], so P(abandon) = θ·E[line]/λ, and the
/// mean wait is E[line]/λ (Little).
pub fn erlang_a(counters: u32, arrivals_per_hour: f64, service_minutes: f64, patience_minutes: f64) -> Abandonment {
    let none = Abandonment { counters, patience_minutes, probability_of_waiting: 0.0, probability_of_abandoning: 0.0, mean_wait_minutes: 0.0 };
    let lambda = arrivals_per_hour / 60.0;
    let positive = |x: f64| x.is_finite() && x > 0.0;
    if !positive(lambda) || !positive(service_minutes) || !positive(patience_minutes) {
        return none;
    }
    let (mu, theta, c) = (1.0 / service_minutes, 1.0 / patience_minutes, u64::from(counters));
    // log π_n, unnormalised; stop well past the mode once terms are < e^-40 of the largest.
    let mut logs = vec![0.0f64];
    let mut peak = 0.0f64;
    for n in 1u64..20_000_000 {
        let departures = mu * n.min(c) as f64 + theta * n.saturating_sub(c) as f64;
        let next = logs[logs.len() - 1] + lambda.ln() - departures.ln();
        peak = peak.max(next);
        logs.push(next);
        if n > c && next < peak - 40.0 {
            break;
        }
    }
    let total: f64 = logs.iter().map(|l| (l - peak).exp()).sum();
    let p = |n: usize| (logs[n] - peak).exp() / total;
    let c = counters as usize;
    let waiting: f64 = (c..logs.len()).map(p).sum();
    let line: f64 = (c..logs.len()).map(|n| (n - c) as f64 * p(n)).sum();
    Abandonment {
        counters,
        patience_minutes,
        probability_of_waiting: waiting.clamp(0.0, 1.0),
        probability_of_abandoning: (theta * line / lambda).clamp(0.0, 1.0),
        mean_wait_minutes: line / lambda,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erlang_a_with_patience_equal_to_service_is_the_poisson_of_m_m_infinity() {
        // θ = μ: departures are n·μ in every state, the M/M/∞ chain, so the
        // number present is Poisson(a) and P(wait) = P(Poisson(a) ≥ c).
        let (a, c) = (12.0f64, 10u32);
        let mut term = (-a).exp();
        let mut below = 0.0;
        for k in 0..c {
            if k > 0 {
                term *= a / f64::from(k);
            }
            below += term;
        }
        let e = erlang_a(c, a * 6.0, 10.0, 10.0);
        assert!((e.probability_of_waiting - (1.0 - below)).abs() < 1e-9, "{e:?} vs {}", 1.0 - below);
    }

    #[test]
    fn erlang_a_with_endless_patience_is_erlang_c() {
        let e = erlang_a(55, 48.0 * 6.0, 10.0, 1e7);
        assert!((e.probability_of_waiting - erlang_c(55, 48.0)).abs() < 1e-4, "{e:?}");
        assert!(e.probability_of_abandoning < 1e-5);
        let c = evaluate(55, 48.0 * 6.0, 10.0, 1.0);
        assert!((e.mean_wait_minutes - c.mean_wait_minutes).abs() < 1e-3, "{e:?} vs {c:?}");
    }

    #[test]
    fn erlang_a_stays_finite_when_erlang_c_cannot() {
        // 30 Erlangs on 25 counters: Erlang C has no steady state; with 20
        // minutes' patience the line sheds the excess.
        let e = erlang_a(25, 180.0, 10.0, 20.0);
        assert!(e.probability_of_waiting > 0.9 && e.probability_of_waiting <= 1.0, "{e:?}");
        // At least the excess 5 of 30 Erlangs must leave: 1/6 of arrivals.
        assert!(e.probability_of_abandoning > 1.0 / 6.0 && e.probability_of_abandoning < 0.5, "{e:?}");
        assert!(e.mean_wait_minutes.is_finite() && e.mean_wait_minutes > 0.0);
        // Less patience, more leave and the rest wait less; many counters, nobody leaves.
        let impatient = erlang_a(25, 180.0, 10.0, 5.0);
        assert!(impatient.probability_of_abandoning > e.probability_of_abandoning);
        assert!(impatient.mean_wait_minutes < e.mean_wait_minutes);
        let big = erlang_a(400, 180.0 * 10.0, 10.0, 20.0);
        assert!(big.probability_of_abandoning < 0.01 && big.probability_of_waiting.is_finite(), "{big:?}");
    }

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
    fn the_bounded_search_agrees_with_evaluate() {
        for (rate, service, wait, share) in [(120.0, 6.0, 20.0, 0.8), (288.0, 10.0, 2.0, 0.8), (5.0, 30.0, 0.0, 0.5), (1800.0, 12.0, 1.0, 0.95)] {
            let s = fewest_counters_up_to(rate, service, wait, share, MAX_ADVISED_COUNTERS).expect("staffing");
            let e = evaluate(s.counters, rate, service, wait);
            assert!((s.probability_of_waiting - e.probability_of_waiting).abs() < 1e-9, "{s:?} vs {e:?}");
            assert!((s.share_within_target - e.share_within_target).abs() < 1e-9, "{s:?} vs {e:?}");
            assert!(s.share_within_target >= share && evaluate(s.counters - 1, rate, service, wait).share_within_target < share, "{s:?}");
        }
    }

    #[test]
    fn loads_beyond_the_limit_are_refused_without_searching() {
        // 4,294,967,295 a day (the largest u32, once accepted by the import)
        // in an hour: about 7·10⁸ Erlangs. Erlang C of that many counters is
        // 7·10⁸ steps per evaluation; the bound refuses before any.
        let huge = f64::from(u32::MAX);
        assert_eq!(fewest_counters_up_to(huge, 10.0, 20.0, 0.8, MAX_ADVISED_COUNTERS), Err(StaffingError::TooMany(MAX_ADVISED_COUNTERS)));
        assert_eq!(fewest_counters(huge, 10.0, 20.0, 0.8), Err(StaffingError::TooMany(MAX_COUNTERS)));
        assert_eq!(fewest_counters(1e300, 1e300, 20.0, 0.8), Err(StaffingError::TooMany(MAX_COUNTERS)));
        // Just stable at the limit but short of the target: refused at the limit.
        assert_eq!(fewest_counters_up_to(499.5 * 6.0, 10.0, 20.0, 0.99, MAX_ADVISED_COUNTERS), Err(StaffingError::TooMany(MAX_ADVISED_COUNTERS)));
    }

    #[test]
    fn bad_inputs_are_refused() {
        assert!(fewest_counters(-1.0, 5.0, 10.0, 0.8).is_err());
        assert!(fewest_counters(10.0, 0.0, 10.0, 0.8).is_err());
        assert!(fewest_counters(10.0, 5.0, 10.0, 1.0).is_err());
        assert!(fewest_counters(f64::NAN, 5.0, 10.0, 0.8).is_err());
    }
}
