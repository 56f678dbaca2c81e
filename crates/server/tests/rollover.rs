//! The business day is Tokyo's: numbers restart at midnight in Tokyo (15:00
//! UTC), not at midnight UTC; clients are told; yesterday's tickets are closed.

mod common;

use common::*;
use queue_core::ManualClock;
use serde_json::{Value, json};
use std::sync::Arc;

fn at(ts: &str) -> jiff::Timestamp {
    ts.parse().expect("timestamp")
}

/// 23:59 in Tokyo on 2026-04-01.
const EVENING: &str = "2026-04-01T14:59:00Z";
/// 00:00:30 in Tokyo on 2026-04-02.
const AFTER_MIDNIGHT: &str = "2026-04-01T15:00:30Z";

async fn app_at(ts: &str) -> (TestApp, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(at(ts)));
    let app = spawn_app_with(Arc::new(tempfile::TempDir::new().expect("tempdir")), clock.clone()).await;
    (app, clock)
}

#[tokio::test]
async fn numbers_restart_at_midnight_in_tokyo() {
    let (app, clock) = app_at(EVENING).await;
    let kiosk = app.kiosk("yahatanishi");
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let a2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let b1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    assert_eq!((s(&a1, "number"), s(&a2, "number"), s(&b1, "number")), ("A-001", "A-002", "B-001"));
    let issued: jiff::Timestamp = s(&a1, "issued_at").parse().expect("issued_at");
    assert_eq!(issued, at(EVENING), "issued_at comes from the server's clock");

    clock.set(at(AFTER_MIDNIGHT));
    let new_day = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(new_day["number"], "A-001", "a new day in Tokyo restarts the numbers");
    assert_eq!(new_day["position"], 1, "yesterday's line is gone");
    let issued: jiff::Timestamp = s(&new_day, "issued_at").parse().expect("issued_at");
    assert_eq!(issued, at(AFTER_MIDNIGHT));
    assert_ne!(new_day["id"], a1["id"]);
    assert_ne!(new_day["token"], a1["token"]);
    assert_eq!(app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await["number"], "B-001");
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
    assert_eq!(app.waiting("yahatanishi", "B").await, 1);

    // Other offices start the new day as well, on their next ticket.
    let orio = app.kiosk("orio");
    assert_eq!(app.issue_ok(&orio, "orio", json!({"queue": "A"})).await["number"], "A-001");
}

#[tokio::test]
async fn midnight_utc_restarts_nothing() {
    // 08:58 in Tokyo on 2026-04-02, two minutes before midnight UTC.
    let (app, clock) = app_at("2026-04-01T23:58:00Z").await;
    let kiosk = app.kiosk("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let display = app.display("yahatanishi");
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let snap = ws_json(&mut ws).await;
    let n = snap["seq"].as_u64().expect("seq");

    clock.set(at("2026-04-02T00:00:30Z"));
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t["number"], "A-003", "still the same day in Tokyo");
    assert_eq!(t["position"], 3);
    let ev = ws_json(&mut ws).await;
    assert_eq!(ev["type"], "ticket.issued", "no day.started at midnight UTC: {ev}");
    assert_eq!(ev["seq"].as_u64(), Some(n + 1));
}

#[tokio::test]
async fn websocket_clients_are_told_a_new_day_started() {
    let (app, clock) = app_at(EVENING).await;
    let kiosk = app.kiosk("yahatanishi");
    let display = app.display("yahatanishi");
    let old = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let snap = ws_json(&mut ws).await;
    assert_eq!(snap["type"], "snapshot");
    let n = snap["seq"].as_u64().expect("seq");
    let mut phone = ws_connect(&app.ws_url(&format!("/ws/ticket/{}", s(&old, "token"))), None).await;
    assert_eq!(ws_json(&mut phone).await["ticket"]["status"], "waiting");

    clock.set(at(AFTER_MIDNIGHT));
    let fresh = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;

    // Yesterday's ticket still waiting is closed with its day first…
    let closed = ws_json(&mut ws).await;
    assert_eq!((closed["type"].as_str(), closed["ticket"]["id"].as_str(), closed["seq"].as_u64()), (Some("ticket.unserved"), old["id"].as_str(), Some(n + 1)), "{closed}");
    // …then the new day starts.
    let day = ws_json(&mut ws).await;
    assert_eq!(day["type"], "day.started", "{day}");
    assert_eq!(day["seq"].as_u64(), Some(n + 2), "day.started takes the next seq");
    let day_text = day.to_string();
    assert!(day_text.contains("2026-04-02"), "the event names the new day: {day_text}");
    let issued = ws_json(&mut ws).await;
    assert_eq!(issued["type"], "ticket.issued");
    assert_eq!(issued["seq"].as_u64(), Some(n + 3));
    assert_eq!(issued["ticket"]["number"], "A-001");
    assert_eq!(issued["ticket"]["id"], fresh["id"]);

    // A client that connects now sees the new day only.
    let mut late = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let snap = ws_json(&mut late).await;
    assert_eq!(snap["seq"].as_u64(), Some(n + 3));
    let text = snap.to_string();
    assert!(!text.contains(s(&old, "id")), "yesterday's ticket is not in today's snapshot: {text}");

    // The resident holding yesterday's ticket is told it is over.
    let up = ws_json(&mut phone).await;
    assert_eq!(up["ticket"]["expired"], true, "{up}");
    assert_eq!(up["ticket"]["position"], Value::Null);
}

