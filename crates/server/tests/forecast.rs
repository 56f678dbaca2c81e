//! The forecast through the API: closed days exactly zero, levels 1..5,
//! intervals around the mean, counters advised, and a model that learns
//! from imported history.

mod common;

use common::*;
use queue_core::Clock;
use serde_json::json;
use std::sync::Arc;

async fn get(app: &TestApp, path: &str) -> Resp {
    send(app.client.get(format!("{}{path}", app.base))).await
}

#[tokio::test]
async fn the_forecast_has_the_contract_shape_and_closed_days_are_zero() {
    let app = spawn_app().await;
    let r = get(&app, "/api/v1/offices/yahatanishi/forecast?from=2027-04-29&days=10").await;
    let body = r.expect(200).clone();
    assert_eq!(body["office"], "yahatanishi");
    let days = body["days"].as_array().expect("days");
    assert_eq!(days.len(), 10);
    for d in days {
        let level = d["level"].as_u64().expect("level");
        assert!((1..=5).contains(&level), "{d}");
        let queues = d["queues"].as_object().expect("queues");
        assert!(queues.contains_key("A") && queues.contains_key("K"), "{d}");
        for (q, v) in queues {
            let (a, lo, hi) = (v["arrivals"].as_f64().expect("arrivals"), v["p10"].as_f64().expect("p10"), v["p90"].as_f64().expect("p90"));
            assert!(v["counters"].is_u64(), "{q}: {v}");
            if d["open"] == true {
                assert!(lo <= a && a <= hi && a > 0.0, "{q} {}: {v}", d["date"]);
            } else {
                assert_eq!((a, lo, hi, v["counters"].as_u64()), (0.0, 0.0, 0.0, Some(0)), "closed {}: {v}", d["date"]);
            }
        }
    }
    let by_date = |date: &str| days.iter().find(|d| d["date"] == date).expect("date").clone();
    // Showa Day and Constitution Day are national holidays; 5 May a Wednesday holiday.
    for closed in ["2027-04-29", "2027-05-03", "2027-05-04", "2027-05-05", "2027-05-01", "2027-05-02"] {
        assert_eq!(by_date(closed)["open"], false, "{closed}");
    }
    // The first open day after Golden Week is busier than an ordinary Thursday.
    let after = by_date("2027-05-06")["arrivals"].as_f64().expect("n");
    let r = get(&app, "/api/v1/offices/yahatanishi/forecast?from=2027-05-20&days=1").await;
    let ordinary = r.expect(200)["days"][0]["arrivals"].as_f64().expect("n");
    assert!(after > ordinary * 1.15, "after Golden Week {after} vs an ordinary Thursday {ordinary}");
    app.stop().await;
}

#[tokio::test]
async fn the_moving_season_is_the_busiest_time_of_year() {
    let app = spawn_app().await;
    let r = get(&app, "/api/v1/offices/yahatanishi/forecast?from=2027-01-01&days=365").await;
    let days = r.expect(200)["days"].as_array().expect("days").clone();
    let open: Vec<_> = days.iter().filter(|d| d["open"] == true).collect();
    let level5: Vec<&str> = open.iter().filter(|d| d["level"] == 5).map(|d| s(d, "date")).collect();
    assert!(level5.iter().filter(|d| d.starts_with("2027-03") || d.starts_with("2027-04")).count() * 2 > level5.len(), "level 5 days cluster in spring: {level5:?}");
    assert!(open.iter().any(|d| d["level"] == 1), "some quiet days exist");
    let hourly = get(&app, "/api/v1/offices/yahatanishi/forecast?from=2027-03-29&days=1&hourly=true").await;
    let hours = hourly.expect(200)["days"][0]["queues"]["A"]["hours"].as_array().expect("hours").clone();
    assert!(hours.len() >= 8, "{hours:?}");
    let busiest = hours.iter().max_by(|a, b| a["arrivals"].as_f64().partial_cmp(&b["arrivals"].as_f64()).expect("numbers")).expect("an hour");
    let start = s(busiest, "start");
    assert!(("10:00".."14:01").contains(&start), "the peak is around midday: {start}");
    app.stop().await;
}

