//! Boards show more than calls: ward notices between calls and emergency
//! alerts over everything, carried on the office feed in the office's
//! sequence (durable, numbered, replayed with `since`), kept across a
//! restart, and refused with a clear code when they are wrong.

mod common;

use common::*;
use serde_json::{Value, json};
use std::sync::Arc;

const OFFICE: &str = "yahatanishi";

async fn snapshot(app: &TestApp, token: &str) -> (Ws, Value) {
    snapshot_of(app, OFFICE, token).await
}

async fn snapshot_of(app: &TestApp, office: &str, token: &str) -> (Ws, Value) {
    let mut ws = ws_connect(&app.ws_url(&format!("/ws/office/{office}")), Some(token)).await;
    let first = ws_json(&mut ws).await;
    assert_eq!(first["type"], "snapshot", "{first}");
    (ws, first)
}

fn notice(offices: &[&str]) -> Value {
    json!({
        "offices": offices,
        "title": {"ja": "マイナンバーカードの受け取り", "en": "Collecting My Number cards"},
        "body": {"ja": "2階の3番窓口へお越しください。", "en": "Please come to counter 3 on the 2nd floor."},
        "priority": 7
    })
}

#[tokio::test]
async fn a_notice_reaches_the_boards_of_its_offices_in_sequence_and_leaves_again() {
    let app = spawn_app().await;
    let display = app.display(OFFICE);
    let other_display = app.display("orio");
    let staff = app.staff(OFFICE);
    let (mut board, snap) = snapshot(&app, &display).await;
    let seq = snap["seq"].as_u64().expect("seq");
    assert_eq!(snap["notices"], json!([]));
    let mut orio = ws_connect(&app.ws_url("/ws/office/orio"), Some(&other_display)).await;
    let orio_seq = ws_json(&mut orio).await["seq"].as_u64().expect("seq");

    let r = app.post(Some(&staff), "/api/v1/notices", Some(notice(&[OFFICE]))).await;
    let id = r.expect(201)["id"].as_str().expect("id").to_owned();
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["seq"].as_u64()), (Some("notice.published"), Some(seq + 1)), "{ev}");
    assert_eq!(ev["notice"]["id"], id.as_str());
    assert_eq!(ev["notice"]["title"]["en"], "Collecting My Number cards");
    assert_eq!(ev["notice"]["priority"], 7);

    // A call after it is numbered after it, as always.
    let kiosk = app.kiosk(OFFICE);
    app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    assert_eq!(ws_json(&mut board).await["seq"].as_u64(), Some(seq + 2));

    // A board connecting now is given it in its snapshot; another office's is not.
    let (_late, snap) = snapshot(&app, &display).await;
    assert_eq!(snap["notices"][0]["id"], id.as_str());
    let (_orio_late, orio_snap) = {
        let mut ws = ws_connect(&app.ws_url("/ws/office/orio"), Some(&other_display)).await;
        let s = ws_json(&mut ws).await;
        (ws, s)
    };
    assert_eq!(orio_snap["notices"], json!([]));
    assert_eq!(orio_snap["seq"].as_u64(), Some(orio_seq), "orio's sequence did not move");

    // Listed for staff.
    let listed = app.get(Some(&staff), &format!("/api/v1/notices?office={OFFICE}")).await;
    assert_eq!(listed.expect(200)[0]["id"], id.as_str());

    // Withdrawn: the boards hear it; it is gone from snapshots; once only.
    assert_eq!(app.client.delete(app.url(&format!("/api/v1/notices/{id}"))).bearer_auth(&staff).send().await.expect("delete").status(), 204);
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["notice_id"].as_str()), (Some("notice.withdrawn"), Some(id.as_str())), "{ev}");
    let (_again, snap) = snapshot(&app, &display).await;
    assert_eq!(snap["notices"], json!([]));
    let twice = send(app.client.delete(app.url(&format!("/api/v1/notices/{id}"))).bearer_auth(&staff)).await;
    assert_eq!(twice.expect_error(404), "unknown_notice");
}

