//! The HTTP contract surface: reads, issuing, the ticket lifecycle, public
//! reads, and errors (shape, status, never a 5xx for bad input).

mod common;

use common::*;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------

#[tokio::test]
async fn healthz_answers_200() {
    let app = spawn_app().await;
    let r = app.get(None, "/healthz").await;
    assert_eq!(r.status, 200, "{}", r.text);
}

/// The contract's `/api` routes: (method, OpenAPI path, a concrete probe path).
const CONTRACT_ROUTES: &[(&str, &str, &str)] = &[
    ("get", "/api/v1/offices", "/api/v1/offices"),
    ("get", "/api/v1/offices/{office}/services", "/api/v1/offices/yahatanishi/services"),
    ("get", "/api/v1/offices/{office}/counters", "/api/v1/offices/yahatanishi/counters"),
    ("post", "/api/v1/offices/{office}/tickets", "/api/v1/offices/yahatanishi/tickets"),
    ("get", "/api/v1/tickets/{id}", "/api/v1/tickets/tNOPE"),
    ("post", "/api/v1/offices/{office}/counters/{counter}/call-next", "/api/v1/offices/yahatanishi/counters/1/call-next"),
    ("post", "/api/v1/tickets/{id}/recall", "/api/v1/tickets/tNOPE/recall"),
    ("post", "/api/v1/tickets/{id}/start", "/api/v1/tickets/tNOPE/start"),
    ("post", "/api/v1/tickets/{id}/finish", "/api/v1/tickets/tNOPE/finish"),
    ("post", "/api/v1/tickets/{id}/no-show", "/api/v1/tickets/tNOPE/no-show"),
    ("post", "/api/v1/tickets/{id}/cancel", "/api/v1/tickets/tNOPE/cancel"),
    ("post", "/api/v1/tickets/{id}/transfer", "/api/v1/tickets/tNOPE/transfer"),
    ("get", "/api/v1/tickets/{id}/ticket.pdf", "/api/v1/tickets/tNOPE/ticket.pdf"),
    ("get", "/api/v1/tickets/{id}/ticket.escpos", "/api/v1/tickets/tNOPE/ticket.escpos"),
    ("get", "/api/v1/public/tickets/{token}", "/api/v1/public/tickets/nopenopenopenopenope"),
    ("get", "/api/v1/offices/{office}/forecast", "/api/v1/offices/yahatanishi/forecast?from=2026-04-01&days=7"),
    ("get", "/api/v1/offices/{office}/life-events", "/api/v1/offices/yahatanishi/life-events"),
];

/// Whether the server has a route at all: an unrouted path falls back to 404 `not_found`.
async fn routed(app: &TestApp, method: &str, path: &str) -> bool {
    if method == "get" {
        // An event stream never ends: its headers say whether it is routed.
        let head = app.client.get(app.url(path)).send().await.expect("request");
        if head.headers().get("content-type").is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream")) {
            return true;
        }
    }
    let r = match method {
        "get" => app.get(None, path).await,
        _ => app.post(None, path, Some(json!({}))).await,
    };
    assert!(r.status < 500, "{method} {path} answered {}: {}", r.status, r.text);
    !(r.status == 404 && r.json["error"]["code"] == "not_found")
}

#[tokio::test]
async fn openapi_document_is_openapi_3_and_lists_every_contract_route_that_exists() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/openapi.json").await;
    let doc = r.expect(200);
    let version = doc["openapi"].as_str().expect("openapi version string");
    assert!(version.starts_with("3."), "OpenAPI version {version}");
    assert!(doc["info"]["title"].is_string(), "info.title");
    let paths = doc["paths"].as_object().expect("paths object");

    let mut missing = Vec::new();
    for (method, path, probe) in CONTRACT_ROUTES {
        if !routed(&app, method, probe).await {
            continue; // not built yet: nothing to document
        }
        match paths.get(*path).and_then(|p| p.get(*method)) {
            Some(op) => assert!(op["responses"].is_object(), "{method} {path} has responses"),
            None => missing.push(format!("{} {path}", method.to_uppercase())),
        }
    }
    assert!(missing.is_empty(), "served but not in /api/openapi.json: {missing:?}");

    // And the document claims nothing the server does not serve.
    for (path, item) in paths {
        if !path.starts_with("/api") {
            continue;
        }
        let probe = fill_params(
            &path
                .replace("{office}", "yahatanishi")
                .replace("{counter}", "1")
                .replace("{id}", "tNOPE")
                .replace("{token}", "nopenopenopenopenope"),
        );
        for method in item.as_object().expect("path item").keys().filter(|m| ["get", "post"].contains(&m.as_str())) {
            assert!(routed(&app, method, &probe).await, "OpenAPI lists {method} {path} but the server does not route it");
        }
    }
}

