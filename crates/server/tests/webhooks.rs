//! Webhooks (issue 13): a local receiver gets the events it asked for,
//! signed with HMAC-SHA256 over the body; a receiver that fails is retried
//! with backoff and, failing every attempt, leaves a dead letter that an
//! admin can send again; a receiver that never answers slows no call.

mod common;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use common::*;
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::Mutex;

const OFFICE: &str = "yahatanishi";
const SECRET: &str = "a shared secret of the signage";

#[derive(Clone, Default)]
struct Receiver {
    got: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    /// Answer 500 to this many requests first.
    fail_first: Arc<AtomicUsize>,
    /// Never answer (sleep past the sender's timeout).
    hang: bool,
}

/// A receiver on loopback; answers its address.
async fn receiver(r: Receiver) -> String {
    let state = r.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            async move {
                if state.hang {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
                state.got.lock().await.push((headers, body));
                if state.fail_first.load(Ordering::SeqCst) > 0 {
                    state.fail_first.fetch_sub(1, Ordering::SeqCst);
                    return StatusCode::INTERNAL_SERVER_ERROR;
                }
                StatusCode::NO_CONTENT
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("receiver") });
    format!("http://{addr}/hook")
}

async fn app_with_quick_retries() -> TestApp {
    let network = madoguchi_server::app::NetworkOptions { webhook_backoff: vec![Duration::from_millis(100), Duration::from_millis(200)], ..Default::default() };
    spawn_app_with_network(network).await
}

