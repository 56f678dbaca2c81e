//! What an adversarial probe broke in the media routes (issue 11, items 1,
//! 2, 5 and 12), each as a bounded loopback test:
//! - announcements are for the office's boards and desks, for numbers
//!   issued today, rendered at most a few at a time, once per announcement
//!   however many boards ask, and kept in a cache with a budget;
//! - `/metrics` keeps a fixed set of labels whatever methods and paths
//!   clients invent;
//! - a kiosk prints (and shows the QR code of) only the tickets it issued
//!   itself, for a few minutes, and no cache keeps them.
//!
//! Most speech tests use a stand-in engine, a shell script that writes a
//! prepared WAV and notes each run, so that they can count renders and hold
//! a render open; the real engines are exercised where they are installed.

mod common;

use common::*;
use madoguchi_server::speech::{Settings, Voice};
use queue_core::{Clock, ManualClock};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const OFFICE: &str = "yahatanishi";
const OTHER: &str = "orio";

// ---------------------------------------------------------------------------
// A server with speech settings of the test's own
// ---------------------------------------------------------------------------

struct SpeechApp {
    base: String,
    client: reqwest::Client,
    dir: Arc<tempfile::TempDir>,
    running: Option<madoguchi_server::app::Running>,
}

impl Server for SpeechApp {
    fn base(&self) -> &str {
        &self.base
    }
    fn http(&self) -> &reqwest::Client {
        &self.client
    }
}

impl SpeechApp {
    async fn start(speech: Settings) -> SpeechApp {
        let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
        let opts = madoguchi_server::app::ServeOptions {
            config: Arc::new(madoguchi_server::settings::built_in_always_open()),
            data_dir: dir.path().to_path_buf(),
            listen: "127.0.0.1:0".parse().expect("addr"),
            public_url: None,
            network: madoguchi_server::app::NetworkOptions { kiosk_rate: None, ..Default::default() },
        modules: madoguchi_server::modules::registered(),
        reference: None,
        };
        let clock: Arc<dyn Clock> = Arc::new(queue_core::SystemClock);
        let running = within("starting the server", madoguchi_server::app::start_with(opts, clock, speech)).await.expect("server starts");
        SpeechApp { base: running.base_url.clone(), client: client(), dir, running: Some(running) }
    }

    fn cache(&self) -> PathBuf {
        madoguchi_server::speech::cache_dir(self.dir.path())
    }

    async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            within("stopping the server", r.stop()).await;
        }
    }
}

/// Issues tickets at [`OFFICE`] until `A-{n}` exists; returns the numbers.
async fn issue_a(app: &impl Server, kiosk: &str, n: usize) -> Vec<String> {
    let mut numbers = Vec::new();
    for _ in 0..n {
        let t = app.issue_ok(kiosk, OFFICE, json!({"queue": "A"})).await;
        numbers.push(s(&t, "number").to_owned());
    }
    numbers
}

fn wav_path(number: &str, lang: &str) -> String {
    format!("/api/v1/offices/{OFFICE}/announcement.wav?number={number}&counter=1&lang={lang}")
}

/// `GET` the announcement, keeping the body as bytes.
async fn wav(app: &impl Server, token: &str, number: &str, lang: &str) -> (u16, Option<String>, Vec<u8>) {
    let resp = within("an announcement", app.http().get(app.url(&wav_path(number, lang))).bearer_auth(token).send()).await.expect("request");
    let status = resp.status().as_u16();
    let retry = resp.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body = within("an announcement's body", resp.bytes()).await.expect("body").to_vec();
    (status, retry, body)
}

fn error_code(body: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(body).ok().and_then(|v| v["error"]["code"].as_str().map(str::to_owned)).unwrap_or_default()
}

