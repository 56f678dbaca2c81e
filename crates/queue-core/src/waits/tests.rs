use super::*;
use crate::{WardCalendar, WardConfig};

fn ward() -> (WardConfig, WardCalendar) {
    let config = WardConfig::parse(include_str!("../../../../config/yahatanishi.toml")).expect("config");
    let cal = WardCalendar::new(&config);
    (config, cal)
}

fn office(config: &WardConfig, id: &str) -> Arc<Office> {
    Arc::new(config.offices.iter().find(|o| o.id.as_str() == id).expect("office").clone())
}

fn simulated(config: &WardConfig, cal: &WardCalendar, office_id: &str, day: Date, seed: u64) -> SimulatedDay {
    let arrivals = synthetic_arrivals(cal, config, office_id, day, seed);
    assert!(!arrivals.is_empty(), "{office_id} is open on {day}");
    simulate_day(office(config, office_id), day, &arrivals, &Simulation { seed, ..Simulation::default() })
}

#[test]
fn the_replay_shows_what_the_kiosk_showed() {
    let (config, cal) = ward();
    // A Monday in the moving season and an ordinary Tuesday.
    for (office_id, day) in [("yahatanishi", Date::constant(2027, 3, 29)), ("orio", Date::constant(2026, 11, 24))] {
        let sim = simulated(&config, &cal, office_id, day, 7);
        let replay = replay(office(&config, office_id), &sim.log);
        assert_eq!(replay.skipped, 0, "every line of a whole day's log applies");
        let issued: Vec<_> = replay.samples.iter().filter(|s| s.entry == Entry::Issued).collect();
        assert_eq!(issued.len(), sim.shown.len());
        for s in issued {
            assert_eq!(Some(&s.estimate), sim.shown.get(&s.ticket), "ticket {} at position {}", s.ticket, s.position);
        }
        let report = report(&replay.samples);
        assert!(report.overall.n > 50, "{office_id}: {} called", report.overall.n);
    }
}

#[test]
fn a_day_is_simulated_the_same_way_for_a_seed() {
    let (config, cal) = ward();
    let day = Date::constant(2026, 11, 24);
    let a = simulated(&config, &cal, "yahatanishi", day, 3);
    let b = simulated(&config, &cal, "yahatanishi", day, 3);
    assert_eq!(a.log, b.log);
    let c = simulated(&config, &cal, "yahatanishi", day, 4);
    assert_ne!(a.log, c.log);
    // Everyone who came was called, gave up, or did not answer: nobody is left.
    let issued = a.log.iter().filter(|e| e.kind == ChangeKind::Issued).count();
    let ended = a.log.iter().filter(|e| matches!(e.kind, ChangeKind::Finished | ChangeKind::NoShow | ChangeKind::Cancelled)).count();
    assert_eq!(issued, ended);
}

#[test]
fn a_log_that_starts_mid_day_skips_what_it_cannot_place() {
    let (config, cal) = ward();
    let day = Date::constant(2026, 11, 24);
    let sim = simulated(&config, &cal, "orio", day, 11);
    let tail = &sim.log[sim.log.len() / 2..];
    let replay = replay(office(&config, "orio"), tail);
    assert!(replay.skipped > 0);
    assert!(!replay.samples.is_empty());
    assert!(replay.samples.iter().all(|s| s.position >= 1));
}

#[test]
fn days_roll_over_in_the_replay() {
    let (config, cal) = ward();
    let mut log = simulated(&config, &cal, "orio", Date::constant(2026, 11, 24), 5).log;
    log.extend(simulated(&config, &cal, "orio", Date::constant(2026, 11, 25), 5).log);
    let replay = replay(office(&config, "orio"), &log);
    // The same ids come back on the second day; without a new day they would not apply.
    assert_eq!(replay.skipped, 0);
}

#[test]
fn the_report_counts_errors_and_coverage() {
    let sample = |position, p50, p90, waited| WaitSample {
        ticket: format!("t{position}"),
        queue: QueueId::parse("A").expect("queue"),
        entry: Entry::Issued,
        at: Timestamp::UNIX_EPOCH,
        position,
        estimate: WaitEstimate { p50, p90 },
        waited,
    };
    let r = report(&[sample(1, 0, 0, Some(60)), sample(3, 600, 900, Some(500)), sample(4, 600, 900, Some(1000)), sample(20, 3000, 3600, None)]);
    assert_eq!(r.uncalled, 1);
    assert_eq!(r.overall.n, 3);
    assert!((r.overall.mean_abs_error_s - (60.0 + 100.0 + 400.0) / 3.0).abs() < 1e-9);
    assert!((r.overall.bias_s - (-60.0 + 100.0 - 400.0) / 3.0).abs() < 1e-9);
    assert!((r.overall.within_p90 - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.by_position[0].n, 1);
    assert_eq!(r.by_position[1].n, 2);
    assert_eq!(r.by_position[3].n, 0);
}

#[test]
fn a_counter_can_call_one_ticket_out_of_turn() {
    let (config, _) = ward();
    let o = office(&config, "orio");
    let day = Date::constant(2026, 11, 24);
    let mut state = OfficeState::new(o.clone(), day, 0);
    let at = |s| day.at(9, 0, s, 0).to_zoned(crate::clock::tokyo()).expect("time").timestamp();
    let queue = o.queues[0].id.to_string();
    let counter = o.counters.iter().find(|c| c.queues.iter().any(|q| q.get_ref().as_str() == queue)).expect("a counter").id.to_string();
    for (i, id) in ["first", "second"].into_iter().enumerate() {
        state.issue(IssueTarget::Queue(queue.clone()), Lang::ja(), TicketId::parse(id).expect("id"), id.into(), at(i as i8)).expect("issue");
    }
    let called = state.call_ticket(&counter, "second", at(10)).expect("call");
    assert_eq!(called.ticket.expect("ticket").id.as_str(), "second");
    assert_eq!(state.position(state.ticket("first").expect("first")), Some(1));
    assert!(matches!(state.call_ticket(&counter, "second", at(11)), Err(crate::office::DomainError::Transition(_))));
    assert!(matches!(state.call_ticket(&counter, "nobody", at(11)), Err(crate::office::DomainError::TicketNotFound(_))));
    assert!(matches!(state.call_ticket("no-such-counter", "first", at(11)), Err(crate::office::DomainError::UnknownCounter { .. })));
}

/// The estimator against simulated days (the full table is in
/// docs/forecasting.md, from `--example backtest_waits`): the p50 is a
/// median for residents who wait in line, and the p90 covers about nine in ten.
#[test]
fn the_estimates_are_calibrated_on_simulated_days() {
    let (config, cal) = ward();
    let mut samples = Vec::new();
    for (office_id, day) in [
        ("yahatanishi", Date::constant(2027, 3, 29)),
        ("yahatanishi", Date::constant(2027, 6, 9)),
        ("kojaku", Date::constant(2027, 4, 1)),
        ("orio", Date::constant(2027, 10, 12)),
    ] {
        samples.extend(replay(office(&config, office_id), &simulated(&config, &cal, office_id, day, 2026).log).samples);
    }
    let r = report(&samples);
    assert!(r.overall.n > 500, "{}", r.overall.n);
    assert!((0.82..=0.98).contains(&r.overall.within_p90), "{:?}", r.overall);
    let queued: Vec<WaitSample> = samples.into_iter().filter(|s| s.position >= 2).collect();
    let q = report(&queued).overall;
    assert!((0.35..=0.65).contains(&q.within_p50), "those who wait in line: {q:?}");
    assert!(q.bias_s.abs() < 0.5 * q.mean_wait_s, "{q:?}");
}
