//! What an operator does: back up while serving, restore, list and revoke
//! tokens, read /metrics; and the limits that keep strangers out.

mod common;

use common::*;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;

async fn issue(app: &TestApp, token: &str) -> serde_json::Value {
    send(app.client.post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base)).bearer_auth(token).json(&json!({"queue": "A"})))
        .await
        .expect(201)
        .clone()
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_ticket() {
    let app = spawn_app().await;
    let admin = app.admin();
    let mut issued = Vec::new();
    for _ in 0..5 {
        issued.push(issue(&app, &admin).await);
    }
    let backup_dir = tempfile::tempdir().expect("tempdir");
    let file = backup_dir.path().join("backup.sqlite3");
    let out = run_cli(&["backup", "--data", app.data_dir().to_str().expect("utf-8"), "--to", file.to_str().expect("utf-8")]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Restoring into a data directory a server is using is refused.
    let out = run_cli(&["restore", "--data", app.data_dir().to_str().expect("utf-8"), "--from", file.to_str().expect("utf-8")]).await;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("stop the server"), "{err}");
    app.stop().await;

    let fresh = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let out = run_cli(&["restore", "--data", fresh.path().to_str().expect("utf-8"), "--from", file.to_str().expect("utf-8")]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let restored = spawn_app_with(fresh, Arc::new(queue_core::SystemClock)).await;
    let staff = restored.staff("yahatanishi");
    for t in &issued {
        let r = send(restored.client.get(format!("{}/api/v1/tickets/{}", restored.base, s(t, "id"))).bearer_auth(&staff)).await;
        assert_eq!(r.expect(200)["number"], t["number"]);
    }
    let next = issue(&restored, &staff).await;
    assert_eq!(next["number"], "A-006");
    restored.stop().await;
}

#[tokio::test]
async fn a_second_server_on_the_same_data_directory_is_refused() {
    let app = spawn_app().await;
    let opts = madoguchi_server::app::ServeOptions {
        config: Arc::new(madoguchi_server::settings::built_in_always_open()),
        data_dir: app.data_dir().to_owned(),
        listen: "127.0.0.1:0".parse().expect("addr"),
        public_url: None,
        network: Default::default(),
        modules: madoguchi_server::modules::registered(),
        reference: None,
    };
    let second = madoguchi_server::app::start(opts, Arc::new(queue_core::SystemClock)).await;
    let err = second.expect_err("refused").to_string();
    assert!(err.contains("another Madoguchi server"), "{err}");
    app.stop().await;
}

#[tokio::test]
async fn tokens_are_listed_without_secrets_and_a_revoked_token_stops_working() {
    let app = spawn_app().await;
    let data = app.data_dir().to_str().expect("utf-8").to_owned();
    let token = cli_token(app.data_dir(), "kiosk", Some("yahatanishi")).await;
    issue(&app, &token).await;
    let out = run_cli(&["token", "list", "--data", &data]).await;
    let list = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success());
    assert!(!list.contains(&token), "the list never shows a token");
    let id = list.lines().rfind(|l| l.contains("kiosk")).and_then(|l| l.split_whitespace().next()).expect("the kiosk token's id").to_owned();
    let out = run_cli(&["token", "revoke", "--data", &data, &id]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The server caches valid tokens for a few seconds; within ten it must refuse.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base)).bearer_auth(&token).json(&json!({"queue": "A"}))).await;
        if r.status == 401 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the revoked token still works");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let out = run_cli(&["token", "revoke", "--data", &data, "99999"]).await;
    assert!(!out.status.success());
    app.stop().await;
}

#[tokio::test]
async fn metrics_and_request_ids() {
    let app = spawn_app().await;
    let admin = app.admin();
    issue(&app, &admin).await;
    let r = within("metrics", app.client.get(format!("{}/metrics", app.base)).send()).await.expect("metrics");
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("x-request-id"));
    let text = r.text().await.expect("text");
    for needle in [
        "madoguchi_tickets_today{office=\"yahatanishi\",queue=\"A\",state=\"issued\"} 1",
        "madoguchi_waiting{office=\"yahatanishi\",queue=\"A\"} 1",
        "madoguchi_websocket_clients 0",
        "madoguchi_commit_seconds_count",
        "madoguchi_http_request_seconds_bucket{method=\"POST\",route=\"/api/v1/offices/{office}/tickets\",le=\"+Inf\"} 1",
    ] {
        assert!(text.contains(needle), "{needle} not in\n{text}");
    }
    let bad = send(app.client.get(format!("{}/api/v1/offices/nowhere/services", app.base))).await;
    let body = bad.expect(404).clone();
    assert!(body["error"]["request_id"].as_str().is_some_and(|id| !id.is_empty()), "{body}");
    app.stop().await;
}

