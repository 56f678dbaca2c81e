use super::*;
use crate::config::WardConfig;
use jiff::civil::{Weekday, date};

fn ward() -> (WardConfig, WardCalendar) {
    let config = WardConfig::parse(include_str!("../../../../config/yahatanishi.toml")).expect("config");
    let cal = WardCalendar::new(&config);
    (config, cal)
}

fn queue<'a>(config: &'a WardConfig, office: &str, id: &str) -> &'a Queue {
    config.office(office).and_then(|o| o.queue(id)).expect("queue")
}

/// Three years of synthetic history, the data of the documented backtest.
fn three_years(config: &WardConfig, cal: &WardCalendar) -> Vec<synth::SynthDay> {
    synth::generate(cal, config, date(2023, 1, 1), date(2025, 12, 31), 2026)
}

#[test]
fn closed_days_are_exact_zeros_and_open_days_are_not() {
    let (config, cal) = ward();
    let data = synth::generate(&cal, &config, date(2024, 1, 1), date(2025, 12, 31), 1);
    let model = fit(&cal, "yahatanishi", queue(&config, "yahatanishi", "A"), &synth::history_of(&data, "yahatanishi", "A")).expect("fit");
    let days = model.forecast(&cal, date(2026, 4, 25), 20);
    assert_eq!(days.len(), 20);
    for d in &days {
        assert_eq!(d.open, cal.is_open("yahatanishi", d.date), "{}", d.date);
        if d.open {
            assert!(d.mean > 0.0 && d.p10 <= d.mean && d.mean <= d.p90 * 1.01, "{d:?}");
        } else {
            assert_eq!((d.mean, d.p10, d.p90), (0.0, 0.0, 0.0));
        }
    }
    // Golden Week 2026: 5/2–5/6 closed.
    assert!(days.iter().filter(|d| (2..=6).contains(&d.date.day()) && d.date.month() == 5).all(|d| !d.open));
    assert_eq!(model.forecast(&cal, date(2026, 1, 1), 10_000).len(), MAX_HORIZON_DAYS as usize);
}

#[test]
fn the_model_learns_the_calendar() {
    let (config, cal) = ward();
    let data = three_years(&config, &cal);
    let model = fit(&cal, "yahatanishi", queue(&config, "yahatanishi", "A"), &synth::history_of(&data, "yahatanishi", "A")).expect("fit");
    let days = model.forecast(&cal, date(2026, 1, 1), 365);
    let get = |d: Date| days.iter().find(|f| f.date == d).map(|f| f.mean).expect("day");
    // Moving season: the peak is several times an ordinary June day.
    assert!(get(date(2026, 3, 30)) > 3.0 * get(date(2026, 6, 10)), "{} vs {}", get(date(2026, 3, 30)), get(date(2026, 6, 10)));
    // Mondays are busier than Wednesdays; the first day after New Year is busy.
    assert!(get(date(2026, 6, 8)) > get(date(2026, 6, 10)));
    assert!(get(date(2026, 1, 5)) > 1.3 * get(date(2026, 1, 14)));
    let effects = model.effects();
    let wed = effects.iter().find(|(n, _)| n == "Wednesday").map(|e| e.1).expect("effect");
    assert!((wed - 0.93 / 1.30).abs() < 0.05, "{wed}");
    // K's renewal window shows.
    let k = fit(&cal, "yahatanishi", queue(&config, "yahatanishi", "K"), &synth::history_of(&data, "yahatanishi", "K")).expect("fit K");
    let kd = k.forecast(&cal, date(2026, 6, 22), 60);
    let kget = |d: Date| kd.iter().find(|f| f.date == d).map(|f| f.mean).expect("day");
    assert!(kget(date(2026, 8, 5)) > 1.4 * kget(date(2026, 7, 8)), "{} {}", kget(date(2026, 8, 5)), kget(date(2026, 7, 8)));
}

#[test]
fn intervals_widen_with_the_horizon() {
    let (config, cal) = ward();
    let data = three_years(&config, &cal);
    let model = fit(&cal, "orio", queue(&config, "orio", "B"), &synth::history_of(&data, "orio", "B")).expect("fit");
    let width = |d: Date| model.forecast(&cal, d, 1).first().map(|f| (f.p90 - f.p10) / f.mean).expect("day");
    // Two Wednesdays in June, six and eighteen months after the history.
    assert!(width(date(2027, 6, 9)) > width(date(2026, 6, 10)), "{} {}", width(date(2027, 6, 9)), width(date(2026, 6, 10)));
}

