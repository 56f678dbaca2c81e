//! "Nothing lost" (issue 7): the crash-safety harness shared by the
//! `crash_rounds` test (a few rounds, in CI) and the `crash` bench (≥ 20
//! rounds, with figures).
//!
//! One run: the real `madoguchi` binary on a fresh data directory, then N
//! rounds of
//!
//! 1. load: kiosks issuing in several tasks, desks calling, recalling,
//!    starting, finishing, marking no-shows and cancelling, and websocket
//!    display boards following the office feeds (one steady, one that drops
//!    and resumes with `?since=`, one that reloads without it);
//! 2. SIGKILL at a random moment (a seeded random delay);
//! 3. restart on the same data directory, timed from the kill to the first
//!    `/healthz` 200 (recovery) and from the spawn (cold start);
//! 4. checks, against the API, the websocket feeds and the SQLite file:
//!    * every acknowledged ticket (every 201/200 a client received) exists
//!      with its number, in its last acknowledged state or in the target of a
//!      move that was in flight at the kill (never behind);
//!    * no number twice per office/queue/day, numbers per queue contiguous
//!      from 1 (an unacknowledged in-flight issue may exist, never a gap);
//!    * `seq` continues: every board that reconnects with `?since=LAST`
//!      gets the events after LAST or a snapshot with `seq` ≥ LAST; every
//!      event a board was shown is on disk, the same event at the same seq;
//!      the event log is contiguous;
//!    * a resynced board agrees with the API and the disk: the snapshot's
//!      waiting tickets per queue equal `GET /api/v1/offices`'s counts and
//!      the database's.
//!
//! Everything is on 127.0.0.1, bounded in count and time, and the child
//! process is killed when the harness is dropped. The seed is printed; rerun
//! with `MADOGUCHI_CRASH_SEED=…` to draw the same delays and choices (the
//! interleaving with the server still varies).

#![allow(dead_code, clippy::unwrap_used)]

use futures_util::StreamExt;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// The binary under test (cargo builds it for integration tests and benches).
pub const BIN: &str = env!("CARGO_BIN_EXE_madoguchi");

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// The bound on one HTTP request or websocket handshake.
const NET: Duration = Duration::from_secs(10);
/// The bound on a server becoming healthy.
const HEALTHY_WITHIN: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
pub struct Settings {
    pub seed: u64,
    pub rounds: usize,
    /// The kill comes this many milliseconds after the load starts (uniform).
    pub kill_after_ms: std::ops::Range<u64>,
    /// Issuing tasks at the main office; one more issues at a branch.
    pub issuers: usize,
    /// Desks at the main office; one more calls at the branch.
    pub desks: usize,
    /// Display boards on the main office's feed; one more follows the branch.
    pub boards: usize,
    /// How many tickets touched in a round are also read back through the API.
    pub api_checks_per_round: usize,
    /// Print a line per round as it completes.
    pub verbose: bool,
    /// For the harness's own test: damage the data between the first kill
    /// and the restart, so that the checks must fail.
    pub sabotage: Sabotage,
}

/// What the harness's self-test does to the data file while the server is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sabotage {
    None,
    /// Deletes one acknowledged waiting ticket.
    LoseTicket,
    /// Puts one acknowledged finished ticket back to waiting.
    UndoMove,
    /// Deletes the main office's last three events.
    RewindSeq,
}

impl Settings {
    /// A few rounds, for CI.
    pub fn ci(seed: u64) -> Settings {
        Settings {
            seed,
            rounds: 3,
            kill_after_ms: 150..1200,
            issuers: 3,
            desks: 3,
            boards: 3,
            api_checks_per_round: 200,
            verbose: true,
            sabotage: Sabotage::None,
        }
    }

    /// The bench's run.
    pub fn bench(seed: u64, rounds: usize) -> Settings {
        Settings { rounds, kill_after_ms: 100..2500, api_checks_per_round: 400, ..Settings::ci(seed) }
    }
}

/// `MADOGUCHI_CRASH_SEED` when set, else a fresh seed (printed by the run).
pub fn seed_from_env() -> u64 {
    if let Some(s) = std::env::var("MADOGUCHI_CRASH_SEED").ok().and_then(|s| s.trim().parse().ok()) {
        return s;
    }
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    (nanos ^ u64::from(std::process::id()).rotate_left(40)) % 1_000_000_000_000
}

/// A task's own random stream, derived from the run's seed.
fn rng_for(seed: u64, round: usize, role: u64, index: usize) -> StdRng {
    let mix = seed ^ (round as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ role.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ (index as u64).wrapping_mul(0x1656_67B1_9E37_79F9);
    StdRng::seed_from_u64(mix)
}

// ---------------------------------------------------------------------------
// The workload's offices
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct Office {
    id: &'static str,
    /// Queues the kiosks issue to; every one is served by a desk below.
    queues: &'static [&'static str],
    /// Desk counters, used in turn.
    counters: &'static [&'static str],
    /// A queue nobody in the harness serves: tickets there are cancelled
    /// while waiting, without racing a desk.
    unserved: Option<&'static str>,
}

const MAIN: Office = Office { id: "yahatanishi", queues: &["A", "B", "C"], counters: &["1", "3", "7"], unserved: Some("M") };
const BRANCH: Office = Office { id: "orio", queues: &["A", "B"], counters: &["2"], unserved: None };
const OFFICES: [&Office; 2] = [&MAIN, &BRANCH];

fn office(id: &str) -> &'static Office {
    OFFICES.iter().find(|o| o.id == id).copied().unwrap_or(&MAIN)
}

#[derive(Debug, Clone)]
struct Tokens {
    admin: String,
    kiosk: HashMap<&'static str, String>,
    staff: HashMap<&'static str, String>,
    display: HashMap<&'static str, String>,
}

fn mint_tokens(data: &Path) -> Tokens {
    let db = store::Db::open(data).expect("open the data dir");
    let conn = db.connect(false).expect("connect");
    let mint = |role: &str, office: Option<&str>| {
        let tok = madoguchi_server::auth::new_token();
        store::tokens::insert(&conn, &madoguchi_server::auth::hash(&tok), role, office, Some("crash-harness"), 0).expect("insert token");
        tok
    };
    let admin = mint("admin", None);
    let (mut kiosk, mut staff, mut display) = (HashMap::new(), HashMap::new(), HashMap::new());
    for o in OFFICES {
        kiosk.insert(o.id, mint("kiosk", Some(o.id)));
        staff.insert(o.id, mint("staff", Some(o.id)));
        display.insert(o.id, mint("display", Some(o.id)));
    }
    Tokens { admin, kiosk, staff, display }
}

// ---------------------------------------------------------------------------
// The process
// ---------------------------------------------------------------------------

/// The real binary, serving a data directory on a loopback port. Killed
/// (SIGKILL) when dropped.
pub struct Proc {
    child: Child,
    pub base: String,
    pub log: PathBuf,
    /// From the spawn to the first `/healthz` 200.
    pub cold_start: Duration,
}

