//! A year of a busy office's statistics, from the event log: 245 open days
//! of 450 residents each (110,250 tickets, ~550,000 logged changes, with
//! counters pausing), grouped by day, by counter and by hour. The issue's
//! target: under a second.
//!
//! `cargo bench -p store --bench report`

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

const DAYS: i64 = 245;
const PER_DAY: i64 = 450;
const COUNTERS: i64 = 10;

fn fill(conn: &mut rusqlite::Connection) -> (i64, i64) {
    let tx = conn.transaction().unwrap();
    let start = jiff::civil::date(2025, 12, 1).to_zoned(queue_core::clock::tokyo()).unwrap().timestamp().as_microsecond();
    let mut seq = 0i64;
    {
        let mut ev = tx.prepare("INSERT INTO events (office, seq, type, ticket, queue, from_queue, counter, actor, at, note) VALUES ('yahatanishi', ?1, ?2, ?3, ?4, NULL, ?5, NULL, ?6, ?7)").unwrap();
        let mut tk = tx
            .prepare("INSERT INTO tickets (id, office, day, prefix, n, queue, service, status, counter, lang, token, issued_at, queued_at) VALUES (?1, 'yahatanishi', ?2, ?3, ?4, ?3, ?5, 'done', ?6, 'ja', NULL, ?7, ?7)")
            .unwrap();
        let mut push = |kind: &str, ticket: Option<&str>, queue: Option<&str>, counter: Option<&str>, at: i64, note: Option<&str>| {
            seq += 1;
            ev.execute(rusqlite::params![seq, kind, ticket, queue, counter, at, note]).unwrap();
        };
        for d in 0..DAYS {
            let day_start = start + d * 86_400_000_000 + 8 * 3_600_000_000 + 30 * 60_000_000;
            let day = jiff::Timestamp::from_microsecond(day_start).unwrap().to_zoned(queue_core::clock::tokyo()).date().to_string();
            push("day.started", None, None, None, day_start, None);
            for i in 0..PER_DAY {
                let q = ["A", "B", "C", "K", "F", "M"][(i % 6) as usize];
                let counter = ((i % COUNTERS) + 1).to_string();
                let id = format!("t{d}x{i}");
                let issued = day_start + i * 60_000_000;
                tk.execute(rusqlite::params![id, day, q, i + 1, format!("svc-{q}"), counter, issued]).unwrap();
                push("ticket.issued", Some(&id), Some(q), None, issued, None);
                push("ticket.called", Some(&id), Some(q), Some(&counter), issued + 600_000_000 + (i % 40) * 30_000_000, None);
                push("ticket.started", Some(&id), Some(q), Some(&counter), issued + 660_000_000 + (i % 40) * 30_000_000, None);
                push("ticket.finished", Some(&id), Some(q), Some(&counter), issued + 1_200_000_000 + (i % 40) * 30_000_000, None);
                if i % 90 == 0 {
                    push("counter.state", None, None, Some(&counter), issued + 1_300_000_000, Some("paused:break"));
                    push("counter.state", None, None, Some(&counter), issued + 2_200_000_000, Some("open:"));
                }
            }
        }
    }
    tx.commit().unwrap();
    let end = start + DAYS * 86_400_000_000;
    (start, end)
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("report bench: run it with `cargo bench -p store --bench report`");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = store::Db::open(dir.path()).unwrap();
    let mut conn = db.connect(false).unwrap();
    let made = Instant::now();
    let (from, to) = fill(&mut conn);
    let events: i64 = conn.query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0)).unwrap();
    println!("a year: {events} logged changes, {} tickets (made in {:.1} s)", DAYS * PER_DAY, made.elapsed().as_secs_f64());
    let reader = db.connect(true).unwrap();
    let section = |q: &str| Some(if q == "A" || q == "B" { "shimin".to_owned() } else { "hoken".to_owned() });
    for (name, by) in [("day", queue_core::report::By::Day), ("counter", queue_core::report::By::Counter), ("hour", queue_core::report::By::Hour), ("section", queue_core::report::By::Section)] {
        let mut times: Vec<Duration> = Vec::new();
        let mut groups = 0;
        for _ in 0..5 {
            let started = Instant::now();
            let mut report = queue_core::report::Report::new(by, 1800, &section);
            store::events::for_report(&reader, "yahatanishi", from, to, |r| report.add(&r)).unwrap();
            let out = report.finish_all(jiff::Timestamp::from_microsecond(to).unwrap());
            times.push(started.elapsed());
            groups = out.len();
            assert!(out.iter().map(|b| b.arrivals).sum::<u64>() == (DAYS * PER_DAY) as u64 || by == queue_core::report::By::Counter);
        }
        times.sort();
        println!("by {name}: median {:.0} ms (min {:.0}, max {:.0}) over 5 runs, {groups} groups", times[2].as_secs_f64() * 1000.0, times[0].as_secs_f64() * 1000.0, times[4].as_secs_f64() * 1000.0);
    }
    // The last month alone: the binary search skips eleven months of log.
    let month_from = to - 30 * 86_400_000_000;
    let started = Instant::now();
    let mut report = queue_core::report::Report::new(queue_core::report::By::Day, 1800, &section);
    store::events::for_report(&reader, "yahatanishi", month_from, to, |r| report.add(&r)).unwrap();
    let out = report.finish_all(jiff::Timestamp::from_microsecond(to).unwrap());
    println!("the last 30 days by day: {:.0} ms, {} groups", started.elapsed().as_secs_f64() * 1000.0, out.len());
}