#[tokio::test]
async fn notices_are_refused_with_a_clear_code_and_only_staff_of_the_office_post_them() {
    let app = spawn_app().await;
    let staff = app.staff(OFFICE);
    let orio_staff = app.staff("orio");
    assert_eq!(app.post(None, "/api/v1/notices", Some(notice(&[OFFICE]))).await.expect_error(401), "unauthorized");
    for t in [app.kiosk(OFFICE), app.display(OFFICE)] {
        assert_eq!(app.post(Some(&t), "/api/v1/notices", Some(notice(&[OFFICE]))).await.expect_error(403), "forbidden");
    }
    assert_eq!(app.post(Some(&orio_staff), "/api/v1/notices", Some(notice(&[OFFICE]))).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(notice(&[OFFICE, "orio"]))).await.expect_error(403), "forbidden");
    app.post(Some(&app.admin()), "/api/v1/notices", Some(notice(&[OFFICE, "orio"]))).await.expect(201);
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(notice(&["atlantis"]))).await.expect_error(422), "unknown_office");
    let mut bad = notice(&[OFFICE]);
    bad["title"] = json!({"en": "no Japanese"});
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(bad)).await.expect_error(400), "bad_request");
    let mut bad = notice(&[OFFICE]);
    bad["priority"] = json!(12);
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(bad)).await.expect_error(400), "bad_request");
    let mut bad = notice(&[OFFICE]);
    bad["until"] = json!("2020-01-01T00:00:00+09:00");
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(bad)).await.expect_error(400), "bad_request");
    let mut bad = notice(&[OFFICE]);
    bad["weekdays"] = json!(["funday"]);
    assert_eq!(app.post(Some(&staff), "/api/v1/notices", Some(bad)).await.expect_error(400), "bad_request");
    let mut fine = notice(&[OFFICE]);
    fine["weekdays"] = json!(["monday", "friday"]);
    fine["hours"] = json!({"from": "09:00", "until": "12:00"});
    app.post(Some(&staff), "/api/v1/notices", Some(fine)).await.expect(201);
}

const CAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>KITAKYUSHU-TEST-1</identifier>
  <sender>bousai@example.invalid</sender>
  <sent>2026-12-07T10:00:00+09:00</sent>
  <status>STATUS</status>
  <msgType>TYPE</msgType>
  <scope>Public</scope>
  REFS
  <info>
    <language>ja-JP</language>
    <category>Geo</category>
    <event>地震</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Observed</certainty>
    <headline>強い地震がありました</headline>
    <description>落ち着いて、職員の指示に従ってください。</description>
  </info>
  <info>
    <language>en-US</language>
    <category>Geo</category>
    <event>Earthquake</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Observed</certainty>
    <headline>A strong earthquake has occurred</headline>
    <description>Stay calm and follow the staff's directions.</description>
  </info>
</alert>"#;

fn cap(status: &str, msg_type: &str, refs: &str) -> String {
    CAP.replace("STATUS", status).replace("TYPE", msg_type).replace("REFS", refs)
}

async fn post_cap(app: &TestApp, token: &str, xml: String, query: &str) -> Resp {
    send(app.client.post(app.url(&format!("/api/v1/alerts{query}"))).bearer_auth(token).header("content-type", "application/cap+xml").body(xml)).await
}

