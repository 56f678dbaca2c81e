//! Shared helpers for the integration tests: an in-process server on a
//! loopback port with its own data directory, token minting, an HTTP client,
//! websocket helpers, and a runner for the real `madoguchi` binary.
//!
//! Every await on the network is bounded by a timeout, and everything stays
//! on 127.0.0.1.

#![allow(dead_code, clippy::unwrap_used)]

use futures_util::{SinkExt, StreamExt};
use madoguchi_server::app::{Running, ServeOptions};
use queue_core::Clock;
use serde_json::Value;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use tempfile::TempDir;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// The bound on any single network operation.
pub const T: Duration = Duration::from_secs(15);

/// Awaits `fut`, failing the test when it takes longer than [`T`].
pub async fn within<F: Future>(what: &str, fut: F) -> F::Output {
    match tokio::time::timeout(T, fut).await {
        Ok(v) => v,
        Err(_) => panic!("timed out after {T:?}: {what}"),
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(T)
        .connect_timeout(Duration::from_secs(5))
        .build()
        .expect("reqwest client")
}

/// The four offices of the built-in configuration, in order.
pub const OFFICES: [&str; 4] = ["yahatanishi", "orio", "kojaku", "yahataminami"];

/// An HTTP answer, read whole.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub content_type: Option<String>,
    pub text: String,
    /// The body as JSON, or `Value::Null` when it is empty or not JSON.
    pub json: Value,
}

impl Resp {
    /// Asserts the status and returns the JSON body.
    #[track_caller]
    pub fn expect(&self, status: u16) -> &Value {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.text);
        &self.json
    }

    /// Asserts a contract error: the given status and `{"error": {"code", "message"}}`.
    #[track_caller]
    pub fn expect_error(&self, status: u16) -> String {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.text);
        assert_error_shape(self)
    }

    /// Asserts a 4xx contract error (whichever 4xx) and returns its code.
    #[track_caller]
    pub fn expect_4xx(&self) -> String {
        assert!((400..500).contains(&self.status), "expected a 4xx, got {}; body: {}", self.status, self.text);
        assert_error_shape(self)
    }
}

/// Checks `{"error": {"code": "snake_case", "message": "..."}}` and returns the code.
#[track_caller]
pub fn assert_error_shape(r: &Resp) -> String {
    match error_shape(r) {
        Ok(code) => code,
        Err(e) => panic!("{e}"),
    }
}

/// The error code, or what is wrong with the error body.
pub fn error_shape(r: &Resp) -> Result<String, String> {
    let obj = r.json.as_object().ok_or_else(|| format!("error body is not a JSON object (status {}): {:?}", r.status, r.text))?;
    if obj.len() != 1 {
        return Err(format!("error body must have exactly one key, \"error\": {}", r.text));
    }
    let e = obj.get("error").and_then(Value::as_object).ok_or_else(|| format!("no \"error\" object: {}", r.text))?;
    let code = e.get("code").and_then(Value::as_str).ok_or_else(|| format!("error.code is not a string: {}", r.text))?;
    if !is_snake_case(code) {
        return Err(format!("error.code {code:?} is not snake_case"));
    }
    let message = e.get("message").and_then(Value::as_str).ok_or_else(|| format!("error.message is not a string: {}", r.text))?;
    if message.trim().is_empty() {
        return Err(format!("error.message is empty: {}", r.text));
    }
    Ok(code.to_owned())
}

pub fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

pub async fn read(resp: reqwest::Response) -> Resp {
    let status = resp.status().as_u16();
    let content_type = resp.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let text = within("reading a response body", resp.text()).await.expect("response body");
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Resp { status, content_type, text, json }
}

/// Sends a request built by the caller and reads the answer.
pub async fn send(req: reqwest::RequestBuilder) -> Resp {
    let resp = within("an HTTP request", req.send()).await.expect("HTTP request failed");
    read(resp).await
}

