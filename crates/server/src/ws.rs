//! Websocket sessions: the office feed and the resident's ticket feed.
//!
//! Office feed: the first message is a snapshot of the office at `seq` N;
//! then every change is one event with `seq` N+1, N+2, … A client that
//! reconnects with `?since=S` gets the events after S replayed from the
//! hub's ring, or a fresh snapshot when S is too old. A client too slow to
//! keep up is not waited for: it gets a fresh snapshot.

use crate::auth::{Principal, Role};
use crate::engine::Snapshot;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::hub::{Catchup, Feed, HubMessage};
use crate::limits::{ClientAddr, SOCKETS_PER_ADDR, SOCKETS_PER_TICKET, SOCKETS_PER_TOKEN, SocketCounts, SocketKey};
use crate::state::AppState;
use crate::views::{Positions, PublicTicketView};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use crate::extract::Path;
use axum::extract::State;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};

/// Largest frame a client may send; clients only send small control messages.
const MAX_CLIENT_FRAME: usize = 4096;
const PING_EVERY: Duration = Duration::from_secs(25);
/// How long one message may take to go out. A client that stops reading
/// fills its socket's buffers and then this; it is cut off rather than
/// holding the server's memory and a task forever.
pub const SEND_DEADLINE: Duration = Duration::from_secs(10);

#[derive(Debug, Deserialize)]
pub struct FeedQuery {
    pub since: Option<u64>,
    #[allow(dead_code)]
    pub access_token: Option<String>,
}

/// What the websocket sessions share: snapshots and phone views built once
/// per change and handed to every client that needs them, and the count of
/// open sockets.
#[derive(Debug, Default)]
pub struct Feeds {
    snapshots: Mutex<HashMap<(String, Feed), (u64, Utf8Bytes)>>,
    phones: HashMap<String, tokio::sync::Mutex<PhoneViews>>,
    pub sockets: Arc<SocketCounts>,
}

/// Every ticket of an office as its phone shows it, at one `seq`.
/// A snapshot as [`Feeds::take`] found it: already built at this `seq`, or
/// copied out of the office's state to be built.
enum Taken {
    Built(Utf8Bytes),
    Copied(Box<Snapshot>),
}

#[derive(Debug, Default)]
struct PhoneViews {
    seq: Option<u64>,
    by_token: Arc<HashMap<String, PublicTicketView>>,
}

impl Feeds {
    pub fn new<'a>(offices: impl IntoIterator<Item = &'a str>) -> Feeds {
        Feeds { phones: offices.into_iter().map(|o| (o.to_owned(), Default::default())).collect(), ..Default::default() }
    }

    /// The snapshot of `office` at its current `seq` for `feed`, if one has
    /// been built; otherwise a copy of what it will carry. Called under the
    /// ward's lock, so it only copies (bounded by the heads of the lines);
    /// [`Feeds::finish`] turns the copy into JSON after the lock is gone.
    fn take(&self, engine: &crate::engine::Engine, ward: &crate::engine::Ward, state: &queue_core::OfficeState, feed: Feed) -> Taken {
        let key = (state.id().to_string(), feed);
        let cache = self.snapshots.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((seq, json)) = cache.get(&key)
            && *seq == state.seq()
        {
            return Taken::Built(json.clone());
        }
        drop(cache);
        let content = ward.content(state.id().as_str());
        Taken::Copied(Box::new(Snapshot::take(&engine.config, &engine.calendar, state, content, engine.clock.now(), feed)))
    }

    /// The JSON of what [`Feeds::take`] answered, kept for every client
    /// that connects at the same `seq`.
    fn finish(&self, office: &str, feed: Feed, taken: Taken) -> Utf8Bytes {
        match taken {
            Taken::Built(json) => json,
            Taken::Copied(snapshot) => {
                let json = Utf8Bytes::from(snapshot.to_json());
                let mut cache = self.snapshots.lock().unwrap_or_else(|p| p.into_inner());
                let newer = cache.get(&(office.to_owned(), feed)).is_some_and(|(seq, _)| *seq > snapshot.seq);
                if !newer {
                    cache.insert((office.to_owned(), feed), (snapshot.seq, json.clone()));
                }
                json
            }
        }
    }

    /// Every phone's view of `office` as of `seq` or later: built by the
    /// first phone session that needs it (one walk of the office's lines)
    /// and shared by all the others, so a call costs O(tickets) in all, not
    /// per phone.
    async fn phone_views(&self, app: &AppState, office: &str, seq: u64) -> Arc<HashMap<String, PublicTicketView>> {
        let Some(cell) = self.phones.get(office) else { return Arc::default() };
        let mut views = cell.lock().await;
        if views.seq.is_some_and(|s| s >= seq) {
            return views.by_token.clone();
        }
        let near = app.engine.config.phone.near_position;
        let today = app.engine.today();
        let built = {
            let ward = app.engine.ward();
            ward.office(office).filter(|st| st.day() == today).map(|st| {
                let positions = Positions::of(st);
                let map: HashMap<String, PublicTicketView> = st
                    .tickets()
                    .iter()
                    .filter(|t| !t.token.is_empty())
                    .map(|t| (t.token.clone(), PublicTicketView::placed(t, positions.get(t), near)))
                    .collect();
                (st.seq(), map)
            })
        };
        let (at, map) = built.unwrap_or((seq, HashMap::new()));
        views.seq = Some(at);
        views.by_token = Arc::new(map);
        views.by_token.clone()
    }
}

