//! Online backup and restore, safe while the server runs.
//!
//! A backup is `VACUUM INTO` on a read-only connection: one read transaction
//! that sees a consistent snapshot, which WAL keeps readable while the writer
//! goes on committing. (The page-by-page backup API restarts from the first
//! page whenever another connection commits, so under a steady trickle of
//! commits it never finished.) The copy is written under a temporary name in
//! the destination's directory, checked, flushed to disk, and only then given
//! its final name, which is never taken if it exists already: a file under
//! the final name is always a complete, checked backup.

use crate::{Db, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Copies the live database to `dest` (a new file, created `0600`: it holds
/// tokens and password hashes), then checks the copy.
pub fn backup(db: &Db, dest: &Path) -> Result<(), StoreError> {
    backup_with(db, dest, |_| {})
}

/// [`backup`], with a hook run on the temporary copy before it is checked
/// (the tests break the copy there).
fn backup_with(db: &Db, dest: &Path, before_check: impl FnOnce(&Path)) -> Result<(), StoreError> {
    let io = |what: &str, path: &Path, e: std::io::Error| StoreError::Malformed(format!("{what} {}: {e}", path.display()));
    if dest.symlink_metadata().is_ok() {
        return Err(StoreError::Malformed(format!("{} already exists; choose a new file", dest.display())));
    }
    let name = dest.file_name().ok_or_else(|| StoreError::Malformed(format!("{} names no file", dest.display())))?;
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(".{}.partial-{}", name.to_string_lossy(), std::process::id()));
    let tmp_text = tmp.to_str().ok_or_else(|| StoreError::Malformed(format!("{} is not valid UTF-8", tmp.display())))?.to_owned();
    // Created by us, empty and private before SQLite writes a byte into it:
    // VACUUM INTO accepts an empty file, and keeps its mode.
    crate::create_private(&tmp).map_err(|e| io("cannot create", &tmp, e))?;
    let _cleanup = RemoveOnDrop(&tmp);

    let src = db.connect(true)?;
    src.execute("VACUUM INTO ?1", [&tmp_text]).map_err(crate::writer::classify)?;
    drop(src);
    before_check(&tmp);
    {
        let copy = Connection::open_with_flags(&tmp, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| StoreError::Corrupt { path: tmp.clone(), reason: e.to_string() })?;
        check(&copy, &tmp)?;
    }
    // VACUUM INTO does not sync its output; the rename below must not
    // publish a file whose pages are still only in the page cache.
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| io("cannot flush", &tmp, e))?;
    // A hard link fails when the final name exists, where a rename would
    // replace it: a file someone created meanwhile is left alone.
    let exists = || StoreError::Malformed(format!("{} already exists; choose a new file", dest.display()));
    match std::fs::hard_link(&tmp, dest) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists()),
        Err(_) => {
            // Some file systems (FAT on a USB stick) have no hard links: a
            // rename after one more look, leaving only a tiny window.
            if dest.symlink_metadata().is_ok() {
                return Err(exists());
            }
            std::fs::rename(&tmp, dest).map_err(|e| io("cannot name the backup", dest, e))?;
        }
    }
    drop(_cleanup);
    // The directory entry itself must reach the disk too.
    std::fs::File::open(&dir).and_then(|d| d.sync_all()).map_err(|e| io("cannot flush directory", &dir, e))?;
    Ok(())
}

/// Removes the temporary copy however the backup ends; after success the
/// final name is a second link to it, so removing this one keeps the backup.
struct RemoveOnDrop<'a>(&'a Path);