async fn until_n(r: &Receiver, n: usize) -> Vec<(HeaderMap, Bytes)> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let got = r.got.lock().await.clone();
        if got.len() >= n || std::time::Instant::now() > deadline {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_receiver_gets_the_events_it_asked_for_signed() {
    let app = app_with_quick_retries().await;
    let admin = app.admin();
    let r = Receiver::default();
    let url = receiver(r.clone()).await;
    // Only admins; bad webhooks are refused with a reason.
    assert_eq!(app.post(Some(&app.staff(OFFICE)), "/api/v1/webhooks", Some(json!({"url": url, "events": ["*"], "secret": SECRET}))).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&admin), "/api/v1/webhooks", Some(json!({"url": url, "events": ["*"], "secret": "short"}))).await.expect_error(422), "bad_webhook");
    assert_eq!(app.post(Some(&admin), "/api/v1/webhooks", Some(json!({"url": "https://x.example/", "events": ["*"], "secret": SECRET}))).await.expect_error(422), "bad_webhook");
    let hook = app.post(Some(&admin), "/api/v1/webhooks", Some(json!({"url": url, "events": ["ticket.called", "queue.reception"], "secret": SECRET}))).await.expect(201).clone();
    assert!(hook.get("secret").is_none(), "the secret is never shown: {hook}");

    let staff = app.staff(OFFICE);
    let t = app.issue_ok(&app.kiosk(OFFICE), OFFICE, json!({"queue": "A", "lang": "en"})).await;
    app.call_next(&staff, OFFICE, "1").await.expect(200);
    app.post(Some(&staff), &format!("/api/v1/offices/{OFFICE}/queues/A/reception"), Some(json!({"open": false, "reason": "閉庁時刻"}))).await.expect(200);
    let got = until_n(&r, 2).await;
    assert_eq!(got.len(), 2, "the call and the closing, not the issue");
    for (headers, body) in &got {
        let sig = headers["x-madoguchi-signature"].to_str().expect("signature");
        assert!(platform::webhooks::verify(SECRET, body, sig), "a valid signature: {sig}");
        assert!(!platform::webhooks::verify("another secret entirely", body, sig));
        let text = String::from_utf8_lossy(body);
        assert!(!text.contains(s(&t, "token")) && !text.contains("\"lang\""), "nothing of the person: {text}");
    }
    let first: Value = serde_json::from_slice(&got[0].1).expect("json");
    assert_eq!((first["type"].as_str(), first["ticket"]["number"].as_str(), got[0].0["x-madoguchi-event"].to_str().ok()), (Some("ticket.called"), t["number"].as_str(), Some("ticket.called")));
    let second: Value = serde_json::from_slice(&got[1].1).expect("json");
    assert_eq!((second["type"].as_str(), second["open"].as_bool()), (Some("queue.reception"), Some(false)));

    // The log shows both delivered; deleting the webhook stops deliveries.
    let id = s(&hook, "id").to_owned();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let log = loop {
        let log = app.get(Some(&admin), &format!("/api/v1/webhooks/{id}/deliveries")).await.expect(200).clone();
        if log.as_array().is_some_and(|l| l.len() == 2) || std::time::Instant::now() > deadline {
            break log;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(log.as_array().is_some_and(|l| l.len() == 2 && l.iter().all(|d| d["status"] == "delivered" && d["attempts"] == 1 && d["last_status"] == 204)), "{log}");
    assert_eq!(app.client.delete(app.url(&format!("/api/v1/webhooks/{id}"))).bearer_auth(&admin).send().await.expect("delete").status(), 204);
    app.call_next(&staff, OFFICE, "1").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(r.got.lock().await.len(), 2, "nothing after deletion");
}

#[tokio::test]
async fn a_failing_receiver_is_retried_then_dead_lettered_and_sent_again() {
    let app = app_with_quick_retries().await;
    let admin = app.admin();
    // Fails twice, then answers: delivered on the third attempt.
    let r = Receiver { fail_first: Arc::new(AtomicUsize::new(2)), ..Default::default() };
    let url = receiver(r.clone()).await;
    let hook = app.post(Some(&admin), "/api/v1/webhooks", Some(json!({"url": url, "events": ["ticket.issued"], "secret": SECRET}))).await.expect(201).clone();
    app.issue_ok(&app.kiosk(OFFICE), OFFICE, json!({"queue": "A"})).await;
    assert_eq!(until_n(&r, 3).await.len(), 3);
    // Now it fails every attempt (three: the first and two retries): a dead letter.
    r.fail_first.store(100, Ordering::SeqCst);
    app.issue_ok(&app.kiosk(OFFICE), OFFICE, json!({"queue": "A"})).await;
    assert_eq!(until_n(&r, 6).await.len(), 6);
    let id = s(&hook, "id").to_owned();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let dead = loop {
        let dead = app.get(Some(&admin), &format!("/api/v1/webhooks/{id}/deliveries?status=dead")).await.expect(200).clone();
        if dead.as_array().is_some_and(|d| !d.is_empty()) || std::time::Instant::now() > deadline {
            break dead;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!((dead[0]["attempts"].as_u64(), dead[0]["last_status"].as_u64()), (Some(3), Some(500)), "{dead}");
    let all = app.get(Some(&admin), &format!("/api/v1/webhooks/{id}/deliveries")).await.expect(200).clone();
    assert!(all.as_array().is_some_and(|a| a.iter().any(|d| d["status"] == "delivered" && d["attempts"] == 3)), "{all}");
    // The admin sends the dead letter again once the receiver is fixed.
    r.fail_first.store(0, Ordering::SeqCst);
    let retry = app.post(Some(&admin), &format!("/api/v1/webhooks/deliveries/{}/retry", dead[0]["id"]), None).await;
    assert_eq!(retry.status, 202, "{}", retry.text);
    assert_eq!(until_n(&r, 7).await.len(), 7);
    assert_eq!(app.post(Some(&admin), "/api/v1/webhooks/deliveries/999999/retry", None).await.expect_error(404), "unknown_delivery");
    let metrics = app.get(None, "/metrics").await.text;
    assert!(metrics.contains("madoguchi_webhook_deliveries_total{outcome=\"dead\"} 1"), "{metrics}");
}

#[tokio::test]
async fn a_receiver_that_never_answers_slows_no_call() {
    let app = app_with_quick_retries().await;
    let r = Receiver { hang: true, ..Default::default() };
    let url = receiver(r.clone()).await;
    app.post(Some(&app.admin()), "/api/v1/webhooks", Some(json!({"url": url, "events": ["*"], "secret": SECRET}))).await.expect(201);
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let mut worst = Duration::ZERO;
    for _ in 0..20 {
        let started = std::time::Instant::now();
        app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
        app.call_next(&staff, OFFICE, "1").await.expect(200);
        worst = worst.max(started.elapsed());
    }
    // For the record, not a timed assertion: every issue and call answered
    // while four workers sat on a receiver that never answers.
    println!("issue + call with a hanging webhook receiver: slowest pair {worst:?}");
}
