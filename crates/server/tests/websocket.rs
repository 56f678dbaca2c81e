//! The websocket feeds over real sockets: the office feed (snapshot, events,
//! `seq`, `?since=` replay), the resident's ticket feed, bad frames, and
//! refusals before the upgrade.

mod common;

use common::*;
use serde_json::{Value, json};
use std::sync::Arc;

async fn snapshot(ws: &mut Ws) -> u64 {
    let first = ws_json(ws).await;
    assert_eq!(first["type"], "snapshot", "the first message is a snapshot: {first}");
    first["seq"].as_u64().unwrap_or_else(|| panic!("snapshot seq is an int: {first}"))
}

#[tokio::test]
async fn office_feed_starts_with_a_snapshot_then_numbers_every_event() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    // Some history first, so that N is not 0.
    let old = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;

    let mut by_header = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let mut by_query = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?access_token={display}")), None).await;
    let first = ws_json(&mut by_header).await;
    assert_eq!(first["type"], "snapshot");
    let n = first["seq"].as_u64().expect("seq");
    assert!(n >= 1, "one ticket was issued before: seq {n}");
    let text = first.to_string();
    assert!(text.contains("B-001"), "the snapshot holds the live state: {text}");
    assert!(!text.contains(s(&old, "token")), "the snapshot carries a token");
    assert_eq!(snapshot(&mut by_query).await, n, "both ways of presenting the token see the same state");

    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-in", "lang": "en"})).await;
    let called = app.call_next(&staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], t["id"]);

    for ws in [&mut by_header, &mut by_query] {
        let issued = ws_json(ws).await;
        assert_eq!(issued["type"], "ticket.issued", "{issued}");
        assert_eq!(issued["seq"].as_u64(), Some(n + 1));
        assert_eq!(issued["ticket"]["number"], "A-001");
        assert_eq!(issued["ticket"]["id"], t["id"]);
        assert_eq!(issued["ticket"]["status"], "waiting");
        assert!(!issued.to_string().contains(s(&t, "token")));

        let call = ws_json(ws).await;
        assert_eq!(call["type"], "ticket.called", "{call}");
        assert_eq!(call["seq"].as_u64(), Some(n + 2));
        assert_eq!(call["ticket"]["id"], t["id"]);
        assert_eq!(call["ticket"]["number"], "A-001");
        assert_eq!(call["ticket"]["status"], "called");
        assert_eq!(call["ticket"]["counter"], "1", "ticket.counter is set on a call");
        assert!(!call.to_string().contains(s(&t, "token")));
    }

    // The rest of the lifecycle is announced too, one seq each, no secret in any.
    app.act(&staff, s(&t, "id"), "recall").await.expect(200);
    app.act(&staff, s(&t, "id"), "start").await.expect(200);
    app.act(&staff, s(&t, "id"), "finish").await.expect(200);
    app.post(Some(&staff), &format!("/api/v1/tickets/{}/transfer", s(&old, "id")), Some(json!({"queue": "C"}))).await.expect(200);
    app.act(&staff, s(&old, "id"), "cancel").await.expect(200);
    for ws in [&mut by_header, &mut by_query] {
        for k in 3..=7 {
            let ev = ws_json(ws).await;
            assert_eq!(ev["seq"].as_u64(), Some(n + k), "{ev}");
            assert!(ev["type"].as_str().is_some_and(|t| !t.is_empty() && t != "snapshot"), "{ev}");
        }
    }
}

#[tokio::test]
async fn staff_and_kiosk_tokens_may_read_the_feed_too() {
    let app = spawn_app().await;
    for token in [app.staff("kojaku"), app.kiosk("kojaku"), app.admin()] {
        let mut ws = ws_connect(&app.ws_url("/ws/office/kojaku"), Some(&token)).await;
        snapshot(&mut ws).await;
    }
    let admin = app.admin();
    assert_eq!(ws_try(&app.ws_url("/ws/office/atlantis"), Some(&admin)).await.err(), Some(404));
}

