//! Fit + 365-day forecast for every queue of every office of the built-in
//! ward, on three years of synthetic history (issue 6: ≤ 200 ms).
//!
//! ```text
//! cargo bench -p queue-core --bench forecast
//! ```
//! Plain `std::time`: 25 timed runs after one warm-up, median and range.

use jiff::civil::date;
use queue_core::forecast::{self, synth};
use queue_core::{WardCalendar, WardConfig};
use std::time::{Duration, Instant};

const RUNS: usize = 25;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Under `cargo test --all-targets` (no `--bench`) the bench is only compiled.
    if !std::env::args().any(|a| a == "--bench") {
        println!("forecast bench: run it with `cargo bench -p queue-core --bench forecast`");
        return Ok(());
    }
    let config = WardConfig::parse(include_str!("../../../config/yahatanishi.toml"))?;
    let cal = WardCalendar::new(&config);
    let data = synth::generate(&cal, &config, date(2023, 1, 1), date(2025, 12, 31), 2026);
    let histories: Vec<_> = config.offices.iter().map(|o| synth::office_histories(&data, o.id.as_str())).collect();
    let queues: usize = config.offices.iter().map(|o| o.queues.len()).sum();

    let run_pooled = || -> Result<usize, Box<dyn std::error::Error>> {
        let mut days = 0;
        for (office, h) in config.offices.iter().zip(&histories) {
            for (_, model) in forecast::fit_office(&cal, office, h) {
                days += model?.forecast(&cal, date(2026, 1, 1), 365).len();
            }
        }
        Ok(days)
    };
    let run_alone = || -> Result<usize, Box<dyn std::error::Error>> {
        let mut days = 0;
        for (office, h) in config.offices.iter().zip(&histories) {
            for q in &office.queues {
                let history = h.get(&q.id).ok_or("no history")?;
                days += forecast::fit(&cal, office.id.as_str(), q, history)?.forecast(&cal, date(2026, 1, 1), 365).len();
            }
        }
        Ok(days)
    };

    for (name, run) in [("fit_office (pooled)", &run_pooled as &dyn Fn() -> Result<usize, Box<dyn std::error::Error>>), ("fit (each queue alone)", &run_alone)] {
        run()?;
        let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let start = Instant::now();
            let days = run()?;
            times.push(start.elapsed());
            std::hint::black_box(days);
        }
        times.sort();
        println!(
            "{name}: {queues} queues, 4 offices, fit + 365-day forecast: median {:.1} ms (min {:.1}, max {:.1}) over {RUNS} runs",
            ms(times[RUNS / 2]),
            ms(times[0]),
            ms(times[RUNS - 1])
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