/// Fills any other `{param}` of an OpenAPI path with a plain value.
fn fill_params(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        out.push('x');
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn offices_list_has_the_four_offices_with_queues_and_waiting_counts() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/v1/offices").await;
    let offices = r.expect(200).as_array().expect("array").clone();
    let ids: Vec<&str> = offices.iter().map(|o| s(o, "id")).collect();
    assert_eq!(ids, OFFICES);
    for o in &offices {
        assert!(!s(o, "name").is_empty());
        let queues = o["queues"].as_array().expect("queues array");
        assert!(!queues.is_empty(), "office {} has queues", o["id"]);
        for q in queues {
            assert!(!s(q, "id").is_empty() && !s(q, "name").is_empty(), "{q}");
            assert_eq!(q["waiting"].as_u64(), Some(0), "waiting is an int, 0 at first: {q}");
        }
    }
    // Japanese by default.
    assert_eq!(offices[0]["name"], "八幡西区役所");

    // The count follows issuing.
    let kiosk = app.kiosk("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(app.waiting("yahatanishi", "A").await, 2);
    assert_eq!(app.waiting("yahatanishi", "B").await, 0);
    assert_eq!(app.waiting("orio", "A").await, 0, "offices count separately");

    let en = app.get(None, "/api/v1/offices?lang=en").await;
    assert_eq!(en.expect(200)[0]["name"], "Yahatanishi Ward Office");
    // Sections in the language asked for, also where the configuration has only Japanese and English.
    let vi = app.get(None, "/api/v1/offices?lang=vi").await;
    let shimin = vi.expect(200)[0]["queues"].as_array().expect("queues").iter().find(|q| q["section"] == "shimin").cloned().expect("a queue of 市民課");
    assert_eq!(shimin["section_name"], "Phòng Dân vụ");
}

#[tokio::test]
async fn services_are_english_with_lang_en() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/v1/offices/yahatanishi/services?lang=en").await;
    let services = r.expect(200).as_array().expect("array").clone();
    assert!(services.len() >= 25, "{} services", services.len());
    for sv in &services {
        for key in ["id", "name", "queue", "section"] {
            assert!(sv[key].is_string(), "{key} in {sv}");
        }
        assert!(sv["guidance"].is_object(), "guidance object in {sv}");
    }
    let moving_in = services.iter().find(|s| s["id"] == "moving-in").expect("moving-in");
    assert!(moving_in["name"].as_str().is_some_and(|n| n.starts_with("Moving-in notification")), "{moving_in}");
    assert_eq!(moving_in["queue"], "A");
    assert_eq!(moving_in["section"], "shimin");
    let cert = services.iter().find(|s| s["id"] == "residence-certificate").expect("residence-certificate");
    assert_eq!(cert["queue"], "B");
}

#[tokio::test]
async fn services_fall_back_to_japanese_for_an_unknown_or_missing_lang() {
    let app = spawn_app().await;
    for q in ["?lang=xx", "?lang=klingon-x-foo", "", "?lang="] {
        let r = app.get(None, &format!("/api/v1/offices/yahatanishi/services{q}")).await;
        let services = r.expect(200).as_array().expect("array").clone();
        let moving_in = services.iter().find(|s| s["id"] == "moving-in").expect("moving-in");
        assert_eq!(moving_in["name"], "転入届", "lang query {q:?}");
    }
}

#[tokio::test]
async fn branch_offices_offer_only_their_services() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/v1/offices/orio/services?lang=en").await;
    let services = r.expect(200).as_array().expect("array").clone();
    assert!(services.iter().any(|s| s["id"] == "residence-certificate"));
    assert!(!services.iter().any(|s| s["id"] == "my-number-card-pickup"), "orio does not do My Number cards");
}

#[tokio::test]
async fn counters_list_each_counter_with_its_queues() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/v1/offices/yahatanishi/counters").await;
    let counters = r.expect(200).as_array().expect("array").clone();
    assert_eq!(counters.len(), 18);
    for c in &counters {
        assert!(c["id"].is_string() && c["name"].is_string(), "{c}");
        let queues = c["queues"].as_array().expect("queues");
        assert!(!queues.is_empty() && queues.iter().all(Value::is_string), "{c}");
    }
    let three = counters.iter().find(|c| c["id"] == "3").expect("counter 3");
    assert_eq!(three["queues"], json!(["A", "B"]));
    for office in &OFFICES[1..] {
        let r = app.get(None, &format!("/api/v1/offices/{office}/counters")).await;
        assert!(!r.expect(200).as_array().expect("array").is_empty(), "{office} has counters");
    }
}

