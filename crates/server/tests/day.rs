//! The counters' day (issue 13): reception hours on the ward's calendar,
//! a manager closing a queue early, counters paused with a reason — all
//! through the API, on a manual clock in Tokyo time.

mod common;

use common::*;
use queue_core::ManualClock;
use serde_json::{Value, json};
use std::sync::Arc;

const OFFICE: &str = "yahatanishi";

fn tokyo(s: &str) -> jiff::Timestamp {
    jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", s).expect("time").to_zoned(queue_core::clock::tokyo()).expect("zoned").timestamp()
}

async fn app_at(when: &str) -> (TestApp, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(tokyo(when)));
    let config = madoguchi_server::settings::load(None).expect("config");
    let app = spawn_app_keeping_hours(Arc::new(tempfile::TempDir::new().expect("tempdir")), clock.clone(), config, madoguchi_server::modules::registered()).await;
    (app, clock)
}

fn service<'a>(services: &'a Value, id: &str) -> &'a Value {
    services.as_array().expect("array").iter().find(|s| s["id"] == id).unwrap_or_else(|| panic!("service {id}"))
}

#[tokio::test]
async fn at_night_the_kiosk_is_told_reception_is_over_and_when_it_opens() {
    // 23:16 on a Monday, Tokyo time: what a newcomer saw the kiosk issue at.
    let (app, clock) = app_at("2026-12-07 23:16").await;
    let kiosk = app.kiosk(OFFICE);
    let r = app.issue(&kiosk, OFFICE, json!({"service": "residence-certificate"})).await;
    assert_eq!(r.expect_error(409), "reception_closed");
    assert!(r.json["error"]["message"].as_str().is_some_and(|m| m.contains("2026-12-08 08:30")), "{}", r.text);
    // What the kiosk lists: closed, why, and when it opens.
    let services = app.get(None, &format!("/api/v1/offices/{OFFICE}/services?lang=en")).await.expect(200).clone();
    let rc = &service(&services, "residence-certificate")["reception"];
    assert_eq!((rc["open"].as_bool(), rc["why"].as_str(), rc["opens"].as_str()), (Some(false), Some("over"), Some("2026-12-08T08:30:00+09:00")), "{rc}");
    // A kiosk may not override; staff may (someone who came in time).
    assert_eq!(app.issue(&kiosk, OFFICE, json!({"service": "residence-certificate", "override": true})).await.expect_error(403), "forbidden");
    app.issue_ok(&app.staff(OFFICE), OFFICE, json!({"service": "residence-certificate", "override": true})).await;

    // The next morning at opening it takes tickets again.
    clock.set(tokyo("2026-12-08 08:30"));
    let t = app.issue_ok(&kiosk, OFFICE, json!({"service": "residence-certificate"})).await;
    assert_eq!(t["status"], "waiting");
    let offices = app.get(None, "/api/v1/offices").await.expect(200).clone();
    let q = &offices[0]["queues"][0];
    assert_eq!((q["reception"]["open"].as_bool(), q["reception"]["until"].as_str().map(|u| u.ends_with("17:15:00+09:00"))), (Some(true), Some(true)), "{q}");

    // A Saturday: closed all day, opens on Monday.
    clock.set(tokyo("2026-12-12 10:00"));
    let services = app.get(None, &format!("/api/v1/offices/{OFFICE}/services")).await.expect(200).clone();
    let rc = &service(&services, "residence-certificate")["reception"];
    assert_eq!((rc["why"].as_str(), rc["opens"].as_str()), (Some("closed_day"), Some("2026-12-14T08:30:00+09:00")));
}

