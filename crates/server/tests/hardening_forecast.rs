//! Hardening of the forecast (issue 11, items 9 and 11): absurd history is
//! refused at import and, where it is already stored, costs bounded work;
//! `madoguchi staffing` refuses absurd loads at once; forecast answers are
//! capped in length, cached with an ETag (304 on revalidation) and keyed on
//! the history's change marker rather than on counting the history.

mod common;

use common::*;
use std::path::Path;

/// 15 open days before `to` at Orio, one row per day at `queue`.
fn open_days(to: &str, n: usize) -> Vec<jiff::civil::Date> {
    let cal = queue_core::calendar::WardCalendar::new(&madoguchi_server::settings::load(None).expect("config"));
    let mut d: jiff::civil::Date = to.parse().expect("date");
    let mut out = Vec::new();
    while out.len() < n {
        d = d.yesterday().expect("date");
        if cal.is_open("orio", d) {
            out.push(d);
        }
    }
    out
}

fn history_csv(rows: &[(jiff::civil::Date, &str, u32)]) -> String {
    let mut csv = String::from("date,office,queue,arrivals\n");
    for (d, q, n) in rows {
        csv.push_str(&format!("{d},orio,{q},{n}\n"));
    }
    csv
}

async fn import_cli(data: &Path, csv: &str) -> std::process::Output {
    let file = data.join(format!("history-{}.csv", csv.len()));
    std::fs::write(&file, csv).expect("write csv");
    run_cli(&["import-history", "--data", data.to_str().expect("utf-8"), file.to_str().expect("utf-8")]).await
}

fn stored_history(data: &Path) -> usize {
    let db = store::Db::open(data).expect("open");
    let conn = db.connect(true).expect("connect");
    store::history::for_office(&conn, "orio").expect("history").len()
}

