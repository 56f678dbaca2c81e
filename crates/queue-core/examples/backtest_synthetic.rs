//! Prints the backtest table of `docs/forecasting.md`: three years of
//! synthetic history (2023–2025, seed 2026) for every queue of the built-in
//! ward, six rolling origins over the last year, 28 open days each, with the
//! queues of each office fitted together as the server does.
//!
//! ```text
//! cargo run -p queue-core --release --example backtest_synthetic [SEED] [--alone]
//! ```
//! `--alone` fits every queue on its own instead (no pooling), for
//! comparison; `BACKTEST_ORIGINS=1` prints each origin to stderr.

use jiff::civil::date;
use queue_core::forecast::{self, Report, backtest, synth};
use queue_core::{WardCalendar, WardConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let alone = args.iter().any(|a| a == "--alone");
    let seed = args.iter().find(|a| !a.starts_with("--")).map(|s| s.parse()).transpose()?.unwrap_or(2026);
    let config = WardConfig::parse(include_str!("../../../config/yahatanishi.toml"))?;
    let cal = WardCalendar::new(&config);
    let data = synth::generate(&cal, &config, date(2023, 1, 1), date(2025, 12, 31), seed);
    let expected: std::collections::HashMap<(String, String, jiff::civil::Date), f64> =
        data.iter().map(|d| ((d.office.to_string(), d.queue.to_string(), d.date), d.expected)).collect();
    println!("| office | queue | mean/day | model MASE | seasonal-naive MASE | ratio | oracle MASE | pinball p10 | pinball p90 | coverage p10–p90 |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let (mut covered, mut days, mut model, mut naive, mut oracle) = (0.0, 0usize, 0.0, 0.0, 0.0);
    for office in &config.offices {
        let histories = synth::office_histories(&data, office.id.as_str());
        let any = histories.values().next().ok_or("no history")?;
        let origins = forecast::default_origins(&cal, office.id.as_str(), any, backtest::DEFAULT_ORIGINS);
        let reports: Vec<(String, Report)> = if alone {
            let mut v = Vec::new();
            for q in &office.queues {
                let h = histories.get(&q.id).ok_or("no history")?;
                v.push((q.id.to_string(), forecast::backtest(&cal, office.id.as_str(), q, h, &origins)?));
            }
            v
        } else {
            let mut v = Vec::new();
            for (q, r) in forecast::backtest_office(&cal, office, &histories, &origins, |_, _| {}) {
                v.push((q.to_string(), r?));
            }
            v
        };
        for (q, r) in reports {
            // The error of the generator's own calendar mean: the floor.
            let mut oracle_sum = 0.0;
            for o in &r.origins {
                for s in &o.scored {
                    let e = expected.get(&(office.id.to_string(), q.clone(), s.date)).copied().unwrap_or(f64::NAN);
                    oracle_sum += (s.actual - e).abs() / o.scale;
                }
            }
            let oracle_mase = oracle_sum / r.days as f64;
            oracle += oracle_sum;
            println!(
                "| {} | {} | {:.1} | {:.3} | {:.3} | {:.2} | {:.3} | {:.2} | {:.2} | {:.1}% |",
                office.id,
                q,
                r.mean_actual,
                r.mase,
                r.naive_mase,
                r.relative_mase(),
                oracle_mase,
                r.pinball_p10,
                r.pinball_p90,
                100.0 * r.coverage
            );
            covered += r.coverage * r.days as f64;
            model += r.mase * r.days as f64;
            naive += r.naive_mase * r.days as f64;
            days += r.days;
            if std::env::var_os("BACKTEST_ORIGINS").is_some() {
                for o in &r.origins {
                    eprintln!("  {} {}/{}: days {} scale {:.2} model {:.2} naive {:.2} covered {}", o.origin, office.id, q, o.days, o.scale, o.model_mae, o.naive_mae, o.covered);
                }
            }
        }
    }
    let n = days as f64;
    println!("| **all** | | | **{:.3}** | **{:.3}** | **{:.2}** | **{:.3}** | | | **{:.1}%** |", model / n, naive / n, model / naive, oracle / n, 100.0 * covered / n);
    Ok(())
}