/// A small, valid WAV: 22.05 kHz, 16 bit, mono, `samples` of a ramp.
fn wav_bytes(samples: usize) -> Vec<u8> {
    let data: Vec<u8> = (0..samples).flat_map(|i| ((i % 200) as i16 * 100).to_le_bytes()).collect();
    let mut w = b"RIFF".to_vec();
    w.extend((36 + data.len() as u32).to_le_bytes());
    w.extend(b"WAVEfmt ");
    w.extend(16u32.to_le_bytes());
    w.extend(1u16.to_le_bytes());
    w.extend(1u16.to_le_bytes());
    w.extend(22_050u32.to_le_bytes());
    w.extend(44_100u32.to_le_bytes());
    w.extend(2u16.to_le_bytes());
    w.extend(16u16.to_le_bytes());
    w.extend(b"data");
    w.extend((data.len() as u32).to_le_bytes());
    w.extend(data);
    w
}

/// A stand-in speech engine: a shell script of the test's.
struct FakeEngine {
    dir: tempfile::TempDir,
}

impl FakeEngine {
    /// `body` is the script after a line that records the run; `$WAV` is a
    /// prepared WAV of `samples` samples, `$GATE` and `$STARTED` are FIFOs.
    fn new(body: &str, samples: usize) -> FakeEngine {
        let dir = tempfile::TempDir::new().expect("tempdir");
        std::fs::write(dir.path().join("out.wav"), wav_bytes(samples)).expect("wav");
        for fifo in ["gate", "started"] {
            let st = std::process::Command::new("mkfifo").arg(dir.path().join(fifo)).status().expect("mkfifo");
            assert!(st.success(), "mkfifo");
        }
        let d = dir.path().display();
        let script = format!("WAV={d}/out.wav\nGATE={d}/gate\nSTARTED={d}/started\necho run >> {d}/runs\n{body}\n");
        std::fs::write(dir.path().join("engine.sh"), script).expect("script");
        FakeEngine { dir }
    }

    fn voice(&self) -> Voice {
        Voice {
            program: "/bin/sh".into(),
            args: vec![self.dir.path().join("engine.sh").display().to_string(), "{text}".into()],
            text_on_stdin: false,
            requires: Vec::new(),
        }
    }

    /// Settings with this engine for both languages.
    fn settings(&self) -> Settings {
        let mut s = Settings::default();
        s.voices.insert("ja".into(), self.voice());
        s.voices.insert("en".into(), self.voice());
        s
    }

    fn runs(&self) -> usize {
        std::fs::read_to_string(self.dir.path().join("runs")).map(|t| t.lines().count()).unwrap_or(0)
    }

    fn wav(&self) -> Vec<u8> {
        std::fs::read(self.dir.path().join("out.wav")).expect("wav")
    }

    /// Waits until the engine has started (it writes to `$STARTED`).
    async fn started(&self) {
        let p = self.dir.path().join("started");
        within("the engine starting", tokio::task::spawn_blocking(move || std::fs::read(p).expect("read started"))).await.expect("join");
    }

    /// Lets the engine go on: it copies what is written to `$GATE`.
    async fn open_gate(&self) {
        let p = self.dir.path().join("gate");
        let wav = self.wav();
        within("opening the gate", tokio::task::spawn_blocking(move || std::fs::write(p, wav).expect("write gate"))).await.expect("join");
    }
}

fn installed(program: &str) -> bool {
    std::process::Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|o| o.status.success())
}

/// Files in the cache directory: (name, size).
fn cache_files(dir: &Path) -> Vec<(String, u64)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut v: Vec<(String, u64)> =
        entries.flatten().map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().map(|m| m.len()).unwrap_or(0))).collect();
    v.sort();
    v
}

#[track_caller]
fn assert_no_temporary_files(dir: &Path) {
    let files = cache_files(dir);
    assert!(files.iter().all(|(n, _)| !n.starts_with('.') && n.ends_with(".wav")), "temporary files are left in the cache: {files:?}");
}

// ---------------------------------------------------------------------------
// Item 1: who may ask, what may be said, how much runs and is kept
// ---------------------------------------------------------------------------