fn header(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// GET with optional If-None-Match: (status, ETag, Cache-Control, body).
async fn fetch(app: &TestApp, path: &str, if_none_match: Option<&str>) -> (u16, Option<String>, Option<String>, Vec<u8>) {
    let mut req = app.client.get(app.url(path));
    if let Some(e) = if_none_match {
        req = req.header("if-none-match", e);
    }
    let r = within(path, req.send()).await.expect("request");
    let (status, etag, cc) = (r.status().as_u16(), header(&r, "etag"), header(&r, "cache-control"));
    let body = within("body", r.bytes()).await.expect("body").to_vec();
    (status, etag, cc, body)
}

// ---------------------------------------------------------------------------
// Item 9: absurd values
// ---------------------------------------------------------------------------

#[tokio::test]
async fn an_absurd_arrivals_count_is_refused_with_its_line_and_nothing_is_loaded() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let days = open_days("2026-11-01", 3);
    // Line 3 holds the largest u32, once accepted and then forecast from.
    let csv = history_csv(&[(days[0], "A", 40), (days[1], "A", u32::MAX), (days[2], "A", 5001)]);
    let out = import_cli(dir.path(), &csv).await;
    assert!(!out.status.success(), "refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.lines().any(|l| l.contains(":3:") && l.contains("4294967295") && l.contains("5000")), "line 3 named with the limit: {err}");
    assert!(err.lines().any(|l| l.contains(":4:") && l.contains("5001")), "line 4 too: {err}");
    assert!(err.contains("nothing imported"), "{err}");
    assert_eq!(stored_history(dir.path()), 0, "nothing of the file is loaded");

    // The largest accepted value is accepted.
    let ok = import_cli(dir.path(), &history_csv(&[(days[0], "A", 5000)])).await;
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert_eq!(stored_history(dir.path()), 1);
}

/// History already holding absurd values (stored before the import checked
/// them): the forecast and the calendar still answer, and the counter advice
/// is the most that can be advised instead of a search over 10⁸ counters
/// per hour (which took 16 s to 10 minutes and could not be stopped).
#[tokio::test]
async fn a_forecast_over_absurd_stored_history_is_bounded_and_capped() {
    let app = spawn_app().await;
    let rows: Vec<store::history::DailyArrivals> = open_days("2026-11-01", 40)
        .into_iter()
        .map(|date| store::history::DailyArrivals { date, office: "orio".into(), queue: "A".into(), arrivals: u32::MAX })
        .collect();
    let db = store::Db::open(app.data_dir()).expect("open");
    store::history::import(&mut db.connect(false).expect("connect"), &rows).expect("import");
    let r = app.get(None, "/api/v1/offices/orio/forecast?from=2026-12-01&days=7&hourly=true").await;
    let days = r.expect(200)["days"].as_array().expect("days").clone();
    let max = u64::from(queue_core::staffing::MAX_ADVISED_COUNTERS);
    let mut hours = 0;
    for d in days.iter().filter(|d| d["open"] == true) {
        let a = &d["queues"]["A"];
        assert_eq!(a["source"], "history");
        assert!(a["arrivals"].as_f64().expect("arrivals") > 1e9, "{a}");
        assert_eq!(a["counters"].as_u64(), Some(max), "{a}");
        for h in a["hours"].as_array().expect("hours") {
            assert_eq!(h["counters"].as_u64(), Some(max), "{h}");
            hours += 1;
        }
    }
    assert!(hours > 0, "some open hours were advised");
    app.get(None, "/calendar/orio?month=2026-12").await.expect(200);
    app.stop().await;
}

/// The largest value the import accepts, at every day of two years: the
/// forecast answers, and each hour's advice is Erlang C's (at least enough
/// counters for a steady state, at most the cap).
#[tokio::test]
async fn a_forecast_over_history_at_the_largest_accepted_value_answers_correctly() {
    let app = spawn_app().await;
    let days = open_days("2026-11-01", 480);
    let rows: Vec<_> = days.iter().map(|d| (*d, "A", madoguchi_server::cli::MAX_DAILY_ARRIVALS)).collect();
    let out = import_cli(app.data_dir(), &history_csv(&rows)).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let config = madoguchi_server::settings::load(None).expect("config");
    let service = config.office("orio").and_then(|o| o.queue("A")).expect("queue A").service_minutes;
    let r = app.get(None, "/api/v1/offices/orio/forecast?from=2026-12-01&days=14&hourly=true").await;
    let days = r.expect(200)["days"].as_array().expect("days").clone();
    let cap = queue_core::staffing::MAX_ADVISED_COUNTERS;
    let mut checked = 0;
    for d in days.iter().filter(|d| d["open"] == true) {
        let a = &d["queues"]["A"];
        let daily = a["arrivals"].as_f64().expect("arrivals");
        assert!((3000.0..8000.0).contains(&daily), "about 5,000 a day: {a}");
        for h in a["hours"].as_array().expect("hours") {
            let counters = u32::try_from(h["counters"].as_u64().expect("counters")).expect("u32");
            let per_hour = h["arrivals"].as_f64().expect("arrivals");
            // Whole-hour slots only: their arrivals are the hourly rate.
            if h["start"].as_str().is_some_and(|s| s.ends_with(":00")) && per_hour > 0.0 {
                let stable = ((per_hour - 0.05) * service / 60.0).floor() as u32 + 1;
                assert!(counters >= stable.min(cap) && counters <= cap, "{counters} counters for {per_hour}/h at {service} min");
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
    app.stop().await;
}

#[tokio::test]
async fn staffing_refuses_absurd_loads_at_once_with_one_line() {
    for args in [
        ["--arrivals-per-hour", "4294967295", "--service-minutes", "60"],
        ["--arrivals-per-hour", "1e300", "--service-minutes", "10"],
        ["--arrivals-per-hour", "100", "--service-minutes", "1e12"],
    ] {
        let mut all = vec!["staffing"];
        all.extend(args);
        all.extend(["--target-wait-minutes", "20", "--target-share", "0.8"]);
        let out = run_cli(&all).await;
        assert!(!out.status.success(), "{args:?} refused");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.contains(&args[0][2..]) || err.contains(&args[2][2..]), "names the flag: {err}");
    }
    // The largest load taken needs more counters than the search allows: refused, with a reason.
    let out = run_cli(&["staffing", "--arrivals-per-hour", "100000", "--service-minutes", "1440", "--target-wait-minutes", "20", "--target-share", "0.8"]).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("counters"), "{}", String::from_utf8_lossy(&out.stderr));
    // A large but real load answers.
    let out = run_cli(&["staffing", "--arrivals-per-hour", "6000", "--service-minutes", "10", "--target-wait-minutes", "5", "--target-share", "0.9", "--patience-minutes", "30", "--json"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["counters"].as_u64().is_some_and(|c| c > 1000), "{v}");
}

// ---------------------------------------------------------------------------
// Item 11: caps, caching, the change marker
// ---------------------------------------------------------------------------

#[tokio::test]
async fn days_past_the_cap_are_refused_with_a_stable_code() {
    let app = spawn_app().await;
    let base = "/api/v1/offices/yahatanishi/forecast?from=2027-01-04";
    for ok in ["&days=62&hourly=true", "&days=400", "&days=400&hourly=false"] {
        app.get(None, &format!("{base}{ok}")).await.expect(200);
    }
    for too_many in ["&days=63&hourly=true", "&days=550&hourly=true", "&days=401", "&days=550", "&days=4000000000"] {
        let code = app.get(None, &format!("{base}{too_many}")).await.expect_error(400);
        assert_eq!(code, "days_too_many", "{too_many}");
    }
    assert_eq!(app.get(None, &format!("{base}&days=0")).await.expect_error(400), "bad_request");
    app.stop().await;
}

#[tokio::test]
async fn forecast_and_calendar_answers_revalidate_with_their_etag() {
    let app = spawn_app().await;
    let month = app.engine().today().strftime("%Y-%m").to_string();
    for path in [
        "/api/v1/offices/orio/forecast?from=2027-01-04&days=30".to_owned(),
        "/api/v1/offices/orio/forecast?from=2027-01-04&days=3&hourly=true".to_owned(),
        format!("/calendar/orio/print.pdf?month={month}&lang=en"),
        format!("/calendar/orio?month={month}&lang=ja"),
        format!("/calendar/orio/forecast.csv?month={month}&lang=ko"),
    ] {
        let (status, etag, cc, body) = fetch(&app, &path, None).await;
        assert_eq!(status, 200, "{path}");
        let etag = etag.unwrap_or_else(|| panic!("{path} has an ETag"));
        let opaque = etag.strip_prefix("W/").unwrap_or(&etag).to_owned();
        assert!(opaque.len() > 2 && opaque.starts_with('"') && opaque.ends_with('"'), "{etag}");
        assert_eq!(cc.as_deref(), Some(madoguchi_server::forecasting::ANSWER_CACHE_CONTROL), "{path}");
        assert!(!body.is_empty());
        // Same again: the same answer, byte for byte (from the cache).
        let (_, again, _, body2) = fetch(&app, &path, None).await;
        assert_eq!((again.as_deref(), &body2), (Some(etag.as_str()), &body), "{path}");
        // Revalidation: 304, no body; also as a weak tag and in a list.
        for inm in [etag.clone(), opaque.clone(), format!("\"other\", {etag}")] {
            let (status, e, cc, body) = fetch(&app, &path, Some(&inm)).await;
            assert_eq!((status, body.len()), (304, 0), "{path} with {inm}");
            assert_eq!((e.as_deref(), cc.as_deref()), (Some(etag.as_str()), Some(madoguchi_server::forecasting::ANSWER_CACHE_CONTROL)));
        }
        let (status, _, _, _) = fetch(&app, &path, Some("\"stale\"")).await;
        assert_eq!(status, 200, "{path}: a stale tag gets the answer");
    }
    // Different questions, different tags.
    let (_, a, _, _) = fetch(&app, "/api/v1/offices/orio/forecast?from=2027-01-04&days=30", None).await;
    let (_, b, _, _) = fetch(&app, "/api/v1/offices/orio/forecast?from=2027-01-04&days=31", None).await;
    let (_, c, _, _) = fetch(&app, &format!("/calendar/orio?month={month}&lang=en"), None).await;
    let (_, d, _, _) = fetch(&app, &format!("/calendar/orio?month={month}&lang=ja"), None).await;
    assert!(a != b && c != d, "{a:?} {b:?} {c:?} {d:?}");
    app.stop().await;
}

/// An import by the CLI (another process) changes the answer, the cached
/// one included; rows written without the change marker do not: the
/// per-request path reads the marker, it does not count the history.
#[tokio::test]
async fn the_cached_answer_follows_the_history_marker_not_the_row_count() {
    let app = spawn_app().await;
    let path = "/api/v1/offices/orio/forecast?from=2027-06-01&days=5";
    let (_, first, _, body) = fetch(&app, path, None).await;
    let first = first.expect("etag");
    let before: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(before["days"][0]["queues"]["A"]["source"], "prior");

    // 200,000 rows written behind the marker's back (an office outside the
    // configuration, so they would not change a fit): the count changes, the
    // marker does not, and the answer is still the cached one.
    let db = store::Db::open(app.data_dir()).expect("open");
    let conn = db.connect(false).expect("connect");
    conn.execute_batch(
        "WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 1999),
              q(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM q WHERE n < 99)
         INSERT INTO history (date, office, queue, arrivals)
         SELECT date('2020-01-01', '+' || d.n || ' days'), 'elsewhere', 'Q' || q.n, 10 FROM d, q;",
    )
    .expect("insert rows");
    assert_eq!(store::history::row_count(&conn).expect("count"), 200_000);
    let (status, same, _, _) = fetch(&app, path, Some(&first)).await;
    assert_eq!((status, same.as_deref()), (304, Some(first.as_str())), "not refitted for rows the marker does not announce");

    // A real import from another process: a new answer.
    let rows: Vec<_> = open_days("2026-11-01", 300).into_iter().map(|d| (d, "A", 40)).collect();
    let out = import_cli(app.data_dir(), &history_csv(&rows)).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (status, after, _, body) = fetch(&app, path, Some(&first)).await;
    assert_eq!(status, 200, "the import changed the answer");
    assert_ne!(after.as_deref(), Some(first.as_str()));
    let after_json: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(after_json["days"][0]["queues"]["A"]["source"], "history");
    app.stop().await;
}
