//! Online backup of a ~67 MB database, idle and while another connection
//! commits at a steady rate, against the page-by-page copy it replaced.
//!
//! `cargo bench -p store --bench backup`

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The old method: the backup API, 256 pages a step, 5 ms between steps.
/// Another connection's commit restarts it from the first page.
fn old_backup(db: &store::Db, dest: &std::path::Path, give_up: Duration) -> Option<Duration> {
    let started = Instant::now();
    let src = db.connect(true).unwrap();
    let mut out = rusqlite::Connection::open(dest).unwrap();
    let b = rusqlite::backup::Backup::new(&src, &mut out).unwrap();
    loop {
        match b.step(256).unwrap() {
            rusqlite::backup::StepResult::Done => return Some(started.elapsed()),
            _ if started.elapsed() > give_up => return None,
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

/// Commits one small row every `every` until stopped; returns the count.
fn writer(data: std::path::PathBuf, every: Duration, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u64> {
    std::thread::spawn(move || {
        let db = store::Db::open(&data).unwrap();
        let conn = db.connect(false).unwrap();
        let mut n = 0;
        while !stop.load(Ordering::SeqCst) {
            conn.execute("INSERT INTO filler VALUES (randomblob(200))", []).unwrap();
            n += 1;
            std::thread::sleep(every);
        }
        n
    })
}

fn main() {
    // Under `cargo test --all-targets` (no `--bench`) the bench is only
    // compiled: a run writes a 67 MB database and a dozen copies of it.
    if !std::env::args().any(|a| a == "--bench") {
        println!("backup bench: run it with `cargo bench -p store --bench backup`");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db = store::Db::open(&data).unwrap();
    {
        let conn = db.connect(false).unwrap();
        conn.execute_batch("CREATE TABLE filler (b BLOB)").unwrap();
        let tx = conn.unchecked_transaction().unwrap();
        for _ in 0..16_500 {
            tx.execute("INSERT INTO filler VALUES (randomblob(4000))", []).unwrap();
        }
        tx.commit().unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    }
    let size = std::fs::metadata(db.path()).unwrap().len();
    println!("database: {:.1} MB", size as f64 / 1e6);
    let mut n = 0;
    let mut dest = || {
        n += 1;
        dir.path().join(format!("backup-{n}.sqlite3"))
    };
    let runs = 3;
    for (label, every) in [("idle", None), ("5 commits/s", Some(Duration::from_millis(200))), ("50 commits/s", Some(Duration::from_millis(20)))] {
        let mut new = Vec::new();
        let mut old = Vec::new();
        for _ in 0..runs {
            let stop = Arc::new(AtomicBool::new(false));
            let w = every.map(|e| writer(data.clone(), e, stop.clone()));
            std::thread::sleep(Duration::from_millis(50));
            let started = Instant::now();
            store::backup::backup(&db, &dest()).unwrap();
            new.push(started.elapsed());
            // The old method once per load: under writes it runs to the limit.
            if old.is_empty() {
                old.push(old_backup(&db, &dest(), Duration::from_secs(30)));
            }
            stop.store(true, Ordering::SeqCst);
            if let Some(w) = w {
                w.join().unwrap();
            }
        }
        new.sort();
        let old_text: Vec<String> = old.iter().map(|o| o.map_or("not done after 30 s".into(), |d| format!("{:.2} s", d.as_secs_f64()))).collect();
        println!("{label}: VACUUM INTO median {:.2} s (runs {:?}); old page-by-page copy: {}", new[runs / 2].as_secs_f64(), new, old_text.join(", "));
    }
}
