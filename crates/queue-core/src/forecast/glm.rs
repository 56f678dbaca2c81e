//! Penalised negative-binomial regression with a log link, by iteratively
//! reweighted least squares (IRLS), on sparse rows.
//!
//! For a fixed dispersion α (Var y = μ + αμ²), each IRLS step solves
//! (XᵀWX + P) β = XᵀWz + Pβ₀ with W = μ/(1+αμ) and the working response
//! z = η − offset + (y − μ)/μ; β₀ and P are the prior mean and precision
//! (the penalty ½(β − β₀)ᵀP(β − β₀)).
//! α starts at 0 (Poisson) and is re-estimated by moments from the fitted
//! means, each squared residual divided by 1 − its leverage (a fitted model
//! hugs its own data), then the means are refitted: three rounds are plenty.
//! The last round also estimates α per regime (ordinary days, the moving
//! season), shrunk towards the overall α: the spring peak varies from year
//! to year more than an ordinary Tuesday does.

use super::design::Row;

/// Rows stored flat: column indices and values, with one offset per row.
#[derive(Debug, Default, Clone)]
pub(crate) struct Rows {
    cols: Vec<(u16, f64)>,
    starts: Vec<usize>,
    offsets: Vec<f64>,
    regimes: Vec<usize>,
}

