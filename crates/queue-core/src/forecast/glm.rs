//! Penalised negative-binomial regression with a log link, by iteratively
//! reweighted least squares (IRLS), on sparse rows.
//!
//! For a fixed dispersion α (Var y = μ + αμ²), each IRLS step solves
//! (XᵀWX + P) β = XᵀWz with W = μ/(1+αμ) and the working response
//! z = η − offset + (y − μ)/μ; P is the prior precision from the design.
//! α starts at 0 (Poisson) and is re-estimated by moments from the fitted
//! means, corrected for the effective degrees of freedom, then the means are
//! refitted: three rounds are plenty.

use super::design::Row;

/// Rows stored flat: column indices and values, with one offset per row.
#[derive(Debug, Default, Clone)]
pub(crate) struct Rows {
    cols: Vec<(u16, f64)>,
    starts: Vec<usize>,
    offsets: Vec<f64>,
}

impl Rows {
    pub fn push(&mut self, row: &Row) {
        self.starts.push(self.cols.len());
        self.cols.extend(row.cols.iter().map(|&(i, v)| (u16::try_from(i).unwrap_or(u16::MAX), v)));
        self.offsets.push(row.offset);
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    fn row(&self, i: usize) -> &[(u16, f64)] {
        let end = self.starts.get(i + 1).copied().unwrap_or(self.cols.len());
        &self.cols[self.starts[i]..end]
    }
}

/// A fitted model.
#[derive(Debug, Clone)]
pub(crate) struct Fitted {
    pub beta: Vec<f64>,
    pub alpha: f64,
    /// (XᵀWX + P)⁻¹: the posterior covariance of β, row-major.
    pub cov: Vec<f64>,
    /// Effective degrees of freedom: tr((XᵀWX + P)⁻¹ XᵀWX).
    pub edf: f64,
}

/// Dispersion is kept in this range: above it a day's count says little.
const MAX_ALPHA: f64 = 4.0;

pub(crate) fn fit(rows: &Rows, y: &[f64], p: usize, penalty: &[f64]) -> Fitted {
    let n = rows.len();
    let mean = y.iter().sum::<f64>() / n.max(1) as f64;
    let mean_offset = rows.offsets.iter().sum::<f64>() / n.max(1) as f64;
    let mut beta = vec![0.0; p];
    beta[super::design::INTERCEPT] = (mean + 0.1).ln() - mean_offset;
    let mut alpha = 0.0;
    let mut edf = p as f64;
    let mut cov = vec![0.0; p * p];
    let mut eta = vec![0.0; n];
    for round in 0..3 {
        let mut objective = penalised_loss(rows, y, &beta, alpha, penalty, &mut eta);
        for _ in 0..50 {
            let (a, b) = normal_equations(rows, y, &beta, alpha, penalty, p);
            let Some(chol) = cholesky(&a, p) else { break };
            let proposal = solve(&chol, p, &b);
            // Step halving keeps every accepted step an improvement.
            let mut step = 1.0;
            let mut accepted = false;
            for _ in 0..20 {
                let trial: Vec<f64> = beta.iter().zip(&proposal).map(|(o, n)| o + step * (n - o)).collect();
                let loss = penalised_loss(rows, y, &trial, alpha, penalty, &mut eta);
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
        let (a, _) = normal_equations(rows, y, &beta, alpha, penalty, p);
        if let Some(chol) = cholesky(&a, p) {
            cov = inverse(&chol, p);
            let tr_cov_p: f64 = (0..p).map(|i| (0..p).map(|j| cov[i * p + j] * penalty[j * p + i]).sum::<f64>()).sum();
            edf = (p as f64 - tr_cov_p).clamp(1.0, p as f64);
        }
        if round < 2 {
            alpha = estimate_alpha(rows, y, &beta, edf);
        }
    }
    Fitted { beta, alpha, cov, edf }
}

/// Method of moments: E[(y−μ)²] = μ + αμ², so α = (Σ(y−μ)²·n/(n−edf) − Σμ) / Σμ².
fn estimate_alpha(rows: &Rows, y: &[f64], beta: &[f64], edf: f64) -> f64 {
    let n = rows.len() as f64;
    let (mut sq, mut sum_mu, mut sum_mu2) = (0.0, 0.0, 0.0);
    for (i, yi) in y.iter().enumerate() {
        let mu = linear(rows, i, beta).exp();
        sq += (yi - mu) * (yi - mu);
        sum_mu += mu;
        sum_mu2 += mu * mu;
    }
    let correction = if n - edf > 1.0 { n / (n - edf) } else { 1.0 };
    let alpha = (sq * correction - sum_mu) / sum_mu2.max(1e-12);
    if alpha.is_finite() { alpha.clamp(0.0, MAX_ALPHA) } else { 0.0 }
}

/// η = offset + xᵀβ for row `i`, kept in a range where exp is finite.
fn linear(rows: &Rows, i: usize, beta: &[f64]) -> f64 {
    let eta = rows.offsets[i] + rows.row(i).iter().map(|&(j, v)| beta[usize::from(j)] * v).sum::<f64>();
    eta.clamp(-30.0, 30.0)
}

fn normal_equations(rows: &Rows, y: &[f64], beta: &[f64], alpha: f64, penalty: &[f64], p: usize) -> (Vec<f64>, Vec<f64>) {
    let mut a = penalty.to_vec();
    let mut b = vec![0.0; p];
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

/// −log-likelihood (up to a constant) + ½βᵀPβ. `eta` is scratch space.
fn penalised_loss(rows: &Rows, y: &[f64], beta: &[f64], alpha: f64, penalty: &[f64], eta: &mut [f64]) -> f64 {
    let p = beta.len();
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
            quad += beta[i] * penalty[i * p + j] * beta[j];
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
            let mut r = Row { cols: vec![(0, 1.0)], offset: 0.0 };
            if on {
                r.cols.push((1, 1.0));
            }
            rows.push(&r);
            // Deterministic values around the means, with no extra dispersion.
            let base = if on { 40.0 } else { 20.0 };
            y.push(base + [-3.0, 3.0, -1.0, 1.0][(i / 2) % 4]);
        }
        let penalty = vec![0.0, 0.0, 0.0, 1e-6];
        let f = fit(&rows, &y, 2, &penalty);
        assert!((f.beta[0] - 20f64.ln()).abs() < 1e-6, "{:?}", f.beta);
        assert!((f.beta[1] - 2f64.ln()).abs() < 1e-4, "{:?}", f.beta);
        assert!(f.alpha < 0.01, "{}", f.alpha);
    }
}