#[tokio::test]
async fn a_manager_closes_a_queue_early_those_waiting_are_served_and_it_reopens() {
    let (app, _clock) = app_at("2026-12-07 14:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let waiting = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let mut board = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    let snap = ws_json(&mut board).await;
    assert_eq!(snap["queues"][0]["reception"]["open"], true);

    // Closing needs a reason; a kiosk may not.
    let path = format!("/api/v1/offices/{OFFICE}/queues/A/reception");
    assert_eq!(app.post(Some(&staff), &path, Some(json!({"open": false}))).await.expect_error(400), "bad_request");
    assert_eq!(app.post(Some(&kiosk), &path, Some(json!({"open": false, "reason": "x"}))).await.expect_error(403), "forbidden");
    let r = app.post(Some(&staff), &path, Some(json!({"open": false, "reason": "本日の待ち時間が閉庁時刻を超えるため"}))).await;
    let body = r.expect(200).clone();
    assert_eq!((body["reception"]["why"].as_str(), body["waiting"].as_u64()), (Some("closed_early"), Some(1)), "{body}");
    assert_eq!(body["reception"]["opens"], "2026-12-08T08:30:00+09:00");
    // Boards and desks hear it at once, with the figures.
    let ev = ws_json(&mut board).await;
    assert_eq!(ev["type"], "queue.reception");
    let a = ev["queues"].as_array().and_then(|qs| qs.iter().find(|q| q["id"] == "A")).expect("queue A").clone();
    assert_eq!((a["reception"]["open"].as_bool(), a["reception"]["reason"].as_str()), (Some(false), Some("本日の待ち時間が閉庁時刻を超えるため")));

    // New tickets are refused; the one waiting is still called.
    assert_eq!(app.issue(&kiosk, OFFICE, json!({"queue": "A"})).await.expect_error(409), "reception_closed");
    assert_eq!(app.call_next(&staff, OFFICE, "1").await.expect(200)["id"], waiting["id"]);

    // It survives a restart (the day's closing is in the event log).
    let dir = app.stop().await;
    let clock = Arc::new(ManualClock::new(tokyo("2026-12-07 14:30")));
    let app = spawn_app_keeping_hours(dir, clock, madoguchi_server::settings::load(None).expect("config"), madoguchi_server::modules::registered()).await;
    let staff = app.staff(OFFICE);
    assert_eq!(app.issue(&app.kiosk(OFFICE), OFFICE, json!({"queue": "A"})).await.expect_error(409), "reception_closed");
    // Reopened, it takes tickets again.
    app.post(Some(&staff), &path, Some(json!({"open": true}))).await.expect(200);
    app.issue_ok(&app.kiosk(OFFICE), OFFICE, json!({"queue": "A"})).await;
}

#[tokio::test]
async fn a_paused_counter_is_skipped_and_not_counted_and_its_state_is_kept() {
    let (app, _clock) = app_at("2026-12-07 10:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    for _ in 0..6 {
        app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    }
    let wait_with = |offices: &Value| offices[0]["queues"][0]["estimated_wait_seconds"].as_u64().expect("estimate");
    let before = wait_with(&app.get(None, "/api/v1/offices").await.expect(200).clone());
    let mut desk = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&staff)).await;
    ws_json(&mut desk).await;

    let path = format!("/api/v1/offices/{OFFICE}/counters/1/state");
    assert_eq!(app.post(Some(&staff), &path, Some(json!({"state": "asleep"}))).await.expect_error(400), "bad_request");
    let r = app.post(Some(&staff), &path, Some(json!({"state": "paused", "reason": "break"}))).await;
    let body = r.expect(200).clone();
    assert_eq!((body["state"].as_str(), body["reason"].as_str()), (Some("paused"), Some("break")));
    assert!(body["since"].as_str().is_some_and(|s| s.starts_with("2026-12-07T10:00")), "{body}");
    let ev = ws_json(&mut desk).await;
    assert_eq!((ev["type"].as_str(), ev["counter"].as_str()), (Some("counter.state"), Some("1")));

    // Not called to; the estimate counts one counter fewer.
    assert_eq!(app.call_next(&staff, OFFICE, "1").await.expect_error(409), "counter_not_open");
    let after = wait_with(&app.get(None, "/api/v1/offices").await.expect(200).clone());
    assert!(after > before, "one counter fewer, a longer wait: {before} → {after}");
    // A snapshot shows it paused (a board says 休止中).
    let mut board = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    let snap = ws_json(&mut board).await;
    let c1 = snap["counters"].as_array().and_then(|cs| cs.iter().find(|c| c["id"] == "1")).expect("counter 1").clone();
    assert_eq!((c1["state"].as_str(), c1["reason"].as_str()), (Some("paused"), Some("break")));

    // Kept across a restart; opened, it calls again.
    let dir = app.stop().await;
    let app = spawn_app_keeping_hours(dir, Arc::new(ManualClock::new(tokyo("2026-12-07 10:20"))), madoguchi_server::settings::load(None).expect("config"), madoguchi_server::modules::registered()).await;
    let staff = app.staff(OFFICE);
    assert_eq!(app.call_next(&staff, OFFICE, "1").await.expect_error(409), "counter_not_open");
    app.post(Some(&staff), &path, Some(json!({"state": "open"}))).await.expect(200);
    app.call_next(&staff, OFFICE, "1").await.expect(200);
}