impl Rows {
    pub fn push(&mut self, row: &Row) {
        self.starts.push(self.cols.len());
        self.cols.extend(row.cols.iter().map(|&(i, v)| (u16::try_from(i).unwrap_or(u16::MAX), v)));
        self.offsets.push(row.offset);
        self.regimes.push(row.regime);
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    fn row(&self, i: usize) -> &[(u16, f64)] {
        let end = self.starts.get(i + 1).copied().unwrap_or(self.cols.len());
        &self.cols[self.starts[i]..end]
    }
}

/// A Gaussian prior on the coefficients: mean and precision (row-major).
#[derive(Debug, Clone)]
pub(crate) struct Prior {
    pub mean: Vec<f64>,
    pub precision: Vec<f64>,
}

/// A fitted model.
#[derive(Debug, Clone)]
pub(crate) struct Fitted {
    pub beta: Vec<f64>,
    /// The dispersion of each regime, for intervals.
    pub regime_alpha: Vec<f64>,
    /// (XᵀWX + P)⁻¹: the posterior covariance of β, row-major.
    pub cov: Vec<f64>,
    /// Effective degrees of freedom: tr((XᵀWX + P)⁻¹ XᵀWX).
    pub edf: f64,
}

/// Dispersion is kept in this range: above it a day's count says little.
const MAX_ALPHA: f64 = 4.0;
/// A regime's own dispersion counts as many days as it has; the overall one
/// as this many more.
const REGIME_PRIOR_DAYS: f64 = 20.0;

pub(crate) fn fit(rows: &Rows, y: &[f64], prior: &Prior, regimes: usize) -> Fitted {
    let p = prior.mean.len();
    let penalty = prior.precision.as_slice();
    let n = rows.len();
    let mean = y.iter().sum::<f64>() / n.max(1) as f64;
    let mean_offset = rows.offsets.iter().sum::<f64>() / n.max(1) as f64;
    let mut beta = prior.mean.clone();
    beta[super::design::INTERCEPT] = (mean + 0.1).ln() - mean_offset;
    let mut alpha = 0.0;
    let mut edf = p as f64;
    let mut regime_alpha = vec![0.0; regimes];
    let mut cov = vec![0.0; p * p];
    let mut eta = vec![0.0; n];
    for round in 0..3 {
        let mut objective = penalised_loss(rows, y, &beta, alpha, prior, &mut eta);
        for _ in 0..50 {
            let (a, b) = normal_equations(rows, y, &beta, alpha, prior);
            let Some(chol) = cholesky(&a, p) else { break };
            let proposal = solve(&chol, p, &b);
            // Step halving keeps every accepted step an improvement.
            let mut step = 1.0;
            let mut accepted = false;
            for _ in 0..20 {
                let trial: Vec<f64> = beta.iter().zip(&proposal).map(|(o, n)| o + step * (n - o)).collect();
                let loss = penalised_loss(rows, y, &trial, alpha, prior, &mut eta);
                if loss.is_finite() && loss <= objective + 1e-9 * objective.abs().max(1.0) {
                    let change = trial.iter().zip(&beta).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
                    beta = trial;
                    let improvement = objective - loss;
                    objective = loss;
                    accepted = true;
                    if change < 1e-7 || improvement.abs() < 1e-10 * objective.abs().max(1.0) {
                        step = 0.0;
                    }
                    break;
                }
                step /= 2.0;
            }
            if !accepted || step == 0.0 {
                break;
            }
        }
        // Covariance and effective degrees of freedom at the optimum.
        let (a, _) = normal_equations(rows, y, &beta, alpha, prior);
        if let Some(chol) = cholesky(&a, p) {
            cov = inverse(&chol, p);
            let tr_cov_p: f64 = (0..p).map(|i| (0..p).map(|j| cov[i * p + j] * penalty[j * p + i]).sum::<f64>()).sum();
            edf = (p as f64 - tr_cov_p).clamp(1.0, p as f64);
        }
        let (overall, by_regime) = estimate_alpha(rows, y, &beta, alpha, &cov, regimes);
        if round < 2 {
            alpha = overall;
        } else {
            regime_alpha = by_regime;
        }
    }
    Fitted { beta, regime_alpha, cov, edf }
}

/// Method of moments: E[(y−μ)²] = μ + αμ², so α = (Σ(y−μ)²/(1−h) − Σμ) / Σμ²,
/// with h the leverage of each day. Overall, and per regime.
fn estimate_alpha(rows: &Rows, y: &[f64], beta: &[f64], alpha: f64, cov: &[f64], regimes: usize) -> (f64, Vec<f64>) {
    let p = beta.len();
    // Per regime: (Σ corrected squares, Σμ, Σμ², days).
    let mut sums = vec![(0.0, 0.0, 0.0, 0.0); regimes.max(1)];
    for (i, yi) in y.iter().enumerate() {
        let mu = linear(rows, i, beta).exp();
        let w = mu / (1.0 + alpha * mu);
        let row = rows.row(i);
        let mut quad = 0.0;
        for &(j, vj) in row {
            for &(k, vk) in row {
                quad += vj * cov[usize::from(j) * p + usize::from(k)] * vk;
            }
        }
        let h = (w * quad).clamp(0.0, 0.9);
        let r = rows.regimes[i].min(sums.len() - 1);
        let s = &mut sums[r];
        s.0 += (yi - mu) * (yi - mu) / (1.0 - h);
        s.1 += mu;
        s.2 += mu * mu;
        s.3 += 1.0;
    }
    let estimate = |sq: f64, sum_mu: f64, sum_mu2: f64| {
        let a = (sq - sum_mu) / sum_mu2.max(1e-12);
        if a.is_finite() { a.clamp(0.0, MAX_ALPHA) } else { 0.0 }
    };
    let total = sums.iter().fold((0.0, 0.0, 0.0), |t, s| (t.0 + s.0, t.1 + s.1, t.2 + s.2));
    let overall = estimate(total.0, total.1, total.2);
    let by_regime = sums
        .iter()
        .take(regimes)
        .map(|s| if s.3 > 0.0 { (s.3 * estimate(s.0, s.1, s.2) + REGIME_PRIOR_DAYS * overall) / (s.3 + REGIME_PRIOR_DAYS) } else { overall })
        .collect();
    (overall, by_regime)
}

/// η = offset + xᵀβ for row `i`, kept in a range where exp is finite.
fn linear(rows: &Rows, i: usize, beta: &[f64]) -> f64 {
    let eta = rows.offsets[i] + rows.row(i).iter().map(|&(j, v)| beta[usize::from(j)] * v).sum::<f64>();
    eta.clamp(-30.0, 30.0)
}

fn normal_equations(rows: &Rows, y: &[f64], beta: &[f64], alpha: f64, prior: &Prior) -> (Vec<f64>, Vec<f64>) {
    let p = prior.mean.len();
    let mut a = prior.precision.clone();
    let mut b: Vec<f64> = (0..p).map(|i| (0..p).map(|j| prior.precision[i * p + j] * prior.mean[j]).sum()).collect();
    for (i, yi) in y.iter().enumerate() {
        let eta = linear(rows, i, beta);
        let mu = eta.exp().max(1e-10);
        let w = mu / (1.0 + alpha * mu);
        let z = eta - rows.offsets[i] + (yi - mu) / mu;
        let row = rows.row(i);
        for &(j, vj) in row {
            let j = usize::from(j);
            b[j] += w * vj * z;
            let wv = w * vj;
            for &(k, vk) in row {
                let k = usize::from(k);
                if k >= j {
                    a[j * p + k] += wv * vk;
                }
            }
        }
    }
    // Only the upper triangle was accumulated (the penalty is symmetric).
    for j in 0..p {
        for k in 0..j {
            a[j * p + k] = a[k * p + j];
        }
    }
    (a, b)
}

/// −log-likelihood (up to a constant) + ½(β − β₀)ᵀP(β − β₀). `eta` is scratch space.
fn penalised_loss(rows: &Rows, y: &[f64], beta: &[f64], alpha: f64, prior: &Prior, eta: &mut [f64]) -> f64 {
    let p = beta.len();
    let d: Vec<f64> = beta.iter().zip(&prior.mean).map(|(b, m)| b - m).collect();
    let mut loss = 0.0;
    for (i, yi) in y.iter().enumerate() {
        eta[i] = linear(rows, i, beta);
        let mu = eta[i].exp();
        loss -= if alpha > 0.0 {
            let r = 1.0 / alpha;
            yi * (mu / (mu + r)).ln() - r * (1.0 + mu / r).ln()
        } else {
            yi * eta[i] - mu
        };
    }
    let mut quad = 0.0;
    for i in 0..p {
        for j in 0..p {
            quad += d[i] * prior.precision[i * p + j] * d[j];
        }
    }
    loss + 0.5 * quad
}

/// The lower Cholesky factor of a symmetric positive-definite matrix.
pub(crate) fn cholesky(a: &[f64], p: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0; p * p];
    for i in 0..p {
        for j in 0..=i {
            let mut s = a[i * p + j];
            for k in 0..j {
                s -= l[i * p + k] * l[j * p + k];
            }
            if i == j {
                if !(s > 0.0 && s.is_finite()) {
                    return None;
                }
                l[i * p + i] = s.sqrt();
            } else {
                l[i * p + j] = s / l[j * p + j];
            }
        }
    }
    Some(l)
}