#[tokio::test]
async fn announcements_are_for_the_offices_boards_and_desks_and_only_for_todays_numbers() {
    let engine = FakeEngine::new("cat \"$WAV\"", 500);
    let app = SpeechApp::start(engine.settings()).await;
    let dir = app.dir.path();
    let kiosk = mint(dir, "kiosk", Some(OFFICE));
    let number = issue_a(&app, &kiosk, 1).await.remove(0);

    let anonymous = app.get(None, &wav_path(&number, "en")).await;
    assert_eq!(anonymous.expect_error(401), "unauthorized");
    let r = app.get(Some(&kiosk), &wav_path(&number, "en")).await;
    assert_eq!(r.expect_error(403), "forbidden", "a kiosk has no speaker");
    let elsewhere = mint(dir, "display", Some(OTHER));
    assert_eq!(app.get(Some(&elsewhere), &wav_path(&number, "en")).await.expect_error(403), "forbidden");
    assert_eq!(engine.runs(), 0, "nothing was rendered for a refused caller");

    let display = mint(dir, "display", Some(OFFICE));
    for never_issued in ["A-999", "B-001", "Z-001"] {
        let r = app.get(Some(&display), &wav_path(never_issued, "en")).await;
        assert_eq!(r.expect_error(404), "unknown_ticket", "{never_issued}");
    }
    assert_eq!(engine.runs(), 0, "a number nobody holds is never rendered");

    for token in [display.clone(), mint(dir, "staff", Some(OFFICE)), mint(dir, "admin", None)] {
        let (status, _, body) = wav(&app, &token, &number, "en").await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        assert_eq!(body, engine.wav());
    }
    // The board's browser may present its token in the query, as for its feed.
    let r = send(app.http().get(app.url(&format!("{}&access_token={display}", wav_path(&number, "ja"))))).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(engine.runs(), 2, "one render per language, then the cache");
    app.stop().await;
}

#[tokio::test]
async fn a_render_waits_briefly_for_a_free_engine_then_is_refused_as_busy() {
    // The engine says it started, then copies the gate: it holds its one
    // engine until the test opens the gate.
    let engine = FakeEngine::new("echo > \"$STARTED\"\nexec cat \"$GATE\"", 500);
    let mut settings = engine.settings();
    settings.renders = 1;
    settings.queue_wait = Duration::from_millis(300);
    let app = Arc::new(SpeechApp::start(settings).await);
    let dir = app.dir.path();
    let numbers = issue_a(app.as_ref(), &mint(dir, "kiosk", Some(OFFICE)), 2).await;
    let display = mint(dir, "display", Some(OFFICE));

    let first = {
        let (app, display, n) = (app.clone(), display.clone(), numbers[0].clone());
        tokio::spawn(async move { wav(app.as_ref(), &display, &n, "en").await })
    };
    engine.started().await;
    let (status, retry, body) = wav(app.as_ref(), &display, &numbers[1], "en").await;
    assert_eq!((status, error_code(&body).as_str()), (503, "speech_busy"), "{}", String::from_utf8_lossy(&body));
    assert!(retry.as_deref().and_then(|r| r.parse::<u32>().ok()).is_some_and(|s| s > 0), "Retry-After: {retry:?}");

    engine.open_gate().await;
    let (status, _, body) = within("the first announcement", first).await.expect("join");
    assert_eq!(status, 200);
    assert_eq!(body, engine.wav());
    assert_eq!(engine.runs(), 1, "the refused render never ran");
    assert_no_temporary_files(&app.cache());
}