#[test]
fn bad_history_is_refused() {
    let (config, cal) = ward();
    let a = queue(&config, "yahatanishi", "A");
    assert!(matches!(fit(&cal, "yahatanishi", a, &[]), Err(ForecastError::TooLittleHistory { found: 0, .. })));
    let few: Vec<(Date, f64)> = (1..=5).map(|d| (date(2025, 6, d + 1), 10.0)).collect();
    assert!(matches!(fit(&cal, "yahatanishi", a, &few), Err(ForecastError::TooLittleHistory { .. })));
    let mut bad: Vec<(Date, f64)> = (1..=25).map(|d| (date(2025, 6, d), 10.0)).collect();
    bad[3].1 = f64::NAN;
    assert!(matches!(fit(&cal, "yahatanishi", a, &bad), Err(ForecastError::InvalidCount { .. })));
    bad[3].1 = -1.0;
    assert!(matches!(fit(&cal, "yahatanishi", a, &bad), Err(ForecastError::InvalidCount { .. })));
    bad[3] = (date(2025, 6, 5), 10.0);
    assert!(matches!(fit(&cal, "yahatanishi", a, &bad), Err(ForecastError::DuplicateDate(_))));
    // A calendar without the queue's window.
    let plain = WardCalendar::new(&WardConfig::parse(crate::config::tests::SMALL).expect("config"));
    let good: Vec<(Date, f64)> = (1..=25).map(|d| (date(2025, 6, d), 10.0)).collect();
    let b = queue(&config, "yahatanishi", "B");
    assert!(matches!(fit(&plain, "yahatanishi", b, &good), Err(ForecastError::UnknownWindow(_))));
    // A short flat history still fits, and forecasts about its level.
    let m = fit(&cal, "yahatanishi", a, &good).expect("fit");
    let f = m.forecast(&cal, date(2025, 7, 1), 30);
    assert!(f.iter().filter(|d| d.open).all(|d| d.mean > 5.0 && d.mean < 20.0), "{f:?}");
    assert!(m.closed_days_ignored > 0, "weekends in the history are ignored");
}

#[test]
fn degenerate_histories_do_not_break_the_fit() {
    let (config, cal) = ward();
    let a = queue(&config, "yahatanishi", "A");
    let days: Vec<Date> = (1..=30).map(|d| date(2025, 6, 1).checked_add(jiff::Span::new().days(d)).expect("date")).collect();
    for value in [0.0, 1e12, 1e300] {
        let history: Vec<(Date, f64)> = days.iter().map(|d| (*d, value)).collect();
        let m = fit(&cal, "yahatanishi", a, &history).expect("fit");
        for f in m.forecast(&cal, date(2025, 8, 1), 30) {
            assert!(f.mean.is_finite() && f.p10.is_finite() && f.p90.is_finite() && f.p10 <= f.p90, "{value}: {f:?}");
        }
    }
    // One wild day among ordinary ones.
    let mut history: Vec<(Date, f64)> = days.iter().map(|d| (*d, 50.0)).collect();
    history[7].1 = 1e9;
    let m = fit(&cal, "yahatanishi", a, &history).expect("fit");
    assert!(m.forecast(&cal, date(2025, 8, 1), 30).iter().all(|f| f.mean.is_finite()));
    // An office that is never open forecasts closed days.
    let never = WardCalendar::new(&WardConfig::parse(&crate::config::tests::SMALL.replace(
        r#"closed_weekdays = ["saturday", "sunday"]"#,
        r#"closed_weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]"#,
    )).expect("config"));
    assert!(matches!(fit(&never, "main", a, &history), Err(ForecastError::TooLittleHistory { found: 0, .. })));
}

#[test]
fn levels_are_relative_to_the_normal() {
    assert_eq!(level(70.0, 100.0), 1);
    assert_eq!(level(87.9, 100.0), 1);
    assert_eq!(level(88.0, 100.0), 2);
    assert_eq!(level(97.0, 100.0), 3);
    assert_eq!(level(114.0, 100.0), 3);
    assert_eq!(level(115.0, 100.0), 4);
    assert_eq!(level(145.0, 100.0), 5);
    assert_eq!(level(500.0, 100.0), 5);
    assert_eq!(level(0.0, 0.0), 1);
    assert_eq!(level(3.0, 0.0), 5);
    assert_eq!(level(3.0, f64::NAN), 5);
}

#[test]
fn levels_over_a_year_use_every_step_and_spring_is_busiest() {
    let (config, cal) = ward();
    let data = three_years(&config, &cal);
    let model = fit(&cal, "yahatanishi", queue(&config, "yahatanishi", "A"), &synth::history_of(&data, "yahatanishi", "A")).expect("fit");
    let days = model.forecast(&cal, date(2026, 1, 1), 365);
    let normal = normal_of(&days);
    assert!((model.normal(&cal, date(2026, 1, 1)) - normal).abs() < 1e-9);
    let levels: Vec<(Date, u8)> = days.iter().filter(|d| d.open).map(|d| (d.date, level(d.mean, normal))).collect();
    for l in 1..=5 {
        assert!(levels.iter().any(|(_, x)| *x == l), "level {l} never appears");
    }
    let april_first = levels.iter().find(|(d, _)| *d == date(2026, 4, 1)).map(|x| x.1);
    assert_eq!(april_first, Some(5));
    // A resident can find a quiet day in April.
    assert!(levels.iter().any(|(d, l)| d.month() == 4 && *l <= 2), "{levels:?}");
}