#[tokio::test]
async fn reconnecting_with_since_replays_exactly_what_was_missed() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;

    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut ws).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.call_next(&staff, "yahatanishi", "2").await.expect(200);
    assert_eq!(ws_json(&mut ws).await["seq"].as_u64(), Some(n + 1));
    drop(ws);

    // Reconnect having seen N+1: N+2 comes again, and nothing else before the next live event.
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={}", n + 1)), Some(&display)).await;
    let replayed = ws_json(&mut ws).await;
    assert_eq!(replayed["type"], "ticket.called", "{replayed}");
    assert_eq!(replayed["seq"].as_u64(), Some(n + 2));
    assert_eq!(replayed["ticket"]["counter"], "2");
    let live = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "C"})).await;
    let next = ws_json(&mut ws).await;
    assert_eq!(next["type"], "ticket.issued", "then live events, nothing replayed twice: {next}");
    assert_eq!(next["seq"].as_u64(), Some(n + 3));
    assert_eq!(next["ticket"]["id"], live["id"]);

    // Having missed three.
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={n}&access_token={display}")), None).await;
    for k in 1..=3 {
        let ev = ws_json(&mut ws).await;
        assert_eq!(ev["seq"].as_u64(), Some(n + k), "{ev}");
        assert_ne!(ev["type"], "snapshot");
    }
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "C"})).await;
    assert_eq!(ws_json(&mut ws).await["seq"].as_u64(), Some(n + 4));
}

#[tokio::test]
async fn since_in_the_future_gets_a_snapshot() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut ws).await;

    for since in [n + 1, n + 1000, u64::from(u32::MAX)] {
        let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={since}")), Some(&display)).await;
        assert_eq!(snapshot(&mut ws).await, n, "since={since}");
    }
    // Then live events follow the snapshot as usual.
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={}", n + 50)), Some(&display)).await;
    assert_eq!(snapshot(&mut ws).await, n);
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(ws_json(&mut ws).await["seq"].as_u64(), Some(n + 1));
}

/// The largest `since` a client can send must not break the session.
#[tokio::test]
async fn since_at_the_largest_integer_gets_a_snapshot() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={}", u64::MAX)), Some(&display)).await;
    let first = ws_next(&mut ws).await;
    let WsNext::Text(text) = first else { panic!("since=u64::MAX: expected a snapshot, got {first:?}") };
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["type"], "snapshot", "{v}");
    // The feed keeps working for everyone.
    let mut other = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut other).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(ws_json(&mut other).await["seq"].as_u64(), Some(n + 1));
}

#[tokio::test]
async fn since_older_than_what_the_server_keeps_gets_a_snapshot() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with(dir.clone(), Arc::new(queue_core::SystemClock)).await;
    let kiosk = app.kiosk("yahatanishi");
    let display = app.display("yahatanishi");
    for _ in 0..3 {
        app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    }
    app.stop().await;

    // A restarted server no longer holds the old events in memory.
    let app = spawn_app_with(dir, Arc::new(queue_core::SystemClock)).await;
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut ws).await;
    assert_eq!(n, 3, "seq continues across a restart");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(ws_json(&mut ws).await["seq"].as_u64(), Some(n + 1));

    for since in [0, 1] {
        let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/yahatanishi?since={since}")), Some(&display)).await;
        let first = ws_json(&mut ws).await;
        assert_eq!(first["type"], "snapshot", "since={since}: {first}");
        assert_eq!(first["seq"].as_u64(), Some(n + 2));
        assert!(first.to_string().contains("A-005"));
    }
}