/// Yesterday's tickets, once the day has turned (something happened today).
#[tokio::test]
async fn yesterdays_ticket_cannot_be_acted_on_once_the_day_has_turned() {
    let (app, clock) = app_at(EVENING).await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let waiting = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let called_t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    app.call_next(&staff, "yahatanishi", "4").await.expect(200);

    clock.set(at(AFTER_MIDNIGHT));
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "C"})).await;

    assert_yesterday_closed(&app, &staff, &waiting, &called_t).await;
}

/// The same, in the first seconds of the new day before anyone has done anything.
#[tokio::test]
async fn yesterdays_ticket_is_closed_the_moment_the_day_turns() {
    let (app, clock) = app_at(EVENING).await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let waiting = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let called_t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    app.call_next(&staff, "yahatanishi", "4").await.expect(200);

    clock.set(at(AFTER_MIDNIGHT));
    assert_yesterday_closed(&app, &staff, &waiting, &called_t).await;
}

async fn assert_yesterday_closed(app: &TestApp, staff: &str, waiting: &Value, called: &Value) {
    let mut failures = Vec::new();
    // The resident's page says it is over.
    for t in [waiting, called] {
        let r = app.public(s(t, "token")).await;
        if r.status != 200 || r.json["expired"] != true || !r.json["position"].is_null() || r.json["number"] != t["number"] {
            failures.push(format!("public read of {}: {} {}", t["number"], r.status, r.text));
        }
    }
    // No move is allowed on it.
    for (t, actions) in [(waiting, &["start", "finish", "cancel", "recall", "no-show"][..]), (called, &["recall", "start", "finish", "no-show", "cancel"][..])] {
        for action in actions {
            let r = app.act(staff, s(t, "id"), action).await;
            if r.status != 409 || r.json["error"]["code"] != "day_closed" {
                failures.push(format!("{action} on {}: expected 409 day_closed, got {} {}", t["number"], r.status, r.text));
            }
        }
        let r = app.post(Some(staff), &format!("/api/v1/tickets/{}/transfer", s(t, "id")), Some(json!({"queue": "C"}))).await;
        if r.status != 409 || r.json["error"]["code"] != "day_closed" {
            failures.push(format!("transfer of {}: expected 409 day_closed, got {} {}", t["number"], r.status, r.text));
        }
    }
    // Staff can still read it.
    let r = app.ticket(staff, s(waiting, "id")).await;
    if r.status != 200 || r.json["number"] != waiting["number"] {
        failures.push(format!("staff read of yesterday's ticket: {} {}", r.status, r.text));
    }
    // And nobody calls it today.
    let r = app.call_next(staff, "yahatanishi", "1").await;
    if r.status != 204 {
        failures.push(format!("call-next on the new day: expected 204, got {} {}", r.status, r.text));
    }
    assert!(failures.is_empty(), "yesterday's tickets:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn a_restart_after_midnight_starts_the_new_day() {
    let clock = Arc::new(ManualClock::new(at(EVENING)));
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with(dir.clone(), clock.clone()).await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let display = app.display("yahatanishi");
    let old = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = ws_json(&mut ws).await["seq"].as_u64().expect("seq");
    drop(ws);
    app.stop().await;

    clock.set(at(AFTER_MIDNIGHT));
    let app = spawn_app_with(dir, clock.clone()).await;
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let snap = ws_json(&mut ws).await;
    assert!(snap["seq"].as_u64().expect("seq") >= n, "seq never goes back");
    assert!(!snap.to_string().contains(s(&old, "id")), "yesterday is not live: {snap}");
    assert_eq!(app.waiting("yahatanishi", "A").await, 0);
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t["number"], "A-001");
    let public = app.public(s(&old, "token")).await;
    assert_eq!(public.expect(200)["expired"], true);
    let r = app.act(&staff, s(&old, "id"), "cancel").await;
    assert_eq!(r.expect_error(409), "day_closed");
    // Events go on from where they were.
    let ev = ws_json(&mut ws).await;
    assert!(ev["seq"].as_u64().expect("seq") > snap["seq"].as_u64().expect("seq"));
}
