//! Life-event journeys through the API: one ticket, one number, every
//! section in order, announced on the office feed at each hop.

mod common;

use common::*;
use serde_json::{Value, json};

async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> Resp {
    send(app.client.post(format!("{}{path}", app.base)).bearer_auth(token).json(&body)).await
}

async fn call(app: &TestApp, staff: &str, counter: &str) -> Value {
    let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/counters/{counter}/call-next", app.base)).bearer_auth(staff)).await;
    r.expect(200).clone()
}

/// A counter of the main office that serves `queue`.
async fn counter_for(app: &TestApp, queue: &str) -> String {
    let r = send(app.client.get(format!("{}/api/v1/offices/yahatanishi/counters", app.base))).await;
    let counters = r.expect(200).as_array().expect("array").clone();
    let c = counters.iter().find(|c| c["queues"].as_array().is_some_and(|q| q.iter().any(|x| x == queue))).expect("a counter for the queue");
    s(c, "id").to_owned()
}

/// Reads feed messages until one of `kind` arrives.
async fn next_of(ws: &mut Ws, kind: &str) -> Value {
    loop {
        let m = ws_json(ws).await;
        if m["type"] == kind {
            return m;
        }
    }
}

#[tokio::test]
async fn life_events_are_listed_with_questions_and_steps_in_the_requested_language() {
    let app = spawn_app().await;
    let r = send(app.client.get(format!("{}/api/v1/offices/yahatanishi/life-events?lang=en", app.base))).await;
    let events = r.expect(200).as_array().expect("array").clone();
    let ids: Vec<&str> = events.iter().map(|e| s(e, "id")).collect();
    for id in ["moving-in", "moving-out", "moving-within", "birth", "death", "marriage", "divorce", "school", "turning-65", "turning-75", "retirement"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let moving_in = events.iter().find(|e| e["id"] == "moving-in").expect("moving-in");
    assert_eq!(moving_in["name"], "I moved here from another city");
    let steps = moving_in["steps"].as_array().expect("steps");
    for step in steps {
        for key in ["service", "queue", "section"] {
            assert!(step[key].is_string(), "{key} in {step}");
        }
    }
    assert!(moving_in["questions"].as_array().expect("questions").iter().any(|q| q["id"] == "children"));
    // Each visit lists its services with their own question: moving in always,
    // school enrolment (the same counter) only when there is a school child.
    let first: Vec<(&str, &Value)> = steps[0]["services"].as_array().expect("services").iter().map(|x| (s(x, "service"), &x["when"])).collect();
    assert_eq!(first, [("moving-in", &Value::Null), ("school-enrolment", &json!("school"))]);
    assert!(steps[0]["services"][1]["name"].as_str().is_some_and(|n| n.contains("chool")), "{}", steps[0]["services"]);
    // A branch office offers fewer services: its steps are a subset.
    let r = send(app.client.get(format!("{}/api/v1/offices/orio/life-events", app.base))).await;
    assert!(!r.expect(200).as_array().expect("array").is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_moving_in_ticket_with_children_visits_three_sections_under_one_number() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let mut ws = ws_connect(&format!("ws://{}/ws/office/yahatanishi", app.addr), Some(&app.display("yahatanishi"))).await;
    ws_json(&mut ws).await; // snapshot

    let r = post(&app, &kiosk, "/api/v1/offices/yahatanishi/tickets", json!({"life_event": "moving-in", "lang": "vi", "answers": {"children": true, "nhi": true, "school": false, "pension": false}})).await;
    let ticket = r.expect(201).clone();
    let number = s(&ticket, "number").to_owned();
    let journey = ticket["journey"].as_array().expect("journey").clone();
    let sections: Vec<&str> = journey.iter().map(|st| s(st, "section")).collect();
    assert_eq!(sections, ["shimin", "kokuho-nenkin", "hoken-fukushi"], "{journey:?}");
    assert_eq!(journey[0]["status"], "current");
    assert!(journey[1..].iter().all(|st| st["status"] == "pending"));
    let id = s(&ticket, "id").to_owned();

    for (i, step) in journey.iter().enumerate() {
        let queue = s(step, "queue");
        let counter = counter_for(&app, queue).await;
        let called = call(&app, &staff, &counter).await;
        assert_eq!((s(&called, "id"), s(&called, "number")), (id.as_str(), number.as_str()));
        let event = next_of(&mut ws, "ticket.called").await;
        assert_eq!(event["ticket"]["counter"], counter.as_str());
        let finished = post(&app, &staff, &format!("/api/v1/tickets/{id}/finish"), json!({})).await;
        let t = finished.expect(200).clone();
        if i + 1 < journey.len() {
            assert_eq!(t["status"], "waiting");
            assert_eq!(t["queue"], journey[i + 1]["queue"]);
            assert_eq!(t["number"], number.as_str());
            let hop = next_of(&mut ws, "ticket.advanced").await;
            assert_eq!(hop["from_queue"], queue);
            assert_eq!(hop["ticket"]["queue"], journey[i + 1]["queue"]);
        } else {
            assert_eq!(t["status"], "done");
            assert!(t["journey"].as_array().expect("journey").iter().all(|st| st["status"] == "done"));
            next_of(&mut ws, "ticket.finished").await;
        }
    }
    app.stop().await;
}

#[tokio::test]
async fn answering_no_drops_steps_and_the_desk_can_skip_and_add() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let r = post(&app, &kiosk, "/api/v1/offices/yahatanishi/tickets", json!({"life_event": "moving-in", "lang": "ja", "answers": {"children": false, "nhi": false, "school": false, "pension": false}})).await;
    let t = r.expect(201).clone();
    assert_eq!(t["journey"].as_array().expect("journey").len(), 1);
    let id = s(&t, "id").to_owned();

    // The desk adds the child allowance: a second stop.
    let added = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/steps"), json!({"service": "child-allowance"})).await;
    let j = added.expect(200)["journey"].as_array().expect("journey").clone();
    assert_eq!(j.len(), 2);
    assert_eq!(j[1]["service"], "child-allowance");
    // Skipping the first step sends it straight on.
    let skipped = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({})).await;
    let t2 = skipped.expect(200).clone();
    assert_eq!((t2["status"].as_str(), t2["queue"].as_str()), (Some("waiting"), j[1]["queue"].as_str()));
    assert_eq!(t2["journey"][0]["status"], "skipped");
    // Skipping a later step leaves the ticket where it is; a step only once.
    let again = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/steps"), json!({"service": "national-pension"})).await;
    assert_eq!(again.expect(200)["journey"].as_array().map(Vec::len), Some(3));
    let later = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 2})).await;
    let t3 = later.expect(200).clone();
    assert_eq!((t3["status"].as_str(), t3["queue"].as_str()), (Some("waiting"), j[1]["queue"].as_str()));
    let statuses: Vec<&str> = t3["journey"].as_array().expect("journey").iter().map(|st| s(st, "status")).collect();
    assert_eq!(statuses, ["skipped", "current", "skipped"]);
    let twice = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 2})).await;
    assert_eq!(twice.expect_error(409), "step_not_pending");
    let nowhere = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 9})).await;
    assert_eq!(nowhere.expect_error(422), "unknown_step");
    // A desk names the step it saw; another desk has put a step before it meanwhile.
    let fourth = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/steps"), json!({"service": "nhi-enrolment"})).await;
    let seen = fourth.expect(200)["journey"][2].clone();
    assert_eq!(seen["status"], "pending");
    let fifth = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/steps"), json!({"service": "child-medical"})).await;
    let before = fifth.expect(200)["journey"].clone();
    let stale = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 2, "queue": seen["queue"], "service": seen["service"]})).await;
    assert_eq!(stale.expect_error(409), "step_changed");
    let unchanged = send(app.client.get(format!("{}/api/v1/tickets/{id}", app.base)).bearer_auth(&staff)).await;
    assert_eq!(unchanged.expect(200)["journey"], before, "nothing skipped");
    let moved = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 3, "queue": seen["queue"], "service": seen["service"]})).await;
    assert_eq!(moved.expect(200)["journey"][3]["status"], "skipped", "the step it saw, where it is now");
    let other = post(&app, &staff, &format!("/api/v1/tickets/{id}/journey/skip"), json!({"step": 2, "queue": before[2]["queue"], "service": before[2]["service"]})).await;
    assert_eq!(other.expect(200)["journey"][2]["status"], "skipped");
    // Without a body it is still the current step.
    let bare = send(app.client.post(format!("{}/api/v1/tickets/{id}/journey/skip", app.base)).bearer_auth(&staff)).await;
    assert_eq!(bare.expect(200)["status"], "done");

    // Unknown events and questions are refused clearly.
    let bad = post(&app, &kiosk, "/api/v1/offices/yahatanishi/tickets", json!({"life_event": "moon-landing"})).await;
    assert_eq!(bad.expect_error(422), "unknown_life_event");
    let bad = post(&app, &kiosk, "/api/v1/offices/yahatanishi/tickets", json!({"life_event": "moving-in", "answers": {"pets": true}})).await;
    assert_eq!(bad.expect_error(400), "bad_request");
    let plain = post(&app, &kiosk, "/api/v1/offices/yahatanishi/tickets", json!({"queue": "B"})).await;
    let pid = s(plain.expect(201), "id").to_owned();
    let not = post(&app, &staff, &format!("/api/v1/tickets/{pid}/journey/skip"), json!({})).await;
    assert_eq!(not.expect_error(409), "not_on_journey");
    app.stop().await;
}

#[tokio::test]
async fn services_carry_guidance_and_say_which_language_they_used() {
    let app = spawn_app().await;
    let r = send(app.client.get(format!("{}/api/v1/offices/yahatanishi/services?lang=en", app.base))).await;
    let services = r.expect(200).as_array().expect("array").clone();
    let moving_in = services.iter().find(|x| x["id"] == "moving-in").expect("moving-in");
    assert_eq!(moving_in["lang"], "en");
    let g = &moving_in["guidance"];
    assert_eq!(g["lang"], "en");
    assert!(!g["bring"].as_array().expect("bring").is_empty(), "{g}");
    assert!(g["deadline"].as_str().is_some_and(|d| d.contains("14")), "{g}");
    let r = send(app.client.get(format!("{}/api/v1/offices/yahatanishi/services?lang=xx-unknown", app.base))).await;
    let ja = r.expect(200).as_array().expect("array").clone();
    let m = ja.iter().find(|x| x["id"] == "moving-in").expect("moving-in");
    assert_eq!((m["lang"].as_str(), m["name"].as_str()), (Some("ja"), Some("転入届")));
    app.stop().await;
}
