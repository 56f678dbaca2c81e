//! Crash-safety bench ("Nothing lost", issue 7): the crash harness of the
//! test suite, for twenty rounds or more, with figures.
//!
//! `cargo bench -p madoguchi-server --bench crash` (options after `--`:
//! `--rounds N`, `--seed S`, `--quick` for 5 rounds, `--no-probe`).
//! `MADOGUCHI_CRASH_SEED` and `MADOGUCHI_CRASH_ROUNDS` do the same as the
//! options.
//!
//! Each round: the real `madoguchi` binary under concurrent issuing (4
//! kiosk tasks), calling (4 desks) and 4 websocket boards; SIGKILL after a
//! seeded random delay; restart on the same data directory; every check of
//! the harness (see `tests/crash_harness/mod.rs`). Prints a line per round
//! (tickets acknowledged, requests in flight at the kill, recovery time to
//! healthy, cold start) and the medians; then cold starts on empty data
//! directories, and the snapshot probe (a board's fresh snapshot followed
//! at once by a SIGKILL). Loopback only, bounded; exits non-zero when a
//! check failed.

#[path = "../tests/crash_harness/mod.rs"]
mod crash_harness;

use crash_harness::{RoundReport, Settings, median};
use std::time::Duration;

fn main() {
    // `cargo test --all-targets` runs bench binaries too, without `--bench`:
    // compiled there, run only under `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        println!("crash bench: run it with `cargo bench -p madoguchi-server --bench crash`");
        return;
    }
    let mut args = std::env::args().skip(1);
    let mut rounds: usize = std::env::var("MADOGUCHI_CRASH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut seed = crash_harness::seed_from_env();
    let mut probe = true;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => rounds = args.next().and_then(|s| s.parse().ok()).unwrap_or(rounds),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--quick" => rounds = 5,
            "--no-probe" => probe = false,
            _ => {} // `--bench` and friends from cargo
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let failed = runtime.block_on(async move {
        println!("crash bench: {rounds} rounds, seed {seed}, binary {}", crash_harness::BIN);
        let settings = Settings { verbose: false, ..Settings::bench(seed, rounds) };
        let budget = Duration::from_secs(60 + 15 * rounds as u64);
        let report = match tokio::time::timeout(budget, crash_harness::run(settings)).await {
            Ok(r) => r,
            Err(_) => {
                println!("the rounds took longer than {budget:?}; stopped");
                return true;
            }
        };
        println!();
        println!("{}", RoundReport::header());
        for r in &report.rounds {
            println!("{}", r.line());
        }
        println!();
        println!(
            "columns: issued/moves = 201s/200s received in the round; inflight = requests unanswered at the kill; lost = of those, \
             the ones that reached the server; unacked = tickets on disk nobody was told about; seq = main office's seq after the restart; \
             board = highest seq a board was shown before the kill; recov = SIGKILL → /healthz 200; cold = spawn → /healthz 200; \
             resume = board resumptions by replay/snapshot during the round"
        );
        println!();
        print!("{}", report.summary());

        match crash_harness::fresh_cold_starts(7).await {
            Ok(v) => {
                let ms: Vec<f64> = v.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
                println!(
                    "cold start on an empty data directory (spawn → /healthz 200), 7 runs: median {:.1} ms, min {:.1}, max {:.1}",
                    median(ms.clone()),
                    ms.iter().copied().fold(f64::INFINITY, f64::min),
                    ms.iter().copied().fold(0.0, f64::max)
                );
            }
            Err(e) => println!("cold starts: {e}"),
        }

        let mut probe_failed = false;
        if probe {
            match crash_harness::snapshot_probe(seed, 20, Duration::from_secs(60)).await {
                Ok(probes) => {
                    let taken: Vec<_> = probes.iter().filter(|p| p.taken_back()).collect();
                    println!(
                        "snapshot probe ({} kiosk tasks, a fresh board feed, SIGKILL the moment its snapshot arrives): {} of {} snapshots showed a seq \
                         the crash took back",
                        crash_harness::PROBE_ISSUERS,
                        taken.len(),
                        probes.len()
                    );
                    for p in &taken {
                        println!(
                            "  snapshot seq {} > seq on disk after restart {} (events shown so far: {}); {} tickets shown that do not exist: {:?}",
                            p.snapshot_seq,
                            p.disk_seq,
                            p.events_seq,
                            p.phantom_tickets.len(),
                            p.phantom_tickets
                        );
                    }
                    probe_failed = !taken.is_empty();
                }
                Err(e) => {
                    println!("snapshot probe: {e}");
                    probe_failed = true;
                }
            }
        }
        !report.failures.is_empty() || probe_failed
    });
    if failed {
        std::process::exit(1);
    }
}
