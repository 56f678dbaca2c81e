//! Load benchmark: the real server on loopback with a real data directory.
//!
//! `cargo bench -p madoguchi-server --bench load` (add `-- --quick` for a
//! short run). Measures, with medians over several runs:
//! * durable ticket issues per second with many concurrent HTTP clients;
//! * issue latency p50/p99 at fixed offered rates (open loop);
//! * call → `ticket.called` event latency over N websocket clients, and the
//!   server's resident memory idle and with N clients (these against the
//!   real binary in its own process);
//! * with `-- --phones`: 500 and 2,000 residents' phone pages on one
//!   address, call → every phone's update, and issue latency meanwhile;
//! * with `-- --content`: call → event over 100 boards, without board
//!   content and with notices and an alert standing while notices are
//!   published and withdrawn back to back (a call must not wait for them).
//!
//! * with `-- --snapshots`: an office with 20,000 waiting; how long the
//!   ward's lock is held to take a snapshot (the copy) against building
//!   its JSON, and the slowest issue at another office while 200 boards
//!   connect at once.
//!
//! Bounded in count and time, loopback only. Results go to stdout; the
//! figures in docs/benchmarks.md come from here.

use futures_util::StreamExt;
use madoguchi_server::app::{Running, ServeOptions, start};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Bench {
    /// The server in this process, or `None` when it is the real binary in
    /// its own process (`child`).
    running: Option<Running>,
    child: Option<std::process::Child>,
    addr: std::net::SocketAddr,
    _dir: tempfile::TempDir,
    token: String,
    client: reqwest::Client,
    base: String,
}

/// A data directory with an admin token in it.
fn data_dir() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let token = madoguchi_server::auth::new_token();
    let db = store::Db::open(dir.path()).expect("db");
    let conn = db.connect(false).expect("conn");
    store::tokens::insert(&conn, &madoguchi_server::auth::hash(&token), "admin", None, Some("bench"), 0).expect("token");
    (dir, token)
}

fn http_client() -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(512).build().expect("client")
}

async fn spawn() -> Bench {
    let (dir, token) = data_dir();
    let config = Arc::new(madoguchi_server::settings::built_in_always_open());
    let opts = ServeOptions { config, data_dir: dir.path().to_owned(), listen: "127.0.0.1:0".parse().expect("addr"), public_url: None, network: Default::default(), modules: madoguchi_server::modules::registered(), reference: None };
    let running = start(opts, Arc::new(queue_core::SystemClock)).await.expect("server");
    let addr = running.addr;
    Bench { running: Some(running), child: None, addr, _dir: dir, token, client: http_client(), base: format!("http://{addr}") }
}

/// The real `madoguchi serve` in its own process, so that its memory can be
/// read alone and the clients' work is not on its runtime.
async fn spawn_process() -> Bench {
    let (dir, token) = data_dir();
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["serve", "--data", dir.path().to_str().expect("utf-8"), "--listen", &addr.to_string(), "--reception-always"])
        .env("RUST_LOG", "warn")
        .env("MADOGUCHI_KIOSK_RATE", "off")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn madoguchi serve");
    let b = Bench { running: None, child: Some(child), addr, _dir: dir, token, client: http_client(), base: format!("http://{addr}") };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if b.client.get(format!("{}/healthz", b.base)).send().await.is_ok_and(|r| r.status().is_success()) {
            return b;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("madoguchi serve did not become healthy within 30 s");
}

impl Bench {
    /// Display tokens for `boards` board connections: the server allows
    /// each token 50 sockets (a device or sign-in has a few), so a crowd of
    /// boards needs a token per 40.
    fn board_tokens(&self, boards: usize) -> Vec<String> {
        let db = store::Db::open(self._dir.path()).expect("db");
        let conn = db.connect(false).expect("conn");
        (0..boards.div_ceil(40))
            .map(|i| {
                let token = madoguchi_server::auth::new_token();
                store::tokens::insert(&conn, &madoguchi_server::auth::hash(&token), "display", Some("yahatanishi"), Some(&format!("bench-board-{i}")), 0).expect("token");
                token
            })
            .collect()
    }