#[test]
fn counters_follow_erlang_c() {
    assert_eq!(counters_needed(120.0, 6.0, 20.0, 0.8), Ok(13));
    assert_eq!(counters_needed(0.0, 6.0, 20.0, 0.8), Ok(0));
    assert!(counters_needed(f64::NAN, 6.0, 20.0, 0.8).is_err());
    // Beyond what can be advised: the most that can, at once.
    assert_eq!(counters_needed(f64::from(u32::MAX), 10.0, 20.0, 0.8), Ok(crate::staffing::MAX_ADVISED_COUNTERS));
}

#[test]
fn hourly_profiles_can_be_learned_from_synthetic_hours() {
    let (config, cal) = ward();
    let data = synth::generate(&cal, &config, date(2025, 1, 1), date(2025, 12, 31), 5);
    let (open, close) = cal.normal_hours();
    let mut rng = synth::Rng::new(9);
    let mut samples = Vec::new();
    for day in data.iter().filter(|d| d.office.as_str() == "yahatanishi") {
        for (hour, count) in synth::split_hours(day, open, close, &mut rng) {
            samples.push(HourCount { key: ProfileKey::of(day.date), hour, count: f64::from(count) });
        }
    }
    let learned = HourlyProfile::learn(&samples, open, close);
    let share = |p: &HourlyProfile, wd: Weekday, h: i8| {
        p.split(ProfileKey { weekday: wd, season: Season::Normal }, open, close, 1.0).into_iter().find(|s| s.start.hour() == h).map(|s| s.share).expect("slot")
    };
    // The generator puts more of Monday in the morning.
    assert!(share(&learned, Weekday::Monday, 9) > 1.15 * share(&learned, Weekday::Wednesday, 9));
    let peak: f64 = (11..14).map(|h| share(&learned, Weekday::Wednesday, h)).sum();
    assert!(peak > 0.35, "{peak}");
}

/// The target of issue 6, on the documented synthetic dataset (the table in
/// docs/forecasting.md):
/// - over all queues, MASE ≤ 0.75 × the seasonal naive's;
/// - per queue, the same, except where the arrivals are so few that even a
///   perfect forecast (the generator's own calendar mean, the "oracle")
///   cannot beat the naive by that much: there the model must be within 5%
///   of the oracle;
/// - p10–p90 coverage between 75% and 85% over all queues (and 65–92% for
///   each, which has only 168 days).
#[test]
fn the_synthetic_backtest_meets_the_target() {
    let (config, cal) = ward();
    let data = three_years(&config, &cal);
    let expected: std::collections::HashMap<(&str, &str, Date), f64> = data.iter().map(|d| ((d.office.as_str(), d.queue.as_str(), d.date), d.expected)).collect();
    let (mut covered, mut days, mut model, mut naive) = (0.0, 0usize, 0.0, 0.0);
    let mut failures = Vec::new();
    for office in &config.offices {
        let histories = synth::office_histories(&data, office.id.as_str());
        let origins = default_origins(&cal, office.id.as_str(), histories.values().next().expect("history"), backtest::DEFAULT_ORIGINS);
        assert_eq!(origins.len(), backtest::DEFAULT_ORIGINS);
        for (q, r) in backtest_office(&cal, office, &histories, &origins, |_, _| {}) {
            let r = r.expect("backtest");
            let oracle = r.origins.iter().flat_map(|o| o.scored.iter().map(move |s| (o.scale, s))).map(|(scale, s)| (s.actual - expected[&(office.id.as_str(), q.as_str(), s.date)]).abs() / scale).sum::<f64>() / r.days as f64;
            if r.relative_mase() > 0.75 && r.mase > 1.05 * oracle {
                failures.push(format!("{}/{}: MASE {:.3} vs naive {:.3}, oracle {oracle:.3}", office.id, q, r.mase, r.naive_mase));
            }
            if !(0.65..=0.92).contains(&r.coverage) {
                failures.push(format!("{}/{}: coverage {:.3}", office.id, q, r.coverage));
            }
            covered += r.coverage * r.days as f64;
            model += r.mase * r.days as f64;
            naive += r.naive_mase * r.days as f64;
            days += r.days;
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(model <= 0.75 * naive, "MASE {:.3} vs naive {:.3}", model / days as f64, naive / days as f64);
    let coverage = covered / days as f64;
    assert!((0.75..=0.85).contains(&coverage), "coverage {coverage:.3}");
}

/// Each queue alone also beats the baseline overall (pooling helps the small
/// queues a little; this keeps the simple path honest).
#[test]
fn queues_fitted_alone_beat_the_baseline_too() {
    let (config, cal) = ward();
    let data = three_years(&config, &cal);
    let office = config.office("orio").expect("office");
    for q in &office.queues {
        let history = synth::history_of(&data, "orio", q.id.as_str());
        let origins = default_origins(&cal, "orio", &history, backtest::DEFAULT_ORIGINS);
        let r = backtest(&cal, "orio", q, &history, &origins).expect("backtest");
        assert!(r.relative_mase() < 0.75, "{}: {:.3}", q.id, r.relative_mase());
        assert!((0.65..=0.92).contains(&r.coverage), "{}: {:.3}", q.id, r.coverage);
    }
}