/// A server, in-process or the real binary: what the HTTP helpers need.
#[allow(async_fn_in_trait)]
pub trait Server {
    fn base(&self) -> &str;
    fn http(&self) -> &reqwest::Client;

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.base(), path)
    }

    fn ws_url(&self, path: &str) -> String {
        format!("{}{}", self.base().replacen("http://", "ws://", 1), path)
    }

    async fn get(&self, token: Option<&str>, path: &str) -> Resp {
        let mut req = self.http().get(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        send(req).await
    }

    async fn post(&self, token: Option<&str>, path: &str, body: Option<Value>) -> Resp {
        let mut req = self.http().post(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        send(req).await
    }

    /// `POST /api/v1/offices/{office}/tickets`.
    async fn issue(&self, token: &str, office: &str, body: Value) -> Resp {
        self.post(Some(token), &format!("/api/v1/offices/{office}/tickets"), Some(body)).await
    }

    /// Issues and asserts 201; returns the ticket.
    async fn issue_ok(&self, token: &str, office: &str, body: Value) -> Value {
        let r = self.issue(token, office, body).await;
        r.expect(201).clone()
    }

    async fn call_next(&self, token: &str, office: &str, counter: &str) -> Resp {
        self.post(Some(token), &format!("/api/v1/offices/{office}/counters/{counter}/call-next"), None).await
    }

    /// `POST /api/v1/tickets/{id}/{action}`.
    async fn act(&self, token: &str, id: &str, action: &str) -> Resp {
        self.post(Some(token), &format!("/api/v1/tickets/{id}/{action}"), None).await
    }

    async fn ticket(&self, token: &str, id: &str) -> Resp {
        self.get(Some(token), &format!("/api/v1/tickets/{id}")).await
    }

    async fn public(&self, ticket_token: &str) -> Resp {
        self.get(None, &format!("/api/v1/public/tickets/{ticket_token}")).await
    }

    /// How many wait in a queue of an office, from the offices list.
    async fn waiting(&self, office: &str, queue: &str) -> u64 {
        let r = self.get(None, "/api/v1/offices").await;
        let offices = r.expect(200).as_array().expect("offices array").clone();
        let o = offices.iter().find(|o| o["id"] == office).unwrap_or_else(|| panic!("office {office} listed"));
        let q = o["queues"].as_array().expect("queues").iter().find(|q| q["id"] == queue).unwrap_or_else(|| panic!("queue {queue}"));
        q["waiting"].as_u64().expect("waiting is an int")
    }
}

/// Creates a token directly in the data directory, as `madoguchi token create` does.
pub fn mint(data_dir: &Path, role: &str, office: Option<&str>) -> String {
    let db = store::Db::open(data_dir).expect("open data dir");
    let conn = db.connect(false).expect("connect");
    let tok = madoguchi_server::auth::new_token();
    store::tokens::insert(&conn, &madoguchi_server::auth::hash(&tok), role, office, Some("test"), 0).expect("insert token");
    tok
}

/// An in-process server with its own data directory.
pub struct TestApp {
    pub base: String,
    pub addr: std::net::SocketAddr,
    pub client: reqwest::Client,
    pub dir: Arc<TempDir>,
    running: Option<Running>,
}

impl Server for TestApp {
    fn base(&self) -> &str {
        &self.base
    }
    fn http(&self) -> &reqwest::Client {
        &self.client
    }
}

/// Starts a server on the system clock and a fresh data directory.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(Arc::new(TempDir::new().expect("tempdir")), Arc::new(queue_core::SystemClock)).await
}

/// Starts a server on a given data directory and clock (restarts reuse the directory).
pub async fn spawn_app_with(dir: Arc<TempDir>, clock: Arc<dyn Clock>) -> TestApp {
    let config = madoguchi_server::settings::load(None).expect("built-in configuration");
    spawn_app_configured(dir, clock, config).await
}

/// Starts a server with a configuration of the test's own.
pub async fn spawn_app_configured(dir: Arc<TempDir>, clock: Arc<dyn Clock>, config: queue_core::WardConfig) -> TestApp {
    spawn_app_with_modules(dir, clock, config, madoguchi_server::modules::registered()).await
}

/// Starts a server that knows the given side modules (tests bring their own).
/// Reception is always open (`reception_always`): the suites run at any
/// hour; reception hours have their own tests ([`spawn_app_keeping_hours`]).
pub async fn spawn_app_with_modules(
    dir: Arc<TempDir>,
    clock: Arc<dyn Clock>,
    mut config: queue_core::WardConfig,
    modules: Vec<platform::Module>,
) -> TestApp {
    config.hours.reception_always = true;
    spawn_app_keeping_hours(dir, clock, config, modules).await
}

/// Starts a server with network options of the test's own (kiosks still unlimited).
pub async fn spawn_app_with_network(network: madoguchi_server::app::NetworkOptions) -> TestApp {
    let dir = Arc::new(TempDir::new().expect("tempdir"));
    let opts = ServeOptions {
        config: Arc::new(madoguchi_server::settings::built_in_always_open()),
        data_dir: dir.path().to_path_buf(),
        listen: "127.0.0.1:0".parse().expect("addr"),
        public_url: None,
        network: madoguchi_server::app::NetworkOptions { kiosk_rate: None, ..network },
        modules: madoguchi_server::modules::registered(),
        reference: None,
    };
    let running = within("starting the server", madoguchi_server::app::start(opts, Arc::new(queue_core::SystemClock))).await.expect("server starts");
    TestApp { base: running.base_url.clone(), addr: running.addr, client: client(), dir, running: Some(running) }
}