#[tokio::test]
async fn unknown_office_is_404_everywhere() {
    let app = spawn_app().await;
    let admin = app.admin();
    for path in ["/api/v1/offices/nowhere/services", "/api/v1/offices/nowhere/counters"] {
        let r = app.get(None, path).await;
        let code = r.expect_error(404);
        assert_eq!(code, "unknown_office", "{path}");
    }
    let r = app.issue(&admin, "nowhere", json!({"queue": "A"})).await;
    r.expect_error(404);
    let r = app.call_next(&admin, "nowhere", "1").await;
    r.expect_error(404);
}

// ---------------------------------------------------------------------------
// Issuing
// ---------------------------------------------------------------------------

const TICKET_KEYS: &[&str] = &[
    "id",
    "number",
    "queue",
    "service",
    "status",
    "position",
    "estimated_wait_seconds",
    "counter",
    "lang",
    "token",
    "status_url",
    "issued_at",
    "journey",
];

/// Checks every field of the contract's ticket shape.
#[track_caller]
fn assert_ticket_shape(t: &Value) {
    let obj = t.as_object().unwrap_or_else(|| panic!("ticket is an object: {t}"));
    for k in TICKET_KEYS {
        assert!(obj.contains_key(*k), "ticket lacks {k:?}: {t}");
    }
    assert!(!s(t, "id").is_empty());
    let (prefix, _) = parse_number(s(t, "number"));
    assert!(t["queue"].is_string());
    assert!(t["service"].is_string() || t["service"].is_null());
    assert!(["waiting", "called", "serving", "done", "no_show", "cancelled"].contains(&s(t, "status")), "{t}");
    assert!(t["position"].is_u64() || t["position"].is_null());
    assert!(t["estimated_wait_seconds"].is_u64() || t["estimated_wait_seconds"].is_null());
    assert!(t["counter"].is_string() || t["counter"].is_null());
    assert!(t["lang"].is_string());
    let _: jiff::Timestamp = s(t, "issued_at").parse().unwrap_or_else(|e| panic!("issued_at is RFC 3339 ({e}): {t}"));
    assert!(t["journey"].is_array() || t["journey"].is_null());
    let _ = prefix;
}

/// Bits of entropy a token of this alphabet and length can hold, at most.
fn token_bits(token: &str) -> f64 {
    let hex = token.bytes().all(|b| b.is_ascii_hexdigit());
    let per_char = if hex { 4.0 } else { 6.0 };
    token.len() as f64 * per_char
}

#[tokio::test]
async fn issuing_by_service_answers_201_with_the_whole_ticket() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let r = app.issue(&kiosk, "yahatanishi", json!({"service": "moving-in", "lang": "en"})).await;
    let t = r.expect(201).clone();
    assert!(r.content_type.as_deref().is_some_and(|c| c.starts_with("application/json")), "{:?}", r.content_type);
    assert_ticket_shape(&t);
    assert_eq!(t["number"], "A-001");
    assert_eq!(t["queue"], "A");
    assert_eq!(t["service"], "moving-in");
    assert_eq!(t["status"], "waiting");
    assert_eq!(t["position"], 1);
    assert!(t["estimated_wait_seconds"].is_u64(), "an estimate while waiting: {t}");
    assert_eq!(t["counter"], Value::Null);
    assert_eq!(t["lang"], "en");
    assert_eq!(t["journey"], Value::Null);
    let token = s(&t, "token");
    assert!(token_bits(token) >= 128.0, "token {token:?} cannot hold 128 random bits");
    assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe token {token:?}");
    let url = s(&t, "status_url");
    assert!(url.starts_with("http://") || url.starts_with("https://"), "{url}");
    assert!(url.ends_with(&format!("/t/{token}")), "status_url {url} ends with /t/{{token}}");
    assert!(url.starts_with(&app.base), "status_url {url} points at this server");
    let page = send(app.client.get(url)).await;
    assert_eq!(page.status, 200, "the status page opens: {}", page.text.chars().take(200).collect::<String>());

    // The second in the same queue: A-002 behind it, with another token.
    let t2 = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-out", "lang": "en"})).await;
    assert_eq!(t2["number"], "A-002");
    assert_eq!(t2["position"], 2);
    assert_ne!(t2["token"], t["token"]);
    assert_ne!(t2["id"], t["id"]);
    assert!(t2["estimated_wait_seconds"].as_u64() >= t["estimated_wait_seconds"].as_u64());
}

