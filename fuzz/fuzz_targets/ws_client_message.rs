//! What a websocket client may send to the office feed: a real server runs
//! in-process (built-in ward, temporary data directory) and one feed stays
//! open across inputs. Each input goes out as one frame (text when it is
//! UTF-8, binary otherwise); the server must answer with exactly one JSON
//! message, `{"type":"pong"}` or `{"type":"error","error":{"code","message"}}`
//! with a snake_case code, and must keep the session open (until the client
//! exceeds its message rate: then `rate_limited` and a close, and the next
//! input opens a new feed). A closed feed, a missing answer or an answer of
//! another shape is a crash.
#![no_main]

use futures_util::{SinkExt, StreamExt};
use libfuzzer_sys::fuzz_target;
use madoguchi_server::app::{Running, ServeOptions};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The server's limit on a client frame: larger ones close the session by design.
const MAX_CLIENT_FRAME: usize = 4096;

struct Harness {
    rt: tokio::runtime::Runtime,
    url: String,
    token: String,
    ws: Mutex<Option<Ws>>,
    _running: Running,
    _dir: tempfile::TempDir,
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("runtime");
        let dir = tempfile::TempDir::new().expect("tempdir");
        let token_file = madoguchi_server::app::ensure_first_admin(dir.path()).expect("admin token").expect("a new data directory");
        let token = std::fs::read_to_string(token_file).expect("admin token file").trim().to_owned();
        let opts = ServeOptions {
            config: Arc::new(madoguchi_server::settings::built_in_always_open()),
            data_dir: dir.path().to_path_buf(),
            listen: "127.0.0.1:0".parse().expect("addr"),
            public_url: None,
            network: Default::default(),
            modules: madoguchi_server::modules::registered(),
        reference: None,
        };
        let running = rt.block_on(madoguchi_server::app::start(opts, Arc::new(queue_core::SystemClock))).expect("server starts");
        let url = format!("ws://{}/ws/office/yahatanishi", running.addr);
        Harness { rt, url, token, ws: Mutex::new(None), _running: running, _dir: dir }
    })
}

async fn next_text(ws: &mut Ws, what: &str) -> String {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), ws.next()).await {
            Err(_) => panic!("no answer within 10 s to {what}"),
            Ok(None) => panic!("the server ended the feed after {what}"),
            Ok(Some(Err(e))) => panic!("the feed failed after {what}: {e}"),
            Ok(Some(Ok(Message::Close(c)))) => panic!("the server closed the feed after {what}: {c:?}"),
            Ok(Some(Ok(Message::Text(t)))) => return t.to_string(),
            Ok(Some(Ok(Message::Binary(b)))) => panic!("a binary message after {what}: {b:?}"),
            Ok(Some(Ok(_))) => continue,
        }
    }
}

async fn connect(h: &Harness) -> Ws {
    let mut req = h.url.as_str().into_client_request().expect("request");
    req.headers_mut().insert("authorization", format!("Bearer {}", h.token).parse().expect("header"));
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.expect("the feed opens");
    let first = next_text(&mut ws, "connecting").await;
    assert!(first.contains("\"snapshot\""), "the first message is a snapshot: {first}");
    ws
}

fn snake_case(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_CLIENT_FRAME {
        return;
    }
    let h = harness();
    h.rt.block_on(async {
        let mut slot = h.ws.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(connect(h).await);
        }
        let ws = slot.as_mut().expect("connected");
        let (msg, what) = match std::str::from_utf8(data) {
            Ok(t) => (Message::text(t.to_owned()), format!("the text frame {t:?}")),
            Err(_) => (Message::binary(data.to_vec()), format!("the binary frame {data:?}")),
        };
        ws.send(msg).await.unwrap_or_else(|e| panic!("sending {what}: {e}"));
        // Feed events (they carry a `seq`) may come in between; the answer does not.
        let (answer, v) = loop {
            let answer = next_text(ws, &what).await;
            let v: serde_json::Value = serde_json::from_str(&answer).unwrap_or_else(|e| panic!("answer to {what} is not JSON ({e}): {answer}"));
            if v.get("seq").is_none() {
                break (answer, v);
            }
        };
        match v["type"].as_str() {
            Some("pong") => {}
            Some("error") => {
                let code = v["error"]["code"].as_str().unwrap_or_else(|| panic!("error without a code: {answer}"));
                assert!(snake_case(code), "error code {code:?} is not snake_case");
                assert!(v["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "error without a message: {answer}");
                if code == "rate_limited" {
                    // By design a client may send a burst of 20 frames, then 2 a
                    // second; the fuzzer is far faster, so it is cut off (close
                    // 1008) and opens a new feed for the next input.
                    *slot = None;
                }
            }
            _ => panic!("answer to {what} is neither a pong nor an error: {answer}"),
        }
    });
});