impl Drop for RemoveOnDrop<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.0);
    }
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

    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    /// A backup taken while another connection commits every few
    /// milliseconds finishes while the commits go on (the page-by-page copy
    /// restarted at each commit and only finished once the writer stopped),
    /// and restores.
    #[test]
    fn a_backup_under_steady_commits_finishes_and_restores() {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        use std::sync::Arc;
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("data")).expect("open");
        // About 24 MB, so that a copy takes many steps of the old backup.
        let conn = db.connect(false).expect("conn");
        conn.execute_batch("CREATE TABLE filler (b BLOB)").expect("table");
        let tx = conn.unchecked_transaction().expect("tx");
        for _ in 0..6_000 {
            tx.execute("INSERT INTO filler VALUES (randomblob(4000))", []).expect("fill");
        }
        tx.commit().expect("commit");
        crate::tokens::insert(&conn, b"before", "admin", None, None, 0).expect("insert");
        drop(conn);

        const CAP: usize = 3_000;
        let done = Arc::new(AtomicBool::new(false));
        let commits = Arc::new(AtomicUsize::new(0));
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let writer = {
            let (db_path, done, commits) = (dir.path().join("data"), done.clone(), commits.clone());
            std::thread::spawn(move || {
                let db = Db::open(&db_path).expect("open");
                let conn = db.connect(false).expect("conn");
                for i in 0..CAP {
                    if done.load(Ordering::SeqCst) {
                        break;
                    }
                    conn.execute("INSERT INTO filler VALUES (randomblob(100))", []).expect("commit");
                    commits.fetch_add(1, Ordering::SeqCst);
                    if i == 0 {
                        let _ = started_tx.send(());
                    }
                    // Pacing, not waiting for anything: a steady trickle.
                    std::thread::sleep(Duration::from_millis(5));
                }
            })
        };
        started_rx.recv().expect("the writer commits");
        let file = dir.path().join("under-load.sqlite3");
        backup(&db, &file).expect("backup under writes");
        let during = commits.load(Ordering::SeqCst);
        done.store(true, Ordering::SeqCst);
        writer.join().expect("writer");
        assert!(during < CAP, "the backup only finished once the writer had stopped ({during} commits)");
        assert_eq!(mode(&file), 0o600);

        let conn = db.connect(false).expect("conn");
        crate::tokens::insert(&conn, b"after", "admin", None, None, 0).expect("insert");
        drop(conn);
        restore(&db, &file).expect("restore");
        let conn = db.connect(true).expect("conn");
        assert!(crate::tokens::find(&conn, b"before", 0).expect("find").is_some());
        assert!(crate::tokens::find(&conn, b"after", 0).expect("find").is_none());
        let rows: i64 = conn.query_row("SELECT COUNT(*) FROM filler", [], |r| r.get(0)).expect("count");
        assert!(rows >= 6_000, "{rows}");
    }

    /// A copy that fails its check leaves nothing under the final name, and
    /// no temporary file either.
    #[test]
    fn a_failed_backup_leaves_nothing_under_the_final_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("data")).expect("open");
        let out = dir.path().join("out");
        std::fs::create_dir(&out).expect("dir");
        let file = out.join("broken.sqlite3");
        let e = backup_with(&db, &file, |tmp| {
            let f = std::fs::OpenOptions::new().write(true).open(tmp).expect("open copy");
            f.set_len(100).expect("truncate the copy");
        })
        .expect_err("a broken copy is refused");
        assert!(matches!(e, StoreError::Corrupt { .. }), "{e}");
        assert!(!file.exists(), "a partial file under the final name");
        assert_eq!(std::fs::read_dir(&out).expect("list").count(), 0, "the temporary copy is left behind");
    }

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("data")).expect("open");
        let file = dir.path().join("taken");
        std::fs::write(&file, b"keep me").expect("write");
        assert!(backup(&db, &file).is_err());
        assert_eq!(std::fs::read(&file).expect("read"), b"keep me");
        // Taken between the first look and the naming: still left alone.
        let late = dir.path().join("late.sqlite3");
        let e = backup_with(&db, &late, |_| std::fs::write(&late, b"late").expect("write")).expect_err("taken meanwhile");
        assert!(e.to_string().contains("already exists"), "{e}");
        assert_eq!(std::fs::read(&late).expect("read"), b"late");
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