#[tokio::test]
async fn issuing_by_queue_numbers_per_queue() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let b1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B", "lang": "ja"})).await;
    assert_ticket_shape(&b1);
    assert_eq!(b1["number"], "B-001");
    assert_eq!(b1["queue"], "B");
    assert_eq!(b1["service"], Value::Null);
    assert_eq!(b1["position"], 1);
    assert_eq!(b1["lang"], "ja");
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(a1["number"], "A-001", "each queue counts from 1");
    let b2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    assert_eq!(b2["number"], "B-002");
    assert_eq!(b2["position"], 2);
    assert_eq!(b2["lang"], "ja", "no lang means ja");
    // Another office counts on its own.
    let orio = app.kiosk("orio");
    let o1 = app.issue_ok(&orio, "orio", json!({"queue": "B"})).await;
    assert_eq!(o1["number"], "B-001");
}

#[tokio::test]
async fn an_unknown_lang_on_a_ticket_falls_back_to_ja() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A", "lang": "xx-YY"})).await;
    assert_eq!(t["lang"], "ja");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A", "lang": "zh-Hant"})).await;
    assert_eq!(t["lang"], "zh-Hant");
}

#[tokio::test]
async fn staff_read_a_ticket_with_its_token_and_status_url() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let issued = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "residence-certificate", "lang": "en"})).await;
    let r = app.ticket(&staff, s(&issued, "id")).await;
    let t = r.expect(200).clone();
    assert_ticket_shape(&t);
    for k in ["id", "number", "queue", "service", "status", "position", "lang", "token", "status_url", "issued_at"] {
        assert_eq!(t[k], issued[k], "{k}");
    }
    let r = app.ticket(&staff, "tDOESNOTEXIST").await;
    assert_eq!(r.expect_error(404), "ticket_not_found");
}

// ---------------------------------------------------------------------------
// The lifecycle
// ---------------------------------------------------------------------------

#[tokio::test]
async fn call_next_answers_200_with_the_called_ticket_then_204_when_empty() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let a2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;

    let r = app.call_next(&staff, "yahatanishi", "1").await;
    let called = r.expect(200).clone();
    assert_ticket_shape(&called);
    assert_eq!(called["id"], a1["id"], "the first issued is called first");
    assert_eq!(called["status"], "called");
    assert_eq!(called["counter"], "1");
    assert_eq!(called["position"], Value::Null);

    // A-002 moved up.
    let pub2 = app.public(s(&a2, "token")).await;
    assert_eq!(pub2.expect(200)["position"], 1);

    let r = app.call_next(&staff, "yahatanishi", "2").await;
    assert_eq!(r.expect(200)["id"], a2["id"]);
    let r = app.call_next(&staff, "yahatanishi", "1").await;
    assert_eq!(r.status, 204, "nobody waits: {}", r.text);
    assert!(r.text.is_empty(), "204 has no body: {:?}", r.text);

    // A counter only calls its own queues: counter 4 serves B only.
    app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let r = app.call_next(&staff, "yahatanishi", "4").await;
    assert_eq!(r.status, 204, "counter 4 does not serve A: {}", r.text);

    let r = app.call_next(&staff, "yahatanishi", "99").await;
    r.expect_4xx();
}

/// Issues one ticket and calls it at counter 1; returns (issued, called).
async fn issue_and_call(app: &TestApp, kiosk: &str, staff: &str) -> (Value, Value) {
    let t = app.issue_ok(kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let called = app.call_next(staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], t["id"]);
    (t, called)
}

#[tokio::test]
async fn recall_start_finish_walk_a_ticket_to_done() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let (t, _) = issue_and_call(&app, &kiosk, &staff).await;
    let id = s(&t, "id");

    let r = app.act(&staff, id, "recall").await;
    let v = r.expect(200).clone();
    assert_ticket_shape(&v);
    assert_eq!(v["status"], "called");
    assert_eq!(v["recalls"], 1, "recalls are counted");
    assert_eq!(v["counter"], "1");
    let v = app.act(&staff, id, "recall").await.expect(200).clone();
    assert_eq!(v["recalls"], 2);

    let v = app.act(&staff, id, "start").await.expect(200).clone();
    assert_eq!(v["status"], "serving");
    assert_eq!(v["counter"], "1");
    assert_eq!(v["number"], t["number"]);

    let v = app.act(&staff, id, "finish").await.expect(200).clone();
    assert_eq!(v["status"], "done");
    assert_eq!(v["position"], Value::Null);

    let v = app.ticket(&staff, id).await.expect(200).clone();
    assert_eq!(v["status"], "done");
}

#[tokio::test]
async fn a_called_ticket_may_be_finished_directly_or_marked_no_show() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let (t, _) = issue_and_call(&app, &kiosk, &staff).await;
    assert_eq!(app.act(&staff, s(&t, "id"), "no-show").await.expect(200)["status"], "no_show");
    let (t, _) = issue_and_call(&app, &kiosk, &staff).await;
    assert_eq!(app.act(&staff, s(&t, "id"), "finish").await.expect(200)["status"], "done");
}

