use jiff::civil::date;
use queue_core::forecast::{self, synth};
use queue_core::{WardCalendar, WardConfig};
fn main() {
    let config = WardConfig::parse(include_str!("../../../config/yahatanishi.toml")).unwrap();
    let cal = WardCalendar::new(&config);
    let data = synth::generate(&cal, &config, date(2023, 1, 1), date(2025, 12, 31), 2026);
    let mut all = Vec::new();
    for office in &config.offices {
        let h = synth::office_histories(&data, office.id.as_str());
        let mut total = vec![0.0; 365];
        for (q, m) in forecast::fit_office(&cal, office, &h) {
            let m = m.unwrap();
            let f = m.forecast(&cal, date(2026, 1, 1), 365);
            let normal = forecast::normal_of(&f);
            let mut r: Vec<f64> = f.iter().filter(|d| d.open).map(|d| d.mean / normal).collect();
            for (i, d) in f.iter().enumerate() { total[i] += d.mean; }
            r.sort_by(f64::total_cmp);
            let q_ = |p: f64| r[((r.len() - 1) as f64 * p) as usize];
            println!("{}/{}: p05 {:.2} p10 {:.2} p25 {:.2} p50 {:.2} p75 {:.2} p90 {:.2} p95 {:.2} max {:.2}", office.id, q, q_(0.05), q_(0.1), q_(0.25), q_(0.5), q_(0.75), q_(0.9), q_(0.95), q_(1.0));
            all.extend(r);
        }
        let opens: Vec<f64> = total.iter().copied().filter(|v| *v > 0.0).collect();
        let mut s = opens.clone(); s.sort_by(f64::total_cmp);
        let med = s[s.len()/2];
        let r: Vec<f64> = s.iter().map(|v| v / med).collect();
        let q_ = |p: f64| r[((r.len() - 1) as f64 * p) as usize];
        println!("{} TOTAL: p05 {:.2} p10 {:.2} p25 {:.2} p50 {:.2} p75 {:.2} p90 {:.2} p95 {:.2} max {:.2}", office.id, q_(0.05), q_(0.1), q_(0.25), q_(0.5), q_(0.75), q_(0.9), q_(0.95), q_(1.0));
    }
}