#[tokio::test]
async fn the_public_status_shows_waits_calls_and_reception_and_follows_changes_live() {
    let (app, clock) = app_at("2026-12-07 10:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    // Follow the live stream from the start.
    let mut stream = app.client.get(app.url("/api/v1/public/status/stream")).send().await.expect("stream");
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    let mut next_event = async move || -> Value {
        let mut text = String::new();
        loop {
            let chunk = within("a status event", stream.chunk()).await.expect("chunk").expect("the stream goes on");
            text.push_str(&String::from_utf8_lossy(&chunk));
            if let Some(end) = text.find("\n\n") {
                let event = &text[..end];
                if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: ")) {
                    return serde_json::from_str(data).expect("status JSON");
                }
                text = text[end + 2..].to_owned();
            }
        }
    };
    let first = next_event().await;
    assert_eq!(first[0]["office"], OFFICE);

    // Queue B: eight waiting at one counter of 15 minutes' typical service: a long wait.
    let mut tickets = Vec::new();
    for _ in 0..8 {
        tickets.push(app.issue_ok(&kiosk, OFFICE, json!({"service": "residence-certificate"})).await);
    }
    app.call_next(&staff, OFFICE, "4").await.expect(200);
    let status = app.get(None, "/api/v1/public/status?lang=en").await.expect(200).clone();
    let b = status[0]["queues"].as_array().and_then(|q| q.iter().find(|q| q["id"] == "B")).expect("queue B").clone();
    assert_eq!((b["waiting"].as_u64(), b["reception"].as_str()), (Some(7), Some("open")), "{b}");
    assert_eq!(b["now_calling"], json!([tickets[0]["number"]]));
    let wait = b["estimated_wait_seconds"].as_u64().expect("wait");
    let want = if wait >= 30 * 60 { "high" } else if wait >= 15 * 60 { "medium" } else { "low" };
    assert_eq!(b["level"], want, "the lamp follows the 15 / 30 minute thresholds: {b}");
    assert!(status[0]["name"].as_str().is_some_and(|n| n.contains("Yahatanishi")), "names in the language asked for");
    // Nothing personal: no tokens, languages or ids.
    let text = serde_json::to_string(&status).expect("json");
    assert!(!text.contains("token") && !text.contains(s(&tickets[1], "id")), "{text}");

    // The stream hears the change within a few seconds (settled once a second).
    let mut live = next_event().await;
    for _ in 0..10 {
        let b = live[0]["queues"].as_array().and_then(|q| q.iter().find(|q| q["id"] == "B")).expect("B").clone();
        if b["waiting"] == 7 && b["now_calling"] == json!([tickets[0]["number"]]) {
            break;
        }
        live = next_event().await;
    }
    let b = live[0]["queues"].as_array().and_then(|q| q.iter().find(|q| q["id"] == "B")).expect("B").clone();
    assert_eq!((b["waiting"].as_u64(), &b["now_calling"]), (Some(7), &json!([tickets[0]["number"]])), "{b}");

    // Cache-friendly: an ETag, a short public life, 304 when unchanged.
    let r = app.client.get(app.url("/api/v1/public/status?lang=en")).send().await.expect("status");
    assert_eq!(r.headers()["cache-control"], "public, max-age=5");
    let etag = r.headers()["etag"].to_str().expect("etag").to_owned();
    let again = app.client.get(app.url("/api/v1/public/status?lang=en")).header("if-none-match", &etag).send().await.expect("again");
    assert_eq!(again.status(), 304);

    // The snippet for the city's site: no script, framable, in the language asked for.
    let r = app.client.get(app.url(&format!("/status/embed?office={OFFICE}&lang=en"))).send().await.expect("embed");
    let csp = r.headers()["content-security-policy"].to_str().expect("csp").to_owned();
    assert!(csp.contains("frame-ancestors *") && csp.contains("default-src 'none'"), "{csp}");
    assert!(r.headers().get("x-frame-options").is_none() && r.headers().get("x-madoguchi-frameable").is_none());
    let html = r.text().await.expect("html");
    assert!(html.contains("<html lang=\"en\">") && !html.contains("<script"), "{html}");
    assert!(html.contains(s(&tickets[0], "number")), "the number being called is on it");

    // At night reception is closed, and the status says when it opens.
    clock.set(tokyo("2026-12-07 20:00"));
    let status = app.get(None, "/api/v1/public/status").await.expect(200).clone();
    let a = &status[0]["queues"][0];
    assert_eq!((a["reception"].as_str(), a["opens"].as_str()), (Some("closed"), Some("2026-12-08T08:30:00+09:00")), "{a}");
}

