//! The storage every module shares with the queue: the one writer thread and
//! the read-only connections.
//!
//! **Architecture invariant:** a module never opens a connection of its own
//! for writing. [`Storage::write`] runs its closure as a job of the same
//! writer thread as the queue's changes, inside the same group commit, and
//! answers only once the group is on disk — so a module's 201 means what the
//! queue's does.

use store::{Job, Readers, StoreError, Writer};
use std::sync::Arc;
use tokio::sync::oneshot;

/// The writer and the readers, cheap to clone.
#[derive(Clone, Debug)]
pub struct Storage {
    writer: Writer,
    readers: Arc<Readers>,
}

impl Storage {
    pub fn new(writer: Writer, readers: Arc<Readers>) -> Storage {
        Storage { writer, readers }
    }

    /// Runs `f` in the writer's transaction and answers once it is committed.
    /// An error from `f` rolls back `f`'s writes only (its own savepoint).
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&store::rusqlite::Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<T, StoreError>>();
        let job: Job = Box::new(move |tx| match f(tx) {
            Ok(v) => Ok(Box::new(move |committed: Result<(), &StoreError>| {
                let _ = reply.send(committed.map(|_| v).map_err(clone_error));
            })),
            Err(e) => {
                let msg = clone_error(&e);
                Err((e, Box::new(move |_| {
                    let _ = reply.send(Err(msg));
                })))
            }
        });
        self.writer.submit(job)?;
        answer.await.unwrap_or(Err(StoreError::WriterGone))
    }

    /// Runs a short read on a read-only connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&store::rusqlite::Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = self.readers.clone();
        match tokio::task::spawn_blocking(move || readers.with(f)).await {
            Ok(result) => result,
            Err(e) => Err(StoreError::Malformed(format!("a read was cancelled: {e}"))),
        }
    }

    /// The writer, for the queue's engine (its jobs also touch its live state).
    pub fn writer(&self) -> &Writer {
        &self.writer
    }

    pub fn readers(&self) -> &Arc<Readers> {
        &self.readers
    }
}

/// The error a job's caller hears about a group's failure: the store's
/// errors do not clone, and all a caller needs is "unavailable" or not.
pub fn clone_error(e: &StoreError) -> StoreError {
    if e.is_unavailable() { StoreError::Full } else { StoreError::Malformed(e.to_string()) }
}