impl Proc {
    /// Spawns `madoguchi serve` on a free port and polls `/healthz` every
    /// 2 ms until it answers 200. Another port is tried when the process
    /// exits first (the port was taken in between).
    pub async fn start(data: &Path, logs: &Path, tag: &str) -> Result<Proc, String> {
        let quick = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(1))
            .pool_max_idle_per_host(0)
            .build()
            .map_err(|e| e.to_string())?;
        for attempt in 0..5 {
            let port = {
                let l = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
                l.local_addr().map_err(|e| e.to_string())?.port()
            };
            let log = logs.join(format!("server-{tag}-{attempt}.log"));
            let file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
            let spawned = Instant::now();
            let child = Command::new(BIN)
                .args(["serve", "--data", data.to_str().ok_or("non-utf-8 path")?, "--listen", &format!("127.0.0.1:{port}"), "--reception-always"])
                .env_remove("MADOGUCHI_CONFIG")
                .env_remove("MADOGUCHI_PUBLIC_URL")
                .env_remove("MADOGUCHI_DATA")
                .env_remove("MADOGUCHI_LISTEN")
                // The harness's kiosks issue at machine speed.
                .env("MADOGUCHI_KIOSK_RATE", "off")
                .stdin(Stdio::null())
                .stdout(Stdio::from(file.try_clone().map_err(|e| e.to_string())?))
                .stderr(Stdio::from(file))
                .spawn()
                .map_err(|e| format!("spawn {BIN}: {e}"))?;
            let mut p = Proc { child, base: format!("http://127.0.0.1:{port}"), log, cold_start: Duration::ZERO };
            let url = format!("{}/healthz", p.base);
            loop {
                if let Ok(Some(_)) = p.child.try_wait() {
                    break; // exited: try another port
                }
                if let Ok(r) = quick.get(&url).send().await
                    && r.status().as_u16() == 200
                {
                    p.cold_start = spawned.elapsed();
                    return Ok(p);
                }
                if spawned.elapsed() > HEALTHY_WITHIN {
                    let log = p.log_text();
                    p.kill();
                    return Err(format!("madoguchi did not answer /healthz within {HEALTHY_WITHIN:?}; log:\n{log}"));
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            if attempt == 4 {
                return Err(format!("madoguchi serve exited before it was healthy; log:\n{}", p.log_text()));
            }
        }
        Err("madoguchi serve never became healthy".into())
    }

    /// SIGKILL, and reap.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill();
        }
    }
}

fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(NET)
        .connect_timeout(Duration::from_secs(2))
        .pool_max_idle_per_host(32)
        .build()
        .expect("reqwest client")
}

// ---------------------------------------------------------------------------
// What the clients were told
// ---------------------------------------------------------------------------

fn rank(status: &str) -> u8 {
    match status {
        "waiting" => 0,
        "called" => 1,
        "serving" => 2,
        _ => 3,
    }
}

/// A ticket some client got an answer about.
#[derive(Debug, Clone)]
struct Known {
    office: String,
    number: String,
    /// Its business day in Tokyo.
    day: String,
    /// The last acknowledged state.
    status: String,
    counter: Option<String>,
    /// Targets of moves sent but never answered (the kill came first).
    pending: Vec<String>,
    /// The last round it was acknowledged or tried in.
    round: usize,
}

#[derive(Debug, Default)]
struct Ledger {
    tickets: HashMap<String, Known>,
    /// (office, day, number) → id: a number acknowledged for two ids is given twice.
    numbers: HashMap<(String, String, String), String>,
    /// call-next requests of this round that never got an answer: (office, counter).
    unanswered_calls: Vec<(String, String)>,
    failures: Vec<String>,
}

fn tokyo_day(issued_at: &str) -> Option<String> {
    let ts: jiff::Timestamp = issued_at.parse().ok()?;
    let tz = jiff::tz::TimeZone::get("Asia/Tokyo").ok()?;
    Some(ts.to_zoned(tz).date().to_string())
}

fn str_of(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_owned()
}

impl Ledger {
    fn fail(&mut self, round: usize, msg: String) {
        self.failures.push(format!("round {round}: {msg}"));
    }

    /// Learns a ticket from an answer; checks that its number is not
    /// another ticket's.
    fn learn(&mut self, t: &Value, round: usize) -> Option<String> {
        let id = str_of(t, "id");
        let number = str_of(t, "number");
        let office = str_of(t, "office");
        if id.is_empty() || number.is_empty() || office.is_empty() {
            self.fail(round, format!("an acknowledged ticket lacks id, number or office: {t}"));
            return None;
        }
        let Some(day) = tokyo_day(&str_of(t, "issued_at")) else {
            self.fail(round, format!("ticket {number} ({id}): bad issued_at: {t}"));
            return None;
        };
        if let Some(k) = self.tickets.get(&id) {
            if k.number != number {
                let was = k.number.clone();
                self.fail(round, format!("ticket {id} was acknowledged as {was} and now as {number}"));
            }
            return Some(id);
        }
        let key = (office.clone(), day.clone(), number.clone());
        if let Some(other) = self.numbers.get(&key)
            && *other != id
        {
            let other = other.clone();
            self.fail(round, format!("{office} {day}: number {number} acknowledged twice, for {other} and {id}"));
        }
        self.numbers.insert(key, id.clone());
        let status = str_of(t, "status");
        self.tickets.insert(id.clone(), Known { office, number, day, status, counter: t["counter"].as_str().map(str::to_owned), pending: Vec::new(), round });
        Some(id)
    }

    fn ack_issue(&mut self, t: &Value, queue: &str, round: usize) -> Option<String> {
        // A desk may have called it (and told the ledger) before this answer
        // is recorded; `learn` then only checks the number.
        let id = self.learn(t, round)?;
        if str_of(t, "status") != "waiting" {
            self.fail(round, format!("a new ticket is not waiting: {t}"));
        }
        let number = str_of(t, "number");
        if number.split_once('-').map(|(p, _)| p) != Some(queue) {
            self.fail(round, format!("issued to queue {queue}, got number {number}"));
        }
        Some(id)
    }

    fn ack_call(&mut self, t: &Value, counter: &str, round: usize) -> Option<String> {
        let id = str_of(t, "id");
        if let Some(k) = self.tickets.get(&id)
            && k.status != "waiting"
        {
            let msg = format!("counter {counter} was given {} ({id}), already acknowledged {} at {:?}", k.number, k.status, k.counter);
            self.fail(round, msg);
        }
        let id = self.learn(t, round)?;
        if str_of(t, "status") != "called" || t["counter"].as_str() != Some(counter) {
            self.fail(round, format!("call-next at counter {counter} answered {t}"));
        }
        let k = self.tickets.get_mut(&id)?;
        k.status = "called".into();
        k.counter = Some(counter.to_owned());
        k.round = round;
        Some(id)
    }

    fn intend(&mut self, id: &str, target: &str, round: usize) {
        if let Some(k) = self.tickets.get_mut(id) {
            k.pending.push(target.to_owned());
            k.round = round;
        }
    }

    /// Any answer settles a move: forget its target.
    fn settle(&mut self, id: &str, target: &str) {
        if let Some(k) = self.tickets.get_mut(id)
            && let Some(i) = k.pending.iter().position(|p| p == target)
        {
            k.pending.remove(i);
        }
    }

    fn ack_move(&mut self, t: &Value, target: &str, round: usize) {
        let id = str_of(t, "id");
        self.settle(&id, target);
        let before = self.tickets.get(&id).map(|k| k.status.clone());
        let Some(id) = self.learn(t, round) else { return };
        let status = str_of(t, "status");
        if status != target {
            self.fail(round, format!("a move to {target} answered {t}"));
        }
        if let Some(b) = before
            && rank(&status) < rank(&b)
        {
            self.fail(round, format!("{} went back from {b} to {status}", str_of(t, "number")));
        }
        if let Some(k) = self.tickets.get_mut(&id) {
            k.status = status;
            k.counter = t["counter"].as_str().map(str::to_owned);
            k.round = round;
        }
    }
}