#[tokio::test]
async fn ticket_feed_follows_position_and_the_call() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let first = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mine = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A", "lang": "en"})).await;
    let token = s(&mine, "token").to_owned();

    let mut ws = ws_connect(&app.ws_url(&format!("/ws/ticket/{token}")), None).await;
    let snap = ws_json(&mut ws).await;
    assert_eq!(snap["type"], "snapshot", "{snap}");
    let t = &snap["ticket"];
    assert_eq!(t["number"], "A-002");
    assert_eq!(t["status"], "waiting");
    assert_eq!(t["position"], 2);
    assert!(t["estimated_wait_seconds"].is_u64());
    let text = snap.to_string();
    assert!(!text.contains(&token) && !text.contains(s(&first, "token")), "no token in the ticket feed");
    assert!(!text.contains("A-001"), "no other ticket in the ticket feed: {text}");

    // Someone waiting in another queue may change the estimate (counters
    // shared between queues), never the position; then our move comes.
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    app.call_next(&staff, "yahatanishi", "1").await.expect(200);
    let up = loop {
        let m = ws_json(&mut ws).await;
        if m["ticket"]["position"] != 2 {
            break m;
        }
    };
    assert_eq!(up["ticket"]["position"], 1, "moved up: {up}");
    assert_eq!(up["ticket"]["status"], "waiting");
    assert_eq!(up["ticket"]["estimated_wait_seconds"], 0, "next in line: {up}");

    app.call_next(&staff, "yahatanishi", "2").await.expect(200);
    let called = ws_json(&mut ws).await;
    assert_eq!(called["ticket"]["status"], "called", "{called}");
    assert_eq!(called["ticket"]["counter"], "2", "called to which counter");
    assert_eq!(called["ticket"]["position"], Value::Null);
    assert!(!called.to_string().contains(&token));

    // Recalled (the holder may or may not be told again), then serving.
    app.act(&staff, s(&mine, "id"), "recall").await.expect(200);
    app.act(&staff, s(&mine, "id"), "start").await.expect(200);
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let status = ws_json(&mut ws).await["ticket"]["status"].as_str().unwrap_or_default().to_owned();
        statuses.push(status.clone());
        if status != "called" {
            break;
        }
    }
    assert_eq!(statuses.last().map(String::as_str), Some("serving"), "{statuses:?}");
}

#[tokio::test]
async fn bad_frames_get_an_error_and_the_feed_goes_on() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let mut ws = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let mut bystander = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut ws).await;
    assert_eq!(snapshot(&mut bystander).await, n);

    for frame in ["this is not json", "{", "[]", "{\"type\": \"subscribe\", \"office\": \"orio\"}", "null", "\u{0}"] {
        ws_send_text(&mut ws, frame).await;
        let e = ws_json(&mut ws).await;
        assert_eq!(e["type"], "error", "{frame:?}: {e}");
        assert!(e["error"]["code"].as_str().is_some_and(is_snake_case), "{e}");
        assert!(e["error"]["message"].is_string(), "{e}");
    }
    ws_send_binary(&mut ws, vec![0xde, 0xad, 0xbe, 0xef]).await;
    let e = ws_json(&mut ws).await;
    assert_eq!(e["type"], "error", "binary: {e}");

    // Still alive: a ping is answered and events still flow to both.
    ws_send_text(&mut ws, "{\"type\":\"ping\"}").await;
    assert_eq!(ws_json(&mut ws).await["type"], "pong");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    for w in [&mut ws, &mut bystander] {
        let ev = ws_json(w).await;
        assert_eq!(ev["type"], "ticket.issued");
        assert_eq!(ev["seq"].as_u64(), Some(n + 1));
    }
    assert_eq!(app.get(None, "/healthz").await.status, 200);
}

#[tokio::test]
async fn a_client_that_floods_is_cut_off_and_the_others_go_on() {
    use tokio_tungstenite::tungstenite::Message;
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let mut flood = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let mut bystander = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut flood).await;
    snapshot(&mut bystander).await;
    for _ in 0..200 {
        if futures_util::SinkExt::send(&mut flood, Message::text("{\"type\":\"ping\"}")).await.is_err() {
            break;
        }
    }
    let (mut pongs, mut limited, mut close_code) = (0, false, None);
    loop {
        match within("the flood's answers", futures_util::StreamExt::next(&mut flood)).await {
            Some(Ok(Message::Text(t))) => {
                let v: Value = serde_json::from_str(&t).expect("json");
                match v["type"].as_str() {
                    Some("pong") => pongs += 1,
                    Some("error") if v["error"]["code"] == "rate_limited" => limited = true,
                    other => panic!("unexpected {other:?}: {v}"),
                }
            }
            Some(Ok(Message::Close(frame))) => {
                close_code = frame.map(|f| u16::from(f.code));
                break;
            }
            Some(Ok(_)) => {}
            None | Some(Err(_)) => break,
        }
    }
    assert!(limited, "told why");
    assert_eq!(close_code, Some(1008), "closed as a policy violation");
    assert!((20..100).contains(&pongs), "a burst was answered, not the flood: {pongs}");
    let metrics = app.get(None, "/metrics").await;
    assert!(metrics.text.contains("madoguchi_websocket_rate_limited_total 1"), "counted");

    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(ws_json(&mut bystander).await["seq"].as_u64(), Some(n + 1));
    // An ordinary client pinging now and then is never limited.
    for _ in 0..5 {
        ws_send_text(&mut bystander, "{\"type\":\"ping\"}").await;
        assert_eq!(ws_json(&mut bystander).await["type"], "pong");
    }
}

