//! Quantiles of the negative-binomial distribution with mean μ and
//! dispersion α (Var = μ + αμ²; α = 0 is Poisson).
//!
//! Counts are whole numbers, so a 10% quantile of a count is a step that
//! covers more than 10%. To make p10/p90 honest we report the quantiles of
//! the count spread uniformly over its unit interval (Y + U, U ~ U(−½, ½)):
//! a whole count then falls inside [p10, p90] about 80% of the time, and the
//! bounds move smoothly with μ.

/// Above this standard deviation a normal approximation is used (it only
/// happens with implausibly large counts, and keeps the work bounded).
const NORMAL_ABOVE_SD: f64 = 2_000.0;

/// The continuous `q`-quantiles (each in (0, 1)) of NB(μ, α).
pub(crate) fn quantiles<const N: usize>(mu: f64, alpha: f64, qs: [f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    if !(mu > 1e-9 && mu.is_finite()) {
        return out;
    }
    let alpha = if alpha.is_finite() { alpha.max(0.0) } else { 0.0 };
    let sd = (mu + alpha * mu * mu).sqrt();
    if sd > NORMAL_ABOVE_SD {
        for (o, q) in out.iter_mut().zip(qs) {
            *o = (mu + normal_quantile(q) * sd).max(0.0);
        }
        return out;
    }
    let pmf = relative_pmf(mu, alpha);
    let total: f64 = pmf.probs.iter().sum();
    for (o, q) in out.iter_mut().zip(qs) {
        let target = q * total;
        let mut cum = 0.0;
        let mut z = (pmf.first + pmf.probs.len()) as f64 - 0.5;
        for (i, p) in pmf.probs.iter().enumerate() {
            if cum + p >= target {
                z = (pmf.first + i) as f64 - 0.5 + if *p > 0.0 { (target - cum) / p } else { 0.0 };
                break;
            }
            cum += p;
        }
        *o = z.max(0.0);
    }
    out
}

struct Pmf {
    first: usize,
    /// Unnormalised probabilities of `first`, `first + 1`, …
    probs: Vec<f64>,
}

/// The pmf around its mode, by the ratio p(k+1)/p(k), cut where it falls
/// below 1e-13 of the mode.
fn relative_pmf(mu: f64, alpha: f64) -> Pmf {
    let poisson = alpha < 1e-12;
    let r = if poisson { f64::INFINITY } else { 1.0 / alpha };
    let ratio = |k: f64| if poisson { mu / (k + 1.0) } else { (k + r) / (k + 1.0) * mu / (mu + r) };
    let mode = if poisson { mu.floor() } else if r > 1.0 { (mu * (r - 1.0) / r).floor() } else { 0.0 };
    let mode = mode.max(0.0) as usize;
    const TINY: f64 = 1e-13;
    let mut up = vec![1.0];
    let mut p = 1.0;
    let mut k = mode;
    while p > TINY && up.len() < 200_000 {
        p *= ratio(k as f64);
        up.push(p);
        k += 1;
    }
    let mut down = Vec::new();
    p = 1.0;
    k = mode;
    while k > 0 && p > TINY && down.len() < 200_000 {
        k -= 1;
        p /= ratio(k as f64);
        down.push(p);
    }
    let first = mode - down.len();
    down.reverse();
    down.extend(up);
    Pmf { first, probs: down }
}

/// The standard normal quantile (Acklam's rational approximation,
/// relative error below 1.2e-9). The coefficients are his, as published.
#[allow(clippy::excessive_precision)]
pub(crate) fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    const B: [f64; 5] = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    const C: [f64; 6] = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    const D: [f64; 4] = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
    let p = p.clamp(1e-300, 1.0 - 1e-16);
    let low = 0.02425;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        let q = (-2.0 * (1.0 - p).ln()).sqrt();
        -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_quantiles_bracket_the_mean() {
        let [lo, mid, hi] = quantiles(100.0, 0.0, [0.1, 0.5, 0.9]);
        // Normal approximation: 100 ± 1.2816·10.
        assert!((lo - 87.2).abs() < 1.0, "{lo}");
        assert!((mid - 100.0).abs() < 1.0, "{mid}");
        assert!((hi - 112.8).abs() < 1.0, "{hi}");
    }

    #[test]
    fn dispersion_widens_the_interval() {
        let [lo, hi] = quantiles(100.0, 0.05, [0.1, 0.9]);
        // sd = √(100 + 500) ≈ 24.5.
        assert!(hi - lo > 55.0 && hi - lo < 70.0, "{lo} {hi}");
        assert!(lo > 0.0);
    }

    #[test]
    fn small_and_degenerate_means() {
        assert_eq!(quantiles(0.0, 0.1, [0.1, 0.9]), [0.0, 0.0]);
        assert_eq!(quantiles(f64::NAN, 0.1, [0.1, 0.9]), [0.0, 0.0]);
        let [lo, hi] = quantiles(0.5, 0.0, [0.1, 0.9]);
        assert!(lo == 0.0 && hi > 0.5 && hi < 2.0, "{lo} {hi}");
        let [lo, hi] = quantiles(1e9, 0.01, [0.1, 0.9]);
        assert!(lo < 1e9 && hi > 1e9 && lo > 0.0);
    }

    #[test]
    fn whole_counts_fall_inside_the_interval_about_eighty_percent_of_the_time() {
        for &(mu, alpha) in &[(3.0, 0.0), (6.0, 0.05), (25.0, 0.02), (150.0, 0.01)] {
            let [lo, hi] = quantiles(mu, alpha, [0.1, 0.9]);
            let pmf = relative_pmf(mu, alpha);
            let total: f64 = pmf.probs.iter().sum();
            let inside: f64 = pmf.probs.iter().enumerate().filter(|(i, _)| {
                let k = (pmf.first + i) as f64;
                lo <= k && k <= hi
            }).map(|(_, p)| p).sum::<f64>() / total;
            assert!((0.72..=0.88).contains(&inside), "μ={mu} α={alpha}: {inside}");
        }
    }

    #[test]
    fn normal_quantiles() {
        assert!((normal_quantile(0.9) - 1.281_551_565).abs() < 1e-6);
        assert!((normal_quantile(0.5)).abs() < 1e-12);
        assert!((normal_quantile(0.01) + 2.326_347_874).abs() < 1e-6);
    }
}
