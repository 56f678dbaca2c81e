//! Madoguchi's SQLite store.
//!
//! * [`Db::open`] opens (or creates) the data file, sets WAL and
//!   `synchronous=FULL`, refuses a corrupt file, and runs the migrations.
//! * [`Writer`] is the single writer thread: every write of the server goes
//!   through it, in groups that share one transaction and one fsync.
//! * [`Readers`] are read-only connections for lookups that do not need the
//!   live in-memory state.
//! * [`tickets`], [`events`] and [`tokens`] hold the queries.
//!
//! **Architecture invariant:** within the server, only the writer thread
//! writes. Command-line tools (`token create`, `import-history`) write from
//! their own process; SQLite's locking and the busy timeout serialise them
//! with the server.

pub mod backup;
pub mod schema;
pub mod stats;
pub mod events;
pub mod history;
pub mod tickets;
pub mod tokens;
pub mod users;
mod writer;

pub use schema::Migrations;
pub use writer::{Completion, Job, Writer};
/// Re-exported so that users of jobs name the same rusqlite.
pub use rusqlite;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// The data file's name inside the data directory.
pub const DB_FILE: &str = "madoguchi.sqlite3";

/// Storage failures.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a usable Madoguchi database: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{path} was written by a newer Madoguchi (schema {found}, this one knows {known})")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("{path}: the tables of {owner} were written by a newer Madoguchi (schema {found}, this one knows {known})")]
    TooNewOwner { path: PathBuf, owner: String, found: i64, known: i64 },
    #[error("the database is full or the disk is out of space")]
    Full,
    #[error("the database is busy")]
    Busy,
    #[error("the writer has stopped")]
    WriterGone,
    #[error("stored data is malformed: {0}")]
    Malformed(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Whether the failure is the storage's (disk full, I/O) rather than a bug:
    /// the server answers 503 for these.
    pub fn is_unavailable(&self) -> bool {
        use rusqlite::ErrorCode as C;
        match self {
            StoreError::Full | StoreError::Busy | StoreError::WriterGone => true,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                matches!(e.code, C::DiskFull | C::SystemIoFailure | C::DatabaseBusy | C::DatabaseLocked | C::ReadOnly | C::CannotOpen)
            }
            _ => false,
        }
    }
}

/// An opened data directory.
#[derive(Debug)]
pub struct Db {
    path: PathBuf,
}

impl Db {
    /// Opens the data directory, creating it and the database when missing,
    /// checks the file, and brings the schema up to date.
    ///
    /// The files hold residents' tokens and staff password hashes, so they
    /// are private whatever the umask: a directory created here is `0700`,
    /// the database and its `-wal`/`-shm` files `0600` (also when they were
    /// left more open by an older version).
    pub fn open(dir: &Path) -> Result<Db, StoreError> {
        Db::open_with(dir, &[])
    }

    /// [`Db::open`], also bringing the tables of other owners (the platform,
    /// each enabled module) up to date, in the order given.
    pub fn open_with(dir: &Path, owners: &[Migrations]) -> Result<Db, StoreError> {
        let data_dir = |source| StoreError::DataDir { path: dir.to_owned(), source };
        create_data_dir(dir)?;
        let path = dir.join(DB_FILE);
        // SQLite would create a missing file with 0644 less the umask; an
        // empty file created here first is a valid new database.
        match create_private(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(source) => return Err(data_dir(source)),
        }
        let db = Db { path };
        let mut conn = db.connect(false)?;
        // SQLite gives -wal and -shm the database file's mode; these exist
        // now (WAL is on), so existing loose modes are tightened as well.
        for file in [db.path.clone(), sibling(&db.path, "-wal"), sibling(&db.path, "-shm")] {
            if let Err(e) = make_private(&file)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(file = %file.display(), error = %e, "cannot make the database file private (0600)");
            }
        }
        let corrupt = |reason: String| StoreError::Corrupt { path: db.path.clone(), reason };
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| corrupt(e.to_string()))?;
        if check != "ok" {
            return Err(corrupt(format!("quick_check says: {check}")));
        }
        schema::migrate(&mut conn, &db.path)?;
        for owner in owners {
            schema::migrate_owner(&mut conn, &db.path, owner)?;
        }
        Ok(db)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new connection with the house pragmas.
    pub fn connect(&self, read_only: bool) -> Result<Connection, StoreError> {
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(&self.path, flags)
            .map_err(|e| StoreError::Corrupt { path: self.path.clone(), reason: e.to_string() })?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let corrupt = |e: rusqlite::Error| StoreError::Corrupt { path: self.path.clone(), reason: e.to_string() };
        if !read_only {
            // WAL lets readers go on while the writer commits; FULL makes a
            // commit durable before we answer 201.
            let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(corrupt)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Corrupt { path: self.path.clone(), reason: format!("cannot switch to WAL (got {mode})") });
            }
        }
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;").map_err(corrupt)?;
        Ok(conn)
    }

    /// Starts the writer thread on a connection of its own.
    pub fn writer(&self) -> Result<Writer, StoreError> {
        Ok(Writer::spawn(self.connect(false)?))
    }

    /// A few read-only connections.
    pub fn readers(&self, count: usize) -> Result<Readers, StoreError> {
        let conns = (0..count.max(1)).map(|_| self.connect(true).map(Mutex::new)).collect::<Result<_, _>>()?;
        Ok(Readers { conns, next: std::sync::atomic::AtomicUsize::new(0) })
    }
}

/// `path` with `suffix` appended to its file name (`x.sqlite3-wal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Creates a new, empty file readable by its owner only; fails when it exists.
pub(crate) fn create_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    // The mode given at creation is reduced by the umask; a umask that
    // takes the owner's bits away must not leave an unusable file.
    make_private(path)
}

/// Sets `0600` on an existing file.
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

/// Creates a missing data directory (and missing parents) with mode `0700`,
/// whatever the umask. An existing directory is left as the operator made it.
pub fn create_data_dir(dir: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if dir.is_dir() {
        return Ok(());
    }
    let data_dir = |source| StoreError::DataDir { path: dir.to_owned(), source };
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(data_dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(data_dir)
}

/// Read-only connections, handed out round-robin. Reads are short; callers
/// run them on a blocking thread.
#[derive(Debug)]
pub struct Readers {
    conns: Vec<Mutex<Connection>>,
    next: std::sync::atomic::AtomicUsize,
}

impl Readers {
    pub fn with<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % self.conns.len();
        let conn = self.conns[i].lock().unwrap_or_else(|p| p.into_inner());
        f(&conn)
    }
}

/// Microseconds since the Unix epoch: how instants are stored, so that they
/// sort as numbers.
pub fn micros(t: jiff::Timestamp) -> i64 {
    t.as_microsecond()
}

pub fn from_micros(us: i64) -> Result<jiff::Timestamp, StoreError> {
    jiff::Timestamp::from_microsecond(us).map_err(|e| StoreError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests;