/// Sends one message, giving up after [`SEND_DEADLINE`].
async fn send(sink: &mut Sink, m: Message) -> Result<(), ()> {
    match tokio::time::timeout(SEND_DEADLINE, sink.send(m)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) => Err(()),
        Err(_) => {
            crate::metrics::ws_slow_client();
            Err(())
        }
    }
}

fn too_many_sockets() -> ApiError {
    ApiError::new(axum::http::StatusCode::TOO_MANY_REQUESTS, "too_many_connections", "too many open connections for this ticket, device or address; close another one first")
}

/// `GET /ws/office/{office}`: the live feed of an office.
pub async fn office(
    State(app): State<AppState>,
    Path(office): Path<String>,
    Query(q): Query<FeedQuery>,
    principal: Principal,
    client: Option<axum::Extension<ClientAddr>>,
    connection: Option<axum::Extension<crate::app::ConnectionSlot>>,
    upgrade: WebSocketUpgrade,
) -> ApiResult<Response> {
    app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Display, Role::Staff, Role::Kiosk], Some(&office))?;
    let feed = match principal.role {
        // Moderators and members never pass `require` above; were they to,
        // they would see what a board sees.
        Role::Display | Role::Kiosk | Role::Moderator | Role::Member => Feed::Board,
        Role::Staff | Role::Admin => Feed::Staff,
    };
    let mut keys = vec![(SocketKey::Token(principal.token_id), SOCKETS_PER_TOKEN)];
    if let Some(axum::Extension(ClientAddr(ip))) = client {
        keys.push((SocketKey::Addr(ip), SOCKETS_PER_ADDR));
    }
    let slot = app.feeds.sockets.take(keys).ok_or_else(too_many_sockets)?;
    let revoked = app.tokens.revocations();
    Ok(sized(upgrade).on_upgrade(move |socket| async move {
        office_session(app, office, feed, q.since, principal.token_id, revoked, socket).await;
        drop((slot, connection));
    }))
}

