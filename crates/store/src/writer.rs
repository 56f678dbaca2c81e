//! The single writer thread.
//!
//! Jobs arrive on a channel. The thread takes every job that is waiting (up
//! to a bound), runs each inside its own savepoint of one transaction,
//! commits once — one fsync for the whole group — and only then runs each
//! job's completion with the commit's outcome. Under light load a group is
//! one job; under heavy load the groups grow and the fsync cost is shared.

use crate::StoreError;
use rusqlite::{Connection, Transaction};
use std::sync::mpsc;
use std::thread::JoinHandle;

/// What runs after the commit: given `Ok` when the job's writes are durable,
/// or the error that lost them.
pub type Completion = Box<dyn FnOnce(Result<(), &StoreError>) + Send>;

/// A unit of work for the writer: runs inside the group's transaction and
/// returns what to do once the group is committed.
pub type Job = Box<dyn FnOnce(&Transaction<'_>) -> Result<Completion, (StoreError, Completion)> + Send>;

/// How many jobs may share one transaction.
const MAX_GROUP: usize = 512;

enum Message {
    Job(Job),
    Stop,
}

/// A handle on the writer thread. Cloning it shares the thread.
#[derive(Clone)]
pub struct Writer {
    sender: mpsc::Sender<Message>,
    stats: std::sync::Arc<crate::stats::Histogram>,
    thread: std::sync::Arc<std::sync::Mutex<Option<JoinHandle<()>>>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Writer")
    }
}

impl Writer {
    pub(crate) fn spawn(conn: Connection) -> Writer {
        let (sender, receiver) = mpsc::channel();
        let stats = std::sync::Arc::new(crate::stats::Histogram::default());
        let for_thread = stats.clone();
        let handle = std::thread::Builder::new()
            .name("madoguchi-writer".into())
            .spawn(move || run(conn, receiver, &for_thread))
            .ok();
        Writer { sender, stats, thread: std::sync::Arc::new(std::sync::Mutex::new(handle)) }
    }

    /// Queues a job. When the writer has stopped, the job's completion is
    /// not run and the error is returned instead.
    pub fn submit(&self, job: Job) -> Result<(), StoreError> {
        self.sender.send(Message::Job(job)).map_err(|_| StoreError::WriterGone)
    }

    /// Commit times (one observation per group) and the largest group.
    pub fn stats(&self) -> std::sync::Arc<crate::stats::Histogram> {
        self.stats.clone()
    }

    /// Finishes the jobs already queued, commits them, and stops the thread.
    pub fn stop(&self) {
        let _ = self.sender.send(Message::Stop);
        let handle = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

fn run(mut conn: Connection, receiver: mpsc::Receiver<Message>, stats: &crate::stats::Histogram) {
    let mut stopping = false;
    while !stopping {
        let Ok(first) = receiver.recv() else { break };
        let mut jobs = Vec::new();
        match first {
            Message::Job(j) => jobs.push(j),
            Message::Stop => break,
        }
        while jobs.len() < MAX_GROUP {
            match receiver.try_recv() {
                Ok(Message::Job(j)) => jobs.push(j),
                Ok(Message::Stop) => {
                    stopping = true;
                    break;
                }
                Err(_) => break,
            }
        }
        let group = jobs.len();
        let started = std::time::Instant::now();
        run_group(&mut conn, jobs);
        stats.observe(started.elapsed().as_secs_f64());
        stats.note_max(group as u64);
    }
    tracing::info!("writer stopped");
}

fn run_group(conn: &mut Connection, jobs: Vec<Job>) {
    let group = jobs.len();
    let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(e) => {
            // The jobs have not run, so nothing changed; dropping them tells
            // their callers that the writes did not happen.
            tracing::error!(error = %classify(e), lost = jobs.len(), "cannot begin a write transaction");
            return;
        }
    };
    let mut completions: Vec<(Completion, Option<StoreError>)> = Vec::with_capacity(group);
    // Set when SQLite rolled the whole transaction back by itself (it may on
    // SQLITE_FULL or an I/O error): every job of the group is lost with it.
    let mut aborted: Option<StoreError> = None;
    let mut jobs = jobs.into_iter();
    for job in jobs.by_ref() {
        if let Err(e) = tx.execute_batch("SAVEPOINT job") {
            // The job has not run, so nothing changed for it; dropping it
            // tells its caller that the write did not happen.
            tracing::error!(error = %classify(e), "cannot open a savepoint; job dropped");
            continue;
        }
        match job(&tx) {
            Ok(done) => {
                let _ = tx.execute_batch("RELEASE job");
                completions.push((done, None));
            }
            Err((e, done)) => {
                let e = reclassify(e);
                if tx.is_autocommit() {
                    tracing::error!(error = %e, group, "the transaction was rolled back; the group is lost");
                    completions.push((done, None));
                    aborted = Some(e);
                    break;
                }
                let _ = tx.execute_batch("ROLLBACK TO job; RELEASE job");
                completions.push((done, Some(e)));
            }
        }
    }
    // Jobs after an aborted group never ran: dropping them tells their callers.
    drop(jobs);
    let committed = match aborted {
        Some(e) => {
            drop(tx);
            Err(e)
        }
        None => tx.commit().map_err(classify),
    };
    for (done, own_error) in completions {
        match (&committed, own_error) {
            (Ok(()), None) => done(Ok(())),
            (Ok(()), Some(e)) => done(Err(&e)),
            (Err(e), _) => done(Err(e)),
        }
    }
}

/// Classifies the SQLite error inside a job's error.
fn reclassify(e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(inner) => classify(inner),
        other => other,
    }
}

/// Turns SQLite's "disk full" into our own error so callers can answer 503.
pub(crate) fn classify(e: rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if f.code == rusqlite::ErrorCode::DiskFull {
            return StoreError::Full;
        }
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) {
            return StoreError::Busy;
        }
    }
    StoreError::Sqlite(e)
}
