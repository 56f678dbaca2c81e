//! Who may do what: 401 for a missing or wrong token, 403 for a wrong role
//! or office, admins everywhere; and tokens made by the command line.

mod common;

use common::*;
use serde_json::json;

/// Every call that needs a token, given a ticket id of yahatanishi.
fn guarded_calls(ticket: &str) -> Vec<(&'static str, String, Option<serde_json::Value>)> {
    vec![
        ("post", "/api/v1/offices/yahatanishi/tickets".into(), Some(json!({"queue": "A"}))),
        ("get", format!("/api/v1/tickets/{ticket}"), None),
        ("post", "/api/v1/offices/yahatanishi/counters/1/call-next".into(), None),
        ("post", format!("/api/v1/tickets/{ticket}/recall"), None),
        ("post", format!("/api/v1/tickets/{ticket}/start"), None),
        ("post", format!("/api/v1/tickets/{ticket}/finish"), None),
        ("post", format!("/api/v1/tickets/{ticket}/no-show"), None),
        ("post", format!("/api/v1/tickets/{ticket}/cancel"), None),
        ("post", format!("/api/v1/tickets/{ticket}/transfer"), Some(json!({"queue": "B"}))),
    ]
}

async fn call(app: &TestApp, token: Option<&str>, method: &str, path: &str, body: Option<serde_json::Value>) -> Resp {
    match method {
        "get" => app.get(token, path).await,
        _ => app.post(token, path, body).await,
    }
}

#[tokio::test]
async fn no_token_is_401_everywhere_it_is_needed() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    for (method, path, body) in guarded_calls(s(&t, "id")) {
        let r = call(&app, None, method, &path, body).await;
        r.expect_error(401);
    }
    let r = app.ws_url("/ws/office/yahatanishi");
    assert_eq!(ws_try(&r, None).await.err(), Some(401), "the office feed needs a token");
    // Nothing moved.
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
}

#[tokio::test]
async fn a_garbage_or_unknown_token_is_401() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let lookalike = madoguchi_server::auth::new_token(); // well-formed, never stored
    for bad in ["garbage", "mdg_", lookalike.as_str(), &format!("{kiosk}x"), &kiosk[..kiosk.len() - 1]] {
        for (method, path, body) in guarded_calls(s(&t, "id")) {
            let r = call(&app, Some(bad), method, &path, body).await;
            let code = r.expect_error(401);
            assert!(!code.is_empty(), "{method} {path} with {bad:?}");
        }
        let url = app.ws_url("/ws/office/yahatanishi");
        assert_eq!(ws_try(&url, Some(bad)).await.err(), Some(401), "ws with {bad:?}");
        let url = app.ws_url(&format!("/ws/office/yahatanishi?access_token={bad}"));
        assert_eq!(ws_try(&url, None).await.err(), Some(401), "ws ?access_token={bad:?}");
    }
    // A scheme other than Bearer is not a token either.
    let r = send(app.client.post(app.url("/api/v1/offices/yahatanishi/tickets")).header("authorization", format!("Token {kiosk}")).json(&json!({"queue": "A"}))).await;
    r.expect_error(401);
}

#[tokio::test]
async fn a_token_of_the_wrong_role_is_403() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let display = app.display("yahatanishi");
    let staff = app.staff("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let id = s(&t, "id");

    // A display only reads the feed.
    let r = app.issue(&display, "yahatanishi", json!({"queue": "A"})).await;
    r.expect_error(403);
    for (method, path, body) in guarded_calls(id) {
        call(&app, Some(&display), method, &path, body).await.expect_error(403);
    }
    // A kiosk issues, and nothing else.
    app.call_next(&kiosk, "yahatanishi", "1").await.expect_error(403);
    app.ticket(&kiosk, id).await.expect_error(403);
    for action in ["recall", "start", "finish", "no-show", "cancel"] {
        app.act(&kiosk, id, action).await.expect_error(403);
    }
    app.post(Some(&kiosk), &format!("/api/v1/tickets/{id}/transfer"), Some(json!({"queue": "B"}))).await.expect_error(403);

    // Nothing moved: still waiting, first, and staff can call it.
    assert_eq!(app.waiting("yahatanishi", "A").await, 1, "only the kiosk's issue went through");
    let called = app.call_next(&staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], t["id"]);
    // Staff may issue, too.
    app.issue_ok(&staff, "yahatanishi", json!({"queue": "B"})).await;
}