/// Takes a snapshot of the committed state and subscribes, so that the
/// snapshot holds nothing a crash could take back and every event after it
/// reaches the client. When the office's state holds only committed
/// changes (nearly always) this happens here, under the state's lock;
/// otherwise on the writer thread after the next commit.
async fn snapshot_and_subscribe(app: &AppState, office: &str, feed: Feed) -> Option<(Utf8Bytes, u64, broadcast::Receiver<HubMessage>)> {
    let here = app
        .engine
        .if_committed(office, |ward, state| {
            let rx = app.engine.hub.subscribe(office)?;
            Some((app.feeds.take(&app.engine, ward, state, feed), state.seq(), rx))
        })
        .flatten();
    let (taken, seq, rx) = match here {
        Some(found) => found,
        None => {
            let (app2, office) = (app.clone(), office.to_owned());
            app.engine
                .committed(move |ward| {
                    let state = ward.office(&office)?;
                    let rx = app2.engine.hub.subscribe(&office)?;
                    Some((app2.feeds.take(&app2.engine, ward, state, feed), state.seq(), rx))
                })
                .await
                .flatten()?
        }
    };
    Some((app.feeds.finish(office, feed, taken), seq, rx))
}

async fn office_session(
    app: AppState,
    office: String,
    feed: Feed,
    since: Option<u64>,
    token_id: i64,
    mut revoked: broadcast::Receiver<i64>,
    socket: WebSocket,
) {
    let (mut sink, mut stream) = socket.split();
    let mut first: Vec<Utf8Bytes> = Vec::new();
    let start = match since.map(|s| (s, app.engine.hub.catch_up(&office, s))) {
        Some((s, Catchup::Replay(events, rx))) => {
            let mut last = s;
            for (seq, json) in events {
                first.push(json.for_feed(feed).clone());
                last = seq;
            }
            Some((last, rx))
        }
        _ => snapshot_and_subscribe(&app, &office, feed).await.map(|(snap, seq, rx)| {
            first.push(snap);
            (seq, rx)
        }),
    };
    let Some((mut last_seq, mut rx)) = start else { return };
    for m in first {
        if send(&mut sink, Message::Text(m)).await.is_err() {
            return;
        }
    }
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let mut stopping = app.stopping.clone();
    let mut budget = ClientBudget::new(std::time::Instant::now());
    loop {
        tokio::select! {
            _ = stopped(&mut stopping) => {
                let _ = send(&mut sink, Message::Close(None)).await;
                break;
            }
            gone = revoked.recv() => {
                if revocation_ends(gone, token_id) {
                    let _ = send(&mut sink, Message::Text(error_frame("token_revoked", "this token has been revoked or signed out").into())).await;
                    let _ = send(&mut sink, Message::Close(Some(axum::extract::ws::CloseFrame { code: axum::extract::ws::close_code::POLICY, reason: "token revoked".into() }))).await;
                    break;
                }
            }
            msg = rx.recv() => {
                let resync = match msg {
                    Ok(HubMessage::Event { seq, json }) => {
                        if seq <= last_seq {
                            continue;
                        }
                        if seq == last_seq + 1 {
                            if send(&mut sink, Message::Text(json.for_feed(feed).clone())).await.is_err() {
                                break;
                            }
                            last_seq = seq;
                            continue;
                        }
                        true
                    }
                    Ok(HubMessage::Resync) | Err(RecvError::Lagged(_)) => true,
                    Err(RecvError::Closed) => break,
                };
                if resync {
                    let Some((snap, seq, new_rx)) = snapshot_and_subscribe(&app, &office, feed).await else { break };
                    rx = new_rx;
                    last_seq = seq;
                    if send(&mut sink, Message::Text(snap)).await.is_err() {
                        break;
                    }
                }
            }
            incoming = stream.next() => {
                if answer_client(&mut sink, &mut budget, incoming).await.is_break() {
                    break;
                }
            }
            _ = ping.tick() => {
                if send(&mut sink, Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
        }
    }
}

/// Whether a message on the revocation channel ends the session of
/// `token_id`: its own revocation, or a lag (some revocations were missed,
/// so the token is checked again by closing; a valid client reconnects).
fn revocation_ends(msg: Result<i64, RecvError>, token_id: i64) -> bool {
    match msg {
        Ok(id) => id == token_id,
        Err(RecvError::Lagged(_)) => true,
        Err(RecvError::Closed) => false,
    }
}

type Sink = futures_util::stream::SplitSink<WebSocket, Message>;

/// Buffers sized for what the feeds carry. Clients send a few small frames,
/// so a 128 KiB read buffer per connection (tungstenite's default) would be
/// 250 MB for 2,000 boards and phones; 8 KiB is plenty. Writes go out at
/// once rather than gathering in a second 128 KiB buffer: each send is one
/// whole event, followed by a flush anyway.
fn sized(upgrade: WebSocketUpgrade) -> WebSocketUpgrade {
    upgrade.max_message_size(MAX_CLIENT_FRAME).max_frame_size(MAX_CLIENT_FRAME).read_buffer_size(8 * 1024).write_buffer_size(0)
}

/// How many frames a client may send in a burst, and per second after it.
/// Boards and phones send a ping every half minute at most; a client far
/// above this is broken or hostile and is cut off rather than served.
const CLIENT_BURST: f64 = 20.0;
const CLIENT_PER_SECOND: f64 = 2.0;

/// A token bucket for the frames one websocket client sends.
#[derive(Debug)]
pub struct ClientBudget {
    tokens: f64,
    last: std::time::Instant,
}

impl ClientBudget {
    pub fn new(now: std::time::Instant) -> Self {
        ClientBudget { tokens: CLIENT_BURST, last: now }
    }

    /// Takes one frame's worth; `false` when the client is over its rate.
    pub fn take(&mut self, now: std::time::Instant) -> bool {
        let refill = now.saturating_duration_since(self.last).as_secs_f64() * CLIENT_PER_SECOND;
        self.tokens = (self.tokens + refill).min(CLIENT_BURST);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Handles one frame from a client: answers pings and bad frames, cuts off a
/// client that sends too fast (close code 1008, policy), and says whether
/// the session is over (closed, broken, or the client gone).
async fn answer_client(sink: &mut Sink, budget: &mut ClientBudget, incoming: Option<Result<Message, axum::Error>>) -> std::ops::ControlFlow<()> {
    use std::ops::ControlFlow::{Break, Continue};
    if matches!(incoming, Some(Ok(Message::Text(_) | Message::Binary(_) | Message::Ping(_)))) && !budget.take(std::time::Instant::now()) {
        crate::metrics::ws_rate_limited();
        let _ = send(sink, Message::Text(error_frame("rate_limited", "too many messages; the connection is closed").into())).await;
        let close = axum::extract::ws::CloseFrame { code: axum::extract::ws::close_code::POLICY, reason: "too many messages".into() };
        let _ = send(sink, Message::Close(Some(close))).await;
        return Break(());
    }
    let reply = match incoming {
        None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return Break(()),
        Some(Ok(Message::Text(text))) => client_message(&text),
        Some(Ok(Message::Binary(_))) => Some(error_frame("bad_frame", "binary frames are not understood; send JSON text")),
        Some(Ok(_)) => None,
    };
    if let Some(r) = reply
        && send(sink, Message::Text(r.into())).await.is_err()
    {
        return Break(());
    }
    Continue(())
}

/// Answers what a client may send: `{"type": "ping"}`. Anything else gets
/// an error message and the session goes on.
fn client_message(text: &str) -> Option<String> {
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => return Some(error_frame("bad_frame", "messages must be JSON objects such as {\"type\":\"ping\"}")),
    };
    match v.get("type").and_then(|t| t.as_str()) {
        Some("ping") => Some(json!({"type": "pong"}).to_string()),
        _ => Some(error_frame("unknown_message", "the only message a client may send is {\"type\":\"ping\"}")),
    }
}

fn error_frame(code: &str, message: &str) -> String {
    json!({"type": "error", "error": {"code": code, "message": message}}).to_string()
}

/// `GET /ws/ticket/{token}`: one ticket, for the resident's phone.
pub async fn ticket(
    State(app): State<AppState>,
    Path(token): Path<String>,
    client: Option<axum::Extension<ClientAddr>>,
    connection: Option<axum::Extension<crate::app::ConnectionSlot>>,
    upgrade: WebSocketUpgrade,
) -> ApiResult<Response> {
    // Fails with 404 before upgrading when the token is unknown.
    let first = crate::routes::public::find(&app, token.clone()).await?;
    let mut keys = vec![(SocketKey::Ticket(token.clone()), SOCKETS_PER_TICKET)];
    if let Some(axum::Extension(ClientAddr(ip))) = client {
        keys.push((SocketKey::Addr(ip), SOCKETS_PER_ADDR));
    }
    let slot = app.feeds.sockets.take(keys).ok_or_else(too_many_sockets)?;
    Ok(sized(upgrade).on_upgrade(move |socket| async move {
        ticket_session(app, token, first, socket).await;
        drop((slot, connection));
    }))
}

async fn ticket_session(app: AppState, token: String, first: PublicTicketView, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let office = first.office.clone();
    // Subscribe, then read the ticket again, so no change falls between.
    let rx = if first.expired { None } else { app.engine.hub.subscribe(&office) };
    let (mut rx, mut last) = match rx {
        Some(rx) => {
            let seq = app.engine.ward().office(&office).map_or(0, |o| o.seq());
            let views = app.feeds.phone_views(&app, &office, seq).await;
            match views.get(&token) {
                Some(v) => (Some(rx), v.clone()),
                None => (None, first),
            }
        }
        None => (None, first),
    };
    let snapshot = json!({"type": "snapshot", "ticket": &last}).to_string();
    if send(&mut sink, Message::Text(snapshot.into())).await.is_err() {
        return;
    }
    let Some(rx) = rx.as_mut() else {
        let _ = send(&mut sink, Message::Close(None)).await;
        return;
    };
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let mut stopping = app.stopping.clone();
    let mut budget = ClientBudget::new(std::time::Instant::now());
    loop {
        tokio::select! {
            _ = stopped(&mut stopping) => {
                let _ = send(&mut sink, Message::Close(None)).await;
                break;
            }
            msg = rx.recv() => {
                let mut seq = match msg {
                    Ok(HubMessage::Event { seq, .. }) => seq,
                    Ok(HubMessage::Resync) | Err(RecvError::Lagged(_)) => u64::MAX,
                    Err(RecvError::Closed) => break,
                };
                // A burst of changes is answered once, from the newest.
                loop {
                    match rx.try_recv() {
                        Ok(HubMessage::Event { seq: s, .. }) => seq = seq.max(s),
                        Ok(HubMessage::Resync) | Err(broadcast::error::TryRecvError::Lagged(_)) => seq = u64::MAX,
                        Err(_) => break,
                    }
                }
                let views = app.feeds.phone_views(&app, &office, seq).await;
                let view = views
                    .get(&token)
                    .cloned()
                    .unwrap_or_else(|| PublicTicketView { expired: true, position: None, estimated_wait_seconds: None, estimated_wait_p90_seconds: None, ..last.clone() });
                if view != last {
                    let reason = if view.status == "called" && (last.status != "called" || view.counter != last.counter) { "ticket.called" } else { "ticket.updated" };
                    let m = json!({"type": "update", "reason": reason, "ticket": &view}).to_string();
                    if send(&mut sink, Message::Text(m.into())).await.is_err() {
                        break;
                    }
                    last = view;
                }
            }
            incoming = stream.next() => {
                if answer_client(&mut sink, &mut budget, incoming).await.is_break() {
                    break;
                }
            }
            _ = ping.tick() => {
                if send(&mut sink, Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
        }
    }
}

/// Resolves when the server starts stopping.
pub async fn stopped(rx: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await.map(|_| ());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn a_client_gets_a_burst_then_a_steady_rate() {
        let t0 = Instant::now();
        let mut b = ClientBudget::new(t0);
        assert_eq!((0..40).filter(|_| b.take(t0)).count(), CLIENT_BURST as usize);
        // Two a second after that, and a long pause refills only the burst.
        assert!(b.take(t0 + Duration::from_millis(500)));
        assert!(!b.take(t0 + Duration::from_millis(600)));
        let later = t0 + Duration::from_secs(3600);
        assert_eq!((0..40).filter(|_| b.take(later)).count(), CLIENT_BURST as usize);
    }
}
