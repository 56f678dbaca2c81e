//! Online backup and restore with SQLite's backup API: safe while the
//! server runs (the copy is a consistent snapshot), page by page so the
//! writer is never blocked for long.

use crate::{Db, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// Copies the live database to `dest` (a new file), then checks the copy.
pub fn backup(db: &Db, dest: &Path) -> Result<(), StoreError> {
    if dest.exists() {
        return Err(StoreError::Malformed(format!("{} already exists; choose a new file", dest.display())));
    }
    let src = db.connect(true)?;
    let mut out = Connection::open(dest).map_err(|e| StoreError::Corrupt { path: dest.to_owned(), reason: e.to_string() })?;
    {
        let b = rusqlite::backup::Backup::new(&src, &mut out)?;
        b.run_to_completion(256, Duration::from_millis(5), None)?;
    }
    check(&out, dest)?;
    Ok(())
}

/// Replaces the data directory's database with the backup at `from`. The
/// server must be stopped (the caller checks the data directory's lock).
pub fn restore(db: &Db, from: &Path) -> Result<(), StoreError> {
    let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| StoreError::Corrupt { path: from.to_owned(), reason: e.to_string() })?;
    check(&src, from)?;
    let found: i64 = src.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let known = crate::schema::known_version();
    if found > known {
        return Err(StoreError::TooNew { path: from.to_owned(), found, known });
    }
    let mut dst = db.connect(false)?;
    {
        let b = rusqlite::backup::Backup::new(&src, &mut dst)?;
        b.run_to_completion(256, Duration::from_millis(0), None)?;
    }
    // An older backup is brought up to the current schema.
    crate::schema::migrate(&mut dst, db.path())?;
    Ok(())
}

fn check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let corrupt = |reason: String| StoreError::Corrupt { path: path.to_owned(), reason };
    let ok: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| corrupt(e.to_string()))?;
    if ok != "ok" {
        return Err(corrupt(format!("quick_check says: {ok}")));
    }
    let has_tickets: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tickets'", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    if has_tickets == 0 {
        return Err(corrupt("not a Madoguchi database (no tickets table)".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_restores_what_was_there() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("data")).expect("open");
        let conn = db.connect(false).expect("conn");
        crate::tokens::insert(&conn, b"one", "admin", None, None, 0).expect("insert");
        let file = dir.path().join("backup.sqlite3");
        backup(&db, &file).expect("backup");
        assert!(backup(&db, &file).is_err(), "never overwrites");
        crate::tokens::insert(&conn, b"two", "admin", None, None, 0).expect("insert");
        drop(conn);
        restore(&db, &file).expect("restore");
        let conn = db.connect(true).expect("conn");
        assert!(crate::tokens::find(&conn, b"one", 0).expect("find").is_some());
        assert!(crate::tokens::find(&conn, b"two", 0).expect("find").is_none());
    }

    #[test]
    fn a_file_that_is_not_a_backup_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("data")).expect("open");
        let junk = dir.path().join("junk");
        std::fs::write(&junk, b"hello").expect("write");
        assert!(restore(&db, &junk).is_err());
    }
}