#[tokio::test]
async fn a_cap_update_ends_the_old_alert_and_raises_the_new_one_in_one_change() {
    let app = spawn_app().await;
    let admin = app.admin();
    let (mut here, snap) = snapshot(&app, &app.display(OFFICE)).await;
    let seq = snap["seq"].as_u64().expect("seq");
    let (mut orio, _) = snapshot_of(&app, "orio", &app.display("orio")).await;
    let first = post_cap(&app, &admin, cap("Actual", "Alert", ""), &format!("?offices={OFFICE}")).await.expect(201)["id"].as_str().expect("id").to_owned();
    assert_eq!(ws_json(&mut here).await["type"], "alert.issued");

    // An Update for this office: one event, which raises the new alert and
    // ends the old one — the board never shows both, nor neither.
    let refs = "<references>bousai@example.invalid,KITAKYUSHU-TEST-1,2026-12-07T10:00:00+09:00</references>";
    let update = cap("Actual", "Update", refs).replace("KITAKYUSHU-TEST-1</identifier>", "KITAKYUSHU-TEST-2</identifier>");
    let r = post_cap(&app, &admin, update, &format!("?offices={OFFICE},orio")).await;
    let body = r.expect(201);
    let second = body["id"].as_str().expect("id").to_owned();
    assert_eq!(body["cancelled"], json!([first]));
    let ev = ws_json(&mut here).await;
    assert_eq!((ev["type"].as_str(), ev["seq"].as_u64()), (Some("alert.issued"), Some(seq + 2)), "{ev}");
    assert_eq!((ev["alert"]["id"].as_str(), &ev["ends"]), (Some(second.as_str()), &json!([first])));
    // Orio had nothing to end: it hears the new alert alone.
    let ev = ws_json(&mut orio).await;
    assert_eq!((ev["type"].as_str(), &ev["ends"]), (Some("alert.issued"), &json!([])));
    let (_late, snap) = snapshot(&app, &app.display(OFFICE)).await;
    assert_eq!(snap["alerts"].as_array().map(|a| a.iter().map(|x| x["id"].clone()).collect::<Vec<_>>()), Some(vec![json!(second)]));

    // An Update that leaves this office: here the old alert ends, with no
    // new one; Orio's is replaced.
    let refs2 = "<references>bousai@example.invalid,KITAKYUSHU-TEST-2,2026-12-07T10:00:00+09:00</references>";
    let leave = cap("Actual", "Update", refs2).replace("KITAKYUSHU-TEST-1</identifier>", "KITAKYUSHU-TEST-3</identifier>");
    let third = post_cap(&app, &admin, leave, "?offices=orio").await.expect(201)["id"].as_str().expect("id").to_owned();
    let ev = ws_json(&mut here).await;
    assert_eq!((ev["type"].as_str(), ev["alert_id"].as_str(), &ev["ends"]), (Some("alert.cancelled"), Some(second.as_str()), &json!([second])));
    let ev = ws_json(&mut orio).await;
    assert_eq!((ev["type"].as_str(), ev["alert"]["id"].as_str(), &ev["ends"]), (Some("alert.issued"), Some(third.as_str()), &json!([second])));
    let (_late, snap) = snapshot(&app, &app.display(OFFICE)).await;
    assert_eq!(snap["alerts"], json!([]));
}