    async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Resident and peak resident memory of the server process, in MiB.
    fn memory_mib(&self) -> Option<(f64, f64)> {
        let pid = self.child.as_ref()?.id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let field = |name: &str| -> Option<f64> {
            let line = status.lines().find(|l| l.starts_with(name))?;
            let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kb / 1024.0)
        };
        Some((field("VmRSS:")?, field("VmHWM:")?))
    }
}

impl Bench {
    async fn issue(&self, queue: &str) -> Result<Duration, String> {
        let started = Instant::now();
        let r = self
            .client
            .post(format!("{}/api/v1/offices/yahatanishi/tickets", self.base))
            .bearer_auth(&self.token)
            .json(&serde_json::json!({"queue": queue, "lang": "ja"}))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if r.status().as_u16() != 201 {
            return Err(format!("status {}", r.status()));
        }
        let _ = r.bytes().await;
        Ok(started.elapsed())
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

const QUEUES: [&str; 6] = ["A", "B", "C", "K", "F", "M"];

/// Closed loop: `clients` tasks issue as fast as they can for `duration`.
async fn throughput(b: &Arc<Bench>, clients: usize, duration: Duration) -> (f64, usize) {
    let deadline = Instant::now() + duration;
    let mut tasks = Vec::new();
    for i in 0..clients {
        let b = b.clone();
        tasks.push(tokio::spawn(async move {
            let mut n = 0usize;
            let mut errors = 0usize;
            while Instant::now() < deadline {
                match b.issue(QUEUES[i % QUEUES.len()]).await {
                    Ok(_) => n += 1,
                    Err(_) => errors += 1,
                }
            }
            (n, errors)
        }));
    }
    let started = Instant::now();
    let mut total = 0;
    let mut errors = 0;
    for t in tasks {
        let (n, e) = t.await.expect("task");
        total += n;
        errors += e;
    }
    (total as f64 / started.elapsed().as_secs_f64(), errors)
}

/// Open loop: requests start on a fixed schedule, whatever the answers do.
async fn fixed_rate(b: &Arc<Bench>, per_second: u32, duration: Duration) -> Vec<Duration> {
    let interval = Duration::from_secs_f64(1.0 / f64::from(per_second));
    let count = (duration.as_secs_f64() * f64::from(per_second)) as usize;
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(count);
    for i in 0..count {
        let at = start + interval * i as u32;
        tokio::time::sleep_until(at.into()).await;
        let b = b.clone();
        tasks.push(tokio::spawn(async move { b.issue(QUEUES[i % QUEUES.len()]).await }));
    }
    let mut lat = Vec::with_capacity(count);
    for t in tasks {
        if let Ok(Ok(d)) = t.await {
            lat.push(d);
        }
    }
    lat.sort();
    lat
}

/// Calls the next at counter 4 and waits (bounded) until `listeners`
/// clients have reported hearing call number `call`, adding each one's
/// latency from the moment the call was sent.
async fn call_and_hear(
    b: &Bench,
    call: usize,
    listeners: usize,
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<(usize, Instant)>,
    latencies: &mut Vec<Duration>,
) {
    let sent = Instant::now();
    let r = b
        .client
        .post(format!("{}/api/v1/offices/yahatanishi/counters/4/call-next", b.base))
        .bearer_auth(&b.token)
        .send()
        .await
        .expect("call");
    assert!(r.status().is_success(), "call-next {}", r.status());
    let mut got = 0;
    while got < listeners {
        match tokio::time::timeout(Duration::from_secs(10), rx.recv()).await {
            Ok(Some((c, at))) if c == call => {
                latencies.push(at.duration_since(sent));
                got += 1;
            }
            Ok(Some(_)) => {}
            _ => break,
        }
    }
}

/// Call → event latency seen by `clients` websocket clients, over `calls`
/// calls; and the server's memory once every client has its snapshot.
async fn fan_out(b: &Arc<Bench>, clients: usize, calls: usize) -> (Vec<Duration>, Option<(f64, f64)>) {
    fan_out_with(b, clients, calls, false).await
}

/// Publishes a notice to the office's boards; its id.
async fn post_notice(b: &Bench, n: usize) -> String {
    let r = b
        .client
        .post(format!("{}/api/v1/notices", b.base))
        .bearer_auth(&b.token)
        .json(&serde_json::json!({
            "offices": ["yahatanishi"],
            "title": {"ja": format!("お知らせ {n}"), "en": format!("Notice {n}")},
            "body": {"ja": "窓口の受付時間は8時30分から17時15分までです。", "en": "The counters are open from 8:30 to 17:15."},
            "priority": n % 10
        }))
        .send()
        .await
        .expect("notice");
    assert_eq!(r.status().as_u16(), 201, "notice");
    let v: serde_json::Value = r.json().await.expect("json");
    v["id"].as_str().unwrap_or_default().to_owned()
}

/// [`fan_out`], optionally with board content standing (five notices and
/// an alert) and churning (notices published and withdrawn back to back,
/// 10 ms apart) while the calls are made.
async fn fan_out_with(b: &Arc<Bench>, clients: usize, calls: usize, content: bool) -> (Vec<Duration>, Option<(f64, f64)>) {
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut churn = None;
    if content {
        for n in 0..5 {
            post_notice(b, n).await;
        }
        let r = b
            .client
            .post(format!("{}/api/v1/alerts", b.base))
            .bearer_auth(&b.token)
            .json(&serde_json::json!({"offices": ["yahatanishi"], "headline": {"ja": "訓練"}, "description": {"ja": "避難訓練です"}, "severity": "Moderate"}))
            .send()
            .await
            .expect("alert");
        assert_eq!(r.status().as_u16(), 201, "alert");
        let (b2, stop2) = (b.clone(), stop.clone());
        churn = Some(tokio::spawn(async move {
            let mut n = 100;
            while !stop2.load(std::sync::atomic::Ordering::Relaxed) {
                let id = post_notice(&b2, n).await;
                tokio::time::sleep(Duration::from_millis(10)).await;
                let _ = b2.client.delete(format!("{}/api/v1/notices/{id}", b2.base)).bearer_auth(&b2.token).send().await;
                tokio::time::sleep(Duration::from_millis(10)).await;
                n += 1;
            }
            n - 100
        }));
    }
    let result = fan_out_inner(b, clients, calls).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    if let Some(c) = churn
        && let Ok(n) = c.await
    {
        println!("  (board content: 5 notices and an alert standing, {n} notices published and withdrawn during the calls)");
    }
    result
}

async fn fan_out_inner(b: &Arc<Bench>, clients: usize, calls: usize) -> (Vec<Duration>, Option<(f64, f64)>) {
    for _ in 0..calls {
        b.issue("B").await.expect("issue");
    }
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let tokens = b.board_tokens(clients);
    let mut tasks = Vec::new();
    for i in 0..clients {
        let url = format!("ws://{}/ws/office/yahatanishi?access_token={}", b.addr, tokens[i / 40]);
        let (tx, ready_tx) = (tx.clone(), ready_tx.clone());
        tasks.push(tokio::spawn(async move {
            let Ok((mut ws, _)) = tokio_tungstenite::connect_async(&url).await else { return };
            let _ = ws.next().await; // snapshot
            let _ = ready_tx.send(());
            let mut seen = 0;
            while let Ok(Some(Ok(m))) = tokio::time::timeout(Duration::from_secs(20), ws.next()).await {
                let received = Instant::now();
                if let tokio_tungstenite::tungstenite::Message::Text(t) = m
                    && t.contains("\"ticket.called\"")
                {
                    let _ = tx.send((seen, received));
                    seen += 1;
                    if seen == calls {
                        break;
                    }
                }
            }
        }));
    }
    drop(tx);
    for _ in 0..clients {
        if tokio::time::timeout(Duration::from_secs(30), ready_rx.recv()).await.is_err() {
            break;
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let memory = b.memory_mib();
    let mut latencies = Vec::new();
    for call in 0..calls {
        call_and_hear(b, call, clients, &mut rx, &mut latencies).await;
    }
    for t in tasks {
        t.abort();
    }
    latencies.sort();
    (latencies, memory)
}

/// Issue 23's morning: `phones` residents waiting, each with the phone page
/// open (`/ws/ticket/{token}`), all from one address. Measures call → every
/// phone's update (each call moves everyone behind it), and the latency of
/// 20 issues while they are connected.
async fn phones(b: &Arc<Bench>, phones: usize, calls: usize) -> (Vec<Duration>, Vec<Duration>, usize) {
    let mut tokens = Vec::with_capacity(phones);
    for chunk in 0..phones.div_ceil(50) {
        let batch = futures_util::future::join_all((0..50.min(phones - chunk * 50)).map(|_| async {
            let r = b
                .client
                .post(format!("{}/api/v1/offices/yahatanishi/tickets", b.base))
                .bearer_auth(&b.token)
                .json(&serde_json::json!({"queue": "B", "lang": "vi"}))
                .send()
                .await
                .expect("issue");
            let v: serde_json::Value = r.json().await.expect("ticket");
            v["token"].as_str().expect("token").to_owned()
        }))
        .await;
        tokens.extend(batch);
    }
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let mut tasks = Vec::new();
    for token in &tokens {
        let url = format!("ws://{}/ws/ticket/{token}", b.addr);
        let (tx, ready_tx) = (tx.clone(), ready_tx.clone());
        tasks.push(tokio::spawn(async move {
            let Ok((mut ws, _)) = tokio_tungstenite::connect_async(&url).await else { return };
            let _ = ws.next().await; // snapshot
            let _ = ready_tx.send(());
            let mut seen = 0;
            while let Ok(Some(Ok(m))) = tokio::time::timeout(Duration::from_secs(30), ws.next()).await {
                if let tokio_tungstenite::tungstenite::Message::Text(t) = m
                    && t.contains("\"update\"")
                {
                    let _ = tx.send((seen, Instant::now()));
                    seen += 1;
                    if seen == calls {
                        break;
                    }
                }
            }
        }));
    }
    drop(tx);
    let mut connected = 0;
    for _ in 0..phones {
        if tokio::time::timeout(Duration::from_secs(30), ready_rx.recv()).await.is_err() {
            break;
        }
        connected += 1;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut latencies = Vec::new();
    for call in 0..calls {
        // Everyone still waiting or just called hears this call.
        call_and_hear(b, call, connected - call, &mut rx, &mut latencies).await;
    }
    let mut issues = Vec::new();
    for _ in 0..20 {
        issues.push(b.issue("A").await.expect("issue"));
    }
    for t in tasks {
        t.abort();
    }
    latencies.sort();
    issues.sort();
    (latencies, issues, connected)
}

/// Issues `n` tickets at Yahatanishi from 64 concurrent clients.
async fn fill(b: &Arc<Bench>, n: usize) {
    let per = n.div_ceil(64);
    let tasks: Vec<_> = (0..64)
        .map(|i| {
            let b = b.clone();
            tokio::spawn(async move {
                for _ in 0..per {
                    b.issue(QUEUES[i % QUEUES.len()]).await.expect("issue");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("task");
    }
}

/// Median time of `f` over `n` runs.
fn median_time(n: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[n / 2]
}

/// With `waiting` tickets at Yahatanishi: the lock-held copy and the JSON
/// of a staff and a board snapshot (medians of 30), then `boards` boards
/// connecting at once while Orio issues 20 tickets one after another.
/// Answers the slowest of those issues and the largest snapshot a board got.
async fn snapshots(b: &Arc<Bench>, waiting: usize, boards: usize) -> (Duration, usize) {
    use madoguchi_server::engine::Snapshot;
    use madoguchi_server::hub::Feed;
    fill(b, waiting).await;
    let engine = &b.running.as_ref().expect("in process").engine;
    for feed in [Feed::Staff, Feed::Board] {
        let ward = engine.ward();
        let state = ward.office("yahatanishi").expect("office");
        let content = ward.content("yahatanishi");
        let copy = median_time(30, || drop(std::hint::black_box(Snapshot::take(&engine.config, &engine.calendar, state, content, engine.clock.now(), feed))));
        let snap = Snapshot::take(&engine.config, &engine.calendar, state, content, engine.clock.now(), feed);
        let json = median_time(30, || drop(std::hint::black_box(snap.to_json())));
        println!("  {feed:?} snapshot over {waiting} waiting: copy under the lock {}, JSON after it {} ({} bytes)", ms(copy), ms(json), snap.to_json().len());
    }
    let tokens = b.board_tokens(boards);
    let url = format!("ws://{}/ws/office/yahatanishi", b.addr);
    let connects = futures_util::future::join_all((0..boards).map(|i| {
        let mut req = tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(url.as_str()).expect("request");
        req.headers_mut().insert("authorization", format!("Bearer {}", tokens[i / 40]).parse().expect("header"));
        async move {
            let (mut ws, _) = tokio_tungstenite::connect_async(req).await.expect("connect");
            match ws.next().await {
                Some(Ok(m)) => m.into_text().map(|t| t.len()).unwrap_or(0),
                _ => 0,
            }
        }
    }));
    let issues = async {
        let mut worst = Duration::ZERO;
        for _ in 0..20 {
            let started = Instant::now();
            let r = b
                .client
                .post(format!("{}/api/v1/offices/orio/tickets", b.base))
                .bearer_auth(&b.token)
                .json(&serde_json::json!({"queue": "A", "lang": "ja"}))
                .send()
                .await
                .expect("issue");
            assert_eq!(r.status().as_u16(), 201);
            worst = worst.max(started.elapsed());
        }
        worst
    };
    let (sizes, worst) = tokio::join!(connects, issues);
    assert!(sizes.iter().all(|n| *n > 0), "every board got its snapshot");
    (worst, sizes.into_iter().max().unwrap_or(0))
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo test --all-targets` runs bench binaries too, without `--bench`:
    // they are compiled (so they cannot rot) but the load runs only under
    // `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        println!("load bench: run it with `cargo bench -p madoguchi-server --bench load`");
        return;
    }
    let quick = std::env::args().any(|a| a == "--quick");
    let runs = if quick { 1 } else { 3 };
    let secs = if quick { 2 } else { 5 };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    if std::env::args().any(|a| a == "--content") {
        rt.block_on(async {
            for content in [false, true] {
                let mut p50s = Vec::new();
                let mut p99s = Vec::new();
                for _ in 0..runs {
                    let b = Arc::new(spawn_process().await);
                    let (lat, _) = fan_out_with(&b, 100, 20, content).await;
                    assert_eq!(lat.len(), 100 * 20, "every board heard every call");
                    p50s.push(percentile(&lat, 0.5).as_secs_f64() * 1000.0);
                    p99s.push(percentile(&lat, 0.99).as_secs_f64() * 1000.0);
                    if let Ok(b) = Arc::try_unwrap(b) {
                        b.stop().await;
                    }
                }
                let what = if content { "with board content churning" } else { "without board content" };
                println!(
                    "call → board, 100 boards, {what}: p50 median {:.2} ms, p99 median {:.2} ms (p50 runs {:?}, p99 runs {:?})",
                    median(p50s.clone()),
                    median(p99s.clone()),
                    p50s.iter().map(|v| (v * 100.0).round() / 100.0).collect::<Vec<_>>(),
                    p99s.iter().map(|v| (v * 100.0).round() / 100.0).collect::<Vec<_>>()
                );
            }
        });
        return;
    }
    if std::env::args().any(|a| a == "--snapshots") {
        rt.block_on(async {
            let mut worst = Vec::new();
            for _ in 0..runs {
                let b = Arc::new(spawn().await);
                let (w, size) = snapshots(&b, 20_000, 200).await;
                println!("  200 boards connecting over 20,000 waiting: slowest of 20 issues at Orio {}, largest board snapshot {size} bytes", ms(w));
                worst.push(w.as_secs_f64() * 1000.0);
                if let Ok(b) = Arc::try_unwrap(b) {
                    b.stop().await;
                }
            }
            println!("slowest issue at another office while 200 boards connect: median {:.1} ms (runs {:?})", median(worst.clone()), worst.iter().map(|v| (v * 10.0).round() / 10.0).collect::<Vec<_>>());
        });
        return;
    }
    if std::env::args().any(|a| a == "--phones") {
        rt.block_on(async {
            for n in [500usize, 2000] {
                let mut p50s = Vec::new();
                let mut p99s = Vec::new();
                let mut issue_max = Vec::new();
                for _ in 0..runs {
                    let b = Arc::new(spawn_process().await);
                    let (lat, issues, connected) = phones(&b, n, 5).await;
                    assert_eq!(connected, n, "every phone connected");
                    p50s.push(percentile(&lat, 0.5).as_secs_f64() * 1000.0);
                    p99s.push(percentile(&lat, 0.99).as_secs_f64() * 1000.0);
                    issue_max.push(issues.last().copied().unwrap_or_default().as_secs_f64() * 1000.0);
                    println!(
                        "  {n} phones: call → phone p50 {}, p99 {}, max {} ({} updates); issue p50 {} max {} over 20",
                        ms(percentile(&lat, 0.5)),
                        ms(percentile(&lat, 0.99)),
                        ms(lat.last().copied().unwrap_or_default()),
                        lat.len(),
                        ms(percentile(&issues, 0.5)),
                        ms(issues.last().copied().unwrap_or_default())
                    );
                    if let Ok(b) = Arc::try_unwrap(b) {
                        b.stop().await;
                    }
                }
                println!("{n} phones on one address: call → phone p50 median {:.1} ms, p99 median {:.1} ms; issue max median {:.1} ms", median(p50s), median(p99s), median(issue_max));
            }
        });
        return;
    }
    rt.block_on(async {
        println!("madoguchi load bench ({} run(s) each, {} s windows)", runs, secs);
        for clients in [64usize, 256] {
            let mut rates = Vec::new();
            for _ in 0..runs {
                let b = Arc::new(spawn().await);
                let (rate, errors) = throughput(&b, clients, Duration::from_secs(secs)).await;
                assert_eq!(errors, 0, "errors during the throughput run");
                rates.push(rate);
                if let Ok(b) = Arc::try_unwrap(b) {
                    b.stop().await;
                }
            }
            println!("durable issues/s, {clients} clients: median {:.0} (runs: {:?})", median(rates.clone()), rates.iter().map(|r| r.round()).collect::<Vec<_>>());
        }
        for rate in [500u32, 1000, 5000] {
            let mut p50s = Vec::new();
            let mut p99s = Vec::new();
            for _ in 0..runs {
                let b = Arc::new(spawn().await);
                let lat = fixed_rate(&b, rate, Duration::from_secs(secs)).await;
                p50s.push(percentile(&lat, 0.5).as_secs_f64() * 1000.0);
                p99s.push(percentile(&lat, 0.99).as_secs_f64() * 1000.0);
                if let Ok(b) = Arc::try_unwrap(b) {
                    b.stop().await;
                }
            }
            println!("issue latency at {rate}/s: p50 median {:.2} ms, p99 median {:.2} ms (p99 runs: {:?})", median(p50s), median(p99s.clone()), p99s.iter().map(|v| (v * 100.0).round() / 100.0).collect::<Vec<_>>());
        }
        // The server in its own process from here: its memory is read alone
        // and the clients' work is not on its runtime (they still share the
        // machine's two cores).
        for clients in [100usize, 1000, 2000] {
            let b = Arc::new(spawn_process().await);
            tokio::time::sleep(Duration::from_millis(500)).await;
            let idle = b.memory_mib();
            let (lat, connected) = fan_out(&b, clients, if quick { 5 } else { 20 }).await;
            println!(
                "call → event, {clients} websocket clients: p50 {}, p99 {}, max {} ({} deliveries)",
                ms(percentile(&lat, 0.5)),
                ms(percentile(&lat, 0.99)),
                ms(lat.last().copied().unwrap_or_default()),
                lat.len()
            );
            if let (Some((idle, _)), Some((rss, peak))) = (idle, connected) {
                println!("server memory: idle {idle:.1} MiB; with {clients} clients {rss:.1} MiB (peak {peak:.1} MiB)");
            }
            if let Ok(b) = Arc::try_unwrap(b) {
                b.stop().await;
            }
        }
    });
}
