//! Prints the wait-estimate backtest of `docs/forecasting.md`: simulated days
//! of every office of the built-in ward (every fifth open day of 2027,
//! arrivals from the synthetic generator, service times that differ from
//! the configured ones, lunch breaks, no-shows and residents who give up),
//! each replayed through the live estimator as `madoguchi backtest-waits`
//! replays a real event log.
//!
//! ```text
//! cargo run -p queue-core --release --example backtest_waits [SEED]
//! ```

use jiff::civil::{Date, date};
use queue_core::forecast::hourly::{ProfileKey, Season};
use queue_core::waits::{self, ErrorSummary, Simulation, WaitSample};
use queue_core::{WardCalendar, WardConfig};
use std::sync::Arc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seed = std::env::args().nth(1).map(|s| s.parse()).transpose()?.unwrap_or(2026u64);
    let config = WardConfig::parse(include_str!("../../../config/yahatanishi.toml"))?;
    let cal = WardCalendar::new(&config);
    let days: Vec<Date> = (0..365).filter_map(|i| date(2027, 1, 1).checked_add(jiff::Span::new().days(i)).ok()).collect();
    let mut all: Vec<(String, bool, WaitSample)> = Vec::new();
    let mut simulated = 0;
    for office in &config.offices {
        let o = Arc::new(office.clone());
        let open: Vec<Date> = days.iter().copied().filter(|d| cal.is_open(office.id.as_str(), *d)).collect();
        for (i, day) in open.iter().enumerate().filter(|(i, _)| i % 5 == 0) {
            let day_seed = seed.wrapping_mul(1000).wrapping_add(i as u64);
            let arrivals = waits::synthetic_arrivals(&cal, &config, office.id.as_str(), *day, day_seed);
            let sim = waits::simulate_day(o.clone(), *day, &arrivals, &Simulation { seed: day_seed, ..Simulation::default() });
            let replay = waits::replay(o.clone(), &sim.log);
            assert_eq!(replay.skipped, 0);
            let moving = ProfileKey::of(*day).season == Season::Moving;
            all.extend(replay.samples.into_iter().map(|s| (office.id.to_string(), moving, s)));
            simulated += 1;
        }
    }
    println!("{simulated} simulated office-days, {} estimates\n", all.len());
    println!("{}", ErrorSummary::TABLE_HEADER);
    let row = |name: &str, s: &ErrorSummary| println!("{}", s.table_row(name));
    let pick = |f: &dyn Fn(&(String, bool, WaitSample)) -> bool| all.iter().filter(|x| f(x)).map(|x| x.2.clone()).collect::<Vec<_>>();
    let overall = waits::report(&pick(&|_| true));
    row("all", &overall.overall);
    for band in &overall.by_position {
        row(&format!("position {}", band.label), band);
    }
    row("moving season (Mar 15–Apr 15)", &waits::report(&pick(&|x| x.1)).overall);
    row("rest of the year", &waits::report(&pick(&|x| !x.1)).overall);
    for office in &config.offices {
        row(&format!("office {}", office.id), &waits::report(&pick(&|x| x.0 == office.id.as_str())).overall);
    }
    println!("\n{} estimates left the line uncalled (gave up).", overall.uncalled);
    Ok(())
}
