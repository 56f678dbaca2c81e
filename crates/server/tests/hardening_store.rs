//! Hardening of what the server keeps and writes (issue 11): online backups
//! under load, private file modes, printer targets that are no printers, and
//! the cap on a journey's length. Loopback only, bounded in count and time.

mod common;

use common::*;
use serde_json::json;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

fn tickets_in(data: &Path) -> i64 {
    let db = store::Db::open(data).expect("open");
    let conn = db.connect(true).expect("conn");
    conn.query_row("SELECT COUNT(*) FROM tickets", [], |r| r.get(0)).expect("count")
}

/// `madoguchi backup` while the server commits an issue every few
/// milliseconds finishes while the commits go on, leaves a private file,
/// and restores into a new data directory with everything issued before it.
#[tokio::test]
async fn a_backup_while_tickets_are_issued_finishes_and_restores() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    {
        // Some tens of MB of other rows, so that the copy takes a while.
        let db = store::Db::open(dir.path()).expect("open");
        let conn = db.connect(false).expect("conn");
        conn.execute_batch("CREATE TABLE filler (b BLOB)").expect("table");
        let tx = conn.unchecked_transaction().expect("tx");
        for _ in 0..5_000 {
            tx.execute("INSERT INTO filler VALUES (randomblob(4000))", []).expect("fill");
        }
        tx.commit().expect("commit");
    }
    let app = spawn_app_with(dir.clone(), Arc::new(queue_core::SystemClock)).await;
    let admin = app.admin();
    for _ in 0..5 {
        app.issue_ok(&admin, "yahatanishi", json!({"service": "moving-in"})).await;
    }

    const CAP: usize = 2_000;
    let stop = Arc::new(AtomicBool::new(false));
    let issued = Arc::new(AtomicUsize::new(0));
    let load = {
        let (client, base, admin, stop, issued) = (app.client.clone(), app.base.clone(), admin.clone(), stop.clone(), issued.clone());
        tokio::spawn(async move {
            for _ in 0..CAP {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let r = send(client.post(format!("{base}/api/v1/offices/yahatanishi/tickets")).bearer_auth(&admin).json(&json!({"service": "moving-in"}))).await;
                r.expect(201);
                issued.fetch_add(1, Ordering::SeqCst);
                // Pacing, not waiting for anything: a steady trickle of commits.
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        })
    };
    let out_dir = tempfile::TempDir::new().expect("tempdir");
    let file = out_dir.path().join("under-load.sqlite3");
    let data = app.data_dir().to_str().expect("utf-8").to_owned();
    let before = issued.load(Ordering::SeqCst);
    let out = run_cli(&["backup", "--data", &data, "--to", file.to_str().expect("utf-8")]).await;
    let during = issued.load(Ordering::SeqCst);
    stop.store(true, Ordering::SeqCst);
    within("the issuing loop", load).await.expect("load task");
    assert!(out.status.success(), "backup failed: {}", String::from_utf8_lossy(&out.stderr));
    assert!(during < CAP, "the backup only finished once the issuing had stopped ({during} issued)");
    assert_eq!(mode(&file), 0o600, "a backup holds tokens and password hashes");
    assert_eq!(std::fs::read_dir(out_dir.path()).expect("list").count(), 1, "only the backup, no temporary file");

    // Restores into a new data directory, with at least what was there when it began.
    let restored = tempfile::TempDir::new().expect("tempdir");
    let target = restored.path().join("data");
    let out = run_cli(&["restore", "--data", target.to_str().expect("utf-8"), "--from", file.to_str().expect("utf-8")]).await;
    assert!(out.status.success(), "restore failed: {}", String::from_utf8_lossy(&out.stderr));
    assert!(tickets_in(&target) >= 5 + before as i64);
    assert_eq!(mode(&target), 0o700);
    assert_eq!(mode(&target.join(store::DB_FILE)), 0o600);

    // A second backup to the same name is refused and leaves the first alone;
    // one into a directory that does not exist leaves nothing anywhere.
    let first = std::fs::read(&file).expect("read");
    let again = run_cli(&["backup", "--data", &data, "--to", file.to_str().expect("utf-8")]).await;
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"), "{}", String::from_utf8_lossy(&again.stderr));
    assert!(std::fs::read(&file).expect("read") == first, "the existing backup was changed");
    let nowhere = out_dir.path().join("missing").join("b.sqlite3");
    let out = run_cli(&["backup", "--data", &data, "--to", nowhere.to_str().expect("utf-8")]).await;
    assert!(!out.status.success());
    assert!(!nowhere.exists() && !nowhere.parent().expect("parent").exists());
    assert_eq!(std::fs::read_dir(out_dir.path()).expect("list").count(), 1);
    app.stop().await;
}