#[tokio::test]
async fn an_alert_goes_over_every_board_of_its_offices_until_it_is_cancelled() {
    let app = spawn_app().await;
    let admin = app.admin();
    let display = app.display(OFFICE);
    let (mut board, snap) = snapshot(&app, &display).await;
    let seq = snap["seq"].as_u64().expect("seq");

    // Only admins raise alerts.
    let json_alert = json!({"offices": [OFFICE], "headline": {"ja": "避難訓練", "en": "Evacuation"}, "description": {"ja": "職員の指示に従ってください"}, "severity": "Severe"});
    assert_eq!(app.post(Some(&app.staff(OFFICE)), "/api/v1/alerts", Some(json_alert.clone())).await.expect_error(403), "forbidden");
    assert_eq!(app.post(None, "/api/v1/alerts", Some(json_alert.clone())).await.expect_error(401), "unauthorized");

    // The JSON form.
    let r = app.post(Some(&admin), "/api/v1/alerts", Some(json_alert)).await;
    let first = r.expect(201)["id"].as_str().expect("id").to_owned();
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["seq"].as_u64()), (Some("alert.issued"), Some(seq + 1)), "{ev}");
    assert_eq!(ev["alert"]["severity"], "Severe");

    // A CAP 1.2 document, for this office only.
    let r = post_cap(&app, &admin, cap("Actual", "Alert", ""), &format!("?offices={OFFICE}")).await;
    let second = r.expect(201)["id"].as_str().expect("id").to_owned();
    let ev = ws_json(&mut board).await;
    assert_eq!(ev["type"], "alert.issued");
    assert_eq!(ev["alert"]["headline"]["ja"], "強い地震がありました");
    assert_eq!(ev["alert"]["headline"]["en"], "A strong earthquake has occurred");
    // The same message delivered again (feeds retry): the alert it made, no second one.
    let again = post_cap(&app, &admin, cap("Actual", "Alert", ""), &format!("?offices={OFFICE}")).await;
    assert_eq!((again.status, again.json["id"].as_str()), (200, Some(second.as_str())), "{}", again.text);
    let (_late, snap) = snapshot(&app, &display).await;
    assert_eq!(snap["alerts"][0]["id"], second.as_str(), "the most severe first: {}", snap["alerts"]);
    assert_eq!(snap["alerts"].as_array().map(Vec::len), Some(2));

    // Calls go on during an alert.
    let kiosk = app.kiosk(OFFICE);
    let staff = app.staff(OFFICE);
    app.issue_ok(&kiosk, OFFICE, json!({"queue": "A"})).await;
    app.call_next(&staff, OFFICE, "1").await.expect(200);
    assert_eq!(ws_json(&mut board).await["type"], "ticket.issued");
    assert_eq!(ws_json(&mut board).await["type"], "ticket.called");

    // A CAP Cancel that names the message ends its alert.
    let refs = "<references>bousai@example.invalid,KITAKYUSHU-TEST-1,2026-12-07T10:00:00+09:00</references>";
    let r = post_cap(&app, &admin, cap("Actual", "Cancel", refs), "").await;
    assert_eq!(r.expect(200)["cancelled"], json!([second]));
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["alert_id"].as_str()), (Some("alert.cancelled"), Some(second.as_str())));

    // And DELETE ends the other.
    assert_eq!(app.client.delete(app.url(&format!("/api/v1/alerts/{first}"))).bearer_auth(&admin).send().await.expect("delete").status(), 204);
    assert_eq!(ws_json(&mut board).await["type"], "alert.cancelled");
    let (_after, snap) = snapshot(&app, &display).await;
    assert_eq!(snap["alerts"], json!([]));
    let again = send(app.client.delete(app.url(&format!("/api/v1/alerts/{first}"))).bearer_auth(&admin)).await;
    assert_eq!(again.expect_error(404), "unknown_alert");

    // What is not for boards says so.
    assert_eq!(post_cap(&app, &admin, cap("Test", "Alert", ""), "").await.expect_error(422), "not_for_boards");
    assert_eq!(post_cap(&app, &admin, "<alert".into(), "").await.expect_error(400), "bad_request");
    assert_eq!(post_cap(&app, &admin, cap("Actual", "Alert", ""), "?offices=atlantis").await.expect_error(422), "unknown_office");
    let text = send(app.client.post(app.url("/api/v1/alerts")).bearer_auth(&admin).header("content-type", "text/plain").body("help")).await;
    assert_eq!(text.expect_error(415), "unsupported_media_type");
}

#[tokio::test]
async fn content_is_replayed_after_a_drop_and_kept_across_a_restart() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let clock: Arc<dyn queue_core::Clock> = Arc::new(queue_core::SystemClock);
    let app = spawn_app_with(dir.clone(), clock.clone()).await;
    let display = app.display(OFFICE);
    let admin = app.admin();
    let (board, snap) = snapshot(&app, &display).await;
    let since = snap["seq"].as_u64().expect("seq");
    drop(board);
    let id = app.post(Some(&admin), "/api/v1/notices", Some(notice(&[OFFICE]))).await.expect(201)["id"].as_str().expect("id").to_owned();

    // Back with `since`: the missed change is replayed, not a snapshot.
    let mut back = ws_connect(&app.ws_url(&format!("/ws/office/{OFFICE}?since={since}")), Some(&display)).await;
    let ev = ws_json(&mut back).await;
    assert_eq!((ev["type"].as_str(), ev["notice"]["id"].as_str()), (Some("notice.published"), Some(id.as_str())), "{ev}");

    // In the office's audit trail, as every change is.
    let audit = app.get(Some(&admin), &format!("/api/v1/offices/{OFFICE}/audit")).await;
    assert!(audit.expect(200).to_string().contains("board.content"), "{}", audit.text);
    app.stop().await;

    let app = spawn_app_with(dir, clock).await;
    let (_board, snap) = snapshot(&app, &display).await;
    assert_eq!(snap["notices"][0]["id"], id.as_str(), "kept across a restart");
    assert_eq!(snap["seq"].as_u64(), Some(since + 1), "the sequence continues");
}