/// [`spawn_app_with_modules`] with the configuration's reception hours as they are.
pub async fn spawn_app_keeping_hours(
    dir: Arc<TempDir>,
    clock: Arc<dyn Clock>,
    config: queue_core::WardConfig,
    modules: Vec<platform::Module>,
) -> TestApp {
    let opts = ServeOptions {
        config: Arc::new(config),
        data_dir: dir.path().to_path_buf(),
        listen: "127.0.0.1:0".parse().expect("addr"),
        public_url: None,
        // Tests drive kiosks at machine speed; the kiosk limit has its own
        // test (hardening_net.rs).
        network: madoguchi_server::app::NetworkOptions { kiosk_rate: None, ..Default::default() },
        modules,
        reference: None,
    };
    let running = within("starting the server", madoguchi_server::app::start(opts, clock)).await.expect("server starts");
    TestApp { base: running.base_url.clone(), addr: running.addr, client: client(), dir, running: Some(running) }
}

impl TestApp {
    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn token(&self, role: &str, office: Option<&str>) -> String {
        mint(self.data_dir(), role, office)
    }

    pub fn admin(&self) -> String {
        self.token("admin", None)
    }

    pub fn staff(&self, office: &str) -> String {
        self.token("staff", Some(office))
    }

    pub fn kiosk(&self, office: &str) -> String {
        self.token("kiosk", Some(office))
    }

    pub fn display(&self, office: &str) -> String {
        self.token("display", Some(office))
    }

    /// The running server's engine, for tests that reach behind the API
    /// (to fill the database, say).
    pub fn engine(&self) -> &madoguchi_server::engine::Engine {
        &self.running.as_ref().expect("running").engine
    }

    /// The running server's side modules.
    pub fn modules(&self) -> &platform::Modules {
        &self.running.as_ref().expect("running").modules
    }

    /// Stops the server gracefully and hands back its data directory.
    pub async fn stop(mut self) -> Arc<TempDir> {
        if let Some(r) = self.running.take() {
            within("stopping the server", r.stop()).await;
        }
        self.dir.clone()
    }
}

// ---------------------------------------------------------------------------
// Websockets
// ---------------------------------------------------------------------------

pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Opens a websocket; `Err(status)` when the server answered HTTP instead of upgrading.
pub async fn ws_try(url: &str, bearer: Option<&str>) -> Result<Ws, u16> {
    let mut req = url.into_client_request().expect("ws request");
    if let Some(t) = bearer {
        req.headers_mut().insert("authorization", format!("Bearer {t}").parse().expect("header"));
    }
    match within("websocket handshake", tokio_tungstenite::connect_async(req)).await {
        Ok((ws, _)) => Ok(ws),
        Err(tungstenite::Error::Http(resp)) => Err(resp.status().as_u16()),
        Err(e) => panic!("websocket connect to {url} failed: {e}"),
    }
}

pub async fn ws_connect(url: &str, bearer: Option<&str>) -> Ws {
    match ws_try(url, bearer).await {
        Ok(ws) => ws,
        Err(status) => panic!("websocket {url} refused with HTTP {status}"),
    }
}

/// What a websocket gave next, pings and pongs aside.
#[derive(Debug)]
pub enum WsNext {
    Text(String),
    Binary(Vec<u8>),
    Closed,
}

pub async fn ws_next(ws: &mut Ws) -> WsNext {
    loop {
        match within("the next websocket message", ws.next()).await {
            None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return WsNext::Closed,
            Some(Ok(Message::Text(t))) => return WsNext::Text(t.to_string()),
            Some(Ok(Message::Binary(b))) => return WsNext::Binary(b.to_vec()),
            Some(Ok(_)) => continue,
        }
    }
}

/// The next text message as JSON, asserting that it carries no secrets.
pub async fn ws_json(ws: &mut Ws) -> Value {
    match ws_next(ws).await {
        WsNext::Text(t) => {
            assert_no_secrets(&t);
            serde_json::from_str(&t).unwrap_or_else(|e| panic!("websocket message is not JSON ({e}): {t}"))
        }
        other => panic!("expected a JSON text message, got {other:?}"),
    }
}

/// A websocket message must never carry a ticket's token or status URL.
#[track_caller]
pub fn assert_no_secrets(text: &str) {
    assert!(!text.contains("\"token\""), "a websocket message carries a token: {text}");
    assert!(!text.contains("status_url"), "a websocket message carries a status_url: {text}");
    assert!(!text.contains("/t/"), "a websocket message carries a status page link: {text}");
}

pub async fn ws_send_text(ws: &mut Ws, text: &str) {
    within("sending a websocket message", ws.send(Message::text(text.to_owned()))).await.expect("send");
}

pub async fn ws_send_binary(ws: &mut Ws, bytes: Vec<u8>) {
    within("sending a websocket message", ws.send(Message::Binary(bytes.into()))).await.expect("send");
}