#[tokio::test]
async fn an_oversized_frame_takes_down_neither_the_server_nor_other_clients() {
    let app = spawn_app().await;
    let display = app.display("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let mut rude = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let mut bystander = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let n = snapshot(&mut rude).await;
    snapshot(&mut bystander).await;

    // The sender may get an error message or be disconnected; either way it goes no further.
    let big = format!("{{\"type\":\"ping\",\"pad\":\"{}\"}}", "x".repeat(1 << 20));
    let _ = tokio::time::timeout(T, futures_util::SinkExt::send(&mut rude, tokio_tungstenite::tungstenite::Message::text(big))).await;
    match ws_next(&mut rude).await {
        WsNext::Closed => {}
        WsNext::Text(t) => {
            let v: Value = serde_json::from_str(&t).expect("json");
            assert_eq!(v["type"], "error", "{v}");
        }
        WsNext::Binary(b) => panic!("unexpected binary {b:?}"),
    }

    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let ev = ws_json(&mut bystander).await;
    assert_eq!(ev["seq"].as_u64(), Some(n + 1));
    let mut fresh = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    assert_eq!(snapshot(&mut fresh).await, n + 1);
}

#[tokio::test]
async fn ticket_feed_answers_bad_frames_with_an_error_and_goes_on() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/ticket/{}", s(&t, "token"))), None).await;
    assert_eq!(ws_json(&mut ws).await["type"], "snapshot");
    ws_send_text(&mut ws, "garbage").await;
    assert_eq!(ws_json(&mut ws).await["type"], "error");
    ws_send_binary(&mut ws, vec![1, 2, 3]).await;
    assert_eq!(ws_json(&mut ws).await["type"], "error");
    app.call_next(&staff, "yahatanishi", "3").await.expect(200);
    let called = ws_json(&mut ws).await;
    assert_eq!(called["ticket"]["status"], "called");
    assert_eq!(called["ticket"]["counter"], "3");
}

#[tokio::test]
async fn refusals_come_before_the_upgrade() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let office = app.ws_url("/ws/office/yahatanishi");
    assert_eq!(ws_try(&office, None).await.err(), Some(401), "no token");
    assert_eq!(ws_try(&office, Some("wrong")).await.err(), Some(401), "wrong token in the header");
    assert_eq!(ws_try(&app.ws_url("/ws/office/yahatanishi?access_token=wrong"), None).await.err(), Some(401), "wrong token in the query");
    assert_eq!(ws_try(&app.ws_url("/ws/office/yahatanishi?access_token="), None).await.err(), Some(401), "empty token in the query");
    let display = app.display("yahatanishi");
    let bad_since = ws_try(&app.ws_url("/ws/office/yahatanishi?since=yesterday"), Some(&display)).await.err();
    assert!(bad_since.is_some_and(|s| (400..500).contains(&s)), "since=yesterday: {bad_since:?}");

    // An unknown ticket token is refused before the upgrade.
    let status = ws_try(&app.ws_url("/ws/ticket/nopenopenopenopenopenopenope"), None).await.err();
    assert!(status.is_some_and(|s| s == 401 || s == 404), "unknown ticket token: {status:?}");
    let status = ws_try(&app.ws_url("/ws/ticket/x"), None).await.err();
    assert!(status.is_some_and(|s| s == 401 || s == 404), "short ticket token: {status:?}");

    // A kiosk's bearer token is not a ticket token.
    let status = ws_try(&app.ws_url(&format!("/ws/ticket/{kiosk}")), None).await.err();
    assert!(status.is_some_and(|s| (400..500).contains(&s)), "{status:?}");
    assert_eq!(app.get(None, "/healthz").await.status, 200);
}