#[tokio::test]
async fn cancel_takes_a_waiting_ticket_out_of_the_line() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let a2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let v = app.act(&staff, s(&a1, "id"), "cancel").await.expect(200).clone();
    assert_eq!(v["status"], "cancelled");
    assert_eq!(v["position"], Value::Null);
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
    assert_eq!(app.public(s(&a2, "token")).await.expect(200)["position"], 1);
    let called = app.call_next(&staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], a2["id"], "a cancelled ticket is never called");
    // Kiosks may cancel nothing; a called ticket may be cancelled by staff.
    let v = app.act(&staff, s(&a2, "id"), "cancel").await.expect(200).clone();
    assert_eq!(v["status"], "cancelled");
}

#[tokio::test]
async fn transfer_keeps_the_number_and_waits_in_the_new_queue() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let b1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"service": "moving-in"})).await;

    // A waiting ticket.
    let r = app.post(Some(&staff), &format!("/api/v1/tickets/{}/transfer", s(&a1, "id")), Some(json!({"queue": "B"}))).await;
    let v = r.expect(200).clone();
    assert_ticket_shape(&v);
    assert_eq!(v["number"], "A-001", "same number");
    assert_eq!(v["id"], a1["id"]);
    assert_eq!(v["queue"], "B");
    assert_eq!(v["status"], "waiting");
    assert_eq!(v["counter"], Value::Null);
    let pos = v["position"].as_u64().expect("a position in the new queue");
    assert!((1..=2).contains(&pos), "position {pos} among the 2 waiting in B");
    assert_eq!(app.waiting("yahatanishi", "A").await, 0);
    assert_eq!(app.waiting("yahatanishi", "B").await, 2);
    let public = app.public(s(&a1, "token")).await.expect(200).clone();
    assert_eq!(public["position"], pos);
    assert_eq!(public["number"], "A-001");
    let _ = b1;

    // A called ticket, transferred by service: waiting again, no counter.
    let a2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let called = app.call_next(&staff, "yahatanishi", "1").await.expect(200).clone();
    assert_eq!(called["id"], a2["id"]);
    let r = app.post(Some(&staff), &format!("/api/v1/tickets/{}/transfer", s(&a2, "id")), Some(json!({"service": "nhi-enrolment"}))).await;
    let v = r.expect(200).clone();
    assert_eq!(v["number"], "A-002");
    assert_eq!(v["queue"], "K");
    assert_eq!(v["status"], "waiting");
    assert_eq!(v["counter"], Value::Null);
    assert_eq!(v["position"], 1);
    // And counter 10 (K) now calls it.
    let r = app.call_next(&staff, "yahatanishi", "10").await;
    assert_eq!(r.expect(200)["id"], a2["id"]);

    // Transfers to nowhere are refused with a code.
    let id = s(&a1, "id");
    for body in [json!({"queue": "ZZ"}), json!({"service": "no-such-service"})] {
        let r = app.post(Some(&staff), &format!("/api/v1/tickets/{id}/transfer"), Some(body.clone())).await;
        let code = r.expect_4xx();
        assert!(code.starts_with("unknown_"), "{body}: {code}");
    }
}

#[tokio::test]
async fn public_read_by_token_shows_only_that_ticket_and_no_secret() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let a1 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let a2 = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A", "lang": "en"})).await;
    let token = s(&a2, "token").to_owned();

    let r = app.public(&token).await;
    let v = r.expect(200).clone();
    let obj = v.as_object().expect("object");
    for k in ["number", "status", "position", "estimated_wait_seconds", "counter"] {
        assert!(obj.contains_key(k), "public ticket lacks {k}: {v}");
    }
    assert_eq!(v["number"], "A-002");
    assert_eq!(v["status"], "waiting");
    assert_eq!(v["position"], 2);
    assert!(v["estimated_wait_seconds"].is_u64());
    assert_eq!(v["counter"], Value::Null);
    for secret in ["token", "status_url", "id", "tickets"] {
        assert!(!obj.contains_key(secret), "public ticket shows {secret}: {v}");
    }
    assert!(!r.text.contains(&token), "the body repeats the token");
    assert!(!r.text.contains(s(&a1, "token")), "the body shows another ticket's token");
    assert!(!r.text.contains("A-001"), "the body shows another ticket: {}", r.text);
    assert!(!r.text.contains(s(&a1, "id")), "the body shows another ticket's id");

    // Called: the counter shows.
    app.call_next(&staff, "yahatanishi", "1").await.expect(200);
    app.call_next(&staff, "yahatanishi", "2").await.expect(200);
    let v = app.public(&token).await.expect(200).clone();
    assert_eq!(v["status"], "called");
    assert_eq!(v["counter"], "2");
    assert_eq!(v["position"], Value::Null);

    // Unknown tokens, of any length, are 404 with a code.
    for bad in ["x", "nopenopenopenopenopenope", &"z".repeat(200), "..%2F..%2Fetc"] {
        let r = app.public(bad).await;
        r.expect_error(404);
    }
}