#[tokio::test]
async fn public_reads_are_rate_limited_per_address() {
    let app = spawn_app().await;
    let mut limited = 0;
    for _ in 0..120 {
        let r = send(app.client.get(format!("{}/api/v1/public/tickets/aaaaaaaaaaaaaaaaaaaaaaaa", app.base))).await;
        match r.status {
            404 => {}
            429 => {
                assert_eq!(r.expect_error(429), "rate_limited");
                limited += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(limited > 0, "a flood of guesses must be slowed");
    // Staff routes are not limited this way.
    let admin = app.admin();
    issue(&app, &admin).await;
    app.stop().await;
}

/// A database that cannot grow (SQLite's own "database or disk is full",
/// provoked with max_page_count): issuing answers 503 and loses nothing,
/// reads go on, and once there is room again numbering continues without a
/// gap or a duplicate.
#[tokio::test]
async fn a_full_disk_answers_503_keeps_reads_and_recovers() {
    let app = spawn_app().await;
    let admin = app.admin();
    let first = issue(&app, &admin).await;
    assert_eq!(first["number"], "A-001");
    let pages: i64 = app
        .engine()
        .write(|tx| Ok(tx.query_row("PRAGMA page_count", [], |r| r.get(0))?))
        .await
        .expect("page count");
    app.engine().write(move |tx| Ok(tx.pragma_update(None, "max_page_count", pages)?)).await.expect("limit");

    let mut refused = 0;
    for _ in 0..40 {
        let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base)).bearer_auth(&admin).json(&json!({"queue": "A"}))).await;
        match r.status {
            201 => {}
            503 => {
                assert_eq!(r.expect_error(503), "storage_unavailable");
                refused += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(refused > 0, "the full database must refuse some writes");
    // Reads still answer.
    let r = send(app.client.get(format!("{}/api/v1/tickets/{}", app.base, s(&first, "id"))).bearer_auth(&admin)).await;
    assert_eq!(r.expect(200)["number"], "A-001");
    let r = send(app.client.get(format!("{}/api/v1/offices", app.base))).await;
    r.expect(200);

    // Room again: the next number follows the last one given out.
    app.engine().write(|tx| Ok(tx.pragma_update(None, "max_page_count", 1_073_741_823)?)).await.expect("unlimit");
    let ok = issue(&app, &admin).await;
    let accepted = 40 - refused + 1;
    assert_eq!(ok["number"], format!("A-{:03}", accepted + 1));
    let staff = app.staff("yahatanishi");
    let mut seen = std::collections::HashSet::new();
    loop {
        let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/counters/1/call-next", app.base)).bearer_auth(&staff)).await;
        if r.status == 204 {
            break;
        }
        let t = r.expect(200).clone();
        assert!(seen.insert(s(&t, "number").to_owned()), "a number called twice");
    }
    assert_eq!(seen.len(), accepted + 1, "every accepted ticket waits, nothing else");
    app.stop().await;
}

/// After the retention period a ticket's phone token and language are gone
/// (its phone link stops working) while the anonymous ticket stays for
/// statistics.
#[tokio::test]
async fn personal_details_are_purged_after_the_retention_period() {
    let start: jiff::Timestamp = "2026-04-01T01:00:00Z".parse().expect("ts");
    let clock = Arc::new(queue_core::ManualClock::new(start));
    let text = madoguchi_server::settings::BUILT_IN.to_owned() + "\n[retention]\npersonal_days = 2\n";
    let config = queue_core::WardConfig::parse(&text).expect("config");
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_configured(dir, clock.clone(), config).await;
    let admin = app.admin();
    let t = issue(&app, &admin).await;
    let token = s(&t, "token").to_owned();
    assert_eq!(app.engine().purge_personal().await.expect("purge"), 0, "nothing is old yet");
    clock.advance(jiff::SignedDuration::from_hours(24 * 3));
    assert_eq!(app.engine().purge_personal().await.expect("purge"), 1);
    let r = send(app.client.get(format!("{}/api/v1/public/tickets/{token}", app.base))).await;
    assert_eq!(r.expect_error(404), "ticket_not_found");
    let staff = send(app.client.get(format!("{}/api/v1/tickets/{}", app.base, s(&t, "id"))).bearer_auth(&admin)).await;
    let kept = staff.expect(200).clone();
    assert_eq!(kept["number"], "A-001");
    assert!(kept.get("token").is_none() && kept.get("status_url").is_none(), "{kept}");
    // Its paper ticket would carry a QR code to nowhere: refused.
    let pdf = send(app.client.get(format!("{}/api/v1/tickets/{}/ticket.pdf", app.base, s(&t, "id"))).bearer_auth(&admin)).await;
    assert_eq!(pdf.expect_error(410), "token_purged");
    app.stop().await;
}

/// The audit trail: every staff action of the day, in order, with who did it;
/// admins only.
#[tokio::test]
async fn the_audit_trail_names_who_did_what() {
    let app = spawn_app().await;
    let admin = app.admin();
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let a = issue(&app, &kiosk).await;
    let b = issue(&app, &kiosk).await;
    let called = app.call_next(&staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], a["id"]);
    app.post(Some(&staff), &format!("/api/v1/tickets/{}/transfer", s(&a, "id")), Some(json!({"queue": "B"}))).await.expect(200);
    app.act(&staff, s(&b, "id"), "cancel").await.expect(200);

    let r = app.get(Some(&admin), "/api/v1/offices/yahatanishi/audit").await;
    let v = r.expect(200);
    let entries = v["entries"].as_array().expect("entries");
    let kinds: Vec<&str> = entries.iter().map(|e| e["type"].as_str().unwrap_or_default()).collect();
    assert_eq!(kinds, ["ticket.issued", "ticket.issued", "ticket.called", "ticket.transferred", "ticket.cancelled"]);
    assert_eq!(entries[2]["number"], a["number"]);
    assert_eq!(entries[2]["counter"], "1");
    assert_eq!(entries[3]["from_queue"], "A");
    assert_eq!(entries[3]["queue"], "B");
    assert_eq!(entries[4]["number"], b["number"]);
    for e in &entries[2..] {
        assert!(e["actor"].as_str().is_some_and(|x| x.starts_with("staff:")), "{e}");
    }
    assert!(entries[0]["actor"].as_str().is_some_and(|x| x.starts_with("kiosk:")));
    let seqs: Vec<u64> = entries.iter().filter_map(|e| e["seq"].as_u64()).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(v["truncated"], false);
    let text = serde_json::to_string(v).expect("json");
    assert!(!text.contains(s(&a, "token")), "no ticket token in the audit trail");

    assert_eq!(app.get(Some(&admin), "/api/v1/offices/yahatanishi/audit?date=2020-01-06").await.expect(200)["entries"], json!([]));
    assert_eq!(app.get(Some(&admin), "/api/v1/offices/yahatanishi/audit?date=yesterday").await.expect_error(400), "bad_request");
    app.get(Some(&staff), "/api/v1/offices/yahatanishi/audit").await.expect_error(403);
    app.get(Some(&admin), "/api/v1/offices/atlantis/audit").await.expect_error(404);
}

/// Installing in an office: on a loopback public URL the server says loudly
/// that phones cannot open the tickets' links, with the flags to use; a log
/// that is no terminal gets no colour codes.
#[tokio::test]
async fn a_loopback_start_is_warned_about_and_logs_carry_no_colour_codes() {
    let root = tempfile::tempdir().expect("tempdir");
    let data = root.path().join("data");
    let server = BinServer::start(&data, root.path()).await;
    let r = send(server.client.get(format!("{}/api/v1/nothing", server.base))).await;
    assert_eq!(r.status, 404);
    // The pages and the warning are printed once the server serves: a
    // moment after the first answer, not before it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !server.log_text().contains("WARNING: the public URL") && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let log = server.log_text();
    assert!(log.contains("WARNING: the public URL is a loopback address") && log.contains("--listen 0.0.0.0:8080 --public-url http://"), "{log}");
    assert!(!log.contains('\u{1b}'), "no ANSI escape codes in a log file: {log:?}");
    drop(server);
}

/// Two devices with one name cannot be told apart in the audit trail: the
/// second `token create` says so (and still makes the token).
#[tokio::test]
async fn a_device_name_in_use_is_warned_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let args = ["token", "create", "--data", d, "--role", "kiosk", "--office", "yahatanishi", "--name", "kiosk-1f"];
    let first = run_cli(&args).await;
    assert!(first.status.success() && first.stderr.is_empty(), "{first:?}");
    let second = run_cli(&args).await;
    assert!(second.status.success(), "{second:?}");
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("warning: a token named \"kiosk-1f\" exists already"), "{err}");
    assert_eq!(String::from_utf8_lossy(&second.stdout).trim().len(), 47, "the token is still printed alone");
}