#[tokio::test]
async fn bad_ranges_are_400_and_unknown_offices_404() {
    let app = spawn_app().await;
    for q in ["?from=2027-13-01", "?from=tomorrow", "?days=0", "?days=-1", "?from=1900-01-01"] {
        let r = get(&app, &format!("/api/v1/offices/yahatanishi/forecast{q}")).await;
        assert_eq!(r.expect_error(400), "bad_request", "{q}");
    }
    // Past the cap: its own stable code (see hardening_forecast.rs).
    let r = get(&app, "/api/v1/offices/yahatanishi/forecast?days=9999").await;
    assert_eq!(r.expect_error(400), "days_too_many");
    let r = get(&app, "/api/v1/offices/nowhere/forecast").await;
    assert_eq!(r.expect_error(404), "unknown_office");
    app.stop().await;
}

#[tokio::test]
async fn imported_history_replaces_the_prior() {
    let app = spawn_app().await;
    let before = get(&app, "/api/v1/offices/orio/forecast?from=2027-06-01&days=5").await.expect(200).clone();
    assert_eq!(before["days"][0]["queues"]["A"]["source"], "prior");
    // Two years of a flat 40 a day at Orio's queue A, 80 on Mondays.
    let mut csv = String::from("date,office,queue,arrivals\n");
    let mut d: jiff::civil::Date = "2025-01-06".parse().expect("date");
    let cal = queue_core::calendar::WardCalendar::new(&madoguchi_server::settings::load(None).expect("config"));
    while d < "2026-11-01".parse().expect("date") {
        if cal.is_open("orio", d) {
            let n = if d.weekday() == jiff::civil::Weekday::Monday { 80 } else { 40 };
            csv.push_str(&format!("{d},orio,A,{n}\n"));
        }
        d = d.tomorrow().expect("date");
    }
    let file = app.data_dir().join("history.csv");
    std::fs::write(&file, csv).expect("write");
    let out = run_cli(&["import-history", "--data", app.data_dir().to_str().expect("utf-8"), file.to_str().expect("utf-8")]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = get(&app, "/api/v1/offices/orio/forecast?from=2027-06-07&days=2").await.expect(200).clone();
    let monday = &after["days"][0]["queues"]["A"];
    let tuesday = &after["days"][1]["queues"]["A"];
    assert_eq!(monday["source"], "history");
    let (m, t) = (monday["arrivals"].as_f64().expect("n"), tuesday["arrivals"].as_f64().expect("n"));
    assert!((60.0..100.0).contains(&m) && (30.0..50.0).contains(&t), "learned Mondays {m} and Tuesdays {t}");
    app.stop().await;
}

/// `madoguchi backtest-waits` replays the real event log: what residents were
/// shown at issue against how long they waited for their call.
#[tokio::test]
async fn the_wait_backtest_replays_the_event_log() {
    // 09:30 in Tokyo on an ordinary Tuesday.
    let clock = Arc::new(queue_core::ManualClock::new("2026-11-24T00:30:00Z".parse().expect("timestamp")));
    let app = spawn_app_with(Arc::new(tempfile::TempDir::new().expect("tempdir")), clock.clone()).await;
    let kiosk = app.kiosk("orio");
    let staff = app.staff("orio");
    let mut shown = Vec::new();
    for _ in 0..6 {
        let t = app.issue_ok(&kiosk, "orio", json!({"queue": "A"})).await;
        let issued: jiff::Timestamp = t["issued_at"].as_str().expect("issued_at").parse().expect("time");
        shown.push((t["id"].as_str().expect("id").to_owned(), t["estimated_wait_seconds"].as_i64().unwrap_or(0), issued));
        clock.advance(jiff::SignedDuration::from_secs(20));
    }
    // Counter 1 serves them one by one, seven minutes each.
    let mut errors = Vec::new();
    for (id, estimate, issued) in &shown {
        let called = app.call_next(&staff, "orio", "1").await.expect(200).clone();
        assert_eq!(called["id"].as_str(), Some(id.as_str()));
        let waited = (clock.now().as_second() - issued.as_second()) as f64;
        errors.push((*estimate as f64 - waited).abs());
        clock.advance(jiff::SignedDuration::from_mins(7));
        app.act(&staff, id, "finish").await.expect(200);
    }
    // One more who gives up: shown an estimate, never called.
    let gone = app.issue_ok(&kiosk, "orio", json!({"queue": "A"})).await;
    app.act(&staff, gone["id"].as_str().expect("id"), "cancel").await.expect(200);
    let data = app.stop().await;
    let out = run_cli(&["backtest-waits", "--data", data.path().to_str().expect("utf-8"), "--office", "orio"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let mae = errors.iter().sum::<f64>() / errors.len() as f64 / 60.0;
    assert!(text.contains("| all | 6 | "), "{text}");
    assert!(text.contains(&format!("| {mae:.1} min |")), "mean abs error {mae:.1} min: {text}");
    assert!(text.contains("| office orio | 6 |"), "{text}");
    assert!(text.contains("1 estimates left the line uncalled"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "every log line applies");

    let bad = run_cli(&["backtest-waits", "--data", data.path().to_str().expect("utf-8"), "--office", "nowhere"]).await;
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("nowhere"));
}

/// `madoguchi staffing` (contract): one JSON object with the four figures;
/// Erlang A on request; bad numbers refused with one line.
#[tokio::test]
async fn the_staffing_command_prints_one_json_object() {
    let out = run_cli(&["staffing", "--arrivals-per-hour", "288", "--service-minutes", "10", "--target-wait-minutes", "2", "--target-share", "0.8", "--json"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.trim().lines().count(), 1, "{text}");
    let v: serde_json::Value = serde_json::from_str(text.trim()).expect("json");
    let keys: Vec<&str> = v.as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 4, "{v}");
    // 48 Erlangs: more than 48 counters; each figure consistent with Erlang C.
    let c = v["counters"].as_u64().expect("counters") as u32;
    assert!(c > 48 && c < 60, "{v}");
    let p = v["probability_of_waiting"].as_f64().expect("p");
    assert!((p - queue_core::staffing::erlang_c(c, 48.0)).abs() < 1e-9);
    assert!(v["share_within_target"].as_f64().expect("share") >= 0.8);
    assert!(queue_core::staffing::evaluate(c - 1, 288.0, 10.0, 2.0).share_within_target < 0.8, "the fewest");
    assert!(v["mean_wait_minutes"].as_f64().expect("mean") > 0.0);

    let with = run_cli(&["staffing", "--arrivals-per-hour", "288", "--service-minutes", "10", "--target-wait-minutes", "2", "--target-share", "0.8", "--patience-minutes", "15", "--json"]).await;
    assert!(with.status.success());
    let w: serde_json::Value = serde_json::from_slice(&with.stdout).expect("json");
    assert_eq!(w["counters"], v["counters"]);
    let a = &w["abandonment"];
    assert!(a["probability_of_abandoning"].as_f64().is_some_and(|x| x > 0.0 && x < 0.05), "{w}");
    assert!(a["mean_wait_minutes"].as_f64().expect("mean") < v["mean_wait_minutes"].as_f64().expect("mean"), "those who leave shorten the line");

    for bad in [["--target-share", "1.5"], ["--patience-minutes", "-3"]] {
        let mut args = vec!["staffing", "--arrivals-per-hour", "288", "--service-minutes", "10", "--target-wait-minutes", "2"];
        if bad[0] != "--target-share" {
            args.extend(["--target-share", "0.8"]);
        }
        args.extend(bad);
        let out = run_cli(&args).await;
        assert!(!out.status.success(), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
}