#[tokio::test]
async fn illegal_moves_are_409_with_a_code() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");

    let waiting = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "B"})).await;
    let w = s(&waiting, "id");
    for action in ["start", "finish", "recall", "no-show"] {
        let r = app.act(&staff, w, action).await;
        let code = r.expect_error(409);
        assert!(!code.is_empty(), "{action} on a waiting ticket");
    }
    // Still waiting, still first, after the refusals.
    assert_eq!(app.ticket(&staff, w).await.expect(200)["status"], "waiting");
    assert_eq!(app.ticket(&staff, w).await.expect(200)["position"], 1);

    let (t, _) = issue_and_call(&app, &kiosk, &staff).await;
    let id = s(&t, "id");
    app.act(&staff, id, "start").await.expect(200);
    for action in ["start", "recall", "no-show"] {
        app.act(&staff, id, action).await.expect_error(409);
    }
    app.act(&staff, id, "finish").await.expect(200);
    for action in ["finish", "start", "recall", "no-show", "cancel"] {
        let r = app.act(&staff, id, action).await;
        r.expect_error(409);
    }
    let r = app.post(Some(&staff), &format!("/api/v1/tickets/{id}/transfer"), Some(json!({"queue": "B"}))).await;
    r.expect_error(409);
    assert_eq!(app.ticket(&staff, id).await.expect(200)["status"], "done", "a done ticket stays done");

    let r = app.act(&staff, w, "cancel").await;
    r.expect(200);
    for action in ["cancel", "start", "finish", "recall", "no-show"] {
        app.act(&staff, w, action).await.expect_error(409);
    }
    // A cancelled ticket is not called.
    let r = app.call_next(&staff, "yahatanishi", "4").await;
    assert_eq!(r.status, 204, "{}", r.text);
}

#[tokio::test]
async fn actions_on_an_unknown_ticket_are_404() {
    let app = spawn_app().await;
    let staff = app.staff("yahatanishi");
    for action in ["recall", "start", "finish", "no-show", "cancel"] {
        let r = app.act(&staff, "tNOPE", action).await;
        assert_eq!(r.expect_error(404), "ticket_not_found", "{action}");
    }
    let r = app.post(Some(&staff), "/api/v1/tickets/tNOPE/transfer", Some(json!({"queue": "B"}))).await;
    r.expect_error(404);
}

// ---------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------

#[tokio::test]
async fn malformed_json_is_400_with_a_code() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    for body in ["{", "{\"queue\": ", "not json", "{\"queue\": \"A\",}", "\u{feff}{}"] {
        let r = send(
            app.client
                .post(app.url("/api/v1/offices/yahatanishi/tickets"))
                .bearer_auth(&kiosk)
                .header("content-type", "application/json")
                .body(body),
        )
        .await;
        let code = r.expect_error(400);
        assert!(!code.is_empty(), "{body:?}");
    }
}

#[tokio::test]
async fn unknown_queue_or_service_is_a_4xx_with_a_code() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let r = app.issue(&kiosk, "yahatanishi", json!({"queue": "ZZ"})).await;
    assert_eq!(r.expect_4xx(), "unknown_queue");
    let r = app.issue(&kiosk, "yahatanishi", json!({"service": "no-such-service"})).await;
    assert_eq!(r.expect_4xx(), "unknown_service");
    let orio = app.kiosk("orio");
    let r = app.issue(&orio, "orio", json!({"service": "my-number-card-pickup"})).await;
    assert_eq!(r.expect_4xx(), "unknown_service", "a service the branch does not offer");
    let r = app.issue(&orio, "orio", json!({"queue": "M"})).await;
    assert_eq!(r.expect_4xx(), "unknown_queue", "a queue of another office");
    // Nothing was numbered by the refusals.
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t["number"], "A-001");
}