#[tokio::test]
async fn a_failed_or_hung_engine_leaves_nothing_behind() {
    let failing = FakeEngine::new("echo 'no voice today' >&2\nexit 3", 500);
    let app = SpeechApp::start(failing.settings()).await;
    let numbers = issue_a(&app, &mint(app.dir.path(), "kiosk", Some(OFFICE)), 1).await;
    let display = mint(app.dir.path(), "display", Some(OFFICE));
    let (status, _, body) = wav(&app, &display, &numbers[0], "ja").await;
    assert_eq!((status, error_code(&body).as_str()), (503, "speech_unavailable"));
    assert_no_temporary_files(&app.cache());
    assert!(cache_files(&app.cache()).is_empty(), "a failure is not cached");
    app.stop().await;

    // Writes half a WAV header (no sound), or hangs: refused, never an empty 200.
    let empty = FakeEngine::new("printf 'RIFF\\044\\0\\0\\0WAVE'", 500);
    let app = SpeechApp::start(empty.settings()).await;
    let numbers = issue_a(&app, &mint(app.dir.path(), "kiosk", Some(OFFICE)), 1).await;
    let display = mint(app.dir.path(), "display", Some(OFFICE));
    let (status, _, _) = wav(&app, &display, &numbers[0], "en").await;
    assert_eq!(status, 503, "output that is no WAV is not answered as one");
    app.stop().await;

    let hung = FakeEngine::new("exec sleep 30", 500);
    let mut settings = hung.settings();
    settings.render_timeout = Duration::from_millis(300);
    let app = SpeechApp::start(settings).await;
    let numbers = issue_a(&app, &mint(app.dir.path(), "kiosk", Some(OFFICE)), 1).await;
    let display = mint(app.dir.path(), "display", Some(OFFICE));
    let (status, _, body) = wav(&app, &display, &numbers[0], "ja").await;
    assert_eq!((status, error_code(&body).as_str()), (503, "speech_unavailable"));
    assert!(cache_files(&app.cache()).is_empty(), "a timed-out render leaves no file: {:?}", cache_files(&app.cache()));
    app.stop().await;
}

#[tokio::test]
async fn the_cache_keeps_to_its_budget_evicting_the_least_recently_used() {
    let engine = FakeEngine::new("cat \"$WAV\"", 5_000);
    let size = engine.wav().len() as u64;
    let mut settings = engine.settings();
    // Room for two announcements, not three.
    settings.cache_bytes = size * 5 / 2;
    let app = SpeechApp::start(settings).await;
    let numbers = issue_a(&app, &mint(app.dir.path(), "kiosk", Some(OFFICE)), 5).await;
    let display = mint(app.dir.path(), "display", Some(OFFICE));
    let say = |i: usize| wav(&app, &display, &numbers[i], "en");

    for i in 0..5 {
        let (status, _, body) = say(i).await;
        assert_eq!(status, 200);
        assert_eq!(body.len() as u64, size);
        let files = cache_files(&app.cache());
        let total: u64 = files.iter().map(|(_, s)| s).sum();
        assert!(total <= size * 5 / 2, "the cache holds {total} bytes, over its budget: {files:?}");
        assert_no_temporary_files(&app.cache());
    }
    assert_eq!(engine.runs(), 5);
    // Kept: the last two (3 and 4). Using 3 makes 4 the least recently used.
    say(3).await;
    assert_eq!(engine.runs(), 5, "3 came from the cache");
    say(0).await;
    assert_eq!(engine.runs(), 6, "0 had been evicted");
    say(3).await;
    assert_eq!(engine.runs(), 6, "3 was kept: it was used more recently than 4");
    say(4).await;
    assert_eq!(engine.runs(), 7, "4 was the one evicted");
    assert_eq!(cache_files(&app.cache()).len(), 2);
    app.stop().await;
}

#[tokio::test]
async fn a_restart_clears_leftovers_and_what_is_over_the_budget() {
    let engine = FakeEngine::new("cat \"$WAV\"", 500);
    let size = engine.wav().len() as u64;
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let cache = madoguchi_server::speech::cache_dir(dir.path());
    std::fs::create_dir_all(&cache).expect("cache dir");
    // What the old code left: a half-written WAV and the input of Open JTalk.
    std::fs::write(cache.join(".ja-0123.4567.wav"), b"RIFF").expect("tmp");
    std::fs::write(cache.join(".ja-0123.txt"), "受付番号").expect("txt");
    for i in 0..6 {
        std::fs::write(cache.join(format!("en-{i:032x}.wav")), engine.wav()).expect("wav");
    }
    let mut settings = engine.settings();
    settings.cache_bytes = size * 3;
    let opts = madoguchi_server::app::ServeOptions {
        config: Arc::new(madoguchi_server::settings::built_in_always_open()),
        data_dir: dir.path().to_path_buf(),
        listen: "127.0.0.1:0".parse().expect("addr"),
        public_url: None,
        network: madoguchi_server::app::NetworkOptions { kiosk_rate: None, ..Default::default() },
        modules: madoguchi_server::modules::registered(),
        reference: None,
    };
    let running = within("start", madoguchi_server::app::start_with(opts, Arc::new(queue_core::SystemClock), settings)).await.expect("start");
    let files = cache_files(&cache);
    assert_eq!(files.len(), 3, "over the budget at start: trimmed to it: {files:?}");
    assert_no_temporary_files(&cache);
    within("stop", running.stop()).await;
}