#[tokio::test]
async fn a_token_of_another_office_is_403() {
    let app = spawn_app().await;
    let here = app.kiosk("yahatanishi");
    let orio_staff = app.staff("orio");
    let orio_kiosk = app.kiosk("orio");
    let orio_display = app.display("orio");
    let t = app.issue_ok(&here, "yahatanishi", json!({"queue": "A"})).await;
    let id = s(&t, "id");

    app.issue(&orio_kiosk, "yahatanishi", json!({"queue": "A"})).await.expect_error(403);
    for (method, path, body) in guarded_calls(id) {
        let r = call(&app, Some(&orio_staff), method, &path, body).await;
        r.expect_error(403);
    }
    let url = app.ws_url("/ws/office/yahatanishi");
    assert_eq!(ws_try(&url, Some(&orio_display)).await.err(), Some(403));
    assert_eq!(ws_try(&url, Some(&orio_staff)).await.err(), Some(403));

    // At home they work.
    app.issue_ok(&orio_kiosk, "orio", json!({"queue": "A"})).await;
    app.call_next(&orio_staff, "orio", "1").await.expect(200);
    let mut ws = ws_connect(&app.ws_url("/ws/office/orio"), Some(&orio_display)).await;
    assert_eq!(ws_json(&mut ws).await["type"], "snapshot");
    // And the yahatanishi ticket was untouched.
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
}

#[tokio::test]
async fn an_admin_token_works_everywhere() {
    let app = spawn_app().await;
    let admin = app.admin();
    for office in OFFICES {
        let t = app.issue_ok(&admin, office, json!({"queue": "A"})).await;
        assert_eq!(t["number"], "A-001", "{office}");
        app.ticket(&admin, s(&t, "id")).await.expect(200);
        let called = app.call_next(&admin, office, "1").await.expect(200).clone();
        assert_eq!(called["id"], t["id"]);
        app.act(&admin, s(&t, "id"), "recall").await.expect(200);
        app.act(&admin, s(&t, "id"), "start").await.expect(200);
        app.act(&admin, s(&t, "id"), "finish").await.expect(200);
        let t2 = app.issue_ok(&admin, office, json!({"queue": "A"})).await;
        app.post(Some(&admin), &format!("/api/v1/tickets/{}/transfer", s(&t2, "id")), Some(json!({"queue": "B"}))).await.expect(200);
        app.act(&admin, s(&t2, "id"), "cancel").await.expect(200);
        let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/{office}")), Some(&admin)).await;
        assert_eq!(ws_json(&mut ws).await["type"], "snapshot");
    }
}

/// A token in the URL may read (websockets, a PDF in a frame) but never act:
/// such URLs end up in logs and histories.
#[tokio::test]
async fn a_token_in_the_query_reads_but_never_acts() {
    let app = spawn_app().await;
    let staff = app.staff("yahatanishi");
    let t = app.issue_ok(&staff, "yahatanishi", json!({"queue": "A"})).await;
    let id = s(&t, "id");
    let read = app.get(None, &format!("/api/v1/tickets/{id}?access_token={staff}")).await;
    assert_eq!(read.expect(200)["id"], t["id"]);
    app.get(None, &format!("/api/v1/tickets/{id}/ticket.pdf?access_token={staff}")).await.expect(200);
    for (path, body) in [
        ("/api/v1/offices/yahatanishi/counters/1/call-next".to_owned(), None),
        ("/api/v1/offices/yahatanishi/tickets".to_owned(), Some(json!({"queue": "A"}))),
        (format!("/api/v1/tickets/{id}/cancel"), None),
    ] {
        let r = app.post(None, &format!("{path}?access_token={staff}"), body).await;
        r.expect_error(401);
        assert!(r.text.contains("Authorization"), "{path}: {}", r.text);
    }
    assert_eq!(app.ticket(&staff, id).await.expect(200)["status"], "waiting", "nothing was done");
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
}