/// Every request here is wrong; each must be a 4xx with the error shape.
#[tokio::test]
async fn bad_input_never_yields_a_5xx() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let issue_url = app.url("/api/v1/offices/yahatanishi/tickets");
    let c = &app.client;
    let waiting = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    let transfer_url = app.url(&format!("/api/v1/tickets/{}/transfer", s(&waiting, "id")));

    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    let huge = format!("{{\"queue\": \"A\", \"lang\": \"{}\"}}", "x".repeat(2 * 1024 * 1024));
    let long_id = "a".repeat(5000);

    let mut cases: Vec<(String, reqwest::RequestBuilder)> = vec![
        ("text/plain content type".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "text/plain").body(r#"{"queue":"A"}"#)),
        ("no content type".into(), c.post(&issue_url).bearer_auth(&kiosk).body(r#"{"queue":"A"}"#)),
        ("form content type".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/x-www-form-urlencoded").body("queue=A")),
        ("empty body".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/json").body("")),
        ("empty body, no type".into(), c.post(&issue_url).bearer_auth(&kiosk)),
        ("huge body".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/json").body(huge)),
        ("deeply nested".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/json").body(deep)),
        ("invalid utf-8".into(), c.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/json").body(vec![b'{', b'"', 0xff, 0xfe, b'"', b':', b'1', b'}'])),
        ("both service and queue".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"service": "moving-in", "queue": "A"}))),
        ("neither service nor queue".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"lang": "en"}))),
        ("empty object".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({}))),
        ("unknown field".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": "A", "priority": "vip"}))),
        ("array body".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!(["queue", "A"]))),
        ("null body".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&Value::Null)),
        ("string body".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!("A"))),
        ("queue is a number".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": 1}))),
        ("queue is null".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": null}))),
        ("service is an object".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"service": {"id": "moving-in"}}))),
        ("lang is a number".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": "A", "lang": 5}))),
        ("queue is empty".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": ""}))),
        ("queue is long".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": "Q".repeat(8000)}))),
        ("service has odd characters".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"service": "../../etc/passwd\u{0}\u{202e}"}))),
        ("life event unknown".into(), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"life_event": "no-such-event"}))),
        ("transfer empty".into(), c.post(&transfer_url).bearer_auth(&staff).json(&json!({}))),
        ("transfer both".into(), c.post(&transfer_url).bearer_auth(&staff).json(&json!({"queue": "B", "service": "moving-in"}))),
        ("transfer no body".into(), c.post(&transfer_url).bearer_auth(&staff)),
        ("transfer unknown field".into(), c.post(&transfer_url).bearer_auth(&staff).json(&json!({"queue": "B", "why": 1}))),
        ("transfer to a bad id".into(), c.post(&transfer_url).bearer_auth(&staff).json(&json!({"queue": "B/../A"}))),
        ("GET on a POST route".into(), c.get(&issue_url).bearer_auth(&kiosk)),
        ("PUT on a ticket".into(), c.put(app.url(&format!("/api/v1/tickets/{}", s(&waiting, "id")))).bearer_auth(&staff)),
        ("DELETE on offices".into(), c.delete(app.url("/api/v1/offices"))),
        ("POST on a GET route".into(), c.post(app.url("/api/v1/offices")).json(&json!({}))),
        ("unknown api route".into(), c.get(app.url("/api/v1/nope"))),
        ("unknown version".into(), c.get(app.url("/api/v2/offices"))),
        ("long ticket id".into(), c.get(app.url(&format!("/api/v1/tickets/{long_id}"))).bearer_auth(&staff)),
        ("long ticket id action".into(), c.post(app.url(&format!("/api/v1/tickets/{long_id}/start"))).bearer_auth(&staff)),
        ("encoded ticket id".into(), c.get(app.url("/api/v1/tickets/%00%2F..%20")).bearer_auth(&staff)),
        ("encoded office".into(), c.get(app.url("/api/v1/offices/%00%2F..%20/services"))),
        ("odd counter".into(), c.post(app.url("/api/v1/offices/yahatanishi/counters/%2E%2E/call-next")).bearer_auth(&staff)),
        ("long counter".into(), c.post(app.url(&format!("/api/v1/offices/yahatanishi/counters/{long_id}/call-next"))).bearer_auth(&staff)),
        ("counter 0".into(), c.post(app.url("/api/v1/offices/yahatanishi/counters/0/call-next")).bearer_auth(&staff)),
        ("public token with odd characters".into(), c.get(app.url("/api/v1/public/tickets/%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00"))),
        ("public token long".into(), c.get(app.url(&format!("/api/v1/public/tickets/{long_id}")))),
        ("authorization not ascii".into(), c.post(&issue_url).header("authorization", reqwest::header::HeaderValue::from_bytes(b"Bearer \xff\xfe").expect("header")).json(&json!({"queue": "A"}))),
        ("authorization long".into(), c.post(&issue_url).header("authorization", format!("Bearer {}", "x".repeat(6000))).json(&json!({"queue": "A"}))),
        ("authorization basic".into(), c.post(&issue_url).header("authorization", "Basic dXNlcjpwYXNz").json(&json!({"queue": "A"}))),
        ("authorization empty bearer".into(), c.post(&issue_url).header("authorization", "Bearer ").json(&json!({"queue": "A"}))),
        ("authorization bare".into(), c.post(&issue_url).header("authorization", "Bearer").json(&json!({"queue": "A"}))),
    ];
    // A whole range of single odd bytes in a queue id.
    for b in [0u8, 1, 9, 10, 13, 0x7f] {
        let q = format!("A{}", b as char);
        cases.push((format!("queue with byte {b:#x}"), c.post(&issue_url).bearer_auth(&kiosk).json(&json!({"queue": q}))));
    }

    let mut failures = Vec::new();
    for (name, req) in cases {
        let r = match tokio::time::timeout(T, req.send()).await {
            Ok(Ok(resp)) => read(resp).await,
            Ok(Err(e)) => {
                failures.push(format!("{name}: the request failed: {e}"));
                continue;
            }
            Err(_) => {
                failures.push(format!("{name}: timed out"));
                continue;
            }
        };
        if !(400..500).contains(&r.status) {
            failures.push(format!("{name}: status {} body {}", r.status, r.text.chars().take(200).collect::<String>()));
            continue;
        }
        if let Err(e) = error_shape(&r) {
            failures.push(format!("{name}: {e}"));
        }
    }

    // Odd input that a server may accept or refuse, but never with a 5xx.
    let lenient: Vec<(&str, reqwest::RequestBuilder)> = vec![
        ("bad utf-8 in lang", c.get(app.url("/api/v1/offices?lang=%FF%FE"))),
        ("lang twice", c.get(app.url("/api/v1/offices/yahatanishi/services?lang=en&lang=ja"))),
        ("long lang", c.get(app.url(&format!("/api/v1/offices?lang={}", "x".repeat(4000))))),
        ("unknown query parameter", c.get(app.url("/api/v1/offices?foo=bar"))),
        ("trailing slash", c.get(app.url("/api/v1/offices/"))),
        ("double slash", c.get(app.url("/api/v1//offices"))),
    ];
    for (name, req) in lenient {
        let r = send(req).await;
        if r.status >= 500 {
            failures.push(format!("{name}: status {} body {}", r.status, r.text));
        } else if r.status >= 400
            && let Err(e) = error_shape(&r)
        {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "bad input answered wrongly:\n{}", failures.join("\n"));

    // None of it disturbed the server or the queue.
    assert_eq!(app.get(None, "/healthz").await.status, 200);
    assert_eq!(app.waiting("yahatanishi", "A").await, 1);
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t["number"], "A-002", "no bad request took a number");
}