// ---------------------------------------------------------------------------
// One round's shared context
// ---------------------------------------------------------------------------

struct Ctx {
    round: usize,
    base: String,
    http: reqwest::Client,
    tokens: Tokens,
    ledger: Arc<Mutex<Ledger>>,
    /// Set just before the SIGKILL: from then on, errors are expected.
    killed: AtomicBool,
    /// HTTP requests sent and not yet answered.
    inflight: AtomicUsize,
    acked_issues: AtomicUsize,
    acked_moves: AtomicUsize,
    /// Requests that failed after reaching the connection (the kill's victims).
    lost: AtomicUsize,
    /// The longest pause of an issuer between two tickets.
    issue_pause_ms: u64,
}

impl Ctx {
    fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn fail(&self, msg: String) {
        let round = self.round;
        self.ledger().fail(round, msg);
    }

    fn alive(&self) -> bool {
        !self.killed.load(Ordering::SeqCst)
    }
}

enum Answer {
    Got(u16, Value),
    Lost,
}

async fn post(ctx: &Ctx, token: &str, path: &str, body: Option<Value>) -> Answer {
    if !ctx.alive() {
        return Answer::Lost;
    }
    let mut req = ctx.http.post(format!("{}{path}", ctx.base)).bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    ctx.inflight.fetch_add(1, Ordering::SeqCst);
    let res = async {
        let r = req.send().await?;
        let st = r.status().as_u16();
        let bytes = r.bytes().await?;
        Ok::<_, reqwest::Error>((st, bytes))
    }
    .await;
    ctx.inflight.fetch_sub(1, Ordering::SeqCst);
    match res {
        Ok((st, b)) => Answer::Got(st, serde_json::from_slice(&b).unwrap_or(Value::Null)),
        Err(e) => {
            if ctx.alive() {
                ctx.fail(format!("POST {path} failed while the server was up: {e}"));
            } else if !e.is_connect() {
                ctx.lost.fetch_add(1, Ordering::SeqCst);
            }
            Answer::Lost
        }
    }
}

fn pause(rng: &mut StdRng, max_ms: u64) -> tokio::time::Sleep {
    tokio::time::sleep(Duration::from_millis(rng.random_range(0..=max_ms)))
}

// ---------------------------------------------------------------------------
// Kiosks and desks
// ---------------------------------------------------------------------------

async fn issuer(ctx: Arc<Ctx>, office: &'static Office, mut rng: StdRng) {
    let kiosk = ctx.tokens.kiosk[office.id].clone();
    let staff = ctx.tokens.staff[office.id].clone();
    let path = format!("/api/v1/offices/{}/tickets", office.id);
    while ctx.alive() {
        // Now and then a ticket for a queue no desk serves, cancelled while it waits.
        let unserved = office.unserved.filter(|_| rng.random_bool(0.06));
        let queue = unserved.unwrap_or_else(|| office.queues[rng.random_range(0..office.queues.len())]);
        let id = match post(&ctx, &kiosk, &path, Some(json!({"queue": queue, "lang": "ja"}))).await {
            Answer::Got(201, t) => {
                ctx.acked_issues.fetch_add(1, Ordering::SeqCst);
                ctx.ledger().ack_issue(&t, queue, ctx.round)
            }
            Answer::Got(st, b) => {
                if ctx.alive() {
                    ctx.fail(format!("issue at {} answered {st}: {b}", office.id));
                }
                return;
            }
            Answer::Lost => return,
        };
        if let (Some(id), Some(_)) = (id, unserved)
            && rng.random_bool(0.6)
        {
            pause(&mut rng, 5).await;
            if !act(&ctx, &staff, &id, "cancel", "cancelled").await {
                return;
            }
        }
        pause(&mut rng, ctx.issue_pause_ms).await;
    }
}

/// Sends a move; false when the server is gone.
async fn act(ctx: &Ctx, staff: &str, id: &str, action: &str, target: &str) -> bool {
    if !ctx.alive() {
        return false;
    }
    ctx.ledger().intend(id, target, ctx.round);
    match post(ctx, staff, &format!("/api/v1/tickets/{id}/{action}"), None).await {
        Answer::Got(200, t) => {
            ctx.acked_moves.fetch_add(1, Ordering::SeqCst);
            ctx.ledger().ack_move(&t, target, ctx.round);
            true
        }
        Answer::Got(st, b) => {
            ctx.ledger().settle(id, target);
            if ctx.alive() {
                ctx.fail(format!("{action} of {id} answered {st}: {b}"));
            }
            ctx.alive()
        }
        Answer::Lost => false,
    }
}

async fn desk(ctx: Arc<Ctx>, office: &'static Office, counter: &'static str, adopt: Option<String>, mut rng: StdRng) {
    let staff = ctx.tokens.staff[office.id].clone();
    // A ticket left at this counter by the last crash is finished first.
    if let Some(id) = adopt
        && !act(&ctx, &staff, &id, "finish", "done").await
    {
        return;
    }
    let path = format!("/api/v1/offices/{}/counters/{counter}/call-next", office.id);
    while ctx.alive() {
        let id = match post(&ctx, &staff, &path, None).await {
            Answer::Got(200, t) => {
                ctx.acked_moves.fetch_add(1, Ordering::SeqCst);
                ctx.ledger().ack_call(&t, counter, ctx.round)
            }
            Answer::Got(204, _) => {
                pause(&mut rng, 30).await;
                continue;
            }
            Answer::Got(st, b) => {
                if ctx.alive() {
                    ctx.fail(format!("call-next at {} {counter} answered {st}: {b}", office.id));
                }
                return;
            }
            Answer::Lost => {
                ctx.ledger().unanswered_calls.push((office.id.to_owned(), counter.to_owned()));
                return;
            }
        };
        let Some(id) = id else { return };
        pause(&mut rng, 10).await;
        if rng.random_bool(0.1) && !act(&ctx, &staff, &id, "recall", "called").await {
            return;
        }
        let r: f64 = rng.random();
        let steps: &[(&str, &str)] = if r < 0.08 {
            &[("no-show", "no_show")]
        } else if r < 0.12 {
            &[("cancel", "cancelled")]
        } else if r < 0.3 {
            &[("finish", "done")]
        } else {
            &[("start", "serving"), ("finish", "done")]
        };
        for (action, target) in steps {
            pause(&mut rng, 10).await;
            if !act(&ctx, &staff, &id, action, target).await {
                return;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Display boards
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Stays connected for the whole round.
    Steady,
    /// Drops its connection now and then and resumes with `?since=LAST`.
    Since,
    /// Reloads now and then: a fresh connection, no `since`.
    Reload,
}

struct Board {
    name: String,
    office: &'static str,
    token: String,
    mode: Mode,
    /// The last `seq` this board was shown (snapshot or event).
    last: Option<u64>,
    ws: Option<Ws>,
    /// Events shown this round: seq → (type, ticket id).
    seen: BTreeMap<u64, (String, Option<String>)>,
    /// Snapshots received.
    snapshots: usize,
    resumed_by_replay: usize,
    resumed_by_snapshot: usize,
}

impl Board {
    /// Applies one message; an error describes a broken promise.
    fn take(&mut self, text: &str) -> Result<&'static str, String> {
        if text.contains("\"token\"") || text.contains("status_url") {
            return Err(format!("{}: a feed message carries a resident's token: {text}", self.name));
        }
        let v: Value = serde_json::from_str(text).map_err(|e| format!("{}: not JSON ({e}): {text}", self.name))?;
        let ty = v["type"].as_str().unwrap_or_default().to_owned();
        let Some(seq) = v["seq"].as_u64() else {
            return if ty == "pong" { Ok("other") } else { Err(format!("{}: a message without seq: {text}", self.name)) };
        };
        if ty == "snapshot" {
            if let Some(last) = self.last
                && seq < last
            {
                return Err(format!("{}: snapshot seq {seq} after seq {last}: seq went backwards", self.name));
            }
            self.last = Some(seq);
            self.snapshots += 1;
            return Ok("snapshot");
        }
        if let Some(last) = self.last
            && seq != last + 1
        {
            return Err(format!("{}: event seq {seq} after seq {last} (type {ty})", self.name));
        }
        self.last = Some(seq);
        self.seen.insert(seq, (ty, v["ticket"]["id"].as_str().map(str::to_owned)));
        Ok("event")
    }
}

async fn ws_open(base: &str, office: &str, since: Option<u64>, token: &str) -> Result<Ws, String> {
    let mut url = format!("{}/ws/office/{office}", base.replacen("http://", "ws://", 1));
    if let Some(s) = since {
        let _ = write!(url, "?since={s}");
    }
    let mut req = url.as_str().into_client_request().map_err(|e| e.to_string())?;
    req.headers_mut().insert("authorization", format!("Bearer {token}").parse().map_err(|_| "header")?);
    match tokio::time::timeout(NET, tokio_tungstenite::connect_async(req)).await {
        Ok(Ok((ws, _))) => Ok(ws),
        Ok(Err(e)) => Err(format!("websocket {url}: {e}")),
        Err(_) => Err(format!("websocket {url}: handshake timed out")),
    }
}

/// The next text message, pings aside; `None` when the socket ended.
async fn ws_text(ws: &mut Ws, within: Duration) -> Result<Option<String>, ()> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await {
            Err(_) => return Err(()),
            Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return Ok(None),
            Ok(Some(Ok(Message::Text(t)))) => return Ok(Some(t.to_string())),
            Ok(Some(Ok(_))) => continue,
        }
    }
}

