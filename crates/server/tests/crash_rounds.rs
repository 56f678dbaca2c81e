//! "Nothing lost", in CI: three rounds of concurrent issuing, calling and
//! websocket boards against the real binary, each ended by a SIGKILL at a
//! random (seeded) moment, then a restart on the same data directory and the
//! harness's checks (see `crash_harness`). `cargo bench --bench crash` runs
//! the same harness for twenty rounds and prints the figures.
//!
//! The seed is printed; `MADOGUCHI_CRASH_SEED=N` draws the same delays and
//! choices again.

mod crash_harness;

use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_sigkill_rounds_lose_no_acknowledged_ticket_and_seq_continues() {
    let settings = crash_harness::Settings::ci(crash_harness::seed_from_env());
    let seed = settings.seed;
    let report = match tokio::time::timeout(Duration::from_secs(55), crash_harness::run(settings)).await {
        Ok(r) => r,
        Err(_) => panic!("the crash rounds took longer than 55 s (seed {seed})"),
    };
    eprintln!("{}", report.summary());
    assert_eq!(report.rounds.len(), 3, "seed {seed}: every round ran");
    assert!(report.rounds.iter().all(|r| r.acked_issues > 0), "seed {seed}: every round issued tickets before the kill");
    assert!(report.failures.is_empty(), "seed {seed}: {} broken promises:\n{}", report.failures.len(), report.failures.join("\n"));
}

/// A board that (re)connects is shown a snapshot of the office's live
/// state. When that state holds a change whose group commit has not yet
/// been written, a SIGKILL at that moment takes back a `seq` — and the
/// tickets behind it — that the board was already shown: after the restart
/// the board's `?since=LAST` gets a snapshot at a lower `seq`, the next
/// events reuse seqs it has seen, and the numbers it displayed go to other
/// residents. The contract: nobody hears of a change before it is
/// committed, and `seq` never goes backwards.
///
/// Fails today (issue 7's crash harness found it): the writer applies a
/// job to the shared `Ward` and unlocks it before the group's COMMIT
/// (`Engine::run_job`), and `ws::snapshot_and_subscribe` reads that state.
/// Many kiosks at once make large commit groups and a wide window; each
/// attempt hits it with a probability of roughly one in five, so sixteen
/// attempts nearly always show it. A correct server never fails this test.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snapshot_never_shows_a_seq_that_a_crash_takes_back() {
    let seed = crash_harness::seed_from_env();
    let probes = crash_harness::snapshot_probe(seed, 16, Duration::from_secs(25)).await.unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    let taken: Vec<_> = probes.iter().filter(|p| p.taken_back()).collect();
    eprintln!("seed {seed}: {} kills right after a snapshot, {} took back a seq the board was shown: {probes:?}", probes.len(), taken.len());
    assert!(!probes.is_empty());
    assert!(
        taken.is_empty(),
        "seed {seed}: {} of {} boards were shown a snapshot at a seq that was not committed; after the SIGKILL the office restarted \
         at a lower seq: {taken:?}",
        taken.len(),
        probes.len()
    );
}

/// The harness is not vacuous: damage done to the data file while the
/// server is down (a lost ticket, an undone move, a rewound event log) is
/// reported by its checks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_harness_notices_damage_done_while_the_server_is_down() {
    use crash_harness::Sabotage;
    let seed = crash_harness::seed_from_env();
    let cases = [
        (Sabotage::LoseTicket, "is lost"),
        (Sabotage::UndoMove, "acknowledged done"),
        (Sabotage::RewindSeq, "seq went backwards"),
    ];
    for (sabotage, expected) in cases {
        let settings = crash_harness::Settings { rounds: 1, kill_after_ms: 700..900, sabotage, ..crash_harness::Settings::ci(seed) };
        let report = tokio::time::timeout(Duration::from_secs(40), crash_harness::run(settings)).await.expect("bounded");
        eprintln!("{sabotage:?}: {}", report.summary());
        if let Some(d) = &report.kept_dir {
            let _ = std::fs::remove_dir_all(d);
        }
        assert!(
            report.failures.iter().any(|f| f.contains(expected)),
            "seed {seed}: {sabotage:?} went unnoticed (wanted a failure containing {expected:?}); failures: {:#?}",
            report.failures
        );
    }
}
