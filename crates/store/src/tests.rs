use super::*;
use queue_core::ticket::{Status, Ticket, TicketNumber};
use queue_core::{Change, ChangeKind, Lang, OfficeId, QueueId, TicketId};
use std::sync::mpsc;

fn ticket(n: u32) -> Ticket {
    let at: jiff::Timestamp = "2026-04-01T00:00:00Z".parse().expect("ts");
    Ticket {
        id: TicketId::parse(&format!("t{n}")).expect("id"),
        office: OfficeId::parse("main").expect("id"),
        day: jiff::civil::date(2026, 4, 1),
        number: TicketNumber { prefix: QueueId::parse("A").expect("id"), n },
        queue: QueueId::parse("A").expect("id"),
        service: None,
        status: Status::Waiting,
        counter: None,
        lang: Lang::ja(),
        token: format!("tok{n}"),
        issued_at: at,
        queued_at: at,
        front: false,
        called_at: None,
        started_at: None,
        finished_at: None,
        recalls: 0,
        journey: None,
        priority: false,
    }
}

fn change(seq: u64, t: &Ticket) -> Change {
    Change {
        office: t.office.clone(),
        seq,
        kind: ChangeKind::Issued,
        at: t.issued_at,
        ticket: Some(t.clone()),
        counter: None,
        from_queue: None,
        note: None,
    }
}

fn save_job(t: Ticket, seq: u64, done: mpsc::Sender<Result<(), String>>) -> Job {
    Box::new(move |tx| {
        let c = change(seq, &t);
        let result = tickets::save(tx, &t).and_then(|_| events::append(tx, &c, Some("test")));
        let done2 = done.clone();
        let completion: Completion = Box::new(move |r| {
            let _ = done2.send(r.map_err(|e| e.to_string()));
        });
        match result {
            Ok(()) => Ok(completion),
            Err(e) => Err((e, completion)),
        }
    })
}

#[test]
fn a_ticket_written_by_the_writer_reads_back_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(dir.path()).expect("open");
    let writer = db.writer().expect("writer");
    let (tx, rx) = mpsc::channel();
    let mut t = ticket(1);
    t.journey = Some(vec![]);
    writer.submit(save_job(t.clone(), 1, tx)).expect("submit");
    rx.recv().expect("completion").expect("committed");
    let readers = db.readers(1).expect("readers");
    let back = readers.with(|c| tickets::by_id(c, "t1")).expect("read").expect("exists");
    assert_eq!(back, t);
    let day = readers.with(|c| tickets::load_day(c, &t.office, t.day)).expect("read");
    assert_eq!(day.len(), 1);
    assert_eq!(readers.with(|c| events::last_seq(c, "main")).expect("seq"), 1);
    writer.stop();
}

#[test]
fn many_jobs_share_groups_and_a_failing_job_loses_only_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(dir.path()).expect("open");
    let writer = db.writer().expect("writer");
    let (tx, rx) = mpsc::channel();
    for n in 1..=200 {
        writer.submit(save_job(ticket(n), u64::from(n), tx.clone())).expect("submit");
    }
    // Same number again: the UNIQUE (office, day, prefix, n) index refuses it.
    let mut dup = ticket(5);
    dup.id = TicketId::parse("dup").expect("id");
    dup.token = "other".into();
    writer.submit(save_job(dup, 201, tx.clone())).expect("submit");
    drop(tx);
    let results: Vec<_> = rx.iter().collect();
    assert_eq!(results.len(), 201);
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 200);
    writer.stop();
    let readers = db.readers(1).expect("readers");
    let n: i64 = readers.with(|c| Ok(c.query_row("SELECT COUNT(*) FROM tickets", [], |r| r.get(0))?)).expect("count");
    assert_eq!(n, 200);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(DB_FILE), vec![0x42u8; 8192]).expect("write garbage");
    let err = Db::open(dir.path()).expect_err("must refuse");
    let msg = err.to_string();
    assert!(msg.contains(DB_FILE) && msg.contains("not a usable"), "{msg}");
}

#[test]
fn reopening_keeps_the_schema_and_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let db = Db::open(dir.path()).expect("open");
        let conn = db.connect(false).expect("conn");
        tokens::insert(&conn, b"hash", "admin", None, Some("first"), 0).expect("insert");
    }
    let db = Db::open(dir.path()).expect("reopen");
    let conn = db.connect(true).expect("conn");
    let g = tokens::find(&conn, b"hash", 0).expect("find").expect("found");
    assert_eq!((g.role.as_str(), g.name.as_deref()), ("admin", Some("first")));
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert!(v >= 1);
}

#[test]
fn history_import_is_idempotent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(dir.path()).expect("open");
    let mut conn = db.connect(false).expect("conn");
    let rows = vec![history::DailyArrivals { date: jiff::civil::date(2025, 4, 1), office: "main".into(), queue: "A".into(), arrivals: 120 }];
    history::import(&mut conn, &rows).expect("import");
    history::import(&mut conn, &rows).expect("import again");
    assert_eq!(history::for_office(&conn, "main").expect("read"), rows);
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

/// The data directory, the database and its WAL files hold tokens and
/// password hashes: private whatever the umask (tests run with 022).
#[test]
fn the_data_directory_and_database_files_are_private() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("new").join("data");
    let db = Db::open(&data).expect("open");
    let conn = db.connect(false).expect("conn");
    conn.execute_batch("CREATE TABLE IF NOT EXISTS t (x); INSERT INTO t VALUES (1)").expect("write");
    assert_eq!(mode(&data), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let f = std::path::PathBuf::from(format!("{}{suffix}", db.path().display()));
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

/// A database left world-readable by an older version is made private.
#[test]
fn an_existing_loose_database_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(dir.path()).expect("open");
    drop(db);
    let file = dir.path().join(DB_FILE);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let db = Db::open(dir.path()).expect("open again");
    assert_eq!(mode(db.path()), 0o600);
}