/// Follows the feed until the kill. Boards in `Since` and `Reload` modes
/// reconnect now and then.
async fn board_round(ctx: Arc<Ctx>, mut b: Board, mut rng: StdRng) -> Board {
    let every = |rng: &mut StdRng| Duration::from_millis(rng.random_range(60..250));
    let mut next_reconnect = tokio::time::Instant::now() + every(&mut rng);
    let mut resuming = false;
    loop {
        if b.ws.is_none() {
            if !ctx.alive() {
                break;
            }
            let since = if b.mode == Mode::Since { b.last } else { None };
            match ws_open(&ctx.base, b.office, since, &b.token).await {
                Ok(ws) => b.ws = Some(ws),
                Err(e) => {
                    if ctx.alive() {
                        ctx.fail(format!("{}: cannot connect while the server is up: {e}", b.name));
                    }
                    break;
                }
            }
        }
        let Some(ws) = b.ws.as_mut() else { break };
        match ws_text(ws, Duration::from_millis(40)).await {
            Err(()) => {}
            Ok(Some(text)) => match b.take(&text) {
                Ok(kind) => {
                    if resuming {
                        resuming = false;
                        if kind == "event" {
                            b.resumed_by_replay += 1;
                        } else if kind == "snapshot" {
                            b.resumed_by_snapshot += 1;
                        }
                    }
                }
                Err(e) => ctx.fail(e),
            },
            Ok(None) => {
                b.ws = None;
                if ctx.alive() {
                    ctx.fail(format!("{}: the feed closed while the server was up", b.name));
                }
                break;
            }
        }
        if b.mode != Mode::Steady && tokio::time::Instant::now() >= next_reconnect && ctx.alive() {
            if let Some(mut ws) = b.ws.take() {
                let _ = tokio::time::timeout(Duration::from_millis(200), ws.close(None)).await;
            }
            resuming = b.mode == Mode::Since && b.last.is_some();
            next_reconnect = tokio::time::Instant::now() + every(&mut rng);
        }
    }
    b.ws = None;
    b
}

// ---------------------------------------------------------------------------
// Reading the disk
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Row {
    office: String,
    day: String,
    prefix: String,
    n: u32,
    queue: String,
    status: String,
    counter: Option<String>,
}

impl Row {
    fn number(&self) -> String {
        format!("{}-{:03}", self.prefix, self.n)
    }
}

struct Disk {
    tickets: HashMap<String, Row>,
    /// office → (count, min seq, max seq)
    seqs: HashMap<String, (u64, u64, u64)>,
    conn: store::rusqlite::Connection,
}

fn read_disk(data: &Path) -> Result<Disk, String> {
    use store::rusqlite::{Connection, OpenFlags};
    let conn = Connection::open_with_flags(data.join(store::DB_FILE), OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| e.to_string())?;
    conn.busy_timeout(Duration::from_secs(5)).map_err(|e| e.to_string())?;
    let mut tickets = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT id, office, day, prefix, n, queue, status, counter FROM tickets").map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Row { office: r.get(1)?, day: r.get(2)?, prefix: r.get(3)?, n: r.get(4)?, queue: r.get(5)?, status: r.get(6)?, counter: r.get(7)? },
                ))
            })
            .map_err(|e| e.to_string())?;
        for r in rows {
            let (id, row) = r.map_err(|e| e.to_string())?;
            tickets.insert(id, row);
        }
    }
    let mut seqs = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT office, COUNT(*), MIN(seq), MAX(seq) FROM events GROUP BY office").map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64, r.get::<_, i64>(3)? as u64))))
            .map_err(|e| e.to_string())?;
        for r in rows {
            let (office, s) = r.map_err(|e| e.to_string())?;
            seqs.insert(office, s);
        }
    }
    Ok(Disk { tickets, seqs, conn })
}

impl Disk {
    fn max_seq(&self, office: &str) -> u64 {
        self.seqs.get(office).map_or(0, |s| s.2)
    }