/// A path segment that is not UTF-8 once percent-decoded is bad input like
/// any other: a 4xx with the contract's error body, not a plain-text one.
#[tokio::test]
async fn undecodable_path_segments_get_the_contract_error_body() {
    let app = spawn_app().await;
    let staff = app.staff("yahatanishi");
    let kiosk = app.kiosk("yahatanishi");
    let cases: Vec<(&str, reqwest::RequestBuilder)> = vec![
        ("office services", app.client.get(app.url("/api/v1/offices/%FF%FE/services"))),
        ("office counters", app.client.get(app.url("/api/v1/offices/%FF/counters"))),
        ("issue", app.client.post(app.url("/api/v1/offices/%FF/tickets")).bearer_auth(&kiosk).json(&json!({"queue": "A"}))),
        ("call-next", app.client.post(app.url("/api/v1/offices/yahatanishi/counters/%FF/call-next")).bearer_auth(&staff)),
        ("ticket", app.client.get(app.url("/api/v1/tickets/%FF%FE")).bearer_auth(&staff)),
        ("ticket action", app.client.post(app.url("/api/v1/tickets/%FF/start")).bearer_auth(&staff)),
        ("public ticket", app.client.get(app.url("/api/v1/public/tickets/%FF%FE%FF%FE%FF%FE%FF%FE%FF%FE%FF%FE%FF%FE%FF%FE"))),
    ];
    let mut failures = Vec::new();
    for (name, req) in cases {
        let r = send(req).await;
        if !(400..500).contains(&r.status) {
            failures.push(format!("{name}: status {} body {}", r.status, r.text));
        } else if let Err(e) = error_shape(&r) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "undecodable path segments:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn a_life_event_asks_the_general_question_before_the_particular_one() {
    let app = spawn_app().await;
    let events = app.get(None, "/api/v1/offices/yahatanishi/life-events?lang=ja").await.expect(200).clone();
    let moving = events.as_array().and_then(|e| e.iter().find(|e| e["id"] == "moving-in")).expect("moving-in").clone();
    let ids: Vec<&str> = moving["questions"].as_array().expect("questions").iter().filter_map(|q| q["id"].as_str()).collect();
    let (children, school) = (ids.iter().position(|i| *i == "children"), ids.iter().position(|i| *i == "school"));
    assert!(children.is_some() && children < school, "children under 18 first, then school: {ids:?}");
}
