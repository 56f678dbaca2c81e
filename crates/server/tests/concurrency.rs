//! Many kiosks and many desks at once: no number given twice, numbers
//! contiguous per queue, no ticket called twice.

mod common;

use common::*;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::Barrier;

const TASKS: usize = 16;
const PER_TASK: usize = 25;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_kiosks_issuing_at_once_get_distinct_contiguous_numbers() {
    let app = Arc::new(spawn_app().await);
    let display = app.display("yahatanishi");
    let mut feed = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let snapshot = ws_json(&mut feed).await;
    assert_eq!(snapshot["type"], "snapshot");
    let seq0 = snapshot["seq"].as_u64().expect("seq");

    let barrier = Arc::new(Barrier::new(TASKS));
    let mut tasks = Vec::new();
    for task in 0..TASKS {
        let app = app.clone();
        let barrier = barrier.clone();
        let kiosk = app.kiosk("yahatanishi");
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut got = Vec::new();
            for i in 0..PER_TASK {
                // A mix of queues and of issuing by service or by queue.
                let body = match (task + i) % 4 {
                    0 => json!({"queue": "A"}),
                    1 => json!({"service": "moving-in"}),
                    2 => json!({"queue": "B"}),
                    _ => json!({"service": "nhi-enrolment", "lang": "en"}),
                };
                let r = app.issue(&kiosk, "yahatanishi", body).await;
                got.push(r.expect(201).clone());
            }
            got
        }));
    }
    let mut all: Vec<Value> = Vec::new();
    for t in tasks {
        all.extend(within("an issuing task", t).await.expect("task"));
    }
    assert_eq!(all.len(), TASKS * PER_TASK);

    let numbers: HashSet<&str> = all.iter().map(|t| s(t, "number")).collect();
    assert_eq!(numbers.len(), all.len(), "every number is distinct");
    let ids: HashSet<&str> = all.iter().map(|t| s(t, "id")).collect();
    assert_eq!(ids.len(), all.len(), "every id is distinct");
    let tokens: HashSet<&str> = all.iter().map(|t| s(t, "token")).collect();
    assert_eq!(tokens.len(), all.len(), "every token is distinct");

    let mut per_queue: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for t in &all {
        let (prefix, n) = parse_number(s(t, "number"));
        assert_eq!(prefix, s(t, "queue"), "the prefix is the queue");
        per_queue.entry(prefix).or_default().push(n);
    }
    assert_eq!(per_queue.keys().map(String::as_str).collect::<Vec<_>>(), ["A", "B", "K"]);
    for (queue, mut ns) in per_queue {
        ns.sort_unstable();
        let expected: Vec<u32> = (1..=ns.len() as u32).collect();
        assert_eq!(ns, expected, "queue {queue} numbers run 1..n with no gap and no repeat");
        assert_eq!(app.waiting("yahatanishi", &queue).await, expected.len() as u64);
    }

    // The office feed saw every issue, seq rising by exactly 1.
    let mut seen = HashSet::new();
    for k in 1..=all.len() as u64 {
        let ev = ws_json(&mut feed).await;
        assert_eq!(ev["type"], "ticket.issued");
        assert_eq!(ev["seq"].as_u64(), Some(seq0 + k), "seq rises by exactly 1");
        assert!(seen.insert(ev["ticket"]["number"].as_str().expect("number").to_owned()));
    }
    assert_eq!(seen.len(), numbers.len());

    // Positions in each queue are 1..n, each once.
    let mut positions: HashMap<String, Vec<u64>> = HashMap::new();
    for t in all.iter().step_by(7) {
        let p = app.public(s(t, "token")).await.expect(200)["position"].as_u64().expect("position");
        positions.entry(s(t, "queue").to_owned()).or_default().push(p);
    }
    for (q, ps) in positions {
        let unique: HashSet<_> = ps.iter().collect();
        assert_eq!(unique.len(), ps.len(), "no two tickets of queue {q} share a position");
    }
}

