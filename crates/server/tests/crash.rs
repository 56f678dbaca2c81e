//! The real binary, killed: a 201 means the ticket is on disk, so a SIGKILL
//! a moment later loses neither its place nor its number. SIGTERM stops
//! cleanly.

mod common;

use common::*;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

struct Setup {
    root: tempfile::TempDir,
    kiosk: String,
    staff: String,
    admin: String,
}

impl Setup {
    fn data(&self) -> std::path::PathBuf {
        self.root.path().join("data")
    }
}

async fn setup() -> Setup {
    let root = tempfile::tempdir().expect("tempdir");
    let data = root.path().join("data");
    let kiosk = cli_token(&data, "kiosk", Some("yahatanishi")).await;
    let staff = cli_token(&data, "staff", Some("yahatanishi")).await;
    let admin = cli_token(&data, "admin", None).await;
    Setup { root, kiosk, staff, admin }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_tickets_survive_sigkill_and_numbering_continues() {
    let st = setup().await;
    let mut server = BinServer::start(&st.data(), st.root.path()).await;

    // What each acknowledged ticket must look like after the crash: id -> (number, status, counter).
    let mut expected: BTreeMap<String, (String, String, Option<String>)> = BTreeMap::new();
    let mut tokens: BTreeMap<String, String> = BTreeMap::new();
    let record = |t: &Value, expected: &mut BTreeMap<String, (String, String, Option<String>)>| {
        expected.insert(s(t, "id").to_owned(), (s(t, "number").to_owned(), s(t, "status").to_owned(), t["counter"].as_str().map(str::to_owned)));
    };

    for _ in 0..20 {
        let t = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
        tokens.insert(s(&t, "id").to_owned(), s(&t, "token").to_owned());
        record(&t, &mut expected);
    }
    // 40 more, eight kiosks at once.
    let shared = Arc::new((server.base.clone(), server.client.clone()));
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let shared = shared.clone();
        let kiosk = st.kiosk.clone();
        tasks.push(tokio::spawn(async move {
            let mut got = Vec::new();
            for _ in 0..5 {
                let r = send(shared.1.post(format!("{}/api/v1/offices/yahatanishi/tickets", shared.0)).bearer_auth(&kiosk).json(&json!({"queue": "A"}))).await;
                got.push(r.expect(201).clone());
            }
            got
        }));
    }
    for t in tasks {
        for ticket in within("concurrent issuing", t).await.expect("task") {
            tokens.insert(s(&ticket, "id").to_owned(), s(&ticket, "token").to_owned());
            record(&ticket, &mut expected);
        }
    }
    for _ in 0..5 {
        let t = server.issue_ok(&st.kiosk, "yahatanishi", json!({"service": "residence-certificate"})).await;
        record(&t, &mut expected);
    }
    let numbers: HashSet<&str> = expected.values().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(numbers.len(), 65, "65 distinct numbers before the crash");

    // Some moves, each acknowledged.
    let c1 = server.call_next(&st.staff, "yahatanishi", "1").await.expect(200).clone();
    record(&c1, &mut expected);
    let c2 = server.call_next(&st.staff, "yahatanishi", "2").await.expect(200).clone();
    record(&c2, &mut expected);
    let c3 = server.call_next(&st.staff, "yahatanishi", "4").await.expect(200).clone();
    record(&c3, &mut expected);
    let v = server.act(&st.staff, s(&c1, "id"), "start").await.expect(200).clone();
    record(&v, &mut expected);
    let v = server.act(&st.staff, s(&c2, "id"), "finish").await.expect(200).clone();
    record(&v, &mut expected);
    let last = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
    record(&last, &mut expected);
    let v = server.act(&st.staff, s(&last, "id"), "cancel").await.expect(200).clone();
    record(&v, &mut expected);
    assert_eq!(s(&last, "number"), "A-061");

    // Crash right after the last acknowledgement.
    server.kill();
    let server = BinServer::start(&st.data(), st.root.path()).await;

    let mut wrong = Vec::new();
    for (id, (number, status, counter)) in &expected {
        let r = server.ticket(&st.staff, id).await;
        if r.status != 200 {
            wrong.push(format!("{number} ({id}): lost, {} {}", r.status, r.text));
            continue;
        }
        let got = (s(&r.json, "number").to_owned(), s(&r.json, "status").to_owned(), r.json["counter"].as_str().map(str::to_owned));
        if got != (number.clone(), status.clone(), counter.clone()) {
            wrong.push(format!("{number}: expected {:?}, found {got:?}", (status, counter)));
        }
    }
    assert!(wrong.is_empty(), "after SIGKILL and restart:\n{}", wrong.join("\n"));

    // Places survive: the waiting line is in the same order.
    let next = server.call_next(&st.staff, "yahatanishi", "2").await.expect(200).clone();
    assert_eq!(next["number"], "A-003", "the line goes on where it stopped");
    let id4 = expected.iter().find(|(_, (n, _, _))| n == "A-004").map(|(id, _)| id.clone()).expect("A-004");
    assert_eq!(server.public(&tokens[&id4]).await.expect(200)["position"], 1);

    // Numbering continues: A-062, B-006.
    let t = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(t["number"], "A-062");
    let t = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "B"})).await;
    assert_eq!(t["number"], "B-006");
    let _ = &st.admin;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_next_number_after_a_crash_follows_the_last_acknowledged_one() {
    let st = setup().await;
    let mut server = BinServer::start(&st.data(), st.root.path()).await;
    let mut acknowledged = Vec::new();
    for _ in 0..60 {
        acknowledged.push(server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await);
    }
    assert_eq!(acknowledged.last().map(|t| t["number"].clone()), Some(json!("A-060")));
    server.kill();

    let server = BinServer::start(&st.data(), st.root.path()).await;
    for t in &acknowledged {
        let r = server.ticket(&st.staff, s(t, "id")).await;
        let got = r.expect(200);
        assert_eq!(got["number"], t["number"]);
        assert_eq!(got["status"], "waiting");
        assert_eq!(got["token"], t["token"]);
    }
    let next = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(next["number"], "A-061");
    assert_eq!(next["position"], 61);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigkill_in_the_middle_of_concurrent_issuing_loses_no_acknowledged_ticket() {
    let st = setup().await;
    let mut server = BinServer::start(&st.data(), st.root.path()).await;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Value>();
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (base, client, kiosk, tx) = (server.base.clone(), server.client.clone(), st.kiosk.clone(), tx.clone());
        tasks.push(tokio::spawn(async move {
            // Issue until the server goes away (bounded).
            for _ in 0..500 {
                let sent = client.post(format!("{base}/api/v1/offices/yahatanishi/tickets")).bearer_auth(&kiosk).json(&json!({"queue": "B"})).send().await;
                let Ok(resp) = sent else { return };
                if resp.status().as_u16() != 201 {
                    return;
                }
                let Ok(v) = resp.json::<Value>().await else { return };
                if tx.send(v).is_err() {
                    return;
                }
            }
        }));
    }
    drop(tx);

    let mut acknowledged = Vec::new();
    while acknowledged.len() < 40 {
        let t = within("201s while issuing", rx.recv()).await.expect("issuers stopped before 40 tickets");
        acknowledged.push(t);
    }
    server.kill(); // with requests in flight
    for t in tasks {
        within("issuers stop after the kill", t).await.expect("task");
    }
    while let Ok(t) = rx.try_recv() {
        acknowledged.push(t);
    }

    let server = BinServer::start(&st.data(), st.root.path()).await;
    let mut lost = Vec::new();
    for t in &acknowledged {
        let r = server.ticket(&st.staff, s(t, "id")).await;
        if r.status != 200 || r.json["number"] != t["number"] {
            lost.push(format!("{}: {} {}", t["number"], r.status, r.text));
        }
    }
    assert!(lost.is_empty(), "acknowledged tickets lost by the crash: {lost:?}");

    // The surviving line: numbers B-001..B-m, each once, holding every acknowledged one.
    let mut ws = ws_connect(&server.ws_url("/ws/office/yahatanishi"), Some(&st.admin)).await;
    let snap = ws_json(&mut ws).await;
    assert_eq!(snap["type"], "snapshot");
    let mut ns: Vec<u32> = snap["tickets"]
        .as_array()
        .expect("snapshot tickets")
        .iter()
        .filter(|t| t["queue"] == "B")
        .map(|t| parse_number(s(t, "number")).1)
        .collect();
    ns.sort_unstable();
    let m = ns.len() as u32;
    assert_eq!(ns, (1..=m).collect::<Vec<u32>>(), "no gap, no repeat");
    assert!(m as usize >= acknowledged.len());
    let acked: HashSet<u32> = acknowledged.iter().map(|t| parse_number(s(t, "number")).1).collect();
    assert_eq!(acked.len(), acknowledged.len(), "no number was acknowledged twice");
    assert!(acked.iter().all(|n| *n <= m));

    eprintln!("{} acknowledged before the kill; {m} on disk after the restart", acknowledged.len());
    let next = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "B"})).await;
    assert_eq!(next["number"], format!("B-{:03}", m + 1), "the next number follows every number given before the crash");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_stops_the_server_cleanly() {
    let st = setup().await;
    let server = BinServer::start(&st.data(), st.root.path()).await;
    let t = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
    // A live websocket must not hold the shutdown up.
    let mut ws = ws_connect(&server.ws_url("/ws/office/yahatanishi"), Some(&st.admin)).await;
    assert_eq!(ws_json(&mut ws).await["type"], "snapshot");
    // Nor an upload that never ends, nor forecasts being computed: the
    // server gives requests in flight 10 s, then stops anyway.
    use tokio::io::AsyncWriteExt;
    let addr = server.base.trim_start_matches("http://").to_owned();
    let mut stalled = tokio::net::TcpStream::connect(&addr).await.expect("connect");
    stalled.write_all(b"POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").await.expect("write");
    let forecasts: Vec<_> = (0..8)
        .map(|i| {
            let url = format!("{}/api/v1/offices/yahatanishi/forecast?days={}&hourly=true", server.base, 30 + i);
            tokio::spawn(async move { reqwest::get(url).await.map(|r| r.status().as_u16()) })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;

    let started = std::time::Instant::now();
    let status = server.terminate().await;
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    println!("stopped {:?} after SIGTERM with a stalled upload and forecasts in flight", started.elapsed());
    for f in forecasts {
        let _ = f.await;
    }
    drop(stalled);
    assert!(matches!(ws_next(&mut ws).await, WsNext::Closed), "the feed closes on shutdown");

    let server = BinServer::start(&st.data(), st.root.path()).await;
    let got = server.ticket(&st.staff, s(&t, "id")).await;
    assert_eq!(got.expect(200)["number"], "A-001");
    let next = server.issue_ok(&st.kiosk, "yahatanishi", json!({"queue": "A"})).await;
    assert_eq!(next["number"], "A-002");
    let status = server.terminate().await;
    assert!(status.success(), "{status:?}");
}

#[tokio::test]
async fn serve_with_a_bad_listen_address_exits_non_zero_with_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().join("data");
    let out = run_cli(&["serve", "--data", d.to_str().expect("utf-8"), "--listen", "not-an-address"]).await;
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {stderr:?}");
}