// ---------------------------------------------------------------------------
// Tickets
// ---------------------------------------------------------------------------

/// `QUEUE-NNN`: the queue's id, a dash, at least three digits.
pub fn parse_number(number: &str) -> (String, u32) {
    let (prefix, n) = number.split_once('-').unwrap_or_else(|| panic!("number {number:?} has no dash"));
    assert!(!prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_alphanumeric()), "prefix of {number:?}");
    assert!(n.len() >= 3 && n.bytes().all(|b| b.is_ascii_digit()), "digits of {number:?}");
    (prefix.to_owned(), n.parse().expect("number"))
}

pub fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} is not a string in {v}"))
}

// ---------------------------------------------------------------------------
// The real binary
// ---------------------------------------------------------------------------

pub const BIN: &str = env!("CARGO_BIN_EXE_madoguchi");

/// Runs a `madoguchi` command to completion (bounded) and returns its output.
pub async fn run_cli(args: &[&str]) -> std::process::Output {
    let child = Command::new(BIN)
        .args(args)
        .env_remove("MADOGUCHI_DATA")
        .env_remove("MADOGUCHI_CONFIG")
        .env_remove("MADOGUCHI_LISTEN")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn madoguchi");
    let pid = child.id();
    let waited = tokio::time::timeout(T, tokio::task::spawn_blocking(move || child.wait_with_output())).await;
    match waited {
        Ok(out) => out.expect("join").expect("wait"),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            panic!("madoguchi {args:?} did not finish within {T:?}");
        }
    }
}

/// `madoguchi token create`, asserting success; returns the token.
pub async fn cli_token(data: &Path, role: &str, office: Option<&str>) -> String {
    let d = data.to_str().expect("utf-8 path");
    let mut args = vec!["token", "create", "--data", d, "--role", role];
    if let Some(o) = office {
        args.extend(["--office", o]);
    }
    let out = run_cli(&args).await;
    let stdout = String::from_utf8(out.stdout).expect("utf-8 stdout");
    assert!(out.status.success(), "token create failed: {}", String::from_utf8_lossy(&out.stderr));
    stdout.trim_end_matches('\n').to_owned()
}

/// The real binary serving a data directory on a loopback port.
pub struct BinServer {
    pub base: String,
    pub client: reqwest::Client,
    pub child: Child,
    pub log: PathBuf,
}

impl Server for BinServer {
    fn base(&self) -> &str {
        &self.base
    }
    fn http(&self) -> &reqwest::Client {
        &self.client
    }
}

impl BinServer {
    /// Starts `madoguchi serve --data DIR --listen 127.0.0.1:PORT` and waits
    /// (bounded) until `/healthz` answers 200. Retries on another port when
    /// the chosen one was taken in the meantime.
    pub async fn start(data: &Path, log_dir: &Path) -> BinServer {
        for attempt in 0..5 {
            let port = {
                let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
                l.local_addr().expect("addr").port()
            };
            let log = log_dir.join(format!("server-{port}-{attempt}.log"));
            let file = std::fs::File::create(&log).expect("log file");
            let child = Command::new(BIN)
                .args(["serve", "--data", data.to_str().expect("utf-8"), "--listen", &format!("127.0.0.1:{port}"), "--reception-always"])
                .env_remove("MADOGUCHI_CONFIG")
                .env_remove("MADOGUCHI_PUBLIC_URL")
                .env("MADOGUCHI_KIOSK_RATE", "off")
                .stdin(Stdio::null())
                .stdout(Stdio::from(file.try_clone().expect("clone")))
                .stderr(Stdio::from(file))
                .spawn()
                .expect("spawn madoguchi serve");
            let mut server = BinServer { base: format!("http://127.0.0.1:{port}"), client: client(), child, log };
            if server.wait_healthy().await {
                return server;
            }
            server.kill();
        }
        panic!("madoguchi serve never became healthy");
    }

    /// Polls `/healthz` for up to 30 s; false when the process exited.
    async fn wait_healthy(&mut self) -> bool {
        let quick = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(1)).build().expect("client");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while tokio::time::Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            if let Ok(r) = quick.get(self.url("/healthz")).send().await
                && r.status().as_u16() == 200
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("madoguchi serve did not answer /healthz within 30 s; log:\n{}", self.log_text());
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, and reap.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM and waits (bounded) for the exit status.
    pub async fn terminate(mut self) -> std::process::ExitStatus {
        let st = Command::new("kill").args(["-TERM", &self.pid().to_string()]).status().expect("run kill");
        assert!(st.success(), "kill -TERM failed");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            if tokio::time::Instant::now() >= deadline {
                let log = self.log_text();
                self.kill();
                panic!("madoguchi did not stop within 20 s of SIGTERM; log:\n{log}");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for BinServer {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