/// Solves L Lᵀ x = b.
pub(crate) fn solve(l: &[f64], p: usize, b: &[f64]) -> Vec<f64> {
    let mut y = vec![0.0; p];
    for i in 0..p {
        let mut s = b[i];
        for k in 0..i {
            s -= l[i * p + k] * y[k];
        }
        y[i] = s / l[i * p + i];
    }
    let mut x = vec![0.0; p];
    for i in (0..p).rev() {
        let mut s = y[i];
        for k in i + 1..p {
            s -= l[k * p + i] * x[k];
        }
        x[i] = s / l[i * p + i];
    }
    x
}

fn inverse(l: &[f64], p: usize) -> Vec<f64> {
    let mut inv = vec![0.0; p * p];
    let mut e = vec![0.0; p];
    for j in 0..p {
        e.iter_mut().for_each(|v| *v = 0.0);
        e[j] = 1.0;
        let col = solve(l, p, &e);
        for i in 0..p {
            inv[i * p + j] = col[i];
        }
    }
    inv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cholesky_solves_a_small_system() {
        let a = [4.0, 2.0, 2.0, 3.0];
        let l = cholesky(&a, 2).expect("positive definite");
        let x = solve(&l, 2, &[2.0, 1.0]);
        assert!((4.0 * x[0] + 2.0 * x[1] - 2.0).abs() < 1e-12);
        assert!((2.0 * x[0] + 3.0 * x[1] - 1.0).abs() < 1e-12);
        assert!(cholesky(&[1.0, 2.0, 2.0, 1.0], 2).is_none());
    }

    #[test]
    fn recovers_a_poisson_mean_and_an_effect() {
        // Two groups with means 20 and 40: β = (ln 20, ln 2).
        let mut rows = Rows::default();
        let mut y = Vec::new();
        for i in 0..400 {
            let on = i % 2 == 1;
            let mut r = Row { cols: vec![(0, 1.0)], offset: 0.0, regime: 0 };
            if on {
                r.cols.push((1, 1.0));
            }
            rows.push(&r);
            // Deterministic values around the means, with no extra dispersion.
            let base = if on { 40.0 } else { 20.0 };
            y.push(base + [-3.0, 3.0, -1.0, 1.0][(i / 2) % 4]);
        }
        let prior = Prior { mean: vec![0.0; 2], precision: vec![0.0, 0.0, 0.0, 1e-6] };
        let f = fit(&rows, &y, &prior, 1);
        assert!((f.beta[0] - 20f64.ln()).abs() < 1e-6, "{:?}", f.beta);
        assert!((f.beta[1] - 2f64.ln()).abs() < 1e-4, "{:?}", f.beta);
        assert!(f.regime_alpha[0] < 0.01, "{:?}", f.regime_alpha);
    }
}