#[tokio::test]
async fn a_days_figures_come_from_the_log_as_json_and_as_csv_for_excel() {
    let (app, clock) = app_at("2026-12-07 09:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let t1 = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let t2 = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    clock.set(tokyo("2026-12-07 09:10"));
    app.call_next(&staff, OFFICE, "1").await.expect(200);
    app.act(&staff, s(&t1, "id"), "start").await.expect(200);
    clock.set(tokyo("2026-12-07 09:20"));
    app.act(&staff, s(&t1, "id"), "finish").await.expect(200);
    clock.set(tokyo("2026-12-07 09:50"));
    app.call_next(&staff, OFFICE, "1").await.expect(200);
    app.act(&staff, s(&t2, "id"), "no-show").await.expect(200);
    let path = format!("/api/v1/offices/{OFFICE}/counters/1/state");
    app.post(Some(&staff), &path, Some(json!({"state": "paused", "reason": "break"}))).await.expect(200);
    clock.set(tokyo("2026-12-07 10:20"));
    app.post(Some(&staff), &path, Some(json!({"state": "open"}))).await.expect(200);

    let day = app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/stats?from=2026-12-07&to=2026-12-07")).await.expect(200).clone();
    let b = &day["buckets"][0];
    assert_eq!((b["key"].as_str(), b["arrivals"].as_u64(), b["served"].as_u64(), b["no_show"].as_u64()), (Some("2026-12-07"), Some(2), Some(1), Some(1)), "{day}");
    assert_eq!((b["wait_p50_seconds"].as_u64(), b["wait_p90_seconds"].as_u64(), b["service_p50_seconds"].as_u64()), (Some(600), Some(3000), Some(600)));
    assert_eq!((b["within_target_share"].as_f64(), b["paused_seconds"].as_u64()), (Some(0.5), Some(1800)));
    let counters = app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/stats?from=2026-12-07&to=2026-12-07&by=counter")).await.expect(200).clone();
    assert_eq!(counters["buckets"][0]["key"], "1");
    assert_eq!(app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/stats?by=year")).await.expect_error(400), "bad_request");
    assert_eq!(app.get(Some(&app.staff("orio")), &format!("/api/v1/offices/{OFFICE}/stats")).await.expect_error(403), "forbidden");

    // CSV for Excel: a BOM, the header, the same figures.
    for (url, accept) in [(format!("/api/v1/offices/{OFFICE}/stats.csv?from=2026-12-07&to=2026-12-07"), None), (format!("/api/v1/offices/{OFFICE}/stats?from=2026-12-07&to=2026-12-07"), Some("text/csv"))] {
        let mut req = app.client.get(app.url(&url)).bearer_auth(&staff);
        if let Some(a) = accept {
            req = req.header("accept", a);
        }
        let r = req.send().await.expect("csv");
        assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
        let bytes = r.bytes().await.expect("bytes");
        assert_eq!(&bytes[..3], b"\xef\xbb\xbf");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(reader.headers().expect("header").get(1), Some("arrivals"));
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
        assert_eq!((&rows[0][0], &rows[0][1], &rows[0][2]), ("2026-12-07", "2", "1"));
    }
}

#[tokio::test]
async fn a_priority_ticket_from_reception_is_called_with_the_offices_fairness() {
    let (app, _clock) = app_at("2026-12-07 10:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    // No public priority button.
    assert_eq!(app.issue(&kiosk, OFFICE, json!({"queue": "A", "priority": true})).await.expect_error(403), "forbidden");
    let mut regular = Vec::new();
    for _ in 0..3 {
        regular.push(app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await);
    }
    let p1 = app.issue_ok(&staff, OFFICE, json!({"queue": "A", "priority": true})).await;
    let p2 = app.issue_ok(&staff, OFFICE, json!({"queue": "A", "priority": true})).await;
    assert_eq!(p1["priority"], true);
    assert!(regular[0].get("priority").is_none(), "a regular ticket carries no mark");
    let mut called = Vec::new();
    for _ in 0..5 {
        let t = app.call_next(&staff, OFFICE, "1").await.expect(200).clone();
        app.act(&staff, s(&t, "id"), "finish").await.expect(200);
        called.push(t["number"].as_str().expect("number").to_owned());
    }
    let n = |t: &Value| t["number"].as_str().expect("number").to_owned();
    assert_eq!(called, [n(&p1), n(&regular[0]), n(&regular[1]), n(&p2), n(&regular[2])], "one priority call per two regular ones");
    // Boards never see who had priority.
    let mut board = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    let snap = ws_json(&mut board).await;
    assert!(!snap.to_string().contains("priority"), "{snap}");
    // It survives a restart.
    let p3 = app.issue_ok(&staff, OFFICE, json!({"queue": "A", "priority": true})).await;
    let dir = app.stop().await;
    let app = spawn_app_keeping_hours(dir, Arc::new(ManualClock::new(tokyo("2026-12-07 10:30"))), madoguchi_server::settings::load(None).expect("config"), madoguchi_server::modules::registered()).await;
    assert_eq!(app.ticket(&app.staff(OFFICE), s(&p3, "id")).await.expect(200)["priority"], true);
}

#[tokio::test]
async fn what_still_waits_at_the_days_end_is_closed_with_the_day_not_carried_over() {
    let (app, clock) = app_at("2026-12-07 16:50").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let served = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let left = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    app.call_next(&staff, OFFICE, "1").await.expect(200);
    app.act(&staff, s(&served, "id"), "finish").await.expect(200);
    let mut board = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    ws_json(&mut board).await;

    // The next morning the first ticket rolls the day over.
    clock.set(tokyo("2026-12-08 08:31"));
    let first = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    assert_eq!(first["number"], "A-001");
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["ticket"]["number"].as_str(), ev["ticket"]["status"].as_str()), (Some("ticket.unserved"), left["number"].as_str(), Some("unserved")), "{ev}");
    assert_eq!(ws_json(&mut board).await["type"], "day.started");
    assert_eq!(app.ticket(&staff, s(&left, "id")).await.expect(200)["status"], "unserved");
    let stats = app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/stats?from=2026-12-07&to=2026-12-08")).await.expect(200).clone();
    let total = |k: &str| stats["buckets"].as_array().map(|b| b.iter().map(|x| x[k].as_u64().unwrap_or(0)).sum::<u64>());
    assert_eq!((total("arrivals"), total("served"), total("unserved")), (Some(3), Some(1), Some(1)), "{stats}");

    // A day that ended while the server was down: closed at the next start.
    let waiting = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let dir = app.stop().await;
    let app = spawn_app_keeping_hours(dir, Arc::new(ManualClock::new(tokyo("2026-12-09 09:00"))), madoguchi_server::settings::load(None).expect("config"), madoguchi_server::modules::registered()).await;
    assert_eq!(app.ticket(&app.staff(OFFICE), s(&waiting, "id")).await.expect(200)["status"], "unserved");
}

#[tokio::test]
async fn a_manager_sees_lights_counter_states_and_the_alerts_to_act_on() {
    let (app, clock) = app_at("2026-12-07 15:30").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let path = format!("/api/v1/offices/{OFFICE}/operations?lang=en");
    assert_eq!(app.get(Some(&kiosk), &path).await.expect_error(403), "forbidden");
    // Twelve for residence certificates (queue B) at 15:30: its counters
    // cannot see them all before reception ends at 17:15.
    for _ in 0..12 {
        app.issue_ok(&kiosk, OFFICE, json!({"service": "residence-certificate"})).await;
    }
    app.call_next(&staff, OFFICE, "4").await.expect(200);
    app.post(Some(&staff), &format!("/api/v1/offices/{OFFICE}/counters/5/state"), Some(json!({"state": "paused", "reason": "break"}))).await.expect(200);
    // Forty minutes on.
    clock.set(tokyo("2026-12-07 16:10"));
    let ops = app.get(Some(&staff), &path).await.expect(200).clone();
    let b = ops["queues"].as_array().and_then(|q| q.iter().find(|q| q["id"] == "B")).expect("B").clone();
    assert_eq!((b["waiting"].as_u64(), b["light"].as_str(), b["reception"]["open"].as_bool()), (Some(11), Some("red"), Some(true)), "{b}");
    assert!(b["longest_wait_seconds"].as_u64().is_some_and(|s| s >= 40 * 60), "{b}");
    let counter = |id: &str| ops["counters"].as_array().and_then(|c| c.iter().find(|c| c["id"] == id)).expect("counter").clone();
    assert_eq!((counter("4")["state"].as_str(), counter("4")["number"].as_str()), (Some("serving"), Some("B-001")));
    assert_eq!((counter("5")["state"].as_str(), counter("5")["reason"].as_str(), counter("5")["for_seconds"].as_u64()), (Some("paused"), Some("break"), Some(40 * 60)));
    let kinds: Vec<(String, String)> = ops["alerts"].as_array().expect("alerts").iter().map(|a| (a["kind"].as_str().unwrap_or("").to_owned(), a["queue"].as_str().or(a["counter"].as_str()).unwrap_or("").to_owned())).collect();
    assert!(kinds.contains(&("wait_high".into(), "B".into())), "{kinds:?}");
    assert!(!kinds.iter().any(|(k, _)| k == "past_closing"), "at 16:10 the line is still seen before 17:15: {kinds:?} {b}");
    // At 17:08 what is left runs past the end of reception at 17:15.
    clock.set(tokyo("2026-12-07 17:08"));
    let ops = app.get(Some(&staff), &path).await.expect(200).clone();
    let late: Vec<String> = ops["alerts"].as_array().expect("alerts").iter().map(|a| format!("{} {}", a["kind"].as_str().unwrap_or(""), a["queue"].as_str().or(a["counter"].as_str()).unwrap_or(""))).collect();
    assert!(late.contains(&"past_closing B".to_owned()), "{late:?} {}", ops["queues"]);
    // The manager acts: B's reception closes; the alert of the line past closing goes.
    app.post(Some(&staff), &format!("/api/v1/offices/{OFFICE}/queues/B/reception"), Some(json!({"open": false, "reason": "待ち時間が閉庁時刻を超えるため"}))).await.expect(200);
    let ops = app.get(Some(&staff), &path).await.expect(200).clone();
    assert!(!ops["alerts"].as_array().expect("alerts").iter().any(|a| a["kind"] == "past_closing"), "{}", ops["alerts"]);
}

#[tokio::test]
async fn a_document_to_collect_is_listed_ready_on_the_boards_and_told_to_the_phone() {
    let (app, _clock) = app_at("2026-12-07 10:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let t = app.issue_ok(&kiosk, OFFICE, json!({"service": "residence-certificate", "lang": "en"})).await;
    app.call_next(&staff, OFFICE, "4").await.expect(200);
    let mut board = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    ws_json(&mut board).await;
    let mut phone = ws_connect(&app.ws_url(&format!("/ws/ticket/{}", s(&t, "token"))), None).await;
    ws_json(&mut phone).await;

    let prepared = app.act(&staff, s(&t, "id"), "prepare").await.expect(200).clone();
    assert_eq!(prepared["status"], "preparing");
    assert_eq!(ws_json(&mut board).await["type"], "ticket.preparing");
    // Counter 4 is free again: it calls the next (nobody) at once.
    assert_eq!(app.call_next(&staff, OFFICE, "4").await.status, 204);

    let r = app.post(Some(&staff), &format!("/api/v1/tickets/{}/ready", s(&t, "id")), Some(json!({"counter": "2"}))).await;
    assert_eq!((r.expect(200)["status"].as_str(), r.json["counter"].as_str()), (Some("ready"), Some("2")));
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["ticket"]["number"].as_str(), ev["ticket"]["counter"].as_str()), (Some("ticket.ready"), t["number"].as_str(), Some("2")));
    // The phone hears it (its first updates may be the preparing one).
    let mut seen = Vec::new();
    for _ in 0..3 {
        let m = ws_json(&mut phone).await;
        let status = m["ticket"]["status"].as_str().or(m["status"].as_str()).unwrap_or("").to_owned();
        seen.push(status.clone());
        if status == "ready" {
            break;
        }
    }
    assert!(seen.contains(&"ready".to_owned()), "{seen:?}");
    assert_eq!(app.public(s(&t, "token")).await.expect(200)["status"], "ready");
    // A snapshot lists it for the boards' ready list.
    let mut late = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}")), Some(&app.display(OFFICE))).await;
    let snap = ws_json(&mut late).await;
    assert!(snap["tickets"].as_array().is_some_and(|ts| ts.iter().any(|x| x["status"] == "ready" && x["number"] == t["number"])), "{snap}");
    // Handed over: done, and served once in the figures.
    assert_eq!(app.act(&staff, s(&t, "id"), "finish").await.expect(200)["status"], "done");
    let stats = app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/stats?from=2026-12-07&to=2026-12-07")).await.expect(200).clone();
    assert_eq!(stats["buckets"][0]["served"], 1, "{stats}");
    assert_eq!(app.post(Some(&staff), &format!("/api/v1/tickets/{}/ready", s(&t, "id")), Some(json!({"counter": "2"}))).await.expect_error(409), "illegal_transition");
}