// ---------------------------------------------------------------------------
// Item 2: many boards, one call
// ---------------------------------------------------------------------------

/// Asks for one announcement from `boards` boards at once; all must get the
/// same whole WAV.
async fn boards_at_once(app: Arc<impl Server + Send + Sync + 'static>, display: &str, number: &str, lang: &str, boards: usize) -> Vec<u8> {
    let mut asks = Vec::new();
    for _ in 0..boards {
        let (app, display, number, lang) = (app.clone(), display.to_owned(), number.to_owned(), lang.to_owned());
        asks.push(tokio::spawn(async move { wav(app.as_ref(), &display, &number, &lang).await }));
    }
    let mut bodies = Vec::new();
    for a in asks {
        let (status, _, body) = within("a board's announcement", a).await.expect("join");
        assert_eq!(status, 200, "{lang}: {}", String::from_utf8_lossy(&body[..body.len().min(300)]));
        assert!(body.len() > 44 && body.starts_with(b"RIFF") && &body[8..12] == b"WAVE", "{lang}: an empty or broken WAV ({} bytes)", body.len());
        bodies.push(body);
    }
    assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{lang}: the boards got different announcements");
    bodies.remove(0)
}

#[tokio::test]
async fn eight_boards_asking_at_once_get_the_same_announcement_from_one_render() {
    // A slow engine, so that all eight ask while it runs.
    let engine = FakeEngine::new("sleep 0.3\ncat \"$WAV\"", 20_000);
    let app = Arc::new(SpeechApp::start(engine.settings()).await);
    let numbers = issue_a(app.as_ref(), &mint(app.dir.path(), "kiosk", Some(OFFICE)), 1).await;
    let display = mint(app.dir.path(), "display", Some(OFFICE));
    let body = boards_at_once(app.clone(), &display, &numbers[0], "ja", 8).await;
    assert_eq!(body, engine.wav());
    assert_eq!(engine.runs(), 1, "one render for the eight boards");
    assert_no_temporary_files(&app.cache());
}

#[tokio::test]
async fn eight_boards_asking_at_once_with_the_real_engines() {
    let app = Arc::new(spawn_app().await);
    let numbers = issue_a(app.as_ref(), &app.kiosk(OFFICE), 1).await;
    let display = app.display(OFFICE);
    for (lang, program) in [("en", "espeak-ng"), ("ja", "open_jtalk")] {
        if !installed(program) {
            eprintln!("{program} is not installed: skipping {lang} (scripts/install-test-deps installs it)");
            continue;
        }
        boards_at_once(app.clone(), &display, &numbers[0], lang, 8).await;
        assert_no_temporary_files(&madoguchi_server::speech::cache_dir(app.data_dir()));
    }
}

// ---------------------------------------------------------------------------
// Item 5: /metrics labels
// ---------------------------------------------------------------------------