    fn event(&self, office: &str, seq: u64) -> Result<Option<(String, Option<String>)>, String> {
        use store::rusqlite::OptionalExtension;
        self.conn
            .query_row("SELECT type, ticket FROM events WHERE office = ?1 AND seq = ?2", store::rusqlite::params![office, seq as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(|e| e.to_string())
    }
}

/// Damages the data file of a stopped server (the harness's self-test).
fn sabotage(data: &Path, kind: Sabotage, ledger: &Mutex<Ledger>) -> Result<String, String> {
    use store::rusqlite::{Connection, params};
    let conn = Connection::open(data.join(store::DB_FILE)).map_err(|e| e.to_string())?;
    let pick = |status: &str| {
        let l = ledger.lock().unwrap_or_else(|p| p.into_inner());
        let mut ids: Vec<(&String, &Known)> = l.tickets.iter().filter(|(_, k)| k.status == status && k.pending.is_empty()).collect();
        ids.sort_by(|a, b| a.0.cmp(b.0));
        ids.first().map(|(id, k)| ((*id).clone(), k.number.clone()))
    };
    match kind {
        Sabotage::None => Ok("nothing".into()),
        Sabotage::LoseTicket => {
            let (id, number) = pick("waiting").ok_or("no acknowledged waiting ticket")?;
            conn.execute("DELETE FROM tickets WHERE id = ?1", params![id]).map_err(|e| e.to_string())?;
            Ok(format!("deleted {number} ({id})"))
        }
        Sabotage::UndoMove => {
            let (id, number) = pick("done").ok_or("no acknowledged finished ticket")?;
            conn.execute(
                "UPDATE tickets SET status = 'waiting', counter = NULL, called_at = NULL, started_at = NULL, finished_at = NULL WHERE id = ?1",
                params![id],
            )
            .map_err(|e| e.to_string())?;
            Ok(format!("put {number} ({id}) back to waiting"))
        }
        Sabotage::RewindSeq => {
            // Deep enough that boards were shown some of what goes: up to one
            // change per client in flight (8) can be committed at the kill
            // but never published, and losing only those is not a rewind
            // anyone could notice.
            let n = conn
                .execute("DELETE FROM events WHERE office = ?1 AND seq > (SELECT MAX(seq) - 16 FROM events WHERE office = ?1)", params![MAIN.id])
                .map_err(|e| e.to_string())?;
            Ok(format!("deleted the last {n} events of {}", MAIN.id))
        }
    }
}

// ---------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------

/// What one round did and how the server came back.
#[derive(Debug, Clone, Default)]
pub struct RoundReport {
    pub round: usize,
    pub kill_after_ms: u64,
    /// 201s received this round.
    pub acked_issues: usize,
    /// 200s to call-next and moves this round.
    pub acked_moves: usize,
    /// HTTP requests sent and unanswered at the moment of the kill.
    pub in_flight_at_kill: usize,
    /// Requests that reached a connection and never got their answer.
    pub lost_requests: usize,
    /// Tickets on disk that no client was ever told about (committed in flight).
    pub unacknowledged_on_disk: usize,
    pub tickets_on_disk: usize,
    /// The main office's `seq` after the restart.
    pub seq_after: u64,
    /// The highest `seq` any board of the main office was shown before the kill.
    pub board_seq_before: u64,
    /// From the SIGKILL to the new process's first `/healthz` 200.
    pub recovery: Duration,
    /// From the new process's spawn to its first `/healthz` 200.
    pub cold_start: Duration,
    /// Board resumptions during the round: by replay / by snapshot.
    pub resumed_by_replay: usize,
    pub resumed_by_snapshot: usize,
    pub check_time: Duration,
    pub failures: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct RunReport {
    pub seed: u64,
    /// The first start, on an empty data directory.
    pub first_start: Duration,
    pub rounds: Vec<RoundReport>,
    pub failures: Vec<String>,
    /// Kept when something failed: logs and the database.
    pub kept_dir: Option<PathBuf>,
    pub total_known_tickets: usize,
}

pub fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl RoundReport {
    pub fn header() -> String {
        format!(
            "{:>5} {:>7} {:>7} {:>7} {:>9} {:>6} {:>8} {:>7} {:>8} {:>8} {:>9} {:>8} {:>7}",
            "round", "kill_ms", "issued", "moves", "inflight", "lost", "unacked", "on_disk", "seq", "board", "recov_ms", "cold_ms", "resume"
        )
    }

    pub fn line(&self) -> String {
        format!(
            "{:>5} {:>7} {:>7} {:>7} {:>9} {:>6} {:>8} {:>7} {:>8} {:>8} {:>9.1} {:>8.1} {:>3}r/{}s{}",
            self.round,
            self.kill_after_ms,
            self.acked_issues,
            self.acked_moves,
            self.in_flight_at_kill,
            self.lost_requests,
            self.unacknowledged_on_disk,
            self.tickets_on_disk,
            self.seq_after,
            self.board_seq_before,
            ms(self.recovery),
            ms(self.cold_start),
            self.resumed_by_replay,
            self.resumed_by_snapshot,
            if self.failures.is_empty() { String::new() } else { format!("  FAILED ({})", self.failures.len()) }
        )
    }
}

impl RunReport {
    pub fn summary(&self) -> String {
        let r = &self.rounds;
        let med = |f: &dyn Fn(&RoundReport) -> f64| median(r.iter().map(f).collect());
        let mut s = String::new();
        let _ = writeln!(s, "seed {} · {} rounds · {} tickets acknowledged in all", self.seed, r.len(), self.total_known_tickets);
        let _ = writeln!(s, "first start (empty data dir) to /healthz 200: {:.1} ms", ms(self.first_start));
        let _ = writeln!(
            s,
            "medians per round: {:.0} issues acknowledged, {:.0} moves acknowledged, {:.0} requests in flight at the kill, {:.0} lost, {:.0} committed but unacknowledged",
            med(&|x| x.acked_issues as f64),
            med(&|x| x.acked_moves as f64),
            med(&|x| x.in_flight_at_kill as f64),
            med(&|x| x.lost_requests as f64),
            med(&|x| x.unacknowledged_on_disk as f64),
        );
        let _ = writeln!(
            s,
            "median recovery (SIGKILL → /healthz 200): {:.1} ms (max {:.1}); median cold start (spawn → /healthz 200): {:.1} ms (max {:.1})",
            med(&|x| ms(x.recovery)),
            r.iter().map(|x| ms(x.recovery)).fold(0.0, f64::max),
            med(&|x| ms(x.cold_start)),
            r.iter().map(|x| ms(x.cold_start)).fold(0.0, f64::max),
        );
        let _ = writeln!(s, "median check time per round: {:.0} ms", med(&|x| ms(x.check_time)));
        if self.failures.is_empty() {
            let _ = writeln!(s, "all checks passed");
        } else {
            let _ = writeln!(s, "{} FAILURES (seed {}; rerun with MADOGUCHI_CRASH_SEED={}):", self.failures.len(), self.seed, self.seed);
            for f in self.failures.iter().take(40) {
                let _ = writeln!(s, "  - {f}");
            }
            if self.failures.len() > 40 {
                let _ = writeln!(s, "  … and {} more", self.failures.len() - 40);
            }
            if let Some(d) = &self.kept_dir {
                let _ = writeln!(s, "data directory and server logs kept in {}", d.display());
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

pub async fn run(settings: Settings) -> RunReport {
    let root = tempfile::Builder::new().prefix("madoguchi-crash-").tempdir().expect("tempdir");
    let data = root.path().join("data");
    let logs = root.path().to_path_buf();
    let tokens = mint_tokens(&data);
    let mut report = RunReport { seed: settings.seed, ..Default::default() };
    if settings.verbose {
        eprintln!("crash harness: seed {} (MADOGUCHI_CRASH_SEED={} reproduces the draws), {} rounds", settings.seed, settings.seed, settings.rounds);
    }
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut proc = match Proc::start(&data, &logs, "0").await {
        Ok(p) => p,
        Err(e) => {
            report.failures.push(e);
            report.kept_dir = Some(root.keep());
            return report;
        }
    };
    report.first_start = proc.cold_start;

    let mut boards: Vec<Board> = Vec::new();
    for i in 0..settings.boards {
        let mode = [Mode::Steady, Mode::Since, Mode::Reload][i % 3];
        boards.push(Board::new(format!("board {i} ({mode:?}, {})", MAIN.id), MAIN.id, tokens.display[MAIN.id].clone(), mode));
    }
    boards.push(Board::new(format!("board {} (Steady, {})", settings.boards, BRANCH.id), BRANCH.id, tokens.display[BRANCH.id].clone(), Mode::Steady));
    let mut adopt: HashMap<(String, String), String> = HashMap::new();
    let mut known_on_disk: HashSet<String> = HashSet::new();
    let mut master = rng_for(settings.seed, 0, 0, 0);

    for round in 1..=settings.rounds {
        let kill_after = master.random_range(settings.kill_after_ms.clone());
        let ctx = Arc::new(Ctx {
            round,
            base: proc.base.clone(),
            http: http_client(),
            tokens: tokens.clone(),
            ledger: ledger.clone(),
            killed: AtomicBool::new(false),
            inflight: AtomicUsize::new(0),
            acked_issues: AtomicUsize::new(0),
            acked_moves: AtomicUsize::new(0),
            lost: AtomicUsize::new(0),
            issue_pause_ms: 8,
        });
        ledger.lock().unwrap_or_else(|p| p.into_inner()).unanswered_calls.clear();

        // Load.
        let mut workers = Vec::new();
        for i in 0..=settings.issuers {
            let o = if i == settings.issuers { &BRANCH } else { &MAIN };
            workers.push(tokio::spawn(issuer(ctx.clone(), o, rng_for(settings.seed, round, 1, i))));
        }
        for i in 0..=settings.desks {
            let (o, c) = if i == settings.desks { (&BRANCH, BRANCH.counters[0]) } else { (&MAIN, MAIN.counters[i % MAIN.counters.len()]) };
            let a = adopt.remove(&(o.id.to_owned(), c.to_owned()));
            workers.push(tokio::spawn(desk(ctx.clone(), o, c, a, rng_for(settings.seed, round, 2, i))));
        }
        let mut board_tasks = Vec::new();
        for (i, mut b) in boards.drain(..).enumerate() {
            b.resumed_by_replay = 0;
            b.resumed_by_snapshot = 0;
            board_tasks.push(tokio::spawn(board_round(ctx.clone(), b, rng_for(settings.seed, round, 3, i))));
        }

        // The kill.
        tokio::time::sleep(Duration::from_millis(kill_after)).await;
        let in_flight = ctx.inflight.load(Ordering::SeqCst);
        ctx.killed.store(true, Ordering::SeqCst);
        let killed_at = Instant::now();
        proc.kill();
        if round == 1 && settings.sabotage != Sabotage::None {
            match sabotage(&data, settings.sabotage, &ledger) {
                Ok(what) => eprintln!("sabotage: {what}"),
                Err(e) => ctx.fail(format!("sabotage failed: {e}")),
            }
        }

        // The restart.
        let restarted = Proc::start(&data, &logs, &round.to_string()).await;
        let recovery = killed_at.elapsed();
        for w in workers {
            if tokio::time::timeout(Duration::from_secs(20), w).await.is_err() {
                ctx.fail("a client task did not stop within 20 s of the kill".into());
            }
        }
        for t in board_tasks {
            match tokio::time::timeout(Duration::from_secs(20), t).await {
                Ok(Ok(b)) => boards.push(b),
                _ => ctx.fail("a board task did not stop within 20 s of the kill".into()),
            }
        }
        proc = match restarted {
            Ok(p) => p,
            Err(e) => {
                ctx.fail(format!("the restart failed: {e}"));
                let mut l = ledger.lock().unwrap_or_else(|p| p.into_inner());
                report.failures.append(&mut l.failures);
                report.kept_dir = Some(root.keep());
                return report;
            }
        };

        let mut rr = RoundReport {
            round,
            kill_after_ms: kill_after,
            acked_issues: ctx.acked_issues.load(Ordering::SeqCst),
            acked_moves: ctx.acked_moves.load(Ordering::SeqCst),
            in_flight_at_kill: in_flight,
            lost_requests: ctx.lost.load(Ordering::SeqCst),
            recovery,
            cold_start: proc.cold_start,
            ..Default::default()
        };
        rr.board_seq_before = boards.iter().filter(|b| b.office == MAIN.id).filter_map(|b| b.last).max().unwrap_or(0);
        rr.resumed_by_replay = boards.iter().map(|b| b.resumed_by_replay).sum();
        rr.resumed_by_snapshot = boards.iter().map(|b| b.resumed_by_snapshot).sum();

        // The checks.
        let started = Instant::now();
        let check = Check { settings: &settings, round, base: &proc.base, http: http_client(), tokens: &tokens, data: &data };
        let mut rng = rng_for(settings.seed, round, 4, 0);
        let checked = check.run(&ledger, &mut boards, &mut known_on_disk, &mut rng, &mut rr).await;
        rr.check_time = started.elapsed();
        {
            let mut l = ledger.lock().unwrap_or_else(|p| p.into_inner());
            match checked {
                Ok(a) => adopt = a,
                Err(e) => l.fail(round, e),
            }
            rr.failures = std::mem::take(&mut l.failures);
        }
        report.failures.extend(rr.failures.iter().cloned());
        if settings.verbose {
            if round == 1 {
                eprintln!("{}", RoundReport::header());
            }
            eprintln!("{}", rr.line());
        }
        report.rounds.push(rr);
    }
    proc.kill();
    report.total_known_tickets = ledger.lock().unwrap_or_else(|p| p.into_inner()).tickets.len();
    if !report.failures.is_empty() {
        report.kept_dir = Some(root.keep());
    }
    report
}

impl Board {
    fn new(name: String, office: &'static str, token: String, mode: Mode) -> Board {
        Board {
            name,
            office,
            token,
            mode,
            last: None,
            ws: None,
            seen: BTreeMap::new(),
            snapshots: 0,
            resumed_by_replay: 0,
            resumed_by_snapshot: 0,
        }
    }
}

struct Check<'a> {
    settings: &'a Settings,
    round: usize,
    base: &'a str,
    http: reqwest::Client,
    tokens: &'a Tokens,
    data: &'a Path,
}

impl Check<'_> {
    async fn get(&self, path: &str) -> Result<(u16, Value), String> {
        let r = self.http.get(format!("{}{path}", self.base)).bearer_auth(&self.tokens.admin).send().await.map_err(|e| format!("GET {path}: {e}"))?;
        let st = r.status().as_u16();
        let b = r.bytes().await.map_err(|e| format!("GET {path}: {e}"))?;
        Ok((st, serde_json::from_slice(&b).unwrap_or(Value::Null)))
    }

    /// Runs every check of a round; failures go to `rr.failures` through the
    /// ledger. Returns the tickets left at the desks' counters, to finish.
    async fn run(
        &self,
        ledger: &Mutex<Ledger>,
        boards: &mut [Board],
        known_on_disk: &mut HashSet<String>,
        rng: &mut StdRng,
        rr: &mut RoundReport,
    ) -> Result<HashMap<(String, String), String>, String> {
        let round = self.round;
        let mut fails: Vec<String> = Vec::new();
        let disk = read_disk(self.data)?;
        rr.tickets_on_disk = disk.tickets.len();
        rr.seq_after = disk.max_seq(MAIN.id);

        // 1. Numbers: per office, day and queue, 1..n, each once.
        let mut groups: BTreeMap<(String, String, String), Vec<u32>> = BTreeMap::new();
        for row in disk.tickets.values() {
            groups.entry((row.office.clone(), row.day.clone(), row.prefix.clone())).or_default().push(row.n);
        }
        for ((office, day, prefix), mut ns) in groups {
            ns.sort_unstable();
            let want: Vec<u32> = (1..=ns.len() as u32).collect();
            if ns != want {
                let mut dup = Vec::new();
                let mut gap = Vec::new();
                let set: HashSet<u32> = ns.iter().copied().collect();
                for w in ns.windows(2) {
                    if w[0] == w[1] {
                        dup.push(w[0]);
                    }
                }
                let max = ns.last().copied().unwrap_or(0);
                for n in 1..=max {
                    if !set.contains(&n) {
                        gap.push(n);
                    }
                }
                fails.push(format!("{office} {day} queue {prefix}: numbers not 1..n: duplicated {dup:?}, missing {gap:?}"));
            }
        }

        // 2. Every acknowledged ticket, as acknowledged (or a move in flight further).
        let touched: Vec<String>;
        {
            let mut l = ledger.lock().unwrap_or_else(|p| p.into_inner());
            let mut calls = std::mem::take(&mut l.unanswered_calls);
            let mut reconcile: Vec<(String, String, Option<String>)> = Vec::new();
            for (id, k) in &l.tickets {
                let Some(row) = disk.tickets.get(id) else {
                    fails.push(format!("acknowledged ticket {} {} ({id}, {}) is lost", k.office, k.number, k.status));
                    continue;
                };
                if row.number() != k.number || row.office != k.office || row.day != k.day {
                    fails.push(format!("{} ({id}) was acknowledged as {} {} {}, disk has {} {} {}", k.number, k.office, k.day, k.number, row.office, row.day, row.number()));
                }
                let ok = if row.status == k.status {
                    if row.counter != k.counter && rank(&row.status) > 0 {
                        fails.push(format!("{} {}: acknowledged {} at counter {:?}, disk has counter {:?}", k.office, k.number, k.status, k.counter, row.counter));
                    }
                    true
                } else if k.pending.contains(&row.status) {
                    true
                } else if k.status == "waiting"
                    && row.status == "called"
                    && let Some(i) = calls.iter().position(|(o, c)| *o == row.office && Some(c) == row.counter.as_ref())
                {
                    // A call-next that never got its answer called it.
                    calls.remove(i);
                    true
                } else {
                    false
                };
                if !ok {
                    fails.push(format!(
                        "{} {} ({id}): acknowledged {} (moves in flight: {:?}), disk has {} at {:?}",
                        k.office, k.number, k.status, k.pending, row.status, row.counter
                    ));
                } else if rank(&row.status) < rank(&k.status) {
                    fails.push(format!("{} {}: acknowledged {}, disk has the earlier {}", k.office, k.number, k.status, row.status));
                }
                if row.status != k.status || row.counter != k.counter || !k.pending.is_empty() {
                    reconcile.push((id.clone(), row.status.clone(), row.counter.clone()));
                }
            }
            // From now on the disk's answer is what the clients would see.
            for (id, status, counter) in reconcile {
                if let Some(k) = l.tickets.get_mut(&id) {
                    k.status = status;
                    k.counter = counter;
                    k.pending.clear();
                }
            }
            let fresh: Vec<&String> = disk.tickets.keys().filter(|id| !l.tickets.contains_key(*id) && !known_on_disk.contains(*id)).collect();
            rr.unacknowledged_on_disk = fresh.len();
            known_on_disk.extend(fresh.into_iter().cloned());
            touched = l.tickets.iter().filter(|(_, k)| k.round == round).map(|(id, _)| id.clone()).collect();
        }

        // 3. The same through the API, for a sample of this round's tickets.
        let mut sample = touched;
        sample.sort();
        for i in (1..sample.len()).rev() {
            let j = rng.random_range(0..=i);
            sample.swap(i, j);
        }
        sample.truncate(self.settings.api_checks_per_round);
        for id in &sample {
            let Some(row) = disk.tickets.get(id) else { continue };
            let (st, t) = self.get(&format!("/api/v1/tickets/{id}")).await?;
            if st != 200 {
                fails.push(format!("GET ticket {} ({id}) answered {st}: {t}", row.number()));
                continue;
            }
            if str_of(&t, "number") != row.number() || str_of(&t, "status") != row.status || t["counter"].as_str() != row.counter.as_deref() {
                fails.push(format!("GET ticket {id} says {} {} {:?}; disk has {} {} {:?}", t["number"], t["status"], t["counter"], row.number(), row.status, row.counter));
            }
        }

        // 4. The event log: contiguous per office; what boards were shown is on disk.
        for (office, (count, min, max)) in &disk.seqs {
            if *min != 1 || *count != *max {
                fails.push(format!("{office}: the event log holds {count} events with seq {min}..={max}: seq has gaps"));
            }
        }
        for b in boards.iter_mut() {
            for (seq, (ty, ticket)) in std::mem::take(&mut b.seen) {
                match disk.event(b.office, seq)? {
                    None => fails.push(format!("{}: was shown event {seq} ({ty}), which is not on disk after the crash (disk ends at {})", b.name, disk.max_seq(b.office))),
                    Some((dty, dticket)) if dty != ty || dticket != ticket => {
                        fails.push(format!("{}: was shown seq {seq} = {ty} {ticket:?}; disk has {dty} {dticket:?}", b.name));
                    }
                    Some(_) => {}
                }
            }
        }

        // 5. Boards resume with ?since=LAST: events after LAST, or a snapshot at ≥ LAST.
        for b in boards.iter_mut() {
            let since = b.last;
            let mut ws = ws_open(self.base, b.office, since, &b.token).await?;
            match ws_text(&mut ws, NET).await {
                Ok(Some(text)) => {
                    let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                    if let Err(e) = b.take(&text) {
                        fails.push(format!("after the restart: {e}"));
                        // Go on from what the server says, so later rounds check afresh.
                        b.last = v["seq"].as_u64();
                    }
                    if v["type"] == "snapshot" {
                        let seq = v["seq"].as_u64().unwrap_or(0);
                        if seq != disk.max_seq(b.office) {
                            fails.push(format!("{}: the snapshot after the restart is at seq {seq}, the disk at {}", b.name, disk.max_seq(b.office)));
                        }
                    }
                }
                Ok(None) => fails.push(format!("{}: the feed closed at once after the restart", b.name)),
                Err(()) => fails.push(format!("{}: no first message within {NET:?} after the restart", b.name)),
            }
            b.seen.clear();
            b.ws = Some(ws);
        }

        // 6. A resyncing board agrees with the API and the disk.
        let (st, offices) = self.get("/api/v1/offices").await?;
        if st != 200 {
            return Err(format!("GET /api/v1/offices answered {st}"));
        }
        let mut adopt = HashMap::new();
        for o in OFFICES {
            // A desk's snapshot: it lists the lines (a board's lists only their heads).
            let mut ws = ws_open(self.base, o.id, None, &self.tokens.staff[o.id]).await?;
            let snap = match ws_text(&mut ws, NET).await {
                Ok(Some(t)) => serde_json::from_str::<Value>(&t).unwrap_or(Value::Null),
                _ => return Err(format!("{}: no snapshot after the restart", o.id)),
            };
            let _ = tokio::time::timeout(Duration::from_millis(200), ws.close(None)).await;
            if snap["type"] != "snapshot" {
                return Err(format!("{}: the first message of a fresh feed is not a snapshot: {snap}", o.id));
            }
            let day = str_of(&snap, "date");
            let mut from_snapshot: BTreeMap<String, u64> = BTreeMap::new();
            let mut live_snapshot: BTreeMap<String, String> = BTreeMap::new();
            for t in snap["tickets"].as_array().cloned().unwrap_or_default() {
                if t["status"] == "waiting" {
                    *from_snapshot.entry(str_of(&t, "queue")).or_default() += 1;
                }
                live_snapshot.insert(str_of(&t, "id"), str_of(&t, "status"));
            }
            let mut from_disk: BTreeMap<String, u64> = BTreeMap::new();
            let mut live_disk: BTreeMap<String, String> = BTreeMap::new();
            for (id, row) in disk.tickets.iter().filter(|(_, r)| r.office == o.id && r.day == day) {
                if row.status == "waiting" {
                    *from_disk.entry(row.queue.clone()).or_default() += 1;
                }
                if rank(&row.status) < 3 {
                    live_disk.insert(id.clone(), row.status.clone());
                }
            }
            let api_office = offices.as_array().and_then(|a| a.iter().find(|x| x["id"] == o.id)).cloned().unwrap_or(Value::Null);
            for q in api_office["queues"].as_array().cloned().unwrap_or_default() {
                let qid = str_of(&q, "id");
                let api = q["waiting"].as_u64();
                let in_snap_queues =
                    snap["queues"].as_array().and_then(|a| a.iter().find(|x| x["id"] == qid.as_str())).and_then(|x| x["waiting"].as_u64());
                let s = from_snapshot.get(&qid).copied().unwrap_or(0);
                let d = from_disk.get(&qid).copied().unwrap_or(0);
                if api != Some(s) || in_snap_queues != Some(s) || d != s {
                    fails.push(format!(
                        "{} queue {qid}: waiting tickets in the snapshot {s}, snapshot's count {in_snap_queues:?}, GET offices {api:?}, disk {d}",
                        o.id
                    ));
                }
            }
            if live_snapshot != live_disk {
                let only_snap: Vec<_> = live_snapshot.iter().filter(|(k, v)| live_disk.get(*k) != Some(v)).take(5).collect();
                let only_disk: Vec<_> = live_disk.iter().filter(|(k, v)| live_snapshot.get(*k) != Some(v)).take(5).collect();
                fails.push(format!("{}: the snapshot's live tickets differ from the disk: snapshot only {only_snap:?}, disk only {only_disk:?}", o.id));
            }
            for c in snap["counters"].as_array().cloned().unwrap_or_default() {
                if let Some(id) = c["current"]["id"].as_str() {
                    adopt.insert((o.id.to_owned(), str_of(&c, "id")), id.to_owned());
                }
            }
        }
        // Only the harness's desks adopt; other counters have none.
        adopt.retain(|(o, c), _| office(o).counters.contains(&c.as_str()));

        let mut l = ledger.lock().unwrap_or_else(|p| p.into_inner());
        for f in fails {
            l.fail(round, f);
        }
        Ok(adopt)
    }
}

// ---------------------------------------------------------------------------
// A targeted probe: a snapshot taken while a change awaits its commit
// ---------------------------------------------------------------------------

/// Kiosk tasks issuing without pause during the probe: large commit groups,
/// so that a change often waits for its group's commit.
pub const PROBE_ISSUERS: usize = 48;

/// One kill that came right after a board received a snapshot.
#[derive(Debug, Clone)]
pub struct Probe {
    /// The `seq` of the snapshot the board was shown.
    pub snapshot_seq: u64,
    /// The highest event `seq` a steady board had been shown by then.
    pub events_seq: u64,
    /// The office's `seq` on disk after the restart.
    pub disk_seq: u64,
    /// Tickets the snapshot showed that are not on disk after the restart.
    pub phantom_tickets: Vec<String>,
}

impl Probe {
    /// The board was shown a `seq` (and the changes up to it) that the crash took back.
    pub fn taken_back(&self) -> bool {
        self.snapshot_seq > self.disk_seq
    }
}

/// Issues in several tasks, opens a fresh board feed (no `since`), and
/// SIGKILLs the server the moment the snapshot arrives; then restarts and
/// compares the snapshot's `seq` with what is on disk. `attempts` times,
/// each on a fresh data directory, bounded by `budget` overall.
pub async fn snapshot_probe(seed: u64, attempts: usize, budget: Duration) -> Result<Vec<Probe>, String> {
    let started = Instant::now();
    let mut out = Vec::new();
    for attempt in 0..attempts {
        if started.elapsed() > budget {
            break;
        }
        let root = tempfile::Builder::new().prefix("madoguchi-probe-").tempdir().map_err(|e| e.to_string())?;
        let data = root.path().join("data");
        let tokens = mint_tokens(&data);
        let mut proc = Proc::start(&data, root.path(), "probe").await?;
        let ctx = Arc::new(Ctx {
            round: attempt,
            base: proc.base.clone(),
            http: http_client(),
            tokens: tokens.clone(),
            ledger: Arc::new(Mutex::new(Ledger::default())),
            killed: AtomicBool::new(false),
            inflight: AtomicUsize::new(0),
            acked_issues: AtomicUsize::new(0),
            acked_moves: AtomicUsize::new(0),
            lost: AtomicUsize::new(0),
            issue_pause_ms: 0,
        });
        let mut rng = rng_for(seed, attempt, 9, 0);
        let mut workers = Vec::new();
        for i in 0..PROBE_ISSUERS {
            workers.push(tokio::spawn(issuer(ctx.clone(), &MAIN, rng_for(seed, attempt, 10, i))));
        }
        let steady = Board::new("steady".into(), MAIN.id, tokens.display[MAIN.id].clone(), Mode::Steady);
        let steady = tokio::spawn(board_round(ctx.clone(), steady, rng_for(seed, attempt, 11, 0)));
        tokio::time::sleep(Duration::from_millis(rng.random_range(100..400))).await;
        let mut ws = ws_open(&proc.base, MAIN.id, None, &tokens.display[MAIN.id]).await?;
        let first = ws_text(&mut ws, NET).await;
        ctx.killed.store(true, Ordering::SeqCst);
        proc.kill();
        let text = match first {
            Ok(Some(t)) => t,
            _ => return Err("no snapshot on a fresh feed".into()),
        };
        let snap: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let snapshot_seq = snap["seq"].as_u64().ok_or("snapshot without seq")?;
        for w in workers {
            let _ = tokio::time::timeout(Duration::from_secs(20), w).await;
        }
        let events_seq = match tokio::time::timeout(Duration::from_secs(20), steady).await {
            Ok(Ok(b)) => b.last.unwrap_or(0),
            _ => 0,
        };
        let proc = Proc::start(&data, root.path(), "probe-after").await?;
        let disk = read_disk(&data)?;
        let disk_seq = disk.max_seq(MAIN.id);
        let phantom_tickets = snap["tickets"]
            .as_array()
            .map(|a| a.iter().filter(|t| !disk.tickets.contains_key(&str_of(t, "id"))).map(|t| str_of(t, "number")).collect())
            .unwrap_or_default();
        drop(proc);
        out.push(Probe { snapshot_seq, events_seq, disk_seq, phantom_tickets });
    }
    Ok(out)
}

/// Cold starts of the real binary on fresh, empty data directories: spawn
/// to the first `/healthz` 200, `n` times (the process is killed after each).
pub async fn fresh_cold_starts(n: usize) -> Result<Vec<Duration>, String> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let root = tempfile::Builder::new().prefix("madoguchi-cold-").tempdir().map_err(|e| e.to_string())?;
        let p = Proc::start(&root.path().join("data"), root.path(), &format!("cold-{i}")).await?;
        out.push(p.cold_start);
    }
    Ok(out)
}