/// Counters 1 to 12 of yahatanishi serve queues A, B, C, M and K, many of
/// them more than one.
const QUEUES: [&str; 5] = ["A", "B", "C", "M", "K"];
const DESKS: usize = 12;
const PER_QUEUE: usize = 24;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twelve_desks_calling_at_once_never_get_the_same_ticket() {
    let app = Arc::new(spawn_app().await);
    let kiosk = app.kiosk("yahatanishi");
    let mut issued: HashMap<String, Value> = HashMap::new();
    for i in 0..PER_QUEUE {
        for q in QUEUES {
            let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": q})).await;
            let _ = i;
            issued.insert(s(&t, "id").to_owned(), t);
        }
    }
    let total = issued.len();

    let counters: Vec<Value> = app.get(None, "/api/v1/offices/yahatanishi/counters").await.expect(200).as_array().expect("array").clone();
    let serves: HashMap<String, Vec<String>> = counters
        .iter()
        .map(|c| (s(c, "id").to_owned(), c["queues"].as_array().expect("queues").iter().map(|q| q.as_str().expect("q").to_owned()).collect()))
        .collect();

    let barrier = Arc::new(Barrier::new(DESKS));
    let mut desks = Vec::new();
    for d in 1..=DESKS {
        let app = app.clone();
        let barrier = barrier.clone();
        let staff = app.staff("yahatanishi");
        let counter = d.to_string();
        desks.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut called = Vec::new();
            let mut statuses = Vec::new();
            // Call until nobody waits for this counter (bounded: no desk can call more than all).
            for _ in 0..=total {
                let r = app.call_next(&staff, "yahatanishi", &counter).await;
                statuses.push(r.status);
                match r.status {
                    200 => called.push(r.json.clone()),
                    204 => break,
                    other => panic!("counter {counter}: call-next answered {other}: {}", r.text),
                }
            }
            (counter, called, statuses)
        }));
    }

    let mut by_id: HashMap<String, String> = HashMap::new();
    let mut oks = 0usize;
    let mut duplicates = Vec::new();
    for d in desks {
        let (counter, called, statuses) = within("a desk", d).await.expect("desk task");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 204), "counter {counter}: {statuses:?}");
        assert_eq!(statuses.last(), Some(&204), "counter {counter} ended on an empty line");
        oks += statuses.iter().filter(|s| **s == 200).count();
        for t in called {
            assert_eq!(t["status"], "called");
            assert_eq!(t["counter"], counter.as_str(), "the answer names the calling counter");
            let q = s(&t, "queue");
            assert!(serves[&counter].iter().any(|x| x == q), "counter {counter} does not serve queue {q}");
            if let Some(prev) = by_id.insert(s(&t, "id").to_owned(), counter.clone()) {
                duplicates.push(format!("{} called by {prev} and {counter}", t["number"]));
            }
        }
    }
    assert!(duplicates.is_empty(), "tickets called twice: {duplicates:?}");
    assert_eq!(oks, total, "the number of 200s is the number of tickets");
    assert_eq!(by_id.len(), total, "every ticket was called");
    for id in issued.keys() {
        assert!(by_id.contains_key(id), "{} never called", issued[id]["number"]);
    }
    for q in QUEUES {
        assert_eq!(app.waiting("yahatanishi", q).await, 0);
    }

    // What staff read back agrees with who called what.
    let staff = app.staff("yahatanishi");
    for (id, counter) in by_id.iter().take(20) {
        let t = app.ticket(&staff, id).await.expect(200).clone();
        assert_eq!(t["status"], "called");
        assert_eq!(t["counter"], counter.as_str());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_moves_on_one_ticket_succeed_exactly_once() {
    let app = Arc::new(spawn_app().await);
    let kiosk = app.kiosk("yahatanishi");
    let staff = app.staff("yahatanishi");
    let t = app.issue_ok(&kiosk, "yahatanishi", json!({"queue": "A"})).await;
    app.call_next(&staff, "yahatanishi", "1").await.expect(200);
    let id = s(&t, "id").to_owned();

    for action in ["start", "finish"] {
        let barrier = Arc::new(Barrier::new(8));
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (app, barrier, staff, id) = (app.clone(), barrier.clone(), staff.clone(), id.clone());
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                app.act(&staff, &id, action).await
            }));
        }
        let mut oks = 0;
        for task in tasks {
            let r = within("a concurrent move", task).await.expect("task");
            match r.status {
                200 => oks += 1,
                409 => {
                    r.expect_error(409);
                }
                other => panic!("{action}: {other} {}", r.text),
            }
        }
        assert_eq!(oks, 1, "exactly one {action} succeeds");
    }
    assert_eq!(app.ticket(&staff, &id).await.expect(200)["status"], "done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn offices_number_independently_under_concurrent_load() {
    let app = Arc::new(spawn_app().await);
    let mut tasks = Vec::new();
    for office in OFFICES {
        for _ in 0..3 {
            let app = app.clone();
            let kiosk = app.kiosk(office);
            tasks.push(tokio::spawn(async move {
                let mut got = Vec::new();
                for _ in 0..10 {
                    got.push((office, app.issue_ok(&kiosk, office, json!({"queue": "B"})).await));
                }
                got
            }));
        }
    }
    let mut per_office: HashMap<&str, Vec<u32>> = HashMap::new();
    for t in tasks {
        for (office, ticket) in within("issuing", t).await.expect("task") {
            per_office.entry(office).or_default().push(parse_number(s(&ticket, "number")).1);
        }
    }
    for (office, mut ns) in per_office {
        ns.sort_unstable();
        assert_eq!(ns, (1..=30).collect::<Vec<u32>>(), "{office}: B-001..B-030");
    }
}