#[tokio::test]
async fn invented_methods_and_paths_leave_metrics_small() {
    let app = spawn_app().await;
    for i in 0..200 {
        let method = reqwest::Method::from_bytes(format!("INVENTED{i}").as_bytes()).expect("method");
        let path = if i % 2 == 0 { format!("/nothing/{i}") } else { "/api/v1/offices".to_owned() };
        let r = send(app.http().request(method, app.url(&path))).await;
        assert!((400..500).contains(&r.status), "an invented method: {}", r.status);
        let r = app.get(None, &format!("/made/up/{i}?x={i}")).await;
        assert_eq!(r.status, 404);
    }
    let metrics = app.get(None, "/metrics").await;
    assert_eq!(metrics.status, 200);
    let series: Vec<&str> = metrics.text.lines().filter(|l| l.starts_with("madoguchi_http_request_seconds_count")).collect();
    assert!(!metrics.text.contains("INVENTED") && !metrics.text.contains("/nothing/") && !metrics.text.contains("/made/up/"), "invented labels in /metrics");
    assert!(series.len() <= 6, "{} label sets: {series:#?}", series.len());
    assert!(series.iter().any(|l| l.contains("method=\"other\",route=\"unmatched\"")), "{series:#?}");
    assert!(series.iter().any(|l| l.contains("method=\"other\",route=\"/api/v1/offices\"")), "{series:#?}");
    assert!(metrics.text.len() < 64 * 1024, "/metrics is {} bytes", metrics.text.len());
}

// ---------------------------------------------------------------------------
// Item 12: a kiosk prints only what it issued, for minutes
// ---------------------------------------------------------------------------

const MEDIA: [&str; 3] = ["qr.svg", "ticket.escpos", "ticket.pdf"];

async fn media(app: &TestApp, token: &str, id: &str, what: &str) -> (u16, Option<String>, String) {
    let resp = within("a ticket's media", app.http().get(app.url(&format!("/api/v1/tickets/{id}/{what}"))).bearer_auth(token).send()).await.expect("request");
    let status = resp.status().as_u16();
    let cache = resp.headers().get("cache-control").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body = within("body", resp.bytes()).await.expect("body");
    let code = if status == 200 { String::new() } else { error_code(&body) };
    (status, cache, code)
}

#[tokio::test]
async fn a_kiosk_prints_only_the_tickets_it_issued_and_only_for_minutes() {
    let clock = Arc::new(ManualClock::new("2026-04-01T01:00:00Z".parse().expect("ts")));
    let app = spawn_app_with(Arc::new(tempfile::TempDir::new().expect("tempdir")), clock.clone()).await;
    let (kiosk_a, kiosk_b, staff) = (app.kiosk(OFFICE), app.kiosk(OFFICE), app.staff(OFFICE));
    let ticket = app.issue_ok(&kiosk_a, OFFICE, json!({"queue": "A", "lang": "en"})).await;
    let id = s(&ticket, "id");
    let by_staff = app.issue_ok(&staff, OFFICE, json!({"queue": "A"})).await;

    for what in MEDIA {
        let (status, cache, code) = media(&app, &kiosk_a, id, what).await;
        assert_eq!(status, 200, "{what} for the kiosk that issued it: {code}");
        assert!(cache.as_deref().is_some_and(|c| c.contains("no-store")), "{what} carries the resident's token: Cache-Control {cache:?}");
        let (status, _, code) = media(&app, &kiosk_b, id, what).await;
        assert_eq!((status, code.as_str()), (403, "not_your_ticket"), "{what} for another kiosk of the office");
        let (status, _, code) = media(&app, &kiosk_a, s(&by_staff, "id"), what).await;
        assert_eq!((status, code.as_str()), (403, "not_your_ticket"), "{what} of a ticket issued at a desk");
    }
    let print = app.post(Some(&kiosk_b), &format!("/api/v1/tickets/{id}/print"), Some(json!({"printer": "nope"}))).await;
    assert_eq!(print.expect_error(403), "not_your_ticket", "nor may another kiosk print it on a printer");

    clock.advance(jiff::SignedDuration::from_mins(9));
    assert_eq!(media(&app, &kiosk_a, id, "qr.svg").await.0, 200, "a reprint minutes later");
    clock.advance(jiff::SignedDuration::from_mins(2));
    for what in MEDIA {
        let (status, _, code) = media(&app, &kiosk_a, id, what).await;
        assert_eq!((status, code.as_str()), (403, "not_your_ticket"), "{what} eleven minutes after issuing");
        let (status, cache, _) = media(&app, &staff, id, what).await;
        assert_eq!(status, 200, "{what}: staff are not limited");
        assert!(cache.as_deref().is_some_and(|c| c.contains("no-store")), "{what}: Cache-Control {cache:?}");
    }
    app.stop().await;
}
