//! Versioned schema migrations, tracked in `PRAGMA user_version`.

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// Each entry brings the schema from version `i` to `i + 1`. Never edit a
/// released entry; append a new one.
const MIGRATIONS: &[&str] = &[
    // 1: tickets, the event log, bearer tokens, imported history.
    r#"
    CREATE TABLE tickets (
        id          TEXT PRIMARY KEY,
        office      TEXT NOT NULL,
        day         TEXT NOT NULL,          -- business day in Asia/Tokyo, YYYY-MM-DD
        prefix      TEXT NOT NULL,          -- the issuing queue: the number's letters
        n           INTEGER NOT NULL,       -- the number's digits
        queue       TEXT NOT NULL,          -- the queue it waits in now
        service     TEXT,
        status      TEXT NOT NULL,
        counter     TEXT,
        lang        TEXT NOT NULL,
        token       TEXT,                   -- the resident's secret; purged after retention
        issued_at   INTEGER NOT NULL,       -- microseconds since the epoch
        queued_at   INTEGER NOT NULL,
        front       INTEGER NOT NULL DEFAULT 0,
        called_at   INTEGER,
        started_at  INTEGER,
        finished_at INTEGER,
        recalls     INTEGER NOT NULL DEFAULT 0,
        journey     TEXT,                   -- JSON array of steps
        UNIQUE (office, day, prefix, n)
    );
    CREATE UNIQUE INDEX tickets_token ON tickets(token) WHERE token IS NOT NULL;
    CREATE INDEX tickets_office_day ON tickets(office, day);

    -- Every change of every office, numbered by the office's seq: the audit
    -- trail and the raw material of statistics and forecasting.
    CREATE TABLE events (
        office    TEXT NOT NULL,
        seq       INTEGER NOT NULL,
        type      TEXT NOT NULL,
        ticket    TEXT,
        queue     TEXT,
        from_queue TEXT,
        counter   TEXT,
        actor     TEXT,
        at        INTEGER NOT NULL,
        PRIMARY KEY (office, seq)
    ) WITHOUT ROWID;
    CREATE INDEX events_ticket ON events(ticket);

    CREATE TABLE tokens (
        id          INTEGER PRIMARY KEY,
        hash        BLOB NOT NULL UNIQUE,   -- SHA-256 of the bearer token
        role        TEXT NOT NULL,
        office      TEXT,
        name        TEXT,
        created_at  INTEGER NOT NULL,
        revoked_at  INTEGER
    );

    CREATE TABLE history (
        date      TEXT NOT NULL,
        office    TEXT NOT NULL,
        queue     TEXT NOT NULL,
        arrivals  INTEGER NOT NULL,
        PRIMARY KEY (date, office, queue)
    ) WITHOUT ROWID;
    "#,
    // 2: staff accounts for the desk's sign-in; tokens that expire (sign-in sessions).
    r#"
    CREATE TABLE users (
        username      TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,        -- argon2id, PHC string
        role          TEXT NOT NULL,
        office        TEXT,
        created_at    INTEGER NOT NULL,
        disabled_at   INTEGER
    );
    ALTER TABLE tokens ADD COLUMN expires_at INTEGER;
    "#,
    // 3: a free detail on events that have no ticket (printer trouble).
    r#"
    ALTER TABLE events ADD COLUMN note TEXT;
    "#,
    // 4: a change marker for the imported history, bumped in every import's
    // transaction, so that a server (another process) sees an import with
    // one row read instead of counting the history.
    r#"
    CREATE TABLE history_version (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL
    );
    INSERT INTO history_version (id, version) VALUES (1, 0);
    "#,
];

pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let known = MIGRATIONS.len() as i64;
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > known {
        return Err(StoreError::TooNew { path: path.to_owned(), found, known });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
        tracing::info!(schema.version = i + 1, "migrated the database");
    }
    Ok(())
}

/// The schema version this build knows.
pub(crate) fn known_version() -> i64 {
    MIGRATIONS.len() as i64
}
