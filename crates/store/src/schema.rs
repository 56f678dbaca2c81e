//! Versioned schema migrations, forward only.
//!
//! Every owner of tables — the queue, the platform, each side module — has
//! its own numbered steps, recorded in one table, `schema_migrations
//! (owner, version)`. Each step is applied at start in a transaction of its
//! own, with its record. The queue's steps are also mirrored in `PRAGMA
//! user_version`, as before owners existed (backups are checked with it).

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
    // 5: one record of the schema steps of every owner (the queue, the
    // platform, each module); the queue's earlier steps are filled in by
    // `migrate` after this one.
    r#"
    CREATE TABLE schema_migrations (
        owner       TEXT NOT NULL,
        version     INTEGER NOT NULL,
        applied_at  INTEGER NOT NULL,       -- microseconds since the epoch
        PRIMARY KEY (owner, version)
    ) WITHOUT ROWID;
    "#,
    // 6: accounts beyond the counters. A token or account may act for an
    // organisation (a shop, a facility, a company, …: the platform's
    // `platform_organisations`) or belong to a section; staff accounts have
    // a supervisor (the challenge board asks them) and a display name.
    r#"
    ALTER TABLE tokens ADD COLUMN organisation TEXT;
    ALTER TABLE tokens ADD COLUMN section TEXT;
    ALTER TABLE users ADD COLUMN organisation TEXT;
    ALTER TABLE users ADD COLUMN section TEXT;
    ALTER TABLE users ADD COLUMN supervisor TEXT;
    ALTER TABLE users ADD COLUMN display_name TEXT;
    "#,
    // 7: priority tickets (called ahead with the office's fairness). Only
    // that a ticket is one is kept, never why (a disability is personal
    // information requiring special care).
    r#"
    ALTER TABLE tickets ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
    "#,
];

/// The owner name of the queue's own steps.
pub const QUEUE: &str = "queue";

/// Schema steps of one owner other than the queue: step `i` brings the
/// owner's tables from version `i` to `i + 1`. Never edit a released step;
/// append a new one. Table names start with the owner's id (`kurosaki_…`).
#[derive(Debug, Clone, Copy)]
pub struct Migrations {
    pub owner: &'static str,
    pub steps: &'static [&'static str],
}

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
        if i + 1 >= OWNERS_SINCE {
            record(&tx, QUEUE, i as i64 + 1)?;
        }
        tx.commit()?;
        tracing::info!(schema.owner = QUEUE, schema.version = i + 1, "migrated the database");
    }
    // The queue's steps from before the record existed.
    if found < OWNERS_SINCE as i64 {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for v in 1..OWNERS_SINCE as i64 {
            tx.execute("INSERT OR IGNORE INTO schema_migrations (owner, version, applied_at) VALUES (?1, ?2, ?3)", rusqlite::params![QUEUE, v, now()])?;
        }
        tx.commit()?;
    }
    Ok(())
}

/// The queue's step that made `schema_migrations`.
const OWNERS_SINCE: usize = 5;

fn now() -> i64 {
    jiff::Timestamp::now().as_microsecond()
}

fn record(tx: &rusqlite::Transaction<'_>, owner: &str, version: i64) -> Result<(), StoreError> {
    tx.execute("INSERT INTO schema_migrations (owner, version, applied_at) VALUES (?1, ?2, ?3)", rusqlite::params![owner, version, now()])?;
    Ok(())
}

/// The version an owner's tables are at (0: none yet).
pub fn version_of(conn: &Connection, owner: &str) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE owner = ?1", [owner], |r| r.get(0))?)
}

/// Brings one owner's tables up to date: each missing step in a transaction
/// of its own with its record, so a failed step leaves the ones before it
/// applied and nothing of itself. A database whose owner is ahead of this
/// build (written by a newer Madoguchi) is refused.
pub(crate) fn migrate_owner(conn: &mut Connection, path: &Path, m: &Migrations) -> Result<(), StoreError> {
    if m.owner == QUEUE {
        return Err(StoreError::Malformed(format!("the owner name {QUEUE:?} is the queue's")));
    }
    let known = m.steps.len() as i64;
    let found = version_of(conn, m.owner)?;
    if found > known {
        return Err(StoreError::TooNewOwner { path: path.to_owned(), owner: m.owner.to_owned(), found, known });
    }
    for (i, sql) in m.steps.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql).map_err(|e| StoreError::Malformed(format!("schema step {} of {}: {e}", i + 1, m.owner)))?;
        record(&tx, m.owner, i as i64 + 1)?;
        tx.commit()?;
        tracing::info!(schema.owner = m.owner, schema.version = i + 1, "migrated the database");
    }
    Ok(())
}

/// The schema version this build knows.
pub(crate) fn known_version() -> i64 {
    MIGRATIONS.len() as i64
}