#[tokio::test]
async fn a_no_show_who_comes_back_is_put_back_first_and_a_walk_up_number_is_called_out_of_turn() {
    let (app, _clock) = app_at("2026-12-07 10:00").await;
    let (kiosk, staff) = (app.kiosk(OFFICE), app.staff(OFFICE));
    let journey = app.issue_ok(&kiosk, OFFICE, json!({"life_event": "moving-in", "lang": "en"})).await;
    let a2 = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let a3 = app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    let first = app.call_next(&staff, OFFICE, "1").await.expect(200).clone();
    assert_eq!(first["id"], journey["id"]);
    app.act(&staff, s(&journey, "id"), "no-show").await.expect(200);
    let list = app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/no-shows")).await.expect(200).clone();
    assert_eq!(list[0]["number"], journey["number"]);
    // They come back: first in line again, the route kept.
    let back = app.act(&staff, s(&journey, "id"), "return").await.expect(200).clone();
    assert_eq!((back["status"].as_str(), back["position"].as_u64()), (Some("waiting"), Some(1)), "{back}");
    assert_eq!(back["journey"], first["journey"], "the journey is as it was");
    assert!(app.get(Some(&staff), &format!("/api/v1/offices/{OFFICE}/no-shows")).await.expect(200).as_array().is_some_and(Vec::is_empty));
    assert_eq!(app.act(&staff, s(&a2, "id"), "return").await.expect_error(409), "illegal_transition");
    // A walk-up: A-003 is called out of turn at counter 1.
    let path = format!("/api/v1/offices/{OFFICE}/counters/1/call-number");
    let called = app.post(Some(&staff), &path, Some(json!({"number": a3["number"]}))).await.expect(200).clone();
    assert_eq!((called["id"].as_str(), called["status"].as_str(), called["counter"].as_str()), (a3["id"].as_str(), Some("called"), Some("1")));
    assert_eq!(app.post(Some(&staff), &path, Some(json!({"number": "A-999"}))).await.expect_error(404), "unknown_number");
    assert_eq!(app.post(Some(&staff), &path, Some(json!({"number": a3["number"]}))).await.expect_error(409), "illegal_transition");
}