/// The running server's database and its WAL files are private.
#[tokio::test]
async fn the_database_files_of_a_running_server_are_private() {
    let parent = tempfile::TempDir::new().expect("tempdir");
    let data = parent.path().join("fresh").join("data");
    let out = run_cli(&["token", "create", "--data", data.to_str().expect("utf-8"), "--role", "admin"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(mode(&data), 0o700, "a data directory the server creates");
    let app = spawn_app().await;
    app.issue_ok(&app.admin(), "yahatanishi", json!({"service": "moving-in"})).await;
    let db = app.data_dir().join(store::DB_FILE);
    for suffix in ["", "-wal", "-shm"] {
        let f = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    app.stop().await;
}

/// The built-in ward with one device printer at the main office.
fn config_with_device(target: &Path) -> queue_core::WardConfig {
    let text = madoguchi_server::settings::BUILT_IN;
    let second_office = text.match_indices("\n[[offices]]").nth(1).map(|(i, _)| i).expect("a second office");
    let printer = format!("\n[[offices.printers]]\nid = \"kiosk-1f\"\ntarget = \"{}\"\n", target.display());
    queue_core::WardConfig::parse(&format!("{}{printer}{}", &text[..second_office], &text[second_office..])).expect("config")
}

/// A printer target that turned into a regular file, or a symlink to one,
/// after the start is refused at print time and left untouched; /dev/null,
/// a character device, prints.
#[tokio::test]
async fn printing_to_a_file_that_is_no_device_is_refused_and_leaves_it_untouched() {
    let files = tempfile::TempDir::new().expect("tempdir");
    let victim = files.path().join("passwd");
    let content = b"root:x:0:0:root:/root:/bin/bash\n".repeat(20);
    std::fs::write(&victim, &content).expect("write");
    let link = files.path().join("lp0");
    std::os::unix::fs::symlink(&victim, &link).expect("symlink");
    for target in [&victim, &link] {
        let config = config_with_device(target);
        let app = spawn_app_configured(Arc::new(tempfile::TempDir::new().expect("tempdir")), Arc::new(queue_core::SystemClock), config).await;
        let kiosk = app.kiosk("yahatanishi");
        let t = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-in"})).await;
        let r = app.post(Some(&kiosk), &format!("/api/v1/tickets/{}/print", s(&t, "id")), Some(json!({"printer": "kiosk-1f"}))).await;
        assert_eq!(r.expect_error(503), "printer_unavailable");
        assert!(r.text.contains("not a character device"), "{}", r.text);
        app.stop().await;
    }
    assert!(std::fs::read(&victim).expect("read") == content, "the file was written to");

    let app = spawn_app_configured(Arc::new(tempfile::TempDir::new().expect("tempdir")), Arc::new(queue_core::SystemClock), config_with_device(Path::new("/dev/null"))).await;
    let kiosk = app.kiosk("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-in"})).await;
    let r = app.post(Some(&kiosk), &format!("/api/v1/tickets/{}/print", s(&t, "id")), Some(json!({"printer": "kiosk-1f"}))).await;
    assert_eq!(r.expect(200)["printed"], true);
    app.stop().await;
}

/// Steps added through the API stop at twelve with 409 `journey_too_long`,
/// and the journey is left as it was.
#[tokio::test]
async fn a_journey_cannot_grow_past_twelve_steps() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-in"})).await;
    let id = s(&t, "id").to_owned();
    let path = format!("/api/v1/tickets/{id}/journey/steps");
    for n in 2..=12 {
        let r = app.post(Some(&staff), &path, Some(json!({"service": "child-allowance"}))).await;
        assert_eq!(r.expect(200)["journey"].as_array().map(Vec::len), Some(n));
    }
    let before = app.ticket(&staff, &id).await.expect(200)["journey"].clone();
    for _ in 0..3 {
        let r = app.post(Some(&staff), &path, Some(json!({"service": "child-allowance"}))).await;
        assert_eq!(r.expect_error(409), "journey_too_long");
    }
    assert_eq!(app.ticket(&staff, &id).await.expect(200)["journey"], before, "nothing added");
    // The journey still works: its current step is skipped as before.
    let r = app.post(Some(&staff), &format!("/api/v1/tickets/{id}/journey/skip"), Some(json!({}))).await;
    assert_eq!(r.expect(200)["journey"][0]["status"], "skipped");
    app.stop().await;
}