#[tokio::test]
async fn a_token_created_by_the_cli_while_the_server_runs_works_at_once() {
    let app = spawn_app().await;
    // The server has already looked this data directory up; the CLI writes beside it.
    app.get(None, "/api/v1/offices").await.expect(200);
    let kiosk = cli_token(app.data_dir(), "kiosk", Some("yahatanishi")).await;
    let t = app.issue(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t.expect(201)["number"], "A-001");
    // Bound to its office and its role.
    app.issue(&kiosk, "orio", json!({"queue": "A"})).await.expect_error(403);
    app.call_next(&kiosk, "yahatanishi", "1").await.expect_error(403);

    let staff = cli_token(app.data_dir(), "staff", Some("yahatanishi")).await;
    app.call_next(&staff, "yahatanishi", "1").await.expect(200);
    let display = cli_token(app.data_dir(), "display", Some("yahatanishi")).await;
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?access_token={display}")), None).await;
    assert_eq!(ws_json(&mut ws).await["type"], "snapshot");
    let admin = cli_token(app.data_dir(), "admin", None).await;
    app.issue(&admin, "kojaku", json!({"queue": "B"})).await.expect(201);
}

#[tokio::test]
async fn the_cli_prints_the_token_alone_on_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let out = run_cli(&["token", "create", "--data", d, "--role", "kiosk", "--office", "yahatanishi", "--name", "kiosk-1"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(stdout.ends_with('\n'), "{stdout:?} ends its line");
    assert_eq!(stdout.matches('\n').count(), 1, "exactly one line: {stdout:?}");
    let token = stdout.trim_end_matches('\n');
    assert!(!token.is_empty() && !token.chars().any(char::is_whitespace), "the token alone: {stdout:?}");
    assert!(token.len() >= 22, "a long token: {token:?}");

    let again = run_cli(&["token", "create", "--data", d, "--role", "kiosk", "--office", "yahatanishi"]).await;
    let second = String::from_utf8(again.stdout).expect("utf-8");
    assert_ne!(second.trim(), token, "every token is new");

    // And a server started afterwards on that directory honours it.
    let app = spawn_app_with(std::sync::Arc::new(dir), std::sync::Arc::new(queue_core::SystemClock)).await;
    app.issue(token, "yahatanishi", json!({"queue": "A"})).await.expect(201);
}

/// Runs a bad `token create` and checks: non-zero exit, nothing on stdout,
/// exactly one line on stderr.
async fn assert_refused(args: &[&str]) -> String {
    let out = run_cli(args).await;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{args:?} must fail; stdout {:?}", String::from_utf8_lossy(&out.stdout));
    assert!(out.stdout.is_empty(), "{args:?} printed on stdout: {:?}", String::from_utf8_lossy(&out.stdout));
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{args:?}: one line on stderr, got {stderr:?}");
    stderr
}

#[tokio::test]
async fn the_cli_refuses_a_bad_role_with_one_line_on_stderr() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let e = assert_refused(&["token", "create", "--data", d, "--role", "superuser", "--office", "yahatanishi"]).await;
    assert!(e.contains("role"), "{e}");
    let e = assert_refused(&["token", "create", "--data", d, "--role", "kiosk", "--office", "atlantis"]).await;
    assert!(e.contains("office"), "{e}");
}

/// The contract: every command exits non-zero with a one-line reason on
/// standard error when its input is wrong, a missing flag included.
#[tokio::test]
async fn the_cli_refuses_missing_or_unknown_flags_with_one_line_on_stderr() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    assert_refused(&["token", "create", "--data", d]).await;
    assert_refused(&["token", "create", "--data", d, "--role", "kiosk", "--colour", "blue"]).await;
}
